"""Each service's least-privilege RabbitMQ permissions (`mentor_gateway.broker_access.permissions_for`, what the
deployment's `Permission` resources and the compose definitions grant), on the real RabbitMQ: enough for the
service's broker side, and no more.

A vhost of its own, set up as deployed (`mentor_journeys.deployment.broker_users`): the shared exchanges declared by
an administrator, as the platform's topology does; then one user per service with exactly its permissions."""

import asyncio
import json
import os
import shutil
import subprocess
import sys
import uuid
from collections.abc import Awaitable, Callable, Iterator
from datetime import UTC, datetime
from typing import Any

import aio_pika
import aiormq
import pytest
from aio_pika.abc import AbstractChannel

from mentor_contracts.envelope import CloudEvent
from mentor_contracts.events import ALL_EVENTS, Event
from mentor_gateway.broker_access import SERVICES, permissions_for
from mentor_journeys.deployment import broker_users
from mentor_kit.db import Database, naming_metadata
from mentor_kit.messaging import EventConsumer, OutgoingMessage, RabbitBroker, messaging_tables, replay_dead_letters
from mentor_kit.messaging.broker import BrokerError, Delivery
from mentor_kit.messaging.permissions import producer_of, published_exchanges, requeue_exchange
from mentor_kit.messaging.topology import ATTEMPT_HEADER, EXCHANGE_NAMES, ConsumerTopology
from mentor_kit.testing import wait_for
from mentor_kit.testing.plugin import RABBIT_HOST, unavailable
from mentor_kit.testing.rabbit import ExchangeTap, rabbitmqctl, temporary_vhost

pytestmark = pytest.mark.integration

TABLES = messaging_tables(naming_metadata())


@pytest.fixture(scope="module")
def deployed() -> Iterator[tuple[str, dict[str, str]]]:
    """(the administrator's URL, each service's URL) on a vhost set up as deployed."""
    if shutil.which("rabbitmqctl") is None:
        unavailable("rabbitmqctl is not available")
    with (
        temporary_vhost(RABBIT_HOST, prefix="perms") as admin_url,
        broker_users(admin_url, {service: permissions_for(service) for service in SERVICES}) as urls,
    ):
        yield admin_url, urls


def handlers(service: str) -> list[type[Event]]:
    module = __import__(f"mentor_{service}.handlers", fromlist=["HANDLERS"])
    return list(module.HANDLERS)


def topology(service: str) -> ConsumerTopology:
    """The service's consumer topology, made as its consumer makes it (from its real handler table)."""

    async def never(session: Any, event: Any) -> None:
        raise AssertionError("not handled here")

    db = Database("sqlite+aiosqlite://")  # never connected: only the topology is wanted
    broker = RabbitBroker("amqp://unused/")  # never started
    return EventConsumer(service, db, TABLES, broker, dict.fromkeys(handlers(service), never)).topology


def stand_in(event: type[Event], service: str) -> OutgoingMessage:
    """A message of `event`'s type, exchange and routing key, as the service's relay publishes it (the permission
    is on the exchange; the data is not looked at here)."""
    envelope = CloudEvent(
        id=uuid.uuid4(),
        source=f"/services/{service}",
        type=event.event_type(),
        time=datetime.now(UTC),
        subject=str(uuid.uuid4()),
        dataschema=event.dataschema(),
        data={},
    )
    return OutgoingMessage(event.exchange(), event.routing_key(), envelope.to_json(), str(envelope.id))


async def take(broker: RabbitBroker, queue: str, message_id: str) -> Delivery:
    """The message `message_id` from `queue` (others there are acked away)."""

    async def find() -> Delivery | None:
        while (delivery := await broker.get(queue)) is not None:
            await delivery.ack()
            if delivery.message_id == message_id:
                return delivery
        return None

    found: Delivery = await wait_for(find, timeout=15, message=f"{message_id} in {queue}")
    return found


def test_each_user_has_exactly_its_services_permissions(deployed: tuple[str, dict[str, str]]) -> None:
    admin_url, urls = deployed
    vhost = admin_url.rsplit("/", 1)[1]
    listed = rabbitmqctl("list_permissions", "-p", vhost, "--formatter", "json")
    granted = {row["user"]: (row["configure"], row["write"], row["read"]) for row in json.loads(listed)}
    for service, url in urls.items():
        user = url.split("://", 1)[1].split(":", 1)[0]
        expected = permissions_for(service)
        assert granted[user] == (expected.configure, expected.write, expected.read), service
    users = {row["user"]: row["tags"] for row in json.loads(rabbitmqctl("list_users", "--formatter", "json"))}
    assert all(users[url.split("://", 1)[1].split(":", 1)[0]] == [] for url in urls.values()), "no tags at all"


