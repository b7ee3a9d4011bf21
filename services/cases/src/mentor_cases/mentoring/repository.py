import uuid

from sqlalchemy import bindparam, select
from sqlalchemy.ext.asyncio import AsyncSession

from mentor_cases.db import Base
from mentor_cases.mentoring.models import Opinion, Question, Solution, Suggestion


async def questions(session: AsyncSession, case_id: uuid.UUID) -> list[Question]:
    statement = select(Question).where(Question.case_id == case_id).order_by(Question.asked_at, Question.text)
    return list((await session.execute(statement)).scalars())


async def question(session: AsyncSession, case_id: uuid.UUID, question_id: uuid.UUID) -> Question | None:
    statement = select(Question).where(Question.case_id == case_id, Question.id == question_id).with_for_update()
    return (await session.execute(statement)).scalar_one_or_none()


async def solutions(session: AsyncSession, case_id: uuid.UUID) -> list[Solution]:
    statement = select(Solution).where(Solution.case_id == case_id).order_by(Solution.at)
    return list((await session.execute(statement)).scalars())


async def opinions(session: AsyncSession, case_id: uuid.UUID) -> list[Opinion]:
    statement = select(Opinion).where(Opinion.case_id == case_id).order_by(Opinion.at)
    return list((await session.execute(statement)).scalars())


_SUGGESTIONS = (
    select(Suggestion)
    .where(Suggestion.case_id == bindparam("case_id"))
    .order_by(Suggestion.revision.desc(), Suggestion.score.desc())
)


async def suggestions(session: AsyncSession, case_id: uuid.UUID) -> list[Suggestion]:
    return list((await session.execute(_SUGGESTIONS, {"case_id": case_id})).scalars())


def add(session: AsyncSession, *rows: Base) -> None:
    """New rows, written with the transaction (the service builds them; this is the one way they are stored)."""
    session.add_all(rows)
