"""People who are not the people of a case: the authors, characters, historical figures, scientists and theorists
that lessons and teachers' reading are about, and the products teachers use. A name span that is one of them is not
redacted ("we are reading «Капитанская дочка»: Гринёв and Пугачёв", "Rosenshine's principles", "Sparx Maths").

Three strengths of evidence, so that a pupil who shares a name with one of them is still redacted:
- FIGURES are public wherever they appear: full names (Rosa Parks, Людмила Петрановская) and single names nobody in a
  class is likely to carry (Vygotsky, Хлестаков, Seneca);
- TOPICAL figures are surnames or first names people do carry (Жуков, Bloom, Gandhi is distinctive but Owen is not):
  public only when the text is about a topic of that kind (history, literature, a theory or a method);
- a work's CHARACTERS (George, Miranda, Маша Миронова) are public only when the text names the work, its author, or
  two of its characters ("Lennie and George").

Beyond the lists, a text's own words mark public names: a name right after a public occupation ("блогер Ивлеева",
"the poet Simon Armitage"), a place after a place word ("реки Клязьмы", "the River Aire", "the Northern line") and the
title of a work joined by "of" or opened by an article ("Diary of a Wimpy Kid").

The lists are general curriculum knowledge (the Russian school literature programme, English GCSE and KS3 set texts,
history and pedagogy syllabuses, common classroom software), written for coverage, not from any labelled text.
Cyrillic names match in any grammatical case (a stem plus up to three letters); Latin names match as written, with
an optional possessive."""

import re
from dataclasses import dataclass
from functools import cache

_TITLE = re.compile(
    r"^(?:(?:Mr|Mrs|Ms|Miss|Dr|Sir|Lady|Lord|King|Queen|Prince|Princess|Saint|St|Inspector|Captain|Uncle|Aunt|"
    r"President|General|Professor|Prof|Old|Tiny|Dame)\.?\s+)+"
)
_POSSESSIVE = re.compile(r"['’]s?$")
_AUTHOR = r"[А-ЯЁ][а-яё]+(?:[^\S\n]+[А-ЯЁ][а-яё]+)?"
# "«Уроки французского» Распутина.": one or two names right after a quoted title, then a stop, are its author.
_AUTHOR_AFTER_TITLE = re.compile(r"«[^»\n]{3,80}»[^\S\n]+(" + _AUTHOR + r")(?=[.,;:)]|[^\S\n]+и[^\S\n]|\s*$)")
# "РГПУ им. Герцена", "музей имени Пушкина": whoever an institution is named after is a public figure ("по имени
# Тимофей" is how a pupil is called).
_NAMED_AFTER = re.compile(r"(?<![Пп]о )\b(?:имени|им\.)[^\S\n]*(" + _AUTHOR + ")")
_RUN = r"[A-ZА-ЯЁ][\w'’.-]{0,40}(?:[^\S\n]+[A-ZА-ЯЁ][\w'’.-]{0,40}){0,2}"
# "блогер Ивлеева", "the poet Simon Armitage": a name right after a public occupation is a public person's.
_PUBLIC_OCCUPATION = re.compile(
    r"(?i:\b(?:блогер\w*|тиктокер\w*|ютубер\w*|певец|певиц\w*|певца|рэпер\w*|актёр\w*|актер\w*|актрис\w*|"
    r"футболист\w*|хоккеист\w*|спортсмен\w*|чемпион\w*|писател\w*|поэт\w*|художник\w*|композитор\w*|"
    r"президент\w*|министр\w*|режисс[её]р\w*|ведущ(?:ий|ая|его|ей)|космонавт\w*|учён\w*|философ\w*|"
    r"blogger|tiktoker|youtuber|influencer|singer|rapper|actor|actress|footballer|player|author|writer|novelist|"
    r"poet|painter|artist|composer|president|prime minister|minister|director|presenter|astronaut|scientist|учебник\w*|"
    r"пособи\w*|"
    r"philosopher|playwright|explorer|king|queen|emperor|tsar|general)\s+)(" + _RUN + ")"
)
# "реки Клязьмы", "на набережной Волги", "the River Aire", "the Northern line": places and routes.
_PLACE_CUE = re.compile(
    r"(?i:\b(?:рек[аиеуой]|озер[аоеу]|набережн\w+|берег\w*|город[аеу]?|г\.|деревн\w+|сел[аео]|посёлк\w*|поселк\w*|"
    r"област\w*|кра[яеюй]|район\w*|станци\w+|метро|улиц\w+|проспект\w*|площад\w+|музе[йяюе]\w*|театр\w*|"
    r"памятник\w*|river|lake|mount|museum of|university of)\s+)"
    r"([A-ZА-ЯЁ][\w'’.]{0,40}(?:-[A-ZА-ЯЁ]?[\w'’.]{1,40}){0,4})"
    r"|(" + _RUN + r")(?=[^\S\n]+(?:line|River|Valley|Forest|Hills|Lakes|Museum|Gallery|Theatre|Stadium|Park)\b)"
)
# "Diary of a Wimpy Kid", "Match of the Day", "The Boy in the Striped Pyjamas": a capitalised title joined by "of"
# or opened by an article is the name of a work.
_TITLE_OF_WORK = re.compile(
    r"\b(?:(?:The|A|An)[^\S\n]+[A-Z][\w'’-]{0,40}(?:[^\S\n]+(?:(?:of|the|in|a|an|and|on|at|to|for|with)[^\S\n]+){0,3}"
    r"[A-Z][\w'’-]{0,40}){0,8}"
    # "X of Y", unless X says whose people follow ("Family of Zainab", "Mother of Jack", "Head of Year")
    r"|(?!(?:Family|Mother|Father|Parents?|Sons?|Daughters?|Child|Children|Friends?|Head|Heads|Teachers?|Mum|Dad|Carers?|"
    r"Sisters?|Brothers?|Grand\w+|Deputy|Director|Chair|Members?|Pupils?|Students?|Class|Year|Form|Some|All|One|Two|"
    r"Three|Most|Many|Both|Each|None|Any|Twins?|Cousins?|Care|Case|Name|Names)\b)"
    r"[A-Z][\w'’-]{0,40}(?:[^\S\n]+[A-Z][\w'’-]{0,40}){0,6}[^\S\n]+of(?:[^\S\n]+(?:the|a|an))?[^\S\n]+[A-Z][\w'’-]{0,40}"
    r"(?:[^\S\n]+(?:(?:of|the|in|a|an|and)[^\S\n]+){0,3}[A-Z][\w'’-]{0,40}){0,8})"
)


