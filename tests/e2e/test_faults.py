"""Faults survived end to end, on a deployment of the fault tests' own: every service its own process as in the other
e2e tests, but on a private PostgreSQL cluster and a private RabbitMQ node (`private.py`), so that stopping them
disturbs nobody else's runs on the machine's shared servers.

- PostgreSQL stopped (immediate: a crash) and started again in the middle of journey 1;
- the RabbitMQ node shut down and started again in the middle of journey 1;
- a poison message on each service's queue: retried, dead-lettered, seen with `mentor-kit dlq list` (the service's
  own least-privilege user), the rest of the traffic flowing meanwhile, the cause repaired, `dlq replay`, and the
  effect happens exactly once.

Each restart proves it struck work in flight: pending outbox rows or queued messages read just before the stop
(a burst of cases is submitted first, and the stop waits until a fast probe sees its work between services), and
after the fact what the outage held up (messages waiting in the queues while PostgreSQL was down; outbox rows
written before the restart and published only after it). It counts
effects only after settling: every queue and outbox empty, nothing dead-lettered, a marker case submitted after
that has gone through matching, the library and notifications (a positive signal that anything queued before it
has been handled), and at least `SETTLE_SECONDS` since the last expected effect; the counts are taken at the last
effect and again after settling, and must be equal."""

import asyncio
import json
import os
import sys
import tempfile
import time
import uuid
from collections import Counter
from collections.abc import AsyncIterator, Awaitable, Callable, Iterator
from contextlib import ExitStack
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

import aio_pika
import asyncpg
import httpx
import pytest

from mentor_gateway.broker_access import permissions_for
from mentor_journeys.anonymous_case import JourneyResult, anonymous_case_journey
from mentor_journeys.deployment import broker_users
from mentor_journeys.platform import SERVICES, Author, Person, Platform, Urls, as_mentor
from mentor_kit.search_server import start_search_server
from mentor_kit.testing.plugin import unavailable
from mentor_kit.testing.rabbit import temporary_vhost
from mentor_kit.testing.smtp import SmtpSink
from mentor_notifications.rules import KINDS

from . import test_journeys as journeys
from .conftest import TEST_SETTINGS, Deployment, _environment
from .pipes import InFlight, _queues, in_flight
from .private import PrivatePostgres, PrivateRabbit, private_postgres, private_rabbit
from .test_journeys import ANONYMOUS, MODERATOR, RUBRICS, World, assert_told_once, submit_form

pytestmark = pytest.mark.e2e

seeded = journeys.seeded  # the same mentors, colleague, moderator and library items, on this module's deployment

SETTLE_SECONDS = 3.0  # > the longest retry delay (2 s) + a relay poll (0.5 s): a late duplicate would have landed
BURST = 5  # cases submitted at once right before a fault, so that work is between services when it strikes
OUTAGE_SECONDS = 5.0  # each outage lasts longer than a consumer's whole retry budget (0.2+0.5+1+2 s): a consumer
# that spent its retries on an outage would dead-letter what was in flight


class FaultDeployment(Deployment):
    """The deployment on servers of its own, and the handles to stop them."""

    def __init__(
        self,
        logs: Path,
        environment: dict[str, dict[str, str]],
        sink: SmtpSink,
        rabbit_url: str,
        *,
        postgres: PrivatePostgres,
        rabbit: PrivateRabbit,
        search_dir: Path,
        search_port: int,
    ) -> None:
        super().__init__(logs, environment, sink, rabbit_url, rabbit_node=rabbit.node)
        self.postgres, self.rabbit = postgres, rabbit
        self.search_dir, self.search_port = search_dir, search_port
        self.search: Any = None

    def database_url(self, name: str) -> str:
        return self.environment[name][f"{name.upper()}_DATABASE_URL"]

    def broker_url(self, name: str) -> str:
        return self.environment[name][f"{name.upper()}_BROKER_URL"]

    def start_search(self) -> None:
        self.search, _ = start_search_server(self.search_dir, port=self.search_port)

    def stop_search(self) -> None:
        if self.search is not None and self.search.poll() is None:
            self.search.terminate()
            self.search.wait(10)


