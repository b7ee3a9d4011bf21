"""The TUNED part of the de-identifier's labelled set: the rules were written and adjusted against these texts
(the earlier set in `labelled.py`, whose former held-out texts have been read while tuning and so count as tuned
now, plus the texts below). Marks and conventions as in `labelled_held_out.py`."""

from .labelled import ENGLISH, HELD_OUT_ENGLISH, HELD_OUT_RUSSIAN, RUSSIAN

MORE_RUSSIAN = [
    "Мой телеграм {{handle|@marina_teacher}} знают все ученики, и пишут мне туда ночью.",
    "Мама ученика попросила добавить её в чат по ссылке {{url|t.me/+AbCdEf123456}}.",
    "Папа пишет мне только в вотсап: {{url|wa.me/79031234567}}.",
    "Классный руководитель разослала всем СНИЛС {{document|987-654-321 00}} одной девочки по ошибке.",
    "В заявлении на питание указан ИНН {{document|7701234567}} родителя.",
    "Серия и номер паспорта мамы {{document|45 11 654321}} остались в журнале на столе.",
    "Номер полиса ОМС {{document|1234567890123456}} я переписала в карточку для экскурсии.",
    "Я веду уроки в {{school|школе № 57}}, {{school|корпус 3}} на другом конце района.",
    "Нас перевели в {{school|2-й корпус}} {{school|лицея № 1535}}, и дорога занимает полчаса.",
    "Начальную школу из {{school|строения 1}} {{school|гимназии № 1514}} закрыли на ремонт.",
    "В {{school|школе номер 57}} новые правила для телефонов.",
    "Я работаю в {{school|ГБОУ Школа №1234}}, и мне дали классное руководство.",
    "Сын коллеги учится в {{school|лицее 1535}}, и она просит ставить ему оценки помягче.",
    "{{name|Петровна}} опять забрала мои часы в расписании себе.",
    "Завуч {{name|Галина Петровна}} сказала, что {{name|Сергеевич}} уволится в мае.",
    "Ученик {{name|Артём Римский-Корсаков}} из {{class|6Б}} пишет стихи вместо контрольной.",
    "У нас в школе работает учитель по фамилии {{name|Д'Артаньян}}, дети шутят над ним.",
    "Мне дали {{class|10 «А»}} класс, хотя я просила пятиклассников.",
    "В корпусе на первом этаже нет доступной среды для колясочников.",
    "Я езжу в Санкт-Петербург на курсы повышения квалификации, а замену не дают.",
    "Как подготовить учеников 9 класса к ОГЭ за полгода?",
    "Родители просят мой личный номер, а я не хочу давать его никому.",
]
MORE_ENGLISH = [
    "My student {{name|Aoife Gallagher}} in {{class|Year 10B}} has stopped eating lunch.",
    "A pupil named {{name|Matteo Rossi-Bianchi}} was excluded for a week.",
    "{{name|Mr O'Sullivan}}, the head of year, keeps cancelling our meetings.",
    "The mother of {{name|Yusuf}} phoned me on {{phone|07911 123456}} at midnight.",
    "I teach English at {{school|Northgate Academy}} in Leeds.",
    "My colleague {{name|Anneliese Kowalczyk}} says the SEN register is out of date.",
    "The head of {{school|Broadfield Primary School}} ignored my safeguarding report.",
    "I moved from {{school|Lakeside College}} to a school nearer home.",
    "Parents message me on Telegram at {{handle|@grove_parents}} all weekend.",
    "{{name|Nkechi}} said her brother takes her phone every night.",
    "The office number is {{phone|020 7946 0123}} and nobody answers.",
    "We visited the Royal Academy of Arts with {{class|Year 8C}} last term.",
    "I read a paper by the National Academy of Sciences on reading instruction.",
    "We went on a trip to London and the children loved the museums.",
    "I work at {{school|Hartwell Gymnasium}} and the timetable changes weekly.",
    "{{name|Bartholomew}}'s father shouted at me in the corridor.",
    "The pupil {{name|Ines Duarte}} writes beautifully but never speaks in class.",
    "A girl called {{name|Mei Lin}} told me she is being bullied online.",
    "Our school uses Google Classroom and the pupils never check it.",
    "I'm a newly qualified teacher and my mentor never observes my lessons.",
    "His dad messaged me at {{url|wa.me/447911123456}} instead of the school office.",
    "My student's TikTok is {{handle|@jaydenplays}} and he films in my lessons.",
]

TUNED_RUSSIAN = RUSSIAN + HELD_OUT_RUSSIAN + MORE_RUSSIAN
TUNED_ENGLISH = ENGLISH + HELD_OUT_ENGLISH + MORE_ENGLISH
