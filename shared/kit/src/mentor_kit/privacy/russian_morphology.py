"""pymorphy3's Russian dictionary (OpenCorpora, in the `pymorphy3-dicts-ru` package) as evidence about capitalised
words the named-entity model left alone: whether a word can be a first name, a surname or a patronymic, whether it
is an ordinary word first ("Марка ручки", "Вера в себя"), and whether the dictionary knows it at all ("Нодирбек" is
not in it: inside a sentence, an unknown capitalised word is most often a name). Loaded once per process on first
use (0.1 s, 15 MB)."""

import threading
from functools import cache, lru_cache
from typing import Any

_PERSONAL = {"Name", "Surn", "Patr"}
_PLACE_OR_BODY = {"Geox", "Orgn", "Trad"}


class _Morphology:
    _lock = threading.Lock()

    def __init__(self) -> None:
        import pymorphy3

        self._analyzer: Any = pymorphy3.MorphAnalyzer(lang="ru")

    def parses(self, word: str) -> list[Any]:
        with self._lock:
            return list(self._analyzer.parse(word))

    def known(self, word: str) -> bool:
        with self._lock:
            return bool(self._analyzer.word_is_known(word.lower()))


@cache
def _morphology() -> _Morphology:
    return _Morphology()


@lru_cache(maxsize=4096)
def can_be_personal(word: str) -> bool:
    """Some reading of the word is a first name, a surname or a patronymic."""
    return any(_PERSONAL & set(parse.tag.grammemes) for parse in _morphology().parses(word))


@lru_cache(maxsize=4096)
def is_ordinary_word(word: str) -> bool:
    """The dictionary knows the word and reads it first as something other than a person or a place (score at least
    a quarter): "Марка" (a brand's mark), "Вера" (faith), "Кремль"."""
    if not _morphology().known(word):
        return False
    return any(
        parse.score >= 0.25 and not ((_PERSONAL | _PLACE_OR_BODY) & set(parse.tag.grammemes))
        for parse in _morphology().parses(word)
    )


@lru_cache(maxsize=4096)
def is_place_or_body(word: str) -> bool:
    """The most likely reading is a place or an organisation ("Казань", "Ангару")."""
    parses = _morphology().parses(word)
    return bool(parses) and bool(_PLACE_OR_BODY & set(parses[0].tag.grammemes))


@lru_cache(maxsize=4096)
def first_reading_is_personal(word: str) -> bool:
    """The most likely reading, by at least a half, is a first name, a surname or a patronymic ("Настя")."""
    parses = _morphology().parses(word)
    return bool(parses) and parses[0].score >= 0.5 and bool(_PERSONAL & set(parses[0].tag.grammemes))


@lru_cache(maxsize=4096)
def is_known(word: str) -> bool:
    return _morphology().known(word)


@lru_cache(maxsize=4096)
def is_thing_or_group(word: str) -> bool:
    """The dictionary knows the word and no reading is one animate being or a person's name: "Самоанализ",
    "Десятиклассники" (a group), but not "Соловей" (a bird, and a surname) or "Вера"."""
    parses = _morphology().parses(word)
    return (
        _morphology().known(word)
        and bool(parses)
        and not any(
            ({"anim", "sing"} <= set(parse.tag.grammemes)) or (_PERSONAL & set(parse.tag.grammemes)) for parse in parses
        )
    )
