r"""Tuning batch 7h of the de-identifier's labelled set (issue 15): English chats and text messages typed in lower case.

Written on 2026-11-30 between 09:02:27 and 09:04:34 UTC (`date -u` at start and at end) by a separate author
who did not read the rules or any other labelled file. Exactly what was read: the brief for this batch
(/tmp/proto/prompt_7h.txt), and, to see the file format only, the module docstring and the first 11 data lines of
`labelled_former_held_out_3.py` (none of its texts reused or paraphrased). Nothing under
`mentor_kit/privacy/`, no test file and no other labelled file was opened, listed or run; the de-identifier and the
tests were not run. The counts below were computed by importing this module only.

Mix: 100 texts, 20 Russian and 80 English. Each is a message by a novice school teacher to a university mentor, or
a chat, form, log, e-mail, voice-note transcript, sticky note or handover note they paste. English texts are staff
WhatsApp groups, Teams chats, parent group chats, text messages, DMs, voice-note transcripts, sticky notes and quick
handover notes, typed fast on a phone: mostly lower case, little punctuation, abbreviations, speakers before
messages in many formats ("[08:14] jess:", "jess b:", "Jess Brown:", "- jess", "mrs k:", "me:", and roles such as
"Mum:", "Dad:", "Nan:" left unmarked), names of pupils, parents and staff in lower case mid-message, nicknames, and
names that are also ordinary words used both ways (will, grace, mark, hope, jack, rose, summer, river). Russian
texts are chats and messages typed in lower case, covering all kinds. 8 English and 3 Russian texts hold no
personal data but many capitalised or lower-case non-names (places, weekdays, months, subjects, exams, software,
brands, public bodies, acronyms, book titles, characters).

Span counts (250 in all):
- Russian (38): name 22, class 4, school 3, document 3, phone 2, address 1, email 1, handle 1, url 1.
- English (212): name 161, class 24, school 7, phone 5, email 4, handle 4, address 3, document 2, url 2.

Scored before use (2026-11-30, aggregate, on the rules as round 6 froze them, 8bf7db2): over all categories
precision 0.91, recall 0.37; name P 0.94 R 0.27 (Russian P 1.00 R 0.09, English P 0.94 R 0.30). The rules were not
tuned on it: it is training data of the span model (`RULES_UNSEEN` in `labelled_tuned.py`).

Marks: {{kind|text}}, kinds: name, school, address, phone, email, url, handle, document, class. Conventions: English
names include a title and initials; a possessive ending stays outside the mark; a role word before a name is not
part of it; a Russian possessive adjective made from a name is a name; a surname with initials includes them; a full
name with patronymic is one span, and two names joined by a conjunction are two spans; a nickname or a pseudonym the
writer gives a child is marked like a name. English class labels include the word before them (year, form, class,
grade), a bare set code is the code alone, Russian labels are the number and letter alone, and a bare year without a
group letter is not marked. A school is the named or numbered institution with its type word as written; a building,
block or branch of a school is its own school span; generic mentions of a school, universities and public bodies are
not marked. An address is the street with house (and flat or block) as written, without the city; a city or a street
without a number is not marked. Phones are marked as written, including a leading plus. Personal numbers (СНИЛС,
ИНН, passport, полис ОМС, NHS and National Insurance numbers) are the number only, without the label; passport
series and number together are one span, apart two spans. A profile, channel or group link is a url (the full link
as written, without trailing punctuation), a generic resource or news link is not marked, and a bare handle starting
with @ is a handle. Authors, historical figures, characters, theorists, celebrities and public bodies are not
marked. A name written "SURNAME, Firstname" or "Surname, F." is one name span; a speaker's name before a chat
message is a name.
"""

