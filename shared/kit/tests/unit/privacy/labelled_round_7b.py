r"""Tuning batch 7b of the de-identifier's labelled set (issue 15): English names in hard settings.

Written on 2026-11-30 between 08:35 and 08:38 UTC (from `date -u`) by a separate author who did not read the
rules or the other labelled files. What the author read: the directory listing of `tests/unit/privacy/`, and the
module docstring and the first ~25 entries of data of `labelled_former_held_out_3.py` (to see the file format);
nothing under `mentor_kit/privacy/`, not `test_deidentify.py`, no other `labelled_*.py` file. The de-identifier
and the tests were not run. None of the texts reuse or paraphrase texts of that file.

Mix: 90 texts, 25 Russian and 65 English, each a message by a novice school teacher to a university mentor (or a
chat, register, form, log, report comment or e-mail they paste). The English texts focus on personal names in hard
settings: UK, US, Canadian, Australian, New Zealand and Irish school life; staff and parent group chats with
timestamps and lower-case names ("ask mrs k"); registers and exam entries in CAPITALS or "Surname, Firstname";
seating plans, team sheets, detention and behaviour logs, EHCP/IEP/SEN paperwork, report comments, e-mails with
signatures; names that are ordinary words (Will, Grace, Hope, Faith, Mark, Rose, Frank, Bill, Penny, Dawn, Joy,
Summer, Autumn, Sunny, Miles, Hunter, Mason, Taylor, Brooke, Ivy, Rocky) next to the same words used ordinarily;
names from many backgrounds, double-barrelled and apostrophe surnames, initials, nicknames and pseudonyms the writer
gives children; and many capitalised non-names (places, weekdays, months, subjects, exams, authors, characters,
theorists, public figures, brands, software, public bodies). 12 English and 5 Russian texts hold no personal data.
The Russian texts are chats, протоколы, характеристики, заявления and forms with all nine kinds.

Span counts (pattern r"\{\{(\w+)\|([^}]*)\}\}"):
    Russian (102): name 58, class 14, school 8, document 6, phone 4, handle 4, address 3, email 3, url 2.
    English (265): name 212, class 24, school 10, phone 6, email 4, handle 3, address 2, document 2, url 2.
    Total (367): name 270, class 38, school 18, phone 10, document 8, email 7, handle 7, address 5, url 4.

Scored before use (2026-11-30, aggregate, on the rules as round 6 froze them, 8bf7db2): over all categories
precision 0.90, recall 0.84; name P 0.87 R 0.80 (Russian P 0.95 R 0.93, English P 0.85 R 0.76). The rules were not
tuned on it: it is training data of the span model (`RULES_UNSEEN` in `labelled_tuned.py`).

Marks: {{kind|text}}, kinds: name, school, address, phone, email, url, handle, document, class. Conventions: English
names include a title and initials; a possessive ending stays outside the mark; a role word before a name is not
part of it; a Russian possessive adjective made from a name is a name; a surname with initials includes them; a
full name with patronymic is one span, and two names joined by a conjunction are two spans; a nickname or a
pseudonym the writer gives a child is marked like a name. English class labels include the word before them (year,
form, class, grade), a bare set code is the code alone, Russian labels are the number and letter alone, and a bare
year without a group letter is not marked. A school is the named or numbered institution with its type word as
written; a building, block or branch of a school is its own school span; generic mentions of a school,
universities and public bodies are not marked. An address is the street with house (and flat or block) as written,
without the city; a city or a street without a number is not marked. Phones are marked as written, including a
leading plus. Personal numbers (СНИЛС, ИНН, passport, полис ОМС, NHS and National Insurance numbers) are the number
only, without the label; passport series and number together are one span, apart two spans. A profile, channel or
group link is a url (the full link as written, without trailing punctuation), a generic resource or news link is not
marked, and a bare handle starting with @ is a handle. Authors, historical figures, characters, theorists,
celebrities and public bodies are not marked.
"""

