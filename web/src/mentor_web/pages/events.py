"""The events calendar: upcoming public events (keyset pages) and one event, each with its `.ics` file."""

from fastapi import APIRouter
from fastapi.responses import Response

from mentor_web.pages.rendering import PageContext

router = APIRouter()


@router.get("/calendar", name="events")
async def events(page: PageContext, rubric: str = "", cursor: str = "") -> Response:
    found = await page.api.get("/api/forum/events", params={"rubric": rubric, "cursor": cursor, "limit": 30})
    return page.render("events/list.html", events=found, rubric=rubric)


@router.get("/calendar/{event_id}", name="event")
async def event(page: PageContext, event_id: str) -> Response:
    found = await page.api.get(f"/api/forum/events/{event_id}")
    return page.render("events/detail.html", event=found)
