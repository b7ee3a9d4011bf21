"""FORMER held-out batch 3 of the de-identifier's labelled set, now part of the TUNED part.

It was the held-out part through round 3. Held-out batch 4 (`labelled_held_out_4.py`) was written on 2026-11-30 by a
separate author before round 4 changed any rule; then this batch's misses were read (02:14 UTC) and it was moved here,
so it counts as tuned. Its history as a held-out batch follows.

Written on 2026-11-29 between 23:56 and 23:57 UTC (finished and labelled at 23:57), BEFORE any rule in
`mentor_kit.privacy` was changed in the third round (round 2 of the held-out protocol), and never used to tune
them. The protocol:

1. These texts were written first, as realistic teacher case descriptions of varied style, length and register
   (forum posts, messages, formal reports, lists, subject lines), not modelled on the misses of batch 2 (which were
   not looked at before this batch was finished; batch 2 was then moved into `labelled_tuned.py` as
   `FORMER_HELD_OUT_2_*` and counts as tuned). About half are Russian, half English; names come in varied positions
   (sentence-initial, in lists, with titles, first names alone, surnames alone, possessives, hyphenated and
   apostrophe surnames, a patronymic alone, nicknames), and 21 texts hold no personal data but capitalised
   non-names (places, months, subjects, authors and characters, brands, institutions, headings).
2. They were labelled by hand, and the rules as they stood were scored on them in aggregate only (per-category
   table, no per-text misses), as the honest baseline (23:57 UTC, 94 texts: 46 Russian, 48 English): over all
   categories precision 0.89, recall 0.81 (133 spans); name P 0.81 R 0.72 (78 spans; Russian R 0.97, English
   R 0.49), class P 0.93 R 0.87 (15), school P 1.00 R 0.93 (14); address (4), document (4), email (3), handle (4),
   phone (5) and url (6) all 1.00.
3. The rules were then changed using ONLY the tuned part. Nobody looked at the per-text misses of this batch while
   tuning; `bench/deidentify.py` prints only its per-category table (the per-text misses only with
   `--held-out-errors`, for after the final score). The rules were frozen and the final score taken once at 00:07 UTC on
   2026-11-30: over all categories precision 0.87, recall 0.95; name P 0.80 R 0.95 (78 spans; Russian P 0.82
   R 0.97, English P 0.78 R 0.93), class P 1.00 R 0.93, school P 1.00 R 0.93, the rest 1.00: the issue's targets
   are not met (name precision and recall, class and school recall).
4. Do not edit these texts or their marks to make a rule pass. Once this batch's misses have been looked at, it
   too counts as tuned, and a new held-out batch must be written before the next rule change.

Marks: {{kind|text}}, kinds: name, school, address, phone, email, url, handle, document, class. Conventions as in
`labelled_tuned.py`: English names include a title (Mrs, Dr) and initials; a possessive 's stays outside; a role
word (Завуч, Ученица) is not part of a name; a Russian possessive adjective made from a name (Колина мама) is a
name; a surname with initials (Ефимов К.) includes them; English class labels include the word before them
(Year 8R, Form 7T), a bare set code (9X2, 10X) is the code alone, Russian ones are the label alone (7 «В»); a
school's building or branch ("корпусе 2", "Building 2") is its own school span; personal numbers are the digits
only; a profile or group link is a url, a bare @name is a handle. Authors, historical figures, characters and
public bodies (Гоголь, Хлестаков, Lennie, Rosa Parks, AQA, МГУ) are not personal data and are not marked; a
pseudonym the writer gives a child ("назову её Катя") is marked like a name, since nothing in the text says it is
not one."""