def _names(block: str) -> tuple[str, ...]:
    """A comma-separated list of names, wrapped freely over lines."""
    return tuple(" ".join(name.split()) for name in block.split(",") if name.strip())


@dataclass(frozen=True)
class Work:
    cues: str  # the title's words, as a regular expression (an author alone is not enough: "Пушкин" and "Ольга")
    characters: str  # comma-separated


WORKS: tuple[Work, ...] = (
    Work(
        r"Ирони\w* судьбы",
        """
        Женя Лукашин, Лукашин, Надя Шевелёва, Надя, Ипполит
        """,
    ),
    Work(
        r"Простоквашин",
        """
        Матроскин, Шарик, дядя Фёдор, Печкин, Галчонок
        """,
    ),
    Work(
        r"Смешарик",
        """
        Крош, Ёжик, Нюша, Бараш, Лосяш, Совунья, Копатыч, Кар-Карыч, Пин, Биби
        """,
    ),
    Work(
        r"Маша и Медведь",
        """
        Маша, Медведь
        """,
    ),
    Work(
        r"Ну,? погоди",
        """
        Волк, Заяц
        """,
    ),
    Work(
        r"Капитанск\w* дочк",
        """
        Гринёв, Петруша Гринёв, Пётр Гринёв, Маша Миронова, Марья Ивановна, Пугачёв, Емельян Пугачёв, Швабрин,
        Савельич, Зурин, Василиса Егоровна, Иван Кузьмич, Миронов
        """,
    ),
    Work(
        r"Евгени\w* Онегин|Онегин",
        """
        Онегин, Евгений Онегин, Татьяна Ларина, Ольга Ларина, Ленский, Владимир Ленский, Татьяна, Ольга
        """,
    ),
    Work(
        r"Дубровск",
        """
        Дубровский, Владимир Дубровский, Троекуров, Маша Троекурова, Верейский
        """,
    ),
    Work(
        r"Станционн\w* смотрител",
        """
        Самсон Вырин, Вырин, Дуня, Минский
        """,
    ),
    Work(
        r"Герой нашего времени|Печорин",
        """
        Печорин, Максим Максимыч, Бэла, Казбич, Азамат, Грушницкий, Вера, Мери, княжна Мери, Вернер, Вулич
        """,
    ),
    Work(
        r"Мцыри|Бородино|Песн\w* про купца",
        """
        Мцыри, Калашников, Кирибеевич
        """,
    ),
    Work(
        r"Ревизор",
        """
        Хлестаков, Городничий, Сквозник-Дмухановский, Бобчинский, Добчинский, Осип, Ляпкин-Тяпкин, Земляника, Хлопов,
        Анна Андреевна, Марья Антоновна, Держиморда
        """,
    ),
    Work(
        r"Мёртв\w* душ|Мертв\w* душ",
        """
        Чичиков, Манилов, Коробочка, Ноздрёв, Собакевич, Плюшкин, Селифан, Петрушка
        """,
    ),
    Work(
        r"Шинел",
        """
        Башмачкин, Акакий Акакиевич
        """,
    ),
    Work(
        r"Тарас\w* Бульб",
        """
        Тарас Бульба, Тарас, Остап, Андрий
        """,
    ),
    Work(
        r"Ночь перед Рождеством|Вечера на хуторе",
        """
        Вакула, Оксана, Солоха, Пацюк, Чуб
        """,
    ),
    Work(
        r"Горе от ума",
        """
        Чацкий, Фамусов, Софья, Молчалин, Скалозуб, Лиза, Репетилов, Загорецкий, Хлёстова
        """,
    ),
    Work(
        r"Недоросл",
        """
        Митрофан, Митрофанушка, Простакова, Простаков, Скотинин, Стародум, Правдин, Милон, Софья, Цыфиркин, Кутейкин,
        Вральман, Еремеевна
        """,
    ),
    Work(
        r"Гроз[аеуы]\b",
        """
        Катерина, Кабаниха, Кабанова, Тихон, Борис, Дикой, Варвара, Кулигин, Кудряш, Феклуша
        """,
    ),
    Work(
        r"Бесприданниц",
        """
        Лариса Огудалова, Паратов, Карандышев, Кнуров, Вожеватов
        """,
    ),
    Work(
        r"Отц\w* и дет",
        """
        Базаров, Евгений Базаров, Аркадий, Кирсанов, Аркадий Кирсанов, Николай Петрович, Павел Петрович, Одинцова,
        Анна Одинцова, Фенечка, Ситников, Кукшина
        """,
    ),
    Work(
        r"Муму|Бежин\w* луг",
        """
        Муму, Герасим, Ася, Гагин, Бирюк
        """,
    ),
    Work(
        r"Преступлени\w* и наказани",
        """
        Раскольников, Родион Раскольников, Родион, Соня Мармеладова, Соня, Мармеладов, Свидригайлов, Лужин, Дуня,
        Разумихин, Порфирий Петрович, Алёна Ивановна, Лизавета
        """,
    ),
    Work(
        r"Войн\w* и мир",
        """
        Наташа Ростова, Наташа, Пьер Безухов, Пьер, Безухов, Андрей Болконский, Болконский, Николай Ростов, Ростов,
        Марья Болконская, Элен, Курагин, Долохов, Платон Каратаев, Каратаев, Тушин, Денисов, Петя Ростов
        """,
    ),
    Work(
        r"После бала|Кавказск\w* пленник",
        """
        Иван Васильевич, Варенька, Жилин, Костылин, Дина
        """,
    ),
    Work(
        r"Обломов",
        """
        Обломов, Илья Обломов, Штольц, Ольга Ильинская, Захар, Агафья Пшеницына
        """,
    ),
    Work(
        r"Вишн[её]в\w* сад",
        """
        Раневская, Лопахин, Гаев, Петя Трофимов, Трофимов, Аня, Варя, Фирс, Епиходов, Симеонов-Пищик
        """,
    ),
    Work(
        r"Человек в футляре|Ионыч|Хамелеон|Толст\w* и тонк|Крыжовник",
        """
        Беликов, Старцев, Ионыч, Очумелов, Хрюкин, Елдырин, Чимша-Гималайский
        """,
    ),
    Work(
        r"На дне|Старух\w* Изергиль|Челкаш",
        """
        Лука, Сатин, Васька Пепел, Пепел, Настя, Барон, Данко, Ларра, Изергиль, Челкаш
        """,
    ),
    Work(
        r"Мастер\w* и Маргарит",
        """
        Воланд, Маргарита, Иешуа, Понтий Пилат, Пилат, Берлиоз, Иван Бездомный, Бездомный, Коровьев, Бегемот,
        Азазелло, Левий Матвей, Мастер
        """,
    ),
    Work(
        r"Собач\w* сердц",
        """
        Шариков, Полиграф Полиграфович, Преображенский, Борменталь, Швондер
        """,
    ),
    Work(
        r"Тих\w* Дон|Судьб\w* человека",
        """
        Григорий Мелехов, Мелехов, Аксинья, Наталья, Пантелей, Андрей Соколов, Ванюшка
        """,
    ),
    Work(
        r"Матр[её]нин\w* двор|Один день Ивана Денисовича",
        """
        Матрёна, Иван Денисович, Шухов
        """,
    ),
    Work(
        r"Уроки французского",
        """Лидия Михайловна""",
    ),
    Work(
        r"Васюткин\w* озер|Кон\w* с розовой гривой",
        """
        Васютка, Витя, Санька
        """,
    ),
    Work(
        r"Василий Т[её]ркин",
        """
        Тёркин, Василий Тёркин
        """,
    ),
    Work(
        r"Гранатов\w* браслет",
        """
        Желтков, Вера Шеина, Олеся
        """,
    ),
    Work(
        r"В дурном обществе",
        """
        Тыбурций, Валек, Маруся
        """,
    ),
    Work(
        r"Бедн\w* Лиз",
        """Эраст""",
    ),
    Work(
        r"Левш[аеуи]\b",
        """Левша""",
    ),
    Work(
        r"Тёпл\w* хлеб|Тепл\w* хлеб",
        """Филька""",
    ),
    Work(
        r"Юшк[аеуи]\b",
        """Юшка""",
    ),
    Work(
        r"Кому на Руси жить хорошо",
        """
        Матрёна Тимофеевна, Савелий, Гриша Добросклонов
        """,
    ),
    Work(
        r"Macbeth",
        """
        Macbeth, Lady Macbeth, Banquo, Duncan, Macduff, Lady Macduff, Malcolm, Fleance, Donalbain, Lennox, Ross,
        Hecate
        """,
    ),
    Work(
        r"Romeo and Juliet",
        """
        Romeo, Juliet, Tybalt, Mercutio, Benvolio, Friar Laurence, Capulet, Montague, Paris, Rosaline
        """,
    ),
    Work(
        r"Tempest",
        """
        Prospero, Miranda, Caliban, Ariel, Ferdinand, Alonso, Antonio, Gonzalo, Sebastian, Trinculo, Stephano, Sycorax
        """,
    ),
    Work(
        r"Midsummer",
        """
        Puck, Oberon, Titania, Bottom, Hermia, Lysander, Demetrius, Helena, Theseus, Hippolyta
        """,
    ),
    Work(
        r"Hamlet",
        """
        Hamlet, Ophelia, Claudius, Gertrude, Polonius, Horatio, Laertes
        """,
    ),
    Work(
        r"Othello",
        """
        Othello, Iago, Desdemona, Cassio, Emilia, Roderigo
        """,
    ),
    Work(
        r"King Lear",
        """
        Lear, Cordelia, Goneril, Regan, Edmund, Edgar, Gloucester
        """,
    ),
    Work(
        r"Julius Caesar",
        """
        Caesar, Brutus, Cassius, Mark Antony, Antony
        """,
    ),
    Work(
        r"Much Ado|Twelfth Night|Merchant of Venice",
        """
        Beatrice, Benedick, Hero, Claudio, Don John, Viola, Orsino, Olivia, Malvolio, Shylock, Portia, Bassanio,
        Jessica
        """,
    ),
    Work(
        r"Inspector Calls",
        """
        Inspector Goole, Goole, Arthur Birling, Birling, Sybil Birling, Sheila, Sheila Birling, Eric, Eric Birling,
        Gerald, Gerald Croft, Eva Smith, Daisy Renton, Edna
        """,
    ),
    Work(
        r"Christmas Carol|Scrooge",
        """
        Scrooge, Ebenezer Scrooge, Marley, Jacob Marley, Bob Cratchit, Cratchit, Tiny Tim, Fezziwig, Fred, Belle
        """,
    ),
    Work(
        r"Jekyll",
        """
        Jekyll, Hyde, Utterson, Lanyon, Poole, Enfield, Carew
        """,
    ),
    Work(
        r"Lord of the Flies",
        """
        Ralph, Piggy, Jack, Simon, Roger, Samneric, Percival
        """,
    ),
    Work(
        r"Of Mice and Men",
        """
        Lennie, Lennie Small, George, George Milton, Curley, Candy, Crooks, Slim, Carlson, Whit
        """,
    ),
    Work(
        r"Mockingbird",
        """
        Atticus, Atticus Finch, Scout, Jem, Boo Radley, Tom Robinson, Bob Ewell, Mayella, Dill, Calpurnia
        """,
    ),
    Work(
        r"Great Expectations",
        """
        Pip, Estella, Havisham, Magwitch, Joe Gargery, Herbert Pocket, Jaggers
        """,
    ),
    Work(
        r"Oliver Twist",
        """
        Oliver, Oliver Twist, Fagin, Artful Dodger, Dodger, Nancy, Bill Sikes, Bumble
        """,
    ),
    Work(
        r"Frankenstein",
        """
        Victor, Victor Frankenstein, Elizabeth, Walton, Clerval, Justine
        """,
    ),
    Work(
        r"Animal Farm",
        """
        Napoleon, Snowball, Boxer, Squealer, Old Major, Benjamin, Mollie, Clover, Mr Jones, Moses
        """,
    ),
    Work(
        r"Blood Brothers",
        """
        Mickey, Eddie, Mrs Johnstone, Mrs Lyons, Linda, Sammy
        """,
    ),
    Work(
        r"Pride and Prejudice",
        """
        Elizabeth Bennet, Darcy, Jane Bennet, Bingley, Wickham, Lydia
        """,
    ),
    Work(
        r"Jane Eyre|Wuthering",
        """
        Jane Eyre, Rochester, Bertha, Heathcliff, Catherine, Edgar Linton
        """,
    ),
    Work(
        r"Curious Incident",
        """
        Christopher, Christopher Boone, Siobhan, Wellington
        """,
    ),
    Work(
        r"Woman in Black",
        """
        Arthur Kipps, Kipps, Jennet Humfrye
        """,
    ),
    Work(
        r"Never Let Me Go",
        """
        Kathy, Tommy, Ruth
        """,
    ),
    Work(
        r"\bHoles\b",
        """
        Stanley Yelnats, Stanley, Zero
        """,
    ),
    Work(
        r"\bWonder\b",
        """
        Auggie, Auggie Pullman, Via, Summer
        """,
    ),
    Work(
        r"Harry Potter|Hogwarts",
        """
        Harry, Harry Potter, Hermione, Hermione Granger, Ron, Ron Weasley, Dumbledore, Voldemort, Snape, Hagrid,
        Draco, Malfoy, Neville
        """,
    ),
    Work(
        r"Charlie and the Chocolate|\bBFG\b",
        """
        Matilda, Trunchbull, Miss Honey, Willy Wonka, Charlie Bucket, Augustus Gloop, Sophie
        """,
    ),
    Work(
        r"Alice in Wonderland|Through the Looking",
        """
        Alice, Mad Hatter, Cheshire Cat
        """,
    ),
    Work(
        r"Peter Pan",
        """
        Peter Pan, Wendy, Tinkerbell, Captain Hook
        """,
    ),
    Work(
        r"Beowulf|Odyssey|Iliad",
        """
        Beowulf, Grendel, Odysseus, Achilles, Hector, Penelope
        """,
    ),
    Work(
        r"Sherlock",
        """
        Sherlock Holmes, Holmes, Watson, Moriarty
        """,
    ),
    Work(
        r"Tom Sawyer|Huckleberry",
        """
        Tom Sawyer, Huck, Huck Finn, Becky Thatcher
        """,
    ),
)

