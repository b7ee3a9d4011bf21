"""The platform as deployed, for `first_response.py`: each service its own process (`mentor serve <name>`,
started by `mentor_journeys.deployment` as for the end-to-end tests), its own PostgreSQL database, one RabbitMQ
vhost, one `noida-db`; mentors seeded straight into matching's database (through its repository's `add_many`,
after its migrations ran) and a few through its HTTP API (leaves), library items through the library's HTTP API.

Also: the CPU time a process (with its children) has used so far, read from /proc."""

import asyncio
import os
import random
import time
from collections.abc import Iterator, Sequence
from contextlib import ExitStack, contextmanager
from datetime import UTC, date, datetime, timedelta
from pathlib import Path
from typing import Any

import httpx
from sqlalchemy import text

from mentor_contracts.taxonomy import PARTICIPANTS, RUBRICS
from mentor_journeys.deployment import ServiceProcesses, service_environment
from mentor_kit.auth.dev import mint_token
from mentor_kit.db import Database
from mentor_kit.db.migrations import upgrade_async
from mentor_kit.testing.plugin import RABBIT_HOST, temporary_database
from mentor_kit.testing.rabbit import temporary_vhost

CODES = [t.code for t in RUBRICS]
GROUPS = [t.code for t in PARTICIPANTS]
CHUNK = 5_000
MODERATOR = {"Authorization": f"Bearer {mint_token('moderator-bench', ['moderator'])}"}
ROOT = Path(__file__).resolve().parents[1]

# One library item per rubric, in the words the bench's cases use, so every case has similar materials.
ITEM_TEXT = (
    "Ученики седьмого класса срывают уроки, родители пишут в мессенджер вечером. Как вернуть управление классом, "
    "договориться с родителями и сохранить профессиональную этику педагога."
)


def cpu_seconds(pid: int) -> float:
    """utime + stime of `pid` and its live descendants, plus what its reaped children used (cutime + cstime)."""
    ticks = os.sysconf("SC_CLK_TCK")
    total = 0
    pending = [pid]
    while pending:
        current = pending.pop()
        try:
            fields = Path(f"/proc/{current}/stat").read_text().rsplit(")", 1)[1].split()
        except (FileNotFoundError, ProcessLookupError):
            continue
        total += sum(int(fields[i]) for i in (11, 12, 13, 14))  # utime stime cutime cstime (fields 14-17)
        for task in Path(f"/proc/{current}/task").glob("*/children"):
            try:
                pending += [int(child) for child in task.read_text().split()]
            except FileNotFoundError:
                pass
    return total / ticks


def mentor_rows(n: int, rng: random.Random, now: datetime) -> list[dict[str, Any]]:
    """n mentors: 1-3 rubrics, 0-3 participant groups, capacity 1-5, some days of the week, 5 % inactive. The
    first twelve cover one rubric each, every day, active and without leave: every case has someone eligible even
    at 12 mentors."""
    rows = []
    for i in range(n):
        anchor = i < len(CODES)
        rubrics = {CODES[i % len(CODES)], *rng.sample(CODES, rng.randint(0, 2))}
        rows.append(
            {
                "id": f"mentor-bench-{i:06d}",
                "name": f"Наставник {rng.choice('АБВГДЕЖЗИКЛМНОПРСТ')}. {i:06d}",
                "rubrics": sorted(rubrics),
                "participants": rng.sample(GROUPS, rng.randint(0, 3)),
                "capacity": rng.randint(1, 5) if not anchor else 5,
                "weekdays": [] if anchor else sorted(rng.sample(range(7), rng.randint(2, 7))),
                "active": anchor or rng.random() > 0.05,
                "updated_at": now,
            }
        )
    return rows


def leave_updates(rows: Sequence[dict[str, Any]], rng: random.Random, today: date) -> list[tuple[str, dict[str, Any]]]:
    """A leave for 5 % of the mentors beyond the first twelve (some current, some coming), as the card they write."""
    updates = []
    for row in rows[len(CODES) :]:
        if not row["active"] or rng.random() >= 0.05:
            continue
        start = today + timedelta(days=rng.randint(-10, 20))
        card = {k: row[k] for k in ("name", "rubrics", "participants", "capacity", "weekdays")}
        leaves = [{"start": start.isoformat(), "end": (start + timedelta(days=rng.randint(3, 30))).isoformat()}]
        updates.append((row["id"], card | {"leaves": leaves}))
    return updates


