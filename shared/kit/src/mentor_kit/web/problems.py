"""RFC 9457 problem details: typed exceptions mapped to `application/problem+json` in one place."""

from typing import Any

from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse
from sqlalchemy.exc import IntegrityError
from starlette.exceptions import HTTPException as StarletteHTTPException

from mentor_kit.logging import get_logger
from mentor_kit.web.middleware import ASGIApp, Message, Receive, Scope, Send

PROBLEM_JSON = "application/problem+json"
TYPE_BASE = "https://mentor.mgpu.ru/problems/"
log = get_logger("mentor_kit.problems")


class ProblemError(Exception):
    """Base of every error a service raises on purpose; subclasses fix status and title."""

    status: int = 400
    title: str = "Bad request"
    slug: str = "bad-request"
    headers: dict[str, str] | None = None  # sent with the response

    def __init__(self, detail: str, *, errors: list[dict[str, Any]] | None = None, **extra: Any) -> None:
        super().__init__(detail)
        self.detail = detail
        self.errors = errors
        self.extra = extra


class Unauthorized(ProblemError):
    status, title, slug = 401, "Authentication required", "unauthorized"


class Forbidden(ProblemError):
    status, title, slug = 403, "Forbidden", "forbidden"


class NotFound(ProblemError):
    status, title, slug = 404, "Not found", "not-found"


class Conflict(ProblemError):
    status, title, slug = 409, "Conflict", "conflict"


class TooManyRequests(ProblemError):
    """429 with a `Retry-After` header (seconds), also in the body as `retry_after`."""

    status, title, slug = 429, "Too many requests", "too-many-requests"

    def __init__(self, detail: str, *, retry_after: int) -> None:
        super().__init__(detail, retry_after=retry_after)
        self.headers = {"Retry-After": str(retry_after)}


class Invalid(ProblemError):
    """422 with `errors: [{field, message}]`, the same shape as request validation errors."""

    status, title, slug = 422, "Invalid request", "validation"

    def __init__(self, errors: dict[str, str]) -> None:
        super().__init__(
            "One or more fields are invalid.",
            errors=[{"field": field, "message": message} for field, message in errors.items()],
        )


def problem_response(
    request: Request,
    status: int,
    title: str,
    slug: str,
    detail: str | None,
    headers: dict[str, str] | None = None,
    **fields: Any,
) -> JSONResponse:
    body: dict[str, Any] = {"type": TYPE_BASE + slug, "title": title, "status": status, "instance": request.url.path}
    if detail:
        body["detail"] = detail
    body.update({k: v for k, v in fields.items() if v is not None})
    if status == 401:
        headers = {"WWW-Authenticate": "Bearer", **(headers or {})}
    return JSONResponse(body, status_code=status, media_type=PROBLEM_JSON, headers=headers)


def _field(location: tuple[Any, ...]) -> str:
    parts = [str(p) for p in location if p not in ("body", "query", "path", "header")]
    return ".".join(parts) or str(location[0] if location else "")


def install_problem_handlers(app: FastAPI) -> None:
    @app.exception_handler(ProblemError)
    async def on_problem(request: Request, exc: ProblemError) -> JSONResponse:
        return problem_response(
            request, exc.status, exc.title, exc.slug, exc.detail, exc.headers, errors=exc.errors, **exc.extra
        )

    @app.exception_handler(RequestValidationError)
    async def on_validation(request: Request, exc: RequestValidationError) -> JSONResponse:
        errors = [
            {"field": _field(tuple(e.get("loc", ()))), "message": e.get("msg", ""), "code": e.get("type", "")}
            for e in exc.errors()
        ]
        return problem_response(
            request, 422, "Invalid request", "validation", "One or more fields are invalid.", errors=errors
        )

    @app.exception_handler(StarletteHTTPException)
    async def on_http(request: Request, exc: StarletteHTTPException) -> JSONResponse:
        slug = {404: "not-found", 405: "method-not-allowed", 401: "unauthorized"}.get(exc.status_code, "http")
        return problem_response(request, exc.status_code, str(exc.detail), slug, None)

    @app.exception_handler(IntegrityError)
    async def on_race(request: Request, exc: IntegrityError) -> JSONResponse:
        # Checks run before writes; two requests at once can both pass them, and the database's own constraint
        # then refuses the second (e.g. the same flag twice): a conflict to retry, not a server error.
        log.warning("http.integrity_conflict", error_type=type(exc.orig).__name__, path=request.url.path)
        return problem_response(
            request, 409, "Conflict", "conflict", "This conflicts with a change made at the same moment: try again."
        )


class CrashGuard:
    """An unhandled exception becomes a 500 problem+json here, inside the app's middleware, not in Starlette's
    outermost `ServerErrorMiddleware`: so the answer still passes the security headers and the correlation id, and
    the access log counts it like any other answer."""

    def __init__(self, app: ASGIApp) -> None:
        self.app = app

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        started = False

        async def watching(message: Message) -> None:
            nonlocal started
            started = started or message["type"] == "http.response.start"
            await send(message)

        try:
            await self.app(scope, receive, watching)
        except Exception as exc:
            # The exception text may hold personal data: log its type only, never its message.
            log.error("http.unhandled_error", error_type=type(exc).__name__, path=scope.get("path", ""))
            if started:  # the answer is already on its way (a stream): nothing left to say but to drop it
                raise
            request = Request(scope)
            response = problem_response(request, 500, "Internal error", "internal", "Something went wrong on our side.")
            await response(scope, receive, send)


Responses = dict[int | str, dict[str, Any]]
_PROBLEM_SCHEMA: dict[str, Any] = {
    "type": "object",
    "required": ["type", "title", "status"],
    "properties": {
        "type": {"type": "string", "format": "uri"},
        "title": {"type": "string"},
        "status": {"type": "integer"},
        "detail": {"type": "string"},
        "instance": {"type": "string"},
        "errors": {
            "type": "array",
            "items": {"type": "object", "properties": {"field": {"type": "string"}, "message": {"type": "string"}}},
        },
    },
}


def problem_responses(descriptions: dict[int, str]) -> Responses:
    """OpenAPI `responses=` for an endpoint's problem+json errors, e.g. `problem_responses({404: "No such case"})`."""
    return {
        status: {"description": description, "content": {PROBLEM_JSON: {"schema": _PROBLEM_SCHEMA}}}
        for status, description in descriptions.items()
    }


# What any endpoint may answer, declared on every route of every service (an endpoint's own descriptions win):
# generated clients learn the problem+json shape of each, and 422 is ours, not FastAPI's default body.
COMMON_PROBLEMS = problem_responses(
    {
        400: "The body is not valid JSON",
        401: "No valid bearer token where one is needed",
        403: "Signed in, but not allowed to do this",
        404: "No such object (or not one the caller may see)",
        409: "The object's state does not allow this now",
        413: "The request body is larger than the service takes",
        422: "A field is invalid: `errors` names each one",
        429: "Too many requests: wait for `Retry-After` seconds",
    }
)
