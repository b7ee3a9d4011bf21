"""RabbitMQ clean-up for tests that share one vhost."""

import aio_pika

from mentor_kit.messaging.topology import ConsumerTopology


async def delete_consumer_queues(url: str, topology: ConsumerTopology) -> None:
    """Delete a consumer's main, retry and dead-letter queues, so later tests see no stale bindings."""
    connection = await aio_pika.connect(url)
    async with connection:
        channel = await connection.channel()
        for decl in topology.declarations():
            await channel.queue_delete(decl.name)
