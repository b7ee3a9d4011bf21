"""A background loop that lives with a service: `tick()` every `poll_seconds`, again at once while it finds work,
and at once when its `wakeup` event is set (e.g. by a commit that created work for it).

`stop()` lets the tick in progress finish (up to `stop_timeout` seconds) instead of cancelling it mid-way: a
worker stopped by a rolling update should not leave a half-done step (e.g. an e-mail marked "sending")."""

import asyncio
from abc import ABC, abstractmethod

from mentor_kit.logging import get_logger
from mentor_kit.stopping import STOP_TIMEOUT, finish_or_cancel

log = get_logger("mentor_kit.worker")


class PollingWorker(ABC):
    name = "worker"
    stop_timeout = STOP_TIMEOUT

    def __init__(self, poll_seconds: float, wakeup: asyncio.Event | None = None) -> None:
        self.poll_seconds = poll_seconds
        self.wakeup = wakeup or asyncio.Event()
        self._task: asyncio.Task[None] | None = None
        self._stopping = False

    @abstractmethod
    async def tick(self) -> int:
        """Do one round of work; return how much was done (non-zero: go round again at once)."""

    async def start(self) -> None:
        self._stopping = False
        self._task = asyncio.create_task(self._run(), name=self.name)

    async def stop(self) -> None:
        if self._task is None:
            return
        self._stopping = True
        self.wakeup.set()
        await finish_or_cancel([self._task], self.name, self.stop_timeout)
        self._task = None

    async def _run(self) -> None:
        while not self._stopping:
            self.wakeup.clear()  # before the tick: a wake-up during it is not lost
            try:
                if await self.tick():
                    continue
            except Exception:
                log.exception("worker.tick_failed", worker=self.name)
            try:
                await asyncio.wait_for(self.wakeup.wait(), self.poll_seconds)
            except TimeoutError:
                pass
