"""The question bank: the seed from the contracts plus what moderators added."""

from datetime import UTC, datetime

from sqlalchemy import select
from sqlalchemy.ext.asyncio import AsyncSession

from mentor_cases.questionbank.models import CustomQuestion
from mentor_contracts.taxonomy import QUESTION_BANK, BankQuestion
from mentor_kit.auth import User
from mentor_kit.web import Conflict


async def all_questions(session: AsyncSession) -> list[BankQuestion]:
    custom = (await session.execute(select(CustomQuestion).order_by(CustomQuestion.added_at))).scalars()
    return [
        *QUESTION_BANK,
        *(
            BankQuestion(
                code=q.code,
                group=q.group,
                kind=q.kind,
                ru=q.ru,
                en=q.en,  # type: ignore[arg-type]
                rubrics=tuple(q.rubrics),
            )
            for q in custom
        ),
    ]


async def find(session: AsyncSession, code: str) -> BankQuestion | None:
    return next((q for q in await all_questions(session) if q.code == code), None)


async def add(session: AsyncSession, user: User, question: BankQuestion) -> BankQuestion:
    if await find(session, question.code) is not None:
        raise Conflict(f"the bank already has a question {question.code!r}")
    session.add(
        CustomQuestion(
            code=question.code,
            group=question.group,
            kind=question.kind,
            ru=question.ru,
            en=question.en,
            rubrics=list(question.rubrics),
            added_by=user.id,
            added_at=datetime.now(UTC),
        )
    )
    return question
