r"""Tuning batch 8d of the de-identifier's labelled set (issue 15): short messages and questions in both languages.

Written on 2026-11-30 between 09:15 and 09:17 UTC (start and end from `date -u`) by a separate author who did not
read the rules or any other labelled file. What the author read: only the brief for this batch, and the module
docstring and the first lines of data of `labelled_former_held_out_3.py` (lines 1-80 of that file, to see the
format; none of its texts is reused or paraphrased). The author did not open anything under `mentor_kit/privacy/`,
did not read
`test_deidentify.py` or any other `labelled_*.py` file, and did not run the de-identifier or any test.

Mix: 150 texts, 75 Russian and 75 English, of which 15 per language hold no personal data. Most are short
messages from a novice teacher to a university mentor: quick questions, subject lines, SMS, pasted chat lines,
logs, forms, e-mail openings and signatures, reminders and one-line notes. Names come sentence-initially, alone,
with titles and initials, as a single surname, as "SURNAME, Firstname", as chat speakers (also in lower case),
as possessives and as pseudonyms, mixed with capitalised non-names (Вера/Надежда/Любовь as ordinary words, Mark,
Will, Grace, May, places, subjects, exams, software, public bodies, authors, books and characters, weekdays
and months).

Span counts (computed by importing this module and counting r"\{\{(\w+)\|([^}]*)\}\}"):
Russian: name 54, school 7, address 2, phone 3, email 2, url 2, handle 1, document 5, class 12 (total 88).
English: name 55, school 6, address 2, phone 3, email 2, url 2, handle 2, document 3, class 14 (total 89).
Both: name 109, school 13, address 4, phone 6, email 4, url 4, handle 3, document 8, class 26 (total 177).

Scored before use (2026-11-30, aggregate, on the rules as round 6 froze them, 8bf7db2): over all categories
precision 0.97, recall 0.93; name P 0.95 R 0.89 (Russian P 0.98 R 0.94, English P 0.92 R 0.84). The rules were not
tuned on it: it is training data of the span model (`RULES_UNSEEN` in `labelled_tuned.py`).

Marks: {{kind|text}}, kinds: name, school, address, phone, email, url, handle, document, class. Conventions: English
names include a title and initials; a possessive ending stays outside the mark; a role word before a name is not
part of it; a Russian possessive adjective made from a name is a name; a surname with initials includes them; a
full name with patronymic is one span, and two names joined by a conjunction are two spans; a nickname or a
pseudonym the writer gives a child is marked like a name. English class labels include the word before them (year,
form, class, grade), a bare set code is the code alone, Russian labels are the number and letter alone, and a bare
year without a group letter is not marked. A school is the named or numbered institution with its type word as
written; a building, block or branch of a school is its own school span; generic mentions of a school,
universities and public bodies are not marked. An address is the street with house (and flat or block) as
written, without the city; a city or a street without a number is not marked. Phones are marked as written,
including a leading plus. Personal numbers (СНИЛС, ИНН, passport, полис ОМС, NHS and National Insurance numbers)
are the number only, without the label; passport series and number together are one span, apart two spans. A
profile, channel or group link is a url (the full link as written, without trailing punctuation), a generic
resource or news link is not marked, and a bare handle starting with @ is a handle. Authors, historical figures,
characters, theorists, celebrities and public bodies are not marked. A name written "SURNAME, Firstname" or
"Surname, F." is one name span; a speaker's name before a chat message is a name.
"""

