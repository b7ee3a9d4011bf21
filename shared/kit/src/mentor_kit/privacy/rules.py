"""Pattern rules for what a named-entity model does not see: contacts, school numbers, addresses, class labels,
initials and English names. Each rule yields (start, end, kind)."""

import re
from collections.abc import Iterator

from mentor_kit.privacy.english_lexicon import is_ordinary_english
from mentor_kit.privacy.russian_morphology import (
    can_be_personal,
    first_reading_is_personal,
    is_known,
    is_ordinary_word,
    is_place_or_body,
    is_thing_or_group,
)

Span = tuple[int, int, str]

_EMAIL = re.compile(r"[\w.+-]{1,64}@[\w-]{1,63}(?:\.[\w-]{1,63}){1,8}")
_URL = re.compile(
    r"(?:https?://|www\.)[^\s<>«»\"]+"
    r"|\b(?:vk\.com|vk\.ru|t\.me|telegram\.me|wa\.me|ok\.ru|instagram\.com|facebook\.com|fb\.com|tiktok\.com|"
    r"twitter\.com|x\.com|linkedin\.com|youtube\.com|api\.whatsapp\.com|chat\.whatsapp\.com|discord\.gg|"
    r"zoom\.us/j|twitch\.tv|classroom\.google\.com/c)/[^\s<>«»\"]+"
    # a teacher's or a school's own site written without "https://"
    r"|\b(?:[\w-]{1,63}\.){0,8}(?:nsportal\.ru|multiurok\.ru|infourok\.ru|mskobr\.ru|edublogs\.org|wixsite\.com|blogspot\.com|"
    r"blogspot\.co\.uk|wordpress\.com|weebly\.com|"
    r"sch\.uk)(?:/[^\s<>«»\"]*)?",
    re.IGNORECASE,
)
_SOCIAL = re.compile(
    r"\b(?:vk\.com|vk\.ru|t\.me|telegram\.me|wa\.me|ok\.ru|instagram\.com|facebook\.com|fb\.com|tiktok\.com|twitter\.com)|"
    r"\bx\.com|linkedin\.com/in/|api\.whatsapp\.com|chat\.whatsapp\.com/|discord\.gg/|zoom\.us/j/|"
    r"youtube\.com/(?:@|c/|user/)|twitch\.tv/|classroom\.google\.com/c/",
    re.IGNORECASE,
)
_PERSONAL_URL_PART = re.compile(
    r"[?#@~]|/id\d|/(?:[a-z]+[-_.]?)?\d{5,}(?:/|$)|(?:user|profile|people|member)s?/|class-?\d|klass|gimn|licey|sch\d",
    re.IGNORECASE,
)
_PHONE = re.compile(
    r"(?<![\w+])(?:\+7|8)[\s\-]*\(?\d{3}\)?[\s\-]*\d{3}[\s\-]*\d{2}[\s\-]*\d{2}(?!\d)"
    r"|(?<![\w+])(?:\+7|8)[\s\-]*\(\d{4,5}\)[\s\-]*\d{1,3}[\s\-]*\d{2}[\s\-]*\d{2}(?!\d)"
    r"|(?<![\w+])(?:\+7|8)-\d{4}-\d{2}-\d{2}-\d{2}(?!\d)"
    r"|(?<![\w+\-])04\d{2}[^\S\n]\d{3}[^\S\n]\d{3}(?![\d\-])"  # an Australian mobile: 0412 345 678
    r"|(?<![\w+])\+\d{1,3}(?:[\s\-()]*\d){7,12}(?!\d)"
    r"|(?<![\w-])\d{3}-\d{2}-\d{2}(?![\w-])"
    r"|\(\d{3,5}\)\s*\d{2,3}[\s\-]?\d{2}[\s\-]?\d{2}(?!\d)"
    # UK national numbers: 07700 900123, 020 7946 0958, 0161 496 0000; US: (415) 555-0132, 415-555-0132.
    r"|(?<![\w+\-])0(?:\d{4}[\s-]?\d{3}[\s-]?\d{3}|\d{2}[\s-]?\d{4}[\s-]?\d{4}|\d{3}[\s-]?\d{3}[\s-]?\d{4})(?![\d\-])"
    r"|(?<![\w+\-])\(0\d{2,4}\)\s?\d{3,4}\s?\d{3,4}(?!\d)"
    r"|(?<![\w+\-])(?:\(\d{3}\)\s?|\d{3}-)\d{3}-\d{4}(?![\d\-])"
    r"|(?<![\w+\-.])(?:\(\d{3}\)|\d{3})[ .]\d{3}[ .-]\d{4}(?![\d\-])"
)
_RU_SCHOOL = re.compile(
    r"(?:(?:ГБОУ|МБОУ|МАОУ|МКОУ|ГКОУ|ГАОУ|КГБОУ|ОГБОУ|ГБПОУ|МБДОУ|МАДОУ|ГБДОУ|ГОУ|МОУ|ЧОУ|АНОО?)\s+"
    r"(?:г\.\s*Москвы\s+)?)?"
    r"(?:СОШ|ООШ|НОШ|ЦО|[Шш]кол\w*(?:-интернат\w*)?|[Лл]ице(?!нз)\w*|[Гг]имнази\w*|[Кк]олледж\w*|[Тт]ехникум\w*|"
    r"[Цц]ентр\w*\s+образования|[Дд]етск\w+\s+сад\w*|[Кк]адетск\w+\s+(?:школ|корпус)\w*)"
    r"\s*(?:«[^»\n]{1,60}»|\"[^\"\n]{1,60}\"|(?:№|N|No\.?|номер)\s*\d+|\d{2,5}\b)"
    r"(?:\s+(?:имени|им\.)\s*(?:[А-ЯЁ]\.\s?){0,2}[А-ЯЁ][а-яё]+(?:\s+[А-ЯЁ][а-яё]+){0,2})?"
    r"|(?:ГБОУ|МБОУ|МАОУ|МКОУ|ГКОУ|ГАОУ|КГБОУ|ОГБОУ|ГБПОУ|МБДОУ|МАДОУ|ГБДОУ|ГОУ|МОУ|ЧОУ)\s+"
    r"(?:г\.\s*Москвы\s+)?(?:«[^»\n]{1,60}»|\"[^\"\n]{1,60}\"|(?:№|N)\s*\d+)"
    # "из 57-й школы", "в 1535-м лицее"
    r"|(?<![\d\w])\d{1,4}-?(?:я|й|ю|ой|ую|ая|ей|м|ом)\s+(?:[Шш]кол\w*|[Гг]имнази\w*|[Лл]ице(?!нз)\w*)"
    # "гимназию имени Пушкина", "школа им. А. С. Пушкина"
    r"|(?:[Шш]кол\w*|[Лл]ице(?!нз)\w*|[Гг]имнази\w*)\s+(?:имени|им\.)\s*(?:[А-ЯЁ]\.\s?){0,2}[А-ЯЁ][а-яё]+"
    r"(?:\s+[А-ЯЁ][а-яё]+){0,2}"
    # a village school by its adjective: "Берёзовской ООШ"
    r"|[А-ЯЁ][а-яё]+(?:ская|ской|скую|ский|ского|ском|ая|ой|ую)\s+(?:СОШ|ООШ|НОШ)\b"
)
_EN_SCHOOL = re.compile(
    r"\b(?:School|Lyceum|Gymnasium|Academy|College)[^\S\n]+(?:No\.?[^\S\n]*|#[^\S\n]*|number[^\S\n]+)?\d+\b"
    r"|\b(?:[A-Z][a-z]+[^\S\n]+){1,3}(?:(?:High|Primary|Secondary|Grammar|Elementary|Middle)[^\S\n]+)?School\b"
)
_RU_ADDRESS = re.compile(
    r"(?:\b(?:ул\.|улиц\w+|пр-т|просп\.|проспект\w*|пер\.|переул\w+|бульвар\w*|б-р|шоссе|наб\.|набережн\w+|"
    r"пл\.|площад\w+|проезд\w*|мкр\.?|микрорайон\w*|пр\.)\s*[А-ЯЁ0-9][\w\-ёЁ]*(?:\s+[А-ЯЁ0-9][\w\-ёЁ]*){0,3}"
    r"|[А-ЯЁ][а-яё]+(?:ая|ий|ый|ой|ом|ую|ого|ей|ем|ое)\s+(?:улиц\w+|проспект\w*|переул\w+|бульвар\w*|шоссе|набережн\w+|"
    r"ул\.|пер\.|пр-т|просп\.|б-р|наб\.|ш\.))"
    r"(?:,?\s*(?:д\.|дом)\s*\d+\w*|,?\s+\d{1,3}[а-я]?(?:[-/]\d{1,4})?(?![\d.,:]\d))?"
    r"(?:,?\s*(?:корп\.|корпус|к\.|стр\.|строение)\s*\d+)?"
    r"(?:,?\s*(?:кв\.|квартир\w*)\s*\d+)?"
    r"|\b(?:д\.|дом)\s*\d+\w*(?:,?\s*(?:корп\.|к\.|стр\.)\s*\d+)?,?\s*(?:кв\.|квартир\w*)\s*\d+"
    # "в доме 7 по улице Мира", "дом 12 на Садовой"
    r"|\b(?:д\.|дом[аеу]?)\s*\d+\w*\s+(?:по|на)\s+(?:ул\.\s*|улиц[аеы]\s+)?[А-ЯЁ][а-яё]+(?:-[А-ЯЁ][а-яё]+)?"
)
_EN_ADDRESS = re.compile(
    r"(?:\b(?:Flat|Apartment|Apt\.?|Unit)\s*\d+\w?,?\s+(?:[A-Z][a-z]+\s+(?:House|Court|Mansions|Tower|Lodge),?\s+)?)?"
    r"\b\d+[a-z]?,?\s+(?:(?:[A-Z][a-z]+(?:['’]s)?\s+){1,3}"
    r"(?:Street|St\.?|Avenue|Ave\.?|Road|Rd\.?|Lane|Ln\.|Boulevard|Blvd\.|Drive|Dr\.|Way|Court|Ct\.|Place|Pl\.|Close|"
    r"Crescent|Gardens|Grove|Terrace|Row|Square|Mews|Rise|Walk|View|Parade|Hill|Wynd|Gate|Green|Vale)\b"
    r"|[A-Z][a-z]+(?:way|gate)\b)"
    r"(?:,?\s*(?:Apt\.?|Apartment|Flat)\s*\d+\w?)?"
    # a form filled in capitals: "FLAT 6, 19 CROMWELL STREET"
    r"|(?:\b(?:FLAT|APARTMENT|UNIT)[^\S\n]*\d+[A-Z]?,?[^\S\n]+)?\b\d+[A-Z]?,?[^\S\n]+(?:[A-Z]+[^\S\n]+){1,3}"
    r"(?:STREET|ROAD|AVENUE|LANE|DRIVE|CLOSE|WAY|COURT|CRESCENT|PLACE|TERRACE|GARDENS|GROVE)\b"
)
_CLASS_LETTER = r"(?:«[А-ЯЁA-Z]»|\"[А-ЯЁA-Z]\"|[А-ЯЁ](?![а-яёА-ЯЁ]))"
_RU_CLASS = re.compile(
    r"(?<![\d\w])(?:[1-9]|1[01])(?:-?(?:го|м|й|ом|ого|ым|х))?\s*[-–]?\s*"
    + _CLASS_LETTER
    + r"|(?<![\d\w])(?:[1-9]|1[01])\s*[-–]?\s*[а-яё](?=\s*класс)"
    + r"|(?<![\d\w.,])(?:[1-9]|1[01])[абвдеж](?![\w])"
)
# "5G networks", "a 4K film", "a 5K run": a format, a network or a distance, not a class.
_EN_NOT_CLASS_AFTER = re.compile(
    r"[^\S\n]+(?:networks?|signal|coverage|masts?|phones?|internet|data|films?|TVs?|videos?|screens?|monitors?|runs?|"
    r"race)\b",
    re.IGNORECASE,
)
_EN_CLASS = re.compile(
    # a set code with its subject (10Y/Ma1, 9Ma4), before the shorter codes it starts with
    r"\b(?-i:(?:[1-9]|1[0-3])(?:[A-Z]/)?(?:[A-Z][a-z]{1,2}|PE|RE|DT|IT|MFL)[1-9])\b(?![-/])|"
    r"\b(?:class|form|grade|year)\s+(?:[1-9]|1[0-2])\s*[-/]?\s*(?-i:[A-Z])\b|\b(?:[1-9]|1[0-2])-?[A-H]\b(?!-)"
    # "reports for 7K", "7P's trip": other letters only in capitals and not a format or a network (4K, 5G, 3D)
    r"|\b(?-i:(?!\d{1,2}X\b)(?:[1-9]|1[0-2])[I-Z])\b(?![-\w])"
    # a set code: year, band letter, set number (8X3); with a subject (10Y/Ma1, 9Ma4)
    r"|\b(?:[1-9]|1[0-3])[A-Z][1-9]\b(?!-)"
    # a Scottish primary or secondary class with its letter (P5C, S2B)
    r"|\b(?-i:[PS][1-7][A-Z])\b(?![-\w])",
    re.IGNORECASE,
)
_RU_INITIALS = re.compile(
    r"\b[А-ЯЁ]\.[^\S\n]?[А-ЯЁ]\.[^\S\n]?[А-ЯЁ][а-яё]+(?:-[А-ЯЁ][а-яё]+)?"
    r"|\b[А-ЯЁ][а-яё]+(?:-[А-ЯЁ][а-яё]+)?[^\S\n]+[А-ЯЁ]\.[^\S\n]?[А-ЯЁ]\."
)
# --- Messenger handles and Russian personal numbers -------------------------------------------------------------
_HANDLE = re.compile(r"(?<![\w.@/])@(?!\d{1,2}(?:am|pm)\b)(?=[\w.]*[A-Za-z])[A-Za-z0-9_][A-Za-z0-9_.]{2,31}(?<!\.)")
_DOCUMENT = re.compile(
    r"(?<![\d\-])\d{3}[\s\-]\d{3}[\s\-]\d{3}[\s\-]\d{2}(?![\d\-])"  # СНИЛС 123-456-789 01, 123 456 789 01
    r"|(?<![\d\-])\d{2}\s?\d{2}[\s\-]\d{6}(?![\d\-])"  # passport series and number together: 45 06 123456, 4506-123456
    r"|\b[IVX]{1,4}-[А-ЯЁ]{2}[^\S\n]*№?[^\S\n]*\d{6}(?!\d)"  # a birth certificate: II-МЮ № 654321
    r"|(?<![\d\-])\d{4}[\s\-]\d{4}[\s\-]\d{4}[\s\-]\d{4}(?![\d\-])|(?<!\d)\d{16}(?!\d)"  # ОМС policy 16 digits
    r"|(?<![\d+\-])\d{12}(?![\d\-])|(?<![\d+\-])[0-69]\d{10}(?![\d\-])"  # a personal ИНН; a СНИЛС unformatted
)
# English personal numbers: a National Insurance number on its own; NHS, UPN, ULN and passport numbers by their key.
_EN_DOCUMENT = re.compile(
    r"\b[A-Z]{2}[^\S\n]?\d{2}[^\S\n]?\d{2}[^\S\n]?\d{2}[^\S\n]?[A-D]\b"
    r"|(?<![\d\-])\d{3}-\d{3}-\d{3}[\s\-]\d{2}(?![\d\-])"  # a Russian СНИЛС in an English text
)
_EN_KEYED_DOCUMENT = re.compile(
    r"\b(?:NHS|UPN|ULN|NI|National Insurance|[Pp]assport|SSN|Social Security)(?:\s+(?:number|no\.?|#))?[^\d\n]{0,90}?"
    r"([A-Z]?\d[\d ]{6,14}\d)(?!\d)"
)
# A personal ИНН has 12 digits (an organisation's 10 are not personal); a passport 10; a СНИЛС 11; a policy 16.
_KEYED_INN = re.compile(r"\bИНН\b[^\d\n]{0,70}?(\d{12}|\d{10})(?!\d)", re.IGNORECASE)
# ... unless the ИНН is an organisation's: "ИНН центра", "реквизиты ООО".
_ORGANISATION_NEAR = re.compile(
    r"организаци|ООО|ОАО|АО\b|ИП\b|центр|школ|реквизит|получател|банк|договор|фирм|компани", re.I
)
_KEYED_DOCUMENT = re.compile(
    r"\b(?:СНИЛС|паспорт\w*|полис\w*|ОМС)\b[^\d\n]{0,70}?(\d{10}|\d{11}|\d{16})(?!\d)",
    re.IGNORECASE,
)