@pytest.fixture(scope="module")
def deployment(request: pytest.FixtureRequest) -> Iterator[FaultDeployment]:
    failed_before = request.session.testsfailed
    with ExitStack() as stack:
        try:
            postgres = stack.enter_context(private_postgres())
            rabbit = stack.enter_context(private_rabbit())
        except (FileNotFoundError, RuntimeError) as exc:
            unavailable(f"a private PostgreSQL cluster and RabbitMQ node are needed for the fault tests: {exc}")
        kept = os.environ.get("MENTOR_E2E_LOGS")
        logs = Path(kept) if kept else Path(stack.enter_context(tempfile.TemporaryDirectory(prefix="e2e-faults-")))
        logs.mkdir(parents=True, exist_ok=True)
        rabbit_url = stack.enter_context(temporary_vhost(rabbit.admin_host, prefix="faults", node=rabbit.node))
        permissions = {name: permissions_for(name) for name in SERVICES}
        broker_urls = stack.enter_context(broker_users(rabbit_url, permissions, node=rabbit.node))
        search_dir = Path(stack.enter_context(tempfile.TemporaryDirectory(prefix="e2e-faults-search-")))
        search, search_url = start_search_server(search_dir)
        sink = stack.enter_context(SmtpSink())
        environment = {
            name: _environment(
                name, postgres.create_database(f"faults_{name}"), broker_urls[name], search_url, sink.url
            )
            for name in SERVICES
        }
        platform = FaultDeployment(
            logs,
            environment,
            sink,
            rabbit_url,
            postgres=postgres,
            rabbit=rabbit,
            search_dir=search_dir,
            search_port=int(search_url.rsplit(":", 1)[1]),
        )
        platform.search = search
        stack.callback(platform.stop_search)
        stack.callback(platform.stop)
        started = time.monotonic()
        platform.start()
        print(
            f"faults: {len(SERVICES)} services on a private PostgreSQL and RabbitMQ, ready in "
            f"{time.monotonic() - started:.1f} s"
        )
        yield platform
        if request.session.testsfailed > failed_before:
            reporter = request.config.pluginmanager.get_plugin("terminalreporter")
            for name in SERVICES:
                reporter.write_line(f"----- last lines of {name}'s log -----")
                reporter.write_line(platform.tail(name))


class DurableTap:
    """Everything published on an exchange while the tap is open, kept across a broker restart: a durable queue of
    the tests' own (not one of the services', so the pipes do not count it), consumed again by `reopen()`."""

    def __init__(self, url: str, exchange: str, binding: str = "#") -> None:
        self.url, self.exchange, self.binding = url, exchange, binding
        self.queue = f"tap.{exchange}.{uuid.uuid4().hex[:8]}"
        self.bodies: list[bytes] = []
        self._connection: aio_pika.abc.AbstractConnection | None = None

    async def _open(self) -> None:
        self._connection = await aio_pika.connect(self.url)
        channel = await self._connection.channel()
        exchange = await channel.declare_exchange(self.exchange, aio_pika.ExchangeType.TOPIC, durable=True)
        queue = await channel.declare_queue(self.queue, durable=True)
        await queue.bind(exchange, self.binding)

        async def collect(message: aio_pika.abc.AbstractIncomingMessage) -> None:
            self.bodies.append(message.body)
            await message.ack()

        await queue.consume(collect)

    async def reopen(self) -> None:
        if self._connection is not None and not self._connection.is_closed:
            await self._connection.close()
        await self._open()

    async def __aenter__(self) -> "DurableTap":
        await self._open()
        return self

    async def __aexit__(self, *_exc: object) -> None:
        if self._connection is not None:
            if not self._connection.is_closed:
                channel = await self._connection.channel()
                await channel.queue_delete(self.queue)
            await self._connection.close()


@pytest.fixture
async def world(deployment: FaultDeployment, seeded: None) -> AsyncIterator[World]:
    urls = Urls(**{name: deployment.url(name) for name in SERVICES})
    async with (
        httpx.AsyncClient(timeout=30) as http,
        DurableTap(deployment.rabbit_url, "mentor.events") as public,
        DurableTap(deployment.rabbit_url, "mentor.internal", "case.shared_to_forum.v1") as forum,
        DurableTap(deployment.rabbit_url, "mentor.internal") as internal,
    ):
        yield World(Platform(urls, http, timeout=90, say=print), public, forum, internal, deployment)  # type: ignore[arg-type]


# ----- reading what is in flight, fast enough to catch it -------------------------------------------------------


class Probe:
    """A fast look at the pipes (one open connection per service database; an AMQP channel, unless `broker=False`):
    pending outbox rows and ready messages in the services' main queues. `pipes.in_flight` (rabbitmqctl) is the
    full reading, too slow to catch a burst."""

    def __init__(self, deployment: FaultDeployment, *, broker: bool = True) -> None:
        self.deployment, self.broker = deployment, broker
        self._databases: dict[str, asyncpg.Connection] = {}
        self._amqp: aio_pika.abc.AbstractConnection | None = None

    async def __aenter__(self) -> "Probe":
        for name in SERVICES:
            url = self.deployment.database_url(name).replace("postgresql+asyncpg://", "postgresql://")
            self._databases[name] = await asyncpg.connect(url)
        if self.broker:
            self._amqp = await aio_pika.connect(self.deployment.rabbit_url)
        return self

    async def __aexit__(self, *_exc: object) -> None:
        for connection in self._databases.values():
            connection.terminate()
        if self._amqp is not None and not self._amqp.is_closed:
            await self._amqp.close()

    async def read_outboxes(self) -> dict[str, int]:
        found: dict[str, int] = {}
        for name, connection in self._databases.items():
            found[name] = int(await connection.fetchval("SELECT count(*) FROM outbox WHERE published_at IS NULL"))
        return {name: n for name, n in found.items() if n}

    async def read(self) -> dict[str, int]:
        found = {f"{name} outbox": n for name, n in (await self.read_outboxes()).items()}
        assert self._amqp is not None
        channel = await self._amqp.channel()
        try:
            for name in SERVICES:
                queue = await channel.declare_queue(f"{name}.events", passive=True)
                found[f"{name}.events"] = int(queue.declaration_result.message_count or 0)
        finally:
            await channel.close()
        return {where: n for where, n in found.items() if n}


