"""De-identification on realistic Russian and English texts, scored per category with exact spans against the
tuned part of the labelled set, and unit tests for each category (a positive case and a negative control).
The held-out part (`labelled_held_out_8.py`, batch 8) is never tuned on: `bench/deidentify.py` prints its figures,
and one test asserts the issue's targets on it as a strict xfail while they are not met (no weakened threshold)."""

import pytest

from mentor_kit.privacy import deidentify
from mentor_kit.privacy.evaluation import parse, score

from .labelled_tuned import RULES_TUNED_ENGLISH, RULES_TUNED_RUSSIAN, TUNED_ENGLISH, TUNED_RUSSIAN


# The texts the rules were tuned on (the later ones, which only the span model learned from, are scored by
# `bench/deidentify.py` as its training fit).
@pytest.mark.parametrize(("language", "texts"), [("ru", RULES_TUNED_RUSSIAN), ("en", RULES_TUNED_ENGLISH)])
def test_precision_and_recall_per_category_on_the_tuned_set(language: str, texts: list[str]) -> None:
    result = score(texts)
    print(f"\nde-identification {language}, {len(texts)} texts:\n{result.table()}\n" + "\n".join(result.errors))
    for kind, tally in result.per_kind.items():
        assert tally.recall >= 0.97, (kind, result.errors)
        assert tally.precision >= 0.90, (kind, result.errors)


def test_the_labelled_set_is_large_enough() -> None:
    from .labelled_held_out_8 import HELD_OUT_8_ENGLISH, HELD_OUT_8_RUSSIAN

    everything = TUNED_RUSSIAN + TUNED_ENGLISH + HELD_OUT_8_RUSSIAN + HELD_OUT_8_ENGLISH
    assert len(everything) >= 100
    assert len(HELD_OUT_8_RUSSIAN) >= 40 and len(HELD_OUT_8_ENGLISH) >= 40


# The targets on the held-out batch 8 (written before round 8 changed anything, never tuned or trained on).
# Not met when round 8 froze the rules and the span model (71a8cde) and it was scored once (2026-11-30, 09:31 UTC):
# overall precision 0.92, recall 0.94 (480 spans); name precision 0.87 (251 of 287 found), recall 0.92 (251 of 273;
# Russian 0.86/0.90, English 0.89/0.94); school recall 0.85 (39 of 46); class 0.94/0.98 (61 of 62, 65 found);
# address, document, email, handle, phone and url 1.00. (Baseline on the round-7 state: P 0.90, R 0.93, names
# 0.86/0.91; the rules alone: P 0.85, R 0.87, names 0.77/0.81.) Batch 7 scored the round-7 state at P 0.83, R 0.93.
# Strict: once the targets are met this test passes, the xfail fails, and the mark must go. Its message names no
# text, so running it does not show the batch's misses.
@pytest.mark.xfail(
    strict=True,
    reason="held-out batch 8: name P 0.87 < 0.90 and R 0.92 < 0.97; school R 0.85",
)
def test_targets_on_the_held_out_batch() -> None:
    from .labelled_held_out_8 import HELD_OUT_8_ENGLISH, HELD_OUT_8_RUSSIAN

    result = score(HELD_OUT_8_RUSSIAN + HELD_OUT_8_ENGLISH)
    below = {
        kind: (round(tally.precision, 2), round(tally.recall, 2))
        for kind, tally in result.per_kind.items()
        if tally.recall < 0.97 or tally.precision < 0.90
    }
    assert not below, below


@pytest.mark.parametrize("marked", RULES_TUNED_RUSSIAN + RULES_TUNED_ENGLISH)
def test_no_contact_detail_ever_survives(marked: str) -> None:
    text, gold = parse(marked)
    result = deidentify(text).text
    for start, end, kind in gold:
        if kind in ("email", "phone", "url", "address", "handle", "document"):
            assert text[start:end] not in result


def test_placeholders_follow_the_language_and_the_rest_is_kept() -> None:
    ru = deidentify("Ученик Петя Иванов из 7Б не сдаёт домашние задания по алгебре.")
    assert ru.text == "Ученик [ИМЯ] из [КЛАСС] не сдаёт домашние задания по алгебре."
    en = deidentify("Jack Brown from class 7B never does his algebra homework.")
    assert en.text == "[NAME] from [CLASS] never does his algebra homework."


def test_plain_text_and_generic_links_are_left_alone() -> None:
    text = "Ученики 7 класса не выполняют домашние задания; статья: https://www.edutopia.org/classroom-management"
    assert deidentify(text).text == text


