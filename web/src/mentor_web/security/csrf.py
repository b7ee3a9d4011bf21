"""CSRF protection: a signed double-submit token on every form.

The browser gets a random value in an HttpOnly cookie (`mentor_csrf`); every form carries that value signed with
the app's secret (itsdangerous) in a hidden `csrf_token` field (htmx requests send it as `X-CSRF-Token`, from the
`hx-headers` of <body>). A POST, PUT, PATCH or DELETE whose token is missing, forged, expired or made for another
cookie is refused with 403 before its endpoint runs (`require_csrf`, a dependency of the whole app).
"""

import secrets

from fastapi import Request
from itsdangerous import BadSignature, URLSafeTimedSerializer

CSRF_COOKIE = "mentor_csrf"
CSRF_FIELD = "csrf_token"
CSRF_HEADER = "x-csrf-token"
MAX_AGE_SECONDS = 24 * 3600
UNSAFE_METHODS = frozenset({"POST", "PUT", "PATCH", "DELETE"})


class CsrfRejected(Exception):
    """The request's CSRF token does not prove it came from one of our own pages."""


class CsrfTokens:
    def __init__(self, secret: str) -> None:
        self._serializer = URLSafeTimedSerializer(secret, salt="mentor-web.csrf")

    @staticmethod
    def new_cookie_value() -> str:
        return secrets.token_urlsafe(32)

    def token_for(self, cookie_value: str) -> str:
        return str(self._serializer.dumps(cookie_value))

    def matches(self, token: str, cookie_value: str) -> bool:
        try:
            signed = self._serializer.loads(token, max_age=MAX_AGE_SECONDS)
        except BadSignature:
            return False
        return isinstance(signed, str) and secrets.compare_digest(signed, cookie_value)


def csrf_cookie_value(request: Request) -> str:
    """This browser's CSRF cookie value (a new one, set on the answer by the middleware, if it has none yet)."""
    value: str = request.state.csrf_cookie
    return value


async def require_csrf(request: Request) -> None:
    if request.method not in UNSAFE_METHODS:
        return
    tokens: CsrfTokens = request.app.state.csrf
    cookie = request.cookies.get(CSRF_COOKIE, "")
    token = request.headers.get(CSRF_HEADER, "")
    if not token and request.headers.get("content-type", "").startswith(
        ("application/x-www-form-urlencoded", "multipart/form-data")
    ):
        form = await request.form()
        value = form.get(CSRF_FIELD, "")
        token = value if isinstance(value, str) else ""
    if not cookie or not token or not tokens.matches(token, cookie):
        raise CsrfRejected
