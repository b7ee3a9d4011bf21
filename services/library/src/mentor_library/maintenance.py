"""`mentor-library reindex|check|announce`: rebuild the index from the database with no downtime; report what is
missing; announce every published item again (`library.item_published.v1`), e.g. so that a service that started
listening after items were published (the cases service's `in_library`) learns them. Announcing twice is harmless:
consumers ignore an item they already know and an event older than what they have applied."""

import argparse
import asyncio
from collections.abc import AsyncIterator
from typing import Any

from elasticsearch import AsyncElasticsearch

from mentor_kit.db import Database
from mentor_kit.messaging import Outbox
from mentor_library.db import tables
from mentor_library.items import repository, service
from mentor_library.items.models import Item
from mentor_library.search.index import SearchIndex
from mentor_library.settings import LibrarySettings


async def _published(db: Database) -> list[Item]:
    async with db.transaction() as session:
        return await repository.published(session)


async def reindex(db: Database, index: SearchIndex) -> tuple[str, int]:
    """A new index from every published item, then an atomic alias swap; search answers throughout."""
    items = await _published(db)

    async def documents() -> AsyncIterator[tuple[str, dict[str, Any]]]:
        for item in items:
            yield str(item.id), item.document()

    name = await index.reindex(documents())
    async with db.transaction() as session:  # what was indexed is now current
        for item in items:
            await repository.mark_indexed(session, item.id, item.version)
    return name, len(items)


async def check(db: Database, index: SearchIndex) -> list[str]:
    """Published items the index does not hold."""
    return await index.missing([str(item.id) for item in await _published(db)])


async def announce(db: Database, outbox: Outbox) -> int:
    """Every published item's `library.item_published.v1` again, dated when it was published, through the outbox
    (the running service's relay sends them)."""
    async with db.transaction() as session:
        items = await repository.published(session)
        for item in items:
            await service.announce_published(session, outbox, item)
    return len(items)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="mentor-library")
    parser.add_argument("command", choices=["reindex", "check", "announce"])
    args = parser.parse_args(argv)
    settings = LibrarySettings()

    async def run() -> int:
        db, client = Database(settings.database_url), AsyncElasticsearch(settings.search_url)
        index = SearchIndex(client, prefix=settings.index_prefix)
        try:
            if args.command == "announce":
                count = await announce(db, Outbox(tables, source=f"/services/{settings.service_name}"))
                print(f"announced {count} published items (sent by the running service's relay)")
                return 0
            if args.command == "reindex":
                name, count = await reindex(db, index)
                print(f"indexed {count} items into {name}; alias {index.alias} swapped")
                return 0
            missing = await check(db, index)
            print(f"{len(missing)} published items missing from the index" + "".join(f"\n  {m}" for m in missing))
            return 1 if missing else 0
        finally:
            await client.close()
            await db.dispose()

    return asyncio.run(run())


if __name__ == "__main__":
    raise SystemExit(main())
