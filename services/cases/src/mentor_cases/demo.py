"""Demo data for `make run`: a few cases of the demo mentees, in different states."""

from mentor_cases.cases import repository, service
from mentor_cases.cases.schemas import CaseCreate
from mentor_kit.auth import User
from mentor_kit.service import Service

ANNA = User(id="mentee-anna", roles=frozenset({"mentee"}))
PAVEL = User(id="mentee-pavel", roles=frozenset({"mentee"}))
DEMO_CASES: list[tuple[User, CaseCreate]] = [
    (
        ANNA,
        CaseCreate(
            problem="Родители одного из учеников пишут мне в мессенджер поздно вечером и требуют немедленного ответа "
            "о каждой оценке.",
            actions_taken="Попросила писать в рабочее время, но сообщения продолжаются.",
            difficulty="Боюсь испортить отношения с семьёй и получить жалобу администрации.",
            question="Как выстроить границы общения с родителями, не вызвав конфликта?",
            participants=["parents", "form_6"],
            rubrics=["parent_interaction", "professional_ethics"],
            privacy="anonymous",
            consent_group_discussion=True,
            urgency="need_advice",
            consent_publish=True,
        ),
    ),
    (
        ANNA,
        CaseCreate(
            problem="На уроках в седьмом классе несколько учеников постоянно отвлекают остальных телефонами.",
            question="Какие приёмы помогут удержать внимание класса без постоянных замечаний?",
            participants=["form_7"],
            rubrics=["class_management"],
            privacy="personal",
            urgency="urgent",
        ),
    ),
    (
        PAVEL,
        CaseCreate(
            problem="Мне предложили вести электронный журнал и онлайн-курс одновременно, а я не успеваю.",
            question="Как распределить время между цифровыми задачами и подготовкой к урокам?",
            rubrics=["digital_technologies", "self_management"],
            privacy="anonymous",
            urgency="expert_opinion",
            submit=False,
        ),
    ),
]


async def seed(svc: Service) -> None:
    """Idempotent: seeds only an empty database."""
    async with svc.db.transaction() as session:
        if await repository.list_cases(session, limit=1):
            return
        for author, body in DEMO_CASES:
            await service.create(session, svc.messaging.outbox, author, body)
