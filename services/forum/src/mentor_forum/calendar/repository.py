"""Every query of the events calendar."""

import uuid
from collections.abc import Sequence
from datetime import datetime

from sqlalchemy import delete, exists, func, or_, select, tuple_
from sqlalchemy.ext.asyncio import AsyncSession

from mentor_forum.calendar.models import Attendance, CalendarEvent, CalendarFeed, EventRubric, ReminderSent
from mentor_forum.db import Base
from mentor_kit.db import upsert_insert


def add(session: AsyncSession, *rows: Base) -> None:
    session.add_all(rows)


async def event(session: AsyncSession, event_id: uuid.UUID, *, for_update: bool = False) -> CalendarEvent | None:
    statement = select(CalendarEvent).where(CalendarEvent.id == event_id)
    if for_update:
        statement = statement.with_for_update()
    return (await session.execute(statement)).scalar_one_or_none()


async def set_rubrics(session: AsyncSession, event_id: uuid.UUID, rubrics: Sequence[str]) -> None:
    await session.execute(delete(EventRubric).where(EventRubric.event_id == event_id))
    session.add_all(EventRubric(event_id=event_id, rubric=r) for r in dict.fromkeys(rubrics))


async def public_page(
    session: AsyncSession,
    since: datetime,
    until: datetime | None,
    rubric: str | None,
    limit: int,
    after: tuple[datetime, uuid.UUID] | None,
) -> Sequence[CalendarEvent]:
    """Up to `limit` + 1 scheduled public events not over at `since` (and starting before `until`), by start."""
    statement = select(CalendarEvent).where(
        CalendarEvent.private.is_(False), CalendarEvent.status == "scheduled", CalendarEvent.ends_at > since
    )
    if until is not None:
        statement = statement.where(CalendarEvent.starts_at < until)
    if rubric is not None:
        tagged = select(EventRubric.event_id).where(EventRubric.event_id == CalendarEvent.id)
        statement = statement.where(exists(tagged.where(EventRubric.rubric == rubric)))
    if after is not None:
        statement = statement.where(tuple_(CalendarEvent.starts_at, CalendarEvent.id) > tuple_(*after))
    statement = statement.order_by(CalendarEvent.starts_at, CalendarEvent.id).limit(limit + 1)
    return (await session.execute(statement)).scalars().all()


async def attendance(session: AsyncSession, event_id: uuid.UUID, user_id: str) -> Attendance | None:
    return await session.get(Attendance, (event_id, user_id))


async def counts(session: AsyncSession, event_ids: Sequence[uuid.UUID]) -> dict[uuid.UUID, dict[str, int]]:
    """How many people of each status, per event."""
    statement = (
        select(Attendance.event_id, Attendance.status, func.count())
        .where(Attendance.event_id.in_(event_ids))
        .group_by(Attendance.event_id, Attendance.status)
    )
    found: dict[uuid.UUID, dict[str, int]] = {event_id: {} for event_id in event_ids}
    for event_id, status, count in (await session.execute(statement)).all():
        found[event_id][status] = int(count)
    return found


async def going_count(session: AsyncSession, event_id: uuid.UUID) -> int:
    statement = select(func.count()).where(Attendance.event_id == event_id, Attendance.status == "going")
    return int((await session.execute(statement)).scalar_one())


async def waitlist_position(session: AsyncSession, event_id: uuid.UUID, queue_number: int) -> int:
    """1 for the first in the queue."""
    statement = select(func.count()).where(
        Attendance.event_id == event_id, Attendance.status == "waitlisted", Attendance.queue_number <= queue_number
    )
    return int((await session.execute(statement)).scalar_one())


async def first_waitlisted(session: AsyncSession, event_id: uuid.UUID, limit: int | None) -> Sequence[Attendance]:
    statement = (
        select(Attendance)
        .where(Attendance.event_id == event_id, Attendance.status == "waitlisted")
        .order_by(Attendance.queue_number)
        .limit(limit)
    )
    return (await session.execute(statement)).scalars().all()


