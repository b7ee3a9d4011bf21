"""An English lexicon with parts of speech (lemminflect's, from the NIH SPECIALIST lexicon) as evidence about a
capitalised word that only weak signs make a name: "Ready, Respectful, Safe", "Next Steps", "Teacher Development"
are ordinary words written with a capital; "Reece", "Henderson", "Mateusz" are not in the lexicon at all. It is never
a reason to find a name, only to doubt one found by capitalisation alone. Loaded once per process on first use
(about 0.8 s)."""

import threading
from functools import cache, lru_cache
from typing import Any


class _Lexicon:
    _lock = threading.Lock()

    def __init__(self) -> None:
        import lemminflect

        self._lemminflect: Any = lemminflect

    def parts_of_speech(self, word: str) -> set[str]:
        with self._lock:
            return set(self._lemminflect.getAllLemmas(word.lower()))


@cache
def _lexicon() -> _Lexicon:
    return _Lexicon()


@lru_cache(maxsize=8192)
def is_ordinary_english(word: str) -> bool:
    """The lexicon knows the word as a noun, a verb, an adjective or an adverb ("Category", "Learned", "Never")."""
    return bool(_lexicon().parts_of_speech(word))
