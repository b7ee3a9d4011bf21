"""Translations: one TOML catalog per language (`ru.toml`, `en.toml`, the same keys), Russian by default.

`translator(lang)("nav.library")` gives the text; `{name}` placeholders are filled from keyword arguments. A key
missing from a language falls back to Russian, then to the key itself (a test keeps the catalogs' keys equal).
The taxonomies' labels (rubrics, participants, urgency, privacy modes) come from mentor-contracts, not from here.
"""

import tomllib
from collections.abc import Callable, Mapping
from functools import cache
from pathlib import Path
from typing import Any

from fastapi import Request

from mentor_contracts.taxonomy import PARTICIPANTS, PRIVACY_MODES, RUBRICS, URGENCIES, Term

LANGUAGES = ("ru", "en")
DEFAULT = "ru"
LANGUAGE_COOKIE = "mentor_lang"
CATALOGS = Path(__file__).parent

Translate = Callable[..., str]


def _flatten(table: Mapping[str, Any], prefix: str = "") -> dict[str, str]:
    flat: dict[str, str] = {}
    for key, value in table.items():
        if isinstance(value, Mapping):
            flat.update(_flatten(value, f"{prefix}{key}."))
        else:
            flat[f"{prefix}{key}"] = str(value)
    return flat


@cache
def catalog(lang: str) -> dict[str, str]:
    with (CATALOGS / f"{lang}.toml").open("rb") as file:
        return _flatten(tomllib.load(file))


def translator(lang: str) -> Translate:
    own, fallback = catalog(lang), catalog(DEFAULT)

    def translate(key: str, /, **values: object) -> str:
        text = own.get(key) or fallback.get(key) or key
        return text.format(**values) if values else text

    return translate


def choose_language(request: Request, person_locale: str = "", default: str = DEFAULT) -> str:
    """The language cookie, else the person's locale, else the browser's Accept-Language, else the default."""
    chosen = request.cookies.get(LANGUAGE_COOKIE, "")
    if chosen in LANGUAGES:
        return chosen
    if person_locale in LANGUAGES:
        return person_locale
    for part in request.headers.get("accept-language", "").split(","):
        code = part.split(";")[0].strip().lower()[:2]
        if code in LANGUAGES:
            return code
    return default


def term_labels(lang: str) -> dict[str, dict[str, str]]:
    """`labels["rubric"]["class_management"]`: the taxonomies' labels in one language."""

    def labels(terms: tuple[Term, ...]) -> dict[str, str]:
        return {term.code: term.en if lang == "en" else term.ru for term in terms}

    return {
        "rubric": labels(RUBRICS),
        "participant": labels(PARTICIPANTS),
        "urgency": labels(URGENCIES),
        "privacy": labels(PRIVACY_MODES),
    }
