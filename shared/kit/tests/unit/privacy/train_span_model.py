"""Train the de-identifier's span model on the labelled set and write it with its manifest into the kit's package
(`mentor_kit/privacy/model/`). Run with `make deidentifier-model` (about a minute); deterministic for the same texts,
rules and parameters.

Texts the rules were tuned on are given without rule features (the rules fit them almost perfectly, so their
features would only teach the model to copy the rules); texts the rules never saw are given with them, so the model
learns how far each proposal can be trusted. The held-out batch is never given."""

import hashlib
import json
import sys
from collections.abc import Iterable, Sequence
from pathlib import Path

import pycrfsuite

from mentor_kit.privacy.deidentify import detect_language, find_by_rules
from mentor_kit.privacy.evaluation import parse
from mentor_kit.privacy.public_names import PublicNames
from mentor_kit.privacy.span_model import (
    FEATURES_VERSION,
    MANIFEST_PATH,
    MODEL_PATH,
    bio_labels,
    rules_fingerprint,
    token_features,
    tokens,
)

PARAMETERS = {"c1": 0.05, "c2": 0.05, "max_iterations": 200, "feature.possible_transitions": True}


def example(marked: str, *, with_rules: bool) -> tuple[list[dict[str, float]], list[str]]:
    text, gold = parse(marked)
    spans_of_tokens = tokens(text)
    public = PublicNames(text)
    proposed = None
    if with_rules:
        proposed = [(r.start, r.end, r.kind) for r in find_by_rules(text, detect_language(text), public)]
    return token_features(text, spans_of_tokens, public, proposed), bio_labels(spans_of_tokens, gold)


def train(rules_tuned: Iterable[str], rules_unseen: Iterable[str], path: Path) -> None:
    trainer = pycrfsuite.Trainer(verbose=False)
    for texts, with_rules in ((rules_tuned, False), (rules_unseen, True)):
        for marked in texts:
            features, labels = example(marked, with_rules=with_rules)
            trainer.append(features, labels)
    trainer.set_params(PARAMETERS)
    trainer.train(str(path))


def fingerprint(texts: Sequence[str]) -> str:
    return hashlib.sha256("\x00".join(texts).encode()).hexdigest()


def main() -> int:
    sys.path.insert(0, str(Path(__file__).resolve().parents[3]))
    from tests.unit.privacy.labelled_tuned import RULES_TUNED, RULES_UNSEEN

    MODEL_PATH.parent.mkdir(exist_ok=True)
    train(RULES_TUNED, RULES_UNSEEN, MODEL_PATH)
    manifest = {
        "rules_fingerprint": rules_fingerprint(),
        "features_version": FEATURES_VERSION,
        "data": {
            "rules_tuned_texts": len(RULES_TUNED),
            "rules_unseen_texts": len(RULES_UNSEEN),
            "texts_sha256": fingerprint(RULES_TUNED + RULES_UNSEEN),
            "parameters": PARAMETERS,
        },
    }
    MANIFEST_PATH.write_text(json.dumps(manifest, indent=2) + "\n", encoding="utf-8")
    print(f"wrote {MODEL_PATH} ({MODEL_PATH.stat().st_size:,} bytes) and {MANIFEST_PATH}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
