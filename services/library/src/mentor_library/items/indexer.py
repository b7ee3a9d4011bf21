"""Asynchronous, idempotent indexing: items whose `version` is ahead of `indexed_version` are (re)indexed or
removed from the index. Rows are the queue, so nothing is lost on a crash; two replicas may index the same
version twice, which is harmless (the item id is the document id)."""

import asyncio

from sqlalchemy import select, update

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
        """Index what changed. The search server is called outside any database transaction (it can be slow);
        a row is marked indexed only if it did not change meanwhile, so a later edit is never skipped."""
        async with self.db.transaction() as session:
            items = (
                (await session.execute(select(Item).where(Item.indexed_version < Item.version).limit(batch)))
                .scalars()
                .all()
            )
            work = [(item.id, item.version, item.document() if item.searchable else None) for item in items]
        for item_id, _, document in work:
            if document is not None:
                await self.index.put(item_id, document)
            else:
                await self.index.remove(item_id)
        if work:
            await self.index.client.indices.refresh(index=self.index.alias)
            async with self.db.transaction() as session:
                for item_id, version, _ in work:
                    await session.execute(
                        update(Item).where(Item.id == item_id, Item.version == version).values(indexed_version=version)
                    )
        return len(work)