FORMER_HELD_OUT_3_RUSSIAN = [
    "Здравствуйте! Я классный руководитель {{class|7 «В»}}, и у меня проблема с мальчиком по имени "
    "{{name|Тимофей}}: он приносит в школу энергетики и продаёт их младшим.",
    "{{name|Сидоров}} опять не сделал домашнее задание и заявил, что «это бесполезно».",
    "Подскажите, как быть: {{name|Петровна}} из бухгалтерии требует, чтобы я сдала отчёт по питанию до пятницы, "
    "а данных от родителей ещё нет.",
    "Ученики {{name|Ахмедов}}, {{name|Белоусова}} и {{name|Ким}} списали контрольную слово в слово.",
    "Мама {{name|Вероники Кожевниковой-Рябовой}} написала мне на почту {{email|kozhevnikova.ra@yandex.ru}}, "
    "что я занижаю оценки.",
    "В сентябре мы ездили с классом в Казань, были в Кремле и в музее Тукая; дети в восторге.",
    "Директор {{school|ГБОУ «Школа № 1498»}} {{name|Лариса Геннадьевна}} запретила нам писать в родительские чаты "
    "после 20:00.",
    "Телефон бабушки {{name|Артура}}: {{phone|+7 (927) 404-18-36}}, она просила звонить только ей, а не отцу.",
    "{{name|Колина}} мама каждый день встречает меня у ворот и жалуется на оценки.",
    "Готовлю урок по «Капитанской дочке»: Гринёв, Маша Миронова и Пугачёв — как объяснить семиклассникам мотивы "
    "героев?",
    "Наш завуч {{name|Кравец О.Н.}} поставила мне шесть уроков подряд в {{school|корпусе 2}}, а у меня маленький "
    "ребёнок.",
    "Тема: «Агрессия у первоклассника». Пишу от имени коллеги: в {{class|1 «Г»}} мальчик {{name|Савелий}} кусает "
    "детей, мама говорит, что «дома он ангел».",
    "Отчёт по наставничеству.\nНаставник: {{name|Голубева Марина Сергеевна}}.\nМолодой специалист: "
    "{{name|Еремеев Дмитрий Андреевич}}.\nМесто работы: {{school|МАОУ СОШ № 7}}, {{school|корпус 1}}.",
    "Отец ученика прислал фото паспорта — серия и номер {{document|46 19 538204}} — и просит подтвердить, что "
    "ребёнок был на уроках.",
    "Для ГТО нужен СНИЛС: {{document|204-117-395 62}}. Мама скинула его мне в личку, а я не знаю, где это хранить.",
    "По программе в 8 классе у нас Гоголь, «Ревизор», а дети не понимают, кто такой Хлестаков и при чём тут Петербург.",
    "{{name|Лёха}} из {{class|9Б}} снимает учителей на телефон и выкладывает в {{url|https://t.me/school_pranks_9b}}.",
    "Кто работал с родителями-иностранцами? У меня ученица {{name|Айгерим}}, её папа {{name|Ержан Касымович}} "
    "почти не говорит по-русски.",
    "Меня зовут {{name|Анна}}, я учитель музыки. Коллега {{name|Тамара Ильинична}} каждый раз при детях говорит, "
    "что музыка — «не предмет».",
    "Министерство просвещения выпустило новые рекомендации по ФГОС, а наш методический совет ещё не обсуждал их.",
    "Полис ОМС ученика {{document|5091 2873 4410 6652}} куда-то пропал из личного дела, а мама обвиняет меня.",
    "Адрес семьи по данным соцзащиты: {{address|ул. Садовая, д. 8, кв. 21}}. Мне велели сходить туда одной, "
    "это нормально?",
    "Мой ученик {{name|Марк Д'Амико}} переехал из Италии и стесняется говорить.",
    "{{name|Алиса}} и {{name|Варя}} из {{class|5 «А»}} перестали общаться с {{name|Соней}}, и теперь она плачет "
    "на переменах.",
    "В марте у нас Всероссийские проверочные работы, а в апреле — пробный ОГЭ. Как не перегрузить девятиклассников?",
    "ИНН учителя {{document|772814305519}} теперь виден всем в электронном журнале, это вообще законно?",
    "Охранник не пустил папу {{name|Гоши}} в здание, и тот написал пост о школе на своей странице "
    "{{url|vk.com/id209384756}}.",
    "Вчера позвонила {{name|Ирина Валерьевна}}, мама близнецов, с номера {{phone|8 (912) 660-31-05}} и сказала, "
    "что мальчики больше не придут на продлёнку.",
    "На курсах повышения квалификации в Высшей школе экономики нам рассказывали про формирующее оценивание.",
    "Список на олимпиаду от {{class|10 «Б»}}: {{name|Ефимов К.}}, {{name|Лаптева Д.}}, {{name|Мусин Р.}} — "
    "остальные отказались.",
    "Социальный педагог {{school|школы № 44}} {{name|Зульфия Рашидовна}} говорит, что без заявления родителей "
    "ничего сделать нельзя.",
    "Сын коллеги учится у меня в классе, и {{name|Олег}} (так зовут мальчика) постоянно бегает жаловаться папе "
    "в учительскую.",
    "Прочитала книгу Людмилы Петрановской «Тайная опора», очень помогает понять тревожных детей.",
    "Пишет мне в телеграме некто {{handle|@vasilisa_mom}} и угрожает, что пойдёт в прокуратуру. Как узнать, "
    "чья это мама?",
    "Ученица {{name|Ульяна Ли}} из {{class|11 «А»}} поступает в МГУ и просит освободить её от моих уроков.",
    "Бабушка живёт на {{address|Ленинградском шоссе, д. 16, кв. 112}}, ребёнок ночует то у неё, то у мамы.",
    "{{name|Вадим Петрович}}, учитель физики, поставил двойку всему {{class|8 «Г»}} за то, что класс сорвал "
    "лабораторную.",
    "Добрый вечер. Я молодой учитель из {{school|гимназии «Логос»}}, и мне стыдно признаться, что я боюсь "
    "старшеклассников.",
    "Наша школа участвует в программе «Пушкинская карта», ребята ходили в Большой театр и в Музей Победы.",
    "Мама ученика {{name|Рената Хабибуллина}} оставила отзыв о моих уроках на сайте "
    "{{url|https://school44.edu.ru/otzyvy?id=3381}} и указала мою фамилию.",
    "{{name|Серёжа}} сказал, что его папа «всех тут уволит». Папа — депутат, фамилию называть не буду.",
    "Коллеги, подскажите. Девочка из {{class|6 «Б»}}, назову её {{name|Катя}}, режет руки. Психолога в "
    "{{school|СОШ № 3}} нет с сентября.",
    "Ищу материалы к уроку по Второй мировой войне: Сталинград, Курская дуга, Жуков и Рокоссовский. Что посоветуете "
    "для 9 класса?",
    "Завуч {{name|Морозова}} прислала нам с {{name|Тихоновой}} замечания по открытому уроку, с которыми мы не "
    "согласны.",
    "Родительница из {{class|3 «А»}} создала чат и добавила туда мой ник {{handle|@olga_teacher_msk}} без спроса.",
    "Папа ученика просит перезванивать ему на рабочий {{phone|8-903-217-55-10}}, а не на домашний, и обязательно "
    "до шести.",
]

