"""What makes an event valid, pure: every broken rule is named by its field at once (422), before anything is
written."""

from dataclasses import dataclass
from datetime import datetime, timedelta
from urllib.parse import urlsplit

from mentor_forum.calendar.times import NoSuchLocalTime, UnknownZone, to_utc, zone

LONGEST = timedelta(days=14)
FURTHEST = timedelta(days=5 * 365)  # a start further ahead is a typo (and would overflow some calendar apps)


@dataclass(frozen=True)
class Times:
    starts_at: datetime  # UTC
    ends_at: datetime
    timezone: str


def web_link(value: str | None) -> bool:
    """An absolute http(s) URL: never `javascript:` or another scheme a reader's click would run."""
    if not value or any(c.isspace() or ord(c) < 32 for c in value):
        return False
    try:
        parts = urlsplit(value)
    except ValueError:
        return False
    return parts.scheme in ("https", "http") and bool(parts.hostname)


def where(online: bool, link: str | None, place: str | None, errors: dict[str, str]) -> None:
    if link and not web_link(link):
        errors["link"] = "an https or http URL"
    elif online and not link:
        errors["link"] = "an online event needs a link to join (an https or http URL)"
    if not online and not place:
        errors["place"] = "an offline event needs a place"


def times(
    starts: datetime, ends: datetime, tz_name: str, errors: dict[str, str], *, now: datetime, check_start: bool = True
) -> Times | None:
    """The UTC instants of `starts`/`ends` (wall times of `tz_name` unless they carry an offset): the end after the
    start, at most 14 days long, the start not in the past (`check_start`) nor years ahead."""
    try:
        tz = zone(tz_name)
    except UnknownZone:
        errors["timezone"] = "not a time zone of the IANA database, e.g. Europe/Moscow"
        return None
    found: dict[str, datetime] = {}
    for field, value in (("starts_at", starts), ("ends_at", ends)):
        try:
            found[field] = to_utc(value, tz)
        except NoSuchLocalTime:
            errors[field] = f"this wall time does not exist in {tz_name} (the clocks skip it)"
        except OverflowError:
            errors[field] = "out of range"
    if len(found) < 2:
        return None
    start, end = found["starts_at"], found["ends_at"]
    if check_start and start < now:
        errors["starts_at"] = "in the past"
    elif check_start and start > now + FURTHEST:
        errors["starts_at"] = "more than five years ahead"
    if end <= start:
        errors["ends_at"] = "must be after starts_at"
    elif end - start > LONGEST:
        errors["ends_at"] = "an event lasts at most 14 days"
    return Times(start, end, tz_name) if not errors else None
