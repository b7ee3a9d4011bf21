"""Demo materials for `make run`: 36 articles, books and links across all twelve rubrics, Russian and English."""

import uuid

from mentor_kit.service import Service
from mentor_library.items import repository
from mentor_library.items.models import Item

DEMO_AUTHOR = "demo"  # `Item.created_by` of the demo materials
# (rubric, Russian title and summary, English title and summary)
TOPICS: list[tuple[str, tuple[str, str], tuple[str, str]]] = [
    (
        "educational_law",
        (
            "Права и обязанности молодого учителя",
            "Что говорит закон об образовании о нагрузке, отпуске и защите чести педагога.",
        ),
        ("Teachers' rights in a nutshell", "Working time, leave and professional protection of teachers."),
    ),
    (
        "professional_ethics",
        (
            "Этика переписки педагога",
            "Как общаться с учениками и родителями в мессенджерах и не нарушать профессиональные границы.",
        ),
        ("Professional boundaries for teachers", "Keeping ethical distance with pupils and parents online."),
    ),
    (
        "class_management",
        ("Управление классом без крика", "Приёмы удержания внимания и правила, которые класс принимает сам."),
        ("Classroom management routines", "Routines and signals that keep a class focused without shouting."),
    ),
    (
        "digital_technologies",
        ("Цифровые инструменты урока", "Онлайн-доски, тесты и электронный журнал без перегрузки учителя."),
        ("Digital tools for lessons", "Whiteboards, quizzes and gradebooks without burning out."),
    ),
    (
        "individualization",
        (
            "Индивидуальная траектория ученика",
            "Как планировать задания для детей с разным темпом и особыми потребностями.",
        ),
        ("Differentiated instruction", "Planning tasks for pupils with different pace and needs."),
    ),
    (
        "teaching_methods",
        (
            "Методика урока-исследования",
            "Проблемные вопросы и проектные задания на уроках математики и естественных наук.",
        ),
        ("Inquiry-based lessons", "Problem questions and project tasks in mathematics and science."),
    ),
    (
        "monitoring_evaluation",
        ("Формирующее оценивание", "Критерии, самооценка и обратная связь вместо одной отметки."),
        ("Formative assessment", "Criteria, self-assessment and feedback instead of a single mark."),
    ),
    (
        "urban_projects",
        (
            "Городские образовательные проекты Москвы",
            "Как включить класс в проекты города: музеи, инженерные классы, олимпиады.",
        ),
        ("City education projects", "Museums, engineering classes and competitions as learning resources."),
    ),
    (
        "self_management",
        ("Тайм-менеджмент учителя", "Планирование недели, работа с тетрадями и отказ от лишних задач."),
        ("Time management for teachers", "Planning the week, marking efficiently and saying no."),
    ),
    (
        "parent_interaction",
        (
            "Границы общения с родителями",
            "Договорённости о времени и каналах связи, родительское собрание без конфликта.",
        ),
        ("Working with parents", "Agreeing on times and channels; parent meetings without conflict."),
    ),
    (
        "personal_resources",
        ("Профилактика выгорания", "Ресурсы, поддержка коллег и восстановление сил в первый год работы."),
        ("Preventing burnout", "Resources, peer support and recovery in the first years of teaching."),
    ),
    (
        "at_risk_families",
        (
            "Работа с семьями группы риска",
            "Как заметить неблагополучие и куда обращаться: психолог, социальный педагог, опека.",
        ),
        ("Supporting families at risk", "Noticing warning signs and who to involve: psychologist, social worker."),
    ),
]


async def seed(service: Service) -> None:
    """Idempotent: adds the demo materials once; the indexer puts everything into the search index. Demo data is loaded
    as it stands (like a restored database), so no `library.item_published` events are sent for it."""
    async with service.db.transaction() as session:
        # Its own materials, not any item: a demo case published by the cases service may arrive first.
        if await repository.any_item_by(session, DEMO_AUTHOR):
            return
        now = service.context.clock()
        items = []
        for n, (rubric, (ru_title, ru_body), (en_title, en_body)) in enumerate(TOPICS):
            for kind, title, body, language in (
                ("article", ru_title, ru_body, "ru"),
                ("book", f"{ru_title}: практикум", ru_body, "ru"),
                ("link", en_title, en_body, "en"),
            ):
                items.append(
                    Item(
                        id=uuid.uuid4(),
                        kind=kind,
                        title=title,
                        body=body,
                        authors=["Кафедра педагогики МГПУ"],
                        url=f"https://example.org/library/{n}-{kind}" if kind == "link" else None,
                        year=2020 + n % 6,
                        rubrics=[rubric],
                        participants=[],
                        language=language,
                        status="published",
                        created_by=DEMO_AUTHOR,
                        created_at=now,
                        updated_at=now,
                        published_at=now,
                        version=1,
                        indexed_version=0,
                    )
                )
        repository.add(session, *items)
