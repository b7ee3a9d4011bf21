"""Behaviour of outbox → broker → consumer, one suite run against RabbitMQ and against the in-process bus."""

import asyncio
import json
import uuid
from collections import Counter
from typing import Literal

import pytest
from cloudevents.core.bindings.amqp import AMQPMessage, from_structured_event
from sqlalchemy import func, select

from mentor_contracts.events import PublicEvent
from mentor_kit.messaging import OutgoingMessage, Unroutable, list_dead_letters, replay_dead_letters
from mentor_kit.testing import EventRecorder, wait_for

from ..conftest import TABLES, Harness, WidgetCreatedV1, widget, widgets

pytestmark = pytest.mark.integration


async def test_committed_event_is_consumed_once_and_rolled_back_one_never(harness: Harness) -> None:
    recorder = EventRecorder()
    await harness.consumer({WidgetCreatedV1: recorder}).start()
    await harness.relay().start()

    kept = await harness.create_widget(1)
    with pytest.raises(RuntimeError):
        await harness.create_widget(2, fail=True)
    await recorder.wait_for(lambda e: e.widget_id == kept.widget_id)
    later = await harness.create_widget(3)  # a marker after the rollback: once it arrives, all earlier did
    await recorder.wait_for(lambda e: e.widget_id == later.widget_id)

    assert [e.n for e in recorder.events] == [1, 3]
    assert len(await harness.outbox_rows()) == 2


async def test_the_same_message_delivered_twice_is_handled_once(harness: Harness) -> None:
    recorder = EventRecorder()
    consumer = harness.consumer({WidgetCreatedV1: recorder})
    await consumer.start()
    event = widget(7)
    envelope = event.to_cloudevent(source="/tests")
    message = OutgoingMessage(
        exchange=event.exchange(), routing_key=event.routing_key(), body=envelope.to_json(), message_id=str(envelope.id)
    )
    await harness.broker.publish(message)
    await harness.broker.publish(message)
    marker = widget(8)
    marker_envelope = marker.to_cloudevent(source="/tests")
    await harness.broker.publish(
        OutgoingMessage(
            exchange=marker.exchange(),
            routing_key=marker.routing_key(),
            body=marker_envelope.to_json(),
            message_id=str(marker_envelope.id),
        )
    )
    await recorder.wait_for(lambda e: e.n == 8)

    async def inbox_count() -> int:
        async with harness.db.transaction() as session:
            return int((await session.execute(select(func.count()).select_from(TABLES.inbox))).scalar_one())

    async def both_committed() -> bool:
        return await inbox_count() == 2

    # The recorder sees the marker inside its transaction, before the commit: wait for the marker's inbox row.
    # Deliveries keep their order, so the duplicate was settled in that transaction or an earlier one.
    await wait_for(both_committed, message="the inbox rows of the event and the marker")
    assert [e.n for e in recorder.events].count(7) == 1
    assert await inbox_count() == 2


async def test_failing_handler_is_retried_then_dead_lettered_and_replay_brings_it_back(harness: Harness) -> None:
    attempts: Counter[int] = Counter()
    healed = asyncio.Event()

    async def flaky(session, event: WidgetCreatedV1) -> None:
        attempts[event.n] += 1
        if not healed.is_set():
            raise ValueError("handler is broken")

    consumer = harness.consumer({WidgetCreatedV1: flaky}, retry_delays=(0.05, 0.1))
    await consumer.start()
    await harness.relay().start()
    await harness.create_widget(5)

    dead = await wait_for(lambda: _dead(harness, consumer.name), timeout=15, message="a dead letter")
    assert attempts[5] == 3  # first delivery + two delayed retries
    letter = dead[0]
    assert letter.attempts == 3
    assert "ValueError: handler is broken" in letter.error
    assert letter.routing_key == "widget.created.v1" and letter.exchange == "mentor.events"
    assert json.loads(letter.body)["data"]["n"] == 5
    assert len(await list_dead_letters(harness.broker, consumer.name)) == 1  # listing does not consume

    healed.set()
    assert await replay_dead_letters(harness.broker, consumer.name) == 1
    await wait_for(lambda: attempts[5] == 4, message="the replayed message handled")
    assert await list_dead_letters(harness.broker, consumer.name) == []


