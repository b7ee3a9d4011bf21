"""`mentor dev` serves the web application at `/`; the APIs stay under `/api/<name>`, what runs at `/platform`."""

from pathlib import Path
from typing import Any

import httpx
from fastapi import APIRouter

from mentor_gateway.dev import SearchServer, build_platform, web_app
from mentor_kit.db import naming_metadata
from mentor_kit.embedded import EmbeddedContext, ServicePlugin
from mentor_kit.messaging import messaging_tables
from mentor_kit.service import Service, build_service
from mentor_kit.settings import ServiceSettings
from mentor_web.app import create_app
from mentor_web.settings import WebSettings

metadata = naming_metadata()
tables = messaging_tables(metadata)
echo = APIRouter()


@echo.get("/hello")
async def hello() -> dict[str, str]:
    return {"hello": "world"}


def build_echo(context: EmbeddedContext) -> Service:
    settings = ServiceSettings(
        service_name="echo",
        database_url=f"sqlite+aiosqlite:///{context.data_dir}/echo.db",
        jwt_public_key_file=context.jwt_public_key_file,
    )
    return build_service(settings, tables=tables, metadata=metadata, routers=[echo], broker=context.broker)


class BackToThePlatform(httpx.AsyncBaseTransport):
    """The web's API calls into the same platform app, in process (`mentor dev` calls itself over loopback)."""

    app: Any = None

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        return await httpx.ASGITransport(app=self.app).handle_async_request(request)


def test_mentor_dev_builds_the_web_application_with_the_demo_sign_in() -> None:
    web = web_app("http://127.0.0.1:8000")
    assert web is not None and web.state.settings.dev_sign_in and web.state.settings.api_base.endswith(":8000")


async def test_the_web_application_is_served_at_the_root_beside_the_apis(tmp_path: Path) -> None:
    loop = BackToThePlatform()
    web = create_app(WebSettings(api_base="http://gateway", dev_sign_in=True), api_transport=loop)
    app = build_platform(tmp_path, SearchServer(tmp_path / "search"), [ServicePlugin("echo", build_echo)], web=web)
    loop.app = app
    async with app.router.lifespan_context(app):
        async with httpx.AsyncClient(transport=httpx.ASGITransport(app=app), base_url="http://gateway") as client:
            home = await client.get("/")
            assert home.status_code == 200 and home.headers["content-type"].startswith("text/html")
            assert "script-src 'self'" in home.headers["content-security-policy"]  # the page's policy, not the API's
            sign_in = (await client.get("/sign-in")).text
            assert "mentee-anna" in sign_in  # `mentor dev` lets you pick a demo user
            assert (await client.get("/static/vendor/htmx/htmx.min.js")).status_code == 200
            assert (await client.get("/api/echo/hello")).json() == {"hello": "world"}
            assert (await client.get("/platform")).json()["services"] == {"echo": "/api/echo/docs"}
            api = await client.get("/api/echo/hello")
            assert api.headers["content-security-policy"].startswith("default-src 'none'")
