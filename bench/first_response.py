"""Benchmark: the first response, as deployed. Each service is its own process (`mentor serve <name>`: uvicorn,
consumers, relay, workers) on its own PostgreSQL database, one RabbitMQ vhost, `noida-db`; this process is the
load generator (aiohttp). N mentees (default 50) submit a case at the same moment (`POST /cases`), then each
long-polls `GET /cases/{id}/offers?wait=20` and `GET /cases/{id}/suggestions?wait=20` until they are not empty
(`--poll-ms N`: a plain GET every N ms instead, the way it was measured before long polls existed).

Figures per burst: submit → offers visible (p50/p95/max) and throughput (cases/s = N / time from the submit to
the last offers visible); submit → suggestions visible; the library's `SuggestionsReadyV1` (its `at`: when the
library's handler produced them, and its arrival on a tap of `mentor.internal`) → visible to the author; the CPU
of the cases process per case, twice: N `POST /cases` alone (until the last 201, nobody polling) and the whole
burst (submits, polls, the events coming back). Diagnostics: submit → matching produced the offers (the `at` of
`OffersProposedInternalV1`), produced → visible, CPU per case of every process.

At 12, 1,000 and 10,000 mentors (seeded straight into matching's database through its repository, 5 % of them
with a leave written through its API), a fresh deployment each; a few warm-up cases, then `--runs` bursts
(default 3): min / median / max over the runs of each figure, printed in one table beside its target. "Visible"
is when the poll that showed it returned (a long poll: when the cases service committed it, plus one response;
a plain poll: up to one interval later). Nothing is asserted.

Needs the local PostgreSQL and RabbitMQ (as `make test`).
Usage: python bench/first_response.py [--mentors 12,1000,10000] [--mentees 50] [--runs 3] [--poll-ms 0]
       [--profile DIR]  (one more burst per mentor count under py-spy, outside the project: pip install --user py-spy)
"""

import argparse
import asyncio
import random
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from contextlib import ExitStack
from dataclasses import dataclass
from datetime import date
from pathlib import Path

from first_response_deploy import Deployment, deployed
from first_response_load import Figures, burst, figures, mentees, percentile, submit_only, warm_up
from first_response_profile import Sampler
from summary import record

from mentor_kit.search_server import start_search_server
from mentor_kit.testing.smtp import SmtpSink

SERVICES = ("cases", "matching", "library", "notifications")


@dataclass
class Measured:
    mentors: int
    runs: list[Figures]
    submit_cpu: list[float]  # ms of the cases process per case, POST /cases alone


async def measure(platform: Deployment, mentors: int, args: argparse.Namespace, cpu_burst: bool) -> Measured:
    timeout, poll = args.timeout, (args.poll_ms / 1000 if args.poll_ms > 0 else None)
    await warm_up(platform, 3, timeout)
    runs: list[Figures] = []
    for run in range(args.runs):
        people = mentees(args.mentees, f"{mentors}-{run}", random.Random(run))
        result = figures(await burst(platform, people, poll=poll, timeout=timeout))
        platform.assert_alive()
        runs.append(result)
        print(
            f"    run {run + 1}: offers p50 {percentile(result.offers, 0.5):.2f} s, "
            f"p95 {percentile(result.offers, 0.95):.2f} s, {result.throughput:.1f} cases/s; "
            f"suggestions produced → visible p95 {1000 * percentile(result.produced_to_visible, 0.95):.0f} ms; "
            f"missing {result.missing_offers}/{result.missing_suggestions}",
            flush=True,
        )
        await asyncio.sleep(args.pause)
    if args.profile is not None:  # one more burst under py-spy, not among the measured ones (sampling costs CPU)
        people = mentees(args.mentees, f"{mentors}-profiled", random.Random(50))
        with Sampler(args.profile, f"mentors-{mentors}", {n: platform.pid(n) for n in platform.processes}) as sampler:
            await burst(platform, people, poll=poll, timeout=timeout)
        print("\n".join(sampler.summary()), flush=True)
        await asyncio.sleep(args.pause)
    submit_cpu: list[float] = []
    if cpu_burst:
        for run in range(args.runs):
            people = mentees(args.mentees, f"{mentors}-cpu-{run}", random.Random(100 + run))
            used = await submit_only(platform, people, timeout=timeout)
            submit_cpu.append(used * 1000 / len(people))
            await asyncio.sleep(args.pause)
        print(f"    POST /cases alone, cases CPU per case: {', '.join(f'{v:.1f}' for v in submit_cpu)} ms", flush=True)
    return Measured(mentors, runs, submit_cpu)


