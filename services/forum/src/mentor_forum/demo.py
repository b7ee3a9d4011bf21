"""Demo discussions for `make run`: two topics with replies and an accepted answer. Loaded as they stand (like a
restored database): no events are sent for them."""

import uuid
from datetime import timedelta

from mentor_forum.discussions import repository
from mentor_forum.discussions.models import Post, Topic
from mentor_forum.markup import render
from mentor_kit.service import Service

# (section, title, [(author id, author name, Markdown)]): the first post opens the topic
DISCUSSIONS = [
    (
        "class-and-parents",
        "Как отвечать родителям в мессенджере вечером?",
        [
            ("mentee-pavel", "Павел Орлов", "Родители пишут после **22:00**. Отвечать сразу или утром?"),
            (
                "mentor-ivanova",
                "Елена Иванова",
                "Договоритесь о часах связи на собрании и закрепите их в чате класса:\n\n"
                "1. будни до 19:00;\n2. срочное — через классного руководителя.",
            ),
            ("mentee-anna", "Анна Смирнова", "Спасибо, попробую на ближайшем собрании."),
        ],
    ),
    (
        "lessons",
        "Онлайн-доска на уроке: с чего начать?",
        [("mentee-anna", "Анна Смирнова", "Какие доски подходят для 5–6 классов и не требуют регистрации детей?")],
    ),
]


async def seed(service: Service) -> None:
    """Idempotent: fills a forum that has no topic yet."""
    async with service.db.transaction() as session:
        if await repository.any_topic(session):
            return
        start = service.context.clock() - timedelta(days=3)
        for n, (section_id, title, posts) in enumerate(DISCUSSIONS):
            opened = start + timedelta(hours=n)
            topic = Topic(
                id=uuid.uuid4(),
                section_id=section_id,
                kind="discussion",
                title=title,
                author_id=posts[0][0],
                author_name=posts[0][1],
                rubrics=[],
                posts_count=len(posts),
                last_number=len(posts),
                created_at=opened,
                last_post_at=opened + timedelta(hours=len(posts) - 1),
            )
            rows = [
                Post(
                    id=uuid.uuid4(),
                    topic_id=topic.id,
                    number=i + 1,
                    author_id=author_id,
                    author_name=name,
                    body=body,
                    html=render(body),
                    created_at=opened + timedelta(hours=i),
                )
                for i, (author_id, name, body) in enumerate(posts)
            ]
            if len(rows) > 1:
                topic.solution_post_id = rows[1].id
            repository.add(session, topic, *rows)
