"""`mentor serve --role`, `mentor migrate` and `mentor broker-permissions` as the image runs them: real processes
(`python -m mentor_gateway.cli …`) on the real PostgreSQL and RabbitMQ, configured only by their environment."""

import asyncio
import json
import os
import re
import shlex
import shutil
import signal
import subprocess
import sys
import uuid
from collections import Counter
from collections.abc import Iterator
from pathlib import Path

import aio_pika
import httpx
import pytest
from aio_pika.exceptions import ChannelNotFoundEntity
from alembic.script import ScriptDirectory
from sqlalchemy import text

from mentor_gateway.broker_access import permissions_for
from mentor_gateway.cli import main
from mentor_kit.auth.dev import DEV_PUBLIC_KEY, mint_token
from mentor_kit.db import Database
from mentor_kit.db.migrations import alembic_config
from mentor_kit.search_server import free_port
from mentor_kit.testing import wait_for
from mentor_kit.testing.plugin import RABBIT_HOST, temporary_database, unavailable
from mentor_kit.testing.rabbit import ExchangeTap, rabbitmqctl, temporary_vhost

CLI = [sys.executable, "-m", "mentor_gateway.cli"]
MENTEE = {"Authorization": f"Bearer {mint_token('mentee-pavel', ['mentee'])}"}
CASE = {
    "problem": "Родители не отвечают на приглашения в школу.",
    "question": "Как наладить контакт?",
    "rubrics": ["parent_interaction"],
    "urgency": "need_advice",
}


async def published_count(url: str) -> float:
    """`mentor_outbox_published_total` of one process (0 without the metric: no relay ever ran there)."""
    async with httpx.AsyncClient(base_url=url, timeout=10) as client:
        metrics = (await client.get("/metrics")).text
    return sum(
        float(value) for value in re.findall(r"^mentor_outbox_published_total\{[^}]*\} ([0-9.e+]+)$", metrics, re.M)
    )


def needs_rabbitmqctl() -> None:
    if shutil.which("rabbitmqctl") is None:
        unavailable("rabbitmqctl is not available")


class Mentor:
    """One `mentor serve …` process, its output kept in a file (shown when it fails)."""

    def __init__(self, log: Path, env: dict[str, str], *args: str) -> None:
        self.port = free_port()
        self.log = log
        with log.open("ab") as out:
            self.process = subprocess.Popen(
                [*CLI, *args, "--host", "127.0.0.1", "--port", str(self.port)],
                env={**os.environ, **env, "PYTHONUNBUFFERED": "1"},
                stdout=out,
                stderr=subprocess.STDOUT,
            )
        self.url = f"http://127.0.0.1:{self.port}"

    def output(self) -> str:
        return self.log.read_text(errors="replace")

    async def ready(self, timeout: float = 90) -> dict[str, bool]:
        async with httpx.AsyncClient(base_url=self.url, timeout=2) as client:

            async def answer() -> dict[str, bool] | None:
                assert self.process.poll() is None, f"exited with {self.process.returncode}:\n{self.output()}"
                try:
                    response = await client.get("/readyz")
                except httpx.HTTPError:
                    return None
                return response.json()["checks"] if response.status_code == 200 else None

            checks: dict[str, bool] = await wait_for(answer, timeout=timeout, interval=0.2, message="/readyz")
            return checks

    def stop(self) -> None:
        if self.process.poll() is None:
            self.process.send_signal(signal.SIGTERM)
        try:
            self.process.wait(30)
        except subprocess.TimeoutExpired:
            self.process.kill()
            self.process.wait(5)
            pytest.fail(f"did not stop on SIGTERM:\n{self.output()}")
        assert self.process.returncode in (0, -signal.SIGTERM), self.output()  # uvicorn re-raises SIGTERM
        assert "Traceback" not in self.output(), self.output()


@pytest.fixture
def cases_environment() -> Iterator[dict[str, str]]:
    """A fresh, empty database and a vhost of its own (no queue or consumer left by another test)."""
    needs_rabbitmqctl()
    with temporary_database("deploy") as database_url, temporary_vhost(RABBIT_HOST, prefix="deploy") as broker_url:
        yield {
            "CASES_DATABASE_URL": database_url,
            "CASES_BROKER_URL": broker_url,
            "CASES_JWT_PUBLIC_KEY_FILE": str(DEV_PUBLIC_KEY),
            "CASES_ALLOW_DEVELOPMENT_KEY": "true",  # `mentor serve` refuses the committed key without it
            "CASES_MIGRATE_ON_START": "false",
            "CASES_RELAY_POLL_SECONDS": "0.2",
        }


def mentor(*args: str, env: dict[str, str] | None = None) -> subprocess.CompletedProcess[str]:
    return subprocess.run([*CLI, *args], env={**os.environ, **(env or {})}, capture_output=True, text=True, timeout=120)


