"""`mentor dev`: the whole platform in one process on embedded defaults.

In-process bus, one SQLite file per service under the data folder, `noida-db` as a child process for search.
Each service's app is mounted under `/api/<name>`; the gateway itself serves the kit's health endpoints.
"""

import json
import subprocess
from collections import deque
from collections.abc import AsyncIterator
from contextlib import AsyncExitStack, asynccontextmanager
from pathlib import Path
from typing import Any

import httpx
from fastapi import FastAPI

from mentor_gateway.plugins import EmbeddedContext, ServicePlugin, discover
from mentor_kit.auth.dev import DEMO_USERS, DEV_PUBLIC_KEY, demo_tokens
from mentor_kit.messaging import InProcessBroker
from mentor_kit.messaging.broker import Delivery
from mentor_kit.messaging.topology import QueueDecl
from mentor_kit.search_server import start_search_server
from mentor_kit.settings import ServiceSettings
from mentor_kit.web import create_app


class PublicEventLog:
    """What an outside subscriber of `mentor.events` would see: the last events, served at `/events`. It also
    gives the public stream a subscriber in the embedded run, so public events are routable there."""

    QUEUE = "gateway.public-events"

    def __init__(self, broker: InProcessBroker, keep: int = 200) -> None:
        self.broker = broker
        self.events: deque[dict[str, Any]] = deque(maxlen=keep)

    async def start(self) -> None:
        await self.broker.declare([QueueDecl(self.QUEUE, bindings=(("mentor.events", "#"),))])
        await self.broker.consume(self.QUEUE, self._keep, prefetch=1)

    async def _keep(self, delivery: Delivery) -> None:
        self.events.appendleft(json.loads(delivery.body))
        await delivery.ack()


class SearchServer:
    """`noida-db` as a child process, stopped with the platform."""

    def __init__(self, data_dir: Path, port: int | None = None) -> None:
        self.data_dir = data_dir
        self.port = port
        self.process: subprocess.Popen[bytes] | None = None
        self.url = ""

    def start(self) -> str:
        self.process, self.url = start_search_server(self.data_dir, self.port)
        return self.url

    def stop(self) -> None:
        if self.process is not None and self.process.poll() is None:
            self.process.terminate()
            self.process.wait(10)

    async def ready(self) -> bool:
        async with httpx.AsyncClient(timeout=2) as client:
            return (await client.get(self.url)).status_code == 200


def build_platform(
    data_dir: Path, search: SearchServer, plugins: list[ServicePlugin] | None = None, web: FastAPI | None = None
) -> FastAPI:
    """`web`: the web application (mentor-web), served at `/` (the APIs stay under `/api/<name>`); without it `/`
    answers what runs here (always also at `/platform`)."""
    broker = InProcessBroker()
    public_events = PublicEventLog(broker)
    plugins = discover() if plugins is None else plugins
    context = EmbeddedContext(
        data_dir=data_dir, broker=broker, search_url=search.url, jwt_public_key_file=DEV_PUBLIC_KEY
    )
    services = {plugin.name: plugin.build(context) for plugin in plugins}

    @asynccontextmanager
    async def lifespan(app: FastAPI) -> AsyncIterator[None]:
        async with AsyncExitStack() as stack:
            await broker.start()
            stack.push_async_callback(broker.close)
            await public_events.start()
            for plugin in plugins:  # mounted apps' lifespans do not run by themselves
                service = services[plugin.name]
                await stack.enter_async_context(service.app.router.lifespan_context(service.app))
            if web is not None:
                await stack.enter_async_context(web.router.lifespan_context(web))
            # Demo data only once every service consumes (its queues exist, nothing published is unroutable),
            # people first: notifications must know the demo users before the demo cases' events reach it.
            for plugin in sorted(plugins, key=lambda p: p.seed_order):
                if plugin.seed_demo_data is not None:
                    await plugin.seed_demo_data(services[plugin.name])
            yield

    readiness = [("search", search.ready), ("broker", broker.ready)]
    readiness += [(f"{name}.database", service.db.ping) for name, service in services.items()]
    # Each mounted service limits its own writes and searches (it knows its token verifier): none twice here.
    limits = ServiceSettings.model_construct(writes_per_minute=0, anonymous_searches_per_minute=0)
    app = create_app("gateway", readiness=readiness, lifespan=lifespan, settings=limits)

    @app.get("/platform", tags=["ops"], summary="What runs here")
    async def index() -> dict[str, object]:
        return {
            "platform": "MCU – Your Mentor",
            "services": {name: f"/api/{name}/docs" for name in services},
            "search": search.url,
            "health": {"live": "/healthz", "ready": "/readyz", "metrics": "/metrics"},
            "public_events": "/events",
        }

    @app.get("/events", tags=["ops"], summary="The last events on the public stream mentor.events, newest first")
    async def events(limit: int = 50) -> list[dict[str, Any]]:
        return list(public_events.events)[: max(1, min(limit, 200))]

    if web is None:
        app.add_api_route("/", index, methods=["GET"], tags=["ops"], summary="What runs here")
    for name, service in services.items():
        app.mount(f"/api/{name}", service.app)
    if web is not None:
        app.mount("/", web)  # last: every path no API or ops route took
    app.state.services = services
    return app


def web_app(base_url: str) -> FastAPI | None:
    """The web application for `mentor dev` (sign-in by picking a demo user), calling the APIs at `base_url`;
    None where mentor-web is not installed."""
    try:
        from mentor_web.app import create_app as create_web_app
        from mentor_web.settings import WebSettings
    except ImportError:
        return None
    return create_web_app(WebSettings(api_base=base_url, dev_sign_in=True, log_json=False))


def banner(base_url: str, search_url: str, services: list[str]) -> str:
    tokens = demo_tokens()
    lines = [
        "MCU – Your Mentor, embedded run (in-process bus, SQLite, noida-db)",
        f"  web       {base_url}/            (the web application: sign in as a demo user)",
        f"  gateway   {base_url}/platform    health {base_url}/healthz  ready {base_url}/readyz",
        f"  search    {search_url}",
        "  e-mail    written as .eml files to ./data/mail (nothing leaves this machine)",
    ]
    lines += [f"  {name:<9} {base_url}/api/{name}/docs" for name in services] or [
        "  services  none installed yet: the gateway serves the kit's health endpoints"
    ]
    lines.append("Demo tokens (send as `Authorization: Bearer <token>`; development key, 12 h):")
    lines += [f"  {u.id:<15} {u.role:<9} {tokens[u.id]}" for u in DEMO_USERS]
    return "\n".join(lines)
