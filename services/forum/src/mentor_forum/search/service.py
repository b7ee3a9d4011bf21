"""Search and similar topics: the index finds ids, the database says what is visible now (a topic deleted since
it was indexed is not shown)."""

from collections.abc import Sequence

from sqlalchemy.ext.asyncio import AsyncSession

from mentor_forum.discussions import repository
from mentor_forum.discussions.models import Topic
from mentor_forum.markup import highlight
from mentor_forum.search.index import TopicIndex


async def search(
    session: AsyncSession,
    index: TopicIndex,
    text: str,
    section_id: str | None,
    rubrics: Sequence[str],
    *,
    offset: int,
    limit: int,
) -> tuple[int, list[tuple[Topic, dict[str, list[str]]]]]:
    found = await index.search(text, section_id=section_id, rubrics=rubrics, offset=offset, limit=limit)
    topics = await repository.visible_topics(session, [hit.topic_id for hit in found.hits])
    shown = [
        (topics[hit.topic_id], {name: [highlight(f) for f in fragments] for name, fragments in hit.highlights.items()})
        for hit in found.hits
        if hit.topic_id in topics
    ]
    return found.total, shown


async def similar(session: AsyncSession, index: TopicIndex, text: str, *, limit: int) -> Sequence[Topic]:
    ids = await index.similar(text, limit=limit)
    topics = await repository.visible_topics(session, ids)
    return [topics[i] for i in ids if i in topics]
