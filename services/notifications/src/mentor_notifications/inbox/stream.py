"""Live updates: a Server-Sent Events stream of the caller's new notifications.

Works behind a gateway: a comment line every `sse_heartbeat_seconds` keeps proxies from closing an idle stream,
`X-Accel-Buffering: no` stops nginx buffering it, every event carries the notification id, and a client that
reconnects with `Last-Event-ID` gets what it missed. Browsers' EventSource cannot send headers, so the token may
also come as `?access_token=`. An idle stream does not query the database: it waits for the hub, which a commit
in this process or the watcher (other replicas' rows) wakes; each look is then a short transaction."""

import asyncio
from collections.abc import AsyncIterator
from contextlib import suppress
from typing import Annotated

from fastapi import APIRouter, Header, Query, Request
from fastapi.responses import StreamingResponse

from mentor_kit.auth import TokenVerifier, User
from mentor_kit.auth.tokens import InvalidToken
from mentor_kit.db import Database
from mentor_kit.web.problems import Unauthorized
from mentor_notifications.inbox import repository
from mentor_notifications.inbox.api import to_read
from mentor_notifications.inbox.hub import Hub
from mentor_notifications.settings import NotificationsSettings
from mentor_notifications.users.service import register

router = APIRouter(tags=["inbox"])


async def _stream_user(request: Request, authorization: str | None, access_token: str | None) -> User:
    token = access_token
    if authorization and authorization.lower().startswith("bearer "):
        token = authorization[7:]
    if not token:
        raise Unauthorized("a bearer token (header or access_token) is required")
    verifier: TokenVerifier = request.app.state.token_verifier
    try:
        return await verifier.verify(token)
    except InvalidToken as exc:
        raise Unauthorized(f"invalid token: {exc}") from exc


def _event(notification_id: int, data: str) -> str:
    return f"id: {notification_id}\nevent: notification\ndata: {data}\n\n"


async def _events(
    request: Request, db: Database, hub: Hub, settings: NotificationsSettings, user_id: str, last_id: int
) -> AsyncIterator[str]:
    yield f"retry: {settings.sse_retry_ms}\n\n"
    loop = asyncio.get_running_loop()
    next_heartbeat = loop.time() + settings.sse_heartbeat_seconds
    while not await request.is_disconnected():
        with hub.watching(user_id) as news:
            async with db.transaction() as session:
                rows = await repository.after(session, user_id, last_id)
            for notification in rows:
                yield _event(notification.id, to_read(notification).model_dump_json())
                last_id = notification.id
            if rows:
                continue
            if loop.time() >= next_heartbeat:
                yield ": heartbeat\n\n"
                next_heartbeat = loop.time() + settings.sse_heartbeat_seconds
            with suppress(TimeoutError):  # woken by a commit here or by the watcher, or time for a heartbeat
                await asyncio.wait_for(news.wait(), max(next_heartbeat - loop.time(), 0.01))


@router.get(
    "/stream",
    response_class=StreamingResponse,
    responses={200: {"content": {"text/event-stream": {}}, "description": "notification events"}},
)
async def stream(
    request: Request,
    authorization: Annotated[str | None, Header()] = None,
    access_token: Annotated[str | None, Query(description="for EventSource, which cannot send headers")] = None,
    last_event_id: Annotated[str | None, Header(alias="Last-Event-ID")] = None,
) -> StreamingResponse:
    user = await _stream_user(request, authorization, access_token)
    db: Database = request.app.state.db
    async with db.transaction() as session:
        await register(session, user)
        start = int(last_event_id) if last_event_id and last_event_id.isdigit() else None
        if start is None:
            start = await repository.last_id(session, user.id)  # a fresh stream: only what comes from now on
    events = _events(request, db, request.app.state.hub, request.app.state.settings, user.id, start)
    headers = {"Cache-Control": "no-cache", "X-Accel-Buffering": "no"}
    return StreamingResponse(events, media_type="text/event-stream", headers=headers)
