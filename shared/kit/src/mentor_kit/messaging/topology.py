"""Names and shapes of exchanges and queues.

Each consuming service has one durable quorum queue bound to the keys it needs on both exchanges, one delay
queue per retry step (per-queue TTL, dead-lettering back to the main queue) and one dead-letter queue.

Every move between a service's own queues (a retry, a dead letter, a replay, the broker's own dead-lettering
by TTL or delivery limit) goes through the service's direct exchange `<service>.requeue`, where each of those
queues is bound under its own name; never through the default exchange, whose write permission would let a
service put messages into any queue of the vhost (see `permissions.py`).
"""

from dataclasses import dataclass, field
from typing import Literal

from mentor_contracts.events import EXCHANGES
from mentor_kit.messaging.permissions import requeue_exchange

EXCHANGE_NAMES: tuple[str, ...] = tuple(EXCHANGES.values())
# Safety net for a message that kills the consumer before it can be retried properly.
POISON_DELIVERY_LIMIT = 20

ATTEMPT_HEADER = "x-mentor-attempt"
ERROR_HEADER = "x-mentor-error"
FAILED_AT_HEADER = "x-mentor-failed-at"
ORIGIN_EXCHANGE_HEADER = "x-mentor-exchange"
ORIGIN_KEY_HEADER = "x-mentor-routing-key"


@dataclass(frozen=True)
class ExchangeDecl:
    """An exchange a service owns and declares itself (the shared topic exchanges are not: see `EXCHANGE_NAMES`)."""

    name: str
    type: Literal["direct", "topic"] = "direct"


@dataclass(frozen=True)
class QueueDecl:
    name: str
    bindings: tuple[tuple[str, str], ...] = ()  # (exchange, binding key with * and # wildcards)
    ttl_ms: int | None = None
    dead_letter_to: str | None = None  # queue name (the routing key), via `dead_letter_exchange`
    delivery_limit: int | None = None
    dead_letter_exchange: str = ""  # "" is the default exchange; a consumer's queues use its requeue exchange


@dataclass(frozen=True)
class ConsumerTopology:
    name: str  # e.g. "cases"
    bindings: tuple[tuple[str, str], ...]
    retry_delays: tuple[float, ...] = field(default=(1.0, 10.0, 60.0))

    @property
    def queue(self) -> str:
        return f"{self.name}.events"

    @property
    def dead_letter_queue(self) -> str:
        return f"{self.name}.dead"

    @property
    def requeue_exchange(self) -> str:
        """The direct exchange through which messages move between this consumer's own queues."""
        return requeue_exchange(self.name)

    def exchanges(self) -> list[ExchangeDecl]:
        """The exchanges this consumer owns: declared before its queues."""
        return [ExchangeDecl(self.requeue_exchange)]

    def retry_queue(self, attempt: int) -> str:
        """The delay queue a message enters after failing its `attempt`-th delivery."""
        return f"{self.name}.retry.{round(self.retry_delays[attempt - 1] * 1000)}ms"

    @property
    def max_attempts(self) -> int:
        return len(self.retry_delays) + 1

    def declarations(self) -> list[QueueDecl]:
        """The queues, each bound to the requeue exchange under its own name (and the main queue to the shared
        exchanges); dead-lettering goes through the requeue exchange too."""
        requeue = self.requeue_exchange
        main = QueueDecl(
            self.queue,
            bindings=(*self.bindings, (requeue, self.queue)),
            dead_letter_to=self.dead_letter_queue,
            dead_letter_exchange=requeue,
            delivery_limit=POISON_DELIVERY_LIMIT,
        )
        retries = {
            self.retry_queue(n): QueueDecl(
                self.retry_queue(n),
                bindings=((requeue, self.retry_queue(n)),),
                ttl_ms=round(d * 1000),
                dead_letter_to=self.queue,
                dead_letter_exchange=requeue,
            )
            for n, d in enumerate(self.retry_delays, start=1)
        }
        dead = QueueDecl(self.dead_letter_queue, bindings=((requeue, self.dead_letter_queue),))
        return [main, *retries.values(), dead]
