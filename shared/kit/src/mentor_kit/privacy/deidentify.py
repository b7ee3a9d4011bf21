"""Remove people's names, schools and school numbers, addresses, phones, e-mails, personal URLs and class
labels from free text. Russian: Natasha's named-entity model (shipped in its package) plus rules; English:
rules. Whatever is found is replaced by a bracketed placeholder in the text's language."""

import re
import threading
from dataclasses import dataclass
from functools import cache
from typing import Any, Literal

from mentor_kit.privacy.rules import ENGLISH_RULES, RUSSIAN_RULES, Span, rule_spans

Kind = Literal["name", "school", "address", "phone", "email", "url", "class"]
PLACEHOLDERS: dict[str, dict[str, str]] = {
    "ru": {
        "name": "[ИМЯ]",
        "school": "[ШКОЛА]",
        "address": "[АДРЕС]",
        "phone": "[ТЕЛЕФОН]",
        "email": "[ЭЛ. ПОЧТА]",
        "url": "[ССЫЛКА]",
        "class": "[КЛАСС]",
    },
    "en": {
        "name": "[NAME]",
        "school": "[SCHOOL]",
        "address": "[ADDRESS]",
        "phone": "[PHONE]",
        "email": "[EMAIL]",
        "url": "[URL]",
        "class": "[CLASS]",
    },
}
# Precedence when found spans overlap: the merged span keeps the kind that ranks first.
_PRECEDENCE = ("email", "url", "phone", "address", "school", "class", "name")
_SCHOOL_WORDS = re.compile(r"школ|лице|гимнази|колледж|СОШ|ГБОУ|МБОУ|ГОУ|детск\w+ сад|школьн", re.IGNORECASE)
_CYRILLIC = re.compile(r"[А-Яа-яЁё]")
_LATIN = re.compile(r"[A-Za-z]")


@dataclass(frozen=True)
class Redaction:
    start: int  # in the original text
    end: int
    kind: str


@dataclass(frozen=True)
class Deidentified:
    text: str
    redactions: tuple[Redaction, ...]
    language: str


class _Natasha:
    """The Russian NER pipeline, loaded once per process (about 0.7 s, 30 MB) on first use."""

    _lock = threading.Lock()

    def __init__(self) -> None:
        from natasha import Doc, NewsEmbedding, NewsNERTagger, Segmenter

        self._doc = Doc
        self._segmenter = Segmenter()
        self._tagger = NewsNERTagger(NewsEmbedding())

    def spans(self, text: str) -> list[Span]:
        doc: Any = self._doc(text)
        with self._lock:
            doc.segment(self._segmenter)
            doc.tag_ner(self._tagger)
        found: list[Span] = []
        for span in doc.spans:
            if span.type == "PER":
                found.append((span.start, span.stop, "name"))
            elif span.type == "ORG" and _SCHOOL_WORDS.search(span.text):
                found.append((span.start, span.stop, "school"))
        return found


@cache
def _natasha() -> _Natasha:
    return _Natasha()


def detect_language(text: str) -> str:
    return "ru" if len(_CYRILLIC.findall(text)) >= len(_LATIN.findall(text)) else "en"


def _merge(spans: list[Span]) -> list[Redaction]:
    merged: list[Redaction] = []
    for start, end, kind in sorted(spans):
        if merged and start < merged[-1].end:
            last = merged[-1]
            best = min((last.kind, kind), key=_PRECEDENCE.index)
            merged[-1] = Redaction(last.start, max(last.end, end), best)
        else:
            merged.append(Redaction(start, end, kind))
    return merged


def deidentify(text: str, *, language: str | None = None) -> Deidentified:
    """The text with every personal reference replaced by a placeholder, and where each one was."""
    language = language or detect_language(text)
    if language == "ru":
        spans = list(rule_spans(text, RUSSIAN_RULES)) + _natasha().spans(text)
        # Latin-script names and schools inside Russian text ("Mr. Smith", "Greenwood School").
        spans += [s for s in rule_spans(text, ENGLISH_RULES) if s[2] in ("name", "school", "address")]
    else:
        spans = list(rule_spans(text, ENGLISH_RULES))
    redactions = _merge(spans)
    placeholders = PLACEHOLDERS[language]
    parts: list[str] = []
    cursor = 0
    for redaction in redactions:
        parts.append(text[cursor : redaction.start])
        parts.append(placeholders[redaction.kind])
        cursor = redaction.end
    parts.append(text[cursor:])
    return Deidentified("".join(parts), tuple(redactions), language)
