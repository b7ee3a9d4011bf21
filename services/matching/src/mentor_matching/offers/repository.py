"""Every query about case copies and attempts (a mentor offered a case in a round)."""

import json
import uuid
from collections.abc import Collection, Mapping, Sequence
from datetime import date, datetime
from functools import lru_cache
from typing import Any

from sqlalchemy import Select, Text, cast, delete, exists, func, insert, select
from sqlalchemy.ext.asyncio import AsyncSession

from mentor_kit.db import upsert_insert
from mentor_matching.mentors.models import Leave, Mentor, MentorRubric
from mentor_matching.offers.models import Attempt, CaseCopy, MentorFigures

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


# (id, rubrics, participants, capacity, weekdays, open cases, median hours to accept, offers since the window start)
CandidateRow = tuple[str, frozenset[str], frozenset[str], int, frozenset[int], int, float | None, int]


@lru_cache(maxsize=4096)
def _set_of(json_text: str) -> frozenset[Any]:
    """A JSON list column read as text, decoded once per distinct value: thousands of candidates share a few
    hundred rubric, group and weekday combinations (decoding each row's JSON was a third of the handler)."""
    return frozenset(json.loads(json_text))


def _sharing(rubrics: Collection[str]) -> Select[str]:
    """Active mentors with at least one of `rubrics`: the index on mentor_rubrics (code, active, ...)."""
    return select(MentorRubric.mentor_id).where(MentorRubric.code.in_(list(rubrics)), MentorRubric.active)


async def ranking_candidates(
    session: AsyncSession, rubrics: Collection[str], *, today: date, offers_since: datetime
) -> list[CandidateRow]:
    """Who may be offered a case with `rubrics` today, as plain rows, narrowed in SQL by what eligibility filters
    by: active and unpaused, sharing a rubric, a free place (`mentor_figures`), not on leave today. With each,
    their figures and the offers made to them since `offers_since` (counted for the candidates only, from the
    index on attempts (mentor_id, offered_at))."""
    recent = (
        select(func.count())
        .where(Attempt.mentor_id == Mentor.id, Attempt.offered_at >= offers_since)
        .correlate(Mentor)
        .scalar_subquery()
    )
    open_cases = func.coalesce(MentorFigures.open_cases, 0)
    on_leave_today = exists().where(Leave.mentor_id == Mentor.id, Leave.start <= today, Leave.end >= today)
    statement = (
        select(
            Mentor.id,
            cast(Mentor.rubrics, Text),
            cast(Mentor.participants, Text),
            Mentor.capacity,
            cast(Mentor.weekdays, Text),
            open_cases,
            MentorFigures.median_accept_hours,
            recent,
        )
        .outerjoin(MentorFigures, MentorFigures.mentor_id == Mentor.id)
        .where(
            Mentor.id.in_(_sharing(rubrics)),
            Mentor.active,
            Mentor.paused.is_(False),
            open_cases < Mentor.capacity,
            ~on_leave_today,
        )
    )
    return [
        (mentor_id, _set_of(codes), _set_of(groups), capacity, _set_of(weekdays), taken, hours, offers)
        for mentor_id, codes, groups, capacity, weekdays, taken, hours, offers in (
            await session.execute(statement)
        ).all()
    ]


async def candidate_leaves(
    session: AsyncSession, rubrics: Collection[str], first: date, last: date
) -> Sequence[tuple[str, date, date]]:
    """The leaves overlapping [first, last] of the active mentors sharing one of `rubrics`, in one query."""
    statement = select(Leave.mentor_id, Leave.start, Leave.end).where(
        Leave.end >= first, Leave.start <= last, Leave.mentor_id.in_(_sharing(rubrics))
    )
    return [(mentor_id, start, end) for mentor_id, start, end in (await session.execute(statement)).all()]


async def lock_figures(session: AsyncSession, mentor_ids: Collection[str]) -> None:
    """Take the figures rows of these mentors (made if missing) for this transaction, in a fixed order: a
    concurrent change of the same mentor's attempts waits, then reads them with this one's committed."""
    if not mentor_ids:
        return
    rows = [{"mentor_id": mentor_id} for mentor_id in sorted(set(mentor_ids))]
    statement = upsert_insert(session)(MentorFigures).values(rows)
    await session.execute(
        statement.on_conflict_do_update(
            index_elements=[MentorFigures.mentor_id], set_={"open_cases": MentorFigures.open_cases}
        )
    )


async def answered_yes(
    session: AsyncSession, mentor_ids: Collection[str] | None
) -> Sequence[tuple[str, str, datetime | None, datetime | None]]:
    """(mentor, state, selected at, answered at) of the accepted and completed attempts of these mentors (all
    mentors: None)."""
    statement = select(Attempt.mentor_id, Attempt.state, Attempt.selected_at, Attempt.answered_at).where(
        Attempt.state.in_(ANSWERED_YES)
    )
    if mentor_ids is not None:
        statement = statement.where(Attempt.mentor_id.in_(list(mentor_ids)))
    return [
        (mentor_id, state, selected, answered)
        for mentor_id, state, selected, answered in (await session.execute(statement)).all()
    ]


async def save_figures(session: AsyncSession, rows: Sequence[Mapping[str, Any]], *, replace_all: bool) -> None:
    """Write these figures rows (mentor_id, open_cases, accepted, median_accept_hours); `replace_all` drops the
    others first (a rebuild)."""
    if replace_all:
        await session.execute(delete(MentorFigures))
        if rows:
            await session.execute(insert(MentorFigures), [dict(row) for row in rows])
        return
    for row in rows:
        statement = upsert_insert(session)(MentorFigures).values(dict(row))
        await session.execute(
            statement.on_conflict_do_update(
                index_elements=[MentorFigures.mentor_id],
                set_={key: statement.excluded[key] for key in row if key != "mentor_id"},
            )
        )


def _due_selections() -> Select[Attempt]:
    """Selections still waiting for an answer, locked for this transaction; rows another replica holds are
    skipped (each fires once)."""
    return select(Attempt).where(Attempt.state == "selected").with_for_update(skip_locked=True).limit(DUE_BATCH)


async def awaiting_answer(session: AsyncSession, mentor_id: str, limit: int) -> Sequence[Attempt]:
    """The mentor's selections still waiting for their answer, the nearest deadline first."""
    statement = select(Attempt).where(Attempt.mentor_id == mentor_id, Attempt.state == "selected")
    return (await session.execute(statement.order_by(Attempt.deadline_at, Attempt.id).limit(limit))).scalars().all()


async def reminders_due(session: AsyncSession, at: datetime) -> Sequence[Attempt]:
    return (await session.execute(_due_selections().where(Attempt.remind_at <= at))).scalars().all()


async def deadlines_due(session: AsyncSession, at: datetime) -> Sequence[Attempt]:
    return (await session.execute(_due_selections().where(Attempt.deadline_at <= at))).scalars().all()
