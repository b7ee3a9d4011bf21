"""The de-identifier's last, learned step: a linear-chain CRF (CRFsuite, through python-crfsuite) that reads every
token of a text with its shape, its neighbours, dictionary evidence (lemminflect's English lexicon, pymorphy3's
Russian readings, the public figures and works of `public_names`) and what the rules found on it, and labels the
spans (BIO per kind). The rules propose; the model decides: it drops what the rules take wrongly in a register they
were not written for ("Next Steps", a form's labels) and adds what they miss (lower-case names in a chat, "SURNAME,
Firstname" registers), learning both from the labelled set. It may drop a proposal only when sure, and may add only
names where the rules proposed nothing (`DROP_CONFIDENCE`, `FREE_KINDS`).

Training (`tests/unit/privacy/train_span_model.py` in the kit, run by `make deidentifier-model`) takes two parts of
the labelled set: texts the rules were tuned on, whose rule features would only teach the model to copy the rules,
are given without them (they teach shape and context); texts written after the rules last changed are given with
them (they teach how far to trust each rule). The manifest beside the model records the rules' fingerprint it was
trained against: after a rule change, the model must be retrained on fresh texts the changed rules never saw (see
the kit's README)."""

import bisect
import hashlib
import json
import re
import threading
from collections.abc import Sequence
from dataclasses import dataclass
from functools import cache, lru_cache
from pathlib import Path
from typing import Any

from mentor_kit.privacy.english_lexicon import is_ordinary_english
from mentor_kit.privacy.public_names import PublicNames
from mentor_kit.privacy.rules import Span
from mentor_kit.privacy.russian_morphology import can_be_personal, is_known, is_ordinary_word

Features = dict[str, float]

MODEL_DIR = Path(__file__).parent / "model"
MODEL_PATH = MODEL_DIR / "spans.crfsuite"
MANIFEST_PATH = MODEL_DIR / "manifest.json"
RULE_SOURCES = ("rules.py", "deidentify.py", "public_names.py", "russian_morphology.py", "english_lexicon.py")
FEATURES_VERSION = 1
# A proposal of the rules the model labels as nothing is dropped only when the model is this sure (chosen on the
# batches held out in turn: 0.95 trades 2 points of name precision for 3 of recall against always dropping).
DROP_CONFIDENCE = 0.95
# The only kind the model may add where the rules proposed nothing: it learned a class or a phone from the shape of
# a token ("5G networks", "10X better"), while the rules know the context that makes it one.
FREE_KINDS = frozenset({"name"})

# Words, numbers and single signs: every marked span in the labelled set starts and ends on these boundaries.
_TOKEN = re.compile(r"[^\W\d_]+|\d+|\S")
_LATIN = re.compile(r"[A-Za-z]")
_CYRILLIC = re.compile(r"[А-Яа-яЁё]")
_UPPER = re.compile(r"[A-ZА-ЯЁÀ-ÖØ-Þ]")
_LOWER = re.compile(r"[a-zа-яёß-öø-ÿ]")
_REPEAT = re.compile(r"(.)\1+")
# A word written with a capital after a lower-case word or a comma: capitalised for itself, not for its position.
_CAPITAL_MID_SENTENCE = re.compile(r"(?<=[a-zа-яё,;] )[A-ZА-ЯЁ][a-zа-яё]+")
_CHAT_LINE = re.compile(r"\s*\[?\d{1,2}[:.]\d{2}")


def rules_fingerprint() -> str:
    """A hash of the rules' source: the model was trained against the rules with this fingerprint."""
    digest = hashlib.sha256()
    for name in RULE_SOURCES:
        digest.update((Path(__file__).parent / name).read_bytes())
    return digest.hexdigest()


def tokens(text: str) -> list[tuple[int, int]]:
    return [match.span() for match in _TOKEN.finditer(text)]


@lru_cache(maxsize=65_536)
def _shape(word: str) -> str:
    shape = _LOWER.sub("x", _UPPER.sub("X", word))
    return _REPEAT.sub(r"\1\1", re.sub(r"\d", "d", shape))