async def _dead(harness: Harness, name: str) -> list:
    return await list_dead_letters(harness.broker, name)


class NobodyListensV1(PublicEvent):
    type: Literal["ru.mgpu.mentor.nobody.listens.v1"] = "ru.mgpu.mentor.nobody.listens.v1"
    subject_field = "widget_id"

    widget_id: uuid.UUID


async def test_unroutable_publish_is_reported_and_kept(harness: Harness) -> None:
    with pytest.raises(Unroutable):
        await harness.broker.publish(
            OutgoingMessage(
                exchange="mentor.events", routing_key="nobody.listens.v1", body=b"{}", message_id="m-unroutable"
            )
        )
    async with harness.db.transaction() as session:
        await harness.outbox.add(session, NobodyListensV1(widget_id=uuid.uuid4()))
    relay = harness.relay()
    assert await relay.publish_batch() == 0
    rows = await harness.outbox_rows()
    assert rows[0]["published_at"] is None, "an unroutable message is never marked sent"
    assert rows[0]["attempts"] == 1 and rows[0]["last_error"].startswith("unroutable")
    assert rows[0]["next_attempt_at"] > rows[0]["created_at"], "retried later, with backoff"


async def test_two_relays_on_one_outbox_publish_every_row_once(harness: Harness) -> None:
    seen: Counter[str] = Counter()
    consumer = harness.consumer({WidgetCreatedV1: EventRecorder()}, prefetch=64)
    original = consumer.on_delivery

    async def counting(delivery) -> None:
        seen[delivery.message_id] += 1
        await original(delivery)

    consumer.on_delivery = counting  # type: ignore[method-assign]
    await consumer.start()
    async with harness.db.transaction() as session:
        for n in range(300):
            await harness.outbox.add(session, widget(n))
    first, second = harness.relay(batch_size=20), harness.relay(batch_size=20)
    await asyncio.gather(first.start(), second.start())
    await wait_for(lambda: len(seen) == 300, timeout=30, message="300 messages")
    # A duplicate would come from a relay publishing a row again before marking it: once every row is marked and
    # a later message has been consumed behind them, any duplicate was delivered before it (no fixed wait).
    await wait_for(
        lambda: _all_marked(harness), timeout=30, message="every row marked published by one relay or the other"
    )
    async with harness.db.transaction() as session:
        await harness.outbox.add(session, widget(300))
    await wait_for(lambda: len(seen) == 301, timeout=30, message="the later message")
    assert max(seen.values()) == 1


async def _all_marked(harness: Harness) -> bool:
    return all(row["published_at"] is not None for row in await harness.outbox_rows())


async def test_every_published_message_parses_with_the_cloudevents_sdk(harness: Harness) -> None:
    bodies: list[bytes] = []
    consumer = harness.consumer({WidgetCreatedV1: EventRecorder()})
    original = consumer.on_delivery

    async def capture(delivery) -> None:
        bodies.append(delivery.body)
        await original(delivery)

    consumer.on_delivery = capture  # type: ignore[method-assign]
    await consumer.start()
    await harness.relay().start()
    sent = [await harness.create_widget(n) for n in range(3)]
    await wait_for(lambda: len(bodies) == 3)
    for body, event in zip(sorted(bodies, key=lambda b: json.loads(b)["data"]["n"]), sent, strict=True):
        message = AMQPMessage(
            properties={"content-type": "application/cloudevents+json"},
            application_properties={},
            application_data=body,
        )
        parsed = from_structured_event(message)  # the official CloudEvents SDK, AMQP structured mode
        assert parsed.get_specversion() == "1.0"
        assert parsed.get_type() == "ru.mgpu.mentor.widget.created.v1"
        assert parsed.get_subject() == str(event.widget_id)
        assert str(parsed.get_dataschema()).endswith("widget.created.v1.json")
        assert parsed.get_data()["n"] == event.n


