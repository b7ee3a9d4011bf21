"""Abuse limits in front of every endpoint: the request body's size (413) and the rate of writes and of anonymous
searches (429 with `Retry-After`). Pure ASGI middlewares, like `RequestContextMiddleware` and `NulGuard`.

The rate limits are kept in this process's memory: N replicas of a service (or an api and a worker process) accept
N times as much, and a restart forgets them. They are a brake on one runaway client, not an accounting: the forum
keeps its own posting limit in its database, across replicas.
"""

import math
import time
from collections.abc import Callable, Mapping
from dataclasses import dataclass

from starlette.requests import Request

from mentor_kit.auth.tokens import InvalidToken, TokenVerifier
from mentor_kit.logging import get_logger
from mentor_kit.web.middleware import ASGIApp, Message, Receive, Scope, Send
from mentor_kit.web.problems import problem_response

log = get_logger("mentor_kit.limits")
WRITES = frozenset({"POST", "PUT", "PATCH", "DELETE"})
SEARCH_SEGMENTS = frozenset({"search", "similar"})  # GET …/search, …/similar: library and forum search
DEFAULT_MAX_BODY = 256 * 1024


def route_path(scope: Scope) -> str:
    """The path as the app's routes see it (without the prefix of a mount, e.g. `/cases` in `mentor dev`)."""
    path: str = scope.get("path", "")
    root: str = scope.get("root_path", "")
    return path[len(root) :] or "/" if root and path.startswith(root) else path


class BodyTooLarge(Exception):
    pass


class BodySizeLimit:
    """413 when the request body is larger than `max_bytes`: at once from `Content-Length`, else (chunked) as soon
    as the body read so far passes it, without reading the rest. `overrides` maps a path prefix (as routed, e.g.
    `/attachments`) to its own limit; the longest matching prefix wins."""

    def __init__(self, app: ASGIApp, max_bytes: int = DEFAULT_MAX_BODY, overrides: Mapping[str, int] | None = None):
        self.app = app
        self.max_bytes = max_bytes
        self.overrides = sorted((overrides or {}).items(), key=lambda item: -len(item[0]))

    def limit_for(self, scope: Scope) -> int:
        path = route_path(scope)
        for prefix, limit in self.overrides:
            if path.startswith(prefix):
                return limit
        return self.max_bytes

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        limit = self.limit_for(scope)
        declared = _content_length(scope)
        if declared is not None and declared > limit:
            await self._refuse(scope, receive, send, limit)
            return
        received = 0
        started = False

        async def counting() -> Message:
            nonlocal received
            message = await receive()
            if message["type"] == "http.request":
                received += len(message.get("body", b""))
                if received > limit:
                    raise BodyTooLarge
            return message

        async def watching(message: Message) -> None:
            nonlocal started
            started = started or message["type"] == "http.response.start"
            await send(message)

        try:
            await self.app(scope, counting, watching)
        except BodyTooLarge:
            if started:  # an endpoint that streamed its answer while reading: nothing left to say
                raise
            await self._refuse(scope, receive, send, limit)

    @staticmethod
    async def _refuse(scope: Scope, receive: Receive, send: Send, limit: int) -> None:
        response = problem_response(
            Request(scope),
            413,
            "Request body too large",
            "body-too-large",
            f"The request body may hold at most {limit} bytes.",
            max_bytes=limit,
        )
        response.headers["Connection"] = "close"  # the rest of the body is not read
        await response(scope, receive, send)


def _content_length(scope: Scope) -> int | None:
    for name, value in scope["headers"]:
        if name.lower() == b"content-length":
            try:
                return int(value)
            except ValueError:
                return None
    return None


@dataclass
class Bucket:
    tokens: float
    updated: float


