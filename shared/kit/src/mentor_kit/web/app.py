"""The app factory every service uses: health, readiness, metrics (with the event loop's lag), problem+json,
correlation ids, and the abuse limits (body size, rate limits, security headers, CORS)."""

from collections.abc import AsyncIterator, Awaitable, Callable, Mapping, Sequence
from contextlib import AbstractAsyncContextManager, asynccontextmanager

from fastapi import APIRouter, FastAPI, Response
from fastapi.responses import JSONResponse
from prometheus_client import CONTENT_TYPE_LATEST, generate_latest

from mentor_kit.metrics import LoopLagMonitor
from mentor_kit.settings import ServiceSettings
from mentor_kit.web.headers import CORSMiddleware, SecurityHeaders, cors_options
from mentor_kit.web.limits import BodySizeLimit, RateLimit
from mentor_kit.web.middleware import RequestContextMiddleware
from mentor_kit.web.nul_guard import NulGuard
from mentor_kit.web.problems import COMMON_PROBLEMS, CrashGuard, install_problem_handlers

ReadinessCheck = tuple[str, Callable[[], Awaitable[bool]]]
Lifespan = Callable[[FastAPI], AbstractAsyncContextManager[None]]


def create_app(
    service: str,
    *,
    routers: Sequence[APIRouter] = (),
    readiness: Sequence[ReadinessCheck] = (),
    lifespan: Lifespan | None = None,
    version: str = "0.1.0",
    settings: ServiceSettings | None = None,
    body_limits: Mapping[str, int] | None = None,
) -> FastAPI:
    """`settings` gives the abuse limits (`max_body_bytes`, `writes_per_minute`, `anonymous_searches_per_minute`,
    `cors_origins`; their defaults without it); `body_limits` raises or lowers the body limit under a path prefix
    (e.g. `{"/attachments": 10 * 2**20}`) for an endpoint that needs it."""
    limits = settings if settings is not None else ServiceSettings.model_construct()  # the defaults, not the env

    @asynccontextmanager
    async def run(app: FastAPI) -> AsyncIterator[None]:
        monitor = LoopLagMonitor()  # `mentor_event_loop_lag_seconds`: what blocks this process's loop
        await monitor.start()
        try:
            if lifespan is None:
                yield
                return
            async with lifespan(app):
                yield
        finally:
            await monitor.stop()

    app = FastAPI(title=f"MCU – Your Mentor: {service}", version=version, lifespan=run, responses=COMMON_PROBLEMS)
    install_problem_handlers(app)
    # Outermost last. Every answer, the guards' refusals included, is logged and counted, carries the security
    # headers and (for the web client's origin) the CORS headers. The cheap refusals come first: the rate limit
    # before any body is read, the size limit (Content-Length, then counted while streaming) before NulGuard
    # buffers the body. A crash is answered innermost, so its 500 passes all of them.
    app.add_middleware(CrashGuard)
    app.add_middleware(NulGuard)
    app.add_middleware(BodySizeLimit, max_bytes=limits.max_body_bytes, overrides=body_limits)
    app.add_middleware(
        RateLimit,
        writes_per_minute=limits.writes_per_minute,
        anonymous_searches_per_minute=limits.anonymous_searches_per_minute,
    )
    if limits.cors_origins:  # none configured: no CORS headers, browsers keep other sites out
        app.add_middleware(CORSMiddleware, **cors_options(limits.cors_origins))  # type: ignore[arg-type]
    app.add_middleware(SecurityHeaders)
    app.add_middleware(RequestContextMiddleware, service=service)

    @app.get("/healthz", tags=["ops"], summary="Liveness: the process answers (no dependency checks)")
    async def healthz() -> dict[str, str]:
        return {"status": "ok", "service": service}

    @app.get("/readyz", tags=["ops"], summary="Readiness: the database and the broker are reachable")
    async def readyz() -> JSONResponse:
        checks = {name: await _safe(check) for name, check in readiness}
        ok = all(checks.values())
        return JSONResponse({"status": "ok" if ok else "unavailable", "checks": checks}, status_code=200 if ok else 503)

    @app.get("/metrics", tags=["ops"], summary="Prometheus metrics", include_in_schema=False)
    async def metrics() -> Response:
        return Response(generate_latest(), media_type=CONTENT_TYPE_LATEST)

    for router in routers:
        app.include_router(router)
    return app


async def _safe(check: Callable[[], Awaitable[bool]]) -> bool:
    try:
        return bool(await check())
    except Exception:
        return False
