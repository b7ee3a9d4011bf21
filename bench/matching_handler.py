"""Benchmark: matching's handler path for one `case.submitted` (`offers.service.open_case`: copy the case, load the
candidates, rank, write the attempts and the outbox rows, commit) at 12, 1,000 and 10,000 mentors on PostgreSQL,
with leaves and past attempts. Target: under 50 ms p50 at 10,000 mentors.

Beside it, in the same run and on the same rows: what the handler did before this change to load the candidates
(every active mentor sharing a rubric as an ORM object with its leaves, and every attempt for load, fairness and
response times) followed by `rank()`, and `rank()` alone on the views the handler builds. Three runs of CASES fresh
cases each (committed, as the consumer does); min / median / max over the runs of each run's p50 and p95.
Prints numbers, asserts nothing. `BENCH_MENTORS=12,1000` picks the sizes.
"""

import asyncio
import os
import random
import statistics
import time
import uuid
from collections.abc import Sequence
from contextlib import ExitStack
from datetime import UTC, date, datetime, timedelta
from typing import Any

from sqlalchemy import func, insert, select, text
from sqlalchemy.ext.asyncio import AsyncSession
from sqlalchemy.orm import selectinload
from summary import record

from mentor_contracts.events import CaseSubmittedV1
from mentor_contracts.taxonomy import PARTICIPANTS, RUBRICS
from mentor_kit.auth.dev import DEV_PUBLIC_KEY
from mentor_kit.logging import configure_logging
from mentor_kit.service import Service
from mentor_kit.testing.plugin import temporary_database
from mentor_matching.bootstrap import create_service
from mentor_matching.domain.ranking import CaseView, MentorView, rank
from mentor_matching.mentors import repository as mentors_repository
from mentor_matching.mentors.models import Leave, Mentor, MentorRubric
from mentor_matching.offers import service as offers
from mentor_matching.offers.models import Attempt
from mentor_matching.settings import MatchingSettings

SIZES = tuple(int(n) for n in os.environ.get("BENCH_MENTORS", "12,1000,10000").split(","))
RUNS, CASES, WARMUP = 3, 30, 3
ATTEMPTS_PER_MENTOR = 6  # past attempts, over the last 90 days
CODES = [t.code for t in RUBRICS]
GROUPS = [t.code for t in PARTICIPANTS]
TARGET_MS = 50.0
CHUNK = 5_000


def mentor_rows(n: int, rng: random.Random, now: datetime) -> tuple[list[dict[str, Any]], list[dict[str, Any]]]:
    mentors, leaves = [], []
    today = now.date()
    for i in range(n):
        mentor_id = f"mentor-{i:06d}"
        mentors.append(
            {
                "id": mentor_id,
                "name": f"Наставник {i:06d}",
                "rubrics": rng.sample(CODES, rng.randint(1, 3)),
                "participants": rng.sample(GROUPS, rng.randint(0, 3)),
                "capacity": rng.randint(1, 5),
                "weekdays": sorted(rng.sample(range(7), rng.randint(2, 7))) if rng.random() < 0.5 else [],
                "paused": rng.random() < 0.05,
                "active": rng.random() > 0.05,
                "updated_at": now,
            }
        )
        if rng.random() < 0.3:  # a past leave
            start = today - timedelta(days=rng.randint(60, 200))
            leaves.append({"mentor_id": mentor_id, "start": start, "end": start + timedelta(days=rng.randint(1, 30))})
        if rng.random() < 0.15:  # a leave around now or soon
            start = today + timedelta(days=rng.randint(-10, 5))
            leaves.append({"mentor_id": mentor_id, "start": start, "end": start + timedelta(days=rng.randint(0, 20))})
    return mentors, leaves


