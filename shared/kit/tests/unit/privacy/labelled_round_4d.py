"""Texts written for round 4 of the de-identifier by a fourth author (part of the TUNED part once read):
Mon Nov 30 02:33:13 UTC 2026, written without reading the rules or held-out batch 4."""

ROUND_4D_RUSSIAN = [
    "Коллеги, помогите советом. Я второй год работаю учителем русского в {{school|школе № 57}} на юге Москвы, веду "
    "литературу в {{class|8 «Б»}}. На уроке по «Капитанской дочке» {{name|Артём Соколов}} громко заявил, что "
    "Пугачёв был прав, а Гринёв — трус, и полкласса начали хохотать. Я растерялась и выгнала его в коридор, а "
    "потом узнала от завуча, что так делать нельзя. Как реагировать в следующий раз, чтобы и дискуссию не убить, и "
    "дисциплину сохранить?",
    "{{name|Лена}}, я сегодня не успеваю на педсовет, скажи {{name|Ольге Викторовне}}, что журнал {{class|6 «А»}} "
    "заполню вечером.",
    "Как вы готовите девятиклассников к устному собеседованию по русскому? У нас в Новосибирске в этом году ОГЭ "
    "сдвинули, а методичка ФИПИ до сих пор старая.",
    "Директору {{school|МБОУ «СОШ № 12»}} г. Казани от учителя математики {{name|Галиевой Р. Ф.}}\nСлужебная "
    "записка.\nДовожу до Вашего сведения, что 14 октября на перемене ученик {{class|7 «Г»}} класса "
    "{{name|Хабибуллин Тимур}} толкнул одноклассницу {{name|Алсу Закирову}} на лестнице, девочка ударилась коленом "
    "и была направлена к медсестре. Родители обоих извещены по телефону. Прошу рассмотреть вопрос на Совете "
    "профилактики.",
    "Дата: 03.02.\nМесто: спортзал, {{school|корпус 2}}.\nУчастники: {{name|Ефремов Даниил}} ({{class|9 «В»}}), "
    "{{name|Лукин Матвей}} ({{class|9 «В»}}).\nЧто произошло: во время игры в баскетбол {{name|Даниил}} ударил "
    "{{name|Матвея}} локтем, началась драка.\nМеры: разняла, сообщила классному руководителю "
    "{{name|Н. С. Беловой}}.\nВопрос к наставнику: нужно ли мне самой писать объяснительную?",
    "Записала разговор с мамой по телефону, чтобы потом ничего не перепутать.\n— Мама: Почему у {{name|Ксюши}} "
    "тройка за четверть? Она всё учила!\n— Я: {{name|Ксения}} не сдала две лабораторные по физике, я предлагала "
    "прийти на консультацию во вторник.\n— Мама: Она ходит к репетитору, ей некогда. Я буду писать директору.\nКак "
    "лучше было ответить?",
    "Сегодня был первый открытый урок. Взяла тему «Круговорот воды в природе», сделала презентацию в PowerPoint, "
    "показала отрывок из «Смешариков». Методист из ИРО сказала, что слишком много меня и мало детей. Обидно, но, "
    "наверное, справедливо.",
    "У меня в классе есть девочка {{name|Вера}}, и когда я говорю про веру в себя, дети хихикают и оборачиваются "
    "на неё. Мелочь, но ей явно неприятно. Перестать так говорить?",
    "{{name|Любовь Андреевна}}, наш завуч по воспитательной работе, требует провести классный час ко Дню народного "
    "единства, а у меня в {{class|5 «Д»}} половина детей еле говорит по-русски. {{name|Фарход}}, {{name|Мехрона}} "
    "и {{name|Азиз}} вообще ничего не поймут. Как быть?",
    "Классный руководитель попросила меня собрать документы на бесплатное питание. Мама {{name|Саши Пономарёва}} "
    "прислала в личку фото: СНИЛС {{document|112-233-445 95}}, полис ОМС {{document|5456 7890 1234 5678}}, паспорт "
    "{{document|50 12 345678}}. Я не уверена, что имею право хранить это у себя в телефоне. Что делать?",
    "Хочу сходить домой к ученику, который не ходит в школу уже три недели. Адрес из личного дела: "
    "{{address|ул. Кирова, д. 17, кв. 42}}, мама на звонки по номеру {{phone|+7 923 145-67-89}} не отвечает. Можно "
    "ли идти одной или обязательно с социальным педагогом?",
    "Подскажите хорошую книгу про выгорание. Читала Макаренко и Сухомлинского, но хочется чего-то современного, не "
    "про колонию.",
    "Работаю в сельской школе под Тюменью, в {{school|Покровской СОШ}}, всего 43 ученика. У меня совмещённый "
    "класс: второй и четвёртый вместе. {{name|Егорка}} из второго постоянно подсказывает четвероклассникам, а "
    "{{name|Настя Гусева}} из четвёртого из-за этого плачет. Как организовать урок так, чтобы никто не скучал?",
    "Здравствуйте, {{name|Марина Сергеевна}}!\nПишу Вам как своему наставнику. В пятницу на родительском собрании "
    "папа {{name|Кости Ермакова}} при всех обвинил меня в некомпетентности и сказал, что напишет в Департамент "
    "образования. Я не нашлась, что ответить. Можно ли обсудить это с Вами в среду?\nС "
    "уважением,\n{{name|Дарья Левченко}}, учитель истории, "
    "{{school|гимназия № 1520}}\n{{email|d.levchenko@gym1520.ru}}",
    "Что случилось за неделю:\n- {{name|Лиза}} из {{class|3 «А»}} опять забыла сменку;\n- {{name|Рома Тихонов}} "
    "подрался с {{name|Гошей}} в раздевалке;\n- в пятницу ёлка, костюмы не у всех;\n- родительский чат снова "
    "обсуждает подарки на Новый год.",
    "Кто-нибудь пробовал вести уроки через Сферум? У нас всё перевели туда, и звук постоянно пропадает.",
    "Мои восьмиклассники завели телеграм-канал с мемами про учителей. Администратор — {{handle|@krasny_kot_08}}, "
    "туда уже выложили моё фото с урока. Узнала, что ведёт его {{name|Серёжа Мельников}}. Говорить с ним напрямую "
    "или сразу идти к директору?",
    "Мама одной ученицы пишет мне гадости в комментариях ВКонтакте со своей страницы "
    "{{url|https://vk.com/id48215377}}. В школьный чат она не пишет, только туда. Как реагировать и надо ли вообще?",
    "Как объяснить шестиклассникам, чем Пётр I отличался от Ивана Грозного, не скатываясь в пересказ учебника? "
    "Хочу игру, а не лекцию.",
    "Вчера поговорила с {{name|Димой}} после уроков. Он признался, что {{name|Вике}} из параллельного класса "
    "угрожают старшеклассники. {{name|Вику}} я почти не знаю, её классная — {{name|Сабина Ринатовна}}. Стоит ли "
    "мне вмешиваться?",
    "Преподаю в колледже в Новосибирске, группа {{class|ТМ-21}}, первый курс, будущие механики. Студент "
    "{{name|Кравец}} на каждой паре сидит в телефоне и играет в «Танки». Забираю телефон — жалуется в учебную "
    "часть. Что посоветуете?",
    "Наша {{name|Ильинична}} из учебной части опять переставила мне окна в расписании, теперь у меня шестой урок в "
    "{{class|11 «Б»}} и сразу седьмой в {{class|5 «В»}} на другом этаже.",
    "Расскажу про одного мальчика, назову его {{name|Миша}}. {{name|Миша}} в третьем классе, читает по слогам, а "
    "мама уверена, что он просто ленится. Логопед говорит о дислексии. Как мне говорить с мамой, чтобы она "
    "услышала?",
    "Готовлю к Масленице спектакль по «Морозко». Дети хотят, чтобы звучала музыка из «Холодного сердца». Это "
    "нормально или слишком вольно?",
    "В {{school|лицее № 131}} я веду татарский язык. Мальчик {{name|Ильдар Сафин}} из {{class|10 «А»}} "
    "отказывается учить язык, говорит, что он ему не нужен для ЕГЭ. Его папа, {{name|Рустем Ильдарович}}, "
    "поддерживает сына. Как мотивировать?",
    "{{name|Петина}} бабушка каждый день забирает его после пятого урока, хотя он записан на продлёнку. А "
    "{{name|Танин}} папа, наоборот, приходит в восемь вечера, когда все уже ушли.",
    "Сколько времени у вас уходит на проверку тетрадей? Я трачу по три часа каждый вечер. Наставница "
    "{{name|Ирина Юрьевна}} советует проверять выборочно, но завуч против.",
    "Срочно: ребёнок из {{class|2 «Б»}} ушёл с продлёнки, мама не берёт трубку. Номер из анкеты — "
    "{{phone|8 (383) 214-56-09}}, номер папы — {{phone|8-913-002-44-71}}. Кому звонить сначала — в полицию или "
    "директору?",
    "{{name|Санька}} и {{name|Тёмка}} опять сорвали урок. С {{name|Санькой}} я договорилась, а {{name|Тёмку}} как "
    "будто ничего не берёт.",
    "У нас в {{class|4 «А»}} учится {{name|Роза Мирзоева}}, а в {{class|4 «Б»}} — её брат {{name|Лев}}. На "
    "празднике Осени дети дразнили их «цветочек и зверь».",
    "Протокол беседы.\nПрисутствовали: классный руководитель {{name|Смирнова А. В.}}, социальный педагог "
    "{{name|О. Н. Кузьмина}}, мать ученика {{name|Гордеева Е. П.}}\nОбсуждали пропуски {{name|Гордеева Максима}} "
    "({{class|8 «Д»}}) за сентябрь — 46 уроков без уважительной причины.\nРешили: мать обязуется контролировать "
    "посещаемость, классный руководитель ежедневно сообщает о пропусках через Электронный журнал.",
    "Вопрос по ФГОС: обязательно ли прописывать в рабочей программе УУД по каждому уроку? В Министерстве "
    "образования Новосибирской области говорят одно, а наш методический центр — другое.",
    "Для поездки на олимпиаду в Санкт-Петербург нужны данные сопровождающего. Скинула секретарю паспорт: серия "
    "{{document|5219}}, номер {{document|604512}}, ИНН {{document|540312345678}}. Потом прочитала, что так нельзя "
    "отправлять в мессенджере. Я сильно накосячила?",
    "Папа нового ученика — гражданин Франции, {{name|Жан-Пьер Мартен}}, пишет только по-английски на "
    "{{email|jp.martin75@gmail.com}}. Его сын {{name|Люка}} по-русски почти не говорит. Как выстраивать общение, "
    "если я английский знаю на школьном уровне?",
    "Я работаю в {{school|ГБОУ «Школа № 2107»}}, у нас пять корпусов, и меня поставили вести уроки в двух: в "
    "{{school|корпусе 1}} и в {{school|корпусе 4}}. Между уроками десять минут на переход. Это вообще нормально?",
    "{{name|Алина Рашидовна}}, можно я возьму ваш проектор на 3-й урок?",
    "Поделитесь, как вы проводите День учителя, если сами молодые учителя? У нас дети хотят устроить день "
    "самоуправления, а я боюсь хаоса.",
    "Пишу для себя. Сегодня {{name|Ярослава}} разрыдалась на уроке, когда я раздала контрольные. Я поставила ей "
    "«3», а она отличница. Потом подошла её подруга {{name|Милана}} и сказала, что дома {{name|Ярославу}} ругают "
    "за всё, что ниже пятёрки. Думаю, что надо с ней поговорить, но не знаю как.",
    "На уроке по «Евгению Онегину» {{name|Полина}} спросила, почему Татьяна не ушла к Онегину, и весь класс спорил "
    "двадцать минут. Мне понравилось, но тему я не прошла. Как совмещать живую дискуссию и программу?",
    "Живу и работаю в селе Ключи Алтайского края. Ученица {{name|Даша}} живёт по адресу "
    "{{address|ул. Школьная, 8}}, прямо напротив школы, но опаздывает каждый день. Мама работает на ферме с пяти "
    "утра.",
    "Читаю Выготского про зону ближайшего развития и не понимаю, как это применить на уроке химии в восьмом "
    "классе. Есть примеры?",
    "Уважаемые родители {{class|1 «В»}}! Завтра экскурсия в Дарвиновский музей, сбор в 8:30 у главного входа. "
    "Вопросы — мне в личку или по телефону {{phone|+7 (916) 555-12-34}}. {{name|Анна Викторовна}}",
    "Коллега по кафедре, {{name|Зинаида Павловна Круглова}}, при детях делает мне замечания: «{{name|Дашенька}}, у "
    "вас опять шумно». Детям смешно, мне обидно. Как ей сказать, чтобы не испортить отношения?",
    "Посоветуйте настольные игры для продлёнки. Уже есть «Монополия», «Уно» и «Каркассон», дети от них устали.",
    "Мой 9 класс делится на две компании: «ботаники» во главе с {{name|Гришей Лебедевым}} и «качки», у которых "
    "главный — {{name|Бык}}, то есть {{name|Никита Быков}}. На уроках они не разговаривают друг с другом совсем.",
    "Не пришла на дежурство {{name|Евгения Олеговна}}, я одна на трёх этажах. Что делать??",
    "По обмену к нам приехала девочка из Англии, {{name|Эмили Кларк}}, и её посадили ко мне в {{class|10 «В»}}. "
    "Ребята сначала пытались говорить с ней по-английски, а через неделю уже игнорируют.",
    "Нужна помощь с портфолио на аттестацию. Какие документы обязательны в Москве: грамоты, сертификаты, отзывы? "
    "Моя наставница {{name|Елена Борисовна}} говорит, что хватит открытых уроков, но я не уверена.",
    "Позвонила бабушка {{name|Ахмеда}} и сказала, что внук болеет, но я видела его днём в ТЦ «Мега». Говорить ли "
    "ей об этом?",
    "Бухгалтерия {{school|школы № 204}} просит у меня ИНН и СНИЛС для премии. Отправила: ИНН "
    "{{document|542506789012}}, СНИЛС {{document|154-876-321 40}}. Теперь переживаю, что отправила на обычную "
    "почту, а не через кадровика.",
    "Добрый вечер. Мне 23, я первый год классный руководитель {{class|6 «Е»}} в {{school|гимназии № 19}} Казани. В "
    "классе травят девочку, {{name|Амину}}: прячут вещи, пишут гадости в чате {{url|t.me/chat_6e_19}}. Заводила — "
    "{{name|Камила Нуриева}}, её поддерживают {{name|Эвелина}} и {{name|Айгуль}}. Я провела классный час по фильму "
    "«Чучело», дети посмотрели и… ничего не изменилось. Мама {{name|Камилы}} говорит, что её дочь «просто сильная "
    "личность». Завуч советует не раздувать. Я не знаю, куда двигаться дальше.",
    "Как отвечать детям, когда они спрашивают, сколько я зарабатываю? {{name|Тимур}} из {{class|8 «Г»}} спросил "
    "это при всех уже второй раз за неделю.",
    "{{name|Надежда}} из {{class|7 «А»}} — отличная девочка, но на контрольных у неё паника. Надежды на психолога "
    "нет, он у нас один на 1200 детей.",
    "Подскажите, как провести урок про Сталинградскую битву в классе, где у многих прадеды воевали, и не "
    "превратить его в сплошной пафос?",
    "Напоминаю: {{name|Богданов}} и {{name|Зайцева}} должны пересдать зачёт до 25 мая.",
]
ROUND_4D_ENGLISH = [
    "Hi all, ECT in a secondary in Manchester. My {{class|Year 9R}} group are lovely except for one lad, "
    "{{name|Kieran Walsh}}, who's started refusing to take his coat off and answering back. His head of year, "
    "{{name|Mr Okafor}}, says to log it on CPOMS and move on, but I feel like something is going on at home. How "
    "do I raise it without overstepping?",
    "Does anyone have a good scheme of work for An Inspector Calls? I'm struggling to make Mr Birling interesting "
    "for a bottom set and the AQA mark scheme isn't helping.",
    "{{name|Jo}} can you cover my duty at break? {{name|Priya}}'s off sick and I've got {{class|8X1}} straight after.",
    "To: {{name|Mrs H. Fletcher}}, Headteacher\nFrom: {{name|Tom Barker}}, Class Teacher, {{class|Class 3B}}\nRe: "
    "Incident on 12 March\nDuring afternoon play, {{name|Oliver Grant}} pushed {{name|Lily-Mae Hughes}} off the "
    "climbing frame. {{name|Lily-Mae}} grazed her knee and was seen by the first aider, {{name|Mrs Dunn}}. Both "
    "parents were informed at pick-up. I would appreciate guidance on whether this should be recorded as a "
    "bullying incident, as it is the third this half term.",
    "Date: 4/11\nLocation: Science block, {{school|Building 2}}\nStudents involved: {{name|Ayaan Malik}} "
    "({{class|10Y3}}), {{name|Harvey Cole}} ({{class|10Y3}})\nWhat happened: Bunsen burner left on, "
    "{{name|Harvey}}'s sleeve caught alight, put out immediately.\nAction taken: first aid, parents called, "
    "reported to {{name|Dr. Evans}} (Head of Science).\nQuestion: should I have stopped the practical earlier?",
    "Phone call with {{name|Ms Reynolds}}, mum of {{name|Jayden}} ({{class|Year 4C}}), "
    "3.15pm:\n{{name|Ms Reynolds}}: He says you shouted at him in front of everyone.\nMe: I did raise my voice "
    "because he was standing on the table.\n{{name|Ms Reynolds}}: Well, that's not what {{name|Jayden}} told "
    "me.\nI offered a meeting with the SENCo, {{name|Mrs Adeyemi}}. Did I handle it right?",
    "Anyone else doing Romeo and Juliet with Year 10 this term? I want to show the Baz Luhrmann version but not "
    "sure if it's too much for a Monday morning.",
    "I've got a {{name|Hope}}, a {{name|Grace}} and a {{name|Faith}} in the same Year 2 class, and the other kids "
    "have started calling them 'the church girls'. Is this worth addressing or will it blow over?",
    "Probationer in a primary in Glasgow. My P6 class is doing a Burns Night project and one wee boy, "
    "{{name|Callum}}, keeps saying it's boring because 'Rabbie Burns was just a drunk'. His mum, "
    "{{name|Mrs McAllister}}, then emailed me from {{email|s.mcallister82@btinternet.com}} complaining about the "
    "topic. Any advice on handling it without making it a big thing?",
    "I've just started at {{school|Ysgol Gymraeg Pen-y-Dre}} in Cardiff and a parent, {{name|Rhys ap Gwilym}}, "
    "keeps messaging me in Welsh late at night on ClassDojo. My Welsh is fine but I don't want to answer at 11pm. "
    "What's normal here?",
    "Can someone explain Rosenshine's principles in plain English? My mentor keeps saying 'daily review' and I "
    "just nod along.",
    "A parent came into reception demanding to speak to me and left a note with her address, "
    "{{address|27 Hawthorn Close}}, saying I should 'come round and explain'. I obviously won't, but should I pass "
    "this to the DSL?",
    "Just had a call from a withheld number and then a text from {{phone|07700 900461}} saying 'stay away from my "
    "son'. I think it's {{name|Mason}}'s dad, after I kept {{name|Mason}} behind on Friday. Do I report to the "
    "head or the police first?",
    "Dear {{name|Ms Kowalczyk}},\nThank you for meeting me on Thursday. As discussed, {{name|Zofia}} will have "
    "extra reading support with {{name|Mr Ahmed}} on Tuesdays and Thursdays, and we'll review at the end of "
    "term.\nKind regards,\n{{name|Hannah Lewis}}\nClass Teacher, "
    "{{class|Year 2L}}\n{{school|Brookfield Primary School}}",
    "Things to sort before parents' evening:\n- chase {{name|Ellie}}'s mum re: trip money\n- speak to "
    "{{name|Mr Patterson}} about {{name|Noah}}'s EHCP\n- print reports for {{class|7K}}\n- book room 14 for "
    "{{name|Aisha Begum}}'s interpreter",
    "Is it just me or has Sparx Maths made homework arguments worse? Half my class say it's 'broken' every single "
    "week.",
    "A group of Year 11s made a TikTok account, {{handle|@missh_impressions}}, doing impressions of me. The "
    "accents are... not kind. I know who runs it, {{name|Tyler Brooks}}, because he showed his mates in my lesson. "
    "What's the right route here?",
    "Found a pupil's Instagram, {{url|https://www.instagram.com/lexi.m_2010}}, while checking something else. "
    "She's posting photos in uniform with the school badge visible. Do I tell her tutor or the safeguarding lead?",
    "How do you teach the causes of WW1 to Year 9 without just writing MAIN on the board? Looking for something "
    "more active.",
    "I teach Level 2 plumbing at {{school|Northgate College}} and one learner, {{name|Dev}}, keeps turning up on "
    "site without his PPE. He says he can't afford new boots. Who do I speak to about hardship funds?",
    "I'm the only KS2 teacher in a tiny rural primary in North Yorkshire: 38 children, mixed Year 3 to 6. "
    "{{name|Alfie}} and his sister {{name|Bea}} live on a farm and miss school every lambing season. Their dad, "
    "{{name|Mr Thornton}}, says it's 'always been that way'. How do I handle attendance without damaging the "
    "relationship with a family everyone in the village knows?",
    "We've got an Ofsted deep dive in history next week. What do inspectors actually ask ECTs? I'm panicking.",
    "{{name|Chidi}}'s mum emailed to say he won't be in for the mocks because of Eid. Head of Year, "
    "{{name|Ms T. Green}}, says it should be authorised but the exams officer disagrees. Who's right?",
    "I'll call her {{name|Poppy}} to keep it anonymous. {{name|Poppy}} is in Year 5 and has started hiding food "
    "from lunch in her bag. When I asked gently, she said there's 'nothing at home'. I've logged it, but what else "
    "should I be doing?",
    "Recommendations for a class reader for Year 6? We've done Wonder, Holes and Kensuke's Kingdom. "
    "{{name|Mrs Wright}}, my year partner, says Skellig, but I'd love something newer that isn't Harry Potter.",
    "World Book Day disaster. {{name|Freddie}} came as Dr Seuss's Cat in the Hat and {{name|Marcus}} laughed at "
    "him until he cried. Marcus Rashford's book was our class read last term, so I talked about kindness, but "
    "{{name|Marcus}} (ours, not that one!) just shrugged.",
    "Dear Governors,\nI am writing on behalf of the English department at {{school|Hollins Park High School}} "
    "regarding the proposed cuts to the library budget. Reading for pleasure has risen every year since we joined "
    "the Accelerated Reader programme, and losing our librarian would undo that work.\nYours "
    "faithfully,\n{{name|Dr. Samuel Osei}}, Head of English",
    "{{name|Nat}}, is {{class|11C2}} in the hall or in S12 today?",
    "How strict should I be with phones in Year 12 Psychology? They're 16 and 17 and use them for Quizlet, but "
    "{{name|Ethan}} in {{class|12P1}} was on Snapchat during the Milgram video and said it was 'for research'.",
    "Has anyone used Google Classroom with Year 1? Our trust wants us to post daily, but the kids can barely log "
    "in to a tablet. {{name|Miss Kaur}} in the other class has just given up.",
    "I'm at {{school|St Ninian's Primary}} on the south side of Glasgow. A parent, {{name|Mr Ferguson}}, keeps "
    "turning up in my classroom at 8.30 without an appointment. Yesterday he brought his wee girl {{name|Isla}}'s "
    "jotter and demanded I remark it. Do I have the right to say no?",
    "New arrival from Ukraine, {{name|Oleksandr Kovalenko}} ({{name|Sasha}}), joined {{class|Year 7P}} last week "
    "with almost no English. His mum, {{name|Iryna}}, uses Google Translate for everything. Any tips for EAL "
    "support beyond Flash Academy?",
    "Looking for advice on Bloom's taxonomy questions for a Year 8 science lesson on the particle model. I keep "
    "writing 'describe' questions and never get any higher.",
    "For the residential trip to Kingswood, the emergency contact for {{name|Ruby Thompson}} is her gran, "
    "{{name|Pat Thompson}}, on {{phone|0161 496 0732}}. Mum's email is {{email|kthompson.home@outlook.com}}. Is it "
    "OK to keep these on my personal phone during the trip, or should I only use the school phone?",
    "Reflection, week 6. Lesson with {{class|Form 8W}} went badly again. I tried the seating plan my mentor "
    "suggested, splitting {{name|Connor}} from {{name|Reece}}, but they just shouted across the room instead. I "
    "lost my temper and gave the whole class a detention, which felt unfair on {{name|Summer}} and the quiet ones. "
    "Tomorrow: apologise, restart, be consistent.",
    "Any good strategies for teaching fractions to Year 4 using Numicon? I feel like I'm just waving bits of "
    "plastic around.",
    "Teaching at {{school|Kingsbridge Academy}} in east London. During Ramadan a few of my Year 10s are falling "
    "asleep in period 5. {{name|Yusuf}} told me he's up at 3am for suhoor. Do I change anything or leave it?",
    "There's a boy in my tutor group everyone calls '{{name|Tank}}'; his real name is {{name|Thomas Tankard}}. "
    "He's started insisting teachers use it too. Do I?",
    "Home visit log: {{name|Kayla Davies}}, {{address|Flat 3, 14 Clive Street}}, Grangetown. Mum present, no "
    "answer about attendance. Next visit scheduled with the EWO.",
    "My mentor, {{name|Dr. Lisa Chen}}, observed me teaching Macbeth to {{class|Year 11X}} and said my questioning "
    "was 'closed'. She suggested I read Doug Lemov. Where do I start?",
    "{{name|Mr Bishop}} (our deputy head) told me I can't take {{class|Year 6B}} to the Science Museum without a "
    "risk assessment signed by {{name|Mrs Rice}}. I didn't know this was a thing. Is it standard?",
    "What's the deal with GCSE resits at FE colleges? I've got a maths resit group of 19-year-olds who've failed "
    "twice and hate me on principle. One of them, {{name|Kyle}}, told me he's 'only here for the bursary'.",
    "Me: {{name|Leah}}, can you tell me what happened at lunch?\n{{name|Leah}}: {{name|Megan}} said I smell and "
    "everyone laughed.\nMe: Did anyone else hear it?\n{{name|Leah}}: {{name|Josh}} and {{name|Amira}}.\nShould I "
    "speak to {{name|Megan}} first or to the witnesses?",
    "A Year 9 posted my home address, {{address|56 Heathwood Road}}, in a Snapchat group. The account is "
    "{{handle|@dylz.w09}}. I've told the head. What else should I do to protect myself?",
    "Quick question: is it appropriate to hug a crying Reception child? {{name|Ivy}} sobs every morning at the "
    "gate; the TA says no hugs, but the head says it's fine.",
    "Register issue: I have two {{name|Olivia}}s in {{class|Year 3W}}, {{name|Olivia Jones}} and "
    "{{name|Olivia Price}}, and the supply teacher mixed up their reading records. Now {{name|Olivia P.}}'s mum is "
    "furious.",
    "I teach A-level Sociology at a sixth form college in Manchester. A student, {{name|Bethany}}, handed in an "
    "essay on Durkheim that I'm 90% sure came from ChatGPT. Turnitin didn't flag it. How do I approach her?",
    "Does anyone else find the Early Career Framework modules pointless? I've got Friday afternoons 'off' for "
    "training that repeats what I did on my PGCE.",
    "From {{name|Mr D. Whitfield}}, Head of Year 8: please keep an eye on {{name|Lucas}} in {{class|8W2}}; family "
    "bereavement over half term. Do not mention it in class.",
    "One of my TAs, {{name|Bernie}}, keeps doing the work for {{name|Harrison}}, who has an EHCP for dyslexia. "
    "When I raised it, {{name|Bernie}} said {{name|Mrs Walsh}} (the SENCo) told her to. Who do I talk to?",
    "How do I deal with a class that keeps quoting Skibidi Toilet and doing Fortnite dances every time I turn to "
    "the board? Year 5, otherwise lovely.",
    "Parents' evening, 6.40pm.\nDad ({{name|Mr Nowak}}): Why is {{name|Kacper}} in the bottom set? He was top in "
    "Poland.\nMe: It's mainly his English; his maths is strong.\nDad: Then move him.\nI said I'd talk to "
    "{{name|Ms Hart}}, head of maths. Was that promising too much?",
    "What's a reasonable amount of marking per week for an ECT on a 90% timetable? My school says 'as needed', "
    "which means everything.",
    "Hi {{name|Rachel}}, {{name|Grace Miller}} in {{class|Year 10G}} has been off for two weeks, mum not answering "
    "on {{phone|07911 123456}}. Can you chase? Thanks, {{name|Ben}}",
    "{{name|Miss Hall}}'s class ({{class|Year 1H}}) got the new iPads and mine didn't. Is it worth asking?",
]
