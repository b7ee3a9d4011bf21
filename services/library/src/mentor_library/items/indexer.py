"""Asynchronous, idempotent indexing: items whose `version` is ahead of `indexed_version` are (re)indexed or
removed from the index. Rows are the queue, so nothing is lost on a crash; two replicas may index the same
version twice, which is harmless (the item id is the document id)."""

from sqlalchemy import select, update

from mentor_kit.db import Database
from mentor_kit.worker import PollingWorker
from mentor_library.items.models import Item
from mentor_library.search.index import SearchIndex


class Indexer(PollingWorker):
    name = "library-indexer"

    def __init__(self, db: Database, index: SearchIndex, poll_seconds: float) -> None:
        super().__init__(poll_seconds)
        self.db, self.index = db, index

    async def start(self) -> None:
        await self.index.ensure()
        await super().start()

    async def tick(self) -> int:
        return await self.sync_once()

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