# --- A school's building or branch ------------------------------------------------------------------------------
_SCHOOL_NEAR = re.compile(r"школ|лице|гимнази|колледж|СОШ|ГБОУ|МБОУ|School|Academy|College|Lyceum", re.IGNORECASE)
_BUILDING = re.compile(
    r"\b(?:[Кк]орпус\w*|[Оо]тделени\w+|[Сс]троени\w+|[Зз]дани\w+|[Фф]илиал\w*|[Пп]лощадк\w+)\s*(?:№\s*)?\d{1,3}\b"
    r"|\b\d{1,2}-?(?:м|й|ом|ем|ое|ого)?\s+(?:корпус\w*|отделени\w+|здани\w+|филиал\w*)"
    r"|\b(?:Building|Block|Site|Campus)\s+\d{1,3}\b"
    r"|\b(?:[Зз]дани|[Фф]илиал|[Кк]орпус|[Оо]тделени)\w*\s+на\s+[А-ЯЁ][а-яё]+(?:-[А-ЯЁ][а-яё]+)?"
    r"(?:\s+(?:улиц\w+|проспект\w*|площад\w+|шоссе))?"
    r"|\b[Дд]ошкольн\w+\s+(?:отделени|корпус|групп)\w*"
    r"|\b(?:Block|Building|Wing)[^\S\n]+[A-Z]\b(?![\w'’-])"
)
# "the Oakfield site", "Cedars Campus", "the Lower School building": a named site or building of a school (not the
# generic "Science Block" or "Main Building").
_NAMED_SITE = re.compile(r"\b((?:[A-Z][a-z]+[^\S\n]+){1,2})(?:[Ss]ite|Campus|campus|[Bb]uilding|Annexe)\b")
_NOT_A_SITE_NAME = frozenset(
    """The This That Our Their My Your Its A An New Old School Science Sports Music Art Arts Technology Maths
    English Drama Sixth Form Building Construction Caravan Camp Heritage World Test Web Home Car Bus Work Ofsted
    Each Every Another One Whole Same Other""".split()
)
_COMPASS = frozenset("North South East West".split())


_SCHOOL_LIFE = re.compile(
    r"урок|завуч|класс|учени|учител|директор|кружок|кружк|педсовет|продл[её]нк|четверт|олимпиад|школьн|экскурси|"
    r"родител|«[А-ЯЁ]»|"
    r"lesson|pupil|teacher|headteacher|timetable|club|assembly|science|classroom|playground|corridor|staff\s?room|"
    r"department|form tutor|year \d|кабинет|комплекс|ECTs?\b|timetabled",
    re.IGNORECASE,
)


_CAMPUS = re.compile(r"\b(?:[A-Z][a-z]+[^\S\n]+){1,2}Campus\b")


def school_buildings(text: str) -> Iterator[Span]:
    """A building or branch number counts as identifying in a text that speaks of a school or school life (a house's
    "корпус" is part of an address, which takes precedence); a named campus does anywhere."""
    about_school = _SCHOOL_NEAR.search(text) or _SCHOOL_LIFE.search(text)
    if about_school:
        for match in _BUILDING.finditer(text):
            yield match.start(), match.end(), "school"
    for match in (_NAMED_SITE if about_school else _CAMPUS).finditer(text):
        words = match.group(0).split()[:-1]
        if words[0] == "Main":
            if match.group(0).endswith("Campus"):
                yield match.start(), match.end(), "school"  # one of a split school's sites; "the Main Building" is not
            continue
        if (words[0] in _EN_STOP and words[0] not in _COMPASS) or words[0] in _NOT_A_SITE_NAME:
            continue  # "Which building", "the New Building"
        if words[-1] != "School" and words[-1] in _NOT_A_SITE_NAME:
            continue  # "the Science Block site"
        yield match.start(), match.end(), "school"


# "Whitaker in 10X": a year and a band letter from the end of the alphabet is a set only after a word that places
# someone in it (alone, "10X" may be "ten times").
_EN_LATE_SET = re.compile(
    r"\b(?:in|from|of|into|set|with|teach|teaches|teaching|taught)\s+((?:[1-9]|1[0-3])[I-Z])(?![\w-])"
)


# "In my form (7JW)": a form named by its year and its tutor's initials.
_EN_FORM_CODE = re.compile(
    r"\b(?:form|tutor group|class|reg group|tutees?(?:[^\S\n]+in)?)(?:[^\S\n]+(?:on entry|code))?[^\S\n]*[:,]?"
    r"[^\S\n]*\(?[^\S\n]*"
    r"(\d{1,2}[A-Z]{2,3})\b",
    re.IGNORECASE,
)
# A college group: "группа ТМ-21", "в ИС-22".
_RU_GROUP = re.compile(r"(?<![\w-])[А-ЯЁ]{1,4}-\d{2,3}[а-я]?(?![\w-])")


def late_set_codes(text: str) -> Iterator[Span]:
    for match in _EN_FORM_CODE.finditer(text):
        if match.group(1)[-2:] not in ("PM", "AM"):
            word_before = re.search(
                r"\b(?:form|class)[^\S\n]$", text[max(0, match.start(1) - 6) : match.start(1)], re.I
            )
            start = match.start(1) - len(word_before.group(0)) if word_before else match.start(1)
            yield start, match.end(1), "class"  # "in my form 9EL"; "Class on entry: 7EL", "(7JW)"
    for match in _RU_GROUP.finditer(text):
        if match.group(0).split("-")[0] not in ("ЕГЭ", "ОГЭ", "ВПР", "СП", "ФЗ", "ГОСТ", "МКБ", "ПК", "ГТО"):
            yield match.start(), match.end(), "class"
    for match in _EN_LATE_SET.finditer(text):
        yield match.start(1), match.end(1), "class"


