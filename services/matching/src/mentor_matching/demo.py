"""Demo mentors for `make run`: twelve faculty members covering every rubric (ids of the demo tokens first)."""

from mentor_kit.clock import now
from mentor_kit.service import Service
from mentor_matching.mentors import service as mentors
from mentor_matching.mentors.schemas import MentorUpdate

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
    """Idempotent: adds the demo mentors to an empty database (through the same writes as PUT /mentors/{id})."""
    async with service.db.transaction() as session:
        if await mentors.has_any(session):
            return
        at = now()
        for mentor_id, name, position, rubrics in DEMO_MENTORS:
            profile = MentorUpdate.model_validate(
                {
                    "name": name,
                    "position": position,
                    "department": "МГПУ",
                    "rubrics": rubrics,
                    "bio": f"{name}: консультирую молодых педагогов по темам своей кафедры.",
                    "capacity": 3,
                }
            )
            await mentors.write_profile(session, mentor_id, profile, at)
