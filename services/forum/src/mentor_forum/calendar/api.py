"""The events calendar: the HTTP endpoints. Reading public events needs no sign-in; answering and creating do.
Calendar apps cannot send a bearer token: they subscribe to a secret feed URL instead."""

import uuid
from typing import Annotated, Any

from fastapi import APIRouter, Path, Query, Request, Response, status

from mentor_contracts.taxonomy import RubricCode
from mentor_forum.calendar import feeds, service
from mentor_forum.calendar.models import Attendance, CalendarEvent
from mentor_forum.calendar.schemas import (
    AttendanceChange,
    Attendee,
    Attendees,
    Counts,
    EventCreate,
    EventEdit,
    EventPage,
    EventRead,
    EventSummary,
    FeedToken,
    MyAttendance,
)
from mentor_forum.calendar.service import EventView
from mentor_forum.calendar.times import local
from mentor_forum.context import ForumContextDep
from mentor_forum.discussions.schemas import Author
from mentor_kit.auth import CurrentUser, OptionalUser
from mentor_kit.clock import Moment, as_utc
from mentor_kit.web import problem_responses
from mentor_kit.web.deps import DbSession, ReadSession

router = APIRouter(tags=["forum"])
CALENDAR = "text/calendar; charset=utf-8"
NOT_FOUND = problem_responses({404: "No such event (a private one: its organizer and invitees only)"})
CHANGES = problem_responses(
    {403: "Only its organizer or a moderator", 404: "No such event", 409: "The event is cancelled or over"}
)
ICS: dict[int | str, dict[str, Any]] = {
    200: {"content": {"text/calendar": {}}, "description": "An iCalendar file (RFC 5545)"}
}


def _counts(event: CalendarEvent, counts: dict[str, int]) -> Counts:
    going = counts.get("going", 0)
    left = None if event.capacity is None else max(0, event.capacity - going)
    return Counts(
        going=going, interested=counts.get("interested", 0), waitlisted=counts.get("waitlisted", 0), places_left=left
    )


def summary(event: CalendarEvent, counts: dict[str, int]) -> EventSummary:
    starts, ends = as_utc(event.starts_at), as_utc(event.ends_at)
    return EventSummary(
        id=event.id,
        kind=event.kind,
        private=event.private,
        status=event.status,
        title=event.title,
        online=event.online,
        place=event.place,
        starts_at=starts,
        ends_at=ends,
        timezone=event.timezone,
        starts_local=local(starts, event.timezone),
        ends_local=local(ends, event.timezone),
        rubrics=event.rubrics,
        organizer=Author(id=event.organizer_id, name=event.organizer_name),
        capacity=event.capacity,
        counts=_counts(event, counts),
    )


def event_read(view: EventView) -> EventRead:
    event = view.event
    me = MyAttendance.model_validate({"status": view.me, "position": view.position}) if view.me else None
    return EventRead(
        **summary(event, view.counts).model_dump(),
        description=event.description,
        html=event.html,
        link=event.link,
        waitlist=event.waitlist,
        sequence=event.sequence,
        me=me,
        created_at=event.created_at,
        updated_at=event.updated_at,
    )


def _attendee(row: Attendance, position: int | None) -> Attendee:
    return Attendee.model_validate(
        {"id": row.user_id, "name": row.user_name, "status": row.status, "position": position, "since": row.updated_at}
    )


def _calendar(body: bytes, filename: str | None = None) -> Response:
    headers = {"Cache-Control": "private, no-cache"}
    if filename:
        headers["Content-Disposition"] = f'attachment; filename="{filename}"'
    return Response(content=body, media_type=CALENDAR, headers=headers)


@router.post(
    "/events",
    status_code=status.HTTP_201_CREATED,
    responses=problem_responses(
        {403: "Silenced by a moderator", 422: "A field is invalid (named in `errors`)", 429: "Too many events today"}
    ),
    summary="Put an event in the calendar (wall times of `timezone`)",
)
async def create(body: EventCreate, session: DbSession, user: CurrentUser, ctx: ForumContextDep) -> EventRead:
    per_day = ctx.settings.events_per_day
    return event_read(await service.create(session, ctx.outbox, user, body, at=ctx.clock(), per_day=per_day))


@router.get("/events", summary="Public events not over yet, by start (keyset pages)")
async def events(
    session: ReadSession,
    ctx: ForumContextDep,
    since: Annotated[Moment | None, Query(alias="from", description="Not over at (default: now)")] = None,
    until: Annotated[Moment | None, Query(alias="to", description="Starting before")] = None,
    rubric: RubricCode | None = None,
    cursor: Annotated[str | None, Query(max_length=200, description="`next` of the previous page")] = None,
    limit: Annotated[int | None, Query(ge=1, le=100)] = None,
) -> EventPage:
    start = since if since is not None else ctx.clock()
    page = await service.events(session, start, until, rubric, cursor, limit or ctx.settings.page_size)
    return EventPage(items=[summary(e, page.counts[e.id]) for e in page.events], next=page.next_cursor)


