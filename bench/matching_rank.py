"""Benchmark: rank one case against 10,000 mentors (target under 50 ms on this machine). Prints numbers."""

import random
import statistics
import time
from datetime import date, datetime, timedelta

from summary import record

from mentor_contracts.taxonomy import PARTICIPANTS, RUBRICS
from mentor_matching.domain.ranking import CaseView, MentorView, rank
from mentor_matching.settings import MatchingSettings

MENTORS = 10_000
RUNS = 50


def mentors(n: int, rng: random.Random) -> list[MentorView]:
    codes, groups = [t.code for t in RUBRICS], [t.code for t in PARTICIPANTS]
    today = date(2026, 11, 30)
    result = []
    for i in range(n):
        leave = ((today + timedelta(days=rng.randint(-30, 30)), today + timedelta(days=rng.randint(31, 60))),)
        result.append(
            MentorView(
                id=f"mentor-{i:05d}",
                rubrics=frozenset(rng.sample(codes, rng.randint(1, 3))),
                participants=frozenset(rng.sample(groups, rng.randint(0, 4))),
                capacity=rng.randint(1, 5),
                open_cases=rng.randint(0, 3),
                active=rng.random() > 0.05,
                leaves=leave if rng.random() < 0.1 else (),
                weekdays=frozenset(rng.sample(range(7), rng.randint(2, 7))),
                median_accept_hours=rng.choice([None, rng.uniform(0.5, 72)]),
                recent_offers=rng.randint(0, 20),
            )
        )
    return result


def main() -> None:
    rng = random.Random(7)
    pool = mentors(MENTORS, rng)
    case = CaseView(
        "case",
        frozenset({"class_management", "parent_interaction"}),
        frozenset({"parents", "form_7"}),
        MatchingSettings().acceptance_window("need_advice"),
    )
    now = datetime(2026, 11, 30, 10, 0)
    timings = []
    for _ in range(RUNS):
        started = time.perf_counter()
        offers = rank(pool, case, now)
        timings.append((time.perf_counter() - started) * 1000)
    timings.sort()
    record("rank() one case, 10,000 mentors, per call", "ms", timings, "< 50", lambda v: v < 50)
    print(
        f"matching: rank one case against {MENTORS} mentors, {RUNS} runs: median {statistics.median(timings):.1f} ms, "
        f"p95 {timings[int(0.95 * RUNS) - 1]:.1f} ms (target < 50 ms); top offer: {offers[0].explanation}"
    )


if __name__ == "__main__":
    main()
