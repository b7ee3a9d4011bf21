"""Every query of the cases feature."""

import uuid
from collections.abc import Sequence
from datetime import datetime

from sqlalchemy import bindparam, select
from sqlalchemy.ext.asyncio import AsyncSession
from sqlalchemy.orm import selectinload

from mentor_cases.cases.models import Assignment, Case, Colleague, HistoryEntry, NumberCounter, OfferedMentor
from mentor_cases.db import Base
from mentor_kit.db import fetch_page, upsert_insert
from mentor_kit.web import PageParams

# Built once: building a statement costs more CPU than executing it from SQLAlchemy's compiled cache.
_CASE = select(Case).where(Case.id == bindparam("case_id"))
_CASE_STATEMENTS = {
    (for_update, revisions): (_CASE.with_for_update() if for_update else _CASE).options(
        *([selectinload(Case.revisions)] if revisions else [])
    )
    for for_update in (False, True)
    for revisions in (False, True)
}
_COLLEAGUE = select(Colleague.colleague_id).where(
    Colleague.case_id == bindparam("case_id"), Colleague.colleague_id == bindparam("user_id")
)


async def get_case(
    session: AsyncSession, case_id: uuid.UUID, *, for_update: bool = False, revisions: bool = True
) -> Case | None:
    """The case, with its revisions unless `revisions=False` (then reading them raises)."""
    statement = _CASE_STATEMENTS[(for_update, revisions)]
    return (await session.execute(statement, {"case_id": case_id})).scalar_one_or_none()


async def is_colleague(session: AsyncSession, case_id: uuid.UUID, user_id: str) -> bool:
    found = await session.execute(_COLLEAGUE, {"case_id": case_id, "user_id": user_id})
    return found.first() is not None


async def was_mentor(session: AsyncSession, case_id: uuid.UUID, user_id: str) -> bool:
    """Whether `user_id` accepted this case once (a mentor the case later moved on from)."""
    statement = select(Assignment.id).where(
        Assignment.case_id == case_id, Assignment.mentor_id == user_id, Assignment.state == "accepted"
    )
    return (await session.execute(statement.limit(1))).first() is not None


async def list_cases(
    session: AsyncSession,
    paging: PageParams,
    *,
    author_id: str | None = None,
    mentor_id: str | None = None,
    colleague_id: str | None = None,
    status: str | None = None,
) -> tuple[Sequence[Case], int]:
    """One page, newest first (ties by id: stable pages), and the total under the same filter. `colleague_id`:
    the cases that person was invited to as a colleague."""
    statement = select(Case).options(selectinload(Case.revisions)).order_by(Case.created_at.desc(), Case.id.desc())
    if author_id is not None:
        statement = statement.where(Case.author_id == author_id)
    if mentor_id is not None:
        statement = statement.where(Case.mentor_id == mentor_id)
    if colleague_id is not None:
        invited = select(Colleague.case_id).where(Colleague.colleague_id == colleague_id)
        statement = statement.where(Case.id.in_(invited))
    if status is not None:
        statement = statement.where(Case.status == status)
    return await fetch_page(session, statement, paging)


async def any_case(session: AsyncSession) -> bool:
    return (await session.execute(select(Case.id).limit(1))).scalar_one_or_none() is not None


async def next_number(session: AsyncSession, year: int) -> int:
    """Atomically take the next number of `year` (an upsert on one counter row, safe under concurrency)."""
    statement = upsert_insert(session)(NumberCounter).values(year=year, last=1)
    statement = statement.on_conflict_do_update(
        index_elements=[NumberCounter.year], set_={"last": NumberCounter.last + 1}
    ).returning(NumberCounter.last)
    return int((await session.execute(statement)).scalar_one())


_OFFERS = (
    select(OfferedMentor)
    .where(OfferedMentor.case_id == bindparam("case_id"), OfferedMentor.round == bindparam("round"))
    .order_by(OfferedMentor.score.desc())
)


async def offers(session: AsyncSession, case_id: uuid.UUID, round_: int) -> list[OfferedMentor]:
    return list((await session.execute(_OFFERS, {"case_id": case_id, "round": round_})).scalars())


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


async def has_step(session: AsyncSession, case_id: uuid.UUID, kind: str) -> bool:
    """Whether the case's history has a step of this kind."""
    statement = select(HistoryEntry.id).where(HistoryEntry.case_id == case_id, HistoryEntry.kind == kind).limit(1)
    return (await session.execute(statement)).first() is not None


async def colleague_ids(session: AsyncSession, case_id: uuid.UUID) -> set[str]:
    statement = select(Colleague.colleague_id).where(Colleague.case_id == case_id)
    return set((await session.execute(statement)).scalars())


def add(session: AsyncSession, *rows: Base) -> None:
    """New rows, written with the transaction (the service builds them; this is the one way they are stored)."""
    session.add_all(rows)
