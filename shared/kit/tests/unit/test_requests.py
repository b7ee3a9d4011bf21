"""What every request passes through, through HTTP: the read-only session (PostgreSQL and SQLite), the request
middleware (errors, streaming, one correlation id), and the event-loop lag metric."""

import asyncio
import json
import re
import time
from collections.abc import AsyncIterator

import httpx
import pytest
from fastapi import APIRouter
from fastapi.responses import StreamingResponse
from sqlalchemy import Column, Integer, String, Table, func, select

from mentor_kit.auth.dev import DEV_PUBLIC_KEY
from mentor_kit.db import naming_metadata
from mentor_kit.logging import configure_logging
from mentor_kit.messaging import InProcessBroker, messaging_tables
from mentor_kit.service import build_service
from mentor_kit.settings import ServiceSettings
from mentor_kit.testing.http import served
from mentor_kit.testing.waiting import wait_for
from mentor_kit.web import Conflict, create_app
from mentor_kit.web.deps import DbSession, ReadSession

metadata = naming_metadata()
tables = messaging_tables(metadata)
notes = Table("notes", metadata, Column("id", Integer, primary_key=True), Column("text", String(50)))
released = asyncio.Event()

router = APIRouter()


@router.get("/notes/count")
async def count(session: ReadSession) -> dict[str, int]:
    return {"count": int((await session.execute(select(func.count()).select_from(notes))).scalar_one())}


@router.get("/notes/sneaky-insert")
async def sneaky_insert(session: ReadSession) -> dict[str, str]:
    await session.execute(notes.insert().values(text="must not stay"))
    return {"written": "yes"}


@router.post("/notes/{text}")
async def add(text: str, session: DbSession) -> dict[str, str]:
    await session.execute(notes.insert().values(text=text))
    if text == "conflict":
        raise Conflict("rolled back")
    return {"text": text}


@router.get("/crash")
async def crash() -> None:
    raise RuntimeError("a bug; this text may hold personal data")


@router.get("/block")
async def block() -> dict[str, bool]:
    time.sleep(0.3)  # noqa: ASYNC251  (on purpose: the blocking call the lag metric is there to reveal)
    return {"blocked": True}


@router.get("/stream")
async def stream() -> StreamingResponse:
    async def chunks() -> AsyncIterator[bytes]:
        yield b"data: first\n\n"
        await released.wait()  # the first frame must reach the client before this returns
        yield b"data: second\n\n"

    return StreamingResponse(chunks(), media_type="text/event-stream")


@pytest.fixture(params=["sqlite", "postgres"])
async def client(request: pytest.FixtureRequest) -> AsyncIterator[httpx.AsyncClient]:
    url = request.getfixturevalue("sqlite_url" if request.param == "sqlite" else "postgres_url")
    settings = ServiceSettings(service_name="notes", database_url=url, jwt_public_key_file=DEV_PUBLIC_KEY)
    service = build_service(settings, tables=tables, metadata=metadata, routers=[router], broker=InProcessBroker())
    if service.db.is_postgres:
        await service.db.create_all(metadata)
    async with service.app.router.lifespan_context(service.app):
        transport = httpx.ASGITransport(app=service.app, raise_app_exceptions=False)
        async with httpx.AsyncClient(transport=transport, base_url="http://test") as c:
            yield c


async def notes_count(client: httpx.AsyncClient) -> int:
    response = await client.get("/notes/count")
    assert response.status_code == 200
    return int(response.json()["count"])


async def test_a_read_session_reads_and_the_request_transaction_still_rolls_back(client: httpx.AsyncClient) -> None:
    assert await notes_count(client) == 0
    assert (await client.post("/notes/kept")).status_code == 200
    # After reads on the same pooled connection (autocommit on PostgreSQL), a write is a transaction again.
    assert await notes_count(client) == 1
    assert (await client.post("/notes/conflict")).status_code == 409
    assert await notes_count(client) == 1


async def test_a_read_session_refuses_to_write(client: httpx.AsyncClient) -> None:
    response = await client.get("/notes/sneaky-insert")
    assert response.status_code == 500 and response.headers["content-type"] == "application/problem+json"
    assert await notes_count(client) == 0


async def test_a_crash_is_problem_json_counted_and_logged_without_its_text(
    client: httpx.AsyncClient, capsys: pytest.CaptureFixture[str]
) -> None:
    configure_logging("INFO", json=True)
    response = await client.get("/crash", headers={"X-Correlation-ID": "corr-crash"})
    assert response.status_code == 500 and response.json()["type"].endswith("/internal")
    # The crash answer passes the same middleware as any other: security headers and the correlation id.
    assert response.headers["x-content-type-options"] == "nosniff"
    assert response.headers["content-security-policy"].startswith("default-src 'none'")
    assert response.headers["x-correlation-id"] == "corr-crash"
    output = capsys.readouterr().out
    assert "personal data" not in output
    lines = [json.loads(line) for line in output.splitlines() if line.startswith("{")]
    request_line = next(line for line in lines if line["event"] == "http.request")
    assert request_line["status"] == 500 and request_line["correlation_id"] == "corr-crash"
    metrics = (await client.get("/metrics")).text
    assert 'mentor_http_requests_total{method="GET",route="/crash",service="notes",status="500"}' in metrics


def lag_seconds(metrics: str) -> float:
    match = re.search(r"^mentor_event_loop_lag_seconds_sum ([0-9.e+-]+)$", metrics, re.MULTILINE)
    assert match is not None, "no loop-lag histogram at /metrics"
    return float(match.group(1))


async def test_the_loop_lag_histogram_records_a_blocked_loop(client: httpx.AsyncClient) -> None:
    before = lag_seconds((await client.get("/metrics")).text)
    assert (await client.get("/block")).json() == {"blocked": True}

    async def recorded() -> bool:
        return lag_seconds((await client.get("/metrics")).text) - before >= 0.2

    await wait_for(recorded, timeout=5, message="the 0.3 s block in the lag histogram")


async def test_a_streaming_response_passes_through_unbuffered_with_its_correlation_id() -> None:
    released.clear()
    app = create_app("streams", routers=[router])
    async with served(app) as url, httpx.AsyncClient(base_url=url, timeout=10) as http:
        async with http.stream("GET", "/stream", headers={"X-Correlation-ID": "corr-sse"}) as response:
            assert response.headers["X-Correlation-ID"] == "corr-sse"
            lines = response.aiter_lines()
            assert await asyncio.wait_for(anext(lines), 5) == "data: first"  # before the stream is released
            released.set()
            assert [line async for line in lines if line] == ["data: second"]


async def test_a_mounted_app_keeps_the_outer_correlation_id(capsys: pytest.CaptureFixture[str]) -> None:
    configure_logging("INFO", json=True)
    outer, inner = create_app("gateway"), create_app("inner", routers=[router])
    outer.mount("/api/inner", inner)
    async with httpx.AsyncClient(transport=httpx.ASGITransport(app=outer), base_url="http://test") as http:
        response = await http.get("/api/inner/nothing-here")
    assert response.status_code == 404
    lines = [json.loads(line) for line in capsys.readouterr().out.splitlines() if line.startswith("{")]
    assert {line["service"] for line in lines} == {"gateway", "inner"}  # one line each, the same id
    assert {line["correlation_id"] for line in lines} == {response.headers["X-Correlation-ID"]}
    assert response.headers.get_list("X-Correlation-ID") == [response.headers["X-Correlation-ID"]]
