"""Rounds of offers driven by the cases service's events: rank mentors for a case, then follow the selection,
acceptance, decline, second opinion and completion; reminders and expiries at stored deadlines; statistics.

Plain functions: the caller (a handler, the deadline worker, an endpoint) owns the transaction and gives the time.
"""

import statistics
import uuid
from collections.abc import Sequence
from datetime import datetime, timedelta

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
from mentor_matching.mentors import service as mentors
from mentor_matching.offers import repository
from mentor_matching.offers.models import Attempt, CaseCopy
from mentor_matching.offers.schemas import MentorStatisticsRead
from mentor_matching.settings import MatchingSettings

log = get_logger("mentor_matching.offers")
FAIRNESS_WINDOW = timedelta(days=30)
COLLEAGUE_SUGGESTIONS = 5


async def candidate_views(session: AsyncSession, rubrics: Sequence[str], at: datetime) -> list[MentorView]:
    """The mentors who may be offered a case with `rubrics`, as the ranking sees them."""
    candidates = await mentors.candidates(session, rubrics)
    if not candidates:
        return []
    open_cases = await repository.open_case_counts(session)
    recent_offers = await repository.offer_counts_since(session, at - FAIRNESS_WINDOW)
    accept_hours = _median_hours_to_accept(await repository.acceptance_times(session))
    return [
        MentorView(
            id=m.id,
            rubrics=frozenset(m.rubrics),
            participants=frozenset(m.participants),
            capacity=m.capacity,
            open_cases=open_cases.get(m.id, 0),
            leaves=tuple((leave.start, leave.end) for leave in m.leaves),
            weekdays=frozenset(m.weekdays),
            median_accept_hours=accept_hours.get(m.id),
            recent_offers=recent_offers.get(m.id, 0),
        )
        for m in candidates
    ]


def _median_hours_to_accept(times: Sequence[tuple[str, datetime, datetime]]) -> dict[str, float]:
    per_mentor: dict[str, list[float]] = {}
    for mentor_id, selected, answered in times:
        per_mentor.setdefault(mentor_id, []).append((answered - selected).total_seconds() / 3600)
    return {m: sorted(v)[len(v) // 2] for m, v in per_mentor.items()}


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
    ranked = rank(await candidate_views(session, case.rubrics, at), view, at, top)
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
    attempt.state, attempt.selected_at = "selected", event.at
    attempt.deadline_at = event.at + window
    attempt.remind_at = event.at + window * settings.reminder_at_fraction


async def record_acceptance(session: AsyncSession, event: CaseAcceptedV1) -> None:
    attempt = await repository.latest_attempt(session, event.case_id, event.mentor_id)
    if attempt is not None and attempt.state == "selected":
        attempt.state, attempt.answered_at = "accepted", event.at


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
    for attempt in await repository.accepted_attempts(session, case_id):
        attempt.state, attempt.finished_at = "completed", at


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
    view = _case_view(case, settings.acceptance_window(case.urgency), {mentor_id})
    return rank(await candidate_views(session, case.rubrics, at), view, at, top=COLLEAGUE_SUGGESTIONS)
