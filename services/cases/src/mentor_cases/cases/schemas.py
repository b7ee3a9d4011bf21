"""Request and response bodies of the cases API."""

import uuid
from typing import Annotated

from pydantic import AfterValidator, BaseModel, ConfigDict, Field, field_validator
from pydantic.json_schema import SkipJsonSchema

from mentor_cases.profiles.schemas import ProfileRead
from mentor_contracts.taxonomy import ParticipantCode, PrivacyMode, RubricCode, Urgency
from mentor_kit.clock import Timestamp

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


Absent = SkipJsonSchema[None]  # a field left out of a change, never sent as null


class CaseUpdate(BaseModel):
    """Changes to a draft; absent fields stay as they are. `null` is no value of any of them: leave a field out to
    keep it (the OpenAPI does not offer null either)."""

    model_config = ConfigDict(extra="forbid")

    problem: Text1000 | Absent = None
    actions_taken: Text1000 | Absent = None
    difficulty: Text1000 | Absent = None
    question: Text500 | Absent = None
    participants: Annotated[list[ParticipantCode], AfterValidator(_unique)] | Absent = None
    rubrics: Annotated[list[RubricCode], AfterValidator(_unique)] | Absent = None
    privacy: PrivacyMode | Absent = None
    consent_group_discussion: bool | Absent = None
    urgency: Urgency | Absent = None
    consent_publish: bool | Absent = None

    @field_validator("*", mode="before")
    @classmethod
    def _no_null(cls, value: object) -> object:
        if value is None:
            raise ValueError("null is not a value here: leave the field out to keep it")
        return value


class RevisionRead(BaseModel):
    model_config = ConfigDict(from_attributes=True)

    number: int
    problem: str
    actions_taken: str
    difficulty: str
    question: str
    created_at: Timestamp


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
    created_at: Timestamp
    submitted_at: Timestamp | None
    completed_at: Timestamp | None
    author_id: str | None = Field(None, description="Only for the author, moderators, and a personal case's mentor")
    author_profile: ProfileRead | None = Field(
        None, description="The author's questionnaire: for a personal case's mentor, the author and moderators"
    )
    your_role: str = Field(description="author, mentor, colleague, former_mentor (read only), moderator")
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

    at: Timestamp
    actor_id: str | None
    actor_role: str
    kind: str
    detail: dict[str, object]