async def tables_of(db: Database) -> set[str]:
    async with db.transaction() as session:
        query = text("SELECT tablename FROM pg_tables WHERE schemaname = 'public'")
        return set((await session.execute(query)).scalars())


async def consumers_of(broker_url: str, queue: str) -> int | None:
    """How many consumers `queue` has on the vhost; None: it does not even exist."""
    connection = await aio_pika.connect(broker_url)
    async with connection:
        channel = await connection.channel()
        try:
            declared = await channel.declare_queue(queue, passive=True)
        except ChannelNotFoundEntity:
            return None
        assert declared.declaration_result.consumer_count is not None
        return int(declared.declaration_result.consumer_count)


@pytest.mark.integration
async def test_migrate_once_then_api_and_two_worker_processes_share_one_database(
    tmp_path: Path, cases_environment: dict[str, str]
) -> None:
    env = cases_environment
    db = Database(env["CASES_DATABASE_URL"])
    processes: list[Mentor] = []
    try:
        # An API process with CASES_MIGRATE_ON_START=false starts on the empty database and leaves it alone.
        api = Mentor(tmp_path / "api.log", env, "serve", "cases", "--role", "api")
        processes.append(api)
        assert await api.ready() == {"database": True}, "an api process opens no broker connection"
        assert await tables_of(db) == set(), "no migration at start-up"

        # The one-shot migration (a Job, a compose step), twice: the second finds nothing to do.
        for _ in range(2):
            migrated = mentor("migrate", "cases", env=env)
            assert migrated.returncode == 0, migrated.stdout + migrated.stderr
        from mentor_cases.bootstrap import MIGRATIONS

        head = ScriptDirectory.from_config(alembic_config(MIGRATIONS, env["CASES_DATABASE_URL"])).get_current_head()
        async with db.transaction() as session:
            assert (await session.execute(text("SELECT version_num FROM alembic_version"))).scalar_one() == head

        # The API answers and writes the outbox; nothing in an api process publishes or consumes.
        async with httpx.AsyncClient(base_url=api.url, timeout=10) as client:
            for _ in range(10):
                created = await client.post("/cases", json=CASE, headers=MENTEE)
                assert created.status_code == 201, created.text
            assert (await client.get("/cases", headers=MENTEE)).json()["total"] == 10
        async with db.transaction() as session:
            pending = (await session.execute(text("SELECT id, exchange, published_at FROM outbox"))).all()
        assert len(pending) >= 10 and all(row.published_at is None for row in pending)
        assert not await consumers_of(env["CASES_BROKER_URL"], "cases.events"), "no consumer in an api process"
        # That the api process never relays is shown below, without waiting here: the workers' relays publish
        # every row and their counters add up to all of them, so none was left to an api-side relay.

        # Two worker replicas: both consume, their relays share the outbox (SKIP LOCKED): each row published once.
        async with (
            ExchangeTap(env["CASES_BROKER_URL"], "mentor.events") as public,
            ExchangeTap(env["CASES_BROKER_URL"], "mentor.internal") as internal,
        ):
            workers = [Mentor(tmp_path / f"worker{n}.log", env, "serve", "cases", "--role", "worker") for n in (1, 2)]
            processes += workers
            for worker in workers:
                assert await worker.ready() == {"database": True, "broker": True}

            async def all_published() -> bool:
                async with db.transaction() as session:
                    query = text("SELECT count(*) FROM outbox WHERE published_at IS NULL")
                    return (await session.execute(query)).scalar_one() == 0

            await wait_for(all_published, timeout=30, message="the workers' relays published the outbox")
            expected = Counter(row.exchange for row in pending)
            await wait_for(
                lambda: (
                    len(public.bodies) >= expected["mentor.events"]
                    and len(internal.bodies) >= expected["mentor.internal"]
                ),
                timeout=15,
                message="every message at the taps",
            )
            # A duplicate would arrive right behind: wait for a later message instead of a fixed time. One more
            # case; once its messages are at the taps, anything the relays published before them is there too.
            async with httpx.AsyncClient(base_url=api.url, timeout=10) as client:
                assert (await client.post("/cases", json=CASE, headers=MENTEE)).status_code == 201
            async with db.transaction() as session:
                later = {str(i) for i in (await session.execute(text("SELECT id FROM outbox"))).scalars()}
            later -= {str(row.id) for row in pending}
            assert later, "the later case wrote its messages"

            def tapped() -> set[str]:
                return {json.loads(body)["id"] for body in [*public.bodies, *internal.bodies]}

            await wait_for(lambda: later <= tapped(), timeout=30, message="the later case's messages at the taps")
            for tap, exchange in ((public, "mentor.events"), (internal, "mentor.internal")):
                ids = Counter(json.loads(body)["id"] for body in tap.bodies if json.loads(body)["id"] not in later)
                assert sum(ids.values()) == expected[exchange] and max(ids.values(), default=1) == 1, exchange
            assert {str(row.id) for row in pending} | later == tapped()
            published = [await published_count(worker.url) for worker in workers]
            assert sum(published) == len(pending) + len(later), f"the workers published every row: {published}"
            assert await published_count(api.url) == 0, "the api process published nothing"
            assert await consumers_of(env["CASES_BROKER_URL"], "cases.events") == 2

            # A worker's port answers the probes and Prometheus, and nothing of the API.
            async with httpx.AsyncClient(base_url=workers[0].url, timeout=10) as client:
                assert (await client.get("/healthz")).json()["status"] == "ok"
                metrics = await client.get("/metrics")
                assert metrics.status_code == 200 and "mentor_outbox" in metrics.text
                for path in ("/cases", "/docs", "/openapi.json"):
                    assert (await client.get(path, headers=MENTEE)).status_code == 404, path
    finally:
        for process in processes:
            process.stop()
        await db.dispose()


