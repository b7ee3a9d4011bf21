r"""Tuning batch 7f of the de-identifier's labelled set (issue 15): precision: capitalised words that are not people.

Written on 2026-11-30 between 08:41 and 08:45 UTC (times from `date -u`) by a separate author who did not read the
rules in `mentor_kit.privacy`, `test_deidentify.py` or any labelled file, except as stated here. What the author
read: the brief for this batch; the directory listing of `tests/unit/privacy/` (file names only); and the module
docstring and the first ~40 lines of data of `labelled_former_held_out_3.py`, to see the file format (its texts are
not reused or paraphrased). The de-identifier and the tests were not run.

The mix: 100 texts, 50 Russian (`ROUND_7F_RUSSIAN`) and 50 English (`ROUND_7F_ENGLISH`), each a message by a novice
school teacher to a university mentor, or a form, chat, log, letter, lesson plan, minutes or list they paste. 25
texts per language are long paragraphs. The focus is precision: every text is full of capitalised words that are not
personal data (headings and section labels, days, months and holidays, places, rivers, streets without numbers,
rooms and buildings, subjects and exams, programmes and software, authors, titles and characters, including
characters with titles such as Miss Trunchbull, Mr Twit, Inspector Goole and Порфирий Петрович, theorists,
historical figures, celebrities and athletes, public bodies, acronyms, pets, teams, houses, reading groups, and
words that look like names: Will and Mark as verbs, Hope, Grace, Joy, Rose, Faith, Vera, вера, надежда, любовь, Dr
Frost as software). Real people (pupils, parents, colleagues, the writer) appear in 35 texts per language, 1-5 per
text; some pupils' names collide with ordinary words (a pupil Grace beside 'good grace', Rose beside 'tempers rose'
and the Rose Garden, Will beside 'Will moving him').

Span counts (computed by importing this module and counting r"\{\{(\w+)\|([^}]*)\}\}"): Russian: name 76, class 21,
school 7, address 2, phone 5, email 3, url 2, handle 3, document 6; 125 in all. English: name 73, class 13, school
5, address 3, phone 4, email 4, url 3, handle 3, document 2; 110 in all. Total: name 149, class 34, school 12,
address 5, phone 9, email 7, url 5, handle 6, document 8; 235 in all.

Scored before use (2026-11-30, aggregate, on the rules as round 6 froze them, 8bf7db2): over all categories
precision 0.78, recall 0.89; name P 0.69 R 0.83 (Russian P 0.69 R 0.83, English P 0.68 R 0.82). The rules were not
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
message is a name."""

