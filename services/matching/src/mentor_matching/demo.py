"""Demo mentors for `make run`: twelve faculty members covering every rubric (ids of the demo tokens first)."""

from datetime import UTC, datetime

from sqlalchemy import select

from mentor_kit.service import Service
from mentor_matching.mentors.models import Mentor

DEMO_MENTORS: list[tuple[str, str, str, list[str]]] = [
    (
        "mentor-ivanova",
        "Елена Иванова",
        "доцент, кафедра педагогики",
        ["parent_interaction", "professional_ethics", "class_management"],
    ),
    (
        "mentor-petrov",
        "Сергей Петров",
        "старший преподаватель, кафедра информатизации образования",
        ["digital_technologies", "self_management"],
    ),
    ("mentor-orlova", "Марина Орлова", "профессор, кафедра права", ["educational_law", "professional_ethics"]),
    ("mentor-kuznetsov", "Андрей Кузнецов", "доцент, кафедра методики", ["teaching_methods", "monitoring_evaluation"]),
    ("mentor-sokolova", "Ирина Соколова", "доцент, кафедра психологии", ["personal_resources", "at_risk_families"]),
    ("mentor-volkov", "Дмитрий Волков", "научный сотрудник, центр городских проектов", ["urban_projects"]),
    (
        "mentor-lebedeva",
        "Ольга Лебедева",
        "доцент, кафедра инклюзивного образования",
        ["individualization", "at_risk_families"],
    ),
    ("mentor-morozov", "Павел Морозов", "старший преподаватель, кафедра педагогики", ["class_management"]),
    (
        "mentor-novikova",
        "Анна Новикова",
        "доцент, кафедра управления образованием",
        ["self_management", "monitoring_evaluation"],
    ),
    ("mentor-fedorov", "Игорь Фёдоров", "профессор, кафедра методики", ["teaching_methods", "individualization"]),
    (
        "mentor-pavlova",
        "Светлана Павлова",
        "доцент, кафедра социальной педагогики",
        ["parent_interaction", "at_risk_families"],
    ),
    (
        "mentor-semenov",
        "Николай Семёнов",
        "старший преподаватель, кафедра цифрового образования",
        ["digital_technologies", "urban_projects"],
    ),
]


async def seed(service: Service) -> None:
    """Idempotent: adds the demo mentors to an empty database."""
    async with service.db.transaction() as session:
        if (await session.execute(select(Mentor.id).limit(1))).first() is not None:
            return
        now = datetime.now(UTC)
        session.add_all(
            [
                Mentor(
                    id=mentor_id,
                    name=name,
                    position=position,
                    department="МГПУ",
                    rubrics=rubrics,
                    participants=[],
                    interests="",
                    bio=f"{name}: консультирую молодых педагогов по темам своей кафедры.",
                    photo_url=None,
                    capacity=3,
                    weekdays=[],
                    paused=False,
                    active=True,
                    updated_at=now,
                )
                for mentor_id, name, position, rubrics in DEMO_MENTORS
            ]
        )
