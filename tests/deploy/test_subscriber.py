"""A subscribing system (the student office of docs/subscribing.md), on the real RabbitMQ: a user with exactly the
permissions its manifests grant (docs/examples/subscriber/permission.yaml) consumes the public events on its own
queue, bound as its Binding resources bind it, with the example consumer (examples/student_office_consumer.py);
and it is refused on `mentor.internal` and cannot publish to `mentor.events`."""

import asyncio
import importlib.util
import json
import re
import shutil
import sys
import uuid
from collections.abc import Awaitable, Callable, Iterator
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from types import ModuleType
from typing import Any
from urllib.parse import unquote, urlsplit

import aio_pika
import aiormq
import pytest
import yaml
from aio_pika.abc import AbstractChannel

from mentor_contracts.envelope import CONTENT_TYPE
from mentor_contracts.events import CaseCompletedV1, CaseSubmittedInternalV1, Event
from mentor_journeys.deployment import broker_user, declare_shared_exchanges
from mentor_kit.messaging.permissions import BrokerPermissions
from mentor_kit.testing import wait_for
from mentor_kit.testing.plugin import RABBIT_HOST, unavailable
from mentor_kit.testing.rabbit import rabbitmqctl, temporary_vhost

pytestmark = pytest.mark.integration

ROOT = Path(__file__).resolve().parents[2]
MANIFESTS = ROOT / "docs" / "examples" / "subscriber"
EXAMPLE = ROOT / "examples" / "student_office_consumer.py"


def example() -> ModuleType:
    spec = importlib.util.spec_from_file_location("student_office_consumer", EXAMPLE)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module  # dataclasses look their module up
    spec.loader.exec_module(module)
    return module


consumer = example()


@dataclass(frozen=True)
class Subscriber:
    """What the manifests say."""

    vhost: str
    permissions: BrokerPermissions
    queue: str
    queue_type: str
    bindings: list[tuple[str, str]]  # (source exchange, routing key)
    policies: list[dict[str, Any]]  # Policy specs


def manifests() -> Subscriber:
    docs = [doc for path in sorted(MANIFESTS.glob("*.yaml")) for doc in yaml.safe_load_all(path.read_text()) if doc]
    kinds: dict[str, list[dict[str, Any]]] = {}
    for doc in docs:
        kinds.setdefault(doc["kind"], []).append(doc)
    (user,) = kinds["User"]
    (permission,) = kinds["Permission"]
    (queue,) = kinds["Queue"]
    assert permission["spec"]["userReference"]["name"] == user["metadata"]["name"]
    bindings = []
    for binding in kinds["Binding"]:
        spec = binding["spec"]
        assert (spec["destination"], spec["destinationType"]) == (queue["spec"]["name"], "queue")
        assert spec["vhost"] == permission["spec"]["vhost"] == queue["spec"]["vhost"]
        bindings.append((spec["source"], spec["routingKey"]))
    return Subscriber(
        vhost=permission["spec"]["vhost"],
        permissions=BrokerPermissions(**permission["spec"]["permissions"]),
        queue=queue["spec"]["name"],
        queue_type=queue["spec"]["type"],
        bindings=bindings,
        policies=[policy["spec"] for policy in kinds.get("Policy", [])],
    )


SUBSCRIBER = manifests()


def test_the_manifests_grant_nothing_on_the_internal_exchange_and_no_write_on_the_public_one() -> None:
    granted = SUBSCRIBER.permissions

    def allows(pattern: str, name: str) -> bool:
        return re.fullmatch(pattern, name) is not None

    for pattern in (granted.configure, granted.write, granted.read):
        assert not allows(pattern, "mentor.internal") and not allows(pattern, "amq.default")
        assert not any(allows(pattern, f"{service}.events") for service in ("cases", "notifications", "forum"))
    assert allows(granted.read, "mentor.events") and not allows(granted.write, "mentor.events")
    assert not allows(granted.configure, "mentor.events")
    assert SUBSCRIBER.vhost == "mentor" and SUBSCRIBER.queue_type == "quorum"
    assert {source for source, _ in SUBSCRIBER.bindings} == {"mentor.events"}
    for policy in SUBSCRIBER.policies:  # never `reject-publish`: that would fail the platform's publishes
        assert policy["definition"].get("overflow", "drop-head") == "drop-head"
        assert re.search(policy["pattern"], SUBSCRIBER.queue) and not re.search(policy["pattern"], "cases.events")