ROUND_8D_RUSSIAN = [
    # 1 chat message
    "{{name|Вера}} опять не сделала домашку, уже третий раз за неделю. Что посоветуете: звонить маме или пока "
    "поговорить с ней самой?",
    # 2 question
    "Вера в успех — главное, говорит наш завуч, но как поддержать класс, если он не тянет ОГЭ?",
    # 3 e-mail opening
    "Здравствуйте, {{name|Ольга Викторовна}}! Можно я пришлю вам конспект урока завтра утром? Сегодня не "
    "успеваю доделать.",
    # 4 SMS from a parent
    "Это мама {{name|Димы Крылова}}, {{name|Дима}} сегодня не придёт, температура. Мой номер "
    "{{phone|8 916 234-55-07}}.",
    # 5 question
    "Подскажите, как оформить характеристику на {{name|Ковалёва Т.}} для ПМПК? Образца у меня нет.",
    # 6 subject line
    "Тема: открытый урок в {{class|6 «Б»}}, 14 декабря",
    # 7 complaint
    "{{name|Петина}} бабушка снова звонила директору. Я не знаю, что делать: оправдываться или просто промолчать?",
    # 8 question
    "Читаем «Муму» Тургенева, и дети спрашивают, почему Герасим так поступил. Как обсудить это с пятиклассниками?",
    # 9 note
    "Завуч {{name|Смирнова Елена Павловна}} попросила сдать КТП до понедельника, а я даже шаблона не видела.",
    # 10 pasted parent chat
    "[18:04] {{name|Ирина Сергеевна}}: Родители, завтра экскурсия в Третьяковку, сбор в 8:30.\n"
    "[18:06] {{name|Марина К.}}: А сменку брать?",
    # 11 question
    "Ученик {{name|Арсений}} из {{class|3 «А»}} боится отвечать у доски. Может, попробовать работу в парах?",
    # 12 question
    "В пятницу у нас ВПР по математике, а в понедельник — педсовет. Когда мне готовиться к открытому уроку?",
    # 13 reply
    "Мой адрес для связи {{email|n.lebedeva.teach@mail.ru}}, пишите туда, рабочую почту я редко проверяю.",
    # 14 pasted form
    "ФИО: {{name|Лебедева Наталья Игоревна}}\nОУ: {{school|МБОУ «Гимназия № 3»}}\nСтаж: 1 год",
    # 15 quick question
    "Мама {{name|Сони}} прислала справку, но без печати и без подписи врача. Принимать или вернуть?",
    # 16 question
    "Для лагеря просят СНИЛС ребёнка, мама прислала {{document|112-233-445 95}} в вайбер. Это вообще законно — "
    "пересылать такое?",
    # 17 question
    "Как быть с {{name|Гошей}}? Он называет себя «{{name|Гоша-Кот}}» и требует, чтобы так и писали в журнале.",
    # 18 case note
    "Назову его {{name|Миша}}, чтобы не раскрывать имя: он третий месяц ни с кем в классе не разговаривает.",
    # 19 question
    "Май — самый тяжёлый месяц: итоговые, праздники, отчёты. Как вы планировали время в первый год?",
    # 20 question
    "Семья переехала: Тверь, {{address|ул. Лесная, д. 14, кв. 3}}. Нужно менять данные в журнале?",
    # 21 question
    "Дети после уроков гуляют на Садовой улице у гаражей, я видела их из окна. Сообщать родителям?",
    # 22 question
    "В телеграме ученик пишет мне с аккаунта {{handle|@kirill_z2011}} по ночам, в основном про домашку. "
    "Отвечать или игнорировать?",
    # 23 message
    "Нашла группу класса: {{url|https://vk.com/club_7v_school41}}. Там выкладывают фото учителей.",
    # 24 question
    "Вот ссылка на методичку: https://edsoo.ru/metodicheskie-materialy/ — подойдёт для 5 класса?",
    # 25 quick question
    "{{name|Захар}} и {{name|Тимур}} подрались на перемене, у одного разбита губа. Писать докладную?",
    # 26 complaint
    "Сегодня {{name|Алёна Дмитриевна}} сидела у меня на уроке и сказала, что я слишком много говорю сама.",
    # 27 remark
    "Пушкин, Лермонтов, Тютчев — в {{class|9 «В»}} никто не хочет учить стихи наизусть. Как вы это решаете?",
    # 28 question
    "Папа {{name|Рустама}} прислал паспорт для поездки: серия {{document|45 17}}, номер {{document|604118}}. "
    "Куда это деть?",
    # 29 complaint
    "Бухгалтерия просит мой ИНН {{document|772812345601}} и СНИЛС ещё раз, хотя я уже всё сдавала.",
    # 30 question
    "Как вы справлялись с классным руководством в первый год? У меня {{class|5 «Г»}}, тридцать два человека.",
    # 31 remark
    "Сдаём отчёт в Рособрнадзор до среды, а электронный журнал опять завис. Как вы выживаете в конце четверти?",
    # 32 remark
    "{{name|Кира}} написала сочинение про Онегина лучше, чем я бы сама написала. Как её не перехвалить?",
    # 33 reply
    "Спасибо за совет! Поговорила с {{name|Ярославой}} после урока, она расплакалась, но всё рассказала.",
    # 34 note
    "Номер папы {{name|Ильи}}: {{phone|+7 903 118-42-90}}. Он просил звонить только после семи, мама не в курсе.",
    # 35 question
    "Меня переводят в {{school|корпус 3}} {{school|школы № 1580}}, там совсем другие дети. Как подготовиться?",
    # 36 question
    "Понедельник, вторник и четверг у меня по шесть уроков, плюс {{class|7 «Е»}} в субботу. Это нормально для "
    "молодого специалиста?",
    # 37 question
    "Коллега {{name|Гусейнова}} советует ставить двойки за забытые тетради. Вы согласны, или это перебор?",
    # 38 complaint
    "{{name|Анна Петровна}} и {{name|Светлана Юрьевна}} хотят, чтобы я вела кружок по робототехнике бесплатно.",
    # 39 pasted pupil chat
    "{{name|лиза}}: а домашку по алгебре можно завтра сдать?\nя: можно, но до 9 утра",
    # 40 question
    "Вопрос: можно ли {{name|Матвею}} писать контрольную отдельно? У него справка от невролога.",
    # 41 question
    "«Преступление и наказание» в 10 классе — с чего начать, с Раскольникова или с Петербурга Достоевского?",
    # 42 note
    "Ученица {{name|Ангелина Р.}} из {{class|8 «А»}} просит не называть её фамилию при классе. Как это "
    "совместить с перекличкой?",
    # 43 message
    "Родители {{name|Тимофеевых}} подали жалобу в управление образования. Мне писать объяснительную?",
    # 44 SMS reminder
    "Напоминание: родительское собрание {{class|2 «Д»}} в четверг в 18:00, каб. 204. {{name|Е. В. Орлова}}",
    # 45 complaint
    "{{name|Федя}} снова без формы на физре. Учитель физкультуры {{name|Олег Николаевич}} говорит, что это моя "
    "проблема.",
    # 46 e-mail subject
    "Тема: отчёт по наставничеству — {{name|Соколова А.А.}}, {{school|лицей № 1535}}",
    # 47 question
    "Осень в этом году тяжёлая: ОРВИ, карантин, половина класса дома. Как вести уроки?",
    # 48 question
    "Где взять образец приказа? Директор {{school|МАОУ СОШ № 12}} требует оформить всё по-новому.",
    # 49 note
    "Мама {{name|Вики}} просит писать ей на {{email|vika.mama85@gmail.com}}, в чат она не заходит. Это удобно, "
    "но не слишком ли лично?",
    # 50 question
    "Школьный психолог в отпуске до января. К кому направить ребёнка, если он говорит о самоповреждении?",
    # 51 question
    "{{name|Рома}}, {{name|Стёпа}} и {{name|Данияр}} не сдали проекты. Ставить точки или сразу двойки? Срок "
    "был две недели.",
    # 52 introduction
    "Я {{name|Карина}}, учитель английского, второй месяц в школе. Можно задать пару вопросов?",
    # 53 one-line note
    "Надежда есть: {{name|Ваня}} начал читать сам!",
    # 54 question
    "Любовь к чтению не привьёшь списком литературы. Что вы даёте читать семиклассникам, кроме программы?",
    # 55 request
    "Перешлите, пожалуйста, {{name|Марии Олеговне}} мой план урока, у меня нет её почты, а урок уже в четверг.",
    # 56 question
    "В журнале {{name|Петров И. С.}} числится в {{class|10 «Б»}}, а по факту ходит в {{class|10 «А»}}. Кому писать?",
    # 57 question
    "Как объяснить разницу между Минпросвещения и Рособрнадзором? Сама до сих пор путаюсь.",
    # 58 remark
    "{{name|Серёжина}} тетрадь опять пропала, а он обвиняет соседа по парте. Разбираться при всех?",
    # 59 question
    "Домашнее обучение: ребёнок живёт на {{address|проспекте Мира, 52, корп. 2, кв. 118}}, мне ездить туда два "
    "раза в неделю?",
    # 60 request
    "Добавьте меня, пожалуйста, в родительский чат {{class|4 «В»}}: {{url|https://t.me/+aB3kLmn9PqR}}.",
    # 61 question
    "Английский в 3 классе: что делать, если половина детей не знает алфавит?",
    # 62 question
    "У {{name|Эмилии}} диагноз СДВГ, а мама просит никому не говорить. Даже коллегам, которые у него ведут?",
    # 63 draft reply
    "Ответ для {{name|Кузнецовой}}: нет, оценку за четверть пересмотреть нельзя. Так нормально написать?",
    # 64 question
    "{{name|Шамиль Ахмедович}}, отец ученика, предлагает помочь с ремонтом кабинета. Можно ли принять?",
    # 65 question
    "Август уже скоро, а рабочая программа для {{class|9 «Г»}} не готова. С какого раздела начать?",
    # 66 question
    "{{name|Оксана}} из параллельного класса просит мои презентации. Делиться или это моя интеллектуальная "
    "собственность?",
    # 67 e-mail signature
    "Спасибо! До встречи в среду.\n{{name|Тамара Белова}}, {{school|гимназия № 5}}, {{phone|8 (3812) 45-67-89}}",
    # 68 question
    "В четверг в актовом зале Дед Мороз и Снегурочка, репетиция в среду. Кто из учителей обычно это организует?",
    # 69 question
    "{{name|Эля}} из {{class|11 «А»}} плачет из-за ЕГЭ по химии. Как её поддержать, не давя ещё сильнее?",
    # 70 complaint
    "Мой наставник в школе, {{name|Головин}}, не отвечает на сообщения уже неделю. К кому обратиться?",
    # 71 pasted form
    "Анкета на олимпиаду: {{name|Николаев Артём Сергеевич}}, паспорт {{document|4620 117345}}, {{school|СОШ № 27}}.",
    # 72 remark
    "Проверила работы {{name|Лены}} и {{name|Саши}}: одинаковые ошибки в одинаковых местах. Спросить напрямую?",
    # 73 question
    "Чехов, «Толстый и тонкий» — годится ли для открытого урока в шестом классе? Или лучше «Хамелеон»?",
    # 74 question
    "Можно коротко: {{name|Мирон}} — левша, учительница начальных классов его переучивала. Как теперь с почерком?",
    # 75 chat message
    "{{name|Богдан}} сегодня сам вызвался к доске! Спасибо за идею с карточками, работает!",
]