async def carried_across(deployment: FaultDeployment, written_before: datetime, started: datetime) -> dict[str, int]:
    """Outbox rows written before `written_before` and published only after the restart, per service: work that
    was in flight across the fault, read after the fact from the rows the relays keep for a day."""
    carried: dict[str, int] = {}
    for name in SERVICES:
        url = deployment.database_url(name).replace("postgresql+asyncpg://", "postgresql://")
        connection = await asyncpg.connect(url)
        try:
            carried[name] = int(
                await connection.fetchval(
                    "SELECT count(*) FROM outbox WHERE created_at < $1 AND published_at > $2", written_before, started
                )
            )
        finally:
            await connection.close()
    return {name: n for name, n in carried.items() if n}


async def all_ready(deployment: FaultDeployment, ready: bool) -> bool:
    """Every service's readiness (database and broker reachable) answers as `ready`."""
    async with httpx.AsyncClient(timeout=2) as http:
        for name in SERVICES:
            try:
                status = (await http.get(f"{deployment.url(name)}/readyz")).status_code
            except httpx.HTTPError:
                status = 0
            if (status == 200) != ready:
                return False
    return True


# ----- counting once nothing can still arrive -------------------------------------------------------------------


MARKER = Author(Person("mentee-e2e-marker", "mentee", "Мария Маркерова", "marker@school.example"), "Школа № 7")
BURSTING = Author(Person("mentee-e2e-burst", "mentee", "Борис Волнов", "burst@school.example"), "Школа № 8")


async def settle(world: World, last_effect: float) -> InFlight:
    """Wait until nothing can still arrive: every queue and outbox empty, nothing dead-lettered; then a marker case
    goes through cases → matching, library, notifications → cases, notifications (whatever was queued before it
    has been handled by then); and at least `SETTLE_SECONDS` since the last expected effect."""
    platform, deployment = world.platform, world.deployment

    async def quiet() -> InFlight | None:
        now = await in_flight(deployment)
        return now if now.total == 0 else None

    await platform.until(quiet, "every queue and outbox empty")
    dead = await dead_counts(world)
    assert not any(dead.values()), f"dead-lettered: {dead}"
    case = await platform.call(MARKER.person, "cases", "POST", "/cases", json=submit_form(MARKER))
    await platform.notified(MARKER.person, "offers_ready", case["id"])
    await platform.notified(MARKER.person, "suggestions_ready", case["id"])
    remaining = SETTLE_SECONDS - (time.monotonic() - last_effect)
    if remaining > 0:
        await asyncio.sleep(remaining)  # the settle period itself, after the positive signal above
    final: InFlight = await platform.until(quiet, "every queue and outbox still empty after settling")
    dead = await dead_counts(world)
    assert not any(dead.values()), f"dead-lettered: {dead}"
    return final


async def dead_counts(world: World) -> dict[str, int]:
    """Messages in each service's dead-letter queue, from the queue itself (a passive declaration): rabbitmqctl's
    counts of quorum queues are statistics, a few seconds late."""
    connection = await aio_pika.connect(world.deployment.rabbit_url)
    async with connection:
        channel = await connection.channel()
        counts = {}
        for name in SERVICES:
            queue = await channel.declare_queue(f"{name}.dead", passive=True)
            counts[name] = int(queue.declaration_result.message_count or 0)
        return counts


