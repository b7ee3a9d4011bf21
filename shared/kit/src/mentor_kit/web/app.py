"""The app factory every service uses: health, readiness, metrics, problem+json, correlation ids."""

import time
import uuid
from collections.abc import AsyncIterator, Awaitable, Callable, Sequence
from contextlib import AbstractAsyncContextManager, asynccontextmanager
from typing import Any

from fastapi import APIRouter, FastAPI, Request, Response
from fastapi.responses import JSONResponse
from prometheus_client import CONTENT_TYPE_LATEST, Counter, Histogram, generate_latest

from mentor_kit.logging import CORRELATION_HEADER, bound, get_logger
from mentor_kit.web.problems import install_problem_handlers

ReadinessCheck = tuple[str, Callable[[], Awaitable[bool]]]
Lifespan = Callable[[FastAPI], AbstractAsyncContextManager[None]]

log = get_logger("mentor_kit.http")
REQUESTS = Counter("mentor_http_requests_total", "HTTP requests", ["service", "method", "route", "status"])
LATENCY = Histogram("mentor_http_request_seconds", "HTTP request time", ["service", "method", "route"])


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
        if lifespan is None:
            yield
            return
        async with lifespan(app):
            yield

    app = FastAPI(title=f"MCU – Your Mentor: {service}", version=version, lifespan=run)
    install_problem_handlers(app)
    _install_correlation(app, service)

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


def _install_correlation(app: FastAPI, service: str) -> None:
    @app.middleware("http")
    async def correlate(request: Request, call_next: Callable[[Request], Awaitable[Any]]) -> Any:
        correlation_id = request.headers.get(CORRELATION_HEADER) or str(uuid.uuid4())
        started = time.perf_counter()
        with bound(correlation_id=correlation_id, service=service):
            response = await call_next(request)
            route = getattr(request.scope.get("route"), "path", "unmatched")
            REQUESTS.labels(service, request.method, route, response.status_code).inc()
            LATENCY.labels(service, request.method, route).observe(time.perf_counter() - started)
            if route not in ("/healthz", "/readyz", "/metrics"):
                log.info(
                    "http.request",
                    method=request.method,
                    route=route,
                    status=response.status_code,
                    ms=round((time.perf_counter() - started) * 1000, 1),
                )
        response.headers[CORRELATION_HEADER] = correlation_id
        return response
