r"""Tuning batch 7j of the de-identifier's labelled set (issue 15): English and Russian structured records:
registers, lists, forms, minutes, tables.

Written on 2026-11-30 between 09:02 and 09:06 UTC by a separate author who did not read the rules. What the author
read: the brief for this batch (/tmp/proto/prompt_7j.txt) and lines 1-80 of
`labelled_former_held_out_3.py` (its module docstring and about 38 lines of its first Russian texts, to see the
file format; none of its texts is reused or paraphrased); a count of the files in this test directory was taken
(no file names were shown). Nothing under `mentor_kit/privacy/`, `test_deidentify.py` or any other `labelled_*.py`
file was opened, and neither the de-identifier nor any test was run.

Mix: 100 texts, 40 Russian (`ROUND_7J_RUSSIAN`) and 60 English (`ROUND_7J_ENGLISH`), each a message by a novice
school teacher (or a record pasted into one) to a university mentor: morning registers with attendance codes,
seating plans, groups and sets lists, mark books and CSV-like exports, detention, behaviour, late and visitor logs,
incident, referral, medical and observation forms with labelled fields, minutes with attendee and apology lists,
action points with owners' initials, staff lists and rotas, e-mail headers, trip, club and team lists, SEN
registers, reading records; Russian списки класса, журналы посещаемости, графики дежурств, протоколы, ведомости,
анкеты, акты, служебные записки, tab- and space-separated tables. 4 Russian and 6 English texts hold no personal
data (bell schedule, room lists, test and mock exam schedules, menus, kit list, house points, a timetable).
Author's choices where the conventions are silent: staff initials standing for a person (JB, KLO, SM) are marked
as names; internal phone extensions (ext. 214) are not marked; a CSV "Surname,Firstname" pair is one name span; a
field label before a class code (Tutor group:, Group:) is not part of the class span; a birth certificate number
is a document.

Span counts (pattern r"\{\{(\w+)\|([^}]*)\}\}" over the two lists):
Russian: 241 spans: name 173, class 33, school 5, address 6, phone 7, email 5, url 3, handle 3, document 6.
English: 406 spans: name 301, class 57, school 7, address 5, phone 13, email 11, url 4, handle 4, document 4.
Total: 647 spans: name 474, class 90, school 12, address 11, phone 20, email 16, url 7, handle 7, document 10.

Scored before use (2026-11-30, aggregate, on the rules as round 6 froze them, 8bf7db2): over all categories
precision 0.86, recall 0.81; name P 0.81 R 0.74 (Russian P 0.86 R 0.86, English P 0.78 R 0.68). The rules were not
tuned on it: it is training data of the span model (`RULES_UNSEEN` in `labelled_tuned.py`).

Marks: {{kind|text}}, kinds: name, school, address, phone, email, url, handle, document, class. Conventions: English
names include a title and initials; a possessive ending stays outside the mark; a role word before a name is not
part of it; a Russian possessive adjective made from a name is a name; a surname with initials includes them; a full
name with patronymic is one span, and two names joined by a conjunction are two spans; a nickname or a pseudonym the
writer gives a child is marked like a name. English class labels include the word before them (year, form, class,
grade), a bare set code is the code alone, Russian labels are the number and letter alone, and a bare year without a
group letter is not marked. A school is the named or numbered institution with its type word as written; a building,
block or branch of a school is its own school span; generic mentions of a school, universities and public bodies are
not marked. An address is the street with house (and flat or block) as written, without the city; a city or a street
without a number is not marked. Phones are marked as written, including a leading plus. Personal numbers (СНИЛС,
ИНН, passport, полис ОМС, NHS and National Insurance numbers) are the number only, without the label; passport
series and number together are one span, apart two spans. A profile, channel or group link is a url (the full link
as written, without trailing punctuation), a generic resource or news link is not marked, and a bare handle starting
with @ is a handle. Authors, historical figures, characters, theorists, celebrities and public bodies are not
marked. A name written "SURNAME, Firstname" or "Surname, F." is one name span; a speaker's name before a chat
message is a name.
"""