# Public wherever they appear. Single names only where a pupil is unlikely to carry them.
FIGURES = _names(
    """
    Пушкин, Достоевский, Грибоедов, Булгаков, Маяковский, Ахматова, Цветаева, Пастернак, Шолохов, Солженицын,
    Фонвизин, Паустовский, Твардовский, Тютчев, Максим Горький, Салтыков-Щедрин, Драгунский, Чуковский, Бианки,
    Мандельштам, Бродский, Высоцкий, Окуджава, Тукай, Габдулла Тукай, Лев Толстой, Льва Толстого, Льву Толстому,
    Львом Толстым, Андрей Белый, Кир Булычёв, Михаил Ломоносов, Ломоносов, Татьяна Ларина, Вербицкая, Forward,
    Spotlight, Александр Пушкин, Фёдор
    Достоевский, Антон Чехов, Николай Гоголь, Михаил Лермонтов, Сергей Есенин, Шекспир, Уильям Шекспир, Диккенс,
    Гомер, Сервантес, Гёте, Андерсен, Киплинг, Лев Кассиль, Онегин, Печорин, Раскольников, Обломов, Хлестаков,
    Чичиков, Башмачкин, Чацкий, Фамусов, Молчалин, Митрофанушка, Гринёв, Швабрин, Базаров, Воланд, Шариков, Незнайка,
    Буратино, Чебурашка, Карлсон, Винни-Пух, Пятачок, Мальвина, Дед Мороз, Снегурочка, Баба Яга, Кощей, Кощей
    Бессмертный, Иван-царевич, Василиса Премудрая, Колобок, Золушка, Гарри Поттер, Гермиона, Шерлок Холмс, Робинзон
    Крузо, Гулливер, Дон Кихот, Гамлет, Маленький принц, Том Сойер, Пётр Первый, Пётр I, Екатерина Вторая, Екатерина
    II, Иван Грозный, Ленин, Сталин, Рокоссовский, Георгий Жуков, Маршал Жуков, Багратион, Наполеон, Юрий Гагарин,
    Циолковский, Лобачевский, Ковалевская, Александр Невский, Дмитрий Донской, Ермак, Николай Второй, Николай II,
    Александр II, Хрущёв, Брежнев, Горбачёв, Ельцин, Путин, Зоя Космодемьянская, Космодемьянская, Александр Матросов,
    Маресьев, Покрышкин, Чапаев, Илья Муромец, Добрыня Никитич, Алёша Попович, Соловей-разбойник, Змей Горыныч, Садко,
    Иван-дурак, Емеля, Царевна-лягушка, Елена Прекрасная, Финист, Роулинг, Джоан Роулинг, Марк Твен, Конан Дойл, Агата
    Кристи, Толкин, Льюис Кэрролл, Жюль Верн, Гримм, Перро, Астрид Линдгрен, Линдгрен, Джек Лондон, Хемингуэй, Оруэлл,
    Брэдбери, Сэлинджер, Том Сойер, Гекльберри Финн, Гек Финн, Волга, Клязьма, Нева, Енисей, Иртыш, Северная Двина,
    Москва-река, Байкал, Ладога, Селигер, Яуза, Ивлеева, Милохин, Даня Милохин, Бузова, Моргенштерн, Киркоров, Галкин,
    Дудь, Ургант, Гущин, Brawl Stars, Бравл Старс, Майнкрафт, Роблокс, Фортнайт, Standoff, Among Us, Дота, Тетрис,
    Пятёрочка, Магнит, Перекрёсток, Erich Krause, Эрих Краузе, Think-Pair-Share, Skellig, Pritt, Robert Burns, Rabbie
    Burns, Burns Night, Kensuke, Kensuke’s Kingdom, Dr Seuss, The Cat in the Hat, Cat in the Hat, Skibidi Toilet,
    Flash Academy, Eurostar, Turnitin, Google Translate, Цыбулько, Thomas Cromwell, Anne Boleyn, Catherine of Aragon,
    Henry VII, Maltesers, Школа Минпросвещения России, Save the Children, NSPCC, Barnardo's, Arsenal, Chelsea,
    Tottenham, Spurs, Everton, Newcastle United, Manchester United, Man United, Manchester City, Man City, Aston
    Villa, West Ham, Celtic, Rangers, Wrexham, Real Madrid, Barcelona, Спартак, Зенит, ЦСКА, Локомотив, Динамо, Ак
    Барс, Кул-Шариф, Antrobus, EpiPen, Семрук, Lego Spike, Arduino, Scratch, Python, Micro:bit, Tinkercad, Khan
    Academy, Chartered College, Chartered College of Teaching, Voice 21, Google Gemini, Wicked, Elphaba, Glinda,
    Noughts & Crosses, Noughts and Crosses, The Hate U Give, Kae Tempest, Raymond Antrobus, Katherine Rundell, Holly
    Jackson, Emma Raducanu, Гузель Яхина, Чулпан Хаматова, Наринэ Абгарян, Нина Дашевская, Владислав Крапивин,
    Крапивин, Коста Хетагуров, Овечкин, Гретцки, Macmillan, Ремарк, Эрих Мария Ремарк, Milgram, Zimbardo, Mendel,
    Gregor Mendel, Baz Luhrmann, Leonardo DiCaprio, Percy Jackson, Grace Nichols, Pip Fitz-Amobi, Penguin, Puffin,
    Faber, Bloomsbury, HarperCollins, Usborne, Scholastic, CGP, Collins, Hodder, Oxford University Press, Просвещение,
    Дрофа, Эксмо, Casio, Dr Frost Maths, National Express, World War, World Wars, Industrial Revolution, Patrick Ness,
    ФГИС «Моя школа», Моя школа, Кванториум, Точка роста, IT-куб, Сириус, Артек, Орлёнок, Движение первых, Юнармия,
    Present Perfect, Past Simple, Present Simple, Present Continuous, Past Continuous, Future Simple, Past Perfect,
    Spotlight, Starlight, Школа 2100, Школа России, Перспектива, Шишкин, Месси, Роналду, Евгений Водолазкин,
    Водолазкин, Терешкова, Валентина Терешкова, Rosalind Franklin, Katherine Johnson, Ozymandias, Dracula, Mary Beard,
    Love Island, Mr Beast, MrBeast, Logan Paul, Olive Morris, Blue Planet, Ruth Miskin, Тотальный диктант, Масленица,
    Пасха, Рождество, Сабантуй, Навруз, Курбан-байрам, Ураза-байрам, Хэллоуин, Эрмитаж, Кунсткамера, Третьяковка,
    Третьяковская галерея, Русский музей, Пушкинский музей, Политехнический музей, Дарвиновский музей, Оружейная
    палата, Царское Село, Петергоф, Ясная Поляна, Бородинская панорама, Куликовская битва, Бородинская битва,
    Сталинградская битва, Курская дуга, Ледовое побоище, Полтавская битва, Пушкинская карта, Пифагор, Архимед, Ньютон,
    Эйнштейн, Дарвин, Лейбниц, Евклид, Декарт, Выготский, Лев Выготский, Антон Макаренко, Сухомлинский, Амонашвили,
    Шалва Амонашвили, Шаталов, Эльконин, Гальперин, Занков, Лысенкова, Петрановская, Людмила Петрановская,
    Гиппенрейтер, Юлия Гиппенрейтер, Корчак, Януш Корчак, Монтессори, Мария Монтессори, Пиаже, Маслоу, Песталоцци,
    Коменский, Ян Амос Коменский, Лотман, Бахтин, Блум, Выгодский, Shakespeare, William Shakespeare, Dickens, Charles
    Dickens, Chaucer, Wordsworth, Keats, Byron, Tennyson, Heaney, Seamus Heaney, Carol Ann Duffy, Simon Armitage, John
    Agard, Agard, Benjamin Zephaniah, Zephaniah, Wilfred Owen, Siegfried Sassoon, Sassoon, Priestley, J. B. Priestley,
    Mary Shelley, Stevenson, Golding, William Golding, Steinbeck, John Steinbeck, Harper Lee, Orwell, George Orwell,
    Austen, Jane Austen, Bronte, Brontë, Charlotte Brontë, Emily Brontë, Roald Dahl, Rowling, J. K. Rowling, Tolkien,
    C. S. Lewis, Morpurgo, Michael Morpurgo, Julia Donaldson, Jacqueline Wilson, David Walliams, Philip Pullman,
    Ishiguro, Kazuo Ishiguro, Homer, Sophocles, Plato, Aristotle, Socrates, Mark Twain, Arthur Conan Doyle, Conan
    Doyle, Lewis Carroll, Willy Russell, Mark Haddon, Louis Sachar, Susan Hill, Malorie Blackman, Angie Thomas,
    Macbeth, Lady Macbeth, Banquo, Scrooge, Ebenezer Scrooge, Prospero, Caliban, Tybalt, Mercutio, Heathcliff,
    Havisham, Miss Havisham, Atticus Finch, Boo Radley, Inspector Goole, Dumbledore, Voldemort, Hermione Granger,
    Harry Potter, Ron Weasley, Sherlock Holmes, Oliver Twist, Fagin, Gruffalo, Paddington, Winnie-the-Pooh, Peter
    Rabbit, Willy Wonka, Mr Men, Beowulf, Grendel, Martin Luther King, Martin Luther King Jr, Rosa Parks, Nelson
    Mandela, Mandela, Gandhi, Mahatma Gandhi, Winston Churchill, Churchill, Henry VIII, Elizabeth I, Queen Victoria,
    Florence Nightingale, Mary Seacole, Isambard Kingdom Brunel, Brunel, Guy Fawkes, Boudicca, Julius Caesar, Anne
    Frank, Malala, Malala Yousafzai, Emmeline Pankhurst, Pankhurst, Abraham Lincoln, George Washington, Napoleon
    Bonaparte, Hitler, Adolf Hitler, Stalin, Lenin, Marie Curie, Isaac Newton, Newton, Albert Einstein, Einstein,
    Charles Darwin, Darwin, Stephen Hawking, Ada Lovelace, Alan Turing, Grace Darling, Walter Tull, Harriet Tubman,
    Frederick Douglass, Neil Armstrong, Christopher Columbus, Captain Cook, Tutankhamun, Cleopatra, Alexander the
    Great, Barack Obama, Obama, Donald Trump, Trump, Mozart, Beethoven, Picasso, Van Gogh, Monet, Leonardo da Vinci,
    Da Vinci, Michelangelo, Frida Kahlo, Banksy, Pythagoras, Archimedes, Euclid, Galileo, Copernicus, Hadrian, Queen
    Elizabeth, King Charles, Princess Diana, Greta Thunberg, Marcus Rashford, David Attenborough, Attenborough, Emily
    Davison, Emily Wilding Davison, Millicent Fawcett, Khrushchev, John F. Kennedy, JFK, Fidel Castro, Benedict
    Cumberbatch, Taylor Swift, Beyoncé, Ed Sheeran, Harry Styles, Stormzy, Cristiano Ronaldo, Ronaldo, Lionel Messi,
    Messi, Mo Salah, Bukayo Saka, Harry Kane, Elon Musk, Mr Bean, Rowan Atkinson, Michael Rosen, Joe Wicks, Jamie
    Oliver, Samuel Pepys, Pepys, Richard Arkwright, Lois Lowry, Malorie Blackman, Paddington Bear,
    Таксономия Блума, Блум, Эдвард де Боно, Эдварда де Боно, Эмили Нагоски, Нагоски, Пол Блэк, Дилан Уильям, Блэк и
    Уильям, Лжедмитрий, Jo Boaler, Boaler, Cuisenaire, Freud, Greggs, Sonic, Ted Hughes, Robert Bjork, Bjork,
    Roediger, Barkley, А. Грин, Александр Грин, Down's syndrome, Down syndrome, Asperger's, Tourette's, Crohn's
    disease, Parkinson's, Alzheimer's, Bill Rogers, Biff, Chip and Kipper, Kipper, King's Lynn, Amazing Grace,
    Insta, Patrick Stewart, Mo Farah, Imtiaz Dharker, Hollie McNish, Kei Miller, Simon Armitage, Seamus Heaney,
    Forest School, Eisteddfod, Izmir, Shropshire, Stepik, Виктор Цой, Виктора Цоя, Виктору Цою, Марина Бородицкая,
    Белинский, Sky News, BBC News, LinkedIn, Childline, ChildLine, Glastonbury, Brumley, Highers, Малала, Мартин
    Лютер Кинг,
    Роза Паркс, Нельсон Мандела, Vygotsky, Lev Vygotsky, Piaget, Jean Piaget,
    Bruner, Jerome Bruner, Dewey, John Dewey, Montessori, Maria Montessori, Froebel, Skinner, B. F. Skinner, Pavlov,
    Maslow, Abraham Maslow, Dweck, Carol Dweck, Rosenshine, Barak Rosenshine, Lemov, Doug Lemov, Spencer Kagan, John
    Hattie, Dylan Wiliam, Wiliam, Sweller, John Sweller, Willingham, Daniel Willingham, Christodoulou, Daisy
    Christodoulou, Tom Bennett, Paul Dix, Howard Gardner, Kolb, David Kolb, Freire, Paulo Freire, Bandura, Albert
    Bandura, Erikson, Kohlberg, Bowlby, John Bowlby, Goleman, Marzano, Ebbinghaus, Kirschner, Didau, David Didau,
    Benjamin Bloom, Lev Semyonovich Vygotsky, Makarenko, Sukhomlinsky, Ushinsky, Korczak, Janusz Korczak, Pestalozzi,
    Comenius, Rogers, Carl Rogers, Csikszentmihalyi, Sherrington, Tom Sherrington, Mccrea, Peps Mccrea, Zull, Biesta,
    Gert Biesta, Hirsch, E. D. Hirsch, Ofsted, Kate Jones, Teach Like a Champion, Running the Room, Mary Myatt, Alex
    Quigley, Adam Boxer, Лемов, Дуг Лемов, Хэтти, Джон Хэтти, Дуэк, Кэрол Дуэк, Розеншайн, Барак Розеншайн, Дьюи, Джон
    Дьюи, Скиннер, Брунер, Гарднер, Кристодулу, Seneca, Sparx, Sparx Maths, Sparx Reader, Century Tech, Century,
    Arbor, Bromcom, SIMS, ClassDojo, Class Dojo, Dojo, Kahoot, Quizlet, Padlet, Nearpod, Mentimeter, Seesaw, Tassomai,
    Hegarty, Hegarty Maths, Dr Frost, Educake, Satchel One, Show My Homework, Canva, Duolingo, Blooket, Gimkit,
    Wordwall, Flipgrid, Sumdog, Times Tables Rock Stars, Purple Mash, Doodle Maths, MyMaths, Accelerated Reader,
    Renaissance, CPOMS, MyConcern, Edulink, ParentMail, Bedrock, Bitesize, BBC Bitesize, ChatGPT, Copilot, Snapchat,
    Instagram, TikTok, WhatsApp, Discord, Roblox, Minecraft, Fortnite, Google Classroom, Zoom, Teams, Microsoft Teams,
    Oak National, Oak National Academy, Read Write Inc, Little Wandle, Twinkl, Sparx Science, Dreambox, Lexia, IXL,
    Сферум, Дневник.ру, ЭлЖур, Учи.ру, ЯКласс, Фоксфорд, Skysmart, Скайсмарт, Госуслуги, ВКонтакте, Телеграм, Яндекс,
    Яндекс Учебник, Сбер, Сбербанк, РЭШ, МЭШ, Class Charts, White Rose Maths, White Rose, Maths Hub, Early Help, Cold
    Call, Think Pair Share, Do Now, Exit Ticket, Retrieval Practice, Cognitive Load Theory, Growth Mindset, Mental
    Health First Aid, World Book Day, Red Nose Day, Children in Need, Black History Month, Anti-Bullying Week, Comic
    Relief, Sports Relief, Bonfire Night, Pancake Day
    """
)

