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


def rabbitmqctl(*args: str, node: str | None = None) -> str:
    """Run the operator's command (on `node`, default: the machine's own node); its output."""
    where = ["-n", node] if node else []
    done = subprocess.run(["rabbitmqctl", *where, "-q", *args], check=True, capture_output=True, text=True, timeout=120)
    return done.stdout


@contextmanager
def temporary_vhost(
    credentials_host: str = "guest:guest@127.0.0.1:5672", prefix: str = "test", *, node: str | None = None
) -> Iterator[str]:
    """A vhost of its own (no stale queues or bindings from earlier runs); yields its AMQP URL, then deletes it.
    `node`: the RabbitMQ node `credentials_host` belongs to, if not the machine's own."""
    vhost = f"{prefix}-{uuid.uuid4().hex[:10]}"
    rabbitmqctl("add_vhost", vhost, node=node)
    try:
        rabbitmqctl("set_permissions", "-p", vhost, "guest", ".*", ".*", ".*", node=node)
        yield f"amqp://{credentials_host}/{vhost}"
    finally:
        rabbitmqctl("delete_vhost", vhost, node=node)


class ExchangeTap:
    """Everything published on an exchange while the tap is open (an exclusive, auto-deleted queue bound to `#`):
    what an outside subscriber of `mentor.events` would receive."""

    def __init__(self, url: str, exchange: str, binding: str = "#") -> None:
        self.url, self.exchange, self.binding = url, exchange, binding
        self.bodies: list[bytes] = []
        self._connection: aio_pika.abc.AbstractConnection | None = None

    async def __aenter__(self) -> "ExchangeTap":
        self._connection = await aio_pika.connect(self.url)
        channel = await self._connection.channel()
        exchange = await channel.declare_exchange(self.exchange, aio_pika.ExchangeType.TOPIC, durable=True)
        queue = await channel.declare_queue(exclusive=True, auto_delete=True)
        await queue.bind(exchange, self.binding)

        async def collect(message: aio_pika.abc.AbstractIncomingMessage) -> None:
            self.bodies.append(message.body)
            await message.ack()

        await queue.consume(collect)
        return self

    async def __aexit__(self, *_exc: object) -> None:
        if self._connection is not None:
            await self._connection.close()

    def types(self) -> list[str]:
        import json

        return [json.loads(body)["type"] for body in self.bodies]
