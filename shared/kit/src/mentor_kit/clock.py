"""The platform's one clock: timezone-aware UTC. Code that tests must run at other times takes a `Clock`."""

from collections.abc import Callable
from datetime import UTC, datetime
from typing import Annotated

from pydantic import AfterValidator

Clock = Callable[[], datetime]


def now() -> datetime:
    return datetime.now(UTC)


def as_utc(value: datetime) -> datetime:
    """A timestamp read back from the database, aware: SQLite returns the stored UTC time without its offset."""
    return value if value.tzinfo is not None else value.replace(tzinfo=UTC)


EARLIEST, LATEST = datetime(1970, 1, 1, tzinfo=UTC), datetime(2200, 1, 1, tzinfo=UTC)


def moment(value: datetime) -> datetime:
    """An instant a request gives: with its offset, within 1970-2200, returned in UTC. Anything else is a
    ValueError (a 422 naming the field in a request model), never an overflow deeper down."""
    if value.tzinfo is None:
        raise ValueError("give the offset, e.g. 2026-12-05T18:00:00+03:00")
    try:
        utc = value.astimezone(UTC)
    except OverflowError as exc:
        raise ValueError("out of range: between 1970 and 2200") from exc
    if not EARLIEST <= utc < LATEST:
        raise ValueError("out of range: between 1970 and 2200")
    return utc


Moment = Annotated[datetime, AfterValidator(moment)]


# A timestamp an API returns: RFC 3339 with its offset whichever database it was read from (SQLite keeps none).
Timestamp = Annotated[datetime, AfterValidator(as_utc)]
