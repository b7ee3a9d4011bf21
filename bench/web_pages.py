"""Benchmark: server time of the web application's main pages, against the embedded platform (`mentor dev` as its own
process on a free port with a new data folder and its demo data), each page asked by a signed-in browser session.

Pages: home, library search, a forum section, a topic, the calendar, my cases and a case page (as the demo mentee
Анна Смирнова), and the moderators' statistics with its charts' numbers (as the demo moderator). A page's server
time is the time from sending its request to its last byte over loopback with a kept-alive connection (the web app,
its calls through the gateway to the services, their databases and the search server: all of `mentor dev`). The
charts' SVGs are separate requests, measured as one more figure.

Each run asks each page WARMUP times, then REQUESTS times one after another; p50 and p95 per page per run. Three
runs; min / median / max of each figure are printed, and recorded for `make bench`'s final table.
"""

import os
import re
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import httpx
from summary import record

from mentor_kit.auth.dev import mint_token
from mentor_kit.search_server import free_port

RUNS = 3
REQUESTS = int(os.environ.get("BENCH_WEB_REQUESTS", "30"))
WARMUP = 3
P95_TARGET_MS = 500  # what a person waits for a page at most, on this 2-core machine with every service in-process


@contextmanager
def platform() -> Iterator[str]:
    port = free_port()
    with tempfile.TemporaryDirectory(prefix="bench-web-") as data:
        mentor = Path(sys.executable).parent / "mentor"
        log = Path(data) / "mentor-dev.log"
        with log.open("wb") as out:
            process = subprocess.Popen(
                [str(mentor), "dev", "--port", str(port), "--data-dir", data, "--log-level", "WARNING"],
                stdout=out,
                stderr=subprocess.STDOUT,
            )
            url = f"http://127.0.0.1:{port}"
            try:
                deadline = time.monotonic() + 120
                while True:
                    if process.poll() is not None:
                        raise RuntimeError(f"mentor dev exited:\n{log.read_text()[-3000:]}")
                    try:
                        if httpx.get(f"{url}/readyz", timeout=2).status_code == 200:
                            break
                    except httpx.TransportError:
                        pass
                    if time.monotonic() > deadline:
                        raise RuntimeError(f"mentor dev not ready:\n{log.read_text()[-3000:]}")
                    time.sleep(0.2)  # a child process's start: polled with a deadline
                yield url
            finally:
                process.terminate()
                process.wait(30)


def signed_in(url: str, user_id: str) -> httpx.Client:
    """A browser's session: the demo sign-in form with its CSRF token, then the session cookie."""
    client = httpx.Client(base_url=url, timeout=60, follow_redirects=True)
    form = client.get("/sign-in").text
    token = re.search(r'name="csrf_token" value="([^"]+)"', form)
    assert token, "no CSRF token on the sign-in page"
    answer = client.post("/sign-in/dev", data={"csrf_token": token.group(1), "user_id": user_id, "next": "/"})
    answer.raise_for_status()
    return client


def api_get(url: str, path: str, user: str, roles: list[str]) -> object:
    answer = httpx.get(f"{url}{path}", headers={"Authorization": f"Bearer {mint_token(user, roles)}"}, timeout=30)
    answer.raise_for_status()
    return answer.json()


def pages(url: str) -> list[tuple[str, str, str]]:
    """(name, who, path) of each page measured; the ids come from the demo data through the APIs."""
    sections = api_get(url, "/api/forum/sections", "mentee-anna", ["mentee"])
    assert isinstance(sections, list)
    section = next(s for s in sections if s["topics"])
    topics = api_get(url, f"/api/forum/sections/{section['id']}/topics", "mentee-anna", ["mentee"])
    assert isinstance(topics, dict)
    cases = api_get(url, "/api/cases/cases?as=author", "mentee-anna", ["mentee"])
    assert isinstance(cases, dict)
    case = next(c for c in cases["items"] if c["status"] != "draft")
    return [
        ("home", "mentee", "/"),
        ("library search", "mentee", "/library?q=%D1%80%D0%BE%D0%B4%D0%B8%D1%82%D0%B5%D0%BB%D0%B8"),
        ("forum section", "mentee", f"/forum/sections/{section['id']}"),
        ("forum topic", "mentee", f"/forum/topics/{topics['items'][0]['id']}"),
        ("calendar", "mentee", "/calendar"),
        ("my cases", "mentee", "/cases"),
        ("case page", "mentee", f"/cases/{case['id']}"),
        ("moderator statistics", "moderator", "/moderation/statistics"),
        ("moderator chart (SVG)", "moderator", "/moderation/statistics/load.svg"),
    ]


def timed(client: httpx.Client, path: str) -> float:
    started = time.perf_counter()
    answer = client.get(path)
    elapsed = (time.perf_counter() - started) * 1000
    if answer.status_code != 200:
        raise RuntimeError(f"{path}: {answer.status_code}")
    return elapsed


def one_run(url: str) -> dict[str, tuple[float, float]]:
    sessions = {"mentee": signed_in(url, "mentee-anna"), "moderator": signed_in(url, "moderator-olga")}
    try:
        results = {}
        for name, who, path in pages(url):
            client = sessions[who]
            for _ in range(WARMUP):
                timed(client, path)
            times = sorted(timed(client, path) for _ in range(REQUESTS))
            p95 = times[min(len(times) - 1, round(0.95 * len(times)) - 1)]
            results[name] = (statistics.median(times), p95)
        return results
    finally:
        for client in sessions.values():
            client.close()


def main() -> None:
    print(f"web pages: server time over loopback, {REQUESTS} requests a page, {RUNS} runs (mentor dev, demo data)")
    runs = []
    with platform() as url:
        for number in range(RUNS):
            runs.append(one_run(url))
            print(f"  run {number + 1} done")
    print(f"{'page':<24} {'p50 min/median/max, ms':>26} {'p95 min/median/max, ms':>26}")
    for name in runs[0]:
        p50s = [run[name][0] for run in runs]
        p95s = [run[name][1] for run in runs]

        def spread(values: list[float]) -> str:
            return f"{min(values):.1f} / {statistics.median(values):.1f} / {max(values):.1f}"

        print(f"{name:<24} {spread(p50s):>26} {spread(p95s):>26}")
        record(f"web page {name}: p50", "ms", p50s)
        record(f"web page {name}: p95", "ms", p95s, f"< {P95_TARGET_MS}", lambda v: v < P95_TARGET_MS)


if __name__ == "__main__":
    main()
