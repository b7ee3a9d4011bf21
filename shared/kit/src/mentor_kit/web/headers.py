"""Security headers on every answer of the API, and the one place CORS is configured.

An API answers JSON, so its Content-Security-Policy allows nothing (`default-src 'none'`) and no page may frame
it. The documentation pages (`/docs`: Swagger UI, `/redoc`: ReDoc) are HTML that loads its scripts and styles from a
CDN: they get a policy that allows exactly those sources, and their inline script by its hash.

`Strict-Transport-Security` is not set here: HTTPS ends at the reverse proxy or the ingress, which sets it (a
service behind it sees plain HTTP and cannot know the public scheme).
"""

import base64
import hashlib
import re
from collections.abc import Sequence

from starlette.middleware.cors import CORSMiddleware

from mentor_kit.web.limits import route_path
from mentor_kit.web.middleware import ASGIApp, Message, Receive, Scope, Send

API_POLICY = "default-src 'none'; frame-ancestors 'none'"
CDN = "https://cdn.jsdelivr.net"  # FastAPI's default swagger_js_url, swagger_css_url and redoc_js_url
FAVICON = "https://fastapi.tiangolo.com"  # FastAPI's default favicon of both pages
DOCS_POLICY = (
    "default-src 'none'; "
    f"script-src {CDN}{{scripts}}; "  # plus the hash of the page's inline script (Swagger UI's set-up)
    f"style-src {CDN} https://fonts.googleapis.com 'unsafe-inline'; "  # ReDoc's styled-components inject <style>
    "font-src https://fonts.gstatic.com; "
    f"img-src 'self' data: {FAVICON} {CDN}; "
    "connect-src 'self'; "  # the page fetches /openapi.json
    "worker-src blob:; "  # ReDoc's search worker
    "base-uri 'none'; form-action 'none'; frame-ancestors 'none'"
)
DOCS_PATHS = ("/docs", "/redoc")  # and below (/docs/oauth2-redirect)
COMMON = [
    (b"x-content-type-options", b"nosniff"),
    (b"x-frame-options", b"DENY"),
    (b"referrer-policy", b"no-referrer"),
    (b"cross-origin-opener-policy", b"same-origin"),
]
INLINE_SCRIPT = re.compile(rb"<script>(.*?)</script>", re.S)


def _is_docs(scope: Scope) -> bool:
    path = route_path(scope)
    return any(path == docs or path.startswith(docs + "/") for docs in DOCS_PATHS)


def docs_policy(html: bytes) -> str:
    hashes = "".join(
        f" 'sha256-{base64.b64encode(hashlib.sha256(script).digest()).decode()}'"
        for script in INLINE_SCRIPT.findall(html)
    )
    return DOCS_POLICY.format(scripts=hashes)


class SecurityHeaders:
    """`X-Content-Type-Options: nosniff`, `X-Frame-Options: DENY`, `Referrer-Policy: no-referrer` and a
    Content-Security-Policy on every HTTP answer (where the answer does not set its own)."""

    def __init__(self, app: ASGIApp) -> None:
        self.app = app

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        if _is_docs(scope):
            await self._docs(scope, receive, send)
            return

        async def send_with_headers(message: Message) -> None:
            if message["type"] == "http.response.start":
                message = {**message, "headers": _with(message, API_POLICY)}
            await send(message)

        await self.app(scope, receive, send_with_headers)

    async def _docs(self, scope: Scope, receive: Receive, send: Send) -> None:
        """The documentation page is small HTML: held until complete, to hash its inline script."""
        start: Message | None = None
        body: list[bytes] = []

        async def holding(message: Message) -> None:
            nonlocal start
            if message["type"] == "http.response.start":
                start = message
                return
            if message["type"] != "http.response.body" or start is None:
                await send(message)
                return
            body.append(message.get("body", b""))
            if not message.get("more_body", False):
                html = b"".join(body)
                await send({**start, "headers": _with(start, docs_policy(html))})
                await send({"type": "http.response.body", "body": html, "more_body": False})

        await self.app(scope, receive, holding)


def _with(start: Message, policy: str) -> list[tuple[bytes, bytes]]:
    """The answer's headers plus ours where it has none of that name: a value set closer to the endpoint wins (a
    mounted service's own documentation policy under the `mentor dev` gateway, say)."""
    headers = list(start.get("headers", ()))
    present = {name.lower() for name, _ in headers}
    ours = [*COMMON, (b"content-security-policy", policy.encode("latin-1"))]
    return headers + [item for item in ours if item[0] not in present]


def cors_options(origins: Sequence[str]) -> dict[str, object]:
    """Starlette's `CORSMiddleware` for the web client's origins only: bearer tokens, no cookies, so no
    credentials mode; the headers a client reads (correlation id, Retry-After, Location) exposed."""
    return {
        "allow_origins": list(origins),
        "allow_methods": ["GET", "POST", "PUT", "PATCH", "DELETE"],
        "allow_headers": ["Authorization", "Content-Type", "X-Correlation-ID", "Accept-Language"],
        "expose_headers": ["X-Correlation-ID", "Retry-After", "Location"],
        "allow_credentials": False,
        "max_age": 600,
    }


__all__ = ["CORSMiddleware", "SecurityHeaders", "cors_options", "docs_policy"]
