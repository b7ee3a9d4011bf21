"""Wall times and time zones, pure: an event is given as local wall times plus an IANA zone and kept as UTC
instants plus that zone, so it shows at the organizer's local time everywhere and in every export."""

from datetime import UTC, datetime
from functools import cache
from zoneinfo import ZoneInfo, available_timezones

DEFAULT_ZONE = "Europe/Moscow"


class UnknownZone(ValueError):
    pass


class NoSuchLocalTime(ValueError):
    """A wall time the clocks skip (e.g. 02:30 on the night summer time starts)."""


@cache
def _known() -> frozenset[str]:
    # "localtime" (the machine's own zone, listed on some systems) and "Factory" (no zone at all) are no answer.
    return frozenset(available_timezones()) - {"localtime", "posixrules", "Factory"}


def zone(name: str) -> ZoneInfo:
    """The IANA zone `name` (from the tzdata package when the system has none, as in slim containers). Only names
    of the zone database: ZoneInfo alone would open any file under the zone directories."""
    if name not in _known():
        raise UnknownZone(name)
    return ZoneInfo(name)


def to_utc(value: datetime, tz: ZoneInfo) -> datetime:
    """The UTC instant of `value`: a wall time in `tz` if it has no offset, else the instant its offset names.
    An ambiguous wall time (clocks turned back) is its first occurrence; one the clocks skip is refused."""
    if value.tzinfo is not None:
        return value.astimezone(UTC)
    local = value.replace(tzinfo=tz)
    instant = local.astimezone(UTC)
    if instant.astimezone(tz).replace(tzinfo=None) != value:
        raise NoSuchLocalTime(value.isoformat())
    return instant


def local(instant: datetime, tz_name: str) -> datetime:
    """`instant` (UTC, aware) as the wall time of the event's zone, with its offset."""
    return instant.astimezone(zone(tz_name))
