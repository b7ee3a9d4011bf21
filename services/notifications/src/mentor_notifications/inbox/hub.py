"""Wakes this process's live streams and e-mail sender right after a transaction that created notifications
commits. Other replicas' notifications are noticed by the watcher (`watcher.py`), e-mails by the sender's poll."""

import asyncio

from sqlalchemy.ext.asyncio import AsyncSession

from mentor_kit.db import on_commit


class Hub:
    def __init__(self) -> None:
        self._changed = asyncio.Event()
        self.email_wakeup = asyncio.Event()

    async def wait(self, timeout: float) -> bool:
        """Wait until the next commit that created notifications, or `timeout`; True if woken."""
        changed = self._changed
        try:
            await asyncio.wait_for(changed.wait(), timeout)
            return True
        except TimeoutError:
            return False

    def signal(self) -> None:
        changed, self._changed = self._changed, asyncio.Event()
        changed.set()  # every waiter of the old event wakes; new waiters wait for the next commit
        self.email_wakeup.set()

    def after_commit(self, session: AsyncSession) -> None:
        on_commit(session, "notifications_hub", self.signal)
