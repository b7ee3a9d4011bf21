"""Rubricator R: one end-to-end taxonomy for cases, mentor expertise, library, forum and statistics."""

from typing import Literal

from mentor_contracts.taxonomy.labels import Term

RubricCode = Literal[
    "educational_law",
    "professional_ethics",
    "class_management",
    "digital_technologies",
    "individualization",
    "teaching_methods",
    "monitoring_evaluation",
    "urban_projects",
    "self_management",
    "parent_interaction",
    "personal_resources",
    "at_risk_families",
]

RUBRICS: tuple[Term, ...] = (
    Term(code="educational_law", ru="Образовательное право", en="Educational law"),
    Term(code="professional_ethics", ru="Профессиональная этика", en="Professional ethics"),
    Term(code="class_management", ru="Управление классом, мотивация", en="Class management, motivation"),
    Term(code="digital_technologies", ru="Цифровые технологии", en="Digital technologies"),
    Term(
        code="individualization",
        ru="Индивидуализация образовательного процесса",
        en="Individualization of the educational process",
    ),
    Term(code="teaching_methods", ru="Методика преподавания предмета", en="Subject teaching methods"),
    Term(code="monitoring_evaluation", ru="Мониторинг и оценивание", en="Monitoring and evaluation"),
    Term(code="urban_projects", ru="Городские образовательные проекты", en="City educational projects"),
    Term(code="self_management", ru="Самоменеджмент", en="Self-management"),
    Term(code="parent_interaction", ru="Взаимодействие с родителями", en="Interaction with parents"),
    Term(code="personal_resources", ru="Личные ресурсы", en="Personal resources"),
    Term(code="at_risk_families", ru="Работа с семьями группы риска", en="Work with at-risk families"),
)