# --- English names, without a first-name list: titles, context, capitalisation --------------------------------
_UP = "A-ZÀ-ÖØ-ÞĀĂĄĆČĎĐĒĖĘĚĞĢĪĮİĶĹĻĽŁŃŅŇŌŐŒŔŘŚŞŠŢŤŪŮŰŲŹŻŽ"
_LOW = "a-zß-öø-ÿā-žș-țơưạ-ỹ"  # Vietnamese letters too ("Bảo")
_TOKEN = rf"(?:[{_UP}](?:['’][{_UP}])?[{_LOW}]+(?:[{_UP}][{_LOW}]+)?(?:-[{_UP}][{_LOW}]+){{0,3}})"
_PARTICLE = (
    r"(?:[Vv]an|[Vv]on|[Dd]e|[Dd]er|[Dd]en|[Dd]a|[Dd]i|[Dd]u|[Ll]e|[Ll]a|bin|ibn|al|ap|ab|ni|nic|Ó|Ní|Nic|Ua|Mac)"
)
# A name never runs across a line break ("Mia Thornton-Hall\nReported by") or a table's wider gap ("Jayden Carter
# ␣␣␣␣Form: 7R").
_SPACE = r"[^\S\n]{1,2}(?![^\S\n])"
_FULL = _TOKEN + r"(?:" + _SPACE + r"(?:" + _PARTICLE + _SPACE + r")*" + _TOKEN + r"){0,2}"
_EN_TITLED = re.compile(
    r"\b(?:(?:Mr|Mrs|Ms|Mx|Dr|Prof)\.?|Miss|Sir|Coach)"  # "Miss." ends a sentence ("Miss. Ask Leon")
    + _SPACE
    + r"(?:[A-Z]\.\s?){0,2}(?:"
    + _PARTICLE
    + _SPACE
    + r")*"
    + _FULL
)
# "J. Smith", "A. J. Okafor": initials before a capitalised word.
_EN_INITIALS = re.compile(r"(?<![\w.])(?:[A-Z]\.\s?){1,2}(" + _TOKEN + r")\b")
_EN_CONTEXT = re.compile(
    r"\b(?:[Ss]tudent|[Pp]upil|[Cc]olleague|[Pp]arent|[Mm]other|[Ff]ather|[Mm]um|[Mm]om|[Dd]ad|[Ss]on|[Dd]aughter|"
    r"[Bb]rother|[Ss]ister|[Bb]oy|[Gg]irl|[Cc]hild|[Cc]lassmate|[Ff]riend|[Tt]eacher|[Hh]eadteacher|[Pp]rincipal|"
    r"[Mm]entor|[Tt]rainee|[Gg]randmother|[Gg]randfather|[Gg]randma|[Gg]randpa|[Gg]uardian|[Ss]tepfather|"
    r"[Ss]tepmother|[Aa]unt|[Uu]ncle|[Nn]amed|[Cc]alled|[Dd]eputy|[Hh]ead|[Tt]eaching assistant|[Tt]utor|"
    r"[Mm]other of|[Ff]ather of|[Pp]arents of|[Ff]amily of|[Cc]hild of|[Mm]om of|[Mm]um of|[Dd]ad of|[Pp]arent of|"
    r"[Cc]arer of|[Gg]randma of|[Gg]randmother of|[Aa]unt of|[Uu]ncle of|[Ss]ister of|[Bb]rother of|"
    r"[Tt]win|[Ss]ibling|[Nn]ephew|[Nn]iece|"
    r"[Cc]ousin|[Ss]tepson|[Ss]tepdaughter|[Cc]arer|[Ff]oster carer|[Nn]ewcomer|[Ss]tepdad|[Ss]tepmum|[Ss]tepmom|"
    r"[Pp]artner|[Bb]oyfriend|[Gg]irlfriend|[Hh]usband|[Ww]ife|TA|[Gg]randad|[Gg]randson|[Gg]randdaughter|[Tt]utee|"
    r"[Nn]icknamed|[Kk]nown as|Nurse|Coach|Matron|Chef|Officer|PC|Sergeant|Reverend|Rev\.|Pastor|Imam|Rabbi|"
    r"Cllr|Councillor|Governor|Auntie|Nana|Nanny|Grandad)s?,?[^\S\n]+['‘\"“]?(" + _FULL + r")"
)
_EN_FROM_OFFICE = re.compile(
    r"\b(" + _TOKEN + r")\s+(?:from|in|at)\s+(?:the\s+)?(?:office|reception|admin|finance|HR|canteen|kitchen|"
    r"front desk|site team|pastoral team|attendance team|library|exams office|[A-Za-z]+ department|[A-Za-z]+ faculty)\b"
)
_EN_POSSESSIVE = re.compile(
    r"\b(" + _FULL + r")(?:['’]s|(?<=s)['’])\s+(?:reading|writing|spelling|handwriting|progress|teacher|tutor|TA|"
    r"keyworker|social worker|uniform|mood|attitude|confidence|anxiety|health|allergy|allergies|absences?|lateness|"
    r"grandparents|cousins?|dog|pet|house|home|laptop|tablet|iPad|team|locker|mother|father|mum|mom|dad|parents?|family|grandmother|grandfather|grandma|"
    r"grandpa|brother|sister|guardian|stepfather|stepmother|aunt|uncle|homework|essay|behaviou?r|friends?|"
    r"classmates?|twin|siblings?|carers?|nan|gran|phone|bag|books?|marks|grades|report|seat|work|paper|test|exam|"
    r"folder|planner|coat|lunch|desk|place|name|diagnosis|needs|attendance|results?|score|project|story|drawing|"
    r"painting|answer|question|idea|husband|wife|partner|birthday|party|EHCP|IEP|plan|review|case|file|referral|"
    r"assessment|diagnosis|medication|meds|appointment|reports|results|books|papers|tests|grades|TikTok|Instagram|"
    r"Snapchat|account|profile|post|video|photo|point of view|view|side|perspective|version|words|behalf|blog|site|"
    r"channel|page|vlog|podcast)\b"
)
_EN_SUBJECT = re.compile(
    r"\b(" + _TOKEN + r")\s+(?:(?:finally|still|just|often|sometimes|already|eventually|suddenly|actually|really|"
    r"also|even|then|now|again|repeatedly|constantly)\s+)?(?:got|gets|made|makes|took|takes|brought|forgot|lost|won|"
    r"said|says|told|tells|asked|asks|refuses|refused|cries|cried|keeps|kept|wants|wanted|"
    r"hits|shouted|shouts|won't|can't|doesn't|didn't|never|always|came|comes|started|stopped|sits|sat|laughed|"
    r"wrote|writes|rang|called|threw|threatened|swore|ran|runs|walked|left|missed|hates|likes|loves|punched|kicked|"
    r"pushed|hit|slapped|bit|stole|grabbed|bullied|teased|texted|messaged|emailed|shoved|spat|screamed|yelled|"
    r"admitted|denied|claimed|complained|apologised|apologized|hid|hides|fell|fought|fights|lied|lies|cheated|"
    r"copied|slept|sleeps|bit|stole|ran off|walked out|disappeared|vanished|cried|sobbed|shouted|screamed|bites|spits|"
    r"swears|kicks|punches|pushes|throws|broke|breaks|tore|sobs|sulks|storms|wanders|giggles|whines|scratches|"
    r"pinches|steals|bullies|teases|hugs|clings|screams|yells|arrives|leaves|shuts down|freezes|panics|stammers|"
    r"stutters|mutters|hums|rocks|flaps|refuse|won't|wouldn't|couldn't|isn't|wasn't|reads|draws|sings|talks|chats|"
    r"plays|shouts out|calls out|whispers|wanders off|disrupts|distracts|needs help)\b"
    # any other verb in the past tense: "Bartek arrived", "Dana ignored me"
    r"|\b(" + _TOKEN + r")(?=\s+[a-z]{2,}(?<!need)(?<!speed)(?<!bed)(?<!red)ed\b)"
)
# "Ashworth-Bell, the Year 11 pupil": a capitalised name set off by a comma before a description of a person.
_EN_APPOSITIVE = re.compile(
    r"\b(" + _FULL + r"),\s+(?:a|an|the|my|our|his|her|their|one of (?:my|our|the))\s+(?:[\w'’-]+\s+){0,3}?"
    r"(?:pupil|student|boy|girl|child|kid|lad|teenager|learner|tutee|mum|mother|dad|father|parent|colleague|"
    r"teacher|TA|SENCo|newcomer|twin|son|daughter|brother|sister|grandmother|grandfather|carer|tutee|mentee|"
    r"(?:Year|year|Y)[^\S\n]?\d{1,2})s?\b"
)
# "Pupil: Oluwaseun Adebayo", "Present: J. Okafor, Mrs Patel": the value of a form's field about a person.
_EN_FIELD = re.compile(
    r"(?im)(?:^|(?<=[.;]\s))[^\S\n]*(?:pupil|child|student|learner|witness(?:es)?|reported by|recorded by|logged by|"
    r"staff(?: member)?|"
    r"teacher|name|parent|carer|present|attendees|apologies|from|to|cc|signed|author|contact|mentor|mentee|ta|"
    r"victim|alleged perpetrator|observer|tutor)s?:[^\S\n]*(?-i:(?:(?:Mr|Mrs|Ms|Miss|Mx|Dr)\.?[^\S\n]+)?"
    r"(?:[A-Z]\.[^\S\n]?){0,2}(" + _FULL + r"))"
)
# "Hi Gemma", "Dear Mr Okafor", "Thanks, Priya"; a signature: the text's last line, or "– Ellie, ECT2".
_EN_GREETING = re.compile(
    r"(?m)(?:^|(?<=\n))[^\S\n]*(?:Hi|Hello|Dear|Hey|Morning|Evening|Thanks|Thank you|Cheers|Regards|Best|"
    r"Best wishes|Kind regards|Many thanks|Love|Sincerely|Yours),?[^\S\n]+(" + _FULL + r")\b"
    r"|(?:Regards|Thanks|Best wishes|Many thanks|Cheers|Sincerely|Best|Yours|Yours sincerely|Love),?[^\S\n]*\n"
    r"[^\S\n]*(" + _FULL + r")\b"
)
_EN_LAST_THANKS = re.compile(
    r"\b(?:Thanks|Thank you|Cheers|Regards|Best|Love|Ta),?[^\S\n]+("
    + _FULL
    + r")(?:[^\S\n]*\([^)\n]{1,30}\))?[.!]?\s*$"
)
_EN_SIGNATURE = re.compile(r"(?:\n[^\S\n]*(?:[–—-][^\S\n]*)?)(" + _FULL + r")(?=[^\S\n]*(?:,[^\n]*)?(?:\n|$))")
_EN_RELATIVE_IN_BRACKETS = re.compile(
    r"\b(?:[Mm]um|[Mm]other|[Dd]ad|[Ff]ather|[Nn]an|[Gg]ran|[Gg]randma|[Gg]randad|[Cc]arer|[Ss]tepdad|[Ss]tepmum|"
    r"[Bb]rother|[Ss]ister|[Aa]unt|[Uu]ncle|TA|[Tt]eacher|[Tt]echnician|[Tt]utor|[Ss]ocial worker)[^\S\n]*\(("
    + _FULL
    + r")\)"
)
_EN_NICKNAME = re.compile(
    r"\b(?:call|calls|called|nicknamed|known as)\s+(?:him|her|them|me|each other)?\s*[\"'‘“]([A-Z][\w'’-]+)[\"'’”]"
)
# 'Alexandru is "Alex"': what someone is called, in quotes.
_EN_QUOTED_NICKNAME = re.compile(r"\b[A-Z][a-z]+[^\S\n]+(?:is|was)[^\S\n]+[\"“‘']([A-Z][a-z]+)[\"”’']")
_EN_SUBJECT_LINE = re.compile(
    r"(?im)^subject:[^\n]*?[–—-][^\S\n]*(?-i:(" + _FULL + r"))[^\S\n]*$"
    r"|^subject:(?:[^\S\n]*(?:re|fwd?|fw):)*[^\S\n]*(?-i:(" + _FULL + r"))[^\S\n]+[–—-][^\S\n]"
)
# "Alfie and his sister Bea": a capitalised word joined to someone's relative is a person.
_EN_WITH_RELATIVE = re.compile(
    r"\b(" + _TOKEN + r")\s+and\s+(?:his|her|their)\s+(?:little\s+|older\s+|younger\s+|twin\s+|best\s+)?"
    r"(?:sister|brother|twin|cousin|mum|mother|dad|father|friend|parents?|nan|gran|grandma|grandad|carer)\b"
)
# "Dmitri (my mentee, second-year physics)": a bracket that describes a person after a capitalised word.
_EN_DESCRIBED = re.compile(
    r"\b(" + _FULL + r")[^\S\n]*\((?:my|our|his|her|their|the|a|an)[^\S\n]+(?:[\w-]+[^\S\n]+){0,2}?"
    r"(?:mentee|mentor|pupil|student|tutee|son|daughter|mum|dad|mother|father|sister|brother|TA|colleague|friend|"
    r"child|carer|twin|cousin|aunt|uncle|nan|gran)s?\b"
)
# "Email from Jenny", "a written statement from Abdullahi Hassan": what someone sent or said.
_EN_FROM_SENDER = re.compile(
    r"\b(?:[Ee]mails?|[Mm]essages?|[Nn]otes?|[Tt]exts?|[Ll]etters?|[Cc]alls?|[Vv]oicemails?|[Cc]omplaints?|[Rr]eply|"
    r"[Rr]esponse|[Ss]tatements?|[Cc]ard|[Pp]hone call|DMs?|WhatsApps?|[Uu]pdate|[Nn]ews|[Ff]eedback|[Rr]equest|"
    r"[Qq]uestion|[Ff]orwarding this|[Ff]orwarded)[^\S\n]+(?:from|by)[^\S\n]+"
    r"(?:(?:Mr|Mrs|Ms|Miss|Dr)\.?[^\S\n]+)?"
    r"(" + _FULL + r")"
)
_EN_NOT_A_LABEL_NAME = re.compile(
    r"Date|Time|Subject|Re|Fwd|Location|Room|Period|Topic|Objective|Homework|Notes?|Update|Reminder|Tips?|Question|"
    r"Answer|Result|Outcome|Action|Venue|Place|Focus|Theme|Text|Book|Unit|Lesson|Title|Agenda|Item|Summary|Description|"
    r"Aim|Task|Resources|Starter|Plenary|Main|Warning|PS|NB|Context|Background|Problem|Issue|Concern|Request|Help|"
    r"Status|Plan|Next|Step|Steps|Target|Targets|Feedback|Evidence|Impact|Strengths|Weaknesses|Support|Priority|"
    r"Present|Absent|Apologies|Attendees|Attending|Chair|Minutes|Actions|Decisions|Agreed|Signed|Contact|Email|Phone|"
    r"Tel|Mobile|Address|Name|Pupil|Student|Teacher|Parent|Class|Group|Set|Lunch|Break|Registration|Reason|Incident"
)
# "Front row: Ruby (hearing aid), Zara", "Back: Liam.": a short label, then one capitalised word alone.
_EN_LABELLED = re.compile(
    r"(?m)(?:^|(?<=[.;?!]\s))[^\S\n]*([A-Z][a-z]+)(?:[^\S\n][a-z]+)?:[^\S\n]+(" + _TOKEN + r")(?=[^\S\n]*(?:[.,;(]|$))"
)
# "A.K. (Year 9C) has had four detentions": initials standing for a pupil.
_EN_INITIALS_ONLY = re.compile(
    r"\b([A-Z]\.[^\S\n]?[A-Z]\.)(?=[^\S\n]*\((?:Year|Form|class|Y\d|set)|[^\S\n]+(?:has|had|is|was|said|says|refused|"
    r"missed|told|came|left|hit|cried|keeps|wants))"
)
# "Reece: phone out ×2": a line opening with a name and a colon, then what about them.
_EN_LINE_NAME = re.compile(r"(?m)^[^\S\n]*(" + _TOKEN + r"):[^\S\n]+(?=[a-z×0-9])")
# "I'll call her Rosie", "let's call him Tom": a pseudonym the writer gives.
_EN_PSEUDONYM = re.compile(
    r"\b(?:(?:call|calls|calling|name)[^\S\n]+(?:him|her|them)|goes[^\S\n]+by|go[^\S\n]+by|prefers?[^\S\n]+to[^\S\n]+be[^\S\n]+called|"
    r"calls?[^\S\n]+(?:himself|herself|themselves))[^\S\n]+[\"'‘“]?(" + _TOKEN + r"(?:[^\S\n][A-Z]\b(?!\.\w))?)\b"
)
# "Niamh Gallagher – English Teacher": a name before a dash and a job title, a signature's first line.
_EN_NAME_AND_ROLE = re.compile(
    r"(?m)^[^\S\n]*(" + _FULL + r")[^\S\n]*[–—|-][^\S\n]*(?:[A-Z][a-z]+[^\S\n]+){0,2}(?:Teacher|Head|Deputy|SENCo|TA|"
    r"Mentor|Trainee|ECT\d?|NQT|Principal|Director|Lead|Coordinator|Tutor|Assistant|Manager|Leader)\b"
)
# "Ethan (8R)", "Ethan (Year 8R)": a name right before its class in brackets.
_EN_NAME_CLASS_BRACKET = re.compile(r"\b(" + _FULL + r")[^\S\n]*\((?:Year[^\S\n]*|Y)?\d{1,2}[^\S\n]?[A-Z]")
# "Olivia P.": a first name and a surname's initial.
_EN_NAME_INITIAL = re.compile(r"\b(" + _TOKEN + r"[^\S\n]+[A-Z]\.)(?=['’]s\b|[^\S\n]+[a-z]|[,;)]|$)")
# "Nat, is 11C2 in the hall?", "Leah, can you tell me": a capitalised word opening a line and addressed.
_EN_VOCATIVE = re.compile(
    r"(?m)^[^\S\n]*(?:[A-Za-z]{1,6}:[^\S\n]*)?(" + _TOKEN + r")(?:,[^\S\n]+(?=[a-z]|I\b)"
    r"|[^\S\n]+(?=(?:can|could|would|will|are|did|have|do)[^\S\n]+you\b))"  # "Jo can you cover my duty?"
)
# "... at break? Priya": a capitalised word alone ending the text after a sentence is its writer's name.
_EN_LAST_WORD_SIGNATURE = re.compile(r"[.!?][^\S\n]+(" + _TOKEN + r")\s*$")
# "Priya's off sick": "'s" for "is" before what is said of a person.
_EN_CONTRACTED_IS = re.compile(
    r"\b(" + _TOKEN + r")['’]s[^\S\n]+(?:off|not|been|got|back|late|absent|ill|sick|gone|going|having|doing|being|"
    r"coming|always|never|still|just|really|very|now|also|in tears|struggling|refusing|away|home|upset|fine|okay|OK)\b"
)
# "punched Eli", "bullied Amara": the object of an act only people do to people.
_EN_OBJECT = re.compile(
    r"\b(?:punched|kicked|pushed|hit|slapped|bit|bullied|teased|tripped|shoved|hugged|kissed|attacked|threatened|"
    r"harassed|mocked|insulted|excluded)\s+(" + _TOKEN + r")\b"
)
# "Aisha is bright", "says Kacper is bullied": a capitalised word before a weak verb is a name only when it does not
# look like a common noun (suffix or the list below) and is not a stop word.
_EN_WEAK_SUBJECT = re.compile(
    r"\b(" + _TOKEN + r")\s+(?:is|was|has|had|isn't|wasn't|hasn't|hadn't|seems|seemed|gets|got|needs|needed|"
    r"struggles|struggled|tries|tried|cannot|can|could|will|would|should|must|might|has been|was being)\b"
)
# "I told Jamie", "spoke to Aaliyah": the object of a verb of talking or teaching, guarded like a weak subject.
_EN_WEAK_OBJECT = re.compile(
    r"\b(?:told|tell|asked|ask|praised|reminded|warned|moved|thanked|helped|phoned|rang|emailed|messaged|met|"
    r"caught|supported|mentored|tutored|sanctioned|detained|congratulated|(?:spoke|speak|talked|talk|wrote|write|"
    r"chatted|listened|apologised|apologized|went over|gave it)\s+(?:to|with)|"
    # "threw a textbook at Oscar", "shouted at Kyle": what is done at someone
    r"(?:threw|thrown|throwing|shouted|shouting|swore|swearing|laughed|laughing|yelled|yelling|stared|staring|"
    r"pointed|spat|lashed out|snapped|lunged|glared)(?:[^\S\n]+(?:a|an|the|his|her|their)[^\S\n]+[a-z]+)?"
    r"[^\S\n]+at)\s+(" + _TOKEN + r")\b"
)
# "about Reuben: he has lost weight", "Tavish, who": a capitalised word right before a personal pronoun clause.
_EN_BEFORE_PRONOUN = re.compile(
    r"\b(" + _TOKEN + r")(?=(?:\s*[:,;(—–]\s*|\s+-\s+)(?:he|she|who)\b|\.[^\S\n]+(?:He|She)[^\S\n]+(?!is\b))"
)
# "Will will be off on Friday", "Mark was sent out": a name that is also a word, as the subject of a verb (not
# "Will you...", "Mark the books").
_EN_COMMON_SUFFIX = re.compile(
    r"(?:ing|tion|sion|ment|ness|ity|ance|ence|ship|ism|ogy|ics|ure|age|ery|ities|cies|gies|dies|ries|lies|nies|work|ally|ely|ously|ively|ently|"
    r"antly|ctly|stly|ghtly|fully|lessly|ably|ibly|edly|ingly|tions|sions|ments|nesses|ities|ances|ences|ships|isms|"
    r"sheets?|books?|boards?|packs?|cards?)$"
)
_EN_COMMON_NOUNS = frozenset(
    """Homework Behaviour Behavior Attendance Lunch Break Assembly Detention Marking Planning Coursework Uniform
    Everything Nothing Lesson Lessons Class Group Set Reading Writing Spelling Phonics Breakfast Dinner Morning
    Afternoon Evening Weekend Term Half Summer Winter Autumn Spring Exam Exams Test Tests Trip Club Team Staff
    Safeguarding Pastoral Support Progress Data Feedback Parents Mum Dad Nan Gran Grandma Grandpa Nobody Everybody
    Anyone Someone Which Whatever Whoever Sport Football Swimming Art Drama Music Workload Pay Bullying Truancy
    Phone Phones Internet Online Social Media Tutor Time Registration Playground Canteen Library Hall Gym Office
    Reception Nursery Infants Juniors Seniors Sixth Mocks Results Report Reports Behaviour Sanctions Rewards
    Spain France Germany Italy Portugal Poland Ukraine Romania Bulgaria Greece Turkey Syria Iraq Iran Afghanistan
    Pakistan India Bangladesh China Japan Korea Vietnam Nigeria Ghana Kenya Somalia Ethiopia Egypt Morocco Brazil
    Mexico Canada Australia Zealand Africa Asia Kazakhstan Georgia Armenia Lithuania Latvia Estonia Hungary
    Shakespeare Dickens Orwell Austen Bronte Brontë Priestley Stevenson Shelley Golding Steinbeck Tolkien Rowling
    Dahl Pushkin Tolstoy Chekhov Dostoevsky Homer Darwin Newton Einstein Churchill Napoleon Hitler Stalin
    Lenin Rivers Mountains Volcanoes Earthquakes Romans Vikings Egyptians Greeks Tudors Victorians Stuarts Saxons
    Normans Aztecs Mayans Plants Animals Habitats Forces Magnets Electricity Light Sound Rocks Fossils Space Weather
    Climate Coasts Settlements Fractions Decimals Algebra Geometry Statistics Probability Shapes Numbers Poetry
    Persuasion Myths Legends Fables Traditional Tales Seasons Festivals Oceans Continents Deserts Rainforests Water
    Materials Evolution Inheritance Cells Atoms Energy Waves Circuits Ecosystems Review Curriculum Calendar Agenda
    Minutes Notes Policy Overview Summary Planning Actions Outcomes Objectives""".split()
)
_EN_DETERMINER_BEFORE = re.compile(r"\b(?:the|a|an|this|that|our|my|your|their|its|every|each|no)\s+$", re.I)
_EN_SENTENCE_START = re.compile(r"(?:^|[.!?;]\s+|\n)\s*$")
_EN_PERSONAL_PRONOUN = re.compile(r"\b(?:he|she|him|his|her|hers|himself|herself)\b", re.IGNORECASE)
_EN_PERSON_PREDICATE = re.compile(
    r"\s+(?:(?:very|so|really|quite|always|often|never|still|now|not|a bit|be)\s+)*(?:bright|clever|quiet|shy|"
    r"lazy|rude|kind|angry|upset|anxious|withdrawn|charming|funny|gifted|autistic|dyslexic|absent|late|new|"
    r"struggling|in tears|crying|excluded|off sick|ill|unwell|hungry|tired|aggressive|violent|disruptive|"
    r"polite|lovely|sweet|behind|ahead|furious|scared|afraid|worried|happy|unhappy|lonely|bullied|hurt|pregnant|"
    r"a pupil|a student|a boy|a girl|in year|in my|in tears|on the register|on report|refusing|missing|moved|"
    r"a joy|a pleasure|a delight|a star|a credit|a sweetheart|a handful|a nightmare|a (?:rough|bad|good|hard|great|"
    r"tough|difficult|lovely) (?:day|morning|afternoon|week|time|lesson|night)|brilliant|great|excellent|wonderful|"
    r"amazing|talented|able|capable|confident|chatty|loud|sensitive|popular|isolated|vulnerable|"
    r"told|asked|sent|kept|caught|found|seen)\b"
)
# "from Kent is", "in Leeds was": after a locative preposition a capitalised word is a place.
_EN_PLACE_BEFORE = re.compile(r"\b(?:from|in|to|at|near|of|into|around|across|outside|inside)\s+$")
_EN_CAPITALISED_RUN = re.compile(
    r"\b" + _TOKEN + r"(?:" + _SPACE + r"(?:" + _PARTICLE + _SPACE + r")*" + _TOKEN + r")*"
)
_EN_COORDINATED = r"(?:\s*,\s*|\s+and\s+|\s*&\s*|\s*,\s*and\s+)"
_EN_COORDINATED_AFTER = re.compile(_EN_COORDINATED + r"(" + _TOKEN + r")\b")
_EN_COORDINATED_BEFORE = re.compile(r"\b(" + _TOKEN + r")" + _EN_COORDINATED + r"$")
_EN_STOP = frozenset(
    """I I'm I've I'd I'll A An The This That These Those There Then Their They Them He She His Her It Its We Our
    You Your My Me Mine Who What When Where Why How Which Whose If And But Or So Yet For Nor As At By In Into On Onto
    Of Off To From With Without After Before During Since Until While Also Every Each All Any Some No Not Yes Today
    Yesterday Tomorrow Tonight Now Last Next First Second Third One Two Three Four Five Six Seven Eight Nine Ten
    Should Could Would Can Will Shall May Might Must Do Does Did Is Are Was Were Be Been Has Have Had Please Thanks
    Hello Dear Hi Monday Tuesday Wednesday Thursday Friday Saturday Sunday January February March April June July
    August September October November December Christmas Easter Halloween English French German Spanish Russian
    Maths Math Mathematics Science Biology Chemistry Physics History Geography Art Music Drama Computing Latin
    Year Form Class Grade Key Stage School Academy College Lyceum Gymnasium Primary Secondary High Grammar Middle
    Elementary Junior Infant Sixth University Institute Department Council Ministry Board Trust Sciences Education
    Google Classroom Microsoft Teams Zoom Skype WhatsApp Instagram Facebook TikTok Telegram Twitter YouTube Word
    Excel PowerPoint Ofsted GCSE GCSEs SEN SENCo SENDCo Head Deputy Mum Mom Dad Mother Father Miss Sir Mrs Mr Ms Dr
    Prof Mx Street Road Avenue Lane London Manchester Birmingham Leeds Liverpool Glasgow Edinburgh Bristol Oxford
    Cambridge England Scotland Wales Ireland Britain British UK USA US America American Europe European Moscow
    Russia New York North South East West Saint St Lord God Christ Internet Covid Zoom PE RE PSHE ICT IT DT
    Parents Parent Student Students Pupil Pupils Teacher Teachers Colleague Colleagues Everyone Nobody Somebody
    Someone Anyone Everybody Nothing Something Another Other Others Most Many Much More Less Few Several Both Either
    Neither Such Just Only Even Still Already Again However Although Though Because Unless Whether Once Here Yes
    Okay OK Well Sorry Thank Let Lets Let's Any Advice Help Question Problem Update Note PS Re Fwd Social Services
    Men Man Women Woman Prom Whoever Whatever Whichever Apparently Unfortunately Fortunately Sadly Luckily Honestly
    Finally Recently Suddenly Usually Obviously Clearly Basically Eventually Meanwhile Anyway Actually Later
    Normally Generally Hopefully Surprisingly Interestingly Naturally Again Instead Otherwise Perhaps Maybe Signed
    Regards Kind Best Yours Sincerely Cheers Ramadan Eid Diwali Hanukkah Passover Lent Advent Thanksgiving Navratri
    Nurse Coach Matron Chef Officer PC Sergeant Reverend Rev Pastor Imam Rabbi Cllr Councillor Governor Auntie Nana
    Act Scene Chapter Page Part Unit Lesson Gmail Outlook Hotmail Google Apple iPad iPhone Android Windows Line
    Between Among Amongst Behind Beside Beyond Despite Except Including Unlike Upon Within Against Along Above Below
    Homeroom Messenger Email Lake Mount Loch Cape Port Fort Isle Bay About Thread Paper Papers Phonics Calculators
    Calculator
    Mondays Tuesdays Wednesdays Thursdays Fridays Saturdays Sundays
    Weekends Nationals Regionals Finals Epic Perfect Continuous Simple Passive Conditional Infinitive Gerund
    Beneath Towards Regarding Concerning Easier Harder Better Worse Period Periods Principles Front Back Middle Row
    Welcome Briefing Meeting Session Workshop Keynote Agenda Children Kids Boys Girls Hey Fingers Lego Arduino
    Scratch Python Raspberry EpiPen
    Headteacher Headmaster Headmistress Principal Governors Trustees Chair Level Levels Eurostar Turnitin
    Vaisakhi Purim Rosh Hashanah Yom Kippur Jan Feb Mar Apr Jun Jul Aug Sep Sept Oct Nov Dec Mon Tue Tues Wed Thu
    Thur Thurs Fri Sat Sun Wi-Fi WiFi AQA Edexcel OCR WJEC Eduqas Pearson Starter Plenary Main Extension Recap
    Objective Objectives Outcome Outcomes Task Tasks Activity Resources Differentiation Block Lab Studio Room Wing
    Site Floor Corridor Reception Nursery Early Help Mind Years Forms Classes Groups Forwarded Posted Sent Attached
    Updated Edited Reply Replied Child Learner Baby Person Anglo
    Polish Portuguese Romanian Lithuanian Latvian Ukrainian Bulgarian Hungarian Czech Slovak Albanian Turkish Kurdish
    Arabic Urdu Punjabi Bengali Hindi Gujarati Tamil Pashto Farsi Dari Somali Tigrinya Amharic Swahili Yoruba Igbo Twi
    Mandarin Cantonese Chinese Japanese Korean Vietnamese Thai Tagalog Italian Greek Dutch Welsh Irish Scottish Gaelic
    Nigerian Ghanaian Indian Pakistani Bangladeshi Jamaican Caribbean Eritrean Afghan Syrian Iraqi Iranian Roma Romani
    Muslim Jewish Hindu Sikh Buddhist Catholic Protestant Anglican Methodist Christianity Islam Judaism Hinduism
    Sikhism Buddhism Humanism""".split()
)


