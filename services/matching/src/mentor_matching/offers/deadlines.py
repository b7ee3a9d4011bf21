"""Deadlines are rows, not timers: they survive restarts, and `FOR UPDATE SKIP LOCKED` makes each fire once
even with several replicas. A reminder goes out before the deadline; at the deadline the selection expires and
the next round starts."""

from mentor_kit.worker import PollingWorker
from mentor_matching.context import MatchingContext
from mentor_matching.offers import service


class DeadlineWorker(PollingWorker):
    name = "matching-deadlines"

    def __init__(self, ctx: MatchingContext) -> None:
        super().__init__(ctx.settings.deadline_poll_seconds)
        self.ctx = ctx

    async def tick(self) -> int:
        """Send due reminders and expire due selections; returns how many expired."""
        at = self.ctx.clock()
        async with self.ctx.db.transaction() as session:
            await service.send_due_reminders(session, self.ctx.outbox, at)
            return await service.expire_due_selections(session, self.ctx.outbox, self.ctx.settings, at)
