"""FORMER held-out batch 4 of the de-identifier's labelled set, now part of the TUNED part (issue 15).

Written on 2026-11-30 between 02:09 and 02:13 UTC by a separate author (not the person tuning the rules), BEFORE any
rule in `mentor_kit.privacy` was changed in round 4, and never used to tune them. The author did not read the rules,
the tuned part or the tests, did not run the de-identifier on these texts, and looked at batch 3 only for its format
and conventions (none of its texts were reused or paraphrased).

The texts are realistic teacher case descriptions of varied style, length and register (forum posts, chat messages,
formal reports, lists, e-mail subject lines, a quoted dialogue): 60 Russian and 60 English. Names come in varied
positions (sentence-initial, in lists, coordinated, with titles, first names alone, surnames alone, initials,
possessives, Russian names in several grammatical cases, diminutives, a patronymic alone, name and patronymic,
hyphenated and apostrophe surnames, non-Anglo names in English texts, nicknames, a pseudonym the writer gives a
child); 24 (12 in each language) texts hold no personal data but capitalised non-names (places, months, weekdays,
subjects, exams, authors and characters, theorists, brands and software, institutions and public bodies, headings,
acronyms, generic links to news or ministry pages).

Its history as the held-out part of round 4 (all times UTC, 2026-11-30):
- 02:13, baseline, the rules of round 3 (bacfe5b), aggregate only: over all categories precision 0.83, recall 0.90;
  name P 0.72 R 0.87 (124 spans), address P 0.75 R 0.60 (5), document R 0.71 (7), school R 0.96, class R 0.98,
  email, handle, phone and url 1.00.
- About 02:25 the speed benchmark (`bench/deidentify.py`) also printed this batch's per-category table once, mid-round
  (rules at 95c0a3b): all P 0.93 R 0.93, name P 0.89 R 0.91, address R 0.80, document R 0.71. No per-text misses were
  shown; the tuner then extended address and number layouts in general (not from any text here) and used only the
  tuned part and seven fresh batches written by other authors (`labelled_round_4b.py` to `labelled_round_4h.py`).
- About 03:00 the tuner read this docstring (its convention examples), after the rules it could bear on were written.
- 03:05, final score, rules frozen at 8178288, taken once: over all categories precision 0.95, recall 0.96 (228
  spans); name P 0.92 R 0.94 (124; Russian P 0.92 R 0.95, English P 0.92 R 0.94), document R 0.86 (6 of 7), phone
  P 0.88 (one wrong of 8), school P 0.96 R 0.96 (24), address, class, email, handle and url 1.00. The targets (R 0.97,
  P 0.90 in every category) were missed for name recall, document recall, phone precision and school recall.
Then its misses were read and it was moved into the tuned part (`labelled_former_held_out_4.py`), after held-out batch 5
had been commissioned from another author.

Do not edit these texts or their marks to make a rule pass.

Marks: {{kind|text}}, kinds: name, school, address, phone, email, url, handle, document, class. Conventions as in
`labelled_tuned.py`: English names include a title (Mrs, Dr, Sir) and initials; a possessive 's stays outside; a
role word (Завуч, Физрук, the SENCo) is not part of a name; a Russian possessive adjective made from a name (Колина
мама) is a name; a surname with initials (Журавлёв Д., Н. В. Крылова) includes them, and a full name with patronymic
is one span; two names joined by "и"/"and" are two spans; English class labels include the word before them (Year
8R, Form 7T, class 5B, grade 6A), a bare set code (9X2) is the code alone, Russian ones are the label alone (7 «В»,
10А, 9-м «Г»); a bare year with no group letter (Year 7, седьмые) is not marked; a school is the named or numbered
institution with its type word as written, and its building or branch ("корпус 2", "Building 2") is its own school
span, while a generic school, universities and public bodies (МГУ, Ofsted) are not marked; personal numbers are the
digits only; a profile or group link is a url, a bare @name is a handle, and a generic link (a ministry or news
page) is not marked; an address is marked only with a house number. Authors, historical figures, scientists,
characters, celebrities and public bodies (Гоголь, Макаренко, Lennie, Vygotsky, AQA) are not personal data and are
not marked; a pseudonym the writer gives a child ("назову его Тимур", "let's call him Tom") is marked like a name."""