_EN_IRREGULAR_PAST = frozenset(
    "Ring Call Email Text Ask Tell Remind Chase Phone Message Contact Speak Send Check See Meet Thank Invite Book "
    "Found Saw Told Met Heard Caught Gave Took Made Sent Left Kept Got Had Rang Spoke Wrote Read Taught Brought Bought "
    "Thought Let Put Set Showed Shown Ran Sat".split()
)
_EN_NAMES_IN_ED = frozenset(
    "Ted Ned Fred Jed Reed Mohammed Muhammed Ahmed Alfred Wilfred Winifred Mildred Jared".split()
)


def _strip_stop(text: str, start: int, end: int) -> tuple[int, int]:
    """Drop stop words from the ends of a run of capitalised words, and a verb in the past tense opening a sentence
    ("Tried Kahoot", "Observed Hannah")."""
    words = list(re.finditer(r"\S+", text[start:end]))
    while words and (
        (words[0].group(0) in _EN_STOP and not (words[0].group(0) in _EN_NAME_LIKE and len(words) >= 2))
        or (
            (words[0].group(0).endswith("ed") or words[0].group(0) in _EN_IRREGULAR_PAST)
            and words[0].group(0) not in _EN_NAMES_IN_ED
            and _EN_SENTENCE_START.search(text[: start + words[0].start()])
        )
    ):
        words.pop(0)
    while words and words[-1].group(0) in _EN_STOP:
        words.pop()
    if not words:
        return start, start
    return start + words[0].start(), start + words[-1].end()


# "Hollingsworth in Year 10G", "Brodie and Keira in 9Y2": a capitalised word right before a class label.
_EN_IN_CLASS = re.compile(
    r"\b(" + _TOKEN + r")\s+(?:in|from|of)\s+(?:(?:my|our)\s+)?"
    r"(?:(?i:class|form|year|grade|set)\s+(?:[1-9]|1[0-3])(?:\s*-?\s*[A-Z]\d?)?\b|(?:[1-9]|1[0-3])\s*-?\s*[A-Z]\d?\b)"
)
# A lone capitalised word in the middle of a sentence is a proper noun; it is a person's name unless its context
# makes it a place, a tool or a work: a determiner, a locative preposition, a verb of using or studying before it.
_EN_LONE_WORD = re.compile(r"(?<![\w'’.@/-])" + _TOKEN + r"(?![\w@/-]|['’](?![sS]\b))")
_EN_NOT_PERSON_BEFORE = re.compile(
    r"\b(?:the|a|an|this|these|those|our|my|your|their|its|his|her|every|each|no|some|any|in|from|at|near|"
    r"into|around|across|outside|inside|of|on|onto|towards|through|under|visiting|visited|visit|use|uses|using|used|"
    r"studying|study|studied|reading|read|watching|watched|performing|played|playing|about the|called the|named the)"
    r"\s+$",
    re.IGNORECASE,
)
# "moved to Leeds", but "next to Oisin", "spoke to Esme": "to" makes a place unless a verb of talking comes first.
_EN_TO_PLACE = re.compile(
    r"(?<!\bnext)(?<!\bNext)(?<!\bclose)(?<!\bClose)(?<!\btalk)(?<!\btalked)(?<!\bspoke)(?<!\bspeak)(?<!\bsaid)(?<!\bwrote)"
    r"(?<!\blisten)(?<!\blistened)(?<!\bgave)(?<!\bsent)(?<!\blent)(?<!\bpassed)(?<!\bexplained)(?<!\breplied)"
    r"(?<!\bapologised)(?<!\bapologized)(?<!\bintroduced)(?<!\bmean)(?<!\brude)(?<!\bkind)(?<!\bnice)"
    r"(?<!\bbelongs)(?<!\bbelonged)(?<!\bbelonging)(?<!\bhanded)(?<!\breturned)(?<!\baddressed)(?<!\breported)"
    r"(?<!\breferred)(?<!\bmarried)(?<!\brelated)(?<!\bengaged)"
    r"\s+to\s+$"
)
_EN_SENTENCE_BREAK = re.compile(r"(?:^|[.!?:;\n\"«“‘(\[]|\s['’]|\s-)\s*$")
# The word before is capitalised and not a sentence's first word ("Edinburgh Award", "Natural History Museum").
_EN_CAPITALISED_BEFORE = re.compile(r"(?<![.!?:;\n]\s)(?<![.!?:;\n])(?<!^)\b[A-Z][\w'’-]{0,40}\s+$")
_EN_OPENER = re.compile(r"(?:^|[.!?:;\n]\s*)([A-Z][a-z]+)\s+$")
_ROMAN = re.compile(r"\s+(?:I|II|III|IV|V|VI|VII|VIII|IX|X|XI|XII)\b")


def _lone_proper_names(text: str) -> Iterator[tuple[int, int]]:
    for match in _EN_LONE_WORD.finditer(text):
        word, start, end = match.group(0), match.start(), match.end()
        if word in _EN_STOP or word in _EN_COMMON_NOUNS or _common_by_suffix(word) or len(word) < 3:
            continue
        if _ordinary_in_title_case(text, start, end):
            continue  # "Safeguarding / Home life", "(Ready, Respectful, Safe)": capitals alone do not make a name
        if not _mid_sentence(text, start) or _EN_CAPITALISED_BEFORE.search(text[max(0, start - 30) : start]):
            continue
        if _EN_INSTITUTION_WORD.fullmatch(word) or _EN_THING_WORD.fullmatch(word):
            continue
        if re.match(r"\s+[A-Z][a-z]", text[end:]) or _ROMAN.match(text, end) or _EN_INSTITUTION_AFTER.match(text, end):
            continue  # a run of capitalised words is judged whole; "Henry VIII"; "Elm Park"
        head = _head_of_list(text, start)
        if head is None or not _person_context(text, head):
            continue
        yield start, end


def _mid_sentence(text: str, start: int) -> bool:
    before = text[max(0, start - 40) : start]
    if _EN_SENTENCE_BREAK.search(before):
        return False
    opener = _EN_OPENER.search(before)
    # "Yesterday Bartek arrived": after a sentence's first word that is not a determiner the sentence goes on.
    return opener is None or not _EN_DETERMINER_BEFORE.search(opener.group(1) + " ")


def _head_of_list(text: str, start: int) -> int | None:
    """The start of the first item of a list the word at `start` is in ("Brazil, Kenya and Iceland"); None when an
    item is a common word, a stop word or a country."""
    while True:
        left = _EN_COORDINATED_BEFORE.search(text[max(0, start - 40) : start])
        if not left:
            return start
        item = left.group(1)
        if item in _EN_STOP or item in _EN_COMMON_NOUNS or _common_by_suffix(item):
            return None
        start = max(0, start - 40) + left.start(1)


def _person_context(text: str, start: int) -> bool:
    before = text[max(0, start - 30) : start]
    if _EN_NOT_PERSON_BEFORE.search(before):
        return False
    return not (before.endswith(" to ") and _EN_TO_PLACE.search(before))


# "RK and TM (both 8K) were seen pushing LO": two capitals standing for a pupil, known by what they do; every other
# use of the same letters in the text is then that pupil too.
_EN_PUPIL_INITIALS = re.compile(
    r"(?<![\w.&/-])([A-Z]{2})(?=[^\S\n]+(?:and[^\S\n]+[A-Z]{2}[^\S\n]+)?(?:said|says|is|was|has|had|told|asked|hit|"
    r"pushed|kicked|refused|cried|came|left|kept|keeps|seemed|looks|looked|sat|ran|walked|swore|threw|disclosed|"
    r"hasn't|wasn't|isn't|didn't|doesn't|won't|needs|wants|got|gets|to)\b|[^\S\n]*\((?:Form|Year|both|Y?\d))"
    r"|(?:[Pp]upil|[Cc]hild|[Ss]tudent|[Vv]ictim|pushing|(?:likes|prefers)[^\S\n]+to[^\S\n]+be[^\S\n]+called|"
    r"calls?[^\S\n]+(?:him|her|the[^\S\n]+\w+[^\S\n]+one))"
    r":?[^\S\n]+([A-Z]{2})(?![\w.&/-])"
)
# Two capitals that are a subject, a body or a role, never a pupil's initials.
_EN_ACRONYMS = frozenset(
    """PE RE DT IT TA OK UK US EU TV PC HR PR GP AP IB KS FE HE PP SA PS AM PM ID NI QA AI VR UN HM RI CP LA SW MP
    ED EP OT ST PA MD HT DH VP AD BA MA""".split()
)
# "ms d'souza walked in": a title written in lower case in a chat, then the surname.
_EN_LOWER_TITLED = re.compile(r"\b(?:mr|mrs|ms)\.?[^\S\n]+(?!(?:and|or|the|a|to)\b)[a-z][a-z'’-]*\b")
# "Smith J., 9R" on a list's line, "Hannah K said": a surname or a first name with one initial.
_EN_LINE_INITIAL = re.compile(
    r"(?m)(?:^|[:,;][^\S\n]*|[^\S\n]{2,})(" + _TOKEN + r"[^\S\n][A-Z]\.)(?=[^\S\n]*(?:[,;(]|$|[^\S\n]{2,}))"
)
_EN_BARE_INITIAL = re.compile(r"(?m)\b(" + _TOKEN + r"[^\S\n][A-HJ-UWYZ])(?=[^\S\n]+[a-z]{2,}|[,;:)]|[^\S\n]*$)(?!\w)")
# "Name: Harrison, Ellie-May": a form's name written surname first.
_EN_FIELD_SURNAME_FIRST = re.compile(
    r"(?im)^[^\S\n]*(?:name|pupil|student|child)[^\S\n]*:[^\S\n]*(?-i:(" + _TOKEN + r",[^\S\n]+" + _TOKEN + r"))"
    r"[^\S\n]*$"
)


def _pupil_initials(text: str) -> Iterator[tuple[int, int]]:
    letters = {
        match.group(1) or match.group(2)
        for match in _EN_PUPIL_INITIALS.finditer(text)
        if (match.group(1) or match.group(2)) not in _EN_ACRONYMS
    }
    if letters:
        for match in re.finditer(r"(?<![\w.&/-])(?:" + "|".join(sorted(letters)) + r")(?![\w&/-])", text):
            yield match.span()