@pytest.fixture(scope="module")
def deployed() -> Iterator[tuple[str, str]]:
    """(the administrator's URL, the subscriber's URL) on a vhost as deployed: the shared exchanges, and the queue
    and bindings of the manifests declared by an administrator (as the Messaging Topology Operator does)."""
    if shutil.which("rabbitmqctl") is None:
        unavailable("rabbitmqctl is not available")
    with temporary_vhost(RABBIT_HOST, prefix="subscriber") as admin_url:
        declare_shared_exchanges(admin_url)
        vhost = unquote(urlsplit(admin_url).path[1:])
        for policy in SUBSCRIBER.policies:  # as the operator sets them
            # `quorum_queues` exists from RabbitMQ 3.12 on; the pattern matches quorum queues only anyway.
            apply_to = "queues" if policy["applyTo"] == "quorum_queues" else policy["applyTo"]
            definition = json.dumps(policy["definition"])
            rabbitmqctl(
                "set_policy", "-p", vhost, "--apply-to", apply_to, policy["name"], policy["pattern"], definition
            )
        asyncio.run(_declare_queue_and_bindings(admin_url))
        with broker_user(admin_url, "student-office", SUBSCRIBER.permissions) as url:
            yield admin_url, url


async def _declare_queue_and_bindings(admin_url: str) -> None:
    connection = await aio_pika.connect(admin_url)
    async with connection:
        channel = await connection.channel()
        queue = await channel.declare_queue(
            SUBSCRIBER.queue, durable=True, arguments={"x-queue-type": SUBSCRIBER.queue_type}
        )
        for source, key in SUBSCRIBER.bindings:
            await queue.bind(source, key)
        # A queue of the platform on the internal exchange: what the subscriber must not read.
        internal = await channel.declare_queue("cases.events", durable=True, arguments={"x-queue-type": "quorum"})
        await internal.bind("mentor.internal", "#")


async def publish(admin_url: str, body: bytes, routing_key: str, *, exchange: str = "mentor.events") -> None:
    """As the platform's relay publishes: persistent, structured-mode CloudEvents, confirmed."""
    connection = await aio_pika.connect(admin_url)
    async with connection:
        channel = await connection.channel()
        target = await channel.get_exchange(exchange, ensure=False)
        message = aio_pika.Message(body, content_type=CONTENT_TYPE, message_id=str(uuid.uuid4()), delivery_mode=2)
        await target.publish(message, routing_key=routing_key, mandatory=True)


def completed() -> CaseCompletedV1:
    return CaseCompletedV1(
        case_id=uuid.uuid4(),
        number="MCU-2026-000321",
        rubrics=["class_management"],
        mentor_ids=["mentor-a"],
        second_opinion=False,
        consent_publish=True,
        at=datetime.now(UTC),
    )


def envelope(event: Event) -> bytes:
    return event.to_cloudevent(source="/services/cases").to_json()


