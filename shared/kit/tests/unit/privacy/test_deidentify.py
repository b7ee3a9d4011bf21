"""De-identification on realistic Russian and English texts, scored against a labelled set."""

import re

import pytest

from mentor_kit.privacy import deidentify

from .labelled import ENGLISH, HELD_OUT_ENGLISH, HELD_OUT_RUSSIAN, RUSSIAN

MARK = re.compile(r"\{\{(\w+)\|(.+?)\}\}")


def parse(marked: str) -> tuple[str, list[tuple[int, int, str]]]:
    text, spans, cursor = "", [], 0
    for match in MARK.finditer(marked):
        text += marked[cursor : match.start()]
        spans.append((len(text), len(text) + len(match.group(2)), match.group(1)))
        text += match.group(2)
        cursor = match.end()
    return text + marked[cursor:], spans


def score(texts: list[str]) -> tuple[float, float, list[str]]:
    gold_total = gold_found = found_total = found_right = 0
    misses: list[str] = []
    for marked in texts:
        text, gold = parse(marked)
        found = deidentify(text).redactions
        for start, end, kind in gold:
            gold_total += 1
            if any(r.start <= start and r.end >= end for r in found):
                gold_found += 1
            else:
                misses.append(f"missed {kind} {text[start:end]!r}")
        for redaction in found:
            found_total += 1
            if any(redaction.start < end and redaction.end > start for start, end, _ in gold):
                found_right += 1
            else:
                misses.append(f"over-redacted {text[redaction.start : redaction.end]!r}")
    return found_right / max(found_total, 1), gold_found / max(gold_total, 1), misses


@pytest.mark.parametrize(("language", "texts"), [("ru", RUSSIAN), ("en", ENGLISH)])
def test_precision_and_recall_on_the_labelled_set(language: str, texts: list[str]) -> None:
    precision, recall, misses = score(texts)
    print(
        f"\nde-identification {language}: precision {precision:.2f}, recall {recall:.2f}, "
        f"{len(texts)} texts; " + "; ".join(misses)
    )
    assert recall >= 0.95, misses
    assert precision >= 0.9, misses


@pytest.mark.parametrize("marked", RUSSIAN + ENGLISH)
def test_no_contact_detail_ever_survives(marked: str) -> None:
    text, gold = parse(marked)
    result = deidentify(text).text
    for start, end, kind in gold:
        if kind in ("email", "phone", "url", "address"):
            assert text[start:end] not in result


def test_placeholders_follow_the_language_and_the_rest_is_kept() -> None:
    ru = deidentify("Ученик Петя Иванов из 7Б не сдаёт домашние задания по алгебре.")
    assert ru.text == "Ученик [ИМЯ] из [КЛАСС] не сдаёт домашние задания по алгебре."
    en = deidentify("Jack Brown from class 7B never does his algebra homework.")
    assert en.text == "[NAME] from [CLASS] never does his algebra homework."


def test_plain_text_and_generic_links_are_left_alone() -> None:
    text = "Ученики 7 класса не выполняют домашние задания; статья: https://www.edutopia.org/classroom-management"
    assert deidentify(text).text == text


@pytest.mark.parametrize(("language", "texts"), [("ru", HELD_OUT_RUSSIAN), ("en", HELD_OUT_ENGLISH)])
def test_precision_and_recall_on_texts_never_tuned_on(language: str, texts: list[str]) -> None:
    precision, recall, misses = score(texts)
    print(
        f"\nde-identification held-out {language}: precision {precision:.2f}, recall {recall:.2f}, "
        f"{len(texts)} texts; " + "; ".join(misses)
    )
    assert recall >= 0.85, misses
    assert precision >= 0.8, misses
