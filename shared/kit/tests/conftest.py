"""A messaging harness over two backends: RabbitMQ + PostgreSQL, and the in-process bus + SQLite."""

import uuid
from collections.abc import AsyncIterator, Mapping
from dataclasses import dataclass, field
from datetime import UTC, datetime
from typing import Any, Literal

import pytest
from sqlalchemy import Column, Integer, String, Table

from mentor_contracts.events import Event, PublicEvent
from mentor_kit.db import Database, naming_metadata
from mentor_kit.messaging import (
    Broker,
    EventConsumer,
    InProcessBroker,
    MessagingTables,
    Outbox,
    OutboxRelay,
    RabbitBroker,
    messaging_tables,
)
from mentor_kit.messaging.consumer import Handler
from mentor_kit.testing.rabbit import delete_consumer_queues


class WidgetCreatedV1(PublicEvent):
    """Test-only event."""

    type: Literal["ru.mgpu.mentor.widget.created.v1"] = "ru.mgpu.mentor.widget.created.v1"
    subject_field = "widget_id"

    widget_id: uuid.UUID
    n: int = 0
    at: datetime = field(default_factory=lambda: datetime.now(UTC))  # type: ignore[assignment]


def widget(n: int = 0) -> WidgetCreatedV1:
    return WidgetCreatedV1(widget_id=uuid.uuid4(), n=n, at=datetime.now(UTC))


metadata = naming_metadata()
TABLES: MessagingTables = messaging_tables(metadata)
widgets = Table("widgets", metadata, Column("id", String(36), primary_key=True), Column("n", Integer))


@dataclass
class Harness:
    backend: str
    db: Database
    broker: Broker
    outbox: Outbox
    relays: list[OutboxRelay] = field(default_factory=list)
    consumers: list[EventConsumer] = field(default_factory=list)

    def consumer(
        self,
        handlers: Mapping[type[Event], Handler],
        *,
        retry_delays: tuple[float, ...] = (0.05, 0.1),
        prefetch: int = 64,
        name: str | None = None,
    ) -> EventConsumer:
        consumer = EventConsumer(
            name or f"t{uuid.uuid4().hex[:8]}",
            self.db,
            TABLES,
            self.broker,
            handlers,
            retry_delays=retry_delays,
            prefetch=prefetch,
        )
        self.consumers.append(consumer)
        return consumer

    def relay(self, **options: Any) -> OutboxRelay:
        relay = OutboxRelay(self.db, self.outbox, self.broker, poll_seconds=0.5, max_backoff=1.0, **options)
        self.relays.append(relay)
        return relay

    async def create_widget(self, n: int = 0, *, fail: bool = False) -> WidgetCreatedV1:
        event = widget(n)
        async with self.db.transaction() as session:
            await session.execute(widgets.insert().values(id=str(event.widget_id), n=n))
            await self.outbox.add(session, event)
            if fail:
                raise RuntimeError("rolled back on purpose")
        return event

    async def outbox_rows(self) -> list[Any]:
        async with self.db.transaction() as session:
            return list((await session.execute(TABLES.outbox.select())).mappings().all())


@pytest.fixture(params=["rabbitmq", "inprocess"])
async def harness(request: pytest.FixtureRequest) -> AsyncIterator[Harness]:
    if request.param == "rabbitmq":
        db = Database(request.getfixturevalue("postgres_url"))
        broker: Broker = RabbitBroker(request.getfixturevalue("rabbit_url"), name="kit-tests")
    else:
        db = Database(request.getfixturevalue("sqlite_url"))
        broker = InProcessBroker()
    await db.create_all(metadata)
    await broker.start()
    h = Harness(request.param, db, broker, Outbox(TABLES, source="/tests/kit"))
    try:
        yield h
    finally:
        for relay in h.relays:
            await relay.stop()
        for consumer in h.consumers:
            await consumer.stop()
        await broker.close()
        await _delete_queues(h)
        await db.dispose()


async def _delete_queues(h: Harness) -> None:
    if isinstance(h.broker, RabbitBroker):
        for consumer in h.consumers:
            await delete_consumer_queues(h.broker.url, consumer.topology)