async def test_it_consumes_the_public_events_and_acks_only_valid_ones(deployed: tuple[str, str]) -> None:
    admin_url, url = deployed
    assert ("mentor.events", "case.completed.v1") in SUBSCRIBER.bindings
    await _purge(admin_url, SUBSCRIBER.queue)
    event = completed()
    await publish(admin_url, envelope(event), "case.completed.v1")
    broken = event.to_cloudevent(source="/services/cases").model_copy(update={"data": {"case_id": "not a uuid"}})
    await publish(admin_url, broken.to_json(), "case.completed.v1")  # a valid envelope, invalid data
    await publish(admin_url, b"not a cloudevent", "case.completed.v1")

    handled: list[Any] = []
    rejected: list[Any] = []
    stop = asyncio.Event()

    async def on_event(valid: Any) -> None:
        handled.append(valid)

    async def on_invalid(invalid: Any) -> None:
        rejected.append(invalid)

    task = asyncio.create_task(consumer.consume(url, on_event, stop=stop, on_invalid=on_invalid))
    try:
        await wait_for(lambda: len(handled) + len(rejected) == 3 or task.done(), timeout=15, message="3 messages")
    finally:
        stop.set()
        await asyncio.wait_for(task, 15)  # also raises what the consumer raised

    assert [v.event for v in handled] == [event]
    assert handled[0].envelope.type == "ru.mgpu.mentor.case.completed.v1"
    assert handled[0].envelope.subject == str(event.case_id)
    reasons = sorted(invalid.reason for invalid in rejected)
    assert len(reasons) == 2
    assert "not a CloudEvents 1.0 envelope" in reasons[0] and "case_id" in reasons[1]
    assert await _depth(admin_url, SUBSCRIBER.queue) == 0, "the valid one acked, the invalid ones rejected"


def test_the_example_validates_the_envelope_as_the_platform_publishes_it() -> None:
    event = completed()
    valid = consumer.validate(envelope(event), CONTENT_TYPE)
    assert isinstance(valid, consumer.Valid) and valid.event == event
    assert isinstance(consumer.validate(envelope(event), "application/json"), consumer.Invalid)
    internal = CaseSubmittedInternalV1(
        case_id=uuid.uuid4(),
        number="MCU-2026-000322",
        revision=1,
        rubrics=["class_management"],
        participants=["form_7"],
        urgency="urgent",
        privacy="anonymous",
        at=datetime.now(UTC),
        author_id="u-anna",
        problem="…",
        question="…",
        consent_group_discussion=False,
        consent_publish=False,
    )
    assert "not a public event" in consumer.validate(envelope(internal), CONTENT_TYPE).reason
    wrong_schema = event.to_cloudevent(source="/x").model_copy(update={"dataschema": "https://example.org/s.json"})
    assert "dataschema" in consumer.validate(wrong_schema.to_json(), CONTENT_TYPE).reason


async def refused(url: str, action: Callable[[AbstractChannel], Awaitable[Any]]) -> str:
    connection = await aio_pika.connect(url)
    async with connection:
        channel = await connection.channel()
        with pytest.raises(aiormq.exceptions.ChannelAccessRefused) as refusal:
            await action(channel)
    return str(refusal.value)


async def test_it_is_refused_on_the_internal_exchange(deployed: tuple[str, str]) -> None:
    _, url = deployed

    async def bind_own_queue(channel: AbstractChannel) -> None:
        await (await channel.get_queue(SUBSCRIBER.queue, ensure=False)).bind("mentor.internal", "#")

    async def bind_an_own_exchange(channel: AbstractChannel) -> None:
        mine = await channel.declare_exchange("student-office.tap", aio_pika.ExchangeType.TOPIC, durable=True)
        await mine.bind("mentor.internal", "#")  # exchange-to-exchange: read on the source too

    async def read_a_queue_on_it(channel: AbstractChannel) -> None:
        underlay = await channel.get_underlay_channel()
        try:
            await underlay.basic_get("cases.events")
        finally:  # the refusal fails the get's own future too: retrieved here
            getter = getattr(underlay, "getter", None)
            if isinstance(getter, asyncio.Future) and getter.done() and not getter.cancelled():
                getter.exception()

    async def a_server_named_queue(channel: AbstractChannel) -> None:
        await channel.declare_queue(exclusive=True)  # amq.gen-…: not its name either

    assert "access to exchange 'mentor.internal'" in await refused(url, bind_own_queue)
    assert "access to exchange 'mentor.internal'" in await refused(url, bind_an_own_exchange)
    assert "access to queue 'cases.events'" in await refused(url, read_a_queue_on_it)
    assert "amq.gen" in await refused(url, a_server_named_queue)


