"""The question bank: hint questions a mentor may put to the case author (seed data; moderators extend it)."""

from typing import Literal

from pydantic import BaseModel, ConfigDict, Field

from mentor_contracts.taxonomy.rubrics import RubricCode

QuestionKind = Literal["clarifying", "developing"]
QuestionGroup = Literal["goals", "swot", "options", "planning"]


class BankQuestion(BaseModel):
    model_config = ConfigDict(frozen=True)

    code: str = Field(pattern=r"^[a-z][a-z_]*\.[a-z][a-z_]*$", examples=["options.resources"])
    group: QuestionGroup
    kind: QuestionKind
    ru: str = Field(min_length=1, max_length=500)
    en: str = Field(min_length=1, max_length=500)
    rubrics: tuple[RubricCode, ...] = ()  # empty: fits every rubric


def _q(code: str, group: QuestionGroup, kind: QuestionKind, ru: str, en: str) -> BankQuestion:
    return BankQuestion(code=code, group=group, kind=kind, ru=ru, en=en)


QUESTION_BANK: tuple[BankQuestion, ...] = (
    _q(
        "goals.outcome",
        "goals",
        "developing",
        "Что именно вы хотите получить от этой консультации?",
        "What exactly do you want to get out of this consultation?",
    ),
    _q(
        "goals.real_goal",
        "goals",
        "developing",
        "Какой цели вы на самом деле хотите достичь, решив описанную проблему?",
        "What goal do you really want to achieve by solving the problem?",
    ),
    _q(
        "goals.ideal_result",
        "goals",
        "developing",
        "Каким был бы идеальный результат? Опишите его.",
        "What would be the ideal result? Describe it.",
    ),
    _q(
        "goals.change_in_work",
        "goals",
        "developing",
        "Что вы хотите изменить в своей работе, решив эту ситуацию?",
        "What do you want to change in your work by solving it?",
    ),
    _q(
        "goals.benefit",
        "goals",
        "developing",
        "Что получите вы, ваши ученики и коллеги, если вы достигнете этой цели?",
        "How would you, your students and your colleagues benefit if you achieved it?",
    ),
    _q(
        "swot.strengths",
        "swot",
        "clarifying",
        "Подумайте и опишите свои сильные стороны, важные в этой ситуации.",
        "Think and describe your strengths that matter in this situation.",
    ),
    _q(
        "swot.weaknesses",
        "swot",
        "clarifying",
        "Подумайте и опишите свои слабые стороны, важные в этой ситуации.",
        "Think and describe your weaknesses that matter in this situation.",
    ),
    _q(
        "swot.threats",
        "swot",
        "clarifying",
        "Подумайте и опишите внешние обстоятельства, которые мешают, угрожают, препятствуют вам.",
        "Think and describe the external circumstances that hinder or threaten you.",
    ),
    _q(
        "swot.opportunities",
        "swot",
        "clarifying",
        "Подумайте и опишите внешние обстоятельства, которые могли бы помочь вам, стать источником "
        "ресурсов и возможностей.",
        "Think and describe the external circumstances that could help you and be a source of resources "
        "and opportunities.",
    ),
    _q(
        "options.seen",
        "options",
        "clarifying",
        "Какие варианты вы видите для себя и почему они вас не устраивают?",
        "What options do you see and why are you not satisfied with them?",
    ),
    _q(
        "options.next",
        "options",
        "developing",
        "Что, по-вашему, нужно сделать дальше?",
        "What do you think you need to do next?",
    ),
    _q(
        "options.first_step",
        "options",
        "developing",
        "Каким мог бы быть первый шаг, с вашей точки зрения?",
        "What could be the first step, from your perspective?",
    ),
    _q(
        "options.do_nothing",
        "options",
        "developing",
        "Что произойдёт, если ничего не делать?",
        "What happens if you do nothing?",
    ),
    _q(
        "options.already_working",
        "options",
        "clarifying",
        "Что уже работает в этой ситуации? Что в ней хорошего?",
        "What is already working in this situation? What is good about it?",
    ),
    _q(
        "options.hardest",
        "options",
        "clarifying",
        "С чем вам труднее всего справиться?",
        "What is the most difficult thing for you to deal with?",
    ),
    _q(
        "options.before",
        "options",
        "clarifying",
        "Как вы справлялись с подобными ситуациями раньше?",
        "How have you handled situations like this before?",
    ),
    _q(
        "planning.three_actions",
        "planning",
        "developing",
        "Какие три действия вы можете предпринять, чтобы увидеть первый результат уже на этой неделе?",
        "What three actions can you take to see a first result this week?",
    ),
)
