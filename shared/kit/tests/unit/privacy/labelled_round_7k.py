r"""Tuning batch 7k of the de-identifier's labelled set (issue 15): everyday messages to a mentor in both languages.

Written on 2026-11-30 between 09:02 and 09:06 UTC by a separate author who did not read the rules or the other
labelled files. The author read only the brief for this batch, and the module docstring and the first dozen data
lines of `labelled_former_held_out_3.py` (to see the file format; none of its texts is reused or paraphrased), and
checked with a
filtered directory listing that no `*7k*` file existed yet. Nothing
under `mentor_kit/privacy/`, no test and no other labelled file was opened, and the de-identifier was not run.

Mix: 100 texts, 50 Russian (`ROUND_7K_RUSSIAN`) and 50 English (`ROUND_7K_ENGLISH`), each a message by a novice
school teacher to a university mentor or something they paste: forum posts asking for advice about a pupil, a
parent, a colleague or a lesson; e-mails with subject lines, greetings and signatures; reflective diary entries;
lesson observation notes; short questions; long stories of a difficult week; forwarded messages from parents or the
head; pasted chats, forms, tables, characteristics and reports. 10 texts per language hold no personal data but many
capitalised non-names (places, subjects, exams, authors and characters, theorists, public figures, software, public
bodies, headings).

Span counts (pattern `\{\{(\w+)\|([^}]*)\}\}`):
- Russian: name 133, school 8, address 6, phone 6, email 4, url 2, handle 2, document 8, class 27; total 196.
- English: name 137, school 7, address 5, phone 5, email 5, url 2, handle 2, document 3, class 20; total 186.
- Both: name 270, school 15, address 11, phone 11, email 9, url 4, handle 4, document 11, class 47; total 382.

Scored before use (2026-11-30, aggregate, on the rules as round 6 froze them, 8bf7db2): over all categories
precision 0.90, recall 0.90; name P 0.86 R 0.87 (Russian P 0.84 R 0.89, English P 0.89 R 0.85). The rules were not
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
marked. A name written "SURNAME, Firstname" or "Surname, F." is one name span; a speaker's name before a chat
message is a name.
"""

