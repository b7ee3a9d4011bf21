"""Benchmark: indexing throughput and search p50/p95 on 1,000 library items, against noida-db. Prints numbers."""

import asyncio
import random
import statistics
import tempfile
import time
import uuid
from pathlib import Path

from elasticsearch import AsyncElasticsearch

from mentor_contracts.taxonomy import RUBRICS
from mentor_kit.search_server import start_search_server
from mentor_library.search.index import SearchIndex, SearchQuery

ITEMS = 1_000
QUERIES = 200
WORDS = (
    "родители ученики мотивация урок класс проект оценивание границы общение мессенджер конфликт "
    "директор методика задания время выгорание ресурс семья психолог цифровой журнал"
).split()


def document(rng: random.Random, n: int) -> dict:
    body = " ".join(rng.choices(WORDS, k=60))
    return {
        "title": " ".join(rng.choices(WORDS, k=5)).capitalize(),
        "body": body,
        "authors": "",
        "kind": rng.choice(["case", "article", "book", "link"]),
        "rubrics": [rng.choice(RUBRICS).code],
        "participants": [],
        "language": "ru",
        "year": 2015 + n % 12,
        "url": None,
        "visibility": "public",
        "published_at": f"{2015 + n % 12}-01-01",
    }


async def run(url: str) -> None:
    rng = random.Random(3)
    client = AsyncElasticsearch(url)
    index = SearchIndex(client, prefix=f"bench{uuid.uuid4().hex[:6]}")
    await index.ensure()
    started = time.perf_counter()
    for n in range(ITEMS):
        await index.put(f"item-{n}", document(rng, n))
    await client.indices.refresh(index=index.alias)
    indexing = ITEMS / (time.perf_counter() - started)

    timings = []
    for _ in range(QUERIES):
        query = SearchQuery(
            text=" ".join(rng.choices(WORDS, k=3)), rubrics=(rng.choice(RUBRICS).code,) if rng.random() < 0.5 else ()
        )
        started = time.perf_counter()
        await index.search(query)
        timings.append((time.perf_counter() - started) * 1000)
    similar = []
    for _ in range(50):
        started = time.perf_counter()
        await index.similar(" ".join(rng.choices(WORDS, k=40)), [rng.choice(RUBRICS).code])
        similar.append((time.perf_counter() - started) * 1000)
    await client.close()
    timings.sort()
    similar.sort()
    print(
        f"library search on {ITEMS} items (noida-db): indexing {indexing:.0f} items/s one by one; "
        f"search p50 {statistics.median(timings):.1f} ms, p95 {timings[int(0.95 * QUERIES) - 1]:.1f} ms "
        f"(with facets and highlights); more_like_this p50 {statistics.median(similar):.1f} ms, "
        f"p95 {similar[int(0.95 * 50) - 1]:.1f} ms"
    )


def main() -> None:
    with tempfile.TemporaryDirectory() as data:
        process, url = start_search_server(Path(data))
        try:
            asyncio.run(run(url))
        finally:
            process.terminate()
            process.wait(10)


if __name__ == "__main__":
    main()
