"""Benchmark: outbox → relay → RabbitMQ → consumer (with inbox), beside bare aio-pika publish (confirms) →
consume, in the same run. Prints throughput, p50/p95 latency and the ratio. Nothing is asserted.

Needs the local PostgreSQL and RabbitMQ (as `make test`). Usage: python bench/outbox_pipeline.py [N]
"""

import asyncio
import statistics
import sys
import time
import uuid
from datetime import UTC, datetime
from typing import Literal

import aio_pika
import asyncpg
from sqlalchemy import Column, Integer, Table

from mentor_contracts.events import PublicEvent
from mentor_kit.db import Database, naming_metadata
from mentor_kit.logging import configure_logging
from mentor_kit.messaging import EventConsumer, Outbox, OutboxRelay, RabbitBroker, messaging_tables

PG_ADMIN = "postgresql://postgres@127.0.0.1:5432/postgres"
AMQP = "amqp://guest:guest@127.0.0.1:5672/"


class BenchTickV1(PublicEvent):
    type: Literal["ru.mgpu.mentor.bench.tick.v1"] = "ru.mgpu.mentor.bench.tick.v1"
    subject_field = "tick_id"

    tick_id: uuid.UUID
    n: int
    at: datetime


metadata = naming_metadata()
tables = messaging_tables(metadata)
effects = Table("effects", metadata, Column("n", Integer, nullable=False))


def pct(values: list[float], q: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(q * len(ordered)))] * 1000


async def bare(n: int) -> tuple[float, list[float]]:
    """aio-pika alone: publish with confirms (windowed), consume with manual ack."""
    connection = await aio_pika.connect(AMQP)
    async with connection:
        channel = await connection.channel(publisher_confirms=True)
        queue = await channel.declare_queue(f"bench.bare.{uuid.uuid4().hex[:6]}", durable=True,
                                            arguments={"x-queue-type": "quorum"})
        consume_channel = await connection.channel()
        await consume_channel.set_qos(prefetch_count=64)
        sent: dict[int, float] = {}
        latencies: list[float] = []
        done = asyncio.Event()

        async def on_message(message: aio_pika.abc.AbstractIncomingMessage) -> None:
            latencies.append(time.perf_counter() - sent[int(message.body)])
            await message.ack()
            if len(latencies) == n:
                done.set()

        await (await consume_channel.get_queue(queue.name)).consume(on_message)
        started = time.perf_counter()
        window = 200
        for first in range(0, n, window):
            batch = []
            for i in range(first, min(first + window, n)):
                sent[i] = time.perf_counter()
                batch.append(channel.default_exchange.publish(
                    aio_pika.Message(str(i).encode(), delivery_mode=aio_pika.DeliveryMode.PERSISTENT),
                    routing_key=queue.name))
            await asyncio.gather(*batch)
        await asyncio.wait_for(done.wait(), 120)
        elapsed = time.perf_counter() - started
        await queue.delete(if_unused=False, if_empty=False)
    return n / elapsed, latencies


async def pipeline(db: Database, n: int, *, per_transaction: int, pause: float) -> tuple[float, list[float]]:
    """The kit: commit (state + outbox) → relay → broker → consumer (inbox + effect, one transaction)."""
    broker = RabbitBroker(AMQP, name="bench")
    await broker.start()
    outbox = Outbox(tables, source="/bench")
    committed: dict[int, float] = {}
    latencies: list[float] = []
    done = asyncio.Event()

    async def handle(session, event: BenchTickV1) -> None:
        await session.execute(effects.insert().values(n=event.n))
        latencies.append(time.perf_counter() - committed[event.n])
        if len(latencies) == n:
            done.set()

    consumer = EventConsumer(f"bench{uuid.uuid4().hex[:6]}", db, tables, broker, {BenchTickV1: handle},
                             prefetch=64)
    await consumer.start()
    relay = OutboxRelay(db, outbox, broker, batch_size=500)
    await relay.start()
    started = time.perf_counter()
    for first in range(0, n, per_transaction):
        numbers = range(first, min(first + per_transaction, n))
        async with db.transaction() as session:
            for i in numbers:
                await outbox.add(session, BenchTickV1(tick_id=uuid.uuid4(), n=i, at=datetime.now(UTC)))
        now = time.perf_counter()
        committed.update({i: now for i in numbers})
        if pause:
            await asyncio.sleep(pause)
    await asyncio.wait_for(done.wait(), 300)
    elapsed = time.perf_counter() - started
    await relay.stop()
    await broker.close()
    connection = await aio_pika.connect(AMQP)
    async with connection:
        channel = await connection.channel()
        for decl in consumer.topology.declarations():
            await channel.queue_delete(decl.name)
    return n / elapsed, latencies


async def main(n: int) -> None:
    configure_logging("WARNING")
    name = f"bench_{uuid.uuid4().hex[:8]}"
    admin = await asyncpg.connect(PG_ADMIN)
    await admin.execute(f'CREATE DATABASE "{name}"')
    db = Database(f"postgresql+asyncpg://postgres@127.0.0.1:5432/{name}", pool_size=20)
    try:
        await db.create_all(metadata)
        bare_rate, bare_lat = await bare(n)
        full_rate, full_lat = await pipeline(db, n, per_transaction=50, pause=0)
        _, low_lat = await pipeline(db, 200, per_transaction=1, pause=0.01)
    finally:
        await db.dispose()
        await admin.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
        await admin.close()
    print(f"messaging pipeline, {n} events, RabbitMQ + PostgreSQL on this machine")
    print(f"  bare aio-pika (confirms → consume):  {bare_rate:8.0f} events/s   "
          f"p50 {pct(bare_lat, .5):6.1f} ms  p95 {pct(bare_lat, .95):6.1f} ms")
    print(f"  outbox → relay → consumer + inbox:   {full_rate:8.0f} events/s   "
          f"p50 {pct(full_lat, .5):6.1f} ms  p95 {pct(full_lat, .95):6.1f} ms  (saturated)")
    print(f"  ratio full / bare throughput:        {full_rate / bare_rate:8.0%}")
    print(f"  commit → handler at low load (200 events, one per transaction, 10 ms apart): "
          f"p50 {pct(low_lat, .5):.1f} ms  p95 {pct(low_lat, .95):.1f} ms  mean {statistics.mean(low_lat) * 1000:.1f} ms")


if __name__ == "__main__":
    asyncio.run(main(int(sys.argv[1]) if len(sys.argv) > 1 else 5000))
