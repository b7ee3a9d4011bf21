"""Texts written for round 4 of the de-identifier by a fifth author
(part of the TUNED part once read): Mon Nov 30 02:39:23 UTC 2026,
written without reading the rules or held-out batch 4."""

ROUND_4E_RUSSIAN = [
    "Коллеги, нужен совет. В моём {{class|7 «Б»}} есть мальчик, {{name|Тимофей}}, который на каждом уроке встаёт и "
    "бродит по кабинету. Мама говорит, что дома то же самое. Классный руководитель, {{name|Ольга Петровна}}, "
    "считает, что это возраст и само пройдёт. Я в школе второй год и не понимаю, когда уже пора звать психолога.",
    "{{name|Анна Сергеевна}}, добрый вечер! Это {{name|Лиза Кравцова}} из {{class|10А}}. Я не смогу прийти на "
    "консультацию в четверг, можно перенести на пятницу?",
    "Служебная записка. Довожу до сведения администрации {{school|ГБОУ «Школа № 2091»}}, что 14 октября на уроке "
    "химии в {{class|9-м «Г»}} классе обучающийся {{name|Рустам Галиев}} получил ожог кисти. Первую помощь оказала "
    "медицинская сестра {{name|Зайцева Т. Н.}} Учитель химии {{name|Белов Д. А.}}",
    "Подскажите, как вы готовите к ОГЭ по русскому? В этом году в КИМ опять поменяли сочинение, а демоверсия ФИПИ "
    "вышла только в ноябре. Пользуюсь «Решу ОГЭ» и сборником Цыбулько, но детям скучно до зевоты.",
    "Родительское собрание в {{class|5 «А»}} прошло тяжело. Отец {{name|Вовы}} кричал, что я занижаю оценки, а "
    "{{name|Колина}} мама его поддержала. Завуч {{name|Смирнова}} потом сказала, что надо было сразу закрывать "
    "собрание и переносить разговор в кабинет директора.",
    "Читаем в 9 классе «Евгения Онегина», дошли до письма Татьяны. Как сделать так, чтобы подростки не хихикали "
    "над Ленским и его стихами? Может, есть хорошие уроки на «Российской электронной школе»?",
    "Сегодня на перемене подошла к {{name|Петровичу}}, нашему трудовику, и попросила помочь с {{class|8 «В»}}. А "
    "он говорит: у меня они шёлковые, это у тебя авторитета нет. Обидно, но, может, он прав?",
    "Если что-то срочное, пишите мне на {{email|m.yakovleva.teach@mail.ru}} или звоните по номеру "
    "{{phone|+7 916 482-37-15}}. С уважением, {{name|Мария Яковлева}}",
    "Для путёвки в лагерь на {{name|Даниила Орлова}} нужно собрать: СНИЛС {{document|112-233-445 95}}, полис ОМС "
    "{{document|7751234567890123}}, паспорт матери серия {{document|45 12}} номер {{document|654321}}. Всё "
    "отправила секретарю.",
    "{{name|Сашенька}} сегодня опять плакала на продлёнке. Я спросила у {{name|Саши}}, что случилось, и она "
    "сказала, что {{name|Настя}} с {{name|Викой}} не берут её в игру. С {{name|Настей}} я поговорила, а "
    "{{name|Викиным}} родителям пока не звонила — боюсь сделать хуже.",
    "Вопрос по ФГОС: обязательно ли в рабочей программе по биологии расписывать УУД для каждого урока? В Москве "
    "методисты требуют, а коллеги из Казани говорят, что нет. Приказ Минпросвещения нашла тут: "
    "https://edu.gov.ru/activity/main_activities/ — но конкретики там ноль.",
    "Я работаю в {{school|лицее № 1517}}, в {{school|корпусе 3}} на {{address|ул. Маршала Бирюзова, д. 22}}, там "
    "только начальная школа. Нас, молодых, трое, и наставник одна на всех.",
    "Кто в телеграме ведёт канал про формирующее оценивание? Мне советовали {{handle|@ocenka_bez_straha}}, но там "
    "давно тишина. Ещё есть группа: {{url|https://vk.com/club_molodoy_pedagog_spb}}.",
    "Вчера была на открытом уроке у {{name|Елены Викторовны Соколовой}}. Впечатлило, как она работает с "
    "{{name|Гришей}}: у него СДВГ, но за сорок минут он ни разу не выкрикнул с места.",
    "Приказом директора {{name|Лаптевой И. В.}} молодому специалисту {{name|Н. С. Гусевой}} назначен наставник — "
    "учитель высшей категории {{name|Р. М. Ахмедов}}.",
    "Январь у нас — месяц пробников. В понедельник ВПР по математике, во вторник по окружающему миру, в среду "
    "приезжает комиссия из Департамента образования. Когда учить детей — непонятно.",
    "Бабушка {{name|Ильи}} оставила номер {{phone|8 (903) 555-12-40}}, мама трубку не берёт уже неделю. Звонить "
    "бабушке или это не по правилам?",
    "У нас в {{class|6 «Д»}} есть мальчик по прозвищу {{name|Бублик}}, настоящее имя {{name|Богдан}}. Он сам "
    "просит так себя называть, даже в журнале хотел переписать. Поддерживать или нет?",
    "Назову ученицу условно {{name|Вера}}, чтобы не раскрывать. {{name|Вере}} тринадцать, она перестала сдавать "
    "тетради и сидит на уроках в капюшоне. Родители на связь не выходят.",
    "Сравнивали с детьми «Капитанскую дочку» и «Дубровского». Маша Миронова и Маша Троекурова — две героини, две "
    "судьбы. Гринёв и Пугачёв вызвали больше споров, чем я ожидала.",
    "Семья переехала, новый адрес: {{address|ул. Гагарина, д. 17, кв. 94}}, но {{name|Полина}} пока ходит к нам. "
    "Дорога занимает час в одну сторону.",
    "Мама ученицы, {{name|Ирина Ковалёва-Штерн}}, написала жалобу в управление образования. Сказали, что проверка "
    "будет в марте.",
    "Тема: замена в {{class|11Б}} на 3-м уроке ({{name|Гаврилов}} на больничном)",
    "Какие есть приёмы по Выготскому для старших классов — зона ближайшего развития там вообще работает? Читала "
    "Эльконина и Давыдова, но практики мало. Работаю в маленьком городе под Тверью.",
    "Дежурство по столовой:\n— понедельник: {{name|Кириллов}}, {{name|Мухина}}\n— вторник: {{name|Захаров}}, "
    "{{name|Тимошенко}}\n— среда: {{name|Ли}}, {{name|Бондарь}}",
    "Для выплаты за классное руководство бухгалтерия просит ИНН: {{document|771234567890}}. "
    "{{name|Галина Ивановна}}, передайте, пожалуйста, в отдел кадров.",
    "После РГПУ имени Герцена пошла работать в {{school|гимназию «Эрудит»}}. Думала, что в гимназии дети "
    "мотивированные. Ха.",
    "Кто пользуется одновременно «Яндекс Учебником» и Учи.ру? В Сферуме дети теряют задания. Завтра в 15:00 "
    "вебинар от Академии Минпросвещения, может, там объяснят.",
    "Уважаемый {{name|Артур Рашидович}}! Ваш сын {{name|Тимур}} третий день не приходит на уроки. Прошу связаться "
    "со мной до пятницы.",
    "Меня зовут {{name|Дарина}}, я учитель английского. Вопрос про ученика {{name|Ярослава Белоусова}} из "
    "{{class|8 «Е»}}: он отказывается говорить вслух, только пишет. Что делать на устной части?",
    "План на апрель для {{class|9 «Б»}}: 1) повторение темы «Электролиз»; 2) доклад о Менделееве; 3) подготовка к "
    "олимпиаде «Ломоносов». Ответственная — {{name|Шевченко}}.",
    "{{name|Ахмедова}} опять без формы. Пятый раз за месяц. Записку в дневник писать бесполезно, дневник она "
    "«забывает».",
    "Эссе присылайте на {{email|zhukova.en@school1243.ru}} до пятницы. Опоздавшие получают минус балл. "
    "{{name|Жукова Е. Н.}}",
    "У {{name|Сони}} и {{name|Миши}} родители в разводе, и каждый забирает детей в разные дни. Вчера пришли оба, "
    "устроили сцену прямо у раздевалки.",
    "Почему в Санкт-Петербурге осенние каникулы начинаются раньше, чем в Новосибирске? На сайте Комитета по "
    "образованию расписания четвертей не нашла.",
    "Мои разработки лежат тут: {{url|https://infourok.ru/user/morozova-tatyana-alekseevna}}, берите, если пригодится.",
    "Классный час в {{class|3 «Г»}} провела {{name|Вероника Андреевна}}, я только помогала с презентацией.",
    "Старшеклассники зовут нашу химичку просто {{name|Сергеевна}}, и она это терпит. А меня за глаза зовут "
    "«практикантка», хотя я уже два года работаю.",
    "«Неделя математики — 2026». Ответственные: МО учителей математики. В программе конкурс «Кенгуру», викторина "
    "«Пифагор и его штаны» и турнир по Судоку.",
    "Ученица {{name|Маргарита}} ({{class|9 «А»}}) рассказала, что её травят в чате класса. Скриншоты прислала. "
    "Кому передавать — соцпедагогу или сразу в полицию?",
    "В {{school|Центре образования № 1427}} три здания, я веду уроки в {{school|корпусе 4}}, а столовая — в "
    "основном. На переменах бегаю через двор.",
    "Перечитала «Педагогическую поэму» Макаренко. Кто-то применяет его идеи сейчас? Или всё это осталось в СССР "
    "вместе с колониями?",
    "{{name|Катюш}}, не переживай из-за {{name|Лёвы}}. Он со всеми молодыми так. Я {{name|Льва}} знаю с первого "
    "класса, к весне оттает.",
    "Мальчик живёт в Подольске, {{address|ул. Кирова, д. 3, кв. 8}}, в школу его возит отчим.",
    "Телефон социального педагога: {{phone|+7 (495) 318-44-02}}, в телеграме {{handle|@socped_orlova}}. Звоните с "
    "9 до 16.",
    "Сентябрь — самый тяжёлый месяц. День знаний, «Кросс нации», Всероссийский диктант, ещё и аккредитация. "
    "Держитесь, коллеги!",
    "Данные для заявления: паспорт {{document|45 06 123456}}, выдан ОВД района Хамовники. Ребёнок — "
    "{{name|Кузнецова Алиса}}, {{class|1 «В»}}.",
    "Вопрос от {{name|Марии Ильиничны}}: можно ли ставить двойку за списывание с телефона? Она сидит на "
    "{{class|10Б}} и говорит, что половина класса списывает.",
    "У меня в кабинете висит портрет Чехова, и {{name|Егорка}} из {{class|2 «Б»}} спросил, не мой ли это дедушка.",
    "Конкурс чтецов: {{name|Алисе}} — Цветаева, {{name|Матвею}} — Есенин, {{name|Зарине Хасановой}} — Ахматова. "
    "Репетиции по средам.",
    "Кто знает, как оформить командировку на семинар в Ярославль? Бухгалтерия ссылается на положение, а в "
    "положении про ИРО ни слова. Завуч {{name|Полякова}} говорит: «Езжай за свой счёт».",
    "ХАРАКТЕРИСТИКА на обучающегося {{class|4 «В»}} класса {{name|Федорова Никиту Алексеевича}}, 2016 г. р. "
    "Мальчик спокойный, усидчивый, друзей в классе немного.",
    "Спасибо {{name|Юлии Михайловне}} за помощь с журналом! Без неё я бы не разобралась в «Моей школе».",
    "Олимпиада по истории: вопросы про Петра I, Екатерину II и Столыпина. Дети в {{class|8 «А»}} путают даты "
    "реформ. Посоветуйте хорошие карточки на Quizlet.",
    "Пишу от лица {{name|Ольги}}, она сама стесняется. У {{name|Оли}} в классе девочка, которая режет руки.",
    "Директор, {{name|Сан Саныч}}, разрешил провести урок в парке, но {{name|Крылова}} из методкабинета "
    "потребовала письменный план.",
    "Завтра в актовом зале встреча с ветеранами. Просьба к классным руководителям 5–7 классов привести детей к "
    "11:30. Ответственная — {{name|Ершова Н. В.}}",
    "{{name|Гульнара Ринатовна}} попросила меня взять {{class|6 «Б»}} на время её отпуска. Пишу ей в WhatsApp — "
    "{{phone|+7 917 204 55 61}}, не отвечает.",
    "Посмотрите проект «Школа Минпросвещения России» — там новые требования к оснащению кабинетов. Подробности на "
    "https://edu.gov.ru/press/ в разделе новостей.",
    "В {{school|школе № 8}} города Коврова {{name|Максим}} учился хорошо, а к нам пришёл с тройками. Мама говорит, "
    "что виноват переезд.",
]

