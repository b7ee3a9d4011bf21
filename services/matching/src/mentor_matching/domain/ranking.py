"""Which mentors to offer a case: eligibility, a score from six signals, and a short explanation. No I/O.

Eligible: active, not on leave and available at least one day within the case's acceptance window, below
capacity, sharing at least one rubric with the case, and not excluded (already tried, or already answered for a
second opinion). Score (0…1 each, weighted): rubric fit, participant fit, free capacity, availability at the end of
the window, responsiveness (median time to accept against the window), and fairness (fewer recent offers than the
others).

The window is the case's time to accept, given by the caller: the service takes it from the settings
(`MatchingSettings.acceptance_window(urgency)`), the same one that sets the deadline of a selection.
"""

import heapq
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta

WEIGHTS: dict[str, float] = {
    "rubrics": 0.40,
    "participants": 0.10,
    "capacity": 0.15,
    "availability": 0.10,
    "responsiveness": 0.10,
    "fairness": 0.15,
}
WEIGHT_VALUES = tuple(WEIGHTS.values())


@dataclass(frozen=True)
class MentorView:
    id: str
    rubrics: frozenset[str]
    participants: frozenset[str] = frozenset()  # groups they know well (forms, parents, …); empty: no preference
    capacity: int = 3
    open_cases: int = 0
    active: bool = True
    leaves: tuple[tuple[date, date], ...] = ()  # inclusive date ranges
    weekdays: frozenset[int] = frozenset()  # 0 = Monday; empty: any day
    median_accept_hours: float | None = None
    recent_offers: int = 0  # offers in the fairness window (e.g. the last 30 days)

    def on_leave(self, day: date) -> bool:
        return any(start <= day <= end for start, end in self.leaves)

    def available_within(self, start: datetime, window: timedelta) -> bool:
        day, last = start.date(), (start + window).date()
        while day <= last:
            if not self.on_leave(day) and (not self.weekdays or day.weekday() in self.weekdays):
                return True
            day += timedelta(days=1)
        return False


@dataclass(frozen=True)
class CaseView:
    id: str
    rubrics: frozenset[str]
    participants: frozenset[str]
    window: timedelta  # the time to accept (from the settings, by urgency): availability is judged within it
    excluded: frozenset[str] = frozenset()


@dataclass(frozen=True)
class Offer:
    mentor_id: str
    score: float
    explanation: str
    signals: Mapping[str, float] = field(default_factory=dict)


def eligible(mentor: MentorView, case: CaseView, now: datetime) -> bool:
    return (
        mentor.active
        and mentor.id not in case.excluded
        and mentor.open_cases < mentor.capacity
        and bool(mentor.rubrics & case.rubrics)
        and not mentor.on_leave(now.date())
        and mentor.available_within(now, case.window)
    )


def signals(mentor: MentorView, case: CaseView, now: datetime, mean_recent_offers: float) -> tuple[float, ...]:
    """The six signals, in the order of `WEIGHTS`."""
    window = case.window
    participants = (
        len(mentor.participants & case.participants) / len(case.participants)
        if case.participants and mentor.participants
        else 0.5
    )
    hours = window.total_seconds() / 3600
    return (
        len(mentor.rubrics & case.rubrics) / len(case.rubrics),
        participants,
        (mentor.capacity - mentor.open_cases) / mentor.capacity,
        1.0 if not mentor.on_leave((now + window).date()) else 0.5,
        0.5 if mentor.median_accept_hours is None else 1 / (1 + mentor.median_accept_hours / hours),
        1 / (1 + max(0.0, mentor.recent_offers - mean_recent_offers)),
    )


def total(values: tuple[float, ...]) -> float:
    return round(sum(weight * value for weight, value in zip(WEIGHT_VALUES, values, strict=True)), 4)


def score(mentor: MentorView, case: CaseView, now: datetime, mean_recent_offers: float) -> Offer:
    values = signals(mentor, case, now, mean_recent_offers)
    matched, free = len(mentor.rubrics & case.rubrics), mentor.capacity - mentor.open_cases
    explanation = explain(matched, len(case.rubrics), mentor, free)
    return Offer(mentor.id, total(values), explanation, dict(zip(WEIGHTS, values, strict=True)))


def explain(matched: int, wanted: int, mentor: MentorView, free: int) -> str:
    parts = [
        f"matches {matched} of {wanted} rubric{'s' if wanted > 1 else ''}",
        f"free capacity {free}/{mentor.capacity}",
    ]
    if mentor.median_accept_hours is not None:
        parts.append(f"usually answers within {max(1, round(mentor.median_accept_hours))} h")
    return "; ".join(parts)


def rank(mentors: Iterable[MentorView], case: CaseView, now: datetime, top: int = 3) -> list[Offer]:
    """The `top` best eligible mentors, best first; ties go to the mentor with fewer recent offers, then by id."""
    candidates = [m for m in mentors if eligible(m, case, now)]
    if not candidates:
        return []
    mean_recent = sum(m.recent_offers for m in candidates) / len(candidates)

    def order(mentor: MentorView) -> tuple[float, int, str]:
        return -total(signals(mentor, case, now, mean_recent)), mentor.recent_offers, mentor.id

    # The full offer (explanation, signals by name) only for the few shown: thousands of candidates are scored.
    return [score(m, case, now, mean_recent) for m in heapq.nsmallest(top, candidates, key=order)]
