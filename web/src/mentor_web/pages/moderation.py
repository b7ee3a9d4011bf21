"""The moderators' area: cases that need attention, any case's full history, the library review queue, the question
bank, the forum's flagged posts, and statistics with charts (SVG from pygal, each with a table of its numbers).

Every page calls the APIs with the moderator's own token: the services decide what a moderator may see (the cases
service records each read of an anonymous author's identity; the author is shown only where the API gives it)."""

import asyncio
from collections import Counter
from datetime import date, datetime, timedelta, timezone
from typing import Any
from urllib.parse import quote

from fastapi import APIRouter
from fastapi.responses import Response

from mentor_contracts.taxonomy import RUBRICS
from mentor_web.api import ApiError, FormErrors, form_errors
from mentor_web.i18n import term_labels
from mentor_web.pages import moderation_charts as charts
from mentor_web.pages.rendering import Page, SignedInPage

router = APIRouter()
MODERATORS = ("moderator", "admin")
OPEN_STATUSES = ("mentor_selected", "in_progress", "solution_proposed", "awaiting_second_opinion")
WAITING_STATUSES = ("submitted", "offers_ready", "mentor_selected")
CASE_PAGE = 200  # the APIs' largest page
CASE_PAGES = 10  # statistics read at most this many pages of cases (2,000) for the mentor load
QUESTION_FIELDS = frozenset({"code", "group", "kind", "ru", "en", "rubrics"})
QUESTION_GROUPS = ("goals", "swot", "options", "planning")
QUESTION_KINDS = ("clarifying", "developing")
CHARTS = ("rubrics", "funnel", "times", "load", "people")
PEOPLE_ROLES = ("author", "mentor", "colleague", "moderator")  # the history's roles shown, in this order
NOT_PEOPLE = frozenset({"system"})  # steps the platform took itself (expired offers...)
SILENCE_FIELDS = frozenset({"user_id", "until", "reason"})
SILENCE_ZONE = timezone(timedelta(hours=3))  # a date-time typed without an offset is Moscow time (no DST)


def _moderator(page: Page) -> None:
    page.require_role(*MODERATORS)


async def _all_cases(page: Page, status: str = "") -> list[dict[str, Any]]:
    cases: list[dict[str, Any]] = []
    for number in range(CASE_PAGES):
        found = await page.api.get(
            "/api/cases/cases",
            params={"as": "moderator", "status": status, "limit": CASE_PAGE, "offset": number * CASE_PAGE},
        )
        cases.extend(found["items"])
        if len(cases) >= found["total"] or not found["items"]:
            break
    return cases


# --- Cases that need attention, and a case's full history -------------------------------------------------------


@router.get("/moderation", name="moderation")
async def overview(page: SignedInPage) -> Response:
    _moderator(page)
    cases = await _all_cases(page)
    attention = [c for c in cases if c["needs_attention"]]
    waiting = [c for c in cases if c["status"] in WAITING_STATUSES and not c["needs_attention"]]
    review, flags = await asyncio.gather(
        page.api.get("/api/library/review", params={"limit": 1}),
        page.api.get("/api/forum/moderation/flags", params={"limit": 100}),
    )
    return page.render(
        "moderation/overview.html",
        attention=attention,
        waiting=waiting,
        review_total=review["total"],
        flag_total=len(flags),
    )


@router.get("/moderation/cases", name="moderation_cases")
async def all_cases(page: SignedInPage, status: str = "", offset: int = 0) -> Response:
    _moderator(page)
    offset = max(offset, 0)
    found = await page.api.get(
        "/api/cases/cases", params={"as": "moderator", "status": status, "limit": 50, "offset": offset}
    )
    return page.render("moderation/cases.html", found=found, status=status, offset=offset, page_size=50)


@router.get("/moderation/cases/{case_id}", name="moderation_case")
async def case_history(page: SignedInPage, case_id: str) -> Response:
    """Everything about one case: each revision, offer round, question and answer, solution and opinion, in order."""
    _moderator(page)
    case = await page.api.get(f"/api/cases/cases/{case_id}")
    history, questions, solutions, opinions, offers = await asyncio.gather(
        page.api.get(f"/api/cases/cases/{case_id}/history"),
        page.api.get(f"/api/cases/cases/{case_id}/questions"),
        page.api.get(f"/api/cases/cases/{case_id}/solutions"),
        page.api.get(f"/api/cases/cases/{case_id}/opinions"),
        page.api.get(f"/api/cases/cases/{case_id}/offers"),
    )
    return page.render(
        "moderation/case.html",
        case=case,
        history=history,
        questions=questions,
        solutions=solutions,
        opinions=opinions,
        offers=offers,
    )


# --- The library's review queue ------------------------------------------------------------------------------------