@dataclass
class Burst:
    """Cases submitted at once by one author: their events fan out to matching, the library and notifications,
    whose answers come back to cases and notifications — work between services when a fault strikes."""

    author: Author
    case_ids: list[str] = field(default_factory=list)

    async def submit(self, platform: Platform, count: int) -> None:
        forms = [
            submit_form(self.author, question=f"Как вернуть управление классом? (вариант {n})") for n in range(count)
        ]
        made = await asyncio.gather(
            *(platform.call(self.author.person, "cases", "POST", "/cases", json=f) for f in forms)
        )
        self.case_ids += [case["id"] for case in made]

    async def arrived(self, platform: Platform) -> None:
        for case_id in self.case_ids:
            await platform.notified(self.author.person, "offers_ready", case_id)
            await platform.notified(self.author.person, "suggestions_ready", case_id)

    async def counts(self, world: World) -> dict[str, Any]:
        """What each case of the burst caused, to compare with exactly once."""
        platform = world.platform
        person = self.author.person
        mine = await platform.notifications(person)
        found: dict[str, Any] = {}
        for case_id in self.case_ids:
            case = await platform.call(person, "cases", "GET", f"/cases/{case_id}")
            offers = await platform.call(person, "cases", "GET", f"/cases/{case_id}/offers")
            suggestions = await platform.call(person, "cases", "GET", f"/cases/{case_id}/suggestions")
            kinds = Counter(n["kind"] for n in mine if n["case_id"] == case_id)
            facts = Counter(
                e["type"].rsplit(".", 2)[-2] for e in {e["id"]: e for e in world.public_events(case_id)}.values()
            )
            found[case_id] = {
                "round": case["round"],
                "offered": sorted(Counter(o["mentor_id"] for o in offers).values()),
                "suggested twice": [s for s, n in Counter(s["item_id"] for s in suggestions).items() if n > 1],
                "notifications": dict(kinds),
                "facts": {kind: facts[kind] for kind in ("submitted", "offers_proposed")},
            }
        mailed = world.deployment.sink.to(person.email)
        found["e-mails"] = len(mailed)
        found["e-mail notifications"] = len([n for n in mine if KINDS[n["kind"]].default_channel == "email"])
        return found

    def assert_once(self, counts: dict[str, Any]) -> None:
        for case_id in self.case_ids:
            got = counts[case_id]
            assert got["round"] == 1, f"{case_id}: {got}"
            assert got["offered"] and set(got["offered"]) == {1}, f"{case_id}: a mentor offered twice: {got}"
            assert not got["suggested twice"], f"{case_id}: {got}"
            assert got["notifications"] == {"offers_ready": 1, "suggestions_ready": 1}, f"{case_id}: {got}"
            assert got["facts"] == {"submitted": 1, "offers_proposed": 1}, f"{case_id}: {got}"
        assert counts["e-mails"] == counts["e-mail notifications"], counts


async def strike_while_in_flight(
    world: World, burst: Burst, stop: Callable[[], None], what: str, tries: int = 3
) -> tuple[dict[str, int], datetime]:
    """Submit a burst and stop `what` as soon as the probe sees its work between services (a few tries: on a fast
    machine a burst may drain before the probe looks). Returns what was seen just before the stop, and when."""
    deployment = world.deployment
    assert isinstance(deployment, FaultDeployment)
    async with Probe(deployment) as probe:
        for _ in range(tries):
            await burst.submit(world.platform, BURST)
            seen: dict[str, int] = {}
            for _ in range(50):
                seen = await probe.read()
                if seen:
                    break
            if seen:
                stopped = datetime.now(UTC)
                await asyncio.to_thread(stop)
                return seen, stopped
    raise AssertionError(f"no burst was ever seen in flight: the {what} stop would prove nothing")


async def survive(
    world: World,
    burst: Burst,
    figures: dict[str, Any],
    fault_step: str,
    fault: Callable[[], Awaitable[None]],
    label: str,
) -> None:
    """Journey 1 with `fault` striking after `fault_step`, then the counts every restart test makes: the burst and
    the journey's notices exactly once at the last expected effect, and the same again after settling (a late
    duplicate would change them). `fault` leaves "written before" and "restarted" in `figures`."""
    deployment = world.deployment
    assert isinstance(deployment, FaultDeployment)
    started = time.monotonic()
    result = await journey_with(world, fault_step, fault)
    await burst.arrived(world.platform)
    last_effect = time.monotonic()
    figures["journey seconds"] = round(result.seconds, 1)
    figures["carried across the outage (outbox rows)"] = await carried_across(
        deployment, figures.pop("written before"), figures.pop("restarted")
    )
    first = await burst.counts(world)
    await assert_told_once(world, result)
    await settle(world, last_effect)
    await assert_told_once(world, result)
    again = await burst.counts(world)
    assert again == first, "something arrived late, after the expected effects"
    burst.assert_once(again)
    figures["burst cases"] = len(burst.case_ids)
    figures["total seconds"] = round(time.monotonic() - started, 1)
    print(f"{label}: {json.dumps(figures, ensure_ascii=False, default=str)}")


async def journey_with(world: World, fault_step: str, fault: Callable[[], Awaitable[None]]) -> JourneyResult:
    async def between(step: str) -> None:
        if step == fault_step:
            await fault()

    return await anonymous_case_journey(world.platform, ANONYMOUS, MODERATOR, rubrics=RUBRICS, between_steps=between)


# ----- PostgreSQL and RabbitMQ restarted in the middle of a journey ---------------------------------------------


