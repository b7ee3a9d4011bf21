"""Benchmark: outbox → relay → RabbitMQ → consumer (with inbox), beside bare aio-pika publish (confirms) →
consume, in the same run. Prints throughput, p50/p95 latency and the ratio. Nothing is asserted.

As deployed, the producing side (service + relay) and the consuming side (another service) are separate
processes; the bare baseline is split the same way. Latency is wall-clock time from the producer's commit
(or publish) to the handler (or consumer callback).

Needs the local PostgreSQL and RabbitMQ (as `make test`). Usage: python bench/outbox_pipeline.py [N]
"""

import asyncio
import multiprocessing
import statistics
import sys
import time
import uuid
from datetime import UTC, datetime
from typing import Any, Literal

import aio_pika
import asyncpg
from sqlalchemy import Column, Integer, Table

from mentor_contracts.events import PublicEvent
from mentor_kit.db import Database, naming_metadata
from mentor_kit.logging import configure_logging
from mentor_kit.messaging import EventConsumer, Outbox, OutboxRelay, RabbitBroker, messaging_tables
from mentor_kit.messaging.metrics import OUTBOX_PUBLISHED
from mentor_kit.messaging.topology import ConsumerTopology
from mentor_kit.testing.rabbit import delete_consumer_queues, temporary_vhost

PG_ADMIN = "postgresql://postgres@127.0.0.1:5432/postgres"
AMQP = ""  # a vhost of the benchmark's own, set in main(): no stale queues from earlier runs skew it
ROUNDS = 3


class BenchTickV1(PublicEvent):
    type: Literal["ru.mgpu.mentor.bench.tick.v1"] = "ru.mgpu.mentor.bench.tick.v1"
    subject_field = "tick_id"

    tick_id: uuid.UUID
    n: int
    at: datetime


metadata = naming_metadata()
tables = messaging_tables(metadata)
effects = Table("effects", metadata, Column("n", Integer, nullable=False))
record_effect = effects.insert()  # built once, as a service's repository would


def pct(values: list[float], q: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(q * len(ordered)))] * 1000


# Consuming side (a separate process) ------------------------------------------------------------------


def consume(kind: str, name: str, db_url: str, n: int, ready: Any, results: Any, amqp: str) -> None:
    global AMQP
    AMQP = amqp
    asyncio.run(_consume(kind, name, db_url, n, ready, results))


async def _consume(kind: str, name: str, db_url: str, n: int, ready: Any, results: Any) -> None:
    configure_logging("WARNING")
    handled: dict[int, float] = {}
    done = asyncio.Event()

    def record(number: int) -> None:
        handled[number] = time.time()
        if len(handled) == n:
            done.set()

    if kind == "bare":
        connection = await aio_pika.connect(AMQP)
        channel = await connection.channel()
        await channel.set_qos(prefetch_count=128)
        queue = await channel.declare_queue(name, durable=True, arguments={"x-queue-type": "quorum"})

        async def on_message(message: aio_pika.abc.AbstractIncomingMessage) -> None:
            record(int(message.body))
            await message.ack()

        await queue.consume(on_message)
        ready.set()
        await asyncio.wait_for(done.wait(), 600)
        await connection.close()
    else:
        db = Database(db_url, pool_size=10)
        broker = RabbitBroker(AMQP, name="bench-consumer")
        await broker.start()

        async def handle(session: Any, event: BenchTickV1) -> None:
            await session.execute(record_effect, {"n": event.n})
            record(event.n)

        consumer = EventConsumer(name, db, tables, broker, {BenchTickV1: handle})
        await consumer.start()
        ready.set()
        await asyncio.wait_for(done.wait(), 600)
        await consumer.stop()
        await broker.close()
        await db.dispose()
    results.put(handled)


def start_consumer(kind: str, name: str, db_url: str, n: int) -> tuple[Any, Any]:
    context = multiprocessing.get_context("spawn")
    ready, results = context.Event(), context.Queue()
    process = context.Process(target=consume, args=(kind, name, db_url, n, ready, results, AMQP))
    process.start()
    if not ready.wait(60):
        raise RuntimeError("consumer process did not start")
    return process, results


# Producing side ------------------------------------------------------------------------------------------


async def bare(n: int) -> tuple[float, list[float]]:
    """aio-pika alone: publish with confirms (in windows of 200), consume with manual ack."""
    queue = f"bench.bare.{uuid.uuid4().hex[:6]}"
    connection = await aio_pika.connect(AMQP)
    async with connection:
        channel = await connection.channel(publisher_confirms=True)
        await channel.declare_queue(queue, durable=True, arguments={"x-queue-type": "quorum"})
        process, results = start_consumer("bare", queue, "", n)
        sent: dict[int, float] = {}
        for first in range(0, n, 200):
            batch = []
            for i in range(first, min(first + 200, n)):
                sent[i] = time.time()
                batch.append(
                    channel.default_exchange.publish(
                        aio_pika.Message(str(i).encode(), delivery_mode=aio_pika.DeliveryMode.PERSISTENT),
                        routing_key=queue,
                    )
                )
            await asyncio.gather(*batch)
        handled = await asyncio.to_thread(results.get, True, 600)
        process.join(30)
        await channel.queue_delete(queue)
    return _summary(sent, handled)