# Before /events/{event_id}: its path parameter would take "….ics" too.
@router.get(
    "/events/{event_id}.ics",
    response_class=Response,
    responses={**ICS, **NOT_FOUND},
    summary="One event as an iCalendar file",
)
async def event_ics(event_id: uuid.UUID, session: ReadSession, user: OptionalUser, ctx: ForumContextDep) -> Response:
    body = await feeds.event_ics(session, user, event_id, at=ctx.clock())
    return _calendar(body, f"event-{event_id}.ics")


@router.get("/events/{event_id}", responses=NOT_FOUND, summary="An event, its counts and the caller's answer")
async def event(event_id: uuid.UUID, session: ReadSession, user: OptionalUser) -> EventRead:
    return event_read(await service.read(session, user, event_id))


@router.patch(
    "/events/{event_id}",
    responses=CHANGES,
    summary="Change an event (time, place or text: a new SEQUENCE, and those who answered are told)",
)
async def edit(
    event_id: uuid.UUID, body: EventEdit, session: DbSession, user: CurrentUser, ctx: ForumContextDep
) -> EventRead:
    return event_read(await service.edit(session, ctx.outbox, user, event_id, body, at=ctx.clock()))


@router.post("/events/{event_id}/cancel", responses=CHANGES, summary="Cancel an event (those who answered are told)")
async def cancel(event_id: uuid.UUID, session: DbSession, user: CurrentUser, ctx: ForumContextDep) -> EventRead:
    return event_read(await service.cancel(session, ctx.outbox, user, event_id, at=ctx.clock()))


@router.put(
    "/events/{event_id}/attendance",
    responses=problem_responses(
        {404: "No such event", 409: "Full without a waitlist, cancelled, over, or the caller organizes it"}
    ),
    summary="Going (waitlisted when full), interested, or not going; an invitation: going or not_going",
)
async def attend(
    event_id: uuid.UUID, body: AttendanceChange, session: DbSession, user: CurrentUser, ctx: ForumContextDep
) -> EventRead:
    return event_read(await service.answer(session, ctx.outbox, user, event_id, body.status, at=ctx.clock()))


@router.get(
    "/events/{event_id}/attendees",
    responses=NOT_FOUND,
    summary="Counts; with names and answers for the organizer and moderators",
)
async def attendees(event_id: uuid.UUID, session: ReadSession, user: OptionalUser) -> Attendees:
    view, rows = await service.attendees(session, user, event_id)
    people: list[Attendee] | None = None
    if rows is not None:  # the waitlist comes in its order
        people, position = [], 0
        for row in rows:
            position += row.status == "waitlisted"
            people.append(_attendee(row, position if row.status == "waitlisted" else None))
    return Attendees(counts=_counts(view.event, view.counts), people=people)


@router.delete(
    "/events/{event_id}/attendees/{user_id}",
    status_code=status.HTTP_204_NO_CONTENT,
    responses=CHANGES,
    summary="Take someone off an event (their place goes to the waitlist)",
)
async def remove(
    event_id: uuid.UUID,
    user_id: Annotated[str, Path(max_length=128)],
    session: DbSession,
    user: CurrentUser,
    ctx: ForumContextDep,
) -> Response:
    await service.remove(session, ctx.outbox, user, event_id, user_id, at=ctx.clock())
    return Response(status_code=status.HTTP_204_NO_CONTENT)


@router.get("/me/calendar.ics", response_class=Response, responses=ICS, summary="My events as an iCalendar feed")
async def my_calendar(session: ReadSession, user: CurrentUser, ctx: ForumContextDep) -> Response:
    return _calendar(await feeds.feed(session, user.id, at=ctx.clock()))


@router.post(
    "/me/calendar/feed-token",
    status_code=status.HTTP_201_CREATED,
    summary="A secret URL of my feed for calendar apps (the previous one stops working)",
)
async def feed_token(request: Request, session: DbSession, user: CurrentUser, ctx: ForumContextDep) -> FeedToken:
    token = await feeds.issue_feed_token(session, user, at=ctx.clock())
    return FeedToken(url=str(request.url_for("token_feed", token=token)))


@router.delete(
    "/me/calendar/feed-token", status_code=status.HTTP_204_NO_CONTENT, summary="My secret feed URL stops working"
)
async def revoke_feed_token(session: DbSession, user: CurrentUser) -> Response:
    await feeds.revoke_feed_token(session, user)
    return Response(status_code=status.HTTP_204_NO_CONTENT)


@router.get(
    "/calendar/{token}.ics",
    name="token_feed",
    response_class=Response,
    responses={**ICS, **problem_responses({404: "No such feed (revoked, or never issued)"})},
    summary="A person's feed by its secret URL (no sign-in: for calendar apps)",
)
async def token_feed(token: str, session: ReadSession, ctx: ForumContextDep) -> Response:
    return _calendar(await feeds.feed_by_token(session, token, at=ctx.clock()))
