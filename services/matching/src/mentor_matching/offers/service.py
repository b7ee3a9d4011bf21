"""Rounds of offers: rank mentors for a case, follow selection, acceptance, declines and completion."""

import uuid
from datetime import UTC, datetime, timedelta

from sqlalchemy import func, select
from sqlalchemy.ext.asyncio import AsyncSession

from mentor_contracts.events import (
    CaseAcceptedV1,
    CaseCompletedV1,
    CaseDeclinedV1,
    CaseMentorSelectedV1,
    CaseRevisedV1,
    CaseSecondOpinionRequestedV1,
    CaseSubmittedV1,
    CaseWithdrawnV1,
    NoMentorLeftV1,
    OffersProposedInternalV1,
)
from mentor_contracts.events.matching import MentorOffer
from mentor_kit.logging import get_logger
from mentor_kit.messaging import Outbox
from mentor_matching.domain.ranking import CaseView, MentorView, rank
from mentor_matching.mentors.models import Mentor
from mentor_matching.offers.models import Attempt, CaseCopy
from mentor_matching.settings import MatchingSettings

log = get_logger("mentor_matching.offers")
FAIRNESS_WINDOW = timedelta(days=30)
TRIED = ("selected", "declined", "expired", "accepted", "completed")


def now() -> datetime:
    return datetime.now(UTC)


async def mentor_views(session: AsyncSession, at: datetime) -> list[MentorView]:
    open_cases = dict(
        (
            await session.execute(
                select(Attempt.mentor_id, func.count()).where(Attempt.state == "accepted").group_by(Attempt.mentor_id)
            )
        ).all()
    )
    recent = dict(
        (
            await session.execute(
                select(Attempt.mentor_id, func.count())
                .where(Attempt.offered_at >= at - FAIRNESS_WINDOW)
                .group_by(Attempt.mentor_id)
            )
        ).all()
    )
    accept_hours = await _median_accept_hours(session)
    mentors = (await session.execute(select(Mentor).where(Mentor.active.is_(True), Mentor.paused.is_(False)))).scalars()
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
            recent_offers=recent.get(m.id, 0),
        )
        for m in mentors
    ]


