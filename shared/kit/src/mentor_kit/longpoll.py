"""Long polls: a request that waits (up to `?wait=` seconds) until what it reads is no longer empty, instead of a
client asking again every few milliseconds. A burst of 50 mentees polling every 20 ms for their offers kept the
cases process busy answering "nothing yet" while the events that bring the answer queued behind the polls.

The transaction that changes a subject wakes this process's waiters right after its commit; waiters also read
again every `recheck` seconds, for a change committed by another replica of the service."""

import asyncio
import time
from collections.abc import Awaitable, Callable, Iterator, Sized
from contextlib import contextmanager
from typing import Annotated, TypeVar

from fastapi import Query
from sqlalchemy.ext.asyncio import AsyncSession

from mentor_kit.db import on_commit

T = TypeVar("T", bound=Sized)
Key = object

MAX_WAIT = 30.0
# `?wait=`: the query parameter of a long-polled endpoint.
Wait = Annotated[
    float,
    Query(
        ge=0,
        le=MAX_WAIT,
        description="Seconds to wait for a non-empty answer (a long poll); 0, the default, answers at once.",
    ),
]


class Changes:
    """Who in this process waits for which subject, and the signal that it changed."""

    def __init__(self) -> None:
        self._waiting: dict[Key, set[asyncio.Event]] = {}

    @contextmanager
    def watching(self, key: Key) -> Iterator[asyncio.Event]:
        event = asyncio.Event()
        self._waiting.setdefault(key, set()).add(event)
        try:
            yield event
        finally:
            waiters = self._waiting.get(key)
            if waiters is not None:
                waiters.discard(event)
                if not waiters:
                    del self._waiting[key]

    def changed(self, key: Key) -> None:
        for event in self._waiting.get(key, ()):
            event.set()

    def changed_on_commit(self, session: AsyncSession, key: Key) -> None:
        """Wake the waiters of `key` once this transaction commits (not if it rolls back)."""
        on_commit(session, f"changes:{key}", lambda: self.changed(key))

    def waiting(self) -> int:
        return sum(len(waiters) for waiters in self._waiting.values())


async def long_poll(
    changes: Changes,
    key: Key,
    session: AsyncSession,
    read: Callable[[], Awaitable[T]],
    *,
    wait: float,
    recheck: float = 1.0,
) -> T:
    """`read()`; while its answer is empty and `wait` seconds have not passed, again on each change of `key` in
    this process and every `recheck` seconds. The session's connection goes back to the pool while waiting."""
    deadline = time.monotonic() + wait
    with changes.watching(key) as changed:  # before the first read: a change committed meanwhile is not missed
        answer = await read()
        while not len(answer) and (left := deadline - time.monotonic()) > 0:
            await session.close()  # a waiting request holds no connection; the session reconnects to read
            try:
                await asyncio.wait_for(changed.wait(), min(left, recheck))
            except TimeoutError:
                pass
            changed.clear()
            answer = await read()
    return answer