async def test_journey_1_survives_postgresql_restarted_mid_way(world: World) -> None:
    """Right after the decline was answered (the decline and the next round between services) and a burst of cases
    was submitted, PostgreSQL stops as in a crash (`pg_ctl -m immediate`), stays down longer than a consumer's
    retry budget, and starts again: every service reconnects by itself, the outboxes drain, and every effect of
    the journey and the burst happened exactly once."""
    deployment = world.deployment
    assert isinstance(deployment, FaultDeployment)
    burst = Burst(BURSTING)
    figures: dict[str, Any] = {}

    async def crash_postgres() -> None:
        await world.platform.sign_in(burst.author.person)
        seen, stopped = await strike_while_in_flight(
            world, burst, lambda: deployment.postgres.stop("immediate"), "PostgreSQL"
        )
        down = time.monotonic()
        figures["seen just before the stop"] = seen
        await world.platform.until(lambda: all_ready(deployment, False), "every service reporting its database away")
        queued: dict[str, int] = {}
        while time.monotonic() - down < OUTAGE_SECONDS:  # what waits in the queues while no handler can commit
            listed = await asyncio.to_thread(_queued, deployment)
            queued = {q: max(n, queued.get(q, 0)) for q, n in listed.items()}
            await asyncio.sleep(0.5)
        figures["queued during the outage (max)"] = {q: n for q, n in queued.items() if n}
        restarted = datetime.now(UTC)
        began = time.monotonic()
        await asyncio.to_thread(deployment.postgres.start)
        await world.platform.until(lambda: all_ready(deployment, True), "every service ready again")
        figures["outage seconds"] = round(began - down, 1)
        figures["ready again after start, seconds"] = round(time.monotonic() - began, 1)
        figures["written before"], figures["restarted"] = stopped, restarted

    await survive(world, burst, figures, "declined", crash_postgres, "PostgreSQL restart")
    assert figures["seen just before the stop"], "nothing was in flight at the stop"
    assert figures["queued during the outage (max)"] or figures["carried across the outage (outbox rows)"]


def _queued(deployment: FaultDeployment) -> dict[str, int]:
    """Messages (ready and unacked) in each service queue, as rabbitmqctl lists them."""
    return _queues(deployment.rabbit_url, deployment.rabbit_node)


async def test_journey_1_survives_rabbitmq_restarted_mid_way(world: World) -> None:
    """Right after the acceptance (its notification and e-mail between services) and a burst of cases, the whole
    RabbitMQ node shuts down; while it is down a case is submitted (its events wait in the outbox); the node starts
    again: every service reconnects and resumes consuming, unacked deliveries come back and are handled once."""
    deployment = world.deployment
    assert isinstance(deployment, FaultDeployment)
    burst = Burst(BURSTING)
    figures: dict[str, Any] = {}

    async def restart_rabbitmq() -> None:
        await world.platform.sign_in(burst.author.person)
        seen, _ = await strike_while_in_flight(world, burst, deployment.rabbit.stop, "RabbitMQ")
        down = time.monotonic()
        figures["seen just before the stop"] = seen
        await world.platform.until(lambda: all_ready(deployment, False), "every service reporting its broker away")
        # Written while the broker is away: the outbox holds it (the request does not fail).
        during = await world.platform.call(
            burst.author.person, "cases", "POST", "/cases", json=submit_form(burst.author)
        )
        burst.case_ids.append(during["id"])
        async with Probe(deployment, broker=False) as probe:
            figures["pending in the outboxes during the outage"] = await probe.read_outboxes()
        await asyncio.sleep(max(0.0, OUTAGE_SECONDS - (time.monotonic() - down)))  # the outage's length itself
        restarted = datetime.now(UTC)
        began = time.monotonic()
        await asyncio.to_thread(deployment.rabbit.start)
        figures["node up, seconds"] = round(time.monotonic() - began, 1)
        # Kept by the quorum queues across the restart (the services have not reconnected yet, or only just).
        figures["queued right after the restart"] = {
            q: n for q, n in (await asyncio.to_thread(_queued, deployment)).items() if n
        }
        for tap in (world.public, world.forum, world.internal):
            await tap.reopen()  # type: ignore[attr-defined]
        await world.platform.until(lambda: all_ready(deployment, True), "every service connected again")
        figures["outage seconds"] = round(began - down, 1)
        figures["ready again after start, seconds"] = round(time.monotonic() - began, 1)
        figures["written before"], figures["restarted"] = restarted, restarted  # rows written while down count

    await survive(world, burst, figures, "accepted", restart_rabbitmq, "RabbitMQ restart")
    assert figures["seen just before the stop"], "nothing was in flight at the stop"
    assert figures["pending in the outboxes during the outage"].get("cases", 0) > 0
    assert figures["carried across the outage (outbox rows)"].get("cases", 0) > 0


# ----- a poison message on each service's queue: dead-lettered, the cause repaired, replayed once ----------------