# The table ------------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class Row:
    name: str
    unit: str  # "s", "ms", "cases/s"
    pick: Callable[[Figures], float | None]
    target: Callable[[int], tuple[str, Callable[[float], bool]] | None] = lambda _mentors: None


def p(values: list[float], q: float, scale: float = 1.0) -> float | None:
    return percentile(values, q) * scale if values else None


def below(limit: float, text: str) -> Callable[[int], tuple[str, Callable[[float], bool]]]:
    return lambda _mentors: (text, lambda value: value < limit)


def offers_p95_target(mentors: int) -> tuple[str, Callable[[float], bool]] | None:
    return ("< 1 s", lambda v: v < 1.0) if mentors <= 1_000 else None


def at_10k(text: str, check: Callable[[float], bool]) -> Callable[[int], tuple[str, Callable[[float], bool]] | None]:
    return lambda mentors: (text, check) if mentors >= 10_000 else None


ROWS = [
    Row("submit → offers visible, p95", "s", lambda f: p(f.offers, 0.95), offers_p95_target),
    Row("submit → offers visible, p50", "s", lambda f: p(f.offers, 0.5), at_10k("< 2 s", lambda v: v < 2.0)),
    Row("submit → offers visible, max", "s", lambda f: max(f.offers, default=None)),
    Row("throughput (N / last offers visible)", "cases/s", lambda f: f.throughput, at_10k("≥ 20", lambda v: v >= 20)),
    Row(
        "suggestions produced (`at`) → visible, p95",
        "ms",
        lambda f: p(f.produced_to_visible, 0.95, 1000),
        below(200, "< 200 ms"),
    ),
    Row("suggestions produced (`at`) → visible, p50", "ms", lambda f: p(f.produced_to_visible, 0.5, 1000)),
    Row("suggestions published → visible, p95", "ms", lambda f: p(f.published_to_visible, 0.95, 1000)),
    Row("submit → suggestions visible, p95", "s", lambda f: p(f.suggestions, 0.95)),
    Row("submit → offers produced (matching `at`), p95", "s", lambda f: p(f.offers_produced, 0.95)),
    Row("offers produced → visible, p95", "ms", lambda f: p(f.offers_produced_to_visible, 0.95, 1000)),
    Row("POST /cases latency under the burst, p95", "ms", lambda f: p(f.post, 0.95, 1000)),
    Row("cases CPU per case, whole burst (incl. polls)", "ms", lambda f: f.cpu_per_case.get("cases")),
    Row("matching CPU per case, whole burst", "ms", lambda f: f.cpu_per_case.get("matching")),
    Row("library CPU per case, whole burst", "ms", lambda f: f.cpu_per_case.get("library")),
    Row("notifications CPU per case, whole burst", "ms", lambda f: f.cpu_per_case.get("notifications")),
    Row("load generator (this process) CPU per case", "ms", lambda f: f.cpu_per_case.get("load generator")),
    Row("mentees without offers (timed out)", "", lambda f: f.missing_offers),
    Row("mentees without suggestions (timed out)", "", lambda f: f.missing_suggestions),
    Row("polls (GET) per mentee", "", lambda f: f.polls / max(1, len(f.post))),
]


def number(value: float, unit: str) -> str:
    if unit == "":
        return f"{value:.1f}" if value % 1 else f"{value:.0f}"
    return f"{value:.2f}" if unit in ("s", "cases/s") else f"{value:.1f}"


def spread(values: list[float], unit: str) -> str:
    if not values:
        return "—"
    return " / ".join(number(v, unit) for v in (min(values), statistics.median(values), max(values)))


