"""The iCalendar export, parsed back with icalendar: times are right in every zone (also through the VTIMEZONE
alone, as an app without a zone database reads it), updates keep the UID, cancellations say so."""

import uuid
from datetime import UTC, datetime
from zoneinfo import ZoneInfo

from icalendar import Calendar, Event
from mentor_forum.calendar import ics
from mentor_forum.calendar.models import CalendarEvent

STAMP = datetime(2030, 4, 1, 12, 0, tzinfo=UTC)


def make(starts: datetime, ends: datetime, zone: str, **extra: object) -> CalendarEvent:
    fields: dict[str, object] = {
        "id": uuid.uuid4(),
        "kind": "open",
        "private": False,
        "title": "Родительское собрание: как говорить о сложном",
        "description": "**Приходите**, поговорим; с вопросами, и без.",
        "html": "",
        "online": False,
        "link": None,
        "place": "Москва, ул. Малая Грузинская, 12, ауд. 5",
        "starts_at": starts,
        "ends_at": ends,
        "timezone": zone,
        "rubrics": ["parent_interaction"],
        "capacity": None,
        "waitlist": True,
        "organizer_id": "mentor-ivanova",
        "organizer_name": "Елена Иванова",
        "status": "scheduled",
        "sequence": 0,
        "queued": 0,
        "created_at": STAMP,
        "updated_at": STAMP,
    }
    fields.update(extra)
    return CalendarEvent(**fields)


def parse(body: bytes) -> tuple[Calendar, list[Event]]:
    calendar = Calendar.from_ical(body)
    assert isinstance(calendar, Calendar)
    return calendar, list(calendar.walk("VEVENT"))


def test_times_in_three_zones_mean_the_same_instants_everywhere() -> None:
    moscow = make(datetime(2030, 5, 1, 15, tzinfo=UTC), datetime(2030, 5, 1, 17, tzinfo=UTC), "Europe/Moscow")
    london = make(datetime(2030, 5, 2, 17, tzinfo=UTC), datetime(2030, 5, 2, 18, tzinfo=UTC), "Europe/London")
    vladivostok = make(datetime(2030, 5, 3, 8, tzinfo=UTC), datetime(2030, 5, 3, 9, tzinfo=UTC), "Asia/Vladivostok")
    calendar, events = parse(ics.build([ics.Entry(moscow), ics.Entry(london), ics.Entry(vladivostok)], stamp=STAMP))
    by_uid = {str(e["UID"]): e for e in events}
    first = by_uid[f"{moscow.id}@mentor.mgpu.ru"]
    assert first["DTSTART"].params["TZID"] == "Europe/Moscow"
    assert first["DTSTART"].to_ical() == b"20300501T180000"  # the organizer's wall time, as typed
    assert first.start.astimezone(UTC) == datetime(2030, 5, 1, 15, tzinfo=UTC)
    assert first.start.astimezone(ZoneInfo("Europe/London")).hour == 16
    assert by_uid[f"{london.id}@mentor.mgpu.ru"].start.hour == 18
    far_east = by_uid[f"{vladivostok.id}@mentor.mgpu.ru"]
    assert far_east["DTSTART"].params["TZID"] == "Asia/Vladivostok" and far_east.start.hour == 18
    assert far_east.end.astimezone(UTC) == datetime(2030, 5, 3, 9, tzinfo=UTC)
    # every TZID used has its VTIMEZONE, and that alone (no zone database) gives the same instants
    zones = {str(tz["TZID"]): tz.to_tz(lookup_tzid=False) for tz in calendar.walk("VTIMEZONE")}
    assert set(zones) == {"Europe/Moscow", "Europe/London", "Asia/Vladivostok"}
    assert calendar.get_missing_tzids() == set()
    for event, expected in ((moscow, 15), (london, 17), (vladivostok, 8)):
        wall = by_uid[ics.uid(event)]["DTSTART"].dt.replace(tzinfo=None)
        assert wall.replace(tzinfo=zones[event.timezone]).astimezone(UTC).hour == expected


def test_an_event_carries_what_apps_show() -> None:
    event = make(datetime(2030, 5, 1, 15, tzinfo=UTC), datetime(2030, 5, 1, 17, tzinfo=UTC), "Europe/Moscow")
    calendar, (vevent,) = parse(ics.build([ics.Entry(event)], stamp=STAMP, name="Мои события"))
    assert str(calendar["VERSION"]) == "2.0" and str(calendar["METHOD"]) == "PUBLISH"
    assert str(calendar["X-WR-CALNAME"]) == "Мои события"
    assert str(vevent["SUMMARY"]) == event.title
    assert str(vevent["DESCRIPTION"]) == event.description  # the source text, special characters round-trip
    assert str(vevent["LOCATION"]) == event.place and "URL" not in vevent
    assert vevent["ORGANIZER"].params["CN"] == "Елена Иванова"
    assert str(vevent["STATUS"]) == "CONFIRMED" and vevent["SEQUENCE"] == 0
    assert vevent["DTSTAMP"].dt == STAMP and vevent["LAST-MODIFIED"].dt == STAMP


def test_an_online_event_links_where_to_join() -> None:
    event = make(
        datetime(2030, 5, 1, 15, tzinfo=UTC),
        datetime(2030, 5, 1, 16, tzinfo=UTC),
        "Europe/Moscow",
        online=True,
        link="https://meet.example.org/room",
        place=None,
    )
    _, (vevent,) = parse(ics.build([ics.Entry(event)], stamp=STAMP))
    assert str(vevent["URL"]) == "https://meet.example.org/room"
    assert str(vevent["LOCATION"]) == "https://meet.example.org/room"


def test_a_change_keeps_the_uid_and_a_cancellation_says_so() -> None:
    event = make(datetime(2030, 5, 1, 15, tzinfo=UTC), datetime(2030, 5, 1, 17, tzinfo=UTC), "Europe/Moscow")
    _, (before,) = parse(ics.build([ics.Entry(event)], stamp=STAMP))
    event.status, event.sequence = "cancelled", 2
    _, (after,) = parse(ics.build([ics.Entry(event)], stamp=STAMP))
    assert after["UID"] == before["UID"] and after["SEQUENCE"] > before["SEQUENCE"]
    assert str(after["STATUS"]) == "CANCELLED"


def test_an_unanswered_invitation_is_tentative_and_private() -> None:
    event = make(
        datetime(2030, 5, 1, 15, tzinfo=UTC),
        datetime(2030, 5, 1, 16, tzinfo=UTC),
        "Europe/Moscow",
        private=True,
        kind="consultation",
    )
    _, (vevent,) = parse(ics.build([ics.Entry(event, tentative=True)], stamp=STAMP))
    assert str(vevent["STATUS"]) == "TENTATIVE" and str(vevent["CLASS"]) == "PRIVATE"


def test_an_empty_feed_is_a_valid_calendar() -> None:
    calendar, events = parse(ics.build([], stamp=STAMP, name="Пусто"))
    assert events == [] and str(calendar["PRODID"]) == ics.PRODID
