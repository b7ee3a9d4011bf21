"""HTTP API of the library: items, search, similar items, the review queue, statistics."""

import uuid
from collections import Counter
from typing import Annotated, Literal

from fastapi import APIRouter, Depends, Query, Request, status
from sqlalchemy import select

from mentor_contracts.taxonomy import ParticipantCode, RubricCode
from mentor_kit.auth import CurrentUser, OptionalUser, require_roles
from mentor_kit.web import NotFound
from mentor_kit.web.deps import DbSession
from mentor_library.items import service
from mentor_library.items.models import Item
from mentor_library.items.schemas import ItemCreate, ItemRead, ReviewDecision, SearchHitRead, SearchResponse
from mentor_library.search.index import SearchIndex, SearchQuery

router = APIRouter(tags=["library"])
Editors = Depends(require_roles("mentor", "moderator", "admin"))
Moderators = Depends(require_roles("moderator", "admin"))
NOT_FOUND = {404: {"description": "No such item, or not yours to see"}}


def search_index(request: Request) -> SearchIndex:
    index: SearchIndex = request.app.state.search_index
    return index


Index = Annotated[SearchIndex, Depends(search_index)]


@router.post(
    "/items", status_code=status.HTTP_201_CREATED, dependencies=[Editors], summary="Add an article, a book or a link"
)
async def create_item(body: ItemCreate, session: DbSession, user: CurrentUser) -> ItemRead:
    return ItemRead.model_validate(await service.create(session, user, body))


@router.get("/items/{item_id}", responses=NOT_FOUND, summary="An item (case items need a login)")
async def read_item(item_id: uuid.UUID, session: DbSession, user: OptionalUser) -> ItemRead:
    item = await service.get(session, item_id)
    if not service.may_read(item, user):
        raise NotFound("no such item")
    return ItemRead.model_validate(item)


@router.put("/items/{item_id}", responses=NOT_FOUND, summary="Edit an item (its author or moderators)")
async def update_item(item_id: uuid.UUID, body: ItemCreate, session: DbSession, user: CurrentUser) -> ItemRead:
    item = await service.get(session, item_id, for_update=True)
    if not service.may_edit(item, user):
        raise NotFound("no such item")
    return ItemRead.model_validate(await service.update(session, item, body))


@router.post("/items/{item_id}/unpublish", responses=NOT_FOUND, summary="Take an item out of the library")
async def unpublish(item_id: uuid.UUID, session: DbSession, user: CurrentUser) -> ItemRead:
    item = await service.get(session, item_id, for_update=True)
    if not service.may_edit(item, user):
        raise NotFound("no such item")
    return ItemRead.model_validate(await service.set_status(item, "unpublished"))


@router.delete(
    "/items/{item_id}",
    status_code=status.HTTP_204_NO_CONTENT,
    responses=NOT_FOUND,
    dependencies=[Moderators],
    summary="Delete an item (moderators)",
)
async def delete_item(item_id: uuid.UUID, session: DbSession, index: Index) -> None:
    item = await service.get(session, item_id, for_update=True)
    await service.delete(session, item)
    await index.remove(item_id, refresh=True)


@router.get("/search", summary="Full-text search with filters, facets and highlights")
async def search(
    session: DbSession,
    index: Index,
    user: OptionalUser,
    q: Annotated[str, Query(max_length=500)] = "",
    rubric: Annotated[list[RubricCode], Query()] = [],  # noqa: B006 (FastAPI query lists)
    kind: Annotated[list[Literal["case", "article", "book", "link"]], Query()] = [],  # noqa: B006
    participant: Annotated[list[ParticipantCode], Query()] = [],  # noqa: B006
    language: Literal["ru", "en"] | None = None,
    year_from: Annotated[int | None, Query(ge=1800, le=2100)] = None,
    year_to: Annotated[int | None, Query(ge=1800, le=2100)] = None,
    sort: Literal["relevance", "date"] = "relevance",
    offset: Annotated[int, Query(ge=0, le=10_000)] = 0,
    limit: Annotated[int, Query(ge=1, le=100)] = 20,
) -> SearchResponse:
    visibility = ("public", "registered") if user is not None else ("public",)
    result = await index.search(
        SearchQuery(
            q,
            tuple(rubric),
            tuple(kind),
            tuple(participant),
            language,
            year_from,
            year_to,
            visibility,
            sort,
            offset,
            limit,
        )
    )
    items = {
        str(i.id): i
        for i in (
            await session.execute(select(Item).where(Item.id.in_([uuid.UUID(h.id) for h in result.hits])))
        ).scalars()
    }
    hits = [
        SearchHitRead(item=ItemRead.model_validate(items[h.id]), score=h.score, highlights=h.highlights)
        for h in result.hits
        if h.id in items
    ]
    return SearchResponse(total=result.total, offset=offset, limit=limit, hits=hits, facets=result.facets)


@router.get("/items/{item_id}/similar", responses=NOT_FOUND, summary="Items like this one, sharing a rubric")
async def similar(item_id: uuid.UUID, session: DbSession, index: Index, user: OptionalUser) -> list[ItemRead]:
    item = await service.get(session, item_id)
    if not service.may_read(item, user):
        raise NotFound("no such item")
    visibility = ("public", "registered") if user is not None else ("public",)
    hits = await index.similar(f"{item.title} {item.body}", item.rubrics, exclude=[str(item.id)], visibility=visibility)
    found = {
        str(i.id): i
        for i in (await session.execute(select(Item).where(Item.id.in_([uuid.UUID(h.id) for h in hits])))).scalars()
    }
    return [ItemRead.model_validate(found[h.id]) for h in hits if h.id in found]


@router.get("/review", dependencies=[Moderators], summary="Case items waiting for a moderator")
async def review_queue(session: DbSession) -> list[ItemRead]:
    pending = (await session.execute(select(Item).where(Item.status == "pending").order_by(Item.created_at))).scalars()
    return [ItemRead.model_validate(i) for i in pending]


@router.post("/review/{item_id}/approve", responses=NOT_FOUND, dependencies=[Moderators], summary="Publish")
async def approve(item_id: uuid.UUID, session: DbSession) -> ItemRead:
    item = await service.get(session, item_id, for_update=True)
    return ItemRead.model_validate(await service.set_status(item, "published"))


@router.post("/review/{item_id}/reject", responses=NOT_FOUND, dependencies=[Moderators], summary="Reject")
async def reject(item_id: uuid.UUID, body: ReviewDecision, session: DbSession) -> ItemRead:
    item = await service.get(session, item_id, for_update=True)
    return ItemRead.model_validate(await service.set_status(item, "rejected", body.reason))


@router.get("/stats/items", summary="Published items per rubric and per kind")
async def statistics(session: DbSession) -> dict[str, dict[str, int]]:
    items = list((await session.execute(select(Item).where(Item.status == "published"))).scalars())
    return {
        "by_rubric": dict(Counter(r for i in items for r in i.rubrics).most_common()),
        "by_kind": dict(Counter(i.kind for i in items).most_common()),
    }