MAX_ATTEMPTS = len(json.loads(TEST_SETTINGS["RETRY_DELAYS"])) + 1
REFUSE = """
CREATE OR REPLACE FUNCTION e2e_refuse() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF coalesce(to_jsonb(NEW) ->> TG_ARGV[0], '') = TG_ARGV[1] THEN
        RAISE EXCEPTION 'rows with % = % are refused', TG_ARGV[0], TG_ARGV[1] USING ERRCODE = 'check_violation';
    END IF;
    RETURN NEW;
END $$;
"""


async def run_sql(deployment: FaultDeployment, service: str, statement: str, *args: Any) -> Any:
    url = deployment.database_url(service).replace("postgresql+asyncpg://", "postgresql://")
    connection = await asyncpg.connect(url)
    try:
        return await connection.fetch(statement, *args)
    finally:
        await connection.close()


async def dlq(deployment: FaultDeployment, service: str, action: str) -> str:
    """The operator's `mentor-kit dlq list|replay`, with the service's own least-privilege RabbitMQ user."""
    process = await asyncio.create_subprocess_exec(
        sys.executable,
        "-m",
        "mentor_kit.cli",
        "dlq",
        action,
        "--consumer",
        service,
        "--broker-url",
        deployment.broker_url(service),
        stdout=asyncio.subprocess.PIPE,
        stderr=asyncio.subprocess.PIPE,
    )
    out, err = await process.communicate()
    assert process.returncode == 0, f"dlq {action} --consumer {service}: {err.decode()[-2000:]}"
    return out.decode()


async def dead_letters(deployment: FaultDeployment, service: str) -> list[dict[str, Any]]:
    letters = []
    for line in (await dlq(deployment, service, "list")).splitlines():
        try:
            letter = json.loads(line)
        except ValueError:
            continue  # a log line of the tool's own
        if isinstance(letter, dict) and "message_id" in letter:
            letters.append(letter)
    return letters


POISON_MENTORS = {  # each the only mentor of a rubric no other case of these tests uses
    "cases": ("mentor-e2e-poison-cases", "digital_technologies"),
    "matching": ("mentor-e2e-poison-matching", "self_management"),
    "notifications": ("mentor-e2e-poison-notify", "personal_resources"),
}


@dataclass
class Poison:
    """One service's poison message: what makes it fail (`arm`), the message (`cause`), other traffic that must
    keep flowing meanwhile (`healthy`), the repair, and the effect that must happen exactly once after the replay."""

    world: World
    service: str
    dead_type: str  # what `dlq list` must show
    error: str  # part of the error kept with the dead letter
    author: Author
    case_id: str = ""

    @property
    def platform(self) -> Platform:
        return self.world.platform

    @property
    def deployment(self) -> FaultDeployment:
        assert isinstance(self.world.deployment, FaultDeployment)
        return self.world.deployment

    async def prepare(self) -> None:
        await self.platform.sign_in(self.author.person)

    async def arm(self) -> None:
        raise NotImplementedError

    async def cause(self) -> None:
        raise NotImplementedError

    async def healthy(self) -> None:
        """Another case of the same author goes its way: offers (matching → cases, notifications) and suggestions
        (library → cases, notifications) arrive."""
        case = await self.platform.call(self.author.person, "cases", "POST", "/cases", json=submit_form(self.author))
        await self.platform.offers(self.author.person, case["id"], 1)
        await self.platform.notified(self.author.person, "offers_ready", case["id"])

    async def repair(self) -> None:
        raise NotImplementedError

    async def effect(self) -> int:
        raise NotImplementedError

    async def refuse(self, table: str, column: str, value: str) -> None:
        await run_sql(self.deployment, self.service, REFUSE)
        await run_sql(
            self.deployment,
            self.service,
            f"CREATE TRIGGER e2e_refuse BEFORE INSERT OR UPDATE ON {table} FOR EACH ROW "
            f"EXECUTE FUNCTION e2e_refuse('{column}', '{value}')",
        )
        self._refused = table

    async def allow(self) -> None:
        await run_sql(self.deployment, self.service, f"DROP TRIGGER IF EXISTS e2e_refuse ON {self._refused}")

    async def offered(self, mentor_id: str) -> int:
        offers = await self.platform.call(self.author.person, "cases", "GET", f"/cases/{self.case_id}/offers")
        return len([o for o in offers if o["mentor_id"] == mentor_id])


async def _poison_mentor(world: World, service: str) -> Person:
    mentor_id, rubric = POISON_MENTORS[service]
    mentor = Person(mentor_id, "mentor", f"Наставник {service}", f"{mentor_id}@mgpu.example")
    body = {"name": mentor.name, "rubrics": [rubric], "capacity": 5}
    await world.platform.call(mentor, "matching", "PUT", "/mentors/me", json=body)
    await world.platform.sign_in(mentor)
    return mentor


