"""Library search: words, facets (rubric, kind, participants, language) and highlighted fragments. With htmx the
results are replaced in place as the person types or ticks a facet; without it the form is an ordinary GET."""

from typing import Annotated

from fastapi import APIRouter, Query
from fastapi.responses import Response

from mentor_web.pages.rendering import PageContext

router = APIRouter()
PAGE_SIZE = 20
KINDS = ("article", "book", "link", "case")


@router.get("/library", name="library")
async def library(
    page: PageContext,
    q: str = "",
    rubric: Annotated[list[str], Query()] = [],  # noqa: B006 (FastAPI copies query defaults)
    kind: Annotated[list[str], Query()] = [],  # noqa: B006
    participant: Annotated[list[str], Query()] = [],  # noqa: B006
    language: str = "",
    sort: str = "relevance",
    offset: int = 0,
) -> Response:
    params: list[tuple[str, object]] = [("q", q), ("language", language), ("sort", sort)]
    params += [("rubric", r) for r in rubric] + [("kind", k) for k in kind]
    params += [("participant", p) for p in participant]
    params += [("offset", max(offset, 0)), ("limit", PAGE_SIZE)]
    results = await page.api.get("/api/library/search", params=params)
    context = {
        "results": results,
        "q": q,
        "chosen": {"rubric": set(rubric), "kind": set(kind), "participant": set(participant)},
        "language": language,
        "sort": sort,
        "kinds": KINDS,
        "page_size": PAGE_SIZE,
    }
    if page.is_htmx:
        return page.render("library/_results.html", **context)
    return page.render("library/search.html", **context)


@router.get("/library/items/{item_id}", name="library_item")
async def library_item(page: PageContext, item_id: str) -> Response:
    item = await page.api.get(f"/api/library/items/{item_id}")
    return page.render("library/item.html", item=item)
