"""Texts written for tuning round 6 of the de-identifier by another author (part of the TUNED part):
Mon Nov 30 06:04:35 UTC 2026, written without reading the rules or any held-out batch; forms, chats, logs,
minutes, letters and lists in both languages.
Scored once before any rule was tuned on it (06:18 UTC, the rules as of 7d7e82d): name P 0.90 R 0.85 (308; Russian
0.95/0.86, English 0.86/0.84), school 0.97/0.91, address 0.91/0.91, phone R 0.97, url P 0.88; class, document, email
and handle 1.00; over all 499 spans P 0.93 R 0.90."""

ROUND_6E_RUSSIAN = [
    (
        "Коллеги, нужен совет. В моём {{class|6 «В»}} мальчик, {{name|Тимур Хасанов}}, третью неделю не делает "
        "домашку по математике. Мама {{name|Тимура}} на сообщения в Сферуме не отвечает, а бабушка, "
        "{{name|Зульфия Рашидовна}}, говорит, что «мать в командировке». Куда идти дальше — к соцпедагогу или "
        "сразу к завучу?"
    ),
    (
        "[08:12] {{name|ирина}}: девочки, кто сегодня дежурит на первом этаже?\n"
        "[08:13] {{name|света}}: я, до обеда. потом кто-нибудь из физруков подменит\n"
        "[08:15] {{name|ирина}}: ок. и напомните {{name|кольке}} из {{class|8а}}, что у него пересдача по химии во "
        "вторник"
    ),
    (
        "Директору {{school|МБОУ «СОШ № 14»}} {{name|Кравченко О.Н.}}\n"
        "от учителя начальных классов {{name|Беловой Анны Викторовны}}\n\n"
        "СЛУЖЕБНАЯ ЗАПИСКА\n\n"
        "Довожу до Вашего сведения, что 14 октября ученик {{class|3 «А»}} класса {{name|Сидоренко Максим}} во "
        "время перемены толкнул одноклассницу, в результате чего она ударилась о подоконник. Медицинская сестра "
        "оказала первую помощь. Родители обоих детей проинформированы.\n\n"
        "15.10.2026    подпись"
    ),
    (
        "Объяснительная записка\n\n"
        "Я, {{name|Гусейнов Эльдар}}, ученик {{class|9Б}} класса, опоздал на первый урок 12 ноября, потому что "
        "автобус № 27 не пришёл. Больше такого не повторится.\n\n"
        "12.11    {{name|Гусейнов Э.}}"
    ),
    (
        "Протокол № 3 заседания ШМО учителей русского языка и литературы\n"
        "{{school|ГБОУ Школа № 1357}}, 18.11.2026\n"
        "Присутствовали: {{name|Лебедева Т.С.}} (руководитель ШМО), {{name|Ким В.Д.}} и ещё 4 педагога\n\n"
        "Повестка:\n"
        "1. Итоги школьного этапа ВсОШ.\n"
        "2. Подготовка к итоговому сочинению.\n\n"
        "СЛУШАЛИ: {{name|Ким В.Д.}} — о результатах олимпиады. Победителем стала {{name|Арина Соколова}} "
        "({{class|10 «А»}}).\n"
        "ПОСТАНОВИЛИ: провести тренировочное сочинение 2 декабря."
    ),
    (
        "Протокол родительского собрания {{class|2 «Г»}} класса\n"
        "Дата: 25 сентября\n"
        "Присутствовало: 19 родителей\n"
        "Председатель: {{name|Морозова Ольга Игоревна}}\n\n"
        "Слушали классного руководителя {{name|Романову Веру Павловну}} об организации питания. Выступила "
        "{{name|Кузнецова}} (мама {{name|Вани}}) с предложением собрать деньги на экскурсию в Казань. Вера в успех "
        "поездки у родителей есть, но сумма пока не согласована.\n\n"
        "Решили: вернуться к вопросу об экскурсии в январе."
    ),
    (
        "АКТ обследования жилищно-бытовых условий\n\n"
        "Дата обследования: 03.12.2026\n"
        "Обследование проведено: социальный педагог {{name|Шевченко Л.М.}}, классный руководитель\n"
        "ФИО несовершеннолетнего: {{name|Павлов Кирилл Андреевич}}, 14.05.2014 г.р.\n"
        "Образовательная организация: {{school|МАОУ «Лицей № 9»}}, {{class|6 «Б»}}\n"
        "Адрес: г. Воронеж, {{address|ул. Донбасская, д. 17, кв. 48}}\n"
        "Состав семьи: мать — {{name|Павлова Наталья Сергеевна}}, бабушка (пенсионерка)\n"
        "Квартира двухкомнатная, у ребёнка есть отдельное спальное место и письменный стол."
    ),
    (
        "ПРЕДСТАВЛЕНИЕ на обучающегося для предоставления на ПМПК\n\n"
        "Фамилия, имя: {{name|Оганесян Давид}}\n"
        "Дата рождения: 02.02.2018\n"
        "Класс: {{class|1 «Д»}}\n"
        "Образовательная организация: {{school|МБОУ «Гимназия № 2»}}\n\n"
        "{{name|Давид}} посещает школу с сентября, испытывает трудности с удержанием внимания, на уроках часто "
        "выходит из-за парты. Педагог-психолог {{name|Лаврентьева И.С.}} рекомендовала консультацию невролога. "
        "Мама, {{name|Ануш Грантовна}}, согласна на обследование."
    ),
    (
        "ХАРАКТЕРИСТИКА\n"
        "на ученицу {{class|8 «А»}} класса {{school|МОУ СОШ № 3}} {{name|Соловьёву Надежду Алексеевну}}\n\n"
        "{{name|Надя}} учится в школе с первого класса, успевает на «4» и «5», особенно успешна в биологии и "
        "химии. Не теряет надежды поступить в медицинский колледж. Со сверстниками доброжелательна. Воспитывается "
        "в полной семье.\n\n"
        "Классный руководитель {{name|Голубева Е.А.}}"
    ),
    (
        "Медицинская карта (выписка)\n"
        "ФИО: {{name|Ибрагимова Малика Руслановна}}\n"
        "Дата рождения: 21.07.2015\n"
        "Класс: {{class|5В}}\n"
        "Полис ОМС: {{document|5098 7654 3210 1122}}\n"
        "СНИЛС: {{document|156-983-402 77}}\n"
        "Группа здоровья: II\n"
        "Физкультурная группа: основная\n"
        "Аллергия: цитрусовые\n"
        "Законный представитель: {{name|Ибрагимов Руслан Ахмедович}}, тел. {{phone|+7 928 455-12-09}}"
    ),
    (
        "Директору {{school|ГБОУ «Школа № 2086»}}\n"
        "{{name|Семёнову П.Г.}}\n"
        "от {{name|Литвиненко Оксаны Владимировны}},\n"
        "проживающей по адресу: г. Москва, {{address|ул. Профсоюзная, д. 104, корп. 2, кв. 33}}\n"
        "тел. {{phone|8(926)004-77-18}}\n\n"
        "ЗАЯВЛЕНИЕ\n\n"
        "Прошу освободить моего сына, {{name|Литвиненко Богдана}}, ученика {{class|4 «Б»}} класса, от занятий с 10 "
        "по 14 марта в связи с семейными обстоятельствами. Ответственность за жизнь и здоровье ребёнка в этот "
        "период беру на себя.\n\n"
        "подпись, 03.03"
    ),
    (
        "[19:42] {{name|Елена}} (мама {{name|Сони}}): Добрый вечер! Кто-нибудь знает, завтра физкультура на "
        "улице?\n"
        "[19:45] {{name|Наталья Юрьевна}}: Уважаемые родители, завтра физкультура в спортзале, форма спортивная. "
        "Также напоминаю про сбор на «День здоровья» — до пятницы.\n"
        "[19:47] {{name|Оля Кац}}: Спасибо! А {{name|Лёвин}} рюкзак кто-то случайно не забрал? Синий, с динозавром"
    ),
    (
        "Подскажите, кто как проводит ВПР по математике в 5 классе? У нас ВПР в апреле, а программа по учебнику "
        "Виленкина отстаёт на две темы. Минпросвещения обещало обновить демоверсии на сайте ФИПИ, но пока тишина. "
        "Может, у кого-то есть свои тренажёры?"
    ),
    (
        "НОВОСТИ НЕДЕЛИ\n\n"
        "День Знаний\n"
        "1 сентября в 9:00 торжественная линейка на школьном стадионе. Первоклассников встречают выпускники.\n\n"
        "Неделя Безопасности\n"
        "Со 2 по 6 сентября — учебная эвакуация и встреча с инспектором ГИБДД.\n\n"
        "Кружки и Секции\n"
        "Запись в шахматный клуб, хор и на робототехнику — до 15 сентября у классных руководителей."
    ),
    (
        "Тема: Перенос консультации по ОГЭ\n\n"
        "Уважаемая {{name|Марина Александровна}}!\n"
        "Консультацию для {{class|9 «В»}} переносим со среды на четверг, кабинет 305. Списки детей пришлю в "
        "ЭлЖур.\n\n"
        "С уважением,\n"
        "{{name|Гаджиева Патимат Магомедовна}}\n"
        "учитель математики\n"
        "{{school|МКОУ «Ахтынская СОШ № 1»}}\n"
        "тел. {{phone|8 (87263) 2-11-45}}\n"
        "{{email|patimat.gadzhieva@yandex.ru}}"
    ),
    (
        "Пересылаю сообщение от папы, хочу понять, как правильно ответить:\n\n"
        "> Пересланное сообщение от {{name|Андрей Витальевич Зайцев}}:\n"
        "> Здравствуйте! Мой сын {{name|Гоша}} говорит, что {{name|Вадим Ренатович}} на уроке истории назвал его "
        "лентяем при всём классе. Я считаю это унижением. Прошу разобраться. Мой номер {{phone|+79161234590}}, "
        "звоните после 19.\n\n"
        "Учитель говорит, что такого не было, а дети молчат."
    ),
    (
        "Рассадка {{class|7 «Г»}}, кабинет 212 (с 1 декабря)\n\n"
        "Изменения только в первом ряду:\n"
        "Парта 1: {{name|Абрамов Т.}} — {{name|Белых С.}}\n"
        "Парта 2: {{name|Лев Мельник}} — свободно\n"
        "Остальные сидят как в сентябре.\n\n"
        "* {{name|Лёву}} по зрению — только первые две парты"
    ),
    (
        "Дополнение к списку на экскурсию в Третьяковскую галерею, {{class|4 «А»}}, 6 декабря\n"
        "1. {{name|Алиева Сабина}}\n"
        "2. {{name|Власова Роза}}\n"
        "Сопровождающие: {{name|Фролова Н.А.}} (кл. рук.), тел. {{phone|8-915-000-73-21}}"
    ),
    (
        "Вчера на ИЗО рисовали натюрморт с розой. {{name|Роза}} из {{class|3 «Б»}} расстроилась: мальчики весь "
        "урок пели ей про миллион алых роз. Как поговорить с классом, не раздувая? Мама {{name|Розы}} пока не "
        "знает."
    ),
    (
        "Журнал наблюдений педагога-психолога (выдержка)\n"
        "12.11 — {{name|К.М.}} ({{class|5 «А»}}), плакал на перемене, говорит, что дома «опять кричат». Сообщено "
        "соцпедагогу.\n"
        "14.11 — {{name|К.М.}} спокоен, участвовал в групповом занятии.\n"
        "19.11 — беседа с мамой, {{name|Мухиной Еленой Константиновной}}, по телефону "
        "{{phone|+7 (912) 340-55-61}}. Договорились о встрече."
    ),
    (
        "Вот что ученики пишут в общем чате, это нормально?\n\n"
        "[21:03] {{name|дима}}: кто-нибудь скиньте дз по алгебре\n"
        "[21:05] {{name|настя к}}: номера 312–318, и ещё {{name|Валерия Олеговна}} сказала повторить формулы. "
        "ссылка на беседу класса: {{url|https://t.me/+Qm9xYr7dLkE0ZTJi}}, админ {{handle|@tanya_starosta}}"
    ),
    (
        "Конспект семинара «Зона ближайшего развития на уроке»\n\n"
        "Выготский ввёл понятие ЗБР, а Эльконин и Давыдов развили его идеи в системе развивающего обучения. "
        "Вопросы для обсуждения: как таксономия Блума соотносится с требованиями ФГОС ООО? Что Пиаже говорит о "
        "возрастных стадиях и можно ли это учитывать в 6 классе?"
    ),
    (
        "Личная карточка работника (фрагмент)\n"
        "Фамилия, имя, отчество: {{name|Хабибуллина Гульнара Ильдаровна}}\n"
        "Должность: учитель английского языка\n"
        "Паспорт: {{document|9209 458812}}, выдан МВД по Республике Татарстан\n"
        "ИНН: {{document|165012345678}}\n"
        "СНИЛС: {{document|112-233-445 95}}\n"
        "Адрес: г. Казань, {{address|пр. Победы, д. 46А, кв. 101}}\n"
        "Моб.: {{phone|+7-987-214-33-08}}\n"
        "E-mail: {{email|g.khabibullina@edu.tatar.ru}}"
    ),
    (
        "Здравствуйте, {{name|Светлана Игоревна}}!\n"
        "По поводу {{name|Мирона}}: на следующей неделе он пишет пробник ЕГЭ по профильной математике, в субботу в "
        "10:00. Если не сможет, напишите мне в Сферум или на почту.\n\n"
        "{{name|Никита Андреевич Лосев}}, учитель математики\n"
        "{{school|Лицей № 1580}} ({{school|корпус 2}})\n"
        "{{email|losev.na@lyceum1580.ru}}"
    ),
    (
        "График школьного этапа ВсОШ\n"
        "Понедельник, 29 сентября — Русский язык\n"
        "Среда, 1 октября — Математика (на платформе «Сириус.Курсы»)\n"
        "Пятница, 3 октября — Английский язык\n"
        "Вторник, 7 октября — История\n"
        "Результаты публикуются на сайте регионального оператора."
    ),
    (
        "Информация для КДН и ЗП\n\n"
        "Несовершеннолетний: {{name|Яковлев Артём Сергеевич}}, 2011 г.р.\n"
        "Свидетельство о рождении: {{document|II-МЮ 734512}}\n"
        "Адрес проживания: {{address|Ореховый бульвар, д. 24, корп. 3, кв. 210}}\n"
        "Обучается в {{class|8 «В»}} классе {{school|ГБОУ Школа № 2120}}.\n"
        "С сентября пропустил 56 уроков без уважительной причины. Дважды доставлялся в ОМВД по району Зябликово. "
        "Мать, {{name|Яковлева Ирина Павловна}}, на контакт со школой не выходит."
    ),
    (
        "Вопрос про ласковые имена. У меня в первом классе {{name|Сашенька}} и {{name|Танюша}} — так их называют "
        "мамы, и дети сами себя так называют. Я обращаюсь «{{name|Саша}}» и «{{name|Таня}}», а одна из мам "
        "обиделась, что это «грубо». Как у вас?"
    ),
    (
        "Разбираем «Капитанскую дочку» в 8 классе. Дети путаются: Пётр Гринёв, Швабрин, Маша Миронова, Пугачёв, "
        "Савельич… Сделала таблицу персонажей, но хочется игровую форму. Какие приёмы у вас работают? Пушкин, "
        "наверное, не обидится, если мы устроим суд над Швабриным."
    ),
    (
        "На открытом уроке читали Толстого, «Лев и собачка». {{name|Лев}} из {{class|2 «В»}} весь урок гордо "
        "рычал, а {{name|Лёвина}} соседка по парте {{name|Алсу}} хохотала. Завуч потом сказала, что я «потеряла "
        "класс». Что бы вы сделали?"
    ),
    (
        "[18:20] {{name|Карина Сергеевна}} (кл. рук.): Уважаемые родители {{class|5 «Г»}}! Завтра в 17:00 собрание "
        "в каб. 108.\n"
        "[18:22] Папа {{name|Артура}}: Я буду. Можно ли подключиться онлайн?\n"
        "[18:30] {{name|Мадина}}: Не смогу, звоните мне {{phone|8 929 777 05 15}}, если что-то срочное"
    ),
    (
        "Школьная газета «Перемена», выпуск № 4\n\n"
        "ПОЗДРАВЛЯЕМ ПОБЕДИТЕЛЕЙ\n"
        "В региональном этапе олимпиады по физике призёром стал {{name|Глеб Тарасов}} ({{class|11 «Б»}}). "
        "Наставник — {{name|Ильдар Маратович Сафин}}.\n\n"
        "СПОРТ\n"
        "Команда {{school|Гимназии № 5}} заняла второе место в «Президентских состязаниях».\n\n"
        "АНОНС\n"
        "30 ноября — День матери. Приглашаем мам и бабушек!"
    ),
    "Тема: {{name|Кириллов}} {{class|7Б}} — пропуски за ноябрь",
    "Тема: Изменения в графике ВПР для 5–8 классов (апрель)",
    (
        "Запрос педагогу-психологу\n"
        "От: {{name|Тихонова В.Е.}}, учитель русского языка\n"
        "Кому: {{name|Мамедова Севиль Азеровна}}\n"
        "Ученик: {{name|Рустам Н.}}, {{class|10 «В»}}\n"
        "Суть запроса: после летних каникул замкнут, перестал сдавать работы, на вопросы отвечает «мне всё равно». "
        "Мама, {{name|Надежда Рустамовна}}, просит не сообщать отцу. Надежда на то, что это возрастное, у меня уже "
        "слабая."
    ),
    (
        "Коллеги, я случайно нашла страницу нашего бывшего ученика {{name|Ярослава Белова}} — "
        "{{url|https://vk.com/yaroslav_belov_07}}. Там угрозы в адрес учительницы физики. Скриншоты сохранила. "
        "Кому сообщать — директору или сразу в полицию? Почта директора {{email|director@school112.spb.ru}}, но я "
        "не уверена, что это правильный путь."
    ),
    (
        "Через месяц аттестация на первую категорию. Что реально смотрят эксперты: портфолио в электронном виде, "
        "открытый урок или результаты ОГЭ? Работаю в сельской школе третий год, в 9 классе в этом году всего шесть "
        "человек."
    ),
    (
        "Характеристика для органов опеки\n\n"
        "{{name|Аксёнова Вероника}}, 2012 г.р., обучается в {{school|МБОУ СОШ № 41}} с 2019 года, в настоящее "
        "время — в {{class|8 «Д»}}. Проживает с опекуном, бабушкой {{name|Аксёновой Лидией Фёдоровной}}, по "
        "адресу: {{address|ул. Гагарина, 12-56}}. Бабушка регулярно посещает собрания, на связи по телефону "
        "{{phone|22-14-87}}. Девочка дружелюбна, занимается в театральной студии."
    ),
    (
        "Приказ не публикуем, просто для понимания: ответственным за питание назначен {{name|Петров А.А.}}, а за "
        "ГО и ЧС — {{name|А. А. Петрова}} (это его жена, работает у нас же учителем биологии). Все вопросы по меню "
        "— к {{name|Андрею Алексеевичу}}."
    ),
    (
        "Расписание на четверг (изменения)\n"
        "1. Русский язык — без изменений\n"
        "2. Алгебра → Физика\n"
        "3. Физика → Алгебра\n"
        "4. ИЗО — урок переносится в актовый зал\n"
        "5. Английский язык (подгруппы)\n"
        "Классным руководителям: предупредить детей, что столовая работает с 10:20."
    ),
    (
        "В {{class|1 «Е»}} двое детей почти не говорят по-русски: {{name|Фаррух}} и {{name|Нгуен Тхи Ха}}. Папа "
        "{{name|Фарруха}} говорит по-русски хорошо, а маме {{name|Ха}} я пишу через переводчик. Может, кто-то "
        "работал по пособиям для билингвов Вербицкой?"
    ),
    (
        "Добрый день, {{name|Нино Гурамовна}}! Напоминаю, что у {{name|Шоты}} завтра переписывание контрольной по "
        "геометрии, 7-й урок, каб. 41. Если он заболел, напишите мне, пожалуйста, на {{email|g.tsoi@sch1234.ru}}.\n"
        "— {{name|Галина Цой}}, классный руководитель {{class|8 «Ж»}}"
    ),
    (
        "С января {{school|ГБОУ Школа № 1499}} переводит пятые классы в {{school|корпус 4}}, а начальная школа "
        "остаётся в {{school|здании 2}}. Расписание звонков в корпусах разное, учтите это при записи к логопеду "
        "{{name|Инне Марковне}}."
    ),
    (
        "Всем привет! Я {{name|Анна Сергеевна}}, учитель химии из {{school|школы № 7}} (Подольск), в телеге — "
        "{{handle|@anna_uchit_himiyu}}. Веду кружок для {{class|9 «А»}}, ищу единомышленников для совместных "
        "проектов."
    ),
    (
        "Бабушка {{name|Серафима Ильинична}} забирает {{name|Полину}} каждый день в 13:00, но по средам приходит "
        "дедушка, {{name|Иван Кузьмич}}. Можно ли отдавать ребёнка дедушке, если в заявлении указана только "
        "бабушка?"
    ),
    (
        "Коллеги, по 152-ФЗ: можно ли публиковать фото детей с Дня знаний на сайте школы, если согласие родители "
        "подписали в прошлом году? Роскомнадзор вроде требует отдельное согласие на распространение. Кто с этим "
        "сталкивался?"
    ),
    (
        "Мама {{name|Кати Лысенко}} принесла справку от педиатра {{name|Мурадовой З.А.}}: освобождение от "
        "физкультуры на две недели. В справке указан номер полиса {{document|7701 2345 6789 0123}} — его надо "
        "где-то хранить или можно вернуть маме?"
    ),
    (
        "Заявка на участие в конкурсе чтецов «Живая классика»\n"
        "Участник: {{name|Рябова Ксения}}, {{class|6А}}\n"
        "Произведение: А. Грин, «Алые паруса» (отрывок)\n"
        "Наставник: {{name|Сорокина Лилия Рашитовна}}, {{phone|8 (3452) 49-05-61}}, {{email|sorokina_lr@mail.ru}}\n"
        "Образовательная организация: {{school|МАОУ СОШ № 88}}"
    ),
    (
        "Какие разделы обязательно должны быть в представлении на ПМПК? Образец с сайта центральной ПМПК у нас в "
        "районе не принимают, просят «по своей форме». Поделитесь, пожалуйста, шаблоном без персональных данных."
    ),
    (
        "Материал брала отсюда: https://infourok.ru/prezentaciya-po-biologii-5-klass-123456.html, а автор — "
        "коллега {{name|Ольга Брагина}}, её канал {{url|https://t.me/biologia_s_olgoi}}. Очень рекомендую."
    ),
    (
        "[22:10] {{name|вера}}: {{name|надя}}, ты завтра на педсовете?\n"
        "[22:11] {{name|надя}}: да куда я денусь 😅\n"
        "[22:11] {{name|вера}}: у меня вера в этот педсовет кончилась ещё в сентябре\n"
        "[22:12] {{name|надя}}: а у меня надежда только на кофе"
    ),
    (
        "Уважаемая {{name|Людмила Борисовна}}!\n"
        "Пишу Вам как мама {{name|Эмиля Закирова}} из {{class|3 «Г»}}. Учительница {{name|Ю. С. Кравец}} третий "
        "раз за месяц оставляет сына без прогулки за невыполненное домашнее задание. Прошу принять меры.\n"
        "Мой телефон: {{phone|+7 917 408-23-61}}"
    ),
    (
        "План работы ШМО на второе полугодие\n"
        "Январь — Анализ результатов пробного ОГЭ\n"
        "Февраль — Неделя Русского Языка и Литературы\n"
        "Март — Взаимопосещение уроков\n"
        "Апрель — Подготовка к ВПР\n"
        "Май — Итоги года, отчёт руководителя ШМО"
    ),
    (
        "Для бесплатного питания собираю документы. Мама {{name|Алёши}} прислала фото: СНИЛС "
        "{{document|098-765-432 10}}, паспорт {{document|45 17 662310}}. А папа {{name|Дамира}} написал серию и "
        "номер отдельно: серия {{document|8012}}, номер {{document|559031}}. Где это всё безопасно хранить до "
        "сдачи в бухгалтерию?"
    ),
    (
        "Fwd: вопрос по экскурсии\n\n"
        "---------- Пересылаемое сообщение ----------\n"
        "От: {{name|Дарья Шмидт}} <{{email|dasha.schmidt85@gmail.com}}>\n"
        "Тема: вопрос по экскурсии\n\n"
        "Здравствуйте! {{name|Мия}} не сможет поехать в Суздаль, у неё соревнования. Деньги можно вернуть на карту?"
    ),
    (
        "Кто-нибудь перешёл с Дневник.ру на ФГИС «Моя школа»? Учи.ру и ЯКласс у нас пока работают, а вот Сферум "
        "тормозит на видеозвонках. Есть ли смысл вести всё в одном месте или лучше как раньше — Google Формы и "
        "Яндекс Диск?"
    ),
    (
        "Завуч опять поставила мне замену в {{class|11 «А»}}. {{name|Лаптев}} сбежал с урока, {{name|Черных}} "
        "спал. Когда я сказала об этом их классной, {{name|Зиминой}}, она ответила: «Это ваш урок, ваши проблемы»."
    ),
    (
        "Здравствуйте, это бабушка {{name|Маргариты}}, {{name|Тамара Васильевна}}. Телефон мамы не отвечает, "
        "пишите мне на вайбер {{phone|+375 29 611-22-33}}. Живём мы теперь у меня, "
        "{{address|ул. Якуба Коласа, 5, кв. 9}}."
    ),
    (
        "Журнал медкабинета, 20.11\n"
        "10:15 — {{name|Фомин Денис}} ({{class|2 «А»}}), жалобы на головную боль, t 37,8. Вызвана мама, забрала в "
        "11:00.\n"
        "12:40 — {{name|Гулиева Айсель}} ({{class|7 «В»}}), ушиб колена на физкультуре, наложена повязка. Учитель "
        "физкультуры уведомлён."
    ),
    (
        "Не хочу писать настоящее имя, пусть будет {{name|Ёжик}}. {{name|Ёжику}} девять лет, она в приёмной семье "
        "второй год, и на любое замечание сворачивается в клубок и молчит. Приёмная мама говорит, что дома то же "
        "самое. С чего начать?"
    ),
    (
        "Протокол заседания Совета профилактики № 2\n"
        "Присутствовали: заместитель директора по ВР, социальный педагог {{name|Орлова Н.В.}}, инспектор ПДН\n"
        "Приглашены: {{name|Стрельцов Никита}} ({{class|9 «Е»}}) и его отец, "
        "{{name|Стрельцов Игорь Валентинович}}\n"
        "Слушали: о систематических пропусках (42 урока за октябрь).\n"
        "Решили: поставить на внутришкольный учёт; социальному педагогу посетить семью до 15.12."
    ),
    (
        "Контакты для рассылки (родительский комитет {{class|6 «Е»}}):\n"
        "- {{name|Гончаренко Марина}} — {{phone|+7 903 555-18-40}}, {{email|marina.gonch@list.ru}}\n"
        "- {{name|Шапиро Анна}} — только e-mail: {{email|anna.shapiro@inbox.ru}}\n"
        "Группа в ВК: {{url|https://vk.com/club218765432}}"
    ),
    (
        "Получили личное дело ученика, который переводится к нам из {{school|Гимназии № 1514}}. В деле лежит копия "
        "свидетельства о рождении ({{document|III-ЛО 604412}}) и выписка из медкарты. Мальчика зовут "
        "{{name|Илья Кравец}}, пойдёт в {{class|7 «З»}}. А вот годовые оценки из прежней школы не передали."
    ),
    (
        "[09:01] {{name|сергей п}}: всем доброе утро. деньги на подарок учителю скидываем {{name|лене}} до "
        "пятницы\n"
        "[09:04] {{name|лена}}: да, на карту по номеру {{phone|89031112233}}, в комментарии фамилию ребёнка. чат "
        "для пап тут {{url|https://t.me/papy_5b_chat}}"
    ),
    (
        "Есть у меня в {{class|5 «К»}} мальчишка, весь класс зовёт его {{name|Шуриком}}, хотя он "
        "{{name|Александр Бекмамбетов}}. Он не против, но на линейке завуч тоже назвала его {{name|Шуриком}} в "
        "микрофон, и он обиделся. Стоит ли поднимать вопрос?"
    ),
    (
        "Директору {{school|МБОУ «Лицей № 3»}}\n"
        "{{name|Данилову С.А.}}\n"
        "от учителя истории {{name|Мельниченко Владислава Игоревича}}\n\n"
        "Объяснительная\n\n"
        "21 ноября я не провёл 3-й урок в {{class|10 «Б»}} классе, так как сопровождал ученика в травмпункт после "
        "падения на лестнице. Класс оставался под присмотром учителя {{name|Ганиевой Л.Р.}} из соседнего "
        "кабинета.\n\n"
        "{{name|В. И. Мельниченко}}"
    ),
]
ROUND_6E_ENGLISH = [
    (
        "ECT here, second term, teaching two Year 8 groups and {{class|Year 10B}}. There's a boy in {{class|8F}}, "
        "let's call him {{name|Jayden}} (not his real name), who swears at me every lesson. His head of year, "
        "{{name|Mr Okafor}}, says to \"log it and move on\". I've logged it on CPOMS six times. What would you do "
        "next?"
    ),
    (
        "[07:58] {{name|jess}}: anyone got a spare projector cable? mine's dead again\n"
        "[07:59] {{name|tom b}}: try {{name|kerry}} in D14, she hoards them\n"
        "[08:03] {{name|jess}}: ta. also {{name|amir}} from {{class|9C}} is off today, mum rang the office"
    ),
    (
        "CPOMS extract (anonymised by me, I think?)\n\n"
        "03/11 08:40 – {{name|JS}} ({{class|Year 7K}}) arrived without a coat, said mum's boyfriend \"kicked him "
        "out\" last night. Passed to DSL {{name|Ms Harrow}}.\n"
        "04/11 09:05 – {{name|Ms Harrow}} spoke to {{name|JS}}; referral to MASH made. Social worker to be "
        "allocated."
    ),
    (
        "CAMHS REFERRAL FORM\n\n"
        "Child's name: {{name|Ellie-Mae Robinson}}\n"
        "DOB: 14/06/2012\n"
        "NHS no.: {{document|485 777 3456}}\n"
        "School: {{school|Hollingworth Academy}}\n"
        "Year group: Year 9\n"
        "Parent/carer: {{name|Kirsty Robinson}} (mother)\n"
        "Address: {{address|22 Ashfield Close}}, Rochdale OL11 3RT\n"
        "Tel: {{phone|07700 900 218}}\n"
        "GP: {{name|Dr P. Nair}}, Milnrow Health Centre\n"
        "Reason for referral: Low mood since Easter, self-harm disclosed to form tutor {{name|Mr Briggs}} on 10/11."
    ),
    (
        "Early Help Assessment – Summary\n"
        "Family: {{name|Mihai Popescu}} (dad), {{name|Ioana Popescu}} (mum), children {{name|Andrei}} "
        "({{class|Year 3R}}) and a younger sibling in nursery\n"
        "Lead professional: Family Support Worker (Early Help team)\n"
        "Strengths: Dad very engaged, attends all meetings. Mum works nights.\n"
        "Needs: Housing (damp), {{name|Andrei}}'s attendance 84%.\n"
        "Next TAF meeting: Tuesday 9 December, 3:30pm, school library."
    ),
    (
        "Pastoral Team Meeting – Minutes\n"
        "Date: Thursday 13 November\n"
        "Present: {{name|R. Khan}} (chair), {{name|Mrs A. Whitfield}}, Attendance Officer\n"
        "Apologies: {{name|Mr T. Grant}}\n\n"
        "1. Attendance: Year 11 persistent absence down to 14%.\n"
        "2. Concern re {{name|Kacper Nowak}} ({{class|10W}}) – Attendance Officer to contact home.\n\n"
        "Actions:\n"
        "- Attendance Officer to update the PA tracker by Friday\n"
        "- {{name|RK}} to book the Educational Psychologist"
    ),
    (
        "Subject: {{name|Amelia}}'s reading – quick update\n\n"
        "Hi {{name|Mrs Sharma}},\n\n"
        "Just to let you know she has moved up to the turquoise book band. She's really enjoying the Oxford "
        "Reading Tree stories about Biff and Chip.\n\n"
        "Kind regards,\n"
        "{{name|Hannah Cole}}\n"
        "Class Teacher, {{class|2H}}\n"
        "{{school|St Oswald's C of E Primary School}}\n"
        "{{phone|01632 960 411}}"
    ),
    (
        "NEW STARTER FORM\n"
        "Name: {{name|Oluwaseun Adeyemi}}\n"
        "Preferred name: {{name|Seun}}\n"
        "DOB: 02/03/2011\n"
        "UPN: {{document|K820458102031}}\n"
        "Tutor group: {{class|10RD}}\n"
        "Previous school: {{school|Brixton Hill Academy}}\n"
        "Emergency contact: {{name|Funmilayo Adeyemi}} (mother) – {{phone|+44 7700 900 632}}\n"
        "Medical: Asthma (blue inhaler in bag)"
    ),
    (
        "Individual Healthcare Plan\n"
        "Pupil: {{name|Zainab Hussain}}\n"
        "Reg group: {{class|4B}}\n"
        "NHS number: {{document|401 023 2137}}\n"
        "Condition: Type 1 diabetes\n"
        "Diabetes team: {{phone|0113 496 0772}}\n"
        "GP: {{name|Dr Imran Siddiqui}}\n"
        "Parent: {{name|Nadia Hussain}}, {{email|nadia.h1987@outlook.com}}"
    ),
    (
        "Staff Personal Details Update\n"
        "Full name: {{name|Siobhan Mary O'Neill}}\n"
        "Role: Teaching Assistant (SEN)\n"
        "National Insurance no.: {{document|JT 48 91 27 C}}\n"
        "Home address: {{address|Flat 6, 41 Kingsway Court}}, Cardiff CF10 3AB\n"
        "Mobile: {{phone|07700900147}}\n"
        "Next of kin: {{name|Declan O'Neill}} (husband), {{phone|07700 900 148}}"
    ),
    (
        "[20:14] {{name|Lauren B}}: Does anyone know if it's non-uniform on Friday?\n"
        "[20:15] {{name|Priya S}}: Yes! Children in Need, £1 donation, wear something spotty 😂\n"
        "[20:17] {{name|Lauren B}}: Thanks! Also {{name|Ava}} came home with someone's PE bag, the label says "
        "{{name|Oscar W}}\n"
        "[20:20] {{name|Mel Wright}}: That's ours!! Thank you, I'll grab it at pick up"
    ),
    (
        "Forwarded a message from a parent, not sure how to reply:\n\n"
        "---------- Forwarded message ---------\n"
        "From: {{name|Gary Pritchard}} <{{email|gpritchard71@btinternet.com}}>\n"
        "Subject: detention\n\n"
        "My son {{name|Callum}} tells me {{name|Miss Adebayo}} gave him a detention for \"breathing loudly\". This "
        "is ridiculous. I want a meeting with {{name|Mr Hale}}, the head. Ring me on {{phone|07700 900 552}}."
    ),
    (
        "SEATING PLAN – {{class|9X2}} Maths (Room M4)\n"
        "Changes from Monday only:\n"
        "Front row: {{name|Ibrahim}} (hearing aid – keep at front), {{name|Lily-Rose}}\n"
        "Back row: {{name|Tyler}} (moved from front, see behaviour log)\n"
        "Everyone else stays where they are."
    ),
    (
        "Year 5 trip to the Natural History Museum – Thursday 4 December\n"
        "Group A (lead: {{name|Mrs Lowe}}):\n"
        "• {{name|Harry Bennett}}\n"
        "• {{name|Amara Osei}}\n"
        "Group B (lead: {{name|Mr Quinn}}): as per register, plus {{name|Yusuf Demir}} (moved from Group A)\n"
        "Trip mobile on the day: {{phone|07700 900 990}}"
    ),
    (
        "THE WEEKLY BULLETIN – Autumn Term, Week 11\n\n"
        "Headteacher's Message\n"
        "What a fortnight! Our Year 6 choir sang beautifully at the Town Hall, and a huge thank you to "
        "{{name|Mrs Delaney}} for organising.\n\n"
        "Stars of the Week\n"
        "{{class|1R}}: {{name|Olivia M.}}   {{class|3T}}: {{name|Amelia-Grace}}\n\n"
        "Dates for Your Diary\n"
        "Monday 8 December – Christmas Jumper Day\n"
        "Friday 19 December – Term ends at 1:30pm"
    ),
    (
        "{{name|Grace}} in my {{class|Year 11D}} group wrote a brilliant essay on \"Amazing Grace\" as a protest "
        "song, but she has no grace at all when she loses a debate. Her mum, {{name|Mrs Otieno}}, asked me to \"be "
        "gentle\" with feedback. Tips?"
    ),
    (
        "Honestly I'd given up hope with {{class|10Y3}}, but {{name|Hope Adams}} turned it around single-handedly "
        "by organising a revision group. I want to nominate her for the Headteacher's Award. Should I email "
        "{{name|Mr Gallagher}} or go through her tutor, {{name|Ms Lin}}?"
    ),
    (
        "[16:02] {{name|Nat}}: will you cover my break duty tomorrow?\n"
        "[16:03] {{name|Will}}: yes if you sit with {{name|Will Thornton}} in detention on thursday\n"
        "[16:04] {{name|Nat}}: deal. his dad says he \"has a will of his own\" lol"
    ),
    (
        "Parents' evening notes, 6.30pm: {{name|Rose}} ({{class|8M}}) with {{name|Mrs Fairbairn}} (grandma). "
        "Discussed the rose window art project – {{name|Rose}}'s design has been chosen for the display. Grandma "
        "asked about her dad; told her I can only share with those with parental responsibility."
    ),
    (
        "Cover slip\n"
        "Absent: {{name|J. Smith}} (Science)\n"
        "Cover: {{name|Patel R.}}\n"
        "Pd 3 {{class|7Y2}}, Lab S3: worksheet on Newton's laws in the shared drive.\n"
        "Pd 5 {{class|11Z1}}: GCSE past paper, June 2023. Collect in and leave on {{name|J. Smith}}'s desk."
    ),
    (
        "We've got a lad in {{class|Year 10F}} everyone calls {{name|Biscuit}} – even his mum. His real name is "
        "{{name|Bradley Cox}}. Is it OK to use the nickname in his report or should it be {{name|Bradley}}?"
    ),
    "Subject: Absence – {{name|Tomasz Kowalski}} {{class|8T}} – 17-19 Nov",
    (
        "From January, Year 7 will be taught at the {{school|Linden Road site}} of {{school|Greenhill Academy}}, "
        "while Years 8-11 stay at the {{school|Main Campus}}. {{name|Ms Durrani}} will coordinate the split "
        "timetable."
    ),
    (
        "One of my {{class|9L}} girls has a public TikTok, {{handle|@skyeeee.xo}}, and she's posting videos filmed "
        "in my classroom. Her mum's Insta is {{url|https://www.instagram.com/laura_m_fitness}} – should I message "
        "her there or go through the office? Our policy is based on "
        "https://www.gov.uk/government/publications/keeping-children-safe-in-education--2 (KCSIE)."
    ),
    (
        "{{name|Mr D. Hughes}}\n"
        "{{address|17 Tennyson Avenue}}\n"
        "King's Lynn\n"
        "PE30 2QG\n\n"
        "10 November\n\n"
        "Dear {{name|Mr Hughes}} and {{name|Ms Price}},\n\n"
        "I am writing about {{name|Ethan}}'s attendance, which has fallen to 81% this term. Please contact the "
        "school office to arrange a meeting.\n\n"
        "Yours sincerely,\n"
        "{{name|Mrs K. Ward}}\n"
        "Attendance Officer"
    ),
    (
        "To whom it may concern,\n\n"
        "{{name|Lucy Fenwick}} (DOB 30/09/2014) has been under my care for migraines since March. She may need to "
        "leave lessons to rest in a quiet room and should have access to water at all times.\n\n"
        "{{name|Dr Helen Marsh}}\n"
        "GP, Castlegate Surgery\n"
        "{{phone|01904 613 244}}"
    ),
    (
        "Subject: RE: Child Protection Conference – {{name|Reuben Walsh}}\n\n"
        "Hi {{name|Sarah}},\n\n"
        "Thanks for the school report. Conference is confirmed for 2 December at the Civic Centre, Room 4. Please "
        "bring his attendance data.\n\n"
        "{{name|Marcus Obi}}\n"
        "Social Worker, Children's Services\n"
        "{{phone|0191 643 2000}} | {{email|marcus.obi@northtyneside.gov.uk}}"
    ),
    (
        "Our SENCO, {{name|Mrs Bakshi}}, wants to apply for an EHCP for {{name|Theo}} in {{class|Year 4P}}. The Ed "
        "Psych, {{name|Dr Anna Kowalczyk}}, assessed him last spring. Vygotsky's ZPD keeps coming up in the "
        "report, which is lovely but not much use for planning Monday's phonics."
    ),
    (
        "Reference for {{name|Ms Leah Cohen}}, Teaching Assistant\n\n"
        "I have known her since September 2021, when she joined {{school|Fairfield Primary School}}. She has "
        "supported a pupil with Down's syndrome in {{class|Class 5C}} with great patience and skill.\n\n"
        "{{name|Martin Ellery}}\n"
        "Headteacher"
    ),
    (
        "Dear {{name|Ms Green}},\n\n"
        "Following the incident on Monday 17 November, {{name|Kyle}} will be suspended for two days (Tuesday 18 "
        "and Wednesday 19 November). A reintegration meeting will take place on Thursday at 8:30am with "
        "{{name|Mr S. Rahman}}, Deputy Headteacher.\n\n"
        "Yours sincerely,\n"
        "{{name|Dr Fiona McAllister}}\n"
        "Headteacher, {{school|Westfield Community School}}"
    ),
    (
        "INCIDENT REPORT\n"
        "Date/time: 21/11, 12:50\n"
        "Location: Top playground\n"
        "Pupils involved: {{name|Mason Kelly}} and {{name|Ali Raza}} (both {{class|6K}})\n"
        "Witness: lunchtime supervisor\n"
        "Summary: {{name|Mason}} pushed {{name|Ali}} off the climbing frame. First aid given in the office.\n"
        "Reported by: {{name|T. Hargreaves}}"
    ),
    (
        "{{name|Cerys Llewellyn}} and {{name|Rhys Davies}} in {{class|Year 8W}} have both asked to enter the Urdd "
        "Eisteddfod recitation. {{name|Mr Pugh}} usually runs it but he's on paternity leave. Who do I contact at "
        "the Urdd?"
    ),
    (
        "First term at {{school|Harbourview International School}} and my {{class|Grade 6B}} class is lovely. "
        "{{name|Chen Wei}} and {{name|Haruto Sato}} are still shy in group work. {{name|Haruto}}'s mum asked me to "
        "message her on Instagram, {{handle|@yuki.sato.88}}, rather than the school app. Is that OK?"
    ),
    (
        "[13:05] Me: had {{name|dan}} from {{class|10P}} crying in the corridor again\n"
        "[13:07] {{name|sandra}}: did you log it? who's his tutor\n"
        "[13:08] Me: {{name|mr kerr}} i think\n"
        "[13:09] {{name|sandra}}: ok tell him and the DSL, don't sit on it"
    ),
    (
        "Grandad {{name|Eric}} usually collects {{name|Poppy}}, but today a lady turned up saying she's a family "
        "friend. She's not on the collection list, which only has {{name|Mrs Joanne Tate}} (mum) and "
        "{{name|Eric Tate}} (grandad). We rang mum on {{phone|07700 900 361}} and she confirmed. Did we do the "
        "right thing?"
    ),
    "Subject: Re: {{name|Fatima}} – Y9 options form missing",
    (
        "Register notes – {{class|11Z1}}, Tuesday\n"
        "Late: {{name|Smith J.}} (x3 this week)\n"
        "Absent: {{name|Oyelaran T.}} – mum emailed, dentist"
    ),
    (
        "Subject: Change of address – {{name|Aarav Mehta}}, {{class|Year 6M}}\n\n"
        "Hello, we have moved. New address: {{address|Flat 12, Beaumont House, 3 Canal Street}}, Nottingham NG1 "
        "7EH. Home phone is now {{phone|0115 496 0327}}.\n"
        "Thanks, {{name|Ritu Mehta}}"
    ),
    (
        "Safeguarding concern – logged 26/11 15:40\n"
        "Pupil: {{name|AB}} ({{class|Year 4S}})\n"
        "Concern: {{name|AB}} said \"daddy hit mummy with the remote\" during circle time. Witnessed by the class "
        "TA.\n"
        "Action: Reported verbally to DSL {{name|Mr Ogunleye}} at 15:10. DSL to contact MASH.\n"
        "Logged by: {{name|E. Fitzgerald}}"
    ),
    (
        "{{class|Form 7T}} – buddy pairs for the first week\n"
        "1. {{name|Lucas Ferreira}} + {{name|Ollie Marsh}}\n"
        "2. {{name|Aisha Begum}} + {{name|Hana Novak}} (asked to stay together)"
    ),
    (
        "My head of department, {{name|Gareth}}, keeps taking credit for my schemes of work in meetings with the "
        "head, {{name|Mrs Thorne}}. I'm an ECT at {{school|Ravensbourne School}} and don't want to rock the boat. "
        "My mentor {{name|Priya}} says to keep dated emails. Anyone been there?"
    ),
    (
        "Many thanks,\n\n"
        "{{name|Jordan Blake}} (they/them)\n"
        "Head of Drama | {{school|Kingsmead Academy}}, {{school|Sixth Form Centre}}\n"
        "T: {{phone|+44 (0)1234 567 890}}\n"
        "E: {{email|j.blake@kingsmead.sch.uk}}\n"
        "X: {{handle|@MxBlakeDrama}}"
    ),
    (
        "Please note {{name|Mx Taylor}} will be covering {{class|8C}} and {{class|8D}} on Friday. "
        "{{name|Mx Taylor}}'s room is E12, and the cover work is on Google Classroom."
    ),
    (
        "We had a visit from {{name|Sir Malcolm Pryce}}, one of our governors, who sat in on {{class|Year 10A}} "
        "history. He was very kind about {{name|Jamal}}'s presentation on Winston Churchill."
    ),
    (
        "PUPIL PROFILE – ONE PAGE\n"
        "Name: {{name|Kofi Mensah-Boateng}}\n"
        "Known as: {{name|KB}}\n"
        "Group: {{class|3W}}\n"
        "What people like about me: funny, kind, great at football\n"
        "What's important to me: my cat Pickle, my big sister {{name|Abena}}\n"
        "How to support me: give me a job to do, warn me before fire drills"
    ),
    (
        "[21:40] {{name|becky}}: is {{name|mrs o}} back tomorrow or still the supply teacher?\n"
        "[21:42] {{name|jo h}}: supply i think. my son said the sub is called {{name|mr dawes}}?\n"
        "[21:43] {{name|becky}}: ok ty"
    ),
    (
        "Dear {{name|Dr Ahmed}},\n\n"
        "Re: {{name|Lily Harper}}, DOB 11/04/2013, NHS number {{document|999 123 4567}}\n\n"
        "Her class teacher has noticed that she struggles to see the board even from the front row. Could she be "
        "referred for an eye test? Please contact me on {{phone|01632 960 222}}.\n\n"
        "{{name|Bethany Shaw}}\n"
        "SENCO, {{school|Millbrook Primary}}"
    ),
    (
        "Meet Our New Staff\n\n"
        "{{name|Miss Chloe Tran}} joins us as {{class|Year 2T}} teacher, having trained at the University of "
        "Leeds. {{name|Mr Benedict Akande}} is our new Head of PE and will be running Sports Day in June."
    ),
    (
        "REPLY SLIP – Year 8 Residential, Kingswood Dearne Valley\n"
        "I give permission for {{name|Harvey Nolan}} (tutor group {{class|8N}}) to attend.\n"
        "Parent/carer name: {{name|Stacey Nolan}}\n"
        "Emergency contact during trip: {{name|Dean Nolan}}, {{phone|07700 900 745}}\n"
        "Dietary needs: none"
    ),
    (
        "Two girls in {{class|Year 9P}} made a fake Instagram account of me – "
        "{{url|instagram.com/miss_r_is_a_joke}}. I've screenshotted everything. One of them is {{name|Keira}}, I'm "
        "fairly sure. Head of year {{name|Mr Whitlock}} says he'll deal with it but it's been a week."
    ),
    (
        "EAL Register Update (Autumn)\n"
        "- {{name|Nguyen Thi Lan}}, {{class|5P}} – Vietnamese, Stage B\n"
        "- {{name|Abdirahman Warsame}}, {{class|5P}} – Somali, Stage A\n"
        "- {{name|Bogdan Ivanenko}}, {{class|6L}} – Ukrainian, Stage C\n"
        "Interpreter for parents' evening booked via the council (Vietnamese only)."
    ),
    (
        "All About Me (Nursery Starter)\n"
        "Child: {{name|Ruby-Jean Walker}}\n"
        "Likes to be called: {{name|RJ}}\n"
        "Lives with: mum {{name|Shannon}} and baby brother\n"
        "Address: {{address|9 Hawthorn Walk}}, Gateshead\n"
        "Who can collect: {{name|Shannon Walker}}, {{name|Carol Dunn}}"
    ),
    (
        "Head forwarded me this, thoughts?\n\n"
        "> Hi {{name|Mrs Okonkwo}}, I'm {{name|Ahmed}}'s dad. {{name|Miss Reid}} keeps moving him to the "
        "\"thinking chair\" and he now refuses to come to school. I'd like to meet. – {{name|Yasin Karim}}, "
        "{{phone|07700 900 403}}"
    ),
    (
        "Any tips on behaviour management for a tricky Year 9 group? I've read Bill Rogers and Paul Dix's \"When "
        "the Adults Change\", and I use Doug Lemov's cold calling from Teach Like a Champion. Still losing them "
        "after break on Wednesdays."
    ),
    "Subject: Year 9 Options Evening – Thursday 15 January, 6pm",
    (
        "Teaching An Inspector Calls to Year 11 for the first time. How do you handle Mr Birling's speech about "
        "the Titanic? The class love Sheila and Eric but think Inspector Goole is \"just a ghost\". The AQA mark "
        "scheme says context should be woven in, not bolted on."
    ),
    (
        "KEY DATES – SPRING TERM\n"
        "Monday 5 January – INSET Day\n"
        "Thursday 5 March – World Book Day\n"
        "Week of 11 May – KS2 SATs\n"
        "Friday 26 June – Sports Day (reserve date 3 July)"
    ),
    (
        "Does anyone else's school still use SIMS for registers? We're moving to Arbor in April and I've been told "
        "CPOMS won't sync properly. Google Classroom for homework, Teams for staff meetings."
    ),
    (
        "Lesson Plan: Piaget vs Vygotsky (A-level Psychology)\n"
        "Starter: quote from Bloom on mastery learning\n"
        "Main: compare stages of development (Piaget) with the ZPD and scaffolding (Vygotsky, Bruner)\n"
        "Plenary: exam question from the June 2024 paper"
    ),
    (
        "Is it true the DfE is changing KCSIE again in September? Our DSL says Ofsted will check that all staff "
        "know Part One. Link I was sent: "
        "https://www.gov.uk/government/publications/keeping-children-safe-in-education--2"
    ),
    (
        "Will the rose bed by the Year 1 classroom survive the frost? Gardening club wants to know before they "
        "plant bulbs – any green-fingered colleagues?"
    ),
    (
        "History club this half term: Queen Victoria, Mary Seacole, Martin Luther King and Winston Churchill. The "
        "kids voted for Mary Seacole first. Any good primary sources for KS2?"
    ),
    (
        "A Christmas Carol revision: does anyone have a good activity for Scrooge's transformation across the "
        "staves? My Year 10 groups keep confusing Fred and Fezziwig."
    ),
    (
        "Department Meeting – Agenda\n"
        "1. Mock Exam Results\n"
        "2. Moderation of Coursework\n"
        "3. AOB\n"
        "Present: All Science Staff\n"
        "Apologies: None"
    ),
    (
        "Staff Wellbeing Week\n"
        "Monday – Cake in the Staffroom\n"
        "Tuesday – No Emails After 5pm\n"
        "Wednesday – Yoga with the PE Department\n"
        "Thursday – Early Finish (3:30pm)\n"
        "Friday – Christmas Jumper Day"
    ),
]
