"""The app factory every service uses: health, readiness, metrics (with the event loop's lag), problem+json,
correlation ids."""

from collections.abc import AsyncIterator, Awaitable, Callable, Sequence
from contextlib import AbstractAsyncContextManager, asynccontextmanager

from fastapi import APIRouter, FastAPI, Response
from fastapi.responses import JSONResponse
from prometheus_client import CONTENT_TYPE_LATEST, generate_latest

from mentor_kit.metrics import LoopLagMonitor
from mentor_kit.web.middleware import RequestContextMiddleware
from mentor_kit.web.nul_guard import NulGuard
from mentor_kit.web.problems import COMMON_PROBLEMS, install_problem_handlers

ReadinessCheck = tuple[str, Callable[[], Awaitable[bool]]]
Lifespan = Callable[[FastAPI], AbstractAsyncContextManager[None]]


def create_app(
    service: str,
    *,
    routers: Sequence[APIRouter] = (),
    readiness: Sequence[ReadinessCheck] = (),
    lifespan: Lifespan | None = None,
    version: str = "0.1.0",
) -> FastAPI:
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
    app.add_middleware(NulGuard)  # inside the request context: its 422s are logged and counted like any answer
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