_EN_OPENING_APPOSITIVE = re.compile(
    r"(?:^|(?<=[.!?][^\S\n])|(?<=[.!?][\"”’'][^\S\n])|(?<=\n))(" + _TOKEN + r"),[^\S\n]+"
    r"(?=(?:in particular|in (?:my|our|year|form)|known|one of|who|aged|now|my|our|"
    r"a|an|the|like|as usual|bless (?:him|her)|for example)\b)"
)
_EN_IN_A_PLACE = re.compile(r"\b(?:in|from|near|around|across|visited|visiting|unit on|topic on|lesson on)[^\S\n]+$")
# "Hi, I'm Beth, RE teacher", "this is Emma, Ruby's mum": a writer introducing themselves.
_EN_SELF_INTRODUCED = re.compile(
    r"\b(?:I['’]m|I am|[Tt]his is|[Mm]y name is|[Mm]y name's|[Ii]t['’]s)[^\S\n]+(" + _TOKEN + r")(?=[^\S\n]*[,.!–—-]|"
    r"[^\S\n]+(?:here|from|and|again)\b)"
)
# "Thanks to Carol Henderson", "the Hendersons' garage": thanks go to people; a family is its surname in the plural.
_EN_THANKS_TO = re.compile(r"\b[Tt]hanks?[^\S\n]+(?:you[^\S\n]+)?to[^\S\n]+(" + _FULL + r")")
_EN_FAMILY = re.compile(r"\bthe[^\S\n]+(" + _TOKEN + r"s)(?=['’][^\S\n]|[^\S\n]+(?:family|household|twins)\b)")
# "three children: Oskar, Lena, Agnieszka": the names listed after the people they are.
_EN_LISTED_AFTER = re.compile(
    r"\b(?:children|siblings|kids|sons|daughters|twins|pupils|students|boys|girls)[^\S\n]*[:(][^\S\n]*([^)\n]+)"
)
_EN_ITEM_HEAD = re.compile(r"(?:^|,[^\S\n]*|[^\S\n]and[^\S\n]+|&[^\S\n]*)(" + _TOKEN + r")\b")


_EN_DOUBLE_NAME = re.compile(r"(?<![\w'’-])([A-Z][a-z]+)-([A-Z][a-z]+)(?![\w'’-])")


def english_names(text: str) -> Iterator[Span]:
    found: list[tuple[int, int]] = list(_pupil_initials(text))
    for match in _EN_DOUBLE_NAME.finditer(text):  # "Lily-Rose", "Amelia-Grace"
        parts = match.group(1, 2)
        if any(part in _EN_NAME_LIKE for part in parts) and not any(part in _EN_STOP for part in parts):
            if not _EN_INSTITUTION_AFTER.match(text, match.end()):
                found.append(match.span())
    for pattern in (_EN_SELF_INTRODUCED, _EN_THANKS_TO, _EN_FAMILY, _EN_OPENING_APPOSITIVE):
        for match in pattern.finditer(text):
            if all(_could_be_name(word) and not _ordinary_word(word) for word in match.group(1).split()):
                found.append(match.span(1))
    for match in _EN_LISTED_AFTER.finditer(text):  # each item's first word: "Oskar Y5, Maja Y3, Lena Reception"
        items = list(_EN_ITEM_HEAD.finditer(match.group(1)))
        if len(items) >= 2 and all(_could_be_name(item.group(1)) for item in items):
            found += [(match.start(1) + item.start(1), match.start(1) + item.end(1)) for item in items]
    found += [match.span() for match in _EN_LOWER_TITLED.finditer(text)]
    for pattern in (_EN_LINE_INITIAL, _EN_FIELD_SURNAME_FIRST):
        found += [match.span(1) for match in pattern.finditer(text) if _could_be_name(match.group(1).split()[0])]
    for match in _EN_BARE_INITIAL.finditer(text):
        first = match.group(1).split()[0]
        if _could_be_name(first) and not is_ordinary_english(first) and first not in ("Year", "Form", "Plan"):
            found.append(match.span(1))
    for match in _EN_TITLED.finditer(text):
        if not all(word in _EN_STOP for word in match.group(0).split()[1:]):  # "Mr Men books"
            found.append(match.span())
    found.extend(_lone_proper_names(text))
    for match in _EN_INITIALS.finditer(text):
        if re.search(r"[A-Z][a-z]+[^\S\n]$", text[max(0, match.start() - 20) : match.start()]):
            continue  # "Boy A. Boy A is": the letter ends a pseudonym, it is no initial of the next word
        if _could_be_name(match.group(1)):
            found.append(match.span())
    for pattern in (
        _EN_FIELD,
        _EN_GREETING,
        _EN_RELATIVE_IN_BRACKETS,
        _EN_NICKNAME,
        _EN_SUBJECT_LINE,
        _EN_LAST_THANKS,
        _EN_FROM_SENDER,
        _EN_INITIALS_ONLY,
        _EN_PSEUDONYM,
        _EN_NAME_AND_ROLE,
        _EN_QUOTED_NICKNAME,
        _EN_NAME_CLASS_BRACKET,
    ):
        for match in pattern.finditer(text):
            group = 1 if match.group(1) else 2
            words = [word for word in match.group(group).split() if len(word) > 1]  # "Boy A"
            if all(_could_be_name(word) for word in words) and not (len(words) >= 2 and words[0] == "River"):
                found.append(match.span(group))  # "River Severn" is a place
    for match in _EN_SIGNATURE.finditer(text):
        words = match.group(1).split()
        if all(_could_be_name(word) for word in words) and _is_signature(text, match.end(1)):
            found.append(match.span(1))
    for match in _EN_NAME_INITIAL.finditer(text):
        first = match.group(1).split()[0]
        at_start = _EN_SENTENCE_START.search(text[: match.start(1)])
        if _could_be_name(first) and not (at_start and _ordinary_word(first)):  # "Plan B. is", not "Jack B. is"
            found.append(match.span(1))
    for match in _EN_LABELLED.finditer(text):
        if _could_be_name(match.group(2)) and not _EN_NOT_A_LABEL_NAME.fullmatch(match.group(1)):
            found.append(match.span(2))
    for match in _EN_LINE_NAME.finditer(text):
        if _could_be_name(match.group(1)) and not _EN_NOT_A_LABEL_NAME.fullmatch(match.group(1)):
            found.append(match.span(1))
    for pattern in (_EN_VOCATIVE, _EN_LAST_WORD_SIGNATURE, _EN_CONTRACTED_IS):
        for match in pattern.finditer(text):
            if pattern is _EN_VOCATIVE and _ordinary_word(match.group(1)):
                continue  # "Transcript, from memory, of Period 5"
            if _could_be_name(match.group(1)) and len(match.group(1)) >= 2:
                found.append(match.span(1))
    for match in _EN_WITH_RELATIVE.finditer(text):
        if not _EN_PLACE_BEFORE.search(text[max(0, match.start(1) - 12) : match.start(1)]):
            found.append(match.span(1))
    for pattern in (
        _EN_CONTEXT,
        _EN_POSSESSIVE,
        _EN_SUBJECT,
        _EN_OBJECT,
        _EN_IN_CLASS,
        _EN_APPOSITIVE,
        _EN_DESCRIBED,
    ):
        for match in pattern.finditer(text):
            if match.group(1) is None:  # a past-tense verb after a capitalised word, guarded like a weak subject
                word = match.group(2)
                if not _could_be_name(word) or _follows_capitalised(text, match.start(2)) or len(word) < 3:
                    continue
                before = text[max(0, match.start(2) - 12) : match.start(2)]
                if _EN_DETERMINER_BEFORE.search(before) or _EN_PLACE_BEFORE.search(before):
                    continue
                if re.match(r"\s+[a-z]+ed(?:\s*(?:[.;,]|by\b)|\s*$)", text[match.end(2) :]) or re.search(
                    r"(?:ch|sh|ss|x)es$", word
                ):
                    continue  # a note's passive: "Consent obtained.", "Parents informed by phone"
                found.append(match.span(2))
                continue
            if pattern is _EN_CONTEXT and match.group(0)[0].isupper() and _ordinary_word(match.group(1)):
                continue  # "the Pupil Premium", "Teacher Development": a Title Case term, not a role and a name
            if pattern is _EN_SUBJECT and _EN_PLACE_BEFORE.search(text[max(0, match.start(1) - 12) : match.start(1)]):
                continue  # "The inspector from Estyn asked"
            if pattern in (_EN_IN_CLASS, _EN_SUBJECT) and match.group(1) in _EN_NAME_LIKE:
                found.append(match.span(1))  # "Will in 10Y1", "Will keeps calling out"
                continue
            if pattern is _EN_IN_CLASS and not _could_be_name(match.group(1)):
                continue  # "Half of Year 9C"
            start, end = _strip_stop(text, *match.span(1))
            if end > start:
                found.append((start, end))
    for match in _EN_NAME_LIKE_SUBJECT.finditer(text):
        found.append(match.span(1))
    for pattern in (_EN_WEAK_SUBJECT, _EN_BEFORE_PRONOUN, _EN_WEAK_OBJECT, _EN_FROM_OFFICE):
        for match in pattern.finditer(text):
            word = match.group(1)
            match_start, match_end = match.span(1)
            name_like_before_pronoun = pattern is _EN_BEFORE_PRONOUN and word in _EN_NAME_LIKE  # "about Summer. She"
            if (word in _EN_STOP or word in _EN_COMMON_NOUNS) and not name_like_before_pronoun:
                continue
            if _common_by_suffix(word) or len(word) < 3:
                continue
            if _ordinary_in_title_case(text, match_start, match_end) and not name_like_before_pronoun:
                continue  # "Pupil Premium is", "Bloom's Taxonomy helps"
            if _EN_INSTITUTION_WORD.fullmatch(word) or _EN_THING_WORD.fullmatch(word):
                continue  # "the Natural History Museum is"
            if _EN_INSTITUTION_AFTER.match(text, match_end) or _follows_capitalised(text, match_start):
                continue
            before = text[max(0, match_start - 12) : match_start]
            if _EN_DETERMINER_BEFORE.search(before):
                continue  # "the Prom", "our Macbeth unit"
            if pattern is not _EN_WEAK_OBJECT and _EN_PLACE_BEFORE.search(before):
                continue
            if (
                pattern is _EN_WEAK_SUBJECT
                and _EN_SENTENCE_START.search(text[:match_start])
                and not _EN_PERSONAL_PRONOUN.search(text)
                and not _EN_PERSON_PREDICATE.match(text, match.end())
                and not any(text[a:b] != word for a, b in found)
            ):
                continue  # "Canva is great": at a sentence's start, a weak verb needs a sign of people in the text
            found.append((match_start, match_end))
    # Two or more capitalised words in a row that are not stop words (a first name and a surname).
    for match in _EN_CAPITALISED_RUN.finditer(text):
        start, end = _strip_stop(text, *match.span())
        words = text[start:end].split()
        if 2 <= len(words) <= 4 and not any(w in _EN_STOP or w in _EN_COMMON_NOUNS for w in words):
            if all(_ordinary_word(w) for w in words):
                continue  # "Spoken Language", "Sky News", "Teacher Development"; not "Jack Brown" (Jack is name-like)
            if (
                words[0] == "River"
                or _common_by_suffix(words[0])
                or _EN_NOUN_SUFFIX.search(words[-1])
                or _EN_INSTITUTION_WORD.fullmatch(words[-1])
                or _EN_THING_WORD.fullmatch(words[-1])
            ):
                continue  # "Assessment Calendar", "Read Write Inc", "World Book Day", "Retrieval Practice"
            follows = text[end : end + 40]
            before = text[max(0, start - 12) : start]
            to_a_person = before.endswith(" to ") and not _EN_TO_PLACE.search(before)
            if _EN_DETERMINER_BEFORE.search(before) or (_EN_PLACE_BEFORE.search(before) and not to_a_person):
                continue  # "the Cold War", "near Hebden Bridge"; but "belongs to Alfie Brennan"
            if re.match(
                r"[^\S\n]+(?:[A-Z]|(?:film|movie|book|novel|series|musical|show|game|song|album)s?\b)", follows
            ):
                continue  # "White Rose Maths"; "the new Wicked film"
            if _in_heading(text, start):
                continue  # "White Rose Maths"; "Autumn Term CPD Calendar"
            if not _EN_INSTITUTION_AFTER.match(follows):
                found.append((start, end))
    # Later mentions of a name already found (its first name or surname alone).
    tokens = {
        word
        for start, end in found
        for word in re.findall(_TOKEN, text[start:end])
        if (word not in _EN_STOP or word in _EN_NAME_LIKE) and len(word) >= 3
    }
    # ... and whole pseudonyms with a letter ("Boy A").
    tokens |= {text[start:end] for start, end in found if re.fullmatch(_TOKEN + r" [A-Z]", text[start:end])}
    if tokens:
        again = re.compile(r"\b(?:" + "|".join(map(re.escape, sorted(tokens, key=len, reverse=True))) + r")\b")
        for match in again.finditer(text):
            if match.group(0) in _EN_NAME_LIKE and _EN_SENTENCE_START.search(text[: match.start()]):
                continue  # "Hope Danso" found does not make "Hope you're well" a name
            if _EN_IN_A_PLACE.search(text[max(0, match.start() - 20) : match.start()]) and match.span() not in found:
                continue  # "Jordan arrived from Amman in Jordan", "a nurse in Florence"
            found.append(match.span())
    # "Oscar and Felix", "Grace, Ben and Amir": a capitalised word coordinated with a name found is a name too.
    spans = set(found)
    todo = list(spans)
    while todo:
        start, end = todo.pop()
        after = _EN_COORDINATED_AFTER.match(text, end)
        left = _EN_COORDINATED_BEFORE.search(text[max(0, start - 40) : start])
        candidates = []
        if after and (_could_be_name(after.group(1)) or after.group(1) in _EN_NAME_LIKE):
            candidates.append(after.span(1))  # "Harvey, Lucas and Jun"
        if left and _could_be_name(left.group(1)):
            candidates.append((max(0, start - 40) + left.start(1), max(0, start - 40) + left.end(1)))
        for span in candidates:
            if _EN_INSTITUTION_AFTER.match(text, span[1]):
                continue  # "Dr P. Nair, Milnrow Health Centre"
            if _ordinary_in_title_case(text, *span):
                continue  # "Bloom's Taxonomy, Maslow": a list of topics, not of people
            if not any(s <= span[0] < e for s, e in spans):
                spans.add(span)
                todo.append(span)
    # "Oleksandr Kovalenko (Sasha)": a capitalised word in brackets right after a name is what they are called.
    for _, end in sorted(spans):
        nickname = re.match(r"[^\S\n]*\((" + _TOKEN + r"|[A-Z]{2,3})\)", text[end:])  # "(Sasha)", "(KB)"
        if nickname and _could_be_name(nickname.group(1)) and nickname.group(1) not in _EN_ACRONYMS:
            spans.add((end + nickname.start(1), end + nickname.end(1)))
    for start, end in sorted(spans):
        word = text[start:end]
        if " " not in word and word not in _EN_NAME_LIKE:
            if word in _EN_STOP or word in EN_KIN or _common_by_suffix(word):
                continue
            pet_or_label = _EN_PET_OR_LABEL_BEFORE.search(text[max(0, start - 24) : start])
            if pet_or_label and (pet_or_label.group(1) or _ordinary_word(word)):
                continue  # "my cat Pickle"; "Year 8 Residential"
            if _ordinary_in_title_case(text, start, end):
                continue  # "Thankfully, the girl …", "the Early Career Framework says": whatever rule took it
        yield start, end, "name"


def _is_signature(text: str, end: int) -> bool:
    """A name alone on a line is a signature when the text ends there or only contact details and sign-off lines
    follow ("07812 334 905", "Sent from my iPhone"). A signature block is short: twelve lines at most are read, so a
    text of many short lines costs no more than one pass."""
    line_end = text.find("\n", end)
    for _ in range(12):
        if line_end < 0:
            return True
        next_end = text.find("\n", line_end + 1)
        if len(text[line_end + 1 : next_end if next_end >= 0 else len(text)].split()) > 8:
            return False
        line_end = next_end
    return line_end < 0


# A heading: a short line whose words are all capitalised ("Behaviour Policy Review – Spring Term").
def _in_heading(text: str, start: int) -> bool:
    line_start = text.rfind("\n", 0, start) + 1
    line_end = text.find("\n", start)
    line = text[line_start : line_end if line_end >= 0 else len(text)]
    words = re.findall(r"[A-Za-z][\w'’-]*", line)
    small = {"a", "an", "the", "of", "and", "for", "in", "on", "to", "with", "at", "by", "or", "vs"}
    return (
        2 <= len(words) <= 8
        and ":" not in line
        and not re.search(r"[.!?]\s", line)
        and all(w[0].isupper() or w in small for w in words)
        # a line of names alone ("Jack Brown") is not a heading: a heading has a word no name is
        and any(
            w in _EN_STOP
            or w in _EN_COMMON_NOUNS
            or _EN_THING_WORD.fullmatch(w)
            or _EN_NOUN_SUFFIX.search(w)
            or w.isupper()
            for w in words
        )
    )


