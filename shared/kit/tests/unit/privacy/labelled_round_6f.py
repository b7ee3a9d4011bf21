"""Texts written for tuning round 6 of the de-identifier by another author (part of the TUNED part):
Mon Nov 30 06:24:53 UTC 2026, written without reading the rules or any held-out batch; prose and other
registers in both languages.
Scored once before any rule was tuned on it (06:32 UTC, the rules as of 98ac982): name P 0.94 R 0.93 (391; Russian
0.96/0.95, English 0.92/0.92), school 0.90/0.84, address R 0.86, class 0.98/0.98; document, email, handle, phone and
url 1.00; over all 541 spans P 0.95 R 0.94."""

ROUND_6F_RUSSIAN = [
    (
        "Подскажите, как быть. В {{class|6 «В»}} есть мальчик, {{name|Тимур}}, который на каждом уроке литературы "
        "спорит со мной о Пушкине. Вчера мы разбирали «Капитанскую дочку», и {{name|Тимур}} заявил, что Гринёв — "
        "трус. Класс хохотал, а {{name|Тимуру}} только этого и надо. Моя наставница, {{name|Галина Сергеевна}}, "
        "советует дать ему роль «оппонента» на каждом уроке, но я боюсь, что это закрепит поведение. Его мама, "
        "{{name|Зарина Ахмедовна}}, работает в нашей же школе в столовой, и мне неловко с ней говорить. Может, "
        "кто-то сталкивался с подобным? Урок у них по вторникам и пятницам, вторым."
    ),
    (
        "[08:12] {{name|Оля Кравец}}: девочки, кто сегодня дежурит на первом этаже?\n"
        "[08:13] {{name|Лена}}: я, но до 9:00, потом у меня {{class|5А}}\n"
        "[08:15] {{name|Оля Кравец}}: а после кто? {{name|марина}} обещала\n"
        "[08:16] {{name|Марина Юрьевна}}: я тут, с 9 до 10 стою\n"
        "[08:20] {{name|Лена}}: спасибо! и ещё, кто видел {{name|Серёжу Белова}} из {{class|7Б}}? мама звонит"
    ),
    (
        "Коллеги, я первый год веду обществознание в 9 классе, и меня пугает подготовка к ОГЭ. Программа огромная, а "
        "часов всего два в неделю. Сейчас ноябрь, и мы только закончили тему «Человек и общество». Как вы "
        "распределяете время? Стоит ли брать задания из открытого банка ФИПИ с сентября или лучше сначала пройти "
        "весь курс? Ещё вопрос: пользуетесь ли вы платформой «Сферум» для домашних заданий или всё в электронном "
        "дневнике? Директор просит всё дублировать, и я тону в бумагах. Буду благодарна за любые советы и ссылки на "
        "методички."
    ),
    (
        "Карточка обращения к психологу\n"
        "ФИО обучающегося: {{name|Гусейнова Амина Рустамовна}}\n"
        "Класс: {{class|8 «Д»}}\n"
        "Дата рождения: 14.03.2011\n"
        "Классный руководитель: {{name|Литвиненко О. В.}}\n"
        "Причина обращения: плачет на уроках, отказывается выходить к доске\n"
        "Контакт родителя: {{phone|+7 912 345-67-80}}\n"
        "Согласие на обработку данных: получено"
    ),
    (
        "У меня в классе учится {{name|Вера}}, и, честно говоря, я теряю веру в то, что смогу до неё достучаться. "
        "{{name|Вера}} не сдаёт тетради уже третью неделю. Её соседка по парте, {{name|Любовь}} (все зовут её "
        "{{name|Любой}}), наоборот, сдаёт всё раньше срока. Я пробовала посадить их с {{name|Романом Ершовым}}, "
        "который как раз читает на переменах какой-то фантастический роман, думала, он подтянет. Не вышло. Завуч, "
        "{{name|Нина Петровна}}, говорит писать докладную, но мне кажется, это рано. Что бы вы сделали на моём месте?"
    ),
    (
        "Тема: Перенос родительского собрания\n"
        "\n"
        "Уважаемая {{name|Светлана Игоревна}}!\n"
        "\n"
        "Сообщаю, что собрание в {{class|3 «А»}} переносится с четверга на понедельник, 18:30, актовый зал "
        "{{school|корпуса № 2}}. Прошу оповестить родителей через «Сферум». Вопросы можно направлять мне на "
        "{{email|n.zaitseva@gimn12.ru}}.\n"
        "\n"
        "С уважением,\n"
        "{{name|Наталья Зайцева}},\n"
        "заместитель директора {{school|гимназии № 12}}"
    ),
    (
        "Вопрос про конфликт с родителем. Отец {{name|Ильи Козлова}} пришёл ко мне после урока и при детях начал "
        "кричать, что я занижаю оценки. Потом написал в личку ВКонтакте, его страница "
        "{{url|vk.com/kozlov_andrey78}}, — и там же выложил скрин журнала с оценками всего класса. Я сообщила "
        "директору, {{name|Марату Ильдаровичу}}, он сказал «разберёмся». Прошла неделя. {{name|Илья}} сам по себе "
        "хороший мальчик, мне его жалко. Как вообще себя вести, если родитель публикует чужие оценки? Это же "
        "нарушение? Я работаю в {{school|школе № 1287}} всего два месяца."
    ),
    (
        "Протокол заседания МО учителей начальных классов № 3\n"
        "Дата: 12 ноября\n"
        "Присутствовали: {{name|Абрамова Е. Н.}}, {{name|Ким В. Д.}}, {{name|Пак С. А.}}, {{name|Ёлкина Т. Т.}}\n"
        "Слушали: {{name|Ким В. Д.}} о результатах ВПР в {{class|4 «Б»}} и {{class|4 «В»}}.\n"
        "Постановили: провести повторную диагностику до 1 декабря; ответственная — {{name|Абрамова Е. Н.}}\n"
        "Секретарь: {{name|Пак С. А.}}"
    ),
    (
        "Расскажу про {{name|Сонечку}}. Она пришла в {{class|1 «Г»}} совсем малышкой, ей шесть с половиной. На "
        "уроках плачет и зовёт маму, а мама, {{name|Дарья}}, оставляет её у ворот и убегает на работу. Бабушка, "
        "{{name|Тамара Васильевна}}, наоборот, сидит в коридоре до конца уроков. Я дала {{name|Соне}} «должность» — "
        "поливать цветы. Немного помогло. Но из-за {{name|Сониных}} слёз весь класс сбивается. Как объяснить "
        "бабушке, что ей не надо сидеть под дверью? Сама я работаю в школе первый год, и совета спросить особо не у "
        "кого, поэтому пишу сюда."
    ),
    (
        "Список того, что я взяла себе на заметку после курсов повышения квалификации:\n"
        "1. Таксономия Блума — для формулировки целей урока.\n"
        "2. Приём «Шесть шляп» Эдварда де Боно на литературе.\n"
        "3. Зона ближайшего развития по Выготскому.\n"
        "4. Платформа «Учи.ру» для домашних заданий по математике.\n"
        "5. Рефлексия в конце каждого урока, хотя бы 2 минуты.\n"
        "Курсы проводил Московский институт открытого образования, очень рекомендую."
    ),
    (
        "[19:40] я: {{name|петя}} опять не сдал проект\n"
        "[19:41] наставник: какой {{name|петя}}, {{name|сидоров}}?\n"
        "[19:41] я: да, из {{class|10 «А»}}\n"
        "[19:43] наставник: напиши его маме, {{name|ирине}}, она адекватная. номер есть?\n"
        "[19:44] я: есть, {{phone|89261112233}}\n"
        "[19:45] наставник: ок, только не позже 20:00"
    ),
    (
        "В учительской у нас все зовут завуча просто «{{name|Петровна}}». Так вот, {{name|Петровна}} вчера вызвала "
        "меня и сказала, что мои открытые уроки «слишком шумные». Я веду английский в {{class|5 «Е»}}, и у меня дети "
        "работают в парах, конечно, шумно. Мой наставник, {{name|Аркадий Львович Штерн}}, был на уроке и сказал, что "
        "всё отлично. Как мне быть, если мнения завуча и наставника расходятся? И стоит ли вообще показывать "
        "{{name|Петровне}} мои планы заранее? Честно говоря, я уже начинаю сомневаться в своих методах, хотя дети на "
        "уроках явно увлечены и активно говорят."
    ),
    (
        "Заявление о приёме в 1 класс\n"
        "Родитель: {{name|Мельникова Виктория Андреевна}}\n"
        "Паспорт: серия {{document|4519}} номер {{document|785412}}\n"
        "Ребёнок: {{name|Мельников Фёдор Денисович}}\n"
        "Свидетельство о рождении: {{document|V-МЮ № 612345}}\n"
        "Адрес проживания: г. Москва, {{address|ул. Профсоюзная, д. 93, корп. 4, кв. 117}}\n"
        "Школа: {{school|ГБОУ Школа № 1534}}\n"
        "Телефон: {{phone|+7 (903) 555-12-40}}"
    ),
    (
        "Первый год в профессии, веду химию. Столкнулась с тем, что лабораторные работы в 8 классе превращаются в "
        "хаос: реактивов мало, пробирок на всех не хватает, а по ФГОС надо успеть всё. Методист из департамента "
        "образования на семинаре советовала проводить демонстрационные опыты, а практические делать в группах по "
        "четыре. Но тогда половина группы просто смотрит. Кто-нибудь пробовал виртуальные лаборатории, например на "
        "«Российской электронной школе»? Засчитывается ли это как практическая работа? Апрель уже близко, а у меня "
        "отставание на три работы."
    ),
    (
        "Здравствуйте, {{name|Олег Викторович}}!\n"
        "Пишу по поводу {{name|Максима}}. За последние две недели он пропустил пять уроков физики, а в пятницу ушёл "
        "с контрольной. Со слов ребят, он с {{name|Гошей Титовым}} и {{name|Никитой}} из {{class|9 «Б»}} проводит "
        "время в торговом центре «Мега». Предлагаю встретиться в среду в 16:00 в кабинете 301.\n"
        "{{name|Ксения Алексеевна Рыбакова}}, учитель физики\n"
        "{{phone|8 (843) 200-45-17}}"
    ),
    (
        "В моём {{class|7 «Ж»}} тридцать человек, из них восемь плохо говорят по-русски. {{name|Фирузе}} и "
        "{{name|Бахтиёр}} приехали из Ташкента в сентябре, {{name|Ли Мэй}} — из Харбина, {{name|Гоар}} — из Еревана. "
        "С {{name|Бахтиёром}} проще всего, он уже читает. А {{name|Ли Мэй}} молчит целыми днями. Я учу их по пособию "
        "«Русский язык как иностранный», но на уроках литературы они пока не понимают ни Тургенева, ни Чехова. "
        "Может, есть методички для таких классов? В департаменте ответили, что тьюторов нет. Пока спасает только то, "
        "что одноклассники помогают переводить, но это же не выход на весь год."
    ),
    (
        "Журнал дежурств, неделя 14–18 октября\n"
        "Пн — {{name|Смирнова Д.}}, 1 этаж; {{name|Хасанов Р.}}, столовая\n"
        "Вт — {{name|Ганиева}}, 2 этаж\n"
        "Ср — {{name|Де Лука А.}}, 3 этаж\n"
        "Чт — {{name|Смирнова Д.}}, столовая\n"
        "Пт — вакансия (кто заменит?)\n"
        "Замечания: в среду {{name|Де Лука А.}} отсутствовал, заменяла {{name|Ганиева}}."
    ),
    (
        "Хочу посоветоваться насчёт ученицы с ОВЗ. {{name|Евгения Рахимова}} учится у меня в {{class|2 «А»}}, у неё "
        "слабослышание. Мама, {{name|Гульнара}}, принесла заключение ПМПК и попросила посадить {{name|Женю}} за "
        "первую парту. Я так и сделала. Но на уроках музыки и физкультуры учителя этого не учитывают. Наш "
        "{{school|лицей «Вектор»}} формально не инклюзивный, и тьютора нет. Как вы договариваетесь с "
        "коллегами-предметниками? Писать им служебные записки или просто поговорить? Буду благодарна за любые "
        "образцы документов или просто опыт."
    ),
    (
        "Чат родителей {{class|4 «З»}}\n"
        "{{handle|@anna_v_mama}}: Кто знает, завтра экскурсия в Дарвиновский музей точно?\n"
        "{{handle|@kirill_pap}}: Да, {{name|Ирина Олеговна}} писала в Сферуме.\n"
        "{{handle|@anna_v_mama}}: А во сколько сбор?\n"
        "Учитель: В 8:15 у {{school|школы № 45}}, пожалуйста, не опаздывайте. {{name|Вику}} и {{name|Артёма}} жду с "
        "подписанными согласиями."
    ),
    (
        "Коллеги, вопрос методический. Я веду историю, сейчас проходим Смутное время: Лжедмитрий, Минин и Пожарский, "
        "Земский собор 1613 года. Дети путаются в датах. Пробовала делать ленту времени на доске, пробовала игру "
        "«Исторический пазл». Лучше, но ненамного. Кто-то использует карточки с датами по системе Лейтнера? И ещё: "
        "как вы относитесь к фильмам на уроке? Хочу показать фрагмент «1612», но боюсь, что завуч не одобрит, там "
        "рейтинг 16+. В 7 классе это, наверное, неуместно."
    ),
    (
        "Анкета молодого специалиста\n"
        "ФИО: {{name|Бондаренко Алиса Витальевна}}\n"
        "Образовательная организация: {{school|МАОУ «Гимназия № 2»}}, "
        "{{school|структурное подразделение «Солнышко»}}\n"
        "Предмет: математика\n"
        "Наставник: {{name|Горелов Пётр Ильич}}\n"
        "Эл. почта: {{email|bondarenko.av@yandex.ru}}\n"
        "СНИЛС: {{document|154-238-901 44}}\n"
        "ИНН: {{document|772501234567}}"
    ),
    (
        "Сегодня был тяжёлый день. На уроке в {{class|11 «Б»}} {{name|Денис Шамсутдинов}} назвал {{name|Алёну}} "
        "«толстой», и она выбежала в слезах. Я остановила урок, попросила {{name|Дениса}} выйти со мной. Он "
        "извинился, но, похоже, формально. После уроков подошла {{name|Алёнина}} подруга, {{name|Каролина}}, и "
        "рассказала, что это продолжается с сентября, в том числе в чате класса. Классный руководитель, "
        "{{name|Вадим Сергеевич}}, на больничном. Куда мне идти: к психологу, к завучу? И нужно ли сообщать "
        "родителям {{name|Алёны}} самой? Мне кажется, одной беседы тут мало, нужна система, но какая — не понимаю."
    ),
    (
        "Вестник {{school|школы № 7 им. А. С. Пушкина}}, ноябрь\n"
        "\n"
        "Поздравляем! Ученица {{class|10 «Л»}} {{name|Полина Ваганова}} заняла 2 место на региональном этапе "
        "олимпиады по биологии. Наставник — {{name|Эльвира Рашидовна Хайруллина}}.\n"
        "\n"
        "В декабре пройдёт ярмарка «Новогодний базар», приглашаем всех.\n"
        "\n"
        "Сборная школы по баскетболу (капитан — {{name|Лев Ткачук}}) вышла в финал городского турнира."
    ),
    (
        "Меня попросили посещать на дому ученика, который на длительном лечении, — {{name|Арсения Голубева}} из "
        "{{class|6 «А»}}. Адрес дали: {{address|Школьная ул., 14, кв. 3}}, это через дорогу от {{school|школы № 3}}. "
        "Я вожу ему задания по вторникам. Мама {{name|Арсения}}, {{name|Инна Викторовна}}, очень благодарна, но "
        "постоянно предлагает деньги «за беспокойство». Я отказываюсь. Как это правильно оформить, чтобы не было "
        "вопросов? Нужен ли приказ директора, и оплачивается ли надомное обучение отдельно? В бухгалтерии на мои "
        "вопросы только разводят руками, а директор всё время на совещаниях в управлении."
    ),
    (
        "Сообщения от мамы ученицы (пересылаю наставнику):\n"
        "— 21:03: Добрый вечер, это мама {{name|Кати Шмидт}}. {{name|Катя}} забыла дневник, можно завтра?\n"
        "— 21:05: И ещё, {{name|Катя}} говорит, что {{name|Лиза Орлова}} её дразнит. Разберитесь, пожалуйста.\n"
        "— 23:47: Вы прочитали??\n"
        "— 23:52: Если не ответите, пойду к {{name|Тагиру Маратовичу}}.\n"
        "Как реагировать на сообщения после 23:00?"
    ),
    (
        "Кто ведёт «Разговоры о важном» в понедельник первым уроком? У меня ощущение, что я читаю лекцию в пустоту. "
        "Тема на этой неделе — День народного единства. Методичка от Минпросвещения огромная, видео длинное. Дети "
        "сидят в телефонах. Я пыталась сделать квиз в Kahoot, но в школе блокируют иностранные сервисы. Может, есть "
        "отечественные аналоги? Слышала про «Яндекс Учебник», но там, кажется, только математика и русский. Буду "
        "рада примерам сценариев. Особенно интересны форматы, где дети сами что-то делают, а не слушают."
    ),
    (
        "Директору {{school|МБОУ «СОШ № 19»}}\n"
        "{{name|Ф. Т. Алиеву}}\n"
        "от учителя английского языка\n"
        "{{name|Новиковой Е. Р.}}\n"
        "\n"
        "Служебная записка\n"
        "\n"
        "Довожу до Вашего сведения, что 15 октября ученик {{class|8 «К»}} {{name|Захар Мосин}} повредил "
        "интерактивную доску в кабинете 12. Свидетели: {{name|Фролова Яна}}, {{name|Мирон Кац}}.\n"
        "\n"
        "{{name|Е. Р. Новикова}}"
    ),
    (
        "В {{class|5 «М»}} есть мальчик, которого весь класс называет «{{name|Колобок}}». Настоящее имя — "
        "{{name|Кирилл}}. Я сначала не обращала внимания, но {{name|Кирилл}} на прошлой неделе сказал мне, что не "
        "хочет идти в школу из-за этого прозвища. Я поговорила с классом на классном часе, но {{name|Глеб Морозов}}, "
        "главный заводила, продолжает. Как бороться с кличками? Стоит ли подключать родителей {{name|Глеба}}? "
        "Психолог у нас на полставки и бывает только по четвергам. Может быть, есть какие-то игры или упражнения на "
        "классный час, которые реально работают в пятом классе?"
    ),
    (
        "Контакты для экстренной связи, {{class|3 «Б»}}\n"
        "1) {{name|Аксёнов Тимофей}} — мама {{name|Юлия}}, {{phone|+79161234500}}\n"
        "2) {{name|Бойко Ева}} — папа {{name|Станислав}}, {{phone|8 916 222 33 44}}\n"
        "3) {{name|Варданян Давид}} — бабушка {{name|Седа Ашотовна}}, {{phone|+7 925 700 11 22}}\n"
        "4) {{name|Гриценко Маша}} — мама, {{email|gritsenko.mama@gmail.com}}"
    ),
    (
        "Напишу про ученика, назову его {{name|Ромашкин}}, чтобы не раскрывать. {{name|Ромашкин}} учится в девятом "
        "классе, умный, но уроки срывает систематически. Сегодня на алгебре он принёс колонку и включил музыку. Я не "
        "повысила голос, просто выключила и продолжила. После урока он подошёл и сказал: «Вы первая, кто не орал». "
        "Мой наставник, {{name|Ольга Николаевна}}, говорит, что это шанс установить контакт. Как вы думаете, стоит "
        "ли дать {{name|Ромашкину}} какое-то поручение, например подготовить презентацию к уроку по теме «Графики "
        "функций»? Боюсь, что он воспримет это как награду за плохое поведение, а остальные обидятся."
    ),
    (
        "Объявление\n"
        "В субботу, 23 ноября, в актовом зале пройдёт фестиваль «Осенний калейдоскоп». Участвуют классы с 5 по 8. "
        "Программа: песни на русском, татарском и английском языках, чтение стихов Есенина и Цветаевой, сценка по "
        "«Ревизору» Гоголя. Начало в 11:00. Вход свободный. Организатор — методическое объединение учителей "
        "словесности. Заявки принимаются до четверга."
    ),
    (
        "Работаю в {{school|гимназии № 5}}, но мои уроки проходят в {{school|здании на Лесной}}, там старшая школа. "
        "Меня назначили классным руководителем {{class|10 «Т»}}, технологический профиль. Ребята взрослые, и уже на "
        "первом классном часе {{name|Тимофей Гурьев}} спросил, сколько мне лет. Я растерялась и сказала правду — 23. "
        "Теперь {{name|Тимофей}} и {{name|Ангелина Сафина}} обращаются ко мне на «ты» в коридоре. Как восстановить "
        "дистанцию, не испортив отношения? Раньше я работала в начальной школе, там таких вопросов просто не "
        "возникало, а со старшеклассниками я пока теряюсь."
    ),
    (
        "От: {{email|semenov.family@bk.ru}}\n"
        "Кому: {{email|klass6v@school1501.ru}}\n"
        "Тема: Справка\n"
        "\n"
        "Добрый день, {{name|Алла Фёдоровна}}!\n"
        "Прикладываю справку о болезни {{name|Вани}}. Полис ОМС на всякий случай: {{document|5098 7654 3210 1234}}.\n"
        "\n"
        "{{name|Семёнов Игорь}}"
    ),
    (
        "У нас в школе ввели бейджи, и дети шутят над фамилиями. Как-то раз {{name|Антон Заяц}} нарисовал в тетради "
        "зайца, и класс решил, что это автопортрет. {{name|Антон}} смеялся вместе со всеми, но потом его мама, "
        "{{name|Оксана Заяц}}, написала жалобу. А {{name|Дарина Соловей}} на музыке поёт, как соловей, и её тоже "
        "дразнят. Как объяснить пятиклассникам, что шутки над фамилиями обидны? Может, стоит провести отдельный "
        "классный час про имена и фамилии, рассказать, откуда они берутся? Или это только подогреет интерес?"
    ),
    (
        "12.11 14:02 {{name|Хадижат}}: {{name|Рустам Алиевич}}, можно я поменяюсь с вами окном в четверг?\n"
        "12.11 14:10 {{name|Рустам Алиевич}}: можно, только {{class|9 «И»}} предупредите\n"
        "12.11 14:11 {{name|Хадижат}}: а {{name|Эмиль}} у них староста?\n"
        "12.11 14:15 {{name|Рустам Алиевич}}: нет, теперь {{name|Вероника}}. её номер {{phone|+7 (928) 456 78 90}}"
    ),
    (
        "Как вы относитесь к телефонам на уроках? С сентября закон запрещает их использование, и у нас в школе "
        "поставили ящики для сдачи. Но в 10 и 11 классах дети сдают старые телефоны, а новые оставляют в кармане. Я "
        "преподаю информатику, и мне телефоны иногда даже нужны — для QR-кодов и тестов в Google Forms. Хотя Google "
        "Forms теперь не советуют. Как вы совмещаете требования с реальной жизнью? Особенно интересно мнение тех, "
        "кто работает в лицеях с IT-профилем."
    ),
    (
        "Характеристика\n"
        "на обучающегося {{class|9 «А»}} {{school|МКОУ «Берёзовская ООШ»}}\n"
        "{{name|Тихонова Дмитрия Андреевича}}, 2010 г. р.\n"
        "Проживает по адресу: с. Берёзовка, {{address|ул. Молодёжная, д. 7}}.\n"
        "Семья полная: мать — {{name|Тихонова Анна Михайловна}}, отец — {{name|Тихонов Андрей Петрович}}.\n"
        "{{name|Дмитрий}} учится на «4» и «5», участвует в школьном театре.\n"
        "Классный руководитель: ____ {{name|Р. Р. Ахметзянова}}"
    ),
    (
        "Спасибо всем, кто откликнулся в прошлый раз! Пишу продолжение истории про {{name|Ярика}}. Помните, мальчик "
        "из {{class|4 «Б»}}, который кусался? Мы с мамой {{name|Ярослава}} завели «дневник поведения», и за неделю "
        "было всего два случая. Учитель физкультуры, {{name|Борис Геннадьевич}}, тоже подключился. Единственное — "
        "{{name|Ярик}} теперь требует наклейку за каждое хорошее действие. Как постепенно отказаться от наград? "
        "Читала про бихевиористов, Скиннера, но не уверена, что это применимо в начальной школе. Очень хочется, "
        "чтобы это сработало надолго, а не на пару недель."
    ),
    (
        "Деление на подгруппы по английскому, {{class|6 «Ф»}}\n"
        "Группа 1 ({{name|Ковалёва Н. С.}}): {{name|Абдуллаев}}, {{name|Гарсия}}, {{name|Ли}}\n"
        "Группа 2 ({{name|Орлов П. А.}}): {{name|Нгуен}}, {{name|Фишер}}, {{name|Юсупова}}\n"
        "Учебник: Spotlight 6. Кабинеты 204 и 207."
    ),
    (
        "Расскажите, как вы справляетесь с выгоранием? Я работаю всего полтора года, а уже чувствую, что сил нет. "
        "Нагрузка — 27 часов, классное руководство, плюс кружок. В выходные проверяю тетради. Коллега посоветовала "
        "книгу «Выгорание» сестёр Нагоски, а ещё перечитать Макаренко и Сухомлинского, «Сердце отдаю детям». Читаю "
        "понемногу. Но, может, есть что-то практическое? Например, как планировать неделю, чтобы хоть один вечер был "
        "свободным. Или как вы решаете, от чего отказаться? Заранее спасибо всем, кто поделится своим опытом, даже "
        "если он кажется мелочью."
    ),
    (
        "Коллеги, я веду телеграм-канал для родителей своего класса: {{url|t.me/klass_4v_olga}}. Туда выкладываю "
        "домашнее задание и фото с мероприятий (без лиц). Недавно мама {{name|Эвелины}}, {{name|Диана Руслановна}}, "
        "попросила добавить её сестру, а та оказалась журналисткой и написала пост про нашу {{school|школу № 212}}. "
        "Нормативную базу смотрела на https://www.consultant.ru/, ничего конкретного не нашла. А ещё кто-то нашёл "
        "мой личный профиль {{url|https://vk.com/id48213377}}. Закрывать канал? Родители в целом канал любят, но "
        "после этой истории я боюсь любой публикации. Или, может быть, достаточно просто сделать его закрытым и "
        "принимать участников по заявкам?"
    ),
    (
        "Совет профилактики, выписка\n"
        "Рассматривали: {{name|Кудряшов Степан}}, {{class|8 «В»}} — систематические пропуски.\n"
        "Приглашены: мать {{name|Кудряшова Л. И.}}, классный руководитель {{name|Мухина О. О.}}\n"
        "Выступили: социальный педагог {{name|Багирова}} — семья на учёте в КДН.\n"
        "Решили: поставить {{name|Степана}} на внутришкольный учёт; {{name|Мухиной О. О.}} ежедневно контролировать "
        "посещаемость."
    ),
    (
        "Работаю в {{school|школе-интернате № 4}} воспитателем. В группе у меня восемь мальчиков. Самый сложный — "
        "{{name|Виталик}}, ему 12, он из детского дома. На прошлой неделе он убежал, нашли на вокзале. Директор, "
        "{{name|Раиса Мироновна}}, требует писать объяснительную. А я думаю не о бумагах, а о том, почему он бежал. "
        "Он говорит, что хочет к брату {{name|Ване}}, которого усыновила семья в Самаре. Как можно организовать им "
        "встречу? К кому обращаться — в органы опеки? Я понимаю, что это не совсем моя зона ответственности, но "
        "мальчик мне доверяет, и бросить его я не могу."
    ),
    (
        "Шаблон технологической карты урока\n"
        "Предмет: ________\n"
        "Класс: ________\n"
        "Тема: ________\n"
        "Тип урока: открытие нового знания\n"
        "Цели: образовательная, развивающая, воспитательная\n"
        "Оборудование: интерактивная доска, учебник Мордковича, раздаточный материал\n"
        "Этапы: мотивация, актуализация, постановка проблемы, открытие, первичное закрепление, рефлексия\n"
        "Источник: методические рекомендации ФГОС ООО"
    ),
    (
        "Помогите с ситуацией. Ученица {{class|11 «А»}} {{name|Милана Дьяченко}} призналась мне, что её старший брат "
        "{{name|Руслан}} бьёт её дома. Она просила никому не говорить. Я знаю, что обязана сообщить, но боюсь "
        "потерять её доверие. Живут они на {{address|проспекте Мира, 102, кв. 56}}, я была у них на дне рождения "
        "{{name|Миланы}} в прошлом году. Классный руководитель в отпуске. Наш психолог, {{name|Евгений Маркович}}, "
        "говорит, что надо сразу звонить в полицию и в опеку. Так ли это? Как это сказать {{name|Милане}}? Я очень "
        "боюсь ошибиться, потому что от этого зависит её безопасность."
    ),
    (
        "Сферум, чат {{class|2 «Л»}}, 07:45\n"
        "{{name|Надежда}} (мама {{name|Алисы}}): Доброе утро, {{name|Алиса}} сегодня не придёт, температура.\n"
        "{{name|Ахмед Бекович}}: А у {{name|Хамзы}} тоже температура, видимо, вирус.\n"
        "Учитель: Спасибо, {{name|Надежда}}! Выздоравливайте, надежду не теряем — к пятнице все будут здоровы."
    ),
    (
        "Вопрос о проектной деятельности. Мой ученик из {{class|10 «Ю»}}, {{name|Святослав Кононенко}}, делает "
        "проект про экологию Байкала и хочет взять интервью у местных жителей. Через соцсети он нашёл женщину, "
        "{{name|Прасковью Ильиничну}}, которая 40 лет работала на метеостанции. Она готова созвониться. Я как "
        "руководитель проекта должна присутствовать? Как оформить согласие на запись? {{name|Святослав}} "
        "несовершеннолетний, ему 16. Проект будем подавать на конференцию «Шаг в будущее». Школа у нас небольшая, "
        "опыта таких проектов ни у кого из коллег нет, так что буду рада любым советам и примерам документов."
    ),
    (
        "Итоги семинара «Формирующее оценивание»\n"
        "— Обсудили модель Блэка и Уильяма.\n"
        "— Рассмотрели приёмы «Светофор», «Билет на выход», «Две звезды и пожелание».\n"
        "— Договорились опробовать приёмы в декабре и обменяться результатами на заседании в январе.\n"
        "— Следующий семинар — «Смешанное обучение», ведущий — представитель ИРО Свердловской области."
    ),
    (
        "Моя наставница — {{name|Людмила Карловна Фогель}}, учитель с 35-летним стажем. Я ей очень благодарна, но у "
        "нас расхождения. {{name|Людмила Карловна}} требует, чтобы дети в {{class|3 «Н»}} писали только по прописям "
        "с нажимом, как в её молодости. А я хочу пробовать безотрывное письмо. Родители {{name|Тимура Сабирова}} уже "
        "спросили, почему у нас «другие правила», чем в {{class|3 «О»}} у {{name|Фогель}}. Как деликатно отстоять "
        "своё мнение, не обидев наставницу? Или лучше не спорить первый год? Мне очень не хочется испортить "
        "отношения в первый же год работы."
    ),
    (
        "Заявка на участие во ВсОШ (школьный этап)\n"
        "Участник: {{name|Исмаилова Лейла}}\n"
        "ОО: {{school|ГБОУ «Лицей № 239»}}\n"
        "Класс: {{class|9Н}}\n"
        "Предмет: астрономия\n"
        "СНИЛС участника: {{document|112-233-445 95}}\n"
        "Наставник: {{name|Звягинцев А. Ю.}}\n"
        "Контакт: {{email|zvyagintsev@lyceum239.ru}}, {{phone|8-812-323-45-67}}"
    ),
]

