"""Retries, dead letters and replays move through the consumer's own direct exchange `<consumer>.requeue`, never
through the default exchange; a service whose user may not configure the shared exchanges checks them passively,
and fails clearly at start where they are missing."""

import asyncio
import uuid
from collections.abc import Iterator
from contextlib import contextmanager
from urllib.parse import quote, unquote, urlsplit

import pytest

from mentor_kit.db import Database
from mentor_kit.messaging import (
    BrokerError,
    EventConsumer,
    OutgoingMessage,
    RabbitBroker,
    ServiceMessaging,
    create_broker,
    list_dead_letters,
    replay_dead_letters,
)
from mentor_kit.messaging.broker import BrokerRefused
from mentor_kit.messaging.permissions import BrokerPermissions, broker_permissions
from mentor_kit.settings import ServiceSettings
from mentor_kit.testing import wait_for
from mentor_kit.testing.events import publish_as
from mentor_kit.testing.plugin import RABBIT_HOST
from mentor_kit.testing.rabbit import delete_consumer_queues, rabbitmqctl, temporary_vhost

from ..conftest import TABLES, Harness, WidgetCreatedV1, metadata, widget

pytestmark = pytest.mark.integration


def recording(harness: Harness) -> list[OutgoingMessage]:
    """Every message published through the harness's broker from now on."""
    sent: list[OutgoingMessage] = []
    publish = harness.broker.publish

    async def record(message: OutgoingMessage) -> None:
        sent.append(message)
        await publish(message)

    harness.broker.publish = record  # type: ignore[method-assign]
    return sent


async def test_a_retry_and_a_dead_letter_go_through_the_consumers_requeue_exchange(harness: Harness) -> None:
    attempts: list[int] = []

    async def broken(session, event: WidgetCreatedV1) -> None:
        attempts.append(event.n)
        raise ValueError("broken")

    consumer = harness.consumer({WidgetCreatedV1: broken}, retry_delays=(0.05,))
    await consumer.start()
    sent = recording(harness)
    await publish_as(harness.broker, widget(3))
    await wait_for(lambda: _dead(harness, consumer.name), timeout=15, message="a dead letter")

    moves = [(m.exchange, m.routing_key) for m in sent[1:]]  # the first is the event itself, on mentor.events
    requeue = f"{consumer.name}.requeue"
    assert moves == [(requeue, f"{consumer.name}.retry.50ms"), (requeue, f"{consumer.name}.dead")]
    assert attempts == [3, 3], "the retry came back from the delay queue (dead-lettered through the requeue exchange)"


async def test_a_replay_goes_through_the_consumers_requeue_exchange(harness: Harness) -> None:
    healed = asyncio.Event()
    handled: list[int] = []

    async def flaky(session, event: WidgetCreatedV1) -> None:
        if not healed.is_set():
            raise ValueError("broken")
        handled.append(event.n)

    consumer = harness.consumer({WidgetCreatedV1: flaky}, retry_delays=(0.05,))
    await consumer.start()
    await publish_as(harness.broker, widget(4))
    await wait_for(lambda: _dead(harness, consumer.name), timeout=15, message="a dead letter")

    sent = recording(harness)
    healed.set()
    assert await replay_dead_letters(harness.broker, consumer.name) == 1
    assert [(m.exchange, m.routing_key) for m in sent] == [(f"{consumer.name}.requeue", f"{consumer.name}.events")]
    await wait_for(lambda: handled == [4], message="the replayed event handled")


# On the real RabbitMQ, under a user with exactly the consumer's least-privilege permissions ----------------------


@contextmanager
def broker_user(vhost_url: str, permissions: BrokerPermissions) -> Iterator[str]:
    """A RabbitMQ user with `permissions` on the vhost of `vhost_url`, deleted afterwards; yields its AMQP URL."""
    parts = urlsplit(vhost_url)
    vhost = unquote(parts.path[1:]) or "/"
    user, password = f"kit-{uuid.uuid4().hex[:10]}", uuid.uuid4().hex
    rabbitmqctl("add_user", user, password)
    try:
        rabbitmqctl("set_permissions", "-p", vhost, user, permissions.configure, permissions.write, permissions.read)
        yield f"amqp://{user}:{password}@{parts.hostname}:{parts.port or 5672}/{quote(vhost, safe='')}"
    finally:
        rabbitmqctl("delete_user", user)


