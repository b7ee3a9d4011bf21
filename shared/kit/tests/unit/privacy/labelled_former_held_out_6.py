"""HELD-OUT part, batch 6, of the de-identifier's labelled set (issue 15, "De-identifier, wider").

Written on 2026-11-30 (between 05:12 and 05:21 UTC) by a separate author (not the person tuning the rules), BEFORE any
rule in `mentor_kit.privacy` was changed in round 6, and never used to tune them. The author did not open, read,
grep or list any file under `shared/kit/src/mentor_kit/privacy/` (the rules), did not read `test_deidentify.py` or
any `labelled_*.py` file except the former held-out batch 3, and that one only for its docstring conventions and
format (its texts were not reused or paraphrased); the de-identifier and the tests were not run while writing.

The mix: 130 texts, 65 Russian and 65 English, written as novice teachers' messages to mentors in varied registers
(forum posts, timestamped staff and parent chats, служебная записка, заявление, протокол ШМО, акт обследования,
ПМПК and medical/HR/student forms, a CAMHS referral, a safeguarding log, meeting minutes, e-mails with subject lines
and signatures, forwarded parent messages, seating and trip lists, school newsletters, one bare subject line).
13 texts per language (26 in all) hold no personal data but many capitalised non-names (places, months, weekdays,
subjects, exams, authors, characters and titles, theorists, public figures, brands and software, public bodies,
acronyms, headings, generic ministry and news links). The other 104 hold 435 marked spans (Russian 221, English
214): name 263 (Russian 125, English 138), class 65, school 29, phone 26, document 13, address 12, url 11,
email 9, handle 7. Names come sentence-initial, in lists, coordinated, with titles (Mr, Mrs, Ms, Miss, Dr, Sir),
as first names or surnames alone, with initials before and after, as possessives with and without a trailing s,
in all Russian cases, as diminutives, a colloquial patronymic alone, name and patronymic, three-part names in
both orders, hyphenated and apostrophe surnames, Polish, Nigerian, Ghanaian, Somali, South Asian, Chinese, Arabic
and Irish names, nicknames and writer-given pseudonyms, and names that are also ordinary words (Grace, Hope,
Will, Mark, Rose, Summer, Bill, Вера, Надежда, Любовь, Роза, Лев, Роман) next to the capitalised ordinary word
or a public namesake (Лев Толстой, Bill Rogers) that stays unmarked. Bare years (Year 4, Grade 11, P5, 10 классе)
are present and unmarked.

Baseline (05:21 UTC on 2026-11-30), the rules as round 5 left them (1974c41; unchanged in behaviour since 8b8fc52),
aggregate only: over all categories precision 0.90, recall 0.92 (435 spans); name P 0.86 R 0.92 (263; Russian P 0.88
R 0.97, English P 0.85 R 0.88), school P 0.96 R 0.79 (29), address P 0.83 R 0.83 (12), phone P 0.96 R 0.92 (26),
class P 0.98 R 0.95 (65); document, email, handle and url 1.00.

Final score (06:35 UTC on 2026-11-30), the rules as round 6 froze them (8bf7db2), taken once, aggregate only: over
all categories precision 0.94, recall 0.95 (415 of 440 found right, 435 marked); name P 0.92 R 0.94 (248 right of 271
found, 263 marked; Russian P 0.94 R 0.98, English P 0.89 R 0.91), address P 0.92 R 0.92 (11 of 12), class P 0.98
R 0.97 (63 of 65), phone P 1.00 R 0.96 (25 of 26), school P 1.00 R 0.97 (28 of 29); document, email, handle and url
1.00. Its misses have not been read: before the next rule change, write batch 7, score it, then read this batch's
misses and move it into the tuned part.

Do not edit these texts or their marks to make a rule pass. Once this batch's misses have been looked at, it too
counts as tuned, and a new held-out batch must be written before the next rule change.

Marks: {{kind|text}}, kinds: name, school, address, phone, email, url, handle, document, class. Conventions: English
names include a title and initials; a possessive ending stays outside the mark; a role word before a name is not
part of it; a Russian possessive adjective made from a name is a name; a surname with initials includes them; a full
name with patronymic is one span, and two names joined by a conjunction are two spans; a nickname or a pseudonym the
writer gives a child is marked like a name. English class labels include the word before them (year, form, class,
grade), a bare set code is the code alone, Russian labels are the number and letter alone, and a bare year without a
group letter is not marked. A school is the named or numbered institution with its type word as written; a building,
block or branch of a school is its own school span; generic mentions of a school, universities and public bodies are
not marked. An address is the street with house (and flat or block) as written, without the city; a city or a
street without a number is not marked. Phones are marked as written, including a leading plus. Personal numbers
(СНИЛС, ИНН, passport, полис ОМС, NHS and National Insurance numbers) are the number only, without the label;
passport series and number together are one span, apart two spans. A profile, channel or group link is a url (the
full link as written, without trailing punctuation), a generic resource or news link is not marked, and a bare
handle starting with @ is a handle. Authors, historical figures, characters, theorists, celebrities and public bodies
are not marked."""