# Public only when the text is about history, literature, a theory or a method: people do carry these names.
TOPICAL = _names(
    """
    Ainsworth, Bowlby, Некрасов, Островский, Крылов, Толстой, Платонов, Гончаров, Лесков, Жуковский, Михалков, Бунин,
    Куприн, Горький, Шукшин, Астафьев, Тургенев, Державин, Пришвин, Зощенко, Барто, Житков, Есенин, Чехов, Кутузов,
    Суворов, Нахимов, Минин, Пожарский, Столыпин, Гагарин, Менделеев, Ломоносов, Макаренко, Давыдов, Леонтьев,
    Ушинский, Маршак, Короленко, Карамзин, Радищев, Лермонтов, Гоголь, Петерсон, Моро, Дорофеев, Мордкович, Атанасян,
    Погорелов, Макарычев, Никольский, Виленкин, Мерзляк, Пёрышкин, Габриелян, Рудзитис, Пасечник, Сонин, Ладыженская,
    Бархударов, Разумовская, Коровина, Канакина, Климанова, Плешаков, Биболетова, Кузовлев, Афанасьева, Верещагина,
    Бунеев, Журова, Жуков, Конев, Ушаков, Королёв, Павлов, Распутин, Блок, Фет, Носов, Ильин, Корнилов, Колчак, Ермак,
    Bloom, Hattie, Kagan, Fawcett, Davison, Castro, Kennedy, Gardner, Owen, Shelley, Blake, Browning, Lewis, Lee,
    Cook, King, Wilson, Armstrong, Bach, Turing, Curie, Victoria, Elizabeth, Henry, Tudor, Cromwell, Oliver Cromwell,
    Washington, Lincoln, Columbus, Galileo, Faraday, Edison, Tesla, Watt, Stephenson, Nightingale, Seacole, Parks,
    Mandela, Bennett, Rogers, Dix, Coe, Hirsch
    """
)