@lru_cache(maxsize=65_536)
def _word_features(word: str) -> tuple[tuple[str, float], ...]:
    """What the word itself says, independent of where it stands (cached: words repeat across texts)."""
    found = {f"w={word.lower()}": 1.0, f"shape={_shape(word)}": 1.0, f"suffix={word[-3:].lower()}": 1.0}
    found[f"suffix2={word[-2:].lower()}"] = 1.0
    found[f"prefix={word[:2].lower()}"] = 1.0
    if word[:1].isupper():
        found["capital"] = 1.0
    if word.isupper() and len(word) > 1:
        found["upper"] = 1.0
    if word.isalpha() and _LATIN.match(word) and len(word) > 1:
        found["latin"] = 1.0
        found["ordinary_english"] = float(is_ordinary_english(word))
    elif word.isalpha() and _CYRILLIC.match(word):
        found["cyrillic"] = 1.0
        if len(word) > 1 and word[:1].isupper():
            found["can_be_personal"] = float(can_be_personal(word))
            found["ordinary_russian"] = float(is_ordinary_word(word))
            found["known_russian"] = float(is_known(word))
    return tuple(found.items())


_NEIGHBOUR_KEYS = ("capital", "ordinary_english", "can_be_personal", "ordinary_russian")


def token_features(
    text: str, spans_of_tokens: Sequence[tuple[int, int]], public: PublicNames, rule_spans: Sequence[Span] | None
) -> list[Features]:
    """Each token's features; `rule_spans` None leaves out what the rules found (training on rule-tuned texts).
    `public` is the text's public names, read once for the rules and the model."""
    capital_mid = {match.group(0).lower() for match in _CAPITAL_MID_SENTENCE.finditer(text)}
    words = [text[start:end] for start, end in spans_of_tokens]
    own = [dict(_word_features(word)) for word in words]
    rule_label = bio_labels(spans_of_tokens, rule_spans, partial=True) if rule_spans is not None else None
    # A word the rules took for a name somewhere is likely one wherever else it stands ("jess" after "Jess:").
    named = {words[i].lower() for i, label in enumerate(rule_label or ()) if label.endswith("-name")}
    capitalised = {word.lower() for word in words if word[:1].isupper()}
    lines = _Lines(text)
    previous_line: _Line | None = None
    result: list[Features] = []
    for i, (start, end) in enumerate(spans_of_tokens):
        features = dict(own[i])
        gap = text[spans_of_tokens[i - 1][1] : start] if i else "\n"
        features["newline_before" if "\n" in gap else "space_before" if gap else "glued"] = 1.0
        if i == 0 or words[i - 1] in ".!?" or "\n" in gap:
            features["sentence_start"] = 1.0
        if public.covers(text, start, end):
            features["public"] = 1.0
        if words[i].lower() in capital_mid:
            features["capital_mid_sentence_in_text"] = 1.0
        if words[i].islower() and words[i] in capitalised:
            features["capitalised_elsewhere"] = 1.0
        if words[i].lower() in named and len(words[i]) > 1:
            features["named_elsewhere_by_rules"] = 1.0
        line = lines.of(start)
        if line is not previous_line:
            features["line_first"] = 1.0
        previous_line = line
        if line.chat:
            features["chat_line"] = 1.0
        if line.in_capitals:
            features["line_in_capitals"] = 1.0
        if line.last_colon >= end:
            features["before_colon_on_line"] = 1.0
        for offset in (-2, -1, 1, 2):
            j = i + offset
            if not 0 <= j < len(words):
                features[f"{offset}:w=<edge>"] = 1.0
                continue
            features[f"{offset}:w={words[j].lower()}"] = 1.0
            features[f"{offset}:shape={_shape(words[j])}"] = 1.0
            if offset in (-1, 1):
                for key in _NEIGHBOUR_KEYS:
                    if key in own[j]:
                        features[f"{offset}:{key}"] = own[j][key]
        features[f"w-1={words[i - 1].lower() if i else '<edge>'}|{words[i].lower()}"] = 1.0
        features[f"w+1={words[i].lower()}|{words[i + 1].lower() if i + 1 < len(words) else '<edge>'}"] = 1.0
        if rule_label is not None:
            features[f"rule={rule_label[i]}"] = 1.0
            for offset in (-1, 1):
                j = i + offset
                features[f"{offset}:rule={rule_label[j] if 0 <= j < len(words) else '<edge>'}"] = 1.0
        result.append(features)
    return result


@dataclass(frozen=True)
class _Line:
    chat: bool
    in_capitals: bool
    last_colon: int  # -1 when the line has none


class _Lines:
    """The line a position lies on, found by bisection and described once per line (a token's line used to be
    searched for from the token, quadratic in a long line)."""

    def __init__(self, text: str) -> None:
        self._text = text
        self._breaks = [match.start() for match in re.finditer("\n", text)]
        self._described: dict[int, _Line] = {}

    def of(self, position: int) -> _Line:
        number = bisect.bisect_left(self._breaks, position)
        line = self._described.get(number)
        if line is None:
            start = self._breaks[number - 1] + 1 if number else 0
            end = self._breaks[number] if number < len(self._breaks) else len(self._text)
            text = self._text[start:end]
            line = _Line(bool(_CHAT_LINE.match(text)), text.isupper(), self._text.rfind(":", start, end))
            self._described[number] = line
        return line


