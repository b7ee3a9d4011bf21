"""The mentor directory (by rubric) and a mentor's public card."""

from fastapi import APIRouter
from fastapi.responses import Response

from mentor_web.pages.rendering import PageContext

router = APIRouter()
PAGE_SIZE = 24


@router.get("/mentors", name="mentors")
async def mentors(page: PageContext, rubric: str = "", offset: int = 0) -> Response:
    offset = max(offset, 0)
    found = await page.api.get("/api/matching/mentors", params={"rubric": rubric, "limit": PAGE_SIZE, "offset": offset})
    return page.render("mentors/list.html", found=found, rubric=rubric, offset=offset, page_size=PAGE_SIZE)


@router.get("/mentors/{mentor_id}", name="mentor")
async def mentor(page: PageContext, mentor_id: str) -> Response:
    card = await page.api.get(f"/api/matching/mentors/{mentor_id}")
    return page.render("mentors/card.html", mentor=card)
