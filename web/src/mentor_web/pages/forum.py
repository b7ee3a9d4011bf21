"""The forum: sections, a section's topics (keyset pages), a topic with its posts; signed in, a reply in a topic and
a new topic (Markdown; the forum service renders and sanitizes it). API errors are shown next to the field.
Moderators and admins also get, on the topic page, lock/unlock, pin/unpin and move to another section."""

from typing import Any
from urllib.parse import quote

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


MODERATORS = ("moderator", "admin")
TOPIC_SWITCHES = ("lock", "unlock", "pin", "unpin")
MOVE_FIELDS = frozenset({"section_id"})


def _moderates(page: Page) -> bool:
    return page.person is not None and any(page.person.has(role) for role in MODERATORS)


async def _topic_page(
    page: Page,
    topic_id: str,
    after: int = 0,
    status_code: int = 200,
    values: dict[str, Any] | None = None,
    errors: FormErrors | None = None,
    mod_errors: FormErrors | None = None,
    mod_values: dict[str, Any] | None = None,
    done: str = "",
) -> Response:
    found = await page.api.get(f"/api/forum/topics/{topic_id}", params={"after": after or None, "limit": 50})
    moderates = _moderates(page)
    sections = await page.api.get("/api/forum/sections") if moderates else []
    return page.render(
        "forum/topic.html",
        status_code,
        topic=found,
        values=values or {},
        errors=errors or FormErrors(),
        limit=BODY_MAX,
        moderates=moderates,
        sections=sections,
        mod_errors=mod_errors or FormErrors(),
        mod_values=mod_values or {},
        done=done,
    )


@router.get("/forum/topics/{topic_id}", name="forum_topic")
async def topic(page: PageContext, topic_id: str, after: int = 0, moderated: str = "") -> Response:
    done = moderated if moderated in (*TOPIC_SWITCHES, "move") else ""
    return await _topic_page(page, topic_id, after, done=done)


# --- Moderators: lock/unlock, pin/unpin, move ---------------------------------------------------------------------


@router.post("/forum/topics/{topic_id}/moderate/{switch}", name="forum_topic_switch")
async def topic_switch(page: SignedInPage, topic_id: str, switch: str) -> Response:
    page.require_role(*MODERATORS)
    if switch not in TOPIC_SWITCHES:
        return page.redirect(f"/forum/topics/{quote(topic_id, safe='')}")
    try:
        await page.api.post(f"/api/forum/moderation/topics/{quote(topic_id, safe='')}/{switch}")
    except ApiError as exc:
        if exc.status not in (400, 403, 409, 422):
            raise
        errors = form_errors(exc, page.lang, page.t, frozenset())
        return await _topic_page(page, topic_id, status_code=422, mod_errors=errors)
    return page.redirect(f"/forum/topics/{quote(topic_id, safe='')}?moderated={switch}")


@router.post("/forum/topics/{topic_id}/move", name="forum_topic_move")
async def topic_move(page: SignedInPage, topic_id: str) -> Response:
    page.require_role(*MODERATORS)
    form = await page.request.form()
    section_id = str(form.get("section_id", ""))
    try:
        await page.api.post(
            f"/api/forum/moderation/topics/{quote(topic_id, safe='')}/move", json={"section_id": section_id}
        )
    except ApiError as exc:
        if exc.status not in (400, 403, 404, 409, 422):
            raise
        errors = form_errors(exc, page.lang, page.t, MOVE_FIELDS)
        if exc.status == 404 and not errors.fields:
            errors = FormErrors(fields={"section_id": [page.t("forum_forms.moderate.no_section")]})
        values = {"section_id": section_id}
        return await _topic_page(page, topic_id, status_code=422, mod_errors=errors, mod_values=values)
    return page.redirect(f"/forum/topics/{quote(topic_id, safe='')}?moderated=move")


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
        errors = form_errors(exc, page.lang, page.t, REPLY_FIELDS)
        if exc.status in (403, 409, 429) and not errors.fields:
            errors = FormErrors(fields={"body": errors.general})
        return await _topic_page(page, topic_id, status_code=422, values={"body": body}, errors=errors)
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