def table(results: list[Measured], args: argparse.Namespace) -> list[str]:
    width = 48
    lines = [
        "",
        f"first response, as deployed ({', '.join(args.services)}: a process each), {args.mentees} mentees at once, "
        f"{f'poll every {args.poll_ms:g} ms' if args.poll_ms > 0 else 'long polls (?wait=)'}; "
        f"min / median / max of {args.runs} runs; {date.today()}",
        f"{'figure':{width}s} {'mentors':>7s}  {'min / median / max':>24s} {'unit':8s} {'target':>9s}  met (median)",
    ]
    for row in ROWS:
        for measured in results:
            values = [v for v in (row.pick(f) for f in measured.runs) if v is not None]
            target = row.target(measured.mentors)
            text, met = ("", "") if target is None else (target[0], "")
            if target is not None and values:
                met = "yes" if target[1](statistics.median(values)) else "NO"
                record(f"{row.name}, {measured.mentors:,} mentors", row.unit, values, text, target[1])
            lines.append(
                f"{row.name:{width}s} {measured.mentors:>7,}  {spread(values, row.unit):>24s} {row.unit:8s} "
                f"{text:>9s}  {met}"
            )
    for measured in results:
        if measured.submit_cpu:
            median = statistics.median(measured.submit_cpu)
            record("POST /cases alone: cases CPU per case", "ms", measured.submit_cpu, "< 8", lambda v: v < 8)
            lines.append(
                f"{'POST /cases alone: cases CPU per case':{width}s} {measured.mentors:>7,}  "
                f"{spread(measured.submit_cpu, 'ms'):>24s} {'ms':8s} {'< 8 ms':>9s}  {'yes' if median < 8 else 'NO'}"
            )
    return lines


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0] if __doc__ else None)
    parser.add_argument("--mentors", default="12,1000,10000", help="mentor counts, comma-separated")
    parser.add_argument("--mentees", type=int, default=50, help="mentees submitting at once")
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--poll-ms", type=float, default=0.0, help="0: long polls (?wait=); else a GET every N ms")
    parser.add_argument("--timeout", type=float, default=180.0, help="seconds a mentee waits for offers")
    parser.add_argument("--pause", type=float, default=1.0, help="seconds between bursts")
    parser.add_argument("--without-notifications", action="store_true", help="deploy cases, matching, library only")
    parser.add_argument("--logs", type=Path, help="keep the services' logs in this folder")
    parser.add_argument("--profile", type=Path, help="one more burst per mentor count under py-spy; stacks kept here")
    args = parser.parse_args()
    args.services = tuple(s for s in SERVICES if not (args.without_notifications and s == "notifications"))
    counts = [int(n) for n in args.mentors.split(",")]
    started = time.perf_counter()
    print(f"first response: {args.mentees} mentees, {args.runs} runs at {', '.join(f'{n:,}' for n in counts)} mentors")
    results: list[Measured] = []
    with ExitStack() as stack:
        logs = args.logs or Path(stack.enter_context(tempfile.TemporaryDirectory(prefix="bench-first-")))
        search_dir = Path(stack.enter_context(tempfile.TemporaryDirectory(prefix="bench-first-search-")))
        search, search_url = start_search_server(search_dir)
        stack.callback(search.wait, 10)
        stack.callback(search.terminate)
        sink = stack.enter_context(SmtpSink())
        for i, mentors in enumerate(counts):
            folder = logs / f"mentors-{mentors}"
            folder.mkdir(parents=True, exist_ok=True)
            try:
                with deployed(args.services, mentors, search_url, sink.url, folder, seed=mentors) as platform:
                    results.append(asyncio.run(measure(platform, mentors, args, cpu_burst=i == 0)))
            except Exception:
                if args.logs is None:
                    print(f"(logs of the failed deployment: {folder}; pass --logs to keep them)", file=sys.stderr)
                raise
    for line in table(results, args):
        print(line)
    print(f"(whole benchmark: {time.perf_counter() - started:.0f} s)")


if __name__ == "__main__":
    main()