ROUND_7B_RUSSIAN = [
    # 1 parent chat
    "Скопировала из родительского чата {{class|3 «Б»}}, подскажите, как на такое отвечать:\n"
    "[19:02] {{name|Оксана Викторовна}}: Родители, завтра сбор на экскурсию в 8:15 у главного входа.\n"
    "[19:05] Мама {{name|Даши К.}}: а сменку брать?\n"
    "[19:06] {{name|Рустам}}: мой {{name|Тимур}} без сменки не пойдёт)\n"
    "[19:20] Бабушка {{name|Лены}}: а автобус уже оплачен?\n"
    "Я только помогаю {{name|Оксане Викторовне}} с экскурсией, но вопросы почему-то пишут мне в личку.",
    # 2 характеристика
    "ХАРАКТЕРИСТИКА\n"
    "на обучающегося {{class|6 «В»}} класса {{school|МБОУ «СОШ № 14»}} г. Твери "
    "{{name|Горелова Максима Игоревича}}, проживающего по адресу: г. Тверь, {{address|ул. Советская, д. 41, кв. 7}}.\n"
    "{{name|Максим}} обучается в школе с первого класса. Учебная мотивация снижена, особенно по русскому языку. "
    "Отец, {{name|Горелов Игорь Викторович}}, на собрания не приходит. "
    "Это мой первый такой документ — так можно писать?",
    # 3 протокол
    "Протокол заседания Совета профилактики № 3 от 12.11.2026\n"
    "Присутствовали: {{name|Кузьмина Е. В.}} (председатель), {{name|Абдуллаев Р. Т.}} (социальный педагог), "
    "{{name|Мороз Н. А.}} (классный руководитель {{class|8 «А»}}).\n"
    "Слушали: о систематических пропусках уроков учеником {{name|Синицыным Артёмом}}.\n"
    "Приглашена мать ученика, {{name|Синицына Ольга Павловна}}, тел. {{phone|8 (912) 345-67-01}}.\n"
    "Я впервые вела протокол: правильно ли указывать телефон матери прямо в тексте?",
    # 4 no personal data: theory
    "Прочитала у Выготского про зону ближайшего развития, а у Эльконина и Давыдова — про развивающее обучение. "
    "Как это совместить с ФГОС и подготовкой к ОГЭ в 9 классе? Методист из ИРО советует брать приёмы из "
    "«Школы России», но это же программа для начальной школы.",
    # 5 анкета для медкабинета
    "Медсестра попросила меня собрать анкеты для медкабинета. Одна мама заполнила так:\n"
    "Ребёнок: {{name|Левченко Ксения Андреевна}}, {{class|2 «А»}}\n"
    "СНИЛС: {{document|112-233-445 95}}\n"
    "Полис ОМС: {{document|7751 2300 1122 3344}}\n"
    "Паспорт законного представителя: серия {{document|45 17}} номер {{document|603218}}\n"
    "Контактный телефон: {{phone|+7 (903) 771-20-48}}\n"
    "Можно ли хранить эти листы у меня в шкафу в кабинете?",
    # 6 telegram chat of young teachers
    "Из чата молодых педагогов района ({{url|https://t.me/molodye_pedagogi_kalin}}):\n"
    "{{handle|@lena_himia}}: девочки, кто знает, ВПР по химии в 11-х в этом году будет?\n"
    "{{handle|@a_petrov_fizra}}: будет, в марте, {{name|Лен}}, скину демоверсию\n"
    "{{handle|@lena_himia}}: спасибо, {{name|Андрей}}!\n"
    "Вопрос: нормально ли, что в таком чате все пишут под своими никами, а администрация тоже там сидит?",
    # 7 e-mail with signature
    "Коллега прислала письмо, пересылаю, чтобы вы посмотрели тон:\n"
    "«{{name|Анна}}, добрый вечер! Ваши дети из {{class|7 «Г»}} опять сорвали мне урок. Прошу принять меры.\n"
    "С уважением,\n"
    "{{name|Ирина Сергеевна Полякова}}\n"
    "учитель английского языка\n"
    "{{school|ГБОУ Лицей № 239}}\n"
    "{{email|polyakova.is@lyceum239.ru}}»\n"
    "Как ответить, чтобы не испортить отношения?",
    # 8 possessive adjectives
    "{{name|Машина}} мама приехала за ней на машине прямо к крыльцу, хотя там нельзя парковаться. "
    "Охранник {{name|Виктор Палыч}} сделал ей замечание, а она пожаловалась на него директору. "
    "{{name|Петина}} тетрадь в суматохе так и осталась у меня на столе.",
    # 9 no personal data: literature
    "В 9 классе проходим «Евгения Онегина». Дети не понимают, почему Татьяна отказывает Онегину в конце, "
    "и считают Ленского «просто глупым». Посоветуйте, что почитать: Лотман, Набоков с комментариями — "
    "или это слишком для ОГЭ?",
    # 10 international school
    "Работаю в {{school|Международной школе «Кембридж»}} в Алматы, веду русский как иностранный в {{class|4 «С»}}. "
    "Мальчик {{name|Джек}} постоянно дразнит девочку {{name|Грейс}}, а его мама, {{name|миссис Харпер}}, "
    "говорит, что «это у них такая игра». Как объяснить ей по-английски, что это не игра?",
    # 11 lowercase phone chat
    "пишу с телефона простите. короче {{name|вика}} из {{class|7а}} опять ушла с физры, а физрук {{name|саныч}} "
    "говорит что это не его проблема. мама {{name|вики}} не отвечает, номер {{phone|89161234567}}, "
    "звонила три раза. что делать дальше?",
    # 12 tutoring contract data
    "Родитель просит оформить договор на платные дополнительные занятия и прислал данные в мессенджер: "
    "{{name|Кравченко Денис Олегович}}, ИНН {{document|772834561290}}, паспорт {{document|4519 602381}}. "
    "Я даже не знаю, кому в школе это передать, и можно ли вообще хранить это у себя в телефоне.",
    # 13 VK page
    "Ученик {{class|10 «Б»}} {{name|Егор Лаптев}} завёл страницу, где выкладывает видео с уроков: "
    "{{url|https://vk.com/egor_laptev_2010}}. Там уже есть ролик со мной у доски. Куда жаловаться и надо ли "
    "сначала поговорить с его классным руководителем, {{name|Тамарой Олеговной}}?",
    # 14 no personal data: bodies
    "Минпросвещения опять поменяло график ВПР, Рособрнадзор прислал новые критерии, а электронный журнал "
    "в «Дневник.ру» до сих пор не принимает оценки за четверть. Учитель должен сам следить за всеми письмами "
    "или это задача завуча?",
    # 15 nickname
    "В {{class|5 «Д»}} есть мальчик, которого все зовут {{name|Шурик}}, хотя по журналу он {{name|Александр Ветров}}. "
    "Он смешит весь класс, прямо как тот Шурик из «Операции Ы», дети его обожают, а урок сыпется. "
    "Звать ли его {{name|Шуриком}} или строго по имени?",
    # 16 pseudonym
    "Опишу ситуацию без настоящего имени: назову мальчика {{name|Гошей}}. {{name|Гоша}} в {{class|3 «Е»}} уже "
    "неделю приходит без завтрака и засыпает на втором уроке. Соцпедагога у нас нет. С чего начать?",
    # 17 names as ordinary words
    "Наставник {{name|Вера Николаевна}} говорит, что потеряла всякую веру в мой класс. А я не теряю надежды: "
    "{{name|Надя Гусева}} из {{class|8 «В»}} — наша главная надежда на региональной олимпиаде, и любовь к "
    "предмету у неё настоящая. Завуч {{name|Любовь Андреевна}} обещала дать ей дополнительный час.",
    # 18 school buildings
    "В {{school|Лицее № 1535}} у меня уроки то в {{school|корпусе 3}}, то в {{school|корпусе 5}}, а между ними "
    "десять минут пешком. Завуч {{name|Еремина}} говорит, что «все так работают». Это правда нормально?",
    # 19 no personal data: discipline
    "В сентябре и октябре шестиклассники ещё слушались, а после осенних каникул их как подменили. "
    "В четверг на истории я рассказывала про Петра I и Полтавскую битву, а половина класса играла в телефоны. "
    "Забирать телефоны по закону можно?",
    # 20 заявление
    "Мама принесла заявление, проверьте, пожалуйста, правильно ли оно оформлено:\n"
    "Директору {{school|МАОУ «Лицей № 6»}} {{name|Белову А. А.}} от {{name|Захаровой Светланы Михайловны}}, "
    "проживающей по адресу: г. Калуга, {{address|пр-т Мира, д. 12, корп. 2, кв. 45}}, тел. "
    "{{phone|+7 916 555-23-41}}.\n"
    "Заявление. Прошу освободить моего сына, {{name|Захарова Тимура}}, ученика {{class|4 «Г»}} класса, "
    "от занятий с 1 по 5 декабря по семейным обстоятельствам.",
    # 21 migrant families
    "К нам пришли дети из семей мигрантов: {{name|Анна-Мария Петреску}} из Молдовы, {{name|Нгуен Ван Хоа}} "
    "из Вьетнама и {{name|Фаррух Рахимов}} из Таджикистана. Папа {{name|Фарруха}} пишет мне на "
    "{{email|rahimov.f87@mail.ru}}, но по-русски понимает с трудом. Можно переписываться через переводчик?",
    # 22 no personal data: classics of pedagogy
    "Мой научный руководитель в университете советует перечитать Макаренко и Сухомлинского, а в школе "
    "говорят, что всё это устарело и надо читать Ушинского «для души», а работать по новым методичкам. "
    "Кто прав?",
    # 23 remarks log
    "Мой листок замечаний за неделю ({{class|9 «Г»}}, алгебра):\n"
    "Пн — {{name|Ткаченко}}: разговаривал, 2 замечания\n"
    "Вт — {{name|Ли}} и {{name|Ким}}: телефоны\n"
    "Ср — {{name|Соловьёва}}: опоздала на 15 минут\n"
    "Чт — {{name|Ткаченко}}, {{name|Орлов}}: драка на перемене\n"
    "Нужно ли всё это передавать в Совет профилактики?",
    # 24 messenger from parent
    "Родитель написал в Сферуме: «Здравствуйте, {{name|Марина Юрьевна}}! Это папа {{name|Арсения}}, "
    "{{name|Дмитрий}}. Пришлите, пожалуйста, список литературы на лето на {{email|d.sokolov@bk.ru}}, "
    "а то в Сферуме файлы не открываются. Или в телеграм {{handle|@dsokolov_msk}}». Можно ли отвечать в телеграме?",
    # 25 mentoring report
    "Отчёт молодого специалиста за первое полугодие\n"
    "ФИО: {{name|Ахмедова Зарина Рустамовна}}\n"
    "Образовательная организация: {{school|МБОУ «Средняя школа № 27»}}, г. Пермь, {{address|ул. Гагарина, 15}}\n"
    "Наставник: {{name|Круглова Т. П.}}\n"
    "Классное руководство: {{class|5 «Е»}}\n"
    "Проведено открытых уроков: 2. Посещено уроков коллег: 11.",
]

