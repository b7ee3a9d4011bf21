"""Benchmark: what a request costs in the kit against a bare FastAPI app returning the same JSON.

In ONE run, the same load generator (`wrk`, one thread, 16 connections) against uvicorn servers in their own
processes (`bench/read_overhead_app.py`, run as `mentor serve` runs a service):

  bare /healthz              a bare FastAPI app returning the kit's /healthz JSON
  kit /healthz               the real matching service's /healthz
  bare GET /mentors/{id}     a bare FastAPI app returning the JSON of a real mentor card
  GET /mentors/{id}          the real matching service on PostgreSQL (1,000 mentors): `ReadSession` (autocommit,
                             no BEGIN/COMMIT) and one Core SELECT of the card's columns
  GET /mentors?limit=20      the real public list, first page, on `ReadSession`
  … before                   both reads as they were: the request transaction (`DbSession`) and ORM objects

Each figure: requests/s under load, and the server's CPU time per request (from /proc, less sensitive to what
else runs on the machine); ratios are to the bare app measured in the same round. Three rounds, interleaved;
min / median / max. Prints numbers (`BENCH_SECONDS` per measurement, default 4).
"""

import asyncio
import json
import os
import random
import re
import shutil
import socket
import statistics
import subprocess
import sys
import time
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import httpx
from summary import record

from mentor_contracts.taxonomy import PARTICIPANTS, RUBRICS
from mentor_kit.auth.dev import DEV_PUBLIC_KEY
from mentor_kit.testing.plugin import temporary_database
from mentor_matching.bootstrap import create_service
from mentor_matching.mentors import repository
from mentor_matching.settings import MatchingSettings

RUNS = 3
SECONDS = int(os.environ.get("BENCH_SECONDS", "4"))
CONNECTIONS = int(os.environ.get("BENCH_CONNECTIONS", "16"))
MENTORS = 1_000
APP = Path(__file__).with_name("read_overhead_app.py")
CLOCK_TICK = os.sysconf("SC_CLK_TCK")


def mentor_rows(n: int) -> list[dict[str, Any]]:
    rng = random.Random(7)
    codes, groups = [t.code for t in RUBRICS], [t.code for t in PARTICIPANTS]
    return [
        {
            "id": f"mentor-{i:06d}",
            "name": f"Наставник {rng.choice('АБВГДЕЖЗИКЛМНОПРСТ')}. {i:06d}",
            "position": "доцент кафедры педагогики",
            "department": "Институт педагогики и психологии образования",
            "rubrics": rng.sample(codes, rng.randint(1, 3)),
            "participants": rng.sample(groups, rng.randint(0, 3)),
            "interests": "классное руководство, работа с родителями, инклюзия",
            "bio": "Двадцать лет в школе, из них десять — завучем. " * 4,
            "photo_url": f"https://mentor.mgpu.ru/photos/{i}.jpg",
            "capacity": rng.randint(1, 5),
            "active": True,
            "updated_at": datetime(2026, 11, 1, tzinfo=UTC),
        }
        for i in range(n)
    ]


async def prepare_database(url: str) -> None:
    service = create_service(
        MatchingSettings(database_url=url, broker_url="memory://", jwt_public_key_file=DEV_PUBLIC_KEY)
    )
    async with service.app.router.lifespan_context(service.app):  # migrations
        async with service.db.transaction() as session:
            await repository.add_many(session, mentor_rows(MENTORS))


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


@dataclass
class Server:
    process: subprocess.Popen[bytes]
    url: str

    def cpu_seconds(self) -> float:
        fields = Path(f"/proc/{self.process.pid}/stat").read_text().rsplit(")", 1)[1].split()
        return (int(fields[11]) + int(fields[12])) / CLOCK_TICK  # utime + stime


@contextmanager
def server(app: str, **env: str) -> Iterator[Server]:
    port = free_port()
    variables = {**os.environ, "BENCH_APP": app, "BENCH_PORT": str(port), **env}
    process = subprocess.Popen(
        [sys.executable, str(APP)], env=variables, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE
    )
    url = f"http://127.0.0.1:{port}"
    try:
        deadline = time.monotonic() + 60
        while True:
            try:
                if httpx.get(f"{url}/healthz", timeout=1).status_code == 200:
                    break
            except httpx.HTTPError:
                pass
            if process.poll() is not None or time.monotonic() > deadline:
                error = process.stderr.read().decode()[-2000:] if process.stderr else ""
                raise RuntimeError(f"{app} server did not start: {error}")
            time.sleep(0.1)
        yield Server(process, url)
    finally:
        process.terminate()
        process.wait(15)


@dataclass
class Figure:
    rps: float
    cpu_ms: float  # server CPU per request


def found(pattern: str, text: str) -> str:
    match = re.search(pattern, text)
    if match is None:
        raise RuntimeError(f"no {pattern!r} in wrk's output:\n{text}")
    return match.group(1)