# Words that are names as often as they are words: a name only on strong evidence ("Will in 10Y1", "Summer, one
# of my Year 10s"), and a later mention of one at a sentence's start is the word ("Hope you're well").
_EN_NAME_LIKE = frozenset(
    """Hope Will Mark Grace Summer May June April August Faith Joy Rose Ruby Amber Jack Bill Art Sky Storm River
    Honey Star Autumn Winter Jun Jan Bob Pat Sue Don Frank Rich Guy Chase Hunter Mason Penny Holly Ivy Iris Daisy Poppy
    Lily Violet Jasmine Hazel Olive Pearl Crystal Dawn Eve Sunny Willow Skye Brook Reed Harry Tom Bobby Rob Nick
    Jade Angel Precious Blessing Gift Robin Kit Bea Patience Mercy Charity Destiny Miracle Honour""".split()
)
# Of those, the ones far more often a pupil than a word when a verb follows ("Will will be off", "Mark was sent out";
# not "Storm was forecast").
_EN_NAME_LIKE_PUPILS = frozenset(
    "Will Mark Grace Hope Summer Ruby Rose Jack Faith Joy Amber Bill May June Autumn Holly Ivy Daisy Poppy Lily".split()
)
_EN_NAME_LIKE_SUBJECT = re.compile(
    r"\b(" + "|".join(sorted(_EN_NAME_LIKE_PUPILS)) + r")"
    r"[^\S\n]+(?:will|was|has|had|is|keeps|kept|gets|got|said|says|told|wants|needs|came|left|cried|refused|seems|"
    r"looks|sits|sat|won't|can't|didn't|doesn't|isn't|wasn't|hasn't|[a-z]{2,}ed)\b"
)
assert _EN_NAME_LIKE_PUPILS <= _EN_NAME_LIKE
# A last word ending like a common noun ("Flu Vaccinations"); surnames ending in -ing or -ery stay possible.
_EN_NOUN_SUFFIX = re.compile(
    r"(?:tion|tions|sion|sions|ment|ments|ness|ity|ance|ence|ship|ism|ogy|ics|ure|ures|ities|cies|gies|dies|lies|nies)$"
)


def _ordinary_word(word: str) -> bool:
    """An ordinary English word that is not also a common given name ("Category", "Safe"; not "Grace")."""
    return word not in _EN_NAME_LIKE and (is_ordinary_english(word) or _common_by_suffix(word))


_EN_PREVIOUS_WORD = re.compile(r"([A-Z][\w-]*)(?:['’]s)?[^\S\n]*[,/&(–—:]?[^\S\n]*(?:and[^\S\n]+)?$")
_EN_NEXT_WORD = re.compile(r"[^\S\n]*[,/&)–—:]?[^\S\n]*(?:and[^\S\n]+)?([A-Z][\w'’-]*)")


# "Grandad Eric": a kinship word before a name is not part of it (titles are: "Mrs Patel").
EN_KIN = frozenset("Grandad Grandma Granny Grandpa Nan Nana Nanny Auntie Aunt Uncle Mum Mummy Dad Daddy Cousin".split())
# "my cat Pickle" (a pet is not a person); "Year 8 Residential" (a label's value after a number).
_EN_PET_OR_LABEL_BEFORE = re.compile(
    r"\b(?:(cat|dog|hamster|rabbit|puppy|kitten|pet|tortoise|budgie|guinea pig|horse|pony)[^\S\n]+"
    r"|(?:Year|Form|Class|Room|Week|Term|Unit|Lesson|Stage|Level|Phase)[^\S\n]+\d+\w?[^\S\n]+)$"
)
_EN_TITLE_WORDS = frozenset("Mr Mrs Ms Miss Mx Dr Prof Sir Coach I".split())
# Words that head a timetable, a list or a heading, next to which a capitalised ordinary word is a value, not a name.
_EN_HEADING_WORDS = frozenset(
    """Monday Tuesday Wednesday Thursday Friday Saturday Sunday January February March April June July August
    September October November December Week Term Spring Autumn Summer Winter Staff Year Form""".split()
)
_EN_GREETING_WORDS = frozenset("Hi Hello Hey Dear Thanks Thank Cheers Morning Evening Love Best Regards".split())


def _ordinary_in_title_case(text: str, start: int, end: int) -> bool:
    """An ordinary word among other capitalised ordinary words: a heading, a label or a list of values written in
    Title Case ("Next Steps", "Safeguarding / Home life", "(Ready, Respectful, Safe)"). A lone capitalised word in a
    lowercase sentence is still taken for a name even when it is also a word ("loves Precious", "next to Harry")."""
    word = text[start:end]
    if not _ordinary_word(word):
        return False
    before = _EN_PREVIOUS_WORD.search(text[max(0, start - 30) : start])
    after = _EN_NEXT_WORD.match(text, end)
    return any(
        neighbour is not None
        and neighbour.group(1) not in _EN_GREETING_WORDS | _EN_TITLE_WORDS
        and (_ordinary_word(neighbour.group(1)) or neighbour.group(1) in _EN_HEADING_WORDS)
        for neighbour in (before, after)
    )


# Endings that names share with common words ("Florence", "Fleming", "Savage"): the lexicon decides for these.
_EN_NAME_POSSIBLE_SUFFIX = re.compile(r"(?:ence|ance|ing|ery|age|ure)$")


def _common_by_suffix(word: str) -> bool:
    """Ends like a common noun or an adverb ("Reflection", "Luckily"), and for endings names share, is one
    ("Conference"; not "Florence", "Fleming")."""
    if _EN_COMMON_SUFFIX.search(word) is None:
        return False
    return not _EN_NAME_POSSIBLE_SUFFIX.search(word) or is_ordinary_english(word)


def _could_be_name(word: str) -> bool:
    return word not in _EN_STOP and word not in _EN_COMMON_NOUNS and not _common_by_suffix(word)


def _follows_capitalised(text: str, start: int) -> bool:
    """The word at `start` continues a run of capitalised words ("Northern Star"), so it is not a name alone."""
    before = re.search(r"([A-Z][\w'’-]*)\s+$", text[max(0, start - 30) : start])
    return before is not None and before.group(1) not in _EN_STOP


_EN_INSTITUTIONS = (
    r"(?:School|Academy|College|Lyceum|Gymnasium|Primary|High|University|Institute|Trust|Council|Centre|Center|"
    r"Hospital|Surgery|Clinic|Pharmacy|Practice|Church|Street|Road|Avenue|Lane|Park|Partnership|Foundation|"
    r"Federation|Service|Services|Authority|"
    r"Network|Group|Association|Society|Award|Awards|Programme|Program|Museum|Library|Theatre|Theater|Gallery|"
    r"Inc|Ltd|Company|Club|Team|Board|Agency|Office|Department|Ministry)"
)
_EN_INSTITUTION_AFTER = re.compile(r"\s+(?:[A-Z][\w'’]*\s+){0,3}" + _EN_INSTITUTIONS + r"\b")
_EN_INSTITUTION_WORD = re.compile(_EN_INSTITUTIONS)
# A run of capitalised words ending in one of these names an event, a method or a document, not a person.
_EN_THING_WORD = re.compile(
    r"Day|Days|Week|Month|Fortnight|Night|Festival|Fair|Appeal|Theory|Practice|Mindset|Strategy|Strategies|Scheme|"
    r"Framework|Policy|Review|Plan|Meeting|Calendar|Prize|Cup|League|Trophy|Challenge|Project|Aid|Health|Maths|"
    r"Reading|Phonics|Assessment|Curriculum|Routine|Routines|Call|Share|Ticket|Now|Time|Hour|Club|Show|Games|Test|"
    r"War|Wars|Revolution|Conquest|Empire|Era|Age|Prize|Prizes|Express|Airways|Railway|Line|Gardens|Zoo|Castle|Palace|"
    r"Abbey|Cathedral|Bridge|Tower|Pier|Beach|Island|Forest|Planet|Kingdom"
)

# --- English school names ---------------------------------------------------------------------------------------
# Welsh and Irish school names: "Ysgol Gymraeg Pen-y-Dre", "Gaelscoil Mhic Amhlaigh".
_CELTIC_SCHOOL = re.compile(r"\b(?:Ysgol|Gaelscoil|Scoil|Coláiste|Colaiste)(?:[^\S\n]+[A-Z][\w'’-]*){1,3}")
_EN_SCHOOL_NAMED = re.compile(
    r"\b(?:(?:St\.?|[A-Z][\w'’-]{0,40}|of|and|&)[^\S\n]+){0,4}(?:St\.?[^\S\n]+)?(?:[A-Z][\w'’-]{1,40}|E)[^\S\n]+"
    r"(?:Academy|College|Lyceum|Gymnasium|High School|Primary School|Primary|Secondary School|Secondary|Grammar School|"
    r"Middle School|Elementary School|Elementary|Junior School|Infant School|Sixth Form College|Sixth Form|School|"
    r"High|Infants|Juniors|Grammar|Prep|Free School|Community School|Community College|Nursery School|Nursery)\b"
    r"(?!\s+of\b)"
)


_ACADEMY_BRANCH = re.compile(r"[^\S\n]([A-Z][a-z]{2,})\b(?![^\S\n]+[A-Z])")


def english_schools(text: str) -> Iterator[Span]:
    for match in _CELTIC_SCHOOL.finditer(text):
        yield match.start(), match.end(), "school"
    for match in _EN_SCHOOL_NAMED.finditer(text):
        start, end = match.span()
        words = list(re.finditer(r"\S+", text[start:end]))
        while words and (words[0].group(0) in _EN_STOP or words[0].group(0) in ("of", "and", "&")):
            if words[0].group(0) in ("St", "St.", "Saint") and len(words) > 2 and words[1].group(0)[0].isupper():
                break  # "St Anne's Catholic Primary School": the saint's name is part of the school's
            words.pop(0)
        # "Brookmere Primary and Fenwick Junior School": two schools, not one
        for i, word in enumerate(words[:-1]):
            if word.group(0) in ("and", "&") and re.fullmatch(
                r"Primary|Academy|College|School|High|Infants?|Juniors?", words[i - 1].group(0)
            ):
                left = words[:i]
                if len(left) >= 2:
                    yield start + left[0].start(), start + left[-1].end(), "school"
                words = words[i + 1 :]
                break
        if len(words) >= 2:
            branch = _ACADEMY_BRANCH.match(text, end) if text[:end].endswith("Academy") else None
            if branch and not (branch.group(1) in _EN_STOP or _ordinary_word(branch.group(1))):
                end = branch.end()  # "Harris Academy Peckham": a chain's academy named by its place
            yield start + words[0].start(), end, "school"


# --- People in lists and chat transcripts, both languages -------------------------------------------------------
_NAME_WORD = rf"[{_UP}А-ЯЁ][{_LOW}а-яё'’]+(?:-[{_UP}А-ЯЁ][{_LOW}а-яё'’]+)?"
# "- Maisie (uniform)", "• Гусейнов Эльдар (10А)": a bullet item that is one to three capitalised words, then a
# bracket, a dash, a comma or the line's end.
_BULLET_PERSON = re.compile(
    r"(?m)^[^\S\n]*(?:[-•*–—·]|\d{1,2}[.)])[^\S\n]+((?:Mr|Mrs|Ms|Miss|Dr)?\.?[^\S\n]*(?:[A-ZА-ЯЁ]\.[^\S\n]?){0,2}"
    + _NAME_WORD
    + r"(?:[^\S\n]+"
    + _NAME_WORD
    + r"){0,2}(?:[^\S\n]+[A-ZА-ЯЁ]\.)?)(?=[^\S\n]*(?:\(|[—–-][^\S\n]|,|:|$))"
)
# "[08:10] Лена: ...", "[19:42] Мама Вовы: ...", "[07:55] Mrs Hughes: ...": a chat line's speaker.
_CHAT_SPEAKER = re.compile(
    r"(?m)^[^\S\n]*\[?(?:[A-Za-zА-Яа-яЁё]{2,3}\.?[^\S\n])?\d{1,2}[:.]\d{2}\]?[^\S\n]*([^:\n\[\]]{1,40}):"
)
# A chat speaker written in lower case ("ирина", "tom b", "mrs o", "настя к"), not the writer or a role.
_LOWER_SPEAKER = re.compile(r"(?:mr|mrs|ms|miss)?[^\S\n]?[a-zа-яё][a-zа-яё'’-]+(?:[^\S\n][a-zа-яё]{1,12})?")
_NOT_A_SPEAKER = frozenset(
    """me я мы all admin teacher teachers parent parents mum mom dad мама папа учитель учительница классная
    классный завуч директор бабушка дедушка office reception head you вы ты mentor mentee ta senco deputy hoy dsl
    наставник психолог moderator bot system""".split()
)
_WORD_IN_LABEL = re.compile(r"(?:(?:Mr|Mrs|Ms|Miss|Dr)\.?[^\S\n]+)?" + _NAME_WORD)


# A form filled in capitals: "CHILD SURNAME: MUSTAFA", "PARENT/CARER: MR HASSAN MUSTAFA", "SCHOOL: ST JOSEPH'S RC
# PRIMARY". Capitals hide the case that tells a name from a word, so only a field's label says what its value is.
_CAPS = "A-ZÀ-ÖØ-ÞĀ-ŽА-ЯЁ"
_CAPS_VALUE = rf"[{_CAPS}](?:[{_CAPS}'’.-]|[^\S\n](?=[{_CAPS}]))*[{_CAPS}.]"
_CAPS_FIELD = re.compile(
    r"(?im)^[^\S\n]*(?:[a-z/]+[^\S\n]){0,2}?"
    r"(?:(surname|first name|forename|given name|full name|name|pupil|child|student|learner|parent(?:/carer)?|"
    r"carer|guardian|mother|father|referrer|referred by|teacher|фио|ученик|ученица|родитель)|(school|школа))"
    rf"s?[^\S\n]*:[^\S\n]*(?-i:({_CAPS_VALUE}))(?=[^\S\n]*(?:,|$))"
)


def capitalised_fields(text: str) -> Iterator[Span]:
    for match in _CAPS_FIELD.finditer(text):
        value = match.group(3)
        if len(value) >= 3 and any(c.isalpha() for c in value) and not value.isdigit():
            yield match.start(3), match.end(3), "name" if match.group(1) else "school"


def listed_people(text: str) -> Iterator[Span]:
    yield from _bulleted_people(text)
    yield from _chat_people(text)


def _bulleted_people(text: str) -> Iterator[Span]:
    for match in _BULLET_PERSON.finditer(text):
        words = match.group(1).split()
        if all(_could_be_name(w) and not _EN_THING_WORD.fullmatch(w) and not _EN_NOUN_SUFFIX.search(w) for w in words):
            if text.startswith(":", match.end(1)) and len(words) == 1 and is_ordinary_word(words[0]):
                continue  # "3. Разное: …", an item's heading
            if len(words) == 1 and re.match(r"[^\S\n]+[а-яё]", text[match.end(1) :]) and is_thing_or_group(words[0]):
                continue  # "2. Подготовка к итоговому сочинению"
            if not any(ROLE_WORDS.fullmatch(w) or w in RU_NOT_NAMES for w in words) and not _RU_IMPERATIVE.search(
                words[0]
            ):
                yield match.start(1), match.end(1), "name"