ROUND_6F_ENGLISH = [
    (
        "I'm in my first term teaching English at {{school|Hollybrook Academy}} and I need advice about a Year 10 "
        "group. There's a boy, {{name|Kwame}}, who is brilliant but refuses to write anything down. When we read "
        "Macbeth, he can quote whole speeches, yet his exercise book is empty. His form tutor, {{name|Mr Hughes}}, "
        "says {{name|Kwame}} has always been like this. I've tried letting him dictate to a scribe and using a "
        "laptop, but {{name|Kwame}}'s mum, {{name|Abena}}, wants him to 'write like everyone else'. Any ideas for a "
        "middle ground before the November mocks?"
    ),
    (
        "[Mon 08:02] {{name|sam}}: anyone covering {{class|9R}} period 2?\n"
        "[Mon 08:04] {{name|Priya}}: not me, I've got {{class|11X1}}\n"
        "[Mon 08:05] {{name|sam}}: {{name|dave}}?\n"
        "[Mon 08:09] {{name|Dave O'Connell}}: yeah I'll take it. is {{name|Tyler}} back from exclusion?\n"
        "[Mon 08:10] {{name|Priya}}: yes since Friday, keep him away from {{name|Jayden M}}"
    ),
    (
        "Does anyone have good strategies for teaching fractions to Year 5? Our school follows the White Rose "
        "scheme, and the children are fine with the bar model but fall apart when it comes to equivalent fractions. "
        "I've read a bit of Jo Boaler's work on number sense and tried some of the Numberblocks clips, which the "
        "younger ones love. We have Ofsted due any day, so I'm nervous about trying something too experimental. "
        "Would a concrete-pictorial-abstract approach with Cuisenaire rods work? And how long would you spend on it "
        "before moving on to decimals in the spring term?"
    ),
    (
        "STUDENT REFERRAL FORM\n"
        "Pupil name: {{name|Olivia Grace Nkemelu}}\n"
        "Form: {{class|8JW}}\n"
        "Date of birth: 02/07/2012\n"
        "UPN: {{document|A123456789012}}\n"
        "Referred by: {{name|Ms T. Okafor}}\n"
        "Reason: Persistent lateness, low mood in PSHE lessons\n"
        "Parent/carer contact: {{phone|07700 900123}}\n"
        "Safeguarding lead informed: Yes ({{name|Mr R. Baines}})"
    ),
    (
        "Quick one about a pupil called {{name|Hope}}. Honestly, I'm losing hope with her. {{name|Hope}} is in "
        "{{class|7C}} and sits next to {{name|Will}}, who will do anything to make her laugh. Their science teacher, "
        "{{name|Mrs Rose Baker}}, moved them apart, and now {{name|Hope}} sulks for the whole lesson. I've spoken to "
        "her head of year, {{name|Mr Grant}}, who suggested a seating plan in alphabetical order. But "
        "{{name|Hope}}'s and {{name|Will}}'s surnames are next to each other! Any creative ideas? I don't want to "
        "punish either of them for being friends."
    ),
    (
        "Subject: Parents' evening follow-up\n"
        "\n"
        "Dear {{name|Mr Kowalski}} and {{name|Mrs Kowalska}},\n"
        "\n"
        "Thank you for coming in on Thursday to talk about {{name|Filip}}'s progress in {{class|Year 9H}}. As "
        "discussed, I will send weekly updates to {{email|a.kowalski@outlook.com}}. {{name|Filip}} has agreed to "
        "attend the Tuesday homework club run by {{name|Miss Adeyemi}}.\n"
        "\n"
        "Kind regards,\n"
        "{{name|Hannah Lodge}}\n"
        "Teacher of Mathematics, {{school|St Bede's Catholic High School}}\n"
        "{{phone|01632 960 441}}"
    ),
    (
        "My mentor {{name|Dr Ifeoma Eze}} suggested I post here. I teach Year 6 at "
        "{{school|Kingsmead Primary School}}. Last week, during our topic on the Second World War, {{name|Lily-Mae}} "
        "told the class that her great-grandad was 'on the wrong side'. Some children laughed and "
        "{{name|Callum Reid}} called her a Nazi. I stopped the lesson, but I'm not sure I handled it well. Her "
        "grandma, {{name|Gisela}}, came in the next day quite upset. How do you deal with family history that is "
        "painful or controversial? I want to talk about it in PSHE without singling {{name|Lily-Mae}} out."
    ),
    (
        "MINUTES – SEND Review Meeting\n"
        "Date: Wednesday 6 November\n"
        "Present: {{name|J. Whitfield}} (SENCo), {{name|A. Mensah}} (class teacher), {{name|Mrs P. Dhillon}} "
        "(parent)\n"
        "Apologies: {{name|Mr Lowther}}\n"
        "Item 1: {{name|Arjun Dhillon}} ({{class|class 4M}}) – EHCP draft reviewed. {{name|Arjun}} to receive 15 hrs "
        "TA support.\n"
        "Action: {{name|A. Mensah}} to share visual timetable with home by Friday."
    ),
    (
        "I'd love advice about a Polish boy in my Reception class. {{name|Szymon}} arrived in September with almost "
        "no English. He's very bright and has made friends with {{name|Oskar}}, who also speaks Polish, so they chat "
        "all day in Polish. Our EAL coordinator, {{name|Mrs Begum}}, thinks I should separate them so "
        "{{name|Szymon}} is forced to speak English. Another colleague, {{name|Tomasz}}, who teaches Year 2, says "
        "that's outdated and the home language should be valued. I've read Cummins on this. What do you all think? "
        "Parents' evening is in two weeks and {{name|Szymon}}'s dad asked me the same thing."
    ),
    (
        "Things I wish I'd known before my ECT year:\n"
        "- Plan your Mondays on Friday afternoon.\n"
        "- Learn the behaviour policy by heart before September.\n"
        "- Use Google Classroom or Teams consistently, not both.\n"
        "- Read 'Teach Like a Champion' by Doug Lemov, but don't try all 62 techniques at once.\n"
        "- Rosenshine's Principles of Instruction are worth a poster on your wall.\n"
        "- Join a union (NEU or NASUWT) in your first week.\n"
        "- The Christmas term is the longest. Survive it."
    ),
    (
        "16:40 me: {{name|jess}} is crying in the loos again\n"
        "16:41 mentor: which {{name|jess}}? {{name|jess t}} from {{class|10B}}?\n"
        "16:41 me: yes\n"
        "16:42 mentor: ok, call {{name|mrs akhtar}} in pastoral, ext 214. don't leave her alone\n"
        "16:50 me: {{name|mrs akhtar}} is with her now. her mum's number is {{phone|07911 123456}}, should I ring?\n"
        "16:51 mentor: let pastoral do it"
    ),
    (
        "Some background: I'm a PE teacher at {{school|Riverside Community College}} (it's a secondary school, "
        "despite the name). In {{class|8P2}} there are two girls ({{name|Zara}} and {{name|Chloe Evans}}) who refuse "
        "to get changed for PE every week. {{name|Zara}}'s reasons vary: period, cold, forgotten kit. "
        "{{name|Chloe}}'s mum emailed saying her daughter is 'self-conscious'. Our head of PE, "
        "{{name|Mr D. Fairweather}}, wants sanctions. I'd rather understand what's going on. Is there a way to make "
        "kit rules more inclusive without losing consistency? Any practical suggestions would be very welcome."
    ),
    (
        "SCHOOL TRIP CONSENT – Natural History Museum, London\n"
        "Child's name: {{name|Mateo Fernández}}\n"
        "Class: {{class|5F}}\n"
        "Medical needs: mild asthma (inhaler in bag)\n"
        "Emergency contact 1: {{name|Lucía Fernández}} (mother) – {{phone|+44 7700 900456}}\n"
        "Emergency contact 2: Grandad {{name|Pete Hollis}} – {{phone|07700 900789}}\n"
        "Home address: {{address|14 Larch Close}}, Bristol\n"
        "NHS number: {{document|485 777 3456}}"
    ),
    (
        "I'm an ECT teaching computer science and struggling with the theory side of the GCSE, especially networking "
        "and binary. The students enjoy Python programming but switch off when we get to TCP/IP or the Von Neumann "
        "architecture. I've used Isaac Computer Science and the BBC Bitesize videos, which help a bit. My department "
        "is tiny – just me and a part-time colleague. Does anyone have active learning ideas for theory lessons? I "
        "was thinking of acting out packet switching with the class as routers. Is that too childish for Year 10, or "
        "worth a try before the mocks in January?"
    ),
    (
        "Dear {{name|Ms Achterberg}},\n"
        "\n"
        "I am writing about {{name|Noor}}'s attendance in {{class|form 11D}}, which has fallen to 84% this half "
        "term. I know the family has been supporting {{name|Noor}}'s grandmother in hospital. We would like to offer "
        "a meeting with our attendance officer, {{name|Mrs Kaur}}, on Monday at 3.30pm.\n"
        "\n"
        "Yours sincerely,\n"
        "{{name|Mr B. Osei}}\n"
        "Head of Year 11\n"
        "{{school|Ashton Park School}}"
    ),
    (
        "My class ({{class|3H}}) is wonderfully diverse: {{name|Aaliyah}}, {{name|Björn}}, {{name|Chidi}} and "
        "{{name|Fatima-Zahra}} all sit on one table! For Diwali, {{name|Ishaan}}'s family brought sweets, and for "
        "Hanukkah {{name|Noa Levi}}'s dad read a story. A parent, {{name|Mr Whitcombe}}, complained that we 'do too "
        "many religions' and not enough Christmas. Our head, {{name|Mrs Carvalho}}, backed me, but I'm worried about "
        "the nativity in December. How do others handle a multi-faith calendar without upsetting anyone? I'd really "
        "appreciate hearing from teachers in similar schools."
    ),
    (
        "Behaviour log – {{class|7K}}, week 9\n"
        "Mon P1: {{name|Harvey Clarke}} – shouting out, C1\n"
        "Mon P4: {{name|Ruby}} & {{name|Mason}} – throwing rubbers, C2 both\n"
        "Wed P2: {{name|Harvey Clarke}} – refused to move seat, C3, sent to {{name|Ms Lamb}}\n"
        "Thu P5: {{name|Amir H.}} – phone out, confiscated\n"
        "Fri P3: no incidents! Praise postcards for {{name|Evie}} and {{name|Ruby}}"
    ),
    (
        "A question about boundaries. One of my sixth formers, {{name|Brandon Tate}}, found my Instagram "
        "({{handle|@missjohnson_runs}}) and followed me. Then he started sending messages at night about his "
        "coursework. I've blocked him, but now his friend {{name|Kieran}} says {{name|Brandon}} is 'gutted'. My "
        "mentor, {{name|Mr Singh}}, says I should report it to the DSL even though nothing inappropriate was said. "
        "Is that overkill? I also have a LinkedIn profile, {{url|linkedin.com/in/sophie-johnson-teach}}, which I "
        "don't want to delete because I'm job hunting. I'd appreciate any thoughts before I speak to the DSL."
    ),
    (
        "WEEKLY NEWSLETTER – Friday 15 November\n"
        "Well done to {{class|class 4W}} for the best attendance this week (98.7%)!\n"
        "Star of the Week: {{name|Poppy Armitage}} for her kindness on the playground.\n"
        "Congratulations to {{name|Ethan}} and {{name|Rahim}}, who ran in the county cross-country final.\n"
        "Reminder: Children in Need is next Friday – wear something spotty!\n"
        "Our new librarian, {{name|Mrs Bernadette Quinn}}, starts on Monday.\n"
        "{{school|The Willows C of E Primary School}}"
    ),
    (
        "Has anyone taught the AQA Power and Conflict poetry cluster to a mixed-ability group? I'm finding "
        "'Ozymandias' and 'London' land well, but 'Tissues' and 'The Émigrée' lose them completely. I've tried "
        "linking Blake to the Industrial Revolution and Shelley to modern dictators, which sparked a great debate. "
        "Next week we move on to Owen's 'Exposure'. I'd love some ideas for comparing poems without relying on PEE "
        "paragraphs, which my Head of Department says are now too formulaic. Also, is it worth buying the York Notes "
        "guides, or are the BBC Bitesize pages enough?"
    ),
    (
        "INCIDENT REPORT\n"
        "Reported by: {{name|Mx Robin Ellery}}\n"
        "Location: corridor outside room N12, {{school|Newton Block}}\n"
        "Pupils involved: {{name|Kai Thompson}} ({{class|Year 10T}}), {{name|Leon Baptiste}} ({{class|Year 10T}})\n"
        "Witnesses: {{name|Ms Harriet Cole}}, {{name|Marcus}} (Year 11 prefect)\n"
        "Description: Verbal argument escalated to pushing. {{name|Kai}} sustained a graze to the elbow.\n"
        "Parents contacted: {{name|Mrs Thompson}} by phone ({{phone|07700 900 321}}); {{name|Leon}}'s father by "
        "email ({{email|j.baptiste@gmail.com}})"
    ),
    (
        "I need help with {{name|Freddie}}. He's six, in Year 1, and has started hitting other children when he "
        "loses at games. Yesterday he pushed {{name|Amelia}} off the bench during golden time. His dad, "
        "{{name|Craig}}, told me at pick-up that 'boys will be boys'. Our SENCo, {{name|Miss Okonkwo}}, thinks there "
        "could be something underlying and wants to observe him. Meanwhile {{name|Amelia}}'s parents are furious. "
        "I'm caught in the middle. How do you keep both families onside while the assessment happens? I'm at "
        "{{school|Brookfield Infant School}} and we don't have a nurture room."
    ),
    (
        "Subject: Coding club sign-ups\n"
        "\n"
        "Hi all,\n"
        "\n"
        "The Thursday coding club in room C4 is back! We'll be using Scratch and micro:bit. Sign-ups close on "
        "Friday. Any questions, message me on Teams or email {{email|l.fraser@greenhill.sch.uk}}.\n"
        "\n"
        "Cheers,\n"
        "{{name|Lewis Fraser}}\n"
        "Computing, {{school|Greenhill Academy}}\n"
        "Twitter: {{handle|@MrFraserCS}}"
    ),
    (
        "I teach French and Spanish, and one of my Year 8s, {{name|Gabriel}}, has a French mother who speaks to me "
        "only in French at parents' evenings. That's fine, but she also corrects my pronunciation in front of "
        "{{name|Gabriel}}. It's making me self-conscious! Another parent, {{name|Mrs Ruiz-Delgado}}, is lovely and "
        "has offered to come in for our Day of the Dead lesson. How do I gently set boundaries with "
        "{{name|Gabriel}}'s mum without offending her? And is it OK to invite {{name|Mrs Ruiz-Delgado}} into school?"
    ),
    (
        "Science Department Meeting – Notes\n"
        "Attendees: {{name|KB}}, {{name|Dr Nwosu}}, {{name|Ffion Pritchard}}, {{name|Mr Al-Masri}}\n"
        "1. Practical endorsement: {{name|Ffion}} to update tracker for {{class|12Ch1}} and {{class|12Ch2}}.\n"
        "2. Lab technician vacancy – {{name|Dr Nwosu}} chasing HR.\n"
        "3. Year 9 options evening: {{name|KB}} and {{name|Mr Al-Masri}} to staff the stand.\n"
        "Next meeting: Tuesday 3 December, Lab S3."
    ),
    (
        "Wellbeing question. It's only October, and I already feel exhausted. I'm teaching five out of six periods "
        "on Wednesdays and Thursdays, plus a duty at lunchtime. I've started batch-marking on Sundays, which is "
        "eating into my weekend. My union rep said the ECT framework guarantees extra PPA time, but our timetable "
        "doesn't seem to reflect that. Before I raise it with the senior team, can someone confirm what the DfE "
        "guidance actually says? Also, any tips on saying no to extra clubs without looking uncommitted would be "
        "appreciated."
    ),
    (
        "Texts from a parent (forwarded to my mentor):\n"
        "7:12am – Hi its {{name|Shanice}}, {{name|Jaylen}}'s mum. He wont be in today, tummy bug x\n"
        "7:15am – Also can u tell {{name|Mr Pearce}} he cant do football tmrw\n"
        "10:40pm – Why has {{name|Jaylen}} got a detention??? Nobody told me\n"
        "10:42pm – Call me {{phone|07123 456789}}\n"
        "Is it normal to get texts on my personal phone? I gave my number for the residential trip."
    ),
    (
        "I'll call the student '{{name|Bear}}' because that's the name I use for him in my reflective journal. "
        "{{name|Bear}} is in Year 12, studying A-level Psychology with me. He reads Freud and Bowlby for fun and "
        "challenges everything I say. Last week he argued that Milgram's study should be dropped from the syllabus. "
        "I love his enthusiasm, but {{name|Bear}} dominates discussions and the quieter students, like "
        "{{name|Yusra}} and {{name|Imogen}}, stop contributing. My mentor, {{name|Ms Dunleavy}}, suggested a "
        "'talking token' system. Has anyone tried that with older students?"
    ),
    (
        "Staff contacts – Trip to Snowdonia\n"
        "Lead: {{name|Gareth Llewellyn}}, {{phone|07700 900 654}}\n"
        "First aider: {{name|Mrs Siobhan O'Reilly}}, {{phone|07700 900 987}}\n"
        "Driver: {{name|Mr Okoro}}\n"
        "School office: {{school|Ysgol Bryn Hafod}}, {{phone|029 2018 0334}}\n"
        "Pupil list: attached (28 names), groups in the Teams channel"
    ),
    (
        "I'm a trainee on placement at {{school|Elmwood High School}}, based at the {{school|Lower School site}} on "
        "Fairfax Road. My class teacher, {{name|Mrs Valentina Rossi}}, is lovely but rarely gives feedback. When I "
        "ask, she says 'it was fine'. My university tutor, {{name|Dr Malcolm Hay}}, visits next month and expects "
        "written observation notes. I don't want to get {{name|Mrs Rossi}} in trouble. How do I ask for more "
        "specific feedback without sounding ungrateful? She's been teaching for 25 years. I'd love to hear how "
        "others have managed this."
    ),
    (
        "NOTICE TO ALL STAFF\n"
        "The INSET day on Monday 6 January will focus on Adaptive Teaching and the new Ofsted framework.\n"
        "Session 1 (9:00–10:30): Cognitive Load Theory – a recap of Sweller's work.\n"
        "Session 2 (11:00–12:30): Department planning.\n"
        "Lunch provided by Greggs.\n"
        "Afternoon: Safeguarding update (KCSIE).\n"
        "Please bring laptops and a copy of the Teachers' Standards."
    ),
    (
        "One of our governors, {{name|Sir Nigel Ashdown}}, wants to sit in on my lessons next Thursday. I teach RE, "
        "and we're doing a unit on Islam and Sikhism with {{class|8R3}}. He's apparently quite traditional and told "
        "the head, {{name|Mrs Delphine Moreau}}, that RE should focus on Christianity. I'm worried he'll interrupt. "
        "My students, especially {{name|Harpreet}} and {{name|Yusuf}}, have prepared presentations about their own "
        "faiths. How do I keep the lesson on track if {{name|Sir Nigel}} comments? I've never had an observer like "
        "this before and I'm nervous."
    ),
    (
        "From: {{email|tom.whittaker79@yahoo.co.uk}}\n"
        "To: {{email|r.patel@oakfieldprimary.org}}\n"
        "Subject: {{name|Isla}}'s reading\n"
        "\n"
        "Hi {{name|Mrs Patel}},\n"
        "\n"
        "{{name|Isla}} has finished all the Biff, Chip and Kipper books we have at home and is begging for harder "
        "ones. Could she move up a band? She loves Roald Dahl and has just read Matilda twice!\n"
        "\n"
        "Thanks,\n"
        "{{name|Tom}} ({{name|Isla}}'s dad)"
    ),
    (
        "Question about a colleague rather than a pupil. The TA in my room, {{name|Bev}}, has worked at the school "
        "for 20 years and often undermines me in front of the children – 'Miss, that's not how "
        "{{name|Mrs Harrington}} used to do it.' {{name|Mrs Harrington}} retired last year. {{name|Bev}} is "
        "wonderful with {{name|Tilly}}, a girl with Down's syndrome, and I don't want to lose that. But I need the "
        "class to see me as the lead. How have other early career teachers handled experienced TAs? Should I raise "
        "it with my line manager, {{name|Mr Iqbal}}, or talk to {{name|Bev}} directly first?"
    ),
    (
        "[14/11, 21:14] {{name|Megan Hart}}: has anyone got the seating plan for {{class|10Y2}}? 😩\n"
        "[14/11, 21:16] {{name|Oluwaseun}}: it's on the shared drive under Maths > KS4\n"
        "[14/11, 21:17] {{name|Megan Hart}}: legend. also who's got {{name|Bailey}} in their tutor group now?\n"
        "[14/11, 21:20] {{name|Tariq}}: me, since half term. why?\n"
        "[14/11, 21:21] {{name|Megan Hart}}: he told me he's moving to {{school|Castle View Academy}}. news to me"
    ),
    (
        "I teach geography, and our unit on rivers is coming up. Last year the department took the class to the "
        "River Severn for fieldwork, but this year the budget has been cut. Has anyone done a virtual fieldtrip that "
        "actually works? I've looked at Google Earth, the Environment Agency flood maps and some Ordnance Survey "
        "resources. I want the students to collect real data, not just watch a video. Also, any advice on managing "
        "the fieldwork write-up for the GCSE with a group who struggle with extended writing would be great. Thanks "
        "in advance!"
    ),
    (
        "PUPIL PASSPORT\n"
        "Name: {{name|Jamie-Lee Hargreaves}}\n"
        "Preferred name: {{name|JJ}}\n"
        "Year group: Year 6\n"
        "Class: {{class|6HB}}\n"
        "Things that help me: ear defenders, a visual timetable, a quiet space (the Rainbow Room)\n"
        "People I trust: {{name|Mrs Dobson}} (TA), my nan {{name|Pat}}, my friend {{name|Reuben}}\n"
        "Things I find hard: loud assemblies, PE changing rooms\n"
        "Favourite things: Minecraft, Sonic the Hedgehog, trains"
    ),
    (
        "An update on {{name|Ellie-Rose}}, the girl in my {{class|form 9EL}} who was self-harming. Thank you all for "
        "the advice. I followed the safeguarding procedure and spoke to our DSL, {{name|Ms Priestley}}, the same "
        "day. CAMHS have now assessed her. {{name|Ellie-Rose}}'s mum, {{name|Joanne}}, came in yesterday and thanked "
        "me, which made me cry in the car park afterwards. I'm still anxious every time {{name|Ellie-Rose}} is "
        "absent. How do you look after yourselves after a case like this? My mentor, {{name|Mr Adebayo}}, says "
        "supervision should be offered, but it hasn't been."
    ),
    (
        "Guided reading groups – {{class|4B}}\n"
        "Dolphins: {{name|Archie}}, {{name|Daisy}}\n"
        "Sharks: {{name|Faith}}, {{name|Hamza}}\n"
        "Turtles: {{name|Ivy}}, {{name|Kezia}}\n"
        "Books this half term: The Iron Man (Ted Hughes), Charlotte's Web, The Wild Robot\n"
        "TA support: {{name|Mrs Nowak}} (Tue/Thu)"
    ),
    (
        "Subject: CPD opportunity – Chartered College\n"
        "\n"
        "Hello everyone,\n"
        "\n"
        "The Chartered College of Teaching is running a free webinar on retrieval practice next Wednesday at 4pm. It "
        "draws on research by Bjork and Roediger. Details: https://chartered.college/events. Places are limited, so "
        "book early. The session counts towards your ECT entitlement.\n"
        "\n"
        "Best wishes,\n"
        "The CPD Team"
    ),
    (
        "I've been asked to do a home visit with our family liaison officer because {{name|Shay Doherty}} "
        "({{class|Year 7D}}) hasn't been in school for three weeks. The address on file is "
        "{{address|Flat 6, 22 Mill Lane}}, but the post keeps coming back. Mum's mobile ({{phone|07700 900 111}}) "
        "goes straight to voicemail. {{name|Shay}}'s older sister {{name|Courtney}} is in Year 10 and says they've "
        "moved in with their nan. I'm nervous – it's my first home visit. What should I expect, and what should I "
        "definitely not do?"
    ),
    (
        "Mentor meeting log – week 12\n"
        "ECT: {{name|Aisha Rahman}}\n"
        "Mentor: {{name|Colin Batty}}\n"
        "Focus: questioning with {{class|8Ma3}}\n"
        "Strengths: good cold calling, used {{name|Poppy}} and {{name|Luca}}'s misconceptions well.\n"
        "Targets: wait time; more challenge for {{name|Sienna}}.\n"
        "Next observation: Thursday P3, observed by {{name|Ms Yolanda Grey}} (Assistant Head)."
    ),
    (
        "I'm a supply teacher and I've been at {{school|St Mary's RC Primary}} for three weeks, covering a maternity "
        "leave. The class teacher, {{name|Mrs Clare Doyle}}, left great planning, but the children keep saying "
        "'{{name|Mrs Doyle}} lets us…'. The worst is {{name|Patrick}}, who tells me every morning that I'm 'not a "
        "real teacher'. I've found out from his brother, {{name|Finn}}, that {{name|Patrick}} was very close to "
        "{{name|Mrs Doyle}}. How do I build trust in the few weeks I have? I'd also like to write to "
        "{{name|Mrs Doyle}} with an update – is that appropriate?"
    ),
    (
        "LESSON OBSERVATION FORM\n"
        "Teacher: __________\n"
        "Observer: __________\n"
        "Subject: History\n"
        "Class: __________\n"
        "Focus: Teachers' Standard 4 – Plan and teach well-structured lessons\n"
        "Strengths:\n"
        "Areas for development:\n"
        "Agreed actions:\n"
        "Signature: __________ Date: __________"
    ),
    (
        "Advice needed about a safeguarding disclosure. A girl in my form, {{name|Precious}}, told me that her uncle "
        "takes her phone at night. She said it very casually. I wrote it up on CPOMS and passed it to "
        "{{name|Mr Hollingsworth}}, our DSL, but he said it 'doesn't meet threshold'. I keep thinking about it. "
        "{{name|Precious}} has also mentioned an older boy, '{{name|Dee}}', who she meets after school and who "
        "messages her on Snapchat as {{handle|@dee.xo}}. Am I overreacting? Should I contact the local authority "
        "myself?"
    ),
    (
        "Screenshot from the class parents' group (I'm not in it, a parent sent it):\n"
        "[09:31] {{name|Kelly B}}: Has anyone else's kid come home saying {{name|Miss Fenwick}} shouted?\n"
        "[09:33] {{name|Aimee}}: {{name|Riley}} said the same!!\n"
        "[09:34] {{name|Kelly B}}: I'm going to complain to {{name|Mr Oduya}}\n"
        "[09:40] {{name|Nat}}: tbh {{name|Miss Fenwick}} is lovely, my {{name|Evan}} adores her\n"
        "I am {{name|Miss Fenwick}}. How worried should I be? I'd really like to understand both sides before the "
        "review meeting next week."
    ),
    (
        "My mentor, {{name|Ms Elspeth Gray}}, and I disagree about a pupil called {{name|August}}. (Yes, like the "
        "month – he was born in August, apparently.) {{name|August}} is in {{class|class 5G}} and has an ADHD "
        "diagnosis. {{name|Ms Gray}} thinks he should have fidget toys and movement breaks; I worry it's distracting "
        "for others, especially {{name|Nadia}}, who sits next to him. I know I'm the novice here. Can anyone point "
        "me to research? I've seen Barkley cited a lot."
    ),
    (
        "Year 9 Pastoral Team – Minutes\n"
        "Item 1: Anti-Bullying Week (11–15 November). Theme: 'Choose Respect'. Assembly on Monday.\n"
        "Item 2: Options evening – presentations from the English, Maths and Science departments.\n"
        "Item 3: Reminder to log all concerns on CPOMS within 24 hours.\n"
        "Item 4: Remembrance Day – two minutes' silence at 11:00 on Monday.\n"
        "AOB: None."
    ),
    (
        "I'm a new teacher and someone claiming to be the school office sent me an email asking for my National "
        "Insurance number, bank details and a passport scan for payroll, all to a Gmail address "
        "({{email|payroll.hr.office@gmail.com}}). It looked dodgy, but I nearly replied with my NI number, "
        "{{document|QQ 12 34 56 C}}, before I noticed! I've told our business manager, {{name|Mrs Lorraine Fitch}}, "
        "who says it's a phishing attempt. Has anyone else had this? Should I report it to Action Fraud or just to "
        "IT?"
    ),
    (
        "IN-YEAR ADMISSION FORM\n"
        "Child's full name: {{name|Anastasia Petrova}}\n"
        "Known as: {{name|Nastya}}\n"
        "Previous school: {{school|School No. 14}}, Kazan\n"
        "Year group applying for: Year 8\n"
        "Parent/carer: {{name|Dr Irina Petrova}}\n"
        "Address: {{address|Apartment 3, 7 Queen's Road}}, Leicester\n"
        "Telephone: {{phone|+44 116 496 0732}}\n"
        "Email: {{email|irina.petrova@mail.ru}}\n"
        "Languages spoken at home: Russian, Tatar, English"
    ),
]
