"""Remove people's names, schools and school numbers, addresses, phones, e-mails, personal URLs and numbers, messenger
handles and class labels from free text. Two steps. First the rules propose: Russian, Natasha's named-entity model
(shipped in its package) plus rules; English, rules (titles, initials, context words, forms' person fields,
greetings and signatures, lists and chat speakers, weak verbs and objects guarded against common nouns,
coordination, capitalisation; no first-name list); in both, authors, characters, historical figures, theorists,
products, places and titles a teacher writes about (Пушкин, Lennie in «Of Mice and Men», Rosenshine, Sparx) are left
alone (`public_names`). Then the span model (`span_model`, a CRF trained on the labelled set) reads every token with
what the rules proposed on it and decides the spans. spaCy's small English model was measured as a second opinion
and left out: it lost unfamiliar names and added none the rules missed (see the kit's README). Whatever is found is
replaced by a bracketed placeholder in the text's language."""

import re
import threading
from dataclasses import dataclass
from functools import cache
from typing import Any, Literal

from mentor_kit.privacy.public_names import PublicNames
from mentor_kit.privacy.rules import (
    EN_KIN,
    ENGLISH_RULES,
    ROLE_WORDS,
    RU_NOT_NAMES,
    RU_VERB,
    RUSSIAN_RULES,
    Span,
    capitalised_fields,
    english_names,
    english_schools,
    keyed_documents,
    late_set_codes,
    listed_people,
    local_phones,
    person_context,
    rule_spans,
    russian_capitalised_names,
    russian_coordinated,
    russian_later_mentions,
    russian_names,
    russian_sentence_first_names,
    school_buildings,
)
from mentor_kit.privacy.russian_morphology import is_ordinary_word, is_thing_or_group
from mentor_kit.privacy.span_model import span_model

Kind = Literal["name", "school", "address", "phone", "email", "url", "handle", "document", "class"]
PLACEHOLDERS: dict[str, dict[str, str]] = {
    "ru": {
        "name": "[ИМЯ]",
        "school": "[ШКОЛА]",
        "address": "[АДРЕС]",
        "phone": "[ТЕЛЕФОН]",
        "email": "[ЭЛ. ПОЧТА]",
        "url": "[ССЫЛКА]",
        "handle": "[КОНТАКТ]",
        "document": "[НОМЕР ДОКУМЕНТА]",
        "class": "[КЛАСС]",
    },
    "en": {
        "name": "[NAME]",
        "school": "[SCHOOL]",
        "address": "[ADDRESS]",
        "phone": "[PHONE]",
        "email": "[EMAIL]",
        "url": "[URL]",
        "handle": "[HANDLE]",
        "document": "[ID NUMBER]",
        "class": "[CLASS]",
    },
}
# Precedence when found spans overlap: the merged span keeps the kind that ranks first.
_PRECEDENCE = ("email", "url", "handle", "document", "phone", "address", "school", "class", "name")
_GAP = re.compile(r"[^\S\n]{1,2}")  # parts of one name never lie on two lines
_FIRST_WORD = re.compile(r"([\w-]+)\s+")
_SCHOOL_HEAD = re.compile(r"\b(?:[А-Я]{0,3}ОУ\b|СОШ|[Шш]кол|[Лл]ице|[Гг]имнази|[Кк]олледж|[Дд]етск)")
_SCHOOL_WORDS = re.compile(r"школ|лице|гимнази|колледж|СОШ|ГБОУ|МБОУ|ГОУ|детск\w+ сад|школьн", re.IGNORECASE)
# A school is named only by a number, a quoted name or a capitalised word after the first ("Начальную школу" is not).
_PROPER = re.compile(r"\d|[«\"]|\s[A-ZА-ЯЁ]")
_CYRILLIC = re.compile(r"[А-Яа-яЁё]")
_LATIN = re.compile(r"[A-Za-z]")


def _starts_sentence(text: str, start: int) -> bool:
    return re.search(r"(?:^|[.!?…\n])\s*$", text[:start]) is not None