FORMER_HELD_OUT_4_RUSSIAN = [
    "Здравствуйте, коллеги! Веду литературу в {{class|8 «А»}}, второй год работаю в {{school|гимназии № 1567}}. "
    "Есть мальчик, назову его {{name|Тимур}}: на уроках по «Ревизору» молчит, хотя, по словам мамы, Гоголя дома "
    "читает запоем. Как его разговорить?",
    "{{name|Соколова Дарья}} из {{class|6 «Б»}} третью неделю не сдаёт тетради по математике. Мама на сообщения в "
    "Сферуме не отвечает, телефон {{phone|+7 916 204-17-83}}.",
    "Подскажите, кто уже готовил девятые классы к ОГЭ по новой демоверсии ФИПИ? В Москве пробник назначили на "
    "март, а у нас в Казани — только на апрель. Интересует, как вы распределяете часы между устной частью и "
    "сочинением.",
    "Завуч {{name|Тарасова}} попросила к пятнице сдать отчёт по адаптации пятиклассников. Я в школе первый год и "
    "не понимаю, что туда писать, кроме оценок. Образец есть у кого-нибудь?",
    "Вчера на перемене {{name|Дашуля}} из моего {{class|3 «Г»}} расплакалась: {{name|Вероника}} и {{name|Лиза}} "
    "сказали, что больше не будут с ней дружить. Родители {{name|Даши}} уже написали в общий чат, и там началось.",
    "Наставница у меня строгая. {{name|Николаевна}} (так её зовут в учительской) сказала, что тетради надо "
    "проверять в тот же день, а я не успеваю: сто сорок работ в неделю, плюс электронный журнал в МЭШ.",
    "Прошу совета. Ученик {{class|10А}} {{name|Гриша Белоусов}} пишет мне во ВКонтакте по ночам, его страница "
    "{{url|vk.com/grisha_belousov07}}. Я не отвечаю, но как корректно объяснить ему границы?",
    "Итоги методического объединения за октябрь:\n- Разобрали задания ВПР по истории: Пётр I, Смутное время, "
    "реформы Александра II.\n- Обсудили «Педагогическую поэму» Макаренко.\n- Следующая встреча — в четверг, после "
    "шестого урока.",
    "{{name|Колина}} мама пришла на консультацию вместе с бабушкой и потребовала пересмотреть четвертную. "
    "{{name|Коля}} учится в {{class|7 «В»}}, по русскому у него стабильная тройка, и я не вижу оснований что-то "
    "менять.",
    "Собираю документы на региональный этап олимпиады. У {{name|Смирновой Алины}} из {{class|11Б}} в анкете указан "
    "СНИЛС {{document|112-233-445 95}}, а в заявлении — другой, я уже запуталась. Кому звонить в РЦОИ?",
    "Добрый день! Пишу из {{school|ГБОУ «Школа № 1234»}}, {{school|корпус 2}}. Ищем молодых учителей химии для "
    "совместного проекта с Кванториумом, пишите на {{email|chem.project1234@mail.ru}}.",
    "Посоветуйте, как работать с {{name|Петей}}: он в {{class|5 «В»}}, постоянно встаёт посреди урока и ходит по "
    "классу. Психолог говорит про СДВГ, но официального заключения нет.",
    "Кто пользовался Яндекс Учебником и Учи.ру одновременно? Дети путаются в паролях, а родители жалуются, что "
    "уведомления из Дневник.ру приходят с опозданием.",
    "Мне как наставнику нужно написать характеристику на молодого специалиста. {{name|Ефимова К. А.}} работает у "
    "нас с сентября, ведёт биологию в пятых и шестых классах. Сильные стороны — проектные задания и Google Формы; "
    "слабые — дисциплина на уроках после обеда.",
    "В заявлении на экскурсию в Санкт-Петербург мама {{name|Артёма}} по ошибке прислала в родительский чат фото "
    "паспорта: серия {{document|45 18}}, номер {{document|902174}}. Я удалила сообщение, но его успели увидеть "
    "человек десять. Что теперь делать?",
    "— {{name|Марина Сергеевна}}, а можно я выйду? — спросил {{name|Ваня}}.\n— После звонка, — ответила я.\nЧерез "
    "минуту он просто встал и ушёл. Как реагировать в такой ситуации?",
    "В прошлом году с нашими первоклассниками занималась логопед {{name|Римская-Корсакова}} из {{school|лицея "
    "1535}}. Кто-нибудь знает, как с ней связаться? Её телефон {{phone|8 (495) 318-42-07}} не отвечает.",
    "Для выездного консилиума: ребёнок сейчас живёт у бабушки, по адресу {{address|ул. Садовая, д. 17, кв. 43}}. "
    "Мама в Турции на заработках, связь только по WhatsApp.",
    "Коллеги, тема недели — Выготский и зона ближайшего развития. Перечитала «Мышление и речь» и поняла, что в "
    "моих уроках алгебры нет ни одной задачи «на вырост». Как вы это встраиваете?",
    'Сегодня {{name|Санечка}} из {{class|2 "Д"}} принесла в класс котёнка в рюкзаке. Весь урок дети гладили '
    "котёнка, и я ничего не смогла с этим сделать.",
    "Нашла в Телеграме канал, где старшеклассники выкладывают ответы к контрольным. Ведёт его, судя по всему, "
    "{{name|Кирилл}}, он учится в {{class|9-м «Г»}} классе, ник {{handle|@kirill_otvety}}. Стоит ли говорить "
    "администрации?",
    "Классный час провели с {{name|Ковалёвым}} и {{name|Ибрагимовым}}: мальчики вроде бы помирились, но попросили "
    "не звонить родителям.",
    "Вот ссылка на группу родителей {{class|4 «А»}}: {{url|t.me/roditeli_4a_school12}}. Там уже обсуждают меня, а "
    "я работаю всего месяц.",
    "В новом приказе Минпросвещения (текст есть на https://edu.gov.ru/press/) говорится о сокращении отчётности. У "
    "нас в школе всё равно требуют пять отчётов в четверть. Как у вас?",
    "Здравствуйте. Я учитель начальных классов, {{school|СОШ №3}} г. Кстово. Родители {{name|Маши}} в разводе, и "
    "каждый забирает её в свои дни. Вчера пришли оба, скандал был прямо в раздевалке.",
    "{{name|Анна Викторовна}}, это {{name|Лена}}, мама {{name|Егора}} из {{class|1 «Б»}}. Он сегодня не придёт, "
    "температура. Домашку пришлите, пожалуйста, на {{email|lena.egorova85@yandex.ru}}.",
    "Вопрос по ЕГЭ по обществознанию: в этом году опять поменяли критерии для задания 25? Поделитесь, пожалуйста, "
    "методичкой, если есть. Заранее спасибо!",
    "На педсовете директор, {{name|Вадим Олегович}}, зачитал жалобу на меня от родителей {{class|8 «Е»}}. Жалоба "
    "анонимная, но по стилю понятно, что писала мама {{name|Лизы Григорьевой}}.",
    "Бухгалтерия просит ИНН ученика для налогового вычета за платный кружок. У {{name|Ромы}} в справке стоит "
    "{{document|772814356290}}, а родители говорят, что это ИНН отца. Кто прав?",
    "Медсестра попросила переписать полис ОМС каждого ребёнка. У {{name|Фатимы}} номер полиса "
    "{{document|7755330011224488}}, но в медкарте он записан с ошибкой.",
    "Вопрос к тем, кто работает в {{school|лицее № 2}}, в {{school|здании на Пушкинской}}: у вас тоже не работает "
    "проектор в кабинете 214?",
    "Понедельник. Первый урок — физика, потом информатика. В среду приезжает комиссия из Рособрнадзора, а журнал "
    "{{class|8 «Б»}} до сих пор не заполнен за сентябрь.",
    "Здравствуйте! Я {{name|Дмитрий}}, учитель истории, второй год. Ученики {{class|9Б}} спорят со мной о Сталине "
    "и повторяют то, что видят в TikTok. Как вести такие дискуссии, не скатываясь в политику?",
    "{{name|Журавлёв Д.}} из {{class|10 «В»}} списал лабораторную у {{name|Лебедевой}} — дословно, с теми же "
    "ошибками. Оба всё отрицают.",
    "Сегодня долго говорили с бабушкой о {{name|Ване}}. Она рассказала, что дома он не разговаривает с отчимом, а "
    "по вечерам сидит у соседки на {{address|Заречной улице, д. 8}}.",
    "Прочитали с седьмыми «Тараса Бульбу». Дети очень эмоционально обсуждали Андрия и Остапа, один мальчик даже "
    "назвал Тараса «токсичным отцом». Как бы вы продолжили разговор?",
    "Добрый вечер! Пишу как мама и как учитель одновременно. Мой сын учится в {{school|школе № 57}}, а я работаю в "
    "соседней. Его классная, {{name|Светлана Игоревна Чернова}}, попросила меня провести урок по профориентации. "
    "Соглашаться?",
    "Срочно: потерялся ребёнок на экскурсии в Третьяковке! {{name|Миша Гусев}}, {{class|3 «А»}}, синяя куртка. "
    "Если кто видел — звоните {{phone|+7 (903) 555-12-48}}.",
    "{{name|Серёжа}} и {{name|Артём}} подрались на физкультуре, у {{name|Серёжи}} разбита губа. Физрук {{name|Олег "
    "Палыч}} говорит, что сами разберутся. Я не согласна.",
    "Подскажите методички по финансовой грамотности для 5–6 классов. Центробанк что-то выпускал, но на сайте "
    "cbr.ru я не нашла.",
    "Обращаюсь к администрации {{school|МБОУ СОШ № 14}} ({{school|отделение 3}}). Прошу рассмотреть вопрос о "
    "переводе ученицы {{name|Галиевой Эльвиры}} из {{class|2 «Б»}} в {{class|2 «В»}} в связи с затяжным конфликтом.",
    "У девочки из {{class|11А}} открытый инстаграм, {{url|instagram.com/nastya.vlasova_}}, и там фото с нашего "
    "выпускного с подписями про учителей. Стоит ли вмешиваться? {{name|Настя}} хорошая, просто очень импульсивная.",
    "Ребята, кто-нибудь знает {{name|Тихонова}}? Он раньше вёл физику в {{school|гимназии №1}}, говорят, у него "
    "отличные задачи для олимпиадников.",
    "Журнал, проект по географии. {{name|Абрамова}}, {{name|Белов}}, {{name|Гарипов}}, {{name|Дроздова}} — не "
    "сдали к сроку. Остальные сдали.",
    "Позвонить маме {{name|Юли}} до четверга.",
    "ЕГЭ, ОГЭ, ВПР, региональные диагностики, «Кенгуру» — ощущение, что мы только и делаем, что готовимся к "
    "контролю. Как вы находите время на обычные уроки?",
    "{{name|Дарину}} вчера забрал из школы незнакомый мужчина, представился дядей. В заявлении у родителей такого "
    "человека нет. Охранник записал номер его паспорта, {{document|4512 334455}}, на листочке. Что делать дальше?",
    "{{name|Н. В. Крылова}}, учитель русского языка {{school|ГБОУ «Лицей № 1580»}}, провела открытый урок по "
    "«Капитанской дочке». Отмечено: удачное сопоставление Пугачёва и Гринёва. Рекомендовано: больше работы с "
    "текстом, меньше пересказа.",
    "В {{class|7 «Д»}} есть мальчик, которого все зовут {{name|Бизон}}. Сначала я думала, что это безобидно, но на "
    "прошлой неделе он сам попросил не называть его так при всех.",
    "Кто-нибудь ездил на «Учитель года» в Сочи? Расскажите, как проходит конкурсный урок и что спрашивает жюри. В "
    "следующем году хочу подать заявку.",
    "Вчера на родительском собрании папа {{name|Алиева}} снимал всё на телефон, а потом выложил видео в свой канал "
    "{{url|t.me/aliev_family_blog}}. Там уже сто комментариев.",
    "Мои восьмиклассники делают проект о Ломоносове. {{name|Вика}} с {{name|Ариной}} нашли архивные письма, а "
    "{{name|Степан}} сделал сайт на Тильде. Хочу отправить их на конференцию в МГУ.",
    "Предмет: английский язык. Учебник: Spotlight. Проблема: дети не понимают Present Perfect, хотя объясняю уже "
    "третью неделю. Что помогает лучше всего — карточки, песни, видео с YouTube?",
    "Ученица скинула мне ник другой девочки — {{handle|@tanya_shkola9}} — и сказала, что её травят в комментариях. "
    "Я никогда не сталкивалась с таким.",
    "Тема письма: Жалоба на учителя математики {{class|6 «Г»}}\nОт: {{email|petrova.mn@gmail.com}}\nМой сын "
    "{{name|Глеб Петров}} получил двойку за то, что решил задачу другим способом.",
    "Ура, пятница! На этой неделе: два открытых урока, проверка от департамента образования, день самоуправления и "
    "экскурсия в Эрмитаж. Отдельное спасибо {{name|Оксане Валерьевне}} за пироги в учительской.",
    "{{name|Вениамин Аркадьевич}}, наш новый директор, запретил телефоны на переменах. {{name|Лёша Никитин}} из "
    "{{class|9 «А»}} единственный продолжает их доставать, и я должна писать на него докладные. Не хочу.",
    "Коллеги, в следующий вторник в РГПУ им. Герцена лекция о Пиаже и Брунере. Кто пойдёт? Можно вместе, "
    "встретимся у Казанского собора.",
    "Если будут вопросы по олимпиаде, мой рабочий {{phone|8-912-340-55-61}}, {{name|Надежда Юрьевна}}. Звонить с 9 "
    "до 17, кроме субботы.",
    "Заявление. Прошу зачислить моего сына, {{name|Орлова Матвея Андреевича}}, в {{class|1 «А»}} класс с 1 "
    "сентября. Адрес регистрации: {{address|ул. Гагарина, д. 21, кв. 7}}.",
]

