"""Request and response bodies of the cases API."""

import uuid
from datetime import datetime
from typing import Annotated

from pydantic import AfterValidator, BaseModel, ConfigDict, Field

from mentor_cases.profiles.schemas import ProfileRead
from mentor_contracts.taxonomy import ParticipantCode, PrivacyMode, RubricCode, Urgency

LIMITS = {"problem": 1000, "actions_taken": 1000, "difficulty": 1000, "question": 500}


def _unique(values: list[str]) -> list[str]:
    return list(dict.fromkeys(values))


def _strip(value: str) -> str:
    return value.strip()


Text1000 = Annotated[str, Field(max_length=LIMITS["problem"]), AfterValidator(_strip)]
Text500 = Annotated[str, Field(max_length=LIMITS["question"]), AfterValidator(_strip)]


class CaseForm(BaseModel):
    """The case form. A draft may be incomplete; submission requires the problem, the question and a rubric."""

    model_config = ConfigDict(extra="forbid")

    problem: Text1000 = Field("", description="Essence of the problem (required to submit)")
    actions_taken: Text1000 = Field("", description="Actions already taken")
    difficulty: Text1000 = Field("", description="Why it is difficult to solve alone")
    question: Text500 = Field("", description="The question to a mentor (required to submit)")
    participants: Annotated[list[ParticipantCode], AfterValidator(_unique)] = Field(default_factory=list)
    rubrics: Annotated[list[RubricCode], AfterValidator(_unique)] = Field(default_factory=list)
    privacy: PrivacyMode = "anonymous"
    consent_group_discussion: bool = False
    urgency: Urgency = "need_advice"
    consent_publish: bool = False


class CaseCreate(CaseForm):
    submit: bool = Field(True, description="false saves a draft")

    model_config = ConfigDict(
        extra="forbid",
        json_schema_extra={
            "examples": [
                {
                    "problem": "Родители ученика пишут мне в мессенджер ночью и требуют немедленного ответа.",
                    "actions_taken": "Попросила писать только в рабочее время — не помогло.",
                    "difficulty": "Боюсь испортить отношения с семьёй и получить жалобу директору.",
                    "question": "Как установить границы общения с родителями, не вызвав конфликта?",
                    "participants": ["parents", "form_6"],
                    "rubrics": ["parent_interaction", "professional_ethics"],
                    "privacy": "anonymous",
                    "consent_group_discussion": True,
                    "urgency": "need_advice",
                    "consent_publish": True,
                    "submit": True,
                }
            ]
        },
    )


class CaseUpdate(BaseModel):
    """Changes to a draft; absent fields stay as they are."""

    model_config = ConfigDict(extra="forbid")

    problem: Text1000 | None = None
    actions_taken: Text1000 | None = None
    difficulty: Text1000 | None = None
    question: Text500 | None = None
    participants: Annotated[list[ParticipantCode], AfterValidator(_unique)] | None = None
    rubrics: Annotated[list[RubricCode], AfterValidator(_unique)] | None = None
    privacy: PrivacyMode | None = None
    consent_group_discussion: bool | None = None
    urgency: Urgency | None = None
    consent_publish: bool | None = None


class RevisionRead(BaseModel):
    model_config = ConfigDict(from_attributes=True)

    number: int
    problem: str
    actions_taken: str
    difficulty: str
    question: str
    created_at: datetime


class OfferRead(BaseModel):
    model_config = ConfigDict(from_attributes=True)

    mentor_id: str
    round: int
    score: float
    explanation: str


class CaseRead(BaseModel):
    id: uuid.UUID
    number: str | None
    status: str
    privacy: PrivacyMode
    urgency: Urgency
    consent_group_discussion: bool
    consent_publish: bool
    rubrics: list[str]
    participants: list[str]
    versions: int
    round: int
    mentor_id: str | None
    needs_attention: bool
    second_opinion_used: bool
    created_at: datetime
    submitted_at: datetime | None
    completed_at: datetime | None
    author_id: str | None = Field(None, description="Only for the author, moderators, and a personal case's mentor")
    author_profile: ProfileRead | None = Field(
        None, description="The author's questionnaire: for a personal case's mentor, the author and moderators"
    )
    your_role: str = Field(description="author, mentor, colleague, moderator")
    allowed_actions: list[str]
    revisions: list[RevisionRead]


class MentorSelectionCreate(BaseModel):
    model_config = ConfigDict(extra="forbid")

    mentor_id: str = Field(min_length=1, max_length=128)


class DeclineCreate(BaseModel):
    model_config = ConfigDict(extra="forbid")

    reason: str = Field(min_length=3, max_length=1000, description="Why the mentor cannot take the case")


class HistoryRead(BaseModel):
    model_config = ConfigDict(from_attributes=True)

    at: datetime
    actor_id: str | None
    actor_role: str
    kind: str
    detail: dict[str, object]