FORMER_HELD_OUT_6_RUSSIAN = [
    # 1 forum post
    (
        "Коллеги, добрый вечер! Работаю первый год в {{school|МБОУ СОШ № 5}}, веду русский в двух шестых классах. "
        "В {{class|6 «Г»}} есть мальчик, {{name|Димка}} (так его все зовут, по журналу он "
        "{{name|Дмитрий Серёгин}}), который срывает каждый урок. Вчера он залез на подоконник и снимал меня на "
        "телефон. Как с ним быть?"
    ),
    # 2 chat log
    (
        "[08:14] {{name|Ольга Петровна}}: Девочки, кто сегодня дежурит на втором этаже?\n"
        "[08:15] Я: Я, но у меня первый урок в {{school|корпусе 3}}\n"
        "[08:16] {{name|Ольга Петровна}}: Тогда попроси {{name|Светлану}}, она свободна\n"
        "[08:21] {{name|Света Мухина}}: Ок, встану. Журнал {{class|9Б}} у меня, если что"
    ),
    # 3 служебная записка
    (
        "Директору {{school|ГБОУ «Школа № 1234»}}\n{{name|Кузнецовой Н.В.}}\nот учителя математики\n"
        "{{name|Лаптевой Е.А.}}\n\nСлужебная записка\n\nДовожу до Вашего сведения, что 14.11 ученик "
        "{{class|8 «В»}} класса {{name|Гусейнов Руслан}} нанёс удар однокласснику {{name|Егору Ткаченко}} во время "
        "перемены. Свидетели: дежурные учителя. Прошу рассмотреть вопрос на Совете "
        "профилактики.\n\n{{name|Е.А. Лаптева}}"
    ),
    # 4 form fields
    (
        "Анкета для ПМПК\nФИО ребёнка: {{name|Соколова Варвара Игоревна}}\nДата рождения: 03.05.2014\n"
        "Адрес: г. Подольск, {{address|ул. Ленина, д. 5, кв. 12}}\nСНИЛС: {{document|123-456-789 64}}\n"
        "Полис ОМС: {{document|5097 8900 1234 5678}}\n"
        "Телефон законного представителя: {{phone|8-916-482-17-30}}\n"
        "Образовательная организация: {{school|МАОУ «Гимназия № 7»}}, {{class|3 «Б»}}"
    ),
    # 5 no personal data
    (
        "Подскажите литературу по формирующему оцениванию. Читала Выготского про зону ближайшего развития и "
        "«Видимое обучение» Хэтти, но хочется чего-то практического к ОГЭ. В Сферуме и на Дневник.ру коллеги "
        "выкладывают много, но всё разрозненно. Может, есть курсы ФИПИ или Академии Минпросвещения?"
    ),
    # 6 Вера as a name and as a word
    (
        "{{name|Вера}} из {{class|10А}} перестала ходить на физкультуру, приносит справки, которые, по-моему, "
        "пишет сама. Вера в то, что я «не замечу», у неё, видимо, непоколебимая. Говорить ли с её мамой, "
        "{{name|Надеждой Викторовной}}, или сразу идти к социальному педагогу?"
    ),
    # 7 Надежда as a word; group invite link
    (
        "Надежда только на вас, коллеги. В {{class|5-Б}} учится {{name|Надя Коваль}}, и одноклассницы создали "
        "чат «Без {{name|Нади}}», где её высмеивают. Скриншоты мне переслала её подруга {{name|Злата}}. Ссылка "
        "на чат: {{url|https://t.me/+Xk3vQ9aLp2E0ZTli}}. Что делать в первую очередь?"
    ),
    # 8 Любовь as a word and a name
    (
        "Любовь к чтению у моего {{class|7 «Д»}} на нуле. Единственная, кто читает всё подряд, — "
        "{{name|Люба Шестакова}}, а наша библиотекарь {{name|Любовь Андреевна}} уже предлагает сделать её "
        "«читателем месяца». Не будет ли это поводом для травли?"
    ),
    # 9 Роза as a word and a name
    (
        "Роза ветров — тема урока, который я вела вчера в {{class|8А}}. А вот {{name|Роза Ибрагимова}} из этого "
        "класса третью неделю не появляется. Мамин телефон {{phone|+7 927 315 44 02}} выключен, по адресу "
        "{{address|ул. Гагарина, 17-45}} никто не открывает. Куда сообщать?"
    ),
    # 10 Лев: author and pupil
    (
        "Лев Толстой в 10 классе идёт тяжело, особенно когда на первой парте сидит {{name|Лев Мартынов}} и на "
        "каждом уроке спорит, что «Война и мир» устарела. Вчера {{name|Лёва}} заявил, что Наташа Ростова "
        "«токсичная». Как направить его энергию в дискуссию, а не в срыв урока?"
    ),
    # 11 colloquial patronymic alone
    (
        "Наш трудовик {{name|Петрович}} снова отправил мальчишек из {{class|7 «Б»}} ко мне на урок раньше "
        "времени, потому что «станки на ремонте». Я в это время веду другой класс! Завуч "
        "{{name|Марина Олеговна}} говорит: разбирайтесь сами, вы же взрослые люди."
    ),
    # 12 no personal data: planning list
    (
        "План на неделю:\n— Понедельник: пробник ЕГЭ по обществознанию, 3–4 уроки\n"
        "— Вторник: методобъединение, тема «Таксономия Блума на уроках истории»\n"
        "— Среда: открытый урок по «Преступлению и наказанию» (Раскольников и Соня, сцена чтения Евангелия)\n"
        "— Четверг: вебинар Рособрнадзора про ВПР\n— Пятница: сдать КТП в Сетевой Город\n"
        "Не забыть: Всероссийская олимпиада, школьный этап — до 20 октября."
    ),
    # 13 diminutives, cases
    (
        "Мама {{name|Сашеньки Белкиной}} ({{class|1 «В»}}) каждый вечер пишет мне в WhatsApp, что {{name|Сашу}} "
        "обижают. Я наблюдала: с {{name|Сашей}} никто не хочет сидеть, потому что она кусается. О "
        "{{name|Саше}} говорили на консилиуме, но решения нет. Номер мамы, если кто-то из психологов готов "
        "проконсультировать: {{phone|8 (903) 771-20-19}}."
    ),
    # 14 channel link and handle
    (
        "Ребята из {{class|9 «А»}} завели анонимный канал {{url|t.me/podslushano_sosh12}}, где выкладывают фото "
        "учителей с подписями. Админ, судя по всему, {{handle|@kirill_vrn_2009}} — он сам хвастался на "
        "перемене. Фамилия у него {{name|Зуев}}. Как действовать законно?"
    ),
    # 15 protocol
    (
        "ПРОТОКОЛ № 3\nзаседания ШМО учителей начальных классов\n{{school|МБОУ «Лицей № 2»}}\nот 21.11\n"
        "Присутствовали: {{name|Абрамова Т.С.}} (председатель), {{name|Голубева И.В.}} и ещё 4 "
        "учителя\nПовестка: 1. Итоги ВПР. 2. Адаптация {{name|Мирона К.}} ({{class|2 «Г»}}), "
        "ребёнок с ОВЗ.\nСлушали: {{name|Голубеву И.В.}}, которая сообщила, что тьютор выходит только с "
        "января.\nРешили: направить документы на ПМПК."
    ),
    # 16 profile link
    (
        "Нашла страницу своей ученицы {{url|vk.com/id48213377}}, там фото с сигаретами и подпись "
        "«{{class|8Б}} рулит». Ей 14. {{name|Алина}} — отличница, родители строгие. Говорить ли ей, что я "
        "видела, или сразу родителям?"
    ),
    # 17 passport apart, СНИЛС
    (
        "Для поездки на олимпиаду в Казань нужны данные: {{name|Тимур Галиев}}, паспорт серия "
        "{{document|92 18}} номер {{document|554301}}, СНИЛС {{document|145-902-331 07}}. Куда это безопасно "
        "отправить? Завуч просит скинуть в общий чат, мне это кажется неправильным."
    ),
    # 18 no personal data: literature
    (
        "Коллеги, вопрос по «Евгению Онегину». Как вы объясняете девятиклассникам, почему Татьяна отказывает "
        "Онегину в восьмой главе? Мои считают, что она «просто обиделась». Пробовала через письма, через "
        "Белинского и Лотмана — не заходит. Может, есть удачные видео на «Арзамасе» или в «Российской "
        "электронной школе»?"
    ),
    # 19 cases
    (
        "Вчера на перемене {{name|Диму Орлова}} закрыли в туалете. Заперли, по словам дежурной, {{name|Кирилл}} "
        "и ещё один мальчик из {{class|6 «В»}}. Я позвонила маме пострадавшего, она требует встречи с "
        "{{name|Кириллом}} и его родителями. Стоит ли устраивать очную встречу или сначала поговорить с "
        "психологом {{name|Анной Витальевной}}?"
    ),
    # 20 e-mail with signature
    (
        "Тема: Пропуски {{name|Ефимовой К.}}\n\nДобрый день, {{name|Галина Сергеевна}}!\nПишу по поводу "
        "{{name|Кристины}}: с начала ноября 9 пропусков без справок. Мама на связь не выходит.\n\n"
        "С уважением,\n{{name|Полина Андреевна Рыжова}},\nучитель английского языка\n"
        "{{school|ГБОУ Школа № 2107}}\nтел. {{phone|+7 (985) 220-14-88}}\n{{email|p.ryzhova@sch2107.ru}}"
    ),
    # 21 ИНН and address
    (
        "Родители {{name|Вари Лебедевой}} просят справку для налогового вычета за кружок. Прислали в личку ИНН "
        "отца {{document|772801456390}} и адрес {{address|Профсоюзная ул., д. 98, корп. 2, кв. 311}}. Я вообще "
        "имею право это принимать в мессенджере?"
    ),
    # 22 no personal data: announcement with ministry links
    (
        "В рамках недели психологии проведём тренинг по Маслоу и Дуэк (установка на рост). Ответственные — МО "
        "классных руководителей. Материалы: https://edu.gov.ru/national-project/ и "
        "https://fipi.ru/oge/demoversii-specifikacii-kodifikatory. Ведущий — педагог-психолог. Место: актовый "
        "зал, 15:30, четверг."
    ),
    # 23 full name first-name order, group link
    (
        "Родительское собрание в {{class|4 «Б»}} прошло ужасно. Председатель родкомитета "
        "{{name|Анна Сергеевна Воронцова}} при всех заявила, что я «не держу дисциплину». Её поддержал папа "
        "{{name|Гоши}}, {{name|Георгий Ломакин}}. А потом {{name|Воронцова}} ещё и выложила запись собрания в "
        "группу {{url|vk.com/club219003412}}."
    ),
    # 24 forwarded parent message
    (
        "Пересылаю сообщение от мамы:\n«Здравствуйте, это мама {{name|Ильи Котова}}. {{name|Илюша}} пришёл с "
        "синяком, говорит, его толкнул {{name|Рома}}. Я требую, чтобы вы приняли меры, иначе пишу в "
        "департамент. Мой номер {{phone|89057713408}}, звоните после шести»\n"
        "Как отвечать, чтобы не раздуть конфликт?"
    ),
    # 25 no personal data: monthly summary
    (
        "Итоги месяца: сдали отчёты в Минпросвещения по «Разговорам о важном», провели Урок цифры с Яндексом, "
        "7-е классы съездили в Третьяковку. В декабре — пробный ОГЭ по математике и итоговое сочинение в 11-х. "
        "Напоминаем: все материалы загружаем в «Моя школа», а не в личные облака."
    ),
    # 26 chat with a parent
    (
        "[19:02] Мама {{name|Лизы}}: Добрый вечер! {{name|Лизонька}} забыла дневник в кабинете\n"
        "[19:05] Я: Добрый вечер, завтра отдам\n"
        "[19:06] Мама {{name|Лизы}}: Спасибо!!! А можно я подъеду сейчас? Я рядом, {{address|ул. Строителей, 12}}\n"
        "[19:10] Я: Школа уже закрыта, извините"
    ),
    # 27 nickname
    (
        "В {{class|8 «Е»}} есть парень по кличке {{name|Шпала}}, настоящее имя — {{name|Степан}}. Его так "
        "дразнят из-за роста. Он уже и сам на «{{name|Шпалу}}» откликается, но я вижу, что ему неприятно. "
        "Стоит ли мне запретить кличку на уроках?"
    ),
    # 28 pseudonym
    (
        "Назову его {{name|Мишей}}, чтобы не светить. {{name|Миша}} — ученик {{class|5 «А»}}, аутизм, тьютора "
        "нет. Вчера он залез под парту и кричал весь урок. Одноклассники снимали. Мама "
        "{{name|Миши}} просит не звонить ей на работу."
    ),
    # 29 formal request, surname-first full names
    (
        "Прошу разрешить сопровождение обучающегося {{name|Ковалёва Артёма Сергеевича}} на соревнования по "
        "самбо (г. Рязань, 5–7 декабря). Сопровождающий — тренер {{name|Малышев Олег Иванович}}, тел. "
        "{{phone|+7-912-600-40-11}}."
    ),
    # 30 no personal data: reading list
    (
        "Что почитать начинающему учителю: Выготский «Мышление и речь», Макаренко «Педагогическая поэма», "
        "Сухомлинский «Сердце отдаю детям», Амонашвили, а из зарубежных — Пиаже, Блум и Дуэк. Иногда помогает и "
        "«Гарри Поттер»: профессор Макгонагалл — образец строгости без унижения."
    ),
    # 31 e-mail
    (
        "Ученик {{class|11 «А»}} {{name|Захар Миронов}} прислал мне с адреса {{email|zakhar.mironov2007@mail.ru}} "
        "угрожающее письмо после того, как я выставила работу в Google Classroom с оценкой «3». Скриншоты "
        "сохранила. Нужно ли сразу сообщать директору?"
    ),
    # 32 list
    (
        "Список на экскурсию в Тулу ({{class|6 «Б»}}):\n1. {{name|Аксёнов Глеб}}\n2. {{name|Бондаренко Ульяна}}\n"
        "3. {{name|Гришина Софья}} — аллергия на орехи\n"
        "Сопровождают: {{name|Е. В. Осипова}}, {{name|Каримова Л.Р.}}"
    ),
    # 33 no personal data: software
    (
        "Коллеги, у кого есть опыт работы с ClassDojo или аналогом в российских школах? Сферум у нас тормозит, "
        "а Дневник.ру родители не открывают. Интересует геймификация в духе «Класс как команда» — без "
        "рейтингов, чтобы не травмировать детей с ОВЗ."
    ),
    # 34 genitive diminutive
    (
        "У {{name|Лёвы Горбунова}} ({{class|3 «А»}}) СДВГ, по заключению ПМПК нужен тьютор. Директор говорит: "
        "«Денег нет». Мама, {{name|Ксения Горбунова}}, собирается в прокуратуру и просит меня написать "
        "характеристику, где будет сказано, что школа не справляется. Я между двух огней."
    ),
    # 35 school forms
    (
        "Перешла в сентябре из {{school|гимназии имени А. С. Пушкина}} в {{school|школу номер 57}}, и контраст "
        "огромный. В гимназии дети сами просили дополнительные задания, а тут в {{class|7г}} половина класса не "
        "открывает учебник. Завуч {{name|Тамара Ильинична}} советует «не ждать многого». Как не выгореть?"
    ),
    # 36 no personal data: news link
    (
        "Прочитала новость https://ria.ru/20261120/obrazovanie-1912345678.html про то, что Рособрнадзор меняет "
        "формат ЕГЭ по литературе. Кто-то уже видел проект на сайте ФИПИ? Нам на МО сказали, что в демоверсии "
        "меньше Достоевского и больше Чехова."
    ),
    # 37 parents' chat
    (
        "Скрин из родительского чата {{class|2 «Д»}} (я там тоже есть):\n"
        "— Мама {{name|Вани}}: Кто знает, почему учительница опять отпустила детей в 12:40??\n"
        "— {{name|Оксана Р.}}: Она молодая, что вы хотите\n"
        "— Папа {{name|Тимура}}: Давайте писать директору коллективно\n"
        "Дети ушли в 12:40, потому что так стоит в расписании. Как реагировать в чате?"
    ),
    # 38 observation log, hyphenated surname
    (
        "Журнал наблюдений (соцпедагог)\n12.11 — {{name|Сергеева-Лунина П.}}, {{class|9 «Б»}}: обморок на "
        "биологии, не завтракала третий день.\n13.11 — беседа с мамой по тел. {{phone|8 916 400 12 99}}, мама "
        "отрицает проблему.\n15.11 — {{name|Полина}} рассказала подруге {{name|Даше Ким}}, что «худеет к лету»."
    ),
    # 39 instrumental, dative
    (
        "Как помочь {{name|Айгерим}}? Она приехала из Казахстана в сентябре, по-русски понимает, но стесняется "
        "говорить. Сажала её с {{name|Алисой}}, но {{name|Алиса}} жалуется классной, "
        "{{name|Наталье Борисовне}}, что «устала переводить»."
    ),
    # 40 no personal data: memo
    (
        "Памятка по ГИА-2027\n1. ОГЭ: русский, математика + 2 предмета по выбору.\n"
        "2. Итоговое собеседование — февраль.\n3. Апелляции подаются в ГЭК.\n"
        "4. Справки: сайт Рособрнадзора и ФИПИ, горячая линия Минпросвещения.\n"
        "Ответственный в школе — заместитель директора по УВР."
    ),
    # 41 school buildings
    (
        "В {{school|ГБОУ «Школа № 1409»}} пять зданий, и мне поставили уроки в двух: первые три — в "
        "{{school|корпусе 2}}, остальные — в {{school|здании на Островитянова}}. Перемена 10 минут, а идти 15. "
        "{{name|Вадим Эдуардович}} (зам по УВР) говорит, что это «нормальная практика». Это законно?"
    ),
    # 42 instagram and handle
    (
        "Ученица {{class|10 «Б»}} {{name|Ева Лисицына}} ведёт блог {{url|instagram.com/eva.lisitsyna_}}, где "
        "выложила видео с урока, и меня там обсуждают в комментариях. Один из комментаторов — "
        "{{handle|@max_ivanov_77}} — пишет гадости. Просить удалить?"
    ),
    # 43 home visit act
    (
        "АКТ обследования условий проживания\nОбучающийся: {{name|Фомин Никита Олегович}}, {{class|5 «В»}}\n"
        "Адрес: {{address|пр-т Мира, д. 41, кв. 7}}\nПрисутствовали: кл. рук. {{name|Богданова Е. Ю.}}, соц. "
        "педагог {{name|Латыпова Р. Р.}}\nУсловия: отдельного места для занятий нет. Отец "
        "({{name|Фомин О. В.}}) на момент посещения отсутствовал."
    ),
    # 44 no personal data: Bulgakov
    (
        "Как объяснить «Мастера и Маргариту» в 11 классе, не уходя в мистику? Воланд, Понтий Пилат, Иешуа — "
        "дети путаются в линиях. Пробовала схемы в Miro и тест в Яндекс Учебнике. Может, лучше начать с "
        "Гоголя?"
    ),
    # 45 handle and phone
    (
        "Мама ученицы пишет мне в телеграм с аккаунта {{handle|@mama_sonechki}} и требует пересмотреть оценку "
        "дочери. Дочь — {{name|Соня Яковлева}}, {{class|8г}}. Я не давала ей свой ник! Видимо, нашла по номеру "
        "{{phone|+79031234567}}, который я когда-то оставила в объявлении. Как корректно закрыть общение?"
    ),
    # 46 surname alone, sentence-initial
    (
        "{{name|Кравченко}} опять сдал журнал с ошибками, а отвечаю за это я как наставник. Как без конфликта "
        "объяснить коллеге, что Электронный журнал — это документ, а не черновик?"
    ),
    # 47 name + patronymic
    (
        "Скажите, нормально ли, что {{name|Ирина Владимировна}} при детях называет меня «девочкой»? Я молодой "
        "специалист, мне 23, но я учитель, а не «девочка». Вчера это было при моём {{class|6 «Ж»}}."
    ),
    # 48 whatsapp group link
    (
        "Родители {{class|1 «А»}} создали группу {{url|https://chat.whatsapp.com/KqL9xT2mBz4H7vWpR1aS0d}} и "
        "добавили туда меня без спроса. Админ — {{name|Юлия Шилова}}, её номер {{phone|8 (926) 554-03-21}}. "
        "Могу ли я просто выйти, или это будет выглядеть демонстративно?"
    ),
    # 49 no personal data: ВШК
    (
        "ВШК, декабрь: проверка рабочих программ по ФГОС, посещение уроков у молодых специалистов, анализ "
        "пробного ЕГЭ. Приглашён методист из МЦКО. Все справки — в кабинет 214 до 10.12."
    ),
    # 50 non-Russian names
    (
        "В {{class|3 «Г»}} двое детей из Китая — {{name|Ли Мин}} и {{name|Чжан Хао}}. {{name|Хао}} совсем не "
        "говорит по-русски, а {{name|Ли}} переводит ему на переменах и явно устал. Есть ли в Москве бесплатные "
        "курсы русского как иностранного для младших школьников?"
    ),
    # 51 no personal data: педсовет
    (
        "Объявление. 25 ноября в 16:00 — педсовет «Функциональная грамотность: от PISA к урокам». Выступают "
        "директор, заместители, руководители МО. Явка обязательна. Повестку см. в Сферуме."
    ),
    # 52 possessive adjective
    (
        "{{name|Катина}} бабушка приносит мне пирожки каждую пятницу, и я не знаю, как отказаться. "
        "{{name|Катя}} — хорошая ученица, но я боюсь, что другие родители решат, что я её выделяю. Бабушка, "
        "{{name|Зинаида Фёдоровна}}, обижается на отказ."
    ),
    # 53 ОМС in chat
    (
        "Медсестра просит собрать копии полисов ОМС для {{class|7 «А»}}. {{name|Гриша Платонов}} скинул фото "
        "полиса прямо в чат класса: номер {{document|7751 2300 4488 1290}} теперь видят все. Удалить? Сказать "
        "маме?"
    ),
    # 54 no personal data: Turgenev
    (
        "Сегодня на литературе обсуждали «Муму». Герасим, барыня, Татьяна... Дети спросили, жив ли Тургенев. "
        "Смешно, но грустно. Кто-нибудь делал урок по Тургеневу в формате квеста?"
    ),
    # 55 two schools, patronymic in genitive
    (
        "Прошла стажировку в {{school|Лицее № 239}} в Питере, там у каждого молодого учителя есть наставник с "
        "часами в нагрузке. У нас в {{school|МБОУ СОШ № 14}} наставник — на бумаге. Как убедить директора, "
        "{{name|Рашида Маратовича}}, что это важно?"
    ),
    # 56 emergency contacts
    (
        "Контакты для экстренной связи (лагерь, {{class|5 «Б»}}):\n"
        "{{name|Гордеева Мила}} — мама, {{phone|+7 (916) 001-23-45}}\n"
        "{{name|Ершов Данил}} — бабушка, {{phone|8-495-612-40-33}}\n"
        "{{name|Юсупова Амина}} — папа, {{phone|9265553210}}"
    ),
    # 57 e-mail to mentor with handle
    (
        "Тема: Срочно, ситуация с {{name|Булатом}}\n\n{{name|Елена Викторовна}}, здравствуйте!\n"
        "{{name|Булат Хайруллин}} ({{class|9 «В»}}) сегодня принёс в школу нож и показывал его в раздевалке. "
        "Нож я забрала, он у меня в сейфе. Что делать дальше?\n—\n{{name|Марат}}, учитель ОБЖ\n"
        "Telegram: {{handle|@marat_obzh}}"
    ),
    # 58 passport together, address
    (
        "Для заявления на компенсацию нужна копия паспорта родителя: {{name|Лаврентьева Ольга Николаевна}}, "
        "паспорт {{document|4516 203948}}, выдан ОВД района Марьино, зарегистрирована: "
        "{{address|Марьинский б-р, д. 7, кв. 118}}. Можно ли хранить такую копию у себя в кабинете?"
    ),
    # 59 Роман as a word and a name
    (
        "Роман Тургенева «Отцы и дети» мы закончили, и на итоговом уроке {{name|Роман}} из {{class|10 «В»}} "
        "сказал, что Базаров — это он. Класс смеялся, а мне стало тревожно: он реально перестал общаться с "
        "отцом. Говорить ли с ним после урока?"
    ),
    # 60 school newspaper
    (
        "Школьная газета «Перемена», ноябрь\nПоздравляем! {{name|Арсений Волков}} ({{class|11 «А»}}) — призёр "
        "регионального этапа по химии, наставник — {{name|С. Н. Карпова}}. {{name|Ульяна}} и "
        "{{name|Полина Зверевы}} из {{class|4 «В»}} победили в конкурсе чтецов со стихами Есенина."
    ),
    # 61 colleague chat, prepositional
    (
        "[21:47] {{name|Лена}}: ты слышала, что говорили о {{name|Серёже Фролове}} на совете профилактики?\n"
        "[21:48] Я: нет, я была на уроке в {{class|7 «З»}}\n"
        "[21:50] {{name|Лена}}: его ставят на внутришкольный учёт. Мама его, {{name|Инна}}, рыдала"
    ),
    # 62 заявление
    (
        "Директору {{school|МАОУ СОШ № 21}}\n{{name|Семёнову А. П.}}\nот {{name|Харитоновой Светланы Игоревны}},\n"
        "проживающей по адресу: г. Пермь, {{address|ул. Куйбышева, д. 103, кв. 56}},\n"
        "тел. {{phone|8 (342) 215-77-09}}\n\nЗАЯВЛЕНИЕ\nПрошу перевести моего сына, {{name|Харитонова Марка}}, "
        "из {{class|6 «А»}} в {{class|6 «В»}} в связи с конфликтом с классным руководителем."
    ),
    # 63 surname alone in dative and genitive
    (
        "Как лучше: сообщать {{name|Трофимову}} об оценке лично или через электронный журнал? Он очень "
        "болезненно реагирует на тройки, а отец, по словам {{name|Трофимова}}, за тройку лишает телефона."
    ),
    # 64 public page with parent's profile link
    (
        "Нашла в ВК паблик «Учителя Зеленограда», там пост про меня с фото. Автор — "
        "{{url|vk.com/pavel.grishin86}}, это папа {{name|Лёши Гришина}} из {{class|5 «Д»}}. Пишет, что я "
        "«некомпетентна». Отвечать ли в комментариях?"
    ),
    # 65 e-mail address of a parent
    (
        "Пишет папа ученика с адреса {{email|a.sharipov@bk.ru}}: требует, чтобы {{name|Ильдара}} пересадили от "
        "{{name|Вики}}, потому что «она его отвлекает». Я классный руководитель {{class|6 «Е»}} всего два "
        "месяца и уже пересаживала их. Соглашаться?"
    ),
]

