"""Texts written for round 4 of the de-identifier by a sixth author (part of the TUNED part once read):
Mon Nov 30 02:46:44 UTC 2026, written without reading the rules or held-out batch 4."""

ROUND_4F_RUSSIAN = [
    (
        "Коллеги, нужен совет. В {{class|7 «Б»}} есть мальчик, {{name|Тимур}}, который третью неделю не сдаёт ни одной "
        "домашки. Мама говорит, что дома он «всё сделал», а в тетради пусто. Классный руководитель, {{name|Ольга "
        "Петровна}}, считает, что пора звать на совет профилактики, а мне кажется, рано. Как бы вы поступили?"
    ),
    "Тема: Отчёт по ВПР (математика), параллель 6 классов — загрузить в ФИС ОКО до пятницы",
    (
        "{{name|Зарина Ахмедовна}}, добрый вечер! Это {{name|Елена Сергеевна}}, учитель русского языка. {{name|Амир}} "
        "сегодня снова ушёл с шестого урока без предупреждения. Позвоните мне, пожалуйста, по номеру {{phone|+7 (912) "
        "604-18-37}}, когда будет удобно."
    ),
    (
        "Служебная записка. Довожу до вашего сведения, что 14 ноября в {{school|корпусе 2}} {{school|МБОУ «СОШ № 41»}} "
        "ученик {{class|8 «А»}} класса {{name|Рябов Д. А.}} нанёс удар однокласснику во время перемены. Дежурный "
        "учитель {{name|Кравец И. Н.}} развела учащихся, медицинская помощь не потребовалась. Прошу рассмотреть вопрос "
        "на заседании Совета профилактики."
    ),
    (
        "На методобъединении обсуждали, как подходить к «Зулейхе» Гузели Яхиной в 11 классе: роман объёмный, а часов "
        "по программе мало. Решили брать главы про Семрук и Ангару, остальное — в пересказе. Кто-то предложил показать "
        "фрагменты сериала с Чулпан Хаматовой, но это спорно: экранизация сильно упрощает."
    ),
    (
        "Выдержка из чата классных руководителей:\n[19:02] {{name|Марина Игоревна}}: кто видел {{name|Дениса Жукова}} "
        "после физкультуры?\n[19:03] {{name|Саша}}: он ушёл с {{name|Вовкой Ларионовым}} к остановке\n[19:05] "
        "{{name|Марина Игоревна}}: {{name|Вовкина}} мама звонила, дома их до сих пор нет"
    ),
    (
        "Понедельник, 3 урок, алгебра в {{class|9 «В»}}. Тема: «Арифметическая прогрессия». Использовала тренажёр на "
        "Учи.ру и задания из открытого банка ФИПИ. Справились почти все, кроме {{name|Кирилла}} и {{name|Ангелины}} — "
        "им завтра карточки. В четверг повторим перед пробным ОГЭ."
    ),
    (
        "Для оформления путёвки в «Орлёнок» прошу прислать документы {{name|Гусейновой Лейлы}}: СНИЛС "
        "{{document|154-872-903 16}}, полис ОМС {{document|7754210893001452}}, паспорт одного из родителей — серия "
        "{{document|4612}}, номер {{document|583047}}. Всё отправлять на {{email|klassruk.9v@mail.ru}}, не в общий чат!"
    ),
    "Ученица {{name|Маша}} из {{class|5В}} попросила пересадить её от окна — говорит, что сзади её дразнят.",
    (
        "Хочу поделиться историей. Мальчика назову {{name|Тёма}} — настоящее имя писать не буду. {{name|Тёма}} пришёл "
        "к нам из другой школы в середине года, читал по слогам, но на уроках истории задавал такие вопросы, что я "
        "сама лезла в учебник. К весне он выступил на школьной конференции с докладом про оборону Севастополя, и зал "
        "хлопал стоя."
    ),
    (
        "На родительском собрании папа {{name|Давида Мкртчяна}} сказал, что сын больше не будет ходить на олимпиадную "
        "подготовку к {{name|Арсену Тиграновичу}}, потому что «там давят». Я понимаю обе стороны. {{name|Давид}} "
        "сильный, но нервный, а {{name|Арсен Тигранович}} действительно требовательный."
    ),
    (
        "Экскурсия в Кунсткамеру для {{class|5 «Г»}} перенесена с 12 на 19 декабря. Автобус от {{school|корпуса 1}} в "
        "9:00. Сопровождающие: {{name|Орлова}}, {{name|Бойко}} и я. Разрешения от родителей собрать до среды."
    ),
    (
        "Семья переехала, новый адрес для личного дела: {{address|ул. Чкалова, д. 18, кв. 47}}. Домашний телефон тот "
        "же. Прошу внести изменения в «Сетевой город»."
    ),
    (
        "Список на олимпиаду по биологии (муниципальный этап):\n1. {{name|Хасанова Мадина}}, {{class|10А}}\n2. "
        "{{name|Бекмурзаев Ислам}}, {{class|10А}}\n3. {{name|Кузьмина-Орлова Вероника}}, {{class|10Б}}\n4. "
        "{{name|Доржиев Баир}}, {{class|9В}}\nОтветственный — {{name|Ткаченко Н. Ю.}}"
    ),
    (
        "Наш трудовик, которого все зовут просто {{name|Михалыч}}, взял надо мной шефство. Без {{name|Михалыча}} я бы "
        "так и не поняла, как разговаривать с девятиклассниками, которые считают технологию «отдыхом»."
    ),
    (
        "Любовь к чтению не возникает от списка на лето. В этом году я отказалась от обязательного списка и предложила "
        "шестиклассникам выбрать из десяти книг: «Манюня» Наринэ Абгарян, «Я не тормоз» Нины Дашевской, «Мальчик со "
        "шпагой» Владислава Крапивина и так далее. Результат — читают все, даже те, кто обычно «забывал»."
    ),
    (
        "Создали группу класса во ВКонтакте: {{url|https://vk.com/club_lyceum_7g_2026}}. Фото с экскурсий выкладывает "
        "{{name|Алиса}} ({{handle|@alisa_foto_shmoto}}), согласия родителей на съёмку собраны."
    ),
    (
        "Вчера после уроков долго разговаривала с {{name|Сашей Беловым}}. Он признался, что в раздевалке его толкают и "
        "отбирают телефон, но назвать, кто именно, отказался. Завтра встречусь с психологом, {{name|Анной "
        "Рустамовной}}, и вместе решим, звать ли маму."
    ),
    (
        "Выписка из характеристики. {{name|Юсупов Шахзод Баходирович}} обучается в {{school|ГБОУ «Школа № 1298»}} с "
        "2019 года, в настоящее время — в {{class|8 «Д»}} классе. Русским языком владеет на бытовом уровне, нуждается "
        "в дополнительных занятиях. Отношения с одноклассниками ровные, конфликтов не отмечено."
    ),
    (
        "Кто-нибудь перевёл связь с родителями из WhatsApp в Сферум? Минпросвещения рекомендует, но у нас половина "
        "семей им не пользуется, а в Дневник.ру уведомления приходят с задержкой. Поделитесь опытом, пожалуйста."
    ),
    "{{name|Гульнара}}, завтра замена у {{class|6Б}}, второй урок. Возьмёшь? Я у врача до обеда.",
    (
        "Моя наставница {{name|Татьяна Львовна}} посоветовала не ругать {{name|Дашеньку}} при всех, а поговорить один "
        "на один. Сработало: {{name|Даша}} впервые за месяц подняла руку на уроке."
    ),
    (
        "Контакты для экстренной связи по {{name|Ковалёву Мирону}}: мама — {{phone|8 (922) 150-77-09}}, бабушка — "
        "{{phone|8-343-271-44-18}}. Отцу информацию не давать, есть решение суда."
    ),
    (
        "В {{class|9 «Е»}} есть мальчик, которого весь класс зовёт {{name|Профессор}}, — за очки и привычку поправлять "
        "учителей. Сам он прозвище вроде бы принимает, но вчера после контрольной сказал, что «{{name|Профессору}} "
        "нельзя получать четвёрки», и расплакался."
    ),
    (
        "Открытый урок по литературе: «Уроки французского» Распутина. Пришли завуч, методист из ИРО и две студентки "
        "педуниверситета. Методист отметила, что я слишком много говорю сама. Справедливо. В следующий раз попробую "
        "«Мировое кафе»."
    ),
    (
        "От: {{email|n.sidorenko@gymn3-tomsk.ru}}\nКому: {{email|zavuch@gymn3-tomsk.ru}}\nТема: {{name|Ефремов}} из "
        "{{class|11 «Б»}}\n\nДобрый день! {{name|Ефремов}} пропустил уже девять уроков физики подряд, справок нет. "
        "Родители на связь не выходят. Прошу подключиться.\n{{name|Н. Сидоренко}}"
    ),
    (
        "Посещение на дому: {{address|пр-т Победы, 112-35}}, семья {{name|Абдуллаевых}}. Дома трое младших детей, мама "
        "работает в ночную смену, и старший — наш {{name|Рустам}} — фактически их воспитывает. Отсюда и сон на уроках."
    ),
    (
        "На уроке статистики в 8 классе разбирали, как Овечкин догнал и обогнал Гретцки по числу шайб: строили графики "
        "по сезонам в Excel, считали средние и медиану. Даже те, кто обычно ненавидит математику, спорили про выбросы."
    ),
    (
        "С уважением,\n{{name|Воронцова Алина Дмитриевна}}, учитель английского языка {{school|лицея № 9}}\nтел. "
        "{{phone|+7 951 208 33 61}}"
    ),
    (
        "Бухгалтерия просит ИНН на каждого ребёнка, который едет на сборы. {{name|Соколова Ульяна}} — "
        "{{document|590412783316}}, {{name|Ахметшин Карим}} — {{document|165921047788}}. Остальных донесу завтра."
    ),
    (
        "{{name|Нодирбек}} в классе два месяца. По-русски говорит мало, но по математике обгоняет всех. Его старшая "
        "сестра {{name|Мохинур}} переводит на собраниях. Я сделала для него словарик терминов с картинками, и теперь "
        "{{name|Нодирбек}} сам объясняет соседу по парте дроби."
    ),
    (
        "Новый порядок проведения ГИА опубликован: https://edu.gov.ru/press/ — там же разъяснения по апелляциям. Прошу "
        "всех предметников 9 и 11 классов ознакомиться до педсовета."
    ),
    (
        "{{name|Полина}} и {{name|Ксюша}} из {{class|7 «Г»}} больше не разговаривают, и весь класс разделился на два "
        "лагеря. Вчера {{name|Ксюшина}} подруга написала в общем чате гадость про {{name|Полину}}, скриншот мне "
        "переслала мама {{name|Полины}}."
    ),
    (
        "Протокол № 3 заседания ШМО учителей начальных классов. Присутствовали: {{name|Е. В. Гладких}}, {{name|Р. М. "
        "Сафина}}, {{name|О. О. Лебедь}}. Слушали: {{name|Гладких Е. В.}} о результатах входной диагностики во "
        "{{class|2 «А»}} и {{class|2 «Б»}} классах."
    ),
    (
        "Март — месяц самоанализа. Пишу отчёт наставнику, {{name|Вадиму Олеговичу}}, о том, что получилось за полгода: "
        "освоила Яндекс Учебник, стала спокойнее с классом, но до сих пор путаюсь в ФГОС и рабочих программах из "
        "«Конструктора». Главное — перестала бояться открытых уроков."
    ),
    (
        "Год назад перешла из частной {{school|школы «Новая Эра»}} в {{school|школу № 117}} на окраине, и это другой "
        "мир. В классе по 32 человека, у половины нет своего ноутбука. Но дети живее и честнее. Жалею только, что не "
        "сделала этого раньше."
    ),
    (
        "Мама {{name|Семёна}} написала в 23:40: «Перезвоните срочно {{phone|89031127654}}». Я не перезвонила — считаю, "
        "что после девяти вечера уже не рабочее время. Правильно ли?"
    ),
    (
        "После того как {{name|Нику Церетели}} перевели к нам из Тбилиси, она две недели молчала. Сейчас дружит с "
        "{{name|Аней Ким}} и понемногу втягивается."
    ),
    (
        "В 7 классе читаем «Тараса Бульбу». Мальчики восхищаются Остапом, девочки жалеют Андрия, а я каждый раз не "
        "знаю, как обсуждать сцену, где отец убивает сына. Подскажите, как вы это делаете?"
    ),
    "У {{class|10б}} контрольная перенесена на пятницу, сообщите, пожалуйста, {{name|Ильясу}}, он староста.",
    (
        "Акт обследования жилищно-бытовых условий. Обучающийся: {{name|Пономарёв Глеб Андреевич}}, {{class|4 «В»}} "
        "класс {{school|МАОУ СОШ № 22}}. Адрес: г. Пермь, {{address|ул. Куйбышева, д. 95, кв. 3}}. Комиссия в составе: "
        "социальный педагог {{name|Шарипова Л. Ф.}}, классный руководитель {{name|Дёмина О. С.}}. Квартира "
        "однокомнатная, проживают пять человек, у ребёнка нет отдельного места для занятий."
    ),
    (
        "{{name|Света}}, завтра уезжаю в Москву на форум «Учитель будущего», вернусь в субботу. Мои уроки в "
        "{{class|7А}} и {{class|7Б}} взяла {{name|Рената}}."
    ),
    (
        "Вопрос к тем, кто работает с детьми с РАС. {{name|Ярослав}} в моём классе не выносит звонка — закрывает уши и "
        "залезает под парту. Тьютор {{name|Вера}} сидит с ним только до обеда, а потом он остаётся один. Что помогает?"
    ),
    (
        "Слава богу, четверть закончилась. Надежды на то, что после каникул параллель восьмых успокоится, мало, но "
        "отдых нужен всем. Еду в Казань, посмотрю наконец Кремль и Кул-Шариф."
    ),
    (
        "{{name|Лариса Геннадьевна}}, спасибо за вчерашний разбор! Я переписала план урока, как вы сказали, и "
        "{{name|Герман}} с {{name|Вероникой}} впервые работали в паре без ссоры."
    ),
    (
        "Выпускники прошлого года завели канал {{url|https://t.me/vypusk2025_lyceum2}}, админ — {{handle|@german_k}}. "
        "Зовут меня туда рассказать про экзамены. Стоит ли учителю вообще там появляться?"
    ),
    (
        "В {{class|9-м «Г»}} у меня есть {{name|Мельниченко}}, который третий раз за неделю приходит без формы. Отец "
        "говорит, что форма «в стирке». Я не знаю, как реагировать, — может, у семьи проблемы с деньгами?"
    ),
    (
        "План на неделю:\n— Пн: педсовет, актовый зал\n— Вт: ВПР по истории (5 класс)\n— Ср: выезд в музей "
        "«Пермь-36»\n— Чт: родительский всеобуч «Цифровая безопасность»\n— Пт: сдать журналы, проверить ЭЖД"
    ),
    (
        "В медкабинет передать: полис ОМС {{document|5095 4310 2277 8164}}, паспорт матери {{document|63 14 209871}}. "
        "Ребёнок — {{name|Алиев Тимур}}, {{class|3 «Б»}}."
    ),
    (
        "На конференции молодых педагогов моим куратором была {{name|Айгерим Сериковна Жумабаева}} из "
        "{{school|гимназии № 3 имени Абая}}. Её главный совет: не пытаться понравиться классу в первую неделю."
    ),
    (
        "Ребята из {{class|6 «А»}} дразнят {{name|Лёшу}} за рост — он выше всех на голову. Он делает вид, что ему "
        "смешно, но на физкультуре уходит в угол и ни с кем не разговаривает."
    ),
    (
        "Нужна помощь с рабочей программой по ОБЗР: в новом ФОП появились модули про беспилотники, а методичек нет. "
        "Если у кого-то есть готовое КТП, скиньте мне на {{email|ob.zhukovskaya@inbox.ru}} или в личку "
        "{{url|https://vk.com/id48213307}}."
    ),
    (
        "Ребята из кружка робототехники заняли второе место на «Робофесте» в Екатеринбурге. Собирали на Lego Spike и "
        "Arduino, программировали в Scratch и Python. Хочу теперь подать заявку в «Сириус» на летнюю смену."
    ),
    (
        "{{name|Алан Хетагуров}} из {{class|11 «А»}} готовит доклад о Коста Хетагурове к школьной конференции и "
        "уверяет, что это не его прадед, хотя все спрашивают."
    ),
    (
        "Бабушка {{name|Вани Тарасова}} каждое утро приводит его за руку до самого кабинета и ругается, если "
        "{{name|Ванечку}} посадили не у окна. Мальчику одиннадцать лет. Классная, {{name|Инна Валерьевна}}, уже устала "
        "с ней спорить."
    ),
    (
        "Справка по итогам мониторинга. В октябре проведена диагностика функциональной грамотности обучающихся 8 "
        "классов на платформе РЭШ. Средний результат по школе — 54 %, по региону — 51 %. Рекомендовано включать "
        "задания формата PISA в уроки математики и естествознания."
    ),
    (
        "Добрый день, {{name|Фаина Исаевна}}! Пересылаю контакты семьи {{name|Гринберг}}: папа {{name|Марк}}, "
        "{{phone|+7 (921) 448-02-96}}, {{email|mark.grinberg@yandex.ru}}. Он сам хочет обсудить индивидуальный маршрут "
        "для {{name|Леи}}."
    ),
    (
        "Не могу понять, как оценивать индивидуальные проекты в 10 классе. Критерии в «Положении об индивидуальном "
        "проекте» размытые, а Рособрнадзор на проверке требовал протоколы защиты. У {{name|Серафимы}} проект по "
        "орнитологии на 60 страниц, у {{name|Макара}} — сайт на Тильде. Как их сравнивать?"
    ),
    (
        "Заметка себе: позвонить папе {{name|Ахмеда Умарова}} насчёт драки, номер есть в журнале. {{name|Хеди}} из "
        "{{class|8В}} — свидетель, поговорить с ней отдельно, без {{name|Ахмеда}}."
    ),
    (
        "Ребята, кто знает, где в Мэш найти шаблон ИОМ? Завуч сказала до понедельника, а в «Библиотеке» только старые "
        "версии от 2023 года."
    ),
]

