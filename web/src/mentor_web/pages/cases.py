"""The case journey: my cases, the case form (submit or save a draft, edit a draft), and the case page, one page for
everyone who may see the case (its author, its mentor, an invited colleague, a moderator), with the forms of the
steps the case's `allowed_actions` and the reader's role (`your_role`) allow: choose a mentor from the offers,
accept or decline, ask questions (from the bank or one's own), answer, revise or keep the version, propose a
solution, invite a colleague, give an opinion, ask for a second opinion, complete with the reflection sheet.

Each step's form posts to its own path and comes back to the case page (303); a refused step shows the page again
with the API's errors next to that form's fields and what was typed (422)."""

import asyncio
import re
from typing import Any

from fastapi import APIRouter
from fastapi.responses import Response
from starlette.datastructures import FormData

from mentor_contracts.taxonomy import PARTICIPANTS, PRIVACY_MODES, RUBRICS, URGENCIES
from mentor_web.api import ApiError, FormErrors, form_errors
from mentor_web.pages.rendering import PageContext, SignedInPage, local_path

router = APIRouter()

# The case form's inputs carry the API's field names (CaseCreate), so an API error lands next to its input.
TEXT_LIMITS = {"problem": 1000, "actions_taken": 1000, "difficulty": 1000, "question": 500}
CHOICES = {"participants", "rubrics"}
FORM_FIELDS = frozenset({*TEXT_LIMITS, *CHOICES, "privacy", "urgency", "consent_group_discussion", "consent_publish"})
STATUS_STEPS = ("submitted", "offers_ready", "mentor_selected", "in_progress", "solution_proposed", "completed")


def case_payload(form: FormData) -> dict[str, object]:
    """The form as the API's CaseCreate: texts as typed, lists of ticked codes, the two consents as booleans."""
    payload: dict[str, object] = {name: str(form.get(name, "")) for name in TEXT_LIMITS}
    for name in CHOICES:
        payload[name] = [str(v) for v in form.getlist(name)]
    payload["privacy"] = str(form.get("privacy", "anonymous"))
    payload["urgency"] = str(form.get("urgency", "need_advice"))
    payload["consent_group_discussion"] = form.get("consent_group_discussion") == "yes"
    payload["consent_publish"] = form.get("consent_publish") == "yes"
    payload["submit"] = form.get("action") != "draft"
    return payload


def _form_page(
    page: PageContext,
    values: dict[str, object],
    errors: FormErrors,
    status_code: int = 200,
    action: str = "/cases/new",
) -> Response:
    return page.render(
        "cases/new.html",
        status_code,
        action=action,
        values=values,
        errors=errors,
        limits=TEXT_LIMITS,
        rubrics=RUBRICS,
        participants=PARTICIPANTS,
        urgencies=URGENCIES,
        privacy_modes=PRIVACY_MODES,
    )


@router.get("/cases", name="my_cases")
async def my_cases(page: SignedInPage, status: str = "") -> Response:
    role = "mentor" if page.person and page.person.has("mentor") else "author"
    found = await page.api.get("/api/cases/cases", params={"as": role, "status": status, "limit": 50})
    return page.render("cases/list.html", found=found, status=status)


@router.get("/cases/new", name="new_case")
async def new_case(page: SignedInPage) -> Response:
    page.require_role("mentee")
    defaults: dict[str, object] = {"privacy": "anonymous", "urgency": "need_advice", "rubrics": [], "participants": []}
    return _form_page(page, defaults, FormErrors())


@router.post("/cases/new", name="submit_case")
async def submit_case(page: SignedInPage) -> Response:
    page.require_role("mentee")
    payload = case_payload(await page.request.form())
    try:
        created = await page.api.post("/api/cases/cases", json=payload)
    except ApiError as exc:
        if exc.status not in (400, 409, 422):
            raise
        return _form_page(page, payload, form_errors(exc, page.lang, page.t, FORM_FIELDS), 422)
    return page.redirect(f"/cases/{created['id']}")


