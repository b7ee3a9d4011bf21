"""Rounds of offers driven by the cases service's events: rank mentors for a case, then follow the selection,
acceptance, decline, second opinion and completion; reminders and expiries at stored deadlines; statistics.

Plain functions: the caller (a handler, the deadline worker, an endpoint) owns the transaction and gives the time.
"""

import statistics
import uuid
from collections.abc import Collection, Sequence
from datetime import date, datetime, timedelta
from typing import Any

from sqlalchemy.ext.asyncio import AsyncSession

from mentor_contracts.events import (
    AssignmentExpiredV1,
    CaseAcceptedV1,
    CaseCompletedV1,
    CaseDeclinedV1,
    CaseMentorSelectedV1,
    CaseRevisedV1,
    CaseSecondOpinionRequestedV1,
    CaseSubmittedV1,
    CaseWithdrawnV1,
    DeadlineApproachingV1,
    NoMentorLeftV1,
    OffersProposedInternalV1,
)
from mentor_contracts.events.matching import MentorOffer
from mentor_kit.logging import get_logger
from mentor_kit.messaging import Outbox
from mentor_kit.web import NotFound
from mentor_matching.domain.ranking import CaseView, MentorView, Offer, rank
from mentor_matching.offers import repository
from mentor_matching.offers.models import Attempt, CaseCopy
from mentor_matching.offers.schemas import MentorStatisticsRead
from mentor_matching.settings import MatchingSettings

log = get_logger("mentor_matching.offers")
FAIRNESS_WINDOW = timedelta(days=30)
COLLEAGUE_SUGGESTIONS = 5


async def candidate_views(
    session: AsyncSession, rubrics: Sequence[str], at: datetime, window: timedelta
) -> list[MentorView]:
    """The mentors who may be offered a case with `rubrics` at `at`, as the ranking sees them: narrowed in SQL
    (who cannot be eligible is not loaded), with their kept figures and only the leaves that overlap the days
    ranking looks at (`at` to the end of `window`). `rank()` of these gives the same offers as of every mentor."""
    rows = await repository.ranking_candidates(session, rubrics, today=at.date(), offers_since=at - FAIRNESS_WINDOW)
    if not rows:
        return []
    leaves: dict[str, list[tuple[date, date]]] = {}
    for mentor_id, start, end in await repository.candidate_leaves(session, rubrics, at.date(), (at + window).date()):
        leaves.setdefault(mentor_id, []).append((start, end))
    return [
        MentorView(
            id=mentor_id,
            rubrics=codes,
            participants=groups,
            capacity=capacity,
            open_cases=open_cases,
            leaves=tuple(leaves.get(mentor_id, ())),
            weekdays=weekdays,
            median_accept_hours=hours,
            recent_offers=recent,
        )
        for mentor_id, codes, groups, capacity, weekdays, open_cases, hours, recent in rows
    ]


async def refresh_figures(session: AsyncSession, mentor_ids: Collection[str]) -> None:
    """Recompute the ranking figures of these mentors from their own attempts, in the transaction that changed
    them (their rows locked first: concurrent changes of one mentor follow each other)."""
    if not mentor_ids:
        return
    await repository.lock_figures(session, mentor_ids)
    figures = _figures(await repository.answered_yes(session, mentor_ids))
    rows = [figures.get(mentor_id) or _no_figures(mentor_id) for mentor_id in sorted(set(mentor_ids))]
    await repository.save_figures(session, rows, replace_all=False)


async def rebuild_figures(session: AsyncSession) -> None:
    """Every mentor's figures from all attempts (what migration 0003 backfills; for repairs and benchmarks)."""
    figures = _figures(await repository.answered_yes(session, None))
    await repository.save_figures(session, [figures[m] for m in sorted(figures)], replace_all=True)


def _no_figures(mentor_id: str) -> dict[str, Any]:
    return {"mentor_id": mentor_id, "open_cases": 0, "accepted": 0, "median_accept_hours": None}