def _chat_people(text: str) -> Iterator[Span]:
    """Speakers of a chat transcript, the Russian names written in lower case in its messages, and the lower-case
    speakers named again anywhere in it."""
    speakers: set[str] = set()
    for match in _CHAT_SPEAKER.finditer(text):
        yield from _lower_case_russian_names(text, match.end())
        label = match.group(1).strip()
        if _LOWER_SPEAKER.fullmatch(label) and label.split()[0] not in _NOT_A_SPEAKER:
            start = match.start(1) + match.group(1).index(label)
            yield start, start + len(label), "name"  # "[08:12] ирина:", "[07:58] tom b:"
            if len(label.split()[0]) >= 3 and not label.startswith(("mr", "ms")):
                speakers.add(label.split()[0])
            continue
        for word in _WORD_IN_LABEL.finditer(match.group(1)):
            first = word.group(0).split()[0]
            if ROLE_WORDS.fullmatch(first) or first in RU_NOT_NAMES or not _could_be_name(first.rstrip(".")):
                if first.rstrip(".") not in ("Mr", "Mrs", "Ms", "Miss", "Dr"):
                    continue
            yield match.start(1) + word.start(), match.start(1) + word.end(), "name"
    # "надя, ты завтра…", "сказала лене": a lower-case speaker named in the chat, in any case ending
    for speaker in speakers:
        stem = _RU_STEM_ENDING.sub("", speaker) if re.match("[а-яё]", speaker) else speaker
        ending = r"[а-яё]{0,3}" if stem != speaker else ""
        for again in re.finditer(r"(?<![\w@.])" + re.escape(stem) + ending + r"(?![\w@])", text, re.IGNORECASE):
            yield again.start(), again.end(), "name"


def _lower_case_russian_names(text: str, start: int) -> Iterator[Span]:
    """ "[19:40] я: петя опять не сдал проект": in a chat message (from `start` to the line's end), a Russian word in
    lower case that the dictionary reads first as a first name, a surname or a patronymic, not as an ordinary word."""
    end = text.find("\n", start)
    for word in re.finditer(r"(?<![\w@.])[а-яё]{3,}(?![\w@])", text[start : end if end >= 0 else len(text)]):
        capitalised = word.group(0).capitalize()
        if first_reading_is_personal(capitalised) and not is_ordinary_word(capitalised):
            yield start + word.start(), start + word.end(), "name"


# --- Russian: patronymics alone, hyphenated and apostrophe surnames ----------------------------------------------
ROLE_WORDS = re.compile(
    r"(?:[Уу]чени[а-яё]{0,6}|[Зз]авуч[а-яё]{0,6}|[Мм]ам[аыеуоя]|[Мм]амой|[Мм]амочк[а-яё]{0,3}|[Мм]амин[а-яё]{0,3}|"
    r"[Пп]ап[аыеуоя]|[Пп]апой|[Пп]апин[а-яё]{0,3}|[Кк]оллег[а-яё]{0,6}|[Дд]иректор[а-яё]{0,6}|[Уу]чител[а-яё]{0,6}|"
    r"[Мм]етодист[а-яё]{0,6}|[Пп]сихолог[а-яё]{0,6}|[Рр]одител[а-яё]{0,6}|[Бб]абушк[а-яё]{0,6}|[Дд]едушк[а-яё]{0,6}|"
    r"[Сс]оседк[а-яё]{0,6}|[Сс]осед[а-яё]{0,6}|[Оо]тец|[Оо]тц[а-яё]{0,6}|[Мм]ать|[Мм]атер[а-яё]{0,6}|"
    r"[Кк]лассн[а-яё]{0,6}|[Кк]лассрук[а-яё]{0,3}|[Пп]едагог[а-яё]{0,6}|[Вв]ожат[а-яё]{0,6}|[Нн]аставник[а-яё]{0,6}|"
    r"[Сс]ын[а-яё]{0,6}|[Дд]оч[а-яё]{0,6}|[Дд]евочк[а-яё]{0,6}|[Мм]альчик[а-яё]{0,6}|[Сс]естр[а-яё]{0,6}|"
    r"[Бб]рат[а-яё]{0,6}|[Оо]пекун[а-яё]{0,6}|[Сс]оцпедагог[а-яё]{0,6}|[Лл]огопед[а-яё]{0,6}|"
    r"[Дд]ефектолог[а-яё]{0,6}|[Тт]ьютор[а-яё]{0,6}|[Нн]яня|[Оо]тчим[а-яё]{0,6}|[Мм]ачех[а-яё]{0,6}|"
    r"[Дд]евушк[а-яё]{0,6}|[Пп]арн[а-яё]{0,6}|[Дд]руг[а-яё]{0,6}|[Пп]одруг[а-яё]{0,6}|[Оо]дноклассни[а-яё]{0,6}|"
    r"[Сс]екретар[а-яё]{0,6}|[Оо]хранник[а-яё]{0,6}|[Мм]едсестр[а-яё]{0,6}|[Вв]рач[а-яё]{0,6}|[Зз]ам|"
    r"[Зз]аместител[а-яё]{0,6}|[Кк]уратор[а-яё]{0,6}|[Сс]опровождающ[а-яё]{0,6}|[Вв]ыпускни[а-яё]{0,6}|"
    r"[Дд]ежурн[а-яё]{0,6}|[Тт]рудовик[а-яё]{0,6}|[Фф]изрук[а-яё]{0,6}|[Зз]авхоз[а-яё]{0,6}|[Вв]ахт[её]р[а-яё]{0,6}|"
    r"[Сс]видетел[а-яё]{0,6}|[Лл]аборант[а-яё]{0,6}|[Уу]частни[а-яё]{0,6}|[Пп]обедител[а-яё]{0,6}|"
    r"[Пп]ризёр[а-яё]{0,6}|[Ии]нициатор[а-яё]{0,6}|[Пп]острадавш[а-яё]{0,6}|[Нн]овеньк[а-яё]{0,4}|"
    r"[Нн]овенький|[Рр]еб[её]н[а-яё]{0,4}|[Зз]аявител[а-яё]{0,4})"
)
_RU_PATRONYMIC = re.compile(
    r"(?:\b([А-ЯЁ][а-яё]+)\s+)?\b[А-ЯЁ][а-яё]+(?:ович|евич|ьич)(?:а|у|ем|е)?\b"
    r"|(?:\b([А-ЯЁ][а-яё]+)\s+)?\b[А-ЯЁ][а-яё]+(?:овн|евн|ичн)(?:а|ы|е|у|ой|ою)\b"
    # colloquial: "Михалыч", "Палыча", "Сергеич"
    r"|(?:\b([А-ЯЁ][а-яё]+)\s+)?\b[А-ЯЁ][а-яё]+(?:ыч|еич)(?:а|у|ем|е)?\b"
)
_RU_STEM_ENDING = re.compile(r"(?:ой|ей|ий|ый|ая|ою|ею|ом|ем|ам|ям|ах|ях|а|я|у|ю|е|и|ы|о|ь|й)$")


def russian_later_mentions(text: str, names: list[str]) -> Iterator[Span]:
    """Other grammatical cases of a Russian name already found: "Вике" found, "Вику" too. At a sentence's start only
    a form not found already ("Вера" found, "Вере тринадцать"; but "Марка" found, "Марка ручки" is the noun)."""
    forms = {word for name in names for word in name.split()}
    stems = {
        _RU_STEM_ENDING.sub("", word) for name in names for word in name.split() if re.fullmatch(r"[А-ЯЁ][а-яё]+", word)
    }
    stems = {stem for stem in stems if len(stem) >= 3}
    if stems:
        again = re.compile(r"\b(?:" + "|".join(map(re.escape, sorted(stems))) + r")[а-яё]{0,3}\b")
        titles = [m.span() for m in re.finditer(r"«[^»\n]{1,80}»", text)]
        for match in again.finditer(text):
            at_start = re.search(r"(?:^|[.!?…\n])\s*$", text[: match.start()])
            if at_start and match.group(0) in forms and is_ordinary_word(match.group(0)):
                continue  # at a sentence's start the word may be the common noun ("Марка ручки")
            if any(a < match.start() < b for a, b in titles):
                continue  # inside a title ("«Король Лев»")
            yield match.start(), match.end(), "name"


# "Перечитываю Выготского", "Звоните Петровичу": a sentence's first word, a verb, is not part of the name after it.
_RU_IMPERATIVE = re.compile(r"(?:ай|яй|ей|уй|ись|айте|яйте|ите)$")  # "Читай Ушинского", "Помни"
RU_VERB = re.compile(
    r"(?:аю|яю|ую|ею|ала|(?<!м)ила|(?<!Анж)(?<!Андж)(?<!Габри)(?<!Дани)ела|яла|ула|ыла|ола|ешь|ает|яет|ит|ят|ут|ют|ся|сь|"
    r"ите|йте)$"
)
RU_NOT_NAMES = frozenset(
    """Исх Вх Фамилия Имя Отчество
    Кто Никто Один Одна Одни Двое Трое Многие Некоторые Все Половина Часть Дети Ребята Вчера Сегодня Завтра
    Позавчера Потом Затем Тогда Теперь Сейчас Опять Снова Ещё Еще Уже Даже Зато Также Тоже Только Вот Вдруг Когда
    Если Хотя Пока Утром Днём Днем Вечером Ночью Недавно Обычно Иногда Всегда Никогда Часто Однажды Кстати Правда
    Конечно Наверное Здесь Тут Там Так Как Где Почему Зачем Но Или Ведь Лишь Сначала Наконец Итак Однако Причём
    Причем Ну Да Нет Это Эта Этот Эти Тот Та Те Она Они Он Мы Вы Я Наша Наш Наши Моя Мой Мои Ваша Ваш Её Его Их
    Спасибо Пожалуйста Здравствуйте Привет Ха Хм Ах Ох Эх Ой Ага Угу Увы Ура Без Для Про При Под Над Перед После
    Около Возле Среди Между Через Кроме Из От До За На По Об Со Ко Во Пн Вт Ср Чт Пт Сб Вс Тел Моб Эл""".split()
)
_RU_PLACE_PARTS = frozenset("Санкт Нью Улан Усть Ханты Петропавловск Каменск Юрьев Горно Naro Наро Соль".split())
_RU_COMPOUND = re.compile(r"\b[А-ЯЁ][а-яё]+-[А-ЯЁ][а-яё]+\b|\b[А-ЯЁ]['’][А-ЯЁ][а-яё]+\b")


# "Арсений из 3Б", "Лиза из моего класса": a capitalised word before "из" and a class is a pupil's name.
_RU_FROM_CLASS = re.compile(
    r"(?<![\w.])([А-ЯЁ][а-яё]+)\s+из\s+(?=(?:[1-9]|1[01])\s*-?\s*(?:«[А-ЯЁ]»|\"[А-ЯЁ]\"|[А-ЯЁа-яё]\b)|"
    r"(?:моего|нашего|своего|её|его|соседнего|параллельного|того же|этого)\s+класса|параллели|"
    r"(?:подготовительной|старшей|младшей|средней|моей|нашей|своей|соседней|той же)\s+группы|"
    r"(?:первого|второго|третьего|четв[её]ртого|пятого|шестого|седьмого|восьмого|девятого|десятого|"
    r"одиннадцатого|\d{1,2}-го)\b|"
    r"(?:методкабинета|бухгалтерии|администрации|библиотеки|столовой|медкабинета|канцелярии|при[её]мной|учительской|"
    r"департамента|управления|отдела|профкома|опеки|ПДН|КДН|ППк|ПМПК|соседнего кабинета|параллели|кабинета)\b)"
)
# "Назову ученицу условно Вера": a pseudonym the writer gives is marked like a name.
_RU_PSEUDONYM = re.compile(
    r"(?:[Нн]азов[уё]м?|[Пп]усть (?:будет|его зовут|её зовут)|[Уу]словно)\s+(?:(?:его|её|ее|ученицу|ученика|девочку|"
    r"мальчика|ребёнка|ребенка)\s+)?(?:условно\s+)?«?([А-ЯЁ][а-яё]+)"
)
# "Ахмедова опять без формы": a surname opening a sentence, by its ending, before a lowercase word.
_RU_SURNAME_FIRST = re.compile(
    r"(?:^|(?<=[.!?…]\s)|(?<=\n))([А-ЯЁ][а-яё]{2,}(?:ов|ова|ев|ева|ёв|ёва|ин|ина|енко|ян|швили|дзе|ская|ский|цкая|цкий))"
    r"(?=[^\S\n]+[а-яё])"
)


# "Колина мама", "Машину тетрадь": a possessive adjective made from a first name, before a relative or a belonging.
_RU_POSSESSIVE = re.compile(
    r"(?<![\w.])([А-ЯЁ][а-яё]*[бвгджзйклмнпрстфхцчшщ](?:ин|ын)(?:а|о|ы|у|ой|ого|ому|ым|ых)?)\s+"
    r"(?=(?:мам|пап|бабушк|дедушк|брат|сестр|родител|семь|тетрад|дневник|оценк|телефон|портфел|рюкзак|поведени|"
    r"отец|отц|мать|матер|друз|подруг|опекун|отчим|мачех|одноклассни|учительниц)\w*)"
)
_RU_NOT_POSSESSIVE = frozenset(
    "Половина Середина Причина Картина Вершина Ширина Длина Глубина Мужчина Старина Дружина Равнина Малина Рябина "
    "Осина Величина Ленина Сталина Путина Пушкина Калинина".split()
)


# "зовут его «Бизон»": a nickname in quotes after a verb of calling.
_RU_NICKNAME = re.compile(
    r"(?:зов[уёе]м?|зовут|называ[юе]т?|называем|прозвали|дразнят|прозвищ\w*|кличк\w*|кличут)\s+"
    r"(?:его|её|ее|их|меня)?\s*[«\"„']([А-ЯЁ][а-яё]+(?:-[А-ЯЁа-яё][а-яё]+)?)[»\"“']"
    # "я зову их «Саша-большой» и «Саша-маленький»": a second nickname joined to the first
    r"(?:\s+и\s+[«\"„']([А-ЯЁ][а-яё]+(?:-[А-ЯЁа-яё][а-яё]+)?)[»\"“'])?"
)
# "Петенька", "Санечка", "Дашуля": an affectionate form of a first name, capitalised inside a sentence.
_RU_DIMINUTIVE = re.compile(
    r"(?<![.!?…\n]\s)(?<!^)(?<![«\"])\b[А-ЯЁ][а-яё]+(?:еньк|ечк|очк|ушк|юшк|уськ|юськ|ул|юл|юш|ун|ус|ёнок)"
    r"(?:а|и|е|у|ой|ою|ам|ов)?\b"
    # at a sentence's start only the unmistakable ones: "Петенька, конечно, ...", "Дашуля пришла"
    r"|\b[А-ЯЁ][а-яё]+(?:еньк|ечк|юш|уськ|юськ|ул|юл|ьк)(?:а|и|е|у|ой|ою)\b"
    # "Егорка", "Тёмка", "Вовка" inside a sentence: a first name's stem and -ка
    r"|(?<![.!?…\n]\s)(?<!^)(?<![«\"])\b[А-ЯЁ][а-яё]*[бвгджзлмнпртфхчшщь]к(?:а|и|е|у|ой)\b"
)
_RU_NOT_DIMINUTIVE = frozenset(
    "Камчатка Чукотка Аляска Америка Африка Мексика Корсика Балтика Арктика Антарктика Чукотке Камчатке Аляске "
    "Америке Африке Полька "
    "Свечка Речка Печка Гречка Овечка Аптечка Уздечка Скамеечка Копеечка Полечка Колечка Пулька Пуля Кастрюля "
    "Сосулька Пилюля Косуля Бабуля Дедуля Мамуля Папуля Мамуся Папуся".split()
)


# "Лена, я сегодня не успеваю": a first name opening a line and addressed.
_RU_VOCATIVE = re.compile(
    r"(?m)^[^\S\n]*(?:[—–-][^\S\n]*)?([А-ЯЁ][а-яё]{1,12}(?:а|я|ей|ий|ан|он|ор|ил|ем|им|ат|ур|ир|ег|ик|ёк|ек|ав|ас|ис|ус|ар))"
    r"[^\S\n]*,[^\S\n]+(?=[а-яё])"
)
_RU_NOT_ADDRESSED = frozenset(
    "Друзья Господа Товарищи Девчонки Мальчишки Народ Люди Граждане Внимание Весна Осень Зима Лето Январь Февраль Март "
    "Апрель Май Июнь Июль Август Сентябрь Октябрь Ноябрь Декабрь Понедельник Вторник Среда Четверг Пятница Суббота "
    "Воскресенье Итого Тема Задача Цель Вопрос Проблема Ситуация Дата Класс Предмет".split()
)


