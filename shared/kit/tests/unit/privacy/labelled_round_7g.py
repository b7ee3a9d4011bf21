r"""Tuning batch 7g of the de-identifier's labelled set (issue 15): names in lists, tables, registers and chats.

Written on 2026-11-30 between 08:41 and 08:44 UTC (start and end from `date -u`) by a separate author who did not read
the rules or the other labelled files. What the author read: the brief for this batch; the module docstring and the
first lines of data (file lines 1-80, about 25 texts) of `labelled_former_held_out_3.py`, only to see the file format
(none of its texts is reused or paraphrased); and the list of file names in this directory. Nothing under
`mentor_kit/privacy/`, no test file and no other labelled file was opened, and the de-identifier was not run.

Mix: 100 texts, 35 Russian (ROUND_7G_RUSSIAN) and 65 English (ROUND_7G_ENGLISH), messages by novice school teachers
to a university mentor, or forms, chats, logs, e-mails and documents they paste. They focus on names in structured
and informal layouts: morning registers ("SURNAME, Firstname", "Surname, F."), seating plans (first names in rows,
initials), team sheets, reading and phonics groups, mark books and CSV-like lines, sign-up sheets, rotas, detention
and behaviour logs with times, minutes with attendee lists, staff lists with roles, e-mail headers with display
names, WhatsApp/Telegram/Teams/Discord transcripts and text messages typed in lower case, voice-note transcripts;
Russian списки класса (ФИО, ФАМИЛИЯ Имя, Фамилия И.), журналы, рассадки, графики дежурств, протоколы, чаты
строчными буквами. 15 texts hold no personal data (10 English, 5 Russian): timetables, room lists, resource and
kit lists, exam schedules, menus, an itinerary, a reading list with authors, a house points table with house names.

Span counts (regex r"\{\{(\w+)\|([^}]*)\}\}" over the two lists, by importing this module):
Russian: name 133, class 19, school 3, address 3, phone 7, email 3, url 1, handle 4, document 4 (total 177).
English: name 268, class 41, school 4, address 3, phone 7, email 11, url 3, handle 5, document 4 (total 346).
All: name 401, class 60, school 7, address 6, phone 14, email 14, url 4, handle 9, document 8 (total 523).

Scored before use (2026-11-30, aggregate, on the rules as round 6 froze them, 8bf7db2): over all categories
precision 0.85, recall 0.72; name P 0.80 R 0.64 (Russian P 0.87 R 0.66, English P 0.76 R 0.63). The rules were not
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

ROUND_7G_RUSSIAN = [
    # 1 register: formal class list for a trip
    "Проверьте, пожалуйста, оформление списка на экскурсию, {{class|5 «Б»}}:\n"
    "1. {{name|Абрамов Кирилл Денисович}}\n"
    "2. {{name|Бойко Ульяна Сергеевна}}\n"
    "3. {{name|Гарипов Тимур Ильдарович}}\n"
    "4. {{name|Данилова Ева Романовна}}\n"
    "Сопровождающие: {{name|Шевчук Н.В.}}, {{name|Лаптева О.И.}}",
    # 2 register: list in capitals
    "Вот кто до сих пор не сдал сочинение:\n"
    "{{name|КОВАЛЁВ Артём}}\n"
    "{{name|МУХАМЕТОВА Алсу}}\n"
    "{{name|ПЕТРЕНКО Денис}}\n"
    "{{name|Лиза}} тоже не сдала, но она две недели болела. Ставить ли ей точку?",
    # 3 register: journal page
    "Страница журнала, {{class|8В}}, алгебра, 14.11:\n"
    "{{name|Зайцев М.}} — 4\n"
    "{{name|Исаева Д.}} — н\n"
    "{{name|Крылов П.}} — 3\n"
    "{{name|Лебедева А.}} — 5\n"
    "Как правильно отметить, если {{name|Исаева}} пришла только ко второму уроку?",
    # 4 register: seating plan
    "Рассадка в {{class|6 «А»}}, кабинет 214 (придумала сама, оцените):\n"
    "1 ряд: {{name|Вика}} — {{name|Даня}}, {{name|Полина}} — {{name|Рустам}}\n"
    "2 ряд: {{name|Егор}} — {{name|Мила}}, {{name|Стёпа}} — пусто\n"
    "3 ряд: {{name|Ксюша}} — {{name|Арсений}}\n"
    "Классный руководитель просит пересадить {{name|Стёпу}} к окну, а я боюсь, что он будет отвлекаться.",
    # 5 formal: duty rota
    "График дежурств по столовой, вторая неделя:\n"
    "пн — {{name|Фомина Т.А.}}\n"
    "вт — {{name|Горелов С.П.}}\n"
    "ср — я\n"
    "чт — {{name|Юсупова Р.Р.}}\n"
    "пт — {{name|Фомина Т.А.}}\n"
    "Стоит ли мне соглашаться ещё и на пятницу за {{name|Горелова}}?",
    # 6 chat: parents' chat in lower case
    "Скопировала из родительского чата, не знаю, как реагировать:\n"
    "[19:42] {{name|лена}}: кто-нибудь знает почему {{name|марь петровна}} не выставила оценки\n"
    "[19:44] {{name|ирина к.}}: она болеет вроде\n"
    "[19:45] {{name|лена}}: а {{name|саня}} из {{class|7б}} опять без сменки пришёл, кто за этим следит вообще\n"
    "[19:47] папа {{name|димы}}: девочки давайте без учителей это обсудим",
    # 7 chat: colleague's message without punctuation
    "Коллега прислала в телеграм, переписываю как есть: «{{name|оль}} привет ты завтра за меня в {{class|9а}} "
    "выйдешь у меня совещание в управлении {{name|кирилловна}} сказала что вы договорились» — а мы ни о чём "
    "не договаривались!",
    # 8 transcript: voice message from a parent
    "Расшифровка голосового от мамы (телефон сам перевёл в текст): «здравствуйте {{name|анна викторовна}} это мама "
    "{{name|тимура гасанова}} мы сегодня не придём у нас температура перезвоните мне пожалуйста на "
    "{{phone|8 917 220 41 09}}». Нужна ли справка, если пропуск один день?",
    # 9 list: sports team
    "Состав команды {{school|гимназии № 12}} на районные соревнования по волейболу (девушки):\n"
    "{{name|Осипова Валерия}} (капитан)\n"
    "{{name|Нуриева Камила}}\n"
    "{{name|Прохорова Ника}}\n"
    "{{name|Рябова Алина}}\n"
    "{{name|Сергеева Маргарита}}\n"
    "{{name|Тимофеева Яна}}\n"
    "Тренер — {{name|Воронцов А.Л.}}. Меня поставили сопровождающей, хотя я учитель химии.",
    # 10 formal: minutes of a methodical meeting
    "Протокол № 3 заседания МО учителей начальных классов.\n"
    "Присутствовали: {{name|Белова Г.Н.}} (председатель), {{name|Ершова Л.А.}}, {{name|Кузнецова М.М.}}, "
    "{{name|Тагирова З.Ш.}}.\n"
    "Отсутствовали: {{name|Смирнова Е.В.}} (больничный).\n"
    "Слушали: {{name|Белову Г.Н.}} о подготовке к ВПР.\n"
    "Меня попросили вести протоколы — так их оформляют?",
    # 11 table: journal export with semicolons
    "Выгрузка из электронного журнала, не понимаю, почему у одного ученика не считается средний балл:\n"
    "ФИО;Класс;Ср. балл\n"
    "{{name|Мельников Глеб Андреевич}};{{class|10А}};4,2\n"
    "{{name|Носова Дарья Ильинична}};{{class|10А}};3,8\n"
    "{{name|Панов Егор Максимович}};{{class|10А}};—",
    # 12 sign-up: consultations
    "Запись на консультации к ОГЭ по русскому (среда, 15:00, каб. 31):\n"
    "1. {{name|Тихонов Илья}}, {{class|9В}}\n"
    "2. {{name|Жукова Аня}}, {{class|9Г}}\n"
    "3. {{name|Рахимов}}, {{class|9В}} — имя не написал\n"
    "4. ____\n"
    "Записались трое из сорока девятиклассников. Это нормально или я что-то делаю не так?",
    # 13 staff list: contacts with roles
    "Памятка для новых учителей, {{school|МБОУ «Лицей № 3»}}:\n"
    "Директор — {{name|Соколова Ирина Павловна}}, {{phone|+7 (843) 210-55-17}}\n"
    "Завуч по УВР — {{name|Хабибуллин Рамиль Фаритович}}\n"
    "Психолог — {{name|Орлова Д.С.}}, {{email|orlova.psy@lyceum3-kzn.ru}}\n"
    "Соцпедагог — вакансия\n"
    "Можно ли выкладывать такую памятку в общий чат?",
    # 14 chat: pupils' group chat
    "Ученики скинули скрин из своей беседы, посмотрите:\n"
    "{{name|ваня}}: кто дз по физре сделал\n"
    "{{name|кристинка}}: {{name|ваня}} там нет дз\n"
    "{{name|ваня}}: {{name|мишаня}} сказал есть\n"
    "{{name|мишаня}}: я пошутил лол\n"
    "После этого {{name|Ваня}} обиделся и вышел из беседы, а мама написала мне жалобу.",
    # 15 log: behaviour notes with times
    "Журнал замечаний, {{class|7 «Г»}}, понедельник:\n"
    "08:35 — {{name|Лысенко}} опоздал, без объяснений\n"
    "10:10 — {{name|Гусейнов Амир}} и {{name|Лысенко}} подрались у раздевалки\n"
    "12:40 — {{name|Ника Ш.}} ушла с урока, не отпросившись\n"
    "Что из этого стоит писать в дневник, а что обсудить устно?",
    # 16 list: new-year party, possessive adjectives
    "Список на новогодний утренник ещё не полный: придут {{name|Машина}} мама, {{name|Петин}} папа и бабушка "
    "{{name|Златы}}. От родительского комитета — {{name|Веденеева Оксана}}, телефон {{phone|89374405612}}.",
    # 17 e-mail: headers in Russian
    "От: {{name|Кравченко Людмила}} <{{email|l.kravchenko@school57.ru}}>\n"
    "Кому: {{name|Полякова Анна}} <{{email|a.polyakova@school57.ru}}>\n"
    "Копия: {{name|Ильин В.Г.}}\n"
    "Тема: отчёт по {{class|6Б}}\n\n"
    "{{name|Анна}}, пришлите отчёт до пятницы, иначе {{name|Виктор Григорьевич}} будет недоволен.\n\n"
    "Так мне пишут каждую неделю. Это нормальный тон?",
    # 18 list: after-school group with pick-ups
    "Группа продлённого дня, {{class|2 «А»}}, кто кого забирает:\n"
    "{{name|Арина}} — бабушка, {{phone|8-927-311-09-48}}\n"
    "{{name|Богдан}} — сам, есть заявление\n"
    "{{name|Вадим}} — папа, {{phone|+7 927 550 12 33}}\n"
    "Можно ли вообще отпускать {{name|Богдана}} одного в восемь лет?",
    # 19 complaint: group link and handle
    "Мама {{name|Лизы Мартыновой}} создала группу класса {{url|https://vk.com/club_6v_school21}} и выкладывает "
    "туда фото детей без согласия. В телеграме она {{handle|@martynova_mama}}, писала ей — молчит.",
    # 20 document: personal file
    "Для личного дела: {{name|Щербаков Роман Алексеевич}}, СНИЛС {{document|157-238-914 06}}, полис ОМС "
    "{{document|7750 1234 5678 9012}}, адрес: {{address|ул. Гагарина, д. 14, кв. 3}}. Куда это всё вносить, "
    "если секретарь в отпуске?",
    # 21 seating: initials
    "Рассадка на контрольную по инициалам, чтобы никто не списывал:\n"
    "{{name|АК}}   {{name|ДМ}}   {{name|СТ}}\n"
    "{{name|ЛР}}   {{name|ВП}}   {{name|ЕЖ}}\n"
    "Думаю, {{name|АК}} и {{name|СТ}} надо развести ещё дальше. Как считаете?",
    # 22 chat: staff chat in lower case
    "Наш чат учителей утром:\n"
    "[07:58] {{name|наталья сергеевна}}: коллеги кто заменит {{name|иванову}} на 3 уроке\n"
    "[08:01] {{name|рома}} (физрук): могу\n"
    "[08:02] {{name|наталья сергеевна}}: спасибо {{name|ром}}\n"
    "А меня даже не спросили, хотя у меня окно.",
    # 23 groups: reading groups
    "Группы по чтению во {{class|2 «В»}}:\n"
    "«Совята»: {{name|Лёва}}, {{name|Маша К.}}, {{name|Тая}}\n"
    "«Лисята»: {{name|Гоша}}, {{name|Эмиль}}, {{name|Маша Р.}}\n"
    "«Ёжики»: {{name|Сабина}}, {{name|Платон}}\n"
    "{{name|Платон}} читает лучше всех, но в «Ёжиках» ему спокойнее.",
    # 24 sms: no capitals or punctuation
    "Пришло смс от папы в 23:40, копирую как есть: «{{name|ирина владимировна}} {{name|костя}} завтра не придет "
    "мы в больнице позвоните {{phone|89173004455}} {{name|рустем}}». Перезванивать утром или не трогать?",
    # 25 list: olympiad application
    "Заявка на школьный этап олимпиады по биологии, {{school|школа № 45}}:\n"
    "{{name|ГРИШИН Матвей}}, {{class|8А}}\n"
    "{{name|ДОЛГОВА Софья}}, {{class|8Б}}\n"
    "{{name|ЕМЕЛЬЯНОВ Лев}}, {{class|9А}}\n"
    "Ответственная: {{name|Руденко М.А.}}",
    # 26 table: camp documents
    "Вожатая прислала таблицу для лагеря прямо в общий чат:\n"
    "{{name|Сафонова Кира}} — паспорт {{document|92 15 604731}}\n"
    "{{name|Тарасов Никита}} — свидетельство о рождении {{document|II-КБ 512377}}\n"
    "Разве так можно?",
    # 27 list: home visits
    "Адреса для посещения семей (от соцпедагога):\n"
    "{{name|Уварова}} — {{address|ул. Ленина, 52-17}}\n"
    "{{name|Фёдоровы}} — {{address|пр. Мира, д. 8, корп. 2, кв. 101}}\n"
    "Город я знаю плохо, а идти надо одной. Это вообще входит в мои обязанности?",
    # 28 informal: class duty list typed on a phone
    "дежурные на неделю (пишу с телефона, простите): пн {{name|дима}} и {{name|оля}} вт {{name|тёма}} и "
    "{{name|рита}} ср {{name|никита з}} чт {{name|никита п}} пт все кто опоздал",
    # 29 formal: parents' meeting minutes
    "Протокол родительского собрания {{class|4 «Б»}}.\n"
    "Присутствовали 18 человек, в том числе {{name|Зуева Е.А.}} (председатель родкомитета) и {{name|Кан С.}}\n"
    "Решили: сдать по 500 рублей на подарки, ответственная — {{name|Зуева}}, перевод по номеру "
    "{{phone|+7 912 448 30 21}}.\n"
    "Мне как классному руководителю нужно это подписывать?",
    # 30 list: telegram handles
    "Собрала ники ребят для рассылки: {{name|Артём Ч.}} — {{handle|@artyom_ch}}, {{name|Злата}} — "
    "{{handle|@zlata_07}}, {{name|Эмин}} — {{handle|@emin2011}}. Законно ли вообще хранить такой список?",
    # 31 no data: bell schedule
    "Расписание звонков на сокращённый день:\n"
    "1 урок 8:30–9:05\n"
    "2 урок 9:15–9:50\n"
    "3 урок 10:05–10:40\n"
    "4 урок 10:55–11:30\n"
    "Обед для начальной школы — после 2 урока. Успею ли я провести самостоятельную за 35 минут?",
    # 32 no data: room list
    "Распределение кабинетов на ВПР:\n"
    "Кабинет 12 — математика, 5 классы\n"
    "Кабинет 14 — русский язык, 6 классы\n"
    "Актовый зал — окружающий мир, 4 классы\n"
    "Спортзал — резерв\n"
    "Организаторы в аудиториях будут назначены приказом.",
    # 33 no data: lab equipment
    "Список оборудования для лабораторной работы «Определение плотности»:\n"
    "— мензурка на 250 мл\n"
    "— весы электронные\n"
    "— набор тел (алюминий, сталь, латунь)\n"
    "— нить, салфетки\n"
    "Весов у нас всего четыре на весь класс. Как организовать работу?",
    # 34 no data: canteen menu
    "Меню на четверг, которое повесили в столовой:\nЗавтрак: каша овсяная, бутерброд с сыром, какао\n"
    "Обед: борщ, котлета с гречкой, компот\nПолдник: булочка «Московская», кефир\n"
    "Дети жалуются, что порции маленькие. Стоит ли мне как классному руководителю поднимать этот вопрос?",
    # 35 no data: exam schedule
    "График пробных экзаменов:\n"
    "2 декабря — русский язык (9 классы)\n"
    "4 декабря — математика (9 классы)\n"
    "9 декабря — предметы по выбору\n"
    "16 декабря — итоговое сочинение (11 классы)\n"
    "Проверять будем сами или приедут эксперты из Москвы?",
]

ROUND_7G_ENGLISH = [
    # 1 register: SURNAME, Firstname
    "Morning register for {{class|7R}} wouldn't save on the system, so I wrote it on paper:\n"
    "{{name|ADEYEMI, Tobi}} - P\n"
    "{{name|BARKER, Ellie-Mae}} - L (08:52)\n"
    "{{name|CHOWDHURY, Rafi}} - A\n"
    "{{name|DOYLE, Megan}} - P\n"
    "Should {{name|Ellie-Mae}}'s late be coded as unauthorised if the bus was delayed?",
    # 2 register: Surname, F.
    "Period 3 attendance, {{class|9X2}} (Year 9, second set):\n"
    "{{name|Kowalski, J.}}  /\n"
    "{{name|Lindqvist, A.}}  N\n"
    "{{name|Mensah, K.}}  /\n"
    "{{name|O'Brien, S.}}  L\n"
    "I marked N for {{name|Lindqvist, A.}} but she turned up at 11:20 with a note. Do I change it?",
    # 3 seating: first names in rows
    "Here's my new seating plan for {{class|Year 8B}}, front to back:\n"
    "Row 1: {{name|Jayden}}, {{name|Priya}}, {{name|Oscar}}, {{name|Lily}}\n"
    "Row 2: {{name|Mason}}, {{name|Zara}}, {{name|Kofi}}, (empty)\n"
    "Row 3: {{name|Harvey}}, {{name|Amelia}}, {{name|Ibrahim}}, {{name|Grace}}\n"
    "I moved {{name|Harvey}} away from {{name|Mason}} after Tuesday. Is the empty seat a mistake?",
    # 4 seating: initials
    "Exam hall seating, initials only as the exams officer asked:\n"
    "Desk 1 {{name|AB}}    Desk 2 {{name|JK}}    Desk 3 {{name|RM}}\n"
    "Desk 4 {{name|TS}}    Desk 5 {{name|HL}}    Desk 6 {{name|PO}}\n"
    "{{name|JK}} has 25% extra time, so should she be at the end of the row?",
    # 5 team list: netball positions
    "U13 netball team v {{school|St Anne's Primary}} on Thursday:\n"
    "GS {{name|Maisie}}\n"
    "GA {{name|Freya T.}}\n"
    "WA {{name|Nadia}}\n"
    "C {{name|Lola}} (capt)\n"
    "WD {{name|Ruby}}\n"
    "GD {{name|Freya M.}}\n"
    "GK {{name|Esther}}\n"
    "Subs: {{name|Ava}}, {{name|Keira}}\n"
    "Minibus driver: {{name|Mr D. Price}}. Do I need a second adult?",
    # 6 groups: guided reading
    "Guided reading groups for this half term:\n"
    "Otters: {{name|Elsie}}, {{name|Rowan}}, {{name|Hamza}}\n"
    "Kestrels: {{name|Leo}}, {{name|Bella}}, {{name|Yusuf}}, {{name|Poppy}}\n"
    "Badgers: {{name|Noah}}, {{name|Ivy}}\n"
    "{{name|Mrs Hale}} (TA) takes the Badgers on Wednesdays. Is a group of two too small?",
    # 7 mark book: CSV-like lines
    "I exported my mark book and the averages look off. Can you see why?\n"
    "name, set, mock %\n"
    "{{name|Nwosu, Adaeze}}, {{class|10Y1}}, 61%\n"
    "{{name|Pearce, Callum}}, {{class|10Y1}}, 48%\n"
    "{{name|Qureshi, Hiba}}, {{class|10Y1}}, absent\n"
    "{{name|Ryder, Kian}}, {{class|10Y2}}, 73%",
    # 8 sign-up sheet: chess club
    "Sign-up sheet for chess club (Tuesdays, room S4):\n"
    "1. {{name|Ethan W.}} {{class|7C}}\n"
    "2. {{name|Sofia}} {{class|7C}}\n"
    "3. {{name|Rhys Pugh}} {{class|8A}}\n"
    "4. {{name|dan}} (he wrote '{{name|dan the man}}')\n"
    "5. (blank)\n"
    "Only four names. Should I still run it?",
    # 9 rota: break duty
    "Break duty rota, w/c 7 Dec:\n"
    "Mon - {{name|Mr Ahmed}} (field), {{name|Ms L. Grant}} (canteen)\n"
    "Tue - me (field), {{name|Mrs Fairweather}} (canteen)\n"
    "Wed - {{name|Mr Ahmed}} (field), me (canteen)\n"
    "Thu - {{name|Ms L. Grant}} (field), {{name|Mr Joe Whitby}} (canteen)\n"
    "That's three duties for me as a trainee. Is that normal?",
    # 10 log: detention with times
    "Detention log, Thursday:\n"
    "15:10 {{name|Kai Robinson}} ({{class|9T}}) - arrived, phone confiscated\n"
    "15:12 {{name|Billy-Jo Marsh}} - arrived late, said she 'forgot'\n"
    "15:25 {{name|Kai}} asked to leave for the bus, refused\n"
    "15:40 all released\n"
    "Signed {{name|R. Ellis}}\n"
    "Was I right to keep {{name|Kai}} when he said he'd miss his bus?",
    # 11 minutes: attendee initials
    "Minutes, Year 7 pastoral meeting, 24 Nov\n"
    "Present: {{name|DW}}, {{name|Mrs A. Lindsay}}, {{name|Sam P.}}, me\n"
    "Apologies: {{name|Mr Quinn}}\n"
    "1. {{name|Lewis Grey}} ({{class|7L}}) - attendance 84%, {{name|AL}} to phone home\n"
    "2. Lunchtime clubs - no change\n"
    "I'm taking minutes for the first time. Is this enough detail?",
    # 12 staff list: roles
    "Who's who in the English department at {{school|Harrowfield Academy}}:\n"
    "Head of Department - {{name|Dr Priya Nair}}\n"
    "KS3 coordinator - {{name|Mr Owen Lloyd}}\n"
    "KS4 coordinator - {{name|Ms Bethan Rees}}\n"
    "Trainee mentor - {{name|Mrs C. Whitlock}} ({{email|c.whitlock@harrowfield.sch.uk}})\n"
    "TA - {{name|Gary}}\n"
    "Who should I go to first about my timetable?",
    # 13 e-mail: headers
    "This is the email I got this morning. Is the tone OK?\n\n"
    "From: {{name|Hannah Price}} <{{email|hprice@oakmere.sch.uk}}>\n"
    "To: {{name|Mr J. Farley}} <{{email|jfarley@oakmere.sch.uk}}>\n"
    "Cc: {{email|senco@oakmere.sch.uk}}\n"
    "Subject: {{name|Alfie}} - reading plan\n\n"
    "Hi {{name|James}}, please make sure {{name|Alfie}}'s plan is on my desk by Friday. {{name|Hannah}}",
    # 14 chat: WhatsApp in lower case
    "Our year team WhatsApp this morning:\n"
    "[07:52] {{name|priya}}: anyone seen {{name|lucas}} this morning\n"
    "[07:53] {{name|tom b}}: nope\n"
    "[07:55] {{name|priya}}: {{name|mrs k}} said his mum rang in\n"
    "[07:55] {{name|dan}}: ok ill tell {{name|mr h}}\n"
    "Is it OK that we discuss absences like this?",
    # 15 text: parent's text without capitals
    "got this text from a parent at 10pm, no idea how they got my number: hi its {{name|shannon}} "
    "{{name|tyler}}s mum he wont be in tomorrow hes got a hospital appt ring me {{phone|07700 900431}} if theres "
    "homework",
    # 16 transcript: TA's voice note
    "Voice note from my TA, transcribed by my phone: 'hiya {{name|ellie}} it's {{name|marion}} just to say "
    "{{name|reggie}} had another meltdown at lunch and {{name|mr patel}} had to take him to the quiet room um can "
    "you ring his nan she's on the contact sheet'. Should I be the one ringing?",
    # 17 chat: Teams log
    "Teams chat with my department:\n"
    "{{name|Lucy Ford}} 10:02: Can someone cover my period 4?\n"
    "{{name|Ade Bello}} 10:05: I can if it's not {{class|11X3}}\n"
    "{{name|Lucy Ford}} 10:06: it's {{class|11X3}} lol\n"
    "{{name|Ade Bello}} 10:06: ah. ask the trainee\n"
    "The trainee is me. How do I say no?",
    # 18 no data: house points
    "House points after week 12, as shown in assembly:\n"
    "Nightingale  412\n"
    "Brunel  398\n"
    "Seacole  377\n"
    "Turing  365\n"
    "My form is in Turing and they're upset. Any ideas for a quick catch-up challenge?",
    # 19 no data: timetable
    "My Tuesday timetable:\n"
    "P1 08:50  Year 7 science  Lab 3\n"
    "P2 09:50  free\n"
    "P3 11:10  Year 10 biology  Lab 1\n"
    "P4 12:10  Year 8 science  Lab 3\n"
    "P5 14:00  PPA\n"
    "Two labs with a three-minute walk. How do I carry the kit?",
    # 20 no data: room list
    "Room changes for mocks week:\n"
    "Main hall - Maths and English\n"
    "Sports hall - Science papers\n"
    "Library - small rooms for access arrangements\n"
    "Drama studio - closed\n"
    "Where should I teach my drama lessons then?",
    # 21 no data: resources
    "Resources for my Macbeth unit so far:\n"
    "- Act 1 scene 3 extract\n"
    "- witches' prophecies card sort\n"
    "- Lady Macbeth letter worksheet\n"
    "- clip of the 2015 film, 4 min\n"
    "Too much for a 50-minute lesson?",
    # 22 no data: exam schedule
    "Mock exam schedule:\n"
    "Mon 30 Nov  English Lang P1  09:00  1h45\n"
    "Tue 1 Dec  Maths P1 (non-calc)  09:00  1h30\n"
    "Wed 2 Dec  Combined Science Bio P1  13:30  1h15\n"
    "Thu 3 Dec  History P2  09:00  1h45\n"
    "Should I stop homework during mocks?",
    # 23 no data: kit list
    "Kit list for the Year 8 geography field trip:\n"
    "- waterproof coat\n"
    "- packed lunch and water bottle\n"
    "- clipboard, pencil, ruler\n"
    "- wellies or old trainers\n"
    "Is it fair to ask for wellies when some families can't afford them?",
    # 24 no data: menu
    "Christmas lunch menu, Wednesday:\n"
    "Roast turkey or Quorn roast\n"
    "Roast potatoes, carrots, sprouts\n"
    "Chocolate log or fruit salad\n"
    "Half my class are vegetarian and want to know if the gravy is. Who do I ask?",
    # 25 no data: itinerary
    "Itinerary for the London trip:\n"
    "07:30 coach leaves school\n"
    "10:30 Natural History Museum\n"
    "13:00 lunch in Hyde Park\n"
    "14:30 Science Museum\n"
    "16:00 coach back\n"
    "Is four hours in museums too long for Year 5?",
    # 26 no data: reading list
    "Suggested reading list for Year 9:\n"
    "Of Mice and Men - John Steinbeck\n"
    "The Hate U Give - Angie Thomas\n"
    "Noughts and Crosses - Malorie Blackman\n"
    "Animal Farm - George Orwell\n"
    "Any better choices for reluctant readers?",
    # 27 no data: clubs
    "After-school clubs this term:\n"
    "Mon  Coding club  IT2\n"
    "Tue  Choir  Music room\n"
    "Wed  Eco club  Greenhouse\n"
    "Thu  Homework club  Library\n"
    "Fri  none\n"
    "I've been asked to start a debating club. Which day would you pick?",
    # 28 bookings: parents' evening
    "Parents' evening bookings for my tutor group, {{class|10MH}}:\n"
    "16:00 {{name|Mrs Stanton}} (for {{name|Joel}})\n"
    "16:05 {{name|Amira Haddad}}'s dad\n"
    "16:10 -- free --\n"
    "16:15 {{name|Ms Reyes}} (for {{name|Carlos}} and {{name|Inés}})\n"
    "Five minutes for twins feels too short. Should I book two slots?",
    # 29 chat: staff chat with profile link
    "Staff group chat last night:\n"
    "[21:03] {{name|gemma}}: has anyone seen this {{url|https://www.tiktok.com/@year9banter_hbs}}\n"
    "[21:05] {{name|raj}}: omg thats {{name|connor}}s account isnt it\n"
    "[21:06] {{name|gemma}}: his insta is {{handle|@connor.w09}} too\n"
    "Should this be reported to safeguarding rather than discussed in the chat?",
    # 30 e-mail: reception message
    "From: Reception <{{email|reception@brookfield.sch.uk}}>\n"
    "To: {{name|Ms N. Achebe}}; {{name|Mr P. Gallagher}}\n"
    "Cc: {{name|Mrs Y. Khan}} <{{email|y.khan@brookfield.sch.uk}}>\n"
    "Subject: Message for {{name|Ms Achebe}} re {{name|Tia-Rose}} ({{class|Class 5G}})\n\n"
    "I'm {{name|Ms Achebe}}. Why is a message about one pupil going to three people?",
    # 31 log: behaviour export
    "Behaviour log export from this morning:\n"
    "09:14, {{name|Stevens, Jack}}, {{class|8N}}, shouting out, C1\n"
    "09:31, {{name|Stevens, Jack}}, {{class|8N}}, refusing to work, C2\n"
    "11:02, {{name|Patel, Anaya}}, {{class|8N}}, no homework, C1\n"
    "Is a C2 within twenty minutes of a C1 fair?",
    # 32 team sheet: surnames only
    "Year 8 boys' team sheet v {{school|Kingsmead School}}:\n"
    "{{name|Hussain}} (GK); {{name|Clarke}}, {{name|O'Neill}}, {{name|Baptiste}}, {{name|Ward}}; {{name|Novak}}, "
    "{{name|Jones T.}}, {{name|Jones R.}}; {{name|Adebisi}}, {{name|Fraser}}, {{name|Li}}\n"
    "Manager: {{name|Mr S. Tennant}}\n"
    "I'm supposed to referee. Any tips?",
    # 33 text: colleague's message
    "msg from {{name|becky}} (my co-tutor): cant do duty tmrw {{name|ollie}} from {{class|9c}} is in isolation and "
    "{{name|mr dunn}} wants me in the base can u swap x",
    # 34 contacts: emergency contact list
    "Emergency contacts I was told to keep in my planner. Is that OK?\n"
    "{{name|Jasmine Carter}} - mum {{name|Kerry}}, {{phone|07911 123456}}, {{address|14 Larch Close}}\n"
    "{{name|Marcus Obi}} - grandad, {{phone|01632 960218}}, {{address|Flat 3, 88 Station Road}}\n"
    "{{name|Lena Fischer}} - dad {{name|Jörg}}, {{phone|+49 151 2345 6789}}",
    # 35 groups: phonics with initials
    "Phonics groups (initials, as they go on the wall):\n"
    "Red: {{name|RH}}, {{name|MB}}, {{name|KT}}\n"
    "Yellow: {{name|SD}}, {{name|OA}}\n"
    "Green: everyone else\n"
    "{{name|OA}} keeps asking why she's not in Green. What do I say?",
    # 36 reply slips: trip
    "Reply slips for the museum trip so far:\n"
    "{{name|Harper}} - yes - {{email|dawn.harper77@gmail.com}}\n"
    "{{name|Idris}} - yes - paid\n"
    "{{name|Sienna}} - no\n"
    "{{name|Theo}} - yes, allergy form to follow\n"
    "Should I chase the rest by email or by letter?",
    # 37 chat: year group chat, lower case titles
    "our year group chat from last night lol:\n"
    "{{name|mr c}}: who's got {{name|freddie}} period 1\n"
    "{{name|miss jo}}: me why\n"
    "{{name|mr c}}: he left his inhaler in my room\n"
    "{{name|miss jo}}: ill grab it from u\n"
    "Is it a problem that we use nicknames for each other in front of the kids?",
    # 38 cover slip
    "Cover slip for tomorrow:\n"
    "Absent: {{name|Ms Hargreaves}}\n"
    "P1 {{class|10B2}} - {{name|Mr Yates}}\n"
    "P2 free\n"
    "P3 {{class|8Q}} - {{name|Miss Tanaka}}\n"
    "P4 {{class|7P}} - {{name|Mrs Dobson}} (HLTA)\n"
    "I'm {{name|Miss Tanaka}} and that's my only free period this week.",
    # 39 mark book: Surname, F. with comments
    "Marks for the Romeo and Juliet essay:\n"
    "{{name|Akhtar, S.}}  14/30  rushed ending\n"
    "{{name|Bell, C.}}  22/30  strong on Mercutio\n"
    "{{name|Costa, L.}}  9/30  didn't answer the question\n"
    "{{name|Dempsey, F.}}  27/30\n"
    "Is 9/30 worth a call home?",
    # 40 form: detention notice
    "DETENTION NOTICE\n"
    "Pupil: {{name|Owen Gallacher}}    Form: {{class|9G}}\n"
    "Date: Wed 2 Dec, 15:15-16:00\n"
    "Set by: {{name|Mr L. Barnes}}\n"
    "Reason: repeated lateness (4 this week)\n"
    "Do I need a parent's signature before he can serve it?",
    # 41 contacts: safeguarding table
    "Safeguarding poster in the staffroom:\n"
    "DSL\t{{name|Mrs Helen Okoro}}\t{{phone|07700 900812}}\n"
    "Deputy DSL\t{{name|Mr Femi Adewale}}\t{{email|f.adewale@riversidejunior.org.uk}}\n"
    "Out of hours\tcouncil duty line\n"
    "Should I phone {{name|Mrs Okoro}} or email {{name|Mr Adewale}} about something small?",
    # 42 informal: nickname
    "Quick one: everyone in {{class|8K}} calls {{name|Joshua Tait}} '{{name|Bosh}}', even the TA. He says he "
    "likes it. Should I use '{{name|Bosh}}' too or stick to {{name|Joshua}}?",
    # 43 case notes with a pseudonym
    "Notes for my assignment (I'll call the boy {{name|Leo}} here):\n"
    "Mon - {{name|Leo}} refused to sit with his group\n"
    "Tue - {{name|Leo}} worked with {{name|Ms Hussey}} 1:1, calmer\n"
    "Wed - absent\n"
    "Is calling him {{name|Leo}} enough to anonymise it?",
    # 44 e-mail: signature
    "Is my new email signature too much?\n\n"
    "Kind regards,\n"
    "{{name|Daniel Okafor}}\n"
    "Trainee teacher, Science\n"
    "{{school|Westbrook High School}}\n"
    "{{phone|0161 496 0732}}\n"
    "{{email|d.okafor@westbrook.sch.uk}}\n"
    "{{url|https://twitter.com/MrOkaforSci}}",
    # 45 chat: Year 7 group, lower case
    "from the form tutors chat:\n"
    "{{name|kelly}}: {{class|7k}} are feral today\n"
    "{{name|sam}}: its the wind\n"
    "{{name|kelly}}: {{name|bradley}} threw a chair\n"
    "{{name|sam}}: again?? tell {{name|mrs w}}\n"
    "Is 'feral' the kind of word I should avoid in writing?",
    # 46 register: primary class with codes
    "Afternoon register, {{class|Class 3S}}:\n"
    "{{name|Ali, Yasmin}}  /\n"
    "{{name|Brooks, Tommy}}  M (dentist)\n"
    "{{name|Cheng, Wei}}  /\n"
    "{{name|Duffy, Orla}}  I (ill, sent home 13:20)\n"
    "Do I put the reason in the comment box or just the code?",
    # 47 monitors list
    "Table monitors for December:\n"
    "Table 1 {{name|Alfie}}\n"
    "Table 2 {{name|Mia}}\n"
    "Table 3 {{name|Reuben}}\n"
    "Table 4 {{name|Chloe-Ann}}\n"
    "Book monitor: {{name|Zainab}}\n"
    "{{name|Reuben}} asked to swap. Do I let them choose?",
    # 48 to-do list in lower case
    "my to do list for friday, does this look like too much? ring {{name|kayden}}s dad, chase {{name|mrs o}} re "
    "ehcp, ask {{name|ms bright}} about laptops, mark {{class|10x}} books, email {{name|dr stokes}} at uni",
    # 49 trip: passport numbers
    "Passport numbers for the Paris trip (the travel company wants them by Friday):\n"
    "{{name|Adams, Niamh}} - {{document|533187294}}\n"
    "{{name|Bhatti, Zain}} - {{document|548820167}}\n"
    "Also {{name|Zain}}'s NHS number for the medical form: {{document|485 777 3456}}. Can I just email this?",
    # 50 form: payroll
    "The payroll form wants my name ({{name|Sophie Lambert}}) and National Insurance number "
    "{{document|QQ 12 34 56 C}} typed into a shared spreadsheet that the whole office can see. Is that normal?",
    # 51 minutes: department meeting
    "Science department minutes, 26 Nov\n"
    "Present: {{name|RT}} (chair), {{name|Ms Afolabi}}, {{name|Dev}}, {{name|Mrs J. Carver}}, me\n"
    "Actions: {{name|RT}} to email {{name|Mr Lowe}} about {{class|11S4}} practicals; {{name|Dev}} to order "
    "potassium permanganate\n"
    "Should I put my own name in the attendee list?",
    # 52 schedule: observations
    "Observation timetable for my assessment week:\n"
    "Mon P2 - {{class|Year 7C}}, observer {{name|Dr Hollis}} (uni)\n"
    "Wed P5 - {{class|9Y3}}, observer {{name|Mrs Brennan}}\n"
    "Fri P1 - {{class|12B}}, observer {{name|Mr Sandhu}}\n"
    "Should I teach {{class|9Y3}} something safe or take a risk?",
    # 53 list: reading ages
    "Reading age screening, {{class|Year 7J}}:\n"
    "{{name|Cole, T.}}  RA 8.6\n"
    "{{name|Dunne, Keeley}}  RA 9.1\n"
    "{{name|Evans, M.}}  RA 12.0\n"
    "{{name|Cole, T.}} is almost four years behind. Where do I start?",
    # 54 chat: pupils' Discord with handles
    "Screenshot from the class Discord that {{name|Mia}} forwarded:\n"
    "{{handle|@gh0stboi}}: {{name|ms rowe}} is so boring\n"
    "{{handle|@lil.mo}}: fr\n"
    "{{handle|@gh0stboi}}: {{name|mia}} stop snitching\n"
    "I think {{handle|@gh0stboi}} is {{name|Rowan}}, but I can't prove it. I'm {{name|Ms Rowe}}, by the way.",
    # 55 list: overdue library books
    "Overdue list from the library:\n"
    "{{name|Ng, Vivian}} ({{class|10R}}) - Of Mice and Men\n"
    "{{name|Osei, Kwame}} ({{class|10R}}) - Animal Farm\n"
    "The librarian, {{name|Mrs Pryce}}, wants form tutors to chase. Is that my job?",
    # 56 transcript: voicemail in lower case
    "transcript of a voicemail (the phone did it): 'hi yeah this is {{name|donna}} {{name|callum reid}}s nan erm "
    "he's staying with me this week so can you send stuff to {{address|27 ashby road}} not his mums thanks bye'",
    # 57 sign-up: sports day helpers
    "Parent helpers for sports day:\n"
    "{{name|Mrs Dale}} - egg and spoon\n"
    "{{name|Liam}}'s dad ({{name|Pete}}) - sack race\n"
    "{{name|Mr Oyelaran}} - first aid\n"
    "Do they all need DBS checks?",
    # 58 list: birthdays
    "Birthdays this month in {{class|8W}}: {{name|Ayaan}} 3rd, {{name|Georgia}} 11th, {{name|Tomasz}} 19th, "
    "{{name|Ruby-Lou}} 27th. Cake or no cake?",
    # 59 group link
    "A parent has set up a Facebook group for {{class|Year 5 Willow}}: "
    "{{url|https://www.facebook.com/groups/willowclassparents}}. The admin is {{name|Claire Benson}} and she wants "
    "me to join. Should I?",
    # 60 text: groups without capitals
    "ok so tmrw groups r: table 1 {{name|amy}} {{name|zak}} {{name|fin}} table 2 {{name|hollie}} {{name|dev}} "
    "table 3 the rest. {{name|mrs b}} has the phonics lot",
    # 61 form: incident report
    "Incident form (draft):\n"
    "Name of pupil: {{name|Shay Donnelly}}\n"
    "DOB: 14/03/2013\n"
    "Class: {{class|6M}}\n"
    "Staff involved: {{name|Miss A. Kerr}}, {{name|Mr T. Boateng}}\n"
    "Parent informed: yes, by phone ({{phone|07700 900567}})\n"
    "Does this need to go on the safeguarding system as well?",
    # 62 register mix-up
    "In {{class|3P}} there's {{name|OLIVER, Jacob}} and {{name|JACOB, Oliver}} on the register, and supply staff "
    "mix them up every time. Can I ask the office to add a note?",
    # 63 e-mail: reversed display names
    'From: "{{name|Whitaker, Joanne}}" <{{email|jwhitaker@stmarkscofe.org.uk}}>\n'
    'To: "{{name|Lee, Y.}}" <{{email|ylee@stmarkscofe.org.uk}}>\n'
    "Subject: Nativity costumes\n\n"
    "{{name|Yuna}}, can your class bring tea towels by Monday? {{name|Jo}}\n\n"
    "I'm {{name|Yuna}}. Do I have to pay for tea towels for children who don't bring one?",
    # 64 chat: Slack-like log
    "[Mon 16:02] {{name|Sarah Mills}}: anyone free to help with the {{class|Year 11A}} revision session?\n"
    "[Mon 16:10] {{name|Nathan}}: only till 4:30\n"
    "[Mon 16:11] {{name|Sarah Mills}}: that'll do, thanks {{name|Nate}}\n"
    "Would helping make me look keen or just overloaded?",
    # 65 list: swimming groups
    "Swimming groups from the pool staff:\n"
    "Shallow end: {{name|Mikey}}, {{name|Aisha}}, {{name|Jonah B.}}\n"
    "Middle: {{name|Safa}}, {{name|Jonah K.}}, {{name|Roisin}}\n"
    "Deep end: {{name|Eli}}\n"
    "{{name|Eli}} is on his own. Is that safe?",
]
