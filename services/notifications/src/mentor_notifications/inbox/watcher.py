"""Notices notifications written by other replicas: one small query a second for the whole process (new rows
since the last look, and for whom), instead of one per open stream. This process's own commits wake the streams
at once through the hub."""

from mentor_kit.service import Role
from mentor_kit.worker import PollingWorker
from mentor_notifications.context import NotificationsContext
from mentor_notifications.inbox import service

PAGE = 1000


class NewNotificationWatcher(PollingWorker):
    name = "notification-watcher"
    roles = frozenset({Role.API})  # it wakes this process's open streams: where the API runs, not the consumers

    def __init__(self, ctx: NotificationsContext) -> None:
        super().__init__(ctx.settings.sse_poll_seconds)
        self.db, self.hub = ctx.db, ctx.hub
        self.last_id: int | None = None

    async def tick(self) -> int:
        async with self.db.transaction() as session:
            if self.last_id is None:
                self.last_id = await service.newest_id(session)
                return 0
            rows = await service.notified_after(session, self.last_id, PAGE)
        if rows:
            self.last_id = rows[-1][0]
            self.hub.signal({user_id for _id, user_id in rows})
        return len(rows) if len(rows) == PAGE else 0  # a full page: look again at once