def bio_labels(
    spans_of_tokens: Sequence[tuple[int, int]], spans: Sequence[Span], *, partial: bool = False
) -> list[str]:
    """B-kind / I-kind / O per token. A token only partly inside a span counts with `partial` (rule evidence), not
    for gold labels, which always fall on token boundaries."""
    labels = ["O"] * len(spans_of_tokens)
    starts = [token_start for token_start, _ in spans_of_tokens]
    ends = [token_end for _, token_end in spans_of_tokens]
    for start, end, kind in spans:
        # Tokens are ordered and disjoint: those in a span form one run from the first that could be in it.
        i = bisect.bisect_right(ends, start) if partial else bisect.bisect_left(starts, start)
        first = True
        while i < len(spans_of_tokens) and starts[i] < end and (partial or ends[i] <= end):
            labels[i] = f"{'B' if first else 'I'}-{kind}"
            first = False
            i += 1
    return labels


# A span never runs across a line break or a table's gap ("Wiktoria   L 08", "Ciarán\nMENSAH, Kwabena").
_BREAK = re.compile(r"\n|\t|\s{2}")


def spans_from_labels(text: str, spans_of_tokens: Sequence[tuple[int, int]], labels: Sequence[str]) -> list[Span]:
    found: list[Span] = []
    current: list[Any] | None = None
    for (start, end), label in zip(spans_of_tokens, labels, strict=True):
        tag, _, kind = label.partition("-")
        if tag == "I" and current is not None and current[2] == kind and not _BREAK.search(text, current[1], start):
            current[1] = end
            continue
        if current is not None:
            found.append((current[0], current[1], current[2]))
            current = None
        if tag in ("B", "I"):
            current = [start, end, kind]
    if current is not None:
        found.append((current[0], current[1], current[2]))
    return found


class _Disjoint:
    """Spans that do not overlap one another, sorted: whether a span overlaps one of them, by bisection."""

    def __init__(self, spans: Sequence[Span]) -> None:
        self._spans = sorted(spans)
        self._starts = [start for start, _, _ in self._spans]

    def overlaps(self, span: Span) -> bool:
        before = bisect.bisect_left(self._starts, span[1])  # the spans starting before this one ends
        return before > 0 and self._spans[before - 1][1] > span[0]


@dataclass(frozen=True)
class Manifest:
    rules_fingerprint: str
    features_version: int
    data: dict[str, Any]

    @staticmethod
    def read(path: Path = MANIFEST_PATH) -> "Manifest":
        raw = json.loads(path.read_text(encoding="utf-8"))
        return Manifest(raw["rules_fingerprint"], raw["features_version"], raw["data"])


class SpanModel:
    """A trained model loaded once per process; CRFsuite's tagger is not thread-safe, so calls are serialised."""

    _lock = threading.Lock()

    def __init__(self, path: Path = MODEL_PATH) -> None:
        import pycrfsuite

        self._tagger: Any = pycrfsuite.Tagger()
        self._tagger.open(str(path))

    def spans(self, text: str, public: PublicNames, rule_spans: Sequence[Span]) -> list[Span]:
        spans_of_tokens = tokens(text)
        if not spans_of_tokens:
            return []
        features = token_features(text, spans_of_tokens, public, rule_spans)
        with self._lock:
            labels = self._tagger.tag(features)
            outside = [self._tagger.marginal("O", i) for i in range(len(spans_of_tokens))]
        rules = _Disjoint(rule_spans)  # merged proposals never overlap
        decided = [
            span
            for span in spans_from_labels(text, spans_of_tokens, labels)
            if span[2] in FREE_KINDS or rules.overlaps(span)
        ]
        taken = _Disjoint(decided)
        starts = [start for start, _ in spans_of_tokens]
        ends = [end for _, end in spans_of_tokens]
        kept = []
        for rule in rule_spans:
            if taken.overlaps(rule):
                continue
            inside_rule = outside[bisect.bisect_right(ends, rule[0]) : bisect.bisect_left(starts, rule[1])]
            if inside_rule and sum(inside_rule) / len(inside_rule) < DROP_CONFIDENCE:
                kept.append(rule)
        return sorted(decided + kept)


@cache
def span_model() -> SpanModel:
    """The model shipped in the package, loaded once per process (under 0.1 s)."""
    return SpanModel()
