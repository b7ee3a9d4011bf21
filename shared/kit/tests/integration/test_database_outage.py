"""The database goes away and comes back. For longer than the consumer's whole retry budget: no message is
dead-lettered for it (the database was the problem, not the message), each is handled exactly once afterwards.
While the relay is idle between batches: it goes on publishing afterwards (its task does not end).

The outage is a TCP proxy in front of the test's PostgreSQL database that drops every connection and refuses new
ones while "down" (the machine's PostgreSQL itself is never stopped: other test runs share it)."""

import asyncio
import contextlib
from collections.abc import AsyncIterator
from urllib.parse import urlsplit, urlunsplit

import pytest
from sqlalchemy import func, select

from mentor_kit.db import Database
from mentor_kit.messaging import EventConsumer, InProcessBroker, Outbox, OutboxRelay
from mentor_kit.messaging.topology import QueueDecl
from mentor_kit.testing import wait_for
from mentor_kit.testing.events import publish_as

from ..conftest import TABLES, WidgetCreatedV1, metadata, widget, widgets

pytestmark = pytest.mark.integration


class Outage:
    """A TCP proxy to `target`: `down()` drops every open connection and closes each new one at once (a server
    that is away: connections refused or reset), `up()` forwards again. Counts the connections it turned away."""

    def __init__(self, host: str, port: int) -> None:
        self.host, self.port = host, port
        self.is_down = False
        self.turned_away = 0
        self._open: set[asyncio.StreamWriter] = set()
        self._server: asyncio.Server | None = None

    async def start(self) -> int:
        self._server = await asyncio.start_server(self._serve, "127.0.0.1", 0)
        return int(self._server.sockets[0].getsockname()[1])

    async def close(self) -> None:
        self.down()
        if self._server is not None:
            self._server.close()
            await self._server.wait_closed()

    def down(self) -> None:
        self.is_down = True
        for writer in list(self._open):
            writer.transport.abort()
        self._open.clear()

    def up(self) -> None:
        self.is_down = False

    async def _serve(self, reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        if self.is_down:
            self.turned_away += 1
            writer.transport.abort()
            return
        try:
            upstream_reader, upstream_writer = await asyncio.open_connection(self.host, self.port)
        except OSError:
            writer.transport.abort()
            return
        self._open |= {writer, upstream_writer}

        async def pipe(source: asyncio.StreamReader, sink: asyncio.StreamWriter) -> None:
            with contextlib.suppress(OSError, asyncio.IncompleteReadError):
                while data := await source.read(65536):
                    sink.write(data)
                    await sink.drain()
            sink.transport.abort()

        await asyncio.gather(pipe(reader, upstream_writer), pipe(upstream_reader, writer))
        self._open -= {writer, upstream_writer}


@pytest.fixture
async def outage(postgres_url: str) -> AsyncIterator[tuple[Outage, str]]:
    parts = urlsplit(postgres_url)
    proxy = Outage(parts.hostname or "127.0.0.1", parts.port or 5432)
    port = await proxy.start()
    netloc = f"{parts.username}@127.0.0.1:{port}" if parts.username else f"127.0.0.1:{port}"
    try:
        yield proxy, urlunsplit(parts._replace(netloc=netloc))
    finally:
        await proxy.close()


async def test_a_database_outage_longer_than_the_retries_dead_letters_nothing(
    postgres_url: str, outage: tuple[Outage, str]
) -> None:
    proxy, proxied_url = outage
    direct = Database(postgres_url)
    await direct.create_all(metadata)
    db = Database(proxied_url)
    broker = InProcessBroker()
    await broker.start()
    calls: dict[int, int] = {}

    async def handle(session, event: WidgetCreatedV1) -> None:  # type: ignore[no-untyped-def]
        calls[event.n] = calls.get(event.n, 0) + 1
        await session.execute(widgets.insert().values(id=str(event.widget_id), n=event.n))

    retry_delays = (0.05, 0.1)  # a budget of 3 attempts within 0.15 s
    consumer = EventConsumer(
        "outage", db, TABLES, broker, {WidgetCreatedV1: handle}, retry_delays=retry_delays, database_wait_max=0.05
    )
    await consumer.start()
    try:
        await publish_as(broker, widget(0))
        await wait_for(lambda: calls.get(0), timeout=10, message="the first event handled before the outage")
        proxy.down()
        for n in range(1, 6):
            await publish_as(broker, widget(n))
        # A positive signal that the outage outlasted the retry budget: the consumer knocked at the database twice
        # as often as five messages have attempts in all (a consumer spending its attempts on the outage stops
        # knocking once it has dead-lettered them, and this wait fails).
        budget, dead = 5 * consumer.topology.max_attempts, consumer.topology.dead_letter_queue
        await wait_for(
            lambda: proxy.turned_away >= 2 * budget or broker.depth(dead),
            timeout=30,
            message="the outage outlasting the retries",
        )
        assert broker.depth(dead) == 0, "dead-lettered for a database outage"
        proxy.up()

        async def handled() -> int:
            async with direct.transaction() as session:
                return int((await session.execute(select(func.count()).select_from(widgets))).scalar_one())

        await wait_for(lambda: _at_least(handled, 6), timeout=30, interval=0.1, message="all six handled")
        assert await handled() == 6
        assert sorted(n for n, times in calls.items() if times) == list(range(6))
        assert broker.depth(consumer.topology.dead_letter_queue) == 0
        async with direct.transaction() as session:
            inbox = (await session.execute(select(func.count()).select_from(TABLES.inbox))).scalar_one()
        assert inbox == 6, "each event recorded once in the inbox"
    finally:
        proxy.up()
        await consumer.stop()
        await broker.close()
        await db.dispose()
        await direct.dispose()


async def _at_least(count, n: int) -> bool:  # type: ignore[no-untyped-def]
    return bool(await count() >= n)


async def test_the_relay_publishes_again_after_an_outage_between_two_batches(
    postgres_url: str, outage: tuple[Outage, str]
) -> None:
    """Where the outage meets the relay is a matter of timing; here it meets it where it did in the end-to-end run:
    in the look at the outbox between two batches (the next row's due time), which used to end the relay's task."""
    proxy, proxied_url = outage
    direct = Database(postgres_url)
    await direct.create_all(metadata)
    db = Database(proxied_url)
    broker = InProcessBroker()
    await broker.start()
    sink = QueueDecl("outage-sink", bindings=((WidgetCreatedV1.exchange(), WidgetCreatedV1.routing_key()),))
    await broker.declare([sink])
    sent: list[str] = []
    publish = broker.publish

    async def recorded(message):  # type: ignore[no-untyped-def]
        await publish(message)
        sent.append(message.message_id)

    broker.publish = recorded  # type: ignore[method-assign]
    relay = OutboxRelay(db, Outbox(TABLES, source="/tests/outage"), broker, poll_seconds=0.05, max_backoff=0.1)
    idle_timeout = relay._idle_timeout
    met: list[bool] = []

    async def idle_meeting_the_outage() -> float:
        if proxy.is_down and not met:
            met.append(True)
        return await idle_timeout()

    relay._idle_timeout = idle_meeting_the_outage  # type: ignore[method-assign]
    writer = Outbox(TABLES, source="/tests/outage")  # another process's outbox: the relay finds its rows by polling
    await relay.start()
    try:
        async with direct.transaction() as session:
            [first] = await writer.add(session, widget(1))
        await wait_for(lambda: first in sent, timeout=10, message="published before the outage")
        # Down only once the relay is between two batches, so the outage meets it in its look at the outbox.
        original_publish_batch = relay.publish_batch

        async def publish_then_go_down() -> int:
            published = await original_publish_batch()
            proxy.down()
            return published

        relay.publish_batch = publish_then_go_down  # type: ignore[method-assign]
        await wait_for(lambda: met, timeout=10, message="the idle relay meeting the outage")
        relay.publish_batch = original_publish_batch  # type: ignore[method-assign]
        proxy.up()
        async with direct.transaction() as session:
            [second] = await writer.add(session, widget(2))
        await wait_for(lambda: second in sent or relay._tasks[0].done(), timeout=15, message="published afterwards")
        assert not relay._tasks[0].done(), "the relay's task ended on a database error"
        assert sent.count(first) == 1 and sent.count(second) == 1
    finally:
        proxy.up()
        await relay.stop()
        await broker.close()
        await db.dispose()
        await direct.dispose()
