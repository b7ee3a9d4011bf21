"""The app factory through HTTP: health, readiness, metrics, problem+json, correlation ids, auth, and the
request transaction (commit on success, rollback on error)."""

import json
from typing import Annotated

import httpx
import pytest
from fastapi import APIRouter, Depends
from pydantic import BaseModel, Field
from sqlalchemy import Column, Integer, String, Table, func, select

from mentor_kit.auth import CurrentUser, require_roles
from mentor_kit.auth.dev import DEV_PUBLIC_KEY, mint_token
from mentor_kit.db import naming_metadata
from mentor_kit.logging import configure_logging
from mentor_kit.messaging import InProcessBroker, messaging_tables
from mentor_kit.service import build_service
from mentor_kit.settings import ServiceSettings
from mentor_kit.web import Conflict
from mentor_kit.web.deps import DbSession

metadata = naming_metadata()
tables = messaging_tables(metadata)
notes = Table("notes", metadata, Column("id", Integer, primary_key=True), Column("text", String(50)))


class NoteCreate(BaseModel):
    text: str = Field(min_length=1, max_length=50)
    priority: int = Field(ge=1, le=5)


router = APIRouter()


@router.post("/notes", status_code=201)
async def create_note(note: NoteCreate, session: DbSession, user: CurrentUser) -> dict[str, str]:
    await session.execute(notes.insert().values(text=note.text))
    if note.text == "conflict":
        raise Conflict("this note conflicts with another")  # must roll back the insert above
    return {"by": user.id}


@router.get("/notes/count")
async def count(session: DbSession) -> dict[str, int]:
    return {"count": int((await session.execute(select(func.count()).select_from(notes))).scalar_one())}


@router.get("/moderation", dependencies=[Depends(require_roles("moderator"))])
async def moderation() -> dict[str, bool]:
    return {"ok": True}


@pytest.fixture
async def client(sqlite_url: str) -> httpx.AsyncClient:
    settings = ServiceSettings(service_name="notes", database_url=sqlite_url, jwt_public_key_file=DEV_PUBLIC_KEY)
    service = build_service(settings, tables=tables, metadata=metadata, routers=[router], broker=InProcessBroker())
    async with service.app.router.lifespan_context(service.app):
        transport = httpx.ASGITransport(app=service.app)
        async with httpx.AsyncClient(transport=transport, base_url="http://test") as c:
            yield c


def bearer(*roles: str) -> dict[str, str]:
    return {"Authorization": f"Bearer {mint_token('user-1', list(roles))}"}


async def test_health_readiness_and_metrics(client: httpx.AsyncClient) -> None:
    assert (await client.get("/healthz")).json()["status"] == "ok"
    ready = await client.get("/readyz")
    assert ready.status_code == 200 and ready.json()["checks"] == {"database": True, "broker": True}
    await client.get("/notes/count")
    metrics = await client.get("/metrics")
    assert 'mentor_http_requests_total{method="GET",route="/notes/count",service="notes",status="200"}' in metrics.text


async def test_validation_errors_are_problem_json_naming_each_field(client: httpx.AsyncClient) -> None:
    response = await client.post("/notes", json={"text": "", "priority": 9}, headers=bearer("mentee"))
    assert response.status_code == 422
    assert response.headers["content-type"] == "application/problem+json"
    body = response.json()
    assert body["status"] == 422 and body["type"].endswith("/validation")
    assert {e["field"] for e in body["errors"]} == {"text", "priority"}
    assert (await client.get("/notes/count")).json()["count"] == 0


async def test_a_domain_error_rolls_the_request_back(client: httpx.AsyncClient) -> None:
    ok = await client.post("/notes", json={"text": "fine", "priority": 1}, headers=bearer("mentee"))
    assert ok.status_code == 201 and ok.json() == {"by": "user-1"}
    conflict = await client.post("/notes", json={"text": "conflict", "priority": 1}, headers=bearer("mentee"))
    assert conflict.status_code == 409 and conflict.json()["detail"] == "this note conflicts with another"
    assert (await client.get("/notes/count")).json()["count"] == 1


