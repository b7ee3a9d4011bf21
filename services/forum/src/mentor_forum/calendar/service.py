"""The events calendar: one function per use case. Functions never commit: the request, the consumer or the
worker owns the transaction, and the outbox rows are written in it. Sign-ups lock the event row, so places and
the waitlist's order hold under parallel requests on every replica."""

import html
import uuid
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from typing import Literal

from sqlalchemy.ext.asyncio import AsyncSession

from mentor_contracts.events import (
    CaseConsultationProposedV1,
    ForumEventNoticeV1,
    ForumEventScheduledV1,
    ForumEventUpdatedV1,
)
from mentor_forum import cursors, limits
from mentor_forum.calendar import repository, rules
from mentor_forum.calendar.models import Attendance, CalendarEvent, EventRubric
from mentor_forum.calendar.schemas import Answer, EventCreate, EventEdit
from mentor_forum.calendar.times import DEFAULT_ZONE, UnknownZone, local, zone
from mentor_forum.discussions.repository import serialize_posting
from mentor_forum.discussions.service import not_silenced
from mentor_forum.markup import render
from mentor_kit.auth import User
from mentor_kit.clock import as_utc
from mentor_kit.logging import get_logger
from mentor_kit.messaging import Outbox
from mentor_kit.web import Conflict, Forbidden, Invalid, NotFound

log = get_logger("mentor_forum.calendar")
# Who hears that an event changed or was cancelled: everyone who answered but "not going".
TOLD = ("going", "waitlisted", "interested", "invited")
Notice = Literal["reminder", "promoted", "changed", "cancelled", "invited"]
Announced = Literal["changed", "cancelled"]


def _name(user: User) -> str:
    return (user.name or user.id)[:200]


@dataclass(frozen=True)
class EventView:
    event: CalendarEvent
    counts: dict[str, int]
    me: str | None = None  # the caller's status, "organizer", or None
    position: int | None = None  # on the waitlist


# Reading


async def visible(
    session: AsyncSession, event_id: uuid.UUID, user: User | None, *, for_update: bool = False
) -> CalendarEvent:
    """The event, or 404: a private one exists only for its organizer and invitees (not even for moderators: a
    consultation is between a mentor and a case's author)."""
    event = await repository.event(session, event_id, for_update=for_update)
    if event is not None and event.private and not await _participant(session, event, user):
        event = None
    if event is None:
        raise NotFound("no such event")
    return event


async def _participant(session: AsyncSession, event: CalendarEvent, user: User | None) -> bool:
    if user is None:
        return False
    return user.id == event.organizer_id or await repository.attendance(session, event.id, user.id) is not None


async def _view(session: AsyncSession, event: CalendarEvent, user: User | None) -> EventView:
    counts = (await repository.counts(session, [event.id]))[event.id]
    if user is None:
        return EventView(event, counts)
    if user.id == event.organizer_id:
        return EventView(event, counts, "organizer")
    mine = await repository.attendance(session, event.id, user.id)
    if mine is None:
        return EventView(event, counts)
    position = None
    if mine.status == "waitlisted" and mine.queue_number is not None:
        position = await repository.waitlist_position(session, event.id, mine.queue_number)
    return EventView(event, counts, mine.status, position)


async def read(session: AsyncSession, user: User | None, event_id: uuid.UUID) -> EventView:
    return await _view(session, await visible(session, event_id, user), user)


@dataclass(frozen=True)
class EventPage:
    events: Sequence[CalendarEvent]
    counts: dict[uuid.UUID, dict[str, int]]
    next_cursor: str | None


async def events(
    session: AsyncSession,
    since: datetime,
    until: datetime | None,
    rubric: str | None,
    cursor: str | None,
    limit: int,
) -> EventPage:
    """Public scheduled events not over at `since`, by start (keyset pages: stable while events are added)."""
    after = cursors.decode(cursor) if cursor else None
    found = await repository.public_page(session, since, until, rubric, limit, after)
    page = found[:limit]
    more = len(found) > limit
    next_cursor = cursors.encode(page[-1].starts_at, page[-1].id) if more and page else None
    return EventPage(page, await repository.counts(session, [e.id for e in page]), next_cursor)


# Creating and changing

DAY = timedelta(days=1)


