"""Benchmark: moderators' statistics (`GET /stats/cases`) and the public mentor list (`GET /mentors`) at 1k, 10k
and 100k rows on PostgreSQL, through each service's real app (HTTP in process, migrations, its own database).

For a fixed period or page the cost should no longer grow with the table (target: 100k rows under 100 ms p50):
the last 30 days hold the same 1,000 cases at every size; "one year" and "all time" grow with the table by
definition. The mentor list's `total` is a COUNT over the active mentors, so its cost grows slowly with them.
Beside each figure, in the same run, the cost of what the old endpoints did first — load every row of the table
as ORM objects — so the ratio shows what moved into SQL. Three runs; min/median/max of the p50s. Prints numbers.
"""

import asyncio
import os
import random
import statistics
import time
import uuid
from collections.abc import Awaitable, Callable, Iterator
from contextlib import ExitStack
from datetime import UTC, date, datetime, timedelta
from typing import Any

import httpx
from sqlalchemy import func, insert, select, text
from sqlalchemy.ext.asyncio import AsyncSession
from summary import record

from mentor_cases.bootstrap import create_service as create_cases
from mentor_cases.cases.models import Case
from mentor_cases.settings import CasesSettings
from mentor_contracts.taxonomy import PARTICIPANTS, RUBRICS
from mentor_kit.auth.dev import DEV_PUBLIC_KEY, mint_token
from mentor_kit.db import Database
from mentor_kit.logging import configure_logging
from mentor_kit.service import Service
from mentor_kit.testing.plugin import temporary_database
from mentor_matching.bootstrap import create_service as create_matching
from mentor_matching.mentors import repository as mentors_repository
from mentor_matching.mentors.models import Mentor
from mentor_matching.settings import MatchingSettings

SIZES = tuple(int(n) for n in os.environ.get("BENCH_SIZES", "1000,10000,100000").split(","))
RUNS, REQUESTS, WARMUP = 3, 25, 3
NOW = datetime(2026, 11, 29, 12, 0, tzinfo=UTC)
CODES = [t.code for t in RUBRICS]
GROUPS = [t.code for t in PARTICIPANTS]
MODERATOR = {"Authorization": f"Bearer {mint_token('moderator-bench', ['moderator'])}"}
CHUNK = 5_000


def chunks(rows: list[dict[str, Any]]) -> Iterator[list[dict[str, Any]]]:
    for start in range(0, len(rows), CHUNK):
        yield rows[start : start + CHUNK]


RECENT = 1_000  # cases submitted in the 30 days before NOW, at every size: the fixed period
HISTORY_DAYS = 5 * 365  # the rest of the table: older cases, more of them at each size


def case_rows(n: int, rng: random.Random) -> list[dict[str, Any]]:
    """n submitted cases in every status, some in the library: RECENT of them in the last 30 days, the others
    spread over the years before, so a fixed recent period holds the same cases whatever the table's size."""
    rows = []
    for i in range(n):
        age_days = rng.uniform(0, 29) if i < RECENT else rng.uniform(31, HISTORY_DAYS)
        submitted = NOW - timedelta(days=age_days)
        accepted = submitted + timedelta(hours=rng.uniform(1, 96)) if rng.random() < 0.8 else None
        completed = accepted + timedelta(days=rng.uniform(1, 30)) if accepted and rng.random() < 0.6 else None
        waiting = rng.choice(["submitted", "offers_ready"])
        status = "completed" if completed else ("in_progress" if accepted else waiting)
        in_library = completed is not None and rng.random() < 0.3
        rows.append(
            {
                "id": uuid.uuid4(),
                "number": f"MCU-{submitted.year}-{i:06d}",
                "author_id": f"mentee-{rng.randint(0, n // 3)}",
                "status": status,
                "privacy": rng.choice(["personal", "anonymous"]),
                "urgency": rng.choice(["urgent", "need_advice", "no_rush"]),
                "consent_group_discussion": False,
                "consent_publish": rng.random() < 0.5,
                "rubrics": rng.sample(CODES, rng.randint(1, 3)),
                "participants": rng.sample(GROUPS, rng.randint(1, 2)),
                "versions": 1,
                "round": 1,
                "mentor_id": None,
                "second_opinion_used": False,
                "needs_attention": False,
                "created_at": submitted,
                "updated_at": completed or accepted or submitted,
                "submitted_at": submitted,
                "first_accepted_at": accepted,
                "completed_at": completed,
                "library_item_id": uuid.uuid4() if in_library else None,
                "in_library_since": completed if in_library else None,
            }
        )
    return rows


def mentor_rows(n: int, rng: random.Random) -> list[dict[str, Any]]:
    return [
        {
            "id": f"mentor-{i:06d}",
            "name": f"Наставник {rng.choice('АБВГДЕЖЗИКЛМНОПРСТ')}. {i:06d}",
            "rubrics": rng.sample(CODES, rng.randint(1, 3)),
            "participants": rng.sample(GROUPS, rng.randint(0, 3)),
            "capacity": rng.randint(1, 5),
            "active": rng.random() > 0.05,
            "updated_at": NOW,
        }
        for i in range(n)
    ]


Rows = list[dict[str, Any]]


async def seed(db: Database, rows: Rows, add: Callable[[AsyncSession, Rows], Awaitable[None]]) -> None:
    for part in chunks(rows):
        async with db.transaction() as session:
            await add(session, part)


