"""The question bank: the seed from the contracts plus what moderators added."""

from datetime import datetime

from sqlalchemy.ext.asyncio import AsyncSession

from mentor_cases.questionbank import repository
from mentor_cases.questionbank.models import CustomQuestion
from mentor_contracts.taxonomy import QUESTION_BANK, BankQuestion, QuestionKind, RubricCode
from mentor_kit.auth import User
from mentor_kit.web import Conflict


async def all_questions(session: AsyncSession) -> list[BankQuestion]:
    custom = await repository.custom_questions(session)
    return [*QUESTION_BANK, *(BankQuestion.model_validate(q, from_attributes=True) for q in custom)]


async def matching(
    session: AsyncSession, kind: QuestionKind | None = None, rubric: RubricCode | None = None
) -> list[BankQuestion]:
    """The questions of `kind`, for `rubric` (a question without rubrics fits every rubric)."""
    return [
        q
        for q in await all_questions(session)
        if (kind is None or q.kind == kind) and (rubric is None or not q.rubrics or rubric in q.rubrics)
    ]


async def find(session: AsyncSession, code: str) -> BankQuestion | None:
    return next((q for q in await all_questions(session) if q.code == code), None)


async def add(session: AsyncSession, user: User, question: BankQuestion, *, at: datetime) -> BankQuestion:
    if await find(session, question.code) is not None:
        raise Conflict(f"the bank already has a question {question.code!r}")
    repository.add(
        session,
        CustomQuestion(
            code=question.code,
            group=question.group,
            kind=question.kind,
            ru=question.ru,
            en=question.en,
            rubrics=list(question.rubrics),
            added_by=user.id,
            added_at=at,
        ),
    )
    return question
