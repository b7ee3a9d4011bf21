"""Texts written for tuning round 4 of the de-identifier by a second author (part of the TUNED part):
Mon Nov 30 02:19:34 UTC 2026, written without reading the rules or held-out batch 4.

One mark was changed by the tuner at 03:15 UTC on 2026-11-30 to the convention of the other batches, held-out
batch 4 included: a school's town ("г. ...") is not part of the school's span."""

ROUND_4B_RUSSIAN = [
    (
        "Коллеги, подскажите. {{name|Санечка}} из {{class|6 «А»}} снова плакал после урока истории, когда "
        "проходили Куликовскую битву и Дмитрия Донского. Мама, {{name|Ольга Викторовна}}, просит звонить "
        "только после семи: {{phone|8 (916) 204-17-83}}. Классный руководитель {{name|Лапшина}} пока не в "
        "курсе, она на больничном до понедельника."
    ),
    (
        "Вопрос по ВПР. В Подмосковье в апреле опять сдвинули график, а Рособрнадзор пока ничего не "
        "публикует. Кто уже видел демоверсию по биологии для седьмых классов? У нас в Твери, как обычно, "
        "всё в последний момент."
    ),
    (
        "{{name|Гурбангулы}} почти не понимает задания по русскому языку: семья переехала из Ашхабада в "
        "сентябре. Папа говорит только по-туркменски, общаемся через старшую сестру, {{name|Огульджан}}. "
        "ПМПК рекомендовала статус ОВЗ, но заключение ещё не выдали. Как вы работаете с детьми-билингвами "
        "на литературе, когда в программе «Муму» и «Бежин луг»?"
    ),
    (
        "Докладная записка\nУченик: {{name|Ефимов К.}}, {{class|8 «Б»}}\nДата и время: 14 ноября, 3-й урок "
        "(физика), 10:25\nСвидетель: лаборант {{name|Р. Н. Зайнуллина}}\nОписание: разбил штатив, на "
        "замечание ответил нецензурно.\nМеры: беседа с социальным педагогом, запись в ЭлЖур."
    ),
    (
        "{{name|Колина}} мама опять написала в Сферум в одиннадцать вечера, с претензией к оценке за "
        "диктант. {{name|Машин}} брат, кстати, тоже у нас, в {{class|10А}}, и там такая же история."
    ),
    (
        "{{name|Михалыч}} (наш трудовик) уверяет, что станки в мастерской никто не трогал с Масленицы. А "
        "{{name|Петровна}} на планёрке сказала, что половина мальчишек из {{class|7 «В»}} прогуливает "
        "технологию и сидит в столовой."
    ),
    (
        "Для путёвки в лагерь «Орлёнок» нужны документы {{name|Дашули}}: СНИЛС {{document|112-233-445 "
        "95}}, полис ОМС {{document|7750 1234 5678 9012}}. Свидетельство о рождении {{document|II-МЮ № 512345}} мама "
        "уже принесла."
    ),
    (
        "Папа {{name|Ильи Скворцова}} принёс копию паспорта для доверенности: серия {{document|4512}} "
        "номер {{document|786543}}, выдан ОВД района Басманный. Я не уверена, что нам вообще можно хранить "
        "такие копии, ФЗ-152 никто не отменял."
    ),
    (
        "Адрес для акта обследования условий: {{address|ул. Карла Маркса, д. 17, кв. 40}}. Семья живёт там "
        "с бабушкой, {{name|Зинаидой Фёдоровной}}, она и забирает {{name|Тёму}} после продлёнки."
    ),
    (
        "{{name|Тёма Козлов}} перешёл к нам из {{school|гимназии №1567}} в середине второй четверти. "
        "Говорит, там по математике шли по Петерсон, а у нас Дорофеев, и он совсем потерялся."
    ),
    (
        "Читаем «Капитанскую дочку». Гринёв и Швабрин у девятиклассников вызывают больше споров, чем "
        "Пугачёв. Может, кто-то проводил суд над Швабриным в формате дебатов? Поделитесь сценарием, "
        "пожалуйста, к декабрю надо сдать методичку."
    ),
    (
        "[18:42] {{name|Айгерим Нурлановна}}: Добрый вечер! Можно {{name|Фарид}} завтра не пойдёт на "
        "физкультуру? У него справка до пятницы.\n[18:50] Я: Да, конечно, передайте справку {{name|Наталье "
        "Петровне}}."
    ),
    (
        "Родительский чат {{class|5 «Г»}} переехал в Телеграм: {{url|https://t.me/roditeli_5g_2026}}. "
        "Положение о конкурсе чтецов лежит на сайте министерства, https://edu.gov.ru/press/, там же сроки."
    ),
    (
        "Бухгалтерия просит ИНН наставника для выплаты за сопровождение олимпиады: "
        "{{document|500123456789}}. {{name|Гаврилов}}, если что, в курсе, он подписывал приказ."
    ),
    (
        "В ВК он подписан как {{handle|@tyoma_rocket}}, профиль открыт: {{url|vk.com/id48213377}}. Выложил "
        "туда видео, как дразнят {{name|Лизу}} на перемене. Модераторы «ВКонтакте» на жалобу не ответили."
    ),
    (
        "В {{class|9-м «Г»}} классе сложилась группировка вокруг {{name|Рустама}}. Ребята зовут его "
        "«{{name|Бизон}}», и никто из девочек не решается ему возражать. Завуч {{name|Сидоренко}} "
        "предлагает собрать Совет профилактики в {{school|здании на Новослободской}}."
    ),
    (
        "Назову её {{name|Катя}}, настоящее имя писать не буду. {{name|Катя}} в {{class|11-Б}}, отличница, "
        "идёт на медаль, и вдруг в октябре перестала ходить на алгебру. Мама говорит, что из-за ЕГЭ у неё "
        "панические атаки."
    ),
    (
        "Ученица {{name|Соколова-Мельник}} просит перевести её в другую группу по английскому. Учитель, "
        "{{name|Елена Игоревна}}, против: говорит, что у девочки всё получится к ОГЭ."
    ),
    (
        "Ученик {{name|Денис Ахмедов}}, {{class|2 «А»}}. Телефоны для экстренной связи: мама — {{phone|+7 "
        "999 123-45-67}}, папа — {{phone|8-912-345-67-89}}, бабушка — {{phone|+79161234567}}. Рабочий "
        "телефон отца, если не дозвонитесь: {{phone|8 (4872) 31-22-05}}."
    ),
    (
        "Победители городского этапа: {{name|Вероника Лебедева}} ({{school|МБОУ СОШ № 8}} г. Тулы), "
        "{{name|Марк Шилов}} ({{school|школа № 57}}) и {{name|Даниил Ким}} ({{school|лицей 1535}}). "
        "Награждение в Доме пионеров 27 декабря."
    ),
    (
        "Выготский писал про зону ближайшего развития, Сухомлинский — про сердце, которое отдаём детям, а "
        "Макаренко — про коллектив. Что из этого реально работает в пятом классе по ФГОС третьего "
        "поколения? Я после педколледжа в Самаре пока не понимаю."
    ),
    (
        "Уважаемые коллеги, высылаю протокол заседания ШМО словесников.\n\nС уважением,\n{{name|Ирина "
        "Сергеевна Белоусова}},\nучитель русского языка и литературы,\n{{school|ГБОУ «Школа № 2086»}}, "
        "{{school|корпус 2}}\n{{email|i.belousova@sch2086.ru}}"
    ),
    (
        "Кто-нибудь разобрался, как в МЭШ выгрузить отчёт по домашкам? В «Дневник.ру» это делалось в два "
        "клика, а тут сплошные вкладки. Ещё Учи.ру и ЯКласс просят вход через Госуслуги, дети из Калуги "
        "жалуются, что не заходит."
    ),
    (
        'Сегодня в 13:10 {{name|Валерию}} из {{class|5 "В"}} забрал из школы мужчина, который '
        "представился дядей. В списке доверенных лиц его нет, охранник {{name|Николай Степанович}} записал "
        "номер машины. Мама {{name|Валерии}} не отвечает на звонки."
    ),
    (
        "Добрый день! Это {{name|Шамиль}}, папа {{name|Амины}} из {{class|3Б}}. Нам пришло сообщение, что "
        "{{name|Амина}} не сдала учебники. Мы живём теперь по адресу {{address|пр-т Мира 112, кв. 45}}, "
        "пожалуйста, поменяйте в карточке."
    ),
    (
        "{{name|Петина}} бабушка каждое утро провожает его до кабинета и сидит под дверью до звонка. "
        "{{name|Петенька}}, конечно, при ней ведёт себя как ангел. Психолог {{name|Голубева}} говорит, что "
        "это типично для первого класса, но сейчас уже ноябрь."
    ),
    (
        "Итоги недели. Понедельник — экскурсия в Третьяковскую галерею с шестыми классами. Среда — «Что? "
        "Где? Когда?» для параллели восьмых. Пятница — выезд в Ясную Поляну, читаем «Детство» Толстого "
        "прямо в усадьбе. Весь месяц — подготовка ко Дню матери."
    ),
    (
        "Мальчики из {{class|7Б}} опять подрались из-за «Спартака» и «Зенита». Зачинщики — {{name|Ваня "
        "Гусев}} и {{name|Ахмед}}; {{name|Гусеву}} наложили два шва, медсестра вызвала скорую. "
        "Объяснительные взяла у обоих."
    ),
    (
        "Проверьте, пожалуйста, данные {{name|Ефимовой Алины}}: СНИЛС {{document|12345678964}} (в АИС "
        "стоит с опечаткой), полис {{document|5098799789000154}}."
    ),
    (
        "Моя подопечная, {{name|Алёна Дмитриевна}}, ведёт историю первый год. {{name|Дмитриевна}} — так её "
        "зовут восьмиклассники — хорошая, но на открытых уроках теряется. Я ей сказала: смотри не на "
        "комиссию, а на ребят."
    ),
    (
        "Ученик {{name|Ильдар Хабибуллин}}, надомное обучение по ИПР. Адрес: {{address|Садовая улица, "
        "14-3}}, домофон не работает, звонить маме на {{phone|+7 (903) 555 12 34}}."
    ),
    (
        "Кружок робототехники временно проводим в {{school|отделении 3}}, это {{address|Лесной пер., д. "
        "3}}. Детей из основного здания туда водим мы с {{name|Сергеем Петровичем}}."
    ),
    (
        "Памятка Для Молодого Учителя\n1. Не спорь с ребёнком при классе.\n2. Звони родителям до того, как "
        "они позвонят директору.\n3. Читай Ушинского, но держи в голове «Педагогическую поэму».\n4. В "
        "WhatsApp и MAX после 21:00 не отвечай."
    ),
    (
        "Вчера на родительском собрании мама {{name|Ярослава}} заявила, что {{name|Наталья Петровна}} "
        "«занижает оценки специально». При этом {{name|Ярослав}} за четверть пропустил восемнадцать "
        "уроков. Протокол вела {{name|Кравец}}."
    ),
    (
        "— {{name|Дашуля}}, ты опять без сменки?\n— Я её у папы забыла, он в Подольске живёт.\n— Скажи "
        "папе, пусть привезёт, вот мой номер: {{phone|8 915 007 44 21}}."
    ),
    (
        "Кто ездил с детьми в Эрмитаж по «Пушкинской карте»? Нам в Петербурге предлагают экскурсию «Пётр I "
        "и его время», плюс Кунсткамера. Хочу успеть до Нового года, пока не начались пробники ОГЭ."
    ),
    (
        "Данные для пропуска в МГУ на олимпиаду: {{name|Карина Осипова}}, паспорт {{document|46 19 "
        "302417}}, СНИЛС {{document|145 872 366 12}}. Сопровождающий — {{name|Осипов А. В.}}, паспорт "
        "{{document|4511 654321}}."
    ),
    (
        "С {{name|Ашотом}} и {{name|Тамарой}} из {{class|6Д}} работаем по индивидуальному плану. Их мама, "
        "{{name|Гаяне Арсеновна}}, помогает как может, но сама только учит русский."
    ),
    (
        "Бабушка {{name|Лизы Морозовой}} нашла меня в Одноклассниках ({{url|ok.ru/profile/571203948812}}) "
        "и пишет каждый день. Перевела общение на почту, {{email|morozova.lp@yandex.ru}}, пусть пишет туда."
    ),
    (
        "Завтра, в четверг, 5 декабря, в актовом зале — спектакль по «Горю от ума». Чацкого играет "
        "выпускник, Фамусова — учитель истории. Приглашены гости из Управления образования и из театра "
        "«Современник»."
    ),
    "Звоните {{name|Петровичу}}, он сегодня дежурит: {{phone|8 (495) 917-40-22}}.",
    (
        "Пишу о {{name|Ване Кузнецове}}. Ему десять, он очень способный, но дома, судя по всему, насилие. "
        "Раньше он учился в {{school|СОШ №3}}, там тоже были сигналы. Соцпедагог {{name|Абрамова}} "
        "подавала в опеку в сентябре, ответа нет."
    ),
    (
        "Кто знает, где посмотреть новые КИМы ЕГЭ по обществознанию? На сайте ФИПИ только проект, а "
        "Рособрнадзор обещает финал к февралю. Тема про Конституцию и Государственную думу снова в первой "
        "части."
    ),
    (
        "Выпускница {{name|Алина}} ведёт блог про подготовку к ОГЭ: "
        "{{url|https://instagram.com/alina_oge_help}}, в телеге она {{handle|@alina_oge}}. Коллеги "
        "спрашивают, можно ли рекомендовать её шестиклассникам."
    ),
    (
        "Сегодня на уроке по «Преступлению и наказанию» разбирали сон Раскольникова, а потом спорили, прав "
        "ли Лужин. Раскольникова, Соню, Порфирия Петровича дети путают с героями «Мастера и Маргариты». "
        "Думаю взять идею у Лемова и сделать «холодный опрос»."
    ),
]