async def _review_page(page: Page, offset: int, status_code: int = 200, **extra: Any) -> Response:
    found = await page.api.get("/api/library/review", params={"limit": 20, "offset": offset})
    return page.render("moderation/review.html", status_code, found=found, offset=offset, page_size=20, **extra)


@router.get("/moderation/library", name="moderation_review")
async def review(page: SignedInPage, offset: int = 0, done: str = "", title: str = "") -> Response:
    _moderator(page)
    return await _review_page(page, max(offset, 0), done=done, done_title=title)


@router.post("/moderation/library/{item_id}/approve", name="moderation_approve")
async def approve(page: SignedInPage, item_id: str) -> Response:
    _moderator(page)
    item = await page.api.post(f"/api/library/review/{item_id}/approve")
    return page.redirect(f"/moderation/library?done=approved&title={_quote(item['title'])}")


@router.post("/moderation/library/{item_id}/reject", name="moderation_reject")
async def reject(page: SignedInPage, item_id: str) -> Response:
    _moderator(page)
    form = await page.request.form()
    reason = str(form.get("reason", ""))
    try:
        item = await page.api.post(f"/api/library/review/{item_id}/reject", json={"reason": reason})
    except ApiError as exc:
        if exc.status not in (400, 422):
            raise
        errors = form_errors(exc, page.lang, page.t, {"reason"})
        return await _review_page(page, 0, 422, errors=errors, failed_item=item_id, reason=reason)
    return page.redirect(f"/moderation/library?done=rejected&title={_quote(item['title'])}")


def _quote(text: str) -> str:
    return quote(text[:120])


# --- The question bank -----------------------------------------------------------------------------------------------


async def _bank_page(
    page: Page, kind: str, rubric: str, values: dict[str, Any], errors: FormErrors, status_code: int = 200, **extra: Any
) -> Response:
    questions = await page.api.get("/api/cases/question-bank", params={"kind": kind or None, "rubric": rubric or None})
    return page.render(
        "moderation/questions.html",
        status_code,
        questions=questions,
        kind=kind,
        rubric=rubric,
        values=values,
        errors=errors,
        groups=QUESTION_GROUPS,
        kinds=QUESTION_KINDS,
        rubrics=RUBRICS,
        **extra,
    )


@router.get("/moderation/questions", name="moderation_questions")
async def question_bank(page: SignedInPage, kind: str = "", rubric: str = "", added: str = "") -> Response:
    _moderator(page)
    kind = kind if kind in QUESTION_KINDS else ""
    rubric = rubric if rubric in {r.code for r in RUBRICS} else ""
    defaults = {"group": "options", "kind": "clarifying", "rubrics": []}
    return await _bank_page(page, kind, rubric, defaults, FormErrors(), added=added)


@router.post("/moderation/questions", name="moderation_add_question")
async def add_question(page: SignedInPage) -> Response:
    _moderator(page)
    form = await page.request.form()
    payload: dict[str, Any] = {name: str(form.get(name, "")).strip() for name in ("code", "group", "kind", "ru", "en")}
    payload["rubrics"] = [str(v) for v in form.getlist("rubrics")]
    try:
        created = await page.api.post("/api/cases/question-bank", json=payload)
    except ApiError as exc:
        if exc.status not in (400, 409, 422):
            raise
        errors = form_errors(exc, page.lang, page.t, QUESTION_FIELDS)
        if exc.status == 409 and not errors.fields:
            errors = FormErrors(fields={"code": [page.t("moderation.questions.code_taken")]})
        return await _bank_page(page, "", "", payload, errors, 422)
    return page.redirect(f"/moderation/questions?added={_quote(created['code'])}#question-{created['code']}")


# --- The forum's moderation queue -------------------------------------------------------------------------------------


async def _forum_page(page: Page, status_code: int = 200, done: str = "", **forms: Any) -> Response:
    queue, log = await asyncio.gather(
        page.api.get("/api/forum/moderation/flags", params={"limit": 100}),
        page.api.get("/api/forum/moderation/log", params={"limit": 20}),
    )
    context: dict[str, Any] = {
        "silence_values": {},
        "silence_errors": FormErrors(),
        "lift_values": {},
        "lift_errors": FormErrors(),
        **forms,
    }
    return page.render("moderation/forum.html", status_code, queue=queue, log=log, done=done, **context)


@router.get("/moderation/forum", name="moderation_forum")
async def forum_queue(page: SignedInPage, done: str = "") -> Response:
    _moderator(page)
    return await _forum_page(page, done=done)


def silence_until(typed: str) -> str:
    """The `until` of a silence as the API takes it (an instant with its offset): a `datetime-local` value has none,
    so it is read in SILENCE_ZONE; anything unreadable goes as typed, for the API to name the error."""
    try:
        moment = datetime.fromisoformat(typed.strip())
    except ValueError:
        return typed
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=SILENCE_ZONE)
    return moment.isoformat()