ROUND_4F_ENGLISH = [
    (
        "Advice please. I'm an ECT at {{school|Marshfield Academy}} and one boy in {{class|Year 8R}}, {{name|Kai}}, "
        "keeps walking out of my lessons. His form tutor, {{name|Mr Adeyemi}}, says he does it everywhere, but that "
        "doesn't make it easier. Any strategies that actually worked for you?"
    ),
    "Re: {{name|Priya}}'s EHCP review — moved to Thursday 3.30pm",
    (
        "Reading list for Year 9 this spring: Malorie Blackman's Noughts & Crosses, Angie Thomas's The Hate U Give and "
        "Holly Jackson's A Good Girl's Guide to Murder. Pip Fitz-Amobi went down surprisingly well with the boys. Next "
        "term we're trying Katherine Rundell before the GCSE texts kick in."
    ),
    (
        "From: {{email|h.okonkwo@stbedesprimary.org.uk}}\nTo: {{email|senco@stbedesprimary.org.uk}}\nSubject: "
        "{{name|Tobi}} — transition\n\nHi {{name|Rachel}},\nCould we meet about {{name|Tobi Okafor}} before he moves "
        "up to {{class|class 5B}}? His mum, {{name|Mrs Okafor}}, asked for a phone call on {{phone|07700 900417}} "
        "after 5.\nThanks,\n{{name|Helen}}"
    ),
    (
        "Incident summary. At 12:40 on Tuesday, {{name|Jayden Bennett-Shaw}} ({{class|Form 7T}}) was found in the "
        "toilets of {{school|Building 2}} with a vape. He stated it belonged to an older student but would not give a "
        "name. Parents informed by {{name|Ms D. Harrington}}, Head of Year 7. Suspension not recommended at this stage."
    ),
    (
        "May half-term can't come soon enough. Will anyone else be marking mocks over the break? Mark schemes for AQA "
        "Paper 2 are on the portal, but the Edexcel ones still haven't appeared."
    ),
    (
        "[08:12] {{name|Siobhán}}: anyone free to cover {{class|9X2}} period 3?\n[08:13] {{name|Tom}}: can do, is it "
        "the {{name|Mateusz}} situation again?\n[08:13] {{name|Siobhán}}: yep, he and {{name|Deji}} were separated "
        "yesterday, keep them apart"
    ),
    (
        "Parent conference notes, {{class|grade 6A}}. Student: {{name|Aarav Mehta}}. Mom ({{name|Mrs. Mehta}}) worried "
        "about his screen time and math anxiety. Agreed: 10 minutes a day on Khan Academy, check-in every Friday. "
        "Contact: {{phone|(555) 013-8842}}, {{email|nmehta.home@gmail.com}}."
    ),
    (
        "I'll call her {{name|Rosie}} here, not her real name. {{name|Rosie}} joined us in January from a school that "
        "had excluded her twice. For the first fortnight she hid in the library. Our librarian let her shelve books, "
        "and by February she was running the Year 7 book club."
    ),
    (
        "Reflections after CPD: Rosenshine's principles are useful, but I think we over-apply them. Daily review works "
        "in maths; in drama it feels forced. Dylan Wiliam would probably say that's the whole point of formative "
        "assessment. Going to try Doug Lemov's Cold Call with Year 10 next week."
    ),
    (
        "{{name|Ciara O'Donnell}} in {{class|Year 11J}} has asked for extra time in her mocks. Her dad says she had it "
        "at her old school, {{school|St Brigid's Catholic High School}}, but there's nothing on file."
    ),
    (
        "Home visit arranged for Friday: {{address|14 Elm Road}}, Levenshulme. Family of {{name|Zainab}} and "
        "{{name|Yusuf Rahman}}; {{name|Yusuf}} is still at {{school|Holly Lane Primary}}. Take the Bengali interpreter "
        "and a copy of the attendance letter."
    ),
    (
        "Our trip to the Science Museum is off, as the Wellcome gallery is closed for refurbishment until March. Plan "
        "B is the Natural History Museum on the 14th. {{name|Mrs Akhtar}} is collecting the {{class|Year 5H}} "
        "permission slips by Wednesday."
    ),
    (
        "Hi {{name|Mr Kowalczyk}}, {{name|Lena}} won't be in today, she has a hospital appointment. Thanks, "
        "{{name|Agnieszka}} (her mum)"
    ),
    (
        "Found out that a few Year 10s have set up a TikTok account mocking staff: {{handle|@mrsfletcherfacts}}. One "
        "of the videos links to a group chat invite, {{url|https://chat.whatsapp.com/KfT8q2Lx0nBv3RmE}}. Screenshots "
        "are with the DSL."
    ),
    (
        "There's a lad in my tutor group everyone calls {{name|Biscuit}}. I genuinely didn't know his real name was "
        "{{name|Callum}} until the register glitched on SIMS."
    ),
    (
        "I taught for two years at {{school|School No. 12}} in Almaty before moving to the UK. Classes there were 30+, "
        "and the parents of {{name|Aruzhan}}, my best student, still message me on Telegram."
    ),
    (
        "Ofsted deep dive in history next week. They want to see the curriculum map, the KS3 assessment model and some "
        "books from Year 8. The Oak National Academy units on the Norman Conquest are in the shared drive. Fingers "
        "crossed."
    ),
    (
        "Hey, it's {{name|Ms. Alvarez}} from {{school|Lincoln Park Elementary}}. {{name|Mateo}} had a rough afternoon, "
        "nothing serious, but please call me at {{phone|+1 312-555-0164}} when you can."
    ),
    (
        "Mentoring log, week 6. {{name|Dmitri}} (my mentee, second-year physics) tried retrieval starters with "
        "{{class|10Y1}} and they worked. He still struggles with the back row in there, {{name|Harvey}}, "
        "{{name|Lucas}} and {{name|Jun}}, who treat practicals as social time. Next step: a seating plan and a quiet "
        "word from {{name|Dr. Fairweather}}."
    ),
    (
        "Summer term planning: Year 4's Romans topic ends with a coach trip to Bath, and {{class|Year 6S}} are off to "
        "Reading Museum to see the Victorian copy of the Bayeux Tapestry. Will {{name|Mr Tennant}} drive the minibus "
        "again? Ask him before Easter."
    ),
    (
        "Letter to parents of {{class|Year 9P}}: {{name|Dr. K. Anand}}, Head of Science, will run the triple science "
        "information evening on 12 February. Please reply to {{email|k.anand@hollybank.sch.uk}} by the end of January."
    ),
    (
        "Medical information form: {{name|Oliwia Nowak}}, {{class|Year 3W}}. NHS number {{document|485 777 3456}}. "
        "Allergies: peanuts (EpiPen in the office). GP: Beech House Surgery."
    ),
    (
        "Thinking of switching from ClassDojo to Seesaw for our Reception class. Has anyone done it mid-year? The "
        "Trust wants everything on Arbor by September anyway, and I'd rather not migrate twice."
    ),
    (
        "Detentions this week:\n- {{name|Reece Whitfield}} (Mon)\n- {{name|Amara Nwosu}} (Tue, Thu)\n- "
        "{{name|Fitzgerald}}, ask {{name|Miss Lowe}} which one\n- {{name|Kacper W.}} (Fri)"
    ),
    (
        "Long post, sorry. Second year teaching at a primary in Leeds. I've got a boy in my class, let's say "
        "{{name|Noah}}, whose dad turned up drunk at pick-up on Friday and shouted at our TA, {{name|Bev}}. The head, "
        "{{name|Mrs Ogunleye}}, called the police, which I think was right, but now {{name|Noah}} won't speak to me "
        "and keeps asking if his dad is going to prison. The DSL says 'just keep things normal'. What does normal even "
        "look like for a seven-year-old after that?"
    ),
    (
        "Subject: INSET agenda, Monday 5 January: safeguarding update (KCSIE 2026) led by {{name|Jo Whitlock}}, Sparx "
        "Maths training, lunch in the Sixth Form Centre"
    ),
    (
        "{{name|Thabo}}'s brother called: he'll be collected by an aunt today, not mum. Aunt's number is {{phone|+44 "
        "7700 900281}}."
    ),
    (
        "{{name|Ngozi Eze}} and {{name|Fatima Al-Sayed}} have both asked to move into {{class|10X3}} for maths because "
        "their friends are there. {{name|Mrs Doyle}} (HoD) says no to both, but {{name|Fatima}}'s predicted grade "
        "really does fit the higher set better."
    ),
    (
        "Poetry choices for KS4 are driving me mad. Simon Armitage is fine, but I'd love to get some Kae Tempest or "
        "Raymond Antrobus in. Has anyone used Antrobus's 'Jamaican British' with Year 11?"
    ),
    (
        "Best wishes,\n{{name|Ms Aisha Begum}}\nTeacher of Geography, {{school|Thornbury Park Academy}}\nDirect line: "
        "{{phone|0161 496 0733}}"
    ),
    (
        "{{name|Mr D'Souza}} from the LA rang about {{name|Kiera}}'s attendance, 71% this term. He wants a meeting "
        "with mum and the attendance officer before Christmas."
    ),
    (
        "Job update! I've been offered a Year 2 post at {{school|St Oswald's C of E Primary School}}, starting in "
        "September. Huge thanks to my mentor {{name|Gwen}} for the mock interview."
    ),
    (
        "Anyone else find that since Bukayo Saka's injury half my Year 8 boys have become sports physios? We did a "
        "whole PE theory lesson on hamstrings and they were glued. Might try the same with Emma Raducanu and tennis "
        "serves."
    ),
    (
        "Quick question for EAL folks: {{name|Svetlana}}'s parents only speak Russian and Ukrainian, and Google "
        "Translate mangles our letters home. Does anyone have a translated template for the Year 6 SATs information "
        "letter?"
    ),
    (
        "Gradebook note: {{name|DeShawn Carter}}, {{class|grade 7B}}, missing 4 assignments in Canvas. Emailed "
        "guardian ({{name|Ms. Tanya Carter}}) on 10/14, no reply. Next step: call {{phone|(555) 019-3375}}."
    ),
    (
        "Department meeting minutes\nPresent: {{name|Mr Varga}}, {{name|Ms Okoro}}, {{name|Miss Hughes}}\nItems:\n1. "
        "Moderation of Year 10 NEA\n2. Budget for DrFrostMaths licences\n3. AOB: {{name|Miss Hughes}} leaving at Easter"
    ),
    (
        "A parent has shared a post from {{url|https://www.instagram.com/harrisonfamilyadventures}} that shows "
        "{{name|Ellie}} in school uniform with our logo visible. I've asked {{name|Mrs Harrison}} to take it down. Do "
        "we have any policy on this?"
    ),
    (
        "Cover note: {{class|Form 10C}}, registration only, then assembly. {{class|class 3B}}, period 2, worksheets on "
        "the desk; {{name|Oscar}} and {{name|Liam}} must not sit together."
    ),
    (
        "Black History Month ideas: we're looking at Walter Tull, Mary Seacole and the Windrush generation, and "
        "finishing with a Zoom call with the Black Cultural Archives in Brixton. October is going to be busy."
    ),
    (
        "{{name|Mr Halloran}}'s advice when I started: never shout, never sit down, never take it personally. Two "
        "years on, I'd add: never answer emails from {{name|Gemma}}'s dad after 9pm."
    ),
    (
        "Referral sent to CAMHS via the GP. Clinician: {{name|Dr. R. J. Bhattacharya}}. Pupil: {{name|Harriet}} "
        "({{class|Year 10M}}). Parental consent obtained by phone."
    ),
    (
        "{{name|Wei Zhang}} joined {{class|Year 7F}} last month from Shenzhen. He's brilliant at maths but silent in "
        "group work. His cousin {{name|Lily Chen}} in Year 9 helps translate at lunch."
    ),
    (
        "Tuesday twilight CPD: 'Adaptive teaching, not differentiation'. Speaker from the Education Endowment "
        "Foundation. Bring a laptop with Microsoft Teams and Padlet installed. The sign-up sheet is with {{name|Femi}} "
        "in the staffroom."
    ),
    (
        "Change of address received for {{name|Maisie Turner}}: {{address|Flat 4, 27 Carlton Street}}, Bolton. Please "
        "update SIMS and the bus list."
    ),
    (
        "The field trip bus picks up at the usual spot, but {{name|Ethan}}'s family asked for a stop at {{address|221 "
        "Maple Avenue}} because his grandma is picking him up afterwards."
    ),
    (
        "Thinking about leaving teaching. Sunday nights are the worst; I start dreading Monday around 4pm. Does it get "
        "better after the ECT years, or is this just what the job is? Education Support's helpline was kind, but I "
        "want to hear from real teachers."
    ),
    (
        "Lunch duty rota (Autumn 2): Mon {{name|Mr Quayle}}, Tue {{name|Ms Ferreira}}, Wed {{name|Mr Ibekwe}}, Thu "
        "{{name|Mrs Lindqvist}}, Fri volunteers please!"
    ),
    (
        "{{name|Zara}} told me someone called {{handle|@l1ly_b3ll3}} has been sending her horrible messages on "
        "Snapchat. She thinks it's a girl from her old school."
    ),
    (
        "Halloween disco cancelled: the hall is booked for the Christingle rehearsal, and Facilities say the boiler "
        "won't be fixed before November. Spooky crafts in class instead. {{name|Poppy}}'s mum has offered to bring "
        "pumpkins for {{class|class 1P}}."
    ),
    (
        "Transition day went well. {{name|Siân}} cried at first, but {{name|Mr Pritchard}} put her with {{name|Rhys}}, "
        "who was in her class at {{school|Ysgol Glan Morfa}}, and she settled."
    ),
    (
        "The new Wicked film has taken over my Year 5 class; every wet play is 'Defying Gravity'. I'm leaning into it: "
        "persuasive writing on whether Elphaba was misunderstood."
    ),
    (
        "Welcome back to {{class|grade 4C}}! I'm {{name|Mr. Nakamura}}. The quickest way to reach me is "
        "{{email|hnakamura@ridgewoodusd.org}} or my classroom line, {{phone|(555) 016-4420}}. Supply lists are on the "
        "district website."
    ),
    (
        "UCAS deadline is 15 October for Oxford, Cambridge and medicine. Personal statements to tutors by the end of "
        "September, please. The Russell Group guidance on subject choices is on the Sixth Form noticeboard."
    ),
    (
        "Safeguarding log entry. Date: 3 March. Reported by: {{name|K. Mensah}} (class teacher). Child: {{name|Leo "
        "Baptiste}}, {{class|class 2R}}. {{name|Leo}} arrived with a bruise on his left cheek and said his stepdad "
        "{{name|Craig}} 'pushed him into the door'. Passed to the DSL ({{name|Mrs A. Fenwick}}) at 9:05. MASH "
        "contacted at 10:20."
    ),
    (
        "Can anyone recommend a decent visualiser? Our IPEVO has died and the Epson projector in Lab 3 only takes "
        "HDMI. DM me on X, {{handle|@MissKeeleyTeaches}}."
    ),
    (
        "Reminder: from Monday, Year 7 registration moves to {{school|Building 2}} while the roof of the main block at "
        "{{school|Ashcombe Park School}} is repaired."
    ),
    (
        "{{name|Hamza}} finally got his first merit today. He's been in detention more than any kid in {{class|Year "
        "9K}}, and when I read his name out in assembly his mates cheered. Small wins."
    ),
    (
        "Our PTA page is {{url|https://www.facebook.com/groups/greenlanepta}}. {{name|Sarah}} runs it and she's strict "
        "about not posting photos of children."
    ),
    (
        "Notes from the Chartered College conference in Birmingham: keynote on cognitive load theory (Sweller), a "
        "workshop on oracy from Voice 21, and a panel on AI marking with ChatGPT and Google Gemini. Best session: "
        "Tuesday afternoon, 'Behaviour is curriculum'."
    ),
]