@pytest.mark.parametrize("service", SERVICES)
async def test_a_service_runs_its_broker_side_under_its_own_user(
    service: str, deployed: tuple[str, dict[str, str]]
) -> None:
    """Connect without declaring the shared exchanges, declare its consumer topology (its requeue exchange, queues,
    bindings), publish one event to each exchange it publishes to, move a message through a retry queue and a
    dead letter back into its queue (a replay) through its requeue exchange."""
    admin_url, urls = deployed
    own = topology(service)
    broker = RabbitBroker(urls[service], name=service, declare_exchanges=False)
    await broker.start()
    try:
        assert await broker.ready(), "connected, the shared exchanges found (passively)"
        await broker.declare(own.declarations(), own.exchanges())  # what its consumer declares at start

        for exchange in sorted(published_exchanges(service)):
            event = next(e for e in ALL_EVENTS if producer_of(e) == service and e.exchange() == exchange)
            message = stand_in(event, service)
            async with ExchangeTap(admin_url, exchange, event.routing_key()) as tap:
                await broker.publish(message)  # confirmed into the tap's queue
                await wait_for(lambda tap=tap: tap.bodies, message=f"{event.routing_key()} on {exchange}")
            assert json.loads(tap.bodies[0])["id"] == message.message_id

        retried = OutgoingMessage(
            own.requeue_exchange, own.retry_queue(1), b"{}", f"retry-{uuid.uuid4()}", headers={ATTEMPT_HEADER: 2}
        )
        await broker.publish(retried)  # as its consumer retries a failed message
        back = await take(broker, own.queue, retried.message_id)  # the delay queue dead-lettered it back
        assert back.headers[ATTEMPT_HEADER] == 2

        dead = OutgoingMessage(own.requeue_exchange, own.dead_letter_queue, b"{}", f"dead-{uuid.uuid4()}")
        await broker.publish(dead)  # as its consumer dead-letters a message
        assert await replay_dead_letters(broker, service) == 1  # `mentor dlq replay` under the service's user
        await take(broker, own.queue, dead.message_id)
    finally:
        await broker.close()


async def refused(url: str, action: Callable[[AbstractChannel], Awaitable[Any]]) -> str:
    """Run `action` on a fresh channel of `url`'s user; it must be refused (ACCESS_REFUSED). Returns the reason."""
    connection = await aio_pika.connect(url)
    async with connection:
        channel = await connection.channel()
        with pytest.raises(aiormq.exceptions.ChannelAccessRefused) as refusal:
            await action(channel)
    return str(refusal.value)


def publish_to(exchange: str, routing_key: str) -> Callable[[AbstractChannel], Awaitable[Any]]:
    async def action(channel: AbstractChannel) -> None:
        target = channel.default_exchange if exchange == "" else await channel.get_exchange(exchange, ensure=False)
        await target.publish(aio_pika.Message(b"{}"), routing_key=routing_key)

    return action


def get_from(queue: str) -> Callable[[AbstractChannel], Awaitable[Any]]:
    async def action(channel: AbstractChannel) -> None:
        underlay = await channel.get_underlay_channel()
        try:
            await underlay.basic_get(queue)
        finally:  # the refusal fails the get's own future too: retrieved here, not reported as never retrieved
            getter = getattr(underlay, "getter", None)
            if isinstance(getter, asyncio.Future) and getter.done() and not getter.cancelled():
                getter.exception()

    return action


def declare_exchange(name: str) -> Callable[[AbstractChannel], Awaitable[Any]]:
    async def action(channel: AbstractChannel) -> None:
        await channel.declare_exchange(name, aio_pika.ExchangeType.TOPIC, durable=True)

    return action


def declare_queue(name: str, **arguments: Any) -> Callable[[AbstractChannel], Awaitable[Any]]:
    async def action(channel: AbstractChannel) -> None:
        await channel.declare_queue(name, durable=True, arguments={"x-queue-type": "quorum", **arguments})

    return action


def bind(queue: str, exchange: str) -> Callable[[AbstractChannel], Awaitable[Any]]:
    async def action(channel: AbstractChannel) -> None:
        await (await channel.get_queue(queue, ensure=False)).bind(exchange, "#")

    return action