ROUND_7F_RUSSIAN = [
    # 1 register: practice diary, long
    (
        "Дневник практики, неделя 12. В понедельник у нас был Методический день, тема — «Формирующее оценивание "
        "по ФГОС». Приглашённый лектор из Москвы цитировал Выготского и Макаренко, показывал слайды про зону "
        "ближайшего развития. Потом я вела урок литературы в {{class|8 «Б»}}: «Евгений Онегин», письмо Татьяны. "
        "Девочки спорили, права ли Татьяна Ларина, а {{name|Гоша Лаптев}} заявил, что Онегин «просто честный». "
        "Мой наставник {{name|Нина Аркадьевна}} потом сказала, что дискуссия получилась живой, но я забыла про "
        "рефлексию. В четверг Масленица, в актовом зале концерт, и я отвечаю за блины от Родительского комитета."
    ),
    # 2 register: class chat in Sferum
    (
        "Переписка из чата {{class|5 «А»}} в Сферуме, скопировала для вас:\n"
        "{{name|Ирина Соколова}}: Добрый вечер! Завтра физкультура в Спортзале или на Стадионе?\n"
        "{{name|Марина Олеговна}}: В Спортзале, форма обязательна.\n"
        "{{name|ирина соколова}}: А Дневник.ру опять не открывается, ВПР по математике когда?\n"
        "Я ответила, что график ВПР утверждает Рособрнадзор, а не я. Правильно?"
    ),
    # 3 register: short forum question
    (
        "Подскажите, где взять готовые материалы к «Разговорам о важном» на тему Дня народного единства? "
        "На сайте Минпросвещения только методичка, а в ЯКласс ничего нет."
    ),
    # 4 register: lesson reflection, long
    (
        "Вчера в {{class|9 «В»}} разбирали «Мёртвые души». Я попросила сравнить Чичикова с Хлестаковым, и класс "
        "неожиданно оживился: Манилов всем напомнил какого-то блогера, а Плюшкина сравнили с бабушкой, которая "
        "хранит пакеты. Очень понравился ответ {{name|Вики Мельник}} про «мёртвые» и «живые» души в нашем городе. "
        "Зато {{name|Ислам}} весь урок сидел в телефоне, а когда я сделала замечание, сказал, что Гоголь «устарел». "
        "Наставник советует почитать Лемова, «Мастерство учителя», главу про нулевую терпимость к отвлечениям, "
        "но я боюсь стать Беликовым. Как найти баланс?"
    ),
    # 5 register: PMPK application form
    (
        "Заявка на ПМПК\n"
        "Образовательная организация: {{school|МБОУ «СОШ № 12»}}\n"
        "Обучающийся: {{name|Кузнецов Артём Игоревич}}, {{class|2 «Г»}}\n"
        "СНИЛС: {{document|112-233-445 95}}\n"
        "Адрес проживания: г. Тверь, {{address|ул. Гагарина, д. 14, кв. 3}}\n"
        "Контактный телефон законного представителя: {{phone|8 (903) 111-22-33}}\n"
        "Причина обращения: трудности освоения ООП НОО, подозрение на ОВЗ (ТНР). Заключение логопеда прилагается.\n"
        "Это всё правильно заполнено?"
    ),
    # 6 register: forum question about holidays
    (
        "Коллеги, у нас на 8 Марта планируется концерт в актовом зале, а на День учителя — день самоуправления. "
        "Как вы распределяете роли между старшеклассниками? В прошлом году, когда за это отвечала "
        "{{name|Гусева}}, всё превратилось в хаос, и Управление образования сделало замечание."
    ),
    # 7 register: long reflection after staff meeting
    (
        "Длинное размышление после педсовета. Директор говорила, что главное в нашей работе — вера в ребёнка, и "
        "процитировала Макаренко: «Как можно больше требования к человеку и как можно больше уважения к нему». "
        "Надежда у меня пока есть, но сил уже мало. Любовь к профессии никуда не делась, просто я не успеваю "
        "проверять тетради. Тридцатого сентября, на Веру, Надежду, Любовь и Софию, в школу пришёл батюшка, и часть "
        "родителей возмутилась в чате. Коллега {{name|Светлана Юрьевна}} сказала, что это не наше дело, а завуч "
        "{{name|Рябова Т.Н.}} попросила меня как классного руководителя «успокоить людей». Я не знаю, с чего начать."
    ),
    # 8 register: question about a channel
    (
        "Завела Telegram-канал для родителей своего класса: {{url|https://t.me/klass7b_gimn5}}. Туда выкладываю "
        "домашку, фото с экскурсий в Эрмитаж и напоминания про Госуслуги. Не нарушаю ли я чего-нибудь? Общие "
        "ссылки вроде https://edsoo.ru/ даю как есть."
    ),
    # 9 register: short complaint
    (
        "{{name|Михалыч}}, наш трудовик, опять курил за мастерскими, а дети его сфоткали и выложили в сторис "
        "аккаунта {{handle|@shkola_memy_tver}}."
    ),
    # 10 register: trip report, long
    (
        "Отчёт о внеурочной поездке. В феврале, перед Масленицей, мы с {{class|6 «Б»}} ездили в Пушкинские Горы. "
        "Экскурсовод интересно рассказывала про Михайловское, про няню Арину Родионовну и про то, как Пушкин писал "
        "«Бориса Годунова». Дети купили магниты с Онегиным, а в автобусе пели песни из «Маши и Медведя». "
        "Сопровождали: я, мама {{name|Полины}} {{name|Оксана Викторовна}} и физрук {{name|Денис Сергеевич}}. "
        "Единственный инцидент — {{name|Тимур}} потерял шапку возле Святогорского монастыря. Надо ли писать это "
        "в отчёт для Управления?"
    ),
    # 11 register: passport question
    (
        "Для оформления поездки на соревнования нужны паспортные данные. Папа {{name|Глеба}} прислал: серия "
        "{{document|28 14}}, номер {{document|556071}}, выдан ОВД Заволжского района. Я правильно понимаю, что "
        "хранить это в личных сообщениях ВКонтакте нельзя?"
    ),
    # 12 register: exam question
    (
        "Вопрос про ЕГЭ по обществознанию: ФИПИ опубликовал демоверсию, а в открытом банке заданий появились "
        "задачи про Конституцию и Государственную Думу. Мой выпускник {{name|Рома}} хочет сдавать, кто-нибудь "
        "уже разбирал с детьми? Мне нравится «Решу ЕГЭ», но ученики просят Учи.ру и ЯКласс."
    ),
    # 13 register: parent conflict, long
    (
        "Добрый день! Ситуация: мама ученицы {{class|7 «Д»}} {{name|Зарина Алиева}} пишет мне каждый вечер "
        "ВКонтакте и на почту {{email|z.alieva82@mail.ru}}, требует объяснить каждую четвёрку. Дочь, "
        "{{name|Амина}}, хорошая девочка, но по ФГОС мы обязаны оценивать по критериям, и я их выложила в "
        "Дневник.ру. Вчера мама сказала, что пожалуется в Рособрнадзор и Минпросвещения, и ещё что «Выготский бы "
        "так не оценивал». Я молодой учитель, второй год после МПГУ. Как ответить корректно, чтобы не разжечь "
        "конфликт дальше?"
    ),
    # 14 register: short, possessive adjective
    (
        "{{name|Сашины}} родители развелись летом, и теперь он живёт то у папы на проспекте Мира, то у бабушки в "
        "Кимрах. Как это учитывать при заполнении карточки?"
    ),
    # 15 register: event planning, long
    (
        "Двенадцатого апреля, в День космонавтики, у нас квест по школе: станции «Гагарин», «Королёв», "
        "«Терешкова», «Белка и Стрелка». Я веду станцию в кабинете физики, а ребята из Юнармии дежурят у "
        "актового зала. Проблема в том, что {{name|Егор Плотников}} из {{class|10 «А»}} хочет быть ведущим, но у "
        "него ОВЗ, и завуч боится, что он не справится. Я считаю, что справится: он прекрасно рассказывает про "
        "Байконур и «Восток-1». Как убедить администрацию? Может, сослаться на инклюзивную политику Минпросвещения?"
    ),
    # 16 register: olympiad list, tab-separated
    (
        "Список на олимпиаду (школьный этап ВсОШ):\n"
        "ФИО\tКласс\tПредмет\n"
        "{{name|Андреева Мария}}\t{{class|8А}}\tРусский язык\n"
        "{{name|Белов Кирилл}}\t{{class|8Б}}\tИстория\n"
        "{{name|Вагапова Лейла}}\t{{class|9А}}\tЛитература\n"
        "Задания приходят через платформу Сириус.Курсы."
    ),
    # 17 register: tech complaint
    (
        "Учи.ру и ЯКласс выдают разные результаты диагностики, а Moodle вообще не открывается с планшетов. "
        "В Сферуме видео тормозит. Есть ли у кого-то нормальная инструкция от Минцифры или регионального Центра "
        "оценки качества образования?"
    ),
    # 18 register: literature lesson, long
    (
        "Сегодня на уроке по «Преступлению и наказанию» обсуждали теорию Раскольникова. Мальчишки из "
        "{{class|10 «Б»}} устроили спор, «тварь ли я дрожащая или право имею», и один из них, которого все зовут "
        "{{name|Профессор}}, серьёзно доказывал, что Наполеон был прав. Соня Мармеладова у них вызвала только "
        "жалость, а Порфирий Петрович — восхищение. Потом {{name|Лиза Фомина}} сказала, что у неё брат «такой же "
        "Раскольников», и расплакалась. Я растерялась. После урока подошла к психологу, {{name|Ольге Валерьевне}}, "
        "и та посоветовала поговорить с {{name|Лизой}} отдельно, без свидетелей."
    ),
    # 19 register: short, contacts
    (
        "Мой рабочий телефон {{phone|+7 912 345-67-89}}, почта {{email|teacher.orlova@gimn5.ru}}. Можно ли давать "
        "их родителям, или лучше только через Сферум?"
    ),
    # 20 register: New Year question
    (
        "На Новый год у нас будет утренник с Дедом Морозом и Снегурочкой, а старшеклассники ставят «Щелкунчика». "
        "Кто подскажет, где купить недорогие костюмы Буратино и Чебурашки? В «Детском мире» всё раскупили."
    ),
    # 21 register: meeting minutes, long
    (
        "Протокол заседания МО учителей начальных классов № 3\n"
        "Присутствовали: {{name|Никитина Е.В.}} (руководитель МО), {{name|Шарипова Г.Р.}}, {{name|Лебедева О.П.}}, "
        "молодой специалист {{name|Кротова А.С.}}\n"
        "Повестка: 1. Итоги ВПР. 2. Подготовка к Неделе начальной школы. 3. Наставничество.\n"
        "Слушали: {{name|Никитину Е.В.}}, которая отметила, что по русскому языку результаты ниже, чем в прошлом "
        "году, особенно в {{class|4 «В»}}.\n"
        "Решили: провести открытые уроки по системе «Школа России», использовать платформу Учи.ру, пригласить "
        "методиста из ИРО."
    ),
    # 22 register: short, school building
    (
        "Меня перевели в {{school|Гимназию № 5}}, но уроки у меня в {{school|корпусе 3}}, на улице Советской, а "
        "методобъединение в главном здании. Завуч {{name|Инна Борисовна}} говорит, что все успевают за перемену. "
        "Как?"
    ),
    # 23 register: pupils' chat screenshot, long
    (
        "Скрин из беседы класса (ребята переслали сами):\n"
        "{{name|вова}}: кто идёт в субботу на Волгу\n"
        "{{name|настя к}}: я с {{name|машкой}}\n"
        "{{name|вова}}: а {{name|дэн}} где\n"
        "{{name|настя к}}: его мама не пустила после истории с ТЦ «Европа»\n"
        "И дальше там обсуждали, как прогулять субботник. Мне кажется, это не моё дело, но завуч "
        "{{name|Галина Петровна}} хочет разбирательства с родителями. Как вы поступаете со скринами, которые "
        "ученики приносят сами?"
    ),
    # 24 register: curriculum question
    (
        "Помогите разобраться: новый ФГОС ООО, федеральная ООП и рабочие программы из конструктора "
        "Минпросвещения. У меня география, 7 класс, а в конструкторе нет темы про Африку и Нил. Куда вставлять "
        "практическую работу?"
    ),
    # 25 register: primary teacher, long
    (
        "Я учитель начальных классов, веду {{class|1 «А»}}. {{name|Машина}} мама попросила не показывать на "
        "продлёнке «Машу и Медведя», потому что дочку дразнят этим мультиком. Я понимаю её, но дети сами просят. "
        "Кроме того, {{name|Маша}} действительно похожа на героиню: такая же шустрая. Вчера {{name|Арсений}} громко "
        "сказал «Медведь, спасайся», и вся группа смеялась. Я не успела среагировать. Как объяснить классу про "
        "дразнилки, не называя никого? Может, провести занятие по «Азбуке вежливости» или прочитать «Чучело» "
        "Железникова (хотя это скорее для старших)?"
    ),
    # 26 register: question about enrolment, long
    (
        "Кто работал с Госуслугами для записи в кружки? Родители жалуются, что «Навигатор дополнительного "
        "образования» не видит наш Дом творчества, а робототехника и «Юный эколог» вообще пропали из каталога. "
        "Бабушка {{name|Дениса Курочкина}} три раза приходила ко мне после уроков, потому что внук хочет в шахматы, "
        "а запись закрыта. Я звонила в Управление образования, там сказали писать в Минцифры. В Минцифры ответили, "
        "что это региональный оператор. Неужели учитель должен разбираться ещё и в этом?"
    ),
    # 27 register: draft letter to the commission, long
    (
        "Обращение в комиссию по делам несовершеннолетних (черновик)\n"
        "Сообщаю, что обучающийся {{class|8 «Г»}} {{name|Захаров Никита Андреевич}} с начала второй четверти "
        "пропустил 34 урока без уважительной причины. Семья проживает по адресу: "
        "{{address|пр-т Победы, д. 102, корп. 2, кв. 56}}. Мать, {{name|Захарова Людмила Сергеевна}}, на звонки по "
        "номеру {{phone|+7 (905) 774-10-02}} не отвечает. Классный руководитель: {{name|Усова К.Д.}}\n"
        "Приложение: копия ИНН матери {{document|690402115384}} (прислала сама для льготного питания)."
    ),
    # 28 register: short, theorists
    (
        "Читаю Выготского и Пиаже к семинару, а потом Блума и его таксономию. Можно ли на уроке истории про "
        "Петра I давать задания по всем уровням Блума, или это перебор для 6 класса?"
    ),
    # 29 register: sports event, long
    (
        "Спортивный праздник «Весёлые старты» прошёл в субботу. Команды назывались «Молния», «Зенит» и «Тигры», "
        "капитаны сами придумали девизы. Победили «Тигры» из {{class|3 «Б»}}, хотя {{name|Даниил Жуков}} подвернул "
        "ногу на эстафете. Я сразу позвонила папе по номеру {{phone|89201234567}}, он приехал через двадцать "
        "минут. Медсестра сказала, что ничего страшного, но мама потом написала в чат, что «школа за детьми не "
        "смотрит». Директор просит написать объяснительную. Физрук {{name|Андрей Палыч}} говорит, что это обычное "
        "дело. Как правильно описать инцидент?"
    ),
    # 30 register: short, group link
    (
        "Родители создали группу ВКонтакте без меня: {{url|https://vk.com/club228117455}}. Админ — папа "
        "{{name|Славы}}. Там обсуждают учителей поимённо. Вступать?"
    ),
    # 31 register: lesson observation notes, long
    (
        "Наблюдение за уроком (для портфолио)\n"
        "Тема: «Колобок» — русская народная сказка.\n"
        "Цель: развитие речи и умения пересказывать.\n"
        "Ход урока: дети слушали аудиозапись, затем разыгрывали сценки за Лису, Зайца, Волка и Медведя. "
        "Использовалась интерактивная доска SMART, презентация с «Инфоурока». В рефлексии — «лесенка успеха».\n"
        "Замечания: мало работы в парах, не все дети говорили. Рекомендуется посмотреть уроки по системе "
        "Эльконина — Давыдова."
    ),
    # 32 register: short, SNILS
    (
        "СНИЛС ученика нужен для записи на ГТО: {{document|159-876-543 21}}. Куда его вносить: в АИС «Сетевой "
        "город» или просто в таблицу?"
    ),
    # 33 register: mentoring plan, long
    (
        "Индивидуальный план наставничества\n"
        "Наставник: {{name|Горбунова Елена Михайловна}}, учитель математики высшей категории\n"
        "Наставляемый: {{name|Панов Илья Олегович}}, учитель математики, стаж 0 лет\n"
        "Организация: {{school|МАОУ «Лицей № 2»}}\n"
        "Цели: освоение ФГОС ООО, работа с детьми с ОВЗ, подготовка к ОГЭ.\n"
        "Мероприятия: посещение уроков в {{class|7 «А»}} и {{class|9 «Б»}}; участие в конкурсе «Педагогический "
        "дебют»; изучение работ Шаталова и Амонашвили.\n"
        "Контакт наставника: {{email|gorbunova.em@licey2.ru}}"
    ),
    # 34 register: short, ordinary word Вера
    (
        "Вера в себя у ребят из моего класса нулевая после пробника ОГЭ. Что почитать про мотивацию? Дуэк я знаю, "
        "«Гибкое сознание», но хочется что-то практичное."
    ),
    # 35 register: migrant families, long
    (
        "В нашем классе пять детей из семей мигрантов, и на Ураза-байрам они не пришли в школу. Завуч требует "
        "объяснительные. Я поговорила с папой {{name|Фарруха}} — {{name|Шавкатом Рахимовичем}}, он очень вежливо "
        "объяснил, что это главный праздник. Мне кажется, надо было заранее договориться, как мы договариваемся "
        "про Новый год и Пасху. Ещё вопрос: {{name|Фаррух}} плохо говорит по-русски, а в ПМПК очередь до мая. Есть "
        "ли у кого-то материалы по РКИ для начальной школы? Я смотрела «Русский язык для детей-билингвов» и курс на "
        "Учи.ру, но это не совсем то."
    ),
    # 36 register: short, job offer
    (
        "Кто работал в {{school|ГБОУ «Школа № 2086»}}? Зовут туда учителем английского, в резюме просят указать "
        "опыт работы со Skyeng и Cambridge English."
    ),
    # 37 register: letter to parents, long
    (
        "Уважаемые родители! Напоминаем, что 25 мая в актовом зале пройдёт Последний звонок. Ведущие — "
        "{{name|Алина}} и {{name|Кирилл}} из {{class|11 «А»}}. Репетиции по вторникам и четвергам после шестого "
        "урока. Костюмы для сценки про Гагарина и Королёва собираем в кабинете 214. Вопросы можно задать "
        "классному руководителю {{name|Елене Игоревне Самойловой}} по телефону {{phone|+7 (915) 230-45-67}} или в "
        "чате класса в Сферуме. С уважением, родительский комитет."
    ),
    # 38 register: short, excursion
    (
        "На экскурсии по Неве дети спрашивали, почему Пётр I построил город на болоте, особенно настойчиво "
        "{{name|Ульяна}}. Посоветуйте книжку для пятиклассников про Петербург, чтобы не как в учебнике."
    ),
    # 39 register: project reflection, long
    (
        "Каждое утро иду в школу по улице Ленина мимо памятника Ленину, и каждое утро кто-то из моих "
        "шестиклассников спрашивает, кто это. Решила сделать проект «Улицы нашего города»: улица Гагарина, "
        "проспект Мира, улица Пушкина, площадь Революции. Дети разбились на группы, одна группа — «Пушкинисты», "
        "другая — «Космонавты». Координирую я, помогает библиотекарь {{name|Зоя Фёдоровна}}. Проблема: одна "
        "мама, {{name|Ковалёва}}, против проекта, говорит, что «политика в школе не нужна». Как ей ответить?"
    ),
    # 40 register: short, anonymous account
    (
        "Нашла у ученицы анонимный аккаунт {{handle|@tihaya_liza_07}}, там грустные стихи и картинки про «никому "
        "не нужна». Сообщила психологу. Что ещё сделать?"
    ),
    # 41 register: end-of-term reflection, long, no people
    (
        "Размышления о первой четверти. Я думала, что самое сложное — дисциплина, а оказалось — бумаги. Рабочие "
        "программы, КТП в «Конструкторе», отчёты по «Разговорам о важном», мониторинг ВПР, журнал в «Сетевом "
        "городе», ещё какие-то таблицы от Управления образования. На уроки литературы времени не остаётся: "
        "«Капитанскую дочку» прошли галопом, Гринёв и Швабрин у детей слились в одного героя. В ноябре обещают "
        "каникулы, поеду в Казань, посмотрю Кремль и мечеть Кул-Шариф, может, отдохну. Надежда только на это."
    ),
    # 42 register: short, substitution
    (
        "Заменяю уроки за {{name|Белякову Н.С.}} и {{name|Тихонова А.А.}}, оба на больничном. Кто платит за "
        "замену — школа или Департамент?"
    ),
    # 43 register: accident, long
    (
        "Вчера на перемене {{name|Ярослав Минин}} из {{class|5 «В»}} упал на лестнице у столовой. Вызвали скорую, "
        "мама {{name|Ирина Владимировна}} приехала в травмпункт сама. Теперь бухгалтерия просит номер полиса ОМС "
        "для акта о несчастном случае: {{document|7758 4400 1290 0031}}. Я его записала на бумажке. Кроме того, в "
        "акте надо указать дежурного учителя, а это была я, хотя по графику у меня дежурство в рекреации второго "
        "этажа. Могут ли меня наказать?"
    ),
    # 44 register: Victory Day, long, no people
    (
        "Как провести классный час ко Дню Победы, чтобы не скатиться в официоз? Бессмертный полк в этом году "
        "отменили, а «Книга памяти» нашего района лежит в библиотеке. Я думала взять письма с фронта из "
        "Государственного архива, прочитать отрывки из «Василия Тёркина» Твардовского и показать кадры из фильма "
        "«Они сражались за Родину». Но в прошлом году коллеги жаловались, что дети скучают, если всё построено на "
        "лекции. Может, сделать мини-проект про улицы, названные в честь Героев Советского Союза? Или это уже было "
        "у всех?"
    ),
    # 45 register: digital platforms, long
    (
        "Пишу из {{school|школы № 41}} города Рязани. У нас ввели «Цифровую образовательную среду», и теперь "
        "домашку выдают через ФГИС «Моя школа», Сферум и ещё Дневник.ру по старой памяти. Дети путаются. Один "
        "ученик, {{name|Влад}}, три недели ничего не сдавал, потому что «не видел». Его папа "
        "{{name|Олег Викторович Сазонов}} утверждает, что это вина школы. Коллега {{name|Лидия}} говорит, что надо "
        "отказаться от Дневник.ру, но завуч против. Как у вас?"
    ),
    # 46 register: short, pseudonym
    (
        "Назову мальчика {{name|Петя}}, чтобы не раскрывать. {{name|Петя}} в {{class|6 «Е»}} прячется под партой "
        "каждый раз, когда звенит звонок."
    ),
    # 47 register: test results, long
    (
        "Итоговая работа по «Евгению Онегину»: вопросы про Ленского, Ольгу, дуэль, сон Татьяны, «лишнего "
        "человека». Результаты так себе: средний балл 3,2. Лучшая работа у {{name|Есении}}, она даже сравнила "
        "Онегина с Печориным, хотя Лермонтова мы ещё не проходили. Худшие — у тех, кто списал с «Брифли». Как вы "
        "боретесь с пересказами из интернета? Я пробовала задания «по Блуму» и творческие письма от лица Татьяны, "
        "но большинство всё равно гуглит."
    ),
    # 48 register: export from school information system
    (
        "Выгрузка из АИС «Сетевой город»:\n"
        "{{name|ОРЛОВ, Максим}} — 12 пропусков\n"
        "{{name|Пак, Д.}} — 9 пропусков\n"
        "Итого по {{class|8 «В»}}: 21 пропуск. Отправлять в Управление?"
    ),
    # 49 register: Teacher's Day, long
    (
        "На День учителя в {{school|Лицее № 7}} устроили день самоуправления. Старшеклассники вели уроки, а "
        "учителя сидели в актовом зале и смотрели «Доживём до понедельника». Потом был концерт: песни Пугачёвой и "
        "Шамана, сценка про Пушкина и Наталью Гончарову, танец «Яблочко». Мне, молодому учителю, подарили цветы и "
        "открытку с надписью «Надежда нашей школы». Было приятно, хотя весь вечер я потом проверяла тетради."
    ),
    # 50 register: chat reply with handle
    (
        "{{name|Кристина}}, вы спрашивали про канал: подписывайтесь на {{handle|@uchitel_istorii_tver}}, там "
        "методички, а полные записи вебинаров — на https://resh.edu.ru/ (это общая платформа)."
    ),
]

