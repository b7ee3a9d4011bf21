"""What the relay and the consumer need from a broker; RabbitMQ and the in-process bus both provide it."""

from collections.abc import Awaitable, Callable, Sequence
from dataclasses import dataclass, field
from typing import Any, Protocol

from mentor_contracts.envelope import CONTENT_TYPE
from mentor_kit.messaging.topology import ExchangeDecl, QueueDecl


class BrokerError(Exception):
    """A publish did not reach a queue for certain; the caller must keep the message and retry."""


class Unroutable(BrokerError):
    """The broker returned a `mandatory` message: no queue is bound for its routing key."""


class BrokerUnavailable(BrokerError):
    """No connection to the broker right now."""


class BrokerRefused(Exception):
    """The broker refuses this service's set-up (a missing shared exchange, a permission, a queue declared with
    other arguments, the credentials): a deployment error to fix, not an outage to wait out."""


@dataclass(frozen=True)
class OutgoingMessage:
    exchange: str  # "" is the default exchange: `routing_key` is then a queue name
    routing_key: str
    body: bytes
    message_id: str
    headers: dict[str, Any] = field(default_factory=dict)
    content_type: str = CONTENT_TYPE
    correlation_id: str | None = None


class Delivery(Protocol):
    message_id: str
    exchange: str
    routing_key: str
    body: bytes
    headers: dict[str, Any]
    correlation_id: str | None

    async def ack(self) -> None: ...

    async def requeue(self) -> None: ...


DeliveryHandler = Callable[[Delivery], Awaitable[None]]


class Broker(Protocol):
    async def start(self) -> None:
        """Connect (and keep reconnecting in the background); declare both shared exchanges (or, where the
        platform's topology declares them, check that they exist). Raise BrokerRefused if the broker refuses."""

    async def close(self) -> None: ...

    async def declare(self, queues: list[QueueDecl], exchanges: Sequence[ExchangeDecl] = ()) -> None:
        """Declare the caller's own `exchanges`, then `queues` and their bindings; re-declared after every
        reconnect."""

    async def publish(self, message: OutgoingMessage) -> None:
        """Return only once the broker confirmed the message into at least one queue; raise BrokerError else."""

    async def consume(self, queue: str, handler: DeliveryHandler, *, prefetch: int) -> None:
        """Deliver messages of `queue` to `handler` until close(), resuming after reconnects."""

    async def get(self, queue: str) -> Delivery | None:
        """Take one message without a consumer (operator tools: dead letters)."""

    async def ready(self) -> bool: ...