# Which of the case's `allowed_actions` each role performs (the API's list depends on the status only).
ROLE_ACTIONS = {
    "author": {
        "edit_draft",
        "submit",
        "select_mentor",
        "answer",
        "keep_version",
        "revise",
        "request_second_opinion",
        "complete",
        "withdraw",
    },
    "mentor": {"accept", "decline", "ask_question", "propose_solution", "invite_colleague"},
    "colleague": {"give_opinion"},
}
MAX_VERSIONS = 3  # the first version and at most two reformulations (the method's rule, also the API's)
STEP_FORMS: dict[str, frozenset[str]] = {
    "decline": frozenset({"reason"}),
    "questions": frozenset({"bank_codes", "own_text", "own_kind", "questions"}),
    "answer": frozenset({"text"}),
    "revise": frozenset({"problem", "actions_taken", "difficulty", "question"}),
    "solution": frozenset({"text"}),
    "opinion": frozenset({"text"}),
    "colleague": frozenset({"colleague_id"}),
    "reflection": frozenset({"useful", "rating", "next_steps", "comment"}),
    "select": frozenset({"mentor_id"}),
    "step": frozenset(),
}


EXPLANATION_PARTS = (
    (re.compile(r"^matches (\d+) of (\d+) rubrics?$"), "case_page.offers.explain.rubrics"),
    (re.compile(r"^free capacity (\d+)/(\d+)$"), "case_page.offers.explain.capacity"),
    (re.compile(r"^usually answers within (\d+) h$"), "case_page.offers.explain.answers"),
)


def explain_offer(explanation: str, t: Any) -> str:
    """Matching explains an offer in English ("matches 2 of 2 rubrics; free capacity 3/4; usually answers within
    5 h"): each known part in the person's language, any other part as the API wrote it."""
    parts = []
    for part in (p.strip() for p in explanation.split(";")):
        for pattern, key in EXPLANATION_PARTS:
            found = pattern.match(part)
            if found:
                part = t(key, a=found.group(1), b=found.group(2) if found.lastindex and found.lastindex > 1 else "")
                break
        if part:
            parts.append(part)
    return "; ".join(parts)


async def _optional(call: Any) -> Any:
    """A part of the page that this reader may not see (403/404) or that is not there yet: left out."""
    try:
        return await call
    except ApiError as exc:
        if exc.status in (403, 404, 409):
            return None
        raise


async def mentor_names(page: PageContext, ids: set[str]) -> dict[str, dict[str, Any]]:
    """The public cards of these mentors (name, position, rubrics), by id; an unknown id is left out."""
    ordered = sorted(i for i in ids if i)
    cards = await asyncio.gather(*(_optional(page.api.get(f"/api/matching/mentors/{i}")) for i in ordered))
    return {i: card for i, card in zip(ordered, cards, strict=True) if card}


def may(case: dict[str, Any], action: str) -> bool:
    role = str(case.get("your_role", ""))
    return action in case.get("allowed_actions", []) and action in ROLE_ACTIONS.get(role, set())


async def case_page(
    page: PageContext,
    case_id: str,
    *,
    form: str = "",
    errors: FormErrors | None = None,
    values: dict[str, Any] | None = None,
    status_code: int = 200,
    target: str = "",
) -> Response:
    api = page.api
    found = await api.get(f"/api/cases/cases/{case_id}")
    role = found["your_role"]
    path = f"/api/cases/cases/{case_id}"
    history, questions, solutions = await asyncio.gather(
        api.get(f"{path}/history"), _optional(api.get(f"{path}/questions")), _optional(api.get(f"{path}/solutions"))
    )
    suggestions = offers = opinions = bank = colleagues = None
    if role in ("author", "mentor", "moderator") and found["status"] != "draft":
        suggestions = await _optional(api.get(f"{path}/suggestions"))
    if role in ("author", "moderator") and found["status"] == "offers_ready":
        offers = await _optional(api.get(f"{path}/offers"))
    if role in ("mentor", "colleague", "moderator"):
        opinions = await _optional(api.get(f"{path}/opinions"))
    if may(found, "ask_question"):
        rubric = found["rubrics"][0] if len(found["rubrics"]) == 1 else None
        bank = await _optional(api.get("/api/cases/question-bank", params={"rubric": rubric}))
    if may(found, "invite_colleague"):
        colleagues = await _optional(api.get(f"/api/matching/cases/{case_id}/colleague-suggestions"))
    people = {found.get("mentor_id") or ""}
    people |= {o["mentor_id"] for o in offers or []}
    people |= {s["mentor_id"] for s in solutions or []}
    people |= {o["colleague_id"] for o in opinions or []}
    people |= {c["mentor_id"] for c in colleagues or []}
    names = await mentor_names(page, people)
    unanswered = [q for q in questions or [] if not q.get("answer")]
    reached = STATUS_STEPS.index(found["status"]) if found["status"] in STATUS_STEPS else -1
    if found["status"] == "awaiting_second_opinion":
        reached = STATUS_STEPS.index("solution_proposed")
    return page.render(
        "cases/detail.html",
        status_code,
        case=found,
        role=role,
        history=history,
        steps=STATUS_STEPS,
        reached=reached,
        suggestions=suggestions,
        offers=offers,
        questions=questions or [],
        unanswered=unanswered,
        solutions=solutions or [],
        opinions=opinions,
        bank=bank,
        colleagues=colleagues,
        names=names,
        explain=lambda text: explain_offer(text, page.t),
        can={action: may(found, action) for action in found.get("allowed_actions", [])},
        reformulations_left=max(MAX_VERSIONS - int(found.get("versions", 1)), 0),
        form=form,
        errors=errors or FormErrors(),
        values=values or {},
        target=target,
        limits=TEXT_LIMITS,
    )