async def test_retries_dead_letters_and_replay_need_no_write_on_the_default_exchange(
    rabbit_url: str, postgres_url: str
) -> None:
    name = f"t{uuid.uuid4().hex[:8]}"
    admin = RabbitBroker(rabbit_url, name="kit-admin")  # the platform: it declared the shared exchanges
    await admin.start()
    db = Database(postgres_url)
    await db.create_all(metadata)
    healed = asyncio.Event()
    handled: list[int] = []

    async def flaky(session, event: WidgetCreatedV1) -> None:
        if not healed.is_set():
            raise ValueError("broken")
        handled.append(event.n)

    permissions = broker_permissions(name, [WidgetCreatedV1])
    with broker_user(rabbit_url, permissions) as url:
        broker = RabbitBroker(url, name=name, declare_exchanges=False)
        consumer = EventConsumer(name, db, TABLES, broker, {WidgetCreatedV1: flaky}, retry_delays=(0.05, 0.1))
        try:
            await broker.start()
            await consumer.start()
            await publish_as(admin, widget(9))
            dead = await wait_for(lambda: list_dead_letters(broker, name), timeout=15, message="a dead letter")
            assert dead[0].attempts == 3 and "ValueError: broken" in dead[0].error

            with pytest.raises(BrokerError, match="ACCESS_REFUSED"):  # the way these moves no longer take
                await broker.publish(
                    OutgoingMessage(exchange="", routing_key=f"{name}.events", body=b"{}", message_id="m-default")
                )
            assert await broker.wait_connected(15), "the broker object recovers from the refused publish"

            healed.set()
            assert await replay_dead_letters(broker, name) == 1
            await wait_for(lambda: handled == [9], message="the replayed event handled")
        finally:
            await consumer.stop()
            await broker.close()
            await admin.close()
            await delete_consumer_queues(rabbit_url, consumer.topology)
            await db.dispose()


async def test_a_passive_declaration_without_the_shared_exchanges_fails_clearly_at_start(rabbit_url: str) -> None:
    with temporary_vhost(RABBIT_HOST, prefix="kit-bare") as bare:  # no exchanges: the platform's topology is missing
        broker = RabbitBroker(bare, name="cases", declare_exchanges=False)
        with pytest.raises(BrokerRefused) as refused:
            await asyncio.wait_for(broker.start(wait=2), 30)  # still refused when the 2 s of grace are up
        message = str(refused.value)
        assert "NOT_FOUND" in message and "mentor.events" in message
        assert "broker_declare_exchanges is false" in message and "Messaging Topology Operator" in message
        assert not await broker.ready()

        declaring = RabbitBroker(bare, name="cases")  # the development default declares them
        await declaring.start()
        try:
            assert await declaring.ready()
        finally:
            await declaring.close()
        passive = RabbitBroker(bare, name="cases", declare_exchanges=False)  # now they exist
        await passive.start()
        try:
            assert await passive.ready()
        finally:
            await passive.close()


async def test_a_least_privilege_user_told_to_declare_the_shared_exchanges_is_told_what_to_set(rabbit_url: str) -> None:
    with broker_user(rabbit_url, broker_permissions("cases", [])) as url:
        broker = RabbitBroker(url, name="cases")
        with pytest.raises(BrokerRefused, match=r"ACCESS_REFUSED.*_BROKER_DECLARE_EXCHANGES=false"):
            await asyncio.wait_for(broker.start(wait=2), 30)


async def test_exchanges_the_platform_creates_while_a_service_starts_are_waited_for(rabbit_url: str) -> None:
    """A refusal is final only when the time `start()` waits is up: a topology created alongside is waited for."""
    with temporary_vhost(RABBIT_HOST, prefix="kit-late") as late:
        broker = RabbitBroker(late, name="cases", declare_exchanges=False)

        async def the_platform_declares_them() -> None:
            await asyncio.sleep(1.0)
            admin = RabbitBroker(late, name="admin")
            await admin.start()
            await admin.close()

        try:
            await asyncio.gather(broker.start(wait=10), the_platform_declares_them())
            assert await broker.ready()
        finally:
            await broker.close()


def test_the_setting_reaches_the_broker_the_service_owns(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("MENTOR_BROKER_DECLARE_EXCHANGES", "false")
    settings = ServiceSettings(broker_url="amqp://cases:secret@rabbitmq/mentor")
    assert settings.broker_declare_exchanges is False
    broker = create_broker(settings.broker_url, name="cases")
    assert isinstance(broker, RabbitBroker) and broker.declare_exchanges is True
    ServiceMessaging(settings, Database("sqlite+aiosqlite://"), TABLES, broker)
    assert broker.declare_exchanges is False
    monkeypatch.delenv("MENTOR_BROKER_DECLARE_EXCHANGES")
    assert ServiceSettings().broker_declare_exchanges is True, "development and tests declare them"


async def _dead(harness: Harness, name: str) -> list:
    return await list_dead_letters(harness.broker, name)
