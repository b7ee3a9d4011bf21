"""The sections a new forum starts with (written by migration 0001; moderators manage them afterwards)."""

SEEDED_SECTIONS: tuple[dict[str, object], ...] = (
    {
        "id": "what-to-do",
        "title_ru": "Что делать? Ищем выход вместе",
        "title_en": "What to do? Looking for a way out together",
        "description_ru": "Обезличенные кейсы, которые авторы разрешили обсудить с коллегами.",
        "description_en": "De-identified cases whose authors agreed to discuss them with colleagues.",
        "rubrics": [],
        "position": 0,
        "shared_cases": True,
    },
    {
        "id": "first-years",
        "title_ru": "Первые годы в школе",
        "title_en": "The first years at school",
        "description_ru": "Адаптация, нагрузка, отношения в коллективе.",
        "description_en": "Settling in, workload, relations with colleagues.",
        "rubrics": ["self_management", "personal_resources", "professional_ethics"],
        "position": 1,
        "shared_cases": False,
    },
    {
        "id": "lessons",
        "title_ru": "Урок и методика",
        "title_en": "Lessons and methods",
        "description_ru": "Методы обучения, оценивание, цифровые инструменты.",
        "description_en": "Teaching methods, assessment, digital tools.",
        "rubrics": ["teaching_methods", "monitoring_evaluation", "digital_technologies", "individualization"],
        "position": 2,
        "shared_cases": False,
    },
    {
        "id": "class-and-parents",
        "title_ru": "Класс и родители",
        "title_en": "The class and the parents",
        "description_ru": "Дисциплина, мотивация, общение с семьями.",
        "description_en": "Discipline, motivation, working with families.",
        "rubrics": ["class_management", "parent_interaction", "at_risk_families"],
        "position": 3,
        "shared_cases": False,
    },
)