async def attendees(session: AsyncSession, event_id: uuid.UUID) -> Sequence[Attendance]:
    """Everyone who answered, going first, the waitlist in its order."""
    statement = (
        select(Attendance)
        .where(Attendance.event_id == event_id)
        .order_by(Attendance.status, Attendance.queue_number, Attendance.updated_at, Attendance.user_id)
    )
    return (await session.execute(statement)).scalars().all()


async def user_ids(session: AsyncSession, event_id: uuid.UUID, statuses: Sequence[str]) -> list[str]:
    statement = (
        select(Attendance.user_id)
        .where(Attendance.event_id == event_id, Attendance.status.in_(statuses))
        .order_by(Attendance.user_id)
    )
    return list((await session.execute(statement)).scalars().all())


async def remove(session: AsyncSession, row: Base) -> None:
    await session.delete(row)


async def feed(
    session: AsyncSession, user_id: str, since: datetime, limit: int
) -> Sequence[tuple[CalendarEvent, str | None]]:
    """Events `user_id` organizes, goes to or is invited to, not over before `since` (cancelled ones included: apps
    remove them), by start; with their answer (None: the organizer)."""
    mine = Attendance.status.in_(("going", "invited"))
    statement = (
        select(CalendarEvent, Attendance.status)
        .outerjoin(Attendance, (Attendance.event_id == CalendarEvent.id) & (Attendance.user_id == user_id))
        .where(or_(CalendarEvent.organizer_id == user_id, mine), CalendarEvent.ends_at > since)
        .order_by(CalendarEvent.starts_at, CalendarEvent.id)
        .limit(limit)
    )
    return [(row, status) for row, status in (await session.execute(statement)).all()]


async def feed_owner(session: AsyncSession, token_hash: str) -> str | None:
    statement = select(CalendarFeed.user_id).where(CalendarFeed.token_hash == token_hash)
    return (await session.execute(statement)).scalar_one_or_none()


async def feed_of(session: AsyncSession, user_id: str) -> CalendarFeed | None:
    return await session.get(CalendarFeed, user_id)


async def awaiting_reminder(
    session: AsyncSession, offset_hours: int, at: datetime, until: datetime, batch: int
) -> Sequence[CalendarEvent]:
    """Scheduled events starting in (at, until] with no reminder claimed for this offset and this start."""
    claimed = select(ReminderSent.event_id).where(
        ReminderSent.event_id == CalendarEvent.id,
        ReminderSent.offset_hours == offset_hours,
        ReminderSent.starts_at == CalendarEvent.starts_at,
    )
    statement = (
        select(CalendarEvent)
        .where(
            CalendarEvent.status == "scheduled",
            CalendarEvent.starts_at > at,
            CalendarEvent.starts_at <= until,
            ~exists(claimed),
        )
        .order_by(CalendarEvent.id)  # one order on every replica: claims never wait on each other in a circle
        .limit(batch)
    )
    return (await session.execute(statement)).scalars().all()


async def claim_reminder(
    session: AsyncSession, event_id: uuid.UUID, offset_hours: int, starts_at: datetime, *, sent: bool, at: datetime
) -> bool:
    """Insert-or-skip on the primary key: True for the one transaction (of any replica) that claimed it."""
    statement = (
        upsert_insert(session)(ReminderSent)
        .values(event_id=event_id, offset_hours=offset_hours, starts_at=starts_at, sent=sent, at=at)
        .on_conflict_do_nothing(index_elements=["event_id", "offset_hours", "starts_at"])
        .returning(ReminderSent.event_id)
    )
    return (await session.execute(statement)).scalar_one_or_none() is not None


async def created_since(session: AsyncSession, organizer_id: str, since: datetime) -> Sequence[datetime]:
    """When `organizer_id` created open events since `since`, oldest first (the daily limit)."""
    statement = (
        select(CalendarEvent.created_at)
        .where(
            CalendarEvent.organizer_id == organizer_id, CalendarEvent.kind == "open", CalendarEvent.created_at > since
        )
        .order_by(CalendarEvent.created_at)
    )
    return (await session.execute(statement)).scalars().all()
