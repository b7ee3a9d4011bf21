"""The daily digest: for people who chose it, one e-mail a day listing what their inbox received since the last
one, instead of one e-mail per notification. The digest row joins the same e-mail outbox (keyed per person and
day, so a second worker or a rerun queues nothing twice)."""

from datetime import datetime, timedelta

from mentor_kit.logging import get_logger
from mentor_kit.worker import PollingWorker
from mentor_notifications.context import NotificationsContext
from mentor_notifications.inbox import service

log = get_logger("mentor_notifications.digest")


def last_due(at: datetime, digest_hour_utc: int) -> datetime:
    """The most recent digest time at or before `at`."""
    due = at.replace(hour=digest_hour_utc, minute=0, second=0, microsecond=0)
    return due if due <= at else due - timedelta(days=1)


class DigestWorker(PollingWorker):
    name = "daily-digest"

    def __init__(self, ctx: NotificationsContext) -> None:
        super().__init__(ctx.settings.digest_poll_seconds)
        self.db, self.settings, self.hub, self.clock = ctx.db, ctx.settings, ctx.hub, ctx.clock

    async def tick(self) -> int:
        at = self.clock()
        due = last_due(at, self.settings.digest_hour_utc)
        async with self.db.transaction() as session:
            queued = await service.queue_digests(session, self.settings, self.hub, due=due, at=at)
        if queued:
            log.info("digest.queued", messages=queued)
        return 0  # one pass per due time is all there is