ROUND_4B_ENGLISH = [
    (
        "Quick question for the KS3 English lot. {{name|Priya}} in {{class|Year 8R}} refuses to read "
        "aloud, even when she's given Sheila's lines in An Inspector Calls, which she loves. Her mum, "
        "{{name|Mrs Sandhu}}, says she reads to her little brother every night. Any ideas?"
    ),
    (
        "Mock results are in and the Of Mice and Men question was a disaster. Half of Year 11 wrote about "
        "Lennie and George as if Curley's wife were the villain, and nobody mentioned Crooks. Is anyone "
        "using the Seneca or Sparx Reader units for Steinbeck? SLT want an action plan before Ofsted turn "
        "up in January."
    ),
    (
        "INCIDENT REPORT\nPupil: {{name|Oluwaseun Adebayo}} ({{class|Form 7T}})\nDate/Time: Tuesday 12 "
        "November, 11:40\nLocation: Science Block, Lab 3, {{school|Fernlea Academy}}\nWitness: {{name|Mr "
        "D. Hughes-Baptiste}} (technician)\nSummary: {{name|Oluwaseun}} was pushed into a bench by another "
        "pupil, {{name|Kyle}}; first aid given by {{name|Mrs P. Kaur}}. Logged on CPOMS and Class Charts."
    ),
    (
        "{{name|Sam}}'s mum rang again during period 4. She wants to know why {{name|Sam}} got a C1 on "
        "ClassDojo when {{name|Leo}} was the one throwing rulers. I've said I'll call her back after "
        "school on {{phone|07700 900461}}."
    ),
    (
        "Reading list for the Christmas holidays: A Christmas Carol (yes, Scrooge, Marley and Tiny Tim "
        "again), Holes by Louis Sachar, and Wonder. The Science Museum and the Natural History Museum both "
        "have free sessions in December. Remember that Kahoot and Quizlet are blocked on the new Wi-Fi."
    ),
    (
        "{{name|Zhang Wei}} joined us from a school in Shenzhen in September and is already top of the set "
        "in maths. His English is improving fast. Dad ({{name|Mr Zhang}}) prefers email: "
        "{{email|zhang.family88@gmail.com}}."
    ),
    (
        "Hi all, NQT here (sorry, ECT). My mentor, {{name|Ms O'Connor}}, suggested I post. I've got "
        "{{class|9X2}} on a Friday afternoon and they're wild. Rosenshine's principles are lovely on paper "
        "but {{name|Mohammed}} and {{name|Wojciech}} just talk over me. Any tips?"
    ),
    (
        "Subject: {{name|Aleksandra Nowak}} – attendance concern\n\nDear {{name|Mrs Nowak}},\nI'm writing "
        "about {{name|Aleksandra}}'s attendance this half-term, which has fallen to 84%. Please could you "
        "call the attendance office on {{phone|0161 496 0732}}.\n\nKind regards,\n{{name|Tom "
        "Fairweather}}\nHead of Year 10, {{school|Greenhill College}}"
    ),
    (
        "Behaviour Policy Review – Spring Term\nWhat's working: warm-strict, Teach Like a Champion "
        "routines, Tom Bennett's Running the Room. What isn't: Class Charts points inflation, detentions "
        "on Satchel One being ignored, and the SEND register not matching EHCP reviews. Next meeting "
        "Thursday after school in the library."
    ),
    (
        "Our TA, {{name|Precious}}, is brilliant with {{name|Jayden}} but she's leaving at Easter. The "
        "EHCP says 1:1 for all core lessons and we've got nobody. Honestly, I'm not sure the LA will fund "
        "a replacement before the SATs."
    ),
    (
        "Home visit notes, 3 Oct. Address: {{address|Flat 2, 31 Kingsley Road}}, buzzer broken, knock "
        "loudly. Present: mum ({{name|Kerry}}), {{name|Tyler}} and baby. {{name|Tyler}} says he can't do "
        "homework because there's no table. Referred to Early Help."
    ),
    (
        "I moved from Chicago to teach in Leeds and I'm still learning the system. Back home I taught "
        "{{class|grade 6A}} at {{school|Lincoln Park Middle School}}. One of my old students, "
        "{{name|Marisol}}, still emails me for help with her essays on The Great Gatsby. Her mom's number "
        "is {{phone|(312) 555-0184}} – is it okay to call her from the UK?"
    ),
    (
        "Macbeth revision idea: students hot-seat Lady Macbeth, Banquo and the Porter, then write a "
        "newspaper report on Duncan's murder. Works well with mixed-ability groups. Credit to Dylan "
        "Wiliam's hinge questions for the plenary."
    ),
    (
        "I'm an exchange teacher from Kazan, working this term at {{school|School No. 12}}. Our English "
        "club meets in {{school|Building 2}}, room 204. The pupils ask a lot about Harry Potter and "
        "Sherlock, and one boy, {{name|Timur}}, wants to write to Benedict Cumberbatch."
    ),
    (
        "Minutes, SEND panel, 7 Feb. Present: {{name|J. Smith}} (SENCo), {{name|Dr. A. Okafor}} (EP), "
        "{{name|Ms R. Lewandowska}}.\n1) {{name|Ellie-Mae}} – EHCP annual review overdue.\n2) "
        "{{name|Okafor}} to observe {{class|class 5B}} next week."
    ),
    (
        "Parents have found a TikTok account called {{handle|@year9gossip_hb}} posting photos of pupils. "
        "One of the photos shows {{name|Isla}} crying in the canteen. I've reported it and also the "
        "Instagram page {{url|instagram.com/hbhigh.confessions}}. DSL informed at 15:20."
    ),
    (
        "Does anyone use Bromcom or Arbor? We're leaving SIMS in August and our data manager, "
        "{{name|Bev}}, has no idea either."
    ),
    (
        "Our chair of governors, {{name|Sir Anthony Hale}}, wants to sit in on my Year 7 lesson next "
        "Wednesday. I've only been teaching since September. Is that normal?"
    ),
    (
        "{{name|D'Souza}} and {{name|McAllister}} were sent out of Geography for the third time this week. "
        "Both have detentions on Thursday. Their form tutor, {{name|Mr Clarke}}, is on paternity leave so "
        "I'm picking it up."
    ),
    (
        '"Miss, is it true you\'re leaving?" asked {{name|Ruby}}. "Who told you that?" "{{name|Mrs '
        "Evans}} said it in assembly.\" Obviously I'm not, I've just swapped to teaching {{class|10Y}} on "
        "Mondays."
    ),
    (
        "Priestley wrote An Inspector Calls in 1945, the Birlings are a family of 1912, and my Year 10s "
        "still think Inspector Goole is a ghost from the Titanic. Mr Birling's speech about the unsinkable "
        "ship is their favourite bit. Any good clips from the BBC adaptation?"
    ),
    (
        "Emergency contacts for the Paris trip:\n- Trip lead {{name|Ms Harriet Cole}}: {{phone|+44 7911 "
        "123456}}\n- Second adult {{name|Mr Adeyemi}}: {{phone|07700 900 982}}, landline {{phone|(020) "
        "7946 0018}}\nEurostar leaves St Pancras at 07:01 on Friday."
    ),
    (
        "Let's call him {{name|Tom}}. {{name|Tom}} is in Year 5, and for the last three weeks he's arrived "
        "without breakfast, in the same jumper. I've logged it on CPOMS but the DSL says it's 'low level'. "
        "What would you do?"
    ),
    (
        "Change of address for {{name|Kacper Wiśniewski}} ({{class|Year 4W}}): now at {{address|27b "
        "Station Road, Apt 4}}, Barnsley. Please update Arbor and the bus list."
    ),
    (
        "Autumn Term CPD Calendar\nMonday 4 November – Retrieval Practice, based on Kate Jones\nWednesday "
        "13 November – Cognitive Load Theory (Sweller)\nThursday 28 November – Mental Health First Aid, "
        "run by Mind\nAll sessions in the Drama Studio, 3:30–4:30."
    ),
    (
        "Our sister school in Ohio runs a pen-pal scheme: {{name|Mrs Delgado}}'s {{class|grade 4C}} writes "
        "to our Year 4 every half-term. Contact: {{email|r.delgado@maplewood-elem.org}} or {{phone|+1 "
        "614-555-0139}}."
    ),
    (
        "{{name|Hargreaves}} has been excluded for five days after the fire alarm incident. He transferred "
        "from {{school|Westbrook High School}} in the summer on a managed move. His social worker, "
        "{{name|Bukola}}, is chasing a PEP meeting."
    ),
    (
        "Anyone else find the new Ofsted report cards confusing? Our SLT spent the whole INSET day on "
        "them. Meanwhile, GCSE English Language Paper 2 mocks are next week and half my group, including "
        "{{name|Jacob}} and {{name|Maisie}}, haven't got a login for Google Classroom."
    ),
    (
        "Tonight's parents' evening: {{name|Aoife}}, {{name|Siobhan}}, {{name|Dafydd}}, {{name|Ngozi}} and "
        "{{name|Rhys}} still to book. Can someone remind them via Edulink?"
    ),
    (
        "Subject: Re: Trip consent – {{name|Hamza}}\n\nThanks, I'll bring the form in tomorrow.\n\n"
        "{{name|Farah Qureshi}}\n{{phone|07812 334 905}}\nSent from my iPhone"
    ),
    (
        "Tips that saved my first year: Doug Lemov's Cold Call, Daisy Christodoulou on assessment, and not "
        "checking Teams after 8pm. Also, buy a good lanyard from Tesco and never lend your board pen to "
        "Year 9.\n– {{name|Ellie}}, ECT2"
    ),
    (
        'The lads call him "{{name|Tank}}" and he\'s started to believe it. {{name|Connor}} is six foot '
        "at fourteen and staff keep using him to move tables. In {{class|8Y1}} nobody dares sit next to "
        "him."
    ),
    (
        "I did my placement at {{school|St Bede's C of E Primary School}} and now I'm at {{school|Hollins "
        "Park Primary}}. Both use White Rose Maths and Read Write Inc. Sites I rely on: "
        "https://www.bbc.co.uk/bitesize and https://www.gov.uk/national-curriculum."
    ),
    (
        "Safeguarding log\nChild: {{name|Mia Thornton-Hall}}\nReported by: {{name|Miss Patel}}\nWitness: "
        "{{name|Liam Cross}} ({{class|Year 6P}})\nDetails: {{name|Mia}} said \"Dad's friend "
        '{{name|Gary}}" told her not to tell anyone about the photos.'
    ),
    (
        "Bake Off finished last night and my Year 8s wanted a lesson on it, so we linked it to fractions "
        "and ratio. Next week: Strictly and angles? Also, Arsenal won, so {{name|Reece}} in {{class|8R2}} "
        "was unbearable."
    ),
    (
        "Please note that {{name|Callum}}'s father is not allowed to collect him (court order on file). He "
        "lives at {{address|88 Harcourt Avenue}}, Salford, and has turned up twice. Mum's new number: "
        "{{phone|07456 781203}}."
    ),
    (
        "Hi {{name|Gemma}}, thanks for observing my {{class|Year 9B}} lesson on Of Mice and Men. I know "
        "the bit about Candy's dog went badly. {{name|Lucy}} and {{name|Josh}} were off task throughout. "
        "Can we talk Thursday?\n{{name|Rachel}}"
    ),
    (
        "Heads up: the AQA and Edexcel specs differ on the Cold War. Kennedy, Khrushchev and Castro come "
        "up every year, but only AQA asks about the Berlin Wall in detail. Pearson's textbook is great for "
        "Edexcel."
    ),
    (
        "Lost property: a blazer labelled '{{name|O. Mensah}}' was handed in at {{address|14 Elm Road}} by "
        "a neighbour. It must belong to {{name|Obi}} in {{class|class 3M}}; can his teacher check?"
    ),
    (
        "Reminder: World Book Day is Thursday. {{name|Mrs Whitfield}} says costumes are welcome – we've "
        "already got three Willy Wonkas and a Gruffalo in Reception."
    ),
    (
        "Our new head, {{name|Dr Nkemdirim}}, has banned mobiles completely, even at lunch. The kids are "
        "furious and {{name|Kayla}}'s dad (he posts as {{handle|@kaylasdad_ldn}}) has started a Facebook "
        "group about it: {{url|https://www.facebook.com/groups/fairphonepolicy}}."
    ),
    (
        "Vygotsky, Piaget and Bruner came up again in my PGCE essay feedback. Does anyone actually use "
        "scaffolding the way Bruner described, or is it all Carol Dweck's growth mindset posters now? "
        "Asking for a tired trainee in Bristol."
    ),
    (
        "{{name|Mr Llewellyn-Jones}} has asked me to cover {{class|11X3}} on Monday. Cover work is on "
        "Satchel One. Please make sure {{name|Ayesha}} and {{name|Ifeoluwa}} sit apart – last time they "
        "argued about Romeo and Juliet for the whole hour."
    ),
    (
        "[07:52] {{name|Kev}}: bus broke down near Hebden Bridge, running 20 mins late\n[07:53] Me: no "
        "worries, I'll do registration for {{class|7G}}\n[07:55] {{name|Kev}}: cheers mate, tell "
        "{{name|Bradley}} his PE kit is in my car"
    ),
    (
        "Lesson plan – Year 9 History: The Suffragettes. Starter: who was Emily Davison? Main: compare "
        "Millicent Fawcett and Emmeline Pankhurst. Plenary: link to the 1918 Representation of the People "
        "Act. Homework set on Google Classroom, due Friday."
    ),
]
