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
from mentor_kit.web.problems import Unauthorized
from mentor_notifications.context import NotificationsContext, NotificationsContextDep
from mentor_notifications.inbox import service
from mentor_notifications.inbox.schemas import ROW_ID_MAX

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


async def _events(request: Request, ctx: NotificationsContext, user_id: str, last_id: int) -> AsyncIterator[str]:
    settings, hub = ctx.settings, ctx.hub
    yield f"retry: {settings.sse_retry_ms}\n\n"
    loop = asyncio.get_running_loop()
    next_heartbeat = loop.time() + settings.sse_heartbeat_seconds
    while not await request.is_disconnected():
        with hub.watching(user_id) as news:
            async with ctx.db.transaction() as session:
                rows = await service.newer_than(session, user_id, last_id)
            for notification in rows:
                yield _event(notification.id, notification.model_dump_json())
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
    ctx: NotificationsContextDep,
    authorization: Annotated[str | None, Header()] = None,
    access_token: Annotated[str | None, Query(description="for EventSource, which cannot send headers")] = None,
    last_event_id: Annotated[str | None, Header(alias="Last-Event-ID")] = None,
) -> StreamingResponse:
    user = await _stream_user(request, authorization, access_token)
    resume_after = None
    if last_event_id and last_event_id.isdigit() and len(last_event_id) <= 10 and int(last_event_id) <= ROW_ID_MAX:
        resume_after = int(last_event_id)  # anything else: not an id this stream gave, so from now on
    async with ctx.db.transaction() as session:
        start = await service.start_stream(session, user, resume_after, at=ctx.clock())
    events = _events(request, ctx, user.id, start)
    headers = {"Cache-Control": "no-cache", "X-Accel-Buffering": "no"}
    return StreamingResponse(events, media_type="text/event-stream", headers=headers)
