"""The outbox relay: publishes pending rows with confirms, marks them sent, retries with backoff.

Several relays may run on one outbox: `FOR UPDATE SKIP LOCKED` gives each row to one of them.
"""

import asyncio
import random
from datetime import timedelta
from typing import Any, cast

from sqlalchemy import CursorResult, delete, func, select, update

from mentor_kit import clock
from mentor_kit.db import Database
from mentor_kit.logging import get_logger
from mentor_kit.messaging.broker import Broker, BrokerUnavailable, OutgoingMessage, Unroutable
from mentor_kit.messaging.metrics import OUTBOX_FAILED, OUTBOX_LAG, OUTBOX_PUBLISHED
from mentor_kit.messaging.outbox import Outbox
from mentor_kit.stopping import finish_or_cancel

log = get_logger("mentor_kit.relay")

PURGE_AFTER = timedelta(days=1)
PUBLISH_TIMEOUT = 30.0  # seconds for the broker to confirm a whole batch  # sent rows are kept a day for inspection


def backoff(attempts: int, cap: float) -> float:
    """Exponential backoff, 0.5 s, 1 s, 2 s … capped, each shortened by a random 0–50 % (jitter)."""
    return float(random.uniform(0.5, 1.0) * min(cap, 0.5 * 2 ** max(attempts - 1, 0)))


class OutboxRelay:
    def __init__(
        self,
        db: Database,
        outbox: Outbox,
        broker: Broker,
        *,
        batch_size: int = 200,
        poll_seconds: float = 2.0,
        max_backoff: float = 300.0,
    ) -> None:
        self.db = db
        self.outbox = outbox
        self.table = outbox.tables.outbox
        self.broker = broker
        self.batch_size = batch_size
        self.poll_seconds = poll_seconds
        self.max_backoff = max_backoff
        self._stopping = asyncio.Event()
        self._tasks: list[asyncio.Task[None]] = []

    async def start(self) -> None:
        self._tasks.append(asyncio.create_task(self.run(), name="outbox-relay"))

    async def stop(self) -> None:
        """Let the batch in progress finish (its rows are then marked sent), then stop; cancel only if stuck."""
        self._stopping.set()
        self.outbox.wakeup.set()
        await finish_or_cancel(self._tasks, "outbox-relay")
        self._tasks.clear()

    async def run(self) -> None:
        unavailable = 0
        last_purge = clock.now()
        while not self._stopping.is_set():
            try:
                published = await self.publish_batch()
                unavailable = 0
            except BrokerUnavailable:
                # The broker is away: nothing was marked; try again soon, without touching the rows.
                unavailable += 1
                await asyncio.sleep(min(2.0, 0.1 * 2**unavailable))
                continue
            except Exception:
                log.exception("outbox.relay_failed")
                await asyncio.sleep(1.0)
                continue
            if published >= self.batch_size or self.outbox.wakeup.take():
                continue  # more are waiting, or rows were committed meanwhile
            try:
                if clock.now() - last_purge > timedelta(hours=1):
                    last_purge = clock.now()
                    await self.purge()
                idle = await self._idle_timeout()
            except Exception:
                # The database went away between two batches: an error here must not end the relay's task (nothing
                # would publish again, silently); wait a poll and go round.
                log.exception("outbox.relay_failed")
                idle = self.poll_seconds
            await self.outbox.wakeup.wait(idle)

    async def publish_batch(self) -> int:
        """Publish one batch of due rows. Returns how many the broker confirmed."""
        async with self.db.transaction() as session:
            rows = (
                (
                    await session.execute(
                        select(self.table)
                        .where(self.table.c.published_at.is_(None), self.table.c.next_attempt_at <= clock.now())
                        .order_by(self.table.c.created_at)
                        .limit(self.batch_size)
                        .with_for_update(skip_locked=True)
                    )
                )
                .mappings()
                .all()
            )
            if not rows:
                return 0
            try:
                async with asyncio.timeout(PUBLISH_TIMEOUT):
                    results = await asyncio.gather(
                        *(self.broker.publish(self._message(r)) for r in rows), return_exceptions=True
                    )
            except TimeoutError as exc:
                raise BrokerUnavailable("no confirms within the publish timeout") from exc
            if any(isinstance(r, BrokerUnavailable) for r in results):
                raise BrokerUnavailable("broker went away during the batch")  # roll back: all stay pending
            sent = [row["id"] for row, result in zip(rows, results, strict=True) if result is None]
            if sent:
                await session.execute(
                    update(self.table).where(self.table.c.id.in_(sent)).values(published_at=clock.now())
                )
            for row, result in zip(rows, results, strict=True):
                if result is not None:
                    await self._record_failure(session, row, result)
        OUTBOX_PUBLISHED.labels(self.outbox.source).inc(len(sent))
        return len(sent)

    async def _record_failure(self, session: Any, row: Any, error: BaseException) -> None:
        attempts = row["attempts"] + 1
        reason = "unroutable" if isinstance(error, Unroutable) else "rejected"
        OUTBOX_FAILED.labels(self.outbox.source, reason).inc()
        log.error(
            "outbox.publish_failed",
            message_id=row["id"],
            routing_key=row["routing_key"],
            exchange=row["exchange"],
            reason=reason,
            error=str(error),
            attempts=attempts,
        )
        await session.execute(
            update(self.table)
            .where(self.table.c.id == row["id"])
            .values(
                attempts=attempts,
                last_error=f"{reason}: {error}",
                next_attempt_at=clock.now() + timedelta(seconds=backoff(attempts, self.max_backoff)),
            )
        )

    @staticmethod
    def _message(row: Any) -> OutgoingMessage:
        return OutgoingMessage(
            exchange=row["exchange"],
            routing_key=row["routing_key"],
            body=row["body"],
            message_id=row["id"],
            correlation_id=(row["headers"] or {}).get("correlation_id"),
        )

    async def _idle_timeout(self) -> float:
        """Sleep until the next row is due (rows in backoff), at most the poll interval."""
        async with self.db.transaction() as session:
            due, oldest = (
                await session.execute(
                    select(func.min(self.table.c.next_attempt_at), func.min(self.table.c.created_at)).where(
                        self.table.c.published_at.is_(None)
                    )
                )
            ).one()
        now = clock.now()
        lag = (now - clock.as_utc(oldest)).total_seconds() if oldest is not None else 0
        OUTBOX_LAG.labels(self.outbox.source).set(lag)
        if due is None:
            return self.poll_seconds
        return float(max(0.0, min(self.poll_seconds, (clock.as_utc(due) - now).total_seconds())))

    async def purge(self) -> int:
        async with self.db.transaction() as session:
            statement = delete(self.table).where(self.table.c.published_at < clock.now() - PURGE_AFTER)
            result = cast(CursorResult[Any], await session.execute(statement))  # a DELETE has a row count
        return int(result.rowcount)
