"""Stopping background tasks between steps: what runs gets a moment to finish its step, then is cancelled."""

import asyncio
from collections.abc import Collection

from mentor_kit.logging import get_logger

log = get_logger("mentor_kit.stopping")
STOP_TIMEOUT = 10.0  # seconds a stopping loop may take to finish the step (batch, transaction) in progress


async def finish_or_cancel(tasks: Collection[asyncio.Task[None]], name: str, timeout: float = STOP_TIMEOUT) -> None:
    """Wait up to `timeout` for `tasks` to end by themselves (their loops were told to stop), cancel the rest,
    and wait for all. A task's own failure or cancellation is not raised here."""
    if not tasks:
        return
    _done, pending = await asyncio.wait(tasks, timeout=timeout)
    for task in pending:
        task.cancel()
    if pending:
        log.warning("stopping.cancelled", name=name, tasks=len(pending))
    await asyncio.gather(*tasks, return_exceptions=True)
