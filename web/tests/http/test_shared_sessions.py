"""Two replicas of the web application behind the gateway, without sticky sessions: a browser's requests may land
on either, so both read one session database (SQLite here, PostgreSQL when deployed: tests/unit/test_sessions.py
runs the store on both)."""

import re
from pathlib import Path

import httpx
import pytest
from fastapi import FastAPI

from mentor_web.app import create_app
from mentor_web.security.sessions import SESSION_COOKIE
from mentor_web.settings import WebSettings

from .conftest import FakeApi

TOKEN = re.compile(r'name="csrf_token" value="([^"]+)"')


class Balancer(httpx.AsyncBaseTransport):
    """A load balancer without stickiness: each request goes to the next replica in turn."""

    def __init__(self, *apps: FastAPI) -> None:
        self.replicas = [httpx.ASGITransport(app=app) for app in apps]
        self.served: list[int] = []

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        index = len(self.served) % len(self.replicas)
        self.served.append(index)
        return await self.replicas[index].handle_async_request(request)


def replica(fake: FakeApi, database_url: str) -> FastAPI:
    settings = WebSettings(
        api_base="http://gateway",
        dev_sign_in=True,
        secret_key="the-same-on-every-replica",
        session_database_url=database_url,
    )
    return create_app(settings, api_transport=httpx.MockTransport(fake))


@pytest.fixture
def database_url(tmp_path: Path) -> str:
    return f"sqlite+aiosqlite:///{tmp_path / 'sessions.db'}"


async def csrf_token(client: httpx.AsyncClient, path: str) -> str:
    match = TOKEN.search((await client.get(path)).text)
    assert match
    return match.group(1)


async def test_a_session_started_on_one_replica_is_used_and_ended_on_another(fake: FakeApi, database_url: str) -> None:
    first, second = replica(fake, database_url), replica(fake, database_url)
    one = httpx.AsyncClient(transport=httpx.ASGITransport(app=first), base_url="http://testserver")
    other = httpx.AsyncClient(transport=httpx.ASGITransport(app=second), base_url="http://testserver")
    async with one, other:
        token = await csrf_token(one, "/sign-in")
        signed = await one.post("/sign-in/dev", data={"csrf_token": token, "user_id": "mentee-anna", "next": "/"})
        assert signed.status_code == 303
        cookies = dict(one.cookies)
        other.cookies.update(cookies)  # the same browser, its next request on the other replica
        assert (await other.get("/cases")).status_code == 200
        sign_out = await csrf_token(other, "/")
        assert (await other.post("/sign-out", data={"csrf_token": sign_out})).status_code == 303
        one.cookies.set(SESSION_COOKIE, cookies[SESSION_COOKIE])
        assert (await one.get("/cases")).status_code == 303  # ended for the first replica too: sent to sign in


async def test_a_browser_moving_between_replicas_at_every_request_stays_signed_in(
    fake: FakeApi, database_url: str
) -> None:
    balancer = Balancer(replica(fake, database_url), replica(fake, database_url))
    async with httpx.AsyncClient(transport=balancer, base_url="http://testserver") as browser:
        token = await csrf_token(browser, "/sign-in")
        data = {"csrf_token": token, "user_id": "mentee-anna", "next": "/"}
        assert (await browser.post("/sign-in/dev", data=data)).status_code == 303
        for _ in range(4):
            assert (await browser.get("/cases")).status_code == 200
    assert set(balancer.served) == {0, 1}


async def test_readiness_asks_the_session_database(fake: FakeApi, database_url: str) -> None:
    app = replica(fake, database_url)
    async with httpx.AsyncClient(transport=httpx.ASGITransport(app=app), base_url="http://testserver") as client:
        ready = await client.get("/readyz")
        assert ready.status_code == 200 and ready.json()["checks"] == {"sessions.database": True}
        assert "python_info" in (await client.get("/metrics")).text
    broken = replica(fake, "sqlite+aiosqlite:////nonexistent-directory/sessions.db")
    async with httpx.AsyncClient(transport=httpx.ASGITransport(app=broken), base_url="http://testserver") as client:
        assert (await client.get("/readyz")).status_code == 503
