"""The mentor's and the colleague's pages: incoming requests with their deadlines (accept, decline with a reason),
the cases a mentor works on, and a colleague's opinion requests. Each case opens on the case page
(`pages/cases.py`), which shows the steps its role and status allow."""

import asyncio
from datetime import datetime, timedelta
from typing import Any

from fastapi import APIRouter
from fastapi.responses import Response

from mentor_web.api import ApiError
from mentor_web.pages.rendering import SignedInPage

router = APIRouter()

# The time a mentor has to answer a request, by urgency. The API does not give an assignment's deadline (matching
# keeps it: `deadline_at`), so the page shows the time of the selection plus matching's default windows.
ANSWER_WITHIN = {
    "urgent": timedelta(hours=4),
    "need_advice": timedelta(hours=24),
    "expert_opinion": timedelta(hours=72),
}


def answer_by(case: dict[str, Any], history: list[dict[str, Any]]) -> str | None:
    """The deadline of a selected case: its last selection plus the window of its urgency (ISO, or None)."""
    selected = [entry["at"] for entry in history if entry.get("kind") == "mentor_selected"]
    window = ANSWER_WITHIN.get(str(case.get("urgency")))
    if not selected or window is None:
        return None
    try:
        return (datetime.fromisoformat(selected[-1]) + window).isoformat()
    except ValueError:
        return None


@router.get("/mentor/requests", name="mentor_requests")
async def requests(page: SignedInPage) -> Response:
    page.require_role("mentor")
    found = await page.api.get("/api/cases/cases", params={"as": "mentor", "status": "mentor_selected", "limit": 50})
    cases = found["items"]
    histories = await asyncio.gather(*(page.api.get(f"/api/cases/cases/{c['id']}/history") for c in cases))
    deadlines = {c["id"]: answer_by(c, h) for c, h in zip(cases, histories, strict=True)}
    ordered = sorted(cases, key=lambda c: deadlines[c["id"]] or "9999")
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
