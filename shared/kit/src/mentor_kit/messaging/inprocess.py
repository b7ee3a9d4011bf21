"""The in-process bus for the embedded run: RabbitMQ's semantics without a server.

The two shared topic exchanges with `*`/`#` wildcards, the direct exchanges a consumer declares (its requeue
exchange), `mandatory` (no matching queue raises Unroutable), queues with TTL
that dead-letter into another queue (the delayed retries), a delivery limit, manual ack. Messages live in
memory: the outbox keeps them safe until they are enqueued, but a crash loses what was queued and not yet
handled, which is acceptable for `mentor dev` only (production uses RabbitMQ).
"""

import asyncio
from collections.abc import Sequence
from dataclasses import dataclass, field, replace
from typing import Any

from mentor_kit.logging import get_logger
from mentor_kit.messaging.broker import Delivery, DeliveryHandler, OutgoingMessage, Unroutable
from mentor_kit.messaging.topology import EXCHANGE_NAMES, ExchangeDecl, QueueDecl

log = get_logger("mentor_kit.inprocess")


def topic_matches(pattern: str, key: str) -> bool:
    """AMQP topic matching: `*` is exactly one word, `#` is zero or more words."""

    def match(p: list[str], k: list[str]) -> bool:
        if not p:
            return not k
        if p[0] == "#":
            return any(match(p[1:], k[i:]) for i in range(len(k) + 1))
        if not k:
            return False
        return (p[0] == "*" or p[0] == k[0]) and match(p[1:], k[1:])

    return match(pattern.split("."), key.split("."))


def _direct_matches(binding_key: str, routing_key: str) -> bool:
    return binding_key == routing_key


@dataclass
class _Envelope:
    message: OutgoingMessage
    exchange: str
    routing_key: str
    deliveries: int = 0


@dataclass
class _Queue:
    decl: QueueDecl
    items: asyncio.Queue[_Envelope] = field(default_factory=asyncio.Queue)


class InProcessDelivery:
    def __init__(self, broker: "InProcessBroker", queue: str, envelope: _Envelope) -> None:
        self._broker = broker
        self._queue = queue
        self._envelope = envelope
        self.message_id = envelope.message.message_id
        self.exchange = envelope.exchange
        self.routing_key = envelope.routing_key
        self.body = envelope.message.body
        self.headers: dict[str, Any] = dict(envelope.message.headers)
        self.correlation_id = envelope.message.correlation_id
        self.settled = False

    async def ack(self) -> None:
        self.settled = True

    async def requeue(self) -> None:
        if not self.settled:
            self.settled = True
            self._broker._redeliver(self._queue, self._envelope)


class InProcessBroker:
    def __init__(self) -> None:
        self._exchanges: dict[str, str] = dict.fromkeys(EXCHANGE_NAMES, "topic")  # name -> type
        self._queues: dict[str, _Queue] = {}
        self._workers: list[asyncio.Task[None]] = []
        self._timers: set[asyncio.TimerHandle] = set()

    async def start(self) -> None:
        return None

    async def close(self) -> None:
        for worker in self._workers:
            worker.cancel()
        await asyncio.gather(*self._workers, return_exceptions=True)
        self._workers.clear()
        for timer in self._timers:
            timer.cancel()
        self._timers.clear()

    async def ready(self) -> bool:
        return True

    async def declare(self, queues: list[QueueDecl], exchanges: Sequence[ExchangeDecl] = ()) -> None:
        for exchange_decl in exchanges:
            known = self._exchanges.setdefault(exchange_decl.name, exchange_decl.type)
            if known != exchange_decl.type:
                raise ValueError(f"exchange {exchange_decl.name} exists as {known}, not {exchange_decl.type}")
        for decl in queues:
            for exchange, _ in decl.bindings:
                if exchange not in self._exchanges:
                    raise ValueError(f"unknown exchange {exchange}")
            existing = self._queues.get(decl.name)
            if existing is None:
                self._queues[decl.name] = _Queue(decl)
            else:
                existing.decl = replace(decl, bindings=tuple(sorted({*existing.decl.bindings, *decl.bindings})))

    async def publish(self, message: OutgoingMessage) -> None:
        if message.exchange == "":
            targets = [message.routing_key] if message.routing_key in self._queues else []
        elif message.exchange not in self._exchanges:
            raise ValueError(f"unknown exchange {message.exchange}")
        else:
            matches = topic_matches if self._exchanges[message.exchange] == "topic" else _direct_matches
            targets = [
                name
                for name, queue in self._queues.items()
                if any(ex == message.exchange and matches(key, message.routing_key) for ex, key in queue.decl.bindings)
            ]
        if not targets:
            raise Unroutable(f"no queue bound for {message.exchange or '(default)'}/{message.routing_key}")
        for name in targets:
            self._enqueue(name, _Envelope(message, message.exchange, message.routing_key))

    async def consume(self, queue: str, handler: DeliveryHandler, *, prefetch: int) -> None:
        if queue not in self._queues:
            raise ValueError(f"queue {queue} is not declared")
        for _ in range(prefetch):
            self._workers.append(asyncio.create_task(self._work(queue, handler)))

    async def get(self, queue: str) -> Delivery | None:
        items = self._queues[queue].items
        if items.empty():
            return None
        envelope = items.get_nowait()
        envelope.deliveries += 1
        return InProcessDelivery(self, queue, envelope)

    def depth(self, queue: str) -> int:
        return self._queues[queue].items.qsize()

    def _enqueue(self, name: str, envelope: _Envelope) -> None:
        queue = self._queues[name]
        queue.items.put_nowait(envelope)
        if queue.decl.ttl_ms is not None and queue.decl.dead_letter_to is not None:
            # Per-queue TTL: the oldest message expires first, as in RabbitMQ.
            timer = asyncio.get_running_loop().call_later(queue.decl.ttl_ms / 1000, self._expire, name)
            self._timers.add(timer)

    def _expire(self, name: str) -> None:
        queue = self._queues[name]
        if queue.items.empty() or queue.decl.dead_letter_to is None:
            return
        envelope = queue.items.get_nowait()
        self._dead_letter(queue.decl.dead_letter_to, envelope)

    def _dead_letter(self, target: str, envelope: _Envelope) -> None:
        # Straight into the target queue: what the dead-letter exchange (a consumer's requeue exchange, where the
        # target is bound under its own name) does. Keeps the original exchange and key, like RabbitMQ's x-death.
        self._enqueue(target, _Envelope(envelope.message, envelope.exchange, envelope.routing_key))

    def _redeliver(self, name: str, envelope: _Envelope) -> None:
        queue = self._queues[name]
        limit = queue.decl.delivery_limit
        if limit is not None and envelope.deliveries > limit and queue.decl.dead_letter_to is not None:
            self._dead_letter(queue.decl.dead_letter_to, envelope)
        else:
            queue.items.put_nowait(envelope)

    async def _work(self, name: str, handler: DeliveryHandler) -> None:
        items = self._queues[name].items
        while True:
            envelope = await items.get()
            envelope.deliveries += 1
            delivery = InProcessDelivery(self, name, envelope)
            try:
                await handler(delivery)
            except Exception:
                log.exception("inprocess.handler_crashed", queue=name)
                await delivery.requeue()
                await asyncio.sleep(0.05)
