"""Assemble one service: database, messaging (outbox relay + consumer), token verification, the HTTP app.

A service's `bootstrap.py` calls `build_service(...)`; tests pass their own settings, broker or clock.
Handlers and workers get their dependencies from one `ServiceContext` made here (see `mentor_kit.context`).
"""

from collections.abc import AsyncIterator, Awaitable, Callable, Sequence
from contextlib import asynccontextmanager
from dataclasses import dataclass, field
from typing import Any, Protocol, cast

from fastapi import APIRouter, FastAPI
from sqlalchemy import MetaData
from sqlalchemy.ext.asyncio import AsyncSession

from mentor_kit.auth import TokenVerifier
from mentor_kit.clock import Clock, now
from mentor_kit.context import ContextHandler, ContextT, HandlerTable, ServiceContext, SettingsT
from mentor_kit.db import Database
from mentor_kit.logging import get_logger
from mentor_kit.messaging import Broker, Handler, MessagingTables, Outbox, ServiceMessaging, create_broker
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
    context: ServiceContext[Any]
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


def bind(handler: ContextHandler[ContextT], ctx: ContextT) -> Handler:
    """The consumer's `(session, event)` handler for a `(session, event, ctx)` one."""

    async def bound(session: AsyncSession, event: Any) -> None:
        await handler(session, event, ctx)

    bound.__name__ = getattr(handler, "__name__", "handler")
    return bound


def build_service(
    settings: SettingsT,
    *,
    tables: MessagingTables,
    metadata: MetaData,
    routers: Sequence[APIRouter] = (),
    handlers: HandlerTable[ContextT] | None = None,
    context: Callable[[ServiceContext[SettingsT]], ContextT] | None = None,
    workers: Callable[[ContextT], Sequence[Worker]] | None = None,
    broker: Broker | None = None,
    prepare: Prepare | None = None,
    clock: Clock = now,
) -> Service:
    """`handlers` maps each consumed event class to `async (session, event, ctx)`; `context` extends the kit's
    `ServiceContext` with the service's own dependencies; `workers` makes the background loops from it.
    `prepare` readies the schema (Alembic upgrade in production; `create_all` on the embedded SQLite).
    A shared `broker` (the in-process bus of `mentor dev`) is started and closed by its owner."""
    db = Database(settings.database_url)
    outbox = Outbox(tables, source=f"/services/{settings.service_name}")
    base = ServiceContext(settings=settings, db=db, outbox=outbox, clock=clock)
    ctx = context(base) if context is not None else cast(ContextT, base)
    messaging = ServiceMessaging(
        settings,
        db,
        tables,
        broker or create_broker(settings.broker_url, name=settings.service_name),
        {event: bind(handler, ctx) for event, handler in (handlers or {}).items()},
        outbox=outbox,
        own_broker=broker is None,
    )
    service = Service(settings, db, messaging, token_verifier(settings), ctx)
    if workers is not None:
        service.workers.extend(workers(ctx))

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
    app.state.context = ctx  # settings, database, outbox and clock: what endpoints reach through dependencies
    app.state.token_verifier = service.verifier
    service.app = app
    return service
