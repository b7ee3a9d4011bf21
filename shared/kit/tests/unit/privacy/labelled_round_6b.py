"""Texts written for tuning round 6 of the de-identifier by another author (part of the TUNED part):
Mon Nov 30 05:13:31 UTC 2026, written without reading the rules or held-out batches 5 and 6; focused on
English names (positions, origins, ordinary-word names) and capitalised non-names."""

ROUND_6B_RUSSIAN = [
    "Коллеги, нужен совет. В {{class|6 «А»}} учится {{name|Вера Соловей}}, и мальчишки с первого сентября дразнят её: "
    "«Спой, соловушка!». Я уже потеряла веру в то, что классные часы что-то меняют. {{name|Вера}} держится, но на "
    "переменах сидит одна. Что сработало у вас?",
    "{{name|Надежда Ивановна}}, спасибо за совет с карточками! Надежда появилась: {{name|Петя Мороз}} сегодня впервые "
    "сам дочитал текст до конца. На новогоднем утреннике он будет Дедом Морозом, так что мороз ему теперь не страшен. "
    "{{name|Петя}} просил передать вам привет.",
    "Опять {{name|Петровна}} поставила мне замену в {{class|8 «В»}} на седьмой урок, не предупредив. Я молодой "
    "специалист, у меня и так 27 часов. {{name|Петровна}} — это наш завуч, {{name|Галина Петровна}}. Как вежливо "
    "отказаться, чтобы не испортить отношения?",
    "{{name|Машин}} папа приехал за ней в 13:00, хотя продлёнка до 18:00, и устроил скандал, что на парковке нет мест "
    "для машин родителей. А {{name|Петина}} мама в это же время требовала, чтобы {{name|Маша}} пересела от "
    "{{name|Пети}}. Как разводить родителей, которые конфликтуют прямо в раздевалке?",
    "[18:05] {{name|Оля}}: девочки, кто знает, {{name|Сашенька}} из {{class|2 «Б»}} завтра придёт?\n"
    "[18:07] {{name|Ирина Викторовна}}: мама писала в Сферуме, что {{name|Саша}} заболел\n"
    "[18:08] {{name|Оля}}: ясно. а {{name|Ванечка}} с {{name|Лёшей}} опять подрались на физре\n"
    "[18:10] {{name|Ирина Викторовна}}: завтра поговорю с {{name|Лёшиной}} мамой",
    "Протокол заседания МО учителей начальных классов от 12.10\n"
    "Присутствовали: {{name|Иванова И. И.}}, {{name|Кузнец А. С.}}, {{name|Зайцева О. П.}}\n"
    "Слушали: {{name|А. С. Кузнеца}} о подготовке к ВПР.\n"
    "Решили: использовать задания с ЯКласс и Учи.ру. Каждый кузнец своего счастья, но проверочные работы сдать до "
    "20.10.",
    "{{name|Дима Волк}} из {{class|5-Г}} на уроке литературы отказался читать «Волк и семеро козлят» вслух, потому "
    "что класс хохочет на каждом слове «волк». Я понимаю, что это мелочь, но {{name|Дима}} уже второй раз уходит в "
    "слезах. Менять текст или работать с классом?",
    "У меня в классе {{name|Алина Зима}}. Зима в этом году суровая, и каждый раз, когда мы на окружающем мире "
    "проходим тему «Зима», весь класс поворачивается к {{name|Алине}}. Как превратить это в шутку, которую "
    "{{name|Алина}} тоже сочтёт смешной?",
    "Готовлю урок по Серебряному веку, будем читать Андрея Белого. В классе есть {{name|Кирилл Белый}}, и я заранее "
    "знаю, что будут шутки. {{name|Кирилл}} мальчик ранимый, в прошлом году из-за дразнилок перешёл к нам из "
    "{{school|гимназии № 5}}. Стоит ли заранее поговорить с ним или я раздуваю из мухи слона?",
    "Спасибо {{name|Любови Сергеевне}}, моему наставнику: благодаря ей я поняла, что любовь к чтению не прививается "
    "через отметки. Теперь в {{class|7 «Д»}} у нас читательский клуб, и даже {{name|Люба Маркова}}, которая "
    "«ненавидит книжки», пришла дважды.",
    "Вопрос по литературе в {{class|10 «Б»}}: проходим «Войну и мир», и {{name|Лёва Гусев}} заявил, что раз его зовут "
    "как Льва Толстого, то он не обязан читать все четыре тома. Класс в восторге. Как ответить ему с юмором? "
    "{{name|Лев}} вообще умный, но ленивый, как лев в зоопарке.",
    "Наш завхоз {{name|Роза Ахметовна}} принесла к 1 сентября розы из своего сада, и {{name|Розе Ахметовне}} "
    "досталось от директора, что «цветы не по бюджету». Я молодой учитель и не знаю, как правильно поблагодарить её "
    "от класса, чтобы не было неловко.",
    "{{name|Слава}} из {{class|9 «А»}} — та самая слава нашей школы: призёр олимпиады по физике. Но по русскому у "
    "него «двойка» за полугодие. Классный руководитель, {{name|Вячеслав Игоревич}}, говорит, что «{{name|Славе}} "
    "простительно». Правильно ли ставить ему ту же оценку, что и всем?",
    "Коллеги, посоветуйте, что почитать молодому учителю по теории. В вузе нам давали Выготского, Ушинского и "
    "Макаренко, методист советует Сухомлинского, а в сети все ссылаются на Дуга Лемова. С чего начать, если времени "
    "нет совсем?",
    "Первый год веду 9 и 11 классы. Как вы готовите к ОГЭ и ЕГЭ одновременно? Пользуюсь «Решу ЕГЭ» и ФИПИ, но дети "
    "устают от одних и тех же вариантов. Рособрнадзор опять обещает изменения в КИМах, так что я вообще теряюсь.",
    "Классный журнал, запись от 15.11:\n"
    "Опоздали: {{name|Гарипов Т.}}, {{name|Сорокина Е.}}\n"
    "Отсутствовали: {{name|Орлов М.}} (болен)\n"
    "Замечание: {{name|Тимуру}} за телефон на уроке. Сорока на хвосте принесла, что {{name|Орлов}} не болеет, а ходит "
    "на тренировки.",
    "На уроке литературы в {{class|9 «В»}} {{name|Таня Кравец}} писала сочинение о Татьяне Лариной и всё время "
    "путала, где «я», а где героиня. Смешно, но {{name|Танюша}} расстроилась, когда я прочитала фразу вслух. Как "
    "разбирать такие работы, не задевая ребёнка?",
    "Как вести себя с {{name|Артёмом}}? {{name|Артёму}} 13 лет, он в {{class|7 «Г»}}. Мама {{name|Артёма}} каждый "
    "день пишет мне в Дневник.ру по 10 сообщений. Я ответила, что обсуждаю вопросы только в часы консультаций, но она "
    "пожаловалась директору, {{name|Сергею Петровичу}}.",
    "Контакты для экскурсии в Казань:\n"
    "Руководитель группы: {{name|Мельникова Дарья Андреевна}}, тел. {{phone|+7 912 345-67-89}}\n"
    "Сопровождающий: {{name|Олег Николаевич}}, {{phone|8 (843) 210-44-15}}\n"
    "Почта для родителей: {{email|melnikova.da@school41.ru}}\n"
    "Школа: {{school|МАОУ СОШ № 41}}",
    "Коллеги, социальный педагог просит акт обследования. Семья {{name|Ковалёвых}}, адрес: г. Пермь, "
    "{{address|ул. Ленина, д. 15, кв. 42}}. Мама, {{name|Ковалёва Анна Дмитриевна}}, дверь не открывает. Опека и КДН "
    "в курсе. Что писать в акте, если попасть в квартиру не удалось?",
    "Помогите с документами для лагеря. Мама {{name|Никиты Зайца}} прислала СНИЛС {{document|112-233-445 95}} в общий "
    "чат класса! Заяц трусливый зверь, а вот мама у нас смелая. Я удалила сообщение, но как объяснить родителям, что "
    "так делать нельзя?",
    "{{name|Оля}} и {{name|Катя}} из {{class|4 «Е»}} поссорились из-за кружка по рисованию, а родители подключили "
    "весь чат. {{name|Олина}} бабушка пишет мне в 23:00. Я классный руководитель второй месяц. Как выставить границы "
    "мягко, но твёрдо?",
    "Расскажу про одну девочку, назову её {{name|Ромашка}}, потому что она рисует ромашки на полях всех тетрадей. "
    "{{name|Ромашка}} в 3 классе, не разговаривает на уроках, но рисует прекрасно. Психолог предлагает арт-терапию, а "
    "родители против. Кто в итоге решает?",
    "Школа перешла со Сферума на новый мессенджер, а задания мы даём и в ЯКласс, и в Учи.ру, и в Дневник.ру. У детей "
    "по пять паролей. Как вы упрощаете это для начальной школы?",
    "Минпросвещения выпустило новые ФГОС, и методист требует переписать все рабочие программы к 1 сентября. "
    "Кто-нибудь уже пользовался конструктором рабочих программ? Насколько он удобен?",
    "Десятиклассники пишут сочинения по «Горю от ума» и «Преступлению и наказанию». Половина класса сравнивает "
    "Чацкого с Раскольниковым, а Онегина с Печориным, и все фразы как будто из одного источника. Как проверять на "
    "списывание без специальных сервисов?",
    "Наставник, {{name|Лилия Рашидовна}}, предложила мне открытый урок в {{class|11 «А»}}. На подоконнике в кабинете "
    "стоит лилия, которую ей подарили выпускники, и она просит ее не трогать. Вопрос не про цветок: как подготовиться "
    "к открытому уроку за неделю?",
    "У нас в параллели трое ребят с фамилией {{name|Орлов}}, и это не родственники. {{name|Орлов Егор}}, "
    "{{name|Орлов Максим}} и {{name|Орлова Злата}}. В электронном журнале их путают постоянно. Орёл на гербе города, "
    "но это не утешает. Как вы различаете однофамильцев в Дневник.ру?",
    "Нужен совет по ПДН. {{name|Руслан}} из {{class|8 «Б»}}, сын {{name|Марата Ильдаровича}}, был задержан в торговом "
    "центре. Инспектор ПДН, {{name|Соколова}}, звонила мне на рабочий {{phone|8-3452-55-12-90}}. Что я, как классный "
    "руководитель, обязана ей сообщить, а что нет?",
    "Чем заменить «Окружающий мир» по учебнику Плешакова, если дети уже всё знают из YouTube? Методист "
    "{{name|Белова}} советует проектную работу, а я боюсь потерять контроль над классом.",
]

