"""A bounded soak of the platform as deployed: SOAK_PEOPLE simulated people (50) walk journey 1 (anonymous case →
offers → decline → accept → questions → reformulation → solution → second opinion → reflection → library review →
search) back to back for SOAK_SECONDS (600), each journey with a new author, against every service in its own
process (`mentor serve`, as the end-to-end tests start them) on PostgreSQL, RabbitMQ (one least-privilege user per
service), `noida-db` and an SMTP sink.

What it prints: journeys walked and failed (with the first errors), journey time p50/p95, the resident memory of
every process sampled every SAMPLE_SECONDS (first minute after the warm-up vs the last minute, peak, and the slope
of a least-squares line over the second half), and, once the walkers stop, the time until the backlog is zero
(every queue empty with nothing unacknowledged, every outbox published).

    .venv/bin/python bench/soak.py                      # the full soak (about 11 minutes)
    SOAK_SECONDS=90 SOAK_PEOPLE=10 .venv/bin/python bench/soak.py   # a quick look
"""

import asyncio
import os
import statistics
import sys
import tempfile
import time
import traceback
from collections import Counter
from collections.abc import Iterator
from contextlib import ExitStack, contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from urllib.parse import unquote, urlsplit

import httpx
from sqlalchemy import text

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "bench"))
from summary import record  # noqa: E402

from mentor_gateway.broker_access import permissions_for  # noqa: E402
from mentor_journeys.anonymous_case import anonymous_case_journey  # noqa: E402
from mentor_journeys.deployment import ServiceProcesses, broker_users, service_environment  # noqa: E402
from mentor_journeys.platform import SERVICES, Author, Person, Platform, Urls  # noqa: E402
from mentor_kit.db import Database  # noqa: E402
from mentor_kit.search_server import start_search_server  # noqa: E402
from mentor_kit.testing.plugin import RABBIT_HOST, temporary_database  # noqa: E402
from mentor_kit.testing.rabbit import rabbitmqctl, temporary_vhost  # noqa: E402
from mentor_kit.testing.smtp import SmtpSink  # noqa: E402
from mentor_kit.testing.waiting import wait_for  # noqa: E402

SECONDS = float(os.environ.get("SOAK_SECONDS", "600"))
PEOPLE = int(os.environ.get("SOAK_PEOPLE", "50"))
SAMPLE_SECONDS = 10.0
POLL_SECONDS = 1.0  # a person waiting for an answer looks again every second, not ten times a second
RUBRICS = ["parent_interaction", "professional_ethics"]
MENTORS = [f"mentor-soak-{n:02d}" for n in range(12)]  # capacity 20 each: room for 50 journeys in work at once
MODERATOR = Person("moderator-soak", "moderator", "Ольга Модератор", "moderator@mgpu.example")
SETTINGS = {"RELAY_POLL_SECONDS": "0.5", "LOG_LEVEL": "WARNING", "BROKER_DECLARE_EXCHANGES": "false"}


@dataclass
class Tally:
    seconds: list[float] = field(default_factory=list)
    errors: Counter[str] = field(default_factory=Counter)
    first_errors: list[str] = field(default_factory=list)
    first_done: float = 0.0  # when the first journey ended: everything a journey loads lazily is loaded by then


def resident_mb(pid: int) -> float:
    for line in Path(f"/proc/{pid}/status").read_text().splitlines():
        if line.startswith("VmRSS:"):
            return int(line.split()[1]) / 1024
    return 0.0


@contextmanager
def deployed(logs: Path) -> Iterator[tuple[ServiceProcesses, dict[str, str], int]]:
    """The five services as the e2e suite deploys them; yields them, their database URLs and the search pid."""
    with ExitStack() as stack:
        rabbit_url = stack.enter_context(temporary_vhost(RABBIT_HOST, prefix="soak"))
        broker = stack.enter_context(broker_users(rabbit_url, {name: permissions_for(name) for name in SERVICES}))
        search, search_url = start_search_server(Path(stack.enter_context(tempfile.TemporaryDirectory())))
        stack.callback(lambda: (search.terminate(), search.wait(10)))
        sink = stack.enter_context(SmtpSink())
        databases = {name: stack.enter_context(temporary_database(f"soak_{name}")) for name in SERVICES}
        environment = {
            name: service_environment(
                name,
                databases[name],
                broker[name],
                search_url,
                sink.url,
                **SETTINGS,
                **({"EMAIL_POLL_SECONDS": "1"} if name == "notifications" else {}),
            )
            for name in SERVICES
        }
        platform = ServiceProcesses(logs, environment, rabbit_url)
        stack.callback(platform.stop)
        platform.start()
        yield platform, databases, search.pid


