"""Render a notification in the recipient's language (Jinja2): a subject and a plain-text body per kind; the
HTML part of an e-mail wraps the same text in one escaped layout, so the two parts always say the same."""

from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import Any

from jinja2 import Environment, FileSystemLoader, StrictUndefined, select_autoescape

from mentor_contracts.taxonomy import RUBRICS, URGENCIES
from mentor_contracts.taxonomy.labels import by_code

LOCALES = ("ru", "en")
DEFAULT_LOCALE = "ru"
TEMPLATES = Path(__file__).parent / "templates"
_RUBRICS = by_code(RUBRICS)
_URGENCIES = by_code(URGENCIES)

_env = Environment(
    loader=FileSystemLoader(TEMPLATES),
    autoescape=select_autoescape(enabled_extensions=("html",), default_for_string=False),
    undefined=StrictUndefined,
    trim_blocks=True,
    lstrip_blocks=True,
    keep_trailing_newline=False,
)


def locale_of(value: str | None) -> str:
    """`en-GB` → `en`; anything we have no templates for → Russian."""
    language = (value or "").split("-")[0].split("_")[0].lower()
    return language if language in LOCALES else DEFAULT_LOCALE


def case_title(number: str | None, rubrics: list[str], locale: str) -> str:
    """The short de-identified title every message uses: the case number and its rubrics, never case text."""
    labels = [getattr(_RUBRICS[code], locale) for code in rubrics if code in _RUBRICS]
    return " · ".join(part for part in [number or "", ", ".join(labels)] if part)


def _format_time(value: datetime, locale: str) -> str:
    return value.strftime("%d.%m.%Y %H:%M UTC" if locale == "ru" else "%Y-%m-%d %H:%M UTC")


def _urgency(code: str, locale: str) -> str:
    term = _URGENCIES.get(code)
    return getattr(term, locale) if term else code


@dataclass(frozen=True)
class Rendered:
    subject: str
    body: str


def render(kind: str, locale: str, context: dict[str, Any]) -> Rendered:
    template = _env.get_template(f"{locale}/{kind}.txt")
    ctx = template.new_context(
        {**context, "locale": locale, "when": lambda v: _format_time(v, locale), "urgency_label": _urgency}
    )
    subject = "".join(template.blocks["subject"](ctx)).strip()
    body = "".join(template.blocks["body"](ctx)).strip()
    return Rendered(subject=" ".join(subject.split()), body=body)


def render_html(locale: str, subject: str, body: str, url: str | None, preferences_url: str) -> str:
    paragraphs = [p.strip() for p in body.split("\n\n") if p.strip()]
    return _env.get_template("layout.html").render(
        locale=locale, subject=subject, paragraphs=paragraphs, url=url, preferences_url=preferences_url
    )


def render_footer(locale: str, preferences_url: str) -> str:
    template = _env.get_template(f"{locale}/footer.txt")
    return template.render(preferences_url=preferences_url).strip()