def _person_path(user_id: str) -> str:
    return f"/api/forum/moderation/silences/{quote(user_id, safe='')}"


@router.post("/moderation/forum/silences", name="moderation_silence")
async def silence(page: SignedInPage) -> Response:
    _moderator(page)
    form = await page.request.form()
    values = {name: str(form.get(name, "")).strip() for name in ("user_id", "until", "reason")}
    errors = FormErrors()
    if not values["user_id"]:
        errors.add("user_id", page.t("moderation.silence.user_id_required"))
    if not values["until"]:
        errors.add("until", page.t("moderation.silence.until_required"))
    if not errors:
        body = {"until": silence_until(values["until"]), "reason": values["reason"]}
        try:
            await page.api.put(_person_path(values["user_id"]), json=body)
        except ApiError as exc:
            if exc.status not in (400, 403, 404, 409, 422):
                raise
            errors = form_errors(exc, page.lang, page.t, SILENCE_FIELDS)
    if errors:
        return await _forum_page(page, 422, silence_values=values, silence_errors=errors)
    return page.redirect("/moderation/forum?done=silence#silence-title")


@router.post("/moderation/forum/silences/lift", name="moderation_lift_silence")
async def lift_silence(page: SignedInPage) -> Response:
    _moderator(page)
    form = await page.request.form()
    user_id = str(form.get("user_id", "")).strip()
    errors = FormErrors()
    if not user_id:
        errors.add("user_id", page.t("moderation.silence.user_id_required"))
    else:
        try:
            await page.api.delete(_person_path(user_id))
        except ApiError as exc:
            if exc.status not in (400, 403, 404, 409, 422):
                raise
            errors = form_errors(exc, page.lang, page.t, {"user_id"})
            if exc.status == 404 and not errors.fields:
                errors = FormErrors(fields={"user_id": [page.t("moderation.silence.not_silenced")]})
    if errors:
        return await _forum_page(page, 422, lift_values={"user_id": user_id}, lift_errors=errors)
    return page.redirect("/moderation/forum?done=lift#silence-title")


@router.post("/moderation/forum/posts/{post_id}/{decision}", name="moderation_post_decision")
async def post_decision(page: SignedInPage, post_id: str, decision: str) -> Response:
    _moderator(page)
    if decision not in ("hide", "restore"):
        return page.redirect("/moderation/forum")
    form = await page.request.form()
    reason = str(form.get("reason", ""))[:1000]
    await page.api.post(f"/api/forum/moderation/posts/{post_id}/{decision}", json={"reason": reason})
    return page.redirect(f"/moderation/forum?done={decision}")


# --- Statistics with charts -----------------------------------------------------------------------------------------


def _period(period_from: str, period_to: str) -> tuple[str, str]:
    def valid(value: str) -> str:
        try:
            return date.fromisoformat(value).isoformat()
        except ValueError:
            return ""

    return valid(period_from), valid(period_to)


async def _nothing() -> Any:
    return {"items": []}


async def _no_cases() -> list[dict[str, Any]]:
    return []


async def _no_people() -> Any:
    return {"years": []}


def people_table(answer: dict[str, Any]) -> tuple[list[str], list[tuple[str, list[int]]]]:
    """The roles to show (the known ones, then any other the history has, never the platform's own steps) and one
    row per year with the number of distinct people in each of those roles."""
    present = {role for year in answer["years"] for role in year["by_role"]} - NOT_PEOPLE
    roles = [*PEOPLE_ROLES, *sorted(present - set(PEOPLE_ROLES))]
    rows = [(str(year["year"]), [year["by_role"].get(role, 0) for role in roles]) for year in answer["years"]]
    return roles, rows


def actor_label(page: Page, role: str) -> str:
    return page.t(f"moderation.stats.actor.{role}") if role in PEOPLE_ROLES else role


