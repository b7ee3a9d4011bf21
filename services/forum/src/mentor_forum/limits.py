"""The forum's per-person limits in the database (every replica counts the same rows): posts, messages, events."""

import math
from collections.abc import Sequence
from datetime import datetime, timedelta

from mentor_kit.clock import as_utc
from mentor_kit.web import TooManyRequests


def within(times: Sequence[datetime], limit: int, window: timedelta, at: datetime, what: str) -> None:
    """At most `limit` of `times` (oldest first, all in the `window` before `at`): else a 429 whose Retry-After is
    the seconds until the oldest one that counts leaves the window."""
    if len(times) >= limit:
        frees_at = as_utc(times[len(times) - limit]) + window
        wait = max(1, math.ceil((frees_at - at).total_seconds()))
        raise TooManyRequests(f"at most {limit} {what}", retry_after=wait)