@pytest.mark.parametrize("service", SERVICES)
async def test_a_service_can_do_nothing_more(service: str, deployed: tuple[str, dict[str, str]]) -> None:
    admin_url, urls = deployed
    url = urls[service]
    others = [other for other in SERVICES if other != service]
    async with ExchangeTap(admin_url, "mentor.events"):  # the administrator: the others' queues and exchanges exist
        admin = RabbitBroker(admin_url, name="admin")
        await admin.start()
        try:
            for other in others:
                await admin.declare(topology(other).declarations(), topology(other).exchanges())
        finally:
            await admin.close()

    # Nothing into the default exchange: it reaches every queue of the vhost by name.
    assert "amq.default" in await refused(url, publish_to("", f"{service}.events"))
    assert "amq.default" in await refused(url, publish_to("", f"{others[0]}.events"))
    # ... which is why its queues dead-letter through its requeue exchange: one dead-lettering into the default
    # exchange may not be declared at all.
    assert "amq.default" in await refused(url, declare_queue(f"{service}.x", **{"x-dead-letter-exchange": ""}))
    for other in others:
        # Not into another service's requeue exchange either: it reaches that service's queues.
        assert requeue_exchange(other) in await refused(url, publish_to(requeue_exchange(other), f"{other}.events"))
        await refused(url, get_from(f"{other}.events"))  # another service's messages: not readable
        await refused(url, get_from(f"{other}.dead"))
        await refused(url, declare_queue(f"{other}.events"))  # nor its names configurable
        await refused(url, declare_exchange(requeue_exchange(other)))
    granted = permissions_for(service)
    for exchange in EXCHANGE_NAMES:
        await refused(url, declare_exchange(exchange))  # the platform's topology declares them, nobody else
        if exchange not in published_exchanges(service):
            await refused(url, publish_to(exchange, "case.submitted.v1"))
        if exchange not in {e.exchange() for e in handlers(service)}:
            assert not _allows(granted.read, exchange)
            await refused(url, bind(f"{service}.events", exchange))  # no binding to what it does not consume
    await refused(url, declare_queue("student-office.events"))  # nor anything outside its own names


def _allows(pattern: str, name: str) -> bool:
    import re

    return re.fullmatch(pattern, name) is not None


async def test_the_named_examples(deployed: tuple[str, dict[str, str]]) -> None:
    """cases may not publish to amq.default, configure mentor.events or read notifications.events; notifications
    may not publish to mentor.events (not even through the kit's broker, which reports it and recovers)."""
    admin_url, urls = deployed
    admin = RabbitBroker(admin_url, name="admin")
    await admin.start()
    await admin.declare(topology("notifications").declarations(), topology("notifications").exchanges())
    await admin.close()

    cases = urls["cases"]
    assert "access to exchange 'amq.default'" in await refused(cases, publish_to("", "cases.events"))
    # (RabbitMQ's refusals name the resource, not which of configure, write or read was missing.)
    assert "access to exchange 'mentor.events'" in await refused(cases, declare_exchange("mentor.events"))
    assert "access to queue 'notifications.events'" in await refused(cases, get_from("notifications.events"))

    broker = RabbitBroker(urls["notifications"], name="notifications", declare_exchanges=False)
    await broker.start()
    try:
        for event in (e for e in ALL_EVENTS if e.exchange() == "mentor.events"):
            with pytest.raises(BrokerError, match=r"ACCESS_REFUSED - access to exchange 'mentor\.events'"):
                await broker.publish(stand_in(event, "notifications"))
            break
        assert await broker.wait_connected(15)
    finally:
        await broker.close()


def test_a_service_started_without_the_platforms_exchanges_exits_saying_so(
    deployed: tuple[str, dict[str, str]],
) -> None:
    """`<SVC>_BROKER_DECLARE_EXCHANGES=false` on a vhost where the platform's topology is missing: the process stops
    at start with the reason, instead of waiting for ever not ready."""
    from mentor_journeys.deployment import service_environment
    from mentor_kit.search_server import free_port
    from mentor_kit.testing.plugin import temporary_database

    with temporary_vhost(RABBIT_HOST, prefix="bare") as bare, temporary_database("bare_cases") as database:
        environment = service_environment("cases", database, bare, "", "", BROKER_DECLARE_EXCHANGES="false")
        command = [sys.executable, "-m", "mentor_gateway.cli", "serve", "cases", "--port", str(free_port())]
        started = subprocess.run(
            command, env={**os.environ, **environment}, capture_output=True, text=True, timeout=120
        )
    assert started.returncode != 0
    output = started.stdout + started.stderr
    assert "NOT_FOUND - no exchange 'mentor.events'" in output
    assert "broker_declare_exchanges is false" in output


def test_the_dlq_commands_run_under_the_services_own_user(deployed: tuple[str, dict[str, str]]) -> None:
    """As the deployment's dlq CronJobs run them (docs/operations.md): `mentor dlq list|replay` with the service's
    own credentials."""
    from mentor_kit.cli import main

    _, urls = deployed

    async def the_service_declares_its_queues() -> None:
        broker = RabbitBroker(urls["cases"], name="cases", declare_exchanges=False)
        await broker.start()
        await broker.declare(topology("cases").declarations(), topology("cases").exchanges())
        await broker.close()

    asyncio.run(the_service_declares_its_queues())
    assert main(["dlq", "list", "--consumer", "cases", "--broker-url", urls["cases"]]) == 0
    assert main(["dlq", "replay", "--consumer", "cases", "--broker-url", urls["cases"]]) == 0
