"""Names and shapes of exchanges and queues.

Each consuming service has one durable quorum queue bound to the keys it needs on both exchanges, one delay
queue per retry step (per-queue TTL, dead-lettering back to the main queue) and one dead-letter queue.
"""

from dataclasses import dataclass, field

from mentor_contracts.events import EXCHANGES

EXCHANGE_NAMES: tuple[str, ...] = tuple(EXCHANGES.values())
# Safety net for a message that kills the consumer before it can be retried properly.
POISON_DELIVERY_LIMIT = 20

ATTEMPT_HEADER = "x-mentor-attempt"
ERROR_HEADER = "x-mentor-error"
FAILED_AT_HEADER = "x-mentor-failed-at"
ORIGIN_EXCHANGE_HEADER = "x-mentor-exchange"
ORIGIN_KEY_HEADER = "x-mentor-routing-key"


@dataclass(frozen=True)
class QueueDecl:
    name: str
    bindings: tuple[tuple[str, str], ...] = ()  # (exchange, binding key with * and # wildcards)
    ttl_ms: int | None = None
    dead_letter_to: str | None = None  # queue name, via the default exchange
    delivery_limit: int | None = None


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

    def retry_queue(self, attempt: int) -> str:
        """The delay queue a message enters after failing its `attempt`-th delivery."""
        return f"{self.name}.retry.{round(self.retry_delays[attempt - 1] * 1000)}ms"

    @property
    def max_attempts(self) -> int:
        return len(self.retry_delays) + 1

    def declarations(self) -> list[QueueDecl]:
        main = QueueDecl(
            self.queue,
            bindings=self.bindings,
            dead_letter_to=self.dead_letter_queue,
            delivery_limit=POISON_DELIVERY_LIMIT,
        )
        retries = {
            self.retry_queue(n): QueueDecl(self.retry_queue(n), ttl_ms=round(d * 1000), dead_letter_to=self.queue)
            for n, d in enumerate(self.retry_delays, start=1)
        }
        return [main, *retries.values(), QueueDecl(self.dead_letter_queue)]