class CasesPoison(Poison):
    """Cases cannot record the offers of one mentor: a rule on `case_offers` refuses that mentor's rows (as a
    too-strict migration would). The offers proposed for a case offered to that mentor are dead-lettered."""

    async def prepare(self) -> None:
        await super().prepare()
        self.mentor = await _poison_mentor(self.world, "cases")

    async def arm(self) -> None:
        await self.refuse("case_offers", "mentor_id", self.mentor.id)

    async def cause(self) -> None:
        form = submit_form(self.author, rubrics=[POISON_MENTORS["cases"][1]])
        self.case_id = (await self.platform.call(self.author.person, "cases", "POST", "/cases", json=form))["id"]

    async def repair(self) -> None:
        await self.allow()

    async def effect(self) -> int:
        return await self.offered(self.mentor.id)


class MatchingPoison(Poison):
    """Matching cannot store an offer to one mentor (a rule on `attempts` refuses that mentor's rows): the case
    submitted for that mentor's rubric is dead-lettered; other cases are matched meanwhile."""

    async def prepare(self) -> None:
        await super().prepare()
        self.mentor = await _poison_mentor(self.world, "matching")

    async def arm(self) -> None:
        await self.refuse("attempts", "mentor_id", self.mentor.id)

    async def cause(self) -> None:
        form = submit_form(self.author, rubrics=[POISON_MENTORS["matching"][1]])
        self.case_id = (await self.platform.call(self.author.person, "cases", "POST", "/cases", json=form))["id"]

    async def repair(self) -> None:
        await self.allow()

    async def effect(self) -> int:
        """The offer to that mentor made by matching's replayed handling, as cases recorded it."""
        return await self.offered(self.mentor.id)


class NotificationsPoison(Poison):
    """Notifications cannot store notifications of one mentor (a rule on `notifications` refuses that recipient):
    the mentor's new request is dead-lettered; the author's own notifications keep arriving."""

    async def prepare(self) -> None:
        await super().prepare()
        self.mentor = await _poison_mentor(self.world, "notifications")

    async def arm(self) -> None:
        await self.refuse("notifications", "user_id", self.mentor.id)

    async def cause(self) -> None:
        form = submit_form(self.author, rubrics=[POISON_MENTORS["notifications"][1]])
        self.case_id = (await self.platform.call(self.author.person, "cases", "POST", "/cases", json=form))["id"]
        await self.platform.offers(self.author.person, self.case_id, 1)
        selected = {"mentor_id": self.mentor.id}
        await self.platform.call(self.author.person, "cases", "POST", f"/cases/{self.case_id}/mentor", json=selected)

    async def repair(self) -> None:
        await self.allow()

    async def effect(self) -> int:
        told = await self.platform.notifications(self.mentor, self.case_id)
        return len([n for n in told if n["kind"] == "new_request"])


FORUM_WORDS = "Ученики 9 класса рисуют на партах маркером"


class ForumPoison(Poison):
    """The forum has no section for shared cases (an administrator reorganising the sections unset the flag): the
    shared case is dead-lettered with "no section for shared cases"; a consultation proposed meanwhile reaches the
    forum's calendar. Repaired by setting the flag again."""

    async def prepare(self) -> None:
        await super().prepare()
        profile = {
            "school_type": "general",
            "school_name": self.author.school,
            "subjects": ["биология"],
            "forms_taught": [9],
            "years_of_experience": 2,
            "graduation_year": 2024,
        }
        await self.platform.call(self.author.person, "cases", "PUT", "/profile", json=profile)
        form = submit_form(
            self.author,
            privacy="personal",
            consent_group_discussion=True,
            problem=f"{FORUM_WORDS}, и не слушают замечаний.",
        )
        self.case_id = (await self.platform.call(self.author.person, "cases", "POST", "/cases", json=form))["id"]
        [chosen, *_] = await self.platform.offers(self.author.person, self.case_id, 1)
        self.mentor = as_mentor(chosen["mentor_id"])
        await self.platform.choose(self.author.person, self.case_id, self.mentor)
        await self.platform.call(self.mentor, "cases", "POST", f"/cases/{self.case_id}/accept")
        rows = await run_sql(self.deployment, "forum", "SELECT id FROM sections WHERE shared_cases")
        self.sections = [row["id"] for row in rows]
        assert self.sections, "the forum's migrations seed a section for shared cases"

    async def arm(self) -> None:
        await run_sql(self.deployment, "forum", "UPDATE sections SET shared_cases = false")

    async def cause(self) -> None:
        await self.platform.call(self.mentor, "cases", "POST", f"/cases/{self.case_id}/forum")

    async def healthy(self) -> None:
        starts = datetime.now(UTC).replace(microsecond=0) + timedelta(days=2)
        body = {
            "starts_at": starts.isoformat(),
            "ends_at": (starts + timedelta(hours=1)).isoformat(),
            "link": "https://meet.example/e2e",
        }
        proposed = await self.platform.call(
            self.mentor, "cases", "POST", f"/cases/{self.case_id}/consultations", json=body
        )
        path = f"/events/{proposed['consultation_id']}"

        async def in_calendar() -> bool:
            response = await self.platform.http.get(
                f"{self.platform.urls.of('forum')}{path}", headers=self.mentor.headers()
            )
            return response.status_code == 200

        await self.platform.until(in_calendar, "the consultation in the forum's calendar")

    async def repair(self) -> None:
        await run_sql(
            self.deployment,
            "forum",
            "UPDATE sections SET shared_cases = true WHERE id = ANY($1::text[])",
            self.sections,
        )

    async def effect(self) -> int:
        visitor = Person("visitor", "visitor")
        found = 0
        for section in self.sections:
            listed = await self.platform.call(visitor, "forum", "GET", f"/sections/{section}/topics")
            for item in listed["items"]:
                page = await self.platform.call(visitor, "forum", "GET", f"/topics/{item['id']}")
                found += FORUM_WORDS in page["posts"][0]["body"]
        return found


