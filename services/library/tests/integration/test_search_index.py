"""The index design and queries against noida-db (an Elasticsearch 8 REST API): Russian and English stemming,
filters, facets, highlights, more_like_this, alias-swap reindexing, consistency check."""

import asyncio
import uuid
from collections.abc import AsyncIterator

import pytest
from elasticsearch import AsyncElasticsearch, BadRequestError

from mentor_library.search.index import SearchIndex, SearchQuery

pytestmark = pytest.mark.integration

ITEMS = [
    (
        "Границы общения с родителями",
        "Родители пишут учителю ночью в мессенджер; учитель договаривается о часах ответа.",
        ["parent_interaction"],
        "case",
        "ru",
        2025,
        "registered",
    ),
    (
        "Мотивация подростков к проектной работе",
        "Как вовлечь девятиклассников в проект и удержать интерес.",
        ["class_management", "teaching_methods"],
        "article",
        "ru",
        2023,
        "public",
    ),
    (
        "Parents and messaging apps",
        "Teachers set clear rules for messaging with parents after school hours.",
        ["parent_interaction"],
        "article",
        "en",
        2024,
        "public",
    ),
    (
        "Право учителя на отдых",
        "Трудовое законодательство о рабочем времени педагога и переписке вне уроков.",
        ["educational_law"],
        "book",
        "ru",
        2021,
        "public",
    ),
]


def document(title: str, body: str, rubrics: list[str], kind: str, language: str, year: int, visibility: str) -> dict:
    return {
        "title": title,
        "body": body,
        "authors": "",
        "kind": kind,
        "rubrics": rubrics,
        "participants": [],
        "language": language,
        "year": year,
        "url": None,
        "visibility": visibility,
        "published_at": f"{year}-06-01",
    }


@pytest.fixture
async def index(search_url: str) -> AsyncIterator[SearchIndex]:
    client = AsyncElasticsearch(search_url)
    idx = SearchIndex(client, prefix=f"t{uuid.uuid4().hex[:8]}")
    await idx.ensure()
    for n, item in enumerate(ITEMS):
        await idx.put(f"item-{n}", document(*item), refresh=True)
    yield idx
    await client.close()


async def test_russian_stemming_boosts_highlights_and_facets(index: SearchIndex) -> None:
    result = await index.search(SearchQuery(text="родителями мессенджеры", visibility=("public", "registered")))
    assert result.hits[0].id == "item-0"
    assert "<em>Родители</em>" in result.hits[0].highlights["body"][0]
    assert result.facets["rubrics"]["parent_interaction"] >= 1


async def test_english_text_and_filters(index: SearchIndex) -> None:
    english = await index.search(SearchQuery(text="messaging parents", language="en"))
    assert [h.id for h in english.hits] == ["item-2"]
    books = await index.search(SearchQuery(kinds=("book",)))
    assert [h.id for h in books.hits] == ["item-3"]
    recent = await index.search(SearchQuery(year_from=2024, visibility=("public", "registered"), sort="date"))
    assert [h.id for h in recent.hits] == ["item-0", "item-2"]
    assert (await index.search(SearchQuery(rubrics=("urban_projects",)))).total == 0


async def test_registered_only_items_stay_out_of_public_search(index: SearchIndex) -> None:
    public = await index.search(SearchQuery(text="родители"))
    assert "item-0" not in [h.id for h in public.hits]


async def test_similar_items_share_a_rubric(index: SearchIndex) -> None:
    similar = await index.similar(
        "Мама ученика пишет мне в мессенджер ночью, как договориться с родителями?", ["parent_interaction"]
    )
    assert similar and similar[0].id == "item-0"
    assert all("parent_interaction" in h.source["rubrics"] for h in similar)
    assert await index.similar("Родители пишут в мессенджер", ["urban_projects"]) == []


async def test_reindex_swaps_the_alias_while_search_keeps_answering(index: SearchIndex) -> None:
    answers: list[int] = []

    async def keep_searching() -> None:
        for _ in range(30):
            answers.append((await index.search(SearchQuery(visibility=("public", "registered")))).total)
            await asyncio.sleep(0.01)

    async def source() -> AsyncIterator[tuple[str, dict]]:
        for n, item in enumerate(ITEMS):
            yield f"item-{n}", document(*item)
        yield "item-new", document("Новый материал", "Текст", ["self_management"], "link", "ru", 2026, "public")

    searching = asyncio.create_task(keep_searching())
    await index.reindex(source())
    await searching
    assert all(total >= len(ITEMS) for total in answers), answers
    assert await index.missing(["item-0", "item-new", "item-absent"]) == ["item-absent"]


async def test_strict_mapping_refuses_unknown_fields(index: SearchIndex) -> None:
    with pytest.raises(BadRequestError):
        await index.put("bad", {"title": "x", "secret_field": 1}, refresh=True)
