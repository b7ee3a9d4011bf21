"""Abuse limits of every service's app (`create_app`): the body size (413), the rate of writes per subject and of
anonymous searches per address (429 with Retry-After), the security headers on every answer, and CORS for the
configured origins only."""

import json
from collections.abc import AsyncIterator

import httpx
import pytest
from fastapi import APIRouter, FastAPI
from pydantic import BaseModel

from mentor_kit.auth import CurrentUser, OptionalUser, TokenVerifier
from mentor_kit.auth.dev import DEV_AUDIENCE, DEV_ISSUER, DEV_PUBLIC_KEY, mint_token
from mentor_kit.settings import ServiceSettings
from mentor_kit.web import create_app
from mentor_kit.web.headers import API_POLICY
from mentor_kit.web.limits import TokenBuckets

ORIGIN = "https://mentor.example"


class Note(BaseModel):
    text: str


router = APIRouter()


@router.post("/notes", status_code=201)
async def create_note(note: Note, user: CurrentUser) -> dict[str, int]:
    return {"length": len(note.text)}


@router.post("/uploads", status_code=201)
async def upload(note: Note) -> dict[str, int]:
    return {"length": len(note.text)}


@router.get("/notes/{note_id}")
async def read_note(note_id: int) -> dict[str, int]:
    return {"id": note_id}


@router.get("/search")
async def search(q: str, user: OptionalUser) -> dict[str, str]:
    return {"q": q}


@router.get("/items/{item_id}/similar")
async def similar(item_id: int) -> list[int]:
    return [item_id]


def make_app(**limits: object) -> FastAPI:
    settings = ServiceSettings.model_construct(**limits)
    app = create_app("limits", routers=[router], settings=settings, body_limits={"/uploads": 1024 * 1024})
    app.state.token_verifier = TokenVerifier(issuer=DEV_ISSUER, audience=DEV_AUDIENCE, public_key_file=DEV_PUBLIC_KEY)
    return app


async def client_of(app: FastAPI, address: str = "10.0.0.1") -> httpx.AsyncClient:
    transport = httpx.ASGITransport(app=app, client=(address, 40000))
    return httpx.AsyncClient(transport=transport, base_url="http://test")


@pytest.fixture
async def client() -> AsyncIterator[httpx.AsyncClient]:
    async with await client_of(make_app(max_body_bytes=1000, writes_per_minute=3, cors_origins=[ORIGIN])) as c:
        yield c


def bearer(subject: str) -> dict[str, str]:
    return {"Authorization": f"Bearer {mint_token(subject, ['mentee'])}"}


def assert_problem(response: httpx.Response, status: int) -> dict[str, object]:
    assert response.status_code == status, response.text
    assert response.headers["content-type"] == "application/problem+json"
    body: dict[str, object] = response.json()
    assert body["status"] == status
    return body


# --- body size -------------------------------------------------------------------------------------------------------


async def test_a_body_over_the_limit_by_content_length_is_refused_unread(client: httpx.AsyncClient) -> None:
    small = await client.post("/notes", json={"text": "x" * 900}, headers=bearer("anna"))
    assert small.status_code == 201
    big = await client.post("/notes", json={"text": "x" * 2000}, headers=bearer("anna"))
    body = assert_problem(big, 413)
    assert body["type"] == "https://mentor.mgpu.ru/problems/body-too-large" and body["max_bytes"] == 1000


async def test_a_streamed_body_without_content_length_is_cut_off_as_it_passes_the_limit() -> None:
    app = make_app(max_body_bytes=1000)
    sent: list[int] = []

    async def chunks() -> AsyncIterator[bytes]:
        yield b'{"text": "'
        for _ in range(100):  # 10 kB in all, far past the limit: the guard stops reading early
            sent.append(1)
            yield b"x" * 100
        yield b'"}'

    async with await client_of(app) as c:
        headers = {"Content-Type": "application/json", **bearer("anna")}
        response = await c.post("/notes", content=chunks(), headers=headers)
        assert "content-length" not in {k.lower() for k in response.request.headers}
        assert_problem(response, 413)
        assert len(sent) < 100, "the rest of the body was not read"

        async def small_chunks() -> AsyncIterator[bytes]:
            yield b'{"text": '
            yield b'"ok"}'

        small = await c.post("/notes", content=small_chunks(), headers=headers)
        assert small.status_code == 201, small.text