ROUND_7K_RUSSIAN = [
    # 1 forum post
    (
        "Коллеги, добрый вечер! Работаю первый год в {{school|МБОУ СОШ № 12}}, веду русский и литературу в "
        "{{class|6 «Б»}}. Есть девочка, назову её {{name|Соня}}, которая плачет из-за каждой четвёрки. Мама, "
        "{{name|Ирина Викторовна}}, уверяет, что дома за оценки не ругают. Психолог у нас на полставки и бывает "
        "только по четвергам. С чего начать разговор с {{name|Соней}}?"
    ),
    # 2 e-mail with signature
    (
        "Тема: План открытого урока 14 декабря\n\n"
        "Уважаемая {{name|Марина Сергеевна}}!\n\n"
        "Присылаю план урока по теме «Причастный оборот» для {{class|7А}}. На урок обещал прийти методист из ИРО, "
        "поэтому буду благодарна за замечания до пятницы.\n\n"
        "С уважением,\n"
        "{{name|Кузнецова Алина Дмитриевна}},\n"
        "учитель русского языка {{school|Гимназии № 3}}\n"
        "тел. {{phone|+7 (912) 608-44-15}}\n"
        "{{email|a.kuznetsova.gym3@mail.ru}}"
    ),
    # 3 diary entry
    (
        "Вторник. Первый урок без {{name|Татьяны Петровны}}: она на больничном. Физика в 9 классе, законы Ньютона. "
        "{{name|Рустам}} всё время спрашивал про Илона Маска и ракеты, {{name|Димка Волков}} спал на последней "
        "парте. Вывод: начинать надо с опыта, а не с формулы."
    ),
    # 4 pasted parents' chat
    (
        "Вставляю кусок из родительского чата {{class|3 «А»}}, не знаю, отвечать ли:\n\n"
        "{{name|Оксана}} (мама {{name|Лизы}}): почему по окружающему миру опять проект на выходные?\n"
        "{{name|Гульнара Ринатовна}}: у нас тоже до ночи клеили\n"
        "{{name|Оксана}}: {{name|лиза}} вообще плакала\n"
        "Я: Проект «Красная книга Урала» задан две недели назад.\n"
        "{{name|Гульнара Ринатовна}}: мы не видели в Сферуме"
    ),
    # 5 characteristic
    (
        "ХАРАКТЕРИСТИКА\n"
        "на обучающегося {{class|8 «Г»}} класса {{school|МАОУ «Лицей № 7»}} г. Перми\n"
        "{{name|Зайцева Максима Андреевича}}, 2011 года рождения,\n"
        "проживающего по адресу: {{address|ул. Революции, д. 21, кв. 48}}\n\n"
        "{{name|Максим}} обучается в лицее с 2018 года. Успеваемость удовлетворительная: по алгебре и геометрии "
        "«3», по истории и обществознанию «4». В коллективе конфликтен, на замечания реагирует резко. Посещает "
        "секцию самбо в спорткомплексе «Олимп».\n\n"
        "Классный руководитель: {{name|Е. А. Мельникова}}"
    ),
    # 6 short question
    (
        "Как работать с ребёнком-инофоном? У меня в {{class|5В}} новый мальчик, {{name|Бахтиёр}}, приехал из "
        "Самарканда, по-русски почти не говорит, а заключения ПМПК нет."
    ),
    # 7 forwarded message from the head
    (
        "Пересылаю письмо от директора, не понимаю, что от меня хотят:\n\n"
        "---------- Пересланное сообщение ----------\n"
        "От: {{name|Громова Наталья Ивановна}} <{{email|director@school45-ekb.ru}}>\n"
        "Тема: Мониторинг\n\n"
        "Коллеги, до 5 декабря заполнить таблицу по ВПР в Excel и загрузить в папку на Яндекс Диске. "
        "Ответственные за {{class|5А}} и {{class|5Б}}: {{name|Орлова}} и {{name|Ханова}}.\n\n"
        "{{name|Н. И. Громова}}, директор {{school|МАОУ СОШ № 45}}"
    ),
    # 8 lesson observation notes
    (
        "Наблюдение урока, 2 ноября, {{class|10 «Б»}}, обществознание, учитель {{name|Смирнов К. О.}}\n"
        "— Организационный момент затянулся (6 мин.).\n"
        "— Хорошо: кейс про Конституцию РФ и работу Государственной Думы.\n"
        "— {{name|Арина}} и {{name|Полина}} работали, остальные слушали.\n"
        "— Вопрос к {{name|Кириллу Олеговичу}}: зачем презентация на 40 слайдов?"
    ),
    # 9 long story of a difficult week
    (
        "Неделя была ужасная, просто выговорюсь. В понедельник папа {{name|Егора}} пришёл в школу и при детях "
        "кричал, что я «придираюсь к сыну». Во вторник {{name|Вера Павловна}}, наш завуч, сказала, что жалобу на "
        "меня уже написали в управление образования. В среду сорвался урок в {{class|9 «Д»}}: {{name|Паша Ларин}} "
        "включил на телефоне музыку, а когда я попросила выключить, {{name|Ларин}} ответил, что у него «права "
        "человека». В четверг заболела сама, но подменить было некому. В пятницу {{name|Егоркина}} мама написала "
        "мне во ВКонтакте (вот её страница: {{url|https://vk.com/id483920176}}), что извиняется за мужа. Как вообще "
        "не выгореть в первый год?"
    ),
    # 10 short question, no personal data
    (
        "Подскажите по ОГЭ по русскому: в демоверсии ФИПИ на 2027 год изменилось задание 9? На «Решу ОГЭ» ещё "
        "старые варианты, а в сборнике Цыбулько уже новые. По какому готовить?"
    ),
    # 11 e-mail with a personal number
    (
        "Тема: Вопрос про регистрацию на олимпиаду\n\n"
        "Здравствуйте, {{name|Ольга Викторовна}}!\n"
        "Регистрирую учеников на региональный этап олимпиады по биологии, а система просит СНИЛС. У "
        "{{name|Камиллы Юсуповой}} он есть ({{document|154-872-310 44}}), а родители {{name|Тимура Алиева}} "
        "его не дали. Можно ли регистрировать без него? И правильно ли, что я вообще пересылаю такие данные по "
        "почте?\n\n"
        "{{name|Валерия}}\n"
        "{{phone|8-921-447-03-19}}"
    ),
    # 12 short question
    (
        "{{name|Петя}} из {{class|2 «В»}} кусается. Серьёзно. Мама {{name|Пети}} считает, что это возрастное. "
        "Что делать?"
    ),
    # 13 lesson planning, no personal data
    (
        "Веду «Мёртвые души» в 9 классе. Чичикова ребята понимают, а Манилова и Собакевича путают. Хочу сделать "
        "урок «Помещики Гоголя как галерея типов» с отрывками из фильма Швейцера. Кто-то делал подобное? Ещё думаю "
        "связать с Салтыковым-Щедриным и «Историей одного города»."
    ),
    # 14 diary entry with diminutives
    (
        "Записки после продлёнки. {{name|Ванюша}} опять ждал маму до семи. {{name|Серёжкин}} рюкзак снова оказался "
        "в туалете, подозреваю {{name|Мирона}} и {{name|Лёву}}. Дежурная {{name|Любовь Андреевна}} говорит, что "
        "«мальчишки есть мальчишки»."
    ),
    # 15 forwarded message from a parent
    (
        "Получила вот такое сообщение в WhatsApp, переписываю как есть:\n"
        "«Здравствуйте, это мама {{name|Амира Назарова}}. Мы переезжаем на {{address|ул. Белинского, д. 112, кв. 7}}, "
        "теперь ребёнок будет ходить в {{school|корпус на Шейнкмана}}. Можно ли оставить его в вашем классе? Мой "
        "номер {{phone|+79024411852}}, {{name|Диляра}}»\n"
        "Что ей ответить, если корпус другой, а класс один?"
    ),
    # 16 reading for a seminar, no personal data
    (
        "Читаю Выготского и Эльконина к семинару. Никак не пойму разницу между зоной ближайшего развития и ведущей "
        "деятельностью. В учебнике Подласого всё очень сухо, а у Сухомлинского в «Сердце отдаю детям», наоборот, "
        "одни истории. Что почитать понятное?"
    ),
    # 17 forum post about a colleague
    (
        "Нужен совет по коллеге. Учитель математики {{name|Голубев}} при детях называет мой предмет (ИЗО) "
        "«ерундой». {{name|Игорь Семёнович}} старше меня на тридцать лет, спорить неудобно. Вчера он забрал мой "
        "урок в {{class|6А}} под контрольную, не предупредив. Идти к директору или поговорить лично?"
    ),
    # 18 pasted application form
    (
        "Помогите разобраться с заявлением на путёвку в лагерь «Орлёнок», там столько данных:\n"
        "ФИО ребёнка: {{name|Нгуен Ань Минь}}\n"
        "Свидетельство о рождении: {{document|II-АИ 604215}}\n"
        "Полис ОМС: {{document|6655 4407 2901 8834}}\n"
        "Родитель: {{name|Нгуен Тхи Хоа}}, паспорт {{document|65 19 482006}}\n"
        "Адрес: г. Екатеринбург, {{address|ул. Викулова, 33, корп. 2, кв. 115}}\n"
        "Я правильно понимаю, что это всё должен заполнять родитель, а не классный руководитель?"
    ),
    # 19 pasted pupils' chat, lower case
    (
        "Переписала кусок из чата моих девятиклассников, который мне переслала мама одного из них:\n"
        "{{name|макс}}: кто сделал алгебру скиньте\n"
        "{{name|ника}}: у {{name|тёмы}} спиши\n"
        "{{name|тёма}}: ага щас\n"
        "{{name|макс}}: {{name|ника}} ты злая\n"
        "Дальше там хуже, с матом. Как реагировать, если чат не официальный?"
    ),
    # 20 after a staff meeting, no personal data
    (
        "Итоги педсовета для себя: Минпросвещения обновило ФГОС ООО, с сентября «Разговоры о важном» по "
        "понедельникам, «Россия — мои горизонты» по четвергам. Ещё обсуждали Пушкинскую карту и поездки в "
        "Третьяковку. Голова кругом. Как вы всё это совмещаете с программой?"
    ),
    # 21 practice reflection
    (
        "Рефлексия по практике, неделя 3.\n"
        "Наставник: {{name|Белова С. Г.}} Сегодня она разбирала мой урок по теме «Причастие»: слишком много говорю "
        "сама. Согласна. {{name|Алиса К.}} отвечала за весь класс, а {{name|Фёдор}} и {{name|Ахмед}} за урок не "
        "сказали ни слова. На следующей неделе попробую приём «Думай, обсуди в паре, поделись» из книги Лемова."
    ),
    # 22 forwarded complaint from a parent
    (
        "Пересылаю письмо мамы, помогите с ответом.\n\n"
        "От: {{email|svetlana.r.1985@gmail.com}}\n"
        "Тема: Оценка за диктант\n\n"
        "Здравствуйте! Моя дочь {{name|Роза Хабибуллина}} получила «2» за диктант, хотя ошибок всего пять. В прошлом "
        "году {{name|Зинаида Фёдоровна}} за такое ставила «3». Прошу пересмотреть оценку, иначе буду писать в "
        "Рособрнадзор.\n"
        "{{name|Светлана Хабибуллина}}"
    ),
    # 23 short question
    ("Можно ли ставить «2» за отказ отвечать? Мальчик в {{class|7 «Е»}}, {{name|Лев}}, просто молчит у доски."),
    # 24 question to colleagues, no personal data
    (
        "Вопрос учителям информатики: что берёте в 8 классе, Python или Pascal? Я начала с КуМира, но дети просят "
        "Python, как на Stepik и в Яндекс Учебнике. На ЕГЭ можно и то и другое. Боюсь, что в 9 классе к ОГЭ не "
        "успеем."
    ),
    # 25 forum post about a parent
    (
        "Добрый день. Я молодой учитель начальных классов в {{school|школе № 118}} (Новосибирск). Папа одной моей "
        "ученицы, {{name|Миланы}}, пишет мне в Telegram почти каждый вечер, иногда после одиннадцати: то про "
        "домашнее задание, то про то, что {{name|Милану}} пересадили. Его ник {{handle|@andrey_k_nsk}}. Я один раз "
        "ответила в 23:40, и теперь он считает, что так и надо. Директор {{name|Сергей Львович}} говорит «ставьте "
        "границы», но как это сделать вежливо? Написать в общий чат, что я отвечаю с 9 до 18?"
    ),
    # 26 lesson observation notes
    (
        "Заметки после посещения урока у {{name|Анны Михайловны Ткач}} ({{class|4 «Б»}}), математика:\n"
        "1) Устный счёт в виде игры «Молчанка», дети в восторге.\n"
        "2) {{name|Гоша}} и {{name|Ярослава}} работали у доски, остальные по карточкам Петерсон.\n"
        "3) {{name|Анна Михайловна}} хвалит конкретно: «{{name|Ульяна}}, ты нашла второй способ».\n"
        "Что из этого взять в свой {{class|2 «Г»}}?"
    ),
    # 27 lesson planning, no personal data
    (
        "Готовлю урок про Петра I для 8 класса: Полтавская битва, Северная война, Табель о рангах, основание "
        "Петербурга. Хочу дать детям отрывок из «Полтавы» Пушкина и картину Серова «Пётр I». Не слишком ли много для "
        "одного урока? Может, перенести Ништадтский мир на следующий?"
    ),
    # 28 copy of a formal letter
    (
        "Копия письма, которое я отправила завучу:\n\n"
        "Уважаемая {{name|Людмила Аркадьевна}}!\n"
        "Прошу разрешить провести урок литературы в {{class|11 «А»}} в Музее Бажова 12 декабря. Сопровождать детей "
        "вызвалась мама {{name|Веры Климовой}}, её телефон {{phone|8 (343) 371-22-90}}.\n\n"
        "{{name|Д. Р. Сафина}}, учитель русского языка и литературы\n"
        "{{school|Лицей № 130}}, {{school|корпус 2}}"
    ),
    # 29 short question
    (
        "Девочка из {{class|10А}} просит называть её {{name|Ксю}}, а не {{name|Ксенией}}, а в журнале она, понятно, "
        "{{name|Ксения Андреевна Лебедь}}. Стоит ли идти навстречу?"
    ),
    # 30 after a trip, no personal data
    (
        "Ездили с классом в Дарвиновский музей в Москве. Дети больше всего запомнили чучело дронта и витрину про "
        "Менделя и горох. Хочу сделать по итогам урок про эволюцию: Ламарк против Дарвина, потом Вавилов и его "
        "Институт растениеводства. Какие задания вы давали после таких поездок?"
    ),
    # 31 forum post about bullying
    (
        "Ситуация травли в {{class|6 «В»}}. Мальчика, назовём его {{name|Тёма}}, дразнят из-за веса. Зачинщица — "
        "девочка, которую все зовут {{name|Принцесса}}, её настоящее имя {{name|Есения}}. Родители {{name|Есении}} "
        "в родительском комитете. С чего начать?"
    ),
    # 32 report with a table
    (
        "Отчёт по итогам четверти, {{class|5 «А»}} (отправляю на проверку):\n"
        "ФИО\tРусский\tЛитература\tПропуски\n"
        "{{name|Абрамова Дарья}}\t4\t5\t2\n"
        "{{name|Бойко Назар}}\t3\t4\t14\n"
        "{{name|Ли Виктория}}\t5\t5\t0\n"
        "{{name|Эрдынеева Сэсэг}}\t4\t4\t6\n"
        "Вопрос: надо ли писать объяснительную по {{name|Бойко}}, если у него справки из поликлиники?"
    ),
    # 33 short question, no personal data
    (
        "Кто пользуется Сферумом для домашних заданий? У нас часть родителей сидит в WhatsApp, часть в Telegram, а "
        "школа требует VK Мессенджер. Электронный дневник — «Дневник.ру», а оценки ещё дублируем в бумажный журнал. "
        "Как вы всё это не путаете?"
    ),
    # 34 diary entry
    (
        "Сегодня {{name|Надежда}} из {{class|9 «Б»}} впервые сама подошла после урока. Сказала, что хочет на "
        "олимпиаду по праву, а мама против. {{name|Надя}} очень закрытая, так что для меня это победа."
    ),
    # 35 e-mail with own address
    (
        "Тема: Хрестоматии\n\n"
        "{{name|Ольга Викторовна}}, добрый день! Вы предлагали отдать старые хрестоматии. Можно прислать их "
        "курьером на мой адрес: {{address|пр. Ленина, 54, кв. 301}}? Или я сама заберу на кафедре в среду.\n"
        "{{name|Валерия Ким}}"
    ),
    # 36 literature question, no personal data
    (
        "Начинаем «Евгения Онегина». Ребята спрашивают, почему Татьяна не ушла к Онегину в восьмой главе. Хочу "
        "показать им письмо Татьяны в исполнении Смоктуновского и сравнить с оперой Чайковского. Лотман в "
        "комментарии пишет об этом подробно. Какие вопросы задать, чтобы не было «потому что так написал Пушкин»?"
    ),
    # 37 forum post about a trainee
    (
        "Меня назначили наставником (!) для практикантки из УрГПУ, хотя я сама работаю второй год. Практикантка, "
        "{{name|Юлия Сергеевна Пак}}, старше меня. {{name|Пак}} уже просит дать ей {{class|8 «Ж»}}, самый сложный. "
        "Методист университета {{name|Ермолаева}} на связи только по почте {{email|ermolaeva.uspu@yandex.ru}}. Как "
        "отказать, чтобы не испортить отношения?"
    ),
    # 38 e-mail with a channel link and a handle
    (
        "Тема: Канал для родителей\n\n"
        "Здравствуйте, {{name|Ольга Викторовна}}! Завела телеграм-канал для родителей своего {{class|1 «Д»}}: "
        "{{url|https://t.me/klass1d_school27}}. Там фото с уроков (без лиц) и домашние задания. Коллега "
        "{{name|Инна Рудольфовна}} говорит, что это нарушает закон о персональных данных. Права ли она? Мой личный "
        "аккаунт там {{handle|@valeria_teach}}.\n"
        "{{name|Валерия}}"
    ),
    # 39 long story of a trip
    (
        "Расскажу, что случилось на экскурсии. Мы поехали с {{class|7 «Б»}} в Казань, в Кремль и музей Тукая. Со "
        "мной была вторая сопровождающая, {{name|Альбина Рашидовна}}. На обратном пути {{name|Марат}} и "
        "{{name|Ефим Гольдберг}} потерялись на вокзале: оказалось, пошли за шаурмой. Телефон {{name|Ефима}} сел, а "
        "{{name|Маратов}} папа ({{phone|+7 917 265 33 08}}) трубку не брал. Нашли через сорок минут. Дома "
        "{{name|Гольдберг}} сказал маме, что это я их отпустила. Теперь мама требует объяснительную. Что писать?"
    ),
    # 40 short question
    ("Нормально ли, что {{name|Иван Ильич}} (наш физрук) ставит оценки за форму?"),
    # 41 characteristic draft
    (
        "Помогите отредактировать характеристику на ПМПК:\n"
        "«{{name|Шевчук Богдан}}, ученик {{class|3 «Г»}}. Мальчик быстро утомляется, на уроке чтения через 10–15 "
        "минут отвлекается. Мама, {{name|Шевчук О. В.}}, отмечает, что дома ребёнок занимается охотно. Логопед "
        "{{name|Р. М. Дьяконова}} рекомендует занятия 2 раза в неделю.»\n"
        "Не слишком ли сухо?"
    ),
    # 42 pasted colleagues' chat
    (
        "Из чата наших молодых учителей:\n"
        "{{name|Кира}}: кто знает, как поставить в журнале «н» задним числом?\n"
        "{{name|Самир}}: через {{name|Лидию Петровну}}, у неё админка\n"
        "{{name|Кира}}: а она до скольки сегодня?\n"
        "{{name|Самир}}: до 16, кабинет 214\n"
        "Это вообще законно, исправлять пропуски задним числом?"
    ),
    # 43 reading reflection, no personal data
    (
        "Перечитываю «Педагогическую поэму» Макаренко. Интересно, как Антон Семёнович работал с колонистами: "
        "Карабанов, Задоров, Бурун. Можно ли сейчас что-то взять из его системы? В методичках Минпросвещения любят "
        "на него ссылаться, а в школе я такого не видела."
    ),
    # 44 e-mail with personal numbers
    (
        "Тема: Документы для трудоустройства\n\n"
        "Пересылаю вам, {{name|Ольга Викторовна}}, то, что отправила в отдел кадров. Правильно ли оформлено?\n\n"
        "«{{name|Ким Валерия Игоревна}}\n"
        "ИНН {{document|665812345670}}\n"
        "СНИЛС {{document|176-445-902 31}}\n"
        "паспорт: серия {{document|65 21}}, номер {{document|774310}}\n"
        "адрес регистрации: {{address|ул. Малышева, д. 8, кв. 19}}»\n"
        "И нормально ли отправлять это обычной почтой?"
    ),
    # 45 short question
    (
        "Как вы обращаетесь к старшеклассникам: полным именем или коротким? У меня в {{class|10 «А»}} "
        "{{name|Саша Воронцов}} обижается, когда я говорю «{{name|Саша}}», и просит «{{name|Александр}}»."
    ),
    # 46 notes after mentor feedback
    (
        "Мои заметки после вашего разбора урока:\n"
        "— не спрашивать всё время {{name|Ибрагимова}} и {{name|Светлову}}, они тянут руку всегда;\n"
        "— дать {{name|Прохору}} роль «хранителя времени»;\n"
        "— заранее выписать на доске термины (аллитерация, ассонанс, анафора), как у Гаспарова;\n"
        "— для {{name|Зои}} распечатать текст крупнее.\n"
        "Правильно ли я поняла про групповую работу?"
    ),
    # 47 forum post about private tutoring
    (
        "Этично ли репетиторство собственного ученика? Мама {{name|Ильи Соколова}} из {{class|4 «А»}} предлагает "
        "заниматься у них дома, {{address|ул. Челюскинцев, 19, кв. 62}}, два раза в неделю, 1500 за час. В "
        "Положении о конфликте интересов нашей школы про это ничего нет."
    ),
    # 48 forwarded message from the deputy head
    (
        "Завуч написала в Сферуме: «{{name|Дарья Романовна}}, завтра замените {{name|Кравченко}} в {{class|8В}}, "
        "3-й урок, каб. 305». Я химик, а {{name|Кравченко}} ведёт историю. Это нормально?"
    ),
    # 49 end-of-term reflection
    (
        "Итоги первого полугодия, для себя. Больше всего горжусь {{name|Мухаммадом}}: в сентябре он не читал, а "
        "сейчас читает по слогам. Больше всего переживаю за {{name|Эвелину}}: семья {{name|Гончаренко}} снова "
        "переезжает. С коллегами повезло: {{name|Сергей Сергеевич}} помог с Excel, {{name|Таисия}} из соседнего "
        "кабинета научила делать карточки в Canva. Не получилось наладить отношения с {{name|Бурцевыми}}: на "
        "собрания не пришли ни разу."
    ),
    # 50 pasted note from a parent
    (
        "Записка, которую принёс {{name|Лёша Федорченко}} из {{class|1 «В»}}:\n"
        "«Уважаемая учительница! {{name|Алёша}} будет уходить в 12:00 по вторникам к логопеду. Забирать будет "
        "бабушка, {{name|Галина Степановна}}, тел. {{phone|8 912 220 15 77}}. {{name|Федорченко Т.}}»\n"
        "Можно ли отпускать ребёнка с бабушкой без заявления на имя директора?"
    ),
]

