"""The daily digest: for people who chose it, one e-mail a day listing what their inbox received since the last
one, instead of one e-mail per notification. The digest row joins the same e-mail outbox (keyed per person and
day, so a second worker or a rerun queues nothing twice)."""

from collections.abc import Callable
from datetime import UTC, datetime, timedelta

from mentor_kit.db import Database
from mentor_kit.logging import get_logger
from mentor_kit.worker import PollingWorker
from mentor_notifications.email.compose import compose_digest
from mentor_notifications.inbox import repository as inbox
from mentor_notifications.inbox.hub import Hub
from mentor_notifications.settings import NotificationsSettings
from mentor_notifications.users import repository as users

log = get_logger("mentor_notifications.digest")


class DigestWorker(PollingWorker):
    name = "daily-digest"

    def __init__(
        self,
        db: Database,
        settings: NotificationsSettings,
        hub: Hub,
        clock: Callable[[], datetime] = lambda: datetime.now(UTC),
    ) -> None:
        super().__init__(settings.digest_poll_seconds)
        self.db, self.settings, self.hub, self.clock = db, settings, hub, clock

    def last_due(self, at: datetime) -> datetime:
        """The most recent digest time at or before `at`."""
        due = at.replace(hour=self.settings.digest_hour_utc, minute=0, second=0, microsecond=0)
        return due if due <= at else due - timedelta(days=1)

    async def tick(self) -> int:
        due = self.last_due(self.clock())
        queued = 0
        async with self.db.transaction() as session:
            for recipient in await users.digest_due(session, due):
                waiting = await inbox.waiting_for_digest(session, recipient.id)
                if waiting and recipient.email:
                    items = [(n.title, n.link) for n in waiting]
                    session.add(compose_digest(self.settings, recipient, items, due.date().isoformat()))
                    queued += 1
                for notification in waiting:
                    notification.email_state = "digested"
                recipient.last_digest_at = due
            if queued:
                self.hub.after_commit(session, ())  # wakes the e-mail sender
        if queued:
            log.info("digest.queued", messages=queued)
        return 0  # one pass per due time is all there is