def attempt_rows(mentors: list[dict[str, Any]], rng: random.Random, now: datetime) -> list[dict[str, Any]]:
    rows = []
    for mentor in mentors:
        for _ in range(rng.randint(0, 2 * ATTEMPTS_PER_MENTOR)):
            offered = now - timedelta(days=rng.uniform(0, 90))
            state = rng.choices(["offered", "declined", "expired", "accepted", "completed"], weights=[50, 8, 4, 8, 30])[
                0
            ]
            selected = offered + timedelta(hours=rng.uniform(0, 24)) if state != "offered" else None
            answered = selected + timedelta(hours=rng.uniform(0.2, 60)) if selected is not None else None
            rows.append(
                {
                    "id": uuid.uuid4(),
                    "case_id": uuid.uuid4(),
                    "round": 1,
                    "mentor_id": mentor["id"],
                    "score": 0.5,
                    "explanation": "bench",
                    "state": state,
                    "offered_at": offered,
                    "selected_at": selected,
                    "answered_at": answered,
                    "finished_at": answered + timedelta(days=3) if state == "completed" and answered else None,
                }
            )
    return rows


async def seed(service: Service, n: int, rng: random.Random, now: datetime) -> None:
    mentors, leaves = mentor_rows(n, rng, now)
    attempts = attempt_rows(mentors, rng, now)
    for start in range(0, len(mentors), CHUNK):
        async with service.db.transaction() as session:
            await mentors_repository.add_many(session, mentors[start : start + CHUNK])
    for rows, table in ((leaves, Leave), (attempts, Attempt)):
        for start in range(0, len(rows), CHUNK):
            async with service.db.transaction() as session:
                await session.execute(insert(table), rows[start : start + CHUNK])
    async with service.db.transaction() as session:
        await offers.rebuild_figures(session)  # what migration 0003 backfills from the attempts
        await session.execute(text("ANALYZE"))


def submitted(rng: random.Random, now: datetime) -> CaseSubmittedV1:
    return CaseSubmittedV1(
        case_id=uuid.uuid4(),
        number=f"MCU-2026-{rng.randint(0, 999_999):06d}",
        revision=1,
        rubrics=rng.sample(CODES, rng.randint(1, 2)),
        participants=rng.sample(GROUPS, rng.randint(1, 2)),
        urgency=rng.choice(["urgent", "need_advice", "expert_opinion"]),
        privacy="anonymous",
        at=now,
    )


