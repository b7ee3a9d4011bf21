"""1,000 events with RabbitMQ stopped and started in the middle: all consumed, none processed twice, and the
relay and the consumer recover by themselves."""

import asyncio

import pytest
from sqlalchemy import Column, Integer, Table, func, select

from mentor_kit.db import Database
from mentor_kit.messaging import EventConsumer, Outbox, OutboxRelay, RabbitBroker
from mentor_kit.testing import wait_for
from mentor_kit.testing.rabbit import delete_consumer_queues, rabbitmqctl

from ..conftest import TABLES, WidgetCreatedV1, metadata, widget

pytestmark = [pytest.mark.integration, pytest.mark.chaos]

effects = Table("widget_effects", metadata, Column("n", Integer, nullable=False))  # no unique key on purpose
TOTAL = 1000


async def test_thousand_events_survive_a_broker_restart(postgres_url: str, rabbit_url: str) -> None:
    db = Database(postgres_url)
    await db.create_all(metadata)
    broker = RabbitBroker(rabbit_url, name="restart-test")
    await broker.start()
    outbox = Outbox(TABLES, source="/tests/restart")
    calls: dict[int, int] = {}

    async def handle(session, event: WidgetCreatedV1) -> None:
        calls[event.n] = calls.get(event.n, 0) + 1
        await session.execute(effects.insert().values(n=event.n))

    consumer = EventConsumer("restart", db, TABLES, broker, {WidgetCreatedV1: handle}, retry_delays=(0.2, 0.5))
    await consumer.start()
    relay = OutboxRelay(db, outbox, broker, batch_size=50, poll_seconds=0.5)
    await relay.start()

    async def produce(start: int, stop: int) -> None:
        for first in range(start, stop, 25):
            async with db.transaction() as session:
                for n in range(first, min(first + 25, stop)):
                    await outbox.add(session, widget(n))
            await asyncio.sleep(0.005)

    try:
        await produce(0, 400)
        await wait_for(lambda: len(calls) >= 100, timeout=30, message="some events consumed before the stop")
        await asyncio.to_thread(rabbitmqctl, "stop_app")
        await produce(400, 700)  # written while the broker is down: they wait in the outbox
        await asyncio.sleep(1.0)
        await asyncio.to_thread(rabbitmqctl, "start_app")
        await produce(700, TOTAL)

        async def effect_rows() -> tuple[int, int]:
            async with db.transaction() as session:
                row = (await session.execute(select(func.count(), func.count(effects.c.n.distinct())))).one()
            return int(row[0]), int(row[1])

        await wait_for(lambda: _all_done(effect_rows), timeout=180, interval=0.2, message="1,000 effects")
        total, distinct = await effect_rows()
        assert (total, distinct) == (TOTAL, TOTAL), "each event processed exactly once"
        assert sorted(calls) == list(range(TOTAL)) and max(calls.values()) == 1
        assert broker.connections_made >= 2, "the same broker object reconnected"
    finally:
        await asyncio.to_thread(rabbitmqctl, "start_app")  # never leave the shared broker stopped
        await relay.stop()
        await consumer.stop()
        await broker.close()
        await delete_consumer_queues(rabbit_url, consumer.topology)
        await db.dispose()


async def _all_done(effect_rows) -> bool:
    total, _ = await effect_rows()
    return total >= TOTAL
