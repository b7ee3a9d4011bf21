"""HTTP API of the library: items, search, similar items, the review queue, statistics. Thin: parse, authorize,
call a service function, map to a schema."""

import uuid
from typing import Annotated, Literal

from fastapi import APIRouter, Depends, Query, status

from mentor_contracts.taxonomy import ParticipantCode, RubricCode
from mentor_kit.auth import CurrentUser, OptionalUser, require_roles
from mentor_kit.web import Invalid, Page, Paging, problem_responses
from mentor_kit.web.deps import DbSession
from mentor_library.context import LibraryContextDep
from mentor_library.items import rules, service
from mentor_library.items.schemas import (
    ItemCreate,
    ItemRead,
    ItemStatsRead,
    ItemUpdate,
    RejectionCreate,
    SearchHitRead,
    SearchResultsRead,
)
from mentor_library.search.index import SearchQuery

router = APIRouter(tags=["library"])
Editors = Depends(require_roles("mentor", "moderator", "admin"))
Moderators = Depends(require_roles("moderator", "admin"))
NOT_FOUND = problem_responses({404: "No such item, or not yours to see"})
MAX_WINDOW = 10_000  # the search server's result window: `from + size` beyond it is an error there
NOT_FOUND_OR_CONFLICT = problem_responses(
    {404: "No such item, or not yours to see", 409: "The item's status does not allow this"}
)


@router.post(
    "/items", status_code=status.HTTP_201_CREATED, dependencies=[Editors], summary="Add an article, a book or a link"
)
async def create_item(body: ItemCreate, session: DbSession, user: CurrentUser, ctx: LibraryContextDep) -> ItemRead:
    return ItemRead.model_validate(await service.create(session, ctx.outbox, user, body, at=ctx.clock()))


@router.get("/items/{item_id}", responses=NOT_FOUND, summary="An item (case items need a login)")
async def read_item(item_id: uuid.UUID, session: DbSession, user: OptionalUser) -> ItemRead:
    return ItemRead.model_validate(await service.get_readable(session, item_id, user))


@router.put("/items/{item_id}", responses=NOT_FOUND, summary="Edit an item (its author or moderators)")
async def update_item(
    item_id: uuid.UUID, body: ItemUpdate, session: DbSession, user: CurrentUser, ctx: LibraryContextDep
) -> ItemRead:
    return ItemRead.model_validate(await service.update(session, item_id, user, body, at=ctx.clock()))


@router.post("/items/{item_id}/unpublish", responses=NOT_FOUND_OR_CONFLICT, summary="Take an item out of the library")
async def unpublish_item(item_id: uuid.UUID, session: DbSession, user: CurrentUser, ctx: LibraryContextDep) -> ItemRead:
    return ItemRead.model_validate(await service.unpublish(session, ctx.outbox, item_id, user, at=ctx.clock()))


@router.delete(
    "/items/{item_id}",
    status_code=status.HTTP_204_NO_CONTENT,
    responses=NOT_FOUND,
    dependencies=[Moderators],
    summary="Delete an item (moderators); it leaves search through the indexer",
)
async def delete_item(item_id: uuid.UUID, session: DbSession, ctx: LibraryContextDep) -> None:
    await service.delete(session, ctx.outbox, item_id, at=ctx.clock())


@router.get("/search", summary="Full-text search with filters, facets and highlights")
async def search(
    session: DbSession,
    ctx: LibraryContextDep,
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
) -> SearchResultsRead:
    if offset + limit > MAX_WINDOW:  # else the search server refuses the page and the caller got a 500
        raise Invalid({"offset": f"offset + limit at most {MAX_WINDOW}: narrow the search instead"})
    query = SearchQuery(
        text=q,
        rubrics=tuple(rubric),
        kinds=tuple(kind),
        participants=tuple(participant),
        language=language,
        year_from=year_from,
        year_to=year_to,
        visibility=rules.visibility_for(user),
        sort=sort,
        offset=offset,
        limit=limit,
    )
    found = await service.search(session, ctx.index, query)
    hits = [
        SearchHitRead(item=ItemRead.model_validate(item), score=hit.score, highlights=hit.highlights)
        for hit, item in found.hits
    ]
    return SearchResultsRead(
        total=found.result.total, offset=offset, limit=limit, hits=hits, facets=found.result.facets
    )


@router.get("/items/{item_id}/similar", responses=NOT_FOUND, summary="Items like this one, sharing a rubric")
async def similar_items(
    item_id: uuid.UUID, session: DbSession, user: OptionalUser, ctx: LibraryContextDep
) -> list[ItemRead]:
    return [ItemRead.model_validate(item) for item in await service.similar(session, ctx.index, item_id, user)]


@router.get("/review", dependencies=[Moderators], summary="Case items waiting for a moderator, oldest first")
async def review_queue(session: DbSession, paging: Paging) -> Page[ItemRead]:
    items, total = await service.review_queue(session, paging)
    return Page(
        items=[ItemRead.model_validate(item) for item in items], total=total, limit=paging.limit, offset=paging.offset
    )


@router.post("/review/{item_id}/approve", responses=NOT_FOUND_OR_CONFLICT, dependencies=[Moderators], summary="Publish")
async def approve(item_id: uuid.UUID, session: DbSession, ctx: LibraryContextDep) -> ItemRead:
    return ItemRead.model_validate(await service.approve(session, ctx.outbox, item_id, at=ctx.clock()))


@router.post("/review/{item_id}/reject", responses=NOT_FOUND_OR_CONFLICT, dependencies=[Moderators], summary="Reject")
async def reject(item_id: uuid.UUID, body: RejectionCreate, session: DbSession, ctx: LibraryContextDep) -> ItemRead:
    return ItemRead.model_validate(await service.reject(session, ctx.outbox, item_id, body.reason, at=ctx.clock()))


@router.get("/stats/items", summary="Published items per rubric and per kind")
async def statistics(session: DbSession) -> ItemStatsRead:
    stats = await service.statistics(session)
    return ItemStatsRead(by_rubric=stats.by_rubric, by_kind=stats.by_kind)
