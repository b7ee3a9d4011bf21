"""HELD-OUT part, batch 2, of the de-identifier's labelled set (issue 15, "De-identifier, wider").

Written on 2026-11-29, finished at 23:01 UTC, BEFORE any rule in `mentor_kit.privacy` was changed in the second
round, and never used to tune them. The protocol:

1. These texts were written first, as realistic teacher case descriptions, not modelled on the misses of the
   earlier held-out part (that batch has been looked at, so it was moved into `labelled_tuned.py` as
   `FORMER_HELD_OUT_*` and counts as tuned). They were labelled by hand, and the rules as they stood were scored on
   them, in aggregate only, as the honest baseline (23:01 UTC): precision 0.97, recall 0.91 over all categories.
2. The rules were then changed using ONLY the tuned part (`labelled_tuned.py`). Nobody looked at the per-text
   misses of this batch while tuning; `bench/deidentify.py` prints only its aggregate per-category table (the
   per-text misses only with `--held-out-errors`, for after the final score).
3. Do not edit these texts or their marks to make a rule pass. Once this batch's misses have been looked at, it
   too counts as tuned, and a new held-out batch must be written before the next rule change.

Marks: {{kind|text}}, kinds: name, school, address, phone, email, url, handle, document, class. Conventions as in
`labelled_tuned.py`: English names include a title (Mrs, Dr); a possessive 's stays outside; a role word
(Завуч, Ученица) is not part of a name; English class labels include the word before them (Year 10R, class 4B,
Form 9M), a bare set code (8X3) is the code alone, Russian ones are the label alone (6 «Д»); a school's building
or branch ("корпус 4", "Building 3") is its own school span; personal numbers are the digits only; a profile or
group link is a url, a bare @name is a handle. Authors, characters and public bodies (Пушкин, Steinbeck, AQA,
Академия Минпросвещения) are not personal data and are not marked."""

HELD_OUT_2_RUSSIAN = [
    "Учительница начальных классов {{name|Валентина Степановна}} сказала родителям на собрании, что их дети "
    "«неуправляемые».",
    "Я веду русский язык в {{school|МБОУ СОШ № 12}} в небольшом городе, и все родители знают меня лично.",
    "Ученица {{class|6 «Д»}} {{name|Полина Гусейнова}} третью неделю не ходит в школу, а мама не берёт трубку.",
    "Мама мальчика из {{class|2Б}} оставила мне свой номер {{phone|8-916-555-44-33}} и просит сообщать о каждой "
    "оценке.",
    "Психолог {{name|Евгения Ростиславовна}} ушла в отпуск, а в классе случилась драка.",
    "{{name|Михалыч}}, наш трудовик, разрешает мальчикам курить за мастерскими.",
    "На линейке директор {{school|гимназии № 1517}} {{name|Андрей Витальевич Крюков}} публично отчитал меня за "
    "внешний вид.",
    "Мне прислали приглашение в группу {{url|https://vk.com/club_8b_roditeli}}, где родители обсуждают учителей.",
    "Для зачисления в лагерь попросили ИНН {{document|503212345678}} и СНИЛС {{document|156-982-347 21}} ребёнка, "
    "я не знаю, можно ли передавать их по почте.",
    "Отец ученицы {{name|Рустам Ильдарович}} пишет мне в телеграм {{handle|@rustam_1980}} каждый вечер.",
    "Классный руководитель {{class|9 «А»}} уволилась, и класс передали мне без всякой подготовки.",
    "Как провести родительское собрание, если половина родителей не говорит по-русски?",
    "Мы с коллегой из {{school|школы № 1329}} ({{school|корпус 4}}) хотим сделать совместный проект по экологии.",
    "В медкабинете лежит список с полисами ОМС, например {{document|5098 7654 3210 9876}}, и он никак не защищён.",
    "Наш завуч {{name|Ковальчук-Зимина}} требует сдавать поурочные планы на неделю вперёд.",
    "В {{class|3 «В»}} пришла новенькая, {{name|Николь Д’Амато}}, она почти не говорит по-русски.",
    "Бабушка ученика {{name|Зинаида Фёдоровна}} живёт по адресу {{address|ул. Садовая, д. 15, кв. 78}} и просит "
    "приходить к ней домой заниматься.",
    "Я работаю в колледже, и студенты второго курса открыто списывают на экзаменах.",
    "Ученик {{name|Егор}} из {{class|7 «Б»}} снимает учителей на телефон и выкладывает в "
    "{{url|https://www.tiktok.com/@egor_7b_official}}.",
    "Паспорт с данными {{document|4512 345678}} мама прислала мне фотографией, чтобы я оформила ребёнку поездку.",
    "Родительский комитет собирает деньги на подарок, а мама {{name|Севы}} отказалась, и теперь с ней никто не "
    "разговаривает.",
    "На уроке литературы мы читаем «Капитанскую дочку» Пушкина, и восьмиклассникам скучно.",
    "Коллега {{name|Гульнара Рашидовна}} перешла в {{school|лицей «Интеллектуал»}}, и её нагрузку раздали нам.",
    "Меня поставили в {{school|3-й корпус}}, это отдельное здание {{school|Школы № 1501}} через дорогу.",
    "Вчера {{name|Ильинична}} опять забрала у меня кабинет для своих дополнительных занятий.",
    "Мама написала мне с почты {{email|natalia.voronova84@yandex.ru}}, что сын болеет, а потом я увидела его в "
    "торговом центре.",
    "Ученики {{class|11 «Б»}} подготовили сценарий выпускного, в котором высмеивают директора.",
    "Как работать с ребёнком с расстройством аутистического спектра в обычном классе без тьютора?",
    "Семья {{name|Абрамовых}} переехала из Новосибирска, и ребёнок три месяца не ходил в школу.",
    "Учитель физики {{name|Олег Борисович Цой}} ставит двойки за невыученные формулы, дети плачут.",
    "Мама скинула в общий чат скрин с номером {{phone|+7 912 345-67-89}} и попросила всех звонить ей напрямую.",
    "В {{school|Центре образования № 1450}} нам запретили пользоваться личными телефонами на уроках.",
    "Девочка из параллели пишет моей ученице гадости в инстаграме {{handle|@lera.kovaleva_}}.",
    "Прошлой весной {{school|отделение 5}} {{school|школы № 2}} объединили с основным зданием, и классы стали по "
    "35 человек.",
    "Мой наставник {{name|Кирилл Андреевич}} советует не реагировать на провокации {{name|Тимофея}}.",
    "На курсах повышения квалификации в Академии Минпросвещения нам рассказали про новые ФГОС.",
    "В 5 классе у меня 32 ученика, и я не успеваю проверять тетради.",
    "Секретарь попросила меня отнести в поликлинику копию СНИЛС {{document|04187236519}} и полиса "
    "{{document|7749500891000345}} ученика, а я боюсь потерять документы.",
]

