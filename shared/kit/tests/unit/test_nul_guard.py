"""A NUL character anywhere in a request is a 422 naming where it is, and nothing reaches the endpoint."""

import httpx
import pytest
from pydantic import BaseModel

from mentor_kit.web.app import create_app


class Form(BaseModel):
    title: str
    options: list[str] = []
    extra: dict[str, str] = {}


def app_with_calls() -> tuple[object, list[object]]:
    app = create_app("nul-test")
    calls: list[object] = []

    @app.post("/items/{slug}")
    async def create(slug: str, form: Form, q: str = "") -> dict[str, str]:
        calls.append((slug, form, q))
        return {"slug": slug, "title": form.title}

    return app, calls


@pytest.mark.parametrize(
    ("path", "body", "field"),
    [
        ("/items/a", '{"title": "a\\u0000b"}', "title"),
        ("/items/a", '{"title": "ok", "options": ["x", "y\\u0000"]}', "options.1"),
        ("/items/a", '{"title": "ok", "extra": {"k\\u0000": "v"}}', "extra.k\x00"),
        ("/items/a%00b", '{"title": "ok"}', "path"),
        ("/items/a?q=x%00y", '{"title": "ok"}', "q"),
    ],
)
async def test_a_nul_is_refused_where_it_is(path: str, body: str, field: str) -> None:
    app, calls = app_with_calls()
    async with httpx.AsyncClient(transport=httpx.ASGITransport(app=app), base_url="http://t") as client:  # type: ignore[arg-type]
        answer = await client.post(path, content=body, headers={"content-type": "application/json"})
        assert answer.status_code == 422 and answer.headers["content-type"] == "application/problem+json"
        assert answer.json()["errors"][0]["field"] == field
        assert calls == []
        fine = await client.post(
            "/items/a?q=x",
            content='{"title": "a\\\\u0000 is written like this"}',
            headers={"content-type": "application/json"},
        )
        assert fine.status_code == 200 and len(calls) == 1  # an escaped backslash is no NUL: it passes whole
        assert fine.json()["title"] == "a\\u0000 is written like this"


def test_every_route_declares_its_problems_as_problem_json() -> None:
    app, _ = app_with_calls()
    spec = app.openapi()  # type: ignore[attr-defined]
    responses = spec["paths"]["/items/{slug}"]["post"]["responses"]
    assert {"401", "403", "404", "409", "422"} <= set(responses)
    assert all("application/problem+json" in responses[code]["content"] for code in ("404", "422"))
    assert "HTTPValidationError" not in str(spec)  # FastAPI's default 422 body is not what we answer
