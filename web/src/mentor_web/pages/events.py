"""The events calendar: upcoming public events (keyset pages) and one event, each with its `.ics` file; signed in,
sign up (waitlisted when full), interested, or cancel the sign-up."""

from fastapi import APIRouter
from fastapi.responses import Response

from mentor_web.api import ApiError
from mentor_web.api.problems import problem_text
from mentor_web.pages.rendering import PageContext, SignedInPage

router = APIRouter()


@router.get("/calendar", name="events")
async def events(page: PageContext, rubric: str = "", cursor: str = "") -> Response:
    found = await page.api.get("/api/forum/events", params={"rubric": rubric, "cursor": cursor, "limit": 30})
    return page.render("events/list.html", events=found, rubric=rubric)


@router.get("/calendar/{event_id}", name="event")
async def event(page: PageContext, event_id: str, answered: str = "") -> Response:
    found = await page.api.get(f"/api/forum/events/{event_id}")
    return page.render("events/detail.html", event=found, answered=answered if answered in ANSWERS else "")


ANSWERS = ("going", "interested", "not_going")


@router.post("/calendar/{event_id}/attendance", name="event_attendance")
async def attendance(page: SignedInPage, event_id: str) -> Response:
    """Sign up (going: waitlisted when full), interested, or cancel (not going)."""
    form = await page.request.form()
    answer = str(form.get("status", ""))
    if answer not in ANSWERS:
        return page.redirect(f"/calendar/{event_id}")
    try:
        await page.api.put(f"/api/forum/events/{event_id}/attendance", json={"status": answer})
    except ApiError as exc:
        if exc.status not in (400, 409, 422):
            raise
        found = await page.api.get(f"/api/forum/events/{event_id}")
        return page.render("events/detail.html", 409, event=found, problem=problem_text(exc, page.t))
    return page.redirect(f"/calendar/{event_id}?answered={answer}#attendance")