# "Учитель: Самойлова Т. В. Класс: 7Б": a form's next label is not part of the name before it.
_FORM_LABELS = frozenset("Класс Предмет Тема Дата Время Урок Кабинет Школа Телефон Адрес Подпись Цель".split())


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
                start, stop = _first_line(text, span.start, span.stop)
                # "Ученица Лиза": the model sometimes takes a capitalised role word for part of the name.
                words = text[start:stop].split()
                while len(words) > 1 and (
                    ROLE_WORDS.fullmatch(words[0])
                    or words[0] in RU_NOT_NAMES  # "Сегодня Санечка"
                    or (RU_VERB.search(words[0]) and _starts_sentence(text, start))
                ):
                    start = text.index(words[1], start + len(words[0]))
                    words.pop(0)
                while len(words) > 1 and (
                    ROLE_WORDS.fullmatch(words[-1]) or words[-1] in _FORM_LABELS or _is_label(text, stop, words[-1])
                ):
                    stop = text.rindex(words[-2], start, stop) + len(words[-2])
                    words.pop()
                if len(words) > 1 and re.fullmatch(r"[А-ЯЁ]", words[-1]) and text.startswith(".", stop):
                    stop += 1  # "Сорокина Е." keeps its initial's period
                if len(words) == 1 and (
                    _is_label(text, stop, words[0])
                    or (
                        _starts_sentence(text, start)
                        and re.match(r"[^\S\n]+[а-яё]", text[stop:])
                        and is_thing_or_group(words[0])
                    )
                ):
                    continue  # "Сообщение: …" is a form's label; "Самоанализ после урока" a word opening a sentence
                found.append((start, stop, "name"))
            elif span.type == "ORG" and _SCHOOL_WORDS.search(span.text) and _PROPER.search(span.text):
                # "Вестник школы № 7", "ОО: ГБОУ «Лицей № 239»": the school starts at its owner or its type word
                head = _SCHOOL_HEAD.search(span.text)
                start = span.start + head.start() if head and _PROPER.search(span.text[head.start() :]) else span.start
                found.append((start, span.stop, "school"))
            elif span.type in ("LOC", "ORG"):
                found.append((span.start, span.stop, "place"))  # not redacted: keeps capitalised words from names
        return found


def _first_line(text: str, start: int, stop: int) -> tuple[int, int]:
    """A name never runs across a line break ("Мирослава Андреевна\nСамоанализ"): the part on its first line."""
    head = text[start:stop].split("\n", 1)[0].rstrip()
    return (start, start + len(head)) if head else (start, stop)


def _is_label(text: str, end: int, word: str) -> bool:
    """An ordinary word right before a colon heads a form's field or a minute's item ("Слушали:", "Паспорт:",
    "Фамилия, имя:")."""
    return re.match(r":|,[^\S\n]*[а-яё]+:", text[end:]) is not None and is_ordinary_word(word)


@cache
def _natasha() -> _Natasha:
    return _Natasha()


def detect_language(text: str) -> str:
    return "ru" if len(_CYRILLIC.findall(text)) >= len(_LATIN.findall(text)) else "en"


def _without_role_word(text: str, span: Span) -> Span:
    """A capitalised role word before a name is not part of it: "Завуч О. В. Белова" -> "О. В. Белова"."""
    start, end, kind = span
    if kind == "name":
        head = _FIRST_WORD.match(text, start, end)
        role = head is not None and (
            all(ROLE_WORDS.fullmatch(part) for part in head.group(1).split("-"))  # "Педагог-психолог Лаврентьева"
            or head.group(1) in EN_KIN  # "Grandad Eric"
        )
        if head and role and head.end() < end:
            return head.end(), end, kind
    return span


# "..., Apt 4, Barnsley": the town after an address is part of where, not who.
_AFTER_ADDRESS = re.compile(r",\s*")


# Russian names that are also words, used as the word: with the word each noun governs ("вера в себя", "надежда на
# лучшее", "любовь к чтению", "роза ветров", "слава богу", "победа над собой").
_RU_WORD_NOT_NAME = re.compile(
    r"(?:Вера|Веры|Веру|Верой)\s+в\b|(?:Надежда|Надежды|Надежду)\s+(?:на|умирает)\b|(?:Любовь|Любви)\s+к\b|"
    r"(?:Роза|Розы|Розу)\s+ветров\b|Слава\s+(?:богу|Богу)\b|(?:Победа|Победы|Победу)\s+над\b",
    re.IGNORECASE,  # "у меня вера в этот педсовет кончилась" in a chat written in lower case
)


_HOLIDAY = re.compile(r"\b\d{1,2}[^\S\n]+Марта\b")


