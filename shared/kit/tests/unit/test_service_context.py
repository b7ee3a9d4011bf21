"""The one way a service wires handlers, workers and lists: through `build_service`, on the in-process bus."""

import asyncio
from dataclasses import dataclass
from datetime import UTC, datetime
from uuid import uuid4

import httpx
from fastapi import APIRouter
from sqlalchemy import Column, Integer, String, Table, select
from sqlalchemy.ext.asyncio import AsyncSession

from mentor_contracts.events import CaseWithdrawnV1
from mentor_kit.auth.dev import DEV_PUBLIC_KEY
from mentor_kit.context import HandlerTable, ServiceContext
from mentor_kit.db import fetch_page, naming_metadata
from mentor_kit.messaging import InProcessBroker, messaging_tables
from mentor_kit.service import build_service
from mentor_kit.settings import ServiceSettings
from mentor_kit.testing import wait_for
from mentor_kit.testing.events import publish_as
from mentor_kit.web import Page, Paging, problem_responses
from mentor_kit.web.deps import DbSession

metadata = naming_metadata()
tables = messaging_tables(metadata)
seen = Table("seen", metadata, Column("id", Integer, primary_key=True), Column("what", String(100)))
FIXED = datetime(2030, 1, 2, 3, 4, 5, tzinfo=UTC)


@dataclass(frozen=True, kw_only=True)
class NotesContext(ServiceContext[ServiceSettings]):
    label: str


async def on_withdrawn(session: AsyncSession, event: CaseWithdrawnV1, ctx: NotesContext) -> None:
    what = f"{ctx.label}:{event.number}:{ctx.clock().isoformat()}:{ctx.settings.service_name}"
    await session.execute(seen.insert().values(what=what))


HANDLERS: HandlerTable[NotesContext] = {CaseWithdrawnV1: on_withdrawn}


class RecordingWorker:
    def __init__(self, ctx: NotesContext) -> None:
        self.ctx = ctx
        self.started = asyncio.Event()

    async def start(self) -> None:
        self.started.set()

    async def stop(self) -> None:
        pass


router = APIRouter()


@router.get("/seen", responses=problem_responses({404: "never"}))
async def list_seen(session: DbSession, paging: Paging) -> Page[str]:
    rows, total = await fetch_page(session, select(seen.c.what).order_by(seen.c.id), paging)
    return Page(items=list(rows), total=total, limit=paging.limit, offset=paging.offset)


async def test_handlers_and_workers_get_one_context_with_the_services_own_dependencies(sqlite_url: str) -> None:
    settings = ServiceSettings(service_name="notes", database_url=sqlite_url, jwt_public_key_file=DEV_PUBLIC_KEY)
    broker = InProcessBroker()
    workers: list[RecordingWorker] = []

    def make_workers(ctx: NotesContext) -> list[RecordingWorker]:
        workers.append(RecordingWorker(ctx))
        return workers

    service = build_service(
        settings,
        tables=tables,
        metadata=metadata,
        routers=[router],
        handlers=HANDLERS,
        context=lambda base: base.extend(NotesContext, label="notes-ctx"),
        workers=make_workers,
        broker=broker,
        clock=lambda: FIXED,
    )
    await broker.start()
    try:
        async with service.app.router.lifespan_context(service.app):
            [worker] = workers
            assert worker.started.is_set()
            assert worker.ctx is service.context and service.app.state.context is service.context
            assert worker.ctx.outbox is service.messaging.outbox and worker.ctx.db is service.db
            for n in range(3):
                await publish_as(broker, CaseWithdrawnV1(case_id=uuid4(), number=f"MCU-2030-00000{n}", at=FIXED))
            transport = httpx.ASGITransport(app=service.app)
            async with httpx.AsyncClient(transport=transport, base_url="http://t") as client:

                async def all_handled() -> dict[str, object] | None:
                    page: dict[str, object] = (await client.get("/seen", params={"limit": 2})).json()
                    return page if page["total"] == 3 else None

                page = await wait_for(all_handled, timeout=10)
                assert page["items"] == [f"notes-ctx:MCU-2030-00000{n}:{FIXED.isoformat()}:notes" for n in range(2)], (
                    "the handler got the service's own context, its clock and settings"
                )
                second = (await client.get("/seen", params={"limit": 2, "offset": 2})).json()
                assert second == {
                    "items": [f"notes-ctx:MCU-2030-000002:{FIXED.isoformat()}:notes"],
                    "total": 3,
                    "limit": 2,
                    "offset": 2,
                }
                for bad in ({"limit": 0}, {"limit": 201}, {"offset": -1}, {"offset": 10**20}):
                    response = await client.get("/seen", params=bad)
                    assert response.status_code == 422, bad
                    assert response.json()["errors"][0]["field"] in ("limit", "offset")
                spec = (await client.get("/openapi.json")).json()
                declared = spec["paths"]["/seen"]["get"]["responses"]["404"]
                assert "application/problem+json" in declared["content"]
    finally:
        await broker.close()
