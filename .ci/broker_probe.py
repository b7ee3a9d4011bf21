"""Exit 0 when RabbitMQ really works: connect, declare a quorum queue, publish with a confirm, delete it."""

import asyncio
import sys
import uuid

import aio_pika


async def probe() -> None:
    connection = await aio_pika.connect("amqp://guest:guest@127.0.0.1:5672/", timeout=10)
    async with connection:
        channel = await connection.channel(publisher_confirms=True)
        queue = await channel.declare_queue(
            f"ci-probe-{uuid.uuid4().hex[:6]}", durable=True, arguments={"x-queue-type": "quorum"}
        )
        await channel.default_exchange.publish(aio_pika.Message(b"probe"), routing_key=queue.name)
        await queue.delete(if_unused=False, if_empty=False)


try:
    asyncio.run(asyncio.wait_for(probe(), 30))
except Exception as exc:
    print(f"RabbitMQ probe failed: {type(exc).__name__}: {exc}", file=sys.stderr)
    sys.exit(1)
