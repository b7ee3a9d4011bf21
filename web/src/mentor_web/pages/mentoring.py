"""The mentor's and the colleague's pages: incoming requests with their deadlines (accept, decline with a reason),
the cases a mentor works on, and a colleague's opinion requests. Each case opens on the case page
(`pages/cases.py`), which shows the steps its role and status allow."""

import asyncio

from fastapi import APIRouter
from fastapi.responses import Response

from mentor_web.api import ApiError
from mentor_web.pages.rendering import SignedInPage

router = APIRouter()
OPINION_PAGE = 100  # the newest cases a colleague was invited to


@router.get("/mentor/requests", name="mentor_requests")
async def requests(page: SignedInPage) -> Response:
    """The cases waiting for this mentor's answer, nearest deadline first: matching keeps each selection's deadline
    (the one its deadline worker expires it at), the cases service the case itself."""
    page.require_role("mentor")
    waiting, found = await asyncio.gather(
        page.api.get("/api/matching/mentors/me/requests", params={"limit": 50}),
        page.api.get("/api/cases/cases", params={"as": "mentor", "status": "mentor_selected", "limit": 50}),
    )
    deadlines: dict[str, str] = {r["case_id"]: r["deadline_at"] for r in waiting}
    cases = [c for c in found["items"] if c["id"] in deadlines]  # a request matching has not recorded yet waits
    ordered = sorted(cases, key=lambda c: deadlines[c["id"]])
    return page.render("mentoring/requests.html", cases=ordered, deadlines=deadlines)


@router.get("/mentor/cases", name="mentor_cases")
async def mentor_cases(page: SignedInPage, status: str = "") -> Response:
    page.require_role("mentor")
    found = await page.api.get("/api/cases/cases", params={"as": "mentor", "status": status, "limit": 50})
    return page.render("mentoring/cases.html", found=found, status=status)


@router.get("/opinions", name="opinion_requests")
async def opinion_requests(page: SignedInPage) -> Response:
    """The cases this mentor was invited to as a colleague (the cases API lists them, read as a colleague may see
    them, newest first), each with whether this colleague has given an opinion yet."""
    page.require_role("mentor")
    found = await page.api.get("/api/cases/cases", params={"as": "colleague", "limit": OPINION_PAGE})
    me = page.person.id if page.person else ""

    async def answered(case_id: str) -> bool:
        try:
            opinions = await page.api.get(f"/api/cases/cases/{case_id}/opinions")
        except ApiError as exc:
            if exc.status in (403, 404):  # no longer readable since it was listed
                return False
            raise
        return any(o.get("colleague_id") == me for o in opinions)

    given = await asyncio.gather(*(answered(c["id"]) for c in found["items"]))
    cases = [{**case, "answered": done} for case, done in zip(found["items"], given, strict=True)]
    return page.render("mentoring/opinions.html", cases=cases)
