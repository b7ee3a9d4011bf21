"""What is in flight between the deployed services at a moment: messages in their queues (RabbitMQ, read with
`rabbitmqctl` as the operator would) and rows their relays have not published yet (each service's outbox).
A fault test takes this right after a SIGKILL to show the kill struck work in flight, and waits for all of it to
be zero (with nothing dead-lettered) before it counts what happened: a late duplicate would still be in a pipe."""

import asyncio
from dataclasses import dataclass

from sqlalchemy import text
from sqlalchemy.ext.asyncio import create_async_engine

from mentor_journeys.platform import SERVICES
from mentor_kit.testing.rabbit import rabbitmqctl

from .conftest import Deployment


@dataclass(frozen=True)
class InFlight:
    queued: dict[str, int]  # messages (ready + unacked) per service queue: main and retry queues
    dead: dict[str, int]  # messages in each service's dead-letter queue
    unpublished: dict[str, int]  # outbox rows not yet published, per service

    @property
    def total(self) -> int:
        return sum(self.queued.values()) + sum(self.unpublished.values())


def _queues(rabbit_url: str, node: str | None = None) -> dict[str, int]:
    vhost = rabbit_url.rsplit("/", 1)[1]
    listed = rabbitmqctl("list_queues", "-p", vhost, "name", "messages", "--no-table-headers", node=node)
    found: dict[str, int] = {}
    for line in listed.splitlines():
        name, _, count = line.strip().rpartition("\t")
        if name.split(".", 1)[0] in SERVICES:  # the services' own queues, not the tests' taps
            found[name] = int(count)
    return found


async def _unpublished(database_url: str) -> int:
    engine = create_async_engine(database_url)
    try:
        async with engine.connect() as connection:
            count = await connection.execute(text("SELECT count(*) FROM outbox WHERE published_at IS NULL"))
            return int(count.scalar_one())
    finally:
        await engine.dispose()


async def in_flight(deployment: Deployment) -> InFlight:
    queues = await asyncio.to_thread(_queues, deployment.rabbit_url, deployment.rabbit_node)
    unpublished = {
        name: await _unpublished(deployment.environment[name][f"{name.upper()}_DATABASE_URL"]) for name in SERVICES
    }
    return InFlight(
        queued={name: n for name, n in queues.items() if not name.endswith(".dead")},
        dead={name: n for name, n in queues.items() if name.endswith(".dead")},
        unpublished=unpublished,
    )
