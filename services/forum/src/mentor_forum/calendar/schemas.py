"""What the calendar's API reads and writes. Times in: ISO datetimes, wall times of `timezone` unless they carry
an offset. Times out: UTC instants and the same instants as wall times of the event's zone."""

import uuid
from datetime import datetime
from typing import Annotated, Literal

from pydantic import BaseModel, ConfigDict, Field, StringConstraints

from mentor_contracts.taxonomy import RubricCode
from mentor_forum.calendar.times import DEFAULT_ZONE
from mentor_forum.discussions.schemas import Author, Title
from mentor_kit.clock import Timestamp

Description = Annotated[str, StringConstraints(strip_whitespace=True, max_length=10_000)]
Link = Annotated[str, StringConstraints(strip_whitespace=True, max_length=2000)]
Place = Annotated[str, StringConstraints(strip_whitespace=True, max_length=500)]
Zone = Annotated[str, StringConstraints(strip_whitespace=True, max_length=64)]
Rubrics = Annotated[list[RubricCode], Field(max_length=12)]
Capacity = Annotated[int, Field(ge=1, le=10_000)]
Answer = Literal["going", "interested", "not_going"]
AttendanceStatus = Literal["going", "interested", "not_going", "waitlisted", "invited"]


class EventCreate(BaseModel):
    model_config = ConfigDict(extra="forbid")

    title: Title
    description: Description = ""
    online: bool
    link: Link | None = Field(default=None, description="Required when online: an https or http URL")
    place: Place | None = Field(default=None, description="Required when offline")
    starts_at: datetime = Field(description="Wall time in `timezone` (or with an offset: converted to it)")
    ends_at: datetime
    timezone: Zone = Field(default=DEFAULT_ZONE, description="An IANA time zone, e.g. Europe/Moscow")
    rubrics: Rubrics = Field(default_factory=list)
    capacity: Capacity | None = Field(default=None, description="None: no limit")
    waitlist: bool = Field(default=True, description="When full: new sign-ups queue up (false: refused)")


class EventEdit(BaseModel):
    """What changes; a field left out (or null) stays, but `capacity: null` lifts the limit. A time left out keeps
    its wall time, in the new zone if `timezone` changes."""

    model_config = ConfigDict(extra="forbid")

    title: Title | None = None
    description: Description | None = None
    online: bool | None = None
    link: Link | None = None
    place: Place | None = None
    starts_at: datetime | None = None
    ends_at: datetime | None = None
    timezone: Zone | None = None
    rubrics: Rubrics | None = None
    capacity: Capacity | None = Field(default=None, description="null: no limit any more (left out: unchanged)")
    waitlist: bool | None = None


class AttendanceChange(BaseModel):
    model_config = ConfigDict(extra="forbid")

    status: Answer


class MyAttendance(BaseModel):
    status: AttendanceStatus | Literal["organizer"]
    position: int | None = Field(description="On the waitlist: 1 moves up first")


class Counts(BaseModel):
    going: int
    interested: int
    waitlisted: int
    places_left: int | None = Field(description="None: no limit")


class EventSummary(BaseModel):
    id: uuid.UUID
    kind: str = Field(description='"open", or "consultation": private, a mentor and a case author')
    private: bool
    status: str = Field(description='"scheduled" or "cancelled"')
    title: str = Field(description="Plain text")
    online: bool
    place: str | None
    starts_at: Timestamp = Field(description="UTC")
    ends_at: Timestamp = Field(description="UTC")
    timezone: str
    starts_local: datetime = Field(description="The same instant as a wall time of `timezone`, with its offset")
    ends_local: datetime
    rubrics: list[str]
    organizer: Author
    capacity: int | None
    counts: Counts


class EventRead(EventSummary):
    description: str = Field(description="Markdown as written")
    html: str = Field(description="The description rendered and sanitized")
    link: str | None
    waitlist: bool
    sequence: int = Field(description="Grows with every change of time, place or text (iCalendar SEQUENCE)")
    me: MyAttendance | None = Field(description="The caller's answer (None: none, or not signed in)")
    created_at: Timestamp
    updated_at: Timestamp


class EventPage(BaseModel):
    items: list[EventSummary]
    next: str | None = Field(description="More events: ask again with `cursor` set to this value")


class Attendee(BaseModel):
    id: str
    name: str
    status: AttendanceStatus
    position: int | None
    since: Timestamp


class Attendees(BaseModel):
    counts: Counts
    people: list[Attendee] | None = Field(description="The organizer and moderators only")


class FeedToken(BaseModel):
    url: str = Field(description="Secret: subscribe to it in a calendar app; asking again revokes it")
