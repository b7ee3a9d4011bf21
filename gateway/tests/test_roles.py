"""`Role`s of one service process, in process (the in-process bus and SQLite): what `api`, `worker` and `all` start
and answer; `migrate_on_start`. `test_deployed.py` does the same with real processes, PostgreSQL and RabbitMQ."""

import asyncio
from collections.abc import Sequence
from datetime import UTC, datetime
from uuid import uuid4

import httpx
import pytest
from fastapi import APIRouter
from sqlalchemy import Column, Integer, String, Table, func, select
from sqlalchemy.ext.asyncio import AsyncSession

from mentor_contracts.events import CaseWithdrawnV1
from mentor_kit.auth.dev import DEV_PUBLIC_KEY
from mentor_kit.context import HandlerTable, ServiceContext
from mentor_kit.db import naming_metadata
from mentor_kit.messaging import InProcessBroker, Unroutable, messaging_tables
from mentor_kit.service import Role, Service, Worker, build_service
from mentor_kit.settings import ServiceSettings
from mentor_kit.testing import wait_for
from mentor_kit.testing.events import publish_as

metadata = naming_metadata()
tables = messaging_tables(metadata)
seen = Table("seen", metadata, Column("id", Integer, primary_key=True), Column("what", String(100)))
router = APIRouter()


@router.get("/hello")
async def hello() -> dict[str, str]:
    return {"hello": "world"}


async def on_withdrawn(session: AsyncSession, event: CaseWithdrawnV1, ctx: ServiceContext[ServiceSettings]) -> None:
    await session.execute(seen.insert().values(what=event.number))


HANDLERS: HandlerTable[ServiceContext[ServiceSettings]] = {CaseWithdrawnV1: on_withdrawn}


class Loop:
    """A background worker; `roles` as a class attribute when it serves the API (e.g. wakes its open streams)."""

    def __init__(self) -> None:
        self.running = False

    async def start(self) -> None:
        self.running = True

    async def stop(self) -> None:
        self.running = False


class StreamWaker(Loop):
    roles = frozenset({Role.API})


def withdrawn() -> CaseWithdrawnV1:
    return CaseWithdrawnV1(case_id=uuid4(), number="MCU-2030-000001", at=datetime.now(UTC))


def make(
    sqlite_url: str, broker: InProcessBroker, *, migrate_on_start: bool = True, **settings: object
) -> tuple[Service, Loop, StreamWaker]:
    loop, waker = Loop(), StreamWaker()

    def workers(_ctx: ServiceContext[ServiceSettings]) -> Sequence[Worker]:
        return [loop, waker]

    service = build_service(
        ServiceSettings(
            service_name="notes",
            database_url=sqlite_url,
            jwt_public_key_file=DEV_PUBLIC_KEY,
            migrate_on_start=migrate_on_start,
            **settings,  # type: ignore[arg-type]
        ),
        tables=tables,
        metadata=metadata,
        routers=[router],
        handlers=HANDLERS,
        workers=workers,
        broker=broker,
    )
    return service, loop, waker


async def handled(service: Service) -> int:
    async with service.db.transaction() as session:
        return int((await session.execute(select(func.count()).select_from(seen))).scalar_one())


@pytest.fixture
async def broker():
    bus = InProcessBroker()
    await bus.start()
    yield bus
    await bus.close()


async def test_api_role_serves_the_api_and_starts_no_consumer_relay_or_worker(
    sqlite_url: str, broker: InProcessBroker
) -> None:
    service, loop, waker = make(sqlite_url, broker, relay_poll_seconds=0.1)
    app = service.app_for(Role.API)
    async with app.router.lifespan_context(app):
        async with httpx.AsyncClient(transport=httpx.ASGITransport(app=app), base_url="http://t") as client:
            assert (await client.get("/hello")).json() == {"hello": "world"}
            ready = await client.get("/readyz")
            assert ready.status_code == 200 and ready.json()["checks"] == {"database": True}, "no broker connection"
            assert (await client.get("/metrics")).status_code == 200
        assert not loop.running, "background workers belong to the worker role"
        assert waker.running, "a loop that declares the api role (it serves the API's streams) runs there"
        with pytest.raises(Unroutable):  # no consumer declared its queue: nothing here consumes
            await publish_as(broker, withdrawn())
        async with service.db.transaction() as session:
            await service.messaging.outbox.add(session, withdrawn())
        # No relay runs here (the worker-role test below finds its task by the same name), so nothing publishes:
        # seen from the tasks themselves, not by waiting a while for a publication that does not come.
        assert "outbox-relay" not in task_names()
        async with service.db.transaction() as session:
            [row] = (await session.execute(tables.outbox.select())).mappings().all()
        assert row["published_at"] is None and row["attempts"] == 0
    assert not waker.running