_TOPIC = re.compile(
    r"истори|войн|маршал|полковод|сражени|битв|цар[ьяюе]\b|импера|революц|литератур|писател|поэт|автор|книг|роман\b|"
    r"романа|повест|рассказ|стих|произведени|персонаж|геро[йяиюе]|учён|учен(?:ый|ого|ому|ым)\b|теори|методик|"
    r"подход|космос|космонавт|history|historical|\bwar\b|\bwars\b|battle|\bking\b|\bqueen\b|emperor|empire|revolution|"
    r"century|civil rights|president|literature|novel|poem|poet|author|writer|\bbook|\bplay\b|character|scientist|"
    r"theory|theorist|research|approach|method|\bmodel\b|taxonomy|strateg|structures|technique|pedagog|psycholog|"
    r"reading|studying|topic|unit on|lesson on|lessons on|урок\w* по|тем[аеуы]\b|учебник|УМК|математик|программ|"
    r"textbook|scheme of work|spec\b|specification|портрет|чтец|конкурс|поэм|музе|усадьб|экскурси|при[её]м|метод|"
    r"перечита|прочита|цитат|эпиграф|памятник|юбиле|Ясн\w+ Полян|писал|читал|слышал|classic|quote|portrait|poem|"
    r"recit|museum|statue|wrote|written|словесник|литератор|филолог|attachment|psychology|experiment|проект\w* о|"
    r"доклад\w* о|реферат|презентаци|project on|report on|presentation on",
    re.IGNORECASE,
)