@router.get("/cases/{case_id}", name="case")
async def case(page: SignedInPage, case_id: str) -> Response:
    return await case_page(page, case_id)


@router.get("/cases/{case_id}/offers", name="case_offers")
async def case_offers(page: SignedInPage, case_id: str) -> Response:
    """The notifications' link for new offers: the case page at its offers."""
    return page.redirect(f"/cases/{case_id}#offers")


@router.get("/cases/{case_id}/suggestions", name="case_suggestions")
async def case_suggestions(page: SignedInPage, case_id: str) -> Response:
    return page.redirect(f"/cases/{case_id}#suggestions")


async def _step(
    page: PageContext,
    case_id: str,
    form: str,
    call: Any,
    values: dict[str, Any] | None = None,
    target: str = "",
    then: str = "",
) -> Response:
    """Do one step through the API; back to the case page, or the page again with the step's errors."""
    try:
        await call
    except ApiError as exc:
        if exc.status not in (400, 409, 422):
            raise
        errors = form_errors(exc, page.lang, page.t, STEP_FORMS[form])
        return await case_page(page, case_id, form=form, errors=errors, values=values, status_code=422, target=target)
    return page.redirect(then or f"/cases/{case_id}")


async def _form(page: PageContext) -> FormData:
    return await page.request.form()


async def _text_step(page: PageContext, case_id: str, path: str, form: str, target: str = "") -> Response:
    """A step whose form is one text (an answer, a solution, an opinion), posted to `/cases/{id}/<path>`."""
    body = {"text": str((await _form(page)).get("text", ""))}
    call = page.api.post(f"/api/cases/cases/{case_id}/{path}", json=body)
    return await _step(page, case_id, form, call, values=body, target=target)


@router.post("/cases/{case_id}/mentor", name="select_mentor")
async def select_mentor(page: SignedInPage, case_id: str) -> Response:
    form = await _form(page)
    body = {"mentor_id": str(form.get("mentor_id", ""))}
    return await _step(page, case_id, "select", page.api.post(f"/api/cases/cases/{case_id}/mentor", json=body))


@router.post("/cases/{case_id}/accept", name="accept_case")
async def accept_case(page: SignedInPage, case_id: str) -> Response:
    return await _step(page, case_id, "step", page.api.post(f"/api/cases/cases/{case_id}/accept"))


@router.post("/cases/{case_id}/decline", name="decline_case")
async def decline_case(page: SignedInPage, case_id: str) -> Response:
    form = await _form(page)
    body = {"reason": str(form.get("reason", ""))}
    back = local_path(str(form.get("next", "")), "/mentor/requests")
    call = page.api.post(f"/api/cases/cases/{case_id}/decline", json=body)
    return await _step(page, case_id, "decline", call, values=body, then=back)


@router.post("/cases/{case_id}/questions", name="ask_questions")
async def ask_questions(page: SignedInPage, case_id: str) -> Response:
    form = await _form(page)
    codes = [str(code) for code in form.getlist("bank_codes")]
    own_text, own_kind = str(form.get("own_text", "")).strip(), str(form.get("own_kind", "clarifying"))
    questions: list[dict[str, Any]] = [{"bank_code": code} for code in codes]
    if own_text:
        questions.append({"text": own_text, "kind": own_kind})
    values = {"bank_codes": codes, "own_text": own_text, "own_kind": own_kind}
    if not questions:
        errors = FormErrors()
        errors.add("questions", page.t("case_page.questions.none_chosen"))
        return await case_page(page, case_id, form="questions", errors=errors, values=values, status_code=422)
    call = page.api.post(f"/api/cases/cases/{case_id}/questions", json={"questions": questions})
    return await _step(page, case_id, "questions", call, values=values)


