"""Texts written for tuning round 5 of the de-identifier by another author (part of the TUNED part):
Mon Nov 30 03:10:47 UTC 2026, written without reading the rules or held-out batch 5; focused on layouts of
contacts, numbers, links, schools and classes."""

ROUND_5B_RUSSIAN = [
    "Добрый день! Я классный руководитель {{class|7 «Б»}} в {{school|школе №57}}. Мама {{name|Дениса Ковалёва}} "
    "просит связываться с ней только по телефону {{phone|+7 (916) 123-45-67}}, после 18:00 и не в выходные.",
    "Анкета для летнего лагеря\n"
    "ФИО ребёнка: {{name|Прохорова Алина Сергеевна}}\n"
    "Класс: {{class|10А}}\n"
    "СНИЛС: {{document|123-456-789 01}}\n"
    "Полис ОМС: {{document|7755 1234 5678 9012}}\n"
    "Адрес регистрации: г. Тула, {{address|ул. Советская, д. 8}}\n"
    "Телефон законного представителя: {{phone|8 (4872) 31-22-05}}",
    "Коллеги, вопрос по закону. Отец {{name|Миши}} прислал мне в личные сообщения фото своего паспорта (серия "
    "{{document|4506}} № {{document|123456}}) и СНИЛС сына {{document|234 567 890 12}}, «чтобы быстрее оформили "
    "льготу». Я имею право хранить это у себя в телефоне?",
    "Контакты родителей {{name|Егора Смирнова}} ({{class|5-Б}}):\n"
    "Тел.: {{phone|8-916-765-43-21}} (мама)\n"
    "Тел.: {{phone|8 903 1234567}} (папа)\n"
    "Консультации по вторникам в 15:30, кабинет 214.",
    "В {{class|9-м «Г»}} новенькая, {{name|Ульяна}}, перевелась из {{school|лицея № 1535}}. У неё открытая страница "
    "{{url|vk.com/ulyana_zvezda2010}}, и там уже лежат фото всего класса с отметками. Как деликатно попросить "
    "удалить?",
    "Наша {{school|МБОУ СОШ № 8}} на время ремонта переезжает, начальные классы будут заниматься в "
    "{{school|корпусе 2}}. Если нужен новый график, пишите на {{email|zavuch.sosh8@mail.ru}} до 1 сентября.",
    "Третий год работаю по программе «Школа 2100», в классе 27 детей. Где вы берёте раздаточный материал? Смотрела "
    "на https://www.prosv.ru/ и на https://resh.edu.ru/, но для 3 класса там мало.",
    "Папа {{name|Арсения}} дал рабочий номер {{phone|8 (495) 123-45-67}} и попросил в WhatsApp ему не писать, а "
    "писать в Телеграм: {{handle|@arseniy_papa}}. Звонить с 9:00 до 17:00.",
    "Прошу внести в базу нового сотрудника: {{name|Гусейнова Лейла Рамизовна}}, ИНН {{document|771234567890}}, "
    "паспорт {{document|4510 987654}}, выдан 12.03.2024. Педагогический стаж — 2 года.",
    "Оплата питания за октябрь — 3 450 руб. Реквизиты школы: ИНН 7701234567, КПП 770101001. По вопросам оплаты — "
    "бухгалтер {{name|Зинаида Петровна}}, тел. {{phone|8 (4872) 31-40-16}}.",
    "В {{class|11 «А»}} классе двое ребят завели канал {{url|t.me/podslushano_gimn1567}}, куда выкладывают видео с "
    "уроков. Админ — {{name|Тимур Галиев}}, в Телеграме он {{handle|@timur_g_11a}}. Это в {{school|гимназии №1567}}, "
    "если что.",
    "С уважением,\n"
    "{{name|Кондратьева Е.В.}}, учитель русского языка и литературы\n"
    "{{school|ГБОУ «Школа № 1234»}}, {{school|здание на Новослободской}}\n"
    "{{email|kondratyeva.ev@sch1234.ru}}\n"
    "{{phone|+79161234567}}",
    'Девочка из {{class|7"Б"}} скинула мне ссылку на свой блог {{url|https://dasha-risuet.blogspot.com}}, там '
    "рисунки и, к сожалению, домашний адрес в разделе «Обо мне»: {{address|Садовая улица, 14-3}}.",
    "Домашний телефон бабушки {{name|Вовы}}: {{phone|123-45-67}}, мобильного у неё нет. Остальные номера в карточке "
    "устарели.",
    "Итоги школьного этапа олимпиады: {{name|Савельев}} — 87 баллов из 100, {{name|Литвинова}} — 79. Награждение "
    "15.12.2025 в 14:00 в актовом зале (каб. 301), призовой фонд 15 000 рублей.",
    "Завуч попросила собрать номера полисов. У {{name|Никиты Орлова}} полис {{document|5098 7654 3210 1234}}, у "
    "{{name|Вари Лисицыной}} — {{document|5012345678901234}}. Нормально ли пересылать их в общий чат учителей?",
    "На {{email|info@minobr-tula.ru}} пришла жалоба от родителей {{name|Семёна}} из {{class|8в}}: якобы я унижаю его "
    "при всём классе. Министерство переслало её директору, теперь нужна объяснительная.",
    "Прошу направить характеристику на ученицу по адресу: {{address|пр-т Мира 112, кв. 45}}, получатель — "
    "{{name|Белова Т.А.}} (бабушка, опекун).",
    "{{name|Кирилл}} из {{class|6-А}} живёт далеко, {{address|Лесной пер., д. 3}}, и зимой автобус ходит раз в час. "
    "Он опаздывает на первый урок почти каждый день, а завуч требует ставить «н».",
    "Случайно выяснилось, что мама моей ученицы — моя соседка, мы обе живём в {{address|доме 7 по улице Мира}}. "
    "Теперь она приходит ко мне домой обсуждать оценки. Как выстроить границы?",
    "Данные для пропуска на экскурсию:\n"
    "1. {{name|Жуков Артём}}, {{class|7Б}}, {{address|ул. Ленина, д. 5, кв. 12}}\n"
    "2. {{name|Маркова Ева}}, {{class|7Б}}, {{address|ул. Гагарина, д. 17, кв. 3}}\n"
    "Ответственный: {{name|Руденко И.П.}}",
    "Младший брат {{name|Софии}} ходит в {{school|детский сад № 12}}, и мама просит отпускать {{name|Софию}} в "
    "12:40, чтобы успевать его забрать. Но у неё в это время контрольная.",
    "Преподаю информатику в группе {{class|ТМ-21}} ({{school|колледж «Московский колледж связи»}}, "
    "{{school|отделение 3}}). Студенты сдают работы через общую папку, и один из них выложил туда чужие персональные "
    "данные.",
    "Выпускница нашего {{class|9 «Д»}} поступила в {{school|лицей 1535}}, и её мама просит рекомендательное письмо — "
    "прислать на {{email|m.gorelova1978@gmail.com}} до пятницы.",
    "Справка для соцзащиты\n"
    "Выдана: {{school|школа № 57}} г. Москвы\n"
    "Ученик: {{name|Лебедев Матвей Андреевич}}, {{class|4 «В»}}\n"
    "СНИЛС № {{document|12345678901}}\n"
    "ИНН {{document|500112345678}}\n"
    "Классный руководитель: {{name|Осипова Н.Н.}}",
    "Мама {{name|Даши}} прислала документы для олимпиады прямо в родительский чат: паспорт {{document|4506123456}}, "
    "СНИЛС {{document|345-678-901 23}}. Весь класс теперь это видит. Удалять самой или просить её?",
    "Заявление. Я, {{name|Ефремова Ольга Викторовна}}, паспорт серии {{document|45 06}} номер {{document|654321}}, "
    "прошу зачислить моего сына в {{class|1 «А»}} {{school|СОШ №3}}.",
    "Бабушка {{name|Глеба}} не пользуется мессенджерами, но сидит в Одноклассниках: "
    "{{url|ok.ru/profile/571234567890}}. Пишу туда, и она отвечает быстрее, чем по телефону.",
    "Девочки из {{class|10а}} ведут общий аккаунт {{url|instagram.com/liza.dance.10a}} и выложили ролик, снятый на "
    "моём уроке. В ТикТоке то же видео у {{handle|@liza_dance_official}}. Родители не против, а я против.",
    "Вести блог с классом — хорошая идея? Мы завели канал {{url|https://www.youtube.com/@klass_8b_vlog}}, дети "
    "монтируют ролики сами. Но в комментариях уже появились незнакомые взрослые.",
    "Группа нашего класса: {{url|vk.com/club123456}}. Туда выкладываю домашние задания и расписание. Отец "
    "{{name|Алексея Пахомова}} требует закрыть группу, потому что там фото его сына.",
    "На сайте школы вышла новость о победе {{name|Ильи Фёдорова}} на олимпиаде: "
    "{{url|https://sch57.mskobr.ru/news/pobeda-ilyi-fedorova}}. Отец против, просит удалить, а пресс-служба говорит, "
    "что согласие было.",
    "Сделала сайт класса на конструкторе: {{url|https://5b-klass-zvezdochki.tilda.ws}}. Там расписание кружков и "
    "фото с праздников. Стоит ли закрывать раздел с фотографиями паролем?",
    "Для урока по теме «Эпоха Петра I» использую статью https://ru.wikipedia.org/wiki/Пётр_I и видеоуроки с "
    "https://interneturok.ru/. Восьмиклассники путают даты, а 7 класс вообще не слушает.",
    "Пишу с просьбой. Мой ученик {{name|Тагир}} ({{class|8 «Е»}}) попал в больницу, его мама оставила номер "
    "{{phone|+7 912 345 67 89}}. Прошу учителей-предметников не звонить ей, а писать мне на "
    "{{email|uchitel.petrova@yandex.ru}}, я передам.",
    "В новостях писали про нашу гимназию: https://www.mk.ru/social/2025/10/14/shkoly-moskvy.html. Там без имён, но "
    "коллеги всё равно узнали ситуацию. Как реагировать, если родители начнут обсуждать это в чатах?",
    "Контакты на период карантина:\n"
    "— {{name|Анна Сергеевна}} (русский язык): {{phone|8-925-111-22-33}}, {{email|anna.sergeevna.rus@mail.ru}}\n"
    "— {{name|Виктор Павлович}} (физика): {{phone|+7 (926) 444-55-66}}\n"
    "— канцелярия: {{email|sch1234@edu.mos.ru}}",
    "Проблема с журналом. {{name|Панкратов Д.}} в {{class|7-Б}} получил 2 за диктант, а в электронном дневнике стоит "
    "5. Мама звонит мне каждый вечер с {{phone|8 925 222 33 44}} и требует исправить.",
    "Тел. {{phone|8(3812)45-67-89}} — это рабочий номер мамы {{name|Ксюши}}, она медсестра и до неё трудно "
    "дозвониться. Лучше писать ей СМС.",
    "Родительское собрание {{class|6 «Г»}} переносится на 23 октября, 18:30, каб. 105. Сдаём по 1 500 руб. на "
    "экскурсию до 20.10, итого с класса 42 000 руб.",
    "Здравствуйте, {{name|Марина Олеговна}}! Это мама {{name|Тёмы Куликова}} из {{class|3 «А»}}. Мы переехали, новый "
    "адрес: {{address|ул. Профсоюзная, д. 43, корп. 2, кв. 118}}. Телефон тот же — {{phone|+7-915-876-54-32}}",
    "Ученица {{class|10 «Б»}} выложила в сторис мой личный номер, а ник у неё {{handle|@sonya.bbb}}, открытый "
    "аккаунт на 3 тысячи подписчиков. Номер я уже сменила, но осадок остался.",
    "Классный час провела по материалам https://edsoo.ru/. Отклик у девятиклассников хороший, только {{name|Рома}} "
    "всё время сидел в телефоне.",
    "Характеристика на обучающегося {{class|8 «А»}} класса {{school|МБОУ «СОШ № 21»}} "
    "{{name|Никифорова Степана Ильича}}, проживающего по адресу: г. Рязань, {{address|ул. Есенина, д. 12, кв. 7}}. "
    "Полис ОМС {{document|6250 3400 1122 3344}}.",
    "Личный кабинет ученика на платформе заблокирован. Логин — СНИЛС: {{document|456 789 012 34}}. Техподдержка "
    "ответила, что восстановить могут только по паспорту родителя ({{document|45 12 345678}}). Кто сталкивался?",
    "Кто-нибудь работает в {{school|школе № 2086}}? Ищу контакты методиста, её зовут {{name|Вера Ильинична}}. Почта "
    "на сайте {{email|metod2086@edu.mos.ru}} не отвечает",
    "Для договора с репетиторским центром нужны ФИО и ИНН (у меня {{document|502798765432}}), а у самого центра ИНН "
    "5027012345. Подскажите, можно ли заниматься с учениками своей же школы?",
    "{{name|Ахмед}}, {{class|7 «В»}}, живёт с дядей; контакт дяди: {{phone|+7 (928) 765-43-21}}, в Телеграме "
    "{{handle|@ruslan_dag05}}. Отец на заработках, мама в Махачкале.",
    "Список дежурных по этажам: 2 этаж — {{name|Гаврилова}} ({{class|5 «А»}}), 3 этаж — {{name|Пестов}} "
    "({{class|6 «Б»}}), 4 этаж — {{name|Юсупова}} ({{class|7 «А»}}). Дежурство с 8:00 до 8:30.",
    "Прошу помочь с сайтом класса. Родители {{class|4б}} завели страницу {{url|https://klass4b.ucoz.net}}, а пароль "
    "знает только бывшая председатель родкомитета {{name|Ирина Гладких}}. Она с нами больше не общается.",
]
ROUND_5B_ENGLISH = [
    "Hi all, NQT here. I'm form tutor for {{class|Year 8R}} at {{school|Oakfield Academy}}. A parent, "
    "{{name|Mrs K. Dawson}}, keeps ringing my mobile ({{phone|07700 900123}}) at ten at night. How do I stop this "
    "without upsetting her?",
    "Pupil record\n"
    "Name: {{name|Jayden Okafor}}\n"
    "Form: {{class|Form 7T}}\n"
    "UPN: {{document|A123456789012}}\n"
    "NHS number: {{document|943 476 5919}}\n"
    "Address: {{address|14 Elm Road}}, Sheffield S7 1QP\n"
    "Parent phone: {{phone|0114 496 0321}}",
    "{{school|Riverside Primary}} has been asked to share pupils' NHS numbers with the council for a vaccination "
    "letter. One parent, {{name|Mr Patel}}, refused and emailed the office at "
    "{{email|office@riverside-primary.org.uk}}. Are we even allowed to share them?",
    "Best wishes,\n"
    "{{name|Ms R. Carter}}\n"
    "Head of English, {{school|Hollins High School}}\n"
    "{{email|r.carter@hollinshigh.sch.uk}}\n"
    "{{phone|0161 496 0000}}",
    "{{name|Tyler}}'s mum sent me a friend request and then messaged me from "
    "{{url|facebook.com/sarah.whitfield.1985}}. She wants to discuss his predicted grades over Messenger. I teach "
    "him in {{class|10Y1}} for maths.",
    "US teacher here, 6th grade. A parent left a voicemail from {{phone|(312) 555-0147}} and asked me to call her "
    "husband back at {{phone|312-555-0198}} instead. My school, {{school|Lincoln Park Middle School}}, has a strict "
    "policy about personal phones.",
    "Does anyone have good KS3 resources on persuasive writing? I've looked at https://www.bbc.co.uk/bitesize and "
    "https://www.tes.com/ but Year 7 find them dry.",
    "National Insurance number for the new TA, {{name|Mr D. Owusu}}: {{document|QQ 12 34 56 C}}. Please don't "
    "forward this, HR needs it for payroll only.",
    "Set {{class|9X2}} are lovely but {{name|Kian}} and {{name|Harvey}} film me on their phones, and one clip ended "
    "up on TikTok under {{handle|@kian.lol09}}. The head says it's a pastoral issue.",
    "Class trip consent form\n"
    "Child: {{name|Amelia Rose Turner}}, {{class|class 5B}}\n"
    "Parent/carer: {{name|Mrs J. Turner}}\n"
    "Emergency contact: {{phone|+44 7700 900456}}\n"
    "Home address: {{address|Flat 2, 31 Kingsley Road}}, Brighton BN1 4JD",
    "I moved from {{school|St Anne's C of E Primary School}} to a big secondary and I miss knowing every child by "
    "name. Anyone else made that jump?",
    "Most of our leavers go on to {{school|Kingsway College}} for BTECs. One of them, {{name|Leah}}, asked me for a "
    "reference and gave me her personal email, {{email|leah.m.2007@hotmail.co.uk}}. Should I reply from my school "
    "account only?",
    "Teaching abroad: I teach {{class|grade 6A}} at {{school|School No. 12}} in Almaty, mostly in "
    "{{school|Building 2}}. Parents add me to WhatsApp groups without asking, and one father messages me from "
    "{{phone|+7 701 555 1234}} late at night.",
    "Welsh-medium question: I'm starting at {{school|Ysgol Y Graig}} in January as a learner of Welsh myself. Any "
    "tips? My mentor will be {{name|Mrs Ffion Rees}}.",
    "Room 14 is flooded again, so {{class|Year 8/R}} will be in the library on Thursday period 3. The mock is marked "
    "out of 80 and the pass mark is 42.",
    "Hey, heads up: {{name|Jordan}} in {{class|8R}} posted his home address in the class chat "
    "({{address|27b Station Road, Apt 4}}) and someone from outside school has started turning up. Who do I tell "
    "first, the DSL or his parents?",
    "Safeguarding log\n"
    "Pupil: {{name|Mia Kowalski}}, {{class|Year 9S}}\n"
    "Concern: shared a photo on {{url|instagram.com/mia.k.xo}} with her location visible\n"
    "Reported by: {{name|Mr T. Bright}}\n"
    "Action: parents called on {{phone|07700 900789}} at 15:40",
    "Hi {{name|Dr Hughes}}, please find attached {{name|Oliver}}'s medical form. His NHS number is "
    "{{document|485 777 3456}} if the school nurse needs it.",
    "Complaints to the trust go to {{email|info@northstarlearning.org.uk}}, and the head's PA is "
    "{{email|pa.head@northstarlearning.org.uk}}. I was cc'd on one about {{name|Ruby}} in {{class|4P}}, which I "
    "really shouldn't have seen.",
    "Parent-teacher conference notes, {{class|grade 4C}}: {{name|Mrs A. Delgado}} (mom of {{name|Mateo}}) can be "
    "reached at {{phone|+1 312 555 0162}} or {{email|adelgado82@gmail.com}}. Meeting moved to Room 112, 3:15 pm.",
    "Anyone else's school still using paper registers? At {{school|Greenhill Academy}} the Year 11 register went "
    "missing for a week, and it had every child's address in the back.",
    "Signature:\n"
    "{{name|Mr J. Whitmore}}\n"
    "Teacher of Science\n"
    "{{school|Bishop Challoner Catholic High School}}\n"
    "T: {{phone|020 7946 0958}}\n"
    "E: {{email|jwhitmore@bchs.london.sch.uk}}",
    "My form group, {{class|Form 9W}}, set up a class blog at {{url|https://9wwritersclub.wordpress.com}} and one "
    "girl posted her full name and school on it. How do I handle that kindly?",
    "Reminder: Year 7 parents' evening is on 14 November, 4-7 pm. Appointments are 5 minutes each and the booking "
    "code is 2025-Y7. Please arrive by 3:45.",
    "{{name|Mrs Okonkwo}}'s son is in set {{class|9X2}} and she has emailed me from three addresses: "
    "{{email|g.okonkwo@outlook.com}}, {{email|grace.okonkwo@nhs.net}} and her husband's. Is it OK to reply to just "
    "one?",
    "A pupil is transferring to us from {{school|Meadowbank Primary}}: {{name|Noah Fielding}}, UPN "
    "{{document|H801200001001}}. The CTF never arrived. Who chases it, us or them?",
    "I run a revision channel ({{url|https://www.youtube.com/@MrEvansMaths}}) and my pupils have found it. Several "
    "kids from {{class|11X3}} now comment under their real names. Should I keep it going?",
    "Our trust has just renamed {{school|Moorside High School}} as {{school|Moorside Academy}}, so all our email "
    "addresses changed overnight. Mine is now {{email|hannah.price@moorside.org.uk}} and half the parents still use "
    "the old one.",
    "Student info\n"
    "Name: {{name|Brianna Holt}}\n"
    "Homeroom: {{class|grade 7B}}\n"
    "Phone: {{phone|312-555-0133}}\n"
    "Address: {{address|482 West Maple Street}}, Chicago, IL 60614",
    "Mentor notes, week 6. {{name|Ms Lewis}} observed {{class|Year 10/M}} (Room 22). Strengths: questioning. "
    "Targets: transitions, and a seating plan for {{name|Callum}} and {{name|Precious}}. Next observation 12 Dec, "
    "period 4.",
    "Please stop sharing pupils' details in the staff WhatsApp. Yesterday someone posted {{name|Tom}}'s dad's number "
    "({{phone|07700 900654}}) next to his home address, {{address|5 Church Lane}}, Leeds LS6 2AB",
    "A parent runs an Instagram page about our school, {{handle|@parentsofhillview}}, and named me in a post. I "
    "teach at {{school|Hillview Primary}}. The head says to ignore it.",
    "Looking for the Oak National Academy unit on fractions (https://www.thenational.academy/teachers). The link in "
    "our scheme of work is dead.",
    "Our form {{class|Form 10J}} raised £350 for charity, and {{name|Aisha}} wants to post the photos on her blog "
    "{{url|https://aishabakes.weebly.com}}. Is that OK if the faces are blurred?",
    "Referral form\n"
    "Child: {{name|Leo Barnes}}\n"
    "NHS No: {{document|9434765870}}\n"
    "Parent's NI number: {{document|AB 12 34 56 D}}\n"
    "School: {{school|Fernhill Junior School}}\n"
    "Class: {{class|4P}}",
    "Anyone know how to reach {{school|Ashworth Academy}}'s SENCO? Their switchboard ({{phone|0113 496 0555}}) just "
    "rings out, and we need {{name|Keira}}'s EHCP paperwork before Friday.",
    "My Twitter/X is {{handle|@MissJonesTeaches}} and a pupil from {{class|Year 9G}} has started replying to my "
    "posts about marking. Time to go private?",
    "Apologies for the late report. {{name|Ethan}} ({{class|8R}}) scored 34/50 on the end-of-unit test, up from "
    "21/50. His mum asked for a call on Friday between 1 and 2 pm.",
    "I teach at {{school|Roosevelt High School}} in Portland. A student, {{name|Marcus}}, DM'd me on Instagram from "
    "{{handle|@marcus.hoops23}}. District policy says no contact on social media. Do I report it or just not reply?",
    "Please update the contact sheet:\n"
    "- {{name|Mrs L. Grant}}: {{phone|07700900111}}\n"
    "- {{name|Mr S. Ahmed}}: {{phone|+447700900222}}\n"
    "- {{name|Ms P. Novak}}: {{phone|020-7946-0123}}",
    "The LA has asked for UPNs for all Year 6 pupils. Is there a secure way to send them? Our office uses "
    "{{email|admin@stmarysrc.lancs.sch.uk}} but I don't trust the attachment filter.",
    "{{name|Daisy}}'s blog about her dyslexia, {{url|daisy-reads.blogspot.co.uk}}, is amazing, and she wants to "
    "share it with {{class|class 6H}}. Her mum agrees. Should I check with the DSL first?",
    "The minibus picks {{name|Ryan}} up from his gran's at {{address|9 Orchard Close}} at 7:45, but she's asked us "
    "to stop because the neighbours talk.",
    "Our school, {{school|Harbour View Academy}}, opened a second site ({{school|Building 2}}, across the road). "
    "Which building does {{class|Form 8K}} belong to? Nobody knows, including me.",
    "Field trip chaperones: contact {{name|Ms C. Ramirez}}, Phone: {{phone|(212) 555-0110}}, Email: "
    "{{email|cramirez@ps118-school.org}}. The bus leaves at 8:15, $12 per student.",
    "Guidance on data protection for new teachers: https://ico.org.uk/for-organisations/education/ and "
    "https://www.gov.uk/government/publications/data-protection-in-schools. Worth reading before you ever email a "
    "parent.",
    "One of my Year 10s, {{name|Priya}}, said her brother is in {{class|10Y1}} and runs the account "
    "{{url|https://www.tiktok.com/@hillsidehs_confessions}}. She showed me his phone. I'm not sure I should have "
    "looked.",
    "I'm writing a reference for {{name|Mr G. Thompson}}'s daughter {{name|Ellie}}, who was in my {{class|Year 11C}} "
    "tutor group at {{school|Castlebrook High School}}. Her new address is {{address|63 Wellington Street}}, Bury "
    "BL8 2AL; can I put that on the letter?",
    "Please ring the office on {{phone|020 7946 0000}} rather than my mobile. My timetable this term: {{class|9X2}} "
    "Mon/Wed, {{class|10Y1}} Tue/Thu, {{class|Form 7T}} registration daily.",
    "Hi {{name|Mrs Evans}}, thanks for coming in today. As agreed, {{name|Zac}} will move from {{class|8R}} to "
    "{{class|8S}} after half term, and {{name|Mr F. Lowe}} will be his new tutor. Any questions, email me at "
    "{{email|t.hammond@oakfieldacademy.org}}",
]
