"""Texts written for tuning round 4 of the de-identifier by a third author (part of the TUNED part):
Mon Nov 30 02:26:31 UTC 2026, written without reading the rules or held-out batch 4.
"""

ROUND_4C_RUSSIAN = [
    "В Твери в октябре проходил фестиваль «Читающий город», и мы с 8 классом ездили туда на экскурсию в музей "
    "Салтыкова-Щедрина, а потом гуляли по набережной Волги. Дети в восторге, хотя на обратном пути автобус сломался.",
    "[08:10] {{name|Лена}}: Коллеги, кто сегодня дежурит на первом этаже?\n[08:12] {{name|Ринат Маратович}}: Я, до "
    "второго урока.\n[08:13] {{name|Лена}}: Спасибо, тогда я на втором.",
    "Вера в себя у ребёнка появилась не сразу. {{name|Вера}} из {{class|6 «А»}} весь сентябрь молчала на уроках, а "
    "после Дня учителя впервые подняла руку и ответила у доски.",
    "Надежда умирает последней, как говорится. Но {{name|Надежда Павловна}}, наш завуч, считает, что с "
    "{{name|Гришиным}} надо работать только через психолога, а не через меня.",
    "{{name|Колина}} мама снова пришла без записи и требовала показать ей электронный журнал всего класса. Я "
    "объяснила, что по 152-ФЗ не могу показывать оценки других детей, но она пообещала жаловаться в департамент.",
    "Провели урок по «Капитанской дочке»: Гринёв, Швабрин, Маша Миронова, Пугачёв. Ребята спорили, кто из героев "
    "поступает по чести. Пушкин бы, наверное, удивился их выводам, особенно насчёт Савельича.",
    "Мальчик {{name|Лев}} боится льва на картинке в учебнике окружающего мира. Смешно, но правда. Мама просила не "
    "включать на продлёнке мультфильм «Король Лев».",
    "Роза ветров была темой урока географии, а {{name|Роза Ильдаровна}} из соседнего кабинета весь урок заглядывала к "
    "нам, потому что ей срочно нужен был глобус.",
    "Любовь к чтению не привить за неделю. {{name|Любовь Андреевна}} предлагает читательский марафон «Книжное лето» "
    "для {{class|5 «Б»}} и {{class|5 «В»}}, с призами от издательства «Самокат».",
    "Родители {{name|Марка}} переехали из Казани в августе, мальчик ещё не освоился. Марка ручки у него какая-то "
    "особенная, Erich Krause с подсветкой, и он всем её показывает вместо того, чтобы писать.",
    "В классе новенький, {{name|Мухаммад}}, приехал из Душанбе, по-русски понимает плохо. Сейчас Рамадан, он "
    "постится, и на физкультуре ему тяжело. Как вы организуете уроки для таких детей?",
    "Я работаю в {{school|ГБОУ «Школа № 1580»}}, {{school|корпус 3}}, учитель истории. Наш директор {{name|Ольга "
    "Викторовна Самсонова}} против телефонов на уроках, и я с ней согласна.",
    "Справку о составе семьи {{name|Кирилла Ющенко}} принесли, адрес: {{address|ул. Садовая, д. 14, кв. 87}}. Но "
    "соцпедагог выяснил, что по этому адресу семья не живёт уже год.",
    "Для регистрации ученицы {{name|Дарьи Кравец}} на олимпиаду нужны данные: СНИЛС {{document|123-456-789 01}}, "
    "полис ОМС {{document|7751234567890123}}, паспорт серия {{document|4519}} номер {{document|654321}}. Можно ли "
    "отправлять это организаторам обычной почтой?",
    "Если не дозвонитесь до меня, звоните бабушке {{name|Семёна}}: {{phone|+7 (916) 555-12-34}}, она всегда на связи "
    "и забирает его после продлёнки.",
    "Наша группа класса: {{url|https://vk.com/club_9b_shkola}}, там расписание и объявления. Почта для справок "
    "{{email|klass9b.ruk@mail.ru}}, пишите туда, а не мне в личку.",
    "Ученик выложил мем про меня в телеграм-канале, автор подписан как {{handle|@vanya_pro100}}. Сам канал: "
    "{{url|t.me/shkola_memy_5}}. Идти к директору или поговорить сначала с ребёнком?",
    "Последний звонок в этом году выпал на 24 мая, сразу после Дня славянской письменности и культуры. Готовим "
    "«Школьный вальс» и сценку по «Горю от ума», Чацкого играет лучший чтец параллели.",
    "Протокол заседания МО учителей математики. Присутствовали: {{name|Петрова А. А.}}, {{name|Сергеев В.Н.}}, "
    "{{name|О. И. Лаптева}}. Слушали: О подготовке к ОГЭ. Постановили: Провести пробный экзамен в феврале.",
    "{{name|Михалыч}}, наш трудовик, опять отпустил ребят раньше звонка. Дети его обожают, а администрация считает, "
    "что это нарушение техники безопасности.",
    "Я поговорила с {{name|Дашей}}, потом с {{name|Дашиной}} мамой, потом ещё раз с {{name|Дашей}} и с её подругой "
    "{{name|Алисой}}. Без {{name|Алисы}} она на контакт не идёт совсем.",
    "На курсах в МПГУ методист посоветовал почитать Выготского про зону ближайшего развития и Дуга Лемова «Мастерство "
    "учителя». Техника «Без права отказа» реально работает в седьмых классах, проверила.",
    "— {{name|Артём}}, где твоя тетрадь? — спросила я.\n— Её съела собака, {{name|Марина Сергеевна}}! — ответил он, и "
    "весь класс засмеялся.",
    "Назову этого мальчика {{name|Тимур}}, чтобы не раскрывать настоящее имя. {{name|Тимур}} в {{class|8-м «Д»}} уже "
    "третий год, его дважды оставляли на второй год, и он старше всех на голову.",
    "Министерство просвещения опять поменяло ФГОС, а Рособрнадзор прислал новые демоверсии ЕГЭ и ОГЭ. Когда это всё "
    "читать, если в четверг педсовет, а в субботу муниципальный этап Всероссийской олимпиады школьников?",
    "Мальчика в классе зовут «{{name|Бобёр}}», настоящее имя {{name|Борис Бобров}}. Прозвище ему не нравится, но он "
    "сам когда-то так подписал тетрадь.",
    "Итоги четверти. Успеваемость: 92 %. Качество знаний: 61 %. Отличники: {{name|Ковалёв}}, {{name|Нгуен}}, "
    "{{name|Шайхутдинова}}. Неуспевающих нет.",
    "На уроке английского смотрели интервью с Джоан Роулинг, а потом обсуждали, чем Гарри Поттер похож на Тома "
    "Сойера. {{name|Ваня Лукин}} сказал, что ничем, и был по-своему прав.",
    "В Суздале и Владимире в ноябре холодно, но поездка по Золотому кольцу стала лучшим подарком ко Дню народного "
    "единства. Остановились у Клязьмы, дети кормили уток. Спонсор поездки — «Пятёрочка», спасибо им.",
    "Перешла из {{school|МБОУ СОШ № 12}} в Подольске в {{school|Лицей «Вторая школа»}} и не пожалела: нагрузка "
    "больше, но дети мотивированные.",
    "Телефон мамы {{name|Ани}}: {{phone|8 903 123 45 67}}, папы: {{phone|89261234567}}. Оба просили звонить только "
    "после шести.",
    "Пишите мне на {{email|t.orlova@school1580.ru}}, а не в личку ВКонтакте, пожалуйста. В выходные я не отвечаю.",
    "Мама ученицы ведёт блог {{url|https://instagram.com/mama_troih_detej}} и выложила туда фото нашего класса с "
    "экскурсии без согласия других родителей. Что делать?",
    "Адрес для отправки документов: 141070, Московская обл., г. Королёв, {{address|ул. Циолковского, д. 3, кв. 41}}. "
    "Получатель: классный руководитель.",
    "Кто едет на региональный этап по физике:\n• {{name|Гусейнов Эльдар}} ({{class|10А}})\n• {{name|Полина Иванова}} "
    "({{class|10Б}})\n• {{name|Ли}} — под вопросом, болеет.",
    "Смотрели с девятиклассниками «Иронию судьбы» перед Новым годом, потом обсуждали, почему Лукашин и Надя — не "
    "лучший пример для подражания. Ипполита, как всегда, жалели все.",
    "Ответственная за стенгазету — {{name|Зарина}}, за фото — {{name|Стёпа}}, за тексты — я сама. Тема: «Наши "
    "Ветераны».",
    "Завуч {{name|Иванова}} попросила не называть детей по фамилиям в родительском чате. Директор {{name|Кузьмин}} её "
    "поддержал, а родители возмутились.",
    "Наш «Спартак» проиграл «Зениту», и полкласса пришли в понедельник мрачные. Я предложила разобрать матч как "
    "задачу по статистике, и урок удался.",
    "Учительница английского, {{name|Кэтрин}}, приехала из Манчестера по программе обмена и живёт у "
    "{{name|Соколовых}}. Дети от неё без ума.",
    "Бухгалтерия просит ИНН родителя для налогового вычета за кружок робототехники. Папа {{name|Матвея}} прислал его "
    "прямо в общий чат: {{document|771234567890}}. Можно ли вообще пересылать такое через Сферум?",
    "Во вторник открытый урок по «Слову о полку Игореве», в среду ВПР по русскому, в пятницу Масленица с блинами в "
    "столовой. Как всё успеть, не понимаю.",
    "Блогер Ивлеева и тиктокер Даня Милохин — вот кого знают мои шестиклассники. Про Чехова и Толстого слышали, но "
    "«Каштанку» никто не читал, а «Муму» считают мемом.",
    "В {{class|9-м «Г»}} классе конфликт между {{name|Егором}} и {{name|Тимофеем}} перешёл в драку на перемене. "
    "Охранник разнял, но родители обоих требуют наказать другого.",
    "[19:42] Мама {{name|Вовы}}: а контрольная завтра?\n[19:45] {{name|Ирина Юрьевна}}: Да, по теме «Дроби».\n[19:46] "
    "Мама {{name|Вовы}}: Спасибо!",
    "Семья {{name|Абрамовых}} переехала на {{address|пр-т Мира, 102, корп. 2, кв. 15}}, теперь ребёнку далеко ездить. "
    "Раньше жили где-то на Ленинском проспекте, в пяти минутах от школы.",
    "Весна, апрель, Пасха, майские — дети думают только о Brawl Stars и Майнкрафте. На МО обсудили, как провести "
    "Неделю математики, чтобы было живо, и решили сделать квест.",
    "{{name|Соловей}} опять пел на уроке. Соловей-разбойник из былины ему явно ближе, чем Илья Муромец, которого мы "
    "как раз проходим.",
    "Для поездки в Минск нужны паспортные данные: у {{name|Алины Шевчук}} паспорт {{document|45 18 765432}}, у "
    "{{name|Руслана}} паспорта ещё нет, только свидетельство о рождении.",
    "Коллеги, посоветуйте: Учи.ру или ЯКласс? Или вообще «Решу ЕГЭ» Гущина? В Пермском крае всем школам рекомендуют "
    "Сферум, но там нет заданий.",
]
ROUND_4C_ENGLISH = [
    "Sports Day has been moved to Friday because of the rain in Harrogate. The PE department wants to combine it with "
    "the Macmillan Coffee Morning, which sounds like chaos to me.",
    "{{name|Rose}} in {{class|Year 8K}} has been refusing to read aloud since half term. We're doing Romeo and Juliet "
    "and she says the Nurse's lines are 'cringe'.",
    "{{name|Grace}} and {{name|Hope}} are twins in my tutor group, and I keep mixing them up. Grace under pressure is "
    "not my strong point either!",
    "Summer term is always chaotic. {{name|Summer}}, one of my Year 10s, has asked to sit her mocks in a separate "
    "room because of panic attacks.",
    "Will you be at the INSET on Monday? {{name|Will}} in {{class|10Y1}} wants to drop triple science and I'd like a "
    "second opinion before I talk to his parents.",
    "Please mark the mocks by Friday. {{name|Mark}}'s paper is missing, so I'll ask his mum whether it went home in "
    "his bag.",
    "{{name|Amber}} was on amber on the behaviour chart all week, which is a bit ironic. Her dad, {{name|Mr Okafor}}, "
    "wants a meeting about it.",
    "{{name|Ruby}} came in a ruby-red jumper for Christmas Jumper Day and won the prize. Save the Children got £212 "
    "from our year group.",
    "We have a new EAL pupil, {{name|Dmitri}}, who arrived from Kazan in January. His mum {{name|Oksana}} speaks good "
    "English but {{name|Dmitri}} is very shy and hides in the library at lunch.",
    "[07:55] {{name|Mrs Hughes}}: Cover for P3 anyone?\n[07:58] {{name|Tom}}: I can take it, what's the "
    "lesson?\n[07:59] {{name|Mrs Hughes}}: Macbeth, Act 2 Scene 1. Worksheet is on Teams.",
    "We're reading Of Mice and Men with Year 10 and An Inspector Calls with Year 11. Lennie and George are a hit; Mr "
    "Birling, less so. Eric and Sheila get the best essays.",
    "I did my training year at {{school|Oakfield Primary}} after my PGCE at Manchester Met, and now teach at "
    "{{school|St Aidan's Academy}} in Bolton.",
    "Our partner school in Kazakhstan, {{school|School No. 5}} in Almaty, sent letters for the pen pal project. The "
    "kids were amazed by the handwriting.",
    "{{name|Leo}}'s mum's mobile is {{phone|07700 900123}}; if there's no answer, try the landline {{phone|0161 496 "
    "0452}}.",
    "{{name|Mrs Alvarez}}, the exchange teacher from Texas, said we can reach her on {{phone|(512) 555-0147}} over "
    "WhatsApp while she's back home.",
    "Please send the signed consent form to {{email|j.bennett@harrowfield.sch.uk}}, not to my personal Gmail. Thanks!",
    "A Year 9 boy made a TikTok account, {{handle|@mr_davies_fanclub}}, mocking {{name|Mr Davies}}. What's the best "
    "way to handle it without making it bigger?",
    "The ClassDojo page is fine, but someone has posted photos on "
    "{{url|https://www.instagram.com/year6leavers_brookside}}. Revision resources are on "
    "https://www.bbc.co.uk/bitesize as usual.",
    "Ofsted are coming on Wednesday. Deep dives into History and Maths, and the NSPCC assembly has to be moved. Key "
    "Stage 3 curriculum maps need to be on the shared drive by Tuesday, says the Trust.",
    "Minutes. Present: {{name|J. Hargreaves}}, {{name|K. Osei}}, {{name|Dr. R. Malik}}. Apologies: {{name|P. "
    "O'Neill}}. Agenda: Attendance Strategy; Any Other Business.",
    "{{name|Whitmore}} refused to take his coat off again. Third time this week, and he told me he'd been up till 2am "
    "on Fortnite.",
    "'{{name|Miss Kowalski}}, can I go to the toilet?' asked {{name|Freddie}}.\n'You've just had break,' I "
    "said.\n'But Miss!'",
    "Tips from Teach Like a Champion: Cold Call, Think-Pair-Share, Do Now. Doug Lemov and Dylan Wiliam are worth "
    "reading; Rosenshine's Principles of Instruction too.",
    "I'll call the pupil {{name|Charlie}} for this post, not his real name. {{name|Charlie}} is in Year 4 and has an "
    "EHCP, but the support hours keep getting cut.",
    "Everyone calls him '{{name|Tank}}' but his real name is {{name|Thomas Greaves}}, and he hates the nickname.",
    "Bonfire Night, Diwali and Remembrance Sunday all fall within a fortnight, so our RE lessons in November are "
    "packed. The Sikh and Hindu festivals unit comes from Oak National Academy.",
    "Home visit address: {{address|Flat 3, 22 Victoria Street}}, Frome. Please go in pairs and sign out at reception.",
    "{{class|Form 9W}} had a supply teacher and wrecked the room. {{name|Harvey}}, {{name|Oliwia}} and "
    "{{name|Kacper}} were the ringleaders, according to the TA.",
    "In {{class|class 4C}} we did The Gruffalo and Room on the Broom for World Book Day. Julia Donaldson would be "
    "proud of the costumes.",
    "Just finished Marking Season. Lessons Learned: Start Early, Mark Smarter, Never Trust A Glue Stick (sorry, "
    "Pritt). Next up: Parents' Evening on Thursday 12th.",
    "{{name|Priya}} cried at lunch today. Apparently {{name|Jasmine}} and {{name|Ellie-Mae}} had left her out of a "
    "group chat on Snapchat.",
    "The deputy head, {{name|Mr Pemberton}}, told me not to email parents after 6pm. I agree, but the parents don't.",
    "{{name|Sam}}'s mum rang the office and said {{name|Sam}} won't be doing the Year 6 SATs because of anxiety. Can "
    "she just opt out?",
    "{{name|Nastya}} (she's {{name|Anastasia}} on the register) asked me to call her by the short name. Do I change "
    "it on Arbor?",
    "Anyone using Seneca or Sparx Maths? Our MAT is pushing Century Tech but the kids prefer Kahoot and Blooket.",
    "We watched a clip of Marcus Rashford talking about free school meals, then {{name|Jayden}} said he wanted to be "
    "a footballer like Bukayo Saka.",
    "AQA or Edexcel for GCSE English Literature? We've used AQA for years but Pearson's anthology has more Carol Ann "
    "Duffy and Simon Armitage.",
    "Hope you're all well. Quick one: {{name|Hope Danso}} in {{class|10C}} has a new diagnosis, please check the SEND "
    "register before Monday.",
    "Detentions this week:\n- {{name|Brandon Ellis}} (phone)\n- {{name|Maisie}} (uniform)\n- Homework: {{name|Zac}}, "
    "{{name|Ollie}}",
    "Reading list for Year 7: Holes, Wonder, The Boy in the Striped Pyjamas, Skellig. Stanley Yelnats and Auggie "
    "Pullman always spark the best discussions.",
    "{{name|Mrs Nwosu}}'s idea of a 'Kindness Week' actually worked; Year 3 made cards for the care home on Church "
    "Lane.",
    "I taught at {{school|Lincoln Middle School}} in Ohio before moving to England, and the behaviour systems here "
    "still confuse me.",
    "{{name|Irina Volkova}} emailed to say {{name|Misha}} will be in Moscow until after Easter. Should I send work "
    "home or mark him as authorised absence?",
    "The trip to the Natural History Museum is on the Tuesday after Easter. We're taking the Northern line from "
    "King's Cross, then the Piccadilly line.",
    "The ed psych, {{name|Dr. H. Lindqvist}}, recommended a reduced timetable, but the head is worried about the "
    "attendance figures.",
    "[15:30] {{name|Jack}}: Anyone seen my lanyard?\n[15:31] {{name|Becca}}: Staffroom, by the kettle\n[15:31] "
    "{{name|Jack}}: Legend",
    "A parent emailed from {{email|dazza.bloggs77@hotmail.co.uk}} and also messaged me on X as {{handle|@DazBloggs}}. "
    "Do I have to reply to both?",
    "Friday: Assembly on Black History Month. Monday: Year 9 Options Evening. Wednesday: Flu Vaccinations, ask Nurse "
    "{{name|Jenkins}} for the list. Please update the Calendar.",
    "{{name|Ella}} is moving to {{school|St Mary's C of E Primary}} after Christmas; the family's new address is "
    "{{address|7 Orchard Close}}, Ludlow, down by the Teme.",
    "Strictly, Bluey and Match of the Day were the top answers when I asked Year 5 about their weekend. Nobody had "
    "read a book, not even Diary of a Wimpy Kid.",
]
