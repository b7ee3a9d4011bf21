"""Benchmark: outbox → relay → RabbitMQ → consumer (with inbox), beside bare aio-pika publish (confirms) →
consume, in the same run. Prints throughput, p50/p95 latency and the ratio. Nothing is asserted.

As deployed, the producing side (service + relay) and the consuming side (another service) are separate
processes; the bare baseline is split the same way. Latency is wall-clock time from the producer's commit
(or publish) to the handler (or consumer callback). CPU is each side's own process time per event (the
producing side includes the service's `outbox.add` and the relay).

Last, the visibility of fast events with a deliberately slow handler among them (`SLOW_SECONDS`, one event in
`SLOW_EVERY`): how long an event's effect waits after its handler ran until the consumer's transaction commits
(the batch holding it hostage), and producer commit → consumer commit.

Needs the local PostgreSQL and RabbitMQ (as `make test`). Usage: python bench/outbox_pipeline.py [N]
"""

import asyncio
import multiprocessing
import statistics
import sys
import time
import uuid
from dataclasses import dataclass, field
from datetime import UTC, datetime
from typing import Any, Literal

import aio_pika
import asyncpg
from sqlalchemy import Column, Integer, Table
from summary import record

from mentor_contracts.events import Event, PublicEvent
from mentor_kit.db import Database, naming_metadata, on_commit
from mentor_kit.logging import configure_logging
from mentor_kit.messaging import EventConsumer, Outbox, OutboxRelay, RabbitBroker, messaging_tables
from mentor_kit.messaging.metrics import OUTBOX_PUBLISHED
from mentor_kit.messaging.topology import ConsumerTopology
from mentor_kit.testing.rabbit import delete_consumer_queues, temporary_vhost

PG_ADMIN = "postgresql://postgres@127.0.0.1:5432/postgres"
AMQP = ""  # a vhost of the benchmark's own, set in main(): no stale queues from earlier runs skew it
ROUNDS = 3
SLOW_SECONDS = 0.3  # the slow handler's time
SLOW_EVERY = 40  # one slow event in this many


class BenchTickV1(PublicEvent):
    type: Literal["ru.mgpu.mentor.bench.tick.v1"] = "ru.mgpu.mentor.bench.tick.v1"
    subject_field = "tick_id"

    tick_id: uuid.UUID
    n: int
    at: datetime


class BenchSlowV1(PublicEvent):
    type: Literal["ru.mgpu.mentor.bench.slow.v1"] = "ru.mgpu.mentor.bench.slow.v1"
    subject_field = "tick_id"

    tick_id: uuid.UUID
    n: int


@dataclass
class Run:
    rate: float  # events a second, first commit (or publish) to last handled
    latencies: list[float]  # commit (or publish) → handled (with `slow`: → the consumer's commit)
    producer_cpu: float  # seconds of the producing process per event
    consumer_cpu: float
    held: list[float] = field(default_factory=list)  # with `slow`: handler ran → its transaction committed


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
    ran: dict[int, float] = {}  # "slow" only: when the handler ran (its effect is visible from `handled`)
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
        cpu = time.process_time()
        await asyncio.wait_for(done.wait(), 600)
        cpu = time.process_time() - cpu
        await connection.close()
    else:
        db = Database(db_url, pool_size=10)
        broker = RabbitBroker(AMQP, name="bench-consumer")
        await broker.start()

        async def handle(session: Any, event: BenchTickV1) -> None:
            await session.execute(record_effect, {"n": event.n})
            record(event.n)

        async def handle_visible(session: Any, event: BenchTickV1 | BenchSlowV1) -> None:
            if isinstance(event, BenchSlowV1):
                await asyncio.sleep(SLOW_SECONDS)
            await session.execute(record_effect, {"n": event.n})
            ran[event.n] = time.time()
            on_commit(session, f"bench-{event.n}", lambda: record(event.n))  # visible once committed

        handlers: dict[type[Event], Any] = (
            {BenchTickV1: handle_visible, BenchSlowV1: handle_visible} if kind == "slow" else {BenchTickV1: handle}
        )
        consumer = EventConsumer(name, db, tables, broker, handlers)
        await consumer.start()
        ready.set()
        cpu = time.process_time()
        await asyncio.wait_for(done.wait(), 600)
        cpu = time.process_time() - cpu
        await consumer.stop()
        await broker.close()
        await db.dispose()
    results.put((handled, ran, cpu))


