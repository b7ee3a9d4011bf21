r"""Tuning batch 7i of the de-identifier's labelled set (issue 15): Russian chats, messages and forms in informal
and capital-letter layouts.

Written on 2026-11-30 between 09:02 and 09:05 UTC (start and end from `date -u`) by a separate author who did not
read the rules in `mentor_kit.privacy`, `test_deidentify.py` or any other labelled file. What the author read:
the brief (`/tmp/proto/prompt_7i.txt`), the list of file names in `tests/unit/privacy/` (names only), and lines 1-80
of `labelled_former_held_out_3.py` (its module docstring and the first ~33 lines of its data), only to see the file
format; none of its texts is reused or paraphrased. The de-identifier and the tests were not run.

Mix: 100 texts, 80 Russian and 20 English; 8 Russian and 3 English texts hold no personal data but capitalised or
lower-case non-names (cities, subjects, ОГЭ/ЕГЭ/ВПР, Сферум/Дневник.ру/Госуслуги/ЭлЖур, public bodies, books,
authors and characters, holidays, вера/надежда/любовь/мир/слава/роза/лев as words). The Russian texts are parent and
teacher chats (WhatsApp, Telegram, Сферум, VK) with speakers in several formats ("[08:14] оля:", "Ольга Петровна:",
"мама Вари:", "я:", @handles), phone messages without capitals or punctuation with typos and abbreviations, names
in lower case, diminutives, nicknames and all cases, forms and lists in capitals (ФАМИЛИЯ ИМЯ ОТЧЕСТВО, ФИО
РОДИТЕЛЯ), journals, duty rosters and minutes with shortened names, and name-words used both as names and as
words. The English texts are informal messages, chats, e-mails, forms and logs.

Span counts (pattern r"\{\{(\w+)\|([^}]*)\}\}" over the two lists):
Russian (257): name 174, class 39, school 11, phone 8, document 8, address 5, handle 5, url 4, email 3.
English (62): name 36, class 9, school 4, phone 4, address 2, document 2, email 2, handle 2, url 1.
Total (319): name 210, class 48, school 15, phone 12, document 10, address 7, handle 7, url 5, email 5.

Scored before use (2026-11-30, aggregate, on the rules as round 6 froze them, 8bf7db2): over all categories
precision 0.94, recall 0.76; name P 0.92 R 0.68 (Russian P 0.93 R 0.65, English P 0.88 R 0.83). The rules were not
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

ROUND_7I_RUSSIAN = [
    # 1 WhatsApp parent chat with timestamps
    (
        "[08:14] {{name|оля}}: доброе утро а у {{class|6в}} сегодня физра будет или нет\n"
        "[08:15] {{name|Ирина Викторовна}}: будет, форму берите\n"
        "[08:17] мама {{name|Кирилла}}: а {{name|кирилл}} вчера куртку в раздевалке оставил никто не видел синюю"
    ),
    # 2 Telegram message to mentor, no punctuation
    (
        "добрый вечер извините что поздно щас только дошла до телефона короче {{name|саня}} из {{class|7б}} "
        "опять сорвал урок а {{name|марь иванна}} сказала что это я виновата что не держу дисциплину что делать то"
    ),
    # 3 pupil form in capitals
    (
        "АНКЕТА УЧАЩЕГОСЯ\n"
        "ФАМИЛИЯ ИМЯ ОТЧЕСТВО: {{name|ЗАХАРОВА ПОЛИНА ДМИТРИЕВНА}}\n"
        "КЛАСС: {{class|8 «Б»}}\n"
        "ДАТА РОЖДЕНИЯ: 14.03.2012\n"
        "АДРЕС: Г. ТВЕРЬ, {{address|УЛ. ВОЛЬНОГО НОВГОРОДА, Д. 17, КВ. 45}}\n"
        "ФИО РОДИТЕЛЯ: {{name|ЗАХАРОВ ДМИТРИЙ ОЛЕГОВИЧ}}\n"
        "ТЕЛЕФОН: {{phone|8-915-733-20-41}}"
    ),
    # 4 duty roster with surnames and initials
    (
        "График дежурства по классу, {{class|5 «А»}}:\n"
        "Пн — {{name|Смирнов А.}}, {{name|Бойко К.}}\n"
        "Вт — {{name|Лаптева В.}}, {{name|Нуриев Р.}}\n"
        "Ср — {{name|Орлова Д.}}, {{name|Тихонов М.}}\n"
        "Чт — {{name|Гусева Е.}}, {{name|Ли С.}}\n"
        "Пт — все, генеральная уборка. Ответственная: {{name|Т.П. Иванова}}"
    ),
    # 5 minutes of a parents' meeting
    (
        "ПРОТОКОЛ № 2 родительского собрания {{class|9-а}} класса {{school|МБОУ «СОШ № 14»}}\n"
        "Присутствовали: 19 человек.\n"
        "Председатель: {{name|Кузнецова Л.А.}}, секретарь: {{name|Федотова И.В.}}\n"
        "СЛУШАЛИ: классного руководителя {{name|Гаврилову Н.С.}} о подготовке к ОГЭ.\n"
        "ВЫСТУПИЛИ: {{name|т. Петрова}} (родительский комитет) предложила собрать деньги на пробники.\n"
        "ПОСТАНОВИЛИ: пробники оплатить, список сдать до 1 декабря."
    ),
    # 6 Сферум colleagues' chat with named speakers
    (
        "Сферум, чат «Методобъединение словесников»\n"
        "{{name|Ольга Петровна}}: Коллеги, ВПР по русскому в 5-х переносится на 17-е.\n"
        "{{name|Гуля}}: спс, а 6-е?\n"
        "{{name|Ольга Петровна}}: 6-е пишут по графику. {{name|Гульнара Рашидовна}}, ваш {{class|6 «Г»}} — в "
        "кабинете 214.\n"
        "я: а мне кто-нибудь скинет демоверсию плз"
    ),
    # 7 SMS to mentor with phone
    (
        "{{name|Елена Викторовна}}, здравствуйте, это {{name|Настя}} с практики. Можно я вам щас позвоню? "
        "Мой номер новый {{phone|+7 999 208-44-17}}"
    ),
    # 8 name-words as names and as words
    (
        "у нас в классе две {{name|Веры}} и одна {{name|Надежда}}, и когда я говорю детям «не теряйте надежду» "
        "они ржут и показывают на {{name|надю}}"
    ),
    # 9 name-words: роман, любовь
    (
        "{{name|Роман}} из {{class|10-в}} пишет роман в тетради по физике вместо задач. Отобрала, а там про любовь "
        "и про какую-то {{name|Любу}} из параллели. Отдать маме или нет?"
    ),
    # 10 lower-case chat, лев and слава as names
    (
        "{{name|лев}} опять рисует на полях какого-то льва с короной, а {{name|слава}} подписывает снизу "
        "«царь зверей» )) смешно но на уроке мешает"
    ),
    # 11 марина as name and as word
    (
        "{{name|Марина}} с мамой ездила летом на море, и теперь в каждом сочинении у неё марина — выучила слово "
        "на экскурсии про Айвазовского и вставляет куда надо и не надо"
    ),
    # 12 forwarded VK message with profile link
    (
        "Переслала вам сообщение из ВК, посмотрите, как ответить:\n"
        "«Здравствуйте, {{name|Анастасия Игоревна}}! Это мама {{name|Тимура Галиева}}. Почему у {{name|Тимура}} "
        "тройка за четверть, если он всё сдавал? Моя страница {{url|https://vk.com/id284190377}}, пишите сюда, "
        "на почту не хожу»"
    ),
    # 13 lower-case message with surname and short name
    (
        "спс за вчерашнее!! всё получилось, {{name|ковалёв}} даже руку поднял два раза)) а вот {{name|лиза к}} "
        "как всегда в телефоне сидела, отобрать не решилась"
    ),
    # 14 colleague by patronymic, lower case
    (
        "{{name|петрович}} (наш физрук) сказал что {{name|димона}} из {{class|8а}} не допустят к соревнованиям "
        "без справки"
    ),
    # 15 formal e-mail to mentor
    (
        "Тема: отчёт о пробном уроке\n\n"
        "Уважаемая {{name|Светлана Аркадьевна}}!\n"
        "Направляю конспект урока в {{class|7 «Д»}} ({{school|лицей № 9}}). Урок посещала завуч "
        "{{name|Мельникова Ю.В.}}. Замечания прилагаю.\n\n"
        "С уважением, {{name|Полякова Дарья}}\n"
        "{{email|d.polyakova@school9.ru}}"
    ),
    # 16 no personal data: books and characters
    (
        "Коллеги советуют на ОГЭ по литературе брать «Мёртвые души» и «Капитанскую дочку», а дети хотят "
        "«Мастера и Маргариту». Воланд им нравится больше, чем Чичиков, и я их понимаю. В Сферуме выложила "
        "список тем, в Дневник.ру — сроки."
    ),
    # 17 no personal data: lower-case, services and holidays
    (
        "на госуслугах опять не грузится запись в кружок, родители звонят в школу, а школа отправляет в "
        "управление образования. мир, труд, май — и всё это в одну неделю. после 9 мая отпишусь как прошло"
    ),
    # 18 no personal data: exams and bodies
    (
        "Вопрос по ВПР: в этом году в 4-х классах математика и окружающий мир, в 5-х — история и биология. "
        "Рособрнадзор прислал новые критерии, а ЭлЖур не даёт внести баллы. Может, кто-то знает, куда писать — "
        "в техподдержку или в Министерство?"
    ),
    # 19 no personal data: вера, надежда, любовь as words
    (
        "Провела классный час к Дню матери. Читали Пушкина, «Зимнее утро», потом говорили про веру, надежду и "
        "любовь — дети сами вспомнили, что 30 сентября такой праздник. Розы из бумаги делали на технологии. "
        "Как вам идея?"
    ),
    # 20 no personal data: authors and characters
    (
        "Лев Толстой в 10 классе идёт тяжело. «Война и мир» — четыре тома, а у нас три часа в неделю. Наташа "
        "Ростова и Андрей Болконский детям не интересны, зато Долохов нравится. Может, смотреть фильм "
        "Бондарчука по частям?"
    ),
    # 21 no personal data: lower-case cities and bodies
    (
        "в телеге советуют канал про ЕГЭ по обществу, там разборы каждое утро. москва, питер, казань — везде "
        "одни и те же задания. Конституция, Госдума, Совет Федерации — 9 класс не различает. спс заранее за советы"
    ),
    # 22 no personal data: holiday
    (
        "С Новым годом! В нашем городе ёлку ставят у Дома культуры, дети из начальной школы поют «Маленькой "
        "ёлочке». Дед Мороз и Снегурочка — старшеклассники. Слава богу, родительский комитет всё организовал сам."
    ),
    # 23 no personal data: writer and character
    (
        "Разбираем с 6-ми классами «Уроки французского» Распутина. Лидия Михайловна детям нравится, спорят, "
        "правильно ли она играла на деньги. Связали с историей: послевоенная Сибирь, Ангара, колхоз. Есть ли у "
        "вас материалы по Распутину?"
    ),
    # 24 WhatsApp class chat, role speakers
    (
        "[19:02] мама {{name|Вари}}: а домашку по англу кто знает?\n"
        "[19:05] {{name|Лена Соколова}}: стр 45 упр 3\n"
        "[19:05] мама {{name|Вари}}: спасибо\n"
        "[19:40] {{name|Ирина Викторовна}}: Уважаемые родители {{class|3 «Б»}}, завтра экскурсия в планетарий, "
        "сбор в 8:30 у школы."
    ),
    # 25 forwarded trainee chat with nicknames
    (
        "переслано из чата практикантов:\n"
        "{{name|катюха}}: девочки у кого {{name|мухина}} ведёт методику??\n"
        "{{name|Аня Б.}}: у меня, она норм\n"
        "{{name|катюха}}: она сказала что я не сдам если не будет конспекта в ворде 😭\n"
        "{{name|лерка}}: ща скину свой шаблон"
    ),
    # 26 e-journal extract
    (
        "Выписка из электронного журнала, {{class|11 «А»}}, алгебра:\n"
        "{{name|Абрамов Денис}} — 4 4 5 н 3\n"
        "{{name|Васильева Кира}} — 5 5 5 5\n"
        "{{name|Гришин Елисей}} — 2 н н 3\n"
        "{{name|Долгова Мирослава}} — 4 5 4\n"
        "Комментарий учителя: у {{name|Гришина}} пропуски без уважительной причины."
    ),
    # 27 parent's SMS, lower case
    (
        "здравствуйте это папа {{name|егора}} он сегодня не придет заболел температура 38 справку принесем. "
        "мой номер {{phone|89162045517}} если что"
    ),
    # 28 excursion list in capitals
    (
        "СПИСОК ДЕТЕЙ НА ЭКСКУРСИЮ В ЯРОСЛАВЛЬ, {{class|4 «В»}}\n"
        "1. {{name|АЛЕКСЕЕВ МАТВЕЙ}}\n"
        "2. {{name|БЕЛОВА ЗЛАТА}}\n"
        "3. {{name|ГОРДЕЕВА ВЕРА}}\n"
        "4. {{name|ДЕМИДОВ ЛЕВ}}\n"
        "5. {{name|ЕГОРОВА ЛЮБОВЬ}}\n"
        "СОПРОВОЖДАЮЩИЕ: {{name|ГОРДЕЕВА Е.А.}}, {{name|ДЕМИДОВА О.Н.}}"
    ),
    # 29 message to mentor, надежда as name and word
    (
        "У меня вопрос про {{name|Надежду Павловну}}, это наша завуч. Она говорит, что надежды на мой класс "
        "никакой, и при детях. {{name|Вера}} из {{class|9 «Б»}} потом спросила, правда ли я плохая учительница. "
        "Как с таким работать?"
    ),
    # 30 pupil's channel handle
    (
        "Нашла, что {{name|Даня Крылов}} из {{class|8 «Г»}} ведёт телеграм-канал про учителей, ник "
        "{{handle|@krylov_8g_leaks}}. Там моё фото с урока. Директору говорить или сначала с мамой?"
    ),
    # 31 free-meals application in capitals
    (
        "ЗАЯВЛЕНИЕ НА БЕСПЛАТНОЕ ПИТАНИЕ\n"
        "ФИО ЗАЯВИТЕЛЯ: {{name|МУСТАФИНА ЭЛЬВИРА РИНАТОВНА}}\n"
        "СНИЛС: {{document|153-882-046 71}}\n"
        "ФИО РЕБЁНКА: {{name|МУСТАФИН АМИР ТИМУРОВИЧ}}, {{class|2 «А»}}\n"
        "АДРЕС: {{address|УЛ. ГАГАРИНА, 12-34}}\n"
        "ТЕЛ.: {{phone|+7 917 350-11-92}}\n"
        "Это заполнила мама, мне надо проверить. Там всё правильно?"
    ),
    # 32 trip documents, passport series and number apart
    (
        "Для поездки в Санкт-Петербург собираю документы. У {{name|Лизы Ворониной}} паспорт серия "
        "{{document|45 21}} номер {{document|774310}}, а у {{name|Миши}} свидетельство о рождении "
        "{{document|V-МЮ 582147}}. Свидетельство — это ок или нужен загран?"
    ),
    # 33 lower-case message about own ИНН
    (
        "бухгалтерия просит мой ИНН {{document|771504338912}} и номер счёта для выплаты за классное руководство. "
        "ИНН норм отправлять в ватсап или лучше лично?"
    ),
    # 34 lower-case note with полис ОМС
    (
        "медсестра {{name|Зоя Фёдоровна}} попросила собрать полисы. у {{name|Арины}} номер полиса "
        "{{document|7755 4910 2836 0017}} не читается, переписала с фото"
    ),
    # 35 home visit with address
    (
        "Мне дали задание от школы сходить домой к {{name|Семёну}}, он две недели не ходит. Адрес: Самара, "
        "{{address|ул. Ново-Садовая, д. 106, кв. 71}}. Одна идти боюсь, а с социальным педагогом "
        "{{name|Игорем Валентиновичем}} договориться не получается."
    ),
    # 36 school and its buildings, lower case
    (
        "меня перевели в {{school|гимназию № 2}}, но уроки у меня в {{school|корпусе Б}}, а планёрки в "
        "{{school|корпусе А}}. бегаю туда-сюда по 15 минут"
    ),
    # 37 e-mail in a message to a colleague
    (
        "{{name|Марина Олеговна}}, скиньте, пожалуйста, вашу почту, а то моя {{email|novikova.teach@mail.ru}} "
        "не принимает файлы больше 25 МБ. Или можно через Яндекс.Диск?"
    ),
    # 38 VK group link, lower case
    (
        "родители создали группу класса {{url|vk.com/club219047763}} и добавили туда детей, а там мат в комментах. "
        "группа не школьная, но дети мои, {{class|6-б}}. модерировать должна я?"
    ),
    # 39 several class labels
    (
        "В этом году у меня {{class|5а}}, {{class|5б}} и {{class|7 «В»}}, плюс кружок для 8-х. Классное "
        "руководство в {{class|5а}}. {{name|Зинаида Львовна}} сказала, что это «лёгкая нагрузка»."
    ),
    # 40 lower-case diminutives and possessive adjectives
    (
        "короче {{name|сашка}} с {{name|петькой}} подрались из за телефона, {{name|петькин}} папа пришел орать, "
        "я вызвала заучку, а {{name|сашкина}} мама трубку не берет. у меня руки трясутся до сих пор"
    ),
    # 41 retold dialogue with "я:" and "она:"
    (
        "пересказываю разговор с мамой {{name|Тихона}}:\n"
        "она: почему вы ему двойку поставили, он же учил\n"
        "я: он не ответил ни на один вопрос\n"
        "она: {{name|тиша}} стеснительный, вы его спросите после урока\n"
        "я: хорошо, давайте попробуем\n"
        "нормально ответила?"
    ),
    # 42 graduates' Telegram chat with handle speakers
    (
        "из чата выпускников 11-х:\n"
        "{{handle|@dasha_k}}: а выпускной где будет\n"
        "{{handle|@maks2008}}: в «Белом зале» вроде\n"
        "{{name|Алла Викторовна}}: Ребята, информация будет у классных руководителей. {{name|Максим}}, не пиши "
        "в чат в 2 часа ночи."
    ),
    # 43 colleagues by patronymic alone
    (
        "{{name|Петровна}} опять забрала мой кабинет под олимпиаду, а {{name|Сергеич}} сказал ждать. Я так "
        "понимаю, молодые учителя тут на птичьих правах."
    ),
    # 44 question without punctuation
    (
        "вы не знаете можно ли ставить н если ребенок на соревнованиях мама {{name|ульяны}} говорит что это "
        "уважительная а завуч говорит нет приказ нужен"
    ),
    # 45 pseudonym given by the writer
    (
        "Не хочу писать настоящее имя, назову его {{name|Федя}}. {{name|Федя}} в {{class|3 «А»}}, он не читает "
        "вообще, а мама уверена, что он «просто ленится». Логопед говорит про дислексию."
    ),
    # 46 colleagues with patronymics in lower case
    (
        "физичка {{name|ирина андреевна}} сказала что я слишком молодая чтобы вести 11 класс. а директор "
        "{{name|олег николаевич}} сам дал мне нагрузку. кого слушать"
    ),
    # 47 practice diary title page in capitals
    (
        "ДНЕВНИК ПЕДАГОГИЧЕСКОЙ ПРАКТИКИ\n"
        "СТУДЕНТ: {{name|ЛЫСЕНКО АРТЁМ ВИТАЛЬЕВИЧ}}\n"
        "МЕСТО ПРАКТИКИ: {{school|МАОУ «ГИМНАЗИЯ № 40»}}\n"
        "УЧИТЕЛЬ-НАСТАВНИК: {{name|КОРОЛЁВА С.М.}}\n"
        "КЛАССЫ: {{class|7А}}, {{class|7Б}}\n"
        "РУКОВОДИТЕЛЬ ОТ ВУЗА: {{name|ПРОХОРОВА Н.И.}}"
    ),
    # 48 forwarded collection message with phone
    (
        "Переслано: «Уважаемые родители! Сбор на подарки учителям к 8 Марта — 300 р. Переводить на номер "
        "{{phone|+79261187340}} ({{name|Светлана К.}}), в комментарии фамилия ребёнка». Это вообще законно, "
        "что родители собирают?"
    ),
    # 49 numbered and named schools
    (
        "Я работаю в {{school|школе № 1284}} первый год, до этого стажировалась в {{school|лицее «Вторая школа»}}. "
        "Разница огромная. Здесь в {{class|9 «Е»}} 32 человека."
    ),
    # 50 colleagues' chat with nicknames
    (
        "[21:14] {{name|настюха}}: кто завтра за меня дежурит на 2 этаже\n"
        "[21:15] {{name|олька}}: я могу до 3 урока\n"
        "[21:15] {{name|настюха}}: спасиб 🙏 дальше {{name|тома}} обещала\n"
        "[21:20] {{name|тома}}: ага"
    ),
    # 51 short SMS with colloquial patronymic
    ("здрасте щас не могу говорить на педсовете. {{name|варвара пална}} про вас спрашивала, перезвоню ок"),
    # 52 parents' committee in capitals
    (
        "РОДИТЕЛЬСКИЙ КОМИТЕТ {{class|1 «Д»}}\n"
        "ПРЕДСЕДАТЕЛЬ — {{name|КИМ ВИКТОРИЯ}} ({{phone|8 (903) 611-72-05}})\n"
        "КАЗНАЧЕЙ — {{name|РОМАН ЛЕБЕДЕВ}}\n"
        "СЕКРЕТАРЬ — {{name|ЯНА СИДОРЕНКО}}"
    ),
    # 53 teacher's channel link
    (
        "Добрый день! Завела канал для родителей {{url|https://t.me/english_with_ms_alina}}, чтобы выкладывать "
        "домашку. Директор {{name|Виктор Павлович}} говорит, что нужно только через Сферум. Можно ли параллельно?"
    ),
    # 54 pupil's nicknames
    (
        "У нас в {{class|6 «В»}} мальчика зовут {{name|Ярослав}}, но все зовут его {{name|Ярик}} или "
        "{{name|Бобёр}} — и на второе он обижается. Запретить прозвище?"
    ),
    # 55 subject group minutes with initials
    (
        "Протокол заседания ШМО учителей начальных классов № 3\n"
        "Присутствовали: {{name|Андреева Г.Н.}}, {{name|Байкова Л.И.}}, {{name|Волкова Т.С.}}, {{name|Рахимова З.}}\n"
        "Слушали: {{name|А.С.}} (молодой специалист) — самоанализ урока в {{class|2 «Б»}}.\n"
        "Решили: рекомендовать {{name|А.С.}} посетить уроки {{name|Волковой Т.С.}}."
    ),
    # 56 Госуслуги enrolment with СНИЛС
    (
        "Мама {{name|Эмилии}} записала её через Госуслуги в кружок, а в заявке указан не тот СНИЛС: "
        "{{document|118-406-219 30}} — это её брата. Куда исправлять, в Навигатор или в школу?"
    ),
    # 57 lower-case test results
    (
        "по итогам контрольной: {{name|лиза к}} — 5, {{name|лиза м}} — 4, {{name|макс}} — 3, остальные смотрите "
        "в журнале. {{name|лиза м}} просила пересдать"
    ),
    # 58 certificate text with school and address
    (
        "Справка\n"
        "Дана {{name|Никитину Савве Андреевичу}}, 2013 г. р., в том, что он действительно обучается в "
        "{{class|6 «А»}} классе {{school|МБОУ СОШ № 5}} г. Клин.\n"
        "Адрес школы: {{address|ул. Победы, д. 3}}.\n"
        "Это для соцзащиты, я правильно оформила?"
    ),
    # 59 Telegram handle of a pupil, lower case
    (
        "ученик написал мне в личку в телеге с аккаунта {{handle|@vanya_pro_100}}: «вы мне не нравитесь». это "
        "{{name|ваня шевчук}} из {{class|10в}} судя по аватарке. отвечать?"
    ),
    # 60 possessive adjectives from names
    (
        "На собрании в {{class|4 «Г»}} {{name|Димина}} бабушка и {{name|Настина}} мама поругались из-за мест в "
        "автобусе на экскурсию. Я растерялась и закрыла собрание раньше."
    ),
    # 61 роза as name and word
    (
        "{{name|Роза Маратовна}}, наш библиотекарь, подарила мне розу на День учителя, а дети из {{class|7 «Е»}} — "
        "стенгазету. Приятно 😊 Просто хотела поделиться."
    ),
    # 62 lower-case, марина as name
    (
        "{{name|марина}} из 11 класса хочет в морской колледж, говорит это судьба. но у неё тройки по физике, "
        "как ей сказать аккуратно"
    ),
    # 63 слава as name and word
    (
        "{{name|Слава}} выиграл городскую олимпиаду по истории, и теперь ему слава и почёт, а мне завуч сказала, "
        "что это «заслуга школы». Обидно немного."
    ),
    # 64 parent's e-mail
    (
        "Родитель из {{class|10-в}} пишет на школьную почту, а я не успеваю. Адрес его: "
        "{{email|a.melnikov1979@gmail.com}}. Можно дать ему мой телефон или лучше не надо?"
    ),
    # 65 textbook register in capitals
    (
        "ВЕДОМОСТЬ ВЫДАЧИ УЧЕБНИКОВ\n"
        "КЛАСС {{class|3-В}}\n"
        "{{name|ПЕТРОВ ИВАН}} — ПОЛУЧИЛ\n"
        "{{name|ПЕТРОВА МАРИЯ}} — ПОЛУЧИЛА\n"
        "{{name|СОКОЛОВ ГЛЕБ}} — НЕ ПОЛУЧИЛ (БОЛЕЕТ)\n"
        "БИБЛИОТЕКАРЬ: {{name|КАРПОВА Н.}}"
    ),
    # 66 one name in several cases
    (
        "{{name|Ксюша}} опять плакала. Я поговорила с {{name|Ксюшей}}, оказалось, что {{name|Ксюшу}} дразнят из-за "
        "очков, а у {{name|Ксюши}} и так самооценка ниже плинтуса. Кого из родителей подключать?"
    ),
    # 67 lower-case colleague surname
    (
        "{{name|соколова}} из началки сказала что у неё в прошлом году {{name|гриша}} был таким же и помогло "
        "только посадить его за первую парту"
    ),
    # 68 e-mail with signature
    (
        "{{name|Людмила Борисовна}}, добрый вечер!\n"
        "Высылаю технологическую карту урока по теме «Причастный оборот» для {{class|7 «Б»}}.\n"
        "--\n"
        "{{name|Ефремова Алина Сергеевна}}\n"
        "учитель русского языка и литературы\n"
        "{{school|МБОУ «Гимназия № 17»}}\n"
        "тел. {{phone|+7 (8352) 45-19-08}}"
    ),
    # 69 chat with parents as role speakers
    (
        "мама {{name|Кирилла}}: добрый вечер, {{name|Кирилл}} сказал, что вы его выгнали из класса\n"
        "я: добрый вечер, я попросила его выйти на 5 минут, он кидался ластиком\n"
        "мама {{name|Кирилла}}: это не повод\n"
        "папа {{name|Кирилла}}: {{name|лена}} не начинай"
    ),
    # 70 safety-briefing log
    (
        "Запись в журнале инструктажа:\n"
        "12.09 — {{name|Галкин М.}} ({{class|8 «А»}}) — инструктаж по ТБ в кабинете химии — подпись отсутствует.\n"
        "По словам {{name|Галкина}}, он «не расписывается за других». Его мама {{name|Галкина Ольга}} "
        "его поддерживает. Что делать?"
    ),
    # 71 pasted VK comment, lower case
    (
        "комментарий под постом школы в ВК: «{{name|Анна Сергеевна}} из {{class|5в}} кричит на детей, "
        "{{name|Вика}} боится ходить в школу» — это про меня. пост удалили но скрины гуляют. я не кричала, клянусь"
    ),
    # 72 home visit with flat and block
    (
        "Мы с {{name|Юлией Андреевной}} ходили в семью {{name|Карины}} — {{address|Парковая, 8, корп. 2, кв. 115}}. "
        "Холодильник пустой, мама на смене. Сообщать в опеку?"
    ),
    # 73 pupil's video handle, lower case
    (
        "в лайке у {{name|Милены}} из {{class|4а}} 10 тысяч подписчиков, ник {{handle|@milena.dance.2015}}, она "
        "снимает видео на переменах и там видно других детей. родители не против, а я против"
    ),
    # 74 passport series and number together
    (
        "Для оформления на экзамен нужны паспортные данные. {{name|Богдан}} прислал фото: {{document|4619 221805}}, "
        "выдан ГУ МВД. Но фото размытое, и я не уверена в последней цифре."
    ),
    # 75 colleagues' chat with phone
    (
        "[20:31] {{name|Татьяна Юрьевна}}: коллеги, кто знает номер мамы {{name|Хасанова}}?\n"
        "[20:33] {{name|Гуля}}: {{phone|8 927 115 40 66}} вроде\n"
        "[20:33] {{name|Татьяна Юрьевна}}: спс"
    ),
    # 76 nickname given by classmates
    (
        "В классе есть девочка {{name|Полина}}, её все зовут {{name|Поля}}, а мальчишки дразнят "
        "«{{name|Полька-бабочка}}». Она плачет. Я на классном часе говорила про уважение, не помогло."
    ),
    # 77 lesson self-analysis form
    (
        "Самоанализ урока\n"
        "Класс: {{class|9 «В»}}\n"
        "Учитель-практикант: {{name|Шестакова В.Ю.}}\n"
        "Тема: «Сложноподчинённые предложения»\n"
        "На уроке отсутствовали: {{name|Осипов}}, {{name|Царёва}} (болеют).\n"
        "Активно работали: {{name|Мирон}}, {{name|Злата}}, {{name|Вера Л.}}"
    ),
    # 78 group invite link, lower case
    (
        "вот ссылка на чат {{class|8б}} в телеге {{url|https://t.me/+Xk2pQ9vL7aRhMjEy}}, добавьтесь плз, "
        "{{name|инна геннадьевна}} просила чтобы вы тоже были"
    ),
    # 79 leave application draft
    (
        "Директору {{school|МБОУ «СОШ № 31»}} {{name|Гусеву В.А.}}\n"
        "от учителя математики {{name|Ломакиной Е.П.}}\n"
        "Заявление\n"
        "Прошу предоставить мне отгул 14.11 в связи с защитой магистерской диссертации.\n"
        "Как думаете, так нормально?"
    ),
    # 80 very short reply
    "ок спс, завтра поговорю с {{name|зоей}} и её мамой",
]

ROUND_7I_ENGLISH = [
    # 1 staff-room chat message
    (
        "hey, quick one: {{name|Mrs Okafor}}'s form ({{class|Form 8T}}) has swapped rooms with mine and nobody told "
        "{{name|Jayden}}, who sat outside B12 for 20 mins lol. should I email his mum?"
    ),
    # 2 e-mail to mentor with signature
    (
        "Subject: Parents' evening\n\n"
        "Dear {{name|Dr Hensley}},\n"
        "The mother of {{name|Amira K.}} ({{class|Year 10C}}) asked to meet after school. Her number is "
        "{{phone|07700 912 448}}. Could you join?\n"
        "Best,\n"
        "{{name|Tom Reilly}}\n"
        "{{school|Oakfield Academy}}\n"
        "{{email|t.reilly@oakfieldacademy.org.uk}}"
    ),
    # 3 WhatsApp with timestamps
    (
        "[16:02] {{name|Priya}}: is {{name|Mr Barnes}} covering {{class|9X2}} tmrw?\n"
        "[16:05] me: no idea, ask {{name|Sam}}\n"
        "[16:06] {{name|Priya}}: {{name|sam}} said ask u 😂"
    ),
    # 4 safeguarding log form
    (
        "SAFEGUARDING LOG\n"
        "Pupil: {{name|MCALLISTER, Ryan}}\n"
        "Year group: {{class|Year 7M}}\n"
        "Reported by: {{name|Ms J. Hart}}\n"
        "Address on file: {{address|14 Kingsley Road}}, Leeds\n"
        "Notes: {{name|Ryan}} said he hasn't eaten since Friday."
    ),
    # 5 trip form with NHS number
    (
        "The trip form asks for each kid's NHS number. {{name|Lily}}'s mum wrote {{document|485 777 3456}} but the "
        "handwriting is awful. Also why do we even need it?"
    ),
    # 6 no personal data: set text and exam board
    (
        "Doing Of Mice and Men with Year 10 and they love Lennie but hate Curley's wife, which is a whole "
        "conversation. Any good resources for the Great Depression context? AQA spec, Paper 1."
    ),
    # 7 no personal data: inspection
    (
        "Ofsted are in next week. Our head says focus on curriculum intent, SEND provision and attendance. Any "
        "tips for a first-year teacher in Manchester? I teach geography, mostly Key Stage 3."
    ),
    # 8 no personal data: rant
    (
        "Quick rant: the printer on the second floor has been broken since Halloween, Google Classroom is down, "
        "and Year 9 have a mock on Thursday. Christmas can't come soon enough. Shakespeare on Monday, Dickens "
        "on Friday."
    ),
    # 9 lower-case message with TikTok handle
    (
        "a kid in my tutor group ({{class|10H}}) has a TikTok, {{handle|@lukeyboi_10h}}, where he mimics teachers. "
        "{{name|Mr Adeyemi}} is in like three videos. do I report it or talk to {{name|Luke}} first?"
    ),
    # 10 text message with phone
    (
        "can't make mentoring at 4, {{name|Sophie}} from {{class|Year 8B}} had a meltdown and I'm waiting w her "
        "for her dad. call me on {{phone|+44 7911 123456}} if u need"
    ),
    # 11 forum post with school and building
    (
        "I've been placed at {{school|St Anne's Catholic High School}}, but all my lessons are in the "
        "{{school|Lower School building}} across the road. My mentor there, {{name|Mrs D. Whitfield}}, is lovely."
    ),
    # 12 message with a parent's profile link
    (
        "A parent keeps posting about me on Facebook: {{url|https://www.facebook.com/karen.dobbs.754}}. She's "
        "{{name|Ellie Dobbs}}'s mum. The head says ignore it but it's hard."
    ),
    # 13 message with National Insurance number
    (
        "HR emailed asking for my National Insurance number again. It's {{document|QQ 12 34 56 C}}, I've sent "
        "it twice. Is it normal that supply teachers have to chase this?"
    ),
    # 14 e-mail about a partner school
    (
        "Our sister school in Ohio sends letters to my {{class|Class 4P}}. Their teacher, {{name|Mr. R. Delgado}}, "
        "wants a video call with the kids. Is that allowed under safeguarding?"
    ),
    # 15 lower-case chat gossip
    (
        "lol {{name|jess}} and {{name|mo}} swapped seats again and told the sub they were twins. "
        "{{name|mr kowalski}} fell for it 😂"
    ),
    # 16 home visit with flat
    (
        "Home visit for {{name|Tyler}} tomorrow: {{address|Flat 3, 27 Mill Lane}}, Bristol. {{name|Mr Grant}} (DSL) "
        "is coming with me. Anything I should bring?"
    ),
    # 17 e-mail to tutor with school and phone
    (
        "Hi {{name|Professor Lane}}, my placement school is {{school|Hillcrest Primary School}}; the office number "
        "is {{phone|0161 496 0321}}. My class teacher is {{name|Miss O'Neill}}, who has {{class|Year 2W}}."
    ),
    # 18 message with a colleague's handle
    (
        "Someone screenshotted my slide and tweeted it, but the account they tagged is {{name|Mrs Hughes}}, who "
        "shares my room: {{handle|@MrsHTeachesMaths}}. Should I tell her or our head of department?"
    ),
    # 19 pasted pupil info form
    (
        "STUDENT INFO\n"
        "Name: {{name|Oliver Nguyen}}\n"
        "Form: {{class|7Y}}\n"
        "Parent/carer: {{name|Linh Nguyen}}\n"
        "Email: {{email|linh.nguyen84@outlook.com}}\n"
        "Emergency contact: {{phone|07700 900 382}}"
    ),
    # 20 Teams chat log
    (
        "Teams chat, Tuesday:\n"
        "{{name|Harriet Pope}}: has anyone seen {{name|Kai}}'s coursework folder?\n"
        "{{name|Dev Mistry}}: I think {{name|H. Pope}} had it last\n"
        "{{name|Harriet Pope}}: that's me {{name|Dev}} 🙃"
    ),
]
