"""A NUL character (U+0000) anywhere in a request is refused with a 422 naming where it is.

PostgreSQL text cannot hold it: without this guard any text field, path or query value carrying one reached the
database and answered 500. One check in front of every endpoint of every service instead of a validator on every
field; JSON bodies are read only when they contain one (its escape or the raw byte), to name the field at fault.
"""

import json
from typing import Any
from urllib.parse import parse_qsl, unquote

from starlette.requests import Request

from mentor_kit.web.middleware import ASGIApp, Message, Receive, Scope, Send
from mentor_kit.web.problems import problem_response

MESSAGE = "a NUL character (U+0000) cannot be stored: remove it"


def _where_in_json(value: Any, path: str = "") -> str | None:
    """The dotted path of the first string (or key) holding a NUL, as request validation names fields."""
    if isinstance(value, str):
        return path if "\x00" in value else None
    items = value.items() if isinstance(value, dict) else enumerate(value) if isinstance(value, list) else ()
    for key, item in items:
        here = f"{path}.{key}" if path else str(key)
        if isinstance(key, str) and "\x00" in key:
            return here
        found = _where_in_json(item, here)
        if found is not None:
            return found
    return None


def _where_in_url(scope: Scope) -> str | None:
    if "\x00" in unquote(scope.get("raw_path", b"").decode("latin-1")) or "\x00" in scope.get("path", ""):
        return "path"
    query = scope.get("query_string", b"").decode("latin-1")
    for name, value in parse_qsl(query, keep_blank_values=True):
        if "\x00" in name or "\x00" in value:
            return name.replace("\x00", "") or "query"
    return None


class NulGuard:
    def __init__(self, app: ASGIApp) -> None:
        self.app = app

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        field = _where_in_url(scope)
        if field is not None:
            await self._refuse(scope, receive, send, field)
            return
        chunks: list[bytes] = []
        more = True
        while more:
            message = await receive()
            if message["type"] != "http.request":  # the client went away: let the app see it
                await self.app(scope, _replay(chunks, message, receive), send)
                return
            chunks.append(message.get("body", b""))
            more = message.get("more_body", False)
        body = b"".join(chunks)
        if b"\\u0000" in body or b"\x00" in body:
            field = self._in_body(body)
            if field is not None:
                await self._refuse(scope, receive, send, field)
                return
        await self.app(scope, _replay([body], None, receive), send)

    @staticmethod
    def _in_body(body: bytes) -> str | None:
        try:
            return _where_in_json(json.loads(body))
        except (ValueError, RecursionError):
            return "body" if b"\x00" in body else None  # not JSON: the endpoint's own validation answers

    @staticmethod
    async def _refuse(scope: Scope, receive: Receive, send: Send, field: str) -> None:
        response = problem_response(
            Request(scope),
            422,
            "Invalid request",
            "validation",
            "One or more fields are invalid.",
            errors=[{"field": field, "message": MESSAGE, "code": "nul_character"}],
        )
        await response(scope, receive, send)


def _replay(chunks: list[bytes], last: Message | None, receive: Receive) -> Receive:
    """The body read here, then whatever comes next (a disconnect) from the real `receive`."""
    sent = False

    async def replay() -> Message:
        nonlocal sent
        if not sent:
            sent = True
            if last is not None and not chunks:
                return last
            return {"type": "http.request", "body": b"".join(chunks), "more_body": False}
        return last if last is not None else await receive()

    return replay