async def seed_mentors(matching_url: str, rows: list[dict[str, Any]]) -> None:
    """matching's migrations, then the mentors through its repository (with their `mentor_rubrics`), then ANALYZE."""
    from mentor_matching.bootstrap import MIGRATIONS
    from mentor_matching.mentors import repository

    await upgrade_async(MIGRATIONS, matching_url)
    db = Database(matching_url)
    try:
        for start in range(0, len(rows), CHUNK):
            async with db.transaction() as session:
                await repository.add_many(session, rows[start : start + CHUNK])
        async with db.transaction() as session:
            await session.execute(text("ANALYZE"))
    finally:
        await db.dispose()


class Deployment(ServiceProcesses):
    """The services' processes (`mentor_journeys.deployment`, as the end-to-end tests start them)."""


def _environment(name: str, database_url: str, rabbit_url: str, search_url: str, smtp_url: str) -> dict[str, str]:
    return service_environment(name, database_url, rabbit_url, search_url, smtp_url)


@contextmanager
def deployed(
    services: Sequence[str], mentors: int, search_url: str, smtp_url: str, logs: Path, seed: int
) -> Iterator[Deployment]:
    """Fresh databases and vhost, `mentors` seeded (leaves included), the services started, library items added
    and searchable."""
    with ExitStack() as stack:
        rabbit_url = stack.enter_context(temporary_vhost(RABBIT_HOST, prefix="bench-first"))
        urls = {name: stack.enter_context(temporary_database(f"bench_first_{name}")) for name in services}
        environment = {name: _environment(name, urls[name], rabbit_url, search_url, smtp_url) for name in services}
        rng = random.Random(seed)
        now = datetime.now(UTC)
        rows = mentor_rows(mentors, rng, now)
        started = time.perf_counter()
        asyncio.run(seed_mentors(urls["matching"], rows))
        platform = Deployment(logs, environment, rabbit_url)
        stack.callback(platform.stop)
        platform.start()
        leaves = leave_updates(rows, rng, now.date())
        asyncio.run(_put_leaves(platform.url("matching"), leaves))
        asyncio.run(_add_library_items(platform.url("library")))
        print(
            f"  {mentors:,} mentors ({len(leaves)} with a leave), {len(CODES)} library items; services ready "
            f"in {time.perf_counter() - started:.1f} s",
            flush=True,
        )
        yield platform


async def _put_leaves(matching: str, updates: list[tuple[str, dict[str, Any]]]) -> None:
    """Leaves written as a moderator would (PUT /mentors/{id}): whatever matching derives from them stays right."""
    limit = asyncio.Semaphore(8)
    async with httpx.AsyncClient(base_url=matching, timeout=60, headers=MODERATOR) as http:

        async def put(mentor_id: str, card: dict[str, Any]) -> None:
            async with limit:
                (await http.put(f"/mentors/{mentor_id}", json=card)).raise_for_status()

        await asyncio.gather(*(put(mentor_id, card) for mentor_id, card in updates))


async def _add_library_items(library: str) -> None:
    async with httpx.AsyncClient(base_url=library, timeout=60, headers=MODERATOR) as http:
        for i, code in enumerate(CODES):
            item = {
                "kind": "article",
                "title": f"Памятка {i + 1}: урок, класс и родители",
                "body": ITEM_TEXT,
                "rubrics": [code],
                "language": "ru",
            }
            (await http.post("/items", json=item)).raise_for_status()
        deadline = time.monotonic() + 60
        while time.monotonic() < deadline:
            found = (await http.get("/search", params={"q": "родители класс", "limit": 50})).json()
            if found["total"] >= len(CODES):
                return
            await asyncio.sleep(0.2)
        raise RuntimeError("library items not searchable after 60 s")
