"""One scanner for every privacy test: the author's secrets, and their obvious variants, must appear in none of the
texts collected from each source (responses others received, events on both exchanges, stream frames, e-mails to
others, log lines). A scan that read nothing proves nothing: every source named must have collected something, and
a positive control shows the scanner finds the secrets where they belong (the author's own view).
"""

import json
import re
from collections.abc import Iterable
from dataclasses import dataclass, field

_SPACES = re.compile(r"\s+")
_NUMBER = re.compile(r"№\s*(\d{2,})")


def _normal(text: str) -> str:
    return _SPACES.sub(" ", text).casefold()


def _readable(text: str | bytes) -> str:
    """The text as people read it: bytes decoded, JSON's \\u escapes undone (a name escaped in a JSON body is the
    same leak)."""
    decoded = text.decode("utf-8", errors="replace") if isinstance(text, bytes) else text
    if "\\u" in decoded:
        try:
            decoded += "\n" + json.dumps(json.loads(decoded), ensure_ascii=False)
        except ValueError:
            pass
    return decoded


def variants(secret: str) -> set[str]:
    """The secret as written and as it may leak: any case and spacing, a name's surname and reversed order, an
    e-mail's local part, a school number however it is written (№ 1234, №1234, номер 1234, школа 1234)."""
    found = {_normal(secret)}
    words = secret.split()
    if "@" in secret:
        local = secret.split("@", 1)[0]
        if len(local) >= 5:
            found.add(local.casefold())
    elif len(words) == 2 and all(w[:1].isupper() for w in words):  # a person's name
        found.add(_normal(f"{words[1]} {words[0]}"))
        if len(words[1]) >= 5:  # the surname alone; a short one would match ordinary words
            found.add(words[1].casefold())
    for number in _NUMBER.findall(secret):
        found |= {f"№ {number}", f"№{number}", f"номер {number}", f"школа {number}", f"школы {number}"}
    return {v for v in found if v}


@dataclass
class PrivacyScan:
    secrets: Iterable[str]
    collected: dict[str, list[str]] = field(default_factory=dict)
    _forms: dict[str, set[str]] = field(init=False, repr=False)

    def __post_init__(self) -> None:
        self.secrets = list(self.secrets)
        self._forms = {secret: variants(secret) for secret in self.secrets}  # once, not per text scanned

    def add(self, source: str, *texts: str | bytes) -> None:
        self.collected.setdefault(source, []).extend(_readable(t) for t in texts)

    def found_in(self, text: str | bytes) -> list[str]:
        normal = _normal(_readable(text))
        return [secret for secret, forms in self._forms.items() if any(form in normal for form in forms)]

    def positive_control(self, author_view: str | bytes) -> None:
        """The scanner finds the secrets in what the author is allowed to see: it can see a leak."""
        assert self.found_in(author_view), "the positive control found no secret in the author's own view"

    def assert_clean(self, *required: str) -> None:
        """Every `required` source collected something, and no secret (in any variant) is in any source."""
        for source in required:
            assert any(t.strip() for t in self.collected.get(source, [])), f"nothing collected from {source}"
        leaks = [
            (source, secret, text[:200])
            for source, texts in self.collected.items()
            for text in texts
            for secret in self.found_in(text)
        ]
        assert not leaks, f"the author's identity leaked: {leaks[:5]}"