FORMER_HELD_OUT_6_ENGLISH = [
    # 1 forum post, pseudonym
    (
        "Hi all, NQT here (well, ECT now). I teach {{class|Year 8R}} at {{school|Hollins Park Academy}} and "
        "there's a lad, let's call him {{name|Jake}}, who throws things whenever I turn to the board. "
        "{{name|Jake}} is lovely one-to-one. Any tips?"
    ),
    # 2 Grace as a word and a name
    (
        "Grace under pressure is not my strong suit. Today {{name|Grace Nwosu}} in {{class|9X2}} told me I was "
        "'the worst teacher in the building' in front of everyone, and her friend {{name|Tomasz}} filmed it. Do "
        "I go to the Head of Year, {{name|Mr Okonkwo}}, or try restorative first?"
    ),
    # 3 Hope as a word and a name
    (
        "Hope you don't mind me asking here. {{name|Hope}} (Year 4) keeps hiding under the table during maths. "
        "Her mum, {{name|Mrs Delaney}}, says it started after her dad moved out. Our SENCO is on leave until "
        "January. What can I do in the meantime?"
    ),
    # 4 Will, Mark as words and names
    (
        "Will someone please explain how to handle this? {{name|Will}} and {{name|Mark}} from my "
        "{{class|Form 7R}} have started calling a new girl 'the refugee'. Her name is {{name|Hodan Abdi}}, she "
        "arrived from Somalia in September. Mark schemes and marking I can cope with; this I can't."
    ),
    # 5 Summer, Rose
    (
        "Summer term can't come soon enough. {{name|Rose}} and {{name|Summer Hughes}} in {{class|Year 10B}} "
        "have fallen out and it's split the whole class. Rose bushes outside my classroom window have seen "
        "more tears this week than my tissue box."
    ),
    # 6 safeguarding log
    (
        "Safeguarding log - CPOMS entry\nDate: 14/11\nPupil: {{name|Kacper Wiśniewski}} ({{class|Year 6W}})\n"
        "Concern: {{name|Kacper}} arrived without a coat for the 4th day; said 'Dad says no money'. Bruise on "
        "left wrist, he said he fell off his scooter.\nAction: Passed to DSL ({{name|Ms R. Begum}}) at 09:20. "
        "Mum's mobile {{phone|07700 900123}} - no answer.\nLogged by: {{name|A. Chen}}, class teacher"
    ),
    # 7 e-mail with signature, possessive
    (
        "Subject: {{name|Oluwaseun}}'s behaviour in period 3\n\nDear {{name|Mrs Adeyemi}},\n\nI'm writing about "
        "{{name|Oluwaseun}}'s conduct in science today. He left the lab twice without permission.\n\n"
        "Kind regards,\n{{name|Daniel Fairweather}}\nScience Teacher (ECT)\n{{school|Riverside High School}}\n"
        "Tel: {{phone|(0113) 496 0123}}\n{{email|d.fairweather@riversidehigh.org.uk}}"
    ),
    # 8 no personal data: Macbeth
    (
        "Does anyone have a good scheme of work for Macbeth for Year 9? I want to link Lady Macbeth's ambition "
        "to the Jacobean context and James I, and maybe bring in Atticus Finch for a comparison of moral "
        "courage next term. Our department uses AQA, and the resources on Seneca are okay but dry."
    ),
    # 9 staff chat
    (
        "[15:42] {{name|Priya}}: did you see what happened in {{class|10X3}}??\n"
        "[15:43] me: no, I was on duty by the {{school|Lower School building}}\n"
        "[15:44] {{name|Priya}}: {{name|Arjun Sharma}} threw a chair at {{name|Mr Hall}}. {{name|Hall}}'s fine "
        "but shaken\n[15:46] me: omg. is {{name|Arjun}} excluded?"
    ),
    # 10 medical form
    (
        "Medical form - residential trip to Kingswood\nChild's name: {{name|Zainab Hussain}}\nDOB: 02/03/2013\n"
        "NHS number: {{document|485 777 3456}}\nAddress: {{address|flat 3, 22 Station Street}}, Bradford\n"
        "Emergency contact: {{name|Tariq Hussain}} (father), {{phone|07700 900 456}}\nAllergies: peanuts (EpiPen)"
    ),
    # 11 no personal data: theorists
    (
        "Reading list for my PGCE recap: Vygotsky on scaffolding, Piaget's stages, Bloom's taxonomy, Maslow's "
        "hierarchy, Dweck's Mindset, Rosenshine's Principles of Instruction, and Doug Lemov's Teach Like a "
        "Champion. Also the EEF guidance reports. Which one would you start with for behaviour?"
    ),
    # 12 HR form
    (
        "New starter details (please return to HR)\nName: {{name|Joanna Kowalczyk}}\n"
        "National Insurance number: {{document|QQ 12 34 56 C}}\nHome address: {{address|14 Elm Road}}, Leeds\n"
        "Mobile: {{phone|+44 7700 900789}}\nPersonal email: {{email|jo.kowalczyk91@gmail.com}}\n"
        "Post: Teacher of Maths, {{school|King's College School}}"
    ),
    # 13 possessives with and without s
    (
        "Parents' evening disaster. {{name|Agnes}}' mum and {{name|Chinedu Okafor}}'s dad got into an argument "
        "in the queue about whose child started the fight. {{name|Mr Okafor}} then told me I should 'control my "
        "classroom'. Ofsted would have loved it. How do I write this up?"
    ),
    # 14 fake account
    (
        "Found a fake account impersonating me: {{url|instagram.com/miss_t_is_a_joke}}. It's run by someone in "
        "{{class|Year 11C}} I think - it follows {{handle|@lily.marchetti}} and {{handle|@jj_osei10}}, who are "
        "both in my form. Do I report to IT, the DSL or the police?"
    ),
    # 15 US elementary
    (
        "First-year 4th grade teacher at {{school|Lincoln Elementary}} here. One of my students, "
        "{{name|Mateo Ramirez}}, told me his older brother hits him. I called his mom at {{phone|(555) 201-3344}} "
        "and she hung up on me. Our counselor, {{name|Dr Patterson}}, says I should have gone to CPS first. Did I "
        "mess up?"
    ),
    # 16 no personal data: staff briefing
    (
        "Staff briefing, Monday 3 March\n- Mock GCSEs start next Tuesday in the Sports Hall.\n"
        "- SATs practice papers for Year 6 are in the office.\n- Ofsted framework update: read the DfE summary at "
        "https://www.gov.uk/government/publications/school-inspection-handbook-eif\n"
        "- SEND review: SENCO to circulate EHCP deadlines.\n"
        "- Reminder: Google Classroom, not WhatsApp, for homework."
    ),
    # 17 EAL, Chinese names, initial after surname
    (
        "Could someone advise on EAL support? {{name|Zhang Yutong}} and {{name|Li Wei}} joined {{class|Year 7T}} "
        "last week from Shenzhen. {{name|Yutong}} speaks some English; {{name|Wei}} none at all. The EAL "
        "coordinator, {{name|Wang L.}}, only works Tuesdays."
    ),
    # 18 newsletter
    (
        "THE ACORN - Autumn Newsletter\nStar of the Week: {{name|Yousef Al-Masri}} ({{class|Class 3M}})\n"
        "Well done to {{name|Fatima}} and {{name|Aaliyah}} for raising £240 for Children in Need! Welcome to "
        "our new Year 2 teacher, {{name|Miss O'Neill}}. Reminder: the {{school|Oakfield site}} car park is "
        "closed on Friday for resurfacing."
    ),
    # 19 US phone, e-mail, signature
    (
        "Quick one: a parent, {{name|Keisha Brown}}, has been texting my personal cell ({{phone|555-201-4455}}) "
        "at 11pm. I never gave her the number; I think she got it from the PTA sign-up sheet. Should I block "
        "her, or ask her to use my school email, {{email|t.nguyen@ps118.org}}?\n- {{name|Tina}}"
    ),
    # 20 hyphenated surname with title
    (
        "Observation feedback from {{name|Mrs Smith-Jones}} today was brutal: 'no differentiation, no AfL, "
        "chaotic transitions'. {{name|Smith-Jones}} has never taught {{class|9Y4}}. Is it normal for a mentor "
        "to observe without a pre-meeting?"
    ),
    # 21 no personal data: apps and authors
    (
        "Has anyone used ClassDojo with Key Stage 2? Our head wants points for behaviour, but after reading "
        "Alfie Kohn and Carol Dweck I'm uneasy about extrinsic rewards. Also - Teams or Google Classroom for "
        "homework? Microsoft's new features look good but our trust is Google-based."
    ),
    # 22 Sir as title, Sir as address, public figure
    (
        "Our chair of governors, {{name|Sir Peter Hollis}}, is visiting my lesson on Thursday and the Head has "
        "told me to 'do something creative, like Sir Ken Robinson would'. I teach Year 5 and half the class "
        "can't sit still for ten minutes. Also the boys have taken to calling me 'Sir' in a sarcastic voice."
    ),
    # 23 CAMHS referral
    (
        "Referral to CAMHS - summary\nYoung person: {{name|Ellie-Mae Thornton}}, {{class|Year 9H}}\n"
        "GP: {{name|Dr K. Osei}}, Parkside Surgery\nNHS no.: {{document|943 476 5919}}\n"
        "Parent: {{name|Ms J. Thornton}}, {{phone|07700 900 312}}\n"
        "Reason: self-harm disclosed to form tutor {{name|Mr D. Patel}} on 12/11."
    ),
    # 24 Facebook group
    (
        "A dad, {{name|Abdirahman Warsame}}, has posted in the {{url|facebook.com/groups/hollinsparkparents}} "
        "group that I 'pick on Muslim kids' after I gave his son {{name|Mohamed}} a detention for his phone. The "
        "post has 80 comments. Our head, {{name|Mrs Thackeray}}, says ignore it. Should I?"
    ),
    # 25 no personal data: To Kill a Mockingbird
    (
        "Inspiration needed for a lesson on To Kill a Mockingbird. My Year 10s find Atticus Finch boring and "
        "Scout annoying. I tried linking it to Martin Luther King and Rosa Parks, and the Civil Rights Act, but "
        "they've done that in History. Next up: Of Mice and Men in January."
    ),
    # 26 seating plan bullets
    (
        "Seating plan notes for {{class|8C}}:\n"
        "• {{name|Amira}} and {{name|Bethany}} - separate!!\n• {{name|O'Brien}} - front, hearing aid\n"
        "• {{name|Kai P.}} - near the door (toilet pass, medical)\n"
        "• {{name|Andrei}} - EAL (Romanian), pair with a buddy"
    ),
    # 27 home visit
    (
        "Home visit planned tomorrow with our family liaison: {{address|Flat 12, Carrington House, 5 Mill Lane}}. "
        "It's {{name|Jordan}}'s nan's flat - he's been staying there since the fire. Do I go as class teacher "
        "or leave it to {{name|Sandra}}?"
    ),
    # 28 minutes
    (
        "Minutes - Year 7 pastoral meeting, 20 Nov\nPresent: {{name|Ms Kaur}} (chair), {{name|Mr Evans}}, "
        "{{name|Dr Mensah}} (SENCO)\nApologies: Head of Year 8\n"
        "1. {{class|7R}} - {{name|Ruby}} still on report; her mum requests a "
        "meeting.\n2. EHCP review for {{name|Theo Marsh}} moved to January.\nAction: {{name|Evans}} to contact home."
    ),
    # 29 no personal data: INSET
    (
        "Subject: INSET day - agenda\n\nMorning: Rosenshine's principles refresher (Teaching and Learning team). "
        "Lunch in the Hall. Afternoon: KCSIE update from the Local Authority, then departmental time. Please "
        "bring your laptops; Teams will be down for maintenance. Thanks, SLT"
    ),
    # 30 US international phone
    (
        "My student's uncle keeps calling the front office ({{phone|+1 212 555 0199}} is his number) asking for "
        "{{name|Ayesha}}'s grades. He's not on the contact list. {{name|Ayesha}}'s mother is "
        "{{name|Mrs Rahman}}. Can I even tell him she's in the class?"
    ),
    # 31 Bill as a word and a name
    (
        "Bill for the Paris trip arrived today - £640 per pupil, which half my class can't afford. Our TA, "
        "{{name|Bill}}, suggested a payment plan, but the business manager, {{name|Ms Achterberg}}, says no. "
        "Thoughts?"
    ),
    # 32 Lyceum, Gymnasium, C of E
    (
        "Before moving to the UK I taught at {{school|Lyceum No. 2}} in Kharkiv and then at the "
        "{{school|Gymnasium am Rosenberg}} in Germany. Behaviour here at {{school|St Mary's C of E Primary}} is "
        "a different world: {{name|Leo}} in {{class|Year 3S}} told me to shut up on my second day."
    ),
    # 33 no personal data: persuasive writing
    (
        "What's the best way to teach persuasive writing in Year 6? I've used speeches by Malala Yousafzai, "
        "Greta Thunberg and Barack Obama. The SATs writing moderation is in June and the moderators from the "
        "Local Authority like 'ambitious vocabulary'."
    ),
    # 34 long forum post with many names
    (
        "Long post, sorry. I'm a second-year teacher at a big comp in Manchester. My {{class|11Y4}} group has "
        "five boys who run the room, led by {{name|Tyler B.}} and "
        "{{name|Harvey}}. When I moved {{name|Reece}} last week he said "
        "'Miss, you're dead' and the others laughed. HoY says log it. My mentor, {{name|Gemma}}, says build "
        "relationships. What would you do?"
    ),
    # 35 complaint by e-mail, apostrophe surname
    (
        "Complaint received via email from {{email|declan.oneill@outlook.ie}}:\n'My daughter {{name|Siobhán}} "
        "was humiliated by {{name|Miss Kerr}} in front of {{class|Form 9K}}. I expect an apology.' (signed "
        "{{name|Declan O'Neill}})\nMy mentor says I should reply within 48 hours copying in "
        "{{name|Mr McAllister}}."
    ),
    # 36 phone on a note
    (
        "A Year 8 girl passed me a note with a number, {{phone|07911 123456}}, saying an 'older boy' from the "
        "bus keeps messaging her. Her name is {{name|Maisie}}. I've passed it to the DSL but I keep thinking "
        "about it. Was that enough?"
    ),
    # 37 no personal data: books
    (
        "Book recommendations for reluctant readers in KS3? So far: Holes by Louis Sachar, Wonder by R. J. "
        "Palacio, the Alex Rider series, and anything by Malorie Blackman. Our library is run by the Trust and "
        "they'll only order from Peters."
    ),
    # 38 Mark as a word and a name
    (
        "Mark my words, I'm leaving by Easter. {{name|Mark Greaves}} (head of department) wants every book "
        "marked in green pen with a WWW/EBI, and then {{name|Mark}} asks why my planning is late."
    ),
    # 39 Scotland, P5 bare
    (
        "I teach P5 in a primary in Glasgow. One wee boy, {{name|Ifeanyi}}, has been coming in hungry most "
        "mornings. The head, {{name|Dr Nwachukwu}}, says the family 'won't accept help'. Where do I find out "
        "about free school meals in Scotland? Education Scotland's website is confusing."
    ),
    # 40 TikTok handle and profile link
    (
        "Year 10 have made a TikTok about my accent. The account is {{handle|@mrs.k.voice}}, and it's been "
        "shared by {{url|tiktok.com/@aidan.f07}}. I'm from Lagos and proud of my accent, but this hurt. "
        "Do I say something in class?"
    ),
    # 41 no personal data: World Book Day
    (
        "Newsletter: World Book Day is Thursday 5 March. Come dressed as your favourite character - Matilda, "
        "Harry Potter, the Gruffalo or Paddington. The PTA will sell Roald Dahl books at the Summer Fair too. "
        "Thank you to Tesco for donating fruit."
    ),
    # 42 US address
    (
        "Our school's family liaison wants me to drop homework packets at {{address|4417 Maple Avenue, Apt 2B}} "
        "for {{name|DeShawn}}, who is out with a broken leg. Is that okay for a first-year teacher to do alone?"
    ),
    # 43 pseudonym in quotes
    (
        "Let me call her '{{name|Ava}}'. {{name|Ava}} is in Year 12 and told me she's pregnant and doesn't want "
        "her parents to know. She's 16. She asked me to promise not to tell anyone, and I didn't promise. "
        "What happens now?"
    ),
    # 44 trip staffing, initials before and after
    (
        "Trip to the Science Museum ({{class|Year 5P}}) - staffing\nLead: {{name|M. Zielińska}}\n"
        "Support: {{name|R. Ahmed}}, {{name|Hughes T.}}\n1:1 for {{name|Oscar}} (EHCP): "
        "{{name|Mrs Barnaby-Clarke}}\nCoach leaves 8:45 from the front gate; return by 3:15."
    ),
    # 45 no personal data: Shakespeare
    (
        "Help with Shakespeare! We're doing Romeo and Juliet with Year 8. Any fun starters? Last year the Globe "
        "ran workshops and the RSC has free resources. I'm also looking at the BBC Bitesize pages: "
        "https://www.bbc.co.uk/bitesize/topics/zv4bkqt"
    ),
    # 46 landline
    (
        "A parent left a voicemail on the school line, angry about {{name|Bethan}}'s detention, and left her "
        "number {{phone|020 7946 0018}}. The Head says I should call back myself with {{name|Mr Lloyd}} (Head "
        "of Year) listening in. Is that usual?"
    ),
    # 47 Chinese surname-first, e-mail
    (
        "{{name|Chen Jiaxin}}'s father emails me from {{email|chen.family88@163.com}} every Sunday asking for "
        "extra homework. {{name|Mr Chen}} is lovely, but I can't set a separate programme for one child in a "
        "class of 32."
    ),
    # 48 mentor e-mail
    (
        "Hi {{name|Anjali}},\nThanks for sharing your reflection. I agree that {{name|Harpreet}} needs a quieter "
        "space during tests. Let's talk to {{name|Mr Singh}} about an access arrangement before the mocks.\n"
        "Best,\n{{name|Rob}}\n---\n{{name|Robert Hale}} | Mentor, ITT | {{school|Greenfield Academy}}\n"
        "{{phone|07700 900 874}}"
    ),
    # 49 no personal data: MIS
    (
        "Our MAT has rolled out Arbor and Bromcom at different schools and it's chaos. Which MIS do people "
        "prefer? Also, is Sparx Maths worth it compared to Hegarty? Asking for a department meeting in February."
    ),
    # 50 cover chat
    (
        "11:02 {{name|Kwame}}: can someone cover {{class|9X1}} P4? dentist\n"
        "11:05 {{name|Hannah L}}: I can't, I've got {{class|7Y}}\n11:07 {{name|Sam}}: I'll do it\n"
        "11:07 {{name|Kwame}}: legend 🙏 cover work on my desk in S12"
    ),
    # 51 passport number in a chat
    (
        "For the Berlin trip the travel company needs passport numbers. One parent, {{name|Mrs Ogunleye}}, sent "
        "{{name|Tobi}}'s passport number {{document|533214879}} in the class WhatsApp by mistake. How do I get "
        "it deleted from everyone's phones?"
    ),
    # 52 no personal data: behaviour theory
    (
        "Thinking about behaviour theory: Skinner or Vygotsky? Or is Bill Rogers more practical? I've also read "
        "Tom Bennett's Running the Room - the DfE's behaviour hubs are based on it."
    ),
    # 53 address from SIMS, unnumbered street
    (
        "{{name|Aleksandra Nowak}} ({{class|Year 7N}}) walks home along Canal Road alone after dark. Her mum "
        "works nights. I looked on SIMS and the address is {{address|31b Canal Road}}, which is over a mile. Is "
        "this a safeguarding concern or am I overthinking?"
    ),
    # 54 student form
    (
        "Student information form\nFull name: {{name|Ethan James Carter}}\nPreferred name: {{name|EJ}}\n"
        "Tutor group: {{class|10WB}}\nParent/carer: {{name|Louise Carter}}\n"
        "Email: {{email|louise.carter@btinternet.com}}\nPhone: {{phone|07700-900-551}}\n"
        "Previous school: {{school|Westbrook Junior School}}"
    ),
    # 55 X profile
    (
        "A parent, {{name|Mr Babatunde}}, tweeted a clip of my lesson: {{url|https://x.com/tunde_b_official}}. "
        "The caption says 'Teacher at {{school|Hollins Park Academy}} teaching our kids politics'. It was a "
        "lesson on the suffragettes. What do I do?"
    ),
    # 56 half term plan, one name at the end
    (
        "Half term planning: Monday - History, the Tudors (Henry VIII, Elizabeth I). Tuesday - Geography, "
        "rivers (Thames, Severn). Wednesday - Science, forces. Thursday - PSHE. Friday - Christmas Jumper Day "
        "for Save the Children; money to {{name|Mrs Gill}} in the office by 3pm."
    ),
    # 57 nickname, stepdad, phone
    (
        "Safeguarding question. {{name|Elizabeth}} - '{{name|Lizzie}}' to everyone - in my tutor group "
        "{{class|12RH}} told me her stepdad {{name|Gary}} reads her messages. She gave me her new number "
        "{{phone|07700 900 962}} 'in case'. Should I even have this?"
    ),
    # 58 US newsletter, campus
    (
        "Welcome back to {{school|Jefferson Middle School}}! Our new 7th grade science teacher is "
        "{{name|Ms Rivera}}, who joins us from Texas. Classes for 8th grade will move to the "
        "{{school|North Campus}} from January."
    ),
    # 59 subject line
    "Subject: RE: {{name|Dominika}} ({{class|8F}}) - incident at lunch / CCTV request",
    # 60 no personal data: options evening
    (
        "KS4 options evening is 12 February. Subjects: GCSE Computer Science, Geography, History, French, "
        "Spanish, Art, Drama, Music, BTEC Sport. Information on the Ofqual website. Head of KS4 will present."
    ),
    # 61 nickname
    (
        "There's a boy in {{class|Year 9K}} everyone calls '{{name|Tank}}' - real name {{name|Thomas Okoro}}. "
        "He's started calling himself {{name|Tank}} in class and gets aggressive when I use {{name|Thomas}}."
    ),
    # 62 phonics
    (
        "Taught my first phonics lesson at {{school|St Mary's C of E Primary}} - a disaster. {{name|Freddie}} "
        "cried, {{name|Isla}} sang the whole time, and {{name|Mrs Ashworth}}, the TA, took over. Read Write Inc. "
        "feels so scripted. Any tips for Year 1?"
    ),
    # 63 NI number
    (
        "A Year 13 student, {{name|Ryan Doyle}}, asked me to check his part-time job application. He'd written "
        "his NI number ({{document|JT 44 18 92 B}}) on the front and left it on my desk overnight. Should I "
        "tell him off or just hand it back?"
    ),
    # 64 forwarded ClassDojo message
    (
        "Forwarded from ClassDojo:\n'Hi Miss, {{name|Amelia}} says {{name|Jayden}} keeps kicking her under the "
        "table. Can you move her? Thanks, {{name|Kerry}} ({{name|Amelia}}'s mum)'\nI've already moved them twice. "
        "How do I reply without sounding defensive?"
    ),
    # 65 international school, Grade with letter and bare grade
    (
        "I'm teaching {{class|Grade 6C}} at an international school in Dubai. {{name|Hamdan}} and "
        "{{name|Mariam Al Suwaidi}} have been excluding a new boy, and {{name|Mariam}}'s older sister "
        "{{name|Noor}} (Grade 11) has been messaging him too. My induction tutor, {{name|Ms Asante-Boateng}}, "
        "says it's a cultural thing. Is it?"
    ),
]
