"""Texts written for tuning round 5 of the de-identifier by another author (part of the TUNED part):
Mon Nov 30 03:13:08 UTC 2026, written without reading the rules or held-out batch 5."""

ROUND_5C_RUSSIAN = [
    "{{name|Семёнова}} снова пришла без формы, а на замечание ответила, что «у неё аллергия на физкультуру».",
    "Коллеги, подскажите. У меня в {{class|6 «А»}} мальчик {{name|Даниил}} постоянно дерётся с "
    "{{name|Русланом}}, а родители обоих считают виноватым другого.",
    "Завуч {{name|Мироненко}} попросила переписать рабочую программу по ФГОС третьего поколения за "
    "неделю. Это вообще реально?",
    "На уроке по «Евгению Онегину» обсуждали, почему Татьяна отказала Онегину. Мальчики единогласно "
    "решили, что Пушкин «всё испортил».",
    "{{name|Машина}} мама пишет мне во «ВКонтакте» в два часа ночи. Как вежливо попросить её писать в рабочее время?",
    "Отчёт о посещении урока.\nУчитель: {{name|Хабибуллина Алсу Рамилевна}}.\nКласс: {{class|5 "
    "«Б»}}.\nНаставник: {{name|Дорофеев И. П.}}\nЗамечания: темп урока высокий, {{name|Рустам}} и "
    "{{name|Вика}} не успевали записывать.",
    "С {{name|Гошей}} что-то происходит: раньше был отличником, а теперь сидит на задней парте в капюшоне и молчит.",
    "Мы с {{name|Ниной Аркадьевной}} ведём параллельные классы, и она всё время «забывает» отдать мне "
    "общие контрольные.",
    "Ездили на экскурсию в Третьяковку: «Утро в сосновом лесу» Шишкина дети узнали сразу — по фантику "
    "от конфет «Мишка косолапый».",
    "{{name|Оганесян}} и {{name|Петренко}} опоздали на ОГЭ по математике, их не пустили. Кто отвечает — "
    "я как классный руководитель или администрация?",
    "Здравствуйте, меня зовут {{name|Ксения}}, я второй год работаю учителем английского в "
    "{{school|МБОУ «Лицей № 3»}}. Столкнулась с буллингом в чате класса и не знаю, с чего начать.",
    "У {{name|Ли Мин}} папа китаец, мама из Бурятии; девочка прекрасно говорит по-русски, но "
    "одноклассники всё равно дразнят её.",
    "Родители {{name|Тимура Исмаилова}} требуют перевести его в другой класс из-за конфликта с "
    "{{name|Егором}}. Директор ждёт моего мнения к понедельнику.",
    "Позвонила {{name|Светлане Викторовне}}, бабушке {{name|Алёнки}}, — телефон {{phone|8 912 "
    "345-67-80}}. Она сказала, что родители в разводе и девочка живёт у неё.",
    "Кто-нибудь возил детей в Эрмитаж по программе «Школьный Эрмитаж»? Хочу весной свозить "
    "восьмиклассников в Петербург, а заодно в Петергоф.",
    "{{name|Вовка}} из моего класса заявил, что Ломоносов пришёл в Москву пешком из Архангельска, "
    "«потому что не было денег на Яндекс Такси».",
    "Подскажите, как работать с ребёнком с СДВГ. Назову его {{name|Петя}}: он не может усидеть и пяти "
    "минут, а мама против обследования.",
    "Чья это идея — ставить физкультуру седьмым уроком? {{name|Ковальчук}} уверяет, что директора, а "
    "директор — что его.",
    "Договор о платных услугах: мама указала паспорт {{document|45 12 678901}} и адрес {{address|ул. "
    "Гагарина, д. 17, кв. 42}} — а теперь спрашивает, зачем нам эти данные.",
    "Методическое объединение учителей русского языка рекомендует перед ВПР в мае повторить причастные "
    "обороты. Материалы от «Просвещения» и ФИПИ лежат в общей папке.",
    "Ученица {{name|Фатима}} по пятницам уходит с последнего урока на намаз. Отец, {{name|Магомед "
    "Алиевич}}, принёс заявление. Имею ли я право её отпускать?",
    "Тема письма: Жалоба на учителя {{name|Зуеву Е. А.}}",
    "{{name|Игорёк}} и {{name|Славик}} подрались из-за карточек с футболистами — Месси против Роналду. "
    "Всё как у взрослых.",
    "Сижу на проверке тетрадей и вижу: у {{name|Аси}} и у {{name|Арсения}} одинаковые ошибки в одних и "
    "тех же местах. Списали или совпадение?",
    "Провела урок по «Мёртвым душам»: Чичиков, Собакевич, Плюшкин, Манилов. Дети решили, что Плюшкин — "
    "это их бабушка, которая хранит пакет с пакетами.",
    "Для {{name|Даши}} это первый год в школе после семейного обучения. Мама, {{name|Ольга}}, очень "
    "переживает и каждый день ждёт у ворот.",
    "Написала {{name|Зарине Тагировне}} на почту {{email|z.tagirovna@mail.ru}}, ответа нет уже неделю. "
    "Кто знает, она на больничном?",
    "{{name|Герасимов}} считает, что я «придираюсь», а его мама его поддерживает. Как выстроить "
    "разговор с ними обоими?",
    "Список группы продлённого дня:\n1. {{name|Абрамова Полина}}\n2. {{name|Бойко Максим}}\n3. "
    "{{name|Гусейнов Эмиль}}\n4. {{name|Нгуен Ань}}\n5. {{name|Ткаченко Соня}}",
    "В апреле «Тотальный диктант», говорят, текст в этом году пишет Евгений Водолазкин. Стоит ли вести "
    "туда старшеклассников в субботу?",
    "Коллега {{name|Рамазанов}} предложил совместный проект с {{school|гимназией № 12}}, но наш "
    "директор против. Есть ли у кого-то опыт межшкольных проектов?",
    "Вопрос про {{name|Настю Кравченко}} из {{class|8 «Д»}}: она перестала ходить на уроки, а в "
    "соцсетях выкладывает фото из торгового центра. Страница — {{url|https://vk.com/nastya_kr_2011}}.",
    "Между {{name|Айдаром}} и {{name|Тагиром}} сидит {{name|Лиза}}, и это единственное, что удерживает класс от войны.",
    "К Дню космонавтики готовим выставку про Гагарина, Терешкову и Королёва. Дети спрашивают, почему в "
    "космос не полетел сам Циолковский.",
    "{{name|Андрюшина}} бабушка принесла в класс пирог и потребовала угостить всех. Отказать неудобно, "
    "а у двоих аллергия на орехи.",
    "Мне пишет в телеграме некий {{handle|@papa_artema_2015}}, представляется отцом {{name|Артёма}}, но "
    "в анкете отцом записан другой человек. Что делать?",
    "По итогам четверти: {{name|Белов}} — 3, {{name|Давлетшина}} — 5, {{name|Кузьмина}} — 4, {{name|Шмидт}} — 4.",
    "Учительница начальных классов {{name|Людмила Петровна Сорокина}} выходит на пенсию, и мне отдают "
    "её {{class|2 «Е»}}. Что почитать о работе с младшими?",
    "Подскажите хорошие тексты для девятиклассников про войну: «Судьба человека» Шолохова уже было, «А "
    "зори здесь тихие» Васильева тоже.",
    "Вот наш диалог с мамой:\n— {{name|Вера Николаевна}}, почему у {{name|Миши}} двойка?\n— Потому что "
    "{{name|Миша}} не сдал сочинение.\n— Но он же болел!\n— Две недели назад, а срок был вчера.",
    "{{name|Хасанов}} пропустил три недели, справки нет. Соцпедагог {{name|Гончаренко}} говорит, что "
    "семья уехала в Таджикистан.",
    "Хочу поблагодарить {{name|Евгения Олеговича}} за открытый урок: я наконец поняла, как использовать "
    "«Учи.ру» без вреда для урока.",
    "На форуме «Педсовет» одни жалобы. Может, стоит сделать отдельный раздел для молодых учителей, как "
    "в Telegram-канале «Учителя для России»?",
    "У {{name|Марьям}} папа из Сирии, мама русская. Девочка стесняется говорить по-арабски, хотя на "
    "кружке по востоковедению её очень хвалят.",
    "Характеристика на ученика {{name|Федотова Кирилла Сергеевича}}, {{class|11 «А»}} класс, для "
    "военкомата. Как писать, чтобы не навредить?",
    "Спросила у {{name|Олеси}}, почему она не хочет выступать на концерте. Оказалось, {{name|Полинина}} "
    "компания смеётся над её акцентом.",
    "В Казани прошла конференция «Наставничество в образовании». Выступали представители Минпросвещения "
    "и Высшей школы экономики, много говорили про цифровые сервисы Сбера.",
    "{{name|Наталья Сергеевна}}, завуч по воспитательной работе, просит каждого классного руководителя "
    "сдать список детей на «Разговоры о важном» до среды.",
    "Помогите с {{name|Ахмадом}}: он только приехал из Узбекистана, по-русски почти не говорит, а в "
    "классе тридцать человек.",
    "Напишите мне в личку, кто сталкивался. Мой номер {{phone|+7 903 118-24-59}}, {{name|Юлия}}, "
    "учитель истории, {{school|школа № 57}}.",
]
ROUND_5C_ENGLISH = [
    "{{name|Grace}} is brilliant in discussions but hasn't handed in a single written piece since half term.",
    "{{name|Oluwaseun}} keeps asking to leave the room during every Maths lesson. His mum, {{name|Mrs "
    'Adeyemi}}, says he is fine at home and that I\'m "picking on him".',
    "I moved {{name|Kacper}} next to {{name|Hope}} and the chatter stopped almost immediately. Is it "
    "fair on her, though?",
    "Subject: {{name|Zainab Hussain}}'s attendance — follow-up after Thursday's meeting",
    "We're reading Of Mice and Men this term. Curley's wife divides the class every year: half of them "
    "think Steinbeck is blaming her, the other half think he's blaming Curley.",
    "Can anyone help? {{name|Mark}} was sent out of Science again today and {{name|Will}} followed him "
    "out \"to check he was OK\". They're inseparable and it's becoming a problem.",
    "Spoke to {{name|Siobhan O'Reilly}}'s dad at the gate. He wants her moved out of my group because "
    "{{name|Ruby}} and {{name|Summer}} have been leaving her out at lunch.",
    "Seating plan for {{class|Form 8K}}, row by row:\n1. {{name|Nguyen Thi Lan}}, {{name|Jack "
    "Brennan}}, {{name|Aisha Mohamed}}\n2. {{name|Bogdan Popescu}}, {{name|Rose Kwarteng}}, "
    "{{name|Tomás Ferreira}}\n3. {{name|Wei Chen}}, {{name|Ifeoma Nwosu}}, empty desk",
    "Tips for teaching Romeo and Juliet to a class who have decided Shakespeare is boring? I've tried "
    "the Baz Luhrmann film and a Horrible Histories clip. Mercutio's death still gets nothing.",
    "Between {{name|Hamza}} and {{name|Deniz}} there's a feud going back to primary school, and I've "
    "only just heard about it from {{name|Ms Yilmaz}}, the EAL coordinator.",
    "Hi all, {{name|Bill}} here, NQT in my second term. Would love advice on a boy in my GCSE group "
    "(I'll call him {{name|Sam}}) who has started refusing to take his coat off.",
    "Wants to be a footballer like Bukayo Saka, refuses to do any homework — that sums up "
    "{{name|Tunde}} in a sentence.",
    "Has anyone used Seneca or Sparx for homework? Our head of department wants us to switch from "
    "Hegarty Maths by September, and I'm not convinced.",
    "Dear {{name|Mr Okonkwo}},\nThank you for coming in on Tuesday. As discussed, {{name|Chidi}} will "
    "sit at the front for English and History, and {{name|Mrs Kowalczyk}} will check his planner each "
    "Friday.\nKind regards,\n{{name|Hannah Lloyd}}\nClass teacher, {{class|Year "
    "5H}}\n{{school|Brookfield Primary School}}\nTel: {{phone|01632 960 418}}",
    "Seems to be a pattern: {{name|Aleksandra}} is fine in the morning, then after lunch she just puts "
    "her head on the desk.",
    "Looks like {{name|Priya}}'s older brother has been doing her coursework for her. How do I raise "
    "that without accusing the family?",
    "Marie Curie, Rosalind Franklin and Ada Lovelace are on the display in the corridor, but the girls "
    "in my club asked why there's no one from Africa or Asia. Any suggestions beyond Katherine Johnson?",
    "Notes from the meeting with the SENCo (Tues):\n- {{name|Faisal}}: reading age 8, needs a reader in "
    "tests\n- {{name|Maryam Begum}}: ADHD assessment pending\n- {{name|Ionuț}}: no concerns, parents "
    "worried about nothing\n- {{name|Declan}}: refer to {{name|Dr. K. Mensah}} (ed psych)",
    "I rang {{name|Kofi}}'s mum this morning and she told me he hasn't slept properly since his grandad "
    "died. I had no idea.",
    "Should {{name|Liam}} be allowed to resit the mock? He was off with flu, but {{name|Mr J. Doherty}} "
    "says rules are rules.",
    "Trip to the Natural History Museum went well. The kids loved the blue whale in Hintze Hall, and "
    "nobody got lost on the Tube. Next up: Kew Gardens in May.",
    "Came in late again — that's the fourth time this week for {{name|Mehmet}}. His sister "
    "{{name|Elif}} drops him off and she's only twelve herself.",
    "We praised {{name|Bảo}} in front of the class for his poem and he went bright red and didn't speak "
    "for the rest of the lesson. Cultural thing, or just him?",
    "Can {{name|Hope}} and {{name|Grace}} sit together for the test? Their mum emailed from "
    "{{email|j.osei.family@gmail.com}} asking, and I'm not sure it's a good idea.",
    "The AQA spec for Paper 2 changed slightly this year. Does anyone have an updated mark scheme for "
    "the Power and Conflict poems, especially Ozymandias and Exposure?",
    "Behind {{name|Ravi}} sits {{name|Connor}}, who kicks his chair all lesson. When I separated them, "
    "{{name|Connor}}'s friends started on {{name|Ravi}} at break.",
    "Quick one: {{name|Will}} will be off on Friday for an operation. Can someone from the department "
    "cover his catch-up session?",
    "Report extract:\n{{name|Jakub Wiśniewski}} has made steady progress in Mathematics this term. "
    "{{name|Jakub}} now works confidently with fractions and should next focus on ratio.",
    "Reading list for the Gothic unit: Frankenstein, Dracula, The Woman in Black, and maybe Rebecca if "
    "the class cope. Any thoughts on Jane Eyre instead?",
    "Is it normal for a parent to add you on Instagram? {{name|Fernanda Souza}}'s mum followed me as "
    "{{handle|@fe_souza_mae}} and now comments on everything I post.",
    "Was {{name|Abdirahman}} telling the truth? He said {{name|Hodan}} took the phone, she said it was "
    "him, and {{name|Mr Farah}}, their uncle, says neither of them has one.",
    "Worried about {{name|Summer}}. She has lost a lot of weight over the holidays and wears long "
    "sleeves even in PE. The school nurse has her NHS number, {{document|943 476 5919}}, and will refer "
    "her.",
    "Summer term always goes like this: sports day, the leavers' play, transition days, and {{name|Mrs "
    "Hughes}} still expects the full curriculum covered by July.",
    "For {{name|Nnamdi}}, the move to secondary has been hard. For his twin {{name|Chiamaka}}, it has "
    "been the opposite.",
    "With {{name|Ms Nowak}} on maternity leave, I've picked up her tutor group {{class|10N}} and I have "
    "no idea who half of them are.",
    "About {{name|Darius}} — I know it's not my place, but I think he's a young carer. He mentioned "
    "sorting out his mum's medication before school.",
    "Has anyone taught the Industrial Revolution through Stephenson's Rocket? I want something "
    "hands-on, maybe linked to the Science Museum's online collection.",
    "Gets full marks on every quiz, never speaks in class: {{name|Minh Anh}} is a mystery to me. "
    "{{name|Mrs Tran}} says she's the same at home.",
    'Needs constant reassurance, asks "is this right?" after every line — that\'s {{name|Olivia}} in a '
    "nutshell. How do I build independence?",
    "From {{name|Dylan}}'s point of view, I'm the teacher who always picks on him. From mine, he's the "
    "pupil who never stops talking. Advice welcome.",
    "[08:14] {{name|Sophie}}: is {{name|Adebayo}} in today?\n[08:15] {{name|Tom}}: no, his dad rang "
    "in\n[08:15] {{name|Sophie}}: ok I'll tell {{name|Rachel}} to set cover work for him",
    "Anyone know if Oak National Academy still has the KS3 Macbeth unit? The link on the old site is "
    "dead and Google just sends me to BBC Bitesize.",
    "I had a long talk with {{name|Shabnam Akhtar}} (mum) and {{name|Imran Akhtar}} (dad) after school. "
    "They want {{name|Aliya}} to drop Drama so she can do extra tuition.",
    "The Sick Rose is one of my favourite poems to teach, but {{name|Rose}} in my class dreads it "
    "because everyone turns round to look at her.",
    "Dear colleagues, please welcome {{name|Dr. A. Boateng}}, who joins the Science department from "
    "{{school|Hillcrest Academy}}. She will be mentoring {{name|Callum Reid}} and {{name|Ngozi Eze}} "
    "this year.",
    "Watched Mary Beard's documentary on Pompeii with the class and then did a Vesuvius eruption "
    "experiment. Half the lab ended up covered in bicarbonate of soda.",
    "Left the classroom without permission and went straight to the head's office — {{name|Ayaan}} says "
    'he was "reporting me". Honestly didn\'t know whether to laugh or cry.',
    "Ask {{name|Mr Sharma}} about {{name|Aarav}}, he taught him last year and knows the family well.",
    "{{name|Kwabena}} will sit his exams in a separate room. {{name|Efua}} can use a laptop. "
    "{{name|Yaw}} should have 25% extra time. Please check with {{name|Mrs Asante}} before Monday.",
    'Thread: nicknames. In my class {{name|Alexandru}} is "{{name|Alex}}", {{name|Oleksandr}} is '
    "\"{{name|Sasha}}\", and the two of them keep getting each other's post. Small thing, but it's "
    "causing rows.",
    "Love Island, TikTok and FIFA — that's all my tutor group talk about. I tried bringing in a "
    "Guardian article on social media and they laughed at me.",
    "{{name|Niamh Gallagher}} – English Teacher\n{{school|St Brigid's Catholic High "
    "School}}\n{{email|n.gallagher@stbrigids.example.org}}\n{{url|https://www.linkedin.com/in/niamh-gallagher-teach}}",
    "Should I tell {{name|Lena}}'s new teacher about what happened two years ago, or let her start fresh?",
    "Mr Beast keeps turning up in their persuasive writing, along with Logan Paul. Is that a battle "
    "worth fighting or should I just use it?",
    "Can't get through to {{name|Patryk}}'s parents — the number on file ({{phone|07700 900 312}}) goes "
    "to voicemail, and the address we have, {{address|27 Lime Grove}}, is apparently out of date.",
    "I teach {{class|class 4B}}. {{name|Jessica}}, {{name|Jayden}}, {{name|Amir}} and {{name|Zofia}} "
    "are doing brilliantly; the rest are struggling with times tables.",
    "{{name|O'Connor}} and {{name|Mahmoud}} — surnames only, because that's what they call each other — "
    "got into a fight on the field. {{name|Kowalski}} filmed it.",
    "Our school is doing a Black History Month assembly on Mary Seacole and Walter Tull. I'd like to "
    "add Olive Morris too. Good resources?",
    "Next to {{name|Thanh}} the new boy, {{name|Ibrahim}}, looks enormous — he's already six foot at "
    "thirteen and the others tease him for it.",
    "Writing up an incident: at 12:40 {{name|Kai}} pushed {{name|Amara}} into the wall near the "
    "canteen. Witnesses: {{name|Leon Fischer}}, {{name|Ella-May Price}}. Reported to {{name|Mr "
    "Chowdhury}} (Head of Year) at 12:55.",
    "Does anyone have a good scheme of work on Plastic Pollution? We're linking it to Greenpeace and "
    "the Marine Conservation Society, plus Attenborough's Blue Planet.",
    "Hi, my mentor {{name|Ms Ferreira-Santos}} suggested I post here. My problem is a girl called "
    "{{name|Yasmin}} who cries whenever I hand back marked work.",
    "Put {{name|Khadija}} with {{name|Eoin}} for the project and they produced the best poster in the "
    "class. Sometimes the odd pairings work.",
    "Spent the INSET day on Rosenshine's Principles and Dylan Wiliam's formative assessment. Felt like "
    "the same slides as last year with a new logo.",
    '"{{name|Joseph}}, where\'s your homework?"\n"My dog ate it, Miss."\n"You don\'t have a dog, '
    '{{name|Joseph}}."\n"It\'s my nan\'s dog."\nThat was the whole conversation. Any tips on keeping a '
    "straight face?",
    "Friday Briefing\n- Ofsted window opens in March\n- Staff Christmas party at The Red Lion\n- Fire "
    "drill on Wednesday, Period 3",
    "The whole staffroom loves {{name|Precious}}. She's the one pupil who says good morning to the "
    "caretaker and means it.",
    "Anyone else have a child like {{name|Ciarán}}? Bright, funny, and completely unable to sit down "
    "for more than five minutes.",
    "Does Pearson still run the Edexcel training on Paper 1? Ruth Miskin's phonics course was booked up "
    "by January, and Jolly Phonics isn't what we use.",
    "In my form ({{class|7JW}}) {{name|Mustafa}} and {{name|Ayesha Siddiqui}} have been nominated for "
    "the Young Leaders award. Should I let them both go?",
]
