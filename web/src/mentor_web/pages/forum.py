"""Forum browsing: sections, a section's topics (keyset pages), a topic with its posts."""

from fastapi import APIRouter
from fastapi.responses import Response

from mentor_web.pages.rendering import PageContext

router = APIRouter()
ORDERS = ("latest", "newest", "unanswered", "solved")


@router.get("/forum", name="forum")
async def forum(page: PageContext) -> Response:
    sections = await page.api.get("/api/forum/sections")
    return page.render("forum/sections.html", sections=sections)


@router.get("/forum/sections/{section_id}", name="forum_section")
async def section(page: PageContext, section_id: str, order: str = "latest", cursor: str = "") -> Response:
    order = order if order in ORDERS else "latest"
    sections = await page.api.get("/api/forum/sections")
    current = next((s for s in sections if s["id"] == section_id), None)
    topics = await page.api.get(
        f"/api/forum/sections/{section_id}/topics", params={"order": order, "cursor": cursor, "limit": 30}
    )
    return page.render("forum/section.html", section=current, topics=topics, order=order, orders=ORDERS)


@router.get("/forum/topics/{topic_id}", name="forum_topic")
async def topic(page: PageContext, topic_id: str, after: int = 0) -> Response:
    found = await page.api.get(f"/api/forum/topics/{topic_id}", params={"after": after or None, "limit": 50})
    return page.render("forum/topic.html", topic=found)
