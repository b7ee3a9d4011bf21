"""The platform's one clock: timezone-aware UTC. Code that tests must run at other times takes a `Clock`."""

from collections.abc import Callable
from datetime import UTC, datetime

Clock = Callable[[], datetime]


def now() -> datetime:
    return datetime.now(UTC)
