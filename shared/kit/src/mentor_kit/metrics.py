"""Process metrics of the kit: the event loop's lag (`mentor_event_loop_lag_seconds` at `/metrics`).

A task sleeps `interval` seconds again and again and records how much later than asked it woke up. Whatever
blocks the loop — a CPU-heavy call, a synchronous driver, `time.sleep` — shows up as lag, in whichever service.
"""

import asyncio
from typing import ClassVar

from prometheus_client import Histogram

LOOP_LAG = Histogram(
    "mentor_event_loop_lag_seconds",
    "How much later than asked the event loop woke a periodic sleep (time the loop was blocked)",
    buckets=(0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1.0, 2.5, 5.0, 10.0),
)


class LoopLagMonitor:
    """One per event loop however many apps start it (the embedded run mounts every service's app in one
    process): the first `start` begins measuring, the last `stop` ends it."""

    _running: ClassVar[dict[asyncio.AbstractEventLoop, tuple[asyncio.Task[None], int]]] = {}

    def __init__(self, interval: float = 0.1) -> None:
        self.interval = interval

    async def start(self) -> None:
        loop = asyncio.get_running_loop()
        task, users = self._running.get(loop, (None, 0))
        if task is None or task.done():
            task, users = loop.create_task(self._measure(), name="mentor-loop-lag"), 0
        self._running[loop] = (task, users + 1)

    async def stop(self) -> None:
        loop = asyncio.get_running_loop()
        running = self._running.get(loop)
        if running is None:
            return
        task, users = running
        if users > 1:
            self._running[loop] = (task, users - 1)
            return
        del self._running[loop]
        task.cancel()
        await asyncio.wait([task])

    async def _measure(self) -> None:
        loop = asyncio.get_running_loop()
        while True:
            asked = loop.time() + self.interval
            await asyncio.sleep(self.interval)
            LOOP_LAG.observe(max(0.0, loop.time() - asked))
