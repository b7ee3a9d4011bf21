"""The TUNED part of the de-identifier's labelled set: the rules were written and adjusted against these texts.

It holds the earlier set in `labelled.py` (whose held-out texts were read while tuning), the first held-out batch
(`FORMER_HELD_OUT_*` below: written before the wider rules, but its misses were looked at on 2026-11-29, so it was moved
here at 23:02 UTC that day and counts as tuned), the texts written while tuning (`MORE_*`) and those added for the
weaknesses found in this part in the second round (`ROUND_2_*`), then held-out batch 2 (`FORMER_HELD_OUT_2_*`: held out
through the second round, its misses read and moved here at 23:57 UTC on 2026-11-29, after batch 3 was written) and the
texts written while tuning in the third round (`ROUND_3_*`), then held-out batch 3 (`labelled_former_held_out_3.py`:
held out through the third round, its misses read and moved here at 02:14 UTC on 2026-11-30, after batch 4 was written)
and the texts written while tuning in the fourth round (`ROUND_4_*`). Round 4 added fresh batches by seven other
authors, each scored before it was tuned on (`labelled_round_4b.py` to `labelled_round_4h.py`), and held-out batch 4
(`labelled_former_held_out_4.py`: scored once at 03:05 UTC on 2026-11-30, then read and moved here). Round 5
added two fresh batches (`labelled_round_5b.py`, `labelled_round_5c.py`) and held-out batch 5
(`labelled_former_held_out_5.py`: scored once at 03:18 UTC, read and moved here at 05:23 UTC on 2026-11-30, after
batch 6 was written). Round 6 added five fresh batches by other authors, scored before they were tuned on
(`labelled_round_6b.py` to `labelled_round_6f.py`); the rules have not changed since (8bf7db2). From round 7 on, the
texts are the span model's: held-out batch 6 (`labelled_former_held_out_6.py`, read and moved here at 08:48 UTC on
2026-11-30), fresh batches 7b-7k and 8b-8d by other authors, and held-out batch 7 (`labelled_former_held_out_7.py`,
scored once at 09:11 UTC, read and moved here at 09:27 UTC) form `RULES_UNSEEN`: the rules never saw them, so the
model learns from them how far each proposal of the rules can be trusted; `RULES_TUNED` is everything before. The
honest estimate is the held-out batch in `labelled_held_out_8.py`, written by a separate author before round 8
changed anything, and scored once at its end.

Marks: {{kind|text}}, kinds: name, school, address, phone, email, url, handle, document, class. Conventions:
English names include a title (Mrs, Dr); a possessive 's stays outside; English class labels include the word
before them (Year 9C), Russian ones are the label alone (10 «А»); a school's building or branch ("корпус 3") is
its own school span; personal numbers are the digits only."""

