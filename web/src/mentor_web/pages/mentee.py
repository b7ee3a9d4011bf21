"""The mentee's questionnaire about their professional activities (school type, subjects, forms taught, years of
experience): it supports monitoring, and a mentor sees a block of it only in a `personal` case they work on."""

from typing import Any

from fastapi import APIRouter
from fastapi.responses import Response
from starlette.datastructures import FormData

from mentor_web.api import ApiError, FormErrors, form_errors
from mentor_web.pages.rendering import PageContext, SignedInPage

router = APIRouter()
SCHOOL_TYPES = ("general", "lyceum", "gymnasium", "education_centre", "college", "preschool", "special", "other")
FIELDS = frozenset(
    {
        "school_type",
        "school_name",
        "subjects",
        "forms_taught",
        "years_of_experience",
        "graduated_from_mcu",
        "graduation_year",
    }
)


def questionnaire_payload(form: FormData) -> dict[str, Any]:
    """The form as the API's ProfileUpdate; numbers that are not numbers go as typed, for the API to name."""

    def number(name: str) -> Any:
        text = str(form.get(name, "")).strip()
        return int(text) if text.isdigit() else (text or None)

    subjects = [s.strip() for s in str(form.get("subjects", "")).replace(";", ",").split(",") if s.strip()]
    return {
        "school_type": str(form.get("school_type", "")),
        "school_name": str(form.get("school_name", "")).strip(),
        "subjects": subjects,
        "forms_taught": [int(str(v)) for v in form.getlist("forms_taught") if str(v).isdigit()],
        "years_of_experience": number("years_of_experience"),
        "graduated_from_mcu": form.get("graduated_from_mcu") == "yes",
        "graduation_year": number("graduation_year"),
    }


def _page(
    page: PageContext, values: dict[str, Any], errors: FormErrors, status_code: int = 200, saved: bool = False
) -> Response:
    return page.render(
        "mentee/questionnaire.html",
        status_code,
        values=values,
        errors=errors,
        school_types=SCHOOL_TYPES,
        saved=saved,
    )


@router.get("/questionnaire", name="questionnaire")
async def questionnaire(page: SignedInPage, saved: bool = False) -> Response:
    page.require_role("mentee")
    try:
        values = await page.api.get("/api/cases/profile")
    except ApiError as exc:
        if exc.status != 404:
            raise
        values = {"school_type": "general", "subjects": [], "forms_taught": [], "graduated_from_mcu": True}
    return _page(page, values, FormErrors(), saved=saved)


@router.post("/questionnaire", name="save_questionnaire")
async def save_questionnaire(page: SignedInPage) -> Response:
    page.require_role("mentee")
    payload = questionnaire_payload(await page.request.form())
    try:
        await page.api.put("/api/cases/profile", json=payload)
    except ApiError as exc:
        if exc.status not in (400, 422):
            raise
        return _page(page, payload, form_errors(exc, page.lang, page.t, FIELDS), 422)
    return page.redirect("/questionnaire?saved=true")
