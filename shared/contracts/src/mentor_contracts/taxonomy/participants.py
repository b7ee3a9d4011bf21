"""Participants P: who takes part in the problem situation (multiple choice on the case form)."""

from typing import Literal

from mentor_contracts.taxonomy.labels import Term

ParticipantCode = Literal[
    "parents",
    "fellow_pedagogues",
    "school_administration",
    "education_department",
    "other_departments",
    "ngos",
    "preschool_children",
    "form_1",
    "form_2",
    "form_3",
    "form_4",
    "form_5",
    "form_6",
    "form_7",
    "form_8",
    "form_9",
    "form_10",
    "form_11",
]

_FORMS = tuple(Term(code=f"form_{n}", ru=f"Обучающиеся {n} класса", en=f"Pupils of form {n}") for n in range(1, 12))

PARTICIPANTS: tuple[Term, ...] = (
    Term(code="parents", ru="Родители", en="Parents"),
    Term(code="fellow_pedagogues", ru="Коллеги-педагоги", en="Fellow pedagogues"),
    Term(code="school_administration", ru="Администрация школы", en="School administration"),
    Term(
        code="education_department",
        ru="Администрация департамента образования",
        en="Education department administration",
    ),
    Term(code="other_departments", ru="Другие ведомства", en="Other departments"),
    Term(code="ngos", ru="Некоммерческие организации", en="NGOs"),
    Term(code="preschool_children", ru="Дошкольники", en="Preschool children"),
    *_FORMS,
)
