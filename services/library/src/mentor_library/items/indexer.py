"""Asynchronous, idempotent indexing: items whose `version` is ahead of `indexed_version` are (re)indexed or
removed from the index; a tombstone (a deleted item) is purged once its document is gone. Rows are the queue, so
nothing is lost on a crash (a crash between removing a document and purging its row removes it again: harmless);
two replicas may index the same version twice, which is harmless too (the item id is the document id)."""

import uuid
from dataclasses import dataclass

from mentor_kit.worker import PollingWorker
from mentor_library.context import LibraryContext
from mentor_library.items import repository


@dataclass(frozen=True)
class _Change:
    item_id: uuid.UUID
    version: int
    document: dict[str, object] | None  # None: not searchable (any more)
    deleted: bool


class Indexer(PollingWorker):
    name = "library-indexer"

    def __init__(self, ctx: LibraryContext) -> None:
        super().__init__(ctx.settings.indexer_poll_seconds)
        self.db, self.index = ctx.db, ctx.index

    async def start(self) -> None:
        await self.index.ensure()
        await super().start()

    async def stop(self) -> None:
        await super().stop()
        await self.index.close()  # the search client's connections, shared with the endpoints: the service stops

    async def tick(self) -> int:
        return await self.sync_once()

    async def sync_once(self, batch: int = 100) -> int:
        """Index what changed. The search server is called outside any database transaction (it can be slow);
        a row is marked indexed (or purged) only if it did not change meanwhile, so a later edit is never skipped."""
        async with self.db.transaction() as session:
            changes = [
                _Change(item.id, item.version, item.document() if item.searchable else None, item.is_deleted)
                for item in await repository.changed_since_indexed(session, batch)
            ]
        for change in changes:
            if change.document is not None:
                await self.index.put(change.item_id, change.document)
            else:
                await self.index.remove(change.item_id)
        if changes:
            await self.index.refresh()
            async with self.db.transaction() as session:
                for change in changes:
                    if change.deleted:
                        await repository.purge(session, change.item_id, change.version)
                    else:
                        await repository.mark_indexed(session, change.item_id, change.version)
        return len(changes)
