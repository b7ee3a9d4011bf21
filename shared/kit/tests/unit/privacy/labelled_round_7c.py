r"""Tuning batch 7c of the de-identifier's labelled set (issue 15): every category in odd layouts.

Written on 2026-11-30 between 08:35 and 08:38 UTC by a separate author who did not read the rules or the other
labelled files. The author read only the brief and, to see the file format, lines 1-60 of
`labelled_former_held_out_3.py` (its module docstring and its first few data lines); nothing under
`mentor_kit/privacy/`, no test file and no other labelled file was opened, and neither the de-identifier nor any
test was run. No text was taken or paraphrased from other files.

Mix: 100 texts, 50 Russian (`ROUND_7C_RUSSIAN`) and 50 English (`ROUND_7C_ENGLISH`); 10 per language hold no
personal data but many capitalised non-names (places, months, weekdays, subjects, exams, authors, characters,
titles, theorists, public figures, brands, software, public bodies, acronyms). The rest focus on categories other
than names in odd places and layouts: tables with " | " separators, bullet and dash lists, key: value forms,
CSV-like lines, e-mail headers and signatures, chat logs, SMS-style and lowercase messages, letters, long
narratives; schools with owners, numbers, "имени ...", buildings, blocks and branches; addresses with flats,
blocks and postcodes; phones in many groupings and with extensions; obfuscated e-mails; profile, group and channel
links next to generic resource links; handles; personal numbers; class labels of many shapes next to bare years.

Span counts (regex r"\{\{(\w+)\|([^}]*)\}\}" over this module's two lists):
- Russian (163): name 57, class 31, school 22, phone 15, address 10, document 10, url 8, email 7, handle 3.
- English (170): name 67, class 28, school 26, phone 20, address 7, document 8, email 7, url 4, handle 3.
- Total (333): name 124, class 59, school 48, phone 35, document 18, address 17, email 14, url 12, handle 6.

Scored before use (2026-11-30, aggregate, on the rules as round 6 froze them, 8bf7db2): over all categories
precision 0.87, recall 0.89; name P 0.78 R 0.90 (Russian P 0.83 R 0.93, English P 0.75 R 0.88). The rules were not
tuned on it: it is training data of the span model (`RULES_UNSEEN` in `labelled_tuned.py`).

Marks: {{kind|text}}, kinds: name, school, address, phone, email, url, handle, document, class. Conventions: English
names include a title and initials; a possessive ending stays outside the mark; a role word before a name is not
part of it; a Russian possessive adjective made from a name is a name; a surname with initials includes them; a full
name with patronymic is one span, and two names joined by a conjunction are two spans; a nickname or a pseudonym the
writer gives a child is marked like a name. English class labels include the word before them (year, form, class,
grade), a bare set code is the code alone, Russian labels are the number and letter alone, and a bare year without a
group letter is not marked. A school is the named or numbered institution with its type word as written; a building,
block or branch of a school is its own school span; generic mentions of a school, universities and public bodies are
not marked. An address is the street with house (and flat or block) as written, without the city; a city or a street
without a number is not marked. Phones are marked as written, including a leading plus. Personal numbers (СНИЛС,
ИНН, passport, полис ОМС, NHS and National Insurance numbers) are the number only, without the label; passport
series and number together are one span, apart two spans. A profile, channel or group link is a url (the full link
as written, without trailing punctuation), a generic resource or news link is not marked, and a bare handle starting
with @ is a handle. Authors, historical figures, characters, theorists, celebrities and public bodies are not
marked.
"""

