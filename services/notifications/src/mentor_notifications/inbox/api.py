"""The caller's inbox: newest first, keyset-paginated; unread count; mark one or all read."""

from typing import Annotated

from fastapi import APIRouter, Path, Query, Response

from mentor_kit.web import problem_responses
from mentor_kit.web.deps import DbSession
from mentor_notifications.context import NotificationsContextDep
from mentor_notifications.inbox import service
from mentor_notifications.inbox.schemas import ROW_ID_MAX, InboxPageRead, MarkedCountRead, UnreadCountRead
from mentor_notifications.users.api import Me

router = APIRouter(tags=["inbox"])
NotificationId = Annotated[int, Path(ge=1, le=ROW_ID_MAX)]


@router.get("/notifications", response_model=InboxPageRead)
async def list_notifications(
    me: Me,
    session: DbSession,
    before: Annotated[
        int | None, Query(ge=1, le=ROW_ID_MAX, description="only notifications older than this id")
    ] = None,
    limit: Annotated[int, Query(ge=1, le=100)] = 20,
    unread: Annotated[bool, Query(description="only unread ones")] = False,
) -> InboxPageRead:
    return await service.inbox_page(session, me.id, before=before, limit=limit, unread_only=unread)


@router.get("/notifications/unread-count", response_model=UnreadCountRead)
async def unread_count(me: Me, session: DbSession) -> UnreadCountRead:
    return await service.unread_count(session, me.id)


@router.post(
    "/notifications/{notification_id}/read",
    status_code=204,
    responses=problem_responses({404: "No such notification (or someone else's)"}),
)
async def mark_read(
    notification_id: NotificationId, me: Me, session: DbSession, ctx: NotificationsContextDep
) -> Response:
    await service.mark_read(session, me.id, notification_id, at=ctx.clock())
    return Response(status_code=204)


@router.post("/notifications/read-all", response_model=MarkedCountRead)
async def mark_all_read(me: Me, session: DbSession, ctx: NotificationsContextDep) -> MarkedCountRead:
    return await service.mark_all_read(session, me.id, at=ctx.clock())
