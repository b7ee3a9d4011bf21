"""The forum's search index (`<prefix>-topics`): one document per visible topic — its title, and the text of its
visible posts — analysed in Russian (the field) and English (`.en`). Derived from the database by the indexer."""

import uuid
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Any

from elasticsearch import AsyncElasticsearch, NotFoundError

_TEXT: dict[str, Any] = {
    "type": "text",
    "analyzer": "russian",
    "fields": {"en": {"type": "text", "analyzer": "english"}},
}
MAPPINGS: dict[str, Any] = {
    "dynamic": "strict",
    "properties": {
        "title": _TEXT,
        "text": _TEXT,  # the posts, oldest first
        "section_id": {"type": "keyword"},
        "rubrics": {"type": "keyword"},
        "kind": {"type": "keyword"},
        "solved": {"type": "boolean"},
        "last_post_at": {"type": "date"},
    },
}
SETTINGS: dict[str, Any] = {"number_of_shards": 1, "number_of_replicas": 0}
SEARCH_FIELDS = ["title^3", "title.en^2", "text", "text.en^0.8"]  # a hit in the title counts more
SIMILAR_FIELDS = ["title", "title.en", "text", "text.en"]


@dataclass(frozen=True)
class Hit:
    topic_id: uuid.UUID
    highlights: dict[str, list[str]] = field(default_factory=dict)


@dataclass(frozen=True)
class Found:
    total: int
    hits: list[Hit]


class TopicIndex:
    def __init__(self, client: AsyncElasticsearch, prefix: str = "forum") -> None:
        self.client = client
        self.name = f"{prefix}-topics"

    async def ensure(self) -> None:
        if not await self.client.indices.exists(index=self.name):
            await self.client.indices.create(index=self.name, mappings=MAPPINGS, settings=SETTINGS)

    async def put(self, topic_id: uuid.UUID, document: dict[str, Any]) -> None:
        """Idempotent: the topic id is the document id."""
        await self.client.index(index=self.name, id=str(topic_id), document=document)

    async def remove(self, topic_id: uuid.UUID) -> None:
        try:
            await self.client.delete(index=self.name, id=str(topic_id))
        except NotFoundError:
            pass

    async def close(self) -> None:
        await self.client.close()

    async def refresh(self) -> None:
        await self.client.indices.refresh(index=self.name)

    async def search(
        self, text: str, *, section_id: str | None, rubrics: Sequence[str], offset: int, limit: int
    ) -> Found:
        filters: list[dict[str, Any]] = []
        if section_id:
            filters.append({"term": {"section_id": section_id}})
        if rubrics:
            filters.append({"terms": {"rubrics": list(rubrics)}})
        response = await self.client.search(
            index=self.name,
            query={"bool": {"must": [{"multi_match": {"query": text, "fields": SEARCH_FIELDS}}], "filter": filters}},
            highlight={"fields": {"title": {}, "text": {"fragment_size": 160, "number_of_fragments": 2}}},
            from_=offset,
            size=limit,
            track_total_hits=True,
        )
        hits = [Hit(uuid.UUID(h["_id"]), h.get("highlight", {})) for h in response["hits"]["hits"]]
        return Found(response["hits"]["total"]["value"], hits)

    async def similar(self, text: str, *, limit: int) -> list[uuid.UUID]:
        """Topics like `text` (more_like_this): what someone composing a new topic should see first."""
        response = await self.client.search(
            index=self.name,
            query={
                "more_like_this": {
                    "fields": SIMILAR_FIELDS,
                    "like": text,
                    "min_term_freq": 1,
                    "min_doc_freq": 1,
                    "max_query_terms": 40,
                }
            },
            size=limit,
        )
        return [uuid.UUID(h["_id"]) for h in response["hits"]["hits"]]
