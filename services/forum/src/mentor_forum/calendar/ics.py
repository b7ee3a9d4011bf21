"""iCalendar (RFC 5545) export, pure, with the icalendar library: one VEVENT per event, its times as wall times
of the event's zone (TZID) with the matching VTIMEZONE, so every calendar app shows the same instant. Updates
keep the UID and raise SEQUENCE; a cancellation stays in the feed with STATUS:CANCELLED so apps remove it."""

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta

from icalendar import Calendar, Event, vCalAddress

from mentor_forum.calendar.models import CalendarEvent
from mentor_forum.calendar.times import local
from mentor_kit.clock import as_utc

UID_DOMAIN = "mentor.mgpu.ru"
PRODID = "-//MCU Your Mentor//Forum calendar//RU"
# ORGANIZER must be a URI and the forum knows no e-mail addresses: a no-reply one with the organizer's name (CN),
# which calendar apps show; it never matches a subscriber's own address, so no app offers to reply as organizer.
ORGANIZER_ADDRESS = "mailto:noreply@mentor.mgpu.ru"


@dataclass(frozen=True)
class Entry:
    event: CalendarEvent
    tentative: bool = False  # an invitation not answered yet, in the invitee's own feed


def uid(event: CalendarEvent) -> str:
    return f"{event.id}@{UID_DOMAIN}"


def _status(entry: Entry) -> str:
    if entry.event.status == "cancelled":
        return "CANCELLED"
    return "TENTATIVE" if entry.tentative else "CONFIRMED"


def _vevent(entry: Entry, stamp: datetime) -> Event:
    event = entry.event
    vevent = Event()
    vevent.add("uid", uid(event))
    vevent.add("sequence", event.sequence)
    vevent.add("status", _status(entry))
    vevent.add("dtstamp", stamp)
    vevent.add("created", as_utc(event.created_at))
    vevent.add("last-modified", as_utc(event.updated_at))
    vevent.add("dtstart", local(as_utc(event.starts_at), event.timezone))
    vevent.add("dtend", local(as_utc(event.ends_at), event.timezone))
    vevent.add("summary", event.title)
    if event.description:
        vevent.add("description", event.description)
    if event.online and event.link:
        vevent.add("url", event.link)
        vevent.add("location", event.link)  # most apps show LOCATION, few show URL
    elif event.place:
        vevent.add("location", event.place)
    organizer = vCalAddress(ORGANIZER_ADDRESS)
    organizer.params["cn"] = event.organizer_name
    vevent.add("organizer", organizer)
    if event.rubrics:
        vevent.add("categories", list(event.rubrics))
    vevent.add("class", "PRIVATE" if event.private else "PUBLIC")
    return vevent


def build(entries: Sequence[Entry], *, stamp: datetime, name: str | None = None) -> bytes:
    """A VCALENDAR of `entries` (DTSTAMP `stamp`), with a VTIMEZONE for each zone used, covering their dates."""
    calendar = Calendar()
    calendar.add("prodid", PRODID)
    calendar.add("version", "2.0")
    calendar.add("calscale", "GREGORIAN")
    calendar.add("method", "PUBLISH")
    if name is not None:
        calendar.add("x-wr-calname", name)
    stamp = stamp.astimezone(UTC)
    for entry in entries:
        calendar.add_component(_vevent(entry, stamp))
    if entries:
        first = min(as_utc(e.event.starts_at) for e in entries) - timedelta(days=1)
        last = max(as_utc(e.event.ends_at) for e in entries) + timedelta(days=1)
        calendar.add_missing_timezones(first_date=first.date(), last_date=last.date())
    body: bytes = calendar.to_ical()
    return body