async def _within_daily_limit(session: AsyncSession, user: User, per_day: int, at: datetime) -> None:
    """At most `per_day` open events a person a day: 429 with Retry-After (moderators excepted)."""
    if user.is_moderator:
        return
    await serialize_posting(session, user.id)  # parallel creations are counted one after another
    recent = await repository.created_since(session, user.id, at - DAY)
    limits.within(recent, per_day, DAY, at, "events a day")


async def _not_silenced(session: AsyncSession, user: User, at: datetime) -> None:
    """A person the moderators silenced writes no event text either (moderators' own changes excepted)."""
    if not user.is_moderator:
        await not_silenced(session, user, at)


async def create(
    session: AsyncSession, outbox: Outbox, user: User, body: EventCreate, *, at: datetime, per_day: int
) -> EventView:
    await _not_silenced(session, user, at)
    await _within_daily_limit(session, user, per_day, at)
    errors: dict[str, str] = {}
    rules.where(body.online, body.link, body.place, errors)
    when = rules.times(body.starts_at, body.ends_at, body.timezone, errors, now=at)
    if errors or when is None:
        raise Invalid(errors)
    event = CalendarEvent(
        id=uuid.uuid4(),
        kind="open",
        private=False,
        title=body.title,
        description=body.description,
        html=render(body.description, field="description") if body.description else "",
        online=body.online,
        link=body.link or None,
        place=body.place or None,
        starts_at=when.starts_at,
        ends_at=when.ends_at,
        timezone=when.timezone,
        rubrics=list(dict.fromkeys(body.rubrics)),
        capacity=body.capacity,
        waitlist=body.waitlist,
        organizer_id=user.id,
        organizer_name=_name(user),
        status="scheduled",
        sequence=0,
        queued=0,
        created_at=at,
        updated_at=at,
    )
    repository.add(session, event, *(EventRubric(event_id=event.id, rubric=r) for r in event.rubrics))
    scheduled = ForumEventScheduledV1(
        event_id=event.id, starts_at=event.starts_at, ends_at=event.ends_at, online=event.online, at=at
    )
    await outbox.add(session, scheduled)
    return EventView(event, {}, "organizer")


def _may_manage(user: User, event: CalendarEvent) -> None:
    if not (user.id == event.organizer_id or user.is_moderator):
        raise Forbidden("only its organizer or a moderator may do this")


def _not_over(event: CalendarEvent, at: datetime) -> None:
    if event.status == "cancelled":
        raise Conflict("this event is cancelled")
    if as_utc(event.ends_at) <= at:
        raise Conflict("this event is over")


def _wall(event: CalendarEvent, value: datetime | None, instant: datetime) -> datetime:
    """What a PATCH means by a time: the one sent, else the event's wall time (kept when only the zone changes)."""
    return value if value is not None else local(as_utc(instant), event.timezone).replace(tzinfo=None)


async def edit(
    session: AsyncSession, outbox: Outbox, user: User, event_id: uuid.UUID, body: EventEdit, *, at: datetime
) -> EventView:
    """Change an event: time, place or text bump its SEQUENCE and tell everyone who answered; a higher capacity
    moves people up from the waitlist."""
    event = await visible(session, event_id, user, for_update=True)
    _may_manage(user, event)
    _not_over(event, at)
    await _not_silenced(session, user, at)
    sent = body.model_fields_set
    online = body.online if body.online is not None else event.online
    link = (body.link or None) if "link" in sent else event.link
    place = (body.place or None) if "place" in sent else event.place
    errors: dict[str, str] = {}
    rules.where(online, link, place, errors)
    tz_name = body.timezone or event.timezone
    moved = body.starts_at is not None or body.ends_at is not None or tz_name != event.timezone
    when = None
    if moved:
        starts, ends = _wall(event, body.starts_at, event.starts_at), _wall(event, body.ends_at, event.ends_at)
        start_moved = body.starts_at is not None or tz_name != event.timezone
        when = rules.times(starts, ends, tz_name, errors, now=at, check_start=start_moved)
    if errors:
        raise Invalid(errors)
    before = _shown(event)
    event.title = body.title or event.title
    if body.description is not None and body.description != event.description:
        event.description, event.html = (
            body.description,
            (render(body.description, field="description") if body.description else ""),
        )
    event.online, event.link, event.place = online, link, place
    if when is not None:
        event.starts_at, event.ends_at, event.timezone = when.starts_at, when.ends_at, when.timezone
    if body.rubrics is not None:
        event.rubrics = list(dict.fromkeys(body.rubrics))
        await repository.set_rubrics(session, event.id, event.rubrics)
    if "capacity" in sent:
        event.capacity = body.capacity
    if body.waitlist is not None:
        event.waitlist = body.waitlist
    event.updated_at = at
    if _shown(event) != before:
        event.sequence += 1
        await _announce(session, outbox, event, "changed", at=at)
    await _promote(session, outbox, event, at=at)
    return await _view(session, event, user)


