r"""Tuning batch 7d of the de-identifier's labelled set (issue 15): English school paperwork and messages from many
countries.

Written on 2026-11-30 between 08:41 and 08:46 UTC by a separate author who did not read the rules or other labelled
files. What the author read: the brief (/tmp/proto/prompt_7d.txt); a directory listing (ls) of tests/unit/privacy/;
and, of `labelled_former_held_out_3.py`, only its module docstring and its first data lines (file lines 1 to 109, a
little over the ~40 data lines allowed, to see the format; none of its texts were reused or paraphrased). Nothing
under `mentor_kit/privacy/`, no test file and no other labelled file was opened, and the de-identifier was not run.

Mix: 110 texts, 20 Russian (`ROUND_7D_RUSSIAN`) and 90 English (`ROUND_7D_ENGLISH`), each a message by a novice
school teacher to a university mentor or a document they paste. English texts come from UK, Irish, US, Canadian,
Australian, New Zealand, South African and international schools: e-mails with subject lines and signatures, reports
to parents, SEN/IEP/EHCP/504 paperwork, safeguarding and incident logs, behaviour points copied from MIS software,
lesson observation feedback, mentor meeting notes, cover slips, trip letters, club sign-ups, forwarded parent texts
and chats, forum posts and reflective narratives, with names of many backgrounds, titles, initials, hyphenated and
apostrophe surnames, possessives, nicknames, and names that are ordinary words next to the same words used
ordinarily. Russian texts cover chats, characteristics, statements, journal exports, protocols, forum posts and
notes. 15 English and 4 Russian texts hold no personal data but many capitalised non-names (places, weekdays,
months, subjects, exams, authors, characters, titles, theorists, public figures, brands, software, public bodies,
acronyms, Title Case headings).

Span counts (regex {{kind|text}} over this module's lists): Russian 98 (name 64, class 12, school 6, phone 5,
document 4, address 3, handle 2, email 1, url 1); English 478 (name 343, class 58, school 29, phone 17, address 10,
document 10, email 7, url 3, handle 1); 576 in all.

Scored before use (2026-11-30, aggregate, on the rules as round 6 froze them, 8bf7db2): over all categories
precision 0.88, recall 0.90; name P 0.84 R 0.89 (Russian P 0.97 R 0.98, English P 0.82 R 0.87). The rules were not
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

ROUND_7D_RUSSIAN = [
    # 1 родительский чат
    "[19:02] {{name|Марина Олеговна}}: Уважаемые родители {{class|5 «Б»}}, завтра экскурсия в планетарий, сбор в 8:15 "
    "у главного входа.\n[19:05] Папа {{name|Гоши}}: а сменку брать?\n[19:06] {{name|оксана}}: "
    "{{name|марина олеговна}}, "
    "а {{name|дашу}} можно забрать прямо из планетария?\n[19:09] {{name|Марина Олеговна}}: Можно, напишите заявление. "
    "{{name|Гоше}} сменка не нужна.",
    # 2 характеристика
    "ХАРАКТЕРИСТИКА на обучающегося {{class|8 «А»}} класса {{school|МБОУ «СОШ № 17»}} "
    "{{name|Волкова Степана Игоревича}}, "
    "2012 г. р. {{name|Степан}} обучается в школе с первого класса. Проживает с матерью, "
    "{{name|Волковой Еленой Викторовной}}, по адресу: г. Тверь, {{address|ул. Склизкова, д. 48, кв. 112}}. "
    "СНИЛС {{document|123-456-789 01}}. Успеваемость удовлетворительная, по математике и физике «4». На замечания "
    "реагирует спокойно. Классный руководитель {{name|Гусейнова А. Р.}}",
    # 3 форум, псевдоним
    "Коллеги, нужен совет. В моём классе есть мальчик, назову его {{name|Лёва}}, он постоянно перебивает и "
    "выкрикивает. Вчера {{name|Лёва}} довёл до слёз {{name|Сонечку}}, а его мама потом написала мне в ВК: "
    "«{{name|Сонечка}} сама виновата, не надо было дразнить». Я в растерянности. — {{name|Алина}}, первый год в школе",
    # 4 план на неделю, без персональных данных
    "План на неделю: в понедельник — пробный ОГЭ по русскому, во вторник — урок по «Мёртвым душам» (Чичиков, "
    "Манилов, Собакевич), в среду — подготовка к ВПР по истории (Пётр I, Полтавская битва). В четверг "
    "методобъединение, тема «Функциональная грамотность по PISA». Задания беру с сайта ФИПИ и из «Российской "
    "электронной школы». В пятницу экскурсия в Третьяковскую галерею, смотрим Репина и Шишкина.",
    # 5 письмо наставнику
    "Тема: вопрос по открытому уроку\n\nДобрый день, {{name|Ирина Павловна}}!\n\nПишу по поводу открытого урока в "
    "{{class|6 «Г»}}. Завуч предложила провести его в среду, но в этот день у детей контрольная по математике. "
    "Можно ли перенести на пятницу? Если удобнее созвониться, мой телефон {{phone|+7 912 345-67-89}}, почта "
    "{{email|d.sharipova@school45.ru}}.\n\nС уважением,\n{{name|Динара Шарипова}}, учитель английского языка, "
    "{{school|Гимназия № 45}}",
    # 6 служебная записка
    "Служебная записка. Довожу до вашего сведения, что 14 ноября на перемене после третьего урока ученик "
    "{{class|7 «Д»}} {{name|Захар Мельников}} толкнул {{name|Арину Ли}} на лестнице, девочка ударилась коленом. "
    "Родителям сообщено по телефону {{phone|8 (495) 123-45-67}}. Мама {{name|Арины}} требует разбирательства. "
    "Семья {{name|Мельниковых}} проживает по адресу {{address|Ленинский проспект, д. 90, корп. 2, кв. 15}}, "
    "прошу направить им приглашение на совет профилактики.",
    # 7 заявление родителя
    "Директору {{school|ГБОУ Школа № 2107}} от {{name|Кузнецовой Ольги Сергеевны}}, паспорт {{document|45 17 654321}}. "
    "Заявление. Прошу отпустить моего сына {{name|Кузнецова Матвея}}, обучающегося {{class|3 «В»}} класса, с уроков "
    "21 ноября в связи с семейными обстоятельствами. Ответственность за жизнь и здоровье ребёнка беру на себя.",
    # 8 выгрузка из журнала
    "Выгрузка из «Сетевого города», {{class|9 «Е»}}, алгебра, ноябрь:\n{{name|Абдуллаев Т.}} — 3, 4, н, 5\n"
    "{{name|Бондаренко В.}} — 5, 5, 4\n{{name|Григорьева-Штайн М.}} — н, н, 2\n{{name|Цой Д.}} — 4, 4, 4\n"
    "Комментарий: {{name|Григорьева-Штайн}} болела две недели, справку принесли. Что ставить за четверть?",
    # 9 рефлексия, без персональных данных
    "Перечитала Выготского и Макаренко, пока готовилась к зачёту в педагогическом университете. Зона ближайшего "
    "развития — прекрасная идея, но как применить её в классе из тридцати человек? Сентябрь и октябрь прошли как в "
    "тумане, в ноябре стало легче. Очень помогли вебинары Минпросвещения и курс на платформе «Сферум». В декабре "
    "попробую «перевёрнутый класс» и вопросы по таксономии Блума.",
    # 10 группа ВК и телеграм
    "Родители {{class|10 «А»}} создали группу {{url|https://vk.com/club_10a_lyceum}}, туда же пишет {{name|Богдан}} со "
    "своего аккаунта {{handle|@bogdan_kiber}} и выкладывает мемы про учителей. Администратор группы — "
    "{{name|Светлана Юрьевна Ткачук}}. Можно ли мне как классному руководителю туда вступать?",
    # 11 притяжательные, союз
    "Сегодня {{name|Машина}} мама и {{name|Петин}} папа пришли вместе жаловаться на {{name|Тимура}}. {{name|Маша}} и "
    "{{name|Петя}} сидят с ним за одной партой, и он якобы их обижает. Бабушка {{name|Тимура}} утверждает обратное: "
    "это {{name|Петя}} его дразнит.",
    # 12 данные для медкабинета
    "Данные для медкабинета (ученица {{class|2 «Б»}}): {{name|Хасанова Амина Рустамовна}}, полис ОМС "
    "{{document|7755 8899 0011 2233}}, ИНН {{document|772812345678}}. Аллергия на орехи и пенициллин. Контакт отца: "
    "{{name|Рустам Хасанов}}, {{phone|+7 (916) 222-33-44}}.",
    # 13 прозвище
    "У нас в {{class|11 «Б»}} есть {{name|Евгений Карпов}}, которого весь класс зовёт {{name|Карпуша}}. Он "
    "неформальный "
    "лидер, но на уроках ничего не делает. Учитель физики {{name|Ольга Ивановна}} говорит, что {{name|Карпуша}} "
    "просто ищет внимания. Как с ним работать?",
    # 14 расписание, без персональных данных
    "Расписание на четверг: 1 — физика, 2 — химия, 3–4 — литература (Толстой, «Война и мир», Наташа Ростова и Андрей "
    "Болконский), 5 — физкультура, 6 — обществознание (Конституция РФ, Государственная Дума, Совет Федерации). После "
    "уроков собрание по ЕГЭ с представителем Рособрнадзора. В субботу олимпиада «Ломоносов» от МГУ.",
    # 15 отчёт о поездке
    "Отчёт о поездке в Суздаль. Выехали от {{school|корпуса 3}} {{school|Лицея № 239}} в 7:30. Сопровождающие: "
    "{{name|Асель Нурлановна}}, {{name|Ибрагимов Ж. К.}} и я. Всё прошло хорошо, только в Кремле потерялся "
    "{{name|Рома Гринберг}}, нашли его через двадцать минут у сувенирной лавки.",
    # 16 длинный рассказ
    "Первая четверть позади, и самой трудной для меня оказалась {{name|Вика Сёмина}}. Она то молчит весь урок, то "
    "срывается на крик. Её старший брат {{name|Кирилл}} учится у нас же в {{class|9 «В»}}, и он рассказал, что дома "
    "тяжело. Я ходила к ним на {{address|ул. Гагарина, 12-34}} вместе с соцпедагогом {{name|Ниной Ахметовной}}. "
    "Мама была вежлива, но {{name|Викин}} телефон так и не вернула. Теперь {{name|Вика}} пишет мне с номера брата.",
    # 17 литература, без персональных данных
    "Спорим с девятиклассниками о «Герое нашего времени»: Печорин — эгоист или жертва эпохи? Читали отрывки из "
    "Белинского, смотрели карты Кавказа, обсуждали Бэлу и Максима Максимыча. В январе по программе «Мцыри», а в "
    "феврале сочинение в формате ОГЭ. Посоветуйте, что почитать о Лермонтове в Пятигорске.",
    # 18 протокол родительского собрания
    "Протокол № 2 родительского собрания {{class|4 «А»}} {{school|МАОУ «Гимназия № 3»}}. Присутствовали 22 человека. "
    "Председатель — {{name|Федорова Н. В.}}, секретарь — {{name|Олейник Т. А.}}. Слушали классного руководителя "
    "{{name|Сабитову Р. М.}} об итогах четверти. Решили: организовать новогодний праздник, ответственный — "
    "{{name|Дмитрий Олейник}} ({{phone|8-903-777-12-12}}).",
    # 19 пересланное сообщение
    "Пересылаю вам сообщение мамы, чтобы вы оценили тон: «{{name|Анна Викторовна}}, здравствуйте. {{name|Лиза}} "
    "сказала, что вы её выгнали с урока. Я работаю в прокуратуре и так это не оставлю. {{name|Гаянэ Арутюнян}}». "
    "Пришло в 23:40 с номера {{phone|+79261112233}}.",
    # 20 заметки со встречи
    "Заметки со встречи с наставником ({{name|Кравченко Л. П.}}), 27.11: 1) {{name|Ахмед}} и {{name|Ярослава}} из "
    "{{class|8 «Ж»}} — дифференцировать задания; 2) посмотреть запись урока {{name|Ольги Дмитриевны}}; 3) написать "
    "{{name|Игорю Савельеву}} в телеграм {{handle|@isavelyev}} про олимпиаду.",
]

ROUND_7D_ENGLISH = [
    # 1 e-mail with subject line, UK
    "Subject: Year 9 parents' evening – follow-up\n\nHi {{name|Dr Haddad}},\n\nQuick update after Thursday. "
    "{{name|Mrs Nowak}} came in about {{name|Zuzanna}} ({{class|9R2}}) and asked if we could move her away from "
    "{{name|Tyler-James}} in Science. I said I'd check with you first. She left her mobile, {{phone|07700 900381}}, "
    "and prefers WhatsApp to e-mail.\n\nBest,\n{{name|Hannah}}\n\n{{name|Hannah Brierley}}\nTrainee Teacher, "
    "Science\n{{school|Oakfield Academy}}",
    # 2 report to parents, Ireland
    "End of Term Report – {{school|Scoil Bhríde}}, Christmas Term\nPupil: {{name|Saoirse Ní Bhriain}} "
    "({{class|4B}})\nTeacher: {{name|Ms Órla Hegarty}}\n\n{{name|Saoirse}} has had a wonderful term. Her reading has "
    "come on hugely and she loved our Viking project (Wood Quay, Dublinia, the Battle of Clontarf). She can be shy "
    "in Gaeilge but is growing in confidence. Please keep up the reading at home; even ten minutes a night counts.",
    # 3 EHCP annual review
    "EHCP Annual Review – Section A summary\nName: {{name|Oluwaseun Adeyemi}} (known as {{name|Seun}})\nUPN: "
    "{{document|A123456789012}}   NHS No: {{document|943 476 5919}}\nSchool: {{school|Brookside Primary School}}, "
    "{{class|Year 6P}}\nParents: {{name|Mr Tunde Adeyemi}} and {{name|Mrs Folake Adeyemi}}, "
    "{{address|27 Chestnut Grove}}, Croydon\n\n{{name|Seun}} communicates best with visual supports and a "
    "now-and-next board. Views of the child: he wants to go to {{school|Harris Academy Purley}} with his cousin "
    "{{name|Femi}}.",
    # 4 safeguarding log
    "CPOMS entry – 12/11, 10:40\nCategory: Safeguarding – Disclosure\nStudent: {{name|K.M.}} ({{class|8LH}})\n"
    "During registration {{name|K.M.}} told me that her stepdad, '{{name|Gaz}}', had shouted at her mum all night "
    "and thrown a plate. She did not want me to tell anyone. Passed to DSL {{name|Mrs Rahman}} in person at 10:55. "
    "No further action by me.\nRecorded by: {{name|P. Kaur}} (trainee)",
    # 5 behaviour points copied from MIS
    "Copied from Class Charts, {{class|10Hi1}}, Monday P4:\n-1 Low-level disruption – {{name|Mason Clarke}} – "
    "tapping pen after two warnings\n-1 No equipment – {{name|Hunter O'Neill}}\n+2 Excellent contribution – "
    "{{name|Precious Dube}}\n+1 Resilience – {{name|Blessing Okonkwo}}\n-3 Defiance – {{name|Mason Clarke}}\n\n"
    "Is it normal that {{name|Mason}} already has forty negatives by November? My mentor says to focus on the "
    "positives, which is a blessing and a curse.",
    # 6 lesson observation feedback
    "Lesson Observation Feedback\nTrainee: {{name|Mr Kwame Asante}}\nObserver: {{name|Ms R. Whitfield}} (Subject "
    "Mentor)\nClass: {{class|Year 7B}}, History\nFocus: Questioning\n\nStrengths: strong hook using the Bayeux "
    "Tapestry; cold calling was fair and brisk, and {{name|Aleksandra}} and {{name|Ibrahim}} both extended their "
    "answers well.\nTargets: more wait time; revisit Rosenshine's Principles 3 and 6. Next step: observe "
    "{{name|Mr Doyle}} with {{class|7D}} on Friday.",
    # 7 forum post, no personal data
    "Posting here because I'm going round in circles. GCSE English Literature, AQA spec, teaching Macbeth to a "
    "middle set. They love the Witches and Banquo's ghost but switch off when we reach Malcolm and Macduff in Act 4 "
    "Scene 3. I've tried the National Theatre Live version and a Kahoot on Jacobean context (James I, the Gunpowder "
    "Plot, Daemonologie). Half Term starts Friday and Mocks are in January. Any ideas?",
    # 8 cover slip
    "COVER SLIP – Period 3, Wednesday\nGroup: {{class|11Ma3}}    Room: M14\nAbsent teacher: "
    "{{name|Mr Ó Súilleabháin}}\nCover: {{name|Miss Adebayo-Hughes}}\nWork: Edexcel Higher past paper, June 2019, "
    "Q1–12. Seating plan on the desk. {{name|Taylor}} and {{name|Kai}} must not sit together. {{name|Liam D.}} has "
    "a toilet pass. Any issues, send a sensible student to the Maths office.",
    # 9 trip letter
    "Dear Parent/Carer,\n\nYear 5 will visit the Natural History Museum on Tuesday 14 March as part of our "
    "Evolution and Inheritance topic. The coach leaves at 8:45 and returns by 3:30. Please return the slip and "
    "£8 to the office at {{school|Greenhill Primary}}, {{address|120 Station Road}}, Harrow, by Friday. If your "
    "child needs medication on the day, please contact {{name|Miss Kowalczyk}} on {{phone|020 8123 4567}}.\n\n"
    "Yours sincerely,\n{{name|Mrs J. Mahmood}}\nYear 5 Lead",
    # 10 club sign-up
    "Chess Club sign-up (Tuesdays, Library, 3:20–4:15)\n1. {{name|Wei Chen}} – {{class|8F}}\n2. "
    "{{name|Rory McAllister}} – {{class|9B}}\n3. {{name|Amara Nwosu}} – {{class|7A}}\n4. {{name|Ioana Popescu}} – "
    "{{class|8C}}\n5. {{name|Jin-woo Park}} – {{class|10E}}\nEver since The Queen's Gambit it has been packed. "
    "Club run by {{name|Coach Dlamini}} and me.",
    # 11 parent text forwarded, US
    "Forwarded text from a parent, sent to my personal cell, which I never gave out: 'Hi {{name|Ms. Alvarez}} this "
    "is {{name|Destiny}}'s mom. {{name|Destiny}} said you took her phone in 4th period. She needs it to get picked "
    "up. Call me, {{name|Shaniqua}}, at {{phone|(313) 555-0187}}.' How should I respond? I don't believe in destiny "
    "but I do believe in boundaries.",
    # 12 504 plan
    "Section 504 Plan – {{school|Jefferson Middle School}}\nStudent: {{name|Mateo Hernández-Ruiz}}   Grade: 7\n"
    "Homeroom: {{name|Mr. Jenkins}}\nEligibility: ADHD (combined type), diagnosed by {{name|Dr. Priya Raman}}.\n"
    "Accommodations: extended time (1.5x) on tests including STAAR; preferential seating; movement breaks.\nCase "
    "manager: {{name|Ms. Toni Bell}}, {{email|tbell@jeffersonms.org}}\nParent/guardian: {{name|Lucía Ruiz}}",
    # 13 individual learning plan, Australia
    "Individual Learning Plan – {{school|Karrawang Primary School}}\nStudent: {{name|Losa Faleolo}}, Year 3\n"
    "Goal 1: read and retell a levelled text with 90% accuracy by the end of Term 4.\nStrategies: MiniLit three "
    "times a week with {{name|Mrs Tran}}; pre-teaching vocabulary.\nParent contact: {{name|Mrs Sina Faleolo}}, "
    "{{phone|0412 555 019}}\nNCCD level: Supplementary",
    # 14 reflective journal, no personal data
    "Reflective journal, Week 6. This week our seminar compared Piaget and Vygotsky, and I finally understood "
    "scaffolding properly thanks to Bruner. In my Tuesday lesson on the Industrial Revolution I tried Rosenshine's "
    "daily review, then a Think-Pair-Share about Brunel and the Great Western Railway. Cognitive Load Theory "
    "(Sweller) made me cut half my slides. Next: Bloom's Taxonomy and the Teachers' Standards, Standard 5 especially.",
    # 15 mentor meeting notes
    "Weekly Mentor Meeting – Notes\nTrainee: {{name|Sadia Chowdhury}}    Mentor: {{name|Mr G. Evans}}\nDate: 18/11\n"
    "1. Behaviour in {{class|8X3}}: {{name|Rose}}'s mood rose once she was given a job; {{name|Faith Mensah}} says "
    "she has lost faith in Maths altogether.\n2. Observe {{name|Mrs Llewellyn}} on Thursday P2.\nActions: "
    "{{name|Sadia}} to contact {{name|Rose}}'s dad via Arbor.",
    # 16 long reflective narrative, South Africa
    "Three weeks into my placement at {{school|Hoërskool Bergsig}} and I'm exhausted but happy. My {{class|Grade 10C}} "
    "class is loud: {{name|Thabo Nkosi}} and {{name|Juan-Pierre du Plessis}} compete for every question, while "
    "{{name|Lindiwe}} at the back hardly speaks. My mentor, {{name|Mr van der Merwe}}, says to give her a role in "
    "groups. For Heritage Day we did a project on the Drakensberg and Mapungubwe, and she came alive. Matric exams "
    "start soon so the whole school is tense.",
    # 17 incident report, Australia
    "Incident Report (Sentral)\nDate/time: Friday 3:15pm\nLocation: bus bay\nStudents involved: {{name|Cooper Blake}} "
    "({{class|9G}}), {{name|Ahmad Noori}} ({{class|9G}}), {{name|Sky Tran}} ({{class|8K}})\nDescription: "
    "{{name|Cooper}} pushed {{name|Ahmad}} into the barrier after a comment about his accent. {{name|Sky}} filmed it. "
    "Phone confiscated and handed to {{name|Mr Papadakis}} (Head of Year 9).",
    # 18 e-mail, New Zealand
    "Kia ora {{name|Mere}},\n\nThanks for the hui yesterday. {{name|Tama Ngata}} has been much more settled since we "
    "moved him next to {{name|Aroha}}. His nan asked whether she could join the whānau group, so I sent her the link: "
    "{{url|https://www.facebook.com/groups/rangioraheightswhanau}}. Is that okay with the school's "
    "policy?\n\nNgā mihi,\n"
    "{{name|Jess}}\n{{school|Rangiora Heights School}}",
    # 19 forum post, US
    "Need advice. I have a student named {{name|Will}} who will not do anything without arguing. Yesterday "
    "{{name|Will}} told me I had no right to make him write a paragraph. His mom, {{name|Mrs. Kowalski}}, says he is "
    "'gifted and bored'. My mentor, {{name|Coach Ramirez}}, thinks I should just let it go. Where there's a will "
    "there's a way, right?",
    # 20 e-mail, no personal data
    "Subject: AP Biology pacing before Thanksgiving\n\nQuick question about pacing. We're on Unit 3 (Cellular "
    "Energetics) and the College Board's AP Classroom quizzes are taking forever. Is it worth skipping the Khan "
    "Academy videos and going straight to the FRQs? Also, does the district still want Common Core literacy "
    "standards in the Google Classroom posts? Happy Thanksgiving if I don't hear back before Wednesday!",
    # 21 report card comment, Canada
    "Report card comment, Term 1: {{name|Émilie Tremblay}} is a conscientious learner in our French Immersion "
    "{{class|Grade 4B}} class. She led her group during the Terry Fox Run fundraiser and shows strong "
    "understanding of Ontario's Grade 4 science expectations on habitats. Next step: {{name|Émilie}} will practise "
    "reading aloud with {{name|Mme Gagnon}} twice a week.",
    # 22 e-mail, international school
    "Dear {{name|Mr Al-Hashimi}},\n\nThank you for your call. I understand your concern about {{name|Omar}}'s IGCSE "
    "predicted grades. I have spoken to his form tutor, {{name|Ms Nguyen Thi Mai}}, and we would like to meet on "
    "Sunday after school. You can reach me directly on {{phone|+971 50 123 4567}}.\n\nKind regards,\n"
    "{{name|Aisling Byrne}}\nTeacher of Physics, {{school|Al Waha International School}}",
    # 23 Teams chat between trainees
    "{{name|ellie}}: did u see what {{name|jayden}} did in {{class|9S}} period 5 lol\n{{name|ellie}}: he put "
    "the bunsen on "
    "the gas tap\n{{name|farhan}}: omg was {{name|mr hughes}} there\n{{name|ellie}}: no he was on duty, "
    "{{name|mrs k}} came in\n{{name|farhan}}: {{name|jayden}} is going to get isolation for sure",
    # 24 safeguarding note, Wales
    "Welfare concern – {{school|Ysgol Bryn Celyn}}\nPupil: {{name|Dylan ap Rhys}} ({{class|Year 8W}})\nHe arrived "
    "without a coat again and said the heating at home ({{address|8 Heol y Felin}}) has been off for a week. "
    "Mum works nights. Logged on MyConcern and told {{name|Mrs Bethan Pugh}} (DSP) at lunch.",
    # 25 scheme of work headings, no personal data
    "Unit 3: The Cold War – Key Questions\nLesson 1: Yalta and Potsdam\nLesson 2: The Truman Doctrine and the "
    "Marshall Plan\nLesson 3: The Berlin Blockade and Airlift\nLesson 4: Khrushchev, Kennedy and the Cuban Missile "
    "Crisis\nAssessment: Edexcel Paper 2 Style Questions\nResources: BBC Bitesize, Seneca, Oak National Academy",
    # 26 e-mail, Scotland
    "Hi {{name|Mrs MacLeod}},\n\nJust flagging that {{name|Callum Fraser}} and {{name|Eilidh Grant}} from "
    "{{class|3C2}} haven't handed in their National 5 added value unit. Both say they emailed it from home. "
    "{{name|Callum}}'s dad phoned the office at {{school|Kingsmuir High School}} to complain that nobody told them "
    "about the SQA deadline.\n\nCheers,\n{{name|Ruairidh}}",
    # 27 placement form
    "Placement registration form (please complete in block capitals)\nSURNAME, Forename: {{name|OKORO, Chidinma}}\n"
    "National Insurance number: {{document|QQ 12 34 56 C}}\nDBS certificate number: {{document|001234567890}}\n"
    "Home address: {{address|Flat 2, 44 Wellington Street}}, Bradford\nPlacement school: "
    "{{school|St Mary's Catholic High School}}\nMentor: {{name|Mr D. Fitzgerald}}",
    # 28 report to parents, US
    "Progress Report, 2nd grade – {{school|Lincoln Elementary}}\n{{name|Hope Martinez}} has grown so much this "
    "quarter. She used to give up on word problems, but she never lost hope and now explains her strategies to "
    "{{name|Aiden}} and {{name|Brooklyn}} at her table. Please keep practicing addition facts at home.\n"
    "{{name|Ms. Carter}}",
    # 29 EAL note, Polish family
    "EAL note for the team: {{name|Jakub Wiśniewski}} ('{{name|Kuba}}') joined {{class|Year 4S}} on Monday from "
    "Kraków. Very little English yet. {{name|Mrs Wiśniewska}} speaks some English; {{name|Kuba}}'s grandad speaks "
    "none. {{name|Pani Ola}} from the Polish Saturday school has offered to translate at the first meeting.",
    # 30 lesson plan, South Africa, no personal data
    "Lesson plan, Grade 9 History (CAPS), Term 3: The road to democracy. Starter: photo of Nelson Mandela leaving "
    "Victor Verster Prison. Main: timeline from Sharpeville to the Soweto Uprising, CODESA and the 1994 election; "
    "role of Desmond Tutu and the Truth and Reconciliation Commission. Homework: interview an older relative about "
    "27 April. Link to the Department of Basic Education's Heritage Day materials and a short clip from SABC.",
    # 31 EAL tracker
    "EAL tracker, November update\n{{name|Andrei Ionescu}} ({{class|Year 10N}}) – Bell Foundation band C, "
    "confident orally, needs writing frames.\n{{name|Gabija Kazlauskaitė}} ({{class|Year 7M}}) – band B, reads "
    "Lithuanian fluently; her sister {{name|Rūta}} translates at home.\n{{name|Mihai}} ({{class|Year 8T}}) – band A, "
    "arrived from Iași three weeks ago. Buddy: {{name|Bogdan Stan}}.",
    # 32 incident, Somali and Eritrean pupils
    "Incident log, Thursday lunch: {{name|Hodan Warsame}} and {{name|Yonas Tesfamariam}} ({{class|9K}}) were found "
    "arguing in the prayer room corridor. {{name|Yonas}} said {{name|Hodan}}'s cousin {{name|Abdirahman}} had been "
    "spreading rumours online. Both calm after ten minutes with {{name|Mr Idris}}. Parents informed by "
    "{{name|Ms Tekle}}, who speaks Tigrinya.",
    # 33 Leaving Cert, no personal data
    "Leaving Cert English, Higher Level: I'm teaching Hamlet alongside Kavanagh and Eavan Boland and the class "
    "keep asking why Heaney isn't on the course this year. The SEC marking schemes are helpful but the Junior Cycle "
    "CBAs have eaten into November. We have a trip to the Abbey Theatre in Dublin in February and the Mocks start "
    "straight after the Christmas break. Any tips for the Comparative Study?",
    # 34 parent meeting with interpreter
    "Notes from the meeting about {{name|Ayaan Qureshi}} ({{class|Year 3H}}). Present: {{name|Mrs Nasreen Qureshi}} "
    "(mum), {{name|Mr Shahid Qureshi}} (dad), interpreter {{name|Ms Rahima Begum}}, class teacher "
    "{{name|Mr Sam Whitaker}}, and me. Mum asked for {{name|Ayaan}} to sit with his cousin {{name|Tahmid Hossain}}. "
    "Dad is worried about bullying on the walk home along the canal path.",
    # 35 maths competition results
    "UKMT Junior Challenge – internal results\n1. {{name|NGUYEN, Bao Anh}} – Gold\n2. "
    "{{name|JAYASURIYA, Kavindu}} – Gold\n3. {{name|LI, Xinyi}} – Silver\n4. {{name|O'CONNOR-BAKER, Finn}} – Silver\n"
    "5. {{name|Perera, N.}} – Bronze\nCertificates to be given out in {{name|Mr Hartley}}'s assembly on Monday.",
    # 36 e-mail, international school in Singapore
    "Hi {{name|Mx Reyes}},\n\nThe Grade 6 exhibition groups are set. {{name|Min-seo Kim}}, {{name|Haruto Tanaka}} "
    "and {{name|Maria Clara Santos}} will present on water security in Southeast Asia. {{name|Haruto}}'s mum, "
    "{{name|Mrs Yuko Tanaka}}, has offered to bring lunch. Could you send the rubric to "
    "{{email|j.santos.parent@gmail.com}} as well? She missed the newsletter.\n\nThanks,\n{{name|Priyanka}}",
    # 37 newcomers class
    "Our newcomers' group this term: {{name|Zainab Al-Khatib}} (Syria), {{name|Emre Yılmaz}} (Turkey), "
    "{{name|Rojin Kaya}} (Kurdish, from Diyarbakır) and {{name|Farid Ahmadzai}} (Afghanistan). {{name|Rojin}} and "
    "{{name|Emre}} share Turkish but {{name|Rojin}} prefers Kurmanji. {{name|Farid}}'s uncle, {{name|Mr Wahidullah}}, "
    "collects him and asks for everything in Dari.",
    # 38 forum, no personal data
    "Teaching Of Mice and Men to 10th graders in Ohio. The kids love Lennie and hate Curley, but the scene with "
    "Candy's dog is where I lose them. We've done the Great Depression, the Dust Bowl and Dorothea Lange's photos. "
    "Has anyone used the Gary Sinise film or the NPR interview with Steinbeck's biographer? Spring Break is in "
    "March so I have until then.",
    # 39 e-mail from a parent, Portuguese and Spanish
    "Forwarded from a parent:\n'Dear teacher, my son {{name|João Ferreira}} in {{class|Year 8P}} is being bullied "
    "by {{name|Diego Castillo}} and {{name|Santi}}. They call him \u201cPortuguês\u201d all day. I already spoke to "
    "{{name|Sra. Castillo}} at the gate. Please call me on {{phone|07911 123 456}}. {{name|Ana Paula Ferreira}}'",
    # 40 report to parents, Caribbean family
    "Dear {{name|Mrs Campbell}},\n\n{{name|Shanice}} has settled brilliantly into {{class|Year 9C}}. She and "
    "{{name|Jermaine}} led the Black History Month assembly on the Windrush generation and Mary Seacole, and "
    "{{name|Mr Ashworth}} said it was the best assembly this year. Her only target is to bring her PE kit.\n\n"
    "Warm regards,\n{{name|Miss Delroy-Hinds}}",
    # 41 mentor notes, Hebrew and Greek names
    "Mentor notes 21/11. Discussed {{name|Noa Ben-David}} ({{class|12A}}), who missed three lessons for Jewish "
    "holidays, and {{name|Yiannis Papadopoulos}} ({{class|12A}}), who is applying for Medicine. {{name|Yiannis}}'s "
    "reference is due to {{name|Dr Stavrou}} by Friday. I need to read more about the Greek Orthodox Easter "
    "dates for next term's calendar.",
    # 42 school registration form, South Africa
    "Learner admission form\nLearner: {{name|Sipho Mthembu}}   ID number: {{document|0803155123089}}\nGrade "
    "applying for: 10\nParent/guardian: {{name|Nomvula Mthembu}}, {{phone|+27 82 555 0142}}\nResidential "
    "address: {{address|17 Jacaranda Street}}, Pietermaritzburg\nPrevious school: "
    "{{school|Northdale Secondary School}}\nReferred by: {{name|Mr Riaan Botha}} (principal)",
    # 43 forum post with handle
    "New teacher here (Year 2 in a Bristol primary). I post my displays and phonics games on Instagram as "
    "{{handle|@missk_reads}} and a parent has started commenting about her son by name, '{{name|Alfie}} loves this!'. "
    "Do I block her, or just archive the posts? My mentor {{name|Mrs Okafor}} says to check the social media "
    "policy first.",
    # 44 Australia, no personal data
    "Term 2 planning for Year 9 HASS: ANZAC Day (25 April), Gallipoli and the Western Front, then Reconciliation "
    "Week in late May. NAPLAN is the week before, so no assessments then. ACARA's Version 9 curriculum wants us to "
    "include Captain Cook's voyage from a First Nations perspective. Excursion to the Australian War Memorial in "
    "Canberra is booked for June.",
    # 45 cover slip
    "Cover work for {{class|Form 9JL}} (tutor time and P1 English)\nRegister on SIMS. The class may call you Sir "
    "or Miss, that's fine. {{name|Mark Ellison}} will try to convince you that he has a pass; he doesn't. Please "
    "mark the spelling test out of 20 and note any mark below 10. {{name|Jodie}} and {{name|Kayleigh}} can give out "
    "the books. Thanks, {{name|Mr T. Brennan}}",
    # 46 behaviour log, Arbor
    "Arbor behaviour log – {{name|Summer Hughes}} ({{class|Year 10R}})\n03/11 Late to lesson (–1)\n07/11 Refusal "
    "to follow instructions (–2) – {{name|Mrs Ahmed}}\n10/11 Excellent effort in PE (+2) – {{name|Coach Williams}}\n"
    "I want to talk to mum before half term. {{name|Summer}} was fine all summer on the catch-up scheme, so "
    "something's changed.",
    # 47 observation feedback, Canada
    "Observation summary – {{school|Maple Ridge Secondary}}\nTeacher candidate: {{name|Harpreet Sandhu}}\n"
    "Associate teacher: {{name|Ms. Catherine Leblanc}}\nCourse: {{class|Grade 11C}} Chemistry\n"
    "{{name|Harpreet}} managed the lab on stoichiometry safely and used exit tickets well. Next time, circulate "
    "more: {{name|Connor}} and {{name|Ethan}} finished early and drifted.",
    # 48 mentor notes with ordinary words
    "Points from today's chat with {{name|Dr Ferguson}}: 1) {{name|Mark}} in {{class|7Y4}} got full marks on the "
    "fractions quiz, so stretch him. 2) Stop putting a mark on every line of the books; a quick tick and one "
    "comment is enough. 3) {{name|Joy Adebayo}} still needs her reading age retested. 4) Mark the date: ITT "
    "review on 5 December.",
    # 49 e-mail with signature
    "From: {{name|Tomasz Zieliński}} <{{email|t.zielinski@westmoor.sch.uk}}>\nTo: {{name|Ms Ruth Abernethy}}\n"
    "Subject: Moderation of {{class|Year 6W}} writing\n\nHi {{name|Ruth}},\n\nI've put {{name|Lily-Mae}}'s and "
    "{{name|Ibrahim}}'s books in your tray. I'm not sure either is at Greater Depth yet. Could we look together on "
    "Wednesday?\n\n{{name|Tomasz}}\nYear 6 teacher, {{school|Westmoor Primary School}}",
    # 50 New Zealand, no personal data
    "Planning notes for Matariki: karakia each morning, a unit on the Treaty of Waitangi and Te Tiriti, and stories "
    "about Kupe and Maui. NZQA guidance for NCEA Level 1 says internal assessments need to be moderated by August. "
    "The Ministry of Education has new Te Reo Māori resources on Tāhūrangi. Waitangi Day falls on a Thursday next "
    "year.",
    # 51 NCSE application, Ireland
    "Application for SNA support – part B\nStudent: {{name|Cian Ó Dónaill}}\nPPSN: {{document|1234567TA}}\n"
    "School: {{school|St Columba's Community School}} ({{class|1A}})\n"
    "Diagnosis: ASD (report from {{name|Dr Niamh Kearney}}, CAMHS). Parent: {{name|Mrs Deirdre O'Donnell}}, "
    "{{phone|087 123 4567}}, {{address|5 Abbeyfield Court}}, Letterkenny.",
    # 52 WhatsApp parent group forwarded
    "Screenshot from the {{class|Year 2K}} parents' WhatsApp that a mum forwarded me:\n{{name|Gemma}}: has anyone "
    "else's kid come home saying {{name|Miss Patel}} shouted?\n{{name|hayley b}}: {{name|ollie}} said the same\n"
    "{{name|Gemma}}: honestly it's the new one, not {{name|Miss Patel}}\n{{name|Ade}}: pls don't name teachers on "
    "here\nI'm the new one. How do I handle this?",
    # 53 incident log with joy
    "Incident log 14/11, 2:10pm, playground: {{name|Joy Asamoah}} ({{class|Year 3J}}) fell from the climbing frame "
    "and hit her chin. First aid given by {{name|Mrs Fernandes}}. Ice pack applied. {{name|Joy}} was back to her "
    "usual joy within five minutes, but mum ({{name|Abena Asamoah}}) was called on {{phone|07834 556 210}} as a head "
    "bump. Bumped-head letter sent home.",
    # 54 long narrative with Honour
    "I keep thinking about {{name|Honour Whitmore}} in my {{class|Year 11X}} tutor group. She's top of the Honour "
    "Board for attendance, never late, always polite, but on Tuesday she told me she hasn't been sleeping because "
    "her dad left. She asked me to keep it to myself 'on my honour'. I told her I couldn't promise that and spoke "
    "to {{name|Mr Kaczmarek}}, our DSL. I feel like I've betrayed her. Did I do the right thing?",
    # 55 policy headings, no personal data
    "Whole School Literacy Policy – Key Principles\n1. Disciplinary Literacy in Every Subject\n2. Tier 2 and Tier 3 "
    "Vocabulary\n3. Reading Ages: NGRT (GL Assessment) in September and June\n4. Accelerated Reader for Key Stage 3\n"
    "5. Lexia and Fresh Start for Intervention\nReviewed by the Senior Leadership Team in line with EEF Guidance "
    "Reports and the Ofsted Education Inspection Framework.",
    # 56 e-mail with Mx
    "Subject: Pronouns for {{name|Alex Morgan-Riley}}\n\nDear all,\n\n{{name|Alex}} ({{class|Form 10DH}}) has asked "
    "to be called {{name|Ash}} and to use they/them. Parents are aware and supportive. Please update your seating "
    "plans. Any questions, speak to me or {{name|Mx Ojo}}.\n\nThanks,\n{{name|Ms Carys Jenkins}}\nHead of Year 10",
    # 57 report to parents with Rain
    "Dear {{name|Ms Hale}},\n\n{{name|Rain}} has made a lovely start in {{class|Class 1R}}. She loves our weather "
    "topic and insisted on going out in the rain to measure it in the rain gauge. She can now write her name and "
    "{{name|Rain}}'s phonics is coming on well. Please practise the Set 1 sounds at home.\n\n{{name|Mrs Eze}}",
    # 58 safeguarding, Kurdish family
    "Safeguarding record, 20/11: {{name|Berivan Hassan}} ({{class|Year 6A}}) said her older brother {{name|Dilan}} "
    "had been 'taken by the police' on Saturday. Her aunt, {{name|Mrs Shilan Hassan}}, collected her and said the "
    "family had moved to {{address|Flat 9, 31 Brunswick Terrace}}. New number: {{phone|07451 220 980}}. Passed to "
    "{{name|Ms Bennett}} (DSL).",
    # 59 student support file, Ireland
    "Student Support File – Classroom Support level\nName: {{name|Aoife Ní Mhurchú}}\nYear: 2nd Year\nConcern: "
    "literacy, possible dyslexia. Actions: reading test with {{name|Mr Cullen}} (SEN coordinator); extra Irish "
    "exemption discussed with her parents, {{name|Brian Murphy}} and {{name|Sinéad Murphy}}; refer to NEPS in January.",
    # 60 e-mail to mentor, US
    "Subject: Parent conference recap\n\nHi {{name|Mrs. Delgado}},\n\nThe conference with {{name|Jaylen Brooks}}'s "
    "grandmother went better than expected. She wants weekly updates by text at {{phone|(404) 555-0123}}. "
    "{{name|Coach Harris}} also stopped by and said {{name|Jaylen}} can't play Friday unless his grades are up in "
    "my class.\n\nThanks for backing me up,\n{{name|Marcus}}\n{{name|Marcus Bell}}, Student Teacher, "
    "{{school|Eastlake High School}}",
    # 61 IB, no personal data
    "Question for IB teachers: how do you fit TOK into a Diploma Programme English class without losing the Paper "
    "1 practice? Our Extended Essay deadline is in March and CAS reflections are piling up. I've been using Kant "
    "and Descartes for knowledge questions, plus a Guardian article on ChatGPT. The IBO's new Academic Integrity "
    "policy came out in August. Any sharing of resources on ManageBac appreciated.",
    # 62 drama club sign-up
    "Drama club – Annie auditions (Thursday, Hall)\nOrphans: {{name|Hunter Lowe}}, {{name|Isla-Rose Campbell}}, "
    "{{name|Aaliyah Begum}}, {{name|Oskar Nowicki}}\nMiss Hannigan: {{name|Tilly Evans}}\nDaddy Warbucks: "
    "{{name|Ifeanyi Obi}}\nNote: {{name|Hunter}} is on the hunt for a dog for Sandy, please tell him no live "
    "animals. Sign-up forms back to {{name|Mrs Rowe}} by Friday.",
    # 63 behaviour points with ordinary words
    "From Bromcom, {{class|Year 8M}}, Friday P5 Science:\n{{name|Taylor Gibbs}} – tailored praise for the "
    "practical (+1)\n{{name|Mason Reid}} – broke a mason jar in the prep room (-2)\n{{name|Sky Ahmed}} – shouting "
    "out, 'the sky is falling' (-1)\nWe were doing the Sky at Night starter about the Moon's phases, so half the "
    "class thought it was hilarious.",
    # 64 forwarded parent e-mail, change of address
    "From a parent, forwarded to the office: 'Hello {{name|Mr Okafor}}, please update our details for "
    "{{name|Adaeze}} and {{name|Chidi}}. We have moved to {{address|63 Hawthorn Avenue}}, Leicester. My new e-mail "
    "is {{email|ngozi.eze.family@outlook.com}} and my husband {{name|Emeka}} is on {{phone|07700 900 776}}. "
    "Thank you, {{name|Ngozi Eze}}.'",
    # 65 observation feedback, Australia
    "Professional Experience – Observation\nPre-service teacher: {{name|Lachlan O'Brien}}\nSupervising teacher: "
    "{{name|Mrs Helen Papageorgiou}}\nClass: {{class|Year 4P}}, Maths\nComments: {{name|Lachlan}} used concrete "
    "materials well. He needs to check for understanding before releasing students; {{name|Ruby}}, {{name|Zoe}} and "
    "{{name|Harrison}} were lost in the independent task. APST 3.3 and 5.1 evidenced.",
    # 66 placement reflection with a profile link
    "For my portfolio I have to include my mentor's feedback. {{name|Ms Abimbola Ajayi}} has her own teaching blog "
    "and YouTube channel, {{url|https://www.youtube.com/@MsAjayiTeaches}}, where she posted a video about my "
    "'amazing' starter. Can I cite that, or is it too informal? The ITT provider's handbook says nothing about it.",
    # 67 US history, no personal data
    "Unit plan, 11th grade US History: Civil Rights Movement. Week 1: Brown v. Board of Education and the Little "
    "Rock Nine. Week 2: Rosa Parks, the Montgomery Bus Boycott and Martin Luther King Jr. Week 3: Selma, the Voting "
    "Rights Act and Malcolm X. Primary sources from the Library of Congress and the Smithsonian. Final: DBQ in the "
    "style of the APUSH exam.",
    # 68 forum post with Blessing
    "Looking for advice on a Year 10 girl, I'll call her {{name|Blessing}}, who was moved to our school after a "
    "managed move. {{name|Blessing}} is bright but sleeps in lessons. Her foster carer, {{name|Mrs Osei}}, says she "
    "is up late on her phone. Honestly, having a carer who answers e-mails is a blessing. How do I raise it "
    "without the girl feeling picked on?",
    # 69 EHCP consultation
    "Consultation response – request for placement\nChild: {{name|Callum Whitehead}}   NHS number: "
    "{{document|401 023 2137}}\nCurrent setting: {{school|Fairfield Infant School}}\nProposed setting: "
    "{{school|Fairfield Junior School}}, {{school|Willow Base}} (resourced provision)\nResponse prepared by "
    "{{name|Mrs L. Ashcroft}}, SENCo, {{email|senco@fairfield-jun.sch.uk}}",
    # 70 excursion medical form, Australia
    "Excursion medical form – Year 7 camp, Canberra\nStudent: {{name|Charlotte Nguyen-Smith}}\nMedicare No: "
    "{{document|2123 45670 1}}\nAllergies: bee stings (EpiPen)\nEmergency contact: {{name|Daniel Smith}}, "
    "{{phone|+61 412 345 678}}\nDoctor: {{name|Dr Anjali Menon}}, Belconnen Medical Centre",
    # 71 Canada, student record
    "Transfer note: {{name|Liam Kowalchuk}}, OEN {{document|123-456-789}}, moving from "
    "{{school|Riverbend Public School}} to {{school|St. Anne Catholic Elementary}} in January. IEP for reading "
    "attached. Guardian: {{name|Tanya Kowalchuk}}, {{address|411 Birch Street, Unit 3}}, Sudbury.",
    # 72 New Zealand enrolment
    "Enrolment check: {{name|Tāne Wiremu Parata}}, NHI {{document|ZAA0067}}, Year 9, coming from "
    "{{school|Ōtaki Primary}}. Caregiver: {{name|Hine Parata}} (nan), {{phone|021 555 0199}}. Uses the name "
    "{{name|TJ}} at school. Whānau hui booked with {{name|Matua Rawiri}} for Wednesday.",
    # 73 geography, no personal data
    "Fieldwork plan, Year 10 Geography: river study on the River Severn near Shrewsbury, comparing upper and lower "
    "course. Data from the Environment Agency and the Met Office. Case studies: Amazon deforestation, the "
    "Himalayas, the Somerset Levels floods of 2014. Discussion about COP28, Greta Thunberg and the Paris Agreement. "
    "Exam board: AQA, Paper 3 Geographical Applications.",
    # 74 chat, international school
    "Group chat, Grade 8 trip leaders:\n{{name|Ji-ho}}: Bus leaves at 7:15 from the {{school|Secondary Campus}} "
    "gate\n{{name|Yuki Sato}}: I'll bring the first aid kit. {{name|Sora}}'s mum says he gets carsick\n"
    "{{name|Ji-ho}}: ok, seat him at the front with {{name|Mr Dela Cruz}}\n{{name|Ramon}}: copy that",
    # 75 e-mail, Hong Kong
    "Dear {{name|Mrs Wong}},\n\nI'm writing about {{name|Ho Ka Yan}} (she goes by {{name|Kelly}}) in "
    "{{class|Year 12C}}. {{name|Kelly}} has missed four Chemistry deadlines and says she is tutored every evening "
    "in Mong Kok until ten. I'd like to arrange a call with you and her tutor {{name|Mr Leung}}. My school line is "
    "{{phone|+852 2345 6789}}.\n\nBest wishes,\n{{name|Ciarán Walsh}}",
    # 76 incident log, two names joined
    "Incident 22/11, Year 7 corridor: {{name|Reuben}} and {{name|Ezra Goldberg}} were pushing each other near the "
    "lockers. {{name|Reuben}} said {{name|Ezra}} took his calculator. {{name|Mrs Adeyemi-Clarke}} separated them. "
    "Calculator found in {{name|Ezra}}'s bag. Restorative meeting with {{name|Mr Greenbaum}} on Monday.",
    # 77 reflection with a pseudonym
    "Reflection, week 9. I'll call the boy '{{name|J}}' here because my mentor said not to use real names in the "
    "portfolio. {{name|J}} has been refusing to enter my room since the fire drill. Today I met him at the door "
    "with a job and he came in. Small win. {{name|Mrs Hollis}} says consistency is everything and that I should "
    "read Paul Dix's When the Adults Change, Everything Changes.",
    # 78 report comment, US
    "Trimester 1 comment for {{name|Grace Oyelaran}}: {{name|Grace}} approaches every task with grace and "
    "curiosity. She reads independently at level M and loves Mo Willems and the Magic Tree House books. She is "
    "working on subtraction with regrouping. Thank you for the support at home!\n– {{name|Mrs. Lindgren}}, "
    "{{class|Grade 2L}}",
    # 79 referral, Ireland
    "Child Protection and Welfare Report Form (Tusla) – draft for DLP\nChild: {{name|Kacper Nowakowski}} "
    "({{class|2B}})\nSchool: {{school|Scoil Mhuire gan Smál}}\nAddress: {{address|14 Ashgrove Park}}, "
    "Tullamore\nConcern: repeated hunger, unwashed uniform. Reported by: {{name|Ms Clodagh Keane}} (student "
    "teacher) to {{name|Mr Fintan Hayes}} (DLP), 19/11.",
    # 80 music and art, no personal data
    "Arts week plan: Monday, Beethoven's Fifth and Ode to Joy; Tuesday, Frida Kahlo self-portraits; Wednesday, "
    "Banksy and street art (with the Tate Modern virtual tour); Thursday, composing in GarageBand and BandLab; "
    "Friday, a Spotify playlist vote. Several students are taking ABRSM Grade 5 Theory in December, and the "
    "Christmas Concert is on the 14th at St George's Hall.",
    # 81 expedition sign-up
    "Duke of Edinburgh Bronze practice expedition – kit check list\nGroup 3: {{name|Keira Doherty}}, "
    "{{name|Ashton Pryce}}, {{name|Nimmi Wickramasinghe}}, {{name|Tobiasz Lewandowski}}\nSupervisor: "
    "{{name|Mr Olusegun Bakare}}\nEmergency line on the day: {{phone|+44 7700 900 512}}\nRoute: Edale to Castleton "
    "via Mam Tor. {{name|Nimmi}} needs a spare inhaler in the first aid bag.",
    # 82 mentor meeting notes with Precious
    "Mentor meeting 25/11 with {{name|Miss Haughton}}\n- {{name|Precious Chikwanha}} ({{class|Year 10Q}}) keeps "
    "asking to leave for 'counselling'; check with pastoral.\n- Time is precious: fewer slides, more modelling.\n"
    "- Observe {{name|Mr Rashid}}'s {{class|11Hi2}} to see how he runs retrieval.\n- Book in a call with "
    "{{name|Precious}}'s aunt, {{name|Mrs Tendai Moyo}}.",
    # 83 detention letter
    "Dear {{name|Mrs Kovačević}},\n\nI am writing to let you know that {{name|Luka}} ({{class|Year 9N}}) has a "
    "one-hour after-school detention on Thursday 28 November for repeated failure to complete homework on "
    "Sparx. He will be released at 4:15pm. If this causes a problem with transport, please contact me on "
    "{{email|r.oduya@castlebrook.org.uk}}.\n\nYours sincerely,\n{{name|Mr R. Oduya}}\nTeacher of Mathematics, "
    "{{school|Castlebrook School}}",
    # 84 forum post with a profile link
    "Has anyone else had this? A parent found my old TikTok, {{url|https://www.tiktok.com/@danni.dances.99}}, from "
    "before I started teacher training and shared it in the class group. Now {{class|Year 8E}} keep doing the "
    "dances at me in the corridor. {{name|Danni}} (yes, I'm that teacher)",
    # 85 SEND register extract
    "SEND register extract, Year 11 English set {{class|11En4}}:\n{{name|BAILEY, Jordan}} – K – dyslexia – reader "
    "in exams\n{{name|SHEIKH, Maryam}} – E – EHCP, hearing impairment – radio aid\n{{name|FOLEY, Aidan}} – K – "
    "ADHD – movement breaks\n{{name|Roberts, T.}} – K – anxiety – exit card\nPlease read before planning. "
    "{{name|Maryam}}'s radio aid needs charging at break.",
    # 86 computing, no personal data
    "Computing scheme of work, Key Stage 3: Autumn 1, Scratch and algorithms; Autumn 2, Python with the Raspberry "
    "Pi and Micro:bit; Spring, networks and the Internet. Context lesson on Ada Lovelace, Charles Babbage and Alan "
    "Turing at Bletchley Park. GCSE students follow OCR J277. We use Microsoft Teams, Windows 11 and the BBC "
    "Bitesize quizzes for homework.",
    # 87 cover chat
    "Slack message from the cover manager, copied for my log:\n{{name|Sharon}} (Cover): hi, can you take "
    "{{class|10X1}} P4 in S12? {{name|Mr Mahlangu}} is off\nMe: yes, any work?\n{{name|Sharon}} (Cover): on the desk. "
    "watch {{name|Grace}} and {{name|Destiny Okeke}}, they'll say they have a music lesson, they don't. "
    "say a little grace before you go in lol",
    # 88 e-mail, Canada
    "Subject: Field trip permission – Royal Ontario Museum\n\nHello {{name|Mr. Singh}},\n\nWe haven't yet received "
    "the permission form for {{name|Arjun}}. The trip to the ROM is this Thursday, and {{class|Grade 5A}} leaves at "
    "8:30. You can sign online through School Cash Online or send the paper form with {{name|Arjun}}. Call the "
    "office at {{phone|(416) 555-0148}} if you have questions.\n\n{{name|Ms. Fontaine}}\n"
    "{{school|Glenview Park Public School}}",
    # 89 long narrative, Ghanaian family
    "I want to tell you about a family evening that moved me. {{name|Kofi Mensah-Bonsu}} in {{class|Year 5B}} "
    "rarely speaks in class, so I was nervous about meeting his parents. His father, {{name|Mr Kwabena Mensah-Bonsu}}, "
    "brought photographs from Kumasi and told me {{name|Kofi}} reads to his little sister {{name|Akosua}} every "
    "night. His mum, {{name|Mrs Efua Mensah-Bonsu}}, asked if {{name|Kofi}} could be a reading buddy. The next "
    "morning I paired him with {{name|Callum}}, and he talked for twenty minutes about Anansi the spider. I think "
    "I had misjudged a quiet child for a disengaged one.",
    # 90 e-mail with signature, Filipino and Vietnamese names
    "Subject: Thank you\n\nDear {{name|Prof. Hargreaves}},\n\nThank you for the placement visit. As you suggested, "
    "I've swapped {{name|Angelo Bautista}} and {{name|Linh Pham}} so they can support each other in "
    "{{class|Year 8G}}, and {{name|Angelo}}'s confidence has already improved. I've uploaded my reflection to the "
    "portal.\n\nKind regards,\n{{name|Maricel Dizon}}\nPGCE Secondary Science\n{{email|m.dizon@student.example.ac.uk}}",
]
