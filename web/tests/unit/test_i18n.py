"""The catalogs, the choice of language, and API errors in the person's language."""

import pytest
from starlette.requests import Request

from mentor_web.api import ApiError, form_errors
from mentor_web.i18n import catalog, choose_language, translator


def test_every_language_has_every_key() -> None:
    assert set(catalog("ru")) == set(catalog("en"))


def _request(headers: dict[str, str]) -> Request:
    raw = [(k.lower().encode(), v.encode()) for k, v in headers.items()]
    return Request({"type": "http", "headers": raw, "method": "GET", "path": "/"})


@pytest.mark.parametrize(
    ("headers", "locale", "expected"),
    [
        ({}, "", "ru"),
        ({"Accept-Language": "en-GB,en;q=0.9"}, "", "en"),
        ({"Accept-Language": "de, en;q=0.5"}, "", "en"),
        ({"Accept-Language": "en"}, "ru", "ru"),
        ({"Accept-Language": "ru", "Cookie": "mentor_lang=en"}, "ru", "en"),
    ],
)
def test_language_from_cookie_then_person_then_browser(headers: dict[str, str], locale: str, expected: str) -> None:
    assert choose_language(_request(headers), locale) == expected


def test_api_field_errors_are_translated_by_code_or_text_and_kept_by_field() -> None:
    error = ApiError(
        422,
        {
            "errors": [
                {
                    "field": "problem",
                    "message": "String should have at most 1000 characters",
                    "code": "string_too_long",
                },
                {"field": "rubrics.0", "message": "Input should be 'a' or 'b'", "code": "literal_error"},
                {"field": "question", "message": "a question to the mentor is required"},
                {"field": "question", "message": "something new"},
                {"field": "elsewhere", "message": "not on this form"},
            ]
        },
    )
    errors = form_errors(error, "ru", translator("ru"), {"problem", "rubrics", "question"})
    assert errors.fields == {
        "problem": ["Не более 1000 символов"],
        "rubrics": ["Выберите один из вариантов"],
        "question": ["Сформулируйте вопрос наставнику", "something new"],
    }
    assert errors.general == ["elsewhere: not on this form"]
    english = form_errors(error, "en", translator("en"), {"problem"})
    assert english.fields["problem"] == ["At most 1000 characters"]


def test_a_problem_without_field_errors_is_said_in_plain_words() -> None:
    errors = form_errors(ApiError(409, {"detail": "not now"}), "en", translator("en"), set())
    assert errors.general == ["This cannot be done now (not now)"]