ROUND_7B_ENGLISH = [
    # 1 staff WhatsApp with lower-case names
    "Pasted from the English department WhatsApp last night, excuse the state of it:\n"
    "[21:14] {{name|dan h}}: has anyone got the cover for {{class|9X2}} tmrw p3\n"
    "[21:15] {{name|priya}}: ask {{name|mrs k}} she printed it at lunch\n"
    "[21:15] {{name|dan h}}: shes on the Berlin trip till friday tho\n"
    "[21:17] {{name|tom}}: its in the blue tray in E12 next to the Macbeth books\n"
    "[21:18] {{name|priya}}: legend ty {{name|tom}}\n"
    "Is it normal that cover gets sorted like this at 9pm?",
    # 2 register printout in capitals
    "This is how the morning register prints from Bromcom for tutor group {{class|7JN}}, and I keep misreading it:\n"
    "{{name|ABUBAKAR, Fatima}}   /\n"
    "{{name|NOWAK, Wiktoria}}   L 08:52\n"
    "{{name|O'SULLIVAN-BRENNAN, Ciarán}}   N\n"
    "{{name|MENSAH, Kwabena}}   /\n"
    "{{name|PETRAUSKAS, Jokūbas}}   /\n"
    "Is N a code I can enter myself, or does the attendance office set it?",
    # 3 parents' evening note, names that are ordinary words
    "Parents' evening went fine except one. {{name|Will Adeyemi}} in {{class|Year 8G}} tells me every week that he "
    "will do the reading, then doesn't. His mum, {{name|Grace Adeyemi}}, took it with real grace and said she'd "
    "check his planner. I live in hope. (Not {{name|Hope}} from his form, who is a star.)",
    # 4 no personal data: theorists
    "Reading question. We've been told to build every lesson round Rosenshine's Principles of Instruction, and our "
    "CPD lead keeps quoting Dylan Wiliam and Daisy Christodoulou. But my PGCE tutor at Bristol leaned heavily on "
    "Vygotsky and Bruner. Can direct instruction be squared with scaffolding in the zone of proximal development, "
    "or are these just two camps? I'm asking for my Year 10 GCSE Science classes after the Christmas mocks.",
    # 5 EHCP review summary
    "EHCP annual review, summary for my mentor (names as on the form):\n"
    "Child: {{name|Aisha Farah}}\n"
    "School: {{school|Brookfield Primary School}}, {{class|Class 4B}}\n"
    "Parent/carer: {{name|Hodan Farah}}, {{phone|07700 900482}}\n"
    "NHS number: {{document|485 777 3456}}\n"
    "SENCo: {{name|Ms L. Whitfield}}\n"
    "Outcomes: Section F still lists speech and language therapy; CAMHS referral pending since June. "
    "The local authority wants the paperwork back by Friday.",
    # 6 netball team sheet
    "U13 netball squad v {{school|St Anne's}}, Saturday (please check I've got the positions right):\n"
    "GS {{name|Brooke Tiernan}}\n"
    "GA {{name|Summer Oyelaran}}\n"
    "WA {{name|Joy Kamara}}\n"
    "C {{name|Ivy Nguyen-Clarke}}\n"
    "WD {{name|Dawn Lis}}\n"
    "GD {{name|Penny Achebe}}\n"
    "GK {{name|Faith O'Connell}}\n"
    "Subs: {{name|Autumn Reyes}}, {{name|Taylor Budd}} (if her ankle is better)\n"
    "The minibus leaves at dawn, well, 7:30. Do I need a second adult for six hours away?",
    # 7 detention log
    "Detention log, w/c 9 November (I'm meant to summarise it for line management):\n"
    "Mon: {{name|R. Baptiste}} ({{class|10Y1}}), no homework x3\n"
    "Tue: {{name|Frankie-Jo Mullen}}, phone out in Science\n"
    "Wed: none, it was the day of the Ofsted call\n"
    "Thu: {{name|Jack Lyons}} and {{name|Jack Pearce}}, pushing in the lunch queue by the Jack Petchey Award board\n"
    "Fri: {{name|Mark Szymański}}, the mark book says he has already missed two detentions\n"
    "Should repeat no-shows go to the head of year or straight to SLT?",
    # 8 report comment
    "Draft report comment, is the tone OK?\n"
    "'{{name|Rose}} has blossomed in Year 3 this term. Her writing about the rose garden at Kew was full of "
    "detail, and she now reads Roald Dahl independently. Next step: {{name|Rose}} should use paragraphs "
    "consistently.'",
    # 9 e-mail with signature, Ireland
    "Subject: Observation feedback, Tuesday period 4\n\n"
    "Dear {{name|Dr Okonkwo}},\n\n"
    "Thank you for coming in on Tuesday. I've taken on board your point about wait time and have been trying cold "
    "calling with {{class|3C}} since. {{name|Mr Ó Súilleabháin}} (the deputy principal) has asked to sit in on "
    "Friday as well, is that usual?\n\n"
    "Kind regards,\n"
    "{{name|Siobhán Ní Bhriain}}\n"
    "English and Gaeilge\n"
    "{{school|Carrickmore Community College}}\n"
    "{{email|s.nibhriain@carrickmorecc.ie}}",
    # 10 parent text with typos
    "Got this text from a parent at 11pm, copying it exactly: 'hi its {{name|kerry}} {{name|jayden}}s mum he sed u "
    "kept him in at lunch agen for nothing can u ring me on {{phone|07700 900731}} not the school number'. "
    "Do I ring her back or pass it to the head of year?",
    # 11 seating plan
    "Seating plan for {{class|8M3}}, Room S4, front to back:\n"
    "Row 1: {{name|Penny}}, {{name|Miles}}, {{name|Oluwaseun}}, {{name|Zofia}}\n"
    "Row 2: {{name|Hunter}}, {{name|Amira}}, {{name|Kacper}}, {{name|Bao}}\n"
    "Row 3: {{name|Taylor}}, {{name|Mason}}, {{name|Sunny}}, {{name|Rocky}}\n"
    "{{name|Miles}} and {{name|Hunter}} can't sit together, last time they were miles off task. {{name|Sunny}} "
    "needs to be near the door for medical reasons. Does this look workable?",
    # 12 no personal data: set text
    "GCSE Literature: my Year 11s are doing Of Mice and Men for AQA. They're fine on Lennie and George but can't "
    "write about Curley's wife without calling her names, which is exactly how the ranch hands see her. How do I "
    "get them to see Steinbeck's point about loneliness in the Salinas Valley during the Depression? Any favourite "
    "extracts from the scene in Crooks's room?",
    # 13 EAL arrivals list
    "New EAL arrivals this half term, I've been asked to write a welcome plan for each:\n"
    "- {{name|Gintarė Kazlauskaitė}} (Lithuanian, {{class|Year 9K}})\n"
    "- {{name|Andrei Popescu}} (Romanian, {{class|Year 9K}})\n"
    "- {{name|Semhar Tesfay}} (Tigrinya speaker, came from Eritrea via Italy)\n"
    "- {{name|Rojda Aslan}} (Kurdish, some Turkish)\n"
    "- {{name|Emre Yıldız}} (Turkish)\n"
    "The Bell Foundation framework looks good. Do I use it for all five or only the ones new to English?",
    # 14 trip sheet with Title Case headings
    "Year 4 Trip To Chester Zoo: Parent Helpers\n"
    "Group Leader: {{name|Mrs Bell}}\n"
    "Helpers: {{name|Bill Hartley}} (Grandad), {{name|Frank Osei}}, {{name|Marisol Dela Cruz}}\n"
    "Coach Bill Paid By: PTA\n"
    "First Aid: {{name|Miss Joy Lambert}}\n"
    "Can a grandad count as a helper if he hasn't got a DBS check?",
    # 15 Canada
    "I teach Grade 6 at {{school|Riverview Elementary}} in Winnipeg. On our walk along the Assiniboine we covered "
    "about two miles, and {{name|Miles Tremblay}} was last the whole way, complaining. {{name|Ms. Côté}} (our EA) "
    "thinks he has flat feet. His dad, {{name|Gabriel}}, says he's just lazy. How do I raise it without it turning "
    "into a blame game?",
    # 16 Australia
    "G'day from Western Sydney. I've got Year 9 at {{school|Mount Druitt High School}} and a lovely kid, "
    "{{name|Jarrah}}, who wanders out during maths. His aunty {{name|Kirra Simpson}} rings the front office most "
    "days on {{phone|0491 570 156}}. Our Aboriginal Education Officer, {{name|Des Walker}}, said to loop him in. "
    "Is that my job or my head teacher's?",
    # 17 Irish staff chat
    "From our staff group chat (Cork):\n"
    "{{name|niamh}}: who has {{class|1B}} for CSPE now\n"
    "{{name|oisín}}: me, since {{name|mr o'brien}} went on leave\n"
    "{{name|niamh}}: grand, can u collect the Junior Cycle CBA forms from the office before Friday\n"
    "{{name|oisín}}: will do\n"
    "I'm the new one in the chat and nobody told me I'd have {{class|1B}} too. Should I ask?",
    # 18 nickname Rocky
    "We got off to a rocky start, me and {{class|10C}}. There's a boy everyone calls {{name|Rocky}} (real name "
    "{{name|Rakeem Johnson}}) who runs the room. When I called him {{name|Rakeem}} in front of the class he walked "
    "out. Should I just use the nickname?",
    # 19 pseudonyms Child A / Child B
    "Safeguarding question, anonymised as I was told to: {{name|Child A}} (Year 5) told {{name|Child B}} at "
    "break that she doesn't want to go home, and {{name|Child B}} told me. I've logged it on CPOMS and told the "
    "DSL. Is there anything else I should have done on the day?",
    # 20 handle and profile link
    "Some of my Year 11s have set up an account, {{handle|@year11_leaks_hb}}, that posts photos of staff. One of "
    "them is of me. The account that reposted it is {{url|https://www.instagram.com/sunny.k_08}}, which I'm fairly "
    "sure is {{name|Sunny Khatun}} in {{class|11H}}. Do I report it to Instagram, the head, or both?",
    # 21 no personal data: software
    "Every school I've been in uses something different: Arbor at my first placement, Bromcom at the second, SIMS "
    "here, with ClassDojo in the primary and Google Classroom for homework. The DfE says we should be reducing "
    "workload, and KCSIE says logs must be secure. Is there research (EEF?) on whether switching systems costs "
    "teacher time?",
    # 22 Arbor behaviour point
    "Arbor behaviour point, copied from the screen:\n"
    "Student: {{name|NGUYEN, Taylor}}\n"
    "Class: {{class|9T2}} Art\n"
    "Staff: {{name|Hamill, S}}\n"
    "Incident: Wrote Taylor Swift lyrics on the desk, refused to clean it.\n"
    "Points: -2\n"
    "Was -2 over the top? She cried.",
    # 23 parents' evening slots
    "Parents' evening slots, Thursday:\n"
    "4:00 {{name|Mr Hussain}} ({{name|Zainab}}'s dad)\n"
    "4:10 {{name|Mrs Begum}} ({{name|Tahmid}})\n"
    "4:20 {{name|Mrs Abdi}} ({{name|Hamza}}), Somali interpreter booked\n"
    "4:30 {{name|Ms Farooq-Shah}} ({{name|Inaya}})\n"
    "4:40 {{name|Mr Rahman}} and {{name|Mrs Rahman}} ({{name|Arif}})\n"
    "Should I send the interpreter the report in advance?",
    # 24 US IEP notes
    "IEP meeting notes, fall 2026\n"
    "Student: {{name|Hunter McAllister}}, grade 3\n"
    "School: {{school|Lincoln Elementary School}}\n"
    "Present: {{name|Mrs. D. Alvarez}} (SPED), {{name|Mr. Kowalski}} (gen ed, me), mom {{name|Tara McAllister}}\n"
    "Notes: the hunter-gatherer unit went well for him; accommodations to continue. Next review before spring break.",
    # 25 Welsh and Scottish transfers
    "Two transfers this week. {{name|Cerys ap Gruffudd}} from a Welsh-medium school in Carmarthen, and "
    "{{name|Eilidh MacLeod}} from Inverness, who was in P6 up there so technically should be in Year 6 here. Her old "
    "head teacher, {{name|Mr Ruaridh Munro}}, sent a lovely letter. Do I place her by age or by stage?",
    # 26 no personal data: behaviour books
    "General question. Our behaviour policy is three warnings then a call home, but by March the warnings have lost "
    "all force. Over half term I read Tom Bennett's Running the Room and Paul Dix's When the Adults Change, "
    "Everything Changes. They contradict each other in places. Which would you trust for Year 8 on a Friday "
    "afternoon?",
    # 27 grandmother's e-mail
    "A grandparent e-mailed me directly from {{email|marcia.beckford77@gmail.com}}:\n"
    "'Good evening Miss, I am {{name|Marcia Beckford}}, {{name|Shanice}}'s grandmother. {{name|Shanice}} says "
    "{{name|Jamal Reid}} has been calling her names on the bus home. Please can you speak to him.'\n"
    "Do I reply from my school address or forward it to pastoral?",
    # 28 New Zealand
    "Kia ora, I'm on practicum in Rotorua. One of my Year 7s, {{name|Tāne Ngata}}, is brilliant at kapa haka and "
    "says his koro, {{name|Hemi}}, could come in for Matariki. My associate teacher, {{name|Aroha Walker}}, is keen "
    "but says I should organise it. Where do I start with inviting an elder?",
    # 29 text thread with co-trainee
    "text thread with my co-trainee, for context:\n"
    "me: did u see the email from {{name|mark}}\n"
    "{{name|ellie}}: u mean the mark scheme?\n"
    "me: no mentor {{name|mark}} lol\n"
    "{{name|ellie}}: oh yeah he wants our folders by weds\n"
    "me: great another thing\n"
    "Is a Wednesday deadline for the folders realistic with a full timetable?",
    # 30 report comment, Frank/frank
    "Can you check this comment? '{{name|Frank}} and I had a frank conversation about his effort in Maths. He is "
    "capable of grade 7s at GCSE if he keeps this up.' Too blunt?",
    # 31 e-mail to Polish parent
    "Draft e-mail, please check:\n"
    "Dear {{name|Mrs Wiśniewska}},\n"
    "Thank you for letting me know that {{name|Kuba}} will be in Kraków until 4 January. I've set work on Google "
    "Classroom. If you have any problems, please call the office on {{phone|01632 960418}}.\n"
    "Best wishes,\n"
    "{{name|Ms A. Thornbury}}\n"
    "Form tutor, {{class|Form 8W}}",
    # 32 no personal data: Shakespeare
    "Teaching Romeo and Juliet to Year 9 and they keep asking whether Mercutio is the funny one and why Friar "
    "Laurence doesn't just tell the Capulets. I want a hook for Act 3 Scene 1. The RSC education pack has ideas "
    "but it's aimed at KS4. Thoughts?",
    # 33 project groups, East and South-East Asian names
    "Groups for our Lunar New Year project, {{class|class 5K}}:\n"
    "Dragons: {{name|Li Wei}}, {{name|Zhang Yutong}}, {{name|Oscar}}\n"
    "Tigers: {{name|Nguyễn Minh Anh}}, {{name|Trần Bảo}}, {{name|Isla}}\n"
    "Rabbits: {{name|Jasmine Reyes}}, {{name|Paolo Santos}}, {{name|Lily}}\n"
    "{{name|Minh Anh}}'s mum says they celebrate Tết, not Chinese New Year. Should I rename the project?",
    # 34 duty rota
    "Duty rota (week 2), as it appears on the staffroom board:\n"
    "Monday gate: {{name|Mr Chowdhury}}\n"
    "Tuesday lunch: {{name|Ms Sivakumar}}\n"
    "Wednesday buses: {{name|Mrs Patel}} / {{name|Mr Iqbal}}\n"
    "Thursday lunch: me\n"
    "Friday: {{name|Mrs Perera}}\n"
    "I've also got the Thursday after-school club. Is it fair to push back as an ECT?",
    # 35 Faith and Hope
    "I work in a faith school in Liverpool and have a girl called {{name|Faith}} and another called {{name|Hope}} "
    "in the same set, {{class|8X1}}. {{name|Hope}} asked in RE whether faith is just hoping really. Great question, "
    "but {{name|Faith}} took it personally and the class laughed. How would you have handled it?",
    # 36 planner question with a colleague's name
    "Can anyone recommend a planner? I've tried Notion, a paper Collins diary and Microsoft To Do. Our timetable is "
    "a two-week cycle, with Monday Week A and Monday Week B completely different, and by November I'm drowning. "
    "{{name|Mrs Adair}} in Geography swears by a paper diary. Is it normal to still be planning on Sunday nights?",
    # 37 West African names
    "My {{class|Form 10R}} list has {{name|Kwame Asante}}, {{name|Kwame Boateng}} and {{name|Ama Owusu}}, plus "
    "{{name|Chidinma Eze}} and {{name|Oluwatobi Adebayo-Smith}}. {{name|Ama}} explained that it's a day name for "
    "boys born on a Saturday, and she's asked me to stop calling them {{name|Kwame A}} and {{name|Kwame B}}. "
    "What should I call them instead?",
    # 38 SEN support plan
    "SEN support plan, draft:\n"
    "Name: {{name|Mason Dwyer}}\n"
    "Year: 4\n"
    "Needs: fine motor, handwriting. Loves Minecraft and building, wants to be a stonemason like his grandad.\n"
    "Strategies: writing slope, pencil grip, Clicker 8 for longer tasks.\n"
    "Reviewed by: {{name|Mrs H. Oyelowo-Grant}} (SENCo)",
    # 39 incident notes typed on a phone
    "Incident notes I typed on my phone during the lesson, so no capitals:\n"
    "- 10:05 {{name|jordan}} threw {{name|bella}}'s pencil case across the room\n"
    "- 10:12 {{name|bella}} crying, sent to {{name|mrs obi}}\n"
    "- 10:20 {{name|jordan}} says {{name|lewis}} started it\n"
    "- 10:25 {{name|lewis}} denies it\n"
    "Do these go on CPOMS as they are or do I write them up properly?",
    # 40 fieldwork risk assessment
    "River study fieldwork with Year 8: we measure the brook behind the playing field. Risk assessment note: "
    "{{name|Brooke Hadley}} has a peanut allergy, EpiPen in the green bag. The brook is shallow but "
    "{{name|Mr Danso}} will stand downstream. Anything missing?",
    # 41 no personal data: public figures
    "My Year 6s gave presentations on inspirational people: Marcus Rashford, Malala Yousafzai, Greta Thunberg, "
    "Mo Farah and, inevitably, MrBeast. How do I tactfully give lower marks to the YouTuber one when the others "
    "picked Nobel laureates?",
    # 42 forwarded e-mail with signature and profile link
    "Forwarding a colleague's e-mail about my EPQ supervision:\n"
    "'Hi {{name|Rachel}}, following up our chat: the Year 12 student I mentioned is {{name|Arjun Venkataraman}}, "
    "and he'd like to meet on Mondays. Best, {{name|Deepa}}\n"
    "--\n"
    "{{name|Deepa Raghunathan}}\n"
    "Head of Sixth Form\n"
    "{{school|Hollins Park Sixth Form College}}\n"
    "T: {{phone|0161 496 0732}}\n"
    "{{url|https://www.linkedin.com/in/deepa-raghunathan-edu}}'",
    # 43 Sunny and sunny
    "It was sunny on Wednesday so {{class|class 2S}} did PE outside. {{name|Sunny Dhillon}} got sunburnt because he "
    "refused his hat, and his dad has complained. We don't have a sun cream policy. What would you do?",
    # 44 ClassDojo messages
    "ClassDojo messages from this week, pasted:\n"
    "{{name|Rasa Jankauskienė}}: Good morning, {{name|Matas}} is sick today, cough.\n"
    "{{name|Ioana Dumitrescu}}: Hello teacher, where is the book for reading? {{name|Luca}} says he lost.\n"
    "Me: I'll check the book corner.\n"
    "Should I reply to each in the evening or straight away?",
    # 45 no personal data: inspection
    "We've had the Ofsted call: inspection on Wednesday and Thursday. My head of department says they'll do a deep "
    "dive in History. I'm teaching the Tudors to Year 8 and the Norman Conquest to Year 7. Is it worth changing "
    "anything? The DfE's new framework mentions report cards; does that affect us?",
    # 46 Penny and penny, Instagram handle
    "Money week with {{class|Year 1P}}: {{name|Penny Okafor}} was thrilled we were learning about the penny, and "
    "her brother {{name|Dayo}} sent in a jar of coppers. Their mum runs a baking page on Instagram, "
    "{{handle|@pennysbakes_ldn}}, and wants to donate cakes for the Christmas fair. Can I accept?",
    # 47 Dawn and dawn
    "{{name|Dawn}}, our TA, works from dawn till dusk and covers for me constantly. I'd like to nominate her for "
    "the Pearson National Teaching Awards, support staff category. Her full name is {{name|Dawn Mtetwa}}. Is it OK "
    "for a trainee to nominate?",
    # 48 exam entries in surname-first capitals
    "Exam entries query. On the GCSE entries spreadsheet:\n"
    "{{name|D'ARCY-LAWSON, Imogen}}: English Language, Maths, Triple Science\n"
    "{{name|MAC AN TSAOI, Pádraig}}: English Language, Maths, Combined Science\n"
    "The names are cut short on the board's portal to {{name|DARCY-LAWSON I}} and {{name|MAC AN T P}}. Will that "
    "cause problems with certificates?",
    # 49 no personal data: term dates
    "When's the best time for mocks? Our Autumn term runs to 18 December, Spring term starts on 5 January, and "
    "most of the Summer term is study leave for Year 11. The leadership team wants mocks in the last week of "
    "Autumn, which clashes with the Christmas play.",
    # 50 Autumn and Summer
    "Two sisters, {{name|Autumn}} and {{name|Summer Blake}}, are in my tutor group ({{class|7AB}}). {{name|Summer}} "
    "was born in the autumn, as she tells everyone. Their mum, {{name|Leanne}}, wants them split up next year. "
    "Do I have a say?",
    # 51 initials in an observation log
    "Note from my observation log: '{{name|J.B.}} shouted out three times; {{name|K.O'N.}} corrected him; I used the "
    "positive framing technique from Lemov's Teach Like a Champion.' Is writing initials enough to anonymise it?",
    # 52 US middle school, Bill and bill
    "I'm shadowing at {{school|Jefferson Middle School}} in Ohio. My cooperating teacher, {{name|Bill Novak}}, wants "
    "me to teach a civics lesson on how a bill becomes law. Any ideas for 7th graders? He suggested the Schoolhouse "
    "Rock video.",
    # 53 no personal data: Dickens
    "A Christmas Carol with Year 10: they love Scrooge and the Ghost of Christmas Yet to Come, and someone always "
    "says Tiny Tim in a silly voice. I want to link it to the Poor Law and Malthus. Is there a decent source pack?",
    # 54 staff social chat
    "Staff chat, Friday evening:\n"
    "18:02 {{name|grace w}}: drinks at the Red Lion anyone?\n"
    "18:03 {{name|joy}}: cant, marking 40 mocks\n"
    "18:03 {{name|grace w}}: oh the joy\n"
    "18:05 {{name|mr h}}: ill come for one\n"
    "18:06 {{name|joy}}: save me a seat\n"
    "I'm new and wasn't sure whether to go. Are staff socials expected?",
    # 55 permission slip with address
    "Permission slip returned, and the parent wrote all this on it, which I now have to store somewhere:\n"
    "Child: {{name|Ivy Morrison-Achebe}}\n"
    "Parent: {{name|Claire Morrison}}\n"
    "Address: {{address|Flat 2, 17 Holly Road}}, Leeds\n"
    "Mobile: {{phone|+44 7700 900215}}\n"
    "Email: {{email|claire.morrison@outlook.com}}\n"
    "Where should it go?",
    # 56 pseudonyms for two boys
    "There's a boy in {{class|10X3}}, I'll call him {{name|Sam}}, who only speaks to me through his friend, who "
    "I'll call {{name|Leo}}. {{name|Sam}}'s plan mentions selective mutism. Should I stop {{name|Leo}} answering "
    "for him?",
    # 57 no personal data: exam bodies
    "Quick question on SATs: for the KS2 reading paper in May, does the access arrangements form go to the STA or "
    "the local authority? And for GCSE, is it JCQ that sets the 25% extra time rule? I'm muddled about who does what.",
    # 58 forwarded e-mail, Arabic names
    "Forwarding with the names as they were:\n"
    "From: {{name|Yusuf Al-Hashimi}} <{{email|y.alhashimi@gmail.com}}>\n"
    "To: {{name|Ms R. Gallagher}}\n"
    "Subject: {{name|Layla}} homework\n"
    "'Dear {{name|Ms Gallagher}}, {{name|Layla}} cannot do the homework on Seesaw because our tablet is broken. "
    "Can she do it on paper?'\n"
    "Is paper homework allowed if everything else is on Seesaw?",
    # 59 Scotland, Mark and mark
    "I'm on placement at {{school|Portobello High School}} in Edinburgh. In my S2 class {{name|Mark Kerr}} asked "
    "what mark he'd need to get to the top band, and I didn't know the answer. Are National 5 grade boundaries "
    "published somewhere by the SQA?",
    # 60 no personal data: assignment
    "For my assignment I'm comparing Piaget, Vygotsky and Bandura on peer learning, and bringing in Sweller's "
    "cognitive load theory. My tutor says I need more criticality. What does that actually mean at Level 7?",
    # 61 sports day results
    "Sports Day Results, Key Stage 2 (for the newsletter, can names go in?)\n"
    "Boys' 60m: 1st {{name|Ezekiel Mensah-Boateng}} ({{class|6R}}), 2nd {{name|Rocky Kowalczyk}}, 3rd {{name|Ali}}\n"
    "Girls' 60m: 1st {{name|Zuzanna Wójcik}}, 2nd {{name|Grace Obi}}, 3rd {{name|Maryam}}\n"
    "Sack Race: 1st {{name|Hunter}}, who was a joy to watch",
    # 62 new staff form with NI number
    "My induction form came back because I filled it in wrong. What I wrote:\n"
    "Name: {{name|Conor Maguire}}\n"
    "NI number: {{document|QQ 12 34 56 C}}\n"
    "Address: {{address|9 Ashgrove Terrace}}, Derry\n"
    "School: {{school|St Columb's College}}\n"
    "Apparently the NI number has to go on a separate sheet?",
    # 63 Snapchat handle, summer
    "one of my year 9s added me on snap over the summer as {{handle|@summerr.x}}, I didnt accept. now shes in my "
    "form ({{class|9LW}}) and keeps asking why. her name is {{name|Summer}} so I worked out who it was. how do I "
    "explain it without embarrassing her",
    # 64 no personal data: meeting notes
    "Meeting Notes: Curriculum Review, Science Faculty\n"
    "Agenda: KS3 Working Scientifically; Required Practicals; Oak National Academy resources; Seneca for homework.\n"
    "Action: all staff to review the Year 7 Forces unit by Friday.\n"
    "Is it normal for ECTs to be given actions in a faculty meeting?",
    # 65 class parent WhatsApp
    "A parent screenshotted the class WhatsApp for me (I'm not in it):\n"
    "[20:11] {{name|sarah b}}: does anyone know if its non uniform fri\n"
    "[20:12] {{name|gemma}}: ask {{name|mrs k}} she'll know\n"
    "[20:14] {{name|sarah b}}: {{name|mason}} says its for children in need\n"
    "[20:15] {{name|abi}}: yes £1, pudsey ears optional\n"
    "Should I post the answer on ClassDojo so they stop asking in there?",
]