def _shown(event: CalendarEvent) -> tuple[object, ...]:
    """What calendar apps show: a change of any of it is a new SEQUENCE."""
    return (
        event.title,
        event.description,
        event.online,
        event.link,
        event.place,
        as_utc(event.starts_at),
        as_utc(event.ends_at),
        event.timezone,
    )


async def cancel(session: AsyncSession, outbox: Outbox, user: User, event_id: uuid.UUID, *, at: datetime) -> EventView:
    """Cancelled for good (asking again changes nothing): everyone who answered is told, apps remove it."""
    event = await visible(session, event_id, user, for_update=True)
    _may_manage(user, event)
    if event.status != "cancelled":
        event.status, event.updated_at = "cancelled", at
        event.sequence += 1
        await _announce(session, outbox, event, "cancelled", at=at)
    return await _view(session, event, user)


async def _announce(
    session: AsyncSession, outbox: Outbox, event: CalendarEvent, notice: Announced, *, at: datetime
) -> None:
    """A change or cancellation: a notice to those who answered, and the public event unless it is private."""
    await notify(session, outbox, event, notice, await repository.user_ids(session, event.id, TOLD), at=at)
    if not event.private:
        updated = ForumEventUpdatedV1(
            event_id=event.id,
            sequence=event.sequence,
            status="cancelled" if event.status == "cancelled" else "scheduled",
            starts_at=as_utc(event.starts_at),
            ends_at=as_utc(event.ends_at),
            at=at,
        )
        await outbox.add(session, updated)


async def notify(
    session: AsyncSession,
    outbox: Outbox,
    event: CalendarEvent,
    notice: Notice,
    recipients: Sequence[str],
    *,
    at: datetime,
) -> None:
    if not recipients:
        return
    message = ForumEventNoticeV1(
        event_id=event.id,
        notice=notice,
        title=event.title,
        starts_at=as_utc(event.starts_at),
        timezone=event.timezone,
        recipient_ids=list(recipients),
        at=at,
    )
    await outbox.add(session, message)


# Signing up


async def answer(
    session: AsyncSession, outbox: Outbox, user: User, event_id: uuid.UUID, status: Answer, *, at: datetime
) -> EventView:
    """Going (waitlisted when full, if the event keeps a waitlist), interested or not going. A going person who
    stops going frees their place for the first of the waitlist, in the same transaction."""
    event = await visible(session, event_id, user, for_update=True)  # the lock that makes places race-free
    _not_over(event, at)
    if user.id == event.organizer_id:
        raise Conflict("you organize this event: you always go")
    if event.private and status == "interested":
        raise Invalid({"status": "an invitation is accepted (going) or declined (not_going)"})
    row = await repository.attendance(session, event.id, user.id)
    was = row.status if row is not None else None
    if status == "going" and was in ("going", "waitlisted"):
        return await _view(session, event, user)
    now_status = await _seat(session, event) if status == "going" else status
    if row is None:
        row = Attendance(event_id=event.id, user_id=user.id, user_name=_name(user), status=now_status)
        repository.add(session, row)
    row.status, row.user_name, row.updated_at = now_status, _name(user), at
    row.queue_number = None
    if now_status == "waitlisted":
        event.queued += 1
        row.queue_number = event.queued
    if was == "going" and now_status != "going":
        await _promote(session, outbox, event, at=at)
    return await _view(session, event, user)


async def _seat(session: AsyncSession, event: CalendarEvent) -> str:
    if event.capacity is None or await repository.going_count(session, event.id) < event.capacity:
        return "going"
    if event.waitlist:
        return "waitlisted"
    raise Conflict(f"this event is full ({event.capacity} places) and keeps no waitlist")


