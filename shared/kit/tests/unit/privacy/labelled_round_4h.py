"""Texts written for round 4 of the de-identifier by an eighth author (part of the TUNED part once read):
Mon Nov 30 03:02:23 UTC 2026, written without reading the rules or held-out batch 4.

Marks: {{kind|text}}; conventions as in `labelled_former_held_out_3.py`. 60 Russian and 60 English teacher case
descriptions; 24 of them hold no personal data but capitalised non-names (places, months, subjects, exams, authors
and characters, theorists, brands, institutions, headings, a generic ministry link)."""

ROUND_4H_RUSSIAN = [
    "Коллеги, добрый вечер. Веду пятые и шестые классы первый год, и больше всего меня выматывает {{name|Елисей}}: "
    "посреди урока он встаёт и уходит к окну, а на замечания отвечает «мне так легче думать». Мама говорит, что дома "
    "то же самое. Что бы вы сделали?",
    "{{name|Зарина Абдуллаевна}}, подскажите, пожалуйста, можно ли перенести открытый урок в {{class|6 «А»}} на "
    "четверг? Раздаточный материал не успевают напечатать.",
    "Тема: жалоба родителей {{class|8Б}} на нагрузку по домашним заданиям",
    "Сегодня на перемене {{name|Глебу}} разбили очки. Отец мальчика, {{name|Роман Викторович}}, требует "
    "объяснительную от дежурного учителя, то есть от меня, хотя я в это время была на третьем этаже.",
    "Списки на муниципальный этап по химии: {{name|Мухаметзянов Р.}}, {{name|Гаврилюк Д.}}, {{name|Ли С.}}, "
    "{{name|Оганесян А.}} Ответственная за сопровождение — {{name|Шилова Т. В.}}",
    "В ноябре у нас методическая неделя. Тема — формирующее оценивание: в понедельник семинар по таксономии Блума, в "
    "среду выступает кафедра истории, в пятницу приезжают гости из РГПУ имени Герцена. Заявки принимаются через "
    "Сферум до 14 ноября.",
    "Мой наставник {{name|Людмила Ивановна Корнеева}} посоветовала завести тетрадь наблюдений за каждым ребёнком. "
    "Честно, это лучший совет за весь год.",
    "Дедушка {{name|Стёпы}} приходит за ним в 12:40 и каждый раз заходит прямо в кабинет, пока у {{class|2 «Д»}} ещё "
    "идёт урок. Как деликатно объяснить, что так нельзя?",
    "Для оформления путёвки в лагерь нужны данные ученика: {{name|Бойко Назар Олегович}}, СНИЛС "
    "{{document|128-456-789 01}}, полис ОМС {{document|7751234088901126}}. Можно ли пересылать это завучу в личные "
    "сообщения?",
    "Секретарь попросила переписать паспорт мамы для договора: серия {{document|4512}}, номер {{document|783904}}, "
    "выдан отделом УФМС по Тверской области. Я переписала, а теперь думаю, имела ли она право просить это у меня.",
    "Семья {{name|Карповых}} переехала, новый адрес: {{address|ул. Чкалова, д. 17, кв. 84}}. В электронном журнале "
    "до сих пор старый, а акты обследования жилья делать мне.",
    "Если не дозвонитесь до меня, пишите классному руководителю, {{name|Ирине Сергеевне}}, её номер "
    "{{phone|8 916 302-44-71}}. Она на связи до восьми вечера.",
    "Работы присылайте на {{email|fizika.kab214@yandex.ru}}, в теме письма указывайте фамилию и класс, иначе письмо "
    "потеряется.",
    "Завела группу для родителей {{class|4 «В»}}: {{url|https://vk.com/club218845301}}. Вступайте, пожалуйста, до "
    "пятницы, дальше все объявления будут только там.",
    "В телеграме меня можно найти как {{handle|@olga_litra}}, но в выходные я принципиально не отвечаю. Это "
    "нормально или я плохой классный руководитель?",
    "Помогите с рабочей программой по литературе для 9 класса: сколько часов отдавать на «Горе от ума» и сколько на "
    "«Героя нашего времени»? В прошлом году Чацкий и Печорин съели весь второй триместр, а «Мёртвые души» мы "
    "проходили галопом.",
    "Вчера разговаривала с {{name|Анастасией Павловной}} про {{name|Кирилла}}: она считает, что ему нужен тьютор, а "
    "я пока не уверена, что дело не в нас самих.",
    "{{name|Михалыч}} из мастерских опять отпустил мальчишек на десять минут раньше, и они всё это время носились по "
    "коридору у меня под дверью. Жаловаться директору неловко — он работает тут дольше, чем я живу.",
    "В классе его зовут {{name|Шуня}}, и он сам просит так к нему обращаться. По журналу он {{name|Александр}}, но "
    "на полное имя не откликается вообще.",
    "Мама {{name|Алисы Бергман-Лозинской}} попросила пересадить дочь подальше от окна — у девочки частые отиты. "
    "Пересадила, а теперь другой родитель недоволен, что его сына посадили к окну.",
    "Расскажу про одну девочку, пусть будет {{name|Соня}}. Отличница, на уроках тянет руку постоянно, но на каждой "
    "контрольной плачет и сдаёт пустой лист. Психолог говорит — тревожность. А мне что делать на уроке?",
    "Я второй год работаю в {{school|лицее «Вектор»}}, до этого была в {{school|МАОУ СОШ № 32}}. Разница огромная: "
    "здесь родители пишут в любое время суток.",
    "С понедельника уроки у {{class|10А}} переносятся в {{school|корпус 3}} на {{address|ул. Садовой, д. 11}}. "
    "Дорога между зданиями — пятнадцать минут, а перемена десять.",
    "Вопрос по ОГЭ по информатике: ФИПИ опубликовал новую демоверсию, и в задании 9 поменялись критерии. Кто уже "
    "разбирал? На Решу ОГЭ пока только старые варианты, а в Кумире дети путаются.",
    "Справка по итогам посещения урока\nУчитель: {{name|Хабибуллина Э. Р.}}\nКласс: {{class|7 «Г»}}\nПредмет: "
    "география\nТема: «Климат Африки»\nПосетила: заместитель директора по УВР {{name|Мельник О. А.}}\nВывод: цели "
    "урока достигнуты частично, рекомендовано сократить время на фронтальный опрос.",
    "{{name|Ванечка}}, как зовёт его бабушка, на самом деле очень самостоятельный мальчик, просто дома за него всё "
    "делают. В школе он сам завязывает шнурки, а при бабушке сразу «не умеет».",
    "{{name|Корольков}} и {{name|Дегтярёва}} подрались из-за телефона прямо на уроке. {{name|Дегтярёвой}} я уже "
    "позвонила домой, а у {{name|Королькова}} никто не берёт трубку второй день.",
    "{{name|Сашин}} папа снова не пришёл на собрание, зато {{name|Верина}} мама пришла с двумя младшими и ушла через "
    "десять минут. Как добиться, чтобы хоть кто-то дослушал до конца?",
    "Каникулы в этом году с 28 октября по 5 ноября. В понедельник после каникул — диагностика МЦКО по математике, во "
    "вторник — ВПР по русскому, в четверг — школьный этап Всероссийской олимпиады по биологии. Когда учить, "
    "непонятно.",
    "Уважаемые родители {{class|3 «Б»}}! 12 декабря в 18:00 в кабинете 105 состоится родительское собрание. Вопросы "
    "заранее можно задать {{name|Наталье Олеговне}} по телефону {{phone|+7 912 448 03 97}}.",
    "Для договора о платном кружке бухгалтерия просит ИНН одного из родителей, и папа прислал его мне в общий чат: "
    "{{document|772814359021}}. Удалить сообщение я не могу, я не админ. Что делать?",
    "Перешла из {{school|школы № 1179}} в {{school|гимназию № 5}} и поражаюсь, насколько тут другая культура: на "
    "педсоветах спорят, а не молчат.",
    "Ищу хорошие материалы по обществознанию: учебник Боголюбова уже устарел, у Никитина слишком сухо. Может, кто-то "
    "работает по ЯКласс или «Учи.ру»? Буду благодарна за любые ссылки.",
    "Ответ для {{handle|@marina_k78}}: да, мы тоже так делали, только отметку ставили не в журнал, а в дневник, и "
    "родители воспринимали это спокойнее.",
    "Огромное спасибо {{name|Тамаре Фёдоровне}} за открытый урок в {{class|5 «Е»}}! Никогда не видела, чтобы "
    "пятиклассники сорок минут так слушали про дроби.",
    "Понедельник у нас — день тяжёлый: первым уроком физкультура, потом алгебра и сразу лабораторная по физике. "
    "Знакомые из Казани говорят, что такое расписание СанПиН не пропустил бы, а у нас в Липецке почему-то можно.",
    "Кто не сдал деньги на экскурсию в Суздаль:\n1. {{name|Яковлева}}\n2. {{name|Расулов Ш.}}\n3. "
    "{{name|Полина Т.}}\n4. {{name|Тимур}} (обещал в понедельник)",
    "Я веду русский в {{class|9-м «Г»}} классе, и там семь человек на семейном обучении, которые приходят только на "
    "аттестацию. Кто-то сталкивался с таким количеством?",
    "Выпускники {{class|11 «А»}} попросили меня выйти с ними на последнем звонке, хотя я у них вела всего полгода. "
    "{{name|Даниил Зуев}} от всего класса принёс письмо. Я плакала.",
    "Кто-нибудь был на курсах в Академии Минпросвещения? Обещают модуль по обновлённым ФГОС и удостоверение, но в "
    "отзывах пишут, что это просто вебинары в Zoom и тест в конце.",
    "Логопед {{name|Ковальчук}} сказала, что у {{name|Мирона}} нарушение письма и снижать оценки за ошибки нельзя. "
    "Но в положении об оценивании нашей школы про это ни слова.",
    "{{name|Ярослава Мещерякова}} — лучшая в параллели по английскому, но на устной части постоянно молчит. Родители "
    "хотят перевести её в другую группу, к {{name|Гульнаре Ринатовне}}.",
    "Ученик {{class|5 «К»}} {{name|Даня Гусейнов}} третий раз за неделю пришёл без формы. Написала маме, она "
    "ответила: «Форма в стирке». Всю неделю?",
    "Читаем с шестиклассниками «Уроки французского» Распутина. Спор вышел нешуточный: половина класса считает Лидию "
    "Михайловну доброй, половина — нарушительницей правил. Как лучше выстроить обсуждение?",
    "Контакты школьного психолога: {{name|Дина Рашидовна Галиева}}, {{email|d.galieva.psy@mail.ru}}, "
    "{{phone|+7 (843) 211-70-35}}. Приём по вторникам и четвергам в кабинете 12.",
    "{{name|Игорёк}} из моего класса сегодня подарил мне рисунок, а потом сказал, что это портрет нашей директрисы. "
    "Не знаю, смеяться или волноваться.",
    "Живёт с тётей в Подольске, {{address|ул. Кирова, д. 42, кв. 7}}. Тётя оформлена опекуном, но на собрания не "
    "ходит, а в мессенджерах отвечает раз в неделю.",
    "Передайте, пожалуйста, {{name|Лаптеву}}, что пересдача будет в среду седьмым уроком. Он не читает сообщения в "
    "электронном дневнике.",
    "Коллеги, посоветуйте, что читать молодому учителю начальных классов: Ильина, Шаталова, Лысенкову? Или что-то "
    "поновее? Весь прошлый год я продержалась на «Педагогической поэме» и кофе.",
    "Итоги аттестации: высшая категория присвоена {{name|Н. В. Тихомировой}}, первая — {{name|Алексеевой}} и "
    "{{name|Пак}}. Поздравляем коллег!",
    "{{name|Лёш}}, привет! Можешь завтра подменить меня на дежурстве по столовой? Я с {{class|8 «В»}} еду в "
    "планетарий, вернёмся только к обеду.",
    "С 1 сентября переходим на новый электронный журнал: вместо Дневник.ру будет ФГИС «Моя школа». Родители увидят "
    "оценки через Госуслуги, а учителям обещают обучение в августе. Кто уже работает — насколько там всё сырое?",
    "На уроке {{name|Фатима}} сказала, что ей нельзя рисовать людей, и отказалась делать задание по ИЗО. Как "
    "правильно поступить, чтобы и уважить семью, и не оставить её без оценки?",
    "Вот страница выпускника, он выкладывает видео с наших уроков без разрешения: {{url|https://vk.com/id48210377}}. "
    "Администрация пока молчит.",
    "Новости класса дублируются в канале {{url|https://t.me/klass_7g_novosti}}, ссылку не пересылайте чужим, "
    "пожалуйста.",
    "Февраль — самый тяжёлый месяц: темно, у детей простуды, у меня пробники ЕГЭ и отчёты в Управление образования. "
    "Как вы держитесь до марта?",
    "Служебная записка\nПрошу освободить от дежурства в январе {{name|Кудрявцеву Е. А.}}, учителя математики "
    "{{school|МБОУ «Гимназия № 3»}}, в связи с прохождением курсов повышения квалификации.\nЗаместитель директора "
    "{{name|Р. И. Соболь}}",
    "В субботу едем с восьмиклассниками в Третьяковку, потом в Музей Москвы. Маршрут согласован, автобус заказан, "
    "осталось уговорить пятерых родителей подписать согласие.",
    "Для поездки на олимпиаду в Новосибирск нужны данные паспорта сопровождающего: {{document|50 17 334902}}. Это "
    "мой паспорт, и мне неспокойно вносить его в таблицу, открытую всем.",
    "{{name|Агния}} и {{name|Всеволод}} из {{class|1 «А»}} за месяц не выучили ни одной буквы, а родители уверены, "
    "что в {{school|корпусе 2}} учат лучше, и требуют перевести детей туда.",
]

