"""The web application: `create_app(settings)`. `mentor dev` mounts it at `/` of the gateway; deployed, it runs
as its own process (`mentor serve web`) behind the gateway at `/`, the APIs under `/api/...`."""

import secrets
from collections.abc import AsyncIterator, Awaitable, Callable
from contextlib import asynccontextmanager
from pathlib import Path

import httpx
from fastapi import Depends, FastAPI, Request
from fastapi.responses import HTMLResponse, JSONResponse, RedirectResponse, Response
from fastapi.staticfiles import StaticFiles
from prometheus_client import CONTENT_TYPE_LATEST, generate_latest
from starlette.exceptions import HTTPException as StarletteHTTPException

from mentor_kit.metrics import LoopLagMonitor
from mentor_web.api import ApiClient, ApiError, SignInRequired
from mentor_web.api.problems import problem_text
from mentor_web.pages import ROUTERS
from mentor_web.pages.rendering import Page, RoleRequired, sign_in_url
from mentor_web.security.csrf import CSRF_COOKIE, CsrfRejected, CsrfTokens, require_csrf
from mentor_web.security.headers import PageSecurityHeaders
from mentor_web.security.oidc import OidcClient
from mentor_web.security.sessions import SESSION_COOKIE, SessionStore, clear_session_cookie, is_https
from mentor_web.settings import WebSettings

STATIC = Path(__file__).parent / "static"


def create_app(
    settings: WebSettings | None = None,
    *,
    api_transport: httpx.AsyncBaseTransport | None = None,
    oidc_transport: httpx.AsyncBaseTransport | None = None,
) -> FastAPI:
    """`api_transport`/`oidc_transport`: for tests (an in-process platform or a fake identity provider)."""
    settings = settings or WebSettings()
    secret = settings.secret_key or secrets.token_urlsafe(32)

    @asynccontextmanager
    async def lifespan(app: FastAPI) -> AsyncIterator[None]:
        monitor = LoopLagMonitor()
        await monitor.start()
        try:
            yield
        finally:
            await monitor.stop()
            await app.state.api.close()
            await app.state.oidc.close()
            await app.state.sessions.close()

    app = FastAPI(
        title="MCU – Your Mentor: web",
        lifespan=lifespan,
        docs_url=None,
        redoc_url=None,
        openapi_url=None,
        dependencies=[Depends(require_csrf)],
    )
    app.state.settings = settings
    app.state.api = ApiClient(settings.api_base, timeout=settings.api_timeout_seconds, transport=api_transport)
    app.state.sessions = SessionStore(settings.session_database_url, secret, settings.session_idle_minutes * 60)
    app.state.csrf = CsrfTokens(secret)
    app.state.oidc = OidcClient(settings, transport=oidc_transport)

    app.add_middleware(PageSecurityHeaders)
    app.middleware("http")(_session_and_csrf_cookie)
    _install_error_pages(app)
    app.mount("/static", StaticFiles(directory=STATIC), name="static")
    for router in ROUTERS:
        app.include_router(router)

    @app.get("/healthz", include_in_schema=False)
    async def healthz() -> dict[str, str]:
        return {"status": "ok", "service": "web"}

    @app.get("/readyz", include_in_schema=False)
    async def readyz() -> JSONResponse:
        ok = await app.state.sessions.ping()  # the APIs behind the gateway are not ours to wait for
        checks = {"sessions.database": ok}
        return JSONResponse({"status": "ok" if ok else "unavailable", "checks": checks}, status_code=200 if ok else 503)

    @app.get("/metrics", include_in_schema=False)
    async def metrics() -> Response:
        return Response(generate_latest(), media_type=CONTENT_TYPE_LATEST)

    return app


async def _session_and_csrf_cookie(request: Request, call_next: Callable[[Request], Awaitable[Response]]) -> Response:
    """Finds the person's session from its cookie; gives a new browser its CSRF cookie."""
    store: SessionStore = request.app.state.sessions
    session_id = request.cookies.get(SESSION_COOKIE, "")
    request.state.session = await store.get(session_id) if session_id else None
    csrf_cookie = request.cookies.get(CSRF_COOKIE, "")
    request.state.csrf_cookie = csrf_cookie or CsrfTokens.new_cookie_value()
    response = await call_next(request)
    if not csrf_cookie:
        secure = request.app.state.settings.cookie_secure
        response.set_cookie(
            CSRF_COOKIE,
            request.state.csrf_cookie,
            httponly=True,
            samesite="lax",
            secure=is_https(request) if secure is None else secure,
            path="/",
        )
    response.headers.setdefault("cache-control", "no-store" if request.state.session else "no-cache")
    return response


def _install_error_pages(app: FastAPI) -> None:
    def error_page(request: Request, status: int, message_key: str, detail: str = "") -> HTMLResponse:
        page = Page(request)
        return page.render("error.html", status, title=page.t(message_key), detail=detail)

    @app.exception_handler(SignInRequired)
    async def on_sign_in_required(request: Request, exc: SignInRequired) -> Response:
        session = request.state.session
        response = RedirectResponse(sign_in_url(request), status_code=303)
        if session is not None:  # its token expired or was refused: sign out, then in again
            await request.app.state.sessions.delete(session.id)
            clear_session_cookie(response)
        return response

    @app.exception_handler(RoleRequired)
    async def on_role_required(request: Request, exc: RoleRequired) -> HTMLResponse:
        return error_page(request, 403, "errors.forbidden")

    @app.exception_handler(CsrfRejected)
    async def on_csrf(request: Request, exc: CsrfRejected) -> HTMLResponse:
        return error_page(request, 403, "errors.csrf")

    @app.exception_handler(ApiError)
    async def on_api_error(request: Request, exc: ApiError) -> HTMLResponse:
        page = Page(request)
        status = exc.status if exc.status in (403, 404, 409, 429) else 502
        return page.render("error.html", status, title=problem_text(exc, page.t), detail="")

    @app.exception_handler(StarletteHTTPException)
    async def on_http(request: Request, exc: StarletteHTTPException) -> HTMLResponse:
        key = "errors.not_found" if exc.status_code == 404 else "errors.generic"
        return error_page(request, exc.status_code, key)

    @app.exception_handler(httpx.TransportError)
    async def on_api_unreachable(request: Request, exc: httpx.TransportError) -> HTMLResponse:
        return error_page(request, 503, "errors.unavailable")
