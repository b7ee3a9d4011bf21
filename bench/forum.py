"""Benchmark: the forum at 10,000 topics and 100,000 posts on PostgreSQL, through the service's real app (HTTP in
process, migrations, its own database; the search index is not involved: seeded topics count as indexed).

Figures, each beside the same run's `GET /healthz` (the cost of a request that does no work) as the baseline:
- a section's first page (latest activity), a page 50 pages deep (by its keyset cursor), the unanswered and
  solved listings;
- a topic page: the first 20 posts of the longest topic (300 posts), and 20 posts near its end;
- posting: replies by many people at once (each under the posting limit), posts a second and p50/p95 a post.
Three runs; min / median / max of each figure. Prints numbers; `make bench` puts them in the final table.
"""

import asyncio
import os
import random
import statistics
import time
import uuid
from collections.abc import Iterator
from contextlib import ExitStack
from datetime import UTC, datetime, timedelta
from pathlib import Path
from tempfile import TemporaryDirectory
from typing import Any

import httpx
from mentor_forum.bootstrap import create_service
from mentor_forum.discussions.models import Post, Topic
from mentor_forum.markup import render
from mentor_forum.settings import ForumSettings
from sqlalchemy import insert, text
from summary import record

from mentor_kit.auth.dev import DEV_PUBLIC_KEY, mint_token
from mentor_kit.logging import configure_logging
from mentor_kit.messaging.topology import QueueDecl
from mentor_kit.search_server import start_search_server
from mentor_kit.service import Service
from mentor_kit.testing.plugin import temporary_database

TOPICS = int(os.environ.get("BENCH_FORUM_TOPICS", "10000"))
POSTS = int(os.environ.get("BENCH_FORUM_POSTS", "100000"))
LONGEST = 300  # posts of the longest topic
SECTIONS = ("first-years", "lessons", "class-and-parents")
RUNS, REQUESTS, WARMUP = 3, 40, 5
POSTERS, POSTS_EACH = 20, 5  # people posting at once, replies each (under the limit of 10 a minute)
NOW = datetime.now(UTC)
CHUNK = 5_000
BODIES = [
    "Как вы договариваетесь с родителями о времени сообщений? **Нам** помогло правило: не позже 20:00.",
    "Попробуйте [памятку](https://mentor.example/library) и обсудите её на собрании.",
    "- начать с правил класса\n- договориться о сигналах\n- вернуться к этому через неделю",
]
RENDERED = [(body, render(body)) for body in BODIES]


def chunks(rows: list[dict[str, Any]]) -> Iterator[list[dict[str, Any]]]:
    for start in range(0, len(rows), CHUNK):
        yield rows[start : start + CHUNK]