ROUND_7C_RUSSIAN = [
    # 1 SMS
    "Здр. Завтра замена в {{class|8б}}, 3-й урок, каб. 214. Ключ у вахтёра. Если что — {{phone|8 912 345 67 80}}, "
    "{{name|Оля}}.",
    # 2 анкета key: value
    (
        "Вот что заполнила мама новенького, можно ли такое хранить в электронном журнале?\n"
        "ФИО ребёнка: {{name|Гусейнов Тимур Рашидович}}\n"
        "Класс: {{class|5 «А»}}\n"
        "Адрес: г. Тверь, {{address|ул. Склизкова, д. 48, корп. 2, кв. 117}}\n"
        "СНИЛС: {{document|123-456-789 01}}\n"
        "Полис ОМС: {{document|6955 8901 2345 6789}}\n"
        "Телефон матери: {{phone|+7(4822)55-01-93}}"
    ),
    # 3 шапка письма
    (
        "Пересылаю вам письмо целиком, чтобы вы видели тон:\n"
        "От: {{name|Шкуратова Алина Викторовна}} <{{email|a.shkuratova@sch1512.ru}}>\n"
        "Кому: {{email|uchitel.istorii.kr@yandex.ru}}\n"
        "Тема: Отработка в {{school|корпусе Б}}\n"
        "«Уважаемая коллега, напоминаю, что отработка для {{class|9 «Д»}} проходит по четвергам, а не по средам».\n"
        "Я ведь не виновата, что расписание в АСУ РСО поменяли без предупреждения."
    ),
    # 4 таблица
    (
        "Составила список на олимпиаду, проверьте формат:\n"
        "ФИО | Класс | Школа\n"
        "{{name|Лапина Вера}} | {{class|10-В}} | {{school|Лицей № 2}}\n"
        "{{name|Мусин Артём}} | {{class|10-В}} | {{school|Лицей № 2}}\n"
        "{{name|Ефремова Д.С.}} | {{class|11 «Г»}} | {{school|МАОУ СОШ № 44}}\n"
        "Муниципальный этап всероссийской олимпиады будет в ноябре, в Доме творчества."
    ),
    # 5 длинный рассказ
    (
        "Пишу вам после очень тяжёлого дня. Я работаю в {{school|57-й школе}} всего два месяца, и мне сразу дали "
        "классное руководство в {{class|7Б}}. Сегодня на перемене {{name|Даня Корольков}} толкнул {{name|Мирона}} "
        "с лестницы, тот разбил губу. Я позвонила маме {{name|Мирона}} по номеру из журнала, "
        "{{phone|8-903-771-20-45}}, "
        "но ответил какой-то мужчина и сказал, что номер давно сменился. Завуч {{name|Ирина Павловна}} посоветовала "
        "написать объяснительную на имя директора и приложить справку из травмпункта на Садовой. Правильно ли я "
        "понимаю, что должна была сама отвести ребёнка к медсестре, а не отправлять его с одноклассницей "
        "{{name|Полиной}}?"
    ),
    # 6 без персональных данных
    (
        "Готовлю открытый урок по «Ревизору» к декабрю. Хочу сравнить Хлестакова с Чичиковым из «Мёртвых душ» и "
        "показать фрагмент постановки Малого театра. Методист из ИРО советует опираться на Лотмана и на статьи из "
        "журнала «Литература в школе». Как думаете, стоит ли в восьмом классе вообще упоминать Мейерхольда? Урок во "
        "вторник, пятым, после физкультуры."
    ),
    # 7 школа номер / в 1535-й
    (
        "Меня зовут {{name|Кирилл Андреевич}}, я первый год в {{school|школе номер 1234}}, а практику проходил в "
        "{{school|1535-й}}. Там в профильных классах было проще: ребята сами выбирали историю. Здесь у меня "
        "{{class|9а}} и {{class|9в}}, и в обоих половина спит на уроке. Посоветуйте что-нибудь по ОГЭ: как "
        "мотивировать тех, кто сдаёт обществознание «для галочки»?"
    ),
    # 8 подпись письма
    (
        "Вот подпись, которую мне предложили ставить в письмах родителям, не слишком ли официально?\n"
        "С уважением,\n"
        "{{name|Матвеева Елена Игоревна}},\n"
        "учитель английского языка {{school|МБОУ «Гимназия № 6 имени Героя Советского Союза А. И. Покрышкина»}}\n"
        "тел. {{phone|+7 (383) 222-14-07 доб. 105}}\n"
        "моб. {{phone|89135550213}}\n"
        "e-mail: {{email|matveeva.ei@gym6-nsk.ru}}"
    ),
    # 9 CSV
    (
        "Выгрузила из «Сетевого города» CSV, но там лишние поля. Первые строки:\n"
        "фамилия;имя;класс;телефон родителя\n"
        "{{name|Абрамов}};{{name|Лев}};{{class|6Г}};{{phone|+79601234567}}\n"
        "{{name|Белова}};{{name|Ксения}};{{class|6Г}};{{phone|8(960)765-43-21}}\n"
        "{{name|Валиев}};{{name|Ренат}};{{class|6Г}};\n"
        "Можно ли отправить это в родительский чат, чтобы люди проверили свои номера?"
    ),
    # 10 ссылки ВКонтакте
    (
        "Родители {{class|4 «Б»}} создали группу {{url|https://vk.com/club219004512}} и добавили туда меня. Там же "
        "мама {{name|Святослава}} выложила фото детей с экскурсии в Третьяковку. Я нашла страницу этой мамы, "
        "{{url|vk.com/id58830127}}, и хотела написать ей лично. Это нормально или лучше через «Сферум»?"
    ),
    # 11 паспорт и свидетельство
    (
        "Для поездки в Казань турфирма требует данные паспорта сопровождающего. Я скинула им: паспорт "
        "{{document|4519 603218}}, выдан ГУ МВД России по г. Москве. А потом подумала — не слишком ли? Ещё они "
        "просят свидетельства о рождении детей, например: серия {{document|V-МЮ}} № {{document|512043}}. Поездка "
        "в марте, едет {{class|8 «В»}}, 24 человека."
    ),
    # 12 телеграм-канал
    (
        "Коллеги из {{school|ООШ с. Каменка}} ведут канал для родителей, вот он: "
        "{{url|https://t.me/kamenka_oosh_roditeli}}. Хочу сделать такой же для своих. Админ там — учитель физики, в "
        "телеграме {{handle|@fizik_petrovich}}. Стоит ли мне заводить канал от своего имени или лучше от школы?"
    ),
    # 13 без персональных данных
    (
        "Подскажите литературу по формирующему оцениванию. Я читала Выготского и немного Эльконина, на курсах в "
        "Академии Минпросвещения упоминали Дилана Уильяма и Джона Хэтти. Хочется чего-то практического, под ФГОС "
        "третьего поколения, и чтобы годилось и для ВПР, и для подготовки к ЕГЭ. В январе у нас методический день, "
        "тема — «Обратная связь на уроке»."
    ),
    # 14 переезд семьи
    (
        "Семья {{name|Зайцевых}} переехала, новый адрес: {{address|пр-т Ленина, 112/3, кв. 45}}, это уже другой "
        "микрорайон, и по закреплению ребёнок должен переходить в {{school|СОШ № 19}}. Мама просит оставить его у "
        "нас до конца четверти. Кто это решает — директор или управление образования?"
    ),
    # 15 короткое
    "Можно я перешлю вам голосовое от папы {{name|Вани Грищука}}? Там он грозится пойти в Рособрнадзор.",
    # 16 ИНН и СНИЛС в чате
    (
        "Бухгалтерия просит мой ИНН {{document|772512345678}} и СНИЛС {{document|156-789-234 55}} для доплаты за "
        "классное руководство. Просят прислать в общий чат школы, а не в личку. Это нормально? Я же в чате не одна."
    ),
    # 17 список с тире
    (
        "Список дежурных по столовой на неделю:\n"
        "— понедельник: {{name|Хабибуллина}}, {{name|Орлов}}\n"
        "— вторник: {{name|Ли}}, {{name|Сомова}}\n"
        "— среда: {{name|Наиль}} и {{name|Тёма}}\n"
        "Вопрос: можно ли ставить дежурить тех, у кого освобождение от физкультуры?"
    ),
    # 18 микрорайон и местный телефон
    (
        "Идём в гости к ветерану, живёт по адресу {{address|мкр. Солнечный, д. 7, кв. 31}}. Договаривалась его "
        "внучка {{name|Анастасия}}, тел. {{phone|29-45-11}}. Берём {{class|5 «Г»}}, идём пешком от "
        "{{school|школы-интерната № 3}}. Нужно ли приказ оформлять, если это меньше километра?"
    ),
    # 19 без персональных данных
    (
        "Вопрос про ОГЭ по математике: в этом году ФИПИ изменил демоверсию, и задания по геометрии стали сложнее. "
        "Мы работаем по учебнику Мерзляка, а пробники берём с сайта «Решу ОГЭ». Завуч хочет, чтобы в феврале мы "
        "провели пробный экзамен строго по регламенту Рособрнадзора. Как вы распределяете повторение между алгеброй "
        "и геометрией в апреле и мае?"
    ),
    # 20 зашифрованная почта
    (
        "Мама {{name|Ариши}} попросила писать ей не в WhatsApp, а на почту: "
        "«{{email|lebedeva76 собака mail точка ru}}». "
        "Я правильно поняла, что это {{email|lebedeva76@mail.ru}}? Не хочу ошибиться, там заключение ПМПК."
    ),
    # 21 структурное подразделение
    (
        "С понедельника меня переводят из основного здания в {{school|структурное подразделение № 2}}, это бывшая "
        "{{school|школа № 318}}, её присоединили к нашему комплексу два года назад. Там нет проектора и "
        "интерактивной доски, а у меня все уроки построены на презентациях."
    ),
    # 22 лог родительского чата
    (
        "Скопировала кусок из родительского чата:\n"
        "[19:42] {{name|Марина Юрьевна}}: кто-нибудь знает, что задали по алгебре?\n"
        "[19:43] Папа {{name|Гоши}}: номера 214, 216\n"
        "[19:45] {{name|Марина Юрьевна}}: спасибо! а учительница вообще отвечает? её телефон "
        "{{phone|8 (916) 004 55 32}}\n"
        "[19:51] {{handle|@tanya_ksh}}: не пишите ей после восьми\n"
        "Это мой номер. Как вежливо попросить убрать его из чата?"
    ),
    # 23 частная школа
    (
        "Устроилась в {{school|ЧОУ «Школа „Перспектива“»}}, у нас в классах по 12 человек. Директор, "
        "{{name|Георгий Нодарович}}, требует еженедельные отчёты о каждом ребёнке в Google Таблицах. В {{class|3 «Б»}} "
        "у меня мальчик {{name|Лёва}} с СДВГ, и я не знаю, можно ли писать диагноз в таблицу, к которой имеют доступ "
        "все учителя."
    ),
    # 24 кадетская школа
    (
        "Вы спрашивали, где я буду работать: взяли в {{school|кадетскую школу № 1770}}, преподаю обществознание. "
        "Форма, построения, всё как в армии. Воспитатель {{class|8 «А»}}, майор {{name|Сухов}}, говорит, что "
        "дисциплину надо держать жёстко. А мне хочется дискуссий, как в «Дебатах» по Карлу Попперу."
    ),
    # 25 без персональных данных
    (
        "Коротко о плане на третью четверть: январь — Великая Отечественная война, февраль — послевоенное "
        "восстановление, март — оттепель. В МЭШ есть хорошие сценарии, а в Яндекс Учебнике — тесты. Для 9 класса "
        "взять фрагменты из «Тёмных аллей» Бунина как межпредметную связь с литературой? Или это уже перебор?"
    ),
    # 26 инстаграм и одноклассники
    (
        "Ученица {{class|10 «А»}} {{name|Карина Ш.}} ведёт блог {{url|instagram.com/karina_sh_dance}} и выложила "
        "видео с урока, где я ругаю класс. Её бабушка нашла мою страницу {{url|https://ok.ru/profile/571203394221}} "
        "и пишет, что видео удалят, если я извинюсь. Как мне реагировать?"
    ),
    # 27 отчёт по практике
    (
        "Для отчёта по практике: база — {{school|ГБОУ «Школа-интернат № 17»}}, адрес: 190000, Санкт-Петербург, "
        "{{address|наб. реки Мойки, д. 106, лит. А}}. Руководитель практики от школы — {{name|Ковальчук Н.В.}}, "
        "тел. {{phone|(812) 314-22-80}}. Куда это вписывать — в титульный лист или во введение?"
    ),
    # 28 короткое
    "{{name|Ульяна}} из {{class|2б}} опять плакала весь урок, а мама не берёт трубку.",
    # 29 преемственность
    (
        "Вопрос про преемственность. Мои пятиклассники пришли из двух мест: половина из {{school|НОШ № 5}}, "
        "половина из {{school|Центра образования № 1479}}. Уровень очень разный, особенно по русскому. ВПР в "
        "сентябре показали, что в {{class|5Д}} почти никто не умеет разбирать слово по составу. Методист говорит "
        "работать по Ладыженской, но мне кажется, этого мало."
    ),
    # 30 без персональных данных
    (
        "Скажите, пожалуйста, как правильно оформить рабочую программу в «Конструкторе рабочих программ»? "
        "Минпросвещения опять обновило ФОП, а в шаблоне старые часы. У нас в Новосибирской области ещё и "
        "региональный компонент — «Сибирь в истории России». Сдавать до 1 сентября, завуч проверяет в пятницу."
    ),
    # 31 сбор у дома
    (
        "Сбор на экскурсию в 8:30 у дома {{name|Лизы}}, {{address|Щёлковское ш., 27, корп. 1}}, её папа везёт на "
        "автобусе {{class|6А}} и {{class|6Б}}. Я не уверена, что можно писать этот адрес в общий чат."
    ),
    # 32 сообщение без знаков препинания
    (
        "а можно вопрос.. у меня в {{class|7 г}} мальчик {{name|самвел}} каждый урок выходит в туалет на 20 мин, "
        "мама говорит ничего не знает. звонила ей {{phone|+7 928 1112233}} не отвечает"
    ),
    # 33 третий корпус
    (
        "Кружок робототехники теперь проходит не в основном здании, а в {{school|третьем корпусе}}, "
        "{{address|Цветной б-р, д. 9}}. Детей из {{class|3 «В»}} туда водит вожатая {{name|Алёна}}, а обратно они "
        "идут сами через дорогу. Кто отвечает, если что-то случится по пути?"
    ),
    # 34 характеристика
    (
        "Характеристика на ученика (черновик):\n"
        "«{{name|Пономарёв Егор Алексеевич}}, 2011 г. р., обучается в {{school|МБОУ «ООШ № 8»}} с 2018 года, в "
        "настоящее время — ученик {{class|8 «Б»}} класса. Проживает по адресу: {{address|ул. Гагарина, д. 3а, кв. 9}}. "
        "Мать, {{name|Пономарёва О.В.}}, воспитанием сына занимается недостаточно…»\n"
        "Подскажите, не слишком ли резко?"
    ),
    # 35 без персональных данных
    (
        "В субботу едем с классом в Ясную Поляну. Экскурсовод обещала рассказать о Толстом, Софье Андреевне и школе "
        "для крестьянских детей. Детям задала прочитать «Кавказского пленника» и «Детство». Посоветуйте, что можно "
        "посмотреть в автобусе, кроме фильма Бондарчука?"
    ),
    # 36 общая ссылка и группа кружка
    (
        "Ссылка на демоверсии: https://fipi.ru/oge/demoversii — это общий ресурс. А вот страница нашего кружка: "
        "{{url|https://vk.com/robokruzhok_lyceum2}}. Руководитель {{name|Данияр Сеитов}}, пишите ему на "
        "{{email|d.seitov@lyceum2-ufa.ru}}."
    ),
    # 37 тикток
    (
        "Мои восьмиклассники нашли мой старый аккаунт {{url|https://www.tiktok.com/@kseniya.teach}} и теперь шутят на "
        "уроках, а ещё завели фан-аккаунт {{handle|@ksyusha_ne_uchitel}}. Удалять старый или сделать вид, что ничего "
        "не было?"
    ),
    # 38 таблица со СНИЛС
    (
        "Надо сдать в соцзащиту список на бесплатное питание. Таблица:\n"
        "№ | ФИО | СНИЛС | класс\n"
        "1 | {{name|Рахимова Зарина}} | {{document|987 654 321 00}} | {{class|1А}}\n"
        "2 | {{name|Терентьев Илья}} | {{document|112-233-445 95}} | {{class|1А}}\n"
        "Отправлять по обычной почте или через Госуслуги?"
    ),
    # 39 ютуб-канал коллеги
    (
        "Коллега, {{name|Соколова Вера}}, ведёт канал по химии {{url|youtube.com/@himiya_s_nulya_sokolova}} и "
        "предлагает записать с моим {{class|11 «Г»}} ролик про ЕГЭ. Если в кадре дети — нужно ли согласие родителей?"
    ),
    # 40 без персональных данных
    (
        "Не знаю, как отвечать родителям на вопрос «зачем учить Пушкина, если есть ChatGPT». Я показываю им, как "
        "нейросеть путает Онегина с Печориным, но это не аргумент. На семинаре в Высшей школе экономики обсуждали "
        "Бахтина и диалогическое чтение, может, с этого начать? Весной будет родительское собрание, хочу "
        "подготовиться заранее."
    ),
    # 41 полис и адрес
    (
        "Медсестра попросила продублировать данные: полис ОМС {{document|7751 2300 4567 8811}}, адрес фактического "
        "проживания — {{address|Сиреневый бульвар, дом 15, корпус 2, квартира 88}}. Это данные {{name|Фёдора}} из "
        "{{class|1 «Д»}}. Я отправила их в WhatsApp, а теперь боюсь, что нарушила 152-ФЗ."
    ),
    # 42 разговорное
    (
        "короче {{name|Толик}} (так его все зовут, по документам он {{name|Анатолий}}) опять подрался. мама сказала "
        "звоните папе, папин номер {{phone|8-926-1-555-444}}, а папа сказал звоните маме"
    ),
    # 43 псевдоним
    (
        "Расскажу про девочку, назову её {{name|Маша}}, из {{class|9 «Е»}}. У {{name|Маши}} дома сложная ситуация: "
        "родители разводятся, она живёт то у бабушки, то у отца. Оценки упали по всем предметам, кроме ИЗО."
    ),
    # 44 приглашение
    (
        "Классный руководитель {{name|Зоя Михайловна}} пригласила меня на выпускной: {{school|Лицей № 1580 при МГТУ "
        "им. Н. Э. Баумана}}, актовый зал, г. Москва, {{address|Балаклавский пр-т, д. 6а}}, 25 июня, 17:00. Прилично "
        "ли практиканту идти?"
    ),
    # 45 без персональных данных
    (
        "Вопрос по теории: чем отличается система Эльконина — Давыдова от системы Занкова? В университете нам это "
        "читали на втором курсе, а сейчас на методобъединении спорят. Хочу подготовить доклад к апрелю, может, "
        "порекомендуете статьи в «Вопросах психологии» или книги издательства «Просвещение»?"
    ),
    # 46 контакты логопеда
    (
        "Для связи с логопедом: {{name|Ирина Сергеевна Кулешова}} ({{email|kuleshova.logoped@gmail.com}}), приём по "
        "вторникам, {{phone|+7-999-012-34-56}}; или через секретаря: {{phone|8 (34342) 2-15-67}}."
    ),
    # 47 гимназия имени
    (
        "Меня пригласили в {{school|гимназию № 1 имени Е. М. Примакова}} на открытый урок. Там учится сын моей "
        "одногруппницы {{name|Даши}}, и она просит, чтобы я «присмотрела». Неудобно."
    ),
    # 48 без персональных данных
    (
        "Планирую проект «Москва Булгакова» для 10 класса: Патриаршие пруды, Садовая, дом Пашкова. Хотим пройти "
        "маршрутом Маргариты и Воланда, а потом сделать сторителлинг в Canva. Проект на две недели в апреле, защита "
        "перед Днём Победы."
    ),
    # 49 акт обследования
    (
        "Акт обследования жилищных условий (черновик):\n"
        "Обучающийся: {{name|Кравченко Денис}}, {{class|4В}}\n"
        "Адрес: {{address|ул. 50 лет Октября, д. 21, кв. 4}}\n"
        "Квартира двухкомнатная, проживают пятеро. Телефон отчима: {{phone|8 (3452) 68 90 12}}\n"
        "Подскажите, кто должен это подписывать — я или соцпедагог?"
    ),
    # 50 без персональных данных
    (
        "На педсовете в четверг выступал представитель Рособрнадзора, говорил про объективность ВПР. Потом директор "
        "попросила всех пройти курс на «Учи.ру» и зарегистрироваться в «Сферуме» до конца ноября. Я не понимаю, "
        "зачем это учителям физкультуры. У вас в Университете так же бывает с приказами сверху?"
    ),
]

