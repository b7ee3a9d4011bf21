"""The mentee's cases: my cases, the case form (submit or save a draft), a case page with its status timeline."""

from fastapi import APIRouter
from fastapi.responses import Response
from starlette.datastructures import FormData

from mentor_contracts.taxonomy import PARTICIPANTS, PRIVACY_MODES, RUBRICS, URGENCIES
from mentor_web.api import ApiError, FormErrors, form_errors
from mentor_web.pages.rendering import PageContext, SignedInPage

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


def _form_page(page: PageContext, values: dict[str, object], errors: FormErrors, status_code: int = 200) -> Response:
    return page.render(
        "cases/new.html",
        status_code,
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


@router.get("/cases/{case_id}", name="case")
async def case(page: SignedInPage, case_id: str) -> Response:
    found = await page.api.get(f"/api/cases/cases/{case_id}")
    history = await page.api.get(f"/api/cases/cases/{case_id}/history")
    reached = STATUS_STEPS.index(found["status"]) if found["status"] in STATUS_STEPS else -1
    return page.render("cases/detail.html", case=found, history=history, steps=STATUS_STEPS, reached=reached)
