"""The caller's inbox: newest first, keyset-paginated; unread count; mark one or all read."""

from typing import Annotated

from fastapi import APIRouter, Query, Response

from mentor_kit.web.deps import DbSession
from mentor_kit.web.problems import NotFound
from mentor_notifications.inbox import repository
from mentor_notifications.inbox.models import Notification
from mentor_notifications.inbox.schemas import Marked, NotificationPage, NotificationRead, UnreadCount
from mentor_notifications.inbox.service import now
from mentor_notifications.users.api import Me

router = APIRouter(tags=["inbox"])


def to_read(notification: Notification) -> NotificationRead:
    return NotificationRead(
        id=notification.id,
        kind=notification.kind,
        title=notification.title,
        body=notification.body,
        link=notification.link,
        case_id=notification.case_id,
        created_at=notification.created_at,
        read=notification.read_at is not None,
    )


@router.get("/notifications", response_model=NotificationPage)
async def list_notifications(
    me: Me,
    session: DbSession,
    before: Annotated[int | None, Query(ge=1, description="only notifications older than this id")] = None,
    limit: Annotated[int, Query(ge=1, le=100)] = 20,
    unread: Annotated[bool, Query(description="only unread ones")] = False,
) -> NotificationPage:
    rows = await repository.page(session, me.id, before=before, limit=limit + 1, unread_only=unread)
    items = [to_read(n) for n in rows[:limit]]
    return NotificationPage(
        items=items,
        unread=await repository.unread_count(session, me.id),
        next_before=items[-1].id if len(rows) > limit else None,
    )


@router.get("/notifications/unread-count", response_model=UnreadCount)
async def unread_count(me: Me, session: DbSession) -> UnreadCount:
    return UnreadCount(unread=await repository.unread_count(session, me.id))


@router.post("/notifications/{notification_id}/read", status_code=204)
async def mark_read(notification_id: int, me: Me, session: DbSession) -> Response:
    if await repository.get(session, me.id, notification_id) is None:
        raise NotFound("no such notification")  # someone else's looks the same as a missing one
    await repository.mark_read(session, me.id, now(), notification_id)
    return Response(status_code=204)


@router.post("/notifications/read-all", response_model=Marked)
async def mark_all_read(me: Me, session: DbSession) -> Marked:
    return Marked(marked=await repository.mark_read(session, me.id, now()))
