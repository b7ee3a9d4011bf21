"""Pattern rules for what a named-entity model does not see: contacts, school numbers, addresses, class labels,
initials and English names. Each rule yields (start, end, kind)."""

import re
from collections.abc import Iterator

Span = tuple[int, int, str]

_EMAIL = re.compile(r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+")
_URL = re.compile(
    r"(?:https?://|www\.)[^\s<>«»\"]+|\b(?:vk\.com|t\.me|ok\.ru|instagram\.com|facebook\.com)/[^\s<>«»\"]+",
    re.IGNORECASE,
)
_SOCIAL = re.compile(
    r"vk\.com|t\.me|ok\.ru|instagram\.com|facebook\.com|fb\.com|tiktok\.com|youtube\.com/(?:@|c/|user/)", re.IGNORECASE
)
_PERSONAL_URL_PART = re.compile(r"[?#@~]|/id\d|\d{3,}|(?:user|profile|people|member)s?/", re.IGNORECASE)
_PHONE = re.compile(
    r"(?<![\w+])(?:\+7|8)[\s\-]*\(?\d{3}\)?[\s\-]*\d{3}[\s\-]*\d{2}[\s\-]*\d{2}(?!\d)"
    r"|(?<![\w+])\+\d{1,3}(?:[\s\-()]*\d){7,12}(?!\d)"
    r"|(?<![\w-])\d{3}-\d{2}-\d{2}(?![\w-])"
    r"|\(\d{3,5}\)\s*\d{2,3}[\s\-]?\d{2}[\s\-]?\d{2}"
)
_RU_SCHOOL = re.compile(
    r"(?:(?:ГБОУ|МБОУ|МАОУ|ГОУ|МОУ|ЧОУ|АНОО?)\s+(?:г\.\s*Москвы\s+)?)?"
    r"(?:СОШ|ООШ|[Шш]кол\w*|[Лл]ице\w*|[Гг]имнази\w*|[Кк]олледж\w*|[Цц]ентр\w*\s+образования|[Дд]етск\w+\s+сад\w*)"
    r"\s*(?:«[^»\n]{1,60}»|\"[^\"\n]{1,60}\"|(?:№|N|No\.?)\s*\d+|\d{2,5}\b)"
    r"|(?:ГБОУ|МБОУ|МАОУ|ГОУ|МОУ|ЧОУ)\s+(?:г\.\s*Москвы\s+)?(?:«[^»\n]{1,60}»|\"[^\"\n]{1,60}\"|(?:№|N)\s*\d+)"
)
_EN_SCHOOL = re.compile(
    r"\b(?:School|Lyceum|Gymnasium|Academy|College)\s+(?:No\.?\s*|#\s*|number\s+)?\d+\b"
    r"|\b(?:[A-Z][a-z]+\s+){1,3}(?:High|Primary|Secondary|Grammar|Elementary|Middle)?\s*School\b"
)
_RU_ADDRESS = re.compile(
    r"(?:\b(?:ул\.|улиц\w+|пр-т|просп\.|проспект\w*|пер\.|переул\w+|бульвар\w*|б-р|шоссе|наб\.|набережн\w+|"
    r"пл\.|площад\w+|проезд\w*|мкр\.?|микрорайон\w*)\s+[А-ЯЁ0-9][\w\-ёЁ]*(?:\s+[А-ЯЁ0-9][\w\-ёЁ]*){0,3}"
    r"|[А-ЯЁ][а-яё]+(?:ая|ий|ой|ом|ую|ого|ей|ем)\s+(?:улиц\w+|проспект\w*|переул\w+|бульвар\w*|шоссе|набережн\w+))"
    r"(?:,?\s*(?:д\.|дом)\s*\d+\w*)?(?:,?\s*(?:корп\.|корпус|к\.|стр\.|строение)\s*\d+)?"
    r"(?:,?\s*(?:кв\.|квартир\w*)\s*\d+)?"
    r"|\b(?:д\.|дом)\s*\d+\w*(?:,?\s*(?:корп\.|к\.|стр\.)\s*\d+)?,?\s*(?:кв\.|квартир\w*)\s*\d+"
)
_EN_ADDRESS = re.compile(
    r"\b\d+\s+(?:[A-Z][a-z]+\s+){1,3}(?:Street|St\.|Avenue|Ave\.|Road|Rd\.|Lane|Ln\.|Boulevard|Blvd\.|Drive|Dr\.|"
    r"Way|Court|Ct\.|Place|Pl\.)(?:,?\s*(?:Apt\.?|Apartment|Flat)\s*\d+\w?)?"
)
_CLASS_LETTER = r"(?:«[А-ЯЁA-Z]»|\"[А-ЯЁA-Z]\"|[А-ЯЁ](?![а-яёА-ЯЁ]))"
_RU_CLASS = re.compile(
    r"(?<![\d\w])(?:[1-9]|1[01])(?:-?(?:го|м|й|ом|ого|ым|х))?\s*[-–]?\s*"
    + _CLASS_LETTER
    + r"|(?<![\d\w])(?:[1-9]|1[01])\s*[-–]?\s*[а-яё](?=\s*класс)"
)
_EN_CLASS = re.compile(
    r"\b(?:class|form|grade|year)\s+(?:[1-9]|1[0-2])\s*-?\s*[A-Z]\b|\b(?:[1-9]|1[0-2])-?[A-H]\b(?!-)", re.IGNORECASE
)
_RU_INITIALS = re.compile(
    r"\b[А-ЯЁ]\.\s?[А-ЯЁ]\.\s?[А-ЯЁ][а-яё]+(?:-[А-ЯЁ][а-яё]+)?|\b[А-ЯЁ][а-яё]+(?:-[А-ЯЁ][а-яё]+)?\s+[А-ЯЁ]\.\s?[А-ЯЁ]\."
)
_EN_TITLED = re.compile(r"\b(?:Mr|Mrs|Ms|Miss|Dr|Prof)\.?\s+[A-Z][a-z]+(?:[\s-][A-Z][a-z]+)?")
_EN_FIRST_NAMES = (
    "James John Robert Michael William David Richard Joseph Thomas Charles Daniel Matthew Anthony Mark Steven Paul "
    "Andrew Joshua Kevin Brian George Edward Ryan Jacob Gary Nicholas Eric Jonathan Stephen Larry Justin Scott "
    "Brandon Benjamin Samuel Frank Gregory Alexander Patrick Jack Dennis Tyler Aaron Henry Adam Peter Nathan Zach "
    "Kyle Ethan Noah Liam Oliver Lucas Mason Logan Harry Alfie Charlie Oscar Leo Max Tom Tim Ben Sam Alex Dan "
    "Mary Patricia Jennifer Linda Elizabeth Barbara Susan Jessica Sarah Karen Lisa Nancy Betty Sandra Margaret "
    "Ashley Kimberly Emily Donna Michelle Carol Amanda Melissa Deborah Stephanie Rebecca Laura Sharon Cynthia "
    "Kathleen Amy Angela Helen Anna Brenda Pamela Nicole Emma Samantha Katherine Christine Rachel Olivia Sophia "
    "Isabella Mia Charlotte Amelia Harper Ella Grace Chloe Lily Lucy Ruby Alice Kate Jane Julia Maria Natalie "
    "Ivan Dmitry Sergey Olga Tatiana Natalia Irina Elena Svetlana Anastasia Ekaterina Masha Petya Vanya Misha"
).split()
_EN_NAME = re.compile(r"\b(?:" + "|".join(_EN_FIRST_NAMES) + r")(?:\s+[A-Z][a-z]+(?:-[A-Z][a-z]+)?)?\b")

RUSSIAN_RULES: tuple[tuple[re.Pattern[str], str], ...] = (
    (_EMAIL, "email"),
    (_PHONE, "phone"),
    (_RU_SCHOOL, "school"),
    (_RU_ADDRESS, "address"),
    (_RU_CLASS, "class"),
    (_RU_INITIALS, "name"),
)
ENGLISH_RULES: tuple[tuple[re.Pattern[str], str], ...] = (
    (_EMAIL, "email"),
    (_PHONE, "phone"),
    (_EN_SCHOOL, "school"),
    (_EN_ADDRESS, "address"),
    (_EN_CLASS, "class"),
    (_EN_TITLED, "name"),
    (_EN_NAME, "name"),
)


def personal_urls(text: str) -> Iterator[Span]:
    """URLs of social profiles, or with ids, e-mails or query strings in them; plain resource links stay."""
    for match in _URL.finditer(text):
        url = match.group(0).rstrip(".,;:)!?")
        if _SOCIAL.search(url) or _PERSONAL_URL_PART.search(
            url.split("//", 1)[-1].split("/", 1)[-1] if "/" in url else ""
        ):
            yield match.start(), match.start() + len(url), "url"


def rule_spans(text: str, rules: tuple[tuple[re.Pattern[str], str], ...]) -> Iterator[Span]:
    yield from personal_urls(text)
    for pattern, kind in rules:
        for match in pattern.finditer(text):
            start, end = match.span()
            while end > start and text[end - 1] in " ,.;:":
                end -= 1
            if end > start:
                yield start, end, kind