async def test_a_path_with_its_own_limit_takes_more(client: httpx.AsyncClient) -> None:
    assert (await client.post("/uploads", json={"text": "x" * 5000})).status_code == 201
    assert_problem(await client.post("/uploads", json={"text": "x" * 2_000_000}), 413)


# --- rate limits -----------------------------------------------------------------------------------------------------


async def test_writes_are_limited_per_subject_with_retry_after(client: httpx.AsyncClient) -> None:
    for _ in range(3):
        assert (await client.post("/notes", json={"text": "a"}, headers=bearer("anna"))).status_code == 201
    refused = await client.post("/notes", json={"text": "a"}, headers=bearer("anna"))
    body = assert_problem(refused, 429)
    assert refused.headers["Retry-After"] == "20" and body["retry_after"] == 20  # 3 a minute: one every 20 s
    # Another subject from the same address still writes; reads are not limited.
    assert (await client.post("/notes", json={"text": "a"}, headers=bearer("pavel"))).status_code == 201
    assert (await client.get("/notes/1", headers=bearer("anna"))).status_code == 200


async def test_a_forged_token_does_not_open_a_bucket_of_its_own(client: httpx.AsyncClient) -> None:
    forged = {"Authorization": "Bearer not.a.token"}
    for _ in range(3):
        assert (await client.post("/notes", json={"text": "a"}, headers=forged)).status_code == 401
    assert_problem(await client.post("/notes", json={"text": "a"}, headers=forged), 429)


async def test_anonymous_search_is_limited_per_address_signed_in_search_is_not() -> None:
    app = make_app(anonymous_searches_per_minute=2)
    async with await client_of(app, "10.0.0.1") as first, await client_of(app, "10.0.0.2") as second:
        assert (await first.get("/search", params={"q": "a"})).status_code == 200
        assert (await first.get("/items/1/similar")).status_code == 200
        refused = await first.get("/search", params={"q": "a"})
        assert_problem(refused, 429)
        assert int(refused.headers["Retry-After"]) == 30
        assert (await second.get("/search", params={"q": "a"})).status_code == 200, "another address"
        for _ in range(5):
            signed_in = await first.get("/search", params={"q": "a"}, headers=bearer("anna"))
            assert signed_in.status_code == 200
        assert (await first.get("/notes/1")).status_code == 200, "other reads are not limited"


async def test_a_limit_of_zero_is_no_limit() -> None:
    async with await client_of(make_app(writes_per_minute=0, anonymous_searches_per_minute=0)) as c:
        for _ in range(200):
            assert (await c.get("/search", params={"q": "a"})).status_code == 200
        anna = bearer("anna")
        for _ in range(150):
            assert (await c.post("/notes", json={"text": "a"}, headers=anna)).status_code == 201


def test_buckets_refill_over_time_and_forget_idle_keys() -> None:
    now = [0.0]
    buckets = TokenBuckets(60, clock=lambda: now[0], max_keys=4)
    assert all(buckets.take("a") == 0 for _ in range(60))
    assert buckets.take("a") == 1
    now[0] += 1.0
    assert buckets.take("a") == 0
    for key in "bcdefgh":  # more keys than kept: the full ones are dropped, memory stays bounded
        buckets.take(key)
        now[0] += 120
    assert len(buckets._buckets) <= 4