ROUND_7J_RUSSIAN = [
    # 1 список на экскурсию
    (
        "Список {{class|6 «Б»}} на экскурсию, проверьте, пожалуйста:\n"
        "1. {{name|Абрамова Дарья Игоревна}}\n2. {{name|Бойко Никита Сергеевич}}\n"
        "3. {{name|Гусейнов Тимур Рашидович}}\n4. {{name|Зайцева Полина Андреевна}}\n"
        "5. {{name|Лапин Егор Максимович}}\nСопровождающие: {{name|Кравченко Е. В.}}, {{name|Соловьёва Н. А.}}."
    ),
    # 2 журнал посещаемости
    (
        "Журнал посещаемости, {{class|8А}}, неделя 12–16 октября\nФамилия И.\tПн\tВт\tСр\tЧт\tПт\n"
        "{{name|Белов К.}}\t+\t+\tн\t+\t+\n{{name|Дьячкова А.}}\tб\tб\tб\t+\t+\n"
        "{{name|Мухаметов Р.}}\t+\tн\t+\tн\tн\n{{name|Орлова В.}}\t+\t+\t+\t+\t+\n"
        "У {{name|Мухаметова}} три пропуска без причины, звонить маме или сразу соцпедагогу?"
    ),
    # 3 график дежурств
    (
        "График дежурств по этажам, ноябрь:\n"
        "Пн — 1 этаж: {{name|Сафонова Л. П.}}, 2 этаж: {{name|Ткачук И. В.}}\n"
        "Вт — 1 этаж: {{name|Гаврилов А. А.}}, столовая: {{name|Ершова М. Ю.}}\n"
        "Ср — 1 этаж: я ({{name|Никитина О.}}), 2 этаж: {{name|Ткачук И. В.}}\n"
        "Если {{name|Гаврилов}} опять заболеет, меня ставят на два этажа сразу. Это законно?"
    ),
    # 4 протокол родительского собрания
    (
        "Протокол родительского собрания {{class|3 «Г»}} от 14.11\n"
        "Присутствовали: 18 человек, в т. ч. председатель родкомитета {{name|Чернова Ирина Валентиновна}}\n"
        "Отсутствовали: {{name|Кузьмин П. Н.}}, {{name|Рахимова З. Ш.}}\n"
        "Слушали: классного руководителя {{name|Смирнову А. Д.}} об итогах четверти.\n"
        "Постановили: собрать деньги на театр до 25.11, ответственная — {{name|Чернова И. В.}}"
    ),
    # 5 ведомость оценок
    (
        "Ведомость за контрольную по алгебре, {{class|9 «А»}}:\n"
        "{{name|АНДРЕЕВ Максим}}      4\n{{name|БАРАНОВА Ульяна}}    5\n{{name|ВОЛКОВ Арсений}}     2\n"
        "{{name|ГРИГОРЬЕВА Ева}}     3\n{{name|ДЕНИСОВ Лев}}        н/я\n"
        "{{name|Волков}} просит переписать, а {{name|Денисов}} был на соревнованиях. Можно обоим дать второй шанс?"
    ),
    # 6 анкета для социального паспорта
    (
        "Анкета для социального паспорта класса (заполнила мама):\n"
        "ФИО ребёнка: {{name|Фёдоров Артём Ильич}}\nКласс: {{class|4 «В»}}\n"
        "Адрес проживания: г. Самара, {{address|ул. Ново-Садовая, д. 143, кв. 56}}\n"
        "Мать: {{name|Фёдорова Юлия Олеговна}}, тел. {{phone|8 917 302-44-19}}\n"
        "Отец: {{name|Фёдоров Илья Викторович}}, тел. {{phone|+7 927 118-60-05}}\n"
        "СНИЛС ребёнка: {{document|153-842-907 31}}\nНужно ли мне вообще собирать СНИЛС?"
    ),
    # 7 расписание звонков (без персональных данных)
    (
        "Расписание звонков на вторую смену:\n1 урок  13:30–14:10\n2 урок  14:20–15:00\n"
        "3 урок  15:20–16:00\n4 урок  16:20–17:00\n5 урок  17:10–17:50\n"
        "Перемены после 2 и 3 урока по 20 минут — для питания 5 и 6 классов."
    ),
    # 8 родительский чат
    (
        "Скриншот из родительского чата {{class|2 «А»}}, не знаю, как реагировать:\n"
        "[19:42] {{name|Марина К.}}: а кто разрешил {{name|вике}} сидеть с моим сыном?\n"
        "[19:44] {{name|Гульнара}}: {{name|марина}}, это учитель рассадил, не мы\n"
        "[19:45] {{name|Марина К.}}: учителю я тоже напишу\n"
        "Как ответить, чтобы не было скандала?"
    ),
    # 9 протокол МО
    (
        "Протокол заседания МО учителей начальных классов № 3\nПредседатель: {{name|Лебедева Т. Г.}}\n"
        "Секретарь: {{name|Панова А. С.}}\n"
        "Присутствовали: {{name|Горбунова Е. И.}}, {{name|Исаева Д. Р.}}, {{name|Шевчук О. В.}}, "
        "{{name|Панова А. С.}}\n"
        "Отсутствовала: {{name|Мельник С. Ю.}} (больничный)\n"
        "Решили: провести открытые уроки в {{class|1 «Б»}} и {{class|2 «В»}} в декабре."
    ),
    # 10 группа продлённого дня
    (
        "Группа продлённого дня, кто кого забирает:\n"
        "{{name|Ковалёв Миша}} — бабушка, {{phone|8-903-441-27-90}}\n"
        "{{name|Латыпова Аня}} — уходит сама, до 17:00\n"
        "{{name|Носков Данил}} — папа {{name|Носков Артём Сергеевич}}, {{phone|+7 (916) 772-05-38}}\n"
        "{{name|Петрова Злата}} — мама, звонить только на {{phone|8 (495) 613-22-47}}"
    ),
    # 11 кабинеты (без персональных данных)
    (
        "Кабинеты на время ремонта спортзала:\nФизкультура (теория) — каб. 214\nХореография — актовый зал\n"
        "Шахматы — библиотека, 3 этаж\nОФП для 7–8 классов — на улице, если не холоднее −10\n"
        "Ключи от раздевалок на вахте."
    ),
    # 12 характеристика
    (
        "Черновик характеристики, посмотрите, пожалуйста:\nХАРАКТЕРИСТИКА\n"
        "на обучающегося {{class|7 «Д»}} класса {{school|МБОУ «Гимназия № 5»}}\n"
        "{{name|Соколова Кирилла Андреевича}}, 12.03.2013 г. р., проживающего по адресу: "
        "{{address|пр. Победы, д. 21, кв. 7}}\n"
        "{{name|Кирилл}} обучается в гимназии с 2019 года, по характеру спокойный, но легко поддаётся влиянию."
    ),
    # 13 журнал нарушений дисциплины
    (
        "Журнал нарушений дисциплины, 2-я неделя:\n"
        "10.11  08:35  {{name|Яковлев Т.}} ({{class|6В}}) — опоздание, 3-й раз, зафиксировал {{name|Рябов Г. А.}}\n"
        "11.11  12:10  {{name|Зиннатуллина Э.}} ({{class|6В}}) — телефон на уроке, изъят, вернули маме\n"
        "12.11  14:05  {{name|Яковлев Т.}}, {{name|Шарапов М.}} ({{class|6Г}}) — драка в раздевалке, "
        "доложено {{name|Н. В. Кирилловой}}\nЧто писать в графе «меры»?"
    ),
    # 14 кружок робототехники
    (
        "Кружок робототехники, запись на второе полугодие:\n{{name|Ахмадуллин Карим}} ({{class|5А}})\n"
        "{{name|Белова Кира}} ({{class|5Б}})\n{{name|Демченко Ярослав}} ({{class|6А}})\n"
        "Объявления дублирую в группе {{url|https://vk.com/robo_club_sch44}} и в канале {{handle|@robo44_news}}."
    ),
    # 15 шапка письма
    (
        "От: {{name|Захарова Вера Павловна}} <{{email|zakharova.vp@school1287.ru}}>\n"
        "Кому: {{name|Морозов Д. А.}} <{{email|morozov.da@mail.ru}}>\nКопия: {{email|uch_chast@school1287.ru}}\n"
        "Тема: замена уроков 2 декабря\n\n"
        "{{name|Дмитрий Алексеевич}}, в {{class|10 «А»}} вместо вас будет {{name|Литвинова}}, передайте ей "
        "план урока.\n"
        "(Это мне переслали, а я даже не знаю, кто такая {{name|Литвинова}}.)"
    ),
    # 16 заявка на олимпиаду
    (
        "Заявка на школьный этап олимпиады по биологии:\n№\tФИО\tКласс\tУчитель\n"
        "1\t{{name|Егорова Софья Дмитриевна}}\t{{class|8Б}}\t{{name|Пастухова Н. И.}}\n"
        "2\t{{name|Жуков Савва Олегович}}\t{{class|9А}}\t{{name|Пастухова Н. И.}}\n"
        "3\t{{name|Ибрагимова Лейла Маратовна}}\t{{class|11А}}\t{{name|Осипов Г. Л.}}"
    ),
    # 17 график контрольных (без персональных данных)
    (
        "График контрольных работ на декабрь:\n04.12 — математика, 5 классы\n07.12 — русский язык, 6 классы\n"
        "11.12 — английский язык, 7 классы\n15.12 — физика, 8 классы\n18.12 — история, 9 классы\n"
        "Не более одной контрольной в день в параллели."
    ),
    # 18 рассадка
    (
        "Рассадка в {{class|2 «Б»}} после пересадки (от доски):\n"
        "1 ряд: {{name|Лиза М.}} + {{name|Тимур}}, {{name|Ксюша}} + {{name|Макар}}, {{name|Вера}} + {{name|Ислам}}\n"
        "2 ряд: {{name|Соня Р.}} + {{name|Гоша}}, {{name|Лиза К.}} + {{name|Артём}}\n"
        "3 ряд: {{name|Даня}} один (по просьбе психолога)\n"
        "{{name|Гошина}} мама уже возмущается, что он не с другом."
    ),
    # 19 данные для поездки
    (
        "Для поездки на соревнования мама прислала данные, перепечатываю в форму:\n"
        "Участник: {{name|Никифоров Глеб Романович}}\nСвидетельство о рождении: {{document|IV-ЕР № 614327}}\n"
        "Полис ОМС: {{document|7755 4409 2318 0016}}\n"
        "Сопровождающий: {{name|Никифорова Алёна Викторовна}}, паспорт {{document|45 17 902614}}"
    ),
    # 20 список льготников
    (
        "Список льготников на питание, {{class|1 «А»}}:\n{{name|ГАЛИЕВА Амина}} — многодетная семья\n"
        "{{name|ДОРОФЕЕВ Степан}} — малоимущая семья\n{{name|КИРИЛЛОВА Ульяна}} — ОВЗ\n"
        "Справку на {{name|Дорофеева}} ещё не принесли, соцпедагог {{name|Рустамова Л. Ф.}} ждёт до пятницы."
    ),
    # 21 выписка из протокола малого педсовета
    (
        "Выписка из протокола малого педсовета по {{class|5 «Г»}}:\n"
        "Присутствовали: зам. директора {{name|Карпова Е. Н.}}, классный руководитель {{name|Сухова М. А.}} (я), "
        "психолог {{name|Бессонова Ю. Р.}}, учителя-предметники.\n"
        "Приглашены: {{name|Тарасов Алексей}} и его отец {{name|Тарасов Виктор Иванович}}.\n"
        "Решение: индивидуальный график сдачи долгов по математике до 20.12."
    ),
    # 22 анкета в отделе кадров
    (
        "Заполняю анкету в отделе кадров, проверьте, всё ли надо указывать:\n"
        "ФИО: {{name|Гончарова Елена Сергеевна}}\nИНН: {{document|772104593318}}\n"
        "СНИЛС: {{document|118-406-225 79}}\n"
        "Адрес регистрации: {{address|ул. Профсоюзная, д. 92, корп. 3, кв. 140}}\n"
        "Эл. почта: {{email|e.goncharova94@gmail.com}}"
    ),
    # 23 выдача учебников
    (
        "Выдача учебников, {{class|10 «Б»}}:\n"
        "{{name|Антонов И.}}      Алгебра 10, Геометрия 10–11    подпись есть\n"
        "{{name|Волошина Д.}}     Алгебра 10                     Геометрии не хватило\n"
        "{{name|Хабибуллин Р.}}   —                              не пришёл\n"
        "Мама {{name|Волошиной}} требует учебник до понедельника, а в библиотеке их нет."
    ),
    # 24 рабочий чат
    (
        "Переписка из рабочего чата, подскажите, я правда виновата?\n"
        "{{name|Ирина Петровна}} (завуч): кто вчера оставил открытым 305 кабинет\n"
        "Я: у меня 6-м уроком был {{class|7В}}, я закрывала\n"
        "{{name|Зоя Т.}}: {{name|оля}}, там твой журнал на столе лежал\n"
        "{{name|Ирина Петровна}} (завуч): {{name|ольга андреевна}}, зайдите ко мне после уроков"
    ),
    # 25 меню (без персональных данных)
    (
        "Меню на понедельник для 1–4 классов:\nЗавтрак: каша овсяная молочная, бутерброд с маслом, какао\n"
        "Обед: щи из свежей капусты, котлета куриная, пюре, компот\nПолдник: булочка, кефир\n"
        "Замечания родителей про кашу передала в столовую."
    ),
    # 26 деление на подгруппы
    (
        "Деление {{class|4 «А»}} на подгруппы по английскому:\n"
        "1 группа ({{name|Шубина Д. К.}}): {{name|Агафонов}}, {{name|Белякова}}, {{name|Вдовин}}, "
        "{{name|Гайдамак}}, {{name|Ерёмина}}\n"
        "2 группа (я): {{name|Жданов}}, {{name|Исмаилова}}, {{name|Клименко}}, {{name|Лукин}}\n"
        "У меня на одного меньше, а {{name|Шубина}} просит забрать ещё {{name|Вдовина}}."
    ),
    # 27 служебная записка
    (
        "Служебная записка\nДиректору {{school|МАОУ «Лицей № 9»}} {{name|Воронцову А. П.}}\n"
        "от учителя истории {{name|Мартыненко С. О.}}\n"
        "Довожу до вашего сведения, что 17.11 в {{class|8 «В»}} ученик {{name|Щербаков Денис}} повредил "
        "школьное имущество (парта в каб. 312). Свидетели: {{name|Лосева Алина}}, {{name|Руденко Марк}}."
    ),
    # 28 журнал встреч с родителями
    (
        "Журнал встреч с родителями, октябрь:\n"
        "03.10  {{name|Кудрявцева О. Н.}} (мама {{name|Вики}}) — успеваемость, договорились о доп. занятиях\n"
        "12.10  {{name|Рамазанов Э. Т.}} — жалоба на {{name|Смолина}}, который обзывает его сына\n"
        "24.10  бабушка {{name|Лёвы Ушакова}} — просила не сажать {{name|Лёву}} у окна\n"
        "Нужно ли всё это где-то хранить официально?"
    ),
    # 29 родительский контроль питания
    (
        "Родительский контроль питания, график:\n"
        "Ноябрь — {{name|Сергеева Анастасия}} ({{url|https://vk.com/id48113902}})\n"
        "Декабрь — {{name|Ломакин Павел}}, {{phone|+7 985 221-03-66}}\n"
        "Январь — {{name|Аверина Кристина}}, пишет только в телеграм {{handle|@kris_averina}}"
    ),
    # 30 кружки по корпусам
    (
        "Расписание кружков по зданиям:\n"
        "{{school|Корпус 1}} ({{address|ул. Гагарина, 15}}): шахматы — {{name|Ефремов В. К.}}, вт и чт\n"
        "{{school|Корпус 2}} ({{address|ул. Гагарина, 27а}}): театральная студия — {{name|Полякова Р. Н.}}, ср\n"
        "Заявки присылать на {{email|kruzhki_sch77@yandex.ru}} до 1 декабря."
    ),
    # 31 сводная ведомость
    (
        "Сводная ведомость четвертных оценок, {{class|11 «Б»}}, физика:\n"
        "{{name|Акимова Татьяна Сергеевна}}     5\n{{name|Борисенко Глеб Витальевич}}     4\n"
        "{{name|Васильченко Ольга Павловна}}    3\n{{name|Гребенщиков Илья Андреевич}}    н/а\n"
        "По {{name|Гребенщикову}} надо писать объяснительную?"
    ),
    # 32 дневник чтения
    (
        "Дневник чтения, {{class|1 «В»}}, скорость (слов в минуту), сентябрь → ноябрь:\n"
        "{{name|Маша Е.}} — 34 → 41\n{{name|Рома}} — 18 → 20\n{{name|Настя Ш.}} — 45 → 52\n"
        "{{name|Арсений}} — 12 → 25 (занимается с логопедом {{name|Ириной Валерьевной}})"
    ),
    # 33 оборудование для лабораторной
    (
        "Что нужно к лабораторной по физике в 8 классах:\n— штатив с муфтой и лапкой\n— динамометр 4 Н\n"
        "— набор грузов по 100 г\n— линейка 30 см\n— брусок деревянный\n"
        "На 14 пар у нас только 9 динамометров, {{name|Карасёв В. Г.}} обещал дать из своего кабинета."
    ),
    # 34 выписка из приказа
    (
        "Выписка из приказа № 214 от 20.11:\nНаградить грамотами победителей конкурса чтецов:\n"
        "{{name|Лукьянову Веронику}} ({{class|3 «А»}}), {{name|Пахомова Ярослава}} ({{class|4 «Б»}}).\n"
        "Объявить благодарность учителю {{name|Дорониной Светлане Михайловне}}."
    ),
    # 35 карточка молодого специалиста
    (
        "Карточка молодого специалиста:\nФИО: {{name|Исламова Динара Ринатовна}}\n"
        "ОО: {{school|МБОУ СОШ № 18}}\nПредмет: химия\nКлассное руководство: {{class|7 «Е»}}\n"
        "Наставник в школе: {{name|Голованова Людмила Ивановна}}\nТелефон: {{phone|8 (843) 290-15-74}}"
    ),
    # 36 журнал инструктажа
    (
        "Журнал инструктажа по ТБ перед походом:\nДата\tФИО\tПодпись\n"
        "21.09\t{{name|Клочков Савелий}}\tесть\n21.09\t{{name|Мирзоева Сабина}}\tесть\n"
        "21.09\t{{name|Осадчий Фёдор}}\tнет (болел)\n"
        "Инструктаж провела {{name|Рябинина К. С.}}, руководитель похода {{name|Зотов Н. Н.}}"
    ),
    # 37 переписка с мамой
    (
        "Переписка с мамой в мессенджере:\n"
        "[08:02] {{name|Ксения Андреевна}}: {{name|полина}} сегодня не придёт, температура\n"
        "[08:05] Я: спасибо, выздоравливайте\n"
        "[08:40] {{name|Ксения Андреевна}}: а можно домашку в личку? мой ник {{handle|@ksu_andr}}\n"
        "Это нормально — отправлять задания в личные сообщения?"
    ),
    # 38 список для медосмотра
    (
        "Список {{class|9 «Г»}} для медосмотра:\n{{name|Алексеев П. Д.}}  07.02.2011\n"
        "{{name|Бутенко С. А.}}  19.11.2010\n{{name|Глухова М. Р.}}  30.05.2011\n"
        "{{name|Дашкевич Е. И.}}  02.09.2011\nПолисы ОМС собираю отдельно, у {{name|Бутенко}} его нет."
    ),
    # 39 акт обследования
    (
        "Акт обследования жилищно-бытовых условий (черновик)\n"
        "Обучающийся: {{name|Прохоров Вадим Евгеньевич}}, {{class|6 «А»}}\n"
        "Адрес: {{address|ул. Заводская, д. 4, кв. 33}}\n"
        "Члены семьи: мать {{name|Прохорова Инна Геннадьевна}}, отчим {{name|Сизов Р. А.}}, "
        "сестра {{name|Вероника}} (5 лет)\nКомиссия: {{name|Тихонова Н. В.}}, {{name|Абдуллаев Ш. М.}}"
    ),
    # 40 график консультаций
    (
        "График консультаций к ОГЭ:\nматематика — вт 15:00, каб. 207, {{name|Сергей Павлович}}\n"
        "русский — чт 14:30, каб. 105, {{name|Алла Борисовна}}\n"
        "обществознание — пт 15:10, каб. 301, {{name|Фомина Е. В.}}\n"
        "Вопросы в канал {{url|https://t.me/oge_9klass_sch3}}"
    ),
]

