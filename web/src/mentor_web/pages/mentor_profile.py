"""A mentor's self-service: the public card (rubrics, participants, bio), capacity, weekly availability, a pause,
leave periods, and the mentor's own statistics. The card and settings are written whole (`PUT /mentors/me`)."""

import asyncio
from typing import Any

from fastapi import APIRouter
from fastapi.responses import Response
from starlette.datastructures import FormData

from mentor_contracts.taxonomy import PARTICIPANTS, RUBRICS
from mentor_web.api import ApiError, FormErrors, form_errors
from mentor_web.pages.rendering import Page, SignedInPage

router = APIRouter()
TEXT_LIMITS = {"name": 200, "position": 200, "department": 200, "interests": 2000, "bio": 4000}
FORM_FIELDS = frozenset(
    {*TEXT_LIMITS, "rubrics", "participants", "photo_url", "capacity", "weekdays", "paused", "leaves"}
)
WEEKDAYS = range(7)
NEW_LEAVES = 1  # empty rows offered for new leave periods
# The matching API's own validation messages (pydantic "value error"s), in the person's language
MESSAGES = {
    "Value error, a leave ends on or after its start": "mentor_profile.errors.leave_order",
    "Value error, weekdays are 0 (Monday) to 6 (Sunday)": "mentor_profile.errors.weekdays",
}


def _translated(errors: FormErrors, page: Page) -> FormErrors:
    for name, messages in errors.fields.items():
        errors.fields[name] = [page.t(MESSAGES[m]) if m in MESSAGES else m for m in messages]
    return errors


def profile_payload(form: FormData) -> dict[str, Any]:
    """The form as the API's MentorUpdate. Leave rows are `leave_start`/`leave_end` pairs in order; a row left
    empty, or ticked to remove, is dropped."""
    payload: dict[str, Any] = {name: str(form.get(name, "")).strip() for name in TEXT_LIMITS}
    payload["rubrics"] = [str(v) for v in form.getlist("rubrics")]
    payload["participants"] = [str(v) for v in form.getlist("participants")]
    payload["photo_url"] = str(form.get("photo_url", "")).strip() or None
    capacity = str(form.get("capacity", "")).strip()
    payload["capacity"] = int(capacity) if capacity.lstrip("-").isdigit() else capacity
    payload["weekdays"] = sorted(int(str(v)) for v in form.getlist("weekdays") if str(v).isdigit())
    payload["paused"] = form.get("paused") == "yes"
    starts, ends = form.getlist("leave_start"), form.getlist("leave_end")
    removed = {str(v) for v in form.getlist("leave_remove")}
    payload["leaves"] = [
        {"start": str(start), "end": str(end)}
        for index, (start, end) in enumerate(zip(starts, ends, strict=False))
        if (start or end) and str(index) not in removed
    ]
    return payload


def _form(page: Page, values: dict[str, Any], errors: FormErrors, status_code: int = 200, **extra: Any) -> Response:
    return page.render(
        "mentor_profile/edit.html",
        status_code,
        values=values,
        errors=errors,
        limits=TEXT_LIMITS,
        rubrics=RUBRICS,
        participants=PARTICIPANTS,
        weekdays=WEEKDAYS,
        new_leaves=NEW_LEAVES,
        **extra,
    )


@router.get("/mentor/profile", name="mentor_profile")
async def my_profile(page: SignedInPage, saved: str = "") -> Response:
    page.require_role("mentor")
    try:
        values = await page.api.get("/api/matching/mentors/me")
    except ApiError as exc:
        if exc.status != 404:
            raise
        name = page.person.name if page.person else ""
        values = {"name": name, "rubrics": [], "participants": [], "capacity": 3, "weekdays": [], "leaves": []}
        return _form(page, values, FormErrors(), first_time=True)
    return _form(page, values, FormErrors(), saved=bool(saved))


@router.post("/mentor/profile", name="save_mentor_profile")
async def save_profile(page: SignedInPage) -> Response:
    page.require_role("mentor")
    payload = profile_payload(await page.request.form())
    try:
        await page.api.put("/api/matching/mentors/me", json=payload)
    except ApiError as exc:
        if exc.status not in (400, 409, 422):
            raise
        errors = _translated(form_errors(exc, page.lang, page.t, FORM_FIELDS), page)
        return _form(page, {**payload, "photo_url": payload["photo_url"] or ""}, errors, 422)
    return page.redirect("/mentor/profile?saved=1")


@router.get("/mentor/statistics", name="mentor_statistics")
async def my_statistics(page: SignedInPage) -> Response:
    page.require_role("mentor")
    person_id = page.person.id if page.person else ""
    stats, open_cases, done = await asyncio.gather(
        page.api.get(f"/api/matching/mentors/{person_id}/stats"),
        page.api.get("/api/cases/cases", params={"as": "mentor", "status": "in_progress", "limit": 1}),
        page.api.get("/api/cases/cases", params={"as": "mentor", "status": "completed", "limit": 1}),
    )
    try:
        card = await page.api.get("/api/matching/mentors/me")
    except ApiError as exc:
        if exc.status != 404:
            raise
        card = None
    return page.render(
        "mentor_profile/statistics.html",
        stats=stats,
        in_progress=open_cases["total"],
        completed=done["total"],
        capacity=card["capacity"] if card else None,
    )