# Signs that a name is someone in the case, whatever public figure shares it: placed in a class or an office
# ("Harry in Year 4P", "Крылова из методкабинета") or named after a role ("завуч Крылова", "my pupil George").
_PERSON_AFTER = re.compile(
    r"[^\S\n]+(?:in|from)[^\S\n]+(?:(?i:year|form|class|set|grade)[^\S\n]+)?\d{1,2}[^\S\n]?[A-Z]\b"
)
_EN_PERSON_BEFORE = re.compile(
    r"\b(?:pupil|student|boy|girl|son|daughter|child|mum|dad|mother|father|colleague|TA|tutee|twin|brother|sister)"
    r"s?,?[^\S\n]+$"
)


def person_context(text: str, start: int, end: int) -> bool:
    before = text[max(0, start - 30) : start]
    role_before = re.search(r"([А-ЯЁа-яё]+)[^\S\n]+$", before)
    return bool(
        _PERSON_AFTER.match(text, end)
        or _RU_FROM_CLASS.match(text, start)
        or _RU_POSSESSIVE.match(text, start)
        or _EN_PERSON_BEFORE.search(before)
        or (role_before and ROLE_WORDS.fullmatch(role_before.group(1)))
    )


# A capitalised word inside a sentence is a proper name in Russian (months, languages and nationalities are written
# in lower case); it is a person's when the dictionary allows a first name, a surname or a patronymic, or does not
# know the word at all, and it is not a place, an organisation, a quoted title or an abbreviation.
_RU_CAPITALISED = re.compile(r"(?<![\w.«\"-])[А-ЯЁ][а-яё]{2,}(?:-[А-ЯЁ][а-яё]+)?(?![\w»\"-])")


def russian_capitalised_names(text: str, places: list[tuple[int, int]]) -> Iterator[Span]:
    titles = [m.span() for m in re.finditer(r"«[^»\n]{1,80}»|\"[^\"\n]{1,80}\"", text)]
    for match in _RU_CAPITALISED.finditer(text):
        word, start, end = match.group(0), match.start(), match.end()
        if re.search(r"(?:^|[.!?…:;\n•—–-])\s*$", text[:start]) or any(a <= start < b for a, b in titles + places):
            continue
        if ROLE_WORDS.fullmatch(word) or word in RU_NOT_NAMES or RU_VERB.search(word):
            continue
        first = word.split("-")[0]
        if is_place_or_body(first) or (is_ordinary_word(first) and not can_be_personal(first)):
            continue
        if can_be_personal(first) or not is_known(first):
            yield start, end, "name"


def russian_coordinated(text: str, names: list[tuple[int, int]]) -> Iterator[Span]:
    """ "Алёнка и Полина": a capitalised word joined by "и" or a comma to a name found is a name when the dictionary
    allows a name reading or does not know it."""
    for start, end in names:
        for match in re.finditer(r"([А-ЯЁ][а-яё]{2,})\s*(?:,|\s+и)\s*$", text[max(0, start - 30) : start]):
            word = match.group(1)
            if word in RU_NOT_NAMES or ROLE_WORDS.fullmatch(word) or RU_VERB.search(word):
                continue
            if can_be_personal(word) or not is_known(word):
                yield max(0, start - 30) + match.start(1), max(0, start - 30) + match.end(1), "name"
        after = re.match(r"\s*(?:,|и\s)\s*([А-ЯЁ][а-яё]{2,})\b", text[end:])
        if after and after.group(1) not in RU_NOT_NAMES and not ROLE_WORDS.fullmatch(after.group(1)):
            if can_be_personal(after.group(1)) or not is_known(after.group(1)):
                yield end + after.start(1), end + after.end(1), "name"


_RU_SENTENCE_FIRST = re.compile(r"(?:^|(?<=[.!?…]\s)|(?<=\n))([А-ЯЁ][а-яё]{2,})(?=[^\S\n]+[А-ЯЁа-яё])")


def russian_sentence_first_names(text: str) -> Iterator[Span]:
    """ "Настя хорошая": a sentence's first word that the dictionary reads first as a first name, a surname or a
    patronymic, with no ordinary reading, before a lowercase word."""
    for match in _RU_SENTENCE_FIRST.finditer(text):
        word = match.group(1)
        if word in RU_NOT_NAMES or ROLE_WORDS.fullmatch(word) or RU_VERB.search(word) or is_ordinary_word(word):
            continue
        if is_known(word) and first_reading_is_personal(word):
            yield match.start(1), match.end(1), "name"


# "Ахмед, 7 «В», живёт с дядей", "ФИО ребёнка: Прохорова Алина Сергеевна": a name by its class or in a form.
_RU_NAME_BEFORE_CLASS = re.compile(
    r"\b([А-ЯЁ][а-яё]+(?:[^\S\n]+[А-ЯЁ][а-яё]+){0,2})[^\S\n]*[,(][^\S\n]*\d{1,2}[^\S\n]*[-«\"]?[А-ЯЁ]"
)
_RU_FORM_FIELD = re.compile(
    r"(?m)(?:ФИО|Ф\.И\.О\.|Фамилия|Имя|Ученик|Ученица|Обучающ\w+|Реб[её]н\w*|Родител\w*|Мать|Отец|"
    r"Законн\w+ представител\w*|"
    r"Сотрудник|Учитель|Классный руководитель|Ответственн\w*)[^:\n]{0,25}:[^\S\n]*"
    r"([А-ЯЁ][а-яё]+(?:-[А-ЯЁ][а-яё]+)?(?:[^\S\n]+[А-ЯЁ][а-яё]+){0,2})"
)


# "ученица — Вероника", "секретарь — Света": a role, a dash, then who holds it.
_RU_ROLE_DASH = re.compile(
    r"\b(?:[А-ЯЁа-яё]+)[^\S\n]*[—–][^\S\n]*([А-ЯЁ][а-яё]+(?:-[А-ЯЁ][а-яё]+)?(?:[^\S\n]+[А-ЯЁ][а-яё]+){0,2})"
)
_RU_HOLDER_ROLE = re.compile(r"[Пп]редседател\w*|[Кк]азначе\w*|[Оо]тветственн\w*|[Дд]ежурн\w*")
# "Секретарь: Орлова А.", "А. Орлова": a surname with one initial (two are `_RU_INITIALS`).
_RU_ONE_INITIAL = re.compile(
    r"\b([А-ЯЁ][а-яё]+(?:-[А-ЯЁ][а-яё]+)?)[^\S\n]+[А-ЯЁ]\.(?![^\S\n]?[А-ЯЁ]\.)"
    r"|(?<![\w.])[А-ЯЁ]\.[^\S\n]?([А-ЯЁ][а-яё]+(?:-[А-ЯЁ][а-яё]+)?)\b"
)


def russian_names(text: str) -> Iterator[Span]:
    for match in _RU_ROLE_DASH.finditer(text):
        role = text[match.start() : match.start(1)].split()[0]
        first = match.group(1).split()[0]
        if (ROLE_WORDS.fullmatch(role) or _RU_HOLDER_ROLE.fullmatch(role)) and can_be_personal(first):
            if first not in RU_NOT_NAMES and not ROLE_WORDS.fullmatch(first):
                yield match.start(1), match.end(1), "name"
    for match in _RU_ONE_INITIAL.finditer(text):
        word = match.group(1) or match.group(2)
        personal = first_reading_is_personal(word) or (can_be_personal(word) and not is_place_or_body(word))
        if personal and word not in RU_NOT_NAMES and not ROLE_WORDS.fullmatch(word):
            yield match.start(), match.end(), "name"  # "Белых С.": a surname that is also an adjective
    for pattern in (_RU_NAME_BEFORE_CLASS, _RU_FORM_FIELD):
        for match in pattern.finditer(text):
            words = match.group(1).split()
            if not any(
                w in RU_NOT_NAMES or ROLE_WORDS.fullmatch(w) or is_ordinary_word(w) or is_place_or_body(w)
                for w in words
            ):
                yield match.start(1), match.end(1), "name"
    for match in _RU_PSEUDONYM.finditer(text):
        if match.group(1) not in RU_NOT_NAMES and not ROLE_WORDS.fullmatch(match.group(1)):
            # the pseudonym and every later use of it, even where it could be the ordinary word ("Ласточка в …")
            for again in re.finditer(r"\b" + re.escape(match.group(1)) + r"\b", text[match.start(1) :]):
                yield match.start(1) + again.start(), match.start(1) + again.end(), "name"
    for match in _RU_SURNAME_FIRST.finditer(text):
        if match.group(1) not in RU_NOT_NAMES:
            if not is_ordinary_word(match.group(1)):  # "Педагогический стаж"
                yield match.start(1), match.end(1), "name"
    for match in re.finditer(r"(?m)^[^\S\n]*([А-ЯЁ][а-яё]{1,10})[^\S\n]*,[^\S\n]+(?=[а-яё])", text):
        word = match.group(1)
        if (
            can_be_personal(word)
            and not is_ordinary_word(word)
            and word not in RU_NOT_NAMES
            and not RU_VERB.search(word)
        ):
            yield match.start(1), match.end(1), "name"  # "Лёш, привет!"
    for match in _RU_VOCATIVE.finditer(text):
        word = match.group(1)
        if not (
            ROLE_WORDS.fullmatch(word) or word in RU_NOT_NAMES or word in _RU_NOT_ADDRESSED or RU_VERB.search(word)
        ):
            yield match.start(1), match.end(1), "name"
    for match in _RU_NICKNAME.finditer(text):
        yield match.start(1), match.end(1), "name"
        if match.group(2):
            yield match.start(2), match.end(2), "name"
    for match in _RU_DIMINUTIVE.finditer(text):
        word = match.group(0)
        if word not in RU_NOT_NAMES and word not in _RU_NOT_DIMINUTIVE and not ROLE_WORDS.fullmatch(word):
            yield match.start(), match.end(), "name"
    for match in _RU_POSSESSIVE.finditer(text):
        if match.group(1) not in _RU_NOT_POSSESSIVE:
            yield match.start(1), match.end(1), "name"
    for match in _RU_FROM_CLASS.finditer(text):
        if not ROLE_WORDS.fullmatch(match.group(1)) and match.group(1) not in RU_NOT_NAMES:
            yield match.start(1), match.end(1), "name"
    for match in _RU_PATRONYMIC.finditer(text):
        start, end = match.span()
        first = match.group(1) or match.group(2) or match.group(3)
        if first and (ROLE_WORDS.fullmatch(first) or first in RU_NOT_NAMES or RU_VERB.search(first)):
            start = text.index(" ", start) + 1
            while text[start] == " ":
                start += 1
        yield start, end, "name"
    for match in _RU_COMPOUND.finditer(text):
        if match.group(0).split("-", 1)[0] not in _RU_PLACE_PARTS:
            yield match.start(), match.end(), "name"


RUSSIAN_RULES: tuple[tuple[re.Pattern[str], str], ...] = (
    (_EMAIL, "email"),
    (_PHONE, "phone"),
    (_RU_SCHOOL, "school"),
    (_RU_ADDRESS, "address"),
    (_RU_CLASS, "class"),
    (_RU_INITIALS, "name"),
    (_HANDLE, "handle"),
    (_DOCUMENT, "document"),
)
ENGLISH_RULES: tuple[tuple[re.Pattern[str], str], ...] = (
    (_EMAIL, "email"),
    (_PHONE, "phone"),
    (_EN_SCHOOL, "school"),
    (_EN_ADDRESS, "address"),
    (_EN_CLASS, "class"),
    (_HANDLE, "handle"),
)


# A class's or a teacher's own site on a blog or site builder names them: "brookmere5b.edublogs.org".
_CLASS_SITE = re.compile(
    r"edublogs\.org|wixsite\.com|blogspot\.com|blogspot\.co\.uk|wordpress\.com|weebly\.com|sites\.google\.com|padlet\.com/|tilda\.ws|ucoz\.|nsportal\.ru/\w|"
    r"multiurok\.ru/\w|infourok\.ru/user|kopilkaurokov\.ru/\w|pedsovet\.su/\w|mskobr\.ru|\.sch\.uk|"
    r"(?://|\.)(?:sch|school|shkola|gimn|gymnasium|licey|lyceum)[-_]?\d+\.",
    re.IGNORECASE,
)


# One video ("youtube.com/watch?v=…") is a resource, like an article; a channel or a profile is a person's.
_VIDEO = re.compile(r"youtube\.com/watch\?v=[\w-]+$|youtu\.be/[\w-]+$", re.IGNORECASE)
# "our school website (https://www.hollinspark.org.uk)": a school's own site names the school.
_SCHOOL_SITE_BEFORE = re.compile(r"(?:school(?:'s|’s)?\s+(?:web)?site|сайт\w*\s+(?:нашей\s+)?школы)\W{0,5}$", re.I)


def personal_urls(text: str) -> Iterator[Span]:
    """URLs of social profiles, or with ids, e-mails or query strings in them; plain resource links stay."""
    for match in _URL.finditer(text):
        url = match.group(0).rstrip(".,;:)!?")
        if _VIDEO.search(url):
            continue
        if (
            _SCHOOL_SITE_BEFORE.search(text[max(0, match.start() - 40) : match.start()])
            or _SOCIAL.search(url)
            or _CLASS_SITE.search(url)
            or _PERSONAL_URL_PART.search(url.split("//", 1)[-1].split("/", 1)[-1] if "/" in url else "")
        ):
            yield match.start(), match.start() + len(url), "url"


# "серия 4508 номер 654321": a passport's series and number written apart are two document spans.
_PASSPORT_APART = re.compile(
    r"(?:\b[Сс]ери[яиюей]\s*)?(?<!\d)(\d{2}\s?\d{2})(?!\d)[\s,]*(?:и\s+)?(?:номер|№|N)\s*(\d{6})(?!\d)"
)


# "called the school on 555-0134": a seven-digit local number is a phone only after a word about calling.
_KEYED_LOCAL_PHONE = re.compile(
    r"\b(?:call(?:ed|s)?|phon(?:e|ed)|ring|rang|text(?:ed)?|tel\.?|mobile|cell|number)\b[^\n.]{0,30}?"
    r"(?<![\w\-])(\d{3}-\d{4})(?![\w\-])"
    r"|(?:\bтел\.|\bтелефон\w*)[^\d\n]{0,20}(?<![\w\-])(\d{2,3}-\d{2}-\d{2})(?![\w\-])",
    re.IGNORECASE,
)


def local_phones(text: str) -> Iterator[Span]:
    for match in _KEYED_LOCAL_PHONE.finditer(text):
        group = 1 if match.group(1) else 2
        yield match.start(group), match.end(group), "phone"


def keyed_documents(text: str) -> Iterator[Span]:
    for pattern in (_KEYED_DOCUMENT, _KEYED_INN, _EN_KEYED_DOCUMENT):
        for match in pattern.finditer(text):
            organisation = _ORGANISATION_NEAR.search(text[max(0, match.start() - 60) : match.start(1)])
            if pattern is _KEYED_INN and len(match.group(1)) == 10 and organisation:
                continue
            yield match.start(1), match.end(1), "document"
    for match in _EN_DOCUMENT.finditer(text):
        yield match.start(), match.end(), "document"
    for match in _PASSPORT_APART.finditer(text):
        yield match.start(1), match.end(1), "document"
        yield match.start(2), match.end(2), "document"


_TOLL_FREE = re.compile(r"(?:\+7|8)[\s\-]*\(?800\b|0800\b")


def rule_spans(text: str, rules: tuple[tuple[re.Pattern[str], str], ...]) -> Iterator[Span]:
    yield from personal_urls(text)
    for pattern, kind in rules:
        for match in pattern.finditer(text):
            start, end = match.span()
            while end > start and text[end - 1] in " ,.;:":
                if text[end - 1] == "." and kind == "name" and re.search(r"(?:^|[\s.])[А-ЯЁA-Z]\.$", text[start:end]):
                    break  # "Гордеева Е. П." keeps its last initial's period
                end -= 1
            if kind == "class" and _EN_NOT_CLASS_AFTER.match(text, end):
                continue
            if kind == "phone" and _TOLL_FREE.match(text, start):
                continue  # a free national line (8-800, 0800) is a hotline's or a company's, never a person's
            if kind == "address" and not any(c.isdigit() for c in text[start:end]):
                continue  # a street without a house number ("на Ленинском проспекте") is not an address
            if end > start:
                yield start, end, kind
