"""The mentor's and the colleague's pages: incoming requests with their deadlines (accept, decline with a reason),
the cases a mentor works on, and a colleague's opinion requests. Each case opens on the case page
(`pages/cases.py`), which shows the steps its role and status allow."""

import asyncio
from typing import Any

from fastapi import APIRouter
from fastapi.responses import Response

from mentor_web.api import ApiError
from mentor_web.pages.rendering import SignedInPage

router = APIRouter()

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
    """The cases this mentor was invited to as a colleague. The cases API lists no such cases, so they come from
    the person's `opinion_requested` notifications, each case read as the colleague may see it."""
    page.require_role("mentor")
    inbox = await page.api.get("/api/notifications/notifications", params={"limit": 100})
    ids = list(dict.fromkeys(str(n["case_id"]) for n in inbox["items"] if n["kind"] == "opinion_requested"))

    async def read(case_id: str) -> dict[str, Any] | None:
        try:
            case = await page.api.get(f"/api/cases/cases/{case_id}")
            opinions = await page.api.get(f"/api/cases/cases/{case_id}/opinions")
        except ApiError as exc:
            if exc.status in (403, 404):
                return None
            raise
        mine = [o for o in opinions if o.get("colleague_id") == (page.person.id if page.person else "")]
        return {**case, "answered": bool(mine)}

    cases = [c for c in await asyncio.gather(*(read(i) for i in ids)) if c]
    return page.render("mentoring/opinions.html", cases=cases)