FORMER_HELD_OUT_3_ENGLISH = [
    "{{name|Kofi}} finished the test in ten minutes and then distracted everyone else for the rest of the hour.",
    "Hi all, long-time lurker here. I teach {{class|Year 8R}} at {{school|Kingsmead Academy}} and one boy, "
    "{{name|Tyler}}, has started swearing at me in every lesson.",
    "{{name|Whitaker}} in {{class|10X}} refuses to take his hood off, and the head of year says it's my problem.",
    "We took Year 9 to Stratford-upon-Avon in June to see Macbeth at the Royal Shakespeare Theatre; the Globe was "
    "booked up.",
    "{{name|Mr Hargreaves}}, our head of maths, mocks the trainees in the staff room.",
    "{{name|Amara}}'s mum emailed me at 11 pm from {{email|b.okafor77@gmail.com}} demanding to know why her "
    "daughter was moved down a set.",
    "Incident report. Date: 14 March. Pupil: {{name|Jayden Clarke-Hughes}} ({{class|Year 6B}}). Witness: "
    "{{name|Mrs P. Kaur}} (TA). Summary: pupil threw a chair during PE.",
    "Does anyone use Sparx or Seneca for KS3 homework? Our trust is pushing Century Tech but the kids hate it.",
    "My TA, {{name|Gemma}}, keeps undermining me in front of the class.",
    "Can someone help? {{name|Priya}}, {{name|Ollie}}, {{name|Ben}} and {{name|Harriet}} have formed a clique and "
    "exclude a new girl at every break.",
    "The family's address on SIMS is {{address|27 Brook Road}}, but social services say they moved months ago.",
    "{{name|Dr. Lin}} from the educational psychology service finally observed {{name|Noah}} and agreed he needs "
    "an EHCP.",
    "Half term starts on Friday and I still have to mark 90 GCSE English Language mocks. Any tips from AQA examiners?",
    "Text from a parent at {{phone|07845 331209}}: 'Your a disgrace, my son {{name|Callum}} is not a liar.' How do "
    "I respond?",
    "I'm an ECT at {{school|Westbrook Grammar School}}. My mentor, {{name|Ms D'Souza}}, hasn't met me once since "
    "September.",
    "{{name|O'Connell}} punched another boy at lunch and the parents want a meeting tomorrow.",
    "Our English department is reading Of Mice and Men with Year 10; Lennie and George have divided the class "
    "completely.",
    "Subject: Safeguarding concern - {{name|Lily-Mae Robertson}}, {{class|Form 7T}}. She has come in with bruises "
    "twice this week and says her stepdad '{{name|Gaz}}' gets angry.",
    "A dad found my personal Facebook ({{url|https://www.facebook.com/hannah.teaches.history}}) and sent me a "
    "friend request.",
    "I teach at {{school|Holy Trinity C of E Primary School}} and our head wants every display changed monthly.",
    "Which is better for a new teacher in London: a Teach First placement or a PGCE at UCL? I'm starting in September.",
    "{{name|Zainab}} is brilliant at maths but never speaks in class; her father says girls shouldn't show off.",
    "Dear mentor, a Year 11 girl in my tutor group, {{name|Chloe}}, told me her boyfriend is 19. Our DSL, "
    "{{name|Mr Bamford}}, says to 'keep an eye on it'.",
    "Please ring me back on {{phone|+44 7911 123456}} or email {{email|mrs.hollis@brookfieldprimary.org.uk}} - "
    "it's about {{name|Evie}}'s reading.",
    "The Department for Education's new guidance on mobile phones came out in February; our governors still "
    "haven't discussed it.",
    "{{name|Mrs Adeyemi}} and her husband came in shouting about {{name|Tobi}}'s detention.",
    "My head of department, {{name|Rachel Nowak}}, reads my emails out loud in meetings to 'show what not to do'.",
    "A boy the others call {{name|Smudge}} gets his lunch taken every day.",
    "Observation notes for {{class|9X2}}, period 3. Lesson taught by {{name|Mr Fenwick}}; {{name|Harvey}} and "
    "{{name|Maisie}} off task throughout.",
    "Is it normal that our Ofsted inspector asked the Year 2s about British Values? The children just talked about "
    "the King and Paddington.",
    "I moved from {{school|Thornhill Community Academy}} to a school in Leeds and I miss my old classes.",
    "Our site is split: I teach in {{school|Building 2}} of {{school|Ashford Lyceum}}, and the printers are in the "
    "other block.",
    "The child's profile is public: {{url|https://www.tiktok.com/@kayden.w09}}, and he posts videos from my lessons.",
    "Is it okay to add students on Snapchat? One of mine, {{name|Ruby}}, sent me her handle {{handle|@rubyy_xo}} "
    "and asked me to follow.",
    "Teaching The Tempest to Year 8: Prospero, Miranda and Caliban are confusing them. Any good BBC Bitesize "
    "alternatives?",
    "Form tutor here. {{name|Frankie}} has missed 30% of sessions, and his nan, who looks after him, lives at "
    "{{address|14 Chestnut Avenue}}. Should I do a home visit alone?",
    "{{name|Mr Okoro}} told the whole staff briefing that I had 'lost control' of {{class|Year 9D}}.",
    "Student-teacher question: how do I pronounce {{name|Nguyen}}? I've been saying it wrong for weeks and "
    "{{name|Thanh}} is too polite to correct me.",
    "Monday's INSET was led by someone from the Education Endowment Foundation on metacognition. Worth it?",
    "My deputy head, {{name|Fiona}}, put me on a support plan after one bad observation.",
    "I've been teaching {{name|Declan}}'s older brother too, and the family has a reputation in the village. "
    "{{name|Declan}} feels he's labelled.",
    "We celebrate Black History Month in October, but our SLT only wants displays about Martin Luther King and "
    "Rosa Parks.",
    "{{name|Ashworth-Bell}}, the Year 11 pupil who was excluded, has been posting about me on "
    "{{url|https://x.com/ashbell_11}}.",
    "Spring term planning: Romans in Britain for Year 4, then Rivers and Mountains. We're visiting Hadrian's Wall "
    "in April.",
    "Hello from Scotland! I'm a probationer at {{school|Dunmore High School}} and my pupil {{name|Eilidh}} keeps "
    "asking to leave class.",
    "Our receptionist {{name|Sandra}} gave a parent my personal number without asking me.",
    "Any advice for a new Head of Year? I start at a large comprehensive near Birmingham after Easter.",
    "The parent who runs the unofficial class chat goes by {{handle|@MumOfThree_Leeds}} and has screenshots of my "
    "messages.",
]