async def test_authentication_and_roles(client: httpx.AsyncClient) -> None:
    missing = await client.post("/notes", json={"text": "x", "priority": 1})
    assert missing.status_code == 401 and missing.headers["www-authenticate"] == "Bearer"
    forged = await client.post(
        "/notes", json={"text": "x", "priority": 1}, headers={"Authorization": "Bearer not.a.jwt"}
    )
    assert forged.status_code == 401
    assert (await client.get("/moderation", headers=bearer("mentee"))).status_code == 403
    assert (await client.get("/moderation", headers=bearer("moderator"))).status_code == 200


async def test_correlation_id_is_echoed_and_bound_to_log_lines(
    client: httpx.AsyncClient, capsys: pytest.CaptureFixture[str]
) -> None:
    configure_logging("INFO", json=True)
    response = await client.get("/notes/count", headers={"X-Correlation-ID": "corr-42"})
    assert response.headers["X-Correlation-ID"] == "corr-42"
    lines = [json.loads(line) for line in capsys.readouterr().out.splitlines() if line.startswith("{")]
    request_line = next(line for line in lines if line["event"] == "http.request")
    assert request_line["correlation_id"] == "corr-42" and request_line["route"] == "/notes/count"
    generated = await client.get("/healthz")
    assert len(generated.headers["X-Correlation-ID"]) == 36


async def test_readiness_fails_when_the_database_is_unreachable(tmp_path) -> None:
    settings = ServiceSettings(
        service_name="notes",
        database_url=f"sqlite+aiosqlite:///{tmp_path}/missing/x.db",
        jwt_public_key_file=DEV_PUBLIC_KEY,
    )
    service = build_service(settings, tables=tables, metadata=metadata, broker=InProcessBroker(), prepare=_no_schema)
    async with service.app.router.lifespan_context(service.app):
        async with httpx.AsyncClient(transport=httpx.ASGITransport(app=service.app), base_url="http://t") as c:
            response = await c.get("/readyz")
            assert response.status_code == 503 and response.json()["checks"]["database"] is False
            assert (await c.get("/healthz")).status_code == 200  # liveness checks no dependency


async def _no_schema(_db) -> None:
    return None


Annotated  # noqa: B018 (re-exported for FastAPI signature evaluation)


async def test_the_request_transaction_commits_before_the_response_is_sent(sqlite_url: str) -> None:
    """A client told 201 can rely on it: the row is in the database when the response starts (not after)."""
    import sqlite3

    settings = ServiceSettings(service_name="notes", database_url=sqlite_url, jwt_public_key_file=DEV_PUBLIC_KEY)
    service = build_service(settings, tables=tables, metadata=metadata, routers=[router], broker=InProcessBroker())
    path = sqlite_url.split("///", 1)[1]
    rows_when_response_started: list[int] = []
    body = json.dumps({"text": "durable", "priority": 1}).encode()
    scope = {
        "type": "http",
        "asgi": {"version": "3.0"},
        "http_version": "1.1",
        "method": "POST",
        "scheme": "http",
        "path": "/notes",
        "raw_path": b"/notes",
        "query_string": b"",
        "root_path": "",
        "headers": [
            (b"content-type", b"application/json"),
            (b"authorization", bearer("mentee")["Authorization"].encode()),
        ],
        "client": ("127.0.0.1", 1),
        "server": ("test", 80),
    }

    async def receive() -> dict[str, object]:
        return {"type": "http.request", "body": body, "more_body": False}

    async def send(message: dict[str, object]) -> None:
        if message["type"] == "http.response.start":
            with sqlite3.connect(path) as connection:  # another connection: sees only committed rows
                rows_when_response_started.append(connection.execute("SELECT count(*) FROM notes").fetchone()[0])

    async with service.app.router.lifespan_context(service.app):
        await service.app(scope, receive, send)
    assert rows_when_response_started == [1]
