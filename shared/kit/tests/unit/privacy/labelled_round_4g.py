"""Texts written for round 4 of the de-identifier by a seventh author (part of the TUNED part once read): Mon Nov 30
02:54:09 UTC 2026, written without reading the rules or held-out batch 4.

Marks: {{kind|text}}, kinds: name, school, address, phone, email, url, handle, document, class. Conventions as in the
other labelled batches: English names include a title and initials, a possessive 's stays outside; a role word is not
part of a name; a Russian possessive adjective made from a name is a name; a full name with patronymic is one span;
English class labels include the word before them, a bare set code is the code alone, a bare year is not marked; a
school's building or branch is its own school span; personal numbers are digits only; a profile or group link is a url,
a bare @name is a handle; authors, characters, historical figures, theorists and public bodies are not marked, a
pseudonym the writer gives a child is.
"""

ROUND_4G_RUSSIAN = [
    (
        "Коллеги, нужен совет. В моём {{class|7 «Б»}} есть мальчик, {{name|Артём}}, который на каждом уроке алгебры "
        "кладёт голову на парту и молчит. Мама, {{name|Ольга Викторовна}}, говорит, что дома он «совершенно "
        "нормальный». Что бы вы сделали на моём месте?"
    ),
    (
        "Тема: родительское собрание 14 марта. {{name|Гордеевы}} просили перенести встречу на пятницу, а "
        "{{name|Лейла Мамедова}} не отвечает на звонки уже третью неделю. Её телефон: {{phone|+7 916 204-38-71}}."
    ),
    (
        "Прочитали с девятиклассниками «Капитанскую дочку». Спор о Швабрине и Гринёве получился жарким, но к концу "
        "урока все сошлись на том, что Пушкин не оправдывает никого. Пугачёв у них вызвал больше симпатии, чем я "
        "ожидала. В следующий четверг переходим к Гоголю."
    ),
    (
        "Завуч {{name|Скворцова}} снова попросила сдать рабочие программы до понедельника. Кто-нибудь знает, можно ли "
        "загрузить их в Сферум, или только на почту {{email|metod.sovet57@yandex.ru}}?"
    ),
    (
        "Я работаю в {{school|школе № 1489}} второй год. Веду русский в {{class|5 «А»}} и {{class|6 «В»}}. Самая "
        "сложная ученица — {{name|Вероника}}: на каждую мою просьбу она отвечает «а зачем?»"
    ),
    (
        "Служебная записка. Довожу до вашего сведения, что ученик {{class|8 «Г»}} класса {{name|Кравченко Д. С.}} "
        "12.02 покинул урок физики без разрешения. Учитель: {{name|Белоусова Н. А.}}"
    ),
    (
        "{{name|Сонину}} маму я видела только один раз — на линейке первого сентября. С тех пор она пишет мне "
        "исключительно по ночам в Телеграм, и всегда голосовыми."
    ),
    (
        "Подскажите, как оформить пакет документов для ПМПК? Нужны СНИЛС ребёнка ({{document|123-456-789 01}}) и полис "
        "ОМС, номер {{document|7755 4400 1234 5678}}. Куда это всё отправлять — в управление образования или в "
        "поликлинику?"
    ),
    (
        "Итоги мониторинга за октябрь: средний балл по математике в параллели седьмых классов — 3,6. Рособрнадзор "
        "опубликовал новые демоверсии ОГЭ, ссылки есть на сайте ФИПИ. Обсудим на заседании МО в среду."
    ),
    (
        "Мой наставник, {{name|Ирина Павловна}}, посоветовала мне не повышать голос, а просто замолчать и ждать. "
        "Сработало! Даже {{name|Жека}} с последней парты поднял глаза."
    ),
    (
        "Ученица {{name|Маша}} из {{class|10А}} принесла мне рисунок с надписью «Спасибо за Чехова». Я чуть не "
        "расплакалась. {{name|Машиной}} маме я потом написала благодарность в электронный дневник."
    ),
    (
        "Адрес для отправки характеристики: {{address|ул. Гагарина, д. 17, кв. 54}}, получатель — "
        "{{name|Тихонова Елена Сергеевна}} (бабушка, опекун)."
    ),
    (
        "Разговаривала сегодня с {{name|Петровичем}}, нашим трудовиком. Он говорит, что {{name|Рустам}} на его уроках "
        "совсем другой: аккуратный, внимательный, помогает младшим."
    ),
    (
        "Вопрос к словесникам: как вы объясняете «Грозу» Островского ребятам, которые никогда не были на Волге? Я "
        "показываю отрывки из фильма, но Катерина и Кабаниха им всё равно непонятны. Может, начать с Добролюбова?"
    ),
    (
        "Группа нашего класса во ВКонтакте: {{url|https://vk.com/club218847301}}. Туда же выкладываю домашние задания. "
        "Родители, которых нет во ВКонтакте, пишите мне в телеграм {{handle|@anna_literatura}}."
    ),
    (
        "Сегодня в {{school|корпусе 2}} снова не работал проектор, и урок в {{class|9-м «Г»}} классе пришлось вести "
        "«на пальцах». {{name|Дима Соловьёв}} сказал, что так даже интереснее."
    ),
    (
        "Назову её {{name|Лисёнок}} — так она сама себя называет в сочинениях. {{name|Лисёнок}} живёт с отцом и "
        "последний месяц приходит в школу без завтрака. Я не знаю, с кем об этом говорить в первую очередь."
    ),
    (
        "Расписание на следующую неделю: понедельник — открытый урок по биологии, вторник — ВПР по истории, четверг — "
        "экскурсия в Третьяковку. В пятницу методический день, уроков нет."
    ),
    (
        "{{name|Никита}}, {{name|Сева}} и {{name|Ахмед}} опять подрались на перемене. Разнимал их "
        "{{name|Олег Николаевич}}, физрук. Что делать — писать докладную или сначала поговорить с каждым?"
    ),
    (
        "Паспорт матери: серия {{document|4511}}, номер {{document|672309}}. Данные нужны для оформления компенсации "
        "за питание, пришлите, пожалуйста, до 20 числа."
    ),
    (
        "Как вы работаете с тревожными детьми? У меня {{name|Ксюша}} из {{class|4 «Д»}} плачет перед каждой "
        "контрольной. Школьный психолог, {{name|Анна Игоревна}}, советует давать ей задания заранее."
    ),
    (
        "Цитата дня от Выготского: обучение ведёт за собой развитие. Повесила её в кабинете рядом с портретом "
        "Менделеева и таблицей неправильных глаголов для английского."
    ),
    (
        "Пишу из {{school|лицея «Вектор»}}. У нас новенький, {{name|Тимур Хасанов}}, переехал из Казани. Ребята его "
        "пока сторонятся, а {{name|Тимуровы}} родители просят не обращать внимания на его акцент."
    ),
    (
        "Здравствуйте, {{name|Галина Михайловна}}! Спасибо за вчерашний разбор моего урока. Я учла замечание про время "
        "на рефлексию — сегодня в {{class|6 «Б»}} оставила на неё семь минут."
    ),
    (
        "Коротко по проектам: {{name|Захаров}} — не сдал; {{name|Литвиненко}} — сдал, но списано; {{name|Ким}} — "
        "отлично; {{name|Абрамян}} — болеет с понедельника."
    ),
    (
        "Кто ездил на курсы в Институт развития образования? Стоит ли тратить на них весь ноябрь? Говорят, лекции по "
        "ФГОС скучные, но практикум по Excel полезный."
    ),
    (
        "Мама {{name|Вани Кузьмина}} звонила с номера {{phone|8 (903) 117-22-09}} и требовала исправить четвертную. Я "
        "объяснила, что оценка выставлена по среднему баллу, но, кажется, она не услышала."
    ),
    (
        "Моя первая неделя в {{school|ГБОУ «Школа № 2107»}}. Дали классное руководство в {{class|5 «Е»}}. Тридцать "
        "один человек, из них две девочки с одинаковым именем — {{name|Алиса Ф.}} и {{name|Алиса Ш.}}"
    ),
    (
        "Отчёт о посещении урока. Учитель: {{name|Самойлова Т. В.}} Класс: {{class|11 «А»}}. Тема: «Тургенев. Отцы и "
        "дети». Урок выстроен логично, однако Базаров как тип героя раскрыт поверхностно."
    ),
    (
        "Объявление для молодых педагогов района: в субботу в Доме учителя на Тверской пройдёт мастер-класс по "
        "формирующему оцениванию. Проводит методист из МГПУ. Записываться через Госуслуги не нужно."
    ),
    (
        "{{name|Серёжка}} — так его зовут все, даже учителя. Вчера он принёс в класс ежа. Ёж теперь живёт в кабинете "
        "биологии у {{name|Людмилы Петровны}}."
    ),
    (
        "Родитель {{name|Фатима Алиева}} просит связываться с ней по почте {{email|f.alieva1985@mail.ru}}: по телефону "
        "не отвечает, работает в ночную смену."
    ),
    (
        "Боюсь, что {{name|Егор}} столкнулся с травлей. В чате класса ему пишут гадости, один из аккаунтов — "
        "{{handle|@shadow_wolf_7b}}. Как правильно подключить администрацию и не сделать хуже?"
    ),
    (
        "Кто-нибудь пробовал Яндекс Учебник в начальной школе? Мы в феврале перешли с Учи.ру, дети довольны, но отчёты "
        "для родителей неудобные."
    ),
    (
        "{{name|Елизавета Андреевна}}, подскажите, пожалуйста, в какой кабинет перенесли кружок робототехники? Ребята "
        "из {{class|3 «В»}} ждали у закрытой двери двадцать минут."
    ),
    (
        "Прошу зачислить моего сына, {{name|Гусейнова Эльдара Рашидовича}}, в {{class|1 «Б»}} класс "
        "{{school|МАОУ СОШ № 12}}. Адрес проживания: {{address|пр. Мира, д. 102, кв. 7}}. Паспорт заявителя: "
        "{{document|46 18 553201}}."
    ),
    (
        "Из опыта: {{name|Даня}} начал читать, только когда я дала ему комиксы про Человека-паука. Теперь просит "
        "«что-нибудь как у Жюля Верна». {{name|Данину}} бабушку это очень радует."
    ),
    (
        "Подведение итогов олимпиады по обществознанию. Лучшие работы были по теме «Конституция Российской Федерации», "
        "жюри отметило знание статей о правах ребёнка. Награждение — в актовом зале в среду, грамоты вручает "
        "{{name|Зоя Фёдоровна}}."
    ),
    (
        "Вот мой вопрос: нормально ли, что директор, {{name|Виктор Степанович}}, сидит на каждом моём уроке? Уже "
        "шестой раз за месяц. Другие молодые, например {{name|Лена}} из соседнего кабинета, такого не видели."
    ),
    (
        "ИНН для оформления вычета: {{document|772104518830}}. Передайте, пожалуйста, в бухгалтерию вместе с "
        "заявлением {{name|Коваленко О. И.}}"
    ),
    (
        "{{name|Алёнка}} и {{name|Полина}} из {{class|2 «Г»}} поменялись местами без спроса. Мелочь, но "
        "{{name|Полинин}} папа тут же написал, что я «не контролирую класс»."
    ),
    (
        "Добрый вечер! Это {{name|Константин Юрьевич}}, классный руководитель {{name|Алины}}. Завтра в 8:15 жду вас в "
        "кабинете 214."
    ),
    (
        "Заметки после педсовета: 1) Новая форма КТП с января. 2) Всероссийская олимпиада школьников — школьный этап "
        "до 25 октября. 3) Минпросвещения рекомендует сократить домашние задания в начальной школе. Подробности: "
        "https://edu.gov.ru/press/"
    ),
    (
        "В {{school|гимназии № 1567}} меня попросили взять кружок шахмат. Пока записались четверо: {{name|Гриша}}, "
        "{{name|Наиль}}, {{name|Вика}} и {{name|Ярослав}}."
    ),
    (
        "Тяжёлый разговор с отцом {{name|Макара}}. Он считает, что литература — пустая трата времени, а Толстой «писал "
        "для бездельников». Я пыталась объяснить, но, кажется, только разозлила его."
    ),
    (
        "Поздравляем {{name|Арину Сергеевну Волкову}} с успешной аттестацией! Её наставник, "
        "{{name|Прохоров Игорь Леонидович}}, отмечает, что уроки в {{class|8 «А»}} стали заметно живее."
    ),
    (
        "В понедельник читали Булгакова. Когда дошли до Воланда, весь класс оживился. Мастер и Маргарита показались им "
        "скучнее, чем кот Бегемот. Ничего, до мая успеем и Шарикова."
    ),
    (
        "Меня зовут {{name|Диляра}}, я учитель начальных классов в {{school|школе № 5}}, {{school|корпус 3}}. Хочу "
        "спросить про ребёнка с СДВГ: {{name|Мирон}} не может усидеть на месте и пяти минут."
    ),
    (
        "Ссылка на мой профиль в Одноклассниках: {{url|https://ok.ru/profile/578112340985}} — если нужно, пишите в "
        "личные сообщения."
    ),
    (
        "Прошу коллег поделиться опытом подготовки к ЕГЭ по английскому. Какие пособия используете — Macmillan или "
        "Pearson? Я пока работаю по «Spotlight», но для 11 класса этого мало, особенно для {{name|Тагира}}, который "
        "метит на 90+."
    ),
    (
        "{{name|Юлия Романовна}} ушла в декрет, и мне отдали её {{class|10 «Б»}}. Ребята встретили меня словами «а вы "
        "надолго?». Особенно старается меня задеть {{name|Ростислав}}."
    ),
    (
        "Докладная записка. Ученики {{name|Баранов}} и {{name|Шестаков}} ({{class|9 «В»}}) во время дежурства сорвали "
        "объявление со стенда «Наши отличники». Прошу принять меры. Дежурный учитель {{name|Н. К. Мельникова}}."
    ),
    (
        "Новенькая, {{name|Варвара Соколова-Мирская}}, пришла к нам из {{school|гимназии «Логос»}}. Сразу заявила, что "
        "в {{class|7 «Г»}} ей скучно."
    ),
    (
        "Пятничная рубрика «Книжная полка»: Астрид Линдгрен для младших, «Гарри Поттер» для средних, Ремарк для "
        "старших. Что ещё добавить? Из современных советуют Нину Дашевскую."
    ),
    (
        "Вся школа зовёт охранника {{name|Иванычем}}. Он знает по имени каждого ребёнка и первым заметил, что "
        "{{name|Кирилл}} из {{class|6 «А»}} уходит домой один через стройку."
    ),
]