ROUND_7H_RUSSIAN = [
    # 1 сообщение наставнику
    (
        "добрый вечер, извините что поздно. у меня в {{class|7б}} мальчик {{name|тимур}} сегодня опять сорвал урок, "
        "{{name|галина ивановна}} сказала писать докладную, а я не знаю как"
    ),
    # 2 пересланное из родительского чата
    (
        "скопировала из родительского чата: «{{name|лена}}: кто знает, завтра физра будет?» «{{name|вовина}} мама: "
        "вроде да» «{{name|лена}}: спасибо». и вот так каждый вечер"
    ),
    # 3 сообщение в мессенджере
    (
        "родитель просит звонить только на этот номер {{phone|+7 916 555-12-34}}, это папа {{name|сони}}, мама не "
        "должна знать об оценках"
    ),
    # 4 вопрос в чате
    (
        "у {{name|дениса}} сменился адрес, теперь {{address|ул. ленина, д. 15, кв. 42}}, а в электронном журнале "
        "старый, кому сказать?"
    ),
    # 5 сообщение наставнику
    (
        "я на практике в {{school|школе № 57}}, а наставник из {{school|гимназии 1514}} звал к себе на следующий "
        "год, что посоветуете?"
    ),
    # 6 вопрос в личку
    (
        "секретарь просит прислать снилс {{name|кати}} для олимпиады: {{document|123-456-789 01}}, это можно в "
        "вотсап скинуть или нельзя?"
    ),
    # 7 вопрос в личку
    (
        "для поездки в казань нужны паспортные данные: {{name|артём}} — паспорт {{document|4512 345678}}, это "
        "нормально в общий чат кидать? {{name|зоя андреевна}} уже кинула"
    ),
    # 8 сообщение с телефона
    (
        "пишу с телефона. вот моя почта, если что: {{email|anna.smirnova.ped@mail.ru}}, а в школьную не могу зайти "
        "уже неделю"
    ),
    # 9 жалоба наставнику
    (
        "родители создали группу вконтакте {{url|vk.com/club_8v_roditeli}} и там обсуждают меня, "
        "{{name|ирина сергеевна}} советует не читать"
    ),
    # 10 сообщение в чате
    (
        "ученик {{name|гоша}} завёл телеграм-канал про учителей, ник {{handle|@goshka_school}}, там мои фото с "
        "урока. что делать?"
    ),
    # 11 жалоба в чате
    "завуч {{name|соколова т.в.}} поставила мне замены в {{class|5а}} и {{class|5в}}, а у меня своих 24 часа",
    # 12 сообщение наставнику
    (
        "на собрании были {{name|ольга николаевна}} и {{name|пётр алексеевич}} из методобъединения, сказали что мой "
        "план урока слабый"
    ),
    # 13 радостное сообщение
    (
        "{{name|мишаня}} (так его весь класс зовёт, он {{name|михаил карпов}}) сегодня сам вызвался к доске, я чуть "
        "не заплакала"
    ),
    # 14 вопрос в чате
    "{{name|колина}} мама снова пишет в 23:00, и {{name|дашина}} тоже. может поставить время в чате?",
    # 15 сообщение в чате
    (
        "с понедельника мои уроки перенесли в {{school|корпус 2}}, а {{class|9 «а»}} остался в основном здании, "
        "бегаю между ними"
    ),
    # 16 вопрос в личку
    (
        "медсестра просит номер полиса омс {{name|варвары}}: {{document|7755 1234 5678 9012}}, мама прислала мне в "
        "личку. куда это переслать безопасно?"
    ),
    # 17 чат учителей
    (
        "[21:40] {{name|светлана викторовна}}: коллеги, кто потерял флешку в учительской?\n"
        "[21:41] я: моя!\n"
        "[21:42] {{name|светлана викторовна}}: заберите у охраны, или звоните {{phone|8 (495) 123-45-67}}"
    ),
    # 18 без персональных данных: сообщение наставнику
    (
        "завтра в москве снег, в понедельник огэ по математике, а во вторник методический день. читаем «войну и "
        "мир», наташа ростова и пьер безухов — как это объяснить девятиклассникам?"
    ),
    # 19 без персональных данных: чат учителей
    (
        "в четверг приедет комиссия из минпросвещения и роспотребнадзора, надо обновить журнал в «сферуме» и "
        "проверить рабочие программы по фгос"
    ),
    # 20 без персональных данных: сообщение в чате
    (
        "у нас в 7-х классах ввели яндекс учебник и учи.ру, дети довольны, а вот с электронным дневником в мэш "
        "вечно проблемы. пушкин и лермонтов в программе в феврале"
    ),
]