class LibraryPoison(Poison):
    """The search server is down: the library cannot find suggestions for a new case, which is dead-lettered; the
    case's offers arrive meanwhile. Repaired by starting the search server again (same port, same data)."""

    async def arm(self) -> None:
        await asyncio.to_thread(self.deployment.stop_search)

    async def cause(self) -> None:
        self.case_id = (
            await self.platform.call(self.author.person, "cases", "POST", "/cases", json=submit_form(self.author))
        )["id"]

    async def healthy(self) -> None:
        await self.platform.offers(self.author.person, self.case_id, 1)  # the same case, through matching
        await self.platform.notified(self.author.person, "offers_ready", self.case_id)

    async def repair(self) -> None:
        # In this thread, not a worker thread: the search server is told to stop when the thread that started it
        # ends (PR_SET_PDEATHSIG), and a pool thread may end at any time.
        self.deployment.start_search()

    async def effect(self) -> int:
        told = await self.platform.notifications(self.author.person, self.case_id)
        suggested = await self.platform.call(self.author.person, "cases", "GET", f"/cases/{self.case_id}/suggestions")
        count = len([n for n in told if n["kind"] == "suggestions_ready"])
        return count if suggested else 0


POISONS: dict[str, tuple[type[Poison], str, str]] = {
    "cases": (CasesPoison, "matching.offers_proposed", "SQLSTATE 23514"),
    "matching": (MatchingPoison, "case.submitted", "SQLSTATE 23514"),
    "library": (LibraryPoison, "case.submitted", "Error"),
    "notifications": (NotificationsPoison, "case.mentor_selected", "SQLSTATE 23514"),
    "forum": (ForumPoison, "case.shared_to_forum", "no section for shared cases"),
}


@pytest.mark.parametrize("service", SERVICES)
async def test_a_poison_message_is_dead_lettered_and_replayed_once_repaired(world: World, service: str) -> None:
    kind, dead_type, error = POISONS[service]
    n = SERVICES.index(service)
    author = Author(
        Person(f"mentee-e2e-poison-{service}", "mentee", f"Пётр Ядов {n}", f"poison{n}@school.example"),
        f"Школа № {300 + n}",
    )
    poison = kind(world, service, dead_type, error, author)
    deployment = poison.deployment
    started = time.monotonic()
    await poison.prepare()
    await poison.arm()
    try:
        await poison.cause()
        letters = await world.platform.until(
            lambda: dead_letters(deployment, service), f"a dead letter in {service}.dead"
        )
        dead_at = time.monotonic()
        [letter] = letters
        assert dead_type in letter["type"] and letter["attempts"] == MAX_ATTEMPTS, letter
        assert error in letter["error"], letter
        await poison.healthy()  # the rest of the traffic flows: a positive signal the poison is not in the way
        assert await poison.effect() == 0, "the effect happened while the message was dead"
        assert [x["message_id"] for x in await dead_letters(deployment, service)] == [letter["message_id"]]
    finally:
        await poison.repair()
    replayed = await dlq(deployment, service, "replay")
    assert "replayed 1" in replayed, replayed
    await world.platform.until(poison.effect, f"the effect of the replayed {service} message")
    last_effect = time.monotonic()
    assert await poison.effect() == 1
    await settle(world, last_effect)
    assert await poison.effect() == 1, "the replayed message took effect more than once"
    assert await dead_letters(deployment, service) == []
    assert (await dead_counts(world))[service] == 0
    print(
        f"poison in {service}: {letter['type']} dead after {letter['attempts']} attempts "
        f"({dead_at - started:.1f} s), replayed, effect once; error kept: {letter['error'][:80]!r}; "
        f"{time.monotonic() - started:.1f} s"
    )