ROUND_4G_ENGLISH = [
    (
        "{{name|Grace}} is the quietest pupil in my {{class|Year 8R}} tutor group, but her written work is "
        "outstanding. How do I get her to speak up without putting her on the spot?"
    ),
    (
        "{{name|Will}} keeps calling out during the register. I moved {{name|Will}} next to {{name|Priya}}, which "
        "helped for a day, and then he started chatting with her instead."
    ),
    (
        "Macbeth with Year 10 this term. They loved the witches, hated Lady Macbeth, and were baffled by Banquo. "
        "Duncan gets killed off too early for their liking. Any ideas for making Act 3 land? We have the National "
        "Theatre recording on Friday."
    ),
    (
        "Subject: parents' evening, {{name|Mrs Okonkwo}}. Hi {{name|Tom}}, {{name|Mrs Okonkwo}} called the office "
        "asking to reschedule her appointment about {{name|Chidi}}. She's free on Thursday after 4. Her number is "
        "{{phone|07700 912 448}}."
    ),
    (
        "I'm an ECT at {{school|Harrowgate Academy}} and I'm struggling with {{class|Form 7T}}. Three boys, "
        "{{name|Kacper}}, {{name|Jayden}} and {{name|Rohan}}, run the room. Any advice welcome."
    ),
    (
        "{{name|Hope}} was in tears after the mock. She's convinced she'll fail her GCSEs. I sat with her at lunch and "
        "we made a revision timetable together."
    ),
    (
        "Reading list for spring: Orwell's Animal Farm, Steinbeck's Of Mice and Men, and a bit of Dickens. Napoleon "
        "gets booed every single lesson. Boxer makes them cry every time. Squealer is the one they love to hate."
    ),
    (
        "Safeguarding note. On Tuesday {{name|Ruby Hart}} ({{class|9X2}}) disclosed that she is often left alone "
        "overnight. Reported to the DSL, {{name|Mr Fairweather}}, at 10:40."
    ),
    (
        "Could anyone recommend a good phonics scheme? We use Read Write Inc. at "
        "{{school|St Anne's C of E Primary School}}, but {{name|Mateo}} and {{name|Zainab}} in my {{class|class 2B}} "
        "are still stuck on the set 1 sounds."
    ),
    (
        "Thanks so much to {{name|Dr. A. Whitfield}} for observing my lesson yesterday. Her feedback on questioning "
        "was brilliant and I've already changed my starter."
    ),
    (
        "Quick one: does anyone know how to stop a child chewing pencils? {{name|Summer}} gets through about three a "
        "day. Her mum says it's sensory."
    ),
    (
        "Ofsted are due in March. Our head has asked everyone to update their SEND registers on Arbor and check the "
        "new curriculum maps on Google Drive before half term."
    ),
    (
        "Between {{name|Aleksander}} and {{name|Fatou}} there's a real rivalry in maths. I'm trying to use it: they "
        "race each other on Times Tables Rock Stars every morning."
    ),
    (
        "{{name|Mark}} has finished every book in our class library. I asked {{name|Mark}} to write reviews for the "
        "younger kids and he's produced twelve so far."
    ),
    (
        "Home visit report. Address: {{address|14 Elm Road}}, Leyton. Present: {{name|Ms Darcy Kowalski}} (mother), "
        "{{name|Leo}} (pupil, {{class|Year 4H}}). The flat was clean, but the child has no desk to work at."
    ),
    (
        "My mentor, {{name|Mr O'Sullivan}}, says I should stop planning until midnight. Easier said than done when you "
        "have five different year groups."
    ),
    (
        "Does anyone else find that Year 9 switch off completely after Easter? We did a project on the Suffragettes "
        "and the Representation of the People Act. Emmeline Pankhurst went down well, but only for a week."
    ),
    (
        "{{name|Rose}} wants to move sets. She's in {{class|8M3}} and thinks the work is too easy, but her test scores "
        "say otherwise."
    ),
    (
        "Email from {{name|Jenny}}: 'Hi, I'm {{name|Callum Reid}}'s mum. Can you send me his homework? My email is "
        "{{email|jenny.reid84@gmail.com}}.'"
    ),
    (
        "Parent called from Boston: {{phone|+1 (617) 555-0192}}. Her son, {{name|Ethan}}, will be joining "
        "{{class|grade 6A}} after the winter break. She asked whether we follow the Common Core."
    ),
    (
        "Lesson observation: {{name|Ms Nguyen}}, Year 11 English. Strengths: clear modelling, good use of mini "
        "whiteboards. Next steps: stretch {{name|Ibrahim}} and {{name|Yusuf}}, who finished early and drifted."
    ),
    (
        "The Department for Education has published new guidance on mobile phones. Link for anyone who hasn't seen it: "
        "https://www.gov.uk/government/news/mobile-phones-in-schools. Our SLT will discuss it on Monday."
    ),
    "I praised {{name|Jayden}} for the first time in weeks and he just stared at me. Then he smiled. Small wins.",
    (
        "{{name|Olu}} sits at the back and draws dragons. {{name|Olu}}'s dragons are genuinely amazing, so I've asked "
        "him to illustrate our poster for Black History Month."
    ),
    (
        "Hi all, I teach at {{school|Brookfield Primary}}. Our parent WhatsApp group got nasty last night after "
        "{{name|Mrs Lang-Fitzroy}} posted about nits. How do you handle parent group drama?"
    ),
    (
        "I'll call him {{name|Sparrow}}, because he's small and never stops moving. {{name|Sparrow}} has been excluded "
        "twice this year, and every time he comes back angrier."
    ),
    (
        "Anyone using Canva or Padlet for revision? Our Year 13 psychologists love Padlet for Milgram and Zimbardo, "
        "and I've made a Bowlby timeline on Canva. Ainsworth is next."
    ),
    (
        "Follow our class on Instagram: {{url|https://www.instagram.com/mrs_bakers_class5b}} (all photos are posted "
        "with parental consent), or on X at {{handle|@Year5Bakers}}."
    ),
    (
        "{{name|Ana Lucía}} reads beautifully in Spanish but freezes in English. I paired her with {{name|Marta}}, who "
        "speaks both, and she's started answering questions."
    ),
    (
        "Cover notes, Period 3, {{class|10X1}}: seating plan is on the desk. Do NOT let {{name|Brandon}} and "
        "{{name|Kai}} sit together. {{name|Amelia}} can hand out the textbooks."
    ),
    (
        "My student {{name|Wei}} has moved back to China with his family. How do I take him off the roll and write a "
        "leaving report?"
    ),
    (
        "Teaching 'An Inspector Calls': is Mr Birling the villain or Sheila the hero? My class can't agree. Eric wants "
        "sympathy he hasn't earned. Priestley would be delighted by the argument."
    ),
    (
        "Does anyone else have a kid who hums all day? {{name|Theo}} does, and the others are starting to complain. "
        "I've spoken to {{name|Theo}}'s dad and he says it's the same at home."
    ),
    (
        "I work at {{school|School No. 12}} in Almaty, an English-medium school. In my {{class|grade 7C}}, "
        "{{name|Aigerim}} and {{name|Daniyar}} are the strongest readers by far."
    ),
    (
        "Incident report. Date: 3 February. Pupils involved: {{name|Harvey Mills}}, {{name|Lennox Obi}}. Location: "
        "{{school|Building 2}}, ground floor corridor. Summary: a scuffle over a football. Witness: "
        "{{name|Miss Abernathy}}."
    ),
    (
        "Reminder: the Christmas concert is on Wednesday in the main hall. Choir rehearsal is on Tuesday lunchtime. "
        "Please send programmes to {{name|Mrs Faulkner}} in Reprographics by Friday."
    ),
    (
        "{{name|Kofi}}, {{name|Isla}}, {{name|Noor}}, {{name|Freddie}}: these four have not handed in any homework "
        "this half term. I'm thinking of a lunchtime club rather than detentions."
    ),
    (
        "I asked {{name|Grace}} to read her poem aloud and the whole class went silent. She'd written it after we "
        "studied Grace Nichols, and honestly it was better than mine."
    ),
    (
        "The deputy head, {{name|Mr Clarke}}, wants all of us to log behaviour on ClassCharts by Friday. Is anyone "
        "else finding it painfully slow?"
    ),
    (
        "Tips for new teachers from my mentor, {{name|Will Harding}}: Rosenshine's Principles, Doug Lemov's Teach Like "
        "a Champion, and anything by Dylan Wiliam on assessment. Start with Chapter 2."
    ),
    (
        "{{name|Mia}}'s mum emailed at 11pm again. I've told her I reply during school hours. She's now copying in the "
        "head, {{name|Mrs Adeyemi}}, on every email."
    ),
    (
        "Hi {{name|Sophie}}, just confirming the meeting about {{name|Jack}} tomorrow. My direct line is "
        "{{phone|020 7946 0321}}. Best, {{name|Rachel}}"
    ),
    (
        "Could someone check this seating plan? Front row: {{name|Ruby}} (hearing aid, must face the board), "
        "{{name|Zara}}, {{name|Oskar}}. Middle: {{name|Deniz}}, {{name|Hannah}}. Back: {{name|Liam}}."
    ),
    (
        "Biology mock results: most of Year 11 struggled with the Krebs cycle and Mendel's experiments. Darwin is "
        "next, with natural selection, in January before the AQA papers."
    ),
    (
        "{{name|Nikolai}} gets very anxious on Mondays. His foster carer, {{name|Ms Brennan}}, thinks it's the "
        "handover after weekend contact."
    ),
    (
        "I'm new at {{school|Kingsmead Academy}} and my mentor keeps changing. First it was {{name|Mr Patel}}, then "
        "{{name|Ms Fenwick}}, now apparently {{name|Dr. J. Morrow}}. Is this normal?"
    ),
    "Found {{name|Liam}}'s TikTok: {{handle|@liamplaysfifa09}}. He's been posting videos filmed during my lesson.",
    (
        "Weekly bulletin. Monday: INSET day. Tuesday: Year 7 vaccinations with the NHS school nursing team. Thursday: "
        "Duke of Edinburgh briefing. Friday: non-uniform day for Children in Need, organised by {{name|Miss Tran}}."
    ),
    (
        "{{name|Amir}} needs a reader for his exams. I've put in the access arrangements request with the SENCo, "
        "{{name|Mrs Holloway}}, but we're short on staff."
    ),
    (
        "For anyone asking, my tutor group is {{class|Year 9K}}. {{name|Joe}}, {{name|Tyler}} and {{name|Evie}} are "
        "doing Duke of Edinburgh together and it's made them inseparable."
    ),
    (
        "Written statement from {{name|Abdullahi Hassan}}, {{class|Form 10S}}: 'I didn't start it, {{name|Connor}} "
        "pushed me first.' Signed in the presence of {{name|Mr D. Whitaker}}."
    ),
    (
        "Has anyone taken a class to the British Museum? We're doing Ancient Egypt and I'd love them to see the "
        "Rosetta Stone. Transport for London offers free travel for school groups."
    ),
    (
        "Our class blog is at {{url|https://harborviewprimary.edublogs.org/class4c}} and we've just posted "
        "{{name|Lily}}'s story about the Moon."
    ),
    (
        "I teach English at a small school in Bristol. {{name|Charlie}} is my problem: bright, charming, never does "
        "anything. {{name|Charlie}}'s reports all say the same thing."
    ),
    (
        "Struggling to teach Romeo and Juliet to a bottom set. Baz Luhrmann's film helps, Leonardo DiCaprio helps "
        "more. Mercutio's death is the only scene they remember. Tybalt looks too cool, apparently."
    ),
    (
        "Address for the leaving card: {{address|27 Hawthorn Close}}, Sheffield, for {{name|Mrs Eleanor Wood}}, who "
        "retires this July after 38 years."
    ),
    (
        "I'm worried about {{name|Jamal}}. He looks exhausted every morning and says he's looking after his little "
        "sisters. Who do I talk to first, the DSL or his head of year, {{name|Miss Carter}}?"
    ),
    (
        "{{name|Mr MacAllister}} left me his {{class|class 5B}} when he retired. He wrote detailed notes on every "
        "child, including {{name|Precious}}, who has a peanut allergy."
    ),
    (
        "Spring Term planning: Victorians in History, Forces in Science, Electricity in Design and Technology. Queen "
        "Victoria opens the unit; Brunel builds bridges in week 3; Dickens wraps it up."
    ),
    (
        "{{name|Hugo}} reads under the desk. Yesterday it was Percy Jackson, today Harry Potter. I honestly don't want "
        "to stop him."
    ),
    (
        "Contact details for the trip: lead teacher {{name|Ms Iqbal}}, mobile {{phone|07911 123 456}}, email "
        "{{email|s.iqbal@greenfieldhigh.org.uk}}."
    ),
    (
        "{{name|Anne-Marie}} and {{name|Jean-Luc}} are twins in my French class. They swap seats to confuse me. Any "
        "advice?"
    ),
    (
        "Why do so many trainees quit in their second year? The Guardian ran a piece on it last Sunday. The NEU says "
        "it's workload; the DfE says it's pay. I think it's both."
    ),
    (
        "Case study for my ECT portfolio. I'll call the pupil {{name|Jay}} (not his real name). {{name|Jay}} joined "
        "{{class|Year 7G}} in September with a reading age of seven."
    ),
    (
        "Favourite quotes for the staffroom wall: 'Education is not the filling of a pail', often credited to Yeats. "
        "Nelson Mandela, Maria Montessori and Paulo Freire are also up there."
    ),
]