def wrk(target: Server, path: str, seconds: float) -> Figure:
    before = target.cpu_seconds()
    out = subprocess.run(
        ["wrk", "-t1", f"-c{CONNECTIONS}", f"-d{seconds:g}s", target.url + path],
        capture_output=True,
        text=True,
        check=True,
    ).stdout
    cpu = target.cpu_seconds() - before
    total = int(found(r"(\d+) requests in", out))
    if "Non-2xx" in out:
        raise RuntimeError(f"{path}: non-2xx responses\n{out}")
    rps = float(found(r"Requests/sec:\s+([\d.]+)", out))
    return Figure(rps=rps, cpu_ms=cpu * 1000 / max(total, 1))


def measure(target: Server, path: str) -> Figure:
    wrk(target, path, 1)  # warm-up
    return wrk(target, path, SECONDS)


def spread(values: list[float], fmt: str = "{:8.0f}") -> str:
    return " /".join(fmt.format(v) for v in (min(values), statistics.median(values), max(values)))


PROBES = {
    "bare /healthz": ("bare", "/healthz"),
    "kit /healthz": ("kit", "/healthz"),
    "bare GET /mentors/{id}": ("bare", "/mentors/mentor-000042"),
    "GET /mentors/{id}": ("kit", "/mentors/mentor-000042"),
    "  before: DbSession, ORM object": ("kit", "/before/mentors/mentor-000042"),
    "GET /mentors?limit=20": ("kit", "/mentors?limit=20"),
    "  before: DbSession, ORM objects": ("kit", "/before/mentors?limit=20"),
}
BASELINE = {"kit /healthz": "bare /healthz"}
TARGETS = {"kit /healthz": "≥ 0.8", "GET /mentors/{id}": "≥ 0.5"}
BASELINE_DEFAULT = "bare GET /mentors/{id}"


def loop_lag(metrics: str) -> str:
    """The kit server's `mentor_event_loop_lag_seconds` over the whole run: samples, how many over 100 ms, and
    the smallest bucket that holds every sample."""
    buckets = [
        (float(bound), float(count))
        for bound, count in re.findall(r'mentor_event_loop_lag_seconds_bucket\{le="([^"]+)"\} ([0-9.e+]+)', metrics)
    ]
    total = dict(buckets)[float("inf")]
    over = total - dict(buckets)[0.1]
    worst = next(bound for bound, count in buckets if count >= total)
    return f"{total:.0f} samples, {over:.0f} over 100 ms, all ≤ {worst:g} s"


def main() -> None:
    if shutil.which("wrk") is None:
        print("read_overhead: wrk is not installed (apt-get install -y wrk); skipped")
        return
    results: dict[str, list[Figure]] = {name: [] for name in PROBES}
    with temporary_database("bench_reads") as url:
        asyncio.run(prepare_database(url))
        with server("matching", BENCH_DATABASE_URL=url) as kit:
            health = httpx.get(f"{kit.url}/healthz").json()
            card = httpx.get(f"{kit.url}/mentors/mentor-000042").json()
            bare_env = {"BENCH_HEALTH_JSON": json.dumps(health), "BENCH_CARD_JSON": json.dumps(card)}
            with server("bare", **bare_env) as bare:
                servers = {"bare": bare, "kit": kit}
                for _ in range(RUNS):
                    for name, (which, path) in PROBES.items():
                        results[name].append(measure(servers[which], path))
            lag = loop_lag(httpx.get(f"{kit.url}/metrics").text)
    print(f"Read overhead: wrk -t1 -c{CONNECTIONS}, {SECONDS:.0f} s each, {RUNS} rounds; min / median / max")
    print(f"  {'':26s} {'requests/s':>26s}   {'CPU ms/request':>24s}   ratio to bare: req/s  /  1/CPU   target")
    for name, figures in results.items():
        rps = [f.rps for f in figures]
        cpu = [f.cpu_ms for f in figures]
        line = f"  {name:26s} {spread(rps)}   {spread(cpu, '{:6.3f}')}"
        if not name.startswith("bare"):
            base = results[BASELINE.get(name, BASELINE_DEFAULT)]
            by_rps = [f.rps / b.rps for f, b in zip(figures, base, strict=True)]
            by_cpu = [b.cpu_ms / f.cpu_ms for f, b in zip(figures, base, strict=True)]
            line += f"   {spread(by_rps, '{:4.2f}')}   {spread(by_cpu, '{:4.2f}')}   {TARGETS.get(name, '')}"
            if name in TARGETS:
                bound = float(TARGETS[name].removeprefix("≥ "))
                record(f"{name.strip()} / bare, requests/s", "ratio", by_rps, TARGETS[name], lambda v, b=bound: v >= b)
        print(line)
    print(f"  event-loop lag of the kit server during the run (0.1 s probe): {lag}")


if __name__ == "__main__":
    main()
