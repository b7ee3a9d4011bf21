"""What each service may do on RabbitMQ: least privilege, derived from what it publishes and consumes. The
deployment's RabbitMQ users (Kubernetes `Permission` resources, the compose definitions) grant exactly this, and
tests hold them to it.

A service owns the names `<service>.…`: its queues (`.events`, `.retry.<ms>ms`, `.dead`) and its requeue exchange
(retries and dead-letter replays go through it, not through the default exchange, whose write permission would
let a service put messages into any queue). On the shared exchanges it may write where it publishes and read
(bind its queues) where it consumes; it configures neither: the platform's topology declares them.
"""

import re
from collections.abc import Iterable
from dataclasses import dataclass

from mentor_contracts.events import ALL_EVENTS, Event

# Whose aggregate each event type is: the service that publishes it (its internal events' public projections too).
PRODUCERS = {"case": "cases", "matching": "matching", "library": "library", "forum": "forum"}


@dataclass(frozen=True)
class BrokerPermissions:
    configure: str
    write: str
    read: str


def requeue_exchange(service: str) -> str:
    return f"{service}.requeue"


def producer_of(event: type[Event]) -> str:
    return PRODUCERS[event.routing_key().split(".", 1)[0]]


def published_exchanges(service: str) -> set[str]:
    exchanges: set[str] = set()
    for event in ALL_EVENTS:
        if producer_of(event) == service:
            exchanges.add(event.exchange())
            if event.audience == "internal" and _has_projection(event):
                exchanges.add("mentor.events")
    return exchanges


def _has_projection(event: type[Event]) -> bool:
    return event.public_projection is not Event.public_projection


def _alternatives(names: Iterable[str], own: str) -> str:
    return "^(" + "|".join([*(re.escape(name) for name in sorted(set(names))), own]) + ")$"


def broker_permissions(service: str, consumed: Iterable[type[Event]]) -> BrokerPermissions:
    """The permissions of `service`, which consumes the event classes `consumed`."""
    own = re.escape(service) + r"\..+"
    return BrokerPermissions(
        configure=f"^{own}$",
        write=_alternatives(published_exchanges(service), own),
        read=_alternatives({event.exchange() for event in consumed}, own),
    )