ROUND_6B_ENGLISH = [
    "Hi all, ECT at {{school|Oakwood Academy}} here. In {{class|9X2}} I have {{name|Grace}}, who is bright but "
    "refuses to read aloud, and {{name|Kwame}}, who reads beautifully but won't write a word. On Monday I told "
    "{{name|Kwame}} he could dictate his answers to {{name|Grace}}, and it worked, though more by the grace of God "
    "than by planning. Is this sort of pairing sustainable, or am I just creating dependence? Rosenshine-friendly "
    "ideas welcome.",
    "[08:02] {{name|Jess}}: morning! is {{name|Mr Hughes}} in today?\n"
    "[08:03] {{name|Tomasz}}: no, off sick. cover is on Arbor\n"
    "[08:05] {{name|Jess}}: ugh. {{name|Hughes}} had my Year 10s for Macbeth period 3\n"
    "[08:06] {{name|Tomasz}}: ask {{name|Patel}}, she did Lady Macbeth with them last year\n"
    "[08:07] {{name|Jess}}: legend, thanks {{name|tom}} x",
    "CPOMS entry, Tuesday 14 March, 10:35\n"
    "Pupil: {{name|JS}} ({{class|Form 7R}})\n"
    "Reported by: {{name|Miss O'Brien}}, form tutor\n"
    "Category: Safeguarding / Home life\n"
    "Details: During registration {{name|JS}} said he had not eaten since Sunday because 'Mum's boyfriend locked the "
    "kitchen'. {{name|JS}} was calm and asked me not to tell anyone. I explained that I would have to pass it on.\n"
    "Action: Passed verbally to the DSL ({{name|Mrs Adeyemi}}) at 10:40. Breakfast club place offered.\n"
    "Next Steps: DSL to contact Children's Services; Head of Year to monitor.",
    "Dear {{name|Mrs Kowalska}},\n"
    "\n"
    "Thank you for your email about {{name|Zofia}}'s homework on Sparx. I have reset her login and checked with our "
    "IT team, and the problem seems to have been on the Sparx side over half term. {{name|Zofia}} is working really "
    "well in lessons and her last GCSE-style test was a grade 6.\n"
    "\n"
    "Kind regards,\n"
    "{{name|Ms A. Okonkwo}}\n"
    "Teacher of Mathematics, {{school|Riverside High School}}\n"
    "{{email|a.okonkwo@riversidehigh.org.uk}}\n"
    "{{phone|0113 496 0782}}",
    "Can anyone suggest a way into An Inspector Calls for a lower-attaining Year 10 group? They find Mr Birling "
    "hilarious rather than monstrous, and nobody cares about Eva Smith. I've tried hot-seating the Inspector, a "
    "Kahoot on the context and a Canva timeline of 1912 vs 1945. My mentor suggested Doug Lemov's 'Show Call'. Has "
    "anyone had success with that in English Literature?",
    "{{name|Will}} will not stop tapping his pen in Science. I moved him next to {{name|Hope}} because she's so calm, "
    "but I hope there's a better answer than endless seating plans. The SENCO thinks it may be ADHD but there's no "
    "diagnosis or EHCP yet, and Mum has said she doesn't want him 'labelled'. What do you do in the meantime?",
    "{{name|Summer}} joined us at the start of the summer term from a school in Sydney, where she'd just finished "
    "Year 4 in their system. Here she's in Year 6 and SATs are in three weeks. Her dad, {{name|Lachlan Reid}}, "
    "emailed from {{email|lachie.reid@bigpond.com}} to ask whether she should sit them at all. Who decides, the Head "
    "or the local authority?",
    "First-year teacher, 7th grade science at {{school|Jefferson Middle School}} in Austin, TX. I have a student "
    "named {{name|Austin}} who is very sweet but completely disengaged. {{name|Coach Reynolds}} says {{name|Austin}} "
    "is a different kid on the football field. Should I ask the coach to help, or is that overstepping? We use Google "
    "Classroom and PBIS points, if that matters.",
    "[13:41] me: just told {{name|jayden}} to sit down for the 5th time\n"
    "[13:41] me: then {{name|kayleigh}} started crying because someone nicked her pen\n"
    "[13:44] me: {{name|ms d'souza}} walked in and they were suddenly angels. how does she DO that\n"
    "[13:52] {{name|Rach}}: it's the Lemov stare. practise in the mirror lol",
    "EARLY HELP REFERRAL FORM\n"
    "CHILD SURNAME: {{name|MUSTAFA}}\n"
    "CHILD FIRST NAME: {{name|AMIRA}}\n"
    "DATE OF BIRTH: 03/09/2015\n"
    "SCHOOL: {{school|ST JOSEPH'S RC PRIMARY}}\n"
    "CLASS: {{class|4B}}\n"
    "PARENT/CARER: {{name|MR HASSAN MUSTAFA}}\n"
    "CONTACT NUMBER: {{phone|07700 900417}}\n"
    "HOME ADDRESS: {{address|FLAT 6, 19 CROMWELL STREET}}, BRADFORD BD3 8LW\n"
    "REASON FOR REFERRAL: LOW ATTENDANCE (78%), POSSIBLE YOUNG CARER. EAL, FSM.\n"
    "REFERRER: {{name|MISS H. PRICE}}, CLASS TEACHER",
    "I need advice but I don't want to identify anyone, so I'll call him {{name|Boy A}}. {{name|Boy A}} is in Year 8, "
    "has an EHCP for ASD and gets very distressed in PE when the changing rooms are loud. Our PE department says he "
    "has to change like everyone else and the SENCO is on maternity leave. Where do I stand? Is there anything from "
    "the DfE or the National Autistic Society I can quote?",
    "Let's call her {{name|Star}}, partly for anonymity and partly because it's ironic: she has never once been Star "
    "of the Week and she knows it. {{name|Star}} is in my Reception class and has started hiding under the tables at "
    "carpet time. We use ClassDojo and a sticker chart. Is it time to stop public reward charts altogether?",
    "Seating plan for {{class|8C}}, Room 14 (Geography)\n"
    "Row 1: {{name|Oluwaseun}}, {{name|Bartosz}}, {{name|Ayaan}}, {{name|Nguyen Thi Lan}}\n"
    "Row 2: {{name|Ioana}}, {{name|Hamza}}, {{name|Siobhán}}, {{name|Ffion}}\n"
    "Row 3: {{name|Dylan}}, {{name|Amara}}, {{name|Kacper}}, empty\n"
    "Notes: keep {{name|Bartosz}} and {{name|Kacper}} apart (they chat in Polish). {{name|Lan}} is new to English, so "
    "pair her with {{name|Ioana}}, who translated for her on Monday.",
    "Reading list before Thursday's mentor meeting: Doug Lemov's Teach Like a Champion, Dweck on mindset, Vygotsky's "
    "ZPD, Maslow's hierarchy and Bloom's taxonomy. My mentor says Bloom's is 'a bit 2005' and that I should read "
    "Sweller on cognitive load and the Rosenshine principles instead. Is there anything newer that a tired ECT can "
    "actually read in November?",
    "Minutes of Year 9 pastoral meeting, Wednesday 8 November\n"
    "Present: {{name|Mr Okoro}} (Head of Year), {{name|Ms Fitzgerald}} (SENCO), {{name|Dr Nwosu}} (Deputy Head), "
    "{{name|Ellie Marsh}} (HLTA)\n"
    "Apologies: {{name|Mr MacLeod}}\n"
    "1. {{name|Hunter}} ({{class|9H}}): attendance 81%, PP. {{name|Mr Okoro}} to call home.\n"
    "2. {{name|Mason Clarke}} and {{name|Taylor}}: fallout from the Halloween disco continuing on Snapchat. "
    "{{name|Ellie}} to meet both on Friday.\n"
    "3. AOB: Ofsted window opens in January; the trust wants all behaviour logs on Arbor by then.",
    "Teaching Geography in a secondary in Galway, first year on the job. Junior Cycle CBAs are killing me. Two boys, "
    "{{name|Ciarán}} and {{name|Oisín}}, did their CBA on the same river and handed in almost identical reports. "
    "{{name|Mr Ó Súilleabháin}}, my subject coordinator, says to let it go; the deputy principal says it's "
    "plagiarism. Any Irish teachers who've dealt with this under the NCCA guidelines?",
    "G'day all. Grad teacher, Year 3 at {{school|Coogee Public School}}. A parent, {{name|Mrs Tran}}, wants me to "
    "text her daily updates about {{name|Sunny}} on {{phone|0412 345 678}}. Lovely family, and {{name|Sunny}} is a "
    "genuinely sunny kid, but I can't do daily texts for 27 children. Is Seesaw the answer? What does the Department "
    "of Education say about personal phones?",
    "{{name|Mark}} asked me yesterday why I 'always mark his book last'. I don't, but he's clearly watching. He's in "
    "{{class|7Y3}} and very anxious about feedback. I've moved to whole-class feedback sheets as our T&L lead "
    "recommends, but {{name|Mark}} wants individual comments. Do I bend the policy for one child?",
    "Two boys with the same first name in {{class|10B}}! {{name|Jack B.}} is a jack of all trades (football, drama, "
    "the UKMT Maths Challenge) and {{name|Jack T.}} is very quiet and has just been referred to CAMHS. When I call "
    "out their shared first name they both look up and {{name|Jack T.}} seems to shrink. Do I switch to surnames, or "
    "is that too formal for a school where everyone uses first names?",
    "{{name|Florence}} in {{class|year 4F}} did her history project on Florence Nightingale and made a lamp out of a "
    "jam jar. Her grandmother, who apparently trained as a nurse in Florence, came in to talk to the class. How do I "
    "thank a family without it looking like favouritism? Our newsletter goes out on Fridays.",
    "Name-clash question from the languages department: {{name|Paris}} (yes, like the city) is in my Year 9 French "
    "group, and every time we do the unit on Paris the whole class turns round to look at her. Same thing in "
    "Geography with {{name|Georgia}} when we do the Caucasus, and {{name|Chelsea}} gets teased whenever Chelsea lose. "
    "Small stuff, but {{name|Paris}} in particular hates it. Do you acknowledge it with a joke or ignore it?",
    "{{name|Jordan}} arrived in September from Amman in Jordan. He speaks very good English but has had no formal "
    "Science teaching for two years. Which assessment tracker do your EAL coordinators use? We use the Bell "
    "Foundation bands, but our coordinator, {{name|Mrs Haddad}}, is only in one day a week.",
    "Good news for once! {{name|Rose}}'s reading age rose by two years after we started Bedrock and daily paired "
    "reading with her TA, {{name|Bernadette}}. {{name|Rose}} told me 'I like books now, Miss'. I want to share it in "
    "Friday's staff briefing without naming her. Would 'a Year 7 girl' be anonymous enough?",
    "RE question: in my Year 8 lesson on 'What is faith?' a girl called {{name|Faith}} asked not to be used as the "
    "example any more. Fair enough. Later, when we moved on to Holi, {{name|Lily}} drew lily flowers all over "
    "everyone's worksheets. Cute, but how do I keep a unit on Diwali, Eid and Hanukkah serious without killing the "
    "joy?",
    "To be frank, I'm out of my depth with {{name|Frank}}. He's 15, argues with every instruction, and last week told "
    "the cover supervisor, {{name|Bill Docherty}}, that 'nobody asked for the bill'. We were studying the Bill of "
    "Rights in History, so at least he was listening. Restorative conversation or straight to the Head of Year?",
    "Field trip debrief: {{name|Autumn}} fell into the brook on our autumn walk, {{name|Brook}} laughed so hard she "
    "cried, and {{name|Chase}} decided to chase the ducks. Nobody hurt. Do I need an incident form for one wet child? "
    "Our EVC says yes, the Head says no.",
    "Transcript, from memory, of Period 5:\n"
    "'Miss, {{name|Deshawn}} took my pen!'\n"
    "'No I never, Miss. Ask {{name|Leon}}.'\n"
    "'{{name|Leon}}?'\n"
    "'Don't look at me, it was {{name|Aaliyah}}.'\n"
    "By then the pen had vanished and twenty minutes of Computing had gone with it. How do you stop the pen wars?",
    "End of Year Report: {{name|Aleksandra Wiśniewska}}, {{class|Year 5W}}\n"
    "English: {{name|Aleksandra}} has made excellent progress since joining us from Kraków. Her writing has a "
    "confident voice.\n"
    "Maths: secure at age-related expectations; she loves Times Tables Rock Stars.\n"
    "PE: enthusiastic in netball.\n"
    "Class teacher, {{name|Mr G. Evans}}: A joy to teach. Have a lovely summer, {{name|Ola}}!",
    "Hi {{name|Mrs Delgado}},\n"
    "\n"
    "I wanted to let you know that {{name|Mateo}} did a fantastic job on his science fair project about volcanoes. He "
    "explained it to our principal, {{name|Dr Whitaker}}, without any notes! Please feel free to call me at "
    "{{phone|(512) 555-0163}} if you'd like to talk about next steps for 4th grade.\n"
    "\n"
    "Best,\n"
    "{{name|Ms Harper}}\n"
    "{{school|Lincoln Elementary School}}",
    "Mentor meeting notes (mine, not official). Talked about {{name|Chidinma}} and {{name|Adebayo}} in {{class|11S}}: "
    "both predicted 4s in Combined Science. {{name|Mrs Boateng}} suggested Seneca for retrieval over Easter and "
    "mentioned {{name|Kofi Mensah}} from last year's cohort, who went from a 3 to a 6 that way. Target for me: stop "
    "rescuing {{name|Adebayo}} every time he says 'I don't get it'.",
    "Parents' evening prep: {{name|Hodan}}'s father, {{name|Mr Warsame}}, is coming with an interpreter I've booked "
    "through the local authority service. Normally {{name|Hodan}}'s older brother {{name|Abdirahman}} translates, but "
    "he's 14 and I don't think that's appropriate for a conversation about attendance. Am I overthinking it? He's in "
    "Year 9 with {{name|Mr Ali}}.",
    "Could someone sanity-check my Ramadan plan for PE? In {{class|10P2}} about half the class are fasting, including "
    "{{name|Ayesha}}, {{name|Mohammed Rahman}}, {{name|Tahmina}} and {{name|Arjun}} (who is fasting in solidarity "
    "with his friends, bless him). {{name|Mrs Chaudhry}} from the PTA has offered to talk to the class about Ramadan "
    "and Eid. Good idea or not?",
    "{{name|Mr Ng}}'s Year 12 Further Maths group has two students, {{name|Zhang Wei}} and {{name|Linh}}, who are "
    "well beyond A-level and want to sit STEP. I'm their second teacher and I have no idea where to start. "
    "{{name|Zhang}} is already doing university-level problems on Brilliant. Any advice from anyone who's coached for "
    "STEP or MAT?",
    "{{name|Elif}} and {{name|Yusuf}} joined {{class|Year 2T}} from Istanbul last week. {{name|Elif}} chats away in "
    "Turkish and is silent in English; {{name|Yusuf}} cries every morning at drop-off. Their mum, "
    "{{name|Mrs Yılmaz}}, gave me her number ({{phone|+90 532 123 45 67}}) but is getting a UK SIM soon. Tips for the "
    "first few weeks? We have no Turkish-speaking TA.",
    "Quick one: {{name|João}} in my Year 4 class has just arrived from Porto, and his mum, {{name|Beatriz Carvalho}}, "
    "asked whether he can keep Portuguese reading books in his tray. Of course I said yes. But our Head says we 'only "
    "do English' in class. Isn't home-language maintenance good practice for EAL learners?",
    "Safeguarding concern, not urgent: {{name|Andrei Popescu}} ({{class|8F}}) has been asleep in three lessons this "
    "week. His sister {{name|Ioana}} in Year 11 says he's working nights with their uncle. I've logged it on CPOMS. "
    "Should I also speak to {{name|Popescu}} senior? He isn't on our contact list; only their mother is.",
    "Honest question: is it normal to cry in the car after every Year 11 lesson in your first term? I've got GCSE "
    "English Language mocks, Of Mice and Men with a set who loathe Steinbeck, and a department that uses Teams, "
    "Google Classroom AND SharePoint. My mentor says it gets better by February half term. Does it?",
    "Can I keep this in my planner? A parent gave me her daughter's NHS number ({{document|485 777 3456}}) for the "
    "residential trip medical form, and a TA's National Insurance number ({{document|QQ 12 34 56 B}}) got stapled to "
    "the same pile by mistake. The girl is {{name|Chloe Ashworth}} in {{class|Year 6A}}. I feel like I'm holding a "
    "data breach in a ring binder.",
    "Grading help, 10th grade English. {{name|Tyler}} wrote his whole To Kill a Mockingbird essay about Atticus Finch "
    "as if he were a real lawyer he'd looked up online. {{name|Madison}} copied a SparkNotes page word for word. "
    "{{name|Mrs Kowalczyk}} (my department chair) says zero for {{name|Madison}} and a conference for {{name|Tyler}}. "
    "Too harsh?",
    "Teaching in Cardiff. {{name|Ffion}}, {{name|Rhys}}, {{name|Gethin}} and {{name|Cerys}} are in the Welsh-medium "
    "stream for Maths, but {{name|Cerys}}'s parents want her moved to English-medium. {{name|Mrs ap Rhys}}, our Head "
    "of Welsh, is against it. Who actually decides: the Head, the regional consortium or the parents?",
    "Question about register names. {{name|Ellis Smith-Clarke}} has asked to be called {{name|Ellis Clarke}} because "
    "his parents are separating, but SIMS still shows {{name|Smith-Clarke}} on every register and seating plan. Can "
    "the office just change it, or does {{name|Mrs McAllister}} in Data need something in writing from both parents?",
    "{{name|James}}' mum came in with {{name|Tom}}'s mum to complain about the Year 5 football team. Apparently "
    "{{name|Mr Abara}}'s team sheet left both boys out, and they decided I was to blame because I'm the class "
    "teacher. I wasn't even involved! How do you handle parents who corner you in the playground at 3:15?",
    "My Year 11s are doing Jekyll and Hyde, and {{name|Kyle}} keeps calling me 'Dr Jekyll' because I'm nice in form "
    "time and strict in lessons. Harmless? {{name|Ms Afolabi}}, my mentor, thinks I should laugh it off. "
    "{{name|Kyle}}'s predicted a 5 and I don't want to fall out with him before the mocks.",
    "Advice for an international teacher moving from the IB in Dubai to AP courses in the US: how different is AP "
    "Calculus BC from IB Maths AA HL? Any recommended College Board resources? I've heard mixed reviews of Khan "
    "Academy and Albert.",
    "New to {{school|Harbourview International School}} in Singapore; my homeroom is {{class|Grade 7C}}. Parents here "
    "email constantly: {{name|Mrs Mehta}} about {{name|Arjun}}'s MAP scores, {{name|Mr Tanaka}} about "
    "{{name|Hiroshi}}'s seat near the window. Is it normal to reply to every email the same day? My previous school "
    "in Manchester had a 48-hour rule.",
    "{{name|Demi}} in {{class|10C}} has started a TikTok account, {{handle|@missparkerroasts}}, that mocks me by name "
    "(I'm {{name|Miss Parker}}, obviously). The videos are filmed in the Year 10 corridor. Do I report it to the "
    "platform, the DSL, or both?",
    "A parent, {{name|Gary Whitfield}}, has posted about me on his public page "
    "{{url|facebook.com/gary.whitfield.79}}, calling me 'that useless NQT in Room 7'. The Head says ignore it; the "
    "union says screenshot everything. For context, I teach his son {{name|Callum}} Computing in Year 8.",
    "kids keep calling me 'sir' even though I use Mx. i'm {{name|Mx Rowe}}, ECT, Drama. {{name|ty}} and "
    "{{name|reece}} in {{class|9D}} do it on purpose to get a laugh. how do other non-binary teachers handle this? "
    "the school has a policy but SLT aren't backing it",
    "{{name|Madame Dubois}} (our French assistant) and I are running the Year 8 trip to Paris in June. One pupil, "
    "{{name|Kayden}}, has no passport and his mum says she can't afford one. Is there usually a PP fund that covers "
    "this, or do schools just quietly pay?",
    "Random question: do your pupils call you 'Miss' or use your name? Mine say 'Miss' to me and '{{name|Mrs Evans}}' "
    "to my mentor, which she says is about respect. We're reading Blood Brothers and one pupil asked whether the Head "
    "was 'a Mrs Lyons type'. I nearly died.",
    "Incident log 12/02, 12:20, Year 8 playground\n"
    "{{name|RK}} and {{name|TM}} (both {{class|8K}}) were seen pushing {{name|LO}} against the fence. {{name|LO}} "
    "said it was 'just a game'. Staff on duty: {{name|Mr Fraser}}, {{name|Ms Ibe}}. Referred to Head of Year. PE "
    "informed, as {{name|RK}} is in the county football squad.",
    "Ofsted deep dive in History next week. What do they actually ask ECTs? I've heard they want to know how the "
    "curriculum builds from Year 7 (Romans, Normans) to GCSE (Elizabethan England, the Cold War). Our trust has given "
    "us a script but it reads like a DfE press release.",
    "{{name|Sydney}} is in my Year 12 Psychology class and wants to apply to the University of Sydney. Her UCAS "
    "referee was meant to be {{name|Mrs Kaur}}, who is now on long-term sick. Can I write the reference as an ECT, or "
    "does it need the Head of Sixth Form to sign it off?",
    "{{name|Marcus}} in {{class|7G}} did a brilliant assembly on Marcus Rashford and free school meals, and "
    "{{name|Greta}} (no relation to Greta Thunberg, as she tells everyone) did hers on the climate strikes. I want to "
    "nominate both for the Headteacher's Award. Is it OK to mention in the nomination that {{name|Marcus}} is on FSM "
    "himself?",
    "Annual review notes (draft)\n"
    "Child: {{name|Oliver Grant-Mensah}}\n"
    "Present: parent ({{name|Ms Grant}}), SENCO ({{name|Mrs Ferreira}}), class teacher (me, {{name|Mr Hollis}}), "
    "educational psychologist ({{name|Dr Amina Yusuf}})\n"
    "Outcomes: {{name|Oliver}} to move from 1:1 TA support to small-group support in Maths. Speech and language "
    "therapy to continue via the NHS.\n"
    "Actions: local authority to update EHCP Section F by 31 May.",
    "Early Years question: our Reception team is split between a Piaget camp (let them explore) and a Vygotsky camp "
    "(scaffold everything). Development Matters is vague. Does anyone have a sensible middle way for continuous "
    "provision in the Spring term, especially for EAL children?",
    "> Posted by {{handle|@northern_ect}}: try giving the chatty ones a job, like handing out mini whiteboards, "
    "before they can start.\n"
    "\n"
    "Thanks, {{name|Priya}}! That's exactly what I needed. Tried it with {{name|Kieran}} and {{name|Leah-Mae}} this "
    "morning and it bought me a good ten minutes of calm.",
    "Home visit log\n"
    "Family: {{name|Kaczmarek}} (three children: {{name|Oskar}} Y5, {{name|Maja}} Y3, {{name|Lena}} Reception)\n"
    "Address: {{address|27 Alder Grove}}, Leicester\n"
    "Visit by: {{name|Ms Bamford}} (family support worker) and me\n"
    "Notes: Mum ({{name|Agnieszka}}) was very welcoming. Housing is overcrowded; she has asked for help with a letter "
    "to the council. Next visit after Easter.",
    "{{name|Dawn}} from the office rang me at dawn (6:45!) to say I'm covering {{class|8S}} all day because "
    "{{name|Ms Skye Bennett}} is off. I'm an ECT on a reduced timetable. Is that much cover even allowed? The "
    "forecast on Sky News said sunny all day, so naturally it was also a wet-play day.",
    "Hi {{name|Niamh}},\n"
    "\n"
    "Thanks for the feedback on my Leaving Cert Biology lesson. I tried your idea of cold-calling with {{name|Seán}} "
    "and {{name|Aoife}} (the pair at the back) and they both answered properly for once. Can we look at my Transition "
    "Year scheme next Tuesday?\n"
    "\n"
    "{{name|Conor}}\n"
    "{{phone|+353 87 123 4567}}",
    "[19:02] {{name|Ama}}: anyone else's Year 9s obsessed with ChatGPT for homework?\n"
    "[19:04] {{name|Hannah K}}: yes. {{name|Bilal}} handed in an essay on Of Mice and Men saying Curley's wife had a "
    "'rich inner life and a LinkedIn'\n"
    "[19:05] {{name|Ama}}: 😂\n"
    "[19:07] {{name|Dev}}: our trust just bought Turnitin, good luck {{name|Bilal}}",
    "My TA {{name|Precious}} is amazing, but the Head of Year, {{name|Mr Lindqvist}}, keeps pulling her out to cover "
    "other classes. Yesterday student {{name|Kai}} had a meltdown because {{name|Precious}} wasn't there, and I lost "
    "precious teaching time calming everyone down. How do I raise this without getting her into trouble?",
    "Dear {{name|Mr. Delaney}},\n"
    "\n"
    "Following our call, I've attached {{name|Isabella}}'s IEP progress report. {{name|Ms. Ortiz}} (our speech "
    "pathologist) will join the meeting on Tuesday, October 14. If that time doesn't work, I can also do Wednesday "
    "after school.\n"
    "\n"
    "Sincerely,\n"
    "{{name|K. Brennan}}\n"
    "Special Education Teacher, {{school|Westfield Middle School}}",
    "Detention list, Thursday\n"
    "{{name|Smith J.}}, {{class|9R}}\n"
    "{{name|Okafor D.}}, {{class|9R}}\n"
    "{{name|O'Connell M.}}, {{class|9T}}\n"
    "{{name|Nowak Z.}}, {{class|9T}}\n"
    "Location: Room 14 (the Hub), 3:15 to 3:45. Staff: {{name|J. Ferris}}.",
    "{{name|Taylor}} wants to write her persuasive speech on why Taylor Swift should headline Glastonbury. Her "
    "partner {{name|Mason}}, whose dad is a stonemason, wants to argue the opposite. It's meant to be a Year 9 Spoken "
    "Language endorsement task. Do I let them, or insist on something more 'serious'?",
    "SEND acronym overload. In my first week I've met EHCP, SEMH, ASD, ADHD, SpLD, EAL, FSM, PP, LAC and CLA. The "
    "SENCO gave me a glossary but I'm still lost in meetings. Is there a good NASEN or Education Endowment Foundation "
    "guide for ECTs?",
    "Which exam board do people prefer for GCSE Religious Studies, AQA or Edexcel? We're moving from OCR and the Head "
    "of RE wants opinions from the newer staff. Specifically interested in the Christianity and Islam papers.",
    "I'm putting together a calendar for my Year 7 tutor group: Diwali, Hanukkah, Christmas, Chinese New Year, "
    "Ramadan, Eid al-Fitr, Vaisakhi, Holi. Is a wall display a good idea, or does it come across as tokenistic? Our "
    "school is in Leeds and very diverse.",
    "Our new behaviour policy is basically Tom Bennett's Running the Room plus a bit of Lemov. Warnings, then a "
    "30-minute detention logged on Arbor. It works in Maths but in Music and Art it feels like overkill. How do "
    "creative subjects adapt whole-school policies?",
    "Phonics help: we're switching from Letters and Sounds to Little Wandle in September. I trained on Read Write Inc "
    "at university. Is the switch painful? Any tips from KS1 teachers on keeping the phonics screening check results "
    "up during the transition?",
    "US question: what's the real difference between an IEP and a 504 plan? I'm a first-year teacher in Ohio and my "
    "principal keeps mentioning both in PLC meetings as if I should know. Is there a good guide from the Department "
    "of Education or a state board?",
    "Grad teacher in Brisbane here. How much should I worry about NAPLAN in Year 5? My mentor says the school "
    "'doesn't teach to the test', but the Deputy Principal keeps sending round practice papers. And what's AITSL's "
    "line on this?",
    "Teaching in Glasgow after training in England. Curriculum for Excellence, Nat 5s, Highers and the SQA are all "
    "new to me. What's the Scottish equivalent of an ECT mentor meeting? Is it called probation? Who at the GTCS do I "
    "ask?",
    "Me and {{name|Kieran Walsh}} (the other ECT in Science) want to start a lunchtime STEM club. {{name|Kieran}} "
    "wants robotics; I'd rather do forensic science. {{name|Mrs Odum}}, the Head of Science, says pick one. Anyone "
    "run a successful club with Year 8s?",
    "IRISH LANGUAGE EXEMPTION REQUEST\n"
    "Student: {{name|FIONNUALA NÍ DHOMHNAILL}}\n"
    "Class: {{class|2A}}\n"
    "Parent: {{name|MR PÁDRAIG Ó DOMHNAILL}}\n"
    "Phone: {{phone|087 765 4321}}\n"
    "Reason: returned from Canada after 6 years abroad.",
    "{{name|Hunter}}'s mum emailed to say he'd been a 'bargain hunter' at the Christmas fair and spent his lunch "
    "money. Fine, but she wants the PTA to refund it. Is that a school problem at all? Our PTA chair, "
    "{{name|Mrs Baptiste}}, says no.",
    "{{name|Hughes}} said I should ask {{name|Thompson}}, {{name|Thompson}} said to ask the SENCO, and the SENCO said "
    "to ask {{name|Hughes}}. Is this how it works in every school?",
    "Dear {{name|Ms Chen}},\n"
    "\n"
    "Thank you for attending the meeting regarding {{name|Ethan}}'s progress. As discussed, we will send the updated "
    "reading plan to {{address|1420 Maple Avenue, Apt 3B}} by mail, since the email on file bounces.\n"
    "\n"
    "Regards,\n"
    "{{name|Mr T. Alvarez}}\n"
    "5th Grade Teacher",
    "Mandatory reporting question (NSW). A Year 6 student, {{name|Mia}}, told me her older cousin has been sending "
    "her messages at night. I've told my principal, {{name|Mr Kowalski}}. Do I also have to report to the Department "
    "of Communities and Justice myself, or is his report enough?",
    "Payroll query from the new cover supervisor, {{name|Mr D. Mensah-Bonsu}}. His National Insurance number is "
    "{{document|JT 45 67 89 C}}. Can the business manager confirm it has reached the trust's HR team? Please don't "
    "reply-all.",
    "[16:10] Me: Hi! Sorry to message on Teams so late. Can we move Thursday's mentor meeting?\n"
    "[16:12] {{name|Gemma}}: no problem. 8:15 Friday in the Hub?\n"
    "[16:13] Me: Perfect, thanks {{name|Gemma}}. Also, {{name|Mr Farouk}} wants to observe me on Monday, P2 with "
    "{{class|Year 10A}}. Panicking slightly.\n"
    "[16:15] {{name|Gemma}}: he's lovely. just do what you always do.",
    "To whom it may concern,\n"
    "\n"
    "I am pleased to recommend {{name|Adaeze Nwachukwu}} for the Sixth Form scholarship. I have taught "
    "{{name|Adaeze}} English Literature for two years; her essay on Jane Eyre and The Bell Jar was the best I have "
    "read from a Year 11 student.\n"
    "\n"
    "{{name|Ms R. Lowther}}\n"
    "Teacher of English, {{school|King Edward VI Grammar School}}",
    "'{{name|Kwabena}}, sit down please.'\n"
    "'It's {{name|Kwabs}}, Miss! Nobody calls me {{name|Kwabena}} except my nan.'\n"
    "How much do you go along with preferred names in the register? Our MIS only allows one.",
    "Teaching at an international school in Dubai. A parent, {{name|Mr Al-Hashimi}}, wants his daughter "
    "{{name|Fatima}} moved out of my Year 10 Physics set because I'm 'too inexperienced'. The Head of Secondary is "
    "supportive of me, but I'm rattled. Any advice for handling this in a culturally sensitive way?",
    "PE coaches call everyone by surname, so in my head my Year 10 boys are {{name|Obi}}, {{name|Kowalczyk}} and "
    "{{name|Ramos}}. Now I've started doing it in form time and it feels cold. Is it OK for a form tutor to use "
    "surnames?",
    "Marking policy: green pen for teacher, purple pen for student response, and a 'WWW / EBI' comment every three "
    "lessons. Is this still common? Our Deputy Head says the EEF evidence doesn't support it and we should move to "
    "whole-class feedback.",
    "{{name|Holly}} brought in holly for the Christmas display, {{name|Ivy}} brought ivy, and then {{name|Daisy}} "
    "cried because she had nothing to bring. Next year I'm not asking Year 2 to bring anything from home. Or is there "
    "a kinder way to run it?",
    "Posted by {{handle|@ms_adeyemi_teaches}}:\n"
    "Re: your question about Year 7 reading ages. We use the NGRT in September and June. {{name|Mr Bello}} in our "
    "English department built a brilliant spreadsheet for it. Happy to share if you DM me.",
    "I'm a mentor, not a mentee, but I need help: my ECT has been told by SLT that her lessons 'lack challenge'. "
    "She's following Rosenshine to the letter. How do I support her without undermining SLT?",
    "Observation feedback from {{name|Mrs Sandhu}} (Deputy Head): 'Good use of cold calling; you asked "
    "{{name|Tobiasz}}, {{name|Maryam}} and {{name|Rio}}, but let {{name|Zainab}} off the hook twice.' Fair, but "
    "{{name|Zainab}} has selective mutism (it's on her pupil passport). Should I have briefed {{name|Sandhu}} before "
    "the observation? Our Teaching and Learning policy says nothing about it.",
]