ROUND_7J_ENGLISH = [
    # 41 morning register
    (
        "Morning register, {{class|Form 8K}}, Mon 16 Nov:\n{{name|ADEYEMI, Tobi}}  /\n"
        "{{name|BRENNAN, Caitlin}}  N\n{{name|CHOUDHURY, Ayaan}}  L (08:52)\n{{name|DOYLE, Megan}}  /\n"
        "{{name|EVANS, Rhys}}  N\nBoth Ns again - do I chase {{name|Rhys}} myself or leave it to attendance?"
    ),
    # 42 afternoon register
    (
        "Afternoon reg, set {{class|10Y3}}:\n{{name|Gallagher, S.}}   \\\n{{name|Hussain, Z.}}   /\n"
        "{{name|Kowalski, M.}}   \\\n{{name|Lindqvist, E.}}   M (medical)\n{{name|Nwosu, C.}}   /\n"
        "Is a backslash fine for PM or should it be the slash?"
    ),
    # 43 seating plan
    (
        "Seating plan {{class|Year 7P}}, Lab 3 (front to back):\n"
        "Row 1: {{name|Ella}}, {{name|Josh T.}}, {{name|Priya}}, {{name|Oscar}}\n"
        "Row 2: {{name|Kacper}}, {{name|Mia-Rose}}, {{name|Ibrahim}}, {{name|Leah}}\n"
        "Row 3: {{name|Josh W.}}, {{name|Amara}}, empty, {{name|Finn}}\n"
        "I've split {{name|Josh T.}} and {{name|Josh W.}} but {{name|Finn}} keeps moving forward."
    ),
    # 44 mark book export
    (
        "Exported from the mark book, does this look right for moderation?\nsurname,forename,form,paper1\n"
        "{{name|Ashworth,Liam}},{{class|9T}},61%\n{{name|Baptiste,Naomi}},{{class|9T}},48%\n"
        "{{name|Czarnecki,Pawel}},{{class|9T}},72%\n{{name|Duffy,Grace}},{{class|9S}},39%"
    ),
    # 45 detention log
    (
        "Detention log, Tues:\n"
        "15:20  {{name|Harvey Mills}} ({{class|8W}})  no homework x3  set by {{name|KLO}}  attended\n"
        "15:20  {{name|Tyler Quinn}} ({{class|9E}})  phone in lesson  set by {{name|RPa}}  absent - escalate\n"
        "15:25  {{name|Jasmine O'Neill}} ({{class|8W}})  late to lesson  set by me  attended\n"
        "Signed off: {{name|D. Fenwick}}"
    ),
    # 46 incident report
    (
        "Incident report (draft):\nPupil: {{name|Kai Robertson}}\nDOB: 04/06/2014\nTutor group: {{class|7N}}\n"
        "Parent/Carer: {{name|Ms L. Robertson}}, {{phone|07700 914 382}}\n"
        "Reported by: {{name|Miss H. Carter}} (me)\nWitnesses: {{name|Ben Pryce}}, {{name|Sofia Marchetti}}\n"
        "Location: top field, lunch\nDetails: {{name|Kai}} pushed another pupil into the fence after a "
        "football argument."
    ),
    # 47 safeguarding referral
    (
        "Safeguarding referral - please check the tone before I submit:\n"
        "Child: {{name|Lily-Mae Porter}}, Year 4\nAddress: {{address|27 Harcourt Road}}, Leeds\n"
        "Concern raised by: {{name|Mr A. Bello}} (TA)\nDSL informed: {{name|Mrs J. Whitfield}}, 10:15\n"
        "Summary: {{name|Lily-Mae}} said her stepdad {{name|Craig}} 'locks her out' when her mum is at work."
    ),
    # 48 department minutes
    (
        "Minutes - English dept, 12 Nov\n"
        "Present: {{name|JB}} (chair), {{name|Mrs K. Ansah}}, {{name|Tom H.}}, {{name|Dr R. Iqbal}}, me\n"
        "Apologies: {{name|Ms F. Doherty}}\n1. Year 11 mocks: papers to {{name|JB}} by Fri.\n"
        "2. Reading scheme: {{name|Tom H.}} to trial it with {{class|8X1}}.\n"
        "Actions: {{name|KA}} - reprint anthologies; {{name|RI}} - book library slots"
    ),
    # 49 pastoral action points
    (
        "Action points from Monday's pastoral meeting:\n- Call home re {{name|Devon Clarke}} - {{name|SM}}\n"
        "- Book EP assessment for {{name|Zara}} ({{class|5S}}) - {{name|LW}}\n- Update SEN register - me\n"
        "- Chase {{name|Mr O. Lindsay}} about the bus pass - {{name|SM}}"
    ),
    # 50 staff list
    (
        "Who's who (from the staff handbook):\n{{name|Mrs P. Achebe}}    Head of Science     ext. 214\n"
        "{{name|Mr G. Huxley}}     KS3 Science lead    ext. 219\n{{name|Ms D. Rowntree}}   Lab technician      "
        "ext. 221\n"
        "{{name|Dr S. Mahal}}      SENCo               ext. 105\n"
        "Who do I ask about risk assessments, {{name|Mrs Achebe}} or {{name|Mr Huxley}}?"
    ),
    # 51 e-mail header
    (
        "This landed in my inbox, how do I reply?\n"
        "From: {{name|Rachel Dunmore}} <{{email|r.dunmore@stcuthberts.sch.uk}}>\n"
        "To: {{name|Oliver Grant}} <{{email|o.grant@stcuthberts.sch.uk}}>\n"
        "Cc: Head of Year 9 <{{email|hoy9@stcuthberts.sch.uk}}>\nSubject: {{name|Marcus Bell}}, {{class|9G}}\n\n"
        "{{name|Oliver}}, {{name|Marcus}}'s mum has complained again about the seating plan."
    ),
    # 52 trip list
    (
        "Trip list - Natural History Museum, Thu 3 Dec\n"
        "Group A (lead {{name|Mr C. Yates}}): {{name|Aisha Begum}}, {{name|Noah Fletcher}}, {{name|Ruby Sandhu}}, "
        "{{name|Ethan Cole}}\nGroup B (lead me): {{name|Chloe Wright}}, {{name|Idris Mensah}}, {{name|Poppy Lane}}\n"
        "Still no consent form for {{name|Ethan}}; dad's mobile is {{phone|+44 7911 208 553}}."
    ),
    # 53 chess club list
    (
        "Chess club sign-up, Weds lunch, room M4:\n1. {{name|Arjun Patel}} {{class|7C}}\n"
        "2. {{name|Lucas Hartley}} {{class|8A}}\n3. {{name|Erin McBride}} {{class|7C}}\n"
        "4. {{name|Yusuf Ali}} {{class|9B}}\nClub news goes on our account {{handle|@westfieldchess}}."
    ),
    # 54 SEN register
    (
        "SEN register extract, my {{class|8H}} group:\nName\tNeed\tStage\tProvision\n"
        "{{name|Connor Blake}}\tSpLD (dyslexia)\tK\tcoloured overlay, extra time\n"
        "{{name|Maisie Hughes}}\tASC\tEHCP\t1:1 TA {{name|Mrs T. Onyango}}\n"
        "{{name|Dylan Frost}}\tSEMH\tK\tmeet-and-greet with {{name|Mr B. Salt}}"
    ),
    # 55 reading record
    (
        "Reading record notes, {{class|Class 2W}}:\n"
        "{{name|Harper}} - Stage 6, read 'The Owl Who Was Afraid of the Dark' fluently, signed by mum\n"
        "{{name|Theo B.}} - Stage 3, not read at home since October\n"
        "{{name|Amelia}} - Stage 7, reads with grandad {{name|Mr Keane}} every night"
    ),
    # 56 timetable (no personal data)
    (
        "My timetable, week A (no form time on Fridays):\n"
        "Mon  P1 Y7 English   P2 free          P3 Y9 English   P4 Y10 English  P5 PPA\n"
        "Tue  P1 Y8 English   P2 Y8 English    P3 free         P4 Y12 Lit      P5 Y7 English\n"
        "Wed  P1 free         P2 Y11 English   P3 Y9 English   P4 PPA          P5 duty\n"
        "Is 22 periods normal for a trainee in the spring term?"
    ),
    # 57 mock exam schedule (no personal data)
    (
        "Mock exam schedule, Year 11:\nMon 7 Dec  09:00  English Language P1  gym  1h45\n"
        "Mon 7 Dec  13:30  Maths P1 (non-calc)  gym  1h30\nTue 8 Dec  09:00  Biology P1  Room 12  1h45\n"
        "Wed 9 Dec  09:00  History P1  Room 12  1h15\nInvigilation rota to follow."
    ),
    # 58 house points (no personal data)
    (
        "House points, end of week 10:\nNewton     1,482\nCurie      1,455\nSeacole    1,390\nTuring     1,301\n"
        "Seacole closed the gap after the charity bake sale."
    ),
    # 59 kit list (no personal data)
    (
        "Kit list for the Year 8 outdoor ed day:\n- waterproof jacket and trousers\n- sturdy boots (no trainers)\n"
        "- packed lunch and 1L of water\n- spare socks in a plastic bag\n- any inhalers or EpiPens, labelled\n"
        "Coach leaves at 8:15 sharp."
    ),
    # 60 canteen menu (no personal data)
    (
        "Canteen menu, week 2:\nMon: chicken curry, veg chilli, jacket potatoes\n"
        "Tue: roast turkey, Quorn roast, seasonal veg\nWed: pasta bake, tomato soup, garlic bread\n"
        "Thu: fish fingers, veggie fingers, chips\nFri: pizza, salad bar, fruit crumble"
    ),
    # 61 room changes (no personal data)
    (
        "Room changes during the lab refit:\nS1 -> M7\nS2 -> M8\nS3 -> library (back tables)\nS4 -> D2\n"
        "Practical lessons paused until after half term."
    ),
    # 62 behaviour log
    (
        "Behaviour log, {{class|9R}}, Thu P4 (cover):\n"
        "11:05  {{name|Kieran Walsh}} - refused seating plan - C1 ({{name|AHS}})\n"
        "11:12  {{name|Kieran Walsh}} - swearing - C2 ({{name|AHS}})\n"
        "11:20  {{name|Leon D.}} and {{name|Kieran}} - throwing glue sticks - C3, on-call ({{name|Mr P. Nandi}})\n"
        "11:40  on-call returned {{name|Leon}} to the room without a word to me"
    ),
    # 63 parent contact log
    (
        "Parent contact log:\n02/11  phoned {{name|Mrs Adeyinka}} ({{phone|0113 496 0725}}) re {{name|Femi}}'s "
        "homework - no answer\n03/11  emailed {{email|b.adeyinka@outlook.com}}\n"
        "05/11  {{name|Mr Adeyinka}} called back, wants a meeting with {{name|Ms Roth}} (HoY)"
    ),
    # 64 student council reps
    (
        "Student council reps 2026-27:\n{{class|Year 7G}} - {{name|Holly Tran}}\n{{class|Year 8G}} - "
        "{{name|Samuel Ojo}}\n"
        "{{class|Year 9G}} - {{name|Nadia Kaur}}\n{{class|Year 10G}} - {{name|Oliver Reid}}\n"
        "Minutes are posted on {{url|https://www.facebook.com/groups/northgatestudentvoice}}"
    ),
    # 65 project groups
    (
        "Groups for the poetry project, {{class|10E1}}:\n"
        "Group 1: {{name|Abbie}}, {{name|Declan}}, {{name|Hamza}}\n"
        "Group 2: {{name|Jade}}, {{name|Mateusz}}, {{name|Sienna}}\n"
        "Group 3: {{name|Tariq}}, {{name|Bethany}}, {{name|Owen}}, {{name|Lola}}\n"
        "Group 4: {{name|Isaac}} on his own (he asked) - is that okay?"
    ),
    # 66 maths sets
    (
        "Maths sets after the November assessment:\n"
        "{{class|8X1}}: {{name|Cohen, R.}}, {{name|Dlamini, T.}}, {{name|Ferreira, A.}}\n"
        "{{class|8X2}}: {{name|Gibbons, L.}}, {{name|Hale, J.}}\n"
        "{{class|8X3}}: {{name|Ivanova, D.}}, {{name|Jarvis, K.}}\n"
        "The parents of {{name|J. Hale}} want him moved up. Can I say no?"
    ),
    # 67 expedition contact sheet
    (
        "DofE Bronze practice expedition - medical/contact sheet:\n"
        "{{name|Freya Dunn}} - asthma - contact {{name|Mrs S. Dunn}} {{phone|07384 551 290}}\n"
        "{{name|Ollie Burke}} - nut allergy - contact {{name|Mr T. Burke}} {{phone|+44 (0)7700 900 417}}\n"
        "{{name|Keira Nash}} - none - contact grandma {{name|Pat Nash}} {{phone|01632 960 184}}"
    ),
    # 68 medical consent form
    (
        "Medical consent form (typed up from the paper one):\nPupil: {{name|Theo Akintola}}\nDOB: 22/01/2012\n"
        "NHS number: {{document|485 777 3456}}\nGP: {{name|Dr M. Sewell}}, Parkview Surgery\n"
        "Parent/Carer: {{name|Mrs F. Akintola}}, {{email|funmi.akintola@gmail.com}}"
    ),
    # 69 cover slip
    (
        "Cover slip\nAbsent: {{name|Mr J. Pollard}}\nCovering: {{name|Ms E. Vance}} (me)\nGroup: {{class|11Sc3}}\n"
        "Room: L2\nWork: p.142-145 in the CGP book; {{name|Tasha}} and {{name|Reuben}} must not sit together."
    ),
    # 70 letter home
    (
        "Draft letter - can you check the wording?\n{{name|Ms Dawn Holloway}}\n"
        "{{address|Flat 3, 18 Kingsley Terrace}}\nSheffield\n\nDear {{name|Ms Holloway}},\n"
        "Re: {{name|Jordan Holloway}}, {{class|Year 9F}}\n"
        "I am writing to confirm that {{name|Jordan}} will attend a restorative meeting on Monday at 8:30."
    ),
    # 71 annual review minutes
    (
        "Annual review minutes (EHCP)\nChild: {{name|Ava Lindgren}} ({{class|5L}})\n"
        "Attendees: {{name|Mrs N. Lindgren}} (mum), {{name|Ms C. Obi}} (SENCo, chair), {{name|Kate D.}} (TA), "
        "me (class teacher), {{name|Dr P. Rao}} (EP, on Teams)\nApologies: {{name|Mr Lindgren}}\n"
        "Outcomes: continue 1:1 for maths; {{name|CO}} to request a speech and language review."
    ),
    # 72 attendance export
    (
        "Attendance export for my tutor group ({{class|10J}}), term to date:\n"
        "surname,first_name,sessions,present,percent\n{{name|Ahmed,Sami}},120,118,98.3\n"
        "{{name|Brooks,Callum}},120,97,80.8\n{{name|Faulkner,Isla}},120,104,86.7\n{{name|Ng,Vincent}},120,120,100\n"
        "{{name|Callum}}'s under 85% so that's a letter home?"
    ),
    # 73 class chat
    (
        "Pasted from the class Teams chat ({{class|8T}}), last night:\n"
        "{{name|tyler m}}: sir is the homework due tmrw\n{{name|amelia r}}: yes u idiot\n"
        "{{name|tyler m}}: ok {{name|amelia}} calm down\n{{name|jayden}}: lol\n"
        "Should I turn off the chat or deal with {{name|Amelia}} directly?"
    ),
    # 74 forwarded parent e-mail
    (
        "The office forwarded this to me as her tutor:\n"
        "From: {{name|Gareth Pugh}} <{{email|gpugh77@hotmail.co.uk}}>\nSent: 18 Nov 2026 21:14\n"
        "Subject: Bus pass for {{name|Cerys}}\n\n"
        "Hi, we've moved to {{address|9 Heol y Coed}}, Bridgend, so {{name|Cerys}} ({{class|Year 7M}}) needs a new "
        "bus pass. Best number is {{phone|07457 310 926}}. Thanks, {{name|Gareth}}"
    ),
    # 75 break duty rota
    (
        "Break duty rota, autumn 2:\nMon  Playground A  {{name|MH}}, {{name|Mr Ellison}}\n"
        "Tue  Playground A  {{name|Ms V. Chua}}, me\nWed  Canteen  {{name|Mrs Bhatt}}, {{name|Jonno}}\n"
        "Thu  Canteen  {{name|Mr Ellison}}, {{name|VC}}\nFri  Field  {{name|Mrs Bhatt}}, {{name|MH}}\n"
        "{{name|Jonno}} is the PE trainee - can trainees do duty alone?"
    ),
    # 76 parents' evening bookings
    (
        "Parents' evening bookings, {{class|Year 10C}}:\n16:00  {{name|Okwu}} family (for {{name|Chinedu}})\n"
        "16:05  {{name|Mrs Harding}} (for {{name|Ellie}})\n16:10  {{name|Mr D. Sato}} (for {{name|Ren}})\n"
        "16:15  gap\n16:20  {{name|Grace Oduya}}'s dad\nI only have five minutes each - what do I prioritise?"
    ),
    # 77 report comments
    (
        "Report comments, please sanity-check the tone:\n"
        "{{name|Sebastian}} - A conscientious student who needs to speak up more in discussion.\n"
        "{{name|Maya Kapoor}} - {{name|Maya}}'s essays are thoughtful; she must now meet deadlines.\n"
        "{{name|Rory F.}} - {{name|Rory}} has made little effort this term."
    ),
    # 78 library overdue list
    (
        "Library overdue list (from {{name|Mrs Greenhalgh}}):\n"
        "{{name|BARKER, Jake}}      {{class|8P}}   'Holes'     12 weeks\n"
        "{{name|FOSTER, Amelie}}    {{class|7L}}   'Wonder'     6 weeks\n"
        "{{name|O'DRISCOLL, Sean}}  {{class|8P}}   'Skellig'    9 weeks\n"
        "Can I stop {{name|Jake}} borrowing from the class box until he returns it?"
    ),
    # 79 cohort group chat
    (
        "From our PGCE cohort group chat:\n"
        "[21:03] {{name|Hannah}}: anyone got a good KS3 starter on Macbeth?\n"
        "[21:05] {{name|Dev}}: check {{handle|@mrsbteachesenglish}} on insta\n"
        "[21:06] {{name|Hannah}}: ta! also {{name|priya}} did u get the observation feedback from {{name|dr wallace}}?"
    ),
    # 80 parent helpers
    (
        "Parent helpers for the Christmas fair (DBS checked):\n{{name|Mrs L. Ferraro}} - tombola\n"
        "{{name|Andy Kwan}} - BBQ\n{{name|Sinead}} ({{name|Aoife}}'s mum) - face painting\n"
        "The rota sheet is in {{url|https://www.facebook.com/groups/stmaryspta.fair}}"
    ),
    # 81 pupil profile
    (
        "One-page pupil profile (for the supply teacher):\nName: {{name|Mohammed Farouk}} (likes to be called "
        "{{name|Mo}})\nTutor group: {{class|9K}}\nWhat helps me: movement breaks, time-out card\n"
        "Key adult: {{name|Miss R. Dobson}}\nPlease don't: raise your voice, single me out in front of "
        "{{name|Kyle}} and {{name|Brandon}}"
    ),
    # 82 homework tracker
    (
        "Homework tracker, {{class|7A2}} science, wk 9:\nName          HW1   HW2   HW3\n"
        "{{name|Alfie R}}       Y     Y     N\n{{name|Bella S}}       Y     N     N\n"
        "{{name|Carlos M}}      N     N     N\n{{name|Daisy W}}       Y     Y     Y\n"
        "{{name|Carlos}} has done nothing since half term."
    ),
    # 83 staff briefing notes
    (
        "Notes from staff briefing (08:20):\n- {{name|Mr Oyelaran}} retiring at Christmas, card in the staffroom\n"
        "- Fire drill Thurs P3, muster on the field\n"
        "- {{name|Ms Quayle}} (DSL) asks all staff to log concerns the same day on CPOMS\n"
        "- {{name|Daniel Fry}} {{class|11H}} on report to HoY - sign his card"
    ),
    # 84 e-mail about phonics groups
    (
        "This is the email I mean:\nFrom: {{name|Amanda Cole}} <{{email|a.cole@brookfieldprimary.org.uk}}>\n"
        "To: {{name|Joe Whitaker}}\n"
        "Cc: {{name|Sunita Rai}} <{{email|s.rai@brookfieldprimary.org.uk}}>; SENCo "
        "<{{email|senco@brookfieldprimary.org.uk}}>\n"
        "Subject: {{class|Class 3R}} phonics groups\n\n"
        "{{name|Joe}}, please can {{name|Lottie}} and {{name|Harrison}} move to {{name|Sunita}}'s group from Monday.\n"
        "{{name|Amanda Cole}}, Deputy Head, {{school|Brookfield Primary School}}"
    ),
    # 85 induction checklist
    (
        "My induction checklist from HR (I filled it in myself):\nName: {{name|Joseph Whitaker}}\n"
        "NI number: {{document|JT 48 21 93 B}}\nHome address: {{address|42 Larch Close}}, Nottingham\n"
        "Mobile: {{phone|07802 553 161}}\nSchool: {{school|Brookfield Primary School}}\n"
        "Mentor: {{name|Mrs A. Cole}}"
    ),
    # 86 late book
    (
        "Late book, reception desk, Wed:\n08:41  {{name|Lewis P.}}  {{class|10S}}  bus  signed {{name|JR}}\n"
        "08:47  {{name|Kyra Bloom}}  {{class|7E}}  overslept  signed {{name|JR}}\n"
        "08:55  {{name|Mason Hedley}}  {{class|10S}}  no reason  signed {{name|GT}}\n"
        "{{name|Lewis}} is in the book twice this week - is it my job to follow up?"
    ),
    # 87 trip contacts
    (
        "Tutor group contacts ({{class|Form 12M}}), for the trip only:\n"
        "{{name|Elias Brandt}} - mum {{phone|07911 402 658}}\n"
        "{{name|Gemma Oakes}} - dad {{phone|07723 870 441}}, {{email|oakes.family@btinternet.com}}\n"
        "{{name|Rafael Souza}} - host family, {{name|Mrs Pennington}}, {{phone|01904 622 310}}"
    ),
    # 88 access arrangements
    (
        "Access arrangements, mocks:\n{{name|Bright, Olivia}}   25% extra time, separate room\n"
        "{{name|Chen, Marcus}}    reader\n{{name|Das, Aarav}}      laptop, rest breaks\n"
        "Invigilators: {{name|Mrs Y. Hollis}}, {{name|Mr K. Bates}}"
    ),
    # 89 lesson observation form
    (
        "Lesson observation form\nTeacher: {{name|Ms N. Afolabi}} (trainee)\nObserver: {{name|Mr S. Goodwin}}\n"
        "Group: {{class|8Y}}\nSchool: {{school|Hollins Park Academy}}\nFocus: questioning\n"
        "Strengths: good use of cold calling; {{name|Aisha}} and {{name|Kobe}} extended their answers well."
    ),
    # 90 counselling referral
    (
        "Referral to school counsellor\nStudent: {{name|Harriet Lowe}}\nTutor group: {{class|10W}}\n"
        "Referrer: {{name|Mr I. Castellanos}}\nParent/Carer aware: yes ({{name|Mrs Lowe}}, spoke 14/11)\n"
        "Reason: since {{name|Harriet}}'s grandmother died she has stopped eating at lunch."
    ),
    # 91 social media log
    (
        "Log of the posts the kids showed me (for the DSL):\n"
        "20/11  account {{handle|@9ebanter_}} posted a photo of {{name|Mr Kearney}} asleep in the staffroom\n"
        "21/11  same photo on {{url|https://www.tiktok.com/@9ebanter_}}\n"
        "21/11  {{name|Oskar}} says {{name|Liam Fenn}} runs it"
    ),
    # 92 netball team sheet
    (
        "U13 netball team sheet vs {{school|Greystone High}}, Sat:\nGS {{name|Tia}}\nGA {{name|Mollie H}}\n"
        "WA {{name|Zainab}}\nC {{name|Evie}} (capt)\nGD {{name|Nia}}\nGK {{name|Frankie}}\n"
        "Subs: {{name|Lily}}, {{name|Mollie B}}\nMinibus driver: {{name|Mrs Darnell}}. Meet at "
        "{{school|Greystone High}}'s {{school|East Site}}, {{address|140 Moor Lane}}."
    ),
    # 93 homework club sign-in
    (
        "Homework club sign-in, Tue:\n{{name|Sami}} ({{class|7B}})  in 15:20  out 16:30  collected by mum\n"
        "{{name|Grace L.}} ({{class|7B}})  in 15:22  out 16:00  walked home\n"
        "{{name|Noor}} ({{class|8D}})  in 15:30  out 17:00  collected by uncle {{name|Rashid}}, {{phone|07555 019 842}}"
    ),
    # 94 visitor log
    (
        "Visitor log, main reception:\n"
        "09:05  {{name|Helen Marsh}}  educational psychologist  visiting {{name|Ms Obi}}  badge V12\n"
        "09:40  {{name|Paul Trent}}  parent ({{name|Ruby Trent}}, {{class|Year 6T}})  seeing {{name|Mr Kemp}}  "
        "badge V13"
    ),
    # 95 form points leaderboard
    (
        "Form points leaderboard, {{class|8F}}, this half term:\n1. {{name|Ayo}}  142\n2. {{name|Megan T.}}  131\n"
        "3. {{name|Freddie}}  120\n...\n27. {{name|Cody}}  12\n28. {{name|Shay}}  9\n"
        "Should I even display the bottom of the table?"
    ),
    # 96 staff contacts sheet
    (
        "Staff contacts sheet for new starters:\nUnion rep: {{name|Marianne Tully}}, {{email|m.tully.rep@gmail.com}}\n"
        "Wellbeing champion: {{name|Kwame Osei-Bonsu}}, {{phone|07936 404 117}}\n"
        "IT help: {{handle|@ITsupport_oakfield}}\n"
        "Staff social group: {{url|https://www.facebook.com/groups/oakfieldstaffroom}}"
    ),
    # 97 exam seating plan
    (
        "Mock seating plan, gym, Maths P2:\n"
        "A1 {{name|Abbott, Finley}}   A2 {{name|Akhtar, Sara}}   A3 {{name|Allen, Jude}}\n"
        "B1 {{name|Baines, Tom}}   B2 {{name|Bartosz, Nikola}}   B3 empty\n"
        "{{name|Sara}} has 25% extra time - should she be at the end of a row?"
    ),
    # 98 passport check
    (
        "Paris trip passport check (for the travel company form):\n"
        "{{name|Leila Haddad}} - passport {{document|548392017}}, exp 2031\n"
        "{{name|Finn O'Hara}} - passport {{document|127733904}}, exp 2029\n"
        "{{name|Jessica Tam}} - passport not yet received, mum {{name|Wendy Tam}} to bring it in"
    ),
    # 99 witness statement
    (
        "Witness statement (typed for the log):\nName of witness: {{name|Ms Olivia Brandon}}, cover supervisor\n"
        "Date/time: 19/11, 12:50\nLocation: outside the {{school|Sixth Form Centre}}\n"
        "Pupils involved: {{name|Callum Ritchie}} ({{class|10D}}), {{name|Amir Haddou}} ({{class|11A}})\n"
        "Statement: I saw {{name|Callum}} take {{name|Amir}}'s phone and throw it over the fence."
    ),
    # 100 KS2 team minutes
    (
        "Minutes, KS2 team meeting 24/11\n"
        "Present: {{name|Mrs R. Delaney}} (chair), {{name|Mr T. Ibe}}, {{name|Sophie W.}}, {{name|Gavin}} "
        "(trainee), me\n"
        "Apologies: {{name|Mrs O. Kaczmarek}}\n"
        "1. {{class|Year 5B}} residential - {{name|TI}} to confirm the coach\n"
        "2. SATs practice - {{name|RD}} to share papers by Friday"
    ),
]