async def old_candidate_views(session: AsyncSession, rubrics: Sequence[str], at: datetime) -> list[MentorView]:
    """The candidate loading before this change, for the side-by-side figure."""
    sharing = select(MentorRubric.mentor_id).where(MentorRubric.code.in_(rubrics))
    statement = (
        select(Mentor)
        .where(Mentor.active, Mentor.paused.is_(False), Mentor.id.in_(sharing))
        .options(selectinload(Mentor.leaves))
    )
    candidates = (await session.execute(statement)).scalars().all()
    taken = select(Attempt.mentor_id, func.count()).where(Attempt.state == "accepted").group_by(Attempt.mentor_id)
    open_cases: dict[str, int] = {m: c for m, c in (await session.execute(taken)).all()}
    since = at - timedelta(days=30)
    offered = select(Attempt.mentor_id, func.count()).where(Attempt.offered_at >= since).group_by(Attempt.mentor_id)
    recent: dict[str, int] = {m: c for m, c in (await session.execute(offered)).all()}
    timed = select(Attempt.mentor_id, Attempt.selected_at, Attempt.answered_at).where(
        Attempt.state.in_(("accepted", "completed")), Attempt.selected_at.is_not(None), Attempt.answered_at.is_not(None)
    )
    times = (await session.execute(timed)).all()
    per_mentor: dict[str, list[float]] = {}
    for mentor_id, selected, answered in times:
        assert selected is not None and answered is not None
        per_mentor.setdefault(mentor_id, []).append((answered - selected).total_seconds() / 3600)
    hours = {m: sorted(v)[len(v) // 2] for m, v in per_mentor.items()}
    return [
        MentorView(
            id=m.id,
            rubrics=frozenset(m.rubrics),
            participants=frozenset(m.participants),
            capacity=m.capacity,
            open_cases=open_cases.get(m.id, 0),
            leaves=tuple((leave.start, leave.end) for leave in m.leaves),
            weekdays=frozenset(m.weekdays),
            median_accept_hours=hours.get(m.id),
            recent_offers=recent.get(m.id, 0),
        )
        for m in candidates
    ]


def p(values: list[float], q: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(q * len(ordered)))]


async def handle(service: Service, settings: MatchingSettings, event: CaseSubmittedV1, at: datetime) -> float:
    """The handler's service call in its own transaction, committed (as the consumer does)."""
    started = time.perf_counter()
    async with service.db.transaction() as session:
        await offers.open_case(session, service.context.outbox, settings, event, at)
    return (time.perf_counter() - started) * 1000


async def old_path(service: Service, event: CaseSubmittedV1, case: CaseView, at: datetime, top: int) -> float:
    started = time.perf_counter()
    async with service.db.transaction() as session:
        rank(await old_candidate_views(session, event.rubrics, at), case, at, top)
    return (time.perf_counter() - started) * 1000


async def rank_alone(service: Service, event: CaseSubmittedV1, case: CaseView, at: datetime, top: int) -> float:
    async with service.db.transaction() as session:
        views = await offers.candidate_views(session, event.rubrics, at, case.window)
    started = time.perf_counter()
    rank(views, case, at, top)
    return (time.perf_counter() - started) * 1000


async def one_run(service: Service, rng: random.Random) -> dict[str, list[float]]:
    settings = service.context.settings
    assert isinstance(settings, MatchingSettings)
    top = settings.offers_per_round
    results: dict[str, list[float]] = {"handler": [], "old": [], "rank": []}
    for i in range(WARMUP + CASES):
        at = datetime.now(UTC)
        event = submitted(rng, at)
        case = CaseView(
            "x", frozenset(event.rubrics), frozenset(event.participants), settings.acceptance_window(event.urgency)
        )
        figures = {
            "old": await old_path(service, event, case, at, top),
            "handler": await handle(service, settings, event, at),
            "rank": await rank_alone(service, event, case, at, top),
        }
        if i >= WARMUP:
            for key, value in figures.items():
                results[key].append(value)
    return results


def spread(values: list[float]) -> str:
    return f"{min(values):7.2f} /{statistics.median(values):7.2f} /{max(values):7.2f}"


async def bench_size(n: int, url: str) -> list[str]:
    rng = random.Random(n)
    settings = MatchingSettings(database_url=url, broker_url="memory://", jwt_public_key_file=DEV_PUBLIC_KEY)
    service = create_service(settings)
    async with service.app.router.lifespan_context(service.app):  # migrations
        pass
    service = create_service(settings)
    started = time.perf_counter()
    await seed(service, n, rng, datetime.now(UTC))
    seeded = time.perf_counter() - started
    runs = [await one_run(service, rng) for _ in range(RUNS)]
    await service.db.dispose()
    lines = [f"{n:>7,} mentors (seeded in {seeded:.1f} s)           min / median / max over {RUNS} runs, ms"]
    labels = {
        "handler": "open_case (handler path, commit incl.)",
        "old": "before: ORM candidates + all attempts + rank",
        "rank": "rank() alone on the same views",
    }
    for key, label in labels.items():
        p50s = [statistics.median(r[key]) for r in runs]
        p95s = [p(r[key], 0.95) for r in runs]
        lines.append(f"  {label:46s} p50 {spread(p50s)}   p95 {spread(p95s)}")
    ratio = statistics.median([statistics.median(r["old"]) / statistics.median(r["handler"]) for r in runs])
    handler_p50s = [statistics.median(r["handler"]) for r in runs]
    target = (f"< {TARGET_MS:.0f}", lambda v: v < TARGET_MS) if n >= 10_000 else ("", None)
    record(f"case.submitted handler p50, {n:,} mentors", "ms", handler_p50s, *target)
    lines.append(
        f"  handler vs before: {ratio:.1f}x faster (median of per-run p50 ratios); target p50 < {TARGET_MS:.0f} ms"
    )
    return lines


def main() -> None:
    configure_logging("WARNING", json=False)
    print(f"matching: one case.submitted through the handler path, {CASES} cases x {RUNS} runs, {date.today()}")
    for n in SIZES:
        with ExitStack() as stack:
            url = stack.enter_context(temporary_database("bench_matching"))
            for line in asyncio.run(bench_size(n, url)):
                print(line, flush=True)


if __name__ == "__main__":
    main()
