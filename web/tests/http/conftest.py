"""The web's HTTP tests: the gateway faked (canned answers of the services' APIs through httpx.MockTransport), and
a browser as an httpx client with its own cookies."""

import json
from collections.abc import AsyncIterator
from typing import Any

import httpx
import pytest
from fastapi import FastAPI

from mentor_web.app import create_app
from mentor_web.settings import WebSettings

MENTOR = {
    "id": "mentor-ivanova",
    "name": "Елена Иванова",
    "position": "доцент",
    "department": "кафедра педагогики",
    "rubrics": ["parent_interaction"],
    "interests": "",
    "bio": "",
    "photo_url": None,
}
PROBLEM_JSON = {"content-type": "application/problem+json"}


class FakeApi:
    def __init__(self) -> None:
        self.requests: list[httpx.Request] = []

    def __call__(self, request: httpx.Request) -> httpx.Response:
        self.requests.append(request)
        path = request.url.path
        if path == "/api/matching/mentors":
            return httpx.Response(200, json={"items": [MENTOR], "total": 1, "limit": 24, "offset": 0})
        if path == "/api/forum/events":
            return httpx.Response(200, json={"items": [], "next": None})
        if path == "/api/cases/cases" and request.method == "POST":
            return self._create_case(json.loads(request.content))
        if path == "/api/cases/cases":
            return httpx.Response(200, json={"items": [], "total": 0, "limit": 50, "offset": 0})
        return httpx.Response(404, json={"title": "Not found", "status": 404}, headers=PROBLEM_JSON)

    @staticmethod
    def _create_case(body: dict[str, Any]) -> httpx.Response:
        errors = []
        if len(body["problem"]) > 1000:
            errors.append(
                {"field": "problem", "message": "String should have at most 1000 characters", "code": "string_too_long"}
            )
        if not body["rubrics"]:
            errors.append({"field": "rubrics", "message": "choose at least one rubric"})
        if errors:
            problem = {"title": "Invalid request", "status": 422, "errors": errors}
            return httpx.Response(422, json=problem, headers=PROBLEM_JSON)
        return httpx.Response(201, json={"id": "00000000-0000-0000-0000-000000000001"})


def web_app(fake: FakeApi) -> FastAPI:
    settings = WebSettings(api_base="http://gateway", dev_sign_in=True, secret_key="test-secret")
    return create_app(settings, api_transport=httpx.MockTransport(fake))


def browser(app: FastAPI, base_url: str = "http://testserver") -> httpx.AsyncClient:
    """One browser (its own cookies) on the web app."""
    return httpx.AsyncClient(transport=httpx.ASGITransport(app=app), base_url=base_url)


@pytest.fixture
def fake() -> FakeApi:
    return FakeApi()


@pytest.fixture
def app(fake: FakeApi) -> FastAPI:
    return web_app(fake)


@pytest.fixture
async def client(app: FastAPI) -> AsyncIterator[httpx.AsyncClient]:
    async with browser(app) as one:
        yield one
