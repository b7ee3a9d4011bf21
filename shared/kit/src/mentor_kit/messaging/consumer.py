"""The consumer: at-least-once delivery made idempotent by the inbox, bounded retries, then dead letters.

A handler runs inside one database transaction together with the inbox record (and any outbox rows it
writes); the message is acked only after that transaction commits.
"""

import asyncio
import time
from collections import deque
from collections.abc import Awaitable, Callable, Mapping
from contextlib import AbstractContextManager
from dataclasses import dataclass
from typing import Any

from sqlalchemy.exc import DBAPIError, InterfaceError
from sqlalchemy.ext.asyncio import AsyncSession

from mentor_contracts.envelope import CloudEvent
from mentor_contracts.events import Event
from mentor_kit import clock
from mentor_kit.db import Database
from mentor_kit.logging import bound, get_logger
from mentor_kit.messaging import inbox
from mentor_kit.messaging.broker import Broker, BrokerError, Delivery, OutgoingMessage
from mentor_kit.messaging.metrics import HANDLER_SECONDS, MESSAGES
from mentor_kit.messaging.tables import MessagingTables
from mentor_kit.messaging.topology import (
    ATTEMPT_HEADER,
    ERROR_HEADER,
    FAILED_AT_HEADER,
    ORIGIN_EXCHANGE_HEADER,
    ORIGIN_KEY_HEADER,
    ConsumerTopology,
)
from mentor_kit.stopping import finish_or_cancel

log = get_logger("mentor_kit.consumer")

FORWARD_TIMEOUT = 30.0  # seconds for the broker to confirm a retry or dead letter
Handler = Callable[[AsyncSession, Any], Awaitable[None]]


class PermanentError(Exception):
    """A message that can never succeed (malformed, unknown type): dead-lettered without retries."""


class _DatabaseAway(Exception):
    """The consumer stopped while waiting for its database: the batch goes back to the broker, unhandled."""


DATABASE_WAIT_MAX = 5.0  # seconds between two looks at a database that went away
# SQLSTATE classes and codes that say the database (not the message) is the problem: connection exceptions, and the
# server shutting down, crashed or still starting (admin_shutdown, crash_shutdown, cannot_connect_now).
_LOST_SQLSTATES = ("08", "57P01", "57P02", "57P03")


def connection_lost(exc: BaseException) -> bool:
    """Whether `exc` (or an exception it was raised from) may say the database connection was lost or refused,
    rather than the message being bad. The consumer then asks the database itself before deciding."""
    seen: BaseException | None = exc
    for _ in range(10):  # a handler may wrap the error it got; follow the chain a little way
        if seen is None:
            return False
        if isinstance(seen, (OSError, InterfaceError)):  # refused, reset, timed out; a connection closed under us
            return True
        if isinstance(seen, DBAPIError):
            if seen.connection_invalidated:
                return True
            code = str(getattr(seen.orig, "sqlstate", None) or getattr(seen.orig, "pgcode", None) or "")
            if code.startswith(_LOST_SQLSTATES):
                return True
        seen = seen.__cause__ or seen.__context__
    return False


BATCH_BUDGET = 0.1  # seconds of handler time after which a batch commits (see the kit README)
SLOW_HANDLER = 0.01  # seconds: an event type whose handler takes longer is handled in a transaction of its own


@dataclass
class _Pending:
    """A delivery waiting for a worker; its envelope is parsed once, when it arrives."""

    delivery: Delivery
    envelope: CloudEvent | None
    error: ValueError | None

    @property
    def subject(self) -> str | None:
        """Events of one subject are handled one at a time, in arrival order."""
        return self.envelope.subject if self.envelope is not None else None


@dataclass
class _Item:
    delivery: Delivery
    attempt: int
    envelope: CloudEvent
    event: Event
    handler: Handler
    duplicate: bool = False

    @property
    def message_id(self) -> str:
        return str(self.envelope.id)

    def context(self, consumer: str) -> AbstractContextManager[None]:
        manager: AbstractContextManager[None] = bound(
            correlation_id=self.envelope.correlationid or self.message_id,
            message_id=self.message_id,
            event_type=self.envelope.type,
            consumer=consumer,
        )
        return manager


