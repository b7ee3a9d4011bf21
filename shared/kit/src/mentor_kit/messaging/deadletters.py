"""Operator tools: look at a consumer's dead letters and replay them into its queue (through the consumer's
requeue exchange: the tools need no more permissions on RabbitMQ than the consumer itself)."""

import json
from dataclasses import dataclass

from mentor_kit.messaging.broker import Broker, Delivery, OutgoingMessage
from mentor_kit.messaging.topology import (
    ATTEMPT_HEADER,
    ERROR_HEADER,
    FAILED_AT_HEADER,
    ORIGIN_EXCHANGE_HEADER,
    ORIGIN_KEY_HEADER,
    ConsumerTopology,
)


@dataclass(frozen=True)
class DeadLetter:
    message_id: str
    event_type: str
    exchange: str
    routing_key: str
    attempts: int
    error: str
    failed_at: str
    body: bytes


def _describe(delivery: Delivery) -> DeadLetter:
    try:
        event_type = str(json.loads(delivery.body).get("type", "?"))
    except (ValueError, AttributeError):
        event_type = "?"
    headers = delivery.headers
    return DeadLetter(
        message_id=delivery.message_id,
        event_type=event_type,
        exchange=str(headers.get(ORIGIN_EXCHANGE_HEADER, "")),
        routing_key=str(headers.get(ORIGIN_KEY_HEADER, "")),
        attempts=int(headers.get(ATTEMPT_HEADER, 0)),
        error=str(headers.get(ERROR_HEADER, "")),
        failed_at=str(headers.get(FAILED_AT_HEADER, "")),
        body=delivery.body,
    )


async def list_dead_letters(broker: Broker, consumer: str, *, limit: int = 100) -> list[DeadLetter]:
    """Peek: every message is taken unacked, described, then returned to the queue."""
    queue = ConsumerTopology(name=consumer, bindings=()).dead_letter_queue
    taken: list[Delivery] = []
    try:
        while len(taken) < limit and (delivery := await broker.get(queue)) is not None:
            taken.append(delivery)
        return [_describe(d) for d in taken]
    finally:
        for delivery in taken:
            await delivery.requeue()


async def replay_dead_letters(broker: Broker, consumer: str, *, limit: int | None = None) -> int:
    """Move dead letters back into the consumer's queue with a fresh attempt count."""
    topology = ConsumerTopology(name=consumer, bindings=())
    await broker.declare([], topology.exchanges())  # exists wherever the consumer ran; the broker must know it
    replayed = 0
    while limit is None or replayed < limit:
        delivery = await broker.get(topology.dead_letter_queue)
        if delivery is None:
            break
        headers = {k: v for k, v in delivery.headers.items() if k not in (ERROR_HEADER, FAILED_AT_HEADER)}
        headers[ATTEMPT_HEADER] = 1
        try:
            await broker.publish(
                OutgoingMessage(
                    exchange=topology.requeue_exchange,
                    routing_key=topology.queue,
                    body=delivery.body,
                    message_id=delivery.message_id,
                    headers=headers,
                    correlation_id=delivery.correlation_id,
                )
            )
        except Exception:
            await delivery.requeue()
            raise
        await delivery.ack()
        replayed += 1
    return replayed