ROUND_7F_ENGLISH = [
    # 1 register: ECT reflective log, long
    (
        "ECT Reflective Log, Week 9. This week's Early Career Framework focus was Standard 7, Managing Behaviour. "
        "My mentor, {{name|Mrs J. Whitfield}}, did a Learning Walk on Tuesday and observed {{class|Year 8R}} during "
        "our Of Mice and Men lesson. She liked the Do Now and the cold calling (straight out of Lemov's Teach Like "
        "a Champion) but said my transitions are slow. George and Lennie generated a lot of discussion, especially "
        "when {{name|Kacper}} asked whether Curley's wife ever gets a name. Next Steps: tighten routines, use the "
        "Behaviour Policy consistently, and reread the Rosenshine Principles before Friday's CPD in the Main Hall."
    ),
    # 2 register: department Teams chat
    (
        "Copied from our department Teams chat:\n"
        "{{name|Dan Mercer}}: Will the Sparx homework be set before half term?\n"
        "{{name|Priya}}: Yes, Thursday. Mark the Year 10 mocks first though.\n"
        "{{name|dan mercer}}: ok. who's covering {{class|9X2}} on Monday?\n"
        "{{name|Priya}}: Supply, I think.\n"
        "Is it normal that nobody tells the ECT anything?"
    ),
    # 3 register: short forum question
    (
        "Does anyone have a good Kahoot for Key Stage 3 on the Tudors? Henry VIII and his wives go down well, and "
        "{{name|Miss Carver}} says her Six Wives quiz is a hit, but I want something on the Reformation and Thomas "
        "Cromwell too."
    ),
    # 4 register: class novel reflection, long
    (
        "Our Year 4 class novel this term is Matilda, and I have never seen the children so engaged. They loved "
        "Miss Trunchbull throwing Amanda Thripp by her pigtails, and they wrote letters to Miss Honey asking her to "
        "adopt them. For the Quality First Teaching observation on Wednesday I planned a hot-seating activity: one "
        "child as Mr Wormwood, one as Mrs Wormwood, the rest as the Crunchem Hall pupils. {{name|Mr Osei}}, the "
        "Deputy Head, observed and said the questioning was good but that {{name|Tallulah}} and {{name|Reggie}} "
        "dominated. He suggested lolly sticks. We also read The Twits for fun, and Mr Twit's beard is now a running "
        "joke in the Dolphins reading group."
    ),
    # 5 register: safeguarding log draft
    (
        "CPOMS entry (draft, please check before I submit)\n"
        "Student: {{name|HARPER, Jade}}\n"
        "Class: {{class|Form 9K}}\n"
        "Category: Safeguarding, Attendance\n"
        "Date/Time: Tuesday 14 November, Period 3\n"
        "Incident: {{name|Jade}} arrived late with a bruise on her left wrist; said she fell at the Trampoline Park "
        "on Saturday.\n"
        "Action: Passed to DSL ({{name|Mr R. Coleman}}) in person. Parent contact: {{phone|07700 900417}}.\n"
        "Alerted: Head of Year, Pastoral Team."
    ),
    # 6 register: question about inspection
    (
        "Ofsted are due any day now and SLT want every classroom to show the Knowledge Organiser on the wall, the "
        "Behaviour Policy and the Reading Ladder. Is this a thing everywhere or just in our Multi Academy Trust? "
        "The DfE guidance doesn't say anything about wall displays."
    ),
    # 7 register: anxious pupil, long
    (
        "Bit of a long one, sorry. I have a pupil called {{name|Grace}} in {{class|Year 7B}} who is very anxious. "
        "Yesterday in Assembly the Head talked about grace under pressure and quoted Churchill, and {{name|Grace}} "
        "thought everyone was looking at her. She cried in the Library at lunch. The SENCo says she's on the SEND "
        "register for anxiety but doesn't have an EHCP, and CAMHS have a nine-month waiting list. Her mum, "
        "{{name|Mrs Adeyemi}}, has asked for a meeting at Parents' Evening. I want to handle it with good grace "
        "myself and not make it about the assembly. Any advice on what I can and can't promise?"
    ),
    # 8 register: parent's social media
    (
        "A parent has started posting about our school on TikTok: {{url|https://www.tiktok.com/@angrymum_leeds}}. "
        "Mostly about Sports Day and the uniform policy. The Head says ignore it, but I'm mentioned by my first "
        "name. Is there a DfE guide on this? I found https://www.gov.uk/guidance/online-safety but it's about pupils."
    ),
    # 9 register: short, data export
    (
        "From the Arbor export: {{name|NOWAK, Zofia}}, attendance 81%, Pupil Premium, EAL. Who decides whether "
        "she gets a place at Homework Club?"
    ),
    # 10 register: assembly planning, long, no people
    (
        "I'm planning a Key Stage 2 assembly on festivals of light and want it to be respectful. Diwali falls in "
        "November this year, and we also have Hanukkah and Christmas coming. The RE scheme (Discovery RE) has some "
        "material on Rama and Sita, and the children already know the story from Year 2. My concern is that I "
        "don't want to turn faith into a costume party. The Local Authority SACRE has guidance but it's from 2019. "
        "Also Eid was in the summer term, so a few families asked why we did nothing for it. Will it look "
        "tokenistic if I add it now? Hope someone has done this well."
    ),
    # 11 register: short, nickname
    (
        "The Year 11 boys call one quiet lad {{name|Professor}} and he seems to like it. His real name is "
        "{{name|Oliver}}. Should I use the nickname in class?"
    ),
    # 12 register: lesson plan, long
    (
        "Lesson plan: An Inspector Calls, Act 2\n"
        "Group: {{class|10Y3}}\n"
        "Learning Objective: analyse how Priestley presents Mrs Birling's attitude to Eva Smith.\n"
        "Starter: quote retrieval from Act 1 (Mr Birling's speech about the Titanic).\n"
        "Main: hot-seat Inspector Goole; groups as Sheila, Gerald and Eric.\n"
        "Plenary: exam-style question, AQA GCSE Paper 2.\n"
        "Adaptations: {{name|Ruby}} (dyslexia) gets the cream overlay; {{name|Mohammed}} works with the Teaching "
        "Assistant, {{name|Ms Clarke}}.\n"
        "Home Learning: revise on Seneca."
    ),
    # 13 register: short, email check
    (
        "Could you check my email to a parent before I send it? It goes to {{email|t.okonkwo.family@gmail.com}} "
        "and starts 'Dear {{name|Mr Okonkwo}}, thank you for your message about the Year 6 SATs.'"
    ),
    # 14 register: learning walk feedback, long, no people
    (
        "Feedback from today's Learning Walk (anonymised by SLT, so no names):\n"
        "Strengths: clear Learning Objectives, good use of Mini Whiteboards, consistent Do Now tasks in Science "
        "and Geography.\n"
        "Areas for Development: Adaptive Teaching for SEND pupils, questioning beyond recall, Home Learning not "
        "always set on Google Classroom.\n"
        "Whole-school Next Steps: Quality First Teaching CPD on Thursday in the Sports Hall; Rosenshine reading "
        "group; revisit the Marking and Feedback Policy before Open Evening.\n"
        "I read this as being mostly about me. Am I being paranoid?"
    ),
    # 15 register: short, workload
    (
        "Mark the Year 9 assessments, enter them on SIMS, and email the Head of Department, {{name|Mrs Doyle}}, "
        "by Friday. That's my Sunday. How do you all manage marking?"
    ),
    # 16 register: parent complaint summary, long
    (
        "Parent complaint, summarised for my mentor. {{name|Mr Kowalczyk}} came to Reception on Monday, very "
        "upset that his son {{name|Filip}} had been given a detention for not having his PE kit. He said the "
        "family had just moved to {{address|Flat 4, 19 Beech Road}} and the kit was still in boxes. He also said "
        "that the Behaviour Policy is 'written by people who never had three kids'. I explained that detentions "
        "are logged on Bromcom and that I would speak to the Head of Year. He wants the detention removed and an "
        "apology. I think he has a point, but I don't want to undermine the policy. What would you do?"
    ),
    # 17 register: short, maths platforms
    (
        "Is Times Tables Rock Stars better than Dr Frost for Year 5 fluency? Our Maths Lead loves Dr Frost but "
        "the children prefer the Rock Stars battles."
    ),
    # 18 register: department meeting, long
    (
        "Our department meeting went badly. {{name|Dr A. Lindqvist}}, who runs KS5, wants everyone to switch from "
        "Sparx to Dr Frost Maths for Key Stage 4 homework. {{name|Ms Harrow}} refuses because she built her whole "
        "Year 11 scheme around Sparx. Then {{name|Mr Pearce}} said the ECTs should decide, and everyone looked at "
        "me. I don't know either platform well. I said I'd trial both with {{class|Year 9G}} and report back "
        "before Easter. Now I'm stuck in the middle of a department argument in my first term. Was that a mistake?"
    ),
    # 19 register: pupils' group chat screenshot
    (
        "Screenshots a Year 8 girl showed me (group chat called 'Red Team Netball'):\n"
        "{{name|lexi}}: did u see what {{name|maisie}} posted\n"
        "{{name|chloe b}}: omg yes\n"
        "{{name|lexi}}: she's so fake lol follow {{handle|@maisie.exposed2}}\n"
        "The account has since been deleted. Do I report this through CPOMS as bullying or just tell the Head of "
        "Year?"
    ),
    # 20 register: reading list worries, long
    (
        "Our new Head, {{name|Mr N. Ashworth}}, wants us all to read Carol Dweck's Mindset and Doug Lemov's Teach "
        "Like a Champion over the summer, and there will be a quiz on the first INSET day in September. I'm not "
        "against reading, but the Growth Mindset posters from the last time this was fashionable are still peeling "
        "off the walls of the Science corridor. The Research Lead says the EEF evidence is weak. Our union rep "
        "thinks it's directed time. Is anyone else sceptical, or am I just tired after a long Summer Term?"
    ),
    # 21 register: reference letter, long
    (
        "Reference request (draft): I am writing in support of {{name|Ms Eleanor Fitch}}, who completed her second "
        "ECT year at {{school|Hollybrook Primary School}} under my mentorship. In {{class|Class 3F}} she introduced "
        "Seesaw for Home Learning, led the Phonics Screening Check preparation and ran the Eco Club. She is "
        "reliable, reflective and well regarded by parents. Her Teachers' Standards evidence is strong, "
        "particularly in Adaptive Teaching. I would recommend her without hesitation for the role of Key Stage 1 "
        "Lead. Contact: {{email|m.barnes@hollybrook.sch.uk}}"
    ),
    # 22 register: short, health number
    (
        "A mum, {{name|Mrs Begum}}, handed me a letter with her son's NHS number, {{document|943 476 5919}}, and "
        "asked me to give it to the School Nurse. Is it OK to keep it in my planner until Monday?"
    ),
    # 23 register: topic reflection, long, no people
    (
        "Reflections on my Year 6 Harry Potter topic. We used the first book as a class reader alongside a "
        "Sorting Hat activity, so the children are now in Gryffindor, Hufflepuff, Ravenclaw and Slytherin as well "
        "as their real houses (Oak House, Ash House, Elm House). Hermione is the clear favourite, Dumbledore a "
        "close second, and everyone hates Professor Umbridge, whom they compare to every supply teacher. We wrote "
        "persuasive letters to the Ministry of Magic and visited the Warner Bros Studio Tour in Watford. Next term "
        "we move to Holes by Louis Sachar, which I'm slightly dreading."
    ),
    # 24 register: short, phone
    (
        "Can I give my mobile ({{phone|+44 7700 900256}}) to {{name|Leo}}'s dad for the residential trip to the "
        "Lake District, or should it go through the school office?"
    ),
    # 25 register: observation notes, long
    (
        "Observation notes. Observer: {{name|Mrs L. Okafor}}, Induction Tutor. Teacher: {{name|Mr T. Baptiste}}, "
        "ECT. Group: {{class|10B1}}, Combined Science. Topic: Electrolysis. Summary: Strong Do Now linked to "
        "previous learning, good use of Mini Whiteboards. Some low-level disruption at the back, where "
        "{{name|Kai}} and {{name|Jordan}} were off task. The Teaching Assistant was not deployed until the "
        "practical. Next Steps: use the seating plan from Arbor, Cold Call more widely, refer to the Behaviour "
        "Policy stages early. Overall: Meeting Expectations."
    ),
    # 26 register: short, values
    (
        "Our school is a Church of England faith school and the new RE scheme is called Understanding "
        "Christianity. Hope, Faith and Love are our school values and appear on every letter. As a non-religious "
        "ECT, how do I teach Easter authentically?"
    ),
    # 27 register: tough day, long
    (
        "Writing this after a really tough day. In Period 5 with {{class|Year 8M}} tempers rose quickly after "
        "lunch because of a football argument about Arsenal and Spurs. {{name|Tyler}} threw a glue stick at "
        "{{name|Rose}}, who was trying to stay out of it. I used the Behaviour Policy steps, but {{name|Tyler}} "
        "walked out and went to the Rose Garden by the Sports Hall. Reception called me and I had to leave the "
        "class with the Teaching Assistant. I logged it on CPOMS and emailed Pastoral. My mentor says I did the "
        "right thing but I still feel I lost the room. How do I rebuild with that class tomorrow?"
    ),
    # 28 register: short, pupil account
    (
        "A Year 9 pupil, {{name|Summer}}, showed me an old Instagram account run by pupils from "
        "{{school|Greenfield Academy}}: {{url|https://www.instagram.com/greenfield_confessions}}. It names staff. "
        "Who do I tell?"
    ),
    # 29 register: open evening planning, long, no people
    (
        "Open Evening planning (my first one!). Science are doing elephant toothpaste in Lab 3, Geography have a "
        "volcano, History have Henry VIII and Anne Boleyn costumes, and English are doing a Roald Dahl escape room "
        "in the Library. PE will run taster sessions in the Sports Hall, and Music have the Jazz Band in the Main "
        "Hall. Tours start at 6pm from Reception, led by Year 10 Ambassadors. I've been asked to staff the Key "
        "Stage 3 Reading table with Harry Potter, Wonder and Percy Jackson on display. Will parents actually ask "
        "me about the curriculum? What sort of questions should I expect?"
    ),
    # 30 register: short, meme account
    (
        "The Year 13s made a meme account about staff: {{handle|@hbk_staff_memes}}. One post is about me and "
        "{{name|Mr Dunmore}}'s Lego Star Wars mug. Laugh or report?"
    ),
    # 31 register: payroll paperwork, long
    (
        "I'm doing my own payroll paperwork for the first time. The Trust's HR system asks for my National "
        "Insurance number ({{document|QQ 12 34 56 C}}), Teacher Reference Number and DBS certificate number. Is "
        "the TRN personal data I should be careful with? They also want my home address, which is "
        "{{address|27 Wellington Terrace}}, Bristol, and they'll send payslips by post. My union rep, "
        "{{name|Ms Fenwick}} from the NEU, says it's fine, but I'm nervous after the data breach at another school "
        "in the Trust last year."
    ),
    # 32 register: short, seating
    (
        "{{name|Will}} in {{class|7C}} says he will not sit next to {{name|Harvey}} any more. Will moving him make "
        "it worse?"
    ),
    # 33 register: sports day, long, no people
    (
        "Sports Day was last Friday and it was chaos in the best way. Red Team won the relay, Blue Team won the "
        "tug of war, and the Parents' Race nearly caused an injury. The sun cream situation was a disaster because "
        "of our Medicines Policy. A local Olympian who competed in Tokyo visited, and the children asked about "
        "Usain Bolt and Dina Asher-Smith. Next year I'd like to run the Key Stage 1 races separately, and maybe "
        "include some Joe Wicks warm-ups. The PE Lead agreed in principle. How do other schools keep Sports Day "
        "inclusive for pupils with SEND?"
    ),
    # 34 register: short, reading groups
    (
        "Reading group update: Tigers have {{name|Amelia}}, {{name|Ibrahim}} and {{name|Sofia}}; Dolphins are "
        "still on Biff, Chip and Kipper books. Is that too big a gap?"
    ),
    # 35 register: annual review prep, long
    (
        "EHCP Annual Review prep. Pupil: {{name|Ethan Marsh}}, {{class|Year 5H}}. Present: SENCo "
        "({{name|Mrs D. Flanagan}}), class teacher (me), parent ({{name|Ms Marsh}}), Educational Psychologist from "
        "the Local Authority. Provision: Section F includes 15 hours of Teaching Assistant support, Speech and "
        "Language Therapy via the NHS, and sensory breaks. Progress: {{name|Ethan}} has moved up a Read Write Inc. "
        "colour band and now joins the whole-class Maths lesson using White Rose materials. Concerns: transition "
        "to Key Stage 3, unstructured times, Sports Day."
    ),
    # 36 register: platform change, long
    (
        "We've been told to stop using ClassDojo and move everything to Seesaw by February half term. Our "
        "Reception teacher, {{name|Miss Patel}}, spent the whole of the Autumn Term getting parents onto ClassDojo, "
        "and now they have to download another app. The Computing Lead says Seesaw is better for the EYFS "
        "Profile evidence, and the Trust has a licence for it. Parents' Evening is in two weeks. Any tips on "
        "getting Reception parents to actually log in, especially families with EAL?"
    ),
    # 37 register: split-site school, long
    (
        "Just started at {{school|Kingsmead Academy}}, a split-site school. My timetable puts me in "
        "{{school|Building B}} for Periods 1 and 2 and then in the Humanities corridor of the main site for Period "
        "3, with a five-minute changeover. The walk is along Queen Street, past the Co-op and the Leisure Centre. "
        "Twice this week I've arrived late to {{class|Year 9P}} and the class was already in the corridor. My line "
        "manager, {{name|Mr Gallagher}}, says I just need to walk faster. Can I ask for a timetable change as an "
        "ECT under the Early Career Framework? The office line is {{phone|0161 496 0831}} and they can't do "
        "anything either."
    ),
    # 38 register: short, ordinary word Joy
    (
        "Joy is in short supply in the English department this term. Any suggestions for low-workload ways of "
        "bringing back the joy of reading in Key Stage 4?"
    ),
    # 39 register: letter home, long
    (
        "Letter home, draft:\n"
        "Dear Parents and Carers,\n"
        "This half term in Nursery our topic is Mr Men and Little Miss. The children will be creating their own "
        "characters (Mr Tickle and Little Miss Sunshine are already favourites!) and exploring feelings through "
        "the stories. On Thursday we are visiting the Library on Station Road. Please send in a named coat. World "
        "Book Day is on Thursday 6 March; costumes are optional, and we'd love to see some Gruffalos and "
        "Paddingtons. Any questions, speak to {{name|Miss Amira Hussain}} or {{name|Mr Ellis}} at the door.\n"
        "Kind regards,\n"
        "The Nursery Team"
    ),
    # 40 register: short, profile link
    (
        "The Head of Year shared {{name|Mrs Akhtar}}'s LinkedIn "
        "({{url|https://www.linkedin.com/in/sana-akhtar-teacher}}) as an example of professional networking. Is "
        "that a normal thing to do for ECTs?"
    ),
    # 41 register: CPD reflection, long, no people
    (
        "Our Thursday CPD was on cognitive science. The speaker compared Piaget's stages to Vygotsky's Zone of "
        "Proximal Development and then spent twenty minutes on Sweller's Cognitive Load Theory. We were told to "
        "read Rosenshine, Willingham's Why Don't Students Like School? and the EEF guidance reports. At the end the "
        "Deputy Head announced that all lessons must now follow the Trust's Teaching and Learning Framework with "
        "an I Do, We Do, You Do structure. Some colleagues grumbled about Bloom's Taxonomy being 'out of fashion'. "
        "As an ECT I found it useful, but I'm not sure how it fits with the Early Career Framework modules I'm "
        "doing with Ambition Institute."
    ),
    # 42 register: short, seating plan bug
    (
        "On the seating plan SIMS printed {{name|Wright, J.}} twice and missed {{name|Ahmed, S.}} completely. Is "
        "it a SIMS bug or did the Data Manager change something?"
    ),
    # 43 register: consent form check, long
    (
        "Residential trip to the Peak District, consent form check. Pupil: {{name|Isla Thompson}}. Emergency "
        "contact: {{name|Mr Craig Thompson}}, {{phone|07911 123456}}. Home address: {{address|58 Meadow View}}, "
        "Derby. Medical: asthma (inhaler), nut allergy (EpiPen). Dietary: vegetarian. Email for updates: "
        "{{email|craig.thompson77@outlook.com}}. The form also has a section for 'Any other information' where the "
        "dad wrote that {{name|Isla}} is scared of the dark. Should that go on the risk assessment?"
    ),
    # 44 register: short, calendar
    (
        "When is the INSET day after Easter? Our calendar on the Trust website still shows last year's dates, and "
        "the extra Bank Holiday in May threw everything off."
    ),
    # 45 register: form tutor, long
    (
        "My Year 10 form are lovely but exhausting. Form time is supposed to be for the Reading Programme "
        "(currently Noughts and Crosses by Malorie Blackman) but they'd rather talk about Taylor Swift, the "
        "Premier League and whether Marcus Rashford should be dropped. One girl, who I'll call {{name|Bea}} here, "
        "has started refusing to read aloud; her mum says it's anxiety. Another student, {{name|Connor Walsh}}, "
        "has been on report for lateness since the start of the Autumn Term. The Head of Year wants me to phone "
        "home weekly. With {{class|Form 10JW}} I have 28 students and 20 minutes a day. How do other form tutors "
        "prioritise?"
    ),
    # 46 register: short, resources
    ("Any recommendations for Black History Month resources on Walter Tull and Mary Seacole for Year 3?"),
    # 47 register: booking chat, long
    (
        "Part of the Parents' Evening booking chat (School Cloud):\n"
        "{{name|Mrs Benson}}: Can we book a slot with the Maths teacher for {{name|Alfie}}?\n"
        "Office: Yes, please use the link in the letter.\n"
        "{{name|Mrs Benson}}: The link goes to Google Classroom instead.\n"
        "Me: Apologies, the correct one is in the Arbor app.\n"
        "Then she asked why {{name|Alfie}}'s mark in the Autumn Assessment was lower than in the Baseline. Mark "
        "schemes changed between the two papers, but I'm not sure how to explain this without blaming the Head of "
        "Maths."
    ),
    # 48 register: short, plant and pet
    (
        "Our Science technician keeps an aloe vera plant on the windowsill of Lab 2 and the Year 7s named it Vera. "
        "Now they want a class pet too. Is a hamster allowed under our Health and Safety Policy?"
    ),
    # 49 register: end of first term, long
    (
        "I've just finished my first full term at {{school|St Aidan's Catholic High School}}. History in Key Stage "
        "3 is a chronological sweep from the Norman Conquest to the Cold War. My favourite unit so far was the "
        "Tudors: Henry VIII, Catherine of Aragon, Anne Boleyn, Thomas More, the Dissolution of the Monasteries. "
        "The pupils loved the trial of Anne Boleyn role-play. Less successful was the Industrial Revolution unit, "
        "which felt like a list of inventions (Spinning Jenny, Stephenson's Rocket). Next term I'll teach the "
        "British Empire, which worries me because the department scheme hasn't been updated for years. Any "
        "suggestions for balanced sources?"
    ),
    # 50 register: short, accounts
    (
        "{{name|Mr Huang}}, the new IT technician, set up my Teams account as {{email|k.obrien@stmarks.org.uk}} "
        "but my Twitter is still {{handle|@MissOBrienTeaches}}. Should I link them on my school profile?"
    ),
]