def seed_rows(rng: random.Random) -> tuple[list[dict[str, Any]], list[dict[str, Any]], uuid.UUID]:
    """TOPICS topics over three sections; POSTS posts: LONGEST in one topic, the rest spread at random (every topic
    has its first post); a quarter unanswered, a fifth solved."""
    topics, counts = [], [1] * TOPICS
    unanswered = set(rng.sample(range(1, TOPICS), TOPICS // 4))
    answered = [i for i in range(1, TOPICS) if i not in unanswered]
    counts[0] = LONGEST
    for _ in range(POSTS - sum(counts)):
        counts[rng.choice(answered)] += 1
    posts: list[dict[str, Any]] = []
    for i in range(TOPICS):
        n = counts[i]
        created = NOW - timedelta(minutes=rng.randint(60, 525_600))
        topic_id = uuid.uuid4()
        first_reply = None
        for number in range(1, n + 1):
            body, html = RENDERED[number % len(RENDERED)]
            post_id = uuid.uuid4()
            first_reply = first_reply or (post_id if number == 2 else None)
            posts.append(
                {
                    "id": post_id,
                    "topic_id": topic_id,
                    "number": number,
                    "author_id": f"teacher-{rng.randint(0, 2_000)}",
                    "author_name": "Учитель",
                    "body": body,
                    "html": html,
                    "likes": 0,
                    "created_at": created + timedelta(minutes=number),
                }
            )
        topics.append(
            {
                "id": topic_id,
                "section_id": SECTIONS[i % len(SECTIONS)],
                "kind": "discussion",
                "title": f"Тема {i:05d}: как договориться с родителями",
                "author_id": f"teacher-{rng.randint(0, 2_000)}",
                "author_name": "Учитель",
                "rubrics": ["parent_interaction"],
                "posts_count": n,
                "last_number": n,
                "solution_post_id": first_reply if first_reply and rng.random() < 0.2 else None,
                "created_at": created,
                "last_post_at": created + timedelta(minutes=n),
                "version": 1,
                "indexed_version": 1,  # the index is not part of this bench
            }
        )
    return topics, posts, topics[0]["id"]


def token(user: str) -> dict[str, str]:
    return {"Authorization": f"Bearer {mint_token(user, ['mentee'], name=user)}"}


async def timings(client: httpx.AsyncClient, path: str, params: dict[str, Any] | None = None) -> list[float]:
    for _ in range(WARMUP):
        (await client.get(path, params=params)).raise_for_status()
    found = []
    for _ in range(REQUESTS):
        started = time.perf_counter()
        (await client.get(path, params=params)).raise_for_status()
        found.append((time.perf_counter() - started) * 1000)
    return found


def p95(values: list[float]) -> float:
    return statistics.quantiles(values, n=20)[-1]


async def deep_cursor(client: httpx.AsyncClient, section: str, pages: int) -> str:
    cursor = None
    for _ in range(pages):
        page = (await client.get(f"/sections/{section}/topics", params={"cursor": cursor} if cursor else {})).json()
        cursor = page["next"]
    assert cursor is not None
    return cursor


async def posting(client: httpx.AsyncClient, topic_ids: list[uuid.UUID], run: int) -> tuple[float, list[float]]:
    """POSTERS people reply POSTS_EACH times each, all at once: posts a second and every post's latency."""
    latencies: list[float] = []

    tokens = [token(f"poster-{run}-{n}") for n in range(POSTERS)]  # minting is not what is measured

    async def person(n: int) -> None:
        headers = tokens[n]
        for k in range(POSTS_EACH):
            topic = topic_ids[(n * POSTS_EACH + k) % len(topic_ids)]
            started = time.perf_counter()
            response = await client.post(f"/topics/{topic}/posts", json={"body": BODIES[k % 3]}, headers=headers)
            assert response.status_code == 201, response.text
            latencies.append((time.perf_counter() - started) * 1000)

    started = time.perf_counter()
    await asyncio.gather(*(person(n) for n in range(POSTERS)))
    return POSTERS * POSTS_EACH / (time.perf_counter() - started), latencies


async def bench(service: Service) -> None:
    rng = random.Random(7)
    topics, posts, longest = seed_rows(rng)
    async with service.app.router.lifespan_context(service.app):
        # What the forum publishes goes somewhere, as on the real broker: a queue bound to everything.
        sink = QueueDecl("bench-sink", bindings=(("mentor.events", "#"), ("mentor.internal", "#")))
        await service.messaging.broker.declare([sink])
        started = time.perf_counter()
        for part in chunks(topics):
            async with service.db.transaction() as session:
                await session.execute(insert(Topic), part)
        for part in chunks(posts):
            async with service.db.transaction() as session:
                await session.execute(insert(Post), part)
        async with service.db.transaction() as session:
            await session.execute(text("ANALYZE"))
        print(f"seeded {len(topics):,} topics and {len(posts):,} posts in {time.perf_counter() - started:.1f} s")
        transport = httpx.ASGITransport(app=service.app)
        async with httpx.AsyncClient(transport=transport, base_url="http://bench", timeout=60) as client:
            section = SECTIONS[0]
            deep = await deep_cursor(client, section, 50)
            probes: dict[str, tuple[str, dict[str, Any] | None]] = {
                "healthz (baseline)": ("/healthz", None),
                "section, first page (latest)": (f"/sections/{section}/topics", None),
                "section, 50 pages deep": (f"/sections/{section}/topics", {"cursor": deep}),
                "section, unanswered": (f"/sections/{section}/topics", {"order": "unanswered"}),
                "section, solved": (f"/sections/{section}/topics", {"order": "solved"}),
                f"topic page, first 20 of {LONGEST} posts": (f"/topics/{longest}", None),
                f"topic page, 20 near the end of {LONGEST}": (f"/topics/{longest}", {"after": LONGEST - 25}),
            }
            p50s: dict[str, list[float]] = {name: [] for name in probes}
            p95s: dict[str, list[float]] = {name: [] for name in probes}
            rates: list[float] = []
            post_p50: list[float] = []
            post_p95: list[float] = []
            targets = [t["id"] for t in topics[1:200]]
            for run in range(RUNS):
                for name, (path, params) in probes.items():
                    found = await timings(client, path, params)
                    p50s[name].append(statistics.median(found))
                    p95s[name].append(p95(found))
                rate, latencies = await posting(client, targets, run)
                rates.append(rate)
                post_p50.append(statistics.median(latencies))
                post_p95.append(p95(latencies))
    base = statistics.median(p50s["healthz (baseline)"])
    print(f"{'':44s} {'p50 min / median / max':>26s}   {'p95 median':>10s}   x healthz")
    for name in probes:
        values = p50s[name]
        print(
            f"  {name:42s} {min(values):7.2f} /{statistics.median(values):7.2f} /{max(values):7.2f} ms"
            f"   {statistics.median(p95s[name]):7.2f} ms   {statistics.median(values) / base:6.1f}"
        )
        if name != "healthz (baseline)":
            scale = f"{TOPICS:,} topics / {POSTS:,} posts"
            record(f"forum {name}, {scale}, p50", "ms", values, "< 50", lambda v: v < 50)
            record(f"forum {name}, {scale}, p95", "ms", p95s[name], "< 100", lambda v: v < 100)
    print(
        f"  posting, {POSTERS} people x {POSTS_EACH} replies at once: "
        f"{min(rates):.0f} / {statistics.median(rates):.0f} / {max(rates):.0f} posts/s; "
        f"a post p50 {statistics.median(post_p50):.1f} ms, p95 {statistics.median(post_p95):.1f} ms"
    )
    record("forum posting throughput (in process, 20 posters)", "posts/s", rates, "> 50", lambda v: v > 50)
    record("forum a post, p95 under that load", "ms", post_p95)


def main() -> None:
    configure_logging("WARNING", json=False)
    print(f"forum on PostgreSQL: {TOPICS:,} topics, {POSTS:,} posts; {RUNS} runs x {REQUESTS} requests each")
    with ExitStack() as stack:
        url = stack.enter_context(temporary_database("bench_forum"))
        search_dir = Path(stack.enter_context(TemporaryDirectory(prefix="bench-forum-search-")))
        search, search_url = start_search_server(search_dir)
        stack.callback(lambda: (search.terminate(), search.wait(10)))
        settings = ForumSettings(
            database_url=url,
            broker_url="memory://",
            jwt_public_key_file=DEV_PUBLIC_KEY,
            search_url=search_url,
            index_prefix="bench-forum",
        )
        asyncio.run(bench(create_service(settings)))


if __name__ == "__main__":
    main()
