"""An API's problem+json answer as the errors of a form, in the person's language.

The services name each invalid field (`errors: [{field, message, code}]`, RFC 9457 with field errors). A form keeps
the API's field names as its inputs' names, so each message is shown next to the input it names. A message is
translated by its `code` (pydantic's error types: `api_errors.code.<code>` in the catalogs, `{number}` being the
first number of the API's message, e.g. a length limit), else by its exact English text (`api_errors.message`),
else shown as the API wrote it. Errors that name no field of the form go to the form's summary at the top.
"""

import re
from dataclasses import dataclass, field
from typing import Any

from mentor_web.api.client import ApiError
from mentor_web.i18n import Translate, catalog

NUMBER = re.compile(r"\d+")


@dataclass
class FormErrors:
    fields: dict[str, list[str]] = field(default_factory=dict)
    general: list[str] = field(default_factory=list)

    def __bool__(self) -> bool:
        return bool(self.fields or self.general)

    def add(self, name: str, message: str) -> None:
        self.fields.setdefault(name, []).append(message)


def translate_message(error: dict[str, Any], lang: str, t: Translate) -> str:
    message = str(error.get("message", ""))
    code = str(error.get("code", ""))
    number = NUMBER.search(message)
    known = catalog(lang)
    if code and f"api_errors.code.{code}" in known:
        return t(f"api_errors.code.{code}", number=number.group() if number else "")
    by_text = known.get(f"api_errors.message.{message}")
    return by_text or message


def form_errors(error: ApiError, lang: str, t: Translate, form_fields: set[str] | frozenset[str]) -> FormErrors:
    """`form_fields`: the names of the form's inputs; an error on `rubrics.0` belongs to `rubrics`."""
    result = FormErrors()
    for item in error.problem.get("errors") or []:
        if not isinstance(item, dict):
            continue
        name = str(item.get("field", ""))
        base = name.split(".")[0]
        message = translate_message(item, lang, t)
        if name in form_fields:
            result.add(name, message)
        elif base in form_fields:
            result.add(base, message)
        else:
            result.general.append(f"{name}: {message}" if name else message)
    if not result:
        result.general.append(problem_text(error, t))
    return result


def problem_text(error: ApiError, t: Translate) -> str:
    """A problem without field errors, in plain words: by its status, with the API's detail if any."""
    key = f"api_errors.status.{error.status}"
    text = t(key)
    if text == key:
        text = t("api_errors.status.other")
    detail = error.problem.get("detail")
    return f"{text} ({detail})" if detail and error.status in (409, 400) else text