async def test_a_failing_handler_leaks_no_personal_data_into_log_lines(
    harness: Harness, capsys: pytest.CaptureFixture[str]
) -> None:
    """Exception texts may quote personal data (here an e-mail); log lines carry the exception type only."""
    from mentor_kit.logging import bound, configure_logging

    configure_logging("DEBUG", json=True)
    secret = "anna.smirnova@example.org"

    async def leaky(session, event: WidgetCreatedV1) -> None:
        raise ValueError(f"cannot notify {secret}")

    consumer = harness.consumer({WidgetCreatedV1: leaky}, retry_delays=(0.05,))
    await consumer.start()
    await harness.relay().start()
    with bound(correlation_id="corr-from-request"):  # as the request middleware binds it
        await harness.create_widget(11)
    await wait_for(lambda: _dead(harness, consumer.name), timeout=15, message="a dead letter")
    logged = capsys.readouterr().out
    assert secret not in logged
    lines = [json.loads(line) for line in logged.splitlines() if line.startswith("{")]
    dead = next(line for line in lines if line["event"] == "messaging.dead_lettered")
    assert dead["error_type"] == "ValueError"
    assert dead["correlation_id"] == "corr-from-request", "the request's correlation id travels with the event"


async def test_operator_command_lists_and_replays_dead_letters(
    harness: Harness, capsys: pytest.CaptureFixture[str]
) -> None:
    if harness.backend != "rabbitmq":
        pytest.skip("the operator command talks to RabbitMQ")
    from mentor_kit.cli import main

    healed = asyncio.Event()
    handled: list[int] = []

    async def flaky(session, event: WidgetCreatedV1) -> None:
        if not healed.is_set():
            raise RuntimeError("downstream is down")
        handled.append(event.n)

    consumer = harness.consumer({WidgetCreatedV1: flaky}, retry_delays=(0.05,))
    await consumer.start()
    await harness.relay().start()
    await harness.create_widget(21)
    await wait_for(lambda: _dead(harness, consumer.name), timeout=15, message="a dead letter")

    url = harness.broker.url  # type: ignore[attr-defined]
    args = ["--consumer", consumer.name, "--broker-url", url]
    assert await asyncio.to_thread(main, ["dlq", "list", *args]) == 0
    printed = [json.loads(line) for line in capsys.readouterr().out.splitlines() if line.startswith("{")]
    listed = [line for line in printed if "event" not in line]  # log lines (JSON too) have an "event"
    assert len(listed) == 1 and listed[0]["type"] == "ru.mgpu.mentor.widget.created.v1"
    assert "RuntimeError: downstream is down" in listed[0]["error"] and listed[0]["attempts"] == 2

    healed.set()
    assert await asyncio.to_thread(main, ["dlq", "replay", *args]) == 0
    assert "replayed 1" in capsys.readouterr().out
    await wait_for(lambda: handled == [21], message="the replayed event handled")


async def test_events_of_one_subject_are_handled_in_publication_order(harness: Harness) -> None:
    seen: dict[uuid.UUID, list[int]] = {}

    async def record(session, event: WidgetCreatedV1) -> None:
        seen.setdefault(event.widget_id, []).append(event.n)

    await harness.consumer({WidgetCreatedV1: record}, prefetch=64).start()
    subjects = [uuid.uuid4() for _ in range(5)]
    for n in range(40):  # interleaved: five aggregates, forty events each
        async with harness.db.transaction() as session:
            await harness.outbox.add(session, *(WidgetCreatedV1(widget_id=s, n=n) for s in subjects))
    await harness.relay(batch_size=50).start()
    await wait_for(lambda: sum(len(v) for v in seen.values()) == 200, timeout=30, message="200 events")
    assert all(seen[s] == list(range(40)) for s in subjects)


