"""Notifications: the inbox (open one, mark all read), the preferences per kind, and the live unread count.

The live count is a Server-Sent Events stream of this site (`/notifications/stream`): the web process opens the
notifications service's stream with the signed-in person's token (the browser never holds one) and, at each new
notification, sends the browser the person's unread count (`event: unread`). `static/js/site.js` puts it in the
header's badge; without JavaScript the inbox page shows the count."""

from collections.abc import AsyncIterator
from typing import Any

import httpx
from fastapi import APIRouter
from fastapi.responses import Response, StreamingResponse

from mentor_web.api import ApiError, FormErrors, SignInRequired, form_errors
from mentor_web.pages.rendering import PageContext, SignedInPage, local_path

router = APIRouter()
CHANNELS = ("email", "in_app", "off")
STREAM_TIMEOUT = httpx.Timeout(None, connect=10.0)  # a live stream has no read deadline; heartbeats keep it alive


@router.get("/notifications", name="notifications")
async def inbox(page: SignedInPage, before: int | None = None, unread: bool = False) -> Response:
    found = await page.api.get(
        "/api/notifications/notifications", params={"before": before, "limit": 30, "unread": unread}
    )
    return page.render("notifications/inbox.html", found=found, unread_only=unread)


@router.post("/notifications/read-all", name="notifications_read_all")
async def read_all(page: SignedInPage) -> Response:
    await page.api.post("/api/notifications/notifications/read-all")
    return page.redirect("/notifications")


@router.post("/notifications/{notification_id}/open", name="notification_open")
async def open_notification(page: SignedInPage, notification_id: int) -> Response:
    """Mark it read and go where it points (a path of this site)."""
    form = await page.request.form()
    try:
        await page.api.post(f"/api/notifications/notifications/{notification_id}/read")
    except ApiError as exc:
        if exc.status != 404:
            raise
    return page.redirect(local_path(str(form.get("link", "")), "/notifications"))


async def _unread(page: PageContext) -> int:
    found = await page.api.get("/api/notifications/notifications/unread-count")
    return int(found["unread"])


@router.get("/notifications/stream", name="notifications_stream")
async def stream(page: SignedInPage) -> Response:
    api = page.api
    http: httpx.AsyncClient = api.client.http
    headers = {"Authorization": f"Bearer {api.token}", "Accept": "text/event-stream"}

    async def events() -> AsyncIterator[str]:
        try:
            yield f"retry: 5000\nevent: unread\ndata: {await _unread(page)}\n\n"
            async with http.stream("GET", "/api/notifications/stream", headers=headers, timeout=STREAM_TIMEOUT) as up:
                if up.status_code != 200:
                    return
                kind = ""
                async for line in up.aiter_lines():
                    if line.startswith("event:"):
                        kind = line[6:].strip()
                    elif line.startswith(":"):
                        yield ": heartbeat\n\n"  # keeps proxies between the browser and us from closing it
                    elif line == "" and kind == "notification":
                        kind = ""
                        yield f"event: unread\ndata: {await _unread(page)}\n\n"
        except (httpx.TransportError, SignInRequired, ApiError):
            return  # the browser reconnects after `retry`

    headers_out = {"Cache-Control": "no-cache", "X-Accel-Buffering": "no"}
    return StreamingResponse(events(), media_type="text/event-stream", headers=headers_out)


def _preferences_page(
    page: PageContext, prefs: dict[str, Any], errors: FormErrors, status_code: int = 200, saved: bool = False
) -> Response:
    return page.render(
        "notifications/preferences.html",
        status_code,
        prefs=prefs,
        channels=CHANNELS,
        errors=errors,
        saved=saved,
    )


@router.get("/notifications/preferences", name="notification_preferences")
async def preferences(page: SignedInPage, saved: bool = False) -> Response:
    prefs = await page.api.get("/api/notifications/preferences")
    return _preferences_page(page, prefs, FormErrors(), saved=saved)


@router.post("/notifications/preferences", name="save_notification_preferences")
async def save_preferences(page: SignedInPage) -> Response:
    form = await page.request.form()
    current = await page.api.get("/api/notifications/preferences")
    channels = {kind: str(form.get(f"channel_{kind}", value)) for kind, value in current["channels"].items()}
    body = {"digest": form.get("digest") == "yes", "channels": channels}
    try:
        await page.api.put("/api/notifications/preferences", json=body)
    except ApiError as exc:
        if exc.status not in (400, 422):
            raise
        errors = form_errors(exc, page.lang, page.t, frozenset({"digest", "channels"}))
        return _preferences_page(page, body, errors, 422)
    return page.redirect("/notifications/preferences?saved=true")