FORMER_HELD_OUT_4_ENGLISH = [
    "Hi all, ECT here. I teach English at {{school|Marshfield Academy}} and my {{class|Year 9R}} group are reading "
    'Of Mice and Men. One boy, {{name|Callum}}, keeps saying Lennie "deserved it". How do I handle that without '
    "shutting him down?",
    "{{name|Oluwaseun}} in {{class|Form 7T}} has been really withdrawn since half term. Her older brother told me "
    "the family might be moving back to Lagos. Should I flag this to the DSL?",
    "Does anyone have a good scheme of work for GCSE Chemistry Paper 2? Our department switched from AQA to "
    "Edexcel in September and I'm drowning. Bonus points if it has retrieval quizzes for Google Classroom.",
    "Quick one: {{name|Mrs Patel}}'s class is covering my lesson on Thursday, so if {{name|Priya}} or {{name|Zhang "
    "Wei}} ask about the homework, tell them it's due Monday.",
    "Subject: Behaviour incident in {{class|9X2}} (Period 4, Tuesday)\n\nDear {{name|Mr Clarke}},\nDuring the "
    "lesson {{name|Jayden Smith-Jones}} threw a calculator at another student. No one was hurt. I have logged it "
    "on CPOMS.",
    "My mentor, {{name|Dr. J. Harrow}}, suggested I read Dylan Wiliam on formative assessment. Honestly I found it "
    "more useful than anything from my PGCE at Oxford University.",
    "{{name|Sam}}'s mum rang the office again today. She wants {{name|Sam}} moved out of {{class|class 5B}} "
    "because of one boy, {{name|Tyler}}, who she says is bullying him. I haven't seen anything like that.",
    "Ofsted are coming in on Wednesday. The head wants every Year 7 book marked in green pen by Tuesday night. Is "
    "this normal? I'm in my second term and it feels a bit much.",
    "Any tips for working with an EAL student who's just arrived from Syria? {{name|Mohammed}} is in {{class|Year "
    "4B}} and speaks almost no English, but he's brilliant at maths.",
    "If anyone finds a blue lunchbox with a dinosaur on it, it belongs to {{name|Alfie Brennan}} in Reception. His "
    "dad's number is {{phone|07700 900123}}.",
    "{{name|Oscar}} and {{name|Felix}} are twins in my {{class|grade 6A}} class and their parents want them split "
    "up next year. Has anyone had a good experience separating twins?",
    "{{name|Ms O'Neill}}, the SENCo at {{school|Northgate High School}}, has asked me for an updated one-page "
    "profile for a student in my tutor group. I don't know where to start.",
    "Reading list for this term: Piaget, Vygotsky, Bruner and a bit of Bloom's taxonomy. Our university tutor says "
    "we should be able to explain scaffolding without mentioning any of them by name. Thoughts?",
    "Please send the signed trip forms to {{email|r.dsouza@riverside-primary.org.uk}} by Friday. Thanks, "
    "{{name|Mrs D'Souza}} ({{class|Year 3G}}, {{school|Riverside Primary}})",
    "Is anyone else here teaching at {{school|St Anne's C of E Primary School}} in Bolton? I'd love to meet up "
    "with another ECT nearby.",
    "A Year 10 student made a fake account, {{handle|@mr_fenwick_lol}}, posting memes about me. I'm {{name|Mr "
    "Fenwick}}, obviously. The head of year says to ignore it, but it's getting nasty.",
    "Hot take: Canva and Padlet have done more for my Year 8 engagement than any CPD this year. Department for "
    "Education, if you're reading, fund the licences!",
    '"Miss, why do we have to learn about the Tudors?" asked {{name|Kacper}}. "Because Henry VIII is on the '
    'exam," I said, which I immediately regretted. How do you answer the "why does this matter" question with '
    "{{class|Year 8J}}?",
    "Parent conference follow-up: {{name|Ms Rodriguez}} (mom of {{name|Diego}}, {{class|grade 4C}}) asked that we "
    "call her cell, {{phone|(312) 555-0147}}, rather than email.",
    "For the home visit on Monday: the family lives at {{address|Flat 3, 27 Ashgrove Avenue}}, Leicester. "
    "{{name|Kai}}'s grandmother will be there too.",
    "One of my {{class|Year 11C}} students has a public channel, {{url|youtube.com/@ellie.makes.stuff}}, where she "
    "films herself in school uniform with the logo visible. Should I raise it?",
    "Monday: staff briefing. Tuesday: SATs practice. Wednesday: INSET. Thursday: parents' evening. Friday: "
    "Christmas jumper day. Is this every December or just at {{school|Fairview Junior School}}?",
    "The new guidance on mobile phones is at https://www.gov.uk/government/publications/mobile-phones-in-schools "
    "if anyone needs it. We're rolling it out in January.",
    "Let's call him {{name|Tom}}. {{name|Tom}} is eleven and reads at the level of a seven-year-old, but he's the "
    "funniest kid in Year 6 and everyone loves him. How do I build his confidence before secondary?",
    "Cover note from {{name|J. Whitaker}}: {{class|7Y3}} worked well, but {{name|Amira}} and {{name|Josh B.}} were "
    "sent out for talking.",
    "Zoom parents' evening tips? Last term the link didn't work for half the families and {{name|Mr Okafor}} ended "
    "up phoning everyone from his own mobile.",
    "Teaching Macbeth to a bottom set for the first time. They love the witches and Lady Macbeth, hate the "
    "language. Any recommendations for a graphic novel version or the RSC teaching resources?",
    "I split my week between the two sites of {{school|Kingsway College}}: Mondays and Tuesdays in "
    "{{school|Building 2}}, the rest on the main campus. My timetable keeps putting me in both places at once.",
    "Thanks to everyone who replied about {{name|Aisha}}! Update: she's now sitting next to {{name|Grace}} and has "
    "actually finished a piece of writing for the first time since September.",
    "Observation summary\nTeacher: {{name|Ms Hannah Lowe}}\nClass: {{class|Year 10P}}\nSubject: Geography (Paper "
    "1, Physical Landscapes of the UK)\nStrengths: clear modelling, good use of mini-whiteboards.\nTargets: "
    "increase wait time; check understanding of quieter students.",
    "Finally read Teach Like a Champion over half term. Doug Lemov's chapter on Cold Call changed how I think "
    "about questioning. Anyone tried it with Year 5?",
    "{{name|Kowalski}} has been late to my lesson nine times this half term. His form tutor says he's caring for a "
    "younger sibling in the mornings. I don't want to give him detentions, but the behaviour policy says I have to.",
    "Can someone from {{school|Hollybrook Primary School}} forward me the PE kit list? My email is "
    "{{email|ect.jlawson@outlook.com}}. Thanks! {{name|Jess}}",
    "{{name|Harvey}} and {{name|Lily-Mae}} will not stop talking. I have moved them four times. Now he sits at the "
    "front, she sits at the back, and they pass notes via {{name|Ruby}}.",
    "Moving from Scotland to England next year. How different is the curriculum? I know about GCSEs vs Nationals, "
    "but what about primary: do Year 2 still sit KS1 SATs?",
    "Reminder for the Year 6 residential: the emergency contact on the trip is {{name|Mr Greaves}}, {{phone|+44 "
    "7911 123456}}. Please don't give this number to children.",
    "Apparently a group of {{class|Year 9K}} girls runs an anonymous account, {{handle|@northgate.confessions}}, "
    "and posts rumours about staff. Who do I tell?",
    "The school nurse asked for {{name|Leo}}'s NHS number, and the one on SIMS, {{document|943 476 5919}}, "
    "apparently doesn't match their records.",
    'Got this on Class Dojo last night: "hi miss its {{name|Precious}} from {{class|8M}} can i hand my homework '
    'in tmrw my printer is broke". Do I reply to students after 9pm?',
    "Book recommendations for reluctant readers aged 11 to 12? Already tried Harry Potter, Percy Jackson and Diary "
    "of a Wimpy Kid. Something with short chapters would be great, ideally on Sora or Epic.",
    "Our deputy head, {{name|Mrs Adeyemi-Clarke}}, wants all ECTs to observe one lesson a week. Great idea, except "
    "nobody covers our classes. Even {{name|Sir Malcolm Reeve}}, the chair of governors, thinks it's unworkable.",
    "Every time I turn my back in {{class|Year 7W}}, someone shouts \"Miss!\" and I've realised half of them don't "
    "actually know my name is {{name|Miss Hughes}}.",
    "Planning a visit to the Natural History Museum in London with Year 3. Any advice on risk assessments? Our "
    "trips coordinator, {{name|Mrs Bell}}, is off until Easter.",
    "I've been mentoring {{name|Tendai}} for six months. She started at {{school|Greenfield Academy}} in September "
    "after her PGCE at Manchester Met, and she's brilliant with her {{class|Year 8S}} group but struggles with "
    "parents. Last week a father shouted at her at the gate, and she came to me in tears. I've told her to always "
    "have a second adult in the room for difficult meetings. What else would you suggest?",
    "Ring {{name|Connor}}'s dad re: detention.",
    "Does anyone use Arbor or Bromcom instead of SIMS? Our trust is switching over at Easter and the training was "
    "a 40-minute Teams call.",
    "We had a safeguarding meeting about {{name|Ellis}} today. The social worker, {{name|Ms Barnes}}, said the "
    "family has moved to {{address|42 Chestnut Close}}, which is out of catchment, but {{name|Ellis}} wants to "
    "stay at {{school|Oakwood Primary}}.",
    "A parent posted about me in the class Facebook group ({{url|facebook.com/groups/oakwood.year4.parents}}). I "
    "don't know whether to reply or leave it to the head.",
    "I'm on an exchange in Kazakhstan, teaching English at {{school|School No. 12}} in Almaty. The kids in "
    "{{class|grade 7B}} are lovely but the textbook is from 2009.",
    "Heads up: the Twinkl subscription ends in March and the trust won't renew it. If there's anything you rely "
    "on, download it now. Also, BBC Bitesize has new KS3 History videos on the Industrial Revolution.",
    "{{name|Dr. Amanda Price}} from the local authority's inclusion team is visiting next week to see "
    "{{name|Ibrahim}} in class. What should I prepare?",
    "A message from {{name|Lucy}}'s mum at 11pm: \"Why did {{name|Lucy}} get a detention when {{name|Millie}} "
    'started it?" Do I reply tonight or wait until morning?',
    "Subject: RE: {{name|Freddie}}, reading progress (Year 2)\n\nHi {{name|Mrs Kaur}}, thanks for the update. "
    "{{name|Freddie}}'s been reading every night with his grandad and loves the Oxford Reading Tree "
    "books.\n{{name|Megan}}",
    "Does anyone know if the new Early Career Framework reading list includes anything on behaviour beyond Tom "
    "Bennett? I'd like something more research-based.",
    "{{name|Daniel}}, our new TA, is amazing with {{class|class 3R}} but keeps getting pulled out to cover lunch "
    "duty. How do I ask SLT to leave him with us?",
    "{{name|Siobhan}} is new to {{class|Year 5E}} and has already corrected my pronunciation of her name twice. "
    "Fair enough, honestly.",
    "Every September I forget how exhausting the first week is. New seating plans, new lanyards, a fire drill, and "
    'this year a broken photocopier that {{name|Gareth}} from reprographics is "looking into".',
    "Reference request: {{name|Ms Anna Kowalczyk}} worked at {{school|Brookfield High School}} from 2022 to 2024 "
    "as a teacher of Spanish. Her current contact email is {{email|a.kowalczyk@brookfieldhigh.org.uk}}.",
    "Our new head of maths, {{name|Mr Lindqvist}}, has banned calculators in Year 7 lessons until Christmas. "
    "{{class|7Q2}} are furious.",
    "{{name|Ollie}} in {{class|Year 6H}} told me someone called {{handle|@xXdarkwolfXx}} keeps messaging him on "
    "Roblox asking where he lives. I've reported it to our DSL and to CEOP.",
]