async def seed(platform: Platform) -> None:
    for mentor_id in MENTORS:
        mentor = Person(mentor_id, "mentor", email=f"{mentor_id}@mgpu.example")
        card = {"name": f"Наставник {mentor_id[-2:]}", "rubrics": RUBRICS, "capacity": 20}
        await platform.call(mentor, "matching", "PUT", "/mentors/me", json=card)
        await platform.call(mentor, "notifications", "GET", "/me")
    await platform.call(MODERATOR, "notifications", "GET", "/me")
    for title in ("Границы общения с родителями в мессенджерах", "Памятка: часы связи учителя и родителей"):
        body = "Родители пишут вечером в мессенджер: как договориться о часах связи и каналах общения."
        item = {"kind": "article", "title": title, "body": body, "rubrics": RUBRICS, "language": "ru"}
        await platform.call(MODERATOR, "library", "POST", "/items", json=item)


async def walker(platform: Platform, n: int, until: float, tally: Tally) -> None:
    """One simulated person: journeys back to back, each as a new author, until the time is up."""
    journey = 0
    while time.monotonic() < until:
        journey += 1
        person_id, name = f"mentee-soak-{n:02d}-{journey:03d}", f"Учитель {n} {journey}"
        person = Person(person_id, "mentee", name, f"{person_id}@school.example")
        author = Author(person, f"Школа № {1000 + n}")
        started = time.monotonic()
        try:
            await anonymous_case_journey(platform, author, MODERATOR, rubrics=RUBRICS)
            tally.seconds.append(time.monotonic() - started)
        except Exception as exc:  # a failed journey is counted and reported, and the walker goes on
            tally.errors[type(exc).__name__] += 1
            if len(tally.first_errors) < 5:
                where = f" ({exc.request.method} {exc.request.url})" if isinstance(exc, httpx.RequestError) else ""
                tally.first_errors.append("".join(traceback.format_exception_only(exc)).strip()[:400] + where)
        else:
            tally.first_done = tally.first_done or time.monotonic()


async def sample_memory(pids: dict[str, int], samples: dict[str, list[tuple[float, float]]], t0: float) -> None:
    while True:
        for name, pid in pids.items():
            samples[name].append((time.monotonic() - t0, resident_mb(pid)))
        await asyncio.sleep(SAMPLE_SECONDS)


async def backlog(rabbit_url: str, databases: list[Database]) -> tuple[int, int]:
    """(messages in or unacknowledged on every queue of the vhost, unpublished outbox rows of every service)."""
    vhost = unquote(urlsplit(rabbit_url).path[1:])
    listing = await asyncio.to_thread(
        rabbitmqctl, "list_queues", "-p", vhost, "name", "messages", "messages_unacknowledged"
    )
    queued = sum(int(x) for line in listing.splitlines() for x in line.split()[1:] if x.isdigit())  # not headers
    pending = 0
    for db in databases:
        async with db.transaction() as session:
            query = text("SELECT count(*) FROM outbox WHERE published_at IS NULL")
            pending += int((await session.execute(query)).scalar_one())
    return queued, pending


async def drain(rabbit_url: str, urls: dict[str, str], limit: float = 300) -> tuple[float, tuple[int, int]]:
    """Seconds until every queue and outbox is empty (or `limit`), and what was left then; one connection pool per
    service database for the whole wait."""
    databases = [Database(url) for url in urls.values()]
    started = time.monotonic()
    left = (-1, -1)

    async def empty() -> bool:
        nonlocal left
        left = await backlog(rabbit_url, databases)
        return left == (0, 0)

    try:
        await wait_for(empty, timeout=limit, interval=1.0, message="the backlog drained")
    except AssertionError:
        pass  # reported by the caller with what was left
    finally:
        for db in databases:
            await db.dispose()
    return time.monotonic() - started, left


def slope_mb_per_minute(points: list[tuple[float, float]]) -> float:
    if len(points) < 2:
        return 0.0
    xs, ys = [t / 60 for t, _ in points], [mb for _, mb in points]
    mx, my = statistics.fmean(xs), statistics.fmean(ys)
    var = sum((x - mx) ** 2 for x in xs)
    return sum((x - mx) * (y - my) for x, y in zip(xs, ys, strict=True)) / var if var else 0.0