_RU_ENDING = re.compile(r"(?:ий|ый|ой|ая|яя|а|я|й|ь|о|ы|е|у)$")


def _word_pattern(word: str) -> str:
    word = word.replace("ё", "е").replace("Ё", "Е")
    if re.search(r"[А-Яа-я]", word):
        # every part of a Cyrillic name declines: "Салтыкова-Щедрина", "Дуга Лемова", "Тома Сойера"
        return "-".join(_cyrillic_part(part) for part in word.split("-"))
    return re.escape(word) + r"(?:s|es)?"  # "three Willy Wonkas"


def _cyrillic_part(part: str) -> str:
    if len(part) >= 4:
        return re.escape(_RU_ENDING.sub("", part)) + r"[а-яё]{0,3}"
    return re.escape(part) + r"[а-яё]{0,2}"


def _names_pattern(names: tuple[str, ...]) -> re.Pattern[str]:
    alternatives = (r"\s+".join(_word_pattern(word) for word in name.split()) for name in names)
    return re.compile(r"(?<!\w)(?:" + "|".join(sorted(alternatives, key=len, reverse=True)) + r")(?!\w)")


@cache
def _figures() -> re.Pattern[str]:
    return _names_pattern(FIGURES)


@cache
def _topical() -> re.Pattern[str]:
    return _names_pattern(TOPICAL)


