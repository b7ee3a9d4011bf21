"""Wakes the live streams of the people who just got notifications, and the e-mail sender, right after the
transaction that created them commits. Other replicas' notifications are noticed by the watcher (`inbox/watcher.py`)."""

import asyncio
from collections.abc import Iterable, Iterator
from contextlib import contextmanager

from sqlalchemy.ext.asyncio import AsyncSession

from mentor_kit.db import on_commit


class Hub:
    def __init__(self) -> None:
        self._events: dict[str, asyncio.Event] = {}  # per person with an open stream; replaced when it fires
        self._waiting: dict[str, int] = {}
        self.email_wakeup = asyncio.Event()

    @contextmanager
    def watching(self, user_id: str) -> Iterator[asyncio.Event]:
        """The event the next signal for `user_id` sets. Enter it BEFORE reading the database, so a commit
        between that read and the wait is not missed."""
        event = self._events.setdefault(user_id, asyncio.Event())
        self._waiting[user_id] = self._waiting.get(user_id, 0) + 1
        try:
            yield event
        finally:
            self._waiting[user_id] -= 1
            if not self._waiting[user_id]:  # the last stream of this person stopped watching: forget them
                del self._waiting[user_id]
                if self._events.get(user_id) is event:
                    del self._events[user_id]

    def signal(self, user_ids: Iterable[str]) -> None:
        for user_id in user_ids:
            event = self._events.pop(user_id, None)
            if event is not None:
                event.set()  # every stream of this person wakes; later waits use a fresh event
        self.email_wakeup.set()

    def after_commit(self, session: AsyncSession, user_ids: Iterable[str]) -> None:
        """Signal these people (and the e-mail sender) once this transaction commits; nothing if it rolls back."""
        pending: set[str] = session.sync_session.info.setdefault("notified_users", set())
        pending.update(user_ids)
        on_commit(
            session, "notifications_hub", lambda: self.signal(session.sync_session.info.pop("notified_users", ()))
        )
