"""Wait on conditions with a timeout instead of sleeping."""

import asyncio
import time
from collections.abc import Awaitable, Callable
from typing import Any

from sqlalchemy.ext.asyncio import AsyncSession


async def wait_for(
    condition: Callable[[], Any | Awaitable[Any]],
    *,
    timeout: float = 10.0,
    interval: float = 0.02,
    message: str = "condition",
) -> Any:
    """Poll `condition` (sync or async) until it returns something truthy; fail after `timeout` seconds."""
    deadline = time.monotonic() + timeout
    while True:
        value = condition()
        if asyncio.iscoroutine(value) or isinstance(value, Awaitable):
            value = await value
        if value:
            return value
        if time.monotonic() > deadline:
            raise AssertionError(f"timed out after {timeout}s waiting for {message}")
        await asyncio.sleep(interval)


class EventRecorder:
    """A consumer handler that records what it handles, and waits for events with a timeout."""

    def __init__(self) -> None:
        self.events: list[Any] = []
        self._changed = asyncio.Condition()

    async def __call__(self, session: AsyncSession, event: Any) -> None:
        self.events.append(event)
        async with self._changed:
            self._changed.notify_all()

    async def wait_for(
        self, predicate: Callable[[Any], bool] = lambda _e: True, *, count: int = 1, timeout: float = 10.0
    ) -> list[Any]:
        def matching() -> list[Any]:
            return [e for e in self.events if predicate(e)]

        async with self._changed:
            try:
                await asyncio.wait_for(self._changed.wait_for(lambda: len(matching()) >= count), timeout)
            except TimeoutError:
                raise AssertionError(f"timed out after {timeout}s: {len(matching())} of {count} arrived") from None
        return matching()
