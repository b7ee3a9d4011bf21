"""Texts written for tuning round 6 of the de-identifier by another author (part of the TUNED part):
Mon Nov 30 05:13:33 UTC 2026, written without reading the rules or held-out batches 5 and 6; focused on
personal numbers, schools, links, handles, phones, addresses and classes in unusual layouts."""

ROUND_6C_RUSSIAN = [
    "Коллеги, подскажите. Оформляю бесплатное питание для ученицы {{class|6 «А»}}, а мама прислала всё одним "
    "сообщением: «СНИЛС {{document|123-456-789 01}}, ИНН {{document|771234567890}}, полис "
    "{{document|7701 2345 6789 0123}}». Можно ли пересылать это соцпедагогу в мессенджере или только на служебную "
    "почту {{email|socped.sch1234@yandex.ru}}?",
    "ЗАЯВЛЕНИЕ О ЗАЧИСЛЕНИИ\n"
    "в {{school|ГБОУ «Школа № 1234»}}\n"
    "Ребёнок: {{name|Кравцова Мирослава Андреевна}}\n"
    "Свидетельство о рождении: {{document|II-МЮ № 654321}}\n"
    "СНИЛС ребёнка: {{document|14725836901}}\n"
    "Заявитель: {{name|Кравцов Андрей Викторович}}, паспорт {{document|4506 123456}}\n"
    "Адрес: г. Москва, {{address|Ленинский проспект, дом 7, корпус 2, кв. 41}}\n"
    "---\n"
    "Мне как классному руководителю отдали копию этого заявления. Где её хранить и сколько?",
    "[09:14] {{name|Ольга Петровна}}: девочки, кто знает, где взять бланк справки для ПМПК?\n"
    "[09:15] я: на сайте министерства, https://edu.gov.ru/documents/\n"
    "[09:17] {{name|Ольга Петровна}}: а номер приказа какой?\n"
    "[09:18] я: приказ № 145 от 12.03, пункт 4. Позвоните в ЦППМСП, там подскажут",
    "Готовлю классный час для 9 класса по статье 43 ФЗ-273 «Об образовании в РФ» (обязанности обучающихся). Учебник "
    "обществознания — ISBN 978-5-09-087654-3, с. 112–118. Требования к длительности занятий проверила по СанПиН "
    "2.4.3648-20, задания взяла с https://fipi.ru и resh.edu.ru. Кабинет 305, урок 45 минут. Как уложиться и не "
    "превратить всё в лекцию?",
    "Мама {{name|Тимура}} просит внести её данные в список сопровождающих: паспорт серия {{document|45 06}} номер "
    "{{document|123456}}, выдан ОВД «Хамовники» 12.05.2015. А в форме у меня одна графа «серия и номер». Писать "
    "вместе? И нужно ли мне вообще хранить это после поездки?",
    "Список на экскурсию в Казань ({{class|11 «В»}})\n"
    "1. {{name|Абрамов К.}} — паспорт РФ {{document|4506-123456}}\n"
    "2. {{name|Белова Д.}} — серия и номер: {{document|45 08 765432}}\n"
    "3. {{name|Гусейнов Р.}} — паспорт {{document|4510 246810}}\n"
    "Ответственный: классный руководитель, тел. {{phone|89161234567}}\n"
    "Турфирма просит прислать это в WhatsApp. Нормально?",
    "Завела для родителей {{class|7Б}} канал {{url|t.me/klass_7b}}, а старый чат ({{url|https://t.me/+AbCdEf12345}}) "
    "закрыла. Один папа, {{handle|@Vadim_K77}}, пишет, что я «отрезала родителей от информации». Кто прав?",
    "Ученик {{class|8 «Д»}} ведёт канал {{url|youtube.com/@shkolnik_8d}} и выложил видео с моего урока, где видны "
    "лица одноклассников. Администрация {{school|МБОУ СОШ № 5}} говорит «решайте сами». С чего начать разговор с ним "
    "и с родителями?",
    "На главной странице сайта {{url|https://school1234.mskobr.ru}} висит моё фото с подписью и номером кабинета "
    "(каб. 214). Я не давала согласия. К кому идти — к директору или к тому, кто ведёт сайт?",
    "Провожу домашние визиты к двум семьям, состоящим на внутришкольном учёте. Адреса: г. Тула, "
    "{{address|ул. Ленина, д. 5, кв. 12}} и {{address|пр-т Мира 15-34}}. Соцпедагог в отпуске. Можно ли идти одной "
    "или обязательно вдвоём?",
    "Перешла из {{school|57-й школы}} в {{school|гимназию имени Пушкина}}, и тут совсем другие требования к рабочим "
    "программам: пишем по шаблону гимназии, а не в конструкторе. Кто-нибудь сталкивался? Как быстро адаптироваться?",
    "Мой бывший ученик, {{name|Гоша}}, теперь учится в {{school|пятьдесят седьмой}}, и его мама, "
    "{{name|Инна Сергеевна}}, просит переслать туда характеристику напрямую, через её почту "
    "{{email|inna.s.petrova+docs@gmail.com}}. Разве характеристику не должна запрашивать сама школа?",
    "Работаю воспитателем в {{school|школе-интернате № 4}}. На выходные дети уезжают домой, и один мальчик — мы все "
    "зовём его {{name|Санёк}} — оставил мне номер бабушки: {{phone|8 (4872) 31-22-05}}. Мама против общения с "
    "бабушкой. Звонить или нет?",
    "Выпускница педколледжа, первый год в {{school|СОШ №12}} г. Тулы. Наставника пока не назначили. Если кто-то готов "
    "помочь с КТП по русскому для {{class|5 «А»}} — пишите в ВК: {{url|vk.com/id12345678}}.",
    "С сентября {{class|1 «Г»}} переводят в {{school|корпус 3}}, а группа продлённого дня остаётся в "
    "{{school|здании на Ленина}}. Детей после уроков будет водить воспитатель через дорогу. Родители возмущены. Как "
    "объяснить им это на собрании, не подставляя администрацию?",
    "Я работаю в {{school|дошкольном отделении}} {{school|ГБОУ Школа №1535}}, а методист сидит в "
    "{{school|филиале на Профсоюзной}}. Документы для аттестации возить туда лично или можно через ЭДО?",
    "Вопрос по оценкам. В 10 классе за контрольную 18 баллов из 25 — это «4» или «3»? В положении о ВСОКО (приказ № "
    "212-о от 30.08) шкала не указана, на https://fipi.ru/ege/demoversii есть только шкалы ЕГЭ. Бухгалтерия ещё "
    "зачем-то прислала КБК 07530201010010000130 — он мне вообще нужен?",
    "Медсестра просит переписать полисы ОМС детей в таблицу Excel. У {{name|Вари Зуевой}} — "
    "{{document|5098199791000456}}, у {{name|Лёши Ткаченко}} — {{document|7755 0000 1111 2222}}, и так 28 человек. "
    "Это разве обязанность классного руководителя?",
    "Директору {{school|МАОУ «Гимназия № 3»}}\n"
    "{{name|Соколовой Е. В.}}\n"
    "от учителя начальных классов\n"
    "{{name|Литвиненко Дарьи Олеговны}}\n"
    "ИНН {{document|503212345678}}, СНИЛС {{document|112-233-445 95}}\n"
    "ЗАЯВЛЕНИЕ\n"
    "Прошу предоставить мне методический день 14.11 для участия в семинаре.\n"
    "---\n"
    "Коллеги, бухгалтер сказала вписать ИНН и СНИЛС в шапку. Это точно нужно?",
    "--\n"
    "С уважением,\n"
    "{{name|Марина Витальевна Кох}}\n"
    "учитель английского языка, {{school|лицей № 2}}\n"
    "тел. {{phone|+7 (903) 555-12-34}}, доб. 214\n"
    "{{email|m.v.koh@licey2.ru}}\n"
    "---\n"
    "P.S. Это моя подпись в письмах родителям. Не слишком ли много личного?",
    "ВЕСТНИК МЕТОДОБЪЕДИНЕНИЯ, выпуск № 7\n"
    "— Поздравляем {{name|Анну Рашидовну}} с победой в конкурсе «Педагогический дебют»!\n"
    "— Семинар в {{school|лицее № 1580}} переносится на 20.12, аудитория 12.\n"
    "— Группа МО ВКонтакте: {{url|https://vk.com/club123456}}.\n"
    "— Новые нормативы: https://edu.gov.ru/press/ (раздел новостей).\n"
    "Меня попросили собирать выпуски. Нужно ли спрашивать у коллег разрешение упоминать их?",
    "ПРОТОКОЛ № 3 заседания ШМО от 15.10\n"
    "Присутствовали: 9 человек.\n"
    "Слушали: {{name|Гаврилову Н. А.}} о конфликте в {{class|10-м «Б»}}.\n"
    "Постановили: пригласить родителей {{name|Кирилла Ш.}} (тел. {{phone|8-916-000-11-22}}) на беседу в каб. 31 в "
    "четверг.\n"
    "---\n"
    "Вопрос: протокол можно выложить на общий школьный диск?",
    "Учусь в магистратуре МГУ и параллельно работаю в школе. В нашей школе в 7 классах по 32 человека, а площадь "
    "кабинета 50 м². Где посмотреть актуальные нормы наполняемости? Нашла СанПиН 1.2.3685-21 и "
    "https://www.consultant.ru/document/cons_doc_LAW_140174/, статья 41 — но там про охрану здоровья. Подскажите, "
    "куда смотреть.",
    "Девочки из {{class|9 «А»}} завели аккаунт {{handle|@uchilka_pozor}} и выкладывают туда мои фото с уроков. Личная "
    "страница одной из них — {{url|instagram.com/liza.mir_2010}}. Идти сразу к директору или сначала к родителям?",
    "Видео с урока в {{class|6В}} набрало 300 тыс. просмотров: {{url|https://www.tiktok.com/@vanya_prikol}}. Снимал "
    "ученик, {{name|Ваня}}. На видео я роняю журнал, ничего страшного, но мне неприятно. Просить удалить — это не "
    "перегиб?",
    "Бабушка ученика пишет мне в Одноклассниках ({{url|ok.ru/profile/571234567890}}) в 23:00, жалуется на оценки "
    "внука. Как вежливо перевести общение в Сферум и в рабочее время?",
    "Нашла группу выпускников «{{url|www.facebook.com/groups/school57alumni}}» — там выложены фото моих нынешних "
    "учеников с последнего звонка. Можно попросить админа их удалить?",
    "Родительский комитет {{class|3 «Б»}}:\n"
    "• председатель — {{name|Жанна}}, {{phone|8 916 123 45 67}}\n"
    "• казначей — {{name|Олег Иванович}}, {{phone|+79031234567}}\n"
    "• секретарь — {{name|Света}}, {{phone|8(912)3456789}}\n"
    "Сбор по 500 р. до 01.10.\n"
    "Это можно повесить в классном уголке или только в родительском чате?",
    "Что из этого можно повесить на стенд в рекреации 5 классов? Детский телефон доверия 8-800-2000-122, приказ № 57 "
    "о пропускном режиме, выписка из лицензии № 037512 и ссылка https://www.gosuslugi.ru/. Или стенд — только для "
    "администрации?",
    'В расписании бардак: {{class|5-Б}} и {{class|5 «В»}} объединили на физкультуре, а {{class|11 "В"}} поставили в '
    "тот же зал на шестой урок. Я молодой учитель физкультуры, и в зале оказалось 70 человек. Как поговорить с "
    'завучем, чтобы {{class|11 "В"}} перенесли?',
    "{{name|Петин}} младший брат из {{class|4А}} приносит в школу записку с маминым телефоном "
    "{{phone|8-903-765-43-21}} и раздаёт всем, «чтобы мама нашла новых друзей». Мама, похоже, не в курсе. Звонить ей "
    "по этому же номеру?",
    "— Напиши мне в телегу, я {{handle|@marina_uchitel}}\n"
    "— ок. а почта есть?\n"
    "— {{email|marina.uchitel.87@mail.ru}}, но туда редко заглядываю\n"
    "— давай в 15:40 у кабинета 12\n"
    "Так я договариваюсь с наставницей. Нормально ли общаться с ней через личный телеграм?",
    "Готовлю урок по «Мастеру и Маргарите» для 11 класса. Хочу показать ученикам «нехорошую квартиру»: Большая "
    "Садовая, 302-бис, квартира № 50 (реальный дом — Большая Садовая, 10). Воланд, Коровьев, Бегемот — как вы подаёте "
    "эту линию? Экскурсию через https://bulgakovmuseum.ru/ кто-нибудь заказывал?",
    "Папа {{name|Ксюши}} приехал забирать её с продлёнки, а в списке доверенных лиц его нет. Охранник переписал "
    "паспорт: {{document|4507 998877}}, и отпустил. Мне теперь объяснительную писать? И что делать с этими данными в "
    "журнале охраны?",
    "[Сферум, чат {{class|2 «Д»}}]\n"
    "Мама {{name|Алисы}}: скидываю, что просили для портфолио\n"
    "Мама {{name|Алисы}}: СНИЛС: {{document|12345678901}}\n"
    "Мама {{name|Алисы}}: ИНН: {{document|7712345678}}\n"
    "Я: пожалуйста, удалите, это не для общего чата!\n"
    "Как теперь быть: скриншоты уже могли сделать.",
    "Исх. № 118 от 02.09\n"
    "{{school|ГБОУ «Школа № 2107»}}\n"
    "117485, г. Москва, {{address|ул. Профсоюзная, д. 104}}\n"
    "Уважаемые родители! Информируем, что с 09.09 вход в школу осуществляется по электронным картам.\n"
    "---\n"
    "Родители моего класса спрашивают, где получить карту. Я сама не знаю. Кого спросить?",
    "Ученица {{class|10 «М»}} {{name|Полина К.}} переехала, новый адрес для личного дела: "
    "{{address|Каширское шоссе, д. 26, корп. 3, кв. 118}}. Менять в АИС надо мне или секретарю?",
    "Для путёвки в лагерь нужны: свидетельство о рождении {{document|III-ИК № 512347}}, полис ОМС "
    "{{document|7750 8901 2345 6789}} и справка 079/у. Это на {{name|Дениса Мухаметова}}, {{class|4 «Б»}}. Мама "
    "просит, чтобы я сама отнесла документы в {{school|МБОУ СОШ № 21}} (лагерь при ней). Это вообще нормально?",
    "Помогите разобраться с нагрузкой. По ставке 18 часов, у меня 24, кабинет 207 общий с историком. Трудовой договор "
    "№ 44/2023, приказ о тарификации № 301-к. Профсоюз ссылается на статью 333 ТК РФ и приказ Минобрнауки № 1601. "
    "Стоит ли обращаться в трудовую инспекцию через портал онлайнинспекция.рф?",
    "Наш класс ({{class|8 «Е»}}) в прошлом году завёл паблик {{url|https://vk.com/public_8e_best}}. Там иногда "
    "выкладывают фото учителей с подписями. Я только пришла, {{name|Евгения Павловна}} передала мне класс в сентябре. "
    "Что с этим делать?",
    "Коллега из {{school|лицея № 2}} дала контакт методиста: в телеграме {{handle|@metodist_ira}}, почта "
    "{{email|irina.metodist@licey2.ru}}. Удобно ли писать методисту чужой школы напрямую?",
    "Звонят с номера {{phone|8 (4872) 55-10-02}}, представляются «из опеки» и просят данные о семье "
    "{{name|Кузьминых}}. Как проверить, что это правда? Опека — это же государственный орган, но мало ли.",
    "Как оформить ссылки в проекте ученика? Он использует статьи с https://ru.wikipedia.org/wiki/Блокада_Ленинграда, "
    "https://rg.ru/2024/01/27/blokada.html и ролик Минпросвещения. Страницы 15–17 учебника, ГОСТ Р 7.0.100-2018. "
    "Проект для 9 класса, защита 20 апреля.",
    "Протокол родительского собрания {{class|9 «Г»}}\n"
    "Дата: 18.09. Присутствовали 21 из 26.\n"
    "1. Выбрали председателя: {{name|Мельникова Ирина}} ({{phone|+7 926 111 22 33}}).\n"
    "2. Обсудили поездку в Суздаль. Сбор — 6 500 руб.\n"
    "3. Разное: {{name|Тагиров Р. Р.}} предложил чат в Telegram: {{url|t.me/roditeli_9g}}.\n"
    "Секретарь: {{name|Орлова А.}}\n"
    "Можно такой протокол разослать всем родителям?",
    "У нас сетевое взаимодействие: {{school|МБОУ СОШ № 5}} ведёт химию для {{school|Берёзовской ООШ}}, а "
    "профориентацию делает {{school|Лицей №7}}. Я — молодой учитель химии, езжу между ними на автобусе. Как учесть "
    "эти часы в нагрузке?",
    "Все подруги говорят, что в {{school|школе номер 57}} наставничество поставлено лучше, чем у нас. Правда ли, что "
    "у них есть клуб молодых учителей? Может, кто-то оттуда расскажет?",
    "Форма обратной связи\n"
    "Имя: {{name|Алсу}}\n"
    "E-mail: {{email|alsu.r.nigmatullina@yandex.ru}}\n"
    "Тема: помощь наставника\n"
    "Сообщение: работаю второй месяц в {{school|МАОУ СОШ № 15}}, веду {{class|5 «А»}} и {{class|5 «Б»}}, не "
    "справляюсь с дисциплиной.",
    "Подскажите по ВПР: в 6 классе вариант 12, задание 7 — ответ «4,5» засчитывается или нужно «4½»? В критериях на "
    "https://fipi.ru/vpr пусто. За работу 15 баллов из 20, это «4»?",
    "В {{class|3 «А»}} двое мальчиков с одинаковыми именами, я зову их «{{name|Саша-большой}}» и "
    "«{{name|Саша-маленький}}». Родители {{name|Саши Л.}} обиделись на прозвище. Как лучше различать детей?",
    "Запись из журнала звонков:\n"
    "14:02 — входящий {{phone|+7 (916) 123-45-67}} (мама {{name|Гриши}}), 3 мин.\n"
    "14:30 — исходящий {{phone|8-916-123-45-68}} (папа), не дозвонилась.\n"
    "15:10 — входящий 8-800-100-00-00 (банк), сбросила.\n"
    "Нужно ли вести такой журнал? Завуч требует.",
    "Коллеги из Минпросвещения и Рособрнадзора проводили вебинар по ФОП ООО (приказ № 370 от 18.05.2023). Запись "
    "лежит на https://edsoo.ru/. Кто смотрел — стоило ли? У меня 27 часов в неделю и 3 параллели.",
    "Наш {{school|лицей «Вторая школа»}} переезжает: старшие классы — в {{school|здание на Фотиевой}}, младшие "
    "остаются в основном. Ученики {{class|10-В}} просят оставить их в старом корпусе. Есть ли смысл их поддерживать?",
    "Для характеристики нужно указать место жительства ученика. Мама продиктовала: "
    "{{address|ул. Гагарина, 12/1, кв. 7}}, а по документам — {{address|пер. Садовый, д. 3}}. Какой адрес писать?",
    "Ученица {{class|7 «Ж»}} попросила подписаться на её блог в телеграме {{handle|@katya_pishet}}. Ответила, что с "
    "учениками в соцсетях не дружу. Правильно? Её мама потом написала с адреса {{email|olga_fedorova@inbox.ru}}, что "
    "я «обидела ребёнка».",
    "Распределение кабинетов на 2025/26: 101–112 — начальная школа, 201–215 — основная, спортзал на 3 этаже. Пожарная "
    "охрана — 101, скорая — 103. Расписание звонков — по СанПиН. Как мне, новичку, быстро запомнить, где что?",
    "Анкета кандидата в наставники\n"
    "ФИО: {{name|Захарова Людмила Геннадьевна}}\n"
    "Паспорт: серия {{document|4512}} № {{document|334455}}\n"
    "СНИЛС: {{document|087-654-321 00}}\n"
    "Место работы: {{school|ГБОУ Школа № 1191}}\n"
    "Это анкета моей наставницы, она просила проверить. Разве для наставничества нужен паспорт?",
    "Мы с коллегой из {{school|гимназии № 11}} организуем обмен опытом. Встречаемся у неё: Тула, "
    "{{address|ул. Мосина, дом 14, кв. 3}}, домофон 3. Телефон на всякий случай: {{phone|8 953 444 55 66}}. Это "
    "нормально — встречаться дома?",
    "Школьный психолог ведёт блог {{url|https://instagram.com/psy_anna_school}} и рассказывает там истории детей (без "
    "имён, но узнаваемо — «девочка из {{class|6 «Б»}} с рыжими косичками»). Можно ли ей на это указать, я ведь "
    "новенькая?",
    "Коллеги, посоветуйте литературу по наставничеству. Пока читаю методичку НИУ ВШЭ и статью в журнале «Вопросы "
    "образования» (№ 3, 2022, с. 45–67). Ещё нашла лекцию https://www.youtube.com/watch?v=dQw4w9WgXcQ — это отдельное "
    "видео, не канал. Стоит смотреть?",
    "Привет! Я {{name|Лера}}, учитель истории, {{school|МБОУ «СОШ № 9»}}, Калуга. Ищу наставника онлайн. Контакты: "
    "{{phone|8 (4842) 72-15-09}}, {{url|vk.com/lera.history}}, {{handle|@lera_history}}. Веду {{class|6 «Б»}} и "
    "{{class|7 «А»}}, первый год.",
]
ROUND_6C_ENGLISH = [
    "I'm an ECT at {{school|Hollins Park Academy}} and my mentor has gone on maternity leave. A parent, "
    '{{name|Mrs D. Okafor}}, emailed me her son\'s NHS number ({{document|485 777 3456}}) "for the trip form". Do I '
    "actually need it, and where should it be stored?",
    "EDUCATIONAL VISIT – CONSENT FORM\n"
    "Pupil: {{name|Jayden Carter}}    Form: {{class|Form 7R}}\n"
    "UPN: {{document|A123456789012}}\n"
    "NHS no.: {{document|4857773456}}\n"
    "Home address: {{address|Flat 3, 22 Station Street}}, Leeds\n"
    "Emergency contact: {{phone|07700 900123}}\n"
    "---\n"
    "My Head of Year says I should keep a copy on my own laptop for the trip. Is that OK under GDPR?",
    "A TA in my class, {{name|Priya}}, left her payslip on my desk with her National Insurance number "
    "({{document|QQ 12 34 56 C}}) showing. Do I mention it to her or just drop it at the office in an envelope?",
    "Planning a Sherlock Holmes unit for Year 9. The kids love that 221B Baker Street is now a museum address. Any "
    "resources apart from https://www.bbc.co.uk/bitesize/subjects/z3kw2hv and the gov.uk page on the KS3 curriculum? "
    "We're using the anthology (ISBN 978-0-19-835612-4), pages 40–47.",
    "Anyone else at {{school|St Mary's C of E Primary}}? I've got {{class|Year 4B}} and one parent keeps ringing the "
    "office on {{phone|(020) 7946 0958}} ext. 214 asking to be put straight through to me mid-lesson. How do I set a "
    "boundary without upsetting her?",
    "I teach {{class|9X2}} and {{class|10Y/Ma1}} back to back. {{name|Kieran}} in {{class|9X2}} keeps following me to "
    "the next room and hanging around at the door. Is it a safeguarding thing or am I overthinking?",
    "Our trust has split the school across the {{school|Oakfield site}} and the {{school|Lower School building}}, and "
    "my Year 7s are timetabled on {{school|Cedars Campus}} on Fridays. It's a fifteen-minute walk between them. How "
    "do other split-site ECTs cope?",
    "A girl in {{class|Year 10C}} has made a TikTok ({{url|tiktok.com/@maths_miss_parody}}) doing impressions of me. "
    "Her main Instagram is {{handle|@ellie.b_2009}} and it's public. Do I report this or speak to her first?",
    "Quick reminder for the ECT group: meet @ 3pm in the staff room for moderation, room 12. Bring marked Y8 books "
    "(grades 4–6 only). Coffee is £1 and the copier code is still 0000.",
    "Kind regards,\n"
    "{{name|Mr T. O'Neill}}\n"
    "Teacher of Geography | {{school|Riverside High School}}\n"
    "T: {{phone|+44 7700 900123}}\n"
    "E: {{email|t.oneill+mentoring@riverside-high.sch.uk}}\n"
    "---\n"
    "Question for mentors: is it wise to have my mobile in my email signature when I email parents?",
    "{{school|Greenway Primary School}} – Autumn Newsletter\n"
    "• Congratulations to {{class|Class 3P}} on 100% attendance this half term!\n"
    "• Our new Reception teacher, {{name|Miss Harper}}, joins us from {{school|Westfield Lyceum}}.\n"
    "• Follow us: {{url|https://www.facebook.com/GreenwayPrimarySchool}}\n"
    "• Ofsted report: https://reports.ofsted.gov.uk/\n"
    "I've been asked to proofread this. Is there anything here that shouldn't go out?",
    "Minutes – Pastoral meeting, 4 November\n"
    "Present: {{name|Mrs Shah}}, {{name|S. Ahmed}}, me (ECT)\n"
    "1. {{name|Leo W.}} ({{class|8T}}) – attendance 71%. Mum's new number: {{phone|07911 123456}}.\n"
    "2. Behaviour log moved to room B14.\n"
    "Action: {{name|Mr Ahmed}} to call home by Friday.\n"
    "Can minutes like these live on the shared drive?",
    "Doing my first home visit tomorrow with the DSL, to {{address|14 Elm Road}}. The family have asked us not to "
    "park outside. Any tips for a first visit? I'm nervous.",
    "I trained at {{school|King's College School}} and now teach at {{school|Harris Academy Peckham}}, and the "
    "behaviour systems could not be more different. Any advice on adapting?",
    "I'm on exchange from Ohio, teaching {{class|Grade 4B}} here for a year. Back home parents called the school on "
    "{{phone|555-0134}} and left a message; here they email me directly. Is that normal in the UK?",
    "HR sent me a spreadsheet of new staff by mistake. It has my own NI number ({{document|QQ123456C}}) and a "
    "colleague's, {{document|AB 98 76 54 D}}, next to our salaries. Who do I tell?",
    "Our academy follows the DfE guidance "
    "(https://www.gov.uk/government/publications/keeping-children-safe-in-education--2) and I'm doing UCL's IOE "
    "mentoring module. Year 9 options evening is in the hall, 6–8pm, tickets £3. How much should an ECT say to "
    "parents about options?",
    "I've moved from Glasgow, where I taught P5, to a secondary in Fife with two S2 classes. One boy, "
    "{{name|Callum}}, keeps calling me by my first name because his mum, {{name|Mrs Fraser}}, is my neighbour. How do "
    "I handle it?",
    "Parents of {{class|6H}} set up a Telegram group ({{url|https://t.me/+Qw3rTyParents}}) and added me without "
    "asking. One dad, {{handle|@big_dave_77}}, messages late at night. Can I leave the group?",
    "Class reps list for {{class|Year 5M}}:\n"
    "- {{name|Gemma}} (reading volunteers) – {{phone|07700 900456}}\n"
    "- {{name|Tom Reilly}} (PTA) – {{phone|+44 (0)7700 900789}}\n"
    "- {{name|Aisha}}'s mum – {{phone|07700900321}}\n"
    "Is it OK to print this and stick it on the classroom door?",
    "Does anyone have a good lesson on the NHS? I want Year 11 to look at https://www.nhs.uk/conditions/ and the 111 "
    "service. 999 for emergencies, obviously. Page 23 of the PSHE booklet, £2.50 per copy from the print room.",
    "A pupil's new address came through as {{address|Flat 12B, Marlowe House, 7 Canal Street}}. The office says I "
    "should update the register myself. Is that the class teacher's job?",
    "Our school website ({{url|https://www.hollinspark.org.uk}}) has a staff page with photos and surnames. Can I ask "
    "to be taken off? I teach {{class|Year 6S}} and some parents are already very intense.",
    "A Year 8 boy has a YouTube channel ({{url|youtube.com/@gamerjoe_2011}}) where he streams from his bedroom. His "
    "blazer with the {{school|Bishop Challoner Catholic College}} crest is visible. Do I raise it with the DSL?",
    "A former pupil has added me on Facebook ({{url|www.facebook.com/jess.morgan.1998}}). She's 19 now. Accept or not?",
    "Two parents emailed from addresses I don't recognise: {{email|sarah.j.lewis@btinternet.com}} and "
    "{{email|daddy.of.twins+school@gmail.com}}. How do I verify they are who they say they are before discussing "
    "{{name|Ruby}}'s report?",
    "How do I reference things in a department handbook? Section 4.2 cites the Education Act 2002, s.175, and the "
    "Teachers' Standards (https://www.gov.uk/government/publications/teachers-standards). Room 5, period 3, 30 "
    "copies. Not sure about the format.",
    "[16:02] Me: hi, is this {{name|Mrs Kowalski}}?\n"
    "[16:03] {{phone|+44 7911 654321}}: yes, who's this\n"
    "[16:03] Me: {{name|Emma}}'s teacher from {{class|Year 3K}}\n"
    "[16:05] {{phone|+44 7911 654321}}: oh sorry, new number!\n"
    "Was it wrong to text from my personal phone?",
    "Timetable for my first week: Mon P1 {{class|11A/En3}}, P2 {{class|8C}}, P4 {{class|Form 9L}} registration; Tue "
    "P2 {{class|11A/En3}} again. Year 11 mocks start 12 Jan. Any tips for surviving it?",
    "Medical form for {{name|Olivia-Rose}}:\n"
    "Allergies: peanuts (EpiPen in office)\n"
    "NHS number: {{document|943 476 5919}}\n"
    "GP: {{name|Dr Patel}}, Park Lane Surgery, {{phone|0113 496 0000}}\n"
    "Should copies of these live in my planner?",
    "Putting up Childline posters (0800 1111) and the NSPCC helpline in my form room. What else belongs on a Year 7 "
    "noticeboard? Budget is £20.",
    "{{name|Ms Achterberg}}, the new SENCo, asked me to drop the EHCP paperwork at her house, "
    "{{address|9 Whitby Close}}, because she's off sick. Is that appropriate?",
    "Pupil transfer note:\n"
    "Name: {{name|Harrison, Ellie-May}}\n"
    "UPN: {{document|H801200001001}}\n"
    "Previous school: {{school|Greenway Primary School}}\n"
    "Class on entry: {{class|7EL}}\n"
    "The CTF didn't arrive. Can I ask the old school to email the UPN?",
    "A parent tweeted about me from {{handle|@angrydad_leeds}}, tagging the school's account. The tweet names my "
    "class, {{class|Year 2W}}. What do I do?",
    "Teaching the Great Fire of London to Year 2. Pudding Lane, the Monument on Fish Street Hill, Samuel Pepys's "
    "diary at https://www.pepysdiary.com/. Any good videos for 6-year-olds?",
    "Dear Parent/Carer,\n"
    "Re: {{name|Zain Hussain}}, {{class|10Y}}\n"
    "Following the incident on 14 March, a meeting has been arranged in the {{school|Lower School building}} on 21 "
    "March at 4pm. Please call {{name|Mrs L. Grant}} on {{phone|01632 960 123}} ext. 3 to confirm.\n"
    "Yours faithfully, Head of Year 10\n"
    "---\n"
    "My HoY asked me to check this letter. Anything missing?",
    "Supply teacher registration:\n"
    "Name: {{name|Daniel Osei}}\n"
    "NI: {{document|JT 44 55 66 A}}\n"
    "Address: {{address|27a Hillside Avenue}}\n"
    "The agency told me to send this over WhatsApp. Red flag?",
    "In Year 9 we set by ability and I've got the bottom set, {{class|9Ma4}}. {{name|Noah}} told me he's \"in the "
    'thick group". How do I respond?',
    "Does anyone use Oak (https://www.thenational.academy/)? Our academy pays £4 per pupil for Sparx. Department "
    "budget code 4020-MA, PO number 77812. Is that money well spent for KS3?",
    "My mentor, {{name|Dr Helen Marsh}}, suggested I email the exams officer at "
    "{{email|exams.officer@riverside-high.sch.uk}}. Should I cc my own {{email|j.walker.ect@gmail.com}} so I have a "
    "record?",
    "{{name|Sian Pritchard}} | Early Career Teacher\n"
    "{{school|Hollins Park Academy}}, {{school|Oakfield site}}\n"
    "Tel: {{phone|0161 496 0452}} ext. 2201 | Mob: {{phone|07700 900 555}}\n"
    "---\n"
    "Is it OK that my personal mobile appears in the staff directory?",
    'What counts as a "disadvantaged" pupil for the Pupil Premium? I read the guidance '
    "(https://www.gov.uk/government/publications/pupil-premium) and section 3 of the DfE conditions of grant. £1,455 "
    "per primary pupil seems high.",
    "A parent sent me a DM on Instagram from {{handle|@mummy_of_3_leeds}} asking about homework. My account is "
    "private but she found it through my sister. Her email is on file ({{email|l.ward84@outlook.com}}) — should I "
    "reply there instead?",
    "{{class|Form 8R}}'s tutor, {{name|Mr Lindqvist}}, is off long-term and I've been handed the form. They're lovely "
    "but loud. Where do I start?",
    'My school\'s site ({{url|www.riverside-high.sch.uk}}) lists me as "Miss B, Science", but a parent still found '
    "my full name and messaged me. How?",
    'Lost property: a planner from {{class|Year 7J}} with "if found return to {{address|46 Oak Lane}}" inside the '
    "cover and a phone number, {{phone|07700 900 246}}. Do I just give it back to the pupil?",
    'Studying "An Inspector Calls" with Year 10: the Birlings, Inspector Goole, Brumley in 1912. Any good revision '
    "site besides https://www.bbc.co.uk/bitesize/guides/zr8nb9q? The essay is worth 40 marks.",
    "Governors' sub-committee minutes (extract)\n"
    "Item 5: complaint from {{name|Mr P. Nowak}} regarding his daughter's placement in {{class|5W}}. Clerk to reply "
    "to {{address|Flat 2, 88 Victoria Road}}.\n"
    "Item 6: site manager reported a roof leak at {{school|Cedars Campus}}.\n"
    "I'm the staff governor. Can I share this with my mentor?",
    "A recruitment agency found me via LinkedIn ({{url|https://www.linkedin.com/in/rachel-okoye-teacher}}) and "
    "contacted my Head. Awkward. Should I hide my profile during induction?",
    'Text from a parent: "{{name|Max}} has his asthma review, his NHS no is {{document|401 023 2137}} if the nurse '
    'needs it, my number is {{phone|+447700900654}}". Do I forward it to the school nurse?',
    "Our head quoted the Ofsted handbook, paragraph 283, at INSET. Room 2, 8:45. Minimum 5 lesson drops per half "
    "term. Is this normal for the ECT year?",
    "I have {{class|P5C}} this year and one girl, {{name|Isla}}, keeps telling me her mum's new boyfriend lives at "
    "{{address|3 Brook Wynd}}. Should I note it somewhere?",
    "A boy in {{class|Year 8F}} streams on {{url|twitch.tv/lil_gamer_ollie}} during lessons from his phone. "
    "Confiscate, or report it?",
    "{{school|Westfield Lyceum}}\n"
    "{{address|120 Kingsway}}, Manchester\n"
    "Dear {{name|Ms Adebayo}},\n"
    "We are pleased to offer you the post of ECT in Mathematics from 1 September.\n"
    "{{name|Dr R. Hall}}, Principal\n"
    "---\n"
    "Do I need to send back my NI number with the acceptance?",
    'Is it OK to show clips from Newsround (https://www.bbc.co.uk/newsround) in form time? The trust says "see '
    'Policy 7.3, version 2". ISBN for our PSHE scheme: 978-1-4441-2345-6.',
    "{{name|Ahmed}} and {{name|Fatima Khan}}'s father asked to meet at {{school|Cedars Campus}} rather than the main "
    "building because of his wheelchair. Who books the room?",
    "Grandparents who live abroad want updates on {{name|Lucas}} ({{class|Year 1R}}). Their number is "
    "{{phone|+34 612 345 678}}. Can I WhatsApp them from my own phone?",
    "Meet @ the main gate at 8:15 for the trip to the Science Museum (Exhibition Road). 62 pupils, 6 staff, risk "
    "assessment ref RA-2025-014. What do ECTs usually get asked to do on trips?",
    "Found three accounts that seem to belong to pupils in {{class|9Y3}}: {{handle|@jay.mcc10}}, "
    "{{handle|@its_kaylaaa}} and {{handle|@Nick_2010}}. They're posting from inside the school. Do I screenshot "
    "before reporting?",
    "Hi, I'm {{name|Beth}}, RE teacher at {{school|Bishop Challoner Catholic College}}. Looking for an online mentor. "
    "Contact: {{email|beth.re.teacher@gmail.com}}, {{phone|07700 900 888}}, or {{url|instagram.com/miss_beth_re}}. I "
    "teach {{class|7C}} and {{class|8B}}.",
]
