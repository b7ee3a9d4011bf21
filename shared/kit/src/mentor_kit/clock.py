"""The platform's one clock: timezone-aware UTC. Code that tests must run at other times takes a `Clock`."""

from collections.abc import Callable
from datetime import UTC, datetime

Clock = Callable[[], datetime]


def now() -> datetime:
    return datetime.now(UTC)


def as_utc(value: datetime) -> datetime:
    """A timestamp read back from the database, aware: SQLite returns the stored UTC time without its offset."""
    return value if value.tzinfo is not None else value.replace(tzinfo=UTC)
