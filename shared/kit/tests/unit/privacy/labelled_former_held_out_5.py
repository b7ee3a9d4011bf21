"""FORMER held-out batch 5 of the de-identifier's labelled set, now part of the TUNED part.

It was the held-out part through round 5. Held-out batch 6 (`labelled_held_out_6.py`) was written on 2026-11-30 by a
separate author before round 6 changed any rule and scored on the round-5 rules (05:21 UTC); then this batch's misses
were read (05:23 UTC) and it was moved here, so it counts as tuned. Its history as a held-out batch follows.

Written on 2026-11-30 (between 03:05 and 03:12 UTC) by a separate author (not the person tuning the rules), BEFORE any
rule in `mentor_kit.privacy` was changed in round 5, and never used to tune them. The author did not open, read,
grep or list any file under `shared/kit/src/mentor_kit/privacy/` (the rules), did not read `test_deidentify.py` or
any `labelled_*.py` file except the former held-out batch 3, and that one only for its docstring conventions and
format (its texts were not reused or paraphrased); the de-identifier and the tests were not run while writing.

The mix: 130 fresh texts, 65 Russian and 65 English, realistic teacher case descriptions of varied style, length
and register (forum posts, chat logs with timestamps, formal reports and statements, minutes, lists, e-mail subject
lines and signatures, a quoted dialogue, planning notes). Names come in varied positions: sentence-initial, in lists,
coordinated, with titles, first names alone, surnames alone, initials before and after a surname, possessives (with
and without a trailing s), Russian names in several grammatical cases, diminutives, a colloquial patronymic alone,
name and patronymic, full three-part Russian names, hyphenated and apostrophe surnames, non-Anglo names in English
texts, names that are also ordinary words (with the ordinary word appearing capitalised elsewhere in the same text),
nicknames, and pseudonyms the writer gives a child. 26 texts (13 per language) hold no personal data but capitalised
non-names: places, months, weekdays, subjects, exams, authors, characters and titles of works, theorists, public
figures, brands and software, institutions and public bodies, headings, acronyms, and generic links to news or
ministry pages.

Baseline (03:10 UTC on 2026-11-30), the rules as round 4 froze them (8178288), aggregate only: over all categories
precision 0.92, recall 0.93 (310 spans); name P 0.87 R 0.92 (160), document R 0.79 (14), school P 0.95 R 0.84 (25),
url R 0.82 (11), phone P 0.94 (15); address, class, email and handle 1.00. Round 5's first rule changes (from held-out
batch 4's misses, read after its final score) were being made in the working tree while this batch was written; its
author did not read them, and the baseline above was taken on the frozen round-4 rules.

Final score (03:18 UTC on 2026-11-30), the rules as round 5 froze them (8b8fc52), taken once, aggregate only:
over all categories precision 0.94, recall 0.95; name P 0.89 R 0.93 (160; Russian P 0.90 R 0.95, English P 0.87
R 0.90), document R 0.93 (13 of 14), school P 1.00 R 0.92 (23 of 25), url R 0.91 (10 of 11); address, class, email,
handle and phone 1.00. Its misses have not been read: before the next rule change, write batch 6, score it, then read
this batch's misses and move it into the tuned part.

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

FORMER_HELD_OUT_5_RUSSIAN = [
    (
        "Коллеги, нужен совет. В {{class|6 «Б»}} есть мальчик, {{name|Тимофей}}, который на каждом уроке "
        "литературы спрашивает, зачем нам Пушкин, если есть ChatGPT. Я веду второй год, завуч "
        "{{name|Ольга Викторовна}} говорит «не обращай внимания», но класс уже смеётся вместе с ним."
    ),
    (
        "Служебная записка. Довожу до сведения администрации {{school|ГБОУ «Школа № 1517»}}, что ученица "
        "{{class|8 «А»}} класса {{name|Кравченко Дарья}} с 12 по 26 октября пропустила 14 уроков без "
        "уважительной причины. Классный руководитель {{name|Сафонова Е. П.}}"
    ),
    (
        "Вопрос по ОГЭ: в этом году ФИПИ опять поменял критерии к сочинению 13.3? Мои девятиклассники в "
        "панике, а методичка из «Просвещения» ещё прошлогодняя. Если у кого есть свежий разбор — поделитесь, "
        "пожалуйста."
    ),
    (
        "Мама {{name|Вероники}} звонит мне в одиннадцать вечера и требует пересмотреть четвертную. Номер у "
        "неё {{phone|+7 916 482-37-15}}, я его уже боюсь видеть на экране. Как вы выстраиваете границы с "
        "родителями?"
    ),
    (
        "{{name|Лёша}} и {{name|Гоша}} из {{class|5 «Д»}} опять подрались на перемене. {{name|Гошина}} "
        "бабушка пришла в школу и устроила скандал прямо в кабинете директора, а виноватой почему-то "
        "оказалась я."
    ),
    (
        "[19:42] {{name|Ирина Петровна}}: коллеги, кто завтра заменяет {{name|Мельникова}} в "
        "{{class|10 «Г»}}?\n"
        "[19:44] {{name|Андрей}}: я могу, у меня окно третьим уроком\n"
        "[19:45] {{name|Ирина Петровна}}: спасибо! план в общей папке"
    ),
    (
        "Для оформления путёвки в лагерь прошу родителей {{name|Богдана Ахмедова}} прислать недостающие "
        "данные. Сейчас у меня есть только СНИЛС {{document|112-233-445 95}} и полис ОМС "
        "{{document|7755 4400 1122 3344}}, нужна ещё копия свидетельства о рождении."
    ),
    (
        "Провела открытый урок по «Капитанской дочке»: Гринёв, Швабрин, Пугачёв — всё по ролям. Методист из "
        "МЦКО сказала, что слишком много игры и мало текста. А во ФГОС, между прочим, прямо про "
        "деятельностный подход написано."
    ),
    (
        "Семья {{name|Нуриевых}} переехала, новый адрес для почты: Казань, "
        "{{address|ул. Чистопольская, д. 64, кв. 112}}. Личное дело я передала секретарю, но характеристику "
        "просят отправить заказным письмом."
    ),
    (
        "Нашла у ученицы страницу ВКонтакте {{url|https://vk.com/id48215530}} с моими фотографиями с урока и "
        "подписями вроде «наша ведьма». Ник в телеге у неё {{handle|@lisa_kot_2011}}. Что делать — идти к "
        "директору или сначала к родителям?"
    ),
    (
        "Протокол заседания ШМО учителей математики {{school|МБОУ СОШ № 12}} г. Тулы от 14.11.2026. "
        "Присутствовали: {{name|Абрамова Т. Н.}}, {{name|Гусейнов Р. А.}}, {{name|Лебедь О. В.}}, "
        "{{name|Шишкина М. С.}} Слушали: о результатах диагностики в {{class|7 «А»}} и {{class|7 «Б»}} "
        "классах."
    ),
    (
        "В понедельник у нас Единый день профилактики, во вторник — ВПР по истории в {{class|5 «К»}}, в "
        "среду Росатом проводит урок для старшеклассников. {{name|Полина Андреевна}} спрашивает, когда я "
        "собираюсь проходить программу. Я тоже хотела бы знать."
    ),
    (
        "Пишите мне на {{email|n.gromova.teacher@yandex.ru}}, а не в мессенджер: я не успеваю отвечать в "
        "чате {{class|9 «В»}}. — {{name|Наталья Громова}}, учитель химии"
    ),
    (
        "Сегодня {{name|Сонечка}} впервые подняла руку сама. Полгода я с ней возилась, с {{name|Сонечкой}}, "
        "и вот. Маме {{name|Сони}} написала сразу после урока, она расплакалась."
    ),
    (
        "Расскажу про одного мальчика, назову его {{name|Мирон}}. {{name|Мирон}} сидит на последней парте и "
        "рисует аниме на полях тетради. Родители считают, что это пройдёт, а психолог советует "
        "художественную школу."
    ),
    (
        "С сентября меня перевели в {{school|корпус 3}} нашего комплекса на "
        "{{address|ул. Профсоюзной, д. 88}}, а кабинет информатики там без проектора. Завхоз "
        "{{name|Семёныч}} обещает к Новому году."
    ),
    (
        "Кто-нибудь пользуется Яндекс Учебником для 4 класса? Нам спустили из Департамента образования план "
        "по цифровизации, а интерактивной доски до сих пор нет. Сферум работает через раз."
    ),
    (
        "Срочно! Во время экскурсии в Третьяковке отстал от группы ребёнок, {{name|Ваня Пеструхин}}, "
        "{{class|3 «Е»}}. Если кто видел мальчика в синей куртке — звоните {{phone|8 (925) 110-44-81}}."
    ),
    (
        "Заявку на региональный этап подаём до пятницы. Данные {{name|Елисеевой Полины}}: паспорт серия "
        "{{document|4519}}, номер {{document|732018}}, ИНН {{document|772814563902}}. Проверьте, пожалуйста, "
        "кто-нибудь, я боюсь ошибиться в цифрах."
    ),
    (
        "Читаем с восьмиклассниками «Уроки французского» Распутина. Спросила, кто такая Лидия Михайловна, — "
        "полкласса ответило «это завуч, что ли?». Смешно и грустно одновременно."
    ),
    (
        "Создала группу для родителей {{url|https://vk.com/club219044857}}, вступайте. Заодно выложила туда "
        "фотографии с осеннего бала {{school|гимназии № 9}}, только без лиц детей."
    ),
    (
        "Поговорила с {{name|Артёмом Ковалёвым}} после урока. {{name|Артёму}} кажется, что его никто не "
        "слышит. Мама {{name|Артёма}} прислала ссылку на его канал "
        "{{url|https://www.youtube.com/@artkov_music}} — оказывается, он пишет музыку."
    ),
    (
        "Заметки с вебинара «Учитель будущего»: Выготский — зона ближайшего развития; Блум — таксономия; "
        "Хэтти — видимое обучение. Следующий вебинар в четверг, 3 декабря, ссылку пришлют в Телеграме."
    ),
    (
        "Наш завуч завела телеграм-канал {{handle|@zavuch_pishet}} и выкладывает туда скриншоты электронного "
        "журнала с фамилиями. Этично ли это вообще?"
    ),
    (
        "Новенькая {{name|Смирнова-Оглы}} из {{class|11 «А»}} прекрасно пишет, но на уроках молчит. Её "
        "прежняя школа — {{school|лицей № 1535}}, там, говорят, был очень жёсткий отбор."
    ),
    (
        "Директору {{school|МАОУ «Гимназия № 3»}} {{name|Воронцову Игорю Степановичу}} от учителя истории "
        "{{name|Кузнецовой Анастасии Олеговны}}. Заявление. Прошу предоставить мне отпуск без сохранения "
        "заработной платы 17 декабря по семейным обстоятельствам."
    ),
    (
        "ЕГЭ по профильной математике в 2027 году: что изменится? Читала новость на сайте Минпросвещения "
        "https://edu.gov.ru/press/ — пока ничего конкретного, одни общие слова."
    ),
    (
        "Диалог на перемене, дословно:\n"
        "— {{name|Марина Алексеевна}}, а можно я не буду пересказывать?\n"
        "— Почему, {{name|Кирилл}}?\n"
        "— Я «Муму» не дочитал, мне собаку жалко.\n"
        "Я не нашла, что ответить."
    ),
    (
        "С уважением,\n"
        "{{name|Елена Дмитриевна Рыбакова}}\n"
        "педагог-психолог {{school|ГБОУ Школа № 2100}}\n"
        "тел. {{phone|+7 (495) 603-18-27}}\n"
        "{{email|rybakova.ed@sch2100.ru}}"
    ),
    (
        "Нам во {{class|2 «Ж»}} дали нового ребёнка с СДВГ, {{name|Святослава}}. Тьютора нет, ПМПК будет "
        "только в феврале. Как вы справляетесь на уроке, когда один ученик встаёт и ходит по классу?"
    ),
    (
        "Список литературы на лето для 6 класса: Жюль Верн «Таинственный остров», Кир Булычёв «Сто лет тому "
        "вперёд», Астрид Линдгрен «Мио, мой Мио!». Что добавить из современного?"
    ),
    (
        "В {{class|4 «В»}} учатся двойняшки {{name|Вера}} и {{name|Надежда Орёл}}. {{name|Вера}} всегда "
        "отвечает за двоих, а {{name|Надежда}} молчит. Надежда на то, что в пятом классе их рассадят, у меня "
        "небольшая."
    ),
    (
        "Пересылаю письмо от родителя ({{email|papa.matveya@mail.ru}}): «Почему у {{name|Матвея}} тройка, "
        "если он всё сдал?» Журнал показывает две несданные практические."
    ),
    (
        "Итоги недели: вторник — педсовет, среда — школьный этап ВсОШ по биологии, пятница — субботник. Из "
        "{{class|8 «З»}} на олимпиаду пришли только {{name|Гуля}} и {{name|Феликс}}. Декабрь обещает быть "
        "ещё хуже."
    ),
    (
        "Олимпиада пройдёт в {{school|лицее № 47}} по адресу: {{address|ул. Гагарина, д. 31}}. Сбор "
        "участников из {{class|9 «А»}} и {{class|9 «Б»}} в 8:40 у главного входа, не опаздывайте."
    ),
    (
        "Уже третий месяц в {{class|10-м «Б»}} классе не могу добиться тишины на уроках физики. Классный "
        "руководитель {{name|Тарасов}} разводит руками."
    ),
    (
        "{{name|А. В. Мухина}} (учитель начальных классов) передала мне свой класс в середине года. Дети "
        "постоянно сравнивают: «а {{name|Алла Викторовна}} разрешала»."
    ),
    (
        "Посоветуйте книги по классному руководству. Читала Макаренко «Педагогическую поэму» и Сухомлинского "
        "«Сердце отдаю детям», хочется чего-то поновее — может, Петрановскую?"
    ),
    (
        "Бухгалтерия просит до 25-го прислать СНИЛС и ИНН для доплаты за классное руководство. Мои: СНИЛС "
        "{{document|087-654-321 12}}, ИНН {{document|503216789045}}. Если что, звоните "
        "{{phone|+79031234509}}. {{name|Кудрявцева}}"
    ),
    (
        "В ТикТоке нашли ролик, где {{name|Даня}} из {{class|7 «Г»}} передразнивает учителя. Аккаунт "
        "{{handle|@danya_prank777}}, видео набрало уже 40 тысяч просмотров."
    ),
    (
        "Разбираем на МО кейс: ученик на уроке физики доказывает, что Земля плоская, ссылаясь на YouTube. "
        "Как реагировать учителю — спорить, игнорировать или превратить это в исследовательский проект?"
    ),
    (
        "Расписание на завтра: {{class|5А}} — русский, {{class|6В}} — литература, {{class|8Б}} — классный "
        "час. Замену за {{name|Лилию Ринатовну}} пока никто не взял."
    ),
    (
        "Чтобы не раскрывать, назову девочку {{name|Ласточка}}. {{name|Ласточка}} в первой четверти была "
        "отличницей, во второй — двойки по всем предметам. Дома, как выяснилось, развод."
    ),
    (
        "Тема для обсуждения: нужен ли «Разговор о важном» по понедельникам? В нашем регионе Минобрнауки "
        "Татарстана прислало свои методички, а там про Сабантуй и Тукая."
    ),
    (
        "Адреса для посещения семей (акт обследования ЖБУ):\n"
        "1. {{name|Горелов Никита}} — {{address|ул. Мира, д. 14, кв. 3}}\n"
        "2. {{name|Сулейманова Амина}} — {{address|пр-т Победы, 102-45}}\n"
        "3. {{name|Яковлев Рома}} — {{address|пер. Садовый, д. 2}}"
    ),
    (
        "Выложила конспекты уроков на свою страничку {{url|https://ok.ru/profile/571203948812}}, но коллега "
        "сказала, что так делать нельзя из-за фотографий детей. Кто прав?"
    ),
    (
        "В {{class|3 «А»}} пришёл мальчик из Италии, {{name|Лоренцо Д'Анджело}}. По-русски почти не говорит, "
        "а {{name|Лоренцо}} при этом лучше всех в классе решает задачи."
    ),
    (
        "Январь: каникулы до 11-го. Февраль: ВсОШ, региональный этап. Март: ВПР. Апрель: пробники ЕГЭ. Май: "
        "Последний звонок. Кто сказал, что у учителя лёгкая жизнь?"
    ),
    (
        "Перешла из государственной школы в {{school|ЧОУ «Школа Ковчег»}} — и первые два месяца чувствую "
        "себя как на другой планете. Родители пишут в WhatsApp в любое время суток."
    ),
    (
        "Тема: {{name|Захаров}}, {{class|8 «Е»}} — пропуски\n"
        "От: {{email|zaharova.mama@gmail.com}}\n"
        "Здравствуйте! {{name|Миша}} болел с 3 по 10 ноября, справку принесём в понедельник."
    ),
    (
        "Родительское собрание {{class|1 «А»}} проведу в Сферуме, ссылку пришлю в чат. Кто не сможет "
        "подключиться — звоните мне: {{phone|+7 (843) 250-19-77}}. {{name|Альбина Ильдаровна}}"
    ),
    (
        "{{name|Светлана Юрьевна}}, добрый вечер! Это мама {{name|Ксюши Беловой}}. Можно ли завтра забрать "
        "её после третьего урока? Если что, мой номер {{phone|8-912-345-67-80}}."
    ),
    (
        "Для выезда на соревнования в Сочи: {{name|Тимур Валиев}}, паспорт {{document|03 21 654987}}, полис "
        "ОМС {{document|2356789012345678}}. Сопровождающий — учитель физкультуры {{name|Горбунов В. И.}}"
    ),
    (
        "Самоанализ после урока: Пушкин, Лермонтов, Тютчев — за 40 минут три поэта, и никто ничего не понял. "
        "В следующий раз возьму одного Тютчева и разберу «Silentium!» по строчкам."
    ),
    (
        "В {{school|корпусе 2}} {{school|школы № 1409}} опять не работает Wi-Fi. Заявку писала на "
        "{{email|it-help@sch1409.ru}}, ответа нет уже неделю."
    ),
    (
        "Вы можете найти меня в телеграме: {{handle|@mila_uchit}} или {{url|https://t.me/mila_uchit}}, там я "
        "выкладываю разборы заданий ОГЭ."
    ),
    (
        "Вопрос к учителям английского: Spotlight или Forward? В нашем районе все перешли на Spotlight, но "
        "мне кажется, что для слабых классов Forward Вербицкой понятнее."
    ),
    (
        "Ситуация такая. В {{class|6 «Е»}} травят девочку, {{name|Ульяну}}. Заводилы — {{name|Рустам}}, "
        "{{name|Ева}} и {{name|Платон}}. Классная, {{name|Инна Сергеевна}}, считает, что это «детские "
        "разборки». Социальный педагог {{name|Карпенко}} поговорила с каждым, стало только хуже. "
        "{{name|Ульянина}} мама хочет писать в прокуратуру."
    ),
    (
        "Характеристику для суда по опеке отправьте заказным письмом на адрес бабушки: Москва, "
        "{{address|Ленинградский пр-т, д. 45, корп. 2, кв. 118}}, {{name|Зимина Галина Петровна}}."
    ),
    (
        "Сегодня в Доме учителя лекция о Монтессори и вальдорфской педагогике. Записаться можно у методиста "
        "{{name|Оксаны}} по телефону {{phone|+7 921 774-02-36}}."
    ),
    (
        "Сегодня у {{name|Ильи Семенцова}} из {{class|9-го «Д»}} нашли электронную сигарету. Как учитель, "
        "который это увидел, я обязана докладывать администрации?"
    ),
    (
        "Родители {{name|Алины}} создали чат {{url|https://t.me/roditeli_7v_chat}} без классного "
        "руководителя, админ — {{handle|@olga_mama_alina}}. Мне скинули скриншоты, там обсуждают меня."
    ),
    (
        "Лайфхак от {{name|Веры Николаевны}}: для проверки тетрадей по русскому берите цветные ручки Erich "
        "Krause — красная для орфографии, зелёная для пунктуации. Дети в началке очень любят."
    ),
    (
        "Его в классе зовут {{name|Шпала}}, по журналу он {{name|Елизаров}}. Рост под два метра, и он на это "
        "прозвище обижается."
    ),
    (
        "Перед защитой проектов {{name|Виктор Олегович}} просит всех прислать презентации на "
        "{{email|v.o.lyskov@school-5.ru}} или сбросить в личку {{handle|@lyskov_vo}}."
    ),
]
FORMER_HELD_OUT_5_ENGLISH = [
    (
        "Need advice. I'm an ECT at {{school|Hollybank Academy}} and one of my Year 10s, {{name|Kacper}}, "
        "keeps walking out of my lessons. My mentor, {{name|Mr Okafor}}, says log it on CPOMS and move on, "
        "but it's happening every Tuesday."
    ),
    (
        "Does anyone have a good scheme of work for An Inspector Calls? We're on AQA and I want to do more "
        "with Sheila and Eric than the usual 'Birling is bad' essay. Mock exams are in January."
    ),
    (
        "Parents' evening notes, {{class|Year 9B}}:\n"
        "- {{name|Aisha Rahman}}: strong in algebra, needs to show working\n"
        "- {{name|Tom O'Brien}}: missed three homeworks, mum says he's been ill\n"
        "- {{name|Zofia Wiśniewska}}: ready for the higher paper\n"
        "- {{name|Billy}}: didn't turn up (no parent either)"
    ),
    (
        "Kind regards,\n"
        "{{name|Ms Helen Dunmore-Price}}\n"
        "Head of Science, {{school|St Aidan's C of E High School}}\n"
        "Tel: {{phone|01632 960418}}\n"
        "{{email|h.dunmoreprice@staidans.sch.uk}}"
    ),
    "Subject: {{name|Jayden}}'s behaviour in {{class|Form 8K}} - urgent",
    (
        "Just finished marking 60 GCSE essays on Macbeth. Lady Macbeth, the witches, Banquo's ghost... I "
        "could recite Act 1 Scene 7 in my sleep. Half term can't come soon enough, and Ofsted are due in "
        "March."
    ),
    (
        "Home visit scheduled Thursday 2pm: {{address|27 Cranbrook Avenue}}, Leeds. The family speaks Polish "
        "at home, so please book an interpreter. The DSL, {{name|Mrs Kowalczyk}}, will come with you."
    ),
    (
        "My TA {{name|Grace}} is brilliant, but she keeps doing the work for {{name|Hope}}, a girl in my "
        "{{class|class 4C}} with dyslexia. How do I raise this without offending {{name|Grace}}? Hope "
        "someone has been there."
    ),
    (
        "Medical note for the trip: {{name|Oliver Brennan}} ({{class|Year 7J}}), NHS number "
        "{{document|943 476 5919}}, carries an EpiPen. Emergency contact: dad, {{phone|07700 900461}}."
    ),
    (
        "A student made a fake Instagram account pretending to be me: {{handle|@missjones_science_lol}}. "
        "They've posted photos from our lab. I reported it to Instagram and to our head, "
        "{{name|Dr. A. Whitfield}}. Nothing happened for a week."
    ),
    (
        "Reading list for the Year 8 unit on dystopia: Orwell's Animal Farm, Lois Lowry's The Giver, Malorie "
        "Blackman's Noughts & Crosses. Is Noughts & Crosses too mature for 12-year-olds?"
    ),
    (
        "Overheard in the corridor:\n"
        '"Sir, is it true {{name|Mr Delacroix}} is leaving?"\n'
        '"Who told you that, {{name|Priya}}?"\n'
        '"Everyone in {{class|10M}} knows."\n'
        "And that's how I found out."
    ),
    (
        "HR needs my NI number for the pension form: {{document|QQ 12 34 56 C}}. Sorry, wrong chat! Could an "
        "admin delete this?"
    ),
    (
        "Our new head, {{name|Mrs Adeyemi-Clarke}}, wants every lesson to start with a 'Do Now' on Google "
        "Classroom. {{name|Adeyemi-Clarke}} is fine, honestly, but the staff at "
        "{{school|Greenfield Primary}} are exhausted."
    ),
    (
        "Three new arrivals this term, all from Ukraine: {{name|Bohdan}}, {{name|Oleksandra}} and "
        "{{name|Yaroslav Tkachenko}}. {{name|Oleksandra}} already speaks good English; the boys need EAL "
        "support."
    ),
    (
        "Is it worth doing the NPQ in Leading Teacher Development? The DfE are funding it again this year, "
        "and Ambition Institute runs it online. I'm in my fourth year and feel a bit stuck."
    ),
    (
        "I teach {{class|grade 6A}} at {{school|Lincoln Middle School}} in Ohio. One kid, we'll call him "
        "{{name|Buddy}}, refuses to write anything by hand - he'll only type on his Chromebook."
    ),
    (
        "If {{name|Mateo}} gets sick on the trip, call his mum on {{phone|+44 7911 123456}}, not the school "
        "office. She asked me to share this with the coach driver too."
    ),
    (
        "Here's my teaching profile if anyone wants to connect: "
        "{{url|https://www.linkedin.com/in/sarah-mcallister-teacher}}, or find me as "
        "{{handle|@SarahMcTeach}}. I mentor ECTs in primary maths."
    ),
    (
        "Thursday CPD: Rosenshine's Principles again. Then Dylan Wiliam on formative assessment, then a "
        "video of Doug Lemov. By the time we got to Cognitive Load Theory I had none left."
    ),
    (
        "Incident report. Date: 12 November. Location: {{school|Building 2}}, science corridor. Pupils "
        "involved: {{name|R. Hussain}} ({{class|Year 11S}}), {{name|Callum Reid}} ({{class|Year 11S}}). "
        "Witness: {{name|Mr T. Ellison}}, cover supervisor. Summary: verbal altercation escalated to pushing."
    ),
    (
        "Please send your coursework drafts to {{email|mr.fairweather@brookside.sch.uk}} by Friday. Late "
        "drafts will not get feedback before the deadline. - {{name|Mr Fairweather}}"
    ),
    (
        "Everyone calls him {{name|Tiny}}, but he's the tallest boy in {{class|Year 9F}}. His real name is "
        "{{name|Marcus}}, and honestly he prefers the nickname."
    ),
    (
        "Any recommendations for a seating-plan app? We've tried Class Charts and Arbor. Our data manager, "
        "{{name|Gareth}}, wants Bromcom from September. Microsoft Teams is fine for homework but useless for "
        "behaviour."
    ),
    (
        "Please post the reference to my home address: {{address|Flat 4, 118 Wellington Street}}, Bristol. I "
        "no longer check my school email."
    ),
    "Follow {{handle|@MrKhanTeaches}} on X - he's an NQT at our trust and posts great physics demos.",
    (
        "Halloween, Bonfire Night, Diwali, Remembrance Sunday, then the Christmas play. November in a "
        "primary school is basically one long assembly. Does anyone actually manage to teach phonics?"
    ),
    (
        "{{name|Mrs Gallagher}} observed my lesson with {{class|8X3}} on Monday and said my questioning was "
        "'too closed'. I've read Lemov and Wiliam, but in the moment I just panic. How do other ECTs "
        "practise this?"
    ),
    (
        "Residential trip form for {{name|Amara Nwosu}}: NHS No. {{document|485 777 3456}}, allergies: "
        "peanuts. Parent mobile {{phone|07458 213907}}."
    ),
    (
        "{{name|Liam}}'s mum emailed me at midnight. {{name|Liam}}'s dad emailed at 6am saying ignore her. "
        "I'm his form tutor in {{class|Form 10W}}, not a family mediator."
    ),
    (
        "We set up a parents' Facebook group, "
        "{{url|https://www.facebook.com/groups/riverside.year3.parents}}, and now it's full of complaints "
        "about me. Should I join it or stay out?"
    ),
    (
        "Who still teaches Frankenstein at KS4? Mary Shelley or Dickens's A Christmas Carol - which do your "
        "groups prefer? Edexcel has both on the list."
    ),
    (
        "{{name|Siobhán O'Donnell}} from {{class|Year 12P}} wants to do her EPQ on the Troubles. Her "
        "supervisor, {{name|Mr D'Souza}}, isn't sure it's appropriate. Thoughts?"
    ),
    (
        "Detentions this week:\n"
        "1. {{name|K. Baptiste}} - {{class|9R2}}\n"
        "2. {{name|Ellie-Mae Turner}} - {{class|9R2}}\n"
        "3. {{name|Bartosz}} - {{class|9R4}}\n"
        "All on Wednesday, room 14, with {{name|Mr Holloway}}."
    ),
    (
        "I've been moved from the main site to {{school|Building 3}} of {{school|Kingsmead Academy}} and "
        "nobody told the students. I posted the room change in our class page "
        "{{url|https://classroom.google.com/c/NjQ1MjM4OTEyMzQ1}}, but half of them never check it."
    ),
    (
        "Free resources I actually use: BBC Bitesize, Seneca, Oak National Academy and the Royal Society of "
        "Chemistry's practical videos. The news pages at https://www.gov.uk/government/news are useless for "
        "lesson planning."
    ),
    (
        "There are two boys called {{name|Arjun}} in my {{class|class 7D}}, so the class calls the quieter "
        "one {{name|AJ}}. {{name|AJ}} hasn't said a word in six weeks."
    ),
    "Re: Referral for {{name|Noah Fitzgerald}} - from {{name|Dr. K. Osei}}, educational psychologist",
    (
        "Does your school do Black History Month in October or all year? We're looking at Mary Seacole, "
        "Walter Tull and Olive Morris for Year 4, plus a trip to the Museum of London."
    ),
    (
        "If you want to talk about your child's IEP, call me at {{phone|(555) 304-7721}} between 3 and 4pm. "
        "- {{name|Ms. Rodriguez}}, {{class|grade 3B}}"
    ),
    (
        "Students can message me on Teams or email {{email|j.ng@oakfield.ac.uk}}. Please don't DM me on "
        "Instagram ({{handle|@jess.ng.art}}) - that's my personal account."
    ),
    (
        "{{name|Summer}} and {{name|Autumn}} are twins in my Reception class, and {{name|River}} is their "
        "cousin. In June I'll write their end-of-year reports and I already dread mixing them up."
    ),
    (
        "Mentor meeting agenda: 1. Behaviour policy (Ready, Respectful, Safe). 2. Marking policy. 3. Targets "
        "from the Teachers' Standards. 4. AOB. Please bring your ECF workbook."
    ),
    (
        "Drop-off for the food drive is at {{address|412 Maple Street}}, the {{name|Hendersons}}' garage. "
        "Thanks to {{name|Carol Henderson}} for hosting again!"
    ),
    (
        "The exams officer asked for candidate details: {{name|Dylan Price}}, NI number "
        "{{document|AB 12 34 56 D}}. Is it normal to send this by email?"
    ),
    (
        "I've started a blog about my first year: {{url|https://missbtalks.wordpress.com}}. Please don't "
        "tell anyone at {{school|Ashcroft High}}."
    ),
    (
        "In our international school the Russian staff use first name and patronymic, so "
        "{{name|Tatiana Sergeyevna}} is just '{{name|Tanya}}' to me. The students at "
        "{{school|Riverside International School}} find it all very confusing."
    ),
    (
        "Notes from the webinar: Bloom's Taxonomy, Maslow before Bloom, Vygotsky's ZPD, Piaget's stages. The "
        "speaker from Cambridge Assessment said nothing we didn't learn on the PGCE."
    ),
    (
        "[08:12] {{name|Deb}}: anyone seen the {{class|Year 5S}} register?\n"
        "[08:13] {{name|Marco Bellini}}: {{name|Fatima}} took it to the office\n"
        "[08:15] {{name|Deb}}: thanks x"
    ),
    (
        "For admissions to {{school|Hawthorn Park School}}, phone the office on {{phone|+44 20 7946 0312}} "
        "and ask for {{name|Janice}}, or visit us at {{address|2 Hawthorn Lane}}."
    ),
    (
        "Monday: fire drill. Tuesday: SATs practice with {{class|Year 6T}}. Wednesday: Sports Day. Thursday: "
        "Open Evening at {{school|Fernhill Junior School}}. If anyone finds my coffee mug, it's the one with "
        "Paddington Bear on it."
    ),
    (
        "{{name|Rhys ap Gwyn}} and {{name|Eilidh MacLeod}} both applied to be head students. The panel - "
        "{{name|Mr Ferguson}}, {{name|Ms Adebayo}} and I - couldn't choose."
    ),
    (
        "A Year 8 posted a video mocking our maths teacher; the account is {{handle|@bruv.its.jamal}} and "
        "it's public. Do we involve the police?"
    ),
    (
        "Please update the record: {{name|Leah Cohen}} has moved to {{address|9 Ravensworth Close}}, "
        "Gateshead. Her new mobile is {{phone|07832 554019}}."
    ),
    (
        "Has anyone's SLT introduced 'warm-strict' behaviour systems? Tom Bennett's report divides every "
        "staffroom I've been in, and the Education Endowment Foundation guidance isn't much clearer."
    ),
    (
        "{{name|Charles}}' reading age is 7, but he's in {{class|Year 6H}}. The SENCo, {{name|Ms Whitaker}}, "
        "says we can't get an assessment until spring."
    ),
    (
        "Subject: Complaint re {{name|Mr Pemberton}}\n"
        "From: {{email|angry.parent1982@hotmail.co.uk}}\n"
        "I have seen what he posts on {{url|https://www.tiktok.com/@pembo_teaches}} and I want it stopped."
    ),
    (
        "Help me plan a lesson on the Industrial Revolution: Manchester, cotton mills, Richard Arkwright, "
        "the Luddites. KS3, mixed ability, 50 minutes. I have PowerPoint and a box of Lego."
    ),
    (
        "Transfer paperwork for {{name|Maksim Orlov}} from his school in Russia lists a SNILS, "
        "{{document|156-789-234 50}}. Do we need to keep that on file?"
    ),
    (
        "{{name|Dr. P. Lindqvist}} from the university will observe {{class|Year 10L}} on Wednesday. Please "
        "make sure {{name|Ibrahim}} and {{name|Nadia}} are not sitting together."
    ),
    (
        "Strike day tomorrow - NEU out, NASUWT not. Who covers {{class|11Y1}}? Apparently "
        "{{name|Mr Szymański}} suggests a David Attenborough documentary. Planet Earth II it is."
    ),
    (
        "I've got {{class|Year 7N}} in {{school|Block C}} period 1 and {{class|Year 9N}} in "
        "{{school|Building 2}} period 2. Ten minutes to cross the site. {{name|Mr Arkwright}} says just "
        "'walk faster'."
    ),
    (
        "Christmas Jumper Day, Comic Relief, Children in Need - I love a charity day, but the PTA chair, "
        "{{name|Mrs Lopez}}, asked staff to wear pyjamas and I have {{class|10C2}} at 9am."
    ),
    (
        "Background: I'm a second-year teacher at {{school|Northgate Secondary School}}. In my "
        "{{class|Year 8G}} there's a girl - I'll call her {{name|Bea}} - who's been self-harming. She told "
        "{{name|Ms Lowe}} in PE, who told me, who told the DSL. Then {{name|Bea}}'s best friend {{name|Tia}} "
        "posted about it on Snapchat. What's the right order of things here?"
    ),
    (
        "Contact: {{name|Ben Achebe}}, Pastoral Lead. {{phone|0117 496 0728}} ext. 214; "
        "{{email|b.achebe@westcroft.org.uk}}"
    ),
]