from .labelled import ENGLISH, HELD_OUT_ENGLISH, HELD_OUT_RUSSIAN, RUSSIAN
from .labelled_former_held_out_3 import FORMER_HELD_OUT_3_ENGLISH, FORMER_HELD_OUT_3_RUSSIAN
from .labelled_former_held_out_4 import FORMER_HELD_OUT_4_ENGLISH, FORMER_HELD_OUT_4_RUSSIAN
from .labelled_former_held_out_5 import FORMER_HELD_OUT_5_ENGLISH, FORMER_HELD_OUT_5_RUSSIAN
from .labelled_former_held_out_6 import FORMER_HELD_OUT_6_ENGLISH, FORMER_HELD_OUT_6_RUSSIAN
from .labelled_former_held_out_7 import FORMER_HELD_OUT_7_ENGLISH, FORMER_HELD_OUT_7_RUSSIAN
from .labelled_round_4 import ROUND_4_ENGLISH, ROUND_4_RUSSIAN
from .labelled_round_4b import ROUND_4B_ENGLISH, ROUND_4B_RUSSIAN
from .labelled_round_4c import ROUND_4C_ENGLISH, ROUND_4C_RUSSIAN
from .labelled_round_4d import ROUND_4D_ENGLISH, ROUND_4D_RUSSIAN
from .labelled_round_4e import ROUND_4E_ENGLISH, ROUND_4E_RUSSIAN
from .labelled_round_4f import ROUND_4F_ENGLISH, ROUND_4F_RUSSIAN
from .labelled_round_4g import ROUND_4G_ENGLISH, ROUND_4G_RUSSIAN
from .labelled_round_4h import ROUND_4H_ENGLISH, ROUND_4H_RUSSIAN
from .labelled_round_5b import ROUND_5B_ENGLISH, ROUND_5B_RUSSIAN
from .labelled_round_5c import ROUND_5C_ENGLISH, ROUND_5C_RUSSIAN
from .labelled_round_6b import ROUND_6B_ENGLISH, ROUND_6B_RUSSIAN
from .labelled_round_6c import ROUND_6C_ENGLISH, ROUND_6C_RUSSIAN
from .labelled_round_6d import ROUND_6D_ENGLISH, ROUND_6D_RUSSIAN
from .labelled_round_6e import ROUND_6E_ENGLISH, ROUND_6E_RUSSIAN
from .labelled_round_6f import ROUND_6F_ENGLISH, ROUND_6F_RUSSIAN
from .labelled_round_7b import ROUND_7B_ENGLISH, ROUND_7B_RUSSIAN
from .labelled_round_7c import ROUND_7C_ENGLISH, ROUND_7C_RUSSIAN
from .labelled_round_7d import ROUND_7D_ENGLISH, ROUND_7D_RUSSIAN
from .labelled_round_7e import ROUND_7E_ENGLISH, ROUND_7E_RUSSIAN
from .labelled_round_7f import ROUND_7F_ENGLISH, ROUND_7F_RUSSIAN
from .labelled_round_7g import ROUND_7G_ENGLISH, ROUND_7G_RUSSIAN
from .labelled_round_7h import ROUND_7H_ENGLISH, ROUND_7H_RUSSIAN
from .labelled_round_7i import ROUND_7I_ENGLISH, ROUND_7I_RUSSIAN
from .labelled_round_7j import ROUND_7J_ENGLISH, ROUND_7J_RUSSIAN
from .labelled_round_7k import ROUND_7K_ENGLISH, ROUND_7K_RUSSIAN
from .labelled_round_8b import ROUND_8B_ENGLISH, ROUND_8B_RUSSIAN
from .labelled_round_8c import ROUND_8C_ENGLISH, ROUND_8C_RUSSIAN
from .labelled_round_8d import ROUND_8D_ENGLISH, ROUND_8D_RUSSIAN