async def _median_accept_hours(session: AsyncSession) -> dict[str, float]:
    rows = (
        await session.execute(
            select(Attempt.mentor_id, Attempt.selected_at, Attempt.answered_at).where(
                Attempt.state.in_(("accepted", "completed")), Attempt.selected_at.is_not(None)
            )
        )
    ).all()
    per_mentor: dict[str, list[float]] = {}
    for mentor_id, selected, answered in rows:
        if answered is not None:
            per_mentor.setdefault(mentor_id, []).append((answered - selected).total_seconds() / 3600)
    return {m: sorted(v)[len(v) // 2] for m, v in per_mentor.items()}


async def propose(
    session: AsyncSession, outbox: Outbox, case: CaseCopy, top: int, window: timedelta | None = None
) -> list[MentorOffer]:
    """The next round of offers, without the mentors already tried or excluded."""
    at = now()
    tried = set(
        (
            await session.execute(
                select(Attempt.mentor_id).where(Attempt.case_id == case.case_id, Attempt.state.in_(TRIED))
            )
        ).scalars()
    )
    view = CaseView(
        str(case.case_id),
        frozenset(case.rubrics),
        frozenset(case.participants),
        case.urgency,
        excluded=frozenset(tried | set(case.excluded)),
    )
    ranked = rank(await mentor_views(session, at), view, at, top)
    case.round += 1
    case.needs_attention = not ranked
    case.updated_at = at
    session.add_all(
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
        ]
    )
    offers = [MentorOffer(mentor_id=o.mentor_id, score=o.score, explanation=o.explanation) for o in ranked]
    await outbox.add(session, OffersProposedInternalV1(case_id=case.case_id, round=case.round, offers=offers, at=at))
    if not offers:
        await outbox.add(session, NoMentorLeftV1(case_id=case.case_id, round=case.round, at=at))
        log.warning("matching.no_mentor_left", case_id=str(case.case_id), round=case.round)
    log.info("matching.offers_proposed", case_id=str(case.case_id), round=case.round, offers=len(offers))
    return offers


async def _attempt(session: AsyncSession, case_id: uuid.UUID, mentor_id: str) -> Attempt | None:
    statement = (
        select(Attempt)
        .where(Attempt.case_id == case_id, Attempt.mentor_id == mentor_id)
        .order_by(Attempt.round.desc())
        .limit(1)
    )
    return (await session.execute(statement)).scalar_one_or_none()


class OfferRounds:
    """The event handlers of matching, bound to its outbox and settings (registered in bootstrap)."""

    def __init__(self, settings: MatchingSettings) -> None:
        self.settings = settings
        self.top = settings.offers_per_round
        self.outbox: Outbox  # bound by bootstrap once the service's messaging exists

    async def next_round(self, session: AsyncSession, case: CaseCopy) -> None:
        await propose(session, self.outbox, case, self.top, self.settings.deadline(case.urgency))

    def handlers(self) -> dict[type, object]:
        return {
            CaseSubmittedV1: self.on_submitted,
            CaseRevisedV1: self.on_revised,
            CaseMentorSelectedV1: self.on_selected,
            CaseAcceptedV1: self.on_accepted,
            CaseDeclinedV1: self.on_declined,
            CaseSecondOpinionRequestedV1: self.on_second_opinion,
            CaseCompletedV1: self.on_finished,
            CaseWithdrawnV1: self.on_finished,
        }

    async def on_submitted(self, session: AsyncSession, event: CaseSubmittedV1) -> None:
        if await session.get(CaseCopy, event.case_id) is not None:
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
            updated_at=now(),
        )
        session.add(case)
        await self.next_round(session, case)

    async def on_revised(self, session: AsyncSession, event: CaseRevisedV1) -> None:
        """A reformulation keeps its mentor; later rounds (a decline, a second opinion) rank by the new version."""
        case = await session.get(CaseCopy, event.case_id)
        if case is not None and not case.closed:
            case.rubrics, case.participants, case.urgency = event.rubrics, event.participants, event.urgency
            case.updated_at = now()

    async def on_selected(self, session: AsyncSession, event: CaseMentorSelectedV1) -> None:
        attempt = await _attempt(session, event.case_id, event.mentor_id)
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
            session.add(attempt)
        window = self.settings.deadline(event.urgency)
        attempt.state, attempt.selected_at = "selected", event.at
        attempt.deadline_at = event.at + window
        attempt.remind_at = event.at + window * self.settings.reminder_at_fraction

    async def on_accepted(self, session: AsyncSession, event: CaseAcceptedV1) -> None:
        attempt = await _attempt(session, event.case_id, event.mentor_id)
        if attempt is not None and attempt.state == "selected":
            attempt.state, attempt.answered_at = "accepted", event.at

    async def on_declined(self, session: AsyncSession, event: CaseDeclinedV1) -> None:
        attempt = await _attempt(session, event.case_id, event.mentor_id)
        if attempt is None or attempt.state != "selected":
            return  # a duplicate or out of order
        attempt.state, attempt.answered_at = "declined", event.at
        case = await session.get(CaseCopy, event.case_id)
        if case is not None and not case.closed:
            await self.next_round(session, case)

    async def on_second_opinion(self, session: AsyncSession, event: CaseSecondOpinionRequestedV1) -> None:
        case = await session.get(CaseCopy, event.case_id)
        if case is None or case.closed:
            return
        case.excluded = sorted(set(case.excluded) | set(event.excluded_mentor_ids))
        await self._release(session, event.case_id)
        await self.next_round(session, case)

    async def on_finished(self, session: AsyncSession, event: CaseCompletedV1 | CaseWithdrawnV1) -> None:
        case = await session.get(CaseCopy, event.case_id)
        if case is not None:
            case.closed, case.updated_at = True, now()
        await self._release(session, event.case_id)

    async def _release(self, session: AsyncSession, case_id: uuid.UUID) -> None:
        """Free the mentor's place: an accepted attempt becomes completed (counted once: it changes state)."""
        attempts = (
            await session.execute(select(Attempt).where(Attempt.case_id == case_id, Attempt.state == "accepted"))
        ).scalars()
        for attempt in attempts:
            attempt.state, attempt.finished_at = "completed", now()
