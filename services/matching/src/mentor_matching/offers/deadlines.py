"""Deadlines are rows, not timers: they survive restarts, and `FOR UPDATE SKIP LOCKED` makes each fire once
even with several replicas. A reminder goes out before the deadline; at the deadline the selection expires and
the next round starts."""

from sqlalchemy import select

from mentor_contracts.events import AssignmentExpiredV1, DeadlineApproachingV1
from mentor_kit.db import Database
from mentor_kit.logging import get_logger
from mentor_kit.worker import PollingWorker
from mentor_matching.offers.models import Attempt, CaseCopy
from mentor_matching.offers.service import OfferRounds, now

log = get_logger("mentor_matching.deadlines")


class DeadlineWorker(PollingWorker):
    name = "matching-deadlines"

    def __init__(self, db: Database, rounds: OfferRounds, poll_seconds: float) -> None:
        super().__init__(poll_seconds)
        self.db, self.rounds = db, rounds

    async def tick(self) -> int:
        """Send due reminders and expire due selections; returns how many expired."""
        at = now()
        async with self.db.transaction() as session:
            due = select(Attempt).where(Attempt.state == "selected").with_for_update(skip_locked=True).limit(50)
            reminders = (await session.execute(due.where(Attempt.remind_at <= at))).scalars().all()
            for attempt in reminders:
                assert attempt.deadline_at is not None
                attempt.remind_at = None  # once
                await self.rounds.outbox.add(
                    session,
                    DeadlineApproachingV1(
                        case_id=attempt.case_id,
                        mentor_id=attempt.mentor_id,
                        round=attempt.round,
                        deadline_at=attempt.deadline_at,
                        at=at,
                    ),
                )
            expired = (await session.execute(due.where(Attempt.deadline_at <= at))).scalars().all()
            for attempt in expired:
                attempt.state, attempt.answered_at = "expired", at
                await self.rounds.outbox.add(
                    session,
                    AssignmentExpiredV1(
                        case_id=attempt.case_id, mentor_id=attempt.mentor_id, round=attempt.round, at=at
                    ),
                )
                case = await session.get(CaseCopy, attempt.case_id)
                if case is not None and not case.closed:
                    await self.rounds.next_round(session, case)
                log.info("matching.selection_expired", case_id=str(attempt.case_id), round=attempt.round)
        return len(expired)
