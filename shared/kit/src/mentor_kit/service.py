"""Assemble one service: database, messaging (outbox relay + consumer), token verification, the HTTP app.

A service's `bootstrap.py` calls `build_service(...)`; tests pass their own settings, broker or handlers.
"""

from collections.abc import AsyncIterator, Awaitable, Callable, Mapping, Sequence
from contextlib import asynccontextmanager
from dataclasses import dataclass, field
from typing import Protocol

from fastapi import APIRouter, FastAPI
from sqlalchemy import MetaData

from mentor_contracts.events import Event
from mentor_kit.auth import TokenVerifier
from mentor_kit.db import Database
from mentor_kit.logging import get_logger
from mentor_kit.messaging import Broker, Handler, MessagingTables, ServiceMessaging, create_broker
from mentor_kit.settings import ServiceSettings
from mentor_kit.web import create_app

log = get_logger("mentor_kit.service")
Prepare = Callable[[Database], Awaitable[None]]


class Worker(Protocol):
    """A background loop that lives with the service (e.g. a deadline scheduler)."""

    async def start(self) -> None: ...

    async def stop(self) -> None: ...


@dataclass
class Service:
    settings: ServiceSettings
    db: Database
    messaging: ServiceMessaging
    verifier: TokenVerifier
    workers: list[Worker] = field(default_factory=list)
    app: FastAPI = field(init=False)

    async def start(self) -> None:
        await self.messaging.start()
        for worker in self.workers:
            await worker.start()

    async def stop(self) -> None:
        for worker in self.workers:
            await worker.stop()
        await self.messaging.stop()
        await self.db.dispose()


def token_verifier(settings: ServiceSettings) -> TokenVerifier:
    return TokenVerifier(
        issuer=settings.jwt_issuer,
        audience=settings.jwt_audience,
        public_key_file=settings.jwt_public_key_file,
        jwks_url=settings.jwt_jwks_url,
    )


def build_service(
    settings: ServiceSettings,
    *,
    tables: MessagingTables,
    metadata: MetaData,
    routers: Sequence[APIRouter] = (),
    handlers: Mapping[type[Event], Handler] | None = None,
    broker: Broker | None = None,
    prepare: Prepare | None = None,
) -> Service:
    """`prepare` readies the schema (Alembic upgrade in production; `create_all` on the embedded SQLite).
    A shared `broker` (the in-process bus of `mentor dev`) is started and closed by its owner."""
    db = Database(settings.database_url)
    messaging = ServiceMessaging(
        settings,
        db,
        tables,
        broker or create_broker(settings.broker_url, name=settings.service_name),
        handlers,
        own_broker=broker is None,
    )
    service = Service(settings, db, messaging, token_verifier(settings))

    @asynccontextmanager
    async def lifespan(app: FastAPI) -> AsyncIterator[None]:
        if prepare is not None:
            await prepare(db)
        elif not db.is_postgres:
            await db.create_all(metadata)
        await service.start()
        log.info("service.started", service=settings.service_name)
        try:
            yield
        finally:
            await service.stop()

    app = create_app(
        settings.service_name,
        routers=routers,
        readiness=[("database", db.ping), ("broker", messaging.broker.ready)],
        lifespan=lifespan,
    )
    app.state.db = db
    app.state.messaging = messaging
    app.state.token_verifier = service.verifier
    app.state.settings = settings
    service.app = app
    return service
