"""Asynchronous, idempotent indexing: items whose `version` is ahead of `indexed_version` are (re)indexed or
removed from the index. Rows are the queue, so nothing is lost on a crash; SKIP LOCKED shares work between
replicas."""

import asyncio

from sqlalchemy import select

from mentor_kit.db import Database
from mentor_kit.logging import get_logger
from mentor_library.items.models import Item
from mentor_library.search.index import SearchIndex

log = get_logger("mentor_library.indexer")


class Indexer:
    def __init__(self, db: Database, index: SearchIndex, poll_seconds: float) -> None:
        self.db, self.index, self.poll_seconds = db, index, poll_seconds
        self._task: asyncio.Task[None] | None = None

    async def start(self) -> None:
        await self.index.ensure()
        self._task = asyncio.create_task(self._run(), name="library-indexer")

    async def stop(self) -> None:
        if self._task is not None:
            self._task.cancel()
            await asyncio.gather(self._task, return_exceptions=True)

    async def _run(self) -> None:
        while True:
            try:
                if await self.sync_once():
                    continue
            except Exception:
                log.exception("library.indexing_failed")
            await asyncio.sleep(self.poll_seconds)

    async def sync_once(self, batch: int = 100) -> int:
        async with self.db.transaction() as session:
            items = (
                (
                    await session.execute(
                        select(Item)
                        .where(Item.indexed_version < Item.version)
                        .limit(batch)
                        .with_for_update(skip_locked=True)
                    )
                )
                .scalars()
                .all()
            )
            for item in items:
                if item.searchable:
                    await self.index.put(item.id, item.document())
                else:
                    await self.index.remove(item.id)
                item.indexed_version = item.version
        if items:
            await self.index.client.indices.refresh(index=self.index.alias)
        return len(items)
