"""Demo data for `make run`: two discussions with replies and an accepted answer (loaded as they stand, like a
restored database: no events), then, through the forum's own use cases (their events flow, so the notifications
service tells the demo people): a poll with ballots, a personal conversation and an upcoming event whose two
places are taken, with one person on its waitlist."""

import uuid
from datetime import datetime, time, timedelta

from sqlalchemy.ext.asyncio import AsyncSession

from mentor_forum.calendar import service as calendar
from mentor_forum.calendar.schemas import EventCreate
from mentor_forum.context import ForumContext
from mentor_forum.discussions import repository
from mentor_forum.discussions.models import Post, Topic
from mentor_forum.markup import render
from mentor_forum.messages import service as messages
from mentor_forum.messages.schemas import ConversationCreate
from mentor_forum.polls import service as polls
from mentor_forum.polls.repository import options as poll_options
from mentor_forum.polls.schemas import BallotCast, PollCreate
from mentor_kit.auth import User
from mentor_kit.service import Service

ANNA = User("mentee-anna", frozenset({"mentee"}), "Анна Смирнова")
PAVEL = User("mentee-pavel", frozenset({"mentee"}), "Павел Орлов")
IVANOVA = User("mentor-ivanova", frozenset({"mentor"}), "Елена Иванова")
PETROV = User("mentor-petrov", frozenset({"mentor"}), "Сергей Петров")

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
    ctx = service.context
    assert isinstance(ctx, ForumContext)
    async with service.db.transaction() as session:
        if await repository.any_topic(session):
            return
        first = await _discussions(session, ctx)
        await session.flush()
        await _poll(session, ctx, first)
        await _conversation(session, ctx)
        await _event(session, ctx)


async def _poll(session: AsyncSession, ctx: ForumContext, topic: Topic) -> None:
    form = PollCreate(
        question="Когда вы отвечаете родителям?",
        options=["Сразу, в любое время", "В оговорённые часы связи", "Только на следующий рабочий день"],
        results="after_vote",
        voters="public",
    )
    poll = await polls.create(session, PAVEL, topic.id, form, at=ctx.clock())
    await session.flush()
    options = {option.position: option.id for option in (await poll_options(session, [poll.id]))[poll.id]}
    for user, choice in ((IVANOVA, 1), (ANNA, 1), (PETROV, 2)):
        await polls.cast(session, user, poll.id, BallotCast(choices=[options[choice]]), at=ctx.clock())


async def _conversation(session: AsyncSession, ctx: ForumContext) -> None:
    form = ConversationCreate(
        subject="Материалы к родительскому собранию",
        recipients=[PAVEL.id],
        body="Павел, посмотрите памятку о часах связи в библиотеке — её удобно раздать на собрании.",
    )
    await messages.start(session, ctx.outbox, IVANOVA, form, at=ctx.clock())


async def _event(session: AsyncSession, ctx: ForumContext) -> None:
    """An online seminar next week at 18:00 Moscow time with two places: both taken, one person waitlisted."""
    day = (ctx.clock() + timedelta(days=5)).date()
    form = EventCreate(
        title="Вебинар: трудный разговор с родителями",
        description="Разбираем случаи из практики молодых учителей. **Приходите с вопросами.**",
        online=True,
        link="https://meet.example.org/parents-webinar",
        starts_at=datetime.combine(day, time(18, 0)),
        ends_at=datetime.combine(day, time(19, 30)),
        rubrics=["parent_interaction"],
        capacity=2,
    )
    event = await calendar.create(
        session, ctx.outbox, PETROV, form, at=ctx.clock(), per_day=ctx.settings.events_per_day
    )
    for user in (ANNA, PAVEL, IVANOVA):  # the third joins the waitlist
        await calendar.answer(session, ctx.outbox, user, event.event.id, "going", at=ctx.clock())


async def _discussions(session: AsyncSession, ctx: ForumContext) -> Topic:
    """The demo discussions as they stand; the first one is returned (the poll goes there)."""
    opened_topics: list[Topic] = []
    start = ctx.clock() - timedelta(days=3)
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
        opened_topics.append(topic)
    return opened_topics[0]
