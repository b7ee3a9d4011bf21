"""Asynchronous, idempotent indexing: topics whose `version` is ahead of `indexed_version` are (re)indexed, or
removed once deleted. The rows are the queue, so nothing is lost on a crash; the search server is called outside
any database transaction, and a topic is marked indexed only if it did not change meanwhile."""

from mentor_forum.context import ForumContext
from mentor_forum.discussions import repository
from mentor_kit.worker import PollingWorker

TEXT_LIMIT = 50_000  # characters of a topic's posts that are searchable


class Indexer(PollingWorker):
    name = "forum-indexer"

    def __init__(self, ctx: ForumContext) -> None:
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
        async with self.db.reading() as session:
            topics = await repository.changed_since_indexed(session, batch)
            bodies = await repository.visible_bodies(session, [t.id for t in topics if t.deleted_at is None])
        for topic in topics:
            if topic.deleted_at is not None or topic.hidden:
                await self.index.remove(topic.id)
                continue
            document = {
                "title": topic.title,
                "text": "\n\n".join(bodies.get(topic.id, []))[:TEXT_LIMIT],
                "section_id": topic.section_id,
                "rubrics": topic.rubrics,
                "kind": topic.kind,
                "solved": topic.solution_post_id is not None,
                "last_post_at": topic.last_post_at.isoformat(),
            }
            await self.index.put(topic.id, document)
        if topics:
            await self.index.refresh()
            async with self.db.transaction() as session:
                for topic in topics:
                    await repository.mark_indexed(session, topic.id, topic.version)
        return len(topics)