async def pipeline(
    db_url: str, n: int, *, per_transaction: int, pause: float, producers: int = 1
) -> tuple[float, list[float]]:
    """The kit: commit (state + outbox) → relay → broker → consumer (inbox + effect, one transaction).
    `producers` concurrent tasks stand for a service serving that many requests at once."""
    name = f"bench{uuid.uuid4().hex[:6]}"
    db = Database(db_url, pool_size=10)
    broker = RabbitBroker(AMQP, name="bench-producer")
    await broker.start()
    process, results = start_consumer("pipeline", name, db_url, n)
    outbox = Outbox(tables, source="/bench")
    relay = OutboxRelay(db, outbox, broker, batch_size=500)
    await relay.start()
    committed: dict[int, float] = {}
    published_before = OUTBOX_PUBLISHED.labels("/bench")._value.get()

    async def produce(worker: int) -> None:
        for first in range(worker * per_transaction, n, per_transaction * producers):
            numbers = range(first, min(first + per_transaction, n))
            async with db.transaction() as session:
                await outbox.add(
                    session, *(BenchTickV1(tick_id=uuid.uuid4(), n=i, at=datetime.now(UTC)) for i in numbers)
                )
            now = time.time()
            committed.update({i: now for i in numbers})
            if pause:
                await asyncio.sleep(pause)

    await asyncio.gather(*(produce(w) for w in range(producers)))
    produced_at = time.time()
    while OUTBOX_PUBLISHED.labels("/bench")._value.get() < published_before + n:  # noqa: ASYNC110
        await asyncio.sleep(0.01)
    relayed_at = time.time()
    handled = await asyncio.to_thread(results.get, True, 600)
    first = min(committed.values())
    print(
        f"    (n={n}: committed by {produced_at - first:.2f} s, relayed by {relayed_at - first:.2f} s, "
        f"handled by {max(handled.values()) - first:.2f} s)"
    )
    process.join(30)
    await relay.stop()
    await broker.close()
    await db.dispose()
    await delete_consumer_queues(AMQP, ConsumerTopology(name=name, bindings=()))
    return _summary(committed, handled)


def _summary(started: dict[int, float], handled: dict[int, float]) -> tuple[float, list[float]]:
    latencies = [handled[i] - started[i] for i in started]
    elapsed = max(handled.values()) - min(started.values())
    return len(started) / elapsed, latencies


async def main(n: int) -> None:
    global AMQP
    configure_logging("WARNING")
    name = f"bench_{uuid.uuid4().hex[:8]}"
    admin = await asyncpg.connect(PG_ADMIN)
    await admin.execute(f'CREATE DATABASE "{name}"')
    db_url = f"postgresql+asyncpg://postgres@127.0.0.1:5432/{name}"
    bare_runs, full_runs, one_runs = [], [], []
    try:
        with temporary_vhost(prefix="bench") as AMQP:
            db = Database(db_url)
            await db.create_all(metadata)
            await db.dispose()
            for _ in range(ROUNDS):  # alternate, so both see the same machine
                bare_runs.append(await bare(n))
                full_runs.append(await pipeline(db_url, n, per_transaction=50, pause=0))
            one_runs.append(await pipeline(db_url, n // 2, per_transaction=1, pause=0, producers=8))
            _, low_lat = await pipeline(db_url, 200, per_transaction=1, pause=0.01)
    finally:
        await admin.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
        await admin.close()
    bare_rate, bare_lat = _median_run(bare_runs)
    full_rate, full_lat = _median_run(full_runs)
    one_rate, one_lat = one_runs[0]
    print(
        f"messaging pipeline on this machine ({multiprocessing.cpu_count()} cores): RabbitMQ quorum queues, "
        f"PostgreSQL; producer and consumer in separate processes; median of {ROUNDS} rounds"
    )
    print(
        f"  bare aio-pika, {n} msgs (confirms → consume):         {bare_rate:7.0f}/s  "
        f"p50 {pct(bare_lat, 0.5):7.1f} ms  p95 {pct(bare_lat, 0.95):7.1f} ms   rounds: "
        + ", ".join(f"{r:.0f}" for r, _ in bare_runs)
    )
    print(
        f"  outbox → relay → consumer + inbox, {n} events:        {full_rate:7.0f}/s  "
        f"p50 {pct(full_lat, 0.5):7.1f} ms  p95 {pct(full_lat, 0.95):7.1f} ms   rounds: "
        + ", ".join(f"{r:.0f}" for r, _ in full_runs)
        + "  (50 events a transaction)"
    )
    print(
        f"  same, {n // 2} events, one a transaction, 8 producers:  {one_rate:7.0f}/s  "
        f"p50 {pct(one_lat, 0.5):7.1f} ms  p95 {pct(one_lat, 0.95):7.1f} ms"
    )
    print(f"  ratio pipeline / bare throughput (medians):            {full_rate / bare_rate:7.0%}")
    print(
        f"  commit → handler at low load (200 events, one per transaction, 10 ms apart): "
        f"p50 {pct(low_lat, 0.5):.1f} ms  p95 {pct(low_lat, 0.95):.1f} ms  "
        f"mean {statistics.mean(low_lat) * 1000:.1f} ms"
    )


def _median_run(runs: list[tuple[float, list[float]]]) -> tuple[float, list[float]]:
    return sorted(runs, key=lambda run: run[0])[len(runs) // 2]


if __name__ == "__main__":
    asyncio.run(main(int(sys.argv[1]) if len(sys.argv) > 1 else 5000))
