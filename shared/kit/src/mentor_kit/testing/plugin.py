"""pytest fixtures every service reuses: a fresh PostgreSQL database, a RabbitMQ vhost per test run, and a
`noida-db` search server on a free port. Registered through the `pytest11` entry point of mentor-kit."""

import asyncio
import concurrent.futures
import os
import shutil
import subprocess
import tempfile
import uuid
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any, NoReturn

import pytest

from mentor_kit.search_server import noida_binary, start_search_server
from mentor_kit.testing.rabbit import temporary_vhost

PG_ADMIN_URL = os.environ.get("MENTOR_TEST_PG_URL", "postgresql://postgres@127.0.0.1:5432/postgres")
RABBIT_HOST = os.environ.get("MENTOR_TEST_RABBIT_HOST", "guest:guest@127.0.0.1:5672")


async def _create_database(name: str) -> None:
    import asyncpg

    conn = await asyncpg.connect(PG_ADMIN_URL)
    try:
        await conn.execute(f'CREATE DATABASE "{name}"')
    finally:
        await conn.close()


async def _drop_database(name: str) -> None:
    import asyncpg

    conn = await asyncpg.connect(PG_ADMIN_URL)
    try:
        await conn.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
    finally:
        await conn.close()


def _admin_base() -> str:
    return PG_ADMIN_URL.rsplit("/", 1)[0].replace("postgresql://", "postgresql+asyncpg://", 1)


def _run(coroutine: Any) -> None:
    """Run a coroutine to completion from sync or async fixtures alike (in its own thread and loop)."""
    with concurrent.futures.ThreadPoolExecutor(1) as pool:
        pool.submit(asyncio.run, coroutine).result()


@contextmanager
def temporary_database(prefix: str = "test") -> Iterator[str]:
    """A new, empty PostgreSQL database (SQLAlchemy asyncpg URL), dropped afterwards."""
    name = f"{prefix}_{uuid.uuid4().hex[:12]}"
    _run(_create_database(name))
    try:
        yield f"{_admin_base()}/{name}"
    finally:
        _run(_drop_database(name))


def in_ci() -> bool:
    return os.environ.get("CI", "").strip().lower() in ("1", "true", "yes")


def unavailable(reason: str) -> NoReturn:
    """A dependency the tests need is missing: a skip on a developer's machine, a failure in CI (`CI=true`), where
    a run that could check nothing must not pass."""
    if in_ci():
        pytest.fail(f"{reason} (CI=true: a missing dependency fails the run, it is not skipped)")
    pytest.skip(reason)


@pytest.fixture
def postgres_url() -> Iterator[str]:
    """A new, empty PostgreSQL database for one test."""
    with temporary_database() as url:
        yield url


@pytest.fixture
def sqlite_url(tmp_path: Path) -> str:
    return f"sqlite+aiosqlite:///{tmp_path / 'test.db'}"


@pytest.fixture(scope="session")
def rabbit_url() -> Iterator[str]:
    """An AMQP URL on a RabbitMQ vhost created for this test run and deleted afterwards."""
    if shutil.which("rabbitmqctl") is None:
        unavailable("rabbitmqctl is not available")
    with temporary_vhost(RABBIT_HOST) as url:
        yield url


ELASTICSEARCH_IMAGE = "docker.elastic.co/elasticsearch/elasticsearch:8.15.3"


def docker_engine_available() -> bool:
    if shutil.which("docker") is None:
        return False
    try:
        return subprocess.run(["docker", "info"], capture_output=True, timeout=15).returncode == 0
    except (OSError, subprocess.SubprocessError):
        return False


@pytest.fixture(scope="session", params=["noida-db", "elasticsearch"])
def search_url(request: pytest.FixtureRequest) -> Iterator[str]:
    """A search server for this test run: `noida-db` on a free port, and — wherever a Docker engine exists — the
    same tests again against a real Elasticsearch 8 in a container (skipped cleanly otherwise)."""
    if request.param == "elasticsearch":
        if not docker_engine_available():
            pytest.skip("no Docker engine here: the real-Elasticsearch run is skipped")
        from testcontainers.community.elasticsearch import ElasticSearchContainer

        with ElasticSearchContainer(ELASTICSEARCH_IMAGE, mem_limit="1g") as container:  # security off for 8.x
            yield f"http://{container.get_container_host_ip()}:{container.get_exposed_port(container.port)}"
        return
    if noida_binary() is None:
        unavailable("noida-db is not installed")
    with tempfile.TemporaryDirectory(prefix="noida-") as data_dir:
        process, url = start_search_server(Path(data_dir))
        try:
            yield url
        finally:
            process.terminate()
            process.wait(10)
