"""HELD-OUT part of the de-identifier's labelled set (issue 15). Written BEFORE the rules of the wider
de-identifier were changed, and never used to tune them: do not edit these texts to make a rule pass, and do not
assert on their scores in tests (only `bench/deidentify.py` reports them). Add new held-out texts only before a
rule change they are meant to judge.

Marks: {{kind|text}}, kinds: name, school, address, phone, email, url, handle, document, class. Conventions:
English names include a title (Mrs, Dr); a possessive 's stays outside; English class labels include the word
before them (Year 9C), Russian ones are the label alone (10 «А»); a school's building or branch ("корпус 3") is
its own school span; personal numbers are the digits only."""

HELD_OUT_RUSSIAN = [
    "Мама {{name|Кирилла Римского-Корсакова}} прислала мне в телеграм {{handle|@kirill_mama_77}} голосовое "
    "в два часа ночи.",
    "Для оформления льготы классный руководитель попросила прислать СНИЛС ребёнка {{document|112-233-445 95}} "
    "в общий чат, и теперь его видят все родители.",
    "{{name|Николаевна}} сказала, что если я ещё раз задержу класс, она напишет докладную.",
    "Я перешла в {{school|школу номер 57}}, но меня поставили в {{school|корпус 3}}, где нет ни одного проектора.",
    "Меня перевели из основного здания {{school|ГБОУ Школа №1234}} в {{school|отделение 2}}, и теперь у меня "
    "окна по три часа.",
    "Родители {{class|7Б}} требуют, чтобы я отменила контрольную из-за поездки в Казань.",
    "Отец ученика оставил паспортные данные {{document|45 06 123456}} на вахте, а охранник сфотографировал их "
    "и выложил в чат.",
    "Медсестра спросила номер полиса ОМС {{document|7756 2100 8930 1124}}, и мама продиктовала его при всём классе.",
    "В анкете для лагеря был ИНН ребёнка {{document|771234567890}}, анкеты лежат открыто в учительской.",
    "Коллега {{name|Ольга Николаевна}} из {{school|лицея 1535}} предложила обменяться открытыми уроками.",
    "Ученик {{class|10 «А»}} класса создал канал {{url|t.me/klass10a_memes}} с фотографиями учителей.",
    "Бабушка просит писать ей в ватсап: {{url|wa.me/79161234567}}, но я не хочу давать свой номер.",
    "Страница ученицы {{url|vk.com/anya.petrova2011}} полна оскорблений в адрес одноклассников.",
    "Как выстроить отношения с наставником, если мы работаем в разных корпусах и почти не видимся?",
    "Завуч {{name|Ирина Борисовна Шевчук-Лаптева}} не подписывает мне отгул на день свадьбы сестры.",
    "На педсовете {{name|Владимирович}} опять говорил о моих опозданиях, хотя я ни разу не опоздала.",
    "Я учитель английского, и мой ученик {{name|Тимур О'Коннор}} из {{class|8В}} говорит, что дома с ним говорят "
    "только по-английски.",
    "Звонила мама ученицы с номера {{phone|+7 903 111-22-33}}, а потом написала в {{handle|@ms_lebedeva}}.",
    "После олимпиады по химии в Академии наук наши ребята из {{class|9 «Г»}} загорелись исследовательскими проектами.",
    "У нас в школе три корпуса, и в каждом свой завуч; кому жаловаться на расписание?",
    "Ученица {{name|Вероника}} из {{school|гимназии № 1567}}, {{school|корпус 2}}, перестала ходить на мои кружки.",
    "Сосед по парте {{name|Глеба Смирнова-Орлова}} регулярно отбирает у него телефон.",
    "Папа ученика работает в Сбербанке и постоянно предлагает классу экскурсии, удобно ли соглашаться?",
    "Родители прислали справку, где был СНИЛС {{document|123-456-789 01}} и домашний адрес.",
]

HELD_OUT_ENGLISH = [
    "My student {{name|Liam O'Brien}} in {{class|Year 9C}} refuses to hand in any homework.",
    "The SENCo at {{school|Hillcrest Academy}} says I should just ignore it.",
    "{{name|Mrs Smith-Jones}} rang me on {{phone|07700 900123}} after school to complain about the detention.",
    "I work at {{school|St Anne's Catholic Primary School}} and the head wants weekly data drops.",
    "A parent named {{name|Rowan Achterberg}} keeps messaging me on Instagram at {{handle|@rowan_ach}}.",
    "Her mother sent a WhatsApp link, {{url|wa.me/447700900456}}, and asked me to call.",
    "Our department visited the Academy of Sciences in London for a research day on climate.",
    "My colleague {{name|Siobhan Murphy-Kealy}} covers my {{class|10B}} class on Fridays.",
    "The pupil {{name|Kwame Mensah}} is new to {{school|Oakfield College}} and speaks little English.",
    "The school office is on {{phone|+44 20 7946 0958}}, but nobody picks up after three.",
    "How do I handle a Year 7 class that talks over me constantly?",
    "{{name|Dr Okonkwo}}, the deputy head, observed my lesson and gave me 'requires improvement'.",
    "The boy's father, {{name|Declan}}, turned up drunk at parents' evening.",
    "I teach maths at {{school|Westbrook High School}} in Manchester and have thirty-two pupils in {{class|Year 8A}}.",
    "A student called {{name|Priya}} said her stepfather hits her; what do I do first?",
    "I'm a trainee at {{school|Kingsmead Lyceum}} and my mentor, {{name|Ms Adeyemi}}, never gives feedback.",
    "The family's TikTok, {{url|tiktok.com/@the_harlow_family}}, shows my classroom without permission.",
    "The head of {{school|Riverside Gymnasium}}, {{name|Mr. Van der Berg}}, refused my request for leave.",
    "We use Google Classroom and Microsoft Teams, and the parents complain about both.",
    "I reached out to {{name|Zainab}}'s mother, but she only replied from {{email|z.ali.mum@outlook.com}}.",
    "Our Ofsted inspection is next week and I have no idea what to expect in my first year.",
    "The mother of {{name|Tobias Lindqvist}} sent me a message at 11 pm on a Sunday.",
    "Call the nursery on {{phone|0161 496 0000}} if {{name|Ellie-May}} is not collected by four.",
    "On Monday the whole of {{class|Year 11D}} walked out of my lesson in protest.",
]
