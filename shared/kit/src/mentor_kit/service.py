"""Assemble one service: database, messaging (outbox relay + consumer), token verification, the HTTP app.

A service's `bootstrap.py` calls `build_service(...)`; tests pass their own settings, broker or clock.
Handlers and workers get their dependencies from one `ServiceContext` made here (see `mentor_kit.context`).

One process runs the service in a `Role` (`mentor serve <svc> --role api|worker|all`), so an operator scales the
HTTP API and the message consumers apart: `api` serves the endpoints and only writes the outbox; `worker` runs the
consumer, the outbox relay and the background workers behind a bare health/metrics server. Relay and workers claim
their rows with `FOR UPDATE SKIP LOCKED`, so any number of worker replicas share one database.
"""

from collections.abc import AsyncIterator, Awaitable, Callable, Sequence
from contextlib import asynccontextmanager
from dataclasses import dataclass, field
from enum import StrEnum
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
from mentor_kit.web import ReadinessCheck, create_app

log = get_logger("mentor_kit.service")
Prepare = Callable[[Database], Awaitable[None]]
OPS_PATHS = frozenset({"/healthz", "/readyz", "/metrics"})  # all that a `worker` process answers over HTTP


class Role(StrEnum):
    """What one process of a service runs."""

    API = "api"  # the HTTP API only: no consumer, no outbox relay, no background workers (it writes the outbox)
    WORKER = "worker"  # consumer + outbox relay + background workers; HTTP: /healthz, /readyz, /metrics only
    ALL = "all"  # both (the default: `mentor dev`, the tests, a small deployment)


class Worker(Protocol):
    """A background loop that lives with the service (e.g. a deadline scheduler).

    It runs in the `worker` role unless it declares the roles it serves as a class attribute `roles`: a loop that
    wakes the API's open streams (it notices rows other replicas wrote) declares `roles = frozenset({Role.API})`."""

    async def start(self) -> None: ...

    async def stop(self) -> None: ...


def worker_roles(worker: Worker) -> frozenset[Role]:
    return frozenset(Role(role) for role in getattr(worker, "roles", (Role.WORKER,)))


@dataclass
class Service:
    settings: ServiceSettings
    db: Database
    messaging: ServiceMessaging
    verifier: TokenVerifier | None  # None: no JWKS URL or key configured (enough for `mentor migrate`, not to serve)
    context: ServiceContext[Any]
    workers: list[Worker] = field(default_factory=list)
    prepare: Prepare | None = None  # the schema step: Alembic migrations (None: `create_all` on SQLite)
    metadata: MetaData | None = None
    role: Role = Role.ALL
    app: FastAPI = field(init=False)  # the app of `Role.ALL`; `app_for(role)` gives a process's app
    _make_app: Callable[[Role], FastAPI] = field(init=False, repr=False)
    _running: list[Worker] = field(init=False, default_factory=list, repr=False)
    _messaging_started: bool = field(init=False, default=False, repr=False)

    def app_for(self, role: Role) -> FastAPI:
        """The ASGI app of a process in `role` (its lifespan starts what the role runs)."""
        self.role = role
        return self.app if role is Role.ALL else self._make_app(role)

    def runs(self, worker: Worker) -> bool:
        return self.role is Role.ALL or self.role in worker_roles(worker)

    async def migrate(self) -> None:
        """Bring the database to the newest schema (`mentor migrate <svc>`, or at start-up unless
        `migrate_on_start` is off): the service's Alembic migrations, or `create_all` on SQLite without them."""
        if self.prepare is not None:
            await self.prepare(self.db)
        elif not self.db.is_postgres and self.metadata is not None:
            await self.db.create_all(self.metadata)

    async def start(self) -> None:
        if self.role is not Role.API:
            await self.messaging.start()
            self._messaging_started = True
        self._running = [worker for worker in self.workers if self.runs(worker)]
        for worker in self._running:
            await worker.start()

    async def stop(self) -> None:
        for worker in self._running:
            await worker.stop()
        self._running = []
        if self._messaging_started:
            await self.messaging.stop()
            self._messaging_started = False
        await self.db.dispose()


def token_verifier(settings: ServiceSettings) -> TokenVerifier | None:
    if not settings.jwt_jwks_url and not settings.jwt_public_key_file:
        return None
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
    `prepare` readies the schema (Alembic upgrade in production; `create_all` on the embedded SQLite) at start-up,
    unless `settings.migrate_on_start` is off (then `mentor migrate <svc>` does it, once, before the replicas start).
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
    service = Service(settings, db, messaging, token_verifier(settings), ctx, prepare=prepare, metadata=metadata)
    if workers is not None:
        service.workers.extend(workers(ctx))

    @asynccontextmanager
    async def lifespan(app: FastAPI) -> AsyncIterator[None]:
        if service.verifier is None:  # refuse to start (before the readiness probe passes) rather than 401 everyone
            raise ValueError(f"{settings.service_name}: configure a JWKS URL or a public key for token validation")
        if settings.migrate_on_start:
            await service.migrate()
        await service.start()
        log.info("service.started", service=settings.service_name, role=str(service.role))
        try:
            yield
        finally:
            await service.stop()

    def make_app(role: Role) -> FastAPI:
        readiness: list[ReadinessCheck] = [("database", db.ping)]
        if role is not Role.API:  # an API process opens no broker connection: its events wait in the outbox
            readiness.append(("broker", messaging.broker.ready))
        app = create_app(
            settings.service_name,
            routers=routers if role is not Role.WORKER else (),
            readiness=readiness,
            lifespan=lifespan,
            settings=settings,
        )
        if role is Role.WORKER:  # no API documentation either: a worker's port answers the probes and Prometheus
            app.router.routes[:] = [r for r in app.router.routes if getattr(r, "path", None) in OPS_PATHS]
        app.state.context = ctx  # settings, database, outbox and clock: what endpoints reach through dependencies
        app.state.token_verifier = service.verifier
        return app

    service._make_app = make_app
    service.app = make_app(Role.ALL)
    return service