def _figures(rows: Sequence[tuple[str, str, datetime | None, datetime | None]]) -> dict[str, dict[str, Any]]:
    """Per mentor: accepted attempts not yet completed (places taken), and the upper median of the hours from
    selection to acceptance of the answered-yes attempts with both times."""
    open_cases: dict[str, int] = {}
    hours: dict[str, list[float]] = {}
    for mentor_id, state, selected, answered in rows:
        open_cases[mentor_id] = open_cases.get(mentor_id, 0) + (state == "accepted")
        if (to_accept := _hours(selected, answered)) is not None:
            hours.setdefault(mentor_id, []).append(to_accept)
    result = {}
    for mentor_id, taken in open_cases.items():
        answers = sorted(hours.get(mentor_id, []))
        result[mentor_id] = {
            "mentor_id": mentor_id,
            "open_cases": taken,
            "accepted": len(answers),
            "median_accept_hours": answers[len(answers) // 2] if answers else None,
        }
    return result


def _case_view(case: CaseCopy, window: timedelta, excluded: set[str]) -> CaseView:
    return CaseView(
        str(case.case_id), frozenset(case.rubrics), frozenset(case.participants), window, frozenset(excluded)
    )


async def propose(
    session: AsyncSession, outbox: Outbox, case: CaseCopy, *, top: int, window: timedelta, at: datetime
) -> list[MentorOffer]:
    """The next round of offers, without the mentors already tried or excluded; availability is judged within
    `window` (the case's time to accept)."""
    tried = await repository.tried_mentor_ids(session, case.case_id)
    view = _case_view(case, window, tried | set(case.excluded))
    ranked = rank(await candidate_views(session, case.rubrics, at, window), view, at, top)
    case.round += 1
    case.needs_attention = not ranked
    case.updated_at = at
    repository.add_attempts(
        session,
        [
            Attempt(
                case_id=case.case_id,
                round=case.round,
                mentor_id=o.mentor_id,
                score=o.score,
                explanation=o.explanation,
                state="offered",
                offered_at=at,
            )
            for o in ranked
        ],
    )
    offers = [MentorOffer(mentor_id=o.mentor_id, score=o.score, explanation=o.explanation) for o in ranked]
    await outbox.add(session, OffersProposedInternalV1(case_id=case.case_id, round=case.round, offers=offers, at=at))
    if not offers:
        await outbox.add(session, NoMentorLeftV1(case_id=case.case_id, round=case.round, at=at))
        log.warning("matching.no_mentor_left", case_id=str(case.case_id), round=case.round)
    log.info("matching.offers_proposed", case_id=str(case.case_id), round=case.round, offers=len(offers))
    return offers


async def next_round(
    session: AsyncSession, outbox: Outbox, settings: MatchingSettings, case: CaseCopy, at: datetime
) -> None:
    window = settings.acceptance_window(case.urgency)
    await propose(session, outbox, case, top=settings.offers_per_round, window=window, at=at)


async def open_case(
    session: AsyncSession, outbox: Outbox, settings: MatchingSettings, event: CaseSubmittedV1, at: datetime
) -> None:
    """A submitted case: keep a copy and propose round 1 (once, however often the event comes)."""
    if await repository.find_case(session, event.case_id) is not None:
        return
    case = CaseCopy(
        case_id=event.case_id,
        number=event.number,
        rubrics=event.rubrics,
        participants=event.participants,
        urgency=event.urgency,
        round=0,
        excluded=[],
        closed=False,
        needs_attention=False,
        updated_at=at,
    )
    repository.add_case(session, case)
    await next_round(session, outbox, settings, case, at)


async def revise_case(session: AsyncSession, event: CaseRevisedV1, at: datetime) -> None:
    """A reformulation keeps its mentor; later rounds (a decline, a second opinion) rank by the new version."""
    case = await repository.find_case(session, event.case_id)
    if case is not None and not case.closed:
        case.rubrics, case.participants = list(event.rubrics), list(event.participants)
        case.urgency = event.urgency
        case.updated_at = at


async def record_selection(session: AsyncSession, settings: MatchingSettings, event: CaseMentorSelectedV1) -> None:
    """The author chose a mentor: the deadline to answer and the reminder before it start now."""
    attempt = await repository.latest_attempt(session, event.case_id, event.mentor_id)
    if attempt is None or attempt.round != event.round:
        attempt = Attempt(
            case_id=event.case_id,
            round=event.round,
            mentor_id=event.mentor_id,
            score=0,
            explanation="selected outside the offers",
            state="offered",
            offered_at=event.at,
        )
        repository.add_attempts(session, [attempt])
    window = settings.acceptance_window(event.urgency)
    previous = attempt.state
    attempt.state, attempt.selected_at = "selected", event.at
    attempt.deadline_at = event.at + window
    attempt.remind_at = event.at + window * settings.reminder_at_fraction
    if previous in repository.ANSWERED_YES:  # out of order: an answer undone changes the figures
        await refresh_figures(session, [event.mentor_id])


async def record_acceptance(session: AsyncSession, event: CaseAcceptedV1) -> None:
    attempt = await repository.latest_attempt(session, event.case_id, event.mentor_id)
    if attempt is not None and attempt.state == "selected":
        attempt.state, attempt.answered_at = "accepted", event.at
        await refresh_figures(session, [event.mentor_id])  # a place taken, a time to accept


async def record_decline(
    session: AsyncSession, outbox: Outbox, settings: MatchingSettings, event: CaseDeclinedV1, at: datetime
) -> None:
    attempt = await repository.latest_attempt(session, event.case_id, event.mentor_id)
    if attempt is None or attempt.state != "selected":
        return  # a duplicate or out of order
    attempt.state, attempt.answered_at = "declined", event.at
    case = await repository.find_case(session, event.case_id)
    if case is not None and not case.closed:
        await next_round(session, outbox, settings, case, at)


async def start_second_opinion(
    session: AsyncSession,
    outbox: Outbox,
    settings: MatchingSettings,
    event: CaseSecondOpinionRequestedV1,
    at: datetime,
) -> None:
    """A round without the mentors who answered; their places are freed."""
    case = await repository.find_case(session, event.case_id)
    if case is None or case.closed:
        return
    case.excluded = sorted(set(case.excluded) | set(event.excluded_mentor_ids))
    await _release(session, event.case_id, at)
    await next_round(session, outbox, settings, case, at)


async def close_case(session: AsyncSession, event: CaseCompletedV1 | CaseWithdrawnV1, at: datetime) -> None:
    case = await repository.find_case(session, event.case_id)
    if case is not None:
        case.closed, case.updated_at = True, at
    await _release(session, event.case_id, at)


async def _release(session: AsyncSession, case_id: uuid.UUID, at: datetime) -> None:
    """Free the mentor's place: an accepted attempt becomes completed (counted once: it changes state)."""
    released = await repository.accepted_attempts(session, case_id)
    for attempt in released:
        attempt.state, attempt.finished_at = "completed", at
    await refresh_figures(session, {attempt.mentor_id for attempt in released})


async def send_due_reminders(session: AsyncSession, outbox: Outbox, at: datetime) -> int:
    """`matching.deadline_approaching.v1` for each selection whose reminder is due (once each)."""
    reminders = await repository.reminders_due(session, at)
    for attempt in reminders:
        assert attempt.deadline_at is not None
        attempt.remind_at = None  # once
        await outbox.add(
            session,
            DeadlineApproachingV1(
                case_id=attempt.case_id,
                mentor_id=attempt.mentor_id,
                round=attempt.round,
                deadline_at=attempt.deadline_at,
                at=at,
            ),
        )
    return len(reminders)


async def expire_due_selections(session: AsyncSession, outbox: Outbox, settings: MatchingSettings, at: datetime) -> int:
    """Selections past their deadline expire (`matching.assignment_expired.v1`) and the next round starts."""
    expired = await repository.deadlines_due(session, at)
    for attempt in expired:
        attempt.state, attempt.answered_at = "expired", at
        await outbox.add(
            session,
            AssignmentExpiredV1(case_id=attempt.case_id, mentor_id=attempt.mentor_id, round=attempt.round, at=at),
        )
        case = await repository.find_case(session, attempt.case_id)
        if case is not None and not case.closed:
            await next_round(session, outbox, settings, case, at)
        log.info("matching.selection_expired", case_id=str(attempt.case_id), round=attempt.round)
    return len(expired)


def _hours(start: datetime | None, end: datetime | None) -> float | None:
    return None if start is None or end is None else (end - start).total_seconds() / 3600


def _median(values: Sequence[float | None]) -> float | None:
    known = [v for v in values if v is not None]
    return round(statistics.median(known), 2) if known else None


async def mentor_statistics(session: AsyncSession, mentor_id: str) -> MentorStatisticsRead:
    attempts = await repository.attempts_of_mentor(session, mentor_id)
    states = [a.state for a in attempts]
    return MentorStatisticsRead(
        mentor_id=mentor_id,
        offered=len(attempts),
        selected=sum(1 for a in attempts if a.selected_at is not None),
        accepted=sum(1 for s in states if s in repository.ANSWERED_YES),
        declined=states.count("declined"),
        expired=states.count("expired"),
        completed=states.count("completed"),
        median_hours_to_accept=_median(
            [_hours(a.selected_at, a.answered_at) for a in attempts if a.state in repository.ANSWERED_YES]
        ),
        median_hours_to_solution=_median(
            [_hours(a.answered_at, a.finished_at) for a in attempts if a.state == "completed"]
        ),
    )


async def colleague_suggestions(
    session: AsyncSession, settings: MatchingSettings, case_id: uuid.UUID, mentor_id: str, at: datetime
) -> list[Offer]:
    """Mentors the case's mentor may ask for an opinion, ranked like offers (the asking mentor excluded)."""
    case = await repository.find_case(session, case_id)
    if case is None or not await repository.is_mentor_of_case(session, case_id, mentor_id):
        raise NotFound("no such case among yours")
    window = settings.acceptance_window(case.urgency)
    view = _case_view(case, window, {mentor_id})
    return rank(await candidate_views(session, case.rubrics, at, window), view, at, top=COLLEAGUE_SUGGESTIONS)