ROUND_4E_ENGLISH = [
    "Hi all, ECT here. I've got a Year 9 group that's mostly lovely, but one boy, {{name|Jayden}}, talks over me "
    "every lesson. My mentor, {{name|Mrs Okafor}}, suggested a new seating plan. Any other ideas?",
    "Re: {{name|Amira}}'s behaviour in {{class|Year 8R}} on Tuesday",
    "INCIDENT REPORT — {{school|Hollinwood Academy}}. Pupil: {{name|Kacper Nowak}} ({{class|Form 7T}}). Staff "
    "present: {{name|Mr D. Whitfield}}, {{name|Ms Ahmed}}. Summary: pupil left the classroom without permission "
    "and was found in the car park.",
    "Does anyone have a good scheme of work for Macbeth? Our exam board is AQA and the GCSE mocks are in January. "
    "I'd love something that links to the Globe's online resources.",
    "{{name|Priya}} and {{name|Tomasz}} were arguing again in {{class|10M3}}, and this time it got physical. I "
    "separated them but I'm not sure I followed the policy properly.",
    "I teach {{class|grade 6A}} at {{school|Lincoln Middle School}}. A parent keeps calling my cell from "
    "{{phone|(312) 555-0187}} late at night. Is that normal in the US?",
    "{{name|Mr O'Sullivan}} asked me to keep an eye on {{name|Ellie Harper-Jones}} during lunch duty. She's been "
    "eating alone for weeks.",
    "Ofsted came last week. The inspector asked about curriculum intent and mentioned the DfE's new guidance on "
    "attendance. Anyone else found them fixated on reading?",
    "My class this year: {{name|Oluwaseun}}, {{name|Nguyen Thi Lan}}, {{name|Siobhan}}, {{name|Mehmet}} and "
    "twenty-six others. Learning to pronounce every name properly was my first goal and I'm proud I managed it.",
    "If there's an emergency on the trip, call me on {{phone|07700 900461}} or the school office on "
    "{{phone|+44 20 7946 0321}}.",
    "The family has moved to {{address|27 Wellington Crescent}}, so {{name|Theo}} will be getting the 42 bus now. "
    "Please be patient if he's late.",
    "I've just been offered a job at {{school|St Bartholomew's C of E Primary School}}! Reception class, starting "
    "in September. Terrified.",
    "I'm an English teacher at {{school|School No. 12}} in Almaty, {{school|Building 2}}. Our students are "
    "trilingual and I feel like the least qualified person in the room.",
    "Happy to share my knowledge organisers — DM me on X, {{handle|@msrahman_teaches}}.",
    "Connect with me here: {{url|https://www.linkedin.com/in/daniel-mwangi-edu}}. I also moderate "
    "{{url|https://www.facebook.com/groups/earlycareerteachersuk}} if you want peer support.",
    "I'll call her '{{name|Rose}}' to keep her anonymous. {{name|Rose}} is eleven and has started refusing to "
    "change for PE.",
    "Week 3 of Spring term. Planning a unit on the Tudors: Henry VIII, the Reformation, the dissolution of the "
    "monasteries. Any tips for making Thomas Cromwell interesting to Year 8?",
    "The educational psychologist, {{name|Dr. A. Lindqvist}}, will be in on Thursday to assess {{name|Finley}}.",
    "{{name|James}}'s mum waited outside {{name|Mrs Chen}}'s room for an hour after school. Nobody had told her "
    "the meeting was cancelled.",
    "Tried Kahoot, Quizlet and Google Classroom this term. Microsoft Teams crashes every Monday morning. What does "
    "your school use for homework?",
    "{{name|Patterson}} refused to take his coat off again. Third time this week. I've logged it on CPOMS.",
    "Detention list for Friday:\n- {{name|Callum Reid}} ({{class|9X2}})\n- {{name|Leah Brooks}} ({{class|9X2}})\n- "
    "{{name|Ibrahim Yusuf}} ({{class|9Y1}})",
    "Everyone calls him {{name|Smudge}}, even the dinner ladies. His real name is {{name|Samuel}} and he hates it. "
    "Should I use the nickname on the register?",
    "Anyone doing the NPQLT through Ambition Institute? The modules on Rosenshine and Sweller are great, but the "
    "deadlines clash with parents' evening in March.",
    "{{name|Ms. Rodriguez}}, our AP, gave me her cell — {{phone|+1 415 555 0134}} — and said text any time. Is it "
    "weird that I feel guilty texting her?",
    "Please send cover work to {{email|j.harding@oakfieldprimary.org.uk}} by 8am.",
    "Hi {{name|Sophie}}, it's {{name|Gareth}} from the maths department. Could we swap rooms on Wednesday? "
    "{{class|Year 11S}} have their mock in the hall.",
    "The KS2 SATs timetable is out: reading on Monday, SPaG on Tuesday. Access arrangements guidance is on gov.uk: "
    "https://www.gov.uk/government/organisations/standards-and-testing-agency",
    "New EAL arrivals this week: {{name|Dmitri Volkov}} from Kharkiv and his cousin {{name|Artyom}}. Their aunt, "
    "{{name|Natalia Ivanovna}}, translates for the family.",
    "I took over {{class|class 5B}} from {{name|Mr Adeyemi}} in November, and the children still compare "
    "everything I do to him.",
    "Observed {{name|Hannah}} teaching {{class|7C}} today. Strong start, lost pace after the starter. Next step: "
    "shorter instructions.",
    "Reading Lord of the Flies with my Year 10s. Piggy, Ralph and Jack — half the class thinks Golding was too "
    "harsh on Piggy.",
    "Safeguarding concern logged by {{name|K. Mensah}} re: {{name|Zara Ali}}, {{class|Year 6B}}. Referred to the "
    "DSL at 14:20.",
    "{{name|Mr de Souza}} has offered to mentor me, but my official mentor is {{name|Mrs Van der Berg}}. Would it "
    "be rude to accept both?",
    "Our trust has moved to the Oak National Academy curriculum for science. Is it just me, or are the slides very "
    "text heavy? Does the Royal Society of Chemistry still run teacher CPD in the North West?",
    "{{name|Aoife}} and {{name|Niamh}} are twins and swap seats to confuse supply teachers. Honestly, respect.",
    "Subject: INSET day Monday 5 January — agenda\n09:00 Welcome (Main Hall)\n09:30 Behaviour Policy "
    "refresh\n11:00 SEND update from the Local Authority\n13:00 Department time",
    "{{name|Chidi}}'s dad rang the office on {{phone|0161 496 0723}} asking why his son was kept behind.",
    "I'm {{name|Laura}}, second-year RE teacher at {{school|Westbrook Primary}}. Looking for advice on teaching "
    "Diwali and Eid to a class where nobody celebrates either.",
    "Just finished marking sixty essays on Of Mice and Men. Steinbeck would weep. Off to Tesco for wine and Maltesers.",
    "I teach {{class|grade 4B}} in Phoenix. {{name|Mr. Hernandez}}, our principal, wants every kid reading at "
    "grade level by May, which is not happening.",
    "The home visit is at {{address|1207 Maple Avenue}}, apartment upstairs. {{name|Tyrell}}'s grandmother will be "
    "there.",
    "Does Piaget still matter? My PGCE tutor at Leeds, {{name|Dr. Hollis}}, loved him, but my mentor says "
    "cognitive load theory has replaced everything.",
    "{{name|Harry}} in {{class|Year 4P}} will only answer to Harry Potter this week. Is this a hill worth dying on?",
    "Parents' evening notes: {{name|Mrs Kowalski}} and {{name|Mr Brennan}} both raised the homework load. "
    "{{name|Ngozi Eze}}'s father asked about the grammar school test.",
    "Half term is the last week of October. Then Bonfire Night, then Remembrance Sunday, then mocks. November is "
    "brutal.",
    "Form tutor: {{name|Ms Fitzgerald-Lowe}}. Head of Year: {{name|Mr Barnes}}. Please direct all queries to them.",
    "{{name|Kwame}}'s parents prefer email: {{email|kwame.asante.parent@gmail.com}}. Don't use the phone number on "
    "SIMS, it's out of date.",
    "Our head, {{name|Mrs Aldridge}}, wants everyone on Bromcom by Easter because SIMS is being switched off. "
    "Training is on the Thursday before the holidays in the ICT suite.",
    "Thanks {{name|Raj}}! Could you also cover {{class|Year 11S}} period 4? I'll owe you a coffee.",
    "{{name|Dr. Whitaker}}'s report says {{name|Oscar}} has a processing delay, but the school hasn't put anything "
    "in place yet.",
    "Quick poll: who teaches the Industrial Revolution through Manchester's cotton mills? I'm planning a trip for "
    "{{class|Year 9H}} to the Science and Industry Museum in June.",
    "{{name|Kaito Tanaka}} and {{name|Fatima}} finished the project early, so I let them help the others. Was that "
    "a mistake?",
    "My Russian colleague calls her son {{name|Misha}}, but at {{school|Riverside Academy}} he's registered as "
    "{{name|Mikhail Petrov}}. The kids keep asking which one is right.",
    "Tips for a new teacher in Texas? STAAR testing is in April, the district wants lesson plans in Canvas, and I "
    "don't know which Texas Education Agency updates I actually need to read.",
    "{{name|Mr Singh}} and {{name|Ms Baptiste}} are running the Duke of Edinburgh expedition this year. Sign-up "
    "sheets are outside {{name|Mr Singh}}'s office.",
    "Follow our class on Instagram: {{handle|@year5_at_greenfield}} — no faces, just work!",
    "Thank you for the lovely card, {{name|Mrs Abara}}. {{name|Deji}} was a joy to teach in {{class|Year 3K}}.",
    "Our science department lives in {{school|Building 2}} of {{school|Castlefield Academy}}, which means a "
    "ten-minute walk from the staffroom. {{name|Bartosz}} from {{class|8P1}} always volunteers to carry the "
    "equipment, bless him.",
    "Cover teacher's notes: {{name|Lewis}} was rude, {{name|Maddie}} was helpful, {{name|Zain}} did no work. "
    "Worksheets in the tray. — {{name|B. Ogunleye}}",
]