@pytest.mark.integration
@pytest.mark.parametrize("service", ["matching", "library", "notifications", "forum"])
def test_migrate_needs_only_the_database_url_and_brings_each_service_to_head(service: str) -> None:
    import importlib

    migrations = importlib.import_module(f"mentor_{service}.bootstrap").MIGRATIONS
    with temporary_database("migrate") as url:
        result = mentor("migrate", service, env={f"{service.upper()}_DATABASE_URL": url})
        assert result.returncode == 0, result.stdout + result.stderr

        async def version() -> str:
            db = Database(url)
            try:
                async with db.transaction() as session:
                    return str((await session.execute(text("SELECT version_num FROM alembic_version"))).scalar_one())
            finally:
                await db.dispose()

        assert asyncio.run(version()) == ScriptDirectory.from_config(alembic_config(migrations, url)).get_current_head()


@pytest.mark.integration
def test_migrate_reports_an_unreachable_database_with_exit_code_1() -> None:
    env = {"CASES_DATABASE_URL": f"postgresql+asyncpg://postgres@127.0.0.1:{free_port()}/nowhere"}
    result = mentor("migrate", "cases", env=env)
    assert result.returncode == 1 and "migration of cases failed" in result.stderr, result.stderr


@pytest.mark.parametrize("command", ["serve", "migrate", "broker-permissions"])
def test_an_unknown_service_exits_with_2_and_names_the_installed_ones(command: str) -> None:
    result = mentor(command, "nosuch")
    assert result.returncode == 2, result.stdout + result.stderr
    assert "nosuch" in result.stderr and "cases" in result.stderr and "Traceback" not in result.stderr


def test_an_unknown_role_is_refused() -> None:
    result = mentor("serve", "cases", "--role", "everything")
    assert result.returncode == 2 and "invalid choice" in result.stderr


def test_broker_permissions_print_the_three_regexes(capsys: pytest.CaptureFixture[str]) -> None:
    for service in ("cases", "matching", "library", "notifications", "forum"):
        assert main(["broker-permissions", service]) == 0
        granted = permissions_for(service)
        assert capsys.readouterr().out.splitlines() == [
            f"configure: {granted.configure}",
            f"write: {granted.write}",
            f"read: {granted.read}",
        ]


@pytest.mark.integration
def test_the_printed_rabbitmqctl_command_grants_exactly_those_permissions(capsys: pytest.CaptureFixture[str]) -> None:
    """Run the printed line (on a vhost and user of this test's own) and read the permissions back."""
    needs_rabbitmqctl()
    assert main(["broker-permissions", "notifications", "--rabbitmqctl", "--vhost", "mentor"]) == 0
    command = shlex.split(capsys.readouterr().out)
    granted = permissions_for("notifications")
    assert command == [
        "rabbitmqctl",
        "set_permissions",
        "-p",
        "mentor",
        "mentor-notifications",
        granted.configure,
        granted.write,
        granted.read,
    ]
    user = f"deploy-{uuid.uuid4().hex[:8]}"
    with temporary_vhost(RABBIT_HOST, prefix="deploy") as url:
        vhost = url.rsplit("/", 1)[1]
        rabbitmqctl("add_user", user, uuid.uuid4().hex)
        try:
            subprocess.run([*command[:3], vhost, user, *command[5:]], check=True, capture_output=True, timeout=120)
            listed = rabbitmqctl("list_user_permissions", user, "--formatter", "json")
            [row] = [row for row in json.loads(listed) if row["vhost"] == vhost]
            assert (row["configure"], row["write"], row["read"]) == (granted.configure, granted.write, granted.read)
            assert re.fullmatch(row["write"], "notifications.requeue")
            assert not re.fullmatch(row["write"], "mentor.events"), "notifications publishes nothing"
        finally:
            rabbitmqctl("delete_user", user)