FORMER_HELD_OUT_RUSSIAN = [
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

FORMER_HELD_OUT_ENGLISH = [
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

# Round 2 (2026-11-29, after batch 2 of the held-out part was written): new tuning texts for the weaknesses found
# in this part. Not modelled on the held-out batch.
ROUND_2_RUSSIAN = [
    "Мама {{name|Насти}} попросила пересадить дочь от {{name|Кости Белоусова}}, потому что он дёргает её за косы.",
    "{{name|Людмила Геннадьевна}} из {{school|школы № 444}} ведёт у нас методобъединение.",
    "Классный руководитель {{class|8 «А»}} {{name|Р. Н. Хайруллина}} ушла в декрет, и класс остался без присмотра.",
    "Звоните мне на {{phone|+7 (999) 765-43-21}}, только не после девяти вечера.",
    "Ученица {{name|Алиса Ким}} из {{class|10-Б}} пишет жалобы в департамент на каждую оценку.",
    "Номер полиса {{document|5055210893000271}} мама продиктовала мне по телефону при детях.",
    "СНИЛС учителя {{document|112-233-445-95}} оказался в открытой таблице на сайте.",
    "ИНН физлица {{document|771987654321}} родитель указал в договоре на платный кружок.",
    "В анкете стояли паспортные данные отца: серия {{document|4508}} номер {{document|654321}}.",
    "Ученица пишет мне во ВКонтакте {{url|https://vk.com/id384756}} и в телеграм {{handle|@dasha_07}}.",
    "Бывший ученик создал фейковый профиль учителя: {{url|https://ok.ru/profile/578123456789}}.",
    "Меня пригласили в {{school|гимназию «Универс»}} вести литературу.",
    "Со следующего года нас переводят в {{school|филиал № 2}} {{school|колледжа № 26}}.",
    "Я учитель начальных классов в {{school|ГБОУ «Школа № 1583»}}, {{school|здание 3}}.",
    "Новая ученица {{name|Эмма О’Брайен}} приехала из Ирландии и стесняется говорить.",
    "{{name|Жукова-Ланская}} опять не сдала отчёт, а ругают меня.",
    "Я пожаловалась на {{name|Викторовну}} директору, но ничего не изменилось.",
    "Ученики 6 классов пишут ВПР по математике в апреле.",
    "Министерство просвещения выпустило новые методические рекомендации по воспитательной работе.",
    "Мы с классом ездили в Казань и Нижний Новгород на осенних каникулах.",
    "В классе 28 человек, из них пятеро с ОВЗ.",
    "Директор {{name|Сергей Иванович Лысенко}} сказал, что {{class|5 «Е»}} расформируют.",
    "Между {{class|4 «А»}} и {{class|4 «Б»}} идёт настоящая война за спортзал.",
    "Родители пишут на общую почту {{email|school444@mail.ru}}, а отвечать приходится мне.",
    "Семья живёт на {{address|Пролетарской улице, д. 8, кв. 12}}, в общежитии.",
    "Со слов отчима, {{name|Виктора Павловича}}, мальчик не ночевал дома.",
    "Ученик {{name|Ахмед}} плохо понимает русский язык, а переводчика нет.",
    "Я поставила {{name|Ване Кузнецову}} тройку, и его мама пришла ругаться.",
    "Наша завуч {{name|Елена Борисовна Ли}} не разрешает менять темы уроков.",
    "Учительница {{name|Чернова}} жалуется, что в {{class|7«Г»}} невозможно работать.",
    "Вчера мне позвонил папа {{name|Даниила}} и потребовал исправить четвертную оценку.",
    "Классный руководитель {{name|Марьям Ахмедовна}} собрала деньги на ремонт без всяких документов.",
    "Наша школа переходит на пятидневку, и расписание уроков меняют уже третий раз.",
    "В {{school|лицее № 2}} ({{school|корпус 1}}) закрыли столовую на ремонт, и дети голодные до обеда.",
    "Ученик {{class|8Г}} {{name|Марк Штольц}} на уроке назвал меня «старухой».",
    "Мама прислала мне фото справки: СНИЛС {{document|001-002-003 44}}, адрес и диагноз.",
    "Как отвечать на жалобы родителей в департамент, если они несправедливы?",
    "Учитель информатики {{name|Ян Вишневский}} просит учеников подписаться на его канал {{url|t.me/yan_informatika}}.",
    "Мне написала бабушка {{name|Златы}} в ватсап с номера {{phone|8 (905) 123-45-67}}.",
    "Наш директор ушёл на пенсию, а новый пока не назначен.",
    "У {{name|Маргариты Олеговны}} в классе все сидят по рядам по успеваемости.",
    "Ко мне подошла {{name|Тамара Ивановна}} и сказала, что {{name|Серёжа}} украл у неё телефон.",
    "Номер мамы {{phone|+7-926-000-11-22}}, но она просит звонить только после семи.",
    "Отец живёт в Германии, его номер {{phone|+49 151 23456789}}, и он требует отчёты о сыне.",
    "Я работаю в {{school|МАОУ «Лицей № 7»}} и веду два седьмых класса.",
    "Все учителя {{school|СОШ №3}} получили выговор за плохие результаты ЕГЭ.",
    "Нашу {{school|Школу № 1948}} присоединили к соседней, и теперь у нас пять зданий.",
    "Учительница из {{school|детского сада № 112}} жалуется на того же ребёнка.",
    "Старшеклассник завёл канал {{url|https://t.me/podslushano_1948}} и публикует сплетни об учителях.",
    "Девочки из {{class|9 «В»}} создали закрытый аккаунт {{handle|@9v_tea}} и обсуждают там одноклассниц.",
    "В личное дело ребёнка вложили копию паспорта матери {{document|4609 112233}} и свидетельство о рождении.",
    "ИНН: {{document|500100732259}}, так подписана анкета, которую родитель оставил на моём столе.",
    "Я написала {{name|Лидии Петровне}} на почту {{email|l.petrovna@school1948.ru}}, но она не ответила.",
    "На каникулах мы с учениками были в Эрмитаже и в Русском музее.",
    "Ученица {{name|Камила Юсупова}} из {{class|5«А»}} стесняется отвечать у доски.",
    "Директор сказал, что заявление на отпуск за свой счёт он не подпишет.",
    "{{name|Артемий}} и {{name|Фёдор}} из моего класса постоянно дерутся на переменах.",
    "Я обсудила ситуацию с {{name|Натальей Сергеевной Орловой}}, нашим соцпедагогом.",
]
ROUND_2_ENGLISH = [
    "{{name|Lily-Rose}} never brings her PE kit and her mum says it's my job to remind her.",
    "{{name|Mrs O'Donnell-Hayes}} rang about the residential trip three times today.",
    "I teach RE at {{school|St Mary's Catholic High School}} in Liverpool.",
    "{{name|Aisha}} is bright but refuses to write anything down.",
    "The twins, {{name|Oscar}} and {{name|Felix}}, swap seats to confuse supply teachers.",
    "The class teacher of {{class|Year 3B}} is off sick and I have covered for a month.",
    "Our head, {{name|Mr MacAllister}}, wants every lesson to start with a retrieval quiz.",
    "{{name|Dr. Van Houten}} from the educational psychology service cancelled again.",
    "The office gave out my number, {{phone|0207 946 0321}}, to a parent.",
    "Her father is in Dublin and calls on {{phone|+353 86 123 4567}} during lessons.",
    "He wrote from {{email|mr_jones.teacher@gmail.com}} pretending to be a teacher.",
    "A parent found my profile at {{url|https://www.linkedin.com/in/sarah-teacher-uk}} and messaged me there.",
    "Pupils follow a parody account, {{handle|@MsPatelTeaches}}, that mocks a colleague.",
    "I left {{school|Cardinal Newman College}} after two years of poor behaviour support.",
    "I was interviewed at {{school|Oakwood Lyceum}} and they asked about my social media.",
    "Our sixth form moved to {{school|Site 2}} of {{school|Harbour Academy}} across town.",
    "I use the Pomodoro technique with Year 10 and it helps them focus.",
    "My Head of Department says I should not set homework on Fridays.",
    "We follow the Singapore Maths approach in Key Stage 2.",
    "The Duke of Edinburgh Award expedition clashes with mock exams.",
    "{{name|Ms Li}} from the office says {{class|9B}} have lost their trip money.",
    "A boy in {{class|Grade 7A}} keeps drawing on other pupils' books.",
    "I'm worried about {{name|Reuben}}: he has lost weight and sleeps in lessons.",
    "{{name|Grace Okoro}} and {{name|Ben Whitaker}} were caught vaping in the toilets.",
    "The mother, {{name|Mrs Nowak}}, says {{name|Kacper}} is bullied on the bus.",
    "I read Romeo and Juliet with my Year 9 group and they loved the fight scenes.",
    "Our trust, the Northern Star Learning Partnership, sets every scheme of work centrally.",
    "Before I joined {{school|Greenfield Primary}}, I taught in Spain for five years.",
    "The father of {{name|Hamza}} wants to see every mark I give.",
    "{{name|Chloe}} was in tears after PE, and {{name|Chloe}}'s friends said it was about a group chat.",
    "Homework is a constant battle with my Year 8 groups.",
    "Attendance was terrible after Christmas, and the trust blamed the teachers.",
    "London is expensive, so most of my colleagues commute for an hour.",
    "Ofsted has changed the framework again and nobody knows what a deep dive looks like.",
    "Shakespeare is on the syllabus for every year group, and my pupils groan.",
    "I have a new pupil, {{name|Anneka}}, who arrived from Poland with no English.",
    "{{name|Marcus}} can be charming one minute and furious the next.",
    "When {{name|Toby}} was moved seats, he threw a chair across the room.",
    "A Year 4 boy, {{name|Alfie Brennan}}, has been collected late every day this week.",
    "I emailed {{name|Mr Hughes}} and {{name|Mrs Hughes}} about the incident and got no answer.",
    "The pupils in {{class|Year 7F}} made a video about me and put it online.",
    "The academy trust runs twelve schools and shares one HR department.",
    "Everyone in the department seems exhausted by November.",
    "My friend teaches at {{school|Millfield Grammar School}} and says the pressure is intense.",
    "Spain was a lovely place to teach, but the pay was low.",
    "My Year 13 student {{name|Imogen}} wants a reference but never attended my lessons.",
    "{{name|Mr Jean-Pierre Dubois}} teaches French and covers my tutor group.",
    "The school's safeguarding lead is {{name|Ms Oyelaran-Smith}}, but she is part-time.",
    "You can text me on {{phone|+61 412 345 678}}, I'm in Sydney this term.",
    "The parent rings from {{phone|(020) 7946 0999}} every morning.",
    "My tutees message a Discord server, and one of them is {{handle|@quietkid_42}}.",
    "The video was uploaded to {{url|https://www.youtube.com/@Year9Pranks}} last night.",
    "I applied to {{school|Westfield Academy}} and to {{school|Ridgeway School}} for September.",
    "The behaviour lead at {{school|Hollybrook Primary School}} refuses to exclude anyone.",
    "{{name|Connor}} punched {{name|Eli}} in the corridor, and both sets of parents blame me.",
    "Our new principal, {{name|Dr. Adaeze Nwosu}}, wants data every fortnight.",
    "The pupils in {{class|form 10C}} chose a charity for the year.",
    "Reading age tests show half of Year 7 are behind.",
    "Maths anxiety is real, and my GCSE group feels it every lesson.",
    "I met {{name|Priyanka}}'s dad at the gate and he was very aggressive.",
]

ROUND_2B_RUSSIAN = [
    "Ученица по фамилии {{name|Гринберг}} всё время спорит со мной на уроках истории.",
    "Я долго разговаривала с {{name|Колей}}, но он так и не объяснил, почему ушёл с урока.",
    "В {{class|1 «А»}} двадцать девять первоклассников и ни одного помощника.",
    "Мальчики из {{class|10-А}} сняли на видео, как {{name|Ксения Павловна}} плачет в коридоре.",
    "Паблик {{url|https://vk.com/public21987654}} публикует фотографии наших учеников без разрешения.",
    "Переписка с мамой идёт через почту {{email|mama-sashi@rambler.ru}}, и она пишет каждую ночь.",
    "Как объяснить коллегам, что я не обязана проверять их тетради?",
    "Мне досталась параллель восьмых классов, а опыта с подростками почти нет.",
    "{{name|Глафира Тимуровна}}, наш новый логопед, работает только по четвергам.",
    "Папа {{name|Лёвы}} сказал, что его сын не будет ходить на уроки музыки.",
    "На олимпиаду от {{school|лицея № 1580}} поехали трое моих учеников.",
    "В школе ввели пропуска по лицам, и теперь бабушки не могут забрать детей.",
]
ROUND_2B_ENGLISH = [
    "{{name|Miss Taylor}} from reception told a parent where I live.",
    "I spoke to {{name|Aaliyah}} after class and she admitted copying the essay.",
    "I told {{name|Jamie}} that his behaviour would be reported, and he laughed.",
    "The SENCo, {{name|Ms. Rodriguez-Vega}}, has forty pupils on her caseload.",
    "A Year 12 student, {{name|Hannah Lowther}}, reported a teacher for comments in class.",
    "The kids call me Sir, even though I asked them to use my name.",
    "We moved {{name|Dylan}} to another seat, and {{name|Dylan}} started crying.",
    "I praised {{name|Fatima}} in front of the class and she seemed embarrassed.",
    "My department uses Sparx Maths for homework and the pupils hate it.",
    "The pupil premium funding goes on tutoring, but nobody checks the impact.",
    "A dad messaged me on {{url|facebook.com/gary.whitlow.73}} asking why his son was in detention.",
    "I was at {{school|Bishop Vesey's Grammar School}} for six years before moving.",
]

ROUND_2C_ENGLISH = [
    "Year 9 is the hardest year to teach, and Year 10 is not much easier.",
    "I told Ofsted the truth about our behaviour data, and the head was furious.",
    "Science is my subject, but I have been timetabled for Geography as well.",
    "Our local authority has cut the SEN budget again.",
    "Christmas was chaotic: the nativity, the fair and the reports all in one week.",
    "Friday is the worst day, and the pupils know it.",
    "Duolingo has made my Spanish students overconfident.",
    "Canva is great for displays, but the school blocks it.",
    "The Education Endowment Foundation published a guide on feedback that I found helpful.",
    "Year 11 were told the Prom would be cancelled if behaviour did not improve.",
    "Lunch duty is unpaid, and I do four a week.",
    "We spoke to Social Services twice and nothing happened.",
    "Macbeth is the set text, and my class cannot follow the language.",
    "Mr Men books are still the favourite in my reception class.",
    "Next term is going to be hard, because {{name|Sarah}} from the office is leaving.",
]
ROUND_2C_RUSSIAN = [
    "Пушкин и Лермонтов в программе седьмого класса занимают половину года.",
    "Министерство опять поменяло критерии оценки итогового сочинения.",
    "Родители в чате пишут, что Дед Мороз на ёлке был пьян.",
    "Росгвардия проводила у нас учебную эвакуацию, и дети перепугались.",
    "В Москве учителям доплачивают за классное руководство больше, чем в регионах.",
]

ROUND_2D_RUSSIAN = [
    "На дистанционке {{name|Миша Ткаченко}} включал музыку во время урока, и я отключила ему микрофон.",
    "Мама {{name|Вари}} требует, чтобы я не ставила дочери оценки ниже четвёрки.",
    "Мой коллега по кафедре, {{name|Борис Ефимович}}, уже тридцать лет ведёт уроки по одним и тем же конспектам.",
    "На экскурсии в Ярославль потерялся ученик из {{class|6 «Б»}}, и меня обвиняют в халатности.",
    "Анкету с СНИЛС {{document|987-654-321 98}} и номером полиса {{document|7700123456789012}} забыли в автобусе.",
    "Учительница {{name|Е. С. Морозова}} из {{school|школы № 1101}} попросила провести у нас открытый урок.",
    "Родители подали жалобу на учителя физкультуры за то, что дети бегали на морозе.",
    "Ученик прислал мне в телеграм {{handle|@vova_shkolnik}} фото с ответами к контрольной.",
    "{{name|Арсений}} из {{class|3Б}} каждый день приходит без завтрака.",
    "Новая директор {{school|гимназии № 2}} {{name|Инна Валерьевна Стрельникова}} уволила половину коллектива.",
    "Мне написали с номера {{phone|8 999 111 22 33}} и представились родителем, но это был ученик.",
    "Отчим ученицы, {{name|Геннадий}}, требует, чтобы я сообщала ему о каждом её опоздании.",
]
ROUND_2D_ENGLISH = [
    "During remote lessons {{name|Harvey}} kept unmuting to play music, and his mum defended him.",
    "A parent, {{name|Mr Abiodun}}, wants his daughter moved out of {{class|Year 8M}}.",
    "The twins' grandmother lives at {{address|14 Station Road}} and collects them most days.",
    "I left {{school|Queensbridge High School}} because the behaviour policy was never enforced.",
    "Our school trip to York was cancelled after two pupils were caught shoplifting.",
    "My student {{name|Zofia Wiśniewska}} translates for her parents at every meeting.",
    "Can you send the report to {{email|a.clarke@hollybrook.sch.uk}} before Friday?",
    "{{name|Ethan}} hid under the table for the whole lesson and nobody from SLT came.",
    "The exam officer gave the wrong paper to {{class|class 11C}}, and now the pupils are panicking.",
    "A mother from {{class|Year 2K}} follows me on {{url|https://www.instagram.com/lauren.k.mum}} and comments on "
    "my posts.",
    "It is my first year at a primary school, and the workload is overwhelming.",
    "I teach in {{school|Block 4}} of {{school|Fairfield College}}, far from the staff room.",
]

# Held-out batch 2 (formerly `labelled_held_out_2.py`), now TUNED. It was written on 2026-11-29, finished at
# 23:01 UTC, before any rule was changed in the second round, and never tuned on in that round: its baseline then
# (23:01) was precision 0.97, recall 0.91; its final score with the second round's rules (frozen at 23:12) was
# precision 0.99, recall 0.92 (name 0.86 on 36 spans, class 0.92 on 12, url 0.80 on 5, the rest 1.00). Held-out
# batch 3 (`labelled_held_out_3.py`) was written next; then, at 23:57 UTC, this batch's per-text misses were read
# and it was moved here, so from the third round on the rules are tuned on it.
FORMER_HELD_OUT_2_RUSSIAN = [
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

FORMER_HELD_OUT_2_ENGLISH = [
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

# Written while tuning in the third round (2026-11-29/30), for kinds of mention the tuned part had few of: a lone
# name in the middle of a sentence, a name opening a sentence before an ordinary verb, names in lists and
# headings, surnames alone, colloquial patronymics; and texts full of capitalised words that are not names.
ROUND_3_ENGLISH = [
    "{{name|Marcus}} threw his planner across the room when I moved him.",
    "I have asked {{name|Imogen}} twice to put her phone away.",
    "Yesterday {{name|Bartek}} arrived without a coat again, and it was snowing.",
    "The only one who listens is {{name|Anwen}}, and the others tease her for it.",
    "Attendance list for the trip: {{name|Kieran}}, {{name|Precious}}, {{name|Mateusz}} and {{name|Ffion}}.",
    "{{name|Hollingsworth}} in {{class|Year 10G}} copied his whole essay from the internet.",
    "I sat {{name|Dominika}} next to {{name|Oisin}} and they finally started working.",
    "{{name|Brodie}} and {{name|Keira}} in {{class|9Y2}} were caught vaping in the toilets.",
    "Our SENCo, {{name|Mr. van der Berg}}, is off sick until Easter.",
    "It was {{name|Tariq}} who started the rumour, according to three witnesses.",
    "Behaviour log - {{name|Reggie Thornton}} - refused to follow instructions in science.",
    "We are studying Romeo and Juliet, and half the class is on Tybalt's side.",
    "The trust sent us to a conference in Birmingham about Rosenshine's principles.",
    "In Geography we covered Brazil, Kenya and Iceland before Christmas.",
    "Our new reading scheme is Read Write Inc, and the training is in the Autumn Term.",
    "We use Arbor for registers and Bromcom for reports, and neither works properly.",
    "Students in {{class|7C}} visited the Natural History Museum in November.",
    "Head of Department meeting notes: Curriculum Review, Assessment Calendar, Staffing.",
    "The parents' group chat is at {{url|https://chat.whatsapp.com/Bq4Lm8tYw2Xc}} and pupils are in it too.",
    "Please forward this to {{name|Mrs O'Neill-Barker}} before the review meeting.",
    "I'm worried about {{name|Esme}}: she has stopped eating lunch.",
    "The caretaker, {{name|Dougie}}, lets the older boys into the gym after hours.",
    "My tutor group includes {{name|Alfie}}, whose dad is in prison, and the others know.",
    "When {{name|Nadia}} came back from Pakistan, she had fallen far behind in English.",
    "We're doing a unit on the Tudors, and the kids love Henry VIII.",
    "Sorry for the long post. Summary: {{name|Leon}} bites, hits and spits, and nobody helps.",
]
ROUND_3_RUSSIAN = [
    "{{name|Палыч}}, наш физрук, отпускает мальчиков с уроков покурить.",
    "Вчера {{name|Семёновна}} снова отчитала меня при детях.",
    "Сегодня {{name|Кирилловна}} не пришла на педсовет, и нас всех оставили после уроков.",
    "Потом {{name|Захаров}} из {{class|8 «А»}} признался, что телефон взял он.",
    "В октябре мы ездили в Тулу и в Ясную Поляну, дети писали сочинение о Толстом.",
    "Ученики {{name|Гаврилов}} и {{name|Шамсутдинова}} постоянно спорят со мной на уроках.",
]

ROUND_3B_ENGLISH = [
    "We went to Cardiff for the netball final and lost to a team from Swansea.",
    "My Year 10s are studying Frankenstein, and they find Victor unbearable.",
    "Our school switched from Edmodo to Teams over the summer.",
    "The inspector from Estyn asked about our Welsh provision in March.",
    "Has anyone tried Kagan structures or Doug Lemov's techniques with a tough group?",
    "Lunch duty update: the Canteen will close early on Wednesdays because of Ramadan.",
    "A supply teacher sent a list of pupils to Kerboodle by mistake.",
    "I grew up in Lagos and now teach in Dundee, and the accent jokes are constant.",
    "Our geography trip to Snowdonia was cancelled because of the weather.",
    "Whoever wrote the new timetable put me in Room 14 and then in the Sports Hall.",
    "Cover request: please collect {{name|Priyanka}}'s work from my pigeonhole.",
    "I spoke to {{name|Kwabena}} after class and he admitted he had not slept.",
    "The girls, {{name|Saoirse}} and {{name|Mei}}, share a desk and never stop talking.",
    "Our receptionist said {{name|Delphine}} had been collected by an aunt nobody knew.",
    "Apparently {{name|Rory}} told the whole class I was leaving.",
    "The youngest, {{name|Jonah}}, follows his brother everywhere at break.",
    "Please tell {{name|Mrs Abara}} that {{name|Femi}} has a dentist appointment at two.",
    "Every morning {{name|Lukas}} waits outside the staff room until I arrive.",
    "{{name|Dana}} ignored me for the whole lesson and then complained that nobody helped her.",
    "Parents evening started late because the hall was booked for a concert.",
    "Ofsted visited us in May and praised the reading curriculum.",
]
ROUND_3B_RUSSIAN = [
    "Весной мы с классом ездили в Суздаль, а летом — в Карелию.",
    "Вечером {{name|Степаныч}} позвонил мне и сказал, что замены не будет.",
    "Утром {{name|Марина Викторовна}} сказала, что отчёт нужен к обеду.",
]

RULES_TUNED_RUSSIAN = (
    RUSSIAN
    + HELD_OUT_RUSSIAN
    + FORMER_HELD_OUT_RUSSIAN
    + MORE_RUSSIAN
    + ROUND_2_RUSSIAN
    + ROUND_2B_RUSSIAN
    + ROUND_2C_RUSSIAN
    + ROUND_2D_RUSSIAN
    + FORMER_HELD_OUT_2_RUSSIAN
    + ROUND_3_RUSSIAN
    + ROUND_3B_RUSSIAN
    + FORMER_HELD_OUT_3_RUSSIAN
    + ROUND_4_RUSSIAN
    + ROUND_4B_RUSSIAN
    + ROUND_4C_RUSSIAN
    + ROUND_4D_RUSSIAN
    + ROUND_4E_RUSSIAN
    + ROUND_4F_RUSSIAN
    + ROUND_4G_RUSSIAN
    + ROUND_4H_RUSSIAN
    + FORMER_HELD_OUT_4_RUSSIAN
    + ROUND_5B_RUSSIAN
    + ROUND_5C_RUSSIAN
    + FORMER_HELD_OUT_5_RUSSIAN
    + ROUND_6B_RUSSIAN
    + ROUND_6C_RUSSIAN
    + ROUND_6D_RUSSIAN
    + ROUND_6E_RUSSIAN
    + ROUND_6F_RUSSIAN
)
RULES_TUNED_ENGLISH = (
    ENGLISH
    + HELD_OUT_ENGLISH
    + FORMER_HELD_OUT_ENGLISH
    + MORE_ENGLISH
    + ROUND_2_ENGLISH
    + ROUND_2B_ENGLISH
    + ROUND_2C_ENGLISH
    + ROUND_2D_ENGLISH
    + FORMER_HELD_OUT_2_ENGLISH
    + ROUND_3_ENGLISH
    + ROUND_3B_ENGLISH
    + FORMER_HELD_OUT_3_ENGLISH
    + ROUND_4_ENGLISH
    + ROUND_4B_ENGLISH
    + ROUND_4C_ENGLISH
    + ROUND_4D_ENGLISH
    + ROUND_4E_ENGLISH
    + ROUND_4F_ENGLISH
    + ROUND_4G_ENGLISH
    + ROUND_4H_ENGLISH
    + FORMER_HELD_OUT_4_ENGLISH
    + ROUND_5B_ENGLISH
    + ROUND_5C_ENGLISH
    + FORMER_HELD_OUT_5_ENGLISH
    + ROUND_6B_ENGLISH
    + ROUND_6C_ENGLISH
    + ROUND_6D_ENGLISH
    + ROUND_6E_ENGLISH
    + ROUND_6F_ENGLISH
)
# Written after the rules last changed (8bf7db2) and never tuned on by them: the span model learns from these how far
# each proposal of the rules can be trusted.
RULES_UNSEEN_RUSSIAN = (
    FORMER_HELD_OUT_6_RUSSIAN
    + ROUND_7B_RUSSIAN
    + ROUND_7C_RUSSIAN
    + ROUND_7D_RUSSIAN
    + ROUND_7E_RUSSIAN
    + ROUND_7F_RUSSIAN
    + ROUND_7G_RUSSIAN
    + ROUND_7H_RUSSIAN
    + ROUND_7I_RUSSIAN
    + ROUND_7J_RUSSIAN
    + ROUND_7K_RUSSIAN
    + FORMER_HELD_OUT_7_RUSSIAN
    + ROUND_8B_RUSSIAN
    + ROUND_8C_RUSSIAN
    + ROUND_8D_RUSSIAN
)
RULES_UNSEEN_ENGLISH = (
    FORMER_HELD_OUT_6_ENGLISH
    + ROUND_7B_ENGLISH
    + ROUND_7C_ENGLISH
    + ROUND_7D_ENGLISH
    + ROUND_7E_ENGLISH
    + ROUND_7F_ENGLISH
    + ROUND_7G_ENGLISH
    + ROUND_7H_ENGLISH
    + ROUND_7I_ENGLISH
    + ROUND_7J_ENGLISH
    + ROUND_7K_ENGLISH
    + FORMER_HELD_OUT_7_ENGLISH
    + ROUND_8B_ENGLISH
    + ROUND_8C_ENGLISH
    + ROUND_8D_ENGLISH
)
RULES_TUNED = RULES_TUNED_RUSSIAN + RULES_TUNED_ENGLISH
RULES_UNSEEN = RULES_UNSEEN_RUSSIAN + RULES_UNSEEN_ENGLISH
TUNED_RUSSIAN = RULES_TUNED_RUSSIAN + RULES_UNSEEN_RUSSIAN
TUNED_ENGLISH = RULES_TUNED_ENGLISH + RULES_UNSEEN_ENGLISH
