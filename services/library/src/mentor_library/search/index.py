"""The library's search index behind an alias (`<prefix>-items`): the index is derived from the database and
rebuilt by creating a new index and swapping the alias, so search keeps answering during a reindex."""

import uuid
from collections.abc import AsyncIterator, Iterable
from dataclasses import dataclass, field
from typing import Any, Literal

from elasticsearch import AsyncElasticsearch, NotFoundError
from elasticsearch.helpers import async_bulk

from mentor_library.search.mapping import MAPPINGS, SEARCH_FIELDS, SETTINGS, SIMILAR_FIELDS


@dataclass(frozen=True)
class SearchQuery:
    text: str = ""
    rubrics: tuple[str, ...] = ()
    kinds: tuple[str, ...] = ()
    participants: tuple[str, ...] = ()
    language: str | None = None
    year_from: int | None = None
    year_to: int | None = None
    visibility: tuple[str, ...] = ("public",)
    sort: Literal["relevance", "date"] = "relevance"
    offset: int = 0
    limit: int = 20


@dataclass(frozen=True)
class Hit:
    id: str
    score: float | None
    source: dict[str, Any]
    highlights: dict[str, list[str]] = field(default_factory=dict)


@dataclass(frozen=True)
class SearchResult:
    total: int
    hits: list[Hit]
    facets: dict[str, dict[str, int]]


class SearchIndex:
    def __init__(self, client: AsyncElasticsearch, prefix: str = "library") -> None:
        self.client = client
        self.alias = f"{prefix}-items"

    async def ensure(self) -> None:
        """Create the first index behind the alias, if there is none."""
        if not await self.client.indices.exists_alias(name=self.alias):
            name = await self._new_index()
            await self.client.indices.put_alias(index=name, name=self.alias)

    async def put(self, item_id: uuid.UUID | str, document: dict[str, Any], *, refresh: bool = False) -> None:
        """Idempotent: the item id is the document id."""
        await self.client.index(index=self.alias, id=str(item_id), document=document, refresh=refresh)

    async def remove(self, item_id: uuid.UUID | str, *, refresh: bool = False) -> None:
        try:
            await self.client.delete(index=self.alias, id=str(item_id), refresh=refresh)
        except NotFoundError:
            pass

    async def close(self) -> None:
        await self.client.close()

    async def refresh(self) -> None:
        """Make what was put or removed visible to search now."""
        await self.client.indices.refresh(index=self.alias)

    async def search(self, query: SearchQuery) -> SearchResult:
        must: list[dict[str, Any]] = (
            [{"multi_match": {"query": query.text, "fields": SEARCH_FIELDS}}]
            if query.text.strip()
            else [{"match_all": {}}]
        )
        filters: list[dict[str, Any]] = [{"terms": {"visibility": list(query.visibility)}}]
        for name, values in (("rubrics", query.rubrics), ("kind", query.kinds), ("participants", query.participants)):
            if values:
                filters.append({"terms": {name: list(values)}})
        if query.language:
            filters.append({"term": {"language": query.language}})
        if query.year_from is not None or query.year_to is not None:
            bounds = {k: v for k, v in (("gte", query.year_from), ("lte", query.year_to)) if v is not None}
            filters.append({"range": {"year": bounds}})
        sort = [{"published_at": "desc"}] if query.sort == "date" or not query.text.strip() else None
        response = await self.client.search(
            index=self.alias,
            query={"bool": {"must": must, "filter": filters}},
            highlight={"fields": {"title": {}, "body": {"fragment_size": 160, "number_of_fragments": 2}}},
            aggs={"rubrics": {"terms": {"field": "rubrics", "size": 20}}, "kinds": {"terms": {"field": "kind"}}},
            from_=query.offset,
            size=query.limit,
            sort=sort,
            track_total_hits=True,
        )
        hits = [Hit(h["_id"], h.get("_score"), h["_source"], h.get("highlight", {})) for h in response["hits"]["hits"]]
        facets = {
            name: {b["key"]: b["doc_count"] for b in agg["buckets"]} for name, agg in response["aggregations"].items()
        }
        return SearchResult(response["hits"]["total"]["value"], hits, facets)

    async def similar(
        self,
        text: str,
        rubrics: Iterable[str],
        *,
        exclude: Iterable[str] = (),
        visibility: tuple[str, ...] = ("public", "registered"),
        limit: int = 5,
    ) -> list[Hit]:
        """Items like `text` (more_like_this) that share a rubric."""
        response = await self.client.search(
            index=self.alias,
            query={
                "bool": {
                    "must": [
                        {
                            "more_like_this": {
                                "fields": SIMILAR_FIELDS,
                                "like": text,
                                "min_term_freq": 1,
                                "min_doc_freq": 1,
                                "max_query_terms": 40,
                            }
                        }
                    ],
                    "filter": [{"terms": {"rubrics": list(rubrics)}}, {"terms": {"visibility": list(visibility)}}],
                    "must_not": [{"ids": {"values": list(exclude)}}],
                }
            },
            size=limit,
        )
        return [Hit(h["_id"], h.get("_score"), h["_source"]) for h in response["hits"]["hits"]]

    async def reindex(self, documents: AsyncIterator[tuple[str, dict[str, Any]]]) -> str:
        """Build a new index from the source of truth, then swap the alias atomically; returns the new index."""
        name = await self._new_index()
        await async_bulk(
            self.client, ({"_index": name, "_id": i, "_source": d} async for i, d in documents), refresh=True
        )
        current = list((await self.client.indices.get_alias(name=self.alias)).keys())
        actions = [{"remove": {"index": old, "alias": self.alias}} for old in current]
        await self.client.indices.update_aliases(actions=[*actions, {"add": {"index": name, "alias": self.alias}}])
        for old in current:
            await self.client.indices.delete(index=old)
        return name

    async def missing(self, ids: Iterable[str]) -> list[str]:
        """Consistency check: which of these ids the index does not hold."""
        wanted = list(ids)
        if not wanted:
            return []
        response = await self.client.mget(index=self.alias, ids=wanted, source=False)
        return [doc["_id"] for doc in response["docs"] if not doc.get("found")]

    async def _new_index(self) -> str:
        name = f"{self.alias}-{uuid.uuid4().hex[:8]}"
        await self.client.indices.create(index=name, settings=SETTINGS, mappings=MAPPINGS)
        return name