def _not_a_name(text: str, span: Span, public: PublicNames, address_ends: set[int]) -> bool:
    """A figure, a character or a product; a role word alone ("Ученик:"); the town after an address; a name that
    is also a word, used as the word."""
    start, end, _ = span
    word = text[start:end].strip()
    if ROLE_WORDS.fullmatch(word) or word in RU_NOT_NAMES:
        return True  # "Ученик:", "Ха."
    if public.covers(text, start, end) and not person_context(text, start, end):
        return True  # a figure or a character, unless placed among the people of the case ("Harry in Year 4P")
    if _RU_WORD_NOT_NAME.match(text, start) or _HOLIDAY.search(text[max(0, start - 3) : end]):
        return True  # "вера в себя"; "к 8 Марта"
    if " " not in word and RU_VERB.search(word) and _starts_sentence(text, start):
        return True  # "Скинула секретарю паспорт": a verb opening a sentence
    if " " in word and _CYRILLIC.search(word):
        return False  # "…, кв. 118, Зимина Галина Петровна": a full name after an address is the addressee
    return any(
        _AFTER_ADDRESS.fullmatch(text[address_end:start]) for address_end in address_ends if address_end <= start
    )


def _merge(text: str, spans: list[Span]) -> list[Redaction]:
    merged: list[Redaction] = []
    for start, end, kind in sorted(_without_role_word(text, span) for span in spans):
        if merged and start < merged[-1].end:
            last = merged[-1]
            best = min((last.kind, kind), key=_PRECEDENCE.index)
            merged[-1] = Redaction(last.start, max(last.end, end), best)
        elif merged and kind == merged[-1].kind == "name" and _GAP.fullmatch(text[merged[-1].end : start]):
            # "Глеба" + "Смирнова-Орлова": parts of one name found by different rules are one name.
            merged[-1] = Redaction(merged[-1].start, end, kind)
        else:
            merged.append(Redaction(start, end, kind))
    return merged


def find_by_rules(text: str, language: str, public: PublicNames) -> list[Redaction]:
    """What the rules and Natasha's model find, merged: the proposals the span model decides on. `public` is the
    text's public names (`PublicNames(text)`), shared with the span model."""
    if language == "ru":
        model = _natasha().spans(text)
        places = [(start, end) for start, end, kind in model if kind == "place"]
        spans = (
            list(rule_spans(text, RUSSIAN_RULES)) + [s for s in model if s[2] != "place"] + list(russian_names(text))
        )
        spans += list(russian_capitalised_names(text, places)) + list(russian_sentence_first_names(text))
        spans += list(russian_coordinated(text, [(s, e) for s, e, kind in spans if kind == "name"]))
        spans += list(russian_later_mentions(text, [text[s:e] for s, e, kind in spans if kind == "name"]))
        # Latin-script names and schools inside Russian text ("Mr. Smith", "Greenwood School").
        spans += [s for s in rule_spans(text, ENGLISH_RULES) if s[2] in ("school", "address")]
        spans += list(english_names(text)) + list(english_schools(text))
    else:
        spans = list(rule_spans(text, ENGLISH_RULES)) + list(english_names(text)) + list(english_schools(text))
    spans += list(keyed_documents(text)) + list(school_buildings(text)) + list(late_set_codes(text))
    spans += list(listed_people(text)) + list(capitalised_fields(text)) + list(local_phones(text))
    address_ends = {end for _, end, kind in spans if kind == "address"}
    spans = [s for s in spans if s[2] != "name" or not _not_a_name(text, s, public, address_ends)]
    spans = [
        s for s in spans if s[2] != "school" or not public.names_a_body(text[s[0] : s[1]])
    ]  # "Oak National Academy"
    return _merge(text, spans)


def deidentify(text: str, *, language: str | None = None) -> Deidentified:
    """The text with every personal reference replaced by a placeholder, and where each one was."""
    language = language or detect_language(text)
    public = PublicNames(text)
    proposed = [(r.start, r.end, r.kind) for r in find_by_rules(text, language, public)]
    redactions = [Redaction(start, end, kind) for start, end, kind in span_model().spans(text, public, proposed)]
    placeholders = PLACEHOLDERS[language]
    parts: list[str] = []
    cursor = 0
    for redaction in redactions:
        parts.append(text[cursor : redaction.start])
        parts.append(placeholders[redaction.kind])
        cursor = redaction.end
    parts.append(text[cursor:])
    return Deidentified("".join(parts), tuple(redactions), language)
