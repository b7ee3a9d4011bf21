"""Every query about case copies and attempts (a mentor offered a case in a round)."""

import uuid
from collections.abc import Sequence
from datetime import datetime

from sqlalchemy import Select, func, select
from sqlalchemy.ext.asyncio import AsyncSession

from mentor_matching.offers.models import Attempt, CaseCopy

ANSWERED_YES = ("accepted", "completed")
TRIED = ("selected", "declined", "expired", "accepted", "completed")
DUE_BATCH = 50


async def find_case(session: AsyncSession, case_id: uuid.UUID) -> CaseCopy | None:
    return await session.get(CaseCopy, case_id)


def add_case(session: AsyncSession, case: CaseCopy) -> None:
    session.add(case)


def add_attempts(session: AsyncSession, attempts: Sequence[Attempt]) -> None:
    session.add_all(attempts)


async def latest_attempt(session: AsyncSession, case_id: uuid.UUID, mentor_id: str) -> Attempt | None:
    """The mentor's attempt of the case in its latest round."""
    statement = (
        select(Attempt)
        .where(Attempt.case_id == case_id, Attempt.mentor_id == mentor_id)
        .order_by(Attempt.round.desc())
        .limit(1)
    )
    return (await session.execute(statement)).scalar_one_or_none()


async def tried_mentor_ids(session: AsyncSession, case_id: uuid.UUID) -> set[str]:
    """Mentors already selected for the case, whatever they answered: never offered it again."""
    statement = select(Attempt.mentor_id).where(Attempt.case_id == case_id, Attempt.state.in_(TRIED))
    return set((await session.execute(statement)).scalars())


async def accepted_attempts(session: AsyncSession, case_id: uuid.UUID) -> Sequence[Attempt]:
    statement = select(Attempt).where(Attempt.case_id == case_id, Attempt.state == "accepted")
    return (await session.execute(statement)).scalars().all()


async def is_mentor_of_case(session: AsyncSession, case_id: uuid.UUID, mentor_id: str) -> bool:
    statement = select(Attempt.id).where(
        Attempt.case_id == case_id, Attempt.mentor_id == mentor_id, Attempt.state.in_(ANSWERED_YES)
    )
    return (await session.execute(statement.limit(1))).first() is not None


async def attempts_of_mentor(session: AsyncSession, mentor_id: str) -> Sequence[Attempt]:
    return (await session.execute(select(Attempt).where(Attempt.mentor_id == mentor_id))).scalars().all()


async def open_case_counts(session: AsyncSession) -> dict[str, int]:
    """Accepted, not yet completed cases per mentor: the places taken."""
    statement = select(Attempt.mentor_id, func.count()).where(Attempt.state == "accepted").group_by(Attempt.mentor_id)
    return {mentor_id: count for mentor_id, count in (await session.execute(statement)).all()}


async def offer_counts_since(session: AsyncSession, since: datetime) -> dict[str, int]:
    statement = select(Attempt.mentor_id, func.count()).where(Attempt.offered_at >= since).group_by(Attempt.mentor_id)
    return {mentor_id: count for mentor_id, count in (await session.execute(statement)).all()}


async def acceptance_times(session: AsyncSession) -> Sequence[tuple[str, datetime, datetime]]:
    """(mentor, selected at, answered at) of every accepted selection."""
    statement = select(Attempt.mentor_id, Attempt.selected_at, Attempt.answered_at).where(
        Attempt.state.in_(ANSWERED_YES), Attempt.selected_at.is_not(None), Attempt.answered_at.is_not(None)
    )
    return [
        (mentor_id, selected, answered)
        for mentor_id, selected, answered in (await session.execute(statement)).all()
        if selected is not None and answered is not None
    ]


def _due_selections() -> Select[Attempt]:
    """Selections still waiting for an answer, locked for this transaction; rows another replica holds are
    skipped (each fires once)."""
    return select(Attempt).where(Attempt.state == "selected").with_for_update(skip_locked=True).limit(DUE_BATCH)


async def reminders_due(session: AsyncSession, at: datetime) -> Sequence[Attempt]:
    return (await session.execute(_due_selections().where(Attempt.remind_at <= at))).scalars().all()


async def deadlines_due(session: AsyncSession, at: datetime) -> Sequence[Attempt]:
    return (await session.execute(_due_selections().where(Attempt.deadline_at <= at))).scalars().all()