async def statistics_data(page: Page, period_from: str, period_to: str, chart: str = "") -> dict[str, Any]:
    """The numbers behind every chart (or only those of `chart`): the cases service's statistics (of the cases,
    and of the people active per year and role, from every case's history), each mentor's statistics from
    matching, and the cases themselves (as a moderator lists them) for the mentor load."""
    mentors_needed = chart in ("", "times", "load")
    cases_needed = chart in ("", "load")
    people_needed = chart in ("", "people")
    period = {"from": period_from or None, "to": period_to or None}
    stats, people, mentors, cases = await asyncio.gather(
        page.api.get("/api/cases/stats/cases", params=period),
        page.api.get("/api/cases/stats/people", params=period) if people_needed else _no_people(),
        page.api.get("/api/matching/mentors", params={"limit": CASE_PAGE}) if mentors_needed else _nothing(),
        _all_cases(page) if cases_needed else _no_cases(),
    )
    cards = mentors["items"]
    per_mentor = await asyncio.gather(*(page.api.get(f"/api/matching/mentors/{m['id']}/stats") for m in cards))
    open_now = Counter(c["mentor_id"] for c in cases if c["status"] in OPEN_STATUSES and c["mentor_id"])
    load = [
        {
            "id": card["id"],
            "name": card["name"],
            "open": open_now.get(card["id"], 0),
            "accepted": one["accepted"],
            "declined": one["declined"],
            "expired": one["expired"],
            "completed": one["completed"],
            "hours_to_accept": one["median_hours_to_accept"],
            "hours_to_solution": one["median_hours_to_solution"],
        }
        for card, one in zip(cards, per_mentor, strict=True)
    ]
    people_roles, people_rows = people_table(people)
    return {
        "stats": stats,
        "rubrics": sorted(stats["by_rubric"].items(), key=lambda pair: (-pair[1], pair[0])),
        "funnel": [(step, stats["funnel"][step]) for step in ("submitted", "accepted", "solved", "in_library")],
        "load": load,
        "people_roles": people_roles,
        "people": people_rows,
        "cases_read": len(cases),
        "cases_capped": len(cases) >= CASE_PAGE * CASE_PAGES,
    }


@router.get("/moderation/statistics", name="moderation_statistics")
async def statistics(page: SignedInPage, period_from: str = "", period_to: str = "") -> Response:
    _moderator(page)
    period_from, period_to = _period(period_from, period_to)
    data = await statistics_data(page, period_from, period_to)
    query = "&".join(f"{k}={v}" for k, v in (("period_from", period_from), ("period_to", period_to)) if v)
    return page.render(
        "moderation/statistics.html",
        period_from=period_from,
        period_to=period_to,
        query=query,
        charts=CHARTS,
        people_labels=[actor_label(page, role) for role in data["people_roles"]],
        **data,
    )


def _hours(value: float | None) -> float | None:
    return None if value is None else round(value, 1)


def draw(name: str, data: dict[str, Any], page: Page) -> str:
    t = page.t
    rubric = term_labels(page.lang)["rubric"]
    no_data = t("moderation.stats.no_data")
    if name == "rubrics":
        pairs = data["rubrics"]
        return charts.bar(
            "",
            [rubric.get(code, code) for code, _ in pairs],
            [charts.Series(t("moderation.stats.cases"), [count for _, count in pairs])],
            horizontal=True,
            no_data=no_data,
        )
    if name == "funnel":
        steps = data["funnel"]
        return charts.funnel(
            "",
            [t(f"moderation.stats.step.{step}") for step, _ in steps],
            [count for _, count in steps],
            no_data=no_data,
        )
    if name == "times":
        stats = data["stats"]
        load = [m for m in data["load"] if m["hours_to_accept"] is not None or m["hours_to_solution"] is not None]
        names = [t("moderation.stats.all_cases"), *(m["name"] for m in load)]
        first = [_hours(stats["median_hours_to_first_response"]), *(_hours(m["hours_to_accept"]) for m in load)]
        solved = [_hours(stats["median_hours_to_solution"]), *(_hours(m["hours_to_solution"]) for m in load)]
        return charts.bar(
            "",
            names,
            [
                charts.Series(t("moderation.stats.first_response"), first),
                charts.Series(t("moderation.stats.solution"), solved),
            ],
            horizontal=True,
            no_data=no_data,
            counts=False,
        )
    if name == "load":
        load = [m for m in data["load"] if m["open"] or m["accepted"] or m["declined"] or m["expired"]]
        return charts.bar(
            "",
            [m["name"] for m in load],
            [
                charts.Series(t("moderation.stats.open"), [m["open"] for m in load]),
                charts.Series(t("moderation.stats.completed"), [m["completed"] for m in load]),
                charts.Series(t("moderation.stats.declined"), [m["declined"] for m in load]),
                charts.Series(t("moderation.stats.expired"), [m["expired"] for m in load]),
            ],
            horizontal=True,
            stacked=True,
            no_data=no_data,
        )
    people = data["people"]
    return charts.bar(
        "",
        [year for year, _ in people],
        [
            charts.Series(actor_label(page, role), [counts[index] for _, counts in people])
            for index, role in enumerate(data["people_roles"])
        ],
        no_data=no_data,
    )


@router.get("/moderation/statistics/{name}.svg", name="moderation_chart")
async def chart(page: SignedInPage, name: str, period_from: str = "", period_to: str = "") -> Response:
    _moderator(page)
    if name not in CHARTS:
        return Response(status_code=404)
    period_from, period_to = _period(period_from, period_to)
    data = await statistics_data(page, period_from, period_to, name)
    return charts.svg_response(draw(name, data, page))
