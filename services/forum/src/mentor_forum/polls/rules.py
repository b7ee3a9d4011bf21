"""The poll rules that need no database: choice limits, closing, who sees the results, and their shares."""

from collections.abc import Sequence
from datetime import UTC, datetime, timedelta

from mentor_forum.polls.schemas import HiddenUntil
from mentor_kit.clock import as_utc
from mentor_kit.web import Invalid

LONGEST_OPEN = timedelta(days=365)


def choice_limits(kind: str, min_choices: int | None, max_choices: int | None, options: int) -> tuple[int, int]:
    """(least, most) options a ballot chooses: exactly one for a single-choice poll; 1 to all by default."""
    if kind == "single":
        given = {"min_choices": min_choices, "max_choices": max_choices}
        errors = {field: "a single-choice poll takes exactly 1" for field, v in given.items() if v not in (None, 1)}
        if errors:
            raise Invalid(errors)
        return 1, 1
    least = 1 if min_choices is None else min_choices
    most = options if max_choices is None else max_choices
    if not 1 <= least <= options:
        raise Invalid({"min_choices": f"between 1 and the number of options ({options})"})
    if not least <= most <= options:
        raise Invalid({"max_choices": f"between min_choices ({least}) and the number of options ({options})"})
    return least, most


def closing_time(closes_at: datetime, at: datetime) -> datetime:
    """A closing time as stored (UTC: SQLite keeps no offset): in the future, at most a year ahead."""
    closes_at = closes_at.astimezone(UTC)
    if not at < closes_at <= at + LONGEST_OPEN:
        raise Invalid({"closes_at": "between now and a year from now"})
    return closes_at


def is_closed(closes_at: datetime | None, closed_at: datetime | None, at: datetime) -> bool:
    """Closed by hand, or its time has come: decided when read, so no worker has to close it."""
    return closed_at is not None or (closes_at is not None and as_utc(closes_at) <= at)


def hidden_until(results: str, *, closed: bool, voted: bool) -> HiddenUntil | None:
    """Why this reader may not see the tally yet, None if they may. "after_close" hides it from everyone, the
    poll's creator and moderators included: an early look would let them steer the vote."""
    if results == "always" or closed:
        return None
    if results == "after_vote":
        return None if voted else "vote"
    return "close"


def shares(counts: Sequence[int], voters: int, *, whole: bool) -> list[float]:
    """Each count as a percent of the voters, to one decimal. `whole` (a single-choice poll, where every voter
    chose exactly one): rounded by largest remainder so that they add up to exactly 100."""
    if voters <= 0:
        return [0.0 for _ in counts]
    if not whole or sum(counts) != voters:
        return [(count * 2000 + voters) // (2 * voters) / 10 for count in counts]  # half up, in tenths
    tenths = [count * 1000 // voters for count in counts]
    by_remainder = sorted(range(len(counts)), key=lambda i: (-(counts[i] * 1000 % voters), i))
    for i in by_remainder[: 1000 - sum(tenths)]:
        tenths[i] += 1
    return [t / 10 for t in tenths]