async def test_it_cannot_publish_to_the_public_exchange_nor_anywhere_else(deployed: tuple[str, str]) -> None:
    _, url = deployed
    body = envelope(completed())

    def publish_to(exchange: str, key: str) -> Callable[[AbstractChannel], Awaitable[Any]]:
        async def action(channel: AbstractChannel) -> None:
            target = channel.default_exchange if exchange == "" else await channel.get_exchange(exchange, ensure=False)
            await target.publish(aio_pika.Message(body, content_type=CONTENT_TYPE), routing_key=key)

        return action

    assert "access to exchange 'mentor.events'" in await refused(url, publish_to("mentor.events", "case.completed.v1"))
    assert "access to exchange 'mentor.internal'" in await refused(url, publish_to("mentor.internal", "case.x.v1"))
    assert "access to exchange 'amq.default'" in await refused(url, publish_to("", SUBSCRIBER.queue))

    async def declare_the_public_exchange(channel: AbstractChannel) -> None:
        await channel.declare_exchange("mentor.events", aio_pika.ExchangeType.TOPIC, durable=True)

    assert "access to exchange 'mentor.events'" in await refused(url, declare_the_public_exchange)


async def test_it_binds_its_own_queue_to_more_public_events_by_itself(deployed: tuple[str, str]) -> None:
    """Read on `mentor.events` and write on its own queue: the student office may add a binding without asking."""
    _, url = deployed
    connection = await aio_pika.connect(url)
    async with connection:
        channel = await connection.channel()
        queue = await channel.get_queue(SUBSCRIBER.queue, ensure=True)  # passive: needs no permission
        await queue.bind("mentor.events", "library.item_published.v1")
        await queue.unbind("mentor.events", "library.item_published.v1")


async def test_the_example_sets_up_a_queue_of_its_own_for_a_trial(deployed: tuple[str, str]) -> None:
    """`--bind KEY`: without the Queue and Binding resources, the example declares its queue and binds it itself."""
    admin_url, url = deployed
    handled: list[Any] = []
    stop = asyncio.Event()

    async def on_event(valid: Any) -> None:
        handled.append(valid)

    trial = "student-office.trial"
    task = asyncio.create_task(consumer.consume(url, on_event, queue=trial, bind=["case.#"], stop=stop))
    try:
        await wait_for(lambda: _consumed(admin_url, trial), message="the trial queue declared, bound, consumed")
        event = completed()
        await publish(admin_url, envelope(event), "case.completed.v1")
        await wait_for(lambda: handled or task.done(), timeout=15, message="the event on the trial queue")
    finally:
        stop.set()
        await asyncio.wait_for(task, 15)
        await _purge(admin_url, SUBSCRIBER.queue)  # it went there too
    assert [v.event for v in handled] == [event]


async def _consumed(admin_url: str, queue: str) -> bool:
    """Whether `queue` exists and has a consumer (the example binds it before it consumes)."""
    connection = await aio_pika.connect(admin_url)
    async with connection:
        try:
            declared = await (await connection.channel()).declare_queue(queue, passive=True)
        except aiormq.exceptions.ChannelNotFoundEntity:
            return False
        return bool(declared.declaration_result.consumer_count)


async def _purge(admin_url: str, queue: str) -> None:
    connection = await aio_pika.connect(admin_url)
    async with connection:
        await (await (await connection.channel()).get_queue(queue, ensure=False)).purge()


async def _depth(admin_url: str, queue: str) -> int:
    connection = await aio_pika.connect(admin_url)
    async with connection:
        channel = await connection.channel()
        declared = await channel.declare_queue(queue, passive=True)
        count = declared.declaration_result.message_count
        return int(count or 0)


def test_the_limits_policy_applies_to_its_queue(deployed: tuple[str, str]) -> None:
    admin_url, _ = deployed
    vhost = unquote(urlsplit(admin_url).path[1:])
    listed = rabbitmqctl("list_queues", "-p", vhost, "name", "policy", "--formatter", "json")
    policies = {row["name"]: row["policy"] for row in json.loads(listed)}
    assert policies[SUBSCRIBER.queue] == "student-office-limits"
    assert policies["cases.events"] != "student-office-limits"
