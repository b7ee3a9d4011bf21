"""`mentor-library reindex|check`: rebuild the index from the database with no downtime; report what is missing."""

import argparse
import asyncio
from collections.abc import AsyncIterator
from typing import Any

from elasticsearch import AsyncElasticsearch

from mentor_kit.db import Database
from mentor_library.items import repository
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


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="mentor-library")
    parser.add_argument("command", choices=["reindex", "check"])
    args = parser.parse_args(argv)
    settings = LibrarySettings()

    async def run() -> int:
        db, client = Database(settings.database_url), AsyncElasticsearch(settings.search_url)
        index = SearchIndex(client, prefix=settings.index_prefix)
        try:
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
