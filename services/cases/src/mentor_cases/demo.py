"""Demo data for `make run`: cases of the demo mentees in different states of their lifecycle.

Matching does not run in the embedded platform yet, so the demo plays its part (offers) through the same
service function its event would reach."""

from datetime import datetime, time, timedelta
from zoneinfo import ZoneInfo

from sqlalchemy.ext.asyncio import AsyncSession

from mentor_cases.cases import service
from mentor_cases.cases.access import MENTOR
from mentor_cases.cases.models import Case
from mentor_cases.cases.schemas import CaseCreate
from mentor_cases.mentoring import service as mentoring
from mentor_cases.mentoring.schemas import ConsultationCreate, QuestionCreate, QuestionsCreate, ReflectionCreate
from mentor_cases.profiles import service as profiles
from mentor_cases.profiles.schemas import ProfileUpdate
from mentor_contracts.events import OffersProposedInternalV1
from mentor_contracts.events.matching import MentorOffer
from mentor_kit.auth import User
from mentor_kit.clock import Clock
from mentor_kit.messaging import Outbox
from mentor_kit.service import Service

ANNA = User(id="mentee-anna", roles=frozenset({"mentee"}))
PAVEL = User(id="mentee-pavel", roles=frozenset({"mentee"}))
IVANOVA = User(id="mentor-ivanova", roles=frozenset({"mentor"}), name="Елена Иванова")

PARENTS = CaseCreate(
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
)
PHONES = CaseCreate(
    problem="На уроках в седьмом классе несколько учеников постоянно отвлекают остальных телефонами.",
    question="Какие приёмы помогут удержать внимание класса без постоянных замечаний?",
    participants=["form_7"],
    rubrics=["class_management"],
    privacy="personal",
    urgency="urgent",
    consent_publish=True,
)
WORKLOAD = CaseCreate(
    problem="Мне предложили вести электронный журнал и онлайн-курс одновременно, а я не успеваю.",
    question="Как распределить время между цифровыми задачами и подготовкой к урокам?",
    rubrics=["digital_technologies", "self_management"],
    privacy="anonymous",
    urgency="expert_opinion",
    submit=False,
)
MOTIVATION = CaseCreate(
    problem="Девятиклассники не видят смысла в проектной работе и сдают формальные отчёты.",
    question="Как вовлечь подростков в проект, чтобы им было интересно?",
    participants=["form_9"],
    rubrics=["class_management", "teaching_methods"],
    urgency="need_advice",
)


async def seed(svc: Service) -> None:
    """Idempotent: seeds only an empty database."""
    outbox, clock = svc.messaging.outbox, svc.context.clock
    async with svc.db.transaction() as session:
        if await service.has_cases(session):
            return
        await profiles.fill_questionnaire(
            session,
            ANNA.id,
            ProfileUpdate(
                school_type="general",
                subjects=["математика"],
                forms_taught=[6, 7],
                years_of_experience=2,
                graduated_from_mcu=True,
                graduation_year=2024,
            ),
            at=clock(),
        )
        await service.create(session, outbox, PAVEL, WORKLOAD, at=clock())  # a draft
        await service.create(session, outbox, PAVEL, MOTIVATION, at=clock())  # submitted, waiting for offers
        in_progress = await service.create(session, outbox, ANNA, PHONES, at=clock())
        await _assign(session, outbox, in_progress, clock)
        await mentoring.ask(
            session,
            outbox,
            IVANOVA,
            in_progress,
            QuestionsCreate(
                questions=[
                    QuestionCreate(bank_code="options.already_working"),
                    QuestionCreate(text="На каких уроках это происходит чаще всего?", kind="clarifying"),
                ]
            ),
            at=clock(),
        )
        solved = await service.create(session, outbox, ANNA, PARENTS, at=clock())
        await _assign(session, outbox, solved, clock)
        await mentoring.propose_solution(
            session,
            outbox,
            IVANOVA,
            solved,
            "Сообщите родителям часы, когда вы отвечаете, и предложите встречу в школе.",
            at=clock(),
        )
        await mentoring.complete(session, outbox, ANNA, solved, ReflectionCreate(useful=True, rating=5), at=clock())
        # the author agreed to group discussion: the case goes to the forum's "What to do?", de-identified
        await mentoring.share_to_forum(session, outbox, IVANOVA, solved, MENTOR, None, at=clock())
        # a personal case: its mentor proposes an online consultation (the forum puts it in both calendars)
        await mentoring.propose_consultation(session, outbox, IVANOVA, in_progress, _consultation(clock()), at=clock())


def _consultation(at: datetime) -> ConsultationCreate:
    moscow = ZoneInfo("Europe/Moscow")
    day = (at + timedelta(days=2)).astimezone(moscow).date()
    starts = datetime.combine(day, time(17, 0), tzinfo=moscow)
    return ConsultationCreate(
        starts_at=starts, ends_at=starts + timedelta(minutes=45), link="https://meet.example.org/ivanova-anna"
    )


async def _assign(session: AsyncSession, outbox: Outbox, case: Case, clock: Clock) -> None:
    offers = [
        MentorOffer(mentor_id=IVANOVA.id, score=0.9, explanation="совпадают все рубрики; свободно 2 из 3"),
        MentorOffer(mentor_id="mentor-petrov", score=0.7, explanation="совпадает 1 рубрика; свободно 1 из 3"),
    ]
    at = clock()
    await service.record_offers(
        session, OffersProposedInternalV1(case_id=case.id, round=1, at=at, offers=offers), at=at
    )
    await service.select_mentor(session, outbox, ANNA, case, IVANOVA.id, at=clock())
    await service.accept(session, outbox, IVANOVA, case, at=clock())
