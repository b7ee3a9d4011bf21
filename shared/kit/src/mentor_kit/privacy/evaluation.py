"""Scoring the de-identifier against labelled texts: exact span matching, per category.

A labelled text marks each personal reference as {{kind|text}}; a found redaction counts as right only when its
start, end and kind all equal a marked one's. Used by the kit's tests and by `bench/deidentify.py`."""

import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field

from mentor_kit.privacy.deidentify import Deidentified, deidentify

MARK = re.compile(r"\{\{(\w+)\|(.+?)\}\}")

Span = tuple[int, int, str]


def parse(marked: str) -> tuple[str, list[Span]]:
    """The plain text of a labelled text and its marked spans (start, end, kind)."""
    text, spans, cursor = "", [], 0
    for match in MARK.finditer(marked):
        text += marked[cursor : match.start()]
        spans.append((len(text), len(text) + len(match.group(2)), match.group(1)))
        text += match.group(2)
        cursor = match.end()
    return text + marked[cursor:], spans


@dataclass
class Tally:
    gold: int = 0
    found: int = 0
    right: int = 0

    @property
    def precision(self) -> float:
        return self.right / self.found if self.found else 1.0

    @property
    def recall(self) -> float:
        return self.right / self.gold if self.gold else 1.0


@dataclass
class Score:
    per_kind: dict[str, Tally] = field(default_factory=dict)
    errors: list[str] = field(default_factory=list)

    @property
    def total(self) -> Tally:
        return Tally(
            sum(t.gold for t in self.per_kind.values()),
            sum(t.found for t in self.per_kind.values()),
            sum(t.right for t in self.per_kind.values()),
        )

    def table(self) -> str:
        rows = [f"{'category':10s} {'gold':>5s} {'found':>6s} {'precision':>10s} {'recall':>7s}"]
        for kind, t in [*sorted(self.per_kind.items()), ("all", self.total)]:
            rows.append(f"{kind:10s} {t.gold:5d} {t.found:6d} {t.precision:10.2f} {t.recall:7.2f}")
        return "\n".join(rows)


def score(texts: Iterable[str], run: Callable[[str], Deidentified] = deidentify) -> Score:
    result = Score()
    for marked in texts:
        text, gold = parse(marked)
        found = {(r.start, r.end, r.kind) for r in run(text).redactions}
        expected = set(gold)
        for *_, kind in expected:
            result.per_kind.setdefault(kind, Tally()).gold += 1
        for *_, kind in found:
            result.per_kind.setdefault(kind, Tally()).found += 1
        for *_, kind in found & expected:
            result.per_kind[kind].right += 1
        for start, end, kind in sorted(expected - found):
            result.errors.append(f"missed {kind} {text[start:end]!r} in {text[:40]!r}")
        for start, end, kind in sorted(found - expected):
            result.errors.append(f"wrong {kind} {text[start:end]!r} in {text[:40]!r}")
    return result