ROUND_7K_ENGLISH = [
    # 1 forum post
    (
        "Hi all, NQT here (sorry, ECT now!). I teach English at {{school|Oakfield Academy}} and my {{class|Year 8R}} "
        "group is lovely apart from one boy, I'll call him {{name|Jake}}, who refuses to write more than a sentence. "
        "His mum, {{name|Mrs Doherty}}, says he writes pages at home about Minecraft. Any ideas for getting "
        "{{name|Jake}} to bring that into school?"
    ),
    # 2 e-mail with signature
    (
        "Subject: Observation feedback, Tuesday P3\n\n"
        "Dear {{name|Dr Okafor}},\n\n"
        "Thank you for coming in to watch my Year 10 lesson on Tuesday. I've attached the revised plan for "
        "{{class|10X3}}, with the retrieval starter you suggested (based on Rosenshine). I'd love to hear whether the "
        "hinge question worked.\n\n"
        "Kind regards,\n"
        "{{name|Hannah Mercer}}\n"
        "Teacher of Science, {{school|Northbrook High School}}\n"
        "{{phone|0161 496 0732}}\n"
        "{{email|h.mercer@northbrook.sch.uk}}"
    ),
    # 3 reflective diary entry
    (
        "Reflective journal, week 6. Today went better. I used the seating plan {{name|Mr Achebe}} suggested and "
        "moved {{name|Kacper}} away from {{name|Tyler}}. {{name|Kacper}} actually finished the Pythagoras worksheet. "
        "Still losing the last ten minutes though; {{name|Ms Lindqvist}} says my plenaries are too ambitious."
    ),
    # 4 pasted parents' chat
    (
        "Pasting the parents' WhatsApp thread my TA forwarded me (names as they appear):\n"
        "{{name|Sharon}}: has anyone else's kid come home with no reading book again\n"
        "{{name|Priya}} ({{name|Arjun}}'s mum): same here, third week running\n"
        "{{name|Sharon}}: honestly what is the point of Bug Club if nobody checks it\n"
        "{{name|Dean}}: {{name|miss hollis}} said it's being sorted\n"
        "I'm {{name|Miss Hollis}}. Do I wade in or leave it?"
    ),
    # 5 report comment
    (
        "End of term report comment (draft), {{class|Form 7T}}:\n"
        "{{name|Amara}} has made a confident start to Key Stage 3. In Geography she produced an excellent case study "
        "on the Somerset Levels floods, and her presentation on the Amazon rainforest was among the best in the year "
        "group. {{name|Amara}} should now focus on using evidence in extended answers. ({{name|Mr T. Brennan}}, Form "
        "Tutor)\n"
        "Too generic?"
    ),
    # 6 short question
    ("Is it okay to let {{name|Mohammed}} in {{class|9X2}} sit the Higher paper when his mocks were borderline?"),
    # 7 forwarded message from the head
    (
        "Forwarding this from our head, not sure if I'm in trouble:\n\n"
        "From: {{name|Gillian Fairweather}} <{{email|head@stbedesprimary.org.uk}}>\n"
        "Subject: Ofsted readiness\n\n"
        "All, ahead of a possible Ofsted visit, please make sure the display boards in the {{school|Infant Block}} are "
        "updated by Friday. {{name|Mrs Ito}} and {{name|Mr Ferreira}}, your books were flagged at the last "
        "scrutiny.\n\n"
        "{{name|G. Fairweather}}\n"
        "Headteacher, {{school|St Bede's Catholic Primary School}}\n\n"
        "I'm {{name|Mr Ferreira}}. Flagged for what?"
    ),
    # 8 lesson observation notes
    (
        "Notes from observing {{name|Ms Castellano}}'s {{class|Year 11B}} Spanish lesson:\n"
        "- Starter: 5 translation sentences, all in silence. Great routine.\n"
        "- Cold calling: {{name|Oisín}}, {{name|Lily-Mae}}, {{name|Reuben}}, no hands up at all.\n"
        "- Mini whiteboards for the preterite vs imperfect check.\n"
        "- {{name|Ms Castellano}} never raised her voice once. How?"
    ),
    # 9 long story of a difficult week
    (
        "Bit of a vent, sorry. Monday: fire alarm during my observed lesson. Tuesday: {{name|Callum Reid}} swore at "
        "me and walked out; {{name|Mr Hargreaves}} (Head of Year) sent him back ten minutes later. Wednesday: "
        "parents' evening, and {{name|Callum}}'s dad told me I 'don't have a clue' in front of the whole queue. "
        "Thursday: {{name|Bex}} from the office said a complaint had come in, then it turned out it was about "
        "{{name|Mrs Stroud}}, not me. Friday: I cried in the {{school|Lower School}} car park. How do people survive "
        "the first year?"
    ),
    # 10 lesson planning, no personal data
    (
        "Teaching Macbeth to Year 10 for AQA. They get the witches and Banquo's ghost, but Lady Macbeth's 'unsex me "
        "here' speech is going over their heads. I've tried the RSC clips and the Polanski film. Any ideas for making "
        "Act 1 Scene 5 land before Christmas?"
    ),
    # 11 e-mail with a personal number
    (
        "Subject: DBS form, is this right?\n\n"
        "Hi {{name|Dr Okafor}},\n"
        "Sorry to bother you with admin. The agency wants me to email my DBS details. This is what I've put:\n"
        "Name: {{name|MERCER, Hannah}}\n"
        "National Insurance number: {{document|QQ 12 34 56 C}}\n"
        "Address: {{address|Flat 4, 27 Clarendon Road}}, Salford\n"
        "Is it safe to send this by ordinary email?\n"
        "{{name|Hannah}}"
    ),
    # 12 short question
    (
        "Does anyone have a good script for phoning parents? I have to ring {{name|Lacey}}'s grandad tonight on "
        "{{phone|07700 900415}} and I'm dreading it."
    ),
    # 13 CPD question, no personal data
    (
        "Our CPD this term is all Rosenshine's Principles of Instruction and Dylan Wiliam on formative assessment. "
        "I've read Teach Like a Champion too. Does anyone find that Cold Call and Think-Pair-Share clash? Also, is "
        "Ofsted still pushing 'sticky knowledge' after the Big Listen?"
    ),
    # 14 diary entry, names that are ordinary words
    (
        "Wednesday. {{name|Will}} and {{name|Grace}} were brilliant in the debate on the Suffragettes. {{name|Grace}} "
        "quoted Emmeline Pankhurst from memory. {{name|Summer}} refused to take part again, and {{name|Bobby}} spent "
        "the whole lesson asking if we could watch Horrible Histories. Note to self: ask {{name|Summer}}'s form tutor."
    ),
    # 15 forwarded message from a parent
    (
        "A parent sent this via the school app. Should I reply or pass it on?\n"
        "'Hi Miss, this is {{name|Tomasz}}'s dad. We moved to {{address|9 Heron Close}} last week so {{name|Tomasz}} "
        "will be getting the 42 bus, he might be late sometimes. My number changed, it is now "
        "{{phone|+44 7700 900871}}. Thanks, {{name|Piotr Nowak}}'"
    ),
    # 16 literature question, no personal data
    (
        "Year 9 are doing Of Mice and Men. They love Lennie and hate Curley, but when we get to Curley's wife "
        "they just "
        "call her 'a flirt'. How do I get them to see Steinbeck's point about loneliness and the American Dream in the "
        "Great Depression? I've got the BBC Bitesize pages but want something less dry."
    ),
    # 17 forum post about a colleague
    (
        "My mentor at school, {{name|Mr Okonkwo-Baptiste}}, keeps 'forgetting' our weekly meeting. When I raised it "
        "with the ECT induction lead, {{name|Mrs J. Whitfield}}, she said I should be 'more proactive'. I've emailed "
        "{{name|Mr Okonkwo-Baptiste}} three times. Is it worth going to the appropriate body, or will that make "
        "things worse?"
    ),
    # 18 pasted referral form
    (
        "Can someone check my referral form before I send it to our DSL? I haven't anonymised anything yet, sorry:\n"
        "Pupil: {{name|Kai Thompson}} ({{class|class 4T}})\n"
        "DOB: 03/05/2017\n"
        "NHS number: {{document|943 476 5919}}\n"
        "Home address: {{address|112 Moss Lane}}\n"
        "Concern: came in wearing the same clothes for 4 days, said 'mum's boyfriend' sleeps on the sofa.\n"
        "Reported by: {{name|Miss E. Barnes}}\n"
        "Is 'Concern' too vague?"
    ),
    # 19 pasted pupils' chat, lower case
    (
        "This is from the Teams chat of my Year 7 form group, copied exactly:\n"
        "{{name|jayden}}: who took my pencil case\n"
        "{{name|freya}}: not me lol\n"
        "{{name|jayden}}: {{name|ruby}} did\n"
        "{{name|ruby}}: shut up {{name|jayden}}\n"
        "Should I just turn the chat off?"
    ),
    # 20 software question, no personal data
    (
        "Which is better for homework: Google Classroom or Microsoft Teams? Our trust uses Teams, but my department "
        "loves Sparx Maths and Seneca, which sync with Classroom. Also, has anyone used Kahoot or Blooket with Year 7 "
        "without it turning into chaos?"
    ),
    # 21 reflection after observation
    (
        "Reflection after observation by {{name|Nowak, K.}} (my subject mentor): I talked for 18 minutes straight. "
        "{{name|K. Nowak}} suggested splitting the explanation of photosynthesis into chunks and checking with mini "
        "whiteboards. Also, {{name|Zainab}} and {{name|Ellis}} finished early and had nothing to do."
    ),
    # 22 forwarded complaint from a parent
    (
        "Forwarded complaint, please help me reply calmly:\n\n"
        "From: {{email|d.harrington77@outlook.com}}\n"
        "Subject: Detention\n\n"
        "I am appalled that {{name|Oliver}} was given a detention for not having a pen. {{name|Mr Patel}} never did "
        "this last year. I expect an apology from {{name|Ms Kowalczyk}} by Monday or I will go to the governors.\n"
        "{{name|Diane Harrington}}\n\n"
        "I'm {{name|Ms Kowalczyk}}, obviously."
    ),
    # 23 short question
    ("Can I let {{name|Hope}} in {{class|Year 5J}} eat in the classroom if the dinner hall overwhelms her?"),
    # 24 lesson planning, no personal data
    (
        "Planning a Year 8 unit on the Reformation: Henry VIII, Catherine of Aragon, Thomas Cromwell, the Dissolution "
        "of the Monasteries. Should I bring in Wolf Hall, or is Hilary Mantel too much for 12-year-olds? I'm thinking "
        "of a trip to Fountains Abbey in the summer term."
    ),
    # 25 forum post about a parent
    (
        "Advice please. A dad in my Year 2 class keeps messaging me on Instagram: he found my personal account "
        "({{handle|@misskhan.reads}}) and DMs me about his daughter, {{name|Aaliyah}}. He's friendly, but it's at "
        "11pm. My class account is {{url|https://www.instagram.com/ms_khan_class2}} and I've told him to use that or "
        "the office. Our head, {{name|Mr Dempsey}}, says 'just block him', but {{name|Aaliyah}}'s mum is on the PTA. "
        "What would you do?"
    ),
    # 26 learning walk notes
    (
        "Learning walk notes, {{class|6M}}, {{name|Mrs Adeyemi}}'s maths lesson:\n"
        "1. Fluent counting in the starter (White Rose style).\n"
        "2. {{name|Theo}} and {{name|Mercy}} were on the TA table again. Is that the right place for them?\n"
        "3. Working wall really clear; fractions linked back to the Year 5 work.\n"
        "4. Ask {{name|Mrs Adeyemi}} how she manages transitions so fast."
    ),
    # 27 revision planning, no personal data
    (
        "Revision session plan for An Inspector Calls: Mr Birling's speech about the Titanic, Mrs Birling refusing "
        "to help Eva Smith, Inspector Goole as Priestley's mouthpiece. Then A Christmas Carol: Scrooge, Fezziwig, "
        "Tiny Tim. Is it too ambitious to compare Dickens and Priestley on social responsibility in one hour?"
    ),
    # 28 copy of a letter home
    (
        "Copy of the letter I sent home, for your comments:\n\n"
        "Dear {{name|Mrs Abiodun}},\n\n"
        "I am pleased to let you know that {{name|Daniel}} has been selected for the Year 9 debating team, which will "
        "compete at the regional finals at the University of Birmingham on 14 January. Please return the consent slip "
        "by Friday.\n\n"
        "Yours sincerely,\n"
        "{{name|Mr D. Lawal}}\n"
        "History teacher, {{school|Hillcrest Academy}}\n"
        "{{email|dlawal@hillcrest.academy}}"
    ),
    # 29 short question
    (
        "Quick question: a pupil in {{class|7Y}} wants to be called {{name|Alex}} instead of {{name|Alexandra}}. Do I "
        "need to tell parents before I change it on the register?"
    ),
    # 30 trip planning, no personal data
    (
        "Planning a Year 4 trip to the Natural History Museum in London for our Evolution and Inheritance topic. The "
        "kids are obsessed with Mary Anning and Charles Darwin after watching Attenborough's series. Has anyone done "
        "the Dinosaurs gallery and the Darwin Centre in one day? Also, is Kensington a nightmare by coach?"
    ),
    # 31 forum post about bullying
    (
        "I need advice on a bullying situation. One girl, let's call her {{name|Poppy}}, has been left out of every "
        "group in {{class|Year 9G}} since half term. The ringleader is a boy everyone calls {{name|Tank}} (real name "
        "{{name|Tyrone}}). {{name|Tyrone}}'s older sister is in my {{class|12A}} tutor group, which makes it awkward."
    ),
    # 32 results table
    (
        "Mock results for my {{class|11Y3}} set, before I send them to {{name|Mr Singh}}:\n"
        "Name\tPaper 1\tPaper 2\tTarget\n"
        "{{name|ALI, Hamza}}\t5\t6\t7\n"
        "{{name|BROWN, Jessica}}\t3\t4\t6\n"
        "{{name|OKAFOR-MENSAH, Daniel}}\t7\t7\t8\n"
        "{{name|WRIGHT, Ellie}}\t4\t2\t5\n"
        "{{name|Ellie}}'s Paper 2 looks like she gave up. Should I flag it?"
    ),
    # 33 assignment question, no personal data
    (
        "For my PGCE assignment I'm comparing Piaget and Vygotsky, with a bit of Bruner on scaffolding. My tutor says "
        "I rely too much on Bloom's Taxonomy and should look at Sweller's Cognitive Load Theory. Is Daisy "
        "Christodoulou's Seven Myths about Education worth citing, or is it too polemical?"
    ),
    # 34 diary entry
    (
        "Small win today: {{name|Rose}} in {{class|Year 3P}} read her story aloud for the first time. {{name|Rosie}}'s "
        "nan was waiting at the gate and cried when I told her."
    ),
    # 35 e-mail with own address
    (
        "Subject: Book parcel\n\n"
        "Hi {{name|Dr Okafor}}, thank you for offering the spare copies of The Book Thief! Could you post them to my "
        "flat, {{address|Flat 12, 3 Brunswick Street}}? Otherwise I can pick them up from the department on "
        "Wednesday.\n"
        "Best,\n"
        "{{name|Hannah}}"
    ),
    # 36 poetry question, no personal data
    (
        "Teaching 'Ozymandias' and 'London' for the Power and Conflict cluster. Students confuse Shelley and Blake "
        "constantly, and some think Ozymandias was a Greek king. Any tips for linking Ramesses II and the British "
        "Empire without turning it into a History lesson?"
    ),
    # 37 forum post about a trainee
    (
        "I've been asked to host a trainee from the University of Sussex even though I'm only in my second year. The "
        "trainee, {{name|Ms Priya Raghunathan}}, is lovely but wants to take my {{class|10X4}} group, which is the "
        "toughest. Her university tutor, {{name|Dr A. Lindgren}}, only replies on {{email|a.lindgren@sussex.ac.uk}}. "
        "How do I say no nicely?"
    ),
    # 38 e-mail with a channel link and a handle
    (
        "Subject: Class YouTube channel?\n\n"
        "Hi {{name|Dr Okafor}}, I've set up a channel for my {{class|Year 6K}} science videos: "
        "{{url|https://www.youtube.com/@MrFinchScience}}. No faces, just hands and experiments. My colleague "
        "{{name|Mrs Abbott}} thinks it breaks GDPR, although the school's X account ({{handle|@ElmfieldPrimary}}) "
        "even shared it. Is she right?\n"
        "{{name|Tom Finch}}"
    ),
    # 39 long story of a trip
    (
        "Long one, sorry. We took forty Year 7s to York last Thursday: Jorvik, the Minster and the Shambles. I was "
        "with {{name|Mr Oduya}} and a parent volunteer, {{name|Mrs Lenihan}}. At the station {{name|Jamal}} and "
        "{{name|Connor O'Brien}} vanished; they'd gone to Greggs. {{name|Connor}}'s phone was dead and "
        "{{name|Jamal}}'s dad didn't answer on {{phone|07911 123456}}. We found them after 35 minutes. Now "
        "{{name|Mrs O'Brien}} says I let them go and wants a written account. What do I put in it?"
    ),
    # 40 short question
    (
        "Is it normal that {{name|Frank}} (our site manager) checks the classroom temperature and tells me off for "
        "opening windows?"
    ),
    # 41 contribution to a review
    (
        "Could you look at my contribution to an EHCP review?\n"
        "'{{name|Leo Marchetti}} ({{class|Year 5W}}) tires quickly in literacy and needs movement breaks every 15 "
        "minutes. His mother, {{name|Mrs G. Marchetti}}, reports that he reads at home with enthusiasm. Our SENCo, "
        "{{name|Ms Adebayo-Clarke}}, recommends a Lexia intervention twice weekly.'\n"
        "Is it too flat?"
    ),
    # 42 pasted colleagues' chat
    (
        "From our ECT WhatsApp group:\n"
        "{{name|Kirsty}}: how do you mark a late on Arbor after the register closes?\n"
        "{{name|Sam B}}: ask {{name|Lorraine}} in the office, she has admin\n"
        "{{name|Kirsty}}: what time is she in till\n"
        "{{name|Sam B}}: half 4, room G12\n"
        "Is it even allowed to change registers after the fact?"
    ),
    # 43 question about bodies, no personal data
    (
        "Can someone explain the difference between Ofqual and the DfE for a newbie? And who writes the SATs, the "
        "Standards and Testing Agency? Our Head of Maths keeps mentioning the Multiplication Tables Check and the Key "
        "Stage 2 reading paper, and I just nod along."
    ),
    # 44 e-mail with a passport number
    (
        "Subject: Paris trip, passport details\n\n"
        "Dear {{name|Dr Okafor}},\n"
        "I'm collecting passport numbers for the {{class|Year 9F}} Paris trip. One parent emailed this to my personal "
        "address: '{{name|Isabelle Moreau}}, passport {{document|533384201}}'. Should I delete it and ask her to use "
        "the trip portal?\n"
        "Kind regards,\n"
        "{{name|Ms L. Whitcombe}}\n"
        "MFL, {{school|Castlegate School}}"
    ),
    # 45 short question
    (
        "How do you say the name of my new pupil, {{name|Siobhan Ní Bhriain}}? She starts on Monday and I don't want "
        "to get it wrong on day one. Is it 'shi-VAWN'?"
    ),
    # 46 notes after mentor feedback
    (
        "My notes from your feedback:\n"
        "- narrate the positive ('{{name|Ibrahim}}'s already started') instead of nagging;\n"
        "- stop going to {{name|Lottie}} every time her hand goes up;\n"
        "- give {{name|Prakash}} the timekeeper role;\n"
        "- write key terms on the board first (sonnet, volta, iambic pentameter), as in the Norton Anthology;\n"
        "- print {{name|Zoe}}'s copy in a larger font.\n"
        "Have I got the group work bit right?"
    ),
    # 47 forum post about private tutoring
    (
        "Is it ethical to tutor a child from my own class? {{name|Noah Fielding}}'s parents ({{class|Year 6H}}) have "
        "offered £35 an hour for sessions at their house, {{address|41 Beech Avenue}}, on Saturdays. Our Code of "
        "Conduct doesn't mention it."
    ),
    # 48 forwarded message from the deputy head
    (
        "Message from the deputy head on Arbor: '{{name|Ms Kowalczyk}}, please cover {{name|Mr Jennings}}'s "
        "{{class|8B}} P3 tomorrow, room S7.' I teach chemistry and he teaches Latin. Is this normal?"
    ),
    # 49 end-of-term reflection
    (
        "End of term one reflection. Proudest of {{name|Oluwaseun}}: in September he wouldn't speak in class, now he "
        "volunteers. Most worried about {{name|Ava-Grace}}, whose family is moving again. Colleagues have been great: "
        "{{name|Mr Da Silva}} helped with my spreadsheets and {{name|Bridget}} next door showed me Canva. I still "
        "haven't built a relationship with the {{name|Hendersons}}; they didn't come to either parents' evening."
    ),
    # 50 pasted note from a parent
    (
        "Note brought in by {{name|Arlo Pemberton}} from {{class|class 1S}}:\n"
        "'Dear teacher, {{name|Arlo}} will be leaving at 2pm on Tuesdays for speech therapy. His grandmother, "
        "{{name|Mrs Joan Pemberton}}, will collect him, her mobile is {{phone|07700 900239}}. {{name|C. Pemberton}}'\n"
        "Can I let him go with his nan without a formal request to the head?"
    ),
]