@router.post("/cases/{case_id}/questions/{question_id}/answer", name="answer_question")
async def answer_question(page: SignedInPage, case_id: str, question_id: str) -> Response:
    return await _text_step(page, case_id, f"questions/{question_id}/answer", "answer", target=question_id)


@router.post("/cases/{case_id}/keep-version", name="keep_version")
async def keep_version(page: SignedInPage, case_id: str) -> Response:
    return await _step(page, case_id, "step", page.api.post(f"/api/cases/cases/{case_id}/keep-version"))


@router.post("/cases/{case_id}/revisions", name="revise_case")
async def revise_case(page: SignedInPage, case_id: str) -> Response:
    form = await _form(page)
    body = {name: str(form.get(name, "")) for name in TEXT_LIMITS}
    call = page.api.post(f"/api/cases/cases/{case_id}/revisions", json=body)
    return await _step(page, case_id, "revise", call, values=body)


@router.post("/cases/{case_id}/solution", name="propose_solution")
async def propose_solution(page: SignedInPage, case_id: str) -> Response:
    return await _text_step(page, case_id, "solution", "solution")


@router.post("/cases/{case_id}/colleagues", name="invite_colleague")
async def invite_colleague(page: SignedInPage, case_id: str) -> Response:
    form = await _form(page)
    body = {"colleague_id": str(form.get("colleague_id", ""))}
    call = page.api.post(f"/api/cases/cases/{case_id}/colleagues", json=body)
    return await _step(page, case_id, "colleague", call, values=body)


@router.post("/cases/{case_id}/opinions", name="give_opinion")
async def give_opinion(page: SignedInPage, case_id: str) -> Response:
    return await _text_step(page, case_id, "opinions", "opinion")


@router.post("/cases/{case_id}/second-opinion", name="second_opinion")
async def second_opinion(page: SignedInPage, case_id: str) -> Response:
    return await _step(page, case_id, "step", page.api.post(f"/api/cases/cases/{case_id}/second-opinion"))


@router.post("/cases/{case_id}/complete", name="complete_case")
async def complete_case(page: SignedInPage, case_id: str) -> Response:
    form = await _form(page)
    values: dict[str, Any] = {name: str(form.get(name, "")) for name in ("useful", "rating", "next_steps", "comment")}
    body: dict[str, Any] = {"next_steps": values["next_steps"], "comment": values["comment"]}
    if values["useful"] in ("yes", "no"):
        body["useful"] = values["useful"] == "yes"
    if values["rating"].isdigit():
        body["rating"] = int(values["rating"])
    call = page.api.post(f"/api/cases/cases/{case_id}/complete", json=body)
    return await _step(page, case_id, "reflection", call, values=values)


@router.post("/cases/{case_id}/withdraw", name="withdraw_case")
async def withdraw_case(page: SignedInPage, case_id: str) -> Response:
    return await _step(page, case_id, "step", page.api.post(f"/api/cases/cases/{case_id}/withdraw"))


@router.post("/cases/{case_id}/submit", name="submit_draft")
async def submit_draft(page: SignedInPage, case_id: str) -> Response:
    return await _step(page, case_id, "step", page.api.post(f"/api/cases/cases/{case_id}/submit"))


@router.get("/cases/{case_id}/edit", name="edit_draft")
async def edit_draft(page: SignedInPage, case_id: str) -> Response:
    page.require_role("mentee")
    found = await page.api.get(f"/api/cases/cases/{case_id}")
    revision = found["revisions"][-1] if found["revisions"] else {}
    values: dict[str, object] = {name: revision.get(name, "") for name in TEXT_LIMITS}
    for name in ("rubrics", "participants", "privacy", "urgency", "consent_group_discussion", "consent_publish"):
        values[name] = found[name]
    return _form_page(page, values, FormErrors(), action=f"/cases/{case_id}/edit")


@router.post("/cases/{case_id}/edit", name="save_draft")
async def save_draft(page: SignedInPage, case_id: str) -> Response:
    """A draft's changes (PATCH), then, when the person pressed "submit", its submission."""
    page.require_role("mentee")
    payload = case_payload(await page.request.form())
    submit = payload.pop("submit")
    try:
        await page.api.patch(f"/api/cases/cases/{case_id}", json=payload)
        if submit:
            await page.api.post(f"/api/cases/cases/{case_id}/submit")
    except ApiError as exc:
        if exc.status not in (400, 409, 422):
            raise
        errors = form_errors(exc, page.lang, page.t, FORM_FIELDS)
        return _form_page(page, payload, errors, 422, action=f"/cases/{case_id}/edit")
    return page.redirect(f"/cases/{case_id}")