HELD_OUT_2_ENGLISH = [
    "My Year 9 tutee, {{name|Callum Fairweather}}, told me his dad has moved out and he sleeps at his nan's.",
    "I teach science at {{school|Brookfield High School}} and I've been asked to run the eco club unpaid.",
    "{{name|Mrs Okafor}} in the office gave a parent my personal mobile, {{phone|07823 456789}}, without asking me.",
    "The head of {{school|Ashton Park Academy}} sent an all-staff email blaming teachers for poor results.",
    "A girl in {{class|Year 10R}} has been self-harming and her friends told me before the pastoral team knew.",
    "{{name|Freya}} keeps leaving the room without permission and the SLT say I should let her.",
    "A dad keeps tagging me on Instagram, {{url|instagram.com/daz_whitlock84}}, with photos from the school fair.",
    "My mentor {{name|Mr Ferreira-Lowe}} told me to stop using group work with {{class|8X3}}.",
    "I'm an NQT at {{school|Thornbury Lyceum}} and I was given the hardest sets in my first term.",
    "The SENDCo, {{name|Ms Nwachukwu}}, says {{name|Ollie}} doesn't qualify for an EHCP assessment.",
    "Parents can reach the school at {{phone|+44 113 496 0123}} but they ring my extension instead.",
    "One mum emailed me at {{email|karen.hollis@btinternet.com}} fourteen times in a single weekend.",
    "How do I stop a Year 11 class from talking during mock exams?",
    "We are reading Of Mice and Men, and my students ask why Steinbeck kills off Lennie.",
    "{{name|Jayden O'Rourke}}'s stepmother turned up at the gate demanding to take him home.",
    "I moved from a school in Bristol to {{school|Kingswood Gymnasium}}, an international school, and the culture "
    "shock is real.",
    "At {{school|St Bartholomew's C of E Primary}} the head wants us to greet every parent at the gate.",
    "A student called {{name|Tavish}} brought a knife to school and I was the one who found it.",
    "The parents' WhatsApp group link, {{url|https://chat.whatsapp.com/Kx7pQ2mRz9aB}}, got shared with the pupils.",
    "My student posted my photo on Snapchat; her username is {{handle|@mia.b.2009}}.",
    "The head, {{name|Dr Hargreaves}}, wants me to teach {{class|Year 6C}} as well as my own class.",
    "Our school has a new behaviour policy and the students were not consulted at all.",
    "A parent from {{class|class 4B}}, {{name|Mrs Kaur-Singh}}, complained that I gave too much homework.",
    "The exchange student {{name|Bogdan}} from Kyiv is struggling and his host family call me on "
    "{{phone|+44 7700 900321}}.",
    "{{name|Seamus}} and {{name|Niamh}} in {{class|Form 9M}} have been fighting since the start of term.",
    "The pupil's father, a police officer, asked me for the names of the children who bullied his son.",
    "My colleague at {{school|Highgate Primary}}, {{name|Rhiannon Pugh}}, swapped classes with me without telling "
    "the head.",
    "The deputy head, {{name|Mr. de Souza}}, told me to 'toughen up' after a parent swore at me.",
    "Our exam board is AQA and the moderation deadline is next Friday.",
    "I teach Year 5 at a primary school in Leeds, and half the class cannot read fluently.",
    "One mother sent me a friend request at {{url|https://www.facebook.com/profile.php?id=100004512398765}} and "
    "messages me at night.",
    "A Russian-speaking parent, {{name|Svetlana Morozova}}, writes to me only on Telegram at "
    "{{handle|@sveta_morozova}}.",
    "We had a safeguarding training session with the local authority, and nobody explained what to do on weekends.",
    "Since the merger I teach in {{school|Building 3}} of {{school|Marlowe Academy}}, a ten-minute walk from the "
    "main site.",
    "Mum's mobile is {{phone|+1 (646) 555-0187}}, since the family just moved from New York.",
    "{{name|Kofi Asante-Mensah}} is gifted at maths, but his teacher in {{class|Grade 5B}} says he's lazy.",
    "I coach the debate team at {{school|Elmhurst College}} and one student, {{name|Harriet}}, dominates every "
    "session.",
    "The new head, {{name|Mr Dawson}}, asked staff to send concerns to {{email|head@northfield.sch.uk}}, not to him "
    "directly.",
]
