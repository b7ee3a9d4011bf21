"""The de-identifier's span model: its tokens carry every labelled span, its labels decode back to the spans, the
shipped model was trained on the current rules and the current labelled set (never on the held-out batch), and it
changes the rules' proposals where they are wrong."""

import pytest

from mentor_kit.privacy import deidentify
from mentor_kit.privacy.deidentify import find_by_rules
from mentor_kit.privacy.evaluation import parse
from mentor_kit.privacy.public_names import PublicNames
from mentor_kit.privacy.span_model import (
    FEATURES_VERSION,
    Manifest,
    bio_labels,
    rules_fingerprint,
    spans_from_labels,
    tokens,
)

from .labelled_held_out_8 import HELD_OUT_8_ENGLISH, HELD_OUT_8_RUSSIAN
from .labelled_held_out_9 import HELD_OUT_9_ENGLISH, HELD_OUT_9_RUSSIAN
from .labelled_tuned import RULES_TUNED, RULES_UNSEEN
from .train_span_model import fingerprint

EVERYTHING = RULES_TUNED + RULES_UNSEEN + HELD_OUT_8_RUSSIAN + HELD_OUT_8_ENGLISH


def test_labelled_spans_start_and_end_on_token_boundaries_and_decode_back() -> None:
    """All but a possessive or plural written without an apostrophe ("kaylas mum", "two Olivias"), whose name
    ends inside a word: the model cannot mark those, the rules still can."""
    spans_checked, inside_a_word = 0, []
    for marked in EVERYTHING:
        text, gold = parse(marked)
        spans_of_tokens = tokens(text)
        starts = {start for start, _ in spans_of_tokens}
        ends = {end for _, end in spans_of_tokens}
        aligned = []
        for start, end, kind in gold:
            if start in starts and end in ends:
                aligned.append((start, end, kind))
            else:
                inside_a_word.append((kind, text[start:end] + text[end]))
        assert sorted(spans_from_labels(text, spans_of_tokens, bio_labels(spans_of_tokens, aligned))) == sorted(aligned)
        spans_checked += len(gold)
    assert spans_checked > 9_000
    assert len(inside_a_word) <= 10
    assert all(kind == "name" and word.endswith("s") for kind, word in inside_a_word), inside_a_word


def test_the_shipped_model_was_trained_on_the_current_rules_and_labelled_set() -> None:
    manifest = Manifest.read()
    assert manifest.rules_fingerprint == rules_fingerprint(), "the rules changed: see the kit README, retrain"
    assert manifest.features_version == FEATURES_VERSION
    assert manifest.data["texts_sha256"] == fingerprint(RULES_TUNED + RULES_UNSEEN), "make deidentifier-model"
    assert manifest.data["rules_tuned_texts"] == len(RULES_TUNED) > 2_000
    assert manifest.data["rules_unseen_texts"] == len(RULES_UNSEEN) > 700


def test_the_held_out_batches_are_not_in_the_training_data() -> None:
    training = {parse(marked)[0] for marked in RULES_TUNED + RULES_UNSEEN}
    held_out = [
        parse(marked)[0] for marked in HELD_OUT_8_RUSSIAN + HELD_OUT_8_ENGLISH + HELD_OUT_9_RUSSIAN + HELD_OUT_9_ENGLISH
    ]
    assert len(held_out) == 260
    assert not [text[:60] for text in held_out if text in training]


def found(text: str) -> list[tuple[str, str]]:
    return [(text[r.start : r.end], r.kind) for r in deidentify(text).redactions]


def proposed(text: str) -> list[tuple[str, str]]:
    return [(text[r.start : r.end], r.kind) for r in find_by_rules(text, "en", PublicNames(text))]


@pytest.mark.parametrize(
    ("text", "names"),
    [
        ("[16:02] sam: can someone cover 9R p3? kai and bella still need their exam papers", ["kai", "bella"]),
        (
            "[07:10] me: is jordan in today? his mum rang\n[07:12] lou: saw him at the gate with bella",
            ["jordan", "bella"],
        ),
        ("ok so ellie-may was crying again and mr p said to leave it, tbh i think her dad is the issue", ["ellie-may"]),
        (
            "пишу с телефона. вика опять не пришла, мама её сказала что заболела, а саня из 7б ржал весь урок",
            ["вика", "саня"],
        ),
        ("MENSAH, Kwabena   /\nNOWAK, Wiktoria   L\n", ["MENSAH, Kwabena", "NOWAK, Wiktoria"]),
    ],
)
def test_the_model_adds_names_the_rules_miss(text: str, names: list[str]) -> None:
    language = "ru" if "вика" in text else "en"
    rules = [(text[r.start : r.end], r.kind) for r in find_by_rules(text, language, PublicNames(text))]
    for name in names:
        assert (name, "name") not in rules
        assert (name, "name") in found(text)


def test_the_model_drops_what_the_rules_take_wrongly() -> None:
    text = "Next Steps For Learning\nPupil Premium Strategy Review\nQuality First Teaching Across The Year"
    assert ("Premium Strategy Review", "name") in proposed(text)
    assert found(text) == []


def test_the_model_keeps_the_rules_negative_controls() -> None:
    for text in ("We watched a 4K film about 5G networks.", "The results were 10X better than last year."):
        assert found(text) == proposed(text) == []
