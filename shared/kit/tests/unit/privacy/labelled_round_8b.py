r"""Tuning batch 8b of the de-identifier's labelled set (issue 15): role words, headings and labels that are not people.

Written on 2026-11-30 between 09:15 and 09:18 UTC (from `date -u`) by a separate author who did not read the rules
in `mentor_kit.privacy` or any other labelled file. The author read only the brief for this batch, and the module
docstring and the first ~40 lines of data of `labelled_former_held_out_3.py` (for the file format; none of its texts
were reused or paraphrased). The de-identifier and the tests were not run.

Mix: 100 texts, 50 Russian (`ROUND_8B_RUSSIAN`) and 50 English (`ROUND_8B_ENGLISH`); 10 per language hold no
personal data. Each is a message by a novice school teacher to a university mentor, or a chat, form, log, minutes,
e-mail or document they paste. The focus is precision around people: chat speakers that are roles (Родитель 1,
Мама, Классный руководитель, Завуч, Я, Педагог-психолог, Mum, Dad, Me, SENCo, DSL, Cover Supervisor,
Receptionist, Learning Mentor), roles in minutes (Председатель, Секретарь, Chair, Clerk, Headteacher), Title Case
headings and form labels (Проблема, Решение, Рекомендации, Присутствовали, Повестка дня, Слушали, Постановили,
Strengths, Areas for Development, Next Steps, Actions Agreed, Apologies, Attendees, Child's Views, Parent's Views),
job titles, departments, rooms, house and team names, book characters, authors, theorists, historical figures,
a celebrity, brands and software, all unmarked, next to real pupils, parents and colleagues (1-5 per text in
about 70% of texts), marked at every occurrence, including lower-case chat speakers, nicknames and pseudonyms.

Span counts (r"\{\{(\w+)\|([^}]*)\}\}"): Russian 123 (name 75, class 21, school 10, document 5, address 3,
phone 3, email 2, handle 2, url 2); English 116 (name 77, class 16, school 8, address 4, phone 4, email 2,
handle 2, document 2, url 1); total 239 (name 152, class 37, school 18, address 7, phone 7, document 7, email 4,
handle 4, url 3).

Scored before use (2026-11-30, aggregate, on the rules as round 6 froze them, 8bf7db2): over all categories
precision 0.87, recall 0.87; name P 0.83 R 0.84 (Russian P 0.82 R 0.87, English P 0.83 R 0.82). The rules were not
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

ROUND_8B_RUSSIAN = [
    # 1 parents' chat pasted
    (
        "Вот кусок из родительского чата {{class|6 «Б»}}, посмотрите, пожалуйста:\n"
        "Родитель 1: Кто-нибудь знает, будет ли завтра физкультура?\n"
        "Классный руководитель: Будет, в большом зале.\n"
        "Мама {{name|Кирилла}}: А форму можно не приносить?\n"
        "Я: Нужно, без формы не допустят.\n"
        "Родитель 2: Спасибо.\n"
        "Как мне отвечать в таком чате, чтобы не звучать грубо?"
    ),
    # 2 minutes of a subject association
    (
        "Протокол заседания методического объединения учителей начальных классов № 3\n"
        "Присутствовали: 7 человек.\n"
        "Председатель: {{name|Лаптева И. В.}}\n"
        "Секретарь: {{name|Гусейнова А. Р.}}\n"
        "Повестка дня:\n1. Итоги входной диагностики.\n2. Подготовка к ВПР.\n"
        "Слушали: {{name|Лаптеву И. В.}}, которая сообщила, что по математике справились 64 % учащихся.\n"
        "Постановили: провести дополнительные консультации во вторник и четверг."
    ),
    # 3 problem-solution form, no personal data
    (
        "Проблема: ученик на уроке постоянно встаёт и ходит по классу.\n"
        "Решение: договорились о «минуте движения» после каждого задания.\n"
        "Рекомендации: обратиться к педагогу-психологу и социальному педагогу, согласовать с завучем "
        "индивидуальный маршрут."
    ),
    # 4 e-mail to the mentor
    (
        "Добрый вечер, {{name|Ольга Николаевна}}! Сегодня заместитель директора по УВР предупредила, что ко мне "
        "на урок в {{class|8 «А»}} придут Педагог-психолог и Социальный педагог — из-за {{name|Данилы Муравьёва}}, "
        "который на прошлой неделе сорвал контрольную. Как подготовиться, чтобы это не выглядело проверкой меня?"
    ),
    # 5 lesson planning, no personal data
    (
        "Готовлю урок по «Мёртвым душам» для 9 класса: Чичиков, Манилов, Собакевич, Плюшкин. Хочу, чтобы дети "
        "сравнили помещиков по таблице «Усадьба — Внешность — Отношение к Чичикову». Не слишком ли это по-школьному? "
        "Выготский сказал бы, что нужна зона ближайшего развития, а я не понимаю, где она у моих девятиклассников."
    ),
    # 6 staff chat
    (
        "Переписка в чате учителей:\n"
        "Завуч: Коллеги, кто заменит {{name|Ирину Павловну}} на 3 уроке?\n"
        "Я: Могу я, у меня окно.\n"
        "{{name|Светлана Юрьевна}}: Я в {{school|корпусе 2}}, не успею.\n"
        "Завуч: Спасибо, {{name|настя}}, кабинет 214.\n"
        "({{name|Настя}} — это я, в чате все обращаются по имени.)"
    ),
    # 7 pupil profile
    (
        "ХАРАКТЕРИСТИКА\nна ученицу {{class|4 «В»}} класса {{school|МБОУ «СОШ № 21»}}\n"
        "{{name|Захарову Ульяну Олеговну}}, 2016 г. р.\n"
        "Сильные стороны: аккуратна, любит читать, охотно помогает одноклассникам.\n"
        "Зоны роста: теряется при устном ответе у доски.\n"
        "Рекомендации: консультация учителя-логопеда, участие в школьном театре."
    ),
    # 8 call log
    (
        "Журнал звонков родителям за неделю:\n"
        "Пн — бабушка {{name|Лёвы}}, {{phone|8 912 447-03-18}}, договорились о встрече.\n"
        "Вт — папа {{name|Миланы}}, не дозвонилась.\n"
        "Ср — мама {{name|Тимура Хасанова}}, {{phone|+7 (961) 220-54-07}}, жалоба на оценку.\n"
        "Чт — Социальный педагог перезвонила сама, вопрос закрыт."
    ),
    # 9 forum question, no personal data
    (
        "Классный руководитель советует рассадить детей по принципу «сильный — слабый», а педагог-психолог "
        "против. Завуч говорит, что это на моё усмотрение. Кто прав? Читала Макаренко и Сухомлинского, но там "
        "совсем про другое."
    ),
    # 10 parents' meeting minutes
    (
        "Протокол родительского собрания {{class|2 «Д»}}\n"
        "Присутствовали: 18 родителей, классный руководитель {{name|Мельникова Т. А.}}, учитель-логопед.\n"
        "Повестка дня: 1. Экскурсия в планетарий. 2. Питание.\n"
        "Слушали: председателя родительского комитета {{name|Бойко Е. С.}} о сборе средств на экскурсию.\n"
        "Постановили: собрать деньги до 10 декабря, ответственный — Секретарь собрания."
    ),
    # 11 case with a pseudonym
    (
        "Ситуация из {{class|5 «Е»}}: мальчик, назову его {{name|Вова}}, на каждой перемене прячет рюкзак "
        "одноклассницы. Классный руководитель считает, что это симпатия, а Социальный педагог хочет ставить на "
        "внутришкольный учёт. Мама {{name|Вовы}} отвечает только в Telegram: {{handle|@irina_k_1987}}."
    ),
    # 12 formal e-mail with signature
    (
        "Уважаемый {{name|Андрей Викторович}}! Направляю Вам план открытого урока в {{class|10 «Б»}}. Тема — "
        "реформы Петра I и их оценка Ключевским и Соловьёвым. Буду рада замечаниям.\n"
        "С уважением, {{name|Карпова Дарья}}, учитель истории {{school|ГБОУ Гимназия № 1567}}, "
        "{{email|d.karpova@gym1567.ru}}"
    ),
    # 13 duty table
    (
        "Сводная по дежурству на пятницу:\n"
        "Дежурный администратор\tЗавуч по ВР\n"
        "Дежурный учитель\t{{name|Шевчук О. П.}}\n"
        "Дежурный класс\t{{class|9 «А»}}\n"
        "Ответственный за столовую\tСоциальный педагог\n"
        "Подскажите, дежурный учитель может уйти на урок, если у него нет замены?"
    ),
    # 14 lesson self-analysis, no personal data
    (
        "Самоанализ урока\nЦель: научить находить главную мысль абзаца.\n"
        "Этапы: Мотивация, Актуализация знаний, Открытие нового, Рефлексия.\n"
        "Удалось: работа в парах, приём «Шесть шляп» де Боно.\n"
        "Не удалось: уложиться во времени, задание на Учи.ру перенесла на дом.\n"
        "Вывод: сократить вводную часть."
    ),
    # 15 messenger chat with a parent
    (
        "Я: Добрый день! {{name|Маргарита}} сегодня опять без сменной обуви.\n"
        "Мама: ой забыли простите. скажите {{name|рите}} чтобы позвонила мне\n"
        "Я: Передам.\n"
        "Папа {{name|Риты}}: а почему в дневнике двойка по русскому?\n"
        "Мне кажется, родители между собой не общаются. Отвечать обоим?"
    ),
    # 16 referral form
    (
        "Направление к педагогу-психологу\n"
        "ФИО обучающегося: {{name|Никитин Арсений Максимович}}\n"
        "Класс: {{class|3 «А»}}\n"
        "Причина обращения: плачет перед контрольными, отказывается выходить к доске.\n"
        "Кем направлен: учитель начальных классов (молодой специалист)\n"
        "Согласие родителя: получено."
    ),
    # 17 forum post about a colleague
    (
        "Подскажите, как реагировать. Наставник в школе — {{name|Галина Фёдоровна}}, очень опытная, но на каждом "
        "уроке при детях поправляет меня. Директор говорит «разбирайтесь сами», Председатель профкома советует "
        "написать служебную записку. Я работаю в {{school|лицее № 40}} первый год."
    ),
    # 18 olympiad list
    (
        "Список участников муниципального этапа олимпиады по химии:\n"
        "1. {{name|Абрамова Вероника}} — {{class|8 «Б»}}, {{school|МАОУ СОШ № 5}}\n"
        "2. {{name|Юсупов Ринат}} — {{class|8 «Г»}}, {{school|МАОУ СОШ № 5}}\n"
        "Сопровождающий: учитель химии. Жюри: председатель — методист районного отдела образования."
    ),
    # 19 seminar agenda, no personal data
    (
        "Семинар для молодых специалистов.\nПовестка дня:\n1. Слово директора.\n"
        "2. Выступление педагога-психолога «Выгорание в первый год».\n"
        "3. Мастер-класс учителя-логопеда.\n4. Разное.\n"
        "Присутствовали: молодые специалисты, наставники, заместитель директора по УВР."
    ),
    # 20 chat between form tutor and deputy
    (
        "Классный руководитель: {{name|Егор}} и {{name|Вика}} сегодня ушли с шестого урока без записки.\n"
        "Завуч: Родителям сообщили?\n"
        "Классный руководитель: маме {{name|егора}} дозвонилась, папа {{name|вики}} не берёт.\n"
        "Завуч: Пишите докладную.\n"
        "Я вела тот урок. Мне тоже нужно писать?"
    ),
    # 21 home visit
    (
        "Социальный педагог попросила сходить с ней в семью {{name|Лукиных}} по адресу "
        "{{address|ул. Космонавтов, д. 14, кв. 57}}. Акт обследования составляем вдвоём. Это вообще входит в "
        "обязанности учителя-предметника?"
    ),
    # 22 documents for a camp
    (
        "Оформляю ребёнка в лагерь, мама прислала свидетельство о рождении {{document|III-ИК № 612045}} и СНИЛС "
        "{{document|153-802-447 19}} прямо в общий чат. Секретарь учебной части сказала удалить сообщение. "
        "Куда правильно передавать такие данные?"
    ),
    # 23 possessive adjectives
    (
        "Вчера на собрании {{name|Сашина}} бабушка и {{name|Машин}} папа поругались из-за поездки в Суздаль. "
        "Председатель родительского комитета встала на сторону бабушки, а я не знала, что сказать."
    ),
    # 24 software question, no personal data
    (
        "Завуч требует вести журнал в «Сферуме», дублировать в «Дневник.ру», а КТП сдавать в Word, а не в Excel. "
        "Кто-нибудь это автоматизировал? Пробовала Google Таблицы, но методист их не принимает."
    ),
    # 25 forwarded parent e-mail
    (
        "Пересылаю письмо:\nОт: {{email|s.voronina82@mail.ru}}\nТема: Оценка за сочинение\n"
        "Здравствуйте! Я мама {{name|Полины Ворониной}}, {{class|7 «Г»}}. Почему за сочинение по «Тарасу Бульбе» "
        "стоит тройка? Остап и Андрий раскрыты полностью.\n{{name|Воронина Светлана}}"
    ),
    # 26 class channel
    (
        "Создала канал для класса: {{url|https://t.me/klass_6v_2026}}, а завуч сказала, что можно только через "
        "«Сферум». Родитель 3 уже написал в общем чате, что ставить «Сферум» не будет. Как быть?"
    ),
    # 27 mentoring report
    (
        "Отчёт о наставничестве за I полугодие\n"
        "Пара: {{name|Соколова Елена Игоревна}} и {{name|Тихонов Глеб Артёмович}}.\n"
        "Проблема: молодой специалист не успевает проверять тетради.\n"
        "Решение: взаимопроверка, оценочные листы.\n"
        "Рекомендации: посещение уроков наставника не реже раза в неделю."
    ),
    # 28 incident log
    (
        "Журнал инцидентов, неделя 12:\n"
        "14.11 — {{name|Ковалёв Д.}} ({{class|9 «В»}}) — телефон на уроке, изъят, передан завучу.\n"
        "15.11 — драка в раздевалке, участники {{name|Ковалёв Д.}} и {{name|Гараев Т.}}, вызван дежурный "
        "администратор.\n"
        "16.11 — без происшествий."
    ),
    # 29 sports day teams, no personal data
    (
        "На школьной спартакиаде команды называются «Орлы», «Соколы» и «Пантеры», капитанов выбирает учитель "
        "физкультуры. Мои пятиклассники обиделись, что их записали в «Пингвинов», и весь урок это обсуждали."
    ),
    # 30 self-introduction
    (
        "Меня зовут {{name|Ксения Романова}}, я учитель английского в {{school|МБОУ «Гимназия № 2»}}. Наставник — "
        "{{name|Баранова Н. К.}}, учитель-методист, но она в декрете, и мне назначили Руководителя МО. "
        "Нужно ли переоформлять план?"
    ),
    # 31 chat with the psychologist
    (
        "Педагог-психолог: {{name|Артём}} рассказал, что дома его ругают за четвёрки.\n"
        "Я: Может, пригласить маму?\n"
        "Педагог-психолог: Лучше папу, мама в декрете с младшим.\n"
        "Я: Хорошо, напишу папе {{name|Артёма}}."
    ),
    # 32 passport data for a trip
    (
        "Для пропуска на экскурсию в Госдуму нужны паспортные данные сопровождающих. Одна мама прислала: "
        "серия {{document|45 11}}, номер {{document|908273}}. Второй родитель, {{name|Гришин Олег}}, прислал "
        "одной строкой: {{document|4518 336104}}. Можно ли хранить это в моей почте?"
    ),
    # 33 support council recommendations
    (
        "Рекомендации по итогам ППк\n"
        "Обучающийся: {{name|Ефремов Лев}}, {{class|2 «Б»}}\n"
        "Председатель ППк: заместитель директора\n"
        "Секретарь: учитель-логопед\n"
        "Рекомендовано: занятия с логопедом 2 раза в неделю, щадящий режим опроса."
    ),
    # 34 literature question, no personal data
    (
        "В 6 классе читаем «Уроки французского» Распутина. Лидия Михайловна играет с учеником на деньги, и дети "
        "спрашивают, уволили бы её сейчас. Как обсуждать это, не обесценивая героиню?"
    ),
    # 35 colleague chat in lower case
    (
        "{{name|лена}}: ты журнал {{class|10 «А»}} заполнила?\n"
        "Я: нет ещё, завтра\n"
        "{{name|лена}}: завуч спрашивала, и Председатель МО тоже\n"
        "Я: ок, спасибо\n"
        "Вот так у нас всё решается. Это нормально, что мне никто официально не сказал про сроки?"
    ),
    # 36 application for a pupil's file
    (
        "Образец, который дала мне секретарь:\n"
        "Директору {{school|МБОУ СОШ № 14}} от {{name|Алиевой Зарины Руслановны}}, проживающей по адресу "
        "{{address|пр. Ленина, д. 102, кв. 8}}.\n"
        "Заявление. Прошу выдать личное дело моего сына {{name|Алиева Тимура}}, ученика {{class|3 «Б»}}, в связи "
        "с переездом."
    ),
    # 37 lesson observation by the deputy
    (
        "Анализ урока (заполнила завуч)\n"
        "Учитель: {{name|Ильина В. С.}}\n"
        "Класс: {{class|5 «Б»}}\n"
        "Сильные стороны: чёткая постановка цели.\n"
        "Зоны роста: мало обратной связи.\n"
        "Рекомендации: посетить урок наставника."
    ),
    # 38 parents' group chat
    (
        "{{name|Ольга Смирнова}}: {{name|Зоя Павловна}}, а контрольная в четверг?\n"
        "Я: Да, в четверг.\n"
        "{{name|Алексей}}: А что повторять?\n"
        "Я: Дроби и проценты.\n"
        "Администратор чата: Напоминаю, личные вопросы — в личку."
    ),
    # 39 note to colleagues
    (
        "Коллеги, с понедельника я веду уроки в {{school|корпусе «Б»}}, кабинет 12. Мой номер для связи "
        "{{phone|+7 916 550 32 81}}, звоните после 15:00. Журнал {{class|7 «А»}} оставлю в учительской."
    ),
    # 40 decisions, no personal data
    (
        "Постановили:\n1. Учителям-предметникам сдать КТП до 1 сентября.\n"
        "2. Руководителям МО проверить рабочие программы.\n"
        "3. Педагогу-организатору подготовить линейку.\n"
        "Ответственный: заместитель директора по ВР."
    ),
    # 41 pupils' chat screenshot
    (
        "Скрин из чата класса, который мне переслала мама:\n"
        "{{name|дима}}: кто сделал алгебру\n"
        "{{name|Кекс}}: я ща скину\n"
        "Бот: Сообщение удалено\n"
        "{{name|дима}}: спс\n"
        "«{{name|Кекс}}» — так дети зовут {{name|Максима Кексина}}. Это списывание, или просто взаимопомощь?"
    ),
    # 42 department meeting
    (
        "Совещание кафедры естественных наук.\n"
        "Присутствовали: {{name|Орлова М. Д.}}, {{name|Шарипов Р. Р.}}, {{name|Ветрова А. А.}}.\n"
        "Отсутствовали: учитель биологии (больничный).\n"
        "Слушали: {{name|Орлову М. Д.}} о ВПР по химии.\n"
        "Постановили: провести пробную работу в ноябре."
    ),
    # 43 methods and a pupil
    (
        "Попробовала опорные сигналы Шаталова в {{class|7 «Д»}}. {{name|Милана}} сказала, что это «как комиксы "
        "Марвел», и все засмеялись, но тему запомнили. Стоит ли продолжать?"
    ),
    # 44 fake profile
    (
        "Кто-то из старшеклассников завёл страницу от моего имени: {{url|https://vk.com/id48213377}}. Директор "
        "посоветовал написать в поддержку ВКонтакте, а классный руководитель {{class|11 «А»}} подозревает "
        "{{name|Руслана}}."
    ),
    # 45 teacher's diary
    (
        "Дневник молодого специалиста, 3 ноября.\nУтро: дежурство у столовой.\n"
        "2 урок — {{class|6 «А»}}, {{name|Серафима}} плакала из-за оценки.\n"
        "4 урок — открытый урок у {{name|Нины Степановны}}.\n"
        "После уроков — методобъединение, Председатель раздала задания."
    ),
    # 46 reading list, no personal data
    (
        "Читаю с третьеклассниками Носова: Незнайка, Знайка, Пончик. Дети спорят, кто главный. Потом хочу взять "
        "Драгунского, «Денискины рассказы». Не рано ли?"
    ),
    # 47 chat with the speech therapist
    (
        "Учитель-логопед: У {{name|Сони}} нарушение звукопроизношения, нужны занятия два раза в неделю.\n"
        "Мама {{name|Сони}}: А это обязательно?\n"
        "Учитель-логопед: Так рекомендовала ПМПК.\n"
        "Я: Могу отпускать её с окружающего мира."
    ),
    # 48 letter of thanks
    (
        "Благодарственное письмо объявляется {{name|Кузнецовой Алле Викторовне}} и {{name|Кузнецову Игорю Петровичу}}, "
        "родителям ученицы {{class|4 «А»}} {{name|Кузнецовой Алисы}}, за помощь в организации "
        "осенней ярмарки."
    ),
    # 49 private school
    (
        "Пишу из {{school|частной школы «Кругозор»}} ({{address|ул. Мира, 7}}): у нас нет завуча, его обязанности "
        "выполняет директор, а методист приходит раз в неделю. Кто должен подписывать мою рабочую программу?"
    ),
    # 50 colleague's channel
    (
        "Коллега из соседней школы, {{name|Вера Алексеевна}}, ведёт канал для молодых учителей: "
        "{{handle|@vera_uchit}}. Там разбор ФГОС и шаблоны КТП, рекомендую."
    ),
]

ROUND_8B_ENGLISH = [
    # 1 parent app thread
    (
        "Copying the thread from the parent app so you can see the tone:\n"
        "Mum: Why has {{name|Kai}} got a detention again?\n"
        "Me: He left the lesson without permission twice.\n"
        "Mum: He said {{name|Mr Dunn}} let him go.\n"
        "Me: I'll check with {{name|Mr Dunn}} and ring you tomorrow.\n"
        "Mum: Fine. I'm telling the Head of Year too."
    ),
    # 2 governors' committee minutes
    (
        "Minutes of the Curriculum Committee, {{school|Harrow Lane Primary School}}\n"
        "Attendees: Chair, Clerk, Headteacher, {{name|Mrs A. Bello}} (Parent Governor), {{name|Mr T. Fenwick}} "
        "(Staff Governor)\nApologies: Deputy Head\n"
        "Actions Agreed: Chair to write to parents about the phonics scheme; Clerk to circulate the policy."
    ),
    # 3 observation feedback, no personal data
    (
        "Strengths: clear modelling, good use of mini whiteboards.\n"
        "Areas for Development: questioning was mostly closed; pace dipped after the starter.\n"
        "Next Steps: plan three hinge questions; read Rosenshine's Principles of Instruction and the Cold Call "
        "chapter in Lemov's Teach Like a Champion.\nObserver: Head of Department"
    ),
    # 4 e-mail to the mentor
    (
        "Hi {{name|Dr Morgan}},\nQuick one: the Head of Year 9 wants me to put {{name|Ellie-Mae Watts}} on report "
        "after Friday's incident in {{class|9C}}, but I've never done it before. Is the report card something I "
        "sign every lesson, or just at the end of the day?"
    ),
    # 5 safeguarding log entry
    (
        "CPOMS entry (copied)\nStudent: {{name|HARRIS, Jayden}}\nCategory: Attendance, Welfare\n"
        "Alerted: DSL, Family Liaison Officer\n"
        "Incident: {{name|Jayden}} said he had no breakfast and fell asleep in Science.\n"
        "Action taken: Learning Mentor to check in at break. Parent contacted on {{phone|07700 914 382}}."
    ),
    # 6 SENCo chat
    (
        "SENCo: Can you send me your seating plan for {{class|Year 7B}}?\n"
        "Me: Sure. {{name|Oliver}} is at the front now.\n"
        "SENCo: Great. And {{name|Amira}}'s ear defenders?\n"
        "Me: She keeps them in her tray.\n"
        "SENCo: Perfect, I'll update her pupil passport."
    ),
    # 7 cover chat
    (
        "Cover Supervisor: Your {{class|8X3}} were fine, but {{name|Callum}} and {{name|Reece}} refused to follow "
        "the seating plan.\nMe: Thanks. Was anyone else in with you?\n"
        "Cover Supervisor: A Teaching Assistant from the Maths Department came in for P4."
    ),
    # 8 Macbeth, no personal data
    (
        "I'm teaching Macbeth to Year 10 and they keep confusing Banquo with Macduff. The Head of English "
        "suggested a character wall, the Literacy Coordinator wants Frayer models, and half the class just "
        "watch Mr Bruff on YouTube. Which would you go with?"
    ),
    # 9 early help referral
    (
        "Early Help Referral\nChild's Name: {{name|Tyler Brookes}}\n"
        "School: {{school|St Anne's C of E Primary}}\nClass: {{class|Year 5 Oak}}\n"
        "Child's Views: I don't like going home on Fridays.\n"
        "Parent's Views: Mum says things are fine at home.\nReferrer: Class Teacher (ECT)"
    ),
    # 10 letter to parents
    (
        "Dear Parents and Carers of {{class|Year 3 Willow}},\nOur trip to the Science Museum is on Thursday. "
        "Please send a packed lunch and a waterproof coat.\nKind regards,\n{{name|Miss R. Chaudhry}}\n"
        "Class Teacher, {{school|Brookfield Primary}}\n{{email|r.chaudhry@brookfield.sch.uk}}"
    ),
    # 11 reception chat
    (
        "Receptionist: There's a dad at the front desk for {{name|Lily Okonkwo}}, says he's taking her to the "
        "dentist.\nMe: He's not on her collection list.\nReceptionist: He says Mum knows.\n"
        "Me: Can you ring Mum on the number we've got, and ask the Deputy Head to come down?\nReceptionist: Done."
    ),
    # 12 induction who's who
    (
        "Who's who for my induction:\nHeadteacher – {{name|Mr P. Osei}}\nDeputy Head – {{name|Mrs K. Lindqvist}}\n"
        "Head of Year 9 – {{name|Ms Farah Aziz}}\nSENCo – vacant, Learning Mentor covering\n"
        "ECT Tutor – {{name|Mr J. O'Neill}}"
    ),
    # 13 house system, no personal data
    (
        "Our houses are Brunel, Curie, Seacole and Turing, and house points go on Class Charts. The Head of House "
        "for Curie says every ECT has to run a house assembly in the Sports Hall. Is that normal?"
    ),
    # 14 parent posting online
    (
        "A parent has been posting about my lessons on X from {{handle|@brookside_mum_of3}}. The DSL says not to "
        "reply. Should I also tell my line manager, {{name|Mrs Hollis}}?"
    ),
    # 15 DSL chat
    (
        "DSL: Have you got the NHS number for the hospital form?\nMe: It's {{document|621 408 9935}}.\n"
        "DSL: Thanks. And the child's name as it should appear on the form?\n"
        "Me: {{name|Grace Mbeki}}, {{class|Year 6S}}."
    ),
    # 16 plan rationale
    (
        "In my plan rationale I cited Vygotsky, Bruner and Sweller, but {{name|Mr Hughes}}, my school-based "
        "mentor, says the assessors want Wiliam and Black instead. Should I rewrite it before Friday?"
    ),
    # 17 department meeting
    (
        "Science Department Meeting\nPresent: {{name|Dr L. Adeyemi}} (HoD), {{name|Ms Carter}}, {{name|Mr Nowak}}, "
        "me\nApologies: {{name|Mr S. Reid}}\nItem 1: Mock papers – HoD to share mark schemes.\n"
        "Item 2: Year 11 intervention – Learning Mentor to send lists.\nActions Agreed: all to enter mock data "
        "by 12 Dec."
    ),
    # 18 EHCP question, no personal data
    (
        "The EHCP review template has sections Child's Views, Parent's Views, Strengths, Next Steps and Outcomes. "
        "Who writes which bit – the SENCo, the Educational Psychologist or the class teacher? We use Arbor and "
        "Provision Map."
    ),
    # 19 forwarded parent e-mail
    (
        "From: {{email|danielle.price84@gmail.com}}\nTo: Year 7 Office\nSubject: {{name|Noah}}'s homework\n"
        "Hi, {{name|Noah}} says he wasn't given the worksheet. Could you put it on Google Classroom?\n"
        "{{name|Danielle Price}}"
    ),
    # 20 behaviour log
    (
        "Behaviour log, {{class|10Y1}}, Tuesday P3\n- {{name|J. Sandhu}}: on phone, C1 then C2\n"
        "- {{name|Kieran}}: refused to move seats, sent to the Reflection Room\n- whole class: noisy transition\n"
        "Passed to Head of Year 10 and the Pastoral Lead."
    ),
    # 21 parents' evening notes
    (
        "Notes from parents' evening with {{name|Isla}}'s family:\nDad: She says maths is boring.\n"
        "Mum: She's been anxious since the move.\nMe: She's doing really well on fractions.\n"
        "Agreed: weekly check-in with the Learning Mentor."
    ),
    # 22 team captains
    (
        "Our sports teams are the Falcons and the Ravens, and {{name|Zara}} was picked as captain of the Falcons "
        "ahead of {{name|Priya}}, which caused tears. The coach from Premier Education wants me to sort it out."
    ),
    # 23 Tudors, no personal data
    (
        "Teaching the Tudors: Henry VIII, Anne Boleyn, Thomas Cromwell. A pupil asked whether Hilary Mantel made "
        "it all up, and the Head of History laughed. How do I teach sources versus fiction?"
    ),
    # 24 home visit
    (
        "The Family Liaison Officer and I did a home visit to {{address|42 Lindley Road}} for {{name|Mason}}. "
        "Nobody answered, so we tried his aunt at {{address|Flat 3, 17 Ashgrove Court}}. Should I have gone at all?"
    ),
    # 25 staff chat in lower case
    (
        "{{name|sophie}}: are you on duty at the bus bay?\nMe: no, i think it's {{name|gareth}}\n"
        "{{name|sophie}}: he's on a course\nMe: ok i'll do it\nDeputy Head: Thanks both."
    ),
    # 26 class Instagram
    (
        "The Year 6 team wants me to run the class Instagram, {{url|https://www.instagram.com/maplewood_y6}}, but "
        "the Computing Lead says it breaks the acceptable use policy. Who decides, the Headteacher or the governors?"
    ),
    # 27 pseudonym
    (
        "I'll call her {{name|Jess}} here. {{name|Jess}} is in {{class|4H}} and hides under the table whenever the "
        "fire alarm is tested. The Learning Mentor has a social story; the Headteacher wants a risk assessment."
    ),
    # 28 software question, no personal data
    (
        "Maths uses Sparx, Science uses Seneca, English uses Bedrock, and the Head of Computing wants everything "
        "on Google Classroom. As an ECT, which one do I set homework on?"
    ),
    # 29 detention list
    (
        "Detention list for Thursday:\n{{name|PATEL, Aarav}} – homework\n{{name|Nguyen, T.}} – lateness\n"
        "{{name|O'BRIEN, Shannon}} – equipment\nSupervising: Head of Year 8"
    ),
    # 30 reception message
    (
        "Receptionist: Call for you from a {{name|Mr Lawson}}, says he's {{name|Ruby}}'s grandad, number "
        "{{phone|+44 7911 203 556}}.\nMe: Is he on her contacts?\nReceptionist: Not that I can see."
    ),
    # 31 mentor meeting record
    (
        "ECT Mentor Meeting Record\nECT: {{name|Hannah Whitfield}}\nMentor: {{name|Mr D. Kaur}}\nFocus: Behaviour\n"
        "Strengths: routines at the door.\nNext Steps: use the school's warning system consistently.\n"
        "Signed: Induction Tutor"
    ),
    # 32 placement info
    (
        "I'm at {{school|Kingsmead Academy}} for placement B, in the Languages Department; my room is L12 in "
        "{{school|Block C}}. My subject mentor is {{name|Señora Ruiz}}, who is lovely."
    ),
    # 33 governors' minutes, no personal data
    (
        "Attendees: Chair, Clerk, Headteacher, two Parent Governors.\nApologies: Vice Chair.\n"
        "Matters Arising: none.\nActions Agreed: Clerk to circulate the attendance policy; Headteacher to report "
        "on SEND funding next term."
    ),
    # 34 parent went to the head
    (
        "{{name|Freddie}}'s mum emailed the Headteacher directly about his reading book instead of me. The Deputy "
        "Head forwarded it with 'please deal'. {{name|Freddie}} is only in {{class|Year 1 Robins}}. How do I reply?"
    ),
    # 35 social media thread
    (
        "Saw this from {{handle|@mrs_t_teaches}}: 'ECTs, never mark in red.' My Head of Department, "
        "{{name|Mr Abbott}}, "
        "insists on red. Who's right?"
    ),
    # 36 report comments
    (
        "Draft report comments:\n{{name|Evie}} has made excellent progress in reading.\n"
        "{{name|Lucas}} needs to practise his times tables.\n"
        "{{name|Amelia-Rose}} is a kind friend.\nThe Headteacher says they're too short. Thoughts?"
    ),
    # 37 classroom incident
    (
        "A Year 9 boy called {{name|Tom}} a slur in Room 14. The Head of Year 9 was off, so the Duty Manager "
        "dealt with it. {{name|Tom}}'s dad, {{name|Mr Fletcher}}, has already emailed me twice."
    ),
    # 38 Frankenstein, no personal data
    (
        "We're reading Frankenstein and the class think the Creature is the hero and Victor the villain. "
        "Mary Shelley would probably agree. The Head of English wants me to push back. Should I?"
    ),
    # 39 NI number
    (
        "The Business Manager asked me to forward our TA's National Insurance number because she'd been "
        "underpaid. {{name|Mrs Dalton}} sent it to me as {{document|JT 48 29 71 B}}. Is it okay to email it on?"
    ),
    # 40 transition notes
    (
        "Transition notes from {{school|Oakfield Junior School}}: {{name|Mia}} and {{name|Leo}} should not be in "
        "the same form. The SENCo at {{school|Westgate High School}} wants them in {{class|Form 7W}} and "
        "{{class|Form 7E}}."
    ),
    # 41 cover plan
    (
        "Cover plan for {{class|11Z2}}, Period 5, Room S3:\nTask: past paper Q1–4.\n"
        "Seating: {{name|Ben}} away from {{name|Harvey}}.\nIf issues: send to the Head of Science, not Reception."
    ),
    # 42 WhatsApp with a parent
    (
        "Mum: Hi miss is {{name|ayesha}} allowed to bring her own calculator\nMe: Yes, a scientific one is fine.\n"
        "Mum: ok thanks, she says {{name|mr grant}} told them no\n"
        "Me: I'll check with {{name|Mr Grant}}.\nShould I even be on WhatsApp with parents?"
    ),
    # 43 theorists, no personal data
    (
        "For my assignment I'm comparing Piaget, Vygotsky and Bandura on peer learning. Is it fine to use "
        "Rosenshine too, or is he not a theorist in the strict sense? The Professional Tutor was vague."
    ),
    # 44 e-mail with extension
    (
        "Hi, it's {{name|Mrs Okafor}} from the Exams Office. {{name|Ethan}} in {{class|Year 11J}} has access "
        "arrangements, so he'll sit in the Library. Ring me on {{phone|01632 960 418}} if that clashes."
    ),
    # 45 international school
    (
        "At our international school, {{name|Mr Tanaka}} runs {{class|grade 7C}} and I have {{class|grade 7D}}. "
        "The Principal wants both classes to use the same rubric, but the MYP Coordinator disagrees."
    ),
    # 46 calls home log
    (
        "Calls home log:\nMon – {{name|Aaliyah}}'s mum, no answer.\nTue – {{name|Charlie}}'s dad, "
        "{{phone|07456 223 901}}, positive call.\nWed – Attendance Officer phoned instead of me."
    ),
    # 47 referral with address
    (
        "DSL referral (copy)\nChild: {{name|Harper Quinn}}\nAddress: {{address|Flat 12, 9 Marsh Lane}}\n"
        "Concern: bruising on arm, said her brother did it.\nActions Agreed: DSL to call Children's Services."
    ),
    # 48 CPD agenda, no personal data
    (
        "INSET Day Agenda\n9:00 Welcome from the Headteacher\n9:30 Safeguarding update (DSL)\n"
        "11:00 Department time\n1:30 Adaptive teaching (SENCo)\nAttendees: all teaching staff."
    ),
    # 49 formal letter
    (
        "Letter to parents, drafted for me to check:\n{{school|Riverside Academy}}\n{{address|14 Station Road}}\n"
        "Dear {{name|Mr Kowalski}} and {{name|Mrs Kowalski}},\nI am writing about {{name|Filip}}'s attendance in "
        "{{class|Year 8K}}.\nYours sincerely, Form Tutor"
    ),
    # 50 learning mentor chat
    (
        "Learning Mentor: {{name|reggie}} was in the Hub again at lunch.\nMe: Did he say why?\n"
        "Learning Mentor: says {{name|josh}} keeps taking his ball\nMe: I'll speak to both after registration."
    ),
]