async def add_cases(session: AsyncSession, rows: list[dict[str, Any]]) -> None:
    await session.execute(insert(Case), rows)


async def add_mentors(session: AsyncSession, rows: list[dict[str, Any]]) -> None:
    await mentors_repository.add_many(session, rows)  # with their mentor_rubrics rows, as the service stores them


async def p50(client: httpx.AsyncClient, path: str, params: dict[str, Any]) -> float:
    for _ in range(WARMUP):
        response = await client.get(path, params=params, headers=MODERATOR)
        response.raise_for_status()
    timings = []
    for _ in range(REQUESTS):
        started = time.perf_counter()
        (await client.get(path, params=params, headers=MODERATOR)).raise_for_status()
        timings.append((time.perf_counter() - started) * 1000)
    return statistics.median(timings)


async def whole_table_load(db: Database, model: type[Any]) -> float:
    """What the old endpoints did before counting or slicing in Python: every row as an ORM object."""
    timings = []
    for _ in range(3):
        started = time.perf_counter()
        async with db.transaction() as session:
            list((await session.execute(select(model))).scalars())
        timings.append((time.perf_counter() - started) * 1000)
    return statistics.median(timings)


async def _count(db: Database, model: type[Any]) -> int:
    async with db.transaction() as session:
        return int((await session.execute(select(func.count()).select_from(model))).scalar_one())


def spread(values: list[float]) -> str:
    return f"{min(values):7.1f} /{statistics.median(values):7.1f} /{max(values):7.1f}"


async def measure(service: Service, model: type[Any], probes: dict[str, tuple[str, dict[str, Any]]]) -> list[str]:
    lines = []
    async with service.app.router.lifespan_context(service.app):
        transport = httpx.ASGITransport(app=service.app)
        async with httpx.AsyncClient(transport=transport, base_url="http://bench", timeout=60) as client:
            results: dict[str, list[float]] = {name: [] for name in probes}
            baseline: list[float] = []
            for _ in range(RUNS):
                for name, (path, params) in probes.items():
                    results[name].append(await p50(client, path, params))
                baseline.append(await whole_table_load(service.db, model))
    lines.append(f"    {'whole-table ORM load (old first step)':44s} {spread(baseline)} ms")
    for name, values in results.items():
        ratio = statistics.median(baseline) / statistics.median(values)
        lines.append(f"    {name:44s} {spread(values)} ms   {ratio:6.1f}x faster")
        rows = await _count(service.db, model)
        target = ("< 100", lambda v: v < 100) if rows >= 100_000 else ("", None)
        record(f"{probes[name][0]} {name}, {rows:,} rows, p50", "ms", values, *target)
    return lines


def cases_service(url: str) -> Service:
    return create_cases(CasesSettings(database_url=url, broker_url="memory://", jwt_public_key_file=DEV_PUBLIC_KEY))


def matching_service(url: str) -> Service:
    settings = MatchingSettings(database_url=url, broker_url="memory://", jwt_public_key_file=DEV_PUBLIC_KEY)
    return create_matching(settings)


async def bench_size(n: int, cases_url: str, matching_url: str) -> list[str]:
    rng = random.Random(n)
    cases, matching = cases_service(cases_url), matching_service(matching_url)
    for service in (cases, matching):  # migrate once, then seed before the measured start-ups
        async with service.app.router.lifespan_context(service.app):
            pass
    started = time.perf_counter()
    await seed(cases.db, case_rows(n, rng), add_cases)
    await seed(matching.db, mentor_rows(n, rng), add_mentors)
    for service in (cases, matching):
        async with service.db.transaction() as session:
            await session.execute(text("ANALYZE"))
    lines = [f"{n:>7,} rows each (seeded in {time.perf_counter() - started:.1f} s)      min / median / max of p50"]
    recent, year = NOW.date() - timedelta(days=29), NOW.date() - timedelta(days=365)
    lines.append("  GET /stats/cases")
    lines += await measure(
        cases_service(cases_url),
        Case,
        {
            f"last 30 days ({RECENT:,} cases at every size)": (
                "/stats/cases",
                {"from": recent.isoformat(), "to": NOW.date().isoformat()},
            ),
            "one year": ("/stats/cases", {"from": year.isoformat(), "to": NOW.date().isoformat()}),
            "all time": ("/stats/cases", {}),
        },
    )
    lines.append("  GET /mentors")
    lines += await measure(
        matching_service(matching_url),
        Mentor,
        {
            "first page (50)": ("/mentors", {"limit": 50}),
            "a page in the middle": ("/mentors", {"limit": 50, "offset": n // 2}),
            "one rubric, first page": ("/mentors", {"limit": 50, "rubric": "class_management"}),
        },
    )
    return lines


def main() -> None:
    configure_logging("WARNING", json=False)  # one line per request would drown the figures
    print(f"lists and statistics on PostgreSQL, {RUNS} runs x {REQUESTS} requests (p50 each run), {date.today()}")
    for n in SIZES:
        with ExitStack() as stack:
            cases_url = stack.enter_context(temporary_database("bench_cases"))
            matching_url = stack.enter_context(temporary_database("bench_matching"))
            for line in asyncio.run(bench_size(n, cases_url, matching_url)):
                print(line, flush=True)


if __name__ == "__main__":
    main()
