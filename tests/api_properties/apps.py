"""The five services as the property run sees them: their OpenAPI documents, their deployed form (PostgreSQL,
in-process broker) and the embedded platform, each served over real HTTP by uvicorn in a thread of its own (the
tests call them synchronously, through schemathesis)."""

import asyncio
import importlib
import os
import threading
from collections.abc import Iterator
from contextlib import AbstractAsyncContextManager, ExitStack, contextmanager
from pathlib import Path
from typing import Any

from fastapi import FastAPI

from mentor_kit.auth.dev import DEV_PUBLIC_KEY, mint_token
from mentor_kit.service import Service
from mentor_kit.settings import ServiceSettings
from mentor_kit.testing.http import served
from mentor_kit.testing.plugin import temporary_database

# What the run did, per (service, deployment): examples sent, seconds spent in them; printed after the run.
TALLY: dict[tuple[str, str], list[float]] = {}

SERVICES = ("cases", "matching", "library", "notifications", "forum")
SEARCHING = ("library", "forum")  # the services with a search index

# Endpoints a request/response property run cannot drive: the live stream never ends by itself.
NOT_FUZZED = {"notifications": {("GET", "/stream")}}

# Who calls: (role or None, subject ids). Each example's token names one of the role's subjects in turn.
PERSONAS: dict[str, tuple[str | None, tuple[str, ...]]] = {
    "none": (None, ()),
    "mentee": ("mentee", ("mentee-anna", "mentee-pavel")),
    "mentor": ("mentor", ("mentor-ivanova", "mentor-petrov")),
    "moderator": ("moderator", ("moderator-olga", "moderator-ivan")),
    "admin": ("admin", ("admin", "admin-2")),
}


def tokens() -> dict[str, list[dict[str, str]]]:
    """Authorization headers per persona (an empty header set for `none`)."""
    result: dict[str, list[dict[str, str]]] = {}
    for persona, (role, subjects) in PERSONAS.items():
        if role is None:
            result[persona] = [{}]
        else:
            result[persona] = [
                {"Authorization": f"Bearer {mint_token(subject, [role], name=subject, email=f'{subject}@example.org')}"}
                for subject in subjects
            ]
    return result


def _module(service: str, part: str) -> Any:
    return importlib.import_module(f"mentor_{service}.{part}")


def settings_class(service: str) -> type[ServiceSettings]:
    settings = _module(service, "settings")
    return next(
        value
        for name, value in vars(settings).items()
        if name.endswith("Settings")
        and isinstance(value, type)
        and issubclass(value, ServiceSettings)
        and value is not ServiceSettings
    )


def create(service: str, **settings: Any) -> Service:
    created: Service = _module(service, "bootstrap").create_service(settings_class(service)(**settings))
    return created


def openapi(service: str) -> dict[str, Any]:
    """The service's OpenAPI document (built from its app; nothing is started)."""
    app = create(service, database_url="sqlite+aiosqlite:///:memory:").app
    document: dict[str, Any] = app.openapi()
    return document


class ServedInThread:
    """An ASGI app under uvicorn, in a thread with its own event loop (lifespan included)."""

    def __init__(self, app: FastAPI) -> None:
        self.app = app
        self.url = ""
        self._loop = asyncio.new_event_loop()
        self._ready = threading.Event()
        self._stop: asyncio.Event | None = None
        self._error: BaseException | None = None
        self._thread = threading.Thread(target=self._run, name="api-properties-server", daemon=True)

    def _run(self) -> None:
        asyncio.set_event_loop(self._loop)
        try:
            self._loop.run_until_complete(self._serve())
        except BaseException as error:  # start-up failed: tell the waiting test
            self._error = error
            self._ready.set()

    async def _serve(self) -> None:
        self._stop = asyncio.Event()
        context: AbstractAsyncContextManager[str] = served(self.app)
        async with context as url:
            self.url = url
            self._ready.set()
            await self._stop.wait()

    def __enter__(self) -> str:
        self._thread.start()
        if not self._ready.wait(120):
            raise TimeoutError("the app did not start within 120 s")
        if self._error is not None:
            raise self._error
        return self.url

    def __exit__(self, *_: object) -> None:
        if self._stop is not None:
            self._loop.call_soon_threadsafe(self._stop.set)
        self._thread.join(60)


@contextmanager
def deployed(search_url: str, data_dir: Path) -> Iterator[dict[str, str]]:
    """Every service as deployed: its own PostgreSQL database, the JWT checked against the development key; the
    in-process broker (`memory://`) stands in for RabbitMQ, which the request paths never wait for."""
    urls: dict[str, str] = {}
    with ExitStack() as stack:
        for service in SERVICES:
            database_url = stack.enter_context(temporary_database(f"props_{service}"))
            extra: dict[str, Any] = {}
            if service in SEARCHING:
                extra = {"search_url": search_url, "index_prefix": f"props-{service}"}
            if service == "notifications":
                extra = {"mail_dir": data_dir / "mail"}
            app = create(
                service,
                database_url=database_url,
                broker_url="memory://",
                jwt_public_key_file=DEV_PUBLIC_KEY,
                log_json=False,
                log_level="WARNING",
                writes_per_minute=0,  # the run writes far faster than a person: the limits are tested elsewhere
                anonymous_searches_per_minute=0,
                **extra,
            ).app
            urls[service] = stack.enter_context(ServedInThread(app))
        yield urls


@contextmanager
def embedded(search_url: str, data_dir: Path) -> Iterator[dict[str, str]]:
    """The platform of `make run`: all five on SQLite in one process, each mounted under /api/<service>."""
    from mentor_gateway.dev import SearchServer, build_platform

    search = SearchServer(data_dir / "search")
    search.url = search_url  # the session's search server, already running
    unlimited = {f"{service.upper()}_{limit}": "0" for service in SERVICES for limit in LIMITS}
    with patched_environment(unlimited):  # the plugins read their settings from the environment when built
        platform = build_platform(data_dir, search)
    with ServedInThread(platform) as base:
        yield {service: f"{base}/api/{service}" for service in SERVICES}


LIMITS = ("WRITES_PER_MINUTE", "ANONYMOUS_SEARCHES_PER_MINUTE")


@contextmanager
def patched_environment(values: dict[str, str]) -> Iterator[None]:
    saved = {name: os.environ.get(name) for name in values}
    os.environ.update(values)
    try:
        yield
    finally:
        for name, value in saved.items():
            if value is None:
                os.environ.pop(name, None)
            else:
                os.environ[name] = value
