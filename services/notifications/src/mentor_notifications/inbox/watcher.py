"""Notices notifications written by other replicas: one `max(id)` query a second for the whole process, instead
of one query per open stream. This process's own commits wake the streams at once through the hub."""

from sqlalchemy import func, select

from mentor_kit.db import Database
from mentor_kit.worker import PollingWorker
from mentor_notifications.inbox.hub import Hub
from mentor_notifications.inbox.models import Notification


class NewNotificationWatcher(PollingWorker):
    name = "notification-watcher"

    def __init__(self, db: Database, hub: Hub, poll_seconds: float) -> None:
        super().__init__(poll_seconds)
        self.db, self.hub = db, hub
        self.last_id: int | None = None

    async def tick(self) -> int:
        async with self.db.transaction() as session:
            newest = int((await session.execute(select(func.max(Notification.id)))).scalar_one() or 0)
        if self.last_id is not None and newest > self.last_id:
            self.hub.signal()
        self.last_id = newest
        return 0