class EventConsumer:
    """Deliveries are handled in small batches: one transaction for the inbox rows and the handlers of the
    batch, then the acks. A batch never holds an event's visibility hostage for long: it is what is waiting
    (up to `batch_size`), it commits as soon as its handlers have run `batch_budget` seconds, and an event type
    whose handler takes longer than `slow_handler` (a moving average per type) is handled in a transaction of
    its own. Workers take any waiting delivery whose subject no other worker holds, so the events of one
    subject are handled in order and a slow one delays only its own subject. When a handler fails, the batch
    is rolled back and its messages are handled one by one, so only the failing message is retried."""

    def __init__(
        self,
        name: str,
        db: Database,
        tables: MessagingTables,
        broker: Broker,
        handlers: Mapping[type[Event], Handler],
        *,
        retry_delays: tuple[float, ...] = (1.0, 10.0, 60.0),
        prefetch: int = 128,
        batch_size: int = 32,
        batch_budget: float = BATCH_BUDGET,
        slow_handler: float = SLOW_HANDLER,
        workers: int | None = None,
        database_wait_max: float = DATABASE_WAIT_MAX,
    ) -> None:
        self.name = name
        self.database_wait_max = database_wait_max
        self.db = db
        self.inbox = tables.inbox
        self.broker = broker
        self.prefetch = prefetch
        self.batch_size = batch_size
        self.batch_budget = batch_budget
        self.slow_handler = slow_handler
        # SQLite has one writer at a time; PostgreSQL takes a few transactions at once.
        self.workers = workers or (4 if db.is_postgres else 1)
        self.handlers: dict[str, tuple[type[Event], Handler]] = {
            event.event_type(): (event, handler) for event, handler in handlers.items()
        }
        self.topology = ConsumerTopology(
            name=name,
            bindings=tuple(sorted({(e.exchange(), e.routing_key()) for e in handlers})),
            retry_delays=retry_delays,
        )
        self._pending: deque[_Pending] = deque()
        self._arrived = asyncio.Event()  # a delivery arrived or a worker released its subjects
        self._held: set[str] = set()  # subjects a worker is handling
        self._expected: dict[str, float] = {}  # event type -> recent handler seconds (moving average)
        self._tasks: list[asyncio.Task[None]] = []
        self._busy: list[bool] = [False] * self.workers  # a worker is inside a batch's transaction
        self._stopping = False

    async def start(self) -> None:
        await self.broker.declare(self.topology.declarations(), self.topology.exchanges())
        self._stopping = False
        self._tasks = [asyncio.create_task(self._work(n), name=f"consumer-{self.name}") for n in range(self.workers)]
        # Looked up per delivery, so a test can wrap `on_delivery` to observe raw deliveries.
        await self.broker.consume(self.topology.queue, lambda d: self.on_delivery(d), prefetch=self.prefetch)

    async def stop(self) -> None:
        """Idle workers stop at once; a worker inside a batch finishes it (commit, ack) first, unless it takes
        longer than `STOP_TIMEOUT`. Deliveries still queued here are unacked: the broker delivers them again."""
        self._stopping = True
        for n, task in enumerate(self._tasks):
            if not self._busy[n]:
                task.cancel()
        await finish_or_cancel(self._tasks, f"consumer-{self.name}")
        self._tasks.clear()

    async def on_delivery(self, delivery: Delivery) -> None:
        """The broker's callback: parse the envelope and queue the delivery for the workers."""
        try:
            envelope: CloudEvent | None = CloudEvent.from_json(delivery.body)
            error = None
        except ValueError as exc:
            envelope, error = None, exc
        self._pending.append(_Pending(delivery, envelope, error))
        self._arrived.set()

    async def _work(self, n: int) -> None:
        while not self._stopping:
            batch = self._take()
            if not batch:
                self._arrived.clear()
                await self._arrived.wait()
                continue
            subjects = {p.subject for p in batch if p.subject is not None}
            self._held |= subjects
            self._busy[n] = True
            try:
                await self.handle(batch)
            finally:
                self._busy[n] = False
                self._held -= subjects
                if subjects and self._pending:
                    self._arrived.set()  # deliveries of these subjects may be waiting

    def _take(self) -> list[_Pending]:
        """The next batch: waiting deliveries in arrival order whose subject no other worker holds. An event
        whose handler is known to be slow is handled alone, so it never delays the commit of others."""
        batch: list[_Pending] = []
        kept: list[_Pending] = []
        while self._pending and len(batch) < self.batch_size:
            pending = self._pending.popleft()
            if pending.subject is not None and pending.subject in self._held:
                kept.append(pending)
                continue
            slow = pending.envelope is not None and self._expected.get(pending.envelope.type, 0.0) > self.slow_handler
            if slow and batch:
                self._pending.appendleft(pending)
                break
            batch.append(pending)
            if slow:
                break
        self._pending.extendleft(reversed(kept))
        return batch

    async def handle(self, batch: list[_Pending]) -> None:
        items: list[_Item] = []
        for pending in batch:
            try:
                item = await self._parse(pending)
            except Exception:
                log.exception("messaging.batch_crashed")
                await pending.delivery.requeue()
                continue
            if item is not None:
                items.append(item)
        try:
            while items:
                items = items[await self._transaction(items) :]
        except _DatabaseAway:
            for item in items:  # stopping while the database is away: the broker delivers them again
                await item.delivery.requeue()
        except Exception:
            log.exception("messaging.batch_crashed")
            for item in items:  # not acked yet: the broker delivers them again
                await item.delivery.requeue()

    async def _transaction(self, items: list[_Item]) -> int:
        """Handle a prefix of `items` in one transaction, commit, ack; return how many were handled. The batch
        stops early once its handlers have run `batch_budget` seconds: the rest go to the next transaction."""
        started = time.perf_counter()
        done = 0
        try:
            async with self.db.transaction() as session:
                fresh = await inbox.claim(
                    session, self.inbox, consumer=self.name, messages=[(i.message_id, i.envelope.type) for i in items]
                )
                for item in items:
                    if done and time.perf_counter() - started >= self.batch_budget:
                        break
                    done += 1
                    if item.message_id in fresh:
                        fresh.discard(item.message_id)  # the same id twice in one batch: handle it once
                        begun = time.perf_counter()
                        with item.context(self.name):
                            await item.handler(session, item.event)
                        self._learn(item.envelope.type, time.perf_counter() - begun)
                    else:
                        item.duplicate = True
                rest = {i.message_id for i in items[done:]} & fresh
                if rest:  # claimed but not handled in this transaction: claimed again by the next one
                    await inbox.release(session, self.inbox, consumer=self.name, message_ids=rest)
        except Exception as exc:
            if connection_lost(exc) and not await self._database_answers():
                # The database is away, not the message bad: spend no attempt (an outage longer than the retry
                # delays would dead-letter everything in flight). The deliveries stay unacked here, the worker
                # waits until the database answers, then the same batch is handled again from the start.
                await self._wait_for_database(exc)
                return 0
            if len(items) > 1:
                for n, item in enumerate(items):  # isolate the failing message
                    try:
                        while not await self._transaction([item]):  # 0: the database was away; again
                            pass
                    except _DatabaseAway:
                        for unsettled in items[n:]:  # not settled yet: the broker delivers them again
                            await unsettled.delivery.requeue()
                        break
                return len(items)
            with items[0].context(self.name):
                await self._failed(items[0], exc)
            return 1
        elapsed = (time.perf_counter() - started) / done
        for item in items[:done]:
            outcome = "duplicate" if item.duplicate else "handled"
            MESSAGES.labels(self.name, item.envelope.type, outcome).inc()
            HANDLER_SECONDS.labels(self.name, item.envelope.type).observe(elapsed)
            await item.delivery.ack()
        return done

    async def _database_answers(self) -> bool:
        try:
            async with asyncio.timeout(max(self.database_wait_max, 1.0)):
                return await self.db.ping()
        except TimeoutError:
            return False

    async def _wait_for_database(self, exc: BaseException) -> None:
        """Until the database answers again (raise `_DatabaseAway` if the consumer stops meanwhile)."""
        log.warning("messaging.database_away", consumer=self.name, error_type=type(exc).__name__)
        began = time.monotonic()
        delay = min(0.1, self.database_wait_max)
        while not self._stopping:
            await asyncio.sleep(delay)
            if await self._database_answers():
                log.info("messaging.database_back", consumer=self.name, seconds=round(time.monotonic() - began, 1))
                return
            delay = min(delay * 2, self.database_wait_max)
        raise _DatabaseAway()

    def _learn(self, event_type: str, seconds: float) -> None:
        previous = self._expected.get(event_type)
        self._expected[event_type] = seconds if previous is None else 0.7 * previous + 0.3 * seconds

    async def _parse(self, pending: _Pending) -> _Item | None:
        delivery, envelope = pending.delivery, pending.envelope
        attempt = int(delivery.headers.get(ATTEMPT_HEADER, 1))
        if envelope is None:
            exc = PermanentError(f"not a CloudEvent: {pending.error}")
            await self._dead_letter(delivery, attempt, exc, "unknown")
            return None
        if envelope.type not in self.handlers:
            await self._dead_letter(delivery, attempt, PermanentError(f"no handler for {envelope.type}"), envelope.type)
            return None
        event_class, handler = self.handlers[envelope.type]
        try:
            event = event_class.from_cloudevent(envelope)
        except ValueError as exc:
            await self._dead_letter(delivery, attempt, PermanentError(f"invalid data: {exc}"), envelope.type)
            return None
        return _Item(delivery, attempt, envelope, event, handler)

    async def _failed(self, item: _Item, exc: Exception) -> None:
        if item.attempt >= self.topology.max_attempts:
            await self._dead_letter(item.delivery, item.attempt, exc, item.envelope.type)
            return
        MESSAGES.labels(self.name, item.envelope.type, "retried").inc()
        log.warning("messaging.handler_failed", attempt=item.attempt, error_type=type(exc).__name__)
        await self._forward(item.delivery, self.topology.retry_queue(item.attempt), {ATTEMPT_HEADER: item.attempt + 1})

    async def _dead_letter(self, delivery: Delivery, attempt: int, exc: Exception, event_type: str) -> None:
        MESSAGES.labels(self.name, event_type, "dead_lettered").inc()
        log.error(
            "messaging.dead_lettered",
            attempt=attempt,
            error_type=type(exc).__name__,
            event_type=event_type,
            consumer=self.name,
        )
        await self._forward(
            delivery,
            self.topology.dead_letter_queue,
            {
                ATTEMPT_HEADER: attempt,
                ERROR_HEADER: _describe(exc)[:2000],
                FAILED_AT_HEADER: clock.now().isoformat(),
            },
        )

    async def _forward(self, delivery: Delivery, queue: str, headers: dict[str, Any]) -> None:
        """Move the message to another of this consumer's queues, through its requeue exchange (where each is
        bound under its own name): publish (confirmed) first, then ack, so it is never lost."""
        message = OutgoingMessage(
            exchange=self.topology.requeue_exchange,
            routing_key=queue,
            body=delivery.body,
            message_id=delivery.message_id,
            correlation_id=delivery.correlation_id,
            headers={
                ORIGIN_EXCHANGE_HEADER: delivery.headers.get(ORIGIN_EXCHANGE_HEADER, delivery.exchange),
                ORIGIN_KEY_HEADER: delivery.headers.get(ORIGIN_KEY_HEADER, delivery.routing_key),
                **headers,
            },
        )
        try:
            async with asyncio.timeout(FORWARD_TIMEOUT):
                await self.broker.publish(message)
        except (BrokerError, TimeoutError) as exc:
            log.warning("messaging.forward_failed", queue=queue, error=str(exc))
            await delivery.requeue()  # redelivered later; the inbox keeps it idempotent
            return
        await delivery.ack()


def _describe(exc: BaseException) -> str:
    """The error kept with a dead letter (on the platform's own broker, never in a log line). Database errors
    are reduced to their class and SQLSTATE: their text would repeat the statement's parameters."""
    if isinstance(exc, DBAPIError):
        code = getattr(exc.orig, "sqlstate", None) or getattr(exc.orig, "pgcode", None)
        return f"{type(exc).__name__}: {type(exc.orig).__name__}" + (f" (SQLSTATE {code})" if code else "")
    return f"{type(exc).__name__}: {exc}"