def memory_report(samples: dict[str, list[tuple[float, float]]], warm: float, end: float) -> dict[str, float]:
    """Per process: MB in the minute after `warm` (the first journey's end: the de-identifier's model and the
    caches are loaded by then) and in the last minute (medians), peak, slope over the second half. Returns each
    process's growth, last minute over first, in percent."""
    growth = {}
    print(f"\n  {'process':<14}{'start MB':>10}{'end MB':>10}{'peak MB':>10}{'growth':>9}{'MB/min (2nd half)':>20}")
    for name, points in samples.items():
        start = [mb for t, mb in points if warm <= t < warm + 60] or [points[0][1]]
        last = [mb for t, mb in points if t >= end - 60] or [points[-1][1]]
        second_half = [(t, mb) for t, mb in points if t >= end / 2]
        first_mb, last_mb = statistics.median(start), statistics.median(last)
        growth[name] = 100 * (last_mb - first_mb) / first_mb
        print(
            f"  {name:<14}{first_mb:>10.1f}{last_mb:>10.1f}{max(mb for _, mb in points):>10.1f}"
            f"{growth[name]:>8.1f}%{slope_mb_per_minute(second_half):>20.2f}"
        )
    return growth


async def soak(processes: ServiceProcesses, search_pid: int) -> tuple[Tally, dict[str, list[tuple[float, float]]]]:
    urls = Urls(**{name: processes.url(name) for name in SERVICES})
    limits = httpx.Limits(max_connections=200, max_keepalive_connections=100)
    async with httpx.AsyncClient(timeout=60, limits=limits) as http:
        platform = Platform(urls, http, timeout=300, poll_seconds=POLL_SECONDS)
        await seed(platform)
        pids = {name: processes.pid(name) for name in SERVICES} | {"search": search_pid}
        samples: dict[str, list[tuple[float, float]]] = {name: [] for name in pids}
        tally = Tally()
        t0 = time.monotonic()
        sampler = asyncio.create_task(sample_memory(pids, samples, t0))
        try:
            await asyncio.gather(*(walker(platform, n, t0 + SECONDS, tally) for n in range(PEOPLE)))
        finally:
            sampler.cancel()
        for name, pid in pids.items():  # one more sample: the state when the last journey ended
            samples[name].append((time.monotonic() - t0, resident_mb(pid)))
    tally.first_done = tally.first_done - t0 if tally.first_done else 0.0  # from now on: seconds after the start
    return tally, samples


def main() -> None:
    print(f"Soak: {PEOPLE} people walking journey 1 for {SECONDS:.0f} s against the deployed platform")
    with tempfile.TemporaryDirectory(prefix="soak-logs-") as logs, deployed(Path(logs)) as (processes, dbs, search):
        started = time.monotonic()
        tally, samples = asyncio.run(soak(processes, search))
        walked = time.monotonic() - started
        processes.assert_alive()
        drained, left = asyncio.run(drain(processes.rabbit_url, dbs))
        if left != (0, 0):
            print(f"  backlog NOT drained after {drained:.0f} s: {left[0]} queued, {left[1]} in outboxes")
        errors_in_logs = {name: processes.log_file_text(name).count("Traceback") for name in SERVICES}

    journeys, failed = len(tally.seconds), sum(tally.errors.values())
    print(f"\n  journeys completed: {journeys} in {walked:.0f} s ({60 * journeys / walked:.1f}/min); failed: {failed}")
    for line in tally.first_errors:
        print(f"    {line}")
    if tally.seconds:
        ordered = sorted(tally.seconds)
        p95 = ordered[min(len(ordered) - 1, int(0.95 * len(ordered)))]
        print(f"  journey time: p50 {statistics.median(ordered):.1f} s, p95 {p95:.1f} s, max {ordered[-1]:.1f} s")
    print(f"  tracebacks in the services' logs: {errors_in_logs}")
    print(f"  memory: 'start' is the minute after the first journey ended ({tally.first_done:.0f} s in)")
    growth = memory_report(samples, tally.first_done, walked)
    print(f"  backlog (queues + outboxes) back to zero {drained:.1f} s after the last journey")
    record("soak: failed journeys", "journeys", [failed], "0", lambda v: v == 0)
    record("soak: journeys completed", "journeys", [journeys])
    record("soak: largest memory growth of a process", "%", [max(growth.values())], "< 20", lambda v: v < 20)
    record("soak: backlog drained after the last journey", "s", [drained], "< 60", lambda v: v < 60)


if __name__ == "__main__":
    main()