ROUND_7H_ENGLISH = [
    # 1 staff whatsapp group
    (
        "[08:14] {{name|jess}}: morning all, cover for p3 pls anyone free? {{name|will}} will be late his car wont "
        "start\n"
        "[08:15] {{name|tommo}}: i can do p3 if someone takes my duty at break\n"
        "[08:16] {{name|jess}}: ty legend"
    ),
    # 2 teams chat
    (
        "{{name|Jess Brown}}: hi, did u see the email from sims about the data drop deadline\n"
        "me: yes its friday isnt it\n"
        "{{name|Jess Brown}}: yep, 4pm, and {{name|mr p}} wants the {{class|9x2}} predicted grades first"
    ),
    # 3 parent group chat
    (
        "Mum: has anyone got the letter about the trip to the science museum? {{name|ellie-may}} lost hers lol\n"
        "{{name|priya}}'s mum: ill send a pic of ours\n"
        "Mum: ty xx"
    ),
    # 4 text message to mentor
    (
        "hi its me, sorry to text so late. {{name|grace}} is off again tmrw, third time this week, and her dad "
        "hasnt replied. should i ring home or leave it to {{name|mrs okafor}}? shes head of year"
    ),
    # 5 voice-note transcript
    (
        "voice note transcript: ok so um today in {{class|8b}} {{name|kai}} threw a glue stick at {{name|jacob s}} "
        "and then said it was {{name|o'connor}}, and honestly idk who to believe, {{name|miss h}} said to log it on "
        "cpoms so i did"
    ),
    # 6 sticky note
    (
        "sticky note on my desk: ring {{name|zainab}}'s nan {{phone|07700 900318}} re glasses, mark the books for "
        "{{class|7r}} by thurs, hope ur ok msg to {{name|rose}}"
    ),
    # 7 handover note
    (
        "handover for whoever covers me thurs: {{class|10x1}} p2, doing act 3 of an inspector calls, eric and sheila "
        "scene. seating plan on desk. {{name|big mike}} sits at the front no matter what he says. {{name|deshawn}} "
        "has a medical card, let him go"
    ),
    # 8 DM to mentor
    (
        "hey can i pick ur brain, {{name|tom}} in my form keeps saying hes going to jack it in and leave school at "
        "easter, hes only in {{class|year 11c}}... what do i even say"
    ),
    # 9 staff whatsapp, signed messages
    (
        "does anyone have a spare hdmi cable for room 14 - {{name|jess}}\n"
        "yes in my top drawer help urself - {{name|amir}}\n"
        "legend ty - {{name|jess}}"
    ),
    # 10 parent text message
    (
        "Hi miss its {{name|layla}}'s mum, she wont be in today shes got a temperature. can u send the homework to "
        "my email {{email|sarah.khan84@gmail.com}} ty"
    ),
    # 11 text message to mentor
    (
        "sorry to bother u, {{name|mr d}} has put me on duty by the canteen on weds and fri, is that normal for a "
        "trainee? {{name|becky}} from uni said she doesnt do any"
    ),
    # 12 staff whatsapp group
    (
        "{{name|jess b}}: whos got {{class|7r}} after lunch\n"
        "{{name|nathan}}: me why\n"
        "{{name|jess b}}: {{name|ellie-may}} left her blazer in my room\n"
        "{{name|nathan}}: ok ill grab it brb"
    ),
    # 13 voice-note transcript
    (
        "voice note: right so the lesson on persuasive writing kind of fell apart, {{name|will}} was fine actually, "
        "but {{name|hope}} and {{name|faith}} would not stop talking and when i moved {{name|hope}} she just rose "
        "from her seat and walked out"
    ),
    # 14 staff whatsapp group
    (
        "[19:02] {{name|dani}}: has anyone seen the tiktok account some of {{class|9y}} made about {{name|mr p}}?? "
        "its {{handle|@mrp_lookalikes}}\n"
        "[19:05] {{name|chris w}}: omg screenshot it and send to {{name|mrs k}}\n"
        "[19:06] {{name|dani}}: done"
    ),
    # 15 pasted e-mail
    (
        "pasted from my email: hi {{name|ms adeyemi}}, just to confirm {{name|femi}} will be collected at 3 by his "
        "uncle {{name|tunde}} today, his number is {{phone|+44 7911 123456}}. thanks, {{name|bola}}"
    ),
    # 16 teams chat
    (
        "{{name|Kerry-Anne Walsh}}: can u mark the y8 mocks by friday pls\n"
        "me: which ones, {{class|8a}} or {{class|8c}}?\n"
        "{{name|Kerry-Anne Walsh}}: both sorry lol\n"
        "me: ok"
    ),
    # 17 quick handover note
    (
        "for {{name|sam}}: {{class|form 9t}} register done, {{name|aleksander}} late (bus), {{name|mia r}} and "
        "{{name|mia t}} both out for music exam p2-3, {{name|ollie}} needs to see {{name|mrs fenwick}} re bus pass"
    ),
    # 18 DM to mentor
    (
        "quick q, {{name|siobhan o'reilly}}'s dad messaged me on class dojo asking why shes on the amber list. do i "
        "reply on dojo or forward to senco?"
    ),
    # 19 pasted parent group chat welcome
    (
        "someone added me to this lol: welcome to the {{school|st mary's c of e primary}} year 4 parents chat! pls "
        "keep it friendly, any probs message me on {{phone|07823 456 789}} - {{name|kirsty}} (class rep)"
    ),
    # 20 text message
    (
        "{{name|mo}} left his phone in the lab, its the one with the spiderman case. told him to come get it from "
        "{{name|dr ahmed}} at 3:15"
    ),
    # 21 staff whatsapp group
    (
        "if anyone wants to come to {{name|caz}}'s leaving do its at mine, {{address|14 elm grove}}, leeds, sat from "
        "7, bring a bottle x - {{name|rach}}"
    ),
    # 22 DM to mentor
    (
        "one of my {{class|10b}} girls {{name|amara}} has been posting about another girl on insta, her account is "
        "{{url|instagram.com/amara.x.official}} and its not nice. do i report it or talk to her first?"
    ),
    # 23 sticky note
    (
        "todo: email {{name|mr hussain}} about {{name|yusuf}}'s reading age, print ks3 seating plans, chase "
        "{{name|lily-rose}} for her coursework, ask {{name|pete}} re laptop trolley"
    ),
    # 24 voice note to self
    (
        "voice note to myself: seating for {{class|7k}} tomorrow, {{name|wiktoria}} next to {{name|chidi}}, move "
        "{{name|hamza}} away from {{name|bartek}}, {{name|nguyen}} at the front because of his eyes, "
        "{{name|aoife}} by the window"
    ),
    # 25 text message to mentor
    (
        "{{name|dr morgan}} is coming to observe me on tuesday p4 with {{class|9x2}} and i am actually panicking "
        "lol, can we chat tmrw?"
    ),
    # 26 DM to mentor
    (
        "a parent messaged the school facebook page asking for me by name, shes {{handle|@kelly_mum_of3}} on there, "
        "says {{name|tyler}} is being bullied on the bus, whats the process"
    ),
    # 27 staff whatsapp group
    (
        "{{name|mrs k}}: reminder parents eve thurs 4-7, bring ur mark books\n"
        "{{name|mr b}}: is it in the hall or the library\n"
        "{{name|mrs k}}: hall, library is being used for the year 11 mocks\n"
        "{{name|mr b}}: ok ta"
    ),
    # 28 notes from a mentor meeting
    (
        "notes from chat w {{name|mr patel}}: 1) be consistent w {{name|jayden}} 2) use the behaviour ladder "
        "3) phone home on {{phone|01632 960 421}} if he refuses to work again"
    ),
    # 29 text message to mentor
    (
        "can u send me the lesson obs form? my school email is being weird so send to "
        "{{email|lucyhart.teach@outlook.com}} pls ty"
    ),
    # 30 teams chat
    (
        "{{name|Aisha Rahman}}: {{name|connor}} and {{name|reece}} were fighting on the field again at lunch\n"
        "{{name|Aisha Rahman}}: ive put it on the system but can u speak to them in form\n"
        "me: will do"
    ),
    # 31 DM to mentor
    (
        "{{name|mark}} in my form asked me to mark his art portfolio even tho im english lol. told him to ask "
        "{{name|ms lowe}}"
    ),
    # 32 text message
    "by the grace of god i survived {{class|9f}} today. {{name|jack}} actually did his work",
    # 33 parent group chat
    (
        "Dad: does anyone know if the school is open tmrw with the snow\n"
        "{{name|shaz}}: they said on the website its closed\n"
        "Dad: ty\n"
        "{{name|tasha}}: {{name|mr collins}} put it on twitter too"
    ),
    # 34 DM to mentor
    (
        "the nurse asked me to pass on {{name|chloe}}'s details for the allergy plan, nhs no "
        "{{document|943 476 5919}}, is it ok to put that in an email or should it go thru the office"
    ),
    # 35 text message to mentor
    (
        "did my first placement at {{school|oakfield academy}} and now im at {{school|hillside high}}, the "
        "behaviour is sooo different"
    ),
    # 36 text message to mentor
    (
        "im split between the {{school|north site}} and {{school|block c}} on mondays, 4 mins to get across, "
        "{{name|mrs whitfield}} says deal with it lol"
    ),
    # 37 voice-note transcript
    (
        "voice note: the kids call him {{name|tommo}} but his actual name is {{name|thomas o'neill}}, hes in "
        "{{class|10y}}, anyway hes been brilliant this week"
    ),
    # 38 DM to mentor
    (
        "{{name|j.r. mensah}} (head of maths) wants me to run the homework club, is that something i should say yes "
        "to in my ect year?"
    ),
    # 39 staff whatsapp group
    (
        "{{name|liam}}: whos got the key to the pe cupboard\n"
        "{{name|nia}}: {{name|mr g}} had it last\n"
        "{{name|liam}}: hes off sick\n"
        "{{name|nia}}: try reception then"
    ),
    # 40 quick handover note
    (
        "cover work is on the shared drive, link for kids is on google classroom. {{name|ruby}} and {{name|ruby m}} "
        "are diff kids dont mix them up"
    ),
    # 41 DM to mentor
    (
        "{{name|alex}} in {{class|8d}} asked me to call them {{name|sky}} from now on and use they/them, parents "
        "dont know. what do i do"
    ),
    # 42 text message to mentor
    (
        "the mum turned up at reception shouting, apparently they moved to {{address|flat 3, 27 victoria road}} and "
        "nobody updated sims, {{name|kayden}} hasnt had any letters since sept"
    ),
    # 43 staff whatsapp group
    "{{handle|@jess}} can u cover my lunch duty tmrw?? ill owe u a coffee",
    # 44 text message
    (
        "{{name|summer}} is back, her mum took her to turkey for two weeks in term time, no letter no nothing. "
        "do i tell {{name|mrs gill}}?"
    ),
    # 45 voice-note transcript
    (
        "voice note: so the geog trip was chaos, {{name|river}} actually fell in the river, {{name|mr hale}} had to "
        "fish him out, his mum was fine about it thank god"
    ),
    # 46 teams chat
    (
        "{{name|Priya Sharma}}: has {{name|Oliver Grant}} handed in his ks4 coursework\n"
        "me: no, chased him twice\n"
        "{{name|Priya Sharma}}: ok ill email home"
    ),
    # 47 text message to mentor
    (
        "the parents made a facebook group to complain about the new homework policy lol "
        "{{url|facebook.com/groups/concernedparentsrhs}} someone sent it to me"
    ),
    # 48 DM to mentor
    (
        "{{name|gethin}} and {{name|dafydd}} are in the eisteddfod on friday so out all day, {{name|mrs pryce}} "
        "asked me to set them work"
    ),
    # 49 staff whatsapp group
    (
        "{{name|mr p}}: fire drill at 10.20 dont tell the kids\n"
        "{{name|miss h}}: they always know\n"
        "{{name|mr p}}: {{name|kai}} told me about it yesterday so yeah"
    ),
    # 50 handover sticky note
    (
        "{{name|ms o}} - {{class|11r}} period 5 - they know the essay q, let {{name|bilal}} use laptop (access arr), "
        "{{name|georgia}} may cry, its fine just give her 5 mins"
    ),
    # 51 text message to mentor
    (
        "just had feedback from {{name|mrs ng}}, she said my questioning was good but i let {{name|harry}} and "
        "{{name|charlie}} dominate, which fair"
    ),
    # 52 text message to mentor
    "i will say {{name|will}} is trying, his mum {{name|mrs turner}} said hes been reading at home",
    # 53 parent message forwarded
    (
        "msg from a parent on the app: hi its {{name|dawn}}, {{name|keeley}}'s nan, i have custody now so pls use my "
        "number {{phone|07459 812 004}} not her mums, or email {{email|dawnp1962@hotmail.co.uk}}"
    ),
    # 54 staff whatsapp group
    (
        "transition visit from {{school|greenfield primary}} kids on thurs, {{name|mrs akhtar}} is bringing 12 of "
        "them, can i borrow ur room"
    ),
    # 55 voice-note transcript
    (
        "voice note: sixth former {{name|ben}} needs a reference for his part time job at tesco and they asked for "
        "his national insurance number, he gave me {{document|qq 12 34 56 c}}, do i put that on a reference??"
    ),
    # 56 teams message
    (
        "hey {{name|jo}} can u send me the reading records for {{class|class 6b}}, {{name|mrs bell}} said theyre in "
        "ur tray"
    ),
    # 57 text message to mentor
    (
        "friend teaching abroad said in her school its {{class|grade 7b}} not year 7, and {{name|mr kowalski}} "
        "makes them stand when he walks in lol"
    ),
    # 58 DM to mentor
    (
        "{{name|jade}} showed me a snap from {{handle|@lilbrxn_09}} threatening her, she says its a girl from "
        "{{school|parkview}}, i screenshotted it"
    ),
    # 59 text message
    (
        "{{name|big mike}} the caretaker fixed my projector finally. {{name|little mike}} in {{class|7s}} was very "
        "disappointed lol"
    ),
    # 60 staff whatsapp group
    (
        "{{name|hannah lee}}: can someone print 30 copies of the macbeth booklet\n"
        "{{name|dev}}: on it\n"
        "{{name|hannah lee}}: ur a star"
    ),
    # 61 DM to mentor
    ("{{name|ellie}}'s mum sent me a pic of {{name|ellie}}'s homework on whatsapp at 11pm, do i reply? feels weird"),
    # 62 text message
    (
        "{{name|o'connor}} and {{name|mcbride}} swapped names on the register for a laugh, cover supervisor didnt "
        "notice all lesson"
    ),
    # 63 pasted sims export
    (
        "pasted from sims:\n"
        "{{name|Okonkwo, Chinedu}}\t{{class|9x2}}\t4 lates\n"
        "{{name|Baker, L.}}\t{{class|9x2}}\t6 lates\n"
        "why is mine the worst class lol"
    ),
    # 64 staff whatsapp group
    (
        "quiz night team meet at the swan, {{address|42 high street}}, 7pm, {{name|gaz}} is doing the music round "
        "again sorry"
    ),
    # 65 voice-note transcript
    (
        "voice note: {{name|mrs hall-jones}} wants the y9 reports proofread by monday, i have 60 to do, "
        "{{name|kieran}}'s one i literally dont know what to write"
    ),
    # 66 parent group chat
    (
        "Nan: is it non uniform day friday\n"
        "{{name|becca}}: yeah £1 for children in need\n"
        "Nan: ty love\n"
        "{{name|becca}}: np"
    ),
    # 67 DM to mentor
    (
        "theres a kid in {{class|8e}}, lets call him {{name|dan}}, who hasnt said a word to me since october, what "
        "would u do"
    ),
    # 68 text message
    "omg {{name|lucas}} just told me hes moving to spain in jan, hes my best kid in {{class|10a}}",
    # 69 handover note
    "if u need me email {{email|r.obi@hillsidehigh.sch.uk}} not my personal one pls x - {{name|rachel}}",
    # 70 text message to mentor
    (
        "{{name|jacob s}} and {{name|jacob t}} both said here when i called {{name|jacob}} so i just gave up and "
        "did surnames"
    ),
    # 71 voice-note transcript
    (
        "voice note: parents meetings went ok, {{name|mrs nwosu}} was lovely, {{name|mr zhang}} brought a "
        "translator, and {{name|kamal}}'s dad asked if he can move up to top set"
    ),
    # 72 teams chat
    (
        "{{name|mrs k}}: can u take {{name|ayo}} and {{name|kwame}} for the debate club thurs\n"
        "me: yes np\n"
        "{{name|mrs k}}: ty ur a lifesaver"
    ),
    # 73 no personal data: reminder note
    (
        "reminder to self: ofsted could come any week now, check the send register, update the ks3 scheme on google "
        "drive, reread the gcse lit set texts (macbeth, a christmas carol, an inspector calls), book the ipads for "
        "wednesday"
    ),
    # 74 no personal data: text message to mentor
    (
        "sorry for late reply, year 9 mocks start in january and the aqa papers came today so ive been photocopying "
        "all evening, the printer on the second floor is broken again lol"
    ),
    # 75 no personal data: parent group chat
    (
        "Mum: does anyone know what time the coach gets back from the natural history museum\n"
        "Dad: they said 4.30 on the letter\n"
        "Mum: ty\n"
        "Gran: hope the traffic on the m25 isnt too bad"
    ),
    # 76 no personal data: teams post
    (
        "anyone know how to fix powerpoint when it freezes on the smartboard? nvm restarted it. also does anyone "
        "have spare of mice and men copies, lennie and george have gone walkabout from my box lol"
    ),
    # 77 no personal data: voice-note transcript
    (
        "voice note: monday is double science then re then pe, tuesday is english and maths, wednesday we have the "
        "nspcc assembly, and friday is the duke of edinburgh briefing, i need to ask about the dbs check too"
    ),
    # 78 no personal data: text message to mentor
    (
        "hope ur ok! i will mark the rest tonight, the head said theres a grace period for reports till friday, and "
        "we can jack in the after school club in december"
    ),
    # 79 no personal data: sticky note
    (
        "sticky note: order post-its from amazon, renew the seneca and sparx logins, email the la about the eal "
        "training, check the dfe guidance on mobile phones, watch the bbc bitesize clip on the tudors"
    ),
    # 80 no personal data: staff whatsapp group
    (
        "trip to york in march: jorvik centre in the morning, then the minster, lunch by the ouse, back on the "
        "train from york station by 4. risk assessment due to the office by half term"
    ),
]