# --- headers ---------------------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("method", "path", "status"),
    [("GET", "/notes/1", 200), ("GET", "/nowhere", 404), ("GET", "/notes/abc", 422), ("GET", "/healthz", 200)],
)
async def test_security_headers_on_every_answer(client: httpx.AsyncClient, method: str, path: str, status: int) -> None:
    response = await client.request(method, path)
    assert response.status_code == status
    assert response.headers["X-Content-Type-Options"] == "nosniff"
    assert response.headers["X-Frame-Options"] == "DENY"
    assert response.headers["Referrer-Policy"] == "no-referrer"
    assert response.headers["Content-Security-Policy"] == API_POLICY
    assert "Strict-Transport-Security" not in response.headers, "the TLS-terminating proxy's job"


async def test_security_headers_on_the_guards_refusals(client: httpx.AsyncClient) -> None:
    refused = await client.post("/notes", json={"text": "x" * 2000})
    assert refused.status_code == 413 and refused.headers["Content-Security-Policy"] == API_POLICY


async def test_the_documentation_pages_may_load_exactly_their_cdn_and_inline_script(client: httpx.AsyncClient) -> None:
    for path in ("/docs", "/redoc"):
        page = await client.get(path)
        assert page.status_code == 200 and page.headers["X-Content-Type-Options"] == "nosniff"
        policy = dict(part.strip().split(" ", 1) for part in page.headers["Content-Security-Policy"].split(";"))
        assert policy["default-src"] == "'none'" and policy["frame-ancestors"] == "'none'"
        assert policy["script-src"].startswith("https://cdn.jsdelivr.net")
        assert "'unsafe-inline'" not in policy["script-src"] and "'unsafe-eval'" not in policy["script-src"]
        assert policy["connect-src"] == "'self'"
    swagger = await client.get("/docs")
    assert "'sha256-" in swagger.headers["Content-Security-Policy"], "Swagger UI's inline set-up by its hash"
    assert (await client.get("/openapi.json")).headers["Content-Security-Policy"] == API_POLICY


# --- CORS ------------------------------------------------------------------------------------------------------------


def preflight(origin: str) -> dict[str, str]:
    return {
        "Origin": origin,
        "Access-Control-Request-Method": "POST",
        "Access-Control-Request-Headers": "authorization, content-type",
    }


async def test_cors_allows_the_web_clients_origin_only(client: httpx.AsyncClient) -> None:
    allowed = await client.options("/notes", headers=preflight(ORIGIN))
    assert allowed.status_code == 200
    assert allowed.headers["Access-Control-Allow-Origin"] == ORIGIN
    assert "POST" in allowed.headers["Access-Control-Allow-Methods"]
    assert "access-control-allow-credentials" not in allowed.headers

    other = await client.options("/notes", headers=preflight("https://evil.example"))
    assert other.status_code == 400
    assert "access-control-allow-origin" not in other.headers

    read = await client.get("/notes/1", headers={"Origin": ORIGIN})
    assert read.headers["Access-Control-Allow-Origin"] == ORIGIN
    assert "X-Correlation-ID" in read.headers["Access-Control-Expose-Headers"]
    assert (
        "access-control-allow-origin"
        not in (await client.get("/notes/1", headers={"Origin": "https://x.example"})).headers
    )


async def test_no_cors_headers_without_configured_origins() -> None:
    async with await client_of(make_app()) as c:
        response = await c.options("/notes", headers=preflight(ORIGIN))
        assert response.status_code == 405
        assert not any(name.lower().startswith("access-control-") for name in response.headers)
        assert "access-control-allow-origin" not in (await c.get("/notes/1", headers={"Origin": ORIGIN})).headers


def test_the_defaults() -> None:
    settings = ServiceSettings.model_construct()
    assert (settings.max_body_bytes, settings.writes_per_minute, settings.anonymous_searches_per_minute) == (
        256 * 1024,
        120,
        60,
    )
    assert settings.cors_origins == [] and settings.allow_development_key is False
    assert json.loads(json.dumps(settings.cors_origins)) == []
