"""RabbitMQ helpers for tests and benchmarks: a throw-away vhost, queue clean-up."""

import subprocess
import uuid
from collections.abc import Iterator
from contextlib import contextmanager

import aio_pika

from mentor_kit.messaging.topology import ConsumerTopology


async def delete_consumer_queues(url: str, topology: ConsumerTopology) -> None:
    """Delete a consumer's main, retry and dead-letter queues, so later tests see no stale bindings."""
    connection = await aio_pika.connect(url)
    async with connection:
        channel = await connection.channel()
        for decl in topology.declarations():
            await channel.queue_delete(decl.name)


def rabbitmqctl(*args: str) -> None:
    subprocess.run(["rabbitmqctl", "-q", *args], check=True, capture_output=True, timeout=120)


@contextmanager
def temporary_vhost(credentials_host: str = "guest:guest@127.0.0.1:5672", prefix: str = "test") -> Iterator[str]:
    """A vhost of its own (no stale queues or bindings from earlier runs); yields its AMQP URL, then deletes it."""
    vhost = f"{prefix}-{uuid.uuid4().hex[:10]}"
    rabbitmqctl("add_vhost", vhost)
    try:
        rabbitmqctl("set_permissions", "-p", vhost, "guest", ".*", ".*", ".*")
        yield f"amqp://{credentials_host}/{vhost}"
    finally:
        rabbitmqctl("delete_vhost", vhost)