class WidgetPolishedV1(PublicEvent):
    """Test-only event with a slow handler."""

    type: Literal["ru.mgpu.mentor.widget.polished.v1"] = "ru.mgpu.mentor.widget.polished.v1"
    subject_field = "widget_id"

    widget_id: uuid.UUID
    n: int = 0


async def test_a_slow_handler_does_not_hold_back_the_commit_of_other_events(harness: Harness) -> None:
    """Events queued beside a slow one are committed (visible) while its handler still runs."""
    if harness.backend != "rabbitmq":
        pytest.skip("SQLite has one writer: the slow transaction blocks every other one (BEGIN IMMEDIATE)")
    from mentor_kit.messaging import EventConsumer

    release = asyncio.Event()
    slow_started = asyncio.Event()

    async def fast(session, event: WidgetCreatedV1) -> None:
        await session.execute(widgets.insert().values(id=str(event.widget_id), n=event.n))

    async def slow(session, event: WidgetPolishedV1) -> None:
        slow_started.set()
        await release.wait()
        await session.execute(widgets.insert().values(id=str(event.widget_id), n=event.n))

    consumer = EventConsumer(
        f"t{uuid.uuid4().hex[:8]}",
        harness.db,
        TABLES,
        harness.broker,
        {WidgetCreatedV1: fast, WidgetPolishedV1: slow},
        slow_handler=0.001,
    )
    harness.consumers.append(consumer)
    await consumer.start()
    await harness.relay().start()

    async def visible() -> set[int]:
        async with harness.db.transaction() as session:
            return set((await session.execute(select(widgets.c.n))).scalars())

    async with harness.db.transaction() as session:  # the consumer learns that polishing is slow
        await harness.outbox.add(session, WidgetPolishedV1(widget_id=uuid.uuid4(), n=100))
    await asyncio.wait_for(slow_started.wait(), 10)
    await asyncio.sleep(0.01)  # the slow handler is measured as slow
    release.set()
    await wait_for(lambda: _contains(visible, {100}), message="the first slow event")

    release.clear()
    slow_started.clear()
    async with harness.db.transaction() as session:  # one commit: the relay publishes them together
        await harness.outbox.add(
            session,
            *(widget(n) for n in range(5)),
            WidgetPolishedV1(widget_id=uuid.uuid4(), n=101),
            *(widget(n) for n in range(5, 10)),
        )
    await asyncio.wait_for(slow_started.wait(), 10)
    await wait_for(lambda: _contains(visible, set(range(10))), message="the fast events, while the slow one runs")
    release.set()
    await wait_for(lambda: _contains(visible, {*range(10), 100, 101}), message="all events")


async def test_a_batch_cut_short_by_its_budget_handles_every_event_once(harness: Harness) -> None:
    """With a zero budget every event commits in a transaction of its own; the inbox claims of the rest of the
    batch are given back, so each is handled exactly once."""
    from mentor_kit.messaging import EventConsumer

    seen: Counter[int] = Counter()

    async def record(session, event: WidgetCreatedV1) -> None:
        seen[event.n] += 1

    consumer = EventConsumer(
        f"t{uuid.uuid4().hex[:8]}", harness.db, TABLES, harness.broker, {WidgetCreatedV1: record}, batch_budget=0.0
    )
    harness.consumers.append(consumer)
    await consumer.start()
    async with harness.db.transaction() as session:
        await harness.outbox.add(session, *(widget(n) for n in range(60)))
    await harness.relay().start()
    await wait_for(lambda: len(seen) == 60, timeout=30, message="60 events")

    async def inbox_count() -> int:
        async with harness.db.transaction() as session:
            return int((await session.execute(select(func.count()).select_from(TABLES.inbox))).scalar_one())

    assert await inbox_count() == 60
    assert max(seen.values()) == 1


async def _contains(query, expected: set[int]) -> bool:
    return expected <= await query()
