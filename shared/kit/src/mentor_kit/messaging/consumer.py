"""The consumer: at-least-once delivery made idempotent by the inbox, bounded retries, then dead letters.

A handler runs inside one database transaction together with the inbox record (and any outbox rows it
writes); the message is acked only after that transaction commits.
"""

import time
from collections.abc import Awaitable, Callable, Mapping
from typing import Any

from sqlalchemy.exc import DBAPIError
from sqlalchemy.ext.asyncio import AsyncSession

from mentor_contracts.envelope import CloudEvent
from mentor_contracts.events import Event

from mentor_kit.db import Database
from mentor_kit.logging import bound, get_logger
from mentor_kit.messaging import inbox
from mentor_kit.messaging.broker import Broker, BrokerError, Delivery, OutgoingMessage
from mentor_kit.messaging.metrics import HANDLER_SECONDS, MESSAGES
from mentor_kit.messaging.outbox import utcnow
from mentor_kit.messaging.tables import MessagingTables
from mentor_kit.messaging.topology import (
    ATTEMPT_HEADER,
    ERROR_HEADER,
    FAILED_AT_HEADER,
    ORIGIN_EXCHANGE_HEADER,
    ORIGIN_KEY_HEADER,
    ConsumerTopology,
)

log = get_logger("mentor_kit.consumer")

Handler = Callable[[AsyncSession, Any], Awaitable[None]]


class PermanentError(Exception):
    """A message that can never succeed (malformed, unknown type): dead-lettered without retries."""


class EventConsumer:
    def __init__(
        self,
        name: str,
        db: Database,
        tables: MessagingTables,
        broker: Broker,
        handlers: Mapping[type[Event], Handler],
        *,
        retry_delays: tuple[float, ...] = (1.0, 10.0, 60.0),
        prefetch: int = 32,
    ) -> None:
        self.name = name
        self.db = db
        self.inbox = tables.inbox
        self.broker = broker
        self.prefetch = prefetch
        self.handlers: dict[str, tuple[type[Event], Handler]] = {
            event.event_type(): (event, handler) for event, handler in handlers.items()
        }
        self.topology = ConsumerTopology(
            name=name,
            bindings=tuple(sorted({(e.exchange(), e.routing_key()) for e in handlers})),
            retry_delays=retry_delays,
        )

    async def start(self) -> None:
        await self.broker.declare(self.topology.declarations())
        await self.broker.consume(self.topology.queue, self.on_delivery, prefetch=self.prefetch)

    async def on_delivery(self, delivery: Delivery) -> None:
        attempt = int(delivery.headers.get(ATTEMPT_HEADER, 1))
        try:
            envelope, event_class, handler = self._parse(delivery)
        except PermanentError as exc:
            await self._dead_letter(delivery, attempt, exc, event_type="unknown")
            return
        with bound(correlation_id=envelope.correlationid or str(envelope.id), message_id=str(envelope.id),
                   event_type=envelope.type, consumer=self.name):
            started = time.perf_counter()
            try:
                event = event_class.from_cloudevent(envelope)
            except ValueError as exc:
                await self._dead_letter(delivery, attempt, PermanentError(f"invalid data: {exc}"), envelope.type)
                return
            try:
                async with self.db.transaction() as session:
                    first_time = await inbox.claim(session, self.inbox, consumer=self.name,
                                                   message_id=str(envelope.id), event_type=envelope.type)
                    if first_time:
                        await handler(session, event)
            except Exception as exc:
                await self._failed(delivery, attempt, exc, envelope.type)
                return
            HANDLER_SECONDS.labels(self.name, envelope.type).observe(time.perf_counter() - started)
            outcome = "handled" if first_time else "duplicate"
            MESSAGES.labels(self.name, envelope.type, outcome).inc()
            log.debug(f"messaging.{outcome}")
            await delivery.ack()

    def _parse(self, delivery: Delivery) -> tuple[CloudEvent, type[Event], Handler]:
        try:
            envelope = CloudEvent.from_json(delivery.body)
        except ValueError as exc:
            raise PermanentError(f"not a CloudEvent: {exc}") from exc
        if envelope.type not in self.handlers:
            raise PermanentError(f"no handler for {envelope.type}")
        event_class, handler = self.handlers[envelope.type]
        return envelope, event_class, handler

    async def _failed(self, delivery: Delivery, attempt: int, exc: Exception, event_type: str) -> None:
        if attempt >= self.topology.max_attempts:
            await self._dead_letter(delivery, attempt, exc, event_type)
            return
        MESSAGES.labels(self.name, event_type, "retried").inc()
        log.warning("messaging.handler_failed", attempt=attempt, error_type=type(exc).__name__)
        await self._forward(delivery, self.topology.retry_queue(attempt), {ATTEMPT_HEADER: attempt + 1})

    async def _dead_letter(self, delivery: Delivery, attempt: int, exc: Exception, event_type: str) -> None:
        MESSAGES.labels(self.name, event_type, "dead_lettered").inc()
        log.error("messaging.dead_lettered", attempt=attempt, error_type=type(exc).__name__)
        await self._forward(
            delivery,
            self.topology.dead_letter_queue,
            {
                ATTEMPT_HEADER: attempt,
                ERROR_HEADER: _describe(exc)[:2000],
                FAILED_AT_HEADER: utcnow().isoformat(),
                ORIGIN_EXCHANGE_HEADER: delivery.headers.get(ORIGIN_EXCHANGE_HEADER, delivery.exchange),
                ORIGIN_KEY_HEADER: delivery.headers.get(ORIGIN_KEY_HEADER, delivery.routing_key),
            },
        )

    async def _forward(self, delivery: Delivery, queue: str, headers: dict[str, Any]) -> None:
        """Move the message to another queue: publish (confirmed) first, then ack, so it is never lost."""
        message = OutgoingMessage(
            exchange="",
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
            await self.broker.publish(message)
        except BrokerError as exc:
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