async def _promote(session: AsyncSession, outbox: Outbox, event: CalendarEvent, *, at: datetime) -> None:
    """Places free (someone left, or the capacity grew): the first of the waitlist go, in their order, and are
    told."""
    free = None if event.capacity is None else event.capacity - await repository.going_count(session, event.id)
    if free is not None and free <= 0:
        return
    moved = await repository.first_waitlisted(session, event.id, free)
    for row in moved:
        row.status, row.queue_number, row.updated_at = "going", None, at
    if moved and event.status == "scheduled":
        await notify(session, outbox, event, "promoted", [r.user_id for r in moved], at=at)


async def remove(
    session: AsyncSession, outbox: Outbox, user: User, event_id: uuid.UUID, user_id: str, *, at: datetime
) -> None:
    """The organizer or a moderator takes someone off the event (their place goes to the waitlist)."""
    event = await visible(session, event_id, user, for_update=True)
    _may_manage(user, event)
    row = await repository.attendance(session, event.id, user_id)
    if row is None:
        raise NotFound("this person has not answered")
    was = row.status
    await repository.remove(session, row)
    if was == "going":
        await _promote(session, outbox, event, at=at)


async def attendees(
    session: AsyncSession, user: User | None, event_id: uuid.UUID
) -> tuple[EventView, Sequence[Attendance] | None]:
    """Counts for anyone who may see the event; names only for its organizer and moderators."""
    event = await visible(session, event_id, user)
    view = await _view(session, event, user)
    if user is None or not (user.id == event.organizer_id or user.is_moderator):
        return view, None
    return view, await repository.attendees(session, event.id)


# Private consultations


async def receive_consultation(
    session: AsyncSession, outbox: Outbox, proposal: CaseConsultationProposedV1, *, at: datetime
) -> None:
    """A mentor proposes an online consultation to the author of a personal case: a private event (id: the
    consultation's) with the author invited. Once, however often the event arrives; nothing public."""
    if await repository.event(session, proposal.consultation_id) is not None:
        return
    try:
        tz = zone(proposal.timezone)
    except UnknownZone:
        log.warning("forum.consultation_zone_unknown", event_id=str(proposal.consultation_id))
        tz = zone(DEFAULT_ZONE)
    # Instants as sent; a time without an offset is a wall time of the zone (the clocks' gap resolved forward).
    starts, ends = (t if t.tzinfo else t.replace(tzinfo=tz) for t in (proposal.starts_at, proposal.ends_at))
    problems: dict[str, str] = {}
    rules.times(starts, ends, tz.key, problems, now=at, check_start=False)
    if problems or starts > at + rules.FURTHEST:
        # A consumer cannot answer 422: an event no calendar could show is not created (the cases service bounds
        # what it sends; this guards every other sender), and the reason is logged without any text.
        log.warning("forum.consultation_refused", event_id=str(proposal.consultation_id), fields=sorted(problems))
        return
    event = CalendarEvent(
        id=proposal.consultation_id,
        kind="consultation",
        private=True,
        title=f"Консультация по кейсу {proposal.number}",
        description=proposal.note,
        html=_note_html(proposal.note),
        online=True,
        link=proposal.link if rules.web_link(proposal.link) else None,
        place=None,
        starts_at=starts.astimezone(UTC),
        ends_at=ends.astimezone(UTC),
        timezone=tz.key,
        rubrics=[],
        capacity=None,
        waitlist=False,
        organizer_id=proposal.mentor_id,
        organizer_name=proposal.mentor_name[:200] or proposal.mentor_id,
        status="scheduled",
        sequence=0,
        queued=0,
        created_at=at,
        updated_at=at,
    )
    invitee = Attendance(
        event_id=event.id,
        user_id=proposal.author_id,
        user_name=proposal.author_name[:200] or proposal.author_id,
        status="invited",
        updated_at=at,
    )
    repository.add(session, event, invitee)
    await notify(session, outbox, event, "invited", [proposal.author_id], at=at)
    log.info("forum.consultation_scheduled", event_id=str(event.id))


def _note_html(note: str) -> str:
    """A consultation's note as HTML; one that would render too large is shown as its plain words (a consumer
    cannot answer 422: the proposal must still reach both calendars)."""
    if not note:
        return ""
    try:
        return render(note, field="note")
    except Invalid:
        return f"<p>{html.escape(note)}</p>"
