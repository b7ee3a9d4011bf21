"""The home page: what the platform is, the way in for each kind of person, a few mentors and the next events."""

from fastapi import APIRouter
from fastapi.responses import Response

from mentor_web.api import ApiError
from mentor_web.pages.rendering import PageContext

router = APIRouter()


@router.get("/", name="home")
async def home(page: PageContext) -> Response:
    try:
        mentors = (await page.api.get("/api/matching/mentors", params={"limit": 4}))["items"]
    except ApiError:
        mentors = []
    try:
        events = (await page.api.get("/api/forum/events", params={"limit": 3}))["items"]
    except ApiError:
        events = []
    return page.render("home.html", mentors=mentors, events=events)