class TokenBuckets:
    """One token bucket per key: `per_minute` requests at once at most, refilled at `per_minute` a minute."""

    def __init__(self, per_minute: int, clock: Callable[[], float] = time.monotonic, max_keys: int = 100_000):
        self.per_minute = per_minute
        self.rate = per_minute / 60.0  # tokens a second
        self.clock = clock
        self.max_keys = max_keys
        self._buckets: dict[str, Bucket] = {}

    def take(self, key: str) -> int:
        """0 if the request may pass (a token taken), else the seconds to wait for the next token."""
        now = self.clock()
        bucket = self._buckets.get(key)
        if bucket is None:
            if len(self._buckets) >= self.max_keys:
                self._forget_full(now)
            bucket = self._buckets[key] = Bucket(float(self.per_minute), now)
        else:
            bucket.tokens = min(float(self.per_minute), bucket.tokens + (now - bucket.updated) * self.rate)
            bucket.updated = now
        if bucket.tokens >= 1.0:
            bucket.tokens -= 1.0
            return 0
        return max(1, math.ceil((1.0 - bucket.tokens) / self.rate))

    def _forget_full(self, now: float) -> None:
        """Keys whose bucket has refilled are the same as unknown ones: dropped, so memory stays bounded."""
        full = [
            key
            for key, bucket in self._buckets.items()
            if bucket.tokens + (now - bucket.updated) * self.rate >= self.per_minute
        ]
        for key in full:
            del self._buckets[key]
        if len(self._buckets) >= self.max_keys:  # all busy: the oldest go (they lose their debt, nothing more)
            oldest = sorted(self._buckets, key=lambda key: self._buckets[key].updated)[: self.max_keys // 10 or 1]
            for key in oldest:
                del self._buckets[key]


class RateLimit:
    """429 with `Retry-After` when one caller goes too fast: writes (POST, PUT, PATCH, DELETE) per signed-in
    subject (per client address without a valid token: the endpoint then answers 401 anyway), and anonymous
    searches (GET of a path ending in `/search` or `/similar`, without a valid token) per client address. Signed-in
    searches and other reads are not limited here. `0` a minute turns a limit off.

    The subject comes from the bearer token verified with the app's `state.token_verifier` (the verifier remembers
    verified tokens, so the endpoint's own check costs nothing more); a forged token counts as no token.
    The client address is the connection's: behind a reverse proxy, `<SVC>_TRUSTED_PROXIES` (`mentor serve`) names
    the proxy so that it is the client's, not the proxy's."""

    def __init__(
        self,
        app: ASGIApp,
        writes_per_minute: int = 120,
        anonymous_searches_per_minute: int = 60,
        clock: Callable[[], float] = time.monotonic,
    ) -> None:
        self.app = app
        self.writes = TokenBuckets(writes_per_minute, clock) if writes_per_minute > 0 else None
        self.searches = TokenBuckets(anonymous_searches_per_minute, clock) if anonymous_searches_per_minute else None

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        method: str = scope["method"]
        wait = 0
        if method in WRITES and self.writes is not None:
            subject = await _subject(scope)
            wait = self.writes.take(f"sub:{subject}" if subject else f"addr:{_address(scope)}")
            kind = "writes"
        elif method == "GET" and self.searches is not None and _is_search(scope) and await _subject(scope) is None:
            wait = self.searches.take(_address(scope))
            kind = "anonymous searches"
        if wait:
            log.warning("http.rate_limited", kind=kind, method=method, route=route_path(scope), retry_after=wait)
            response = problem_response(
                Request(scope),
                429,
                "Too many requests",
                "too-many-requests",
                f"Too many {kind} in a short time: try again in {wait} s.",
                {"Retry-After": str(wait)},
                retry_after=wait,
            )
            await response(scope, receive, send)
            return
        await self.app(scope, receive, send)


def _is_search(scope: Scope) -> bool:
    return route_path(scope).rstrip("/").rsplit("/", 1)[-1] in SEARCH_SEGMENTS


def _address(scope: Scope) -> str:
    client = scope.get("client")
    return str(client[0]) if client else "unknown"


async def _subject(scope: Scope) -> str | None:
    """The verified subject of the request's bearer token, or None (no token, a bad one, or no verifier)."""
    token = None
    for name, value in scope["headers"]:
        if name.lower() == b"authorization":
            scheme, _, credentials = value.decode("latin-1").partition(" ")
            if scheme.lower() == "bearer" and credentials.strip():
                token = credentials.strip()
            break
    if token is None:
        return None
    app = scope.get("app")
    verifier: TokenVerifier | None = getattr(getattr(app, "state", None), "token_verifier", None)
    if verifier is None:
        return None
    try:
        return (await verifier.verify(token)).id
    except InvalidToken:
        return None
    except Exception:  # e.g. the JWKS endpoint unreachable: the endpoint's own check answers; no 500 from here
        log.warning("http.rate_limit_unverified")
        return None