def redacted(text: str) -> list[tuple[str, str]]:
    return [(text[r.start : r.end], r.kind) for r in deidentify(text).redactions]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # English names without a first-name list: title, context, capitalisation, later mentions.
        ("My student Oluwaseun Adebayo-Hart was late again.", [("Oluwaseun Adebayo-Hart", "name")]),
        ("Ms O'Hara asked me to cover.", [("Ms O'Hara", "name")]),
        ("A boy called Thelonious hid in the toilets; Thelonious cried.", [("Thelonious", "name")] * 2),
        ("I phoned Xanthe's mother after the lesson.", [("Xanthe", "name")]),
        # Messenger handles and profile links.
        ("Write to me at @teacher_anna please.", [("@teacher_anna", "handle")]),
        ("Папа прислал ссылку wa.me/79161112233 вместо звонка.", [("wa.me/79161112233", "url")]),
        ("Канал класса: t.me/class_7b_chat.", [("t.me/class_7b_chat", "url")]),
        # Russian personal numbers.
        ("СНИЛС ученика 123-456-789 01 лежит в папке.", [("123-456-789 01", "document")]),
        ("ИНН: 500100732259 указан в анкете.", [("500100732259", "document")]),
        ("Паспорт 45 06 123456 выдан давно.", [("45 06 123456", "document")]),
        ("Полис ОМС 7756 2100 8930 1124 у мамы.", [("7756 2100 8930 1124", "document")]),
        # A school's building or branch, numbered schools written every way.
        ("Я в школе № 57, корпус 3.", [("школе № 57", "school"), ("корпус 3", "school")]),
        ("Перевели в школу номер 57.", [("школу номер 57", "school")]),
        ("Работаю в лицее 1535 второй год.", [("лицее 1535", "school")]),
        # English school names.
        ("I teach at Marshfield Academy now.", [("Marshfield Academy", "school")]),
        ("She moved to Elmwood Primary last year.", [("Elmwood Primary", "school")]),
        # Hyphens and apostrophes in surnames, patronymic alone.
        ("Ученик Римский-Корсаков опять спит.", [("Римский-Корсаков", "name")]),
        ("Николаевна сказала, что я не права.", [("Николаевна", "name")]),
        ("Ольга Николаевна сказала, что я не права.", [("Ольга Николаевна", "name")]),
        # Class labels and UK phones.
        ("Ребята из 7Б сорвали урок.", [("7Б", "class")]),
        ("Half of Year 9C were absent.", [("Year 9C", "class")]),
        ("Ring me on 07700 900123 tonight.", [("07700 900123", "phone")]),
        ("The office is on +44 20 7946 0958.", [("+44 20 7946 0958", "phone")]),
        # Round 2: single English first names by a weak verb, an object, coordination; saints' schools.
        ("Aisha is bright but refuses to write.", [("Aisha", "name")]),
        ("I told Jamie that it was late.", [("Jamie", "name")]),
        ("The twins, Oscar and Felix, swap seats.", [("Oscar", "name"), ("Felix", "name")]),
        ("I teach at St Mary's Catholic High School.", [("St Mary's Catholic High School", "school")]),
        ("Серия 4508 номер 654321 в анкете.", [("4508", "document"), ("654321", "document")]),
        ("Арсений из 3Б опять без завтрака.", [("Арсений", "name"), ("3Б", "class")]),
        ("The parent rings from (020) 7946 0999 daily.", [("(020) 7946 0999", "phone")]),
        # Round 4: initials after a title, a nickname in quotes, an appositive, a late set code, a possessive adjective.
        ("Witness: Mrs P. Kaur (TA).", [("Mrs P. Kaur", "name")]),
        ("She says her stepdad 'Gaz' gets angry.", [("Gaz", "name")]),
        ("Ashworth-Bell, the Year 11 pupil, posted about me.", [("Ashworth-Bell", "name")]),
        ("Whitaker in 10X refuses to take his hood off.", [("Whitaker", "name"), ("10X", "class")]),
        ("Колина мама каждый день встречает меня у ворот.", [("Колина", "name")]),
        # A pupil who shares a name with a character or a figure is still a pupil when the work or topic is absent.
        ("George hit Sam in the corridor.", [("George", "name"), ("Sam", "name")]),
        ("Жуков из 7Б опять без формы.", [("Жуков", "name"), ("7Б", "class")]),
        # Forms, greetings and signatures; a name never runs across a line break.
        ("Pupil: Mia Thornton-Hall\nReported by: Miss Patel", [("Mia Thornton-Hall", "name"), ("Miss Patel", "name")]),
        ("Hi Gemma, thanks for coming.\nRachel", [("Gemma", "name"), ("Rachel", "name")]),
        ("Kind regards,\nTom Fairweather\nHead of Year 10", [("Tom Fairweather", "name")]),
        ("Present: mum (Kerry) and the baby.", [("Kerry", "name")]),
        ('The lads call him "Tank" now.', [("Tank", "name")]),
        ("Now at 27b Station Road, Apt 4, Barnsley.", [("27b Station Road, Apt 4", "address")]),
        # Russian: a nickname in quotes, an affectionate form, a verb before a name, a city code, a school's town.
        ("Ребята зовут его «Бизон».", [("Бизон", "name")]),
        ("Петенька, конечно, при ней ведёт себя как ангел.", [("Петенька", "name")]),
        ("Звоните Петровичу, он дежурит.", [("Петровичу", "name")]),
        ("Рабочий телефон: 8 (4872) 31-22-05.", [("8 (4872) 31-22-05", "phone")]),
        ("Победитель из МБОУ СОШ № 8 г. Тулы.", [("МБОУ СОШ № 8", "school")]),
        ("Адрес: Садовая улица, 14-3, домофон не работает.", [("Садовая улица, 14-3", "address")]),
        ("ИНН наставника для выплаты за олимпиаду: 500123456789.", [("500123456789", "document")]),
        # Lists, chat transcripts, roles before a name, name-like words on strong evidence.
        ("Detentions:\n- Brandon Ellis (phone)\n- Maisie (uniform)", [("Brandon Ellis", "name"), ("Maisie", "name")]),
        ("[08:10] Лена: кто сегодня дежурит?", [("Лена", "name")]),
        ("[19:42] Мама Вовы: а контрольная завтра?", [("Вовы", "name")]),
        ("Ask Nurse Jenkins for the list.", [("Jenkins", "name")]),
        ("Will in 10Y1 wants to drop triple science.", [("Will", "name"), ("10Y1", "class")]),
        ("Summer, one of my Year 10s, has panic attacks.", [("Summer", "name")]),
        ("Вера из 6 «А» впервые подняла руку.", [("Вера", "name"), ("6 «А»", "class")]),
        # Round 4d: vocatives, a nickname in brackets, a first name and an initial, other cases of a Russian name.
        ("Nat, is 11C2 in the hall today?", [("Nat", "name"), ("11C2", "class")]),
        ("Лена, я сегодня не успеваю на педсовет.", [("Лена", "name")]),
        ("Oleksandr Kovalenko (Sasha) joined last week.", [("Oleksandr Kovalenko", "name"), ("Sasha", "name")]),
        ("Now Olivia P.'s mum is furious.", [("Olivia P.", "name")]),
        ("Alfie and his sister Bea miss school.", [("Alfie", "name"), ("Bea", "name")]),
        (
            "Он сказал, что Вике угрожают. Я позвонила маме, и теперь Вику встречают.",
            [("Вике", "name"), ("Вику", "name")],
        ),
        ("Can you chase? Thanks, Ben", [("Ben", "name")]),
        ("Print reports for 7K tonight.", [("7K", "class")]),
        ("Преподаю в колледже, группа ТМ-21.", [("ТМ-21", "class")]),
        ("I've just started at Ysgol Gymraeg Pen-y-Dre.", [("Ysgol Gymraeg Pen-y-Dre", "school")]),
        # Round 4e: pseudonyms, a surname opening a sentence, people in an office, a character's name for a pupil.
        ("Назову ученицу условно Вера. Вере тринадцать.", [("Вера", "name"), ("Вере", "name")]),
        ("Ахмедова опять без формы.", [("Ахмедова", "name")]),
        ("Но Крылова из методкабинета потребовала план.", [("Крылова", "name")]),
        ("We read Harry Potter, and Harry in Year 4P loves it.", [("Harry", "name"), ("Year 4P", "class")]),
        ("Observed Hannah teaching today.", [("Hannah", "name")]),
        ("Deji was a joy to teach.", [("Deji", "name")]),
        (
            "Помощь оказала медсестра Зайцева Т. Н. Учитель химии Белов Д. А.",
            [("Зайцева Т. Н.", "name"), ("Белов Д. А.", "name")],
        ),
        # Round 4f: a capitalised word inside a Russian sentence that the dictionary reads as a name or does not know.
        ("Я сделала словарик, и теперь Нодирбек сам объясняет дроби. Нодирбек молодец.", [("Нодирбек", "name")] * 2),
        ("Катюш, не переживай из-за Лёвы.", [("Катюш", "name"), ("Лёвы", "name")]),
        ("Куратор из гимназии № 3 имени Абая.", [("гимназии № 3 имени Абая", "school")]),
        ("У 10б контрольная перенесена.", [("10б", "class")]),
        ("Dmitri (my mentee) tried retrieval starters.", [("Dmitri", "name")]),
        ("Pupil: Harriet (Year 10M). Consent obtained.", [("Harriet", "name"), ("Year 10M", "class")]),
        ("Hamza finally got his first merit today.", [("Hamza", "name")]),
        ("Family of Zainab and Yusuf Rahman.", [("Zainab", "name"), ("Yusuf Rahman", "name")]),
        ("Thanks, Agnieszka (her mum)", [("Agnieszka", "name")]),
        # Round 4g: name-like words on strong evidence and again later, senders, labels, a Russian list, role stems.
        (
            "Will keeps calling out. I moved Will next to Priya.",
            [("Will", "name"), ("Will", "name"), ("Priya", "name")],
        ),
        ("Email from Jenny: she is ill.", [("Jenny", "name")]),
        ("Front row: Ruby (hearing aid), Zara.", [("Ruby", "name"), ("Zara", "name")]),
        ("Алёнка и Полина из 2 «Г» поменялись местами.", [("Алёнка", "name"), ("Полина", "name"), ("2 «Г»", "class")]),
        ("А Лейла Мамедова не отвечает на звонки.", [("Лейла Мамедова", "name")]),
        ("Сонину маму я видела один раз, она пишет в Телеграм.", [("Сонину", "name")]),
        ("Учитель: Самойлова Т. В. Класс: 7Б.", [("Самойлова Т. В.", "name"), ("7Б", "class")]),
        # Round 4h: behaviour logs, anonymised initials, pseudonyms without quotes, two schools, a class blog.
        ("Behaviour log\nReece: phone out\nAmira: excellent effort", [("Reece", "name"), ("Amira", "name")]),
        ("Notes: A.K. (Year 9C) has had four detentions.", [("A.K.", "name"), ("Year 9C", "class")]),
        ("I'll call her Rosie in this post.", [("Rosie", "name")]),
        (
            "Pupils from Brookmere Primary and Fenwick Junior School arrive at 9.",
            [("Brookmere Primary", "school"), ("Fenwick Junior School", "school")],
        ),
        ("Our class blog is at https://brookmere5b.edublogs.org now.", [("https://brookmere5b.edublogs.org", "url")]),
        ("Лёш, привет! Можешь подменить меня?", [("Лёш", "name")]),
        ("Forwarding this from Sinéad in the English department.", [("Sinéad", "name")]),
        # Round 5: forms, a name by its class, passport series and number apart, organisation-free ИНН, NI numbers.
        ("ФИО ребёнка: Прохорова Алина Сергеевна", [("Прохорова Алина Сергеевна", "name")]),
        ("Ахмед, 7 «В», живёт с дядей.", [("Ахмед", "name"), ("7 «В»", "class")]),
        ("Паспорт отца: 4506 № 123456.", [("4506", "document"), ("123456", "document")]),
        (
            "Parent's NI number: AB 12 34 56 D\nSchool: Fernhill Junior School",
            [("AB 12 34 56 D", "document"), ("Fernhill Junior School", "school")],
        ),
        ("Apologies. Ethan (8R) left early.", [("Ethan", "name"), ("8R", "class")]),
        ("Homeroom: grade 7B\nPhone: 312-555-0133", [("grade 7B", "class"), ("312-555-0133", "phone")]),
        ("Worried about Summer. She has lost weight.", [("Summer", "name")]),
        ("Quick one: Will will be off on Friday.", [("Will", "name")]),
        ("In my form (7JW) there are two new pupils.", [("7JW", "class")]),
        # More address and number layouts.
        ("Семья живёт в доме 7 по улице Мира.", [("доме 7 по улице Мира", "address")]),
        ("Адрес: ул.Ленина, д.5, кв.12.", [("ул.Ленина, д.5, кв.12", "address")]),
        ("They live at 3, Hazel Close now.", [("3, Hazel Close", "address")]),
        ("His NHS number 485 777 3456 was read out.", [("485 777 3456", "document")]),
        ("Her NI number is AB 12 34 56 C.", [("AB 12 34 56 C", "document")]),
        ("Call her mom on 415 555 0132.", [("415 555 0132", "phone")]),
    ],
)
def test_each_category_is_found(text: str, expected: list[tuple[str, str]]) -> None:
    assert redacted(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "We read a paper from the Academy of Sciences about research on memory.",
        "The class went on a trip to London and then to Manchester.",
        "We use Google Classroom and Microsoft Teams for homework.",
        "How do I manage a Year 7 class that talks constantly?",
        "Email me @ any time, or after 5 pm.",
        "Ученики 9 класса пишут ОГЭ в мае.",
        "В корпусе на первом этаже нет пандуса.",
        "Я езжу в Санкт-Петербург на курсы.",
        "Результат контрольной: 25 из 30 баллов, 2024 год.",
        "Начальную школу закрыли на ремонт.",
        "Canva is great for displays, but the school blocks it.",
        "Year 11 were told the Prom would be cancelled.",
        "Spain was a lovely place to teach.",
        "Пушкин и Лермонтов в программе седьмого класса.",
        "Mr Men books are still the favourite.",
        # Round 4: characters of a work named in the text, figures, theorists, products, headings, look-alikes.
        "Our English department is reading Of Mice and Men; Lennie and George have divided the class.",
        "Teaching The Tempest to Year 8: Prospero, Miranda and Caliban are confusing them.",
        "Готовлю урок по «Капитанской дочке»: Гринёв, Маша Миронова и Пугачёв.",
        "Our SLT only wants displays about Martin Luther King and Rosa Parks.",
        "Has anyone tried Kagan structures or Doug Lemov's techniques?",
        "Does anyone use Sparx or Seneca for KS3 homework? Our trust is pushing Century Tech.",
        "Прочитала книгу Людмилы Петрановской и задумалась.",
        "К 9 Мая готовим проект о маршалах Жукове и Рокоссовском.",
        "Spring term planning: Romans in Britain, then Rivers and Mountains.",
        "Половина родителей не пришла на собрание.",
        "The results were 10X better than last year.",
        "Autumn Term CPD Calendar\nRetrieval Practice, Cold Call and World Book Day.",
        "Heads up: the specs differ on the Cold War; Kennedy and Castro come up every year.",
        "Мы шли по Петерсон, а у них учебник Дорофеева.",
        "Станки никто не трогал с Масленицы, а в Кунсткамеру мы так и не попали.",
        "Речка у школы замёрзла.",
        "Для урока используем https://interneturok.ru/ и учебник.",
        "Реквизиты центра: ИНН 5027012345, договор до мая.",
        "План на неделю:\n— Пн: педсовет\n— Вт: открытый урок",
        "Педагогический стаж у неё три года.",
        "Читаем с шестиклассниками «Уроки французского» Распутина.",
        "Subject: Re: Geography fieldwork – River Severn\nCoaches booked with National Express.",
        "Our curriculum goes Normans, Tudors, Industrial Revolution, World Wars.",
        "Present: the head and the chair of governors.",
        "Between the lessons we read about Milgram and Zimbardo.",
        "The Department for Education published https://www.gov.uk/government/news/mobile-phones-in-schools today.",
        "Worksheet is on Teams.",
        "Еду в Казань, посмотрю наконец Кремль и Ангару.",
        "The new Wicked film has taken over my class.",
        "Fingers crossed for the results.",
        "Выготский писал про зону ближайшего развития, а Макаренко — про коллектив.",
        "Про Чехова и Толстого слышали, но «Каштанку» никто не читал.",
        "Tried Kahoot, Quizlet and Google Classroom this term.",
        "After university I started at a gymnasium. Ha.",
        "New arrivals from Kharkiv and his cousin's town.",
        "Скинула секретарю документы и забыла.",
        "Мама просила не включать мультфильм «Король Лев». Марка ручки у него особенная.",
        "We watched a 4K film about 5G networks.",
        "Весна, апрель, Пасха — дети думают только о каникулах.",
        "Блогер Ивлеева и тиктокер Даня Милохин — кумиры моих шестиклассников.",
        "Остановились на берегу реки Клязьмы, дети кормили уток.",
        "Nobody had read a book, not even Diary of a Wimpy Kid or The Boy in the Striped Pyjamas.",
        "Вера в себя у ребёнка появилась не сразу.",
        "Hope you're all well after the holidays.",
        "The unit comes from Oak National Academy.",
        "We took the Northern line from King's Cross to the Natural History Museum.",
        "Wednesday: Flu Vaccinations in the hall.",
    ],
)
def test_negative_controls_are_left_alone(text: str) -> None:
    assert deidentify(text).redactions == ()