@cache
def _works() -> tuple[tuple[re.Pattern[str], re.Pattern[str], tuple[re.Pattern[str], ...]], ...]:
    """
    Per work: its cues, all its characters in one pattern, and each character's own pattern.
    """
    return tuple(
        (
            re.compile(work.cues),
            _names_pattern(_names(work.characters)),
            tuple(_names_pattern((name,)) for name in _names(work.characters)),
        )
        for work in WORKS
    )


def _characters_named(found: set[str], each: tuple[re.Pattern[str], ...]) -> int:
    """How many different characters the names found are ("Санька" and "Санькой" are one)."""
    return sum(1 for pattern in each if any(pattern.fullmatch(name) for name in found))


def _plain(text: str) -> str:
    return text.replace("ё", "е").replace("Ё", "Е")


class PublicNames:
    """Where one text names public figures, characters or products (see the module's docstring). A name span is
    public when it is one of them (a title or a possessive aside) or lies inside where one is written, so that
    "Rosa" of "Rosa Parks" or "Doug" of "Doug Lemov" found by another rule is not taken for a pupil."""

    def __init__(self, text: str) -> None:
        plain = _plain(text)
        patterns = [_figures()]
        # A topic's words ("Выготский писал..., а Макаренко") or two such names together ("про Чехова и Толстого")
        # make the names people also carry public here.
        topical = _topical()
        if _TOPIC.search(text) or len({m.group(0) for m in topical.finditer(plain)}) >= 2:
            patterns.append(topical)
        titles: list[tuple[int, int]] = []
        for cues, characters, each in _works():
            named = [m.span() for m in cues.finditer(text)]
            titles += named  # a work's own title ("Blood Brothers", "Holes") is not a person either
            found = {m.group(0) for m in characters.finditer(plain)}
            if found and (named or cues.search(plain) or _characters_named(found, each) >= 2):
                patterns.append(characters)
        self._patterns = patterns
        self._written = [match.span() for pattern in patterns for match in pattern.finditer(plain)]
        # Nor is a work's title, a place, or a public person named by their occupation.
        self._written += titles
        self._written += [match.span() for match in _TITLE_OF_WORK.finditer(text)]
        for pattern in (_AUTHOR_AFTER_TITLE, _NAMED_AFTER, _PUBLIC_OCCUPATION, _PLACE_CUE):
            self._written += [match.span(match.lastindex or 0) for match in pattern.finditer(text)]

    def names_a_body(self, name: str) -> bool:
        """A school-like span that is a public body or platform ("Oak National Academy", "ФГИС «Моя школа»")."""
        plain = _plain(name).strip()
        return _figures().fullmatch(plain) is not None or _figures().fullmatch(plain + "»") is not None

    def covers(self, text: str, start: int, end: int) -> bool:
        if any(a <= start and end <= b for a, b in self._written):
            return True
        name = _TITLE.sub("", _POSSESSIVE.sub("", _plain(text[start:end]).strip(" .,;:«»\"'()")))
        return bool(name) and any(pattern.fullmatch(name) for pattern in self._patterns)
