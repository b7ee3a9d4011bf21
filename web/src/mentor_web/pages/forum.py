"""The forum: sections, a section's topics (keyset pages), a topic with its posts; signed in, a reply in a topic and
a new topic (Markdown; the forum service renders and sanitizes it). API errors are shown next to the field."""

from typing import Any

from fastapi import APIRouter
from fastapi.responses import Response

from mentor_contracts.taxonomy import RUBRICS
from mentor_web.api import ApiError, FormErrors, form_errors
from mentor_web.pages.rendering import Page, PageContext, SignedInPage

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
    return page.render("forum/topic.html", topic=found, values={}, errors=FormErrors(), limit=BODY_MAX)


# --- Writing: reply in a topic, open a topic ------------------------------------------------------------------------

BODY_MAX = 10_000
TITLE_MAX = 200
REPLY_FIELDS = frozenset({"body"})
TOPIC_FIELDS = frozenset({"title", "body", "rubrics"})


@router.post("/forum/topics/{topic_id}/reply", name="forum_reply")
async def reply(page: SignedInPage, topic_id: str) -> Response:
    form = await page.request.form()
    body = str(form.get("body", ""))
    reply_to = str(form.get("reply_to", "")) or None
    try:
        posted = await page.api.post(f"/api/forum/topics/{topic_id}/posts", json={"body": body, "reply_to": reply_to})
    except ApiError as exc:
        if exc.status not in (400, 403, 409, 422, 429):
            raise
        found = await page.api.get(f"/api/forum/topics/{topic_id}", params={"limit": 50})
        errors = form_errors(exc, page.lang, page.t, REPLY_FIELDS)
        if exc.status in (403, 409, 429) and not errors.fields:
            errors = FormErrors(fields={"body": errors.general})
        return page.render("forum/topic.html", 422, topic=found, values={"body": body}, errors=errors, limit=BODY_MAX)
    after = max(posted["number"] - 50, 0)  # the page that ends with the new post
    return page.redirect(f"/forum/topics/{topic_id}?after={after}#post-{posted['number']}")


async def _topic_form(
    page: Page, section_id: str, values: dict[str, Any], errors: FormErrors, status_code: int = 200
) -> Response:
    sections = await page.api.get("/api/forum/sections")
    current = next((s for s in sections if s["id"] == section_id), None)
    return page.render(
        "forum/new_topic.html",
        status_code,
        section=current,
        section_id=section_id,
        values=values,
        errors=errors,
        rubrics=RUBRICS,
        limits={"title": TITLE_MAX, "body": BODY_MAX},
    )


@router.get("/forum/sections/{section_id}/new", name="forum_new_topic")
async def new_topic(page: SignedInPage, section_id: str) -> Response:
    return await _topic_form(page, section_id, {"rubrics": []}, FormErrors())


@router.post("/forum/sections/{section_id}/new", name="forum_open_topic")
async def open_topic(page: SignedInPage, section_id: str) -> Response:
    form = await page.request.form()
    payload: dict[str, Any] = {
        "title": str(form.get("title", "")),
        "body": str(form.get("body", "")),
        "rubrics": [str(v) for v in form.getlist("rubrics")],
    }
    try:
        created = await page.api.post(f"/api/forum/sections/{section_id}/topics", json=payload)
    except ApiError as exc:
        if exc.status not in (400, 403, 409, 422, 429):
            raise
        errors = form_errors(exc, page.lang, page.t, TOPIC_FIELDS)
        return await _topic_form(page, section_id, payload, errors, 422)
    return page.redirect(f"/forum/topics/{created['id']}")