ROUND_4H_ENGLISH = [
    "Subject: Year 9 parents' evening – {{name|Mr Okonkwo}} can't make Thursday, swap needed",
    "Hi all, ECT here. I've got a boy in {{class|Year 8R}} – I'll call him {{name|Jonah}} – who won't write anything "
    "down unless he's sitting by the door. Seating plan suggestions very welcome.",
    "{{name|Priya}}'s mum emailed me at 11pm asking why her daughter got a 5 rather than a 6 on the mock. Do I have "
    "to reply tonight? My mentor says no but I feel guilty.",
    "Does anyone have a decent scheme of work for An Inspector Calls? Our department uses the Collins edition, and "
    "oddly I find Sheila and Eric far easier to teach than Mr Birling.",
    "The deputy head, {{name|Mrs Adeyemi-Clarke}}, has asked all ECTs at {{school|Hollowfield Academy}} to upload "
    "lesson plans to the shared drive by Friday. Is that normal?",
    "Contact for the residential: {{name|Dr. R. Nakamura}}, {{phone|07700 914 362}}, "
    "{{email|r.nakamura@stbedes-primary.org.uk}}. Please don't ring after 8pm.",
    "{{name|O'Donoghue}} in {{class|Form 7T}} keeps humming in lessons. Not loudly, just enough. Every other teacher "
    "says he's fine for them.",
    "I teach {{class|grade 6A}} at {{school|Lincoln Ridge Middle School}} in Ohio, and our principal wants every "
    "teacher to call five parents a week with good news. Anyone done this? My cell is {{phone|(614) 555-0187}} if "
    "you'd rather text.",
    "Quick question about the Ofsted framework: are inspectors still doing deep dives in primary? Our head says yes, "
    "but the DfE update from September reads differently: "
    "https://www.gov.uk/government/news/new-school-inspection-framework",
    "{{name|Tomasz}} and {{name|Wiktoria}} joined us in January from Gdańsk with almost no English. The EAL "
    "coordinator, {{name|Ms Achterberg}}, is only in on Wednesdays.",
    "Maths set changes from Monday: {{class|9X2}} moves to room 14, {{class|9Y1}} stays with {{name|Ms Ferreira}}, "
    "and {{class|9X3}} is covered by supply until Easter.",
    "His foster carer's address on SIMS is still {{address|27 Larch Close}}, but he told me they moved to "
    "{{address|Flat 3, 118 Weston Road}} in the summer. Who updates that – me or the office?",
    "Summer reading for Year 10: Malorie Blackman, Patrick Ness, Kazuo Ishiguro and one collection from the Forward "
    "Prizes shortlist. Suggestions from the Penguin or Faber lists welcome.",
    "How do I log a concern on CPOMS properly? The student is {{name|Aaliyah B.}} in {{class|10C}}, and I'm not sure "
    "whether a comment she made in Tuesday's PSHE lesson counts as a disclosure.",
    "There's a brilliant thread on retrieval practice by {{handle|@MrsHTeachesMaths}} – worth a follow if you teach "
    "KS3.",
    "Welcome to {{class|class 5B}}! Our class blog is at {{url|https://brookmere5b.edublogs.org}} – parents, please "
    "don't post photos of other children in the comments.",
    "Dear {{name|Ms Haddad}},\nThank you for your message about {{name|Yusuf}}'s homework. I have spoken to him, and "
    "he will complete the missing tasks by Thursday.\nKind regards,\n{{name|Mr T. Whitlock}}",
    "I did part of my training abroad at {{school|School No. 12}} in Almaty, mostly in {{school|Building 2}}, and "
    "the classes were 35 plus. Coming back to 28 felt like a luxury.",
    "Vacancy: {{school|St Aidan's C of E Primary School}} seeks a Year 4 class teacher from April. Visits welcome; "
    "contact the school office.",
    "Transition day: pupils from {{school|Brookmere Primary}} and {{school|Fenwick Junior School}} arrive at 9:15, "
    "lunch in the Main Hall, tour of the Science Block at 1pm.",
    "INSET agenda (Monday)\n9:00 Safeguarding update, KCSIE 2025\n10:30 Behaviour for Learning\n13:00 Department "
    "time: Science in the Lab Block, English in the Library\nPlease bring laptops logged in to Arbor and Google "
    "Classroom.",
    "{{name|Kwame}} is brilliant orally but his written work is two years behind. His dad says he was assessed in "
    "Accra and told there was nothing to worry about.",
    "I asked {{name|Bogdan}}'s older sister to translate at parents' evening, and afterwards the SENCo said that's "
    "not appropriate. What should I have done instead?",
    "Forwarding this from {{name|Sinéad}} in the English department: the moderation meeting is moved to Wednesday, "
    "same room.",
    "Mentor meeting notes, week 6\nMentor: {{name|Mrs G. Oyelaran}}\nMentee: "
    "{{name|Mr Liam Fairweather-Stone}}\nFocus: questioning in {{class|Year 10F}}; too many closed questions, wait "
    "time under two seconds.\nTarget: cold-call three students per lesson.",
    "Year 11 are sitting the AQA Paper 2 mock in the Sports Hall on Tuesday 4 March. Calculators must be Casio "
    "fx-83GTX or similar; invigilation is run by the Exams Office.",
    "Incident report\nPupil: {{name|Luca Bianchi}}\nTutor group: {{class|8N}}\nLocation: bottom corridor, "
    "Humanities\nDescription: pushed another pupil against the lockers after PE; witnessed by {{name|Mr Szymański}}.",
    "Is it weird that {{name|Mrs D'Souza}} from the office calls every student 'darling'? The kids love her, and I'm "
    "the one who feels awkward.",
    "For my PGCE assignment I'm comparing Rosenshine's principles with cognitive load theory. Is Dylan Wiliam's work "
    "on embedded formative assessment too far off topic, or can I fit it in?",
    "Everyone in {{class|Year 7K}} calls him {{name|Buzz}}, even the TAs. His real name is on the register, "
    "obviously, but he genuinely doesn't answer to it.",
    "{{name|Zhang Wei}} and {{name|Chen Yuxi}} sit together in chemistry and finish everything in half the time. How "
    "do I stretch them without just giving them more worksheets?",
    "Notes from the review: {{name|A.K.}} ({{class|Year 9C}}) has had four detentions in two weeks, all from the "
    "same teacher.",
    "Has anyone used Seneca or Sparx with bottom sets? We trialled Dr Frost Maths in the spring and the kids hated "
    "the interface.",
    "Please send cover work to {{email|j.mensah@thornbury-academy.co.uk}} by 7:30, not to the general cover inbox – "
    "it gets lost there.",
    "We've referred {{name|Jayden}} to CAMHS and the LADO has been informed. The local authority says a decision "
    "will come after the October half term.",
    "{{name|Mr van der Merwe}} has taken over as head of year, and the first thing he did was ban phones in the "
    "corridors. Staff are split.",
    "{{name|Ngozi}}, {{name|Farhan}}, {{name|Elif}} and {{name|Mateo}} have all asked to move out of the top set "
    "because it's 'too stressful'. Am I pitching it too high?",
    "A Ukrainian pupil, {{name|Dmytro}}, asked me why we never learn about his country in history. Our curriculum "
    "goes Normans, Tudors, Industrial Revolution, World Wars. Ideas?",
    "Text from a parent at 6:45am: 'Is there PE today?' The number was {{phone|+44 7911 203 488}}, which isn't even "
    "on our contact list. How did they get my mobile?",
    "Subject: Re: Geography fieldwork – River Severn, June\nCoaches booked with National Express for the Wednesday. "
    "Risk assessment is on SharePoint under Trips > Summer Term.",
    "{{name|Miss Kaur}}'s room is next to mine, and her class is so quiet that mine sounds like a zoo by comparison. "
    "Is it OK to ask to observe her?",
    "Update from {{name|Jess}}: the photocopier on the top floor is fixed, but only prints single-sided.",
    "I'm a first-year teacher at {{school|Riverside Charter Academy}} in Phoenix. A student, {{name|Marisol}}, told "
    "me her family might be moving again and she doesn't want to say goodbye to anyone. How do I support her?",
    "Can someone from {{school|Kingsmead School}} tell me who runs the Duke of Edinburgh group? The link on the "
    "website goes to an old Facebook page: {{url|https://www.facebook.com/groups/kingsmeaddofe}}",
    "Why do my Year 8s all think Henry VIII wrote Romeo and Juliet? I blame the Horrible Histories episode we "
    "watched before Christmas.",
    "Behaviour log – {{class|Year 10P}}, Thursday P4\n{{name|Reece}}: phone out ×2\n{{name|Kayden}}: refused "
    "seat\n{{name|Amira}}: excellent effort, postcard home",
    "My mentor, {{name|Hélène}}, says I over-plan. She's probably right – I spent four hours on one lesson about the "
    "water cycle last Sunday.",
    "Our SENCo {{name|Mrs Kowalczyk-Reid}} will be at the Thursday briefing to talk about the new one-page profiles.",
    "Half term starts Friday 24 October. Reports go out through Class Charts on the Monday after, and the Christmas "
    "Fair is on Saturday 6 December in the Dining Hall.",
    "Pupil voice quote (anonymised at the pupil's request, I'll call her {{name|Rosie}}): 'I like maths when we do "
    "it on whiteboards because nobody can see if I'm wrong.'",
    "Hi {{name|Tunde}}, are you still OK to swap duties on Wednesday? I've got {{class|Year 9S}} period 5 and can't "
    "leave them with supply.",
    "Parents at {{school|Westgate Academy}}, {{school|Building 2}}, have started a WhatsApp group that includes a "
    "few staff. {{name|Ms Obi}} asked me to leave it. Should I?",
    "Just finished Teach Like a Champion over the summer. Half of it felt like common sense, the other half felt "
    "very American. Is there a UK equivalent? Something from the Chartered College, maybe?",
    "I'm the form tutor for {{class|Form 10W}}, and one student, {{name|Shay}}, keeps asking to go to the medical "
    "room. The nurse says it's anxiety, his mum says it's his stomach.",
    "Address for return of the signed consent forms: {{name|Mrs P. Achebe}}, {{address|42 Ashgrove Avenue}}, Leeds. "
    "Please don't send originals through book bags.",
    "{{name|Big Mo}} – that's what the Year 11s call our site manager – found a vape stash in the boys' toilets again.",
    "Our trust is moving from Microsoft Teams to Google Workspace in January. The IT team say Bromcom will sync "
    "automatically, but nobody at the Trust Office can tell me how.",
    "{{name|Hiroshi}}'s dad wants a weekly email about his progress. I'm happy to, but I have 180 students. Where do "
    "I draw the line? For reference, I have {{class|grade 7B}} and four other sections.",
    "Calling US teachers: I'm moving to Texas to teach at {{school|Bluebonnet Elementary}}. My new mentor, "
    "{{name|Ms. LaToya Harris}}, said to call her at {{phone|512-555-0139}} before August. Any tips on certification?",
    "Our student teacher, {{name|Callum}}, asked if he could use ideas from my lesson account "
    "{{handle|@ks2withmissb}} for his portfolio. I said yes, but should I have asked him to credit it?",
]
