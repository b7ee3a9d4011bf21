"""Every query of the cases feature."""

import uuid
from datetime import datetime

from sqlalchemy import select
from sqlalchemy.ext.asyncio import AsyncSession
from sqlalchemy.orm import selectinload

from mentor_cases.cases.models import Assignment, Case, HistoryEntry, NumberCounter, OfferedMentor
from mentor_cases.work.models import Colleague
from mentor_kit.db import upsert_insert


async def get_case(session: AsyncSession, case_id: uuid.UUID, *, for_update: bool = False) -> Case | None:
    statement = select(Case).where(Case.id == case_id).options(selectinload(Case.revisions))
    if for_update:
        statement = statement.with_for_update()
    return (await session.execute(statement)).scalar_one_or_none()


async def list_cases(
    session: AsyncSession,
    *,
    author_id: str | None = None,
    mentor_id: str | None = None,
    status: str | None = None,
    limit: int = 50,
    offset: int = 0,
) -> list[Case]:
    statement = select(Case).options(selectinload(Case.revisions)).order_by(Case.created_at.desc())
    if author_id is not None:
        statement = statement.where(Case.author_id == author_id)
    if mentor_id is not None:
        statement = statement.where(Case.mentor_id == mentor_id)
    if status is not None:
        statement = statement.where(Case.status == status)
    return list((await session.execute(statement.limit(limit).offset(offset))).scalars())


async def next_number(session: AsyncSession, year: int) -> int:
    """Atomically take the next number of `year` (an upsert on one counter row, safe under concurrency)."""
    statement = upsert_insert(session)(NumberCounter).values(year=year, last=1)
    statement = statement.on_conflict_do_update(
        index_elements=[NumberCounter.year], set_={"last": NumberCounter.last + 1}
    ).returning(NumberCounter.last)
    return int((await session.execute(statement)).scalar_one())


async def offers(session: AsyncSession, case_id: uuid.UUID, round_: int) -> list[OfferedMentor]:
    statement = select(OfferedMentor).where(OfferedMentor.case_id == case_id, OfferedMentor.round == round_)
    return list((await session.execute(statement.order_by(OfferedMentor.score.desc()))).scalars())


async def current_assignment(session: AsyncSession, case_id: uuid.UUID, mentor_id: str) -> Assignment | None:
    statement = (
        select(Assignment)
        .where(Assignment.case_id == case_id, Assignment.mentor_id == mentor_id)
        .order_by(Assignment.selected_at.desc())
        .limit(1)
    )
    return (await session.execute(statement)).scalar_one_or_none()


async def tried_mentors(session: AsyncSession, case_id: uuid.UUID) -> set[str]:
    statement = select(Assignment.mentor_id).where(Assignment.case_id == case_id)
    return set((await session.execute(statement)).scalars())


async def history(session: AsyncSession, case_id: uuid.UUID) -> list[HistoryEntry]:
    statement = select(HistoryEntry).where(HistoryEntry.case_id == case_id).order_by(HistoryEntry.id)
    return list((await session.execute(statement)).scalars())


def add_history(
    session: AsyncSession, case: Case, at: datetime, actor_id: str, actor_role: str, kind: str, **detail: object
) -> None:
    session.add(
        HistoryEntry(case_id=case.id, at=at, actor_id=actor_id, actor_role=actor_role, kind=kind, detail=detail)
    )


async def colleague_ids(session: AsyncSession, case_id: uuid.UUID) -> set[str]:
    statement = select(Colleague.colleague_id).where(Colleague.case_id == case_id)
    return set((await session.execute(statement)).scalars())