async def test_worker_role_consumes_relays_and_runs_workers_behind_probes_and_metrics_only(
    sqlite_url: str, broker: InProcessBroker
) -> None:
    service, loop, waker = make(sqlite_url, broker, relay_poll_seconds=0.1)
    app = service.app_for(Role.WORKER)
    async with app.router.lifespan_context(app):
        assert loop.running and not waker.running
        assert "outbox-relay" in task_names()
        async with httpx.AsyncClient(transport=httpx.ASGITransport(app=app), base_url="http://t") as client:
            assert (await client.get("/healthz")).status_code == 200
            ready = await client.get("/readyz")
            assert ready.status_code == 200 and ready.json()["checks"] == {"database": True, "broker": True}
            assert (await client.get("/metrics")).status_code == 200
            for path in ("/hello", "/docs", "/openapi.json"):
                assert (await client.get(path)).status_code == 404, path
        await publish_as(broker, withdrawn())
        await wait_for(lambda: handled(service), message="the worker's consumer handled the event")
        async with service.db.transaction() as session:
            await service.messaging.outbox.add(session, withdrawn())  # the consumer's own queue takes it back

        async def relayed() -> bool:
            async with service.db.transaction() as session:
                rows = (await session.execute(tables.outbox.select())).mappings().all()
            return all(row["published_at"] is not None for row in rows)

        await wait_for(relayed, message="the worker's relay published the outbox")
        await wait_for(lambda: _at_least(service, 2), message="and consumed it")
    assert not loop.running


def task_names() -> set[str]:
    return {task.get_name() for task in asyncio.all_tasks()}


async def _at_least(service: Service, n: int) -> bool:
    return await handled(service) >= n


async def test_all_role_is_both(sqlite_url: str, broker: InProcessBroker) -> None:
    service, loop, waker = make(sqlite_url, broker)
    assert service.app_for(Role.ALL) is service.app
    async with service.app.router.lifespan_context(service.app):
        assert loop.running and waker.running
        async with httpx.AsyncClient(transport=httpx.ASGITransport(app=service.app), base_url="http://t") as client:
            assert (await client.get("/hello")).status_code == 200
            assert set((await client.get("/readyz")).json()["checks"]) == {"database", "broker"}
        await publish_as(broker, withdrawn())
        await wait_for(lambda: handled(service), message="consumed")


async def test_without_migrate_on_start_the_schema_is_left_to_mentor_migrate(
    sqlite_url: str, broker: InProcessBroker
) -> None:
    service, _loop, _waker = make(sqlite_url, broker, migrate_on_start=False)
    app = service.app_for(Role.API)
    async with app.router.lifespan_context(app):
        async with service.db.transaction() as session:
            tables_now = await session.run_sync(lambda s: s.connection().dialect.get_table_names(s.connection()))
        assert tables_now == [], "nothing created at start-up"
        await service.migrate()  # what `mentor migrate` runs (the service's Alembic migrations; here create_all)
        async with service.db.transaction() as session:
            tables_now = await session.run_sync(lambda s: s.connection().dialect.get_table_names(s.connection()))
        assert {"outbox", "inbox", "seen"} <= set(tables_now)


async def test_a_service_without_a_token_key_builds_for_migrations_but_refuses_to_serve(
    sqlite_url: str, broker: InProcessBroker
) -> None:
    service = build_service(
        ServiceSettings(service_name="notes", database_url=sqlite_url), tables=tables, metadata=metadata, broker=broker
    )
    await service.migrate()
    with pytest.raises(ValueError, match="JWKS URL or a public key"):
        async with service.app.router.lifespan_context(service.app):
            pass
    await service.db.dispose()
