"""The events calendar: events, who signs up for them, reminders already sent, and secret calendar feeds."""

import uuid
from datetime import datetime

from sqlalchemy import JSON, Boolean, DateTime, ForeignKey, Index, Integer, String, Text, Uuid
from sqlalchemy.orm import Mapped, mapped_column, relationship

from mentor_forum.db import Base


class CalendarEvent(Base):
    __tablename__ = "calendar_events"
    __table_args__ = (
        Index("ix_calendar_events_listing", "private", "status", "starts_at", "id"),
        Index("ix_calendar_events_start", "status", "starts_at"),  # reminders due
    )

    id: Mapped[uuid.UUID] = mapped_column(Uuid, primary_key=True)  # a consultation's: the cases service's id
    kind: Mapped[str] = mapped_column(String(16))  # "open", or "consultation" (private: a mentor and a case author)
    private: Mapped[bool] = mapped_column(Boolean, default=False)  # for its organizer and invitees only
    title: Mapped[str] = mapped_column(String(200))  # plain text, never rendered
    description: Mapped[str] = mapped_column(Text, default="")  # Markdown as written
    html: Mapped[str] = mapped_column(Text, default="")  # rendered and sanitized once, when written
    online: Mapped[bool] = mapped_column(Boolean)
    link: Mapped[str | None] = mapped_column(String(2000))  # online: where to join
    place: Mapped[str | None] = mapped_column(String(500))  # offline: where to come
    starts_at: Mapped[datetime] = mapped_column(DateTime(timezone=True))  # UTC instants ...
    ends_at: Mapped[datetime] = mapped_column(DateTime(timezone=True))
    timezone: Mapped[str] = mapped_column(String(64))  # ... and the IANA zone their wall times were given in
    rubrics: Mapped[list[str]] = mapped_column(JSON, default=list)
    capacity: Mapped[int | None] = mapped_column(Integer)  # None: no limit
    waitlist: Mapped[bool] = mapped_column(Boolean, default=True)  # when full: queue up, or refuse
    organizer_id: Mapped[str] = mapped_column(String(128), index=True)
    organizer_name: Mapped[str] = mapped_column(String(200))
    status: Mapped[str] = mapped_column(String(16), default="scheduled")  # "scheduled" or "cancelled"
    sequence: Mapped[int] = mapped_column(Integer, default=0)  # iCalendar SEQUENCE: +1 on every change apps show
    queued: Mapped[int] = mapped_column(Integer, default=0)  # the last waitlist number given (FIFO order)
    created_at: Mapped[datetime] = mapped_column(DateTime(timezone=True))
    updated_at: Mapped[datetime] = mapped_column(DateTime(timezone=True))
    # Never loaded: they tell the unit of work to insert an event before the rows that name it.
    attendances: Mapped[list["Attendance"]] = relationship(lazy="raise")
    rubric_rows: Mapped[list["EventRubric"]] = relationship(lazy="raise")


class EventRubric(Base):
    """One rubric of an event: the rows the listing filters on (the event's JSON `rubrics` is what it shows)."""

    __tablename__ = "calendar_event_rubrics"
    __table_args__ = (Index("ix_calendar_event_rubrics_rubric", "rubric", "event_id"),)

    event_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("calendar_events.id"), primary_key=True)
    rubric: Mapped[str] = mapped_column(String(64), primary_key=True)


class Attendance(Base):
    """One person's answer to one event: going, interested, not_going, waitlisted, or invited (a private event's
    invitee who has not answered yet). The organizer has no row: they always go."""

    __tablename__ = "calendar_attendances"
    __table_args__ = (
        Index("ix_calendar_attendances_queue", "event_id", "status", "queue_number"),
        Index("ix_calendar_attendances_user", "user_id", "status"),
    )

    event_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("calendar_events.id"), primary_key=True)
    user_id: Mapped[str] = mapped_column(String(128), primary_key=True)
    user_name: Mapped[str] = mapped_column(String(200))
    status: Mapped[str] = mapped_column(String(16))
    queue_number: Mapped[int | None] = mapped_column(Integer)  # waitlisted: the event's `queued` when they joined
    updated_at: Mapped[datetime] = mapped_column(DateTime(timezone=True))


class ReminderSent(Base):
    """A reminder claimed for (event, hours before, start): its primary key makes it once across replicas. A
    moved event starts at another time, so its reminders come again; `sent` False: skipped as stale."""

    __tablename__ = "calendar_reminders_sent"

    event_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("calendar_events.id"), primary_key=True)
    offset_hours: Mapped[int] = mapped_column(Integer, primary_key=True)
    starts_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), primary_key=True)
    sent: Mapped[bool] = mapped_column(Boolean)
    at: Mapped[datetime] = mapped_column(DateTime(timezone=True))


class CalendarFeed(Base):
    """A person's secret feed URL (calendar apps send no bearer token): only its SHA-256 is kept, one per person,
    so issuing a new one revokes the old."""

    __tablename__ = "calendar_feeds"

    user_id: Mapped[str] = mapped_column(String(128), primary_key=True)
    token_hash: Mapped[str] = mapped_column(String(64), unique=True)
    created_at: Mapped[datetime] = mapped_column(DateTime(timezone=True))