ROUND_7C_ENGLISH = [
    # 1 SMS
    "Hi, it's {{name|Jess}}. Running late, can u cover reg for {{class|8T}}? Room S14. Ring me on "
    "{{phone|07700 900461}} if probs x",
    # 2 admissions form
    (
        "This is the admissions form a parent handed me. Should it be sitting in my pigeonhole?\n"
        "Pupil name: {{name|Oliver James Whitcombe}}\n"
        "Year group: 7\n"
        "Tutor group: {{class|7C}}\n"
        "Address: {{address|Flat 4, 27 Harcourt Road}}, Sheffield S10 1DH\n"
        "UPN: {{document|H801200001002}}\n"
        "NHS number: {{document|485 777 3456}}\n"
        "Emergency contact: {{name|Mrs K. Whitcombe}}, {{phone|0114 496 0732}}"
    ),
    # 3 email header
    (
        "Forwarding this so you can see what I mean about tone:\n"
        "From: {{name|Gareth Pugh}} <{{email|g.pugh@northfield-academy.org.uk}}>\n"
        "To: {{email|trainee.english@northfield-academy.org.uk}}\n"
        "Subject: Year 10 mock results\n"
        "Sent from {{school|Block C}}, {{school|Northfield Academy}}\n"
        "'Your marking is too generous and the moderation is on Friday.'\n"
        "He's my head of department and I've only been here since September."
    ),
    # 4 table
    (
        "Here's my seating data for the observation, is it OK to share with the Ofsted inspector?\n"
        "Name | Set | Target | Notes\n"
        "{{name|Amir H.}} | {{class|10Y/Ma1}} | 7 | EAL\n"
        "{{name|Bethany Cole}} | {{class|10Y/Ma1}} | 6 | SEND, ADHD\n"
        "{{name|Callum}} | {{class|10X/Ma2}} | 5 | Pupil Premium\n"
        "The lesson is Thursday P3, simultaneous equations for GCSE."
    ),
    # 5 long narrative
    (
        "I need to vent a little. I'm on my second placement, at {{school|St Mary's RC Primary}}, and my class teacher "
        "{{name|Mrs O'Donnell}} has been off sick since half term, so I've basically had {{class|Class 4B}} on my "
        "own. Yesterday a parent, {{name|Mr D. Nwosu}}, turned up at the gate asking why his son {{name|Tobi}} "
        "hadn't been given the reading book the others had. I explained we group by phonics phase, but he said he'd "
        "write to the governors and to the diocese. Then the office gave him my school email, "
        "{{email|trainee3@stmarys-rc.lancs.sch.uk}}, without asking me. Tonight he's sent three emails. Should I reply "
        "at all while {{name|Mrs O'Donnell}}'s away, or pass it straight to the head?"
    ),
    # 6 no personal data
    (
        "Planning a unit on Of Mice and Men for Year 10 and I'm torn about how to handle Curley's wife and Crooks. "
        "The AQA spec wants context — the Great Depression, Steinbeck's time in Salinas, the Dust Bowl. Has anyone "
        "used the National Theatre recording? I'm also thinking of pairing it with a poem by Langston Hughes. Lessons "
        "start the Monday after October half term."
    ),
    # 7 US placement
    (
        "I'm on exchange at {{school|Roosevelt Middle School}} in Ohio and my cooperating teacher wants me to call the "
        "dad of a 7th grader, {{name|Jayden Morales}}, about missing work. The number in PowerSchool is "
        "{{phone|(555) 204-3318}}, but the mom's cell, {{phone|555.881.2047}}, is marked as preferred. Who do I call "
        "first?"
    ),
    # 8 signature
    (
        "Is this signature OK for parent emails, or too much?\n"
        "Kind regards,\n"
        "{{name|Ms R. Achterberg}}\n"
        "Teacher of Science | {{school|Ashgrove Free School}}\n"
        "{{address|14 Brook Lane}}, Stafford ST16 2AA\n"
        "Direct line: {{phone|01632 960 118 ext. 45}}\n"
        "X: {{handle|@MsA_science}}"
    ),
    # 9 CSV export
    (
        "The MIS export I was given looks like this. Is it OK to email it to my personal account to work on at home?\n"
        "surname,forename,reg,contact\n"
        "{{name|Hussain}},{{name|Zara}},{{class|9X2}},{{phone|07911 123456}}\n"
        "{{name|Kowalski}},{{name|Piotr}},{{class|9X2}},{{email|a.kowalski83@outlook.com}}\n"
        "{{name|Lee}},{{name|Grace}},{{class|9X2}},{{phone|+44 7700 900982}}"
    ),
    # 10 Facebook group
    (
        "A parent has added me to the class Facebook group, "
        "{{url|https://www.facebook.com/groups/oakfieldyear3parents}}, "
        "and they're discussing a child's behaviour there by name; {{name|Harry}}'s mum is furious. I also got "
        "a friend "
        "request from {{url|facebook.com/lisa.brennan.7543}}, who I think is {{name|Harry}}'s mum. Do I accept, "
        "ignore, or tell the DSL?"
    ),
    # 11 National Insurance number
    (
        "Payroll at the trust want my National Insurance number, {{document|QQ 12 34 56 C}}, sent by email to "
        "{{email|hr@riverside-learning-trust.org.uk}}, and they've copied in my head of year, {{name|Mr Fenwick}}. Is "
        "that normal?"
    ),
    # 12 Irish placement
    (
        "I'm on my PME placement in Galway, at {{school|Scoil Bhríde National School}}. A parent left a voicemail from "
        "{{phone|+353 87 123 4567}} and the office gave me their landline too, {{phone|(091) 562 318}}. The child is "
        "in Fourth Class and I've only met the mother once. Do I ring back from the school phone?"
    ),
    # 13 no personal data
    (
        "Reading list question: for my assignment on behaviour management I've got Bill Rogers, Tom Bennett's report "
        "for the DfE, and Paul Dix's When the Adults Change, Everything Changes. Should I include Doug Lemov, or is "
        "Teach Like a Champion too American for a chapter on Ofsted? Deadline is 14 March."
    ),
    # 14 Australian prac
    (
        "Over here in Brisbane my prac school is {{school|Wattle Creek State High School}}. A Year 8 student, "
        "{{name|Mia T.}}, wrote her home address on a 'letter to a pen pal' activity: "
        "{{address|Unit 12/45 Waratah Street}}, Toowong QLD 4066, and I don't want that on the classroom wall. Her "
        "mum's mobile is on the sheet too, {{phone|0412 345 678}}."
    ),
    # 15 short
    "{{name|Mr Adeyemi}}'s told me {{class|11R}} are 'the worst set in the school'. Is it OK to say that to a trainee?",
    # 16 student ID
    (
        "The uni portal wants my reflection uploaded with my student ID, {{document|S2310458}}, in the file name. Our "
        "cohort chat says not to, because the files get shared with placement schools. Who's right?"
    ),
    # 17 bullet list
    (
        "Reading groups for next half term:\n"
        "• Hedgehogs: {{name|Alfie}}, {{name|Ruby}}, {{name|Kacper}}\n"
        "• Foxes: {{name|Isla-Mae}}, {{name|Theo}}\n"
        "• Badgers: {{name|Noor}} and {{name|Freddie B.}}\n"
        "Is it unkind that the lowest group is always the Hedgehogs? The TA thinks so."
    ),
    # 18 US home visit list
    (
        "For the home visit program at {{school|Maple Grove Elementary}}, I was handed a list. First entry: "
        "{{name|Ms Tanya Reyes}}, {{address|1840 W Fulton St Apt 3B}}, Chicago, IL 60612, cell "
        "{{phone|(312) 555-0147}}. "
        "I'm meant to go with the family liaison, but she's off this week."
    ),
    # 19 no personal data
    (
        "Has anyone used Seneca or Sparx for homework with Key Stage 3? Our head wants everything on Google Classroom, "
        "but the Maths department prefers Microsoft Teams. I'm also confused about the Early Career Framework: does "
        "ECT induction count my PGCE placements? The DfE guidance from September is vague."
    ),
    # 20 obfuscated email
    (
        "The parent wrote her email on the consent slip as "
        "'{{email|sandra dot mcleod at btinternet dot com}}', I assume "
        "so no spambot picks it up. Should I type it into Arbor as is, or convert it? Her daughter {{name|Eilidh}} is "
        "in my register class, {{class|2C1}}."
    ),
    # 21 trust schools
    (
        "I've got an interview at {{school|Castleton Studio School}}, part of a trust that also runs "
        "{{school|Castleton Academy}} and {{school|Harewood CE Primary}}. The head, {{name|Dr P. Lindqvist}}, wants me "
        "to teach a sample lesson to {{class|Year 11E}}. Any tips for 16-year-olds who've chosen a vocational route?"
    ),
    # 22 staff chat log
    (
        "Copied from the staff WhatsApp. Is this a data breach?\n"
        "[07:58] {{name|Kev}}: who has {{class|9Z}} period 2? {{name|Leo Grant}}'s mum rang, he's got a dentist appt\n"
        "[08:01] {{name|Sarah W}}: me! her number is {{phone|07700 900 214}} if you need it\n"
        "[08:02] {{name|Kev}}: ta\n"
        "I wasn't even in the conversation, someone added me last night."
    ),
    # 23 infant and junior schools
    (
        "My placement is split: mornings at {{school|Highfield Infant School}}, afternoons at "
        "{{school|Highfield Junior School}} across the road. Different heads, different behaviour policies. In the "
        "infants I'm in Reception, and in the juniors I've got {{class|3W}}, who are lovely but loud."
    ),
    # 24 grammar school interview
    (
        "Interview day at {{school|Queen Elizabeth's Grammar School}}. They asked about the 11-plus and whether I'd "
        "support selection; I dodged. A teacher there, {{name|Ms Okafor}}, gave me her personal email afterwards "
        "({{email|n.okafor.teach@gmail.com}}) and said to get in touch about the History vacancy."
    ),
    # 25 no personal data
    (
        "Key Stage 2 SATs question: the STA moderation visit is in June and our Year 6 team wants to use past papers "
        "from 2019 and 2023. Is that allowed? I also want a Roald Dahl week in June, with Matilda, The BFG and Danny "
        "the Champion of the World, as a reward after the tests. Too much?"
    ),
    # 26 YouTube channel and impersonation
    (
        "A student in {{class|Year 12B}} runs a revision channel, {{url|https://www.youtube.com/@chemwithkai}}, and "
        "he's used a clip of my lesson in it. He also tagged me on Instagram as {{handle|@mrs.hollins.teaches}}, which "
        "isn't my account; someone's impersonating me. I'm {{name|Mrs Hollins}} on the school website, so it was easy "
        "to guess."
    ),
    # 27 school nurse form
    (
        "School nurse form for the Snowdonia trip:\n"
        "Child: {{name|Lily-Rose Ahmed}}\n"
        "Group: {{class|6L}}\n"
        "NHS no.: {{document|943 476 5919}}\n"
        "GP: {{name|Dr M. Singh}}, Orchard Surgery, {{address|3 Mill Street}}\n"
        "Allergies: peanuts\n"
        "Does the form have to travel with us on the coach?"
    ),
    # 28 short
    "Can't believe {{name|Connor}} in {{class|10Y}} called me 'miss' all lesson even after I said it's Mr.",
    # 29 safeguarding
    (
        "I'm co-tutor of {{class|Form 7R}} with {{name|Mr Ibrahim}}. A girl in the form, {{name|Sophie}}, told me on "
        "Friday she'd been getting messages from an older boy at {{school|Westbridge College}}. I passed it to the "
        "DSL, {{name|Ms J. Carver}}, but I haven't heard anything. Is it OK to ask?"
    ),
    # 30 no personal data
    (
        "I'm planning a geography fieldwork day on the Jurassic Coast, at Lulworth Cove and Durdle Door. The "
        "Environment Agency has data on erosion rates, and the Ordnance Survey maps are in the library. The risk "
        "assessment is due by Friday. Should I build in the Edexcel B fieldwork requirements or keep it general?"
    ),
    # 31 separated parents
    (
        "Safeguarding question. A Year 9 boy asked me to post his homework to his dad's address, not his mum's, "
        "because they've split: {{address|Flat 2B, 118 Kingsland High Street}}, London E8. I don't know whether "
        "there's a court order. His name's {{name|Reuben}}, and he's in {{class|9H}}."
    ),
    # 32 lowercase message
    (
        "ok so {{name|mr bellamy}} just told me i have to phone {{name|jacob}}s mum about the fight, on "
        "{{phone|0161 496 0555}}, and i have literally never done a call like that"
    ),
    # 33 blocks of a school
    (
        "My Year 8 lessons are in {{school|Block D}} at {{school|Hollins Park High School}}, a ten-minute walk from "
        "{{school|Block A}}, where I have Year 7 straight after. I'm always late. Is it reasonable to ask for a "
        "timetable change?"
    ),
    # 34 report comment
    (
        "Draft report comment, too blunt?\n"
        "'{{name|Aisha Rahman}} has made steady progress this term. She must now take more care with presentation "
        "and remember her PE kit.'\n"
        "Her dad, {{name|Mr Rahman}}, complained about last year's report to the head at "
        "{{school|Greenfield Primary School}}, so I'm nervous."
    ),
    # 35 no personal data
    (
        "For Black History Month we're doing a display on Mary Seacole, Walter Tull and Claudia Jones. A colleague "
        "suggested adding Marcus Rashford and Stormzy to make it 'relevant'. Is there a line between history and "
        "celebrity? Assembly is on the last Tuesday of October."
    ),
    # 36 generic links and a profile
    (
        "Resource links I use: https://www.bbc.co.uk/bitesize and https://www.tes.com/teaching-resources, both fine. "
        "But a parent sent me his LinkedIn, {{url|https://www.linkedin.com/in/mark-ostrowski-93a1b2}}, asking to "
        "connect. He's the dad of {{name|Ella Ostrowski}} in {{class|Year 4B}}."
    ),
    # 37 US contact sheet
    (
        "Parent contact sheet from my US placement:\n"
        "- {{name|Mrs D. Washington}}: {{phone|555-0192}} (home), {{phone|+1 555 306 7721 ext. 9}} (work)\n"
        "- {{name|Mr Luis Ortega}}: {{phone|555.443.9087}}\n"
        "Why does the first one have no area code?"
    ),
    # 38 Discord
    (
        "A pupil messaged me on Discord, username {{handle|@pixelwitch_09}}, asking for help with coursework. She's in "
        "{{class|10B}}, her name's {{name|Hannah}}. Do I report, reply, or both?"
    ),
    # 39 trust sites
    (
        "The trust has three schools: {{school|Oakridge Academy}}, {{school|Oakridge Primary Academy}} and "
        "{{school|Marsh Lane Free School}}, and we share staff. I've been asked to cover {{class|8M3}} at "
        "{{school|Oakridge Academy}} on Wednesdays. Nobody told me the bus times between sites."
    ),
    # 40 no personal data
    (
        "For my PGCE assignment on metacognition I'm citing the EEF guidance, Flavell, and Zimmerman's model of "
        "self-regulation. My tutor at the University of Exeter said to mention Vygotsky and Bruner too, but the word "
        "limit is 4,000. I teach Year 7 Science on Tuesdays and Fridays, so I'll use that as the case study."
    ),
    # 41 passport number
    (
        "For the Paris trip the travel company wants every adult's passport number. Mine is {{document|123456789}}, "
        "and they want {{name|Mrs Tate}}'s as well. Shouldn't that go through the office at "
        "{{school|Ridgeway Academy}} rather than me?"
    ),
    # 42 Canadian grades
    (
        "In Ontario my host school is {{school|Bayview Public School}}, and {{class|Grade 4B}} and {{class|Grade 4C}} "
        "share one portable. My associate teacher, {{name|Mme Tremblay}}, speaks only French in class, which is "
        "great, but I'm lost half the time."
    ),
    # 43 pseudonym
    (
        "I'll call the boy '{{name|Sam}}', not his real name. {{name|Sam}} is in {{class|Year 3P}} and hides under "
        "the table whenever the fire alarm is tested. His mum says it started after the move from Leeds."
    ),
    # 44 letter template
    (
        "Letter template from the office. Is it OK that my name's on it?\n"
        "{{name|Mrs G. Hughes}}\n"
        "{{address|22 Pen-y-Bryn Terrace}}\n"
        "Bangor\n"
        "LL57 1AB\n"
        "Dear {{name|Mrs Hughes}},\n"
        "{{name|Owen}} has received a detention for Thursday after school. Please contact {{name|Miss T. Roberts}} "
        "(form tutor, {{class|Form 8W}}) on {{phone|01248 370 125}} with any questions."
    ),
    # 45 no personal data
    (
        "Does anyone know whether the new Ofsted report cards apply from November? The NAHT and the NEU both put out "
        "statements, and the Secretary of State talked about it on the BBC. Our school is in the Midlands and we're "
        "expecting a visit before Christmas."
    ),
    # 46 extensions
    (
        "Numbers I've been given for my first week: reception {{phone|020 7946 0321}}, SENCo "
        "{{phone|020 7946 0321 ext. 214}}, and the site manager's mobile {{phone|07700 900 777}}. The SENCo is "
        "{{name|Ms Ferreira}}, and she's only in on Mondays."
    ),
    # 47 C of E primary
    (
        "My second school is {{school|All Saints C of E Primary}}, a tiny village school with mixed-age classes; I'm "
        "with Year 3/4. The head, {{name|Rev. A. Pritchard}}, is also the local vicar and wants me to lead collective "
        "worship."
    ),
    # 48 no personal data
    (
        "We're doing Macbeth with Year 11 and I keep mixing up the Folger line numbers with the Cambridge School "
        "Shakespeare ones. Has anyone got a good resource on Lady Macbeth's sleepwalking scene? I'd also like to show "
        "the Justin Kurzel film, but it's a 15, and the Pearson Edexcel paper is in May."
    ),
    # 49 shared drive dump
    (
        "Found this on the shared drive, in a folder called 'Misc':\n"
        "{{name|Patel, Riya}} — UPN {{document|A123456789012}} — {{class|11K}}\n"
        "{{name|Nowak, Jan}} — UPN {{document|B987654321098}} — {{class|11K}}\n"
        "Should I tell the data protection officer or just move it?"
    ),
    # 50 no personal data
    (
        "Any advice on teaching the Cold War to Year 9? I've got Kennedy, Khrushchev and the Cuban Missile Crisis "
        "sorted, but the Berlin Wall lesson always falls flat. I was thinking of a clip from Bridge of Spies and some "
        "Stasi files from the Bundesarchiv. Our trip to the Imperial War Museum is in February."
    ),
]