ROUND_8D_ENGLISH = [
    # 1 chat message
    "{{name|Mark}} was late again. Third time this week — do I log it or talk to him first? He seems tired.",
    # 2 request
    "Will you check this lesson plan before Friday? I've based the starter on Macbeth's dagger speech.",
    # 3 complaint
    "Mark the register before assembly, says {{name|Mrs J. Holloway}}, but the system crashes every morning.",
    # 4 question
    "{{name|Mr Okafor}}'s {{class|10X2}} are doing the same unit. Should we share resources, or is that frowned upon?",
    # 5 quick question
    "Quick one: {{name|Priya}} in {{class|Year 8R}} says she can't see the board. Who do I tell, the school "
    "nurse or the SENCo?",
    # 6 SMS from a parent
    "Hi, this is {{name|Dan}}'s mum. He's off sick today, sorry. {{phone|07700 900461}}",
    # 7 question
    "Is it normal to teach Of Mice and Men in Year 9? Our department swapped it for An Inspector Calls.",
    # 8 question
    "{{name|Ms R. Cheng}} observed my Year 7 lesson and said my questioning was 'closed'. What does she mean?",
    # 9 subject line
    "Subject: Behaviour incident, {{class|Form 9T}}, Tuesday period 4",
    # 10 quick question
    "{{name|Jayden}} and {{name|Kofi}} were fighting over a calculator. Detention for both, or just the one "
    "who started it?",
    # 11 question
    "Ofsted might come in January. What should an early career teacher actually prepare?",
    # 12 question
    "A parent emailed from {{email|sarah.whitlock77@outlook.com}} asking for her son's predicted grade. Can I "
    "reply directly?",
    # 13 pasted pupil chat
    "{{name|amelia}}: miss can i hand in the essay tmrw\nme: yes, by 9am",
    # 14 case note
    "I'll call him {{name|Leo}} for privacy — he's been hiding in the toilets at lunch for two weeks.",
    # 15 question
    "A Year 11 pupil follows me on Instagram as {{handle|@tayy.b_08}}. Do I block, or just ignore it?",
    # 16 question
    "Someone made a TikTok account mocking staff: {{url|https://www.tiktok.com/@hollybrook_staff_lol}}. Who "
    "deals with this?",
    # 17 question
    "Found this on the EEF site, https://educationendowmentfoundation.org.uk/education-evidence — is the "
    "feedback guidance any good?",
    # 18 pasted trip form
    "Trip form: NHS number {{document|485 777 3456}}, allergies: nuts. Where should I store these?",
    # 19 question
    "HR asked for my National Insurance number again ({{document|QQ 12 34 56 C}}). Is it safe to email?",
    # 20 note
    "{{name|Dr A. Fenwick}}, our head of science, wants me to run the STEM club on Wednesdays.",
    # 21 question
    "April is exam prep season. How do you stop {{class|Year 11C}} burning out before the mocks?",
    # 22 question
    "{{name|Grace}} cried in my lesson after a comment from {{name|Millie}}. I moved seats but I'm not sure "
    "that's enough.",
    # 23 question
    "Grace period for coursework ends Monday, but the exam board says otherwise. Which do I follow?",
    # 24 introduction
    "My placement school is {{school|St Aidan's Church of England Primary School}}, and I'm in {{class|Class 3B}}.",
    # 25 question
    "Home visit booked for {{address|14 Larch Close}}, Leeds. Should I go alone, or take the pastoral lead?",
    # 26 question
    "Kids hang around on Station Road after school and smoke. Is that our problem, or the police's?",
    # 27 question
    "{{name|Mrs Kowalczyk}} (TA) keeps answering for the children. How do I raise it kindly without upsetting her?",
    # 28 request
    "Could you forward my reflection to {{name|Professor D. Hartley}}? I don't have his email.",
    # 29 note
    "Register shows {{name|PATEL, Arjun}} as absent but he was definitely there. Who fixes that?",
    # 30 pasted report footer
    "Report signed by {{name|Hughes, K.}}, SENCo, on 3 November.",
    # 31 question
    "Will the Department for Education change the Key Stage 3 curriculum again? Asking before I plan next year.",
    # 32 message
    "{{name|Ollie}}'s dad turned up at the gate shouting. {{name|Mr Barnes}} from the office had to step in.",
    # 33 correction
    "Sorry, typo — it's {{class|Year 7C}}, not {{class|Year 7G}}.",
    # 34 question
    "Can I ask about {{name|Tom}}? He won't write anything, just draws Spider-Man in every margin.",
    # 35 question
    "The bill for the Year 8 trip came to £40 a head and parents are upset. Who decides the price?",
    # 36 reminder
    "Reminder to self: ring {{name|Hannah}}'s mum on {{phone|+44 7911 123456}} after 3:30.",
    # 37 introduction
    "Just started at {{school|Kingsmead Academy}}, {{school|North Site}}. Any tips for the first week? It's huge.",
    # 38 question
    "Shakespeare or Dickens for the Year 10 unit? Our head of English thinks A Christmas Carol is too easy.",
    # 39 question
    "{{name|Aisha}} is fasting for Ramadan and feels faint in PE. Should I talk to {{name|Mr Reid}} about it?",
    # 40 pasted staff chat
    "[09:12] {{name|Kate Morgan}}: can anyone cover {{class|8Y2}} p3?\n[09:14] {{name|Sam}}: I can",
    # 41 e-mail reply
    "Hi {{name|Mrs Ellison}}, thanks for the feedback on my lesson! I tried cold calling today and it worked.",
    # 42 question
    "Friday's INSET is on adaptive teaching, run by {{name|Mr Lowe}}. Is it worth reading Rosenshine before it?",
    # 43 message
    "Mum of {{name|Ruby}} rang again, asking why she's in the bottom set. What do I say?",
    # 44 question
    "Pupil {{name|K.L.}} disclosed something at break. I've logged it on CPOMS, is that enough?",
    # 45 request
    "Can you recommend a book on behaviour? Everyone mentions Tom Bennett but I don't know where to start.",
    # 46 message
    "My mentor at school, {{name|Ms Adeyemi}}, says I should drop the seating plan. You said keep it. Help!",
    # 47 note
    "{{name|Freddie}} swore at {{name|Miss T. Lang}} in the corridor. It's my tutor group, {{class|10JH}}.",
    # 48 e-mail signature
    "Thanks,\n{{name|Rachel Stone}}\nTrainee Teacher, "
    "{{school|Oakfield High School}}\n{{email|r.stone@oakfield.sch.uk}}",
    # 49 question
    "Does anyone use Google Classroom with Year 5? {{name|Ava}}'s parents keep asking about logins.",
    # 50 question
    "Can I change {{name|Ethan}}'s seat without telling his parents? He's next to his ex.",
    # 51 question
    "For the Paris trip, {{name|Lucas}}'s dad sent his passport number, {{document|533498721}}, by text. "
    "Should I delete it?",
    # 52 question
    "{{name|Mrs O'Neill}} asked me to cover {{class|6K}} on Thursday. Is that allowed in my first term, "
    "without a plan?",
    # 53 question
    "Wednesday parents' evening runs till 8. Do trainees have to attend, or is it optional?",
    # 54 question
    "{{name|Zara}} and {{name|Zainab}} are twins and swap seats to confuse supply teachers. Funny, but what do I do?",
    # 55 behaviour log
    "Log: 11:05 — {{name|Noah B.}} left the room without permission. 11:20 — returned with {{name|Mr Carter}}.",
    # 56 case note
    "I'll call her {{name|Pip}} in my journal — she's selectively mute and I want to track progress.",
    # 57 question
    "Is Hamlet too much for a lower set? The head of department insists it builds resilience.",
    # 58 remark
    "{{name|Mrs D. Kaur-Singh}} left me a note about marking. I can't read her handwriting! Should I ask?",
    # 59 question
    "The PE teacher posts pupils' photos on his page {{url|https://www.facebook.com/coach.mills.pe}}. Should I "
    "report it?",
    # 60 question
    "Found {{handle|@mr_davies_maths}} on X, he's been sharing pupils' work with their names. Is that OK?",
    # 61 one-line note
    "Had a great lesson with {{class|Year 4P}} today — they loved the Romans and the sand timer!",
    # 62 question
    "Do I need a DBS update when I move to {{school|Hollins Park School}} in September, or does it carry over?",
    # 63 question
    "{{name|Ben}} says he's 'not a reader'. His favourite thing is Minecraft. Any ideas for books he might enjoy?",
    # 64 request
    "Can you sign my placement form? My supervisor is {{name|Dr M. Osei}} at the university.",
    # 65 question
    "{{name|Charlie}} called me 'bro' today. Do I correct or ignore? The class laughed.",
    # 66 question
    "Is it OK to use ChatGPT to write reports? Our deputy head says no, the trust says yes.",
    # 67 note
    "Phone for {{name|Mr Abbott}} (head of Year 9): {{phone|0161 496 0732}}",
    # 68 seating plan note
    "Seating plan for {{class|7X1}}: {{name|Evie}} front left, {{name|Josh}} away from {{name|Kai}}.",
    # 69 question
    "Just a thought — is Black History Month content part of the English curriculum or PSHE?",
    # 70 question
    "{{name|Mrs Green}} says I'm too soft. {{name|Mr Brown}} says I'm too strict. Who's right? I'm exhausted.",
    # 71 question
    "Safeguarding asked for the new address: {{address|Flat 4, 27 Mill Lane}}, Bristol. Do I update SIMS myself?",
    # 72 pasted pupil message
    "hi sir its {{name|jordan}} from {{class|9B}} can i have an extension",
    # 73 question
    "May I leave early on Thursday for my university seminar? Or should I ask the head?",
    # 74 question
    "{{name|Will}} in {{class|Year 10S}} asked if he can sit the exam in a separate room. Who decides, me or exams?",
    # 75 request
    "{{name|Mrs A. Novak}}, could you send me the rubric? My school is {{school|Riverside Primary}}.",
]
