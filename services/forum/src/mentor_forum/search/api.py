"""Search over topics and their posts, and similar topics for someone composing a new one. No sign-in needed."""

from typing import Annotated

from fastapi import APIRouter, Query
from pydantic import BaseModel, Field

from mentor_contracts.taxonomy import RubricCode
from mentor_forum.context import ForumContextDep
from mentor_forum.discussions.api import topic_summary
from mentor_forum.discussions.schemas import TopicSummary
from mentor_forum.search import service
from mentor_kit.web import Invalid
from mentor_kit.web.deps import ReadSession

router = APIRouter(tags=["forum search"])
MAX_WINDOW = 10_000  # the search server's result window


class SearchHit(BaseModel):
    topic: TopicSummary
    highlights: dict[str, list[str]] = Field(description="Matched words in <em>, per field (title, text)")


class SearchResults(BaseModel):
    total: int
    items: list[SearchHit]
    limit: int
    offset: int


@router.get("/search", summary="Topics and posts by words (Russian and English), by section and rubric")
async def search(
    session: ReadSession,
    ctx: ForumContextDep,
    q: Annotated[str, Query(min_length=1, max_length=200, description="Words to find")],
    section: Annotated[str | None, Query(max_length=64)] = None,
    rubric: Annotated[list[RubricCode] | None, Query()] = None,
    limit: Annotated[int, Query(ge=1, le=50)] = 20,
    offset: Annotated[int, Query(ge=0, le=10_000)] = 0,
) -> SearchResults:
    if offset + limit > MAX_WINDOW:
        raise Invalid({"offset": f"offset + limit at most {MAX_WINDOW}: narrow the search instead"})
    total, found = await service.search(session, ctx.index, q, section, rubric or [], offset=offset, limit=limit)
    items = [SearchHit(topic=topic_summary(topic), highlights=highlights) for topic, highlights in found]
    return SearchResults(total=total, items=items, limit=limit, offset=offset)


@router.get("/similar", summary="Existing topics like the one being composed: find the discussion first")
async def similar(
    session: ReadSession,
    ctx: ForumContextDep,
    title: Annotated[str, Query(min_length=1, max_length=200)],
    body: Annotated[str, Query(max_length=2000)] = "",
    limit: Annotated[int, Query(ge=1, le=10)] = 5,
) -> list[TopicSummary]:
    return [topic_summary(t) for t in await service.similar(session, ctx.index, f"{title}\n{body}", limit=limit)]
