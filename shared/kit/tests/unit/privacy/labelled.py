"""A small labelled set of case-like texts. Personal references are marked {{kind|text}}; kinds: name, school,
address, phone, email, url, class. Everything else must survive."""

RUSSIAN = [
    "В {{school|ГБОУ «Школа № 1234»}} я веду математику в {{class|7 «Б»}} классе.",
    "Мой ученик {{name|Петя Иванов}} из {{class|5В}} опять сорвал урок, и его мама {{name|Ольга Николаевна}} "
    "написала директору жалобу.",
    "Завуч {{name|Кузнецова Т.В.}} требует, чтобы я переписала рабочую программу за выходные.",
    "Родители {{name|Маши Смирновой}} звонят мне по вечерам на личный номер {{phone|+7 (916) 123-45-67}}.",
    "Отец ученика написал на почту {{email|ivanov.sergey@mail.ru}}, что подаст в суд.",
    "Ученица {{class|11А}} выложила видео с урока во ВКонтакте: {{url|https://vk.com/id48213377}}.",
    "Семья живёт по адресу {{address|ул. Профсоюзная, д. 10, кв. 4}}, и классный руководитель должна их посетить.",
    "Коллега {{name|Анна Сергеевна}} из {{school|гимназии №1567}} советует не вмешиваться.",
    "Директор {{school|лицея № 1535}} {{name|Игорь Михайлович Волков}} не ответил на моё письмо.",
    "В {{class|9-м «Г»}} классе двое учеников постоянно опаздывают на первый урок.",
    "Мама {{name|Вани}} приходит на каждую перемену и проверяет его тетради.",
    "Я работаю второй год и не понимаю, как оценивать проектные работы учеников 8 класса.",
    "Администрация школы просит меня вести кружок без оплаты, а у меня уже полная нагрузка.",
    "После родительского собрания {{name|Елена Викторовна Соколова}} позвонила мне по номеру "
    "{{phone|8 926 555 12 34}} и кричала.",
    'Ученик {{name|Дима Петров}} из {{class|6 "А"}} отказывается работать в группе.',
    "Старшая вожатая {{school|СОШ № 15}} попросила меня провести классный час о травле.",
    "Родители пишут в общий чат в любое время суток, даже ночью, и ждут ответа сразу.",
    "Наш завуч {{name|Марина Алексеевна}} ставит мне уроки в разных корпусах подряд.",
    "Учитель физкультуры {{name|Сергей Павлович}} высмеивает ученицу при всём классе.",
    "Психолог {{school|ГБОУ Школа № 2086}} в декрете, и мне не к кому обратиться.",
    "Бабушка ученика живёт на {{address|Ленинском проспекте, д. 32, корп. 2}}, она опекун.",
    "Мальчик из {{class|3Б}} пришёл с синяками, что делать классному руководителю?",
    "Я отправила задание через электронный дневник, но половина класса его не открыла.",
    "Соседка по парте, {{name|Алина Кравец}}, травит новенькую девочку.",
    "Письмо от родительского комитета пришло с адреса {{email|roditeli-7b@yandex.ru}}.",
    "Помогите составить план беседы с родителями, которые не разрешают ребёнку ходить в музей.",
    "Завуч {{name|О. В. Белова}} сказала, что моё портфолио не подходит для аттестации.",
    "На сайте {{url|https://school1234.mskobr.ru/teachers?id=5521}} висит моё фото без согласия.",
    "Ученики {{class|10 «А»}} и {{class|10 «Б»}} конфликтуют после соревнований.",
    "Мы живём в Москве, и я добираюсь до школы полтора часа.",
]

ENGLISH = [
    "My student {{name|Jack Brown}} from {{class|class 7B}} keeps disrupting lessons.",
    "I teach at {{school|Greenwood High School}} and the parents call me at {{phone|+44 20 7946 0958}}.",
    "{{name|Mrs. Thompson}}, the deputy head, wants my lesson plans every Friday.",
    "A parent wrote to {{email|j.smith@example.com}} threatening to complain to the board.",
    "The family lives at {{address|42 Maple Street, Apt 5}}, and I am asked to visit.",
    "A pupil posted a video of my lesson: {{url|https://instagram.com/some.pupil}}.",
    "Grading essays takes me all weekend and I still fall behind.",
    "{{name|Emily}} refuses to work in groups and cries when I insist.",
    "The head of {{school|School No. 57}} never answers my emails.",
    "How should I talk to parents who forbid their child to join school trips?",
    "My colleague {{name|Dr. Patel}} says I should ignore the bullying in {{class|year 9C}}.",
    "Useful reading: https://www.edutopia.org/classroom-management",
]

# Written after the rules were tuned on the sets above and never tuned on: an honest estimate.
HELD_OUT_RUSSIAN = [
    "Классный руководитель {{class|8 «В»}} {{name|Татьяна Игоревна}} просит меня заменить её на экскурсии.",
    "Папа {{name|Артёма Лебедева}} пришёл в школу нетрезвым и требовал встречи со мной.",
    "Наша {{school|школа № 587}} участвует в проекте «Московская электронная школа», а я не умею работать с МЭШ.",
    "Девочки из {{class|7А}} создали чат, где обсуждают внешность одноклассницы.",
    "Я позвонила маме по телефону {{phone|8 (495) 321-65-87}}, но трубку взял отчим.",
    "Методист {{name|Зайцева Н.П.}} прислала замечания к уроку, с которыми я не согласна.",
    "Ученик написал мне с адреса {{email|kolya2010@gmail.com}} угрозу.",
    "Семья переехала на {{address|улицу Вавилова, д. 7}}, и ребёнок перестал ходить на уроки.",
    "Мне предложили перейти в {{school|лицей «Вторая школа»}}, но я боюсь менять коллектив посреди года.",
    "Коллега {{name|Дмитрий Олегович}} даёт ученикам ответы на контрольные.",
    "В {{class|4 «Г»}} есть ребёнок с СДВГ, и родители против тьютора.",
    "Как мотивировать подростков читать классическую литературу?",
    "Родительница {{name|Светлана Кравченко}} выложила мой разговор в {{url|https://t.me/roditeli_chat_587}}.",
    "Ученица {{name|Лиза}} плачет на каждом уроке математики.",
    "Мне не хватает времени на самообразование: работаю на полторы ставки.",
]
HELD_OUT_ENGLISH = [
    "A parent, {{name|Mr. Johnson}}, emails me every evening at {{email|tjohnson@school.org}}.",
    "{{name|Olivia Harris}} in {{class|grade 6A}} has stopped speaking in class.",
    "I was moved to {{school|Riverside Primary School}} mid-year and feel lost.",
    "The child's grandmother lives at {{address|17 Oak Lane}} and is the legal guardian.",
    "How do I assess group projects fairly when one pupil does all the work?",
    "Call me at {{phone|+1 415 555 0132}} if the mentor needs more detail.",
]
