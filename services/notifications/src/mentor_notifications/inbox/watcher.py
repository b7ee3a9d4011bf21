"""Notices notifications written by other replicas: one small query a second for the whole process (new rows
since the last look, and for whom), instead of one per open stream. This process's own commits wake the streams
at once through the hub."""

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
            if self.last_id is None:
                self.last_id = int((await session.execute(select(func.max(Notification.id)))).scalar_one() or 0)
                return 0
            query = (
                select(Notification.id, Notification.user_id)
                .where(Notification.id > self.last_id)
                .order_by(Notification.id)
                .limit(1000)
            )
            rows = (await session.execute(query)).all()
        if rows:
            self.last_id = rows[-1][0]
            self.hub.signal({user_id for _id, user_id in rows})
        return len(rows) if len(rows) == 1000 else 0  # a full page: look again at once