def start_consumer(kind: str, name: str, db_url: str, n: int) -> tuple[Any, Any]:
    context = multiprocessing.get_context("spawn")
    ready, results = context.Event(), context.Queue()
    process = context.Process(target=consume, args=(kind, name, db_url, n, ready, results, AMQP))
    process.start()
    if not ready.wait(60):
        raise RuntimeError("consumer process did not start")
    return process, results


# Producing side ------------------------------------------------------------------------------------------


async def bare(n: int) -> Run:
    """aio-pika alone: publish with confirms (in windows of 200), consume with manual ack."""
    queue = f"bench.bare.{uuid.uuid4().hex[:6]}"
    connection = await aio_pika.connect(AMQP)
    cpu = time.process_time()
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
        cpu = time.process_time() - cpu
        handled, _, consumer_cpu = await asyncio.to_thread(results.get, True, 600)
        process.join(30)
        await channel.queue_delete(queue)
    return _summary(sent, handled, cpu, consumer_cpu)


async def pipeline(
    db_url: str, n: int, *, per_transaction: int, pause: float, producers: int = 1, slow: bool = False
) -> Run:
    """The kit: commit (state + outbox) → relay → broker → consumer (inbox + effect, one transaction).
    `producers` concurrent tasks stand for a service serving that many requests at once. With `slow`, one
    event in `SLOW_EVERY` has a slow handler, and the figures are about the others' visibility."""
    name = f"bench{uuid.uuid4().hex[:6]}"
    db = Database(db_url, pool_size=10)
    broker = RabbitBroker(AMQP, name="bench-producer")
    await broker.start()
    process, results = start_consumer("slow" if slow else "pipeline", name, db_url, n)
    cpu = time.process_time()
    outbox = Outbox(tables, source="/bench")
    relay = OutboxRelay(db, outbox, broker, batch_size=500)
    await relay.start()
    committed: dict[int, float] = {}
    published_before = OUTBOX_PUBLISHED.labels("/bench")._value.get()

    async def produce(worker: int) -> None:
        for first in range(worker * per_transaction, n, per_transaction * producers):
            numbers = range(first, min(first + per_transaction, n))
            async with db.transaction() as session:
                await outbox.add(session, *(_event(i, slow) for i in numbers))
            now = time.time()
            committed.update({i: now for i in numbers})
            if pause:
                await asyncio.sleep(pause)

    await asyncio.gather(*(produce(w) for w in range(producers)))
    produced_at = time.time()
    while OUTBOX_PUBLISHED.labels("/bench")._value.get() < published_before + n:  # noqa: ASYNC110
        await asyncio.sleep(0.01)
    relayed_at = time.time()
    cpu = time.process_time() - cpu
    handled, ran, consumer_cpu = await asyncio.to_thread(results.get, True, 600)
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
    run = _summary(committed, handled, cpu, consumer_cpu)
    if slow:  # the fast events only
        fast = [i for i in committed if i % SLOW_EVERY != SLOW_EVERY - 1]
        run.latencies = [handled[i] - committed[i] for i in fast]
        run.held = [handled[i] - ran[i] for i in fast]
    return run


def _event(n: int, slow: bool) -> Event:
    if slow and n % SLOW_EVERY == SLOW_EVERY - 1:
        return BenchSlowV1(tick_id=uuid.uuid4(), n=n)
    return BenchTickV1(tick_id=uuid.uuid4(), n=n, at=datetime.now(UTC))


def _summary(started: dict[int, float], handled: dict[int, float], cpu: float, consumer_cpu: float) -> Run:
    latencies = [handled[i] - started[i] for i in started]
    elapsed = max(handled.values()) - min(started.values())
    return Run(len(started) / elapsed, latencies, cpu / len(started), consumer_cpu / len(started))


async def main(n: int) -> None:
    global AMQP
    configure_logging("WARNING")
    name = f"bench_{uuid.uuid4().hex[:8]}"
    admin = await asyncpg.connect(PG_ADMIN)
    await admin.execute(f'CREATE DATABASE "{name}"')
    db_url = f"postgresql+asyncpg://postgres@127.0.0.1:5432/{name}"
    bare_runs: list[Run] = []
    full_runs: list[Run] = []
    slow_runs: list[Run] = []
    try:
        with temporary_vhost(prefix="bench") as AMQP:
            db = Database(db_url)
            await db.create_all(metadata)
            await db.dispose()
            for _ in range(ROUNDS):  # alternate, so both see the same machine
                bare_runs.append(await bare(n))
                full_runs.append(await pipeline(db_url, n, per_transaction=50, pause=0))
                slow_runs.append(await pipeline(db_url, 600, per_transaction=1, pause=0.002, producers=8, slow=True))
            one = await pipeline(db_url, n // 2, per_transaction=1, pause=0, producers=8)
            low = await pipeline(db_url, 200, per_transaction=1, pause=0.01)
    finally:
        await admin.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
        await admin.close()
    bare_run, full_run = _median_run(bare_runs), _median_run(full_runs)
    ratios = [f.rate / b.rate for b, f in zip(bare_runs, full_runs, strict=True)]
    print(
        f"messaging pipeline on this machine ({multiprocessing.cpu_count()} cores): RabbitMQ quorum queues, "
        f"PostgreSQL; producer and consumer in separate processes; median of {ROUNDS} rounds"
    )
    print(
        f"  bare aio-pika, {n} msgs (confirms → consume):         {bare_run.rate:7.0f}/s  "
        f"p50 {pct(bare_run.latencies, 0.5):7.1f} ms  p95 {pct(bare_run.latencies, 0.95):7.1f} ms   rounds: "
        + ", ".join(f"{r.rate:.0f}" for r in bare_runs)
    )
    print(
        f"  outbox → relay → consumer + inbox, {n} events:        {full_run.rate:7.0f}/s  "
        f"p50 {pct(full_run.latencies, 0.5):7.1f} ms  p95 {pct(full_run.latencies, 0.95):7.1f} ms   rounds: "
        + ", ".join(f"{r.rate:.0f}" for r in full_runs)
        + "  (50 events a transaction)"
    )
    print(
        f"  same, {n // 2} events, one a transaction, 8 producers:  {one.rate:7.0f}/s  "
        f"p50 {pct(one.latencies, 0.5):7.1f} ms  p95 {pct(one.latencies, 0.95):7.1f} ms"
    )
    print(f"  ratio pipeline / bare throughput, per round:           {_spread(ratios, '.0%')}  (target ≥ 50 %)")
    record("pipeline / bare aio-pika throughput", "%", [100 * r for r in ratios], "≥ 50", lambda v: v >= 50)
    record("consumer CPU per event (pipeline)", "µs", [r.consumer_cpu * 1e6 for r in full_runs])
    print(
        "  CPU µs per event, producing / consuming process:      "
        f"bare {_spread([r.producer_cpu * 1e6 for r in bare_runs], '.0f')} / "
        f"{_spread([r.consumer_cpu * 1e6 for r in bare_runs], '.0f')};  "
        f"pipeline {_spread([r.producer_cpu * 1e6 for r in full_runs], '.0f')} / "
        f"{_spread([r.consumer_cpu * 1e6 for r in full_runs], '.0f')}"
    )
    print(
        f"  commit → handler at low load (200 events, one per transaction, 10 ms apart): "
        f"p50 {pct(low.latencies, 0.5):.1f} ms  p95 {pct(low.latencies, 0.95):.1f} ms  "
        f"mean {statistics.mean(low.latencies) * 1000:.1f} ms"
    )
    print(
        f"  a {SLOW_SECONDS * 1000:.0f} ms handler on one event in {SLOW_EVERY} (600 events, 8 producers), "
        "the other events, per round:"
    )
    print(
        "    handler ran → committed (visible), p95 / max ms:       "
        f"{_spread([pct(r.held, 0.95) for r in slow_runs], '.0f')} / "
        f"{_spread([pct(r.held, 1.0) for r in slow_runs], '.0f')}"
    )
    print(
        "    producer commit → consumer commit, p50 / p95 ms:       "
        f"{_spread([pct(r.latencies, 0.5) for r in slow_runs], '.0f')} / "
        f"{_spread([pct(r.latencies, 0.95) for r in slow_runs], '.0f')}"
    )


def _spread(values: list[float], spec: str) -> str:
    """min/median/max."""
    ordered = sorted(values)
    return "/".join(format(v, spec) for v in (ordered[0], statistics.median(ordered), ordered[-1]))


def _median_run(runs: list[Run]) -> Run:
    return sorted(runs, key=lambda run: run.rate)[len(runs) // 2]


if __name__ == "__main__":
    asyncio.run(main(int(sys.argv[1]) if len(sys.argv) > 1 else 5000))
