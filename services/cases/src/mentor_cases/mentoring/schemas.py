import uuid
from typing import Annotated
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from pydantic import AfterValidator, BaseModel, ConfigDict, Field, StringConstraints, model_validator

from mentor_cases.cases.schemas import Text500, Text1000
from mentor_contracts.taxonomy import QuestionKind
from mentor_kit.clock import Moment, Timestamp

LongText = Annotated[str, Field(min_length=1, max_length=4000), AfterValidator(str.strip)]


class QuestionCreate(BaseModel):
    """A question from the bank (`bank_code`) or the mentor's own ("other": `text` and `kind`)."""

    model_config = ConfigDict(extra="forbid")

    bank_code: str | None = Field(None, examples=["goals.ideal_result"])
    text: Text500 | None = None
    kind: QuestionKind | None = None

    @model_validator(mode="after")
    def one_source(self) -> "QuestionCreate":
        if self.bank_code is None and not (self.text and self.kind):
            raise ValueError("give a bank_code, or your own text and its kind")
        return self


class QuestionsCreate(BaseModel):
    model_config = ConfigDict(extra="forbid")

    questions: list[QuestionCreate] = Field(min_length=1, max_length=20)


class QuestionRead(BaseModel):
    model_config = ConfigDict(from_attributes=True)

    id: uuid.UUID
    revision: int
    bank_code: str | None
    kind: str
    text: str
    asked_at: Timestamp
    answer: str | None
    answered_at: Timestamp | None


class AnswerCreate(BaseModel):
    model_config = ConfigDict(extra="forbid")

    text: Annotated[str, Field(min_length=1, max_length=1000), AfterValidator(str.strip)]


class RevisionCreate(BaseModel):
    """ "Define the problem more precisely": the next version of the case text."""

    model_config = ConfigDict(extra="forbid")

    problem: Annotated[str, Field(min_length=1, max_length=1000), AfterValidator(str.strip)]
    actions_taken: Text1000 = ""
    difficulty: Text1000 = ""
    question: Annotated[str, Field(min_length=1, max_length=500), AfterValidator(str.strip)]


class SolutionCreate(BaseModel):
    model_config = ConfigDict(extra="forbid")

    text: LongText


class SolutionRead(BaseModel):
    model_config = ConfigDict(from_attributes=True)

    mentor_id: str
    second_opinion: bool
    text: str
    at: Timestamp


class ReflectionCreate(BaseModel):
    """The reflection sheet that completes a case."""

    model_config = ConfigDict(extra="forbid")

    useful: bool = Field(description="Was the consultation useful?")
    rating: int = Field(ge=1, le=5)
    next_steps: Text1000 = Field("", description="What will you do now?")
    comment: Text1000 = ""


class ColleagueCreate(BaseModel):
    model_config = ConfigDict(extra="forbid")

    colleague_id: str = Field(min_length=1, max_length=128)


class OpinionCreate(BaseModel):
    model_config = ConfigDict(extra="forbid")

    text: LongText


class OpinionRead(BaseModel):
    model_config = ConfigDict(from_attributes=True)

    colleague_id: str
    text: str
    at: Timestamp


class ForumShareCreate(BaseModel):
    model_config = ConfigDict(extra="forbid")

    topic_id: uuid.UUID | None = Field(None, description="add to this discussion instead of opening a new one")


class ForumPostCreate(BaseModel):
    model_config = ConfigDict(extra="forbid")

    body: Annotated[str, StringConstraints(strip_whitespace=True, min_length=1, max_length=10_000)]


class ForumPostAccepted(BaseModel):
    post_id: uuid.UUID = Field(description="The forum post it becomes, once the forum has it")
    status: str = "sent"


class SuggestionRead(BaseModel):
    model_config = ConfigDict(from_attributes=True)

    item_id: uuid.UUID
    kind: str
    title: str
    score: float
    revision: int


def _known_zone(name: str) -> str:
    try:
        ZoneInfo(name)
    except (ZoneInfoNotFoundError, ValueError) as exc:
        raise ValueError("not a time zone of the IANA database, e.g. Europe/Moscow") from exc
    return name


class ConsultationCreate(BaseModel):
    """An online consultation the mentor of a personal case proposes to its author."""

    model_config = ConfigDict(extra="forbid")

    starts_at: Moment
    ends_at: Moment
    timezone: Annotated[str, StringConstraints(max_length=64), AfterValidator(_known_zone)] = "Europe/Moscow"
    link: Annotated[str, StringConstraints(strip_whitespace=True, max_length=2000, pattern=r"^https?://[^\s]+$")]
    note: Annotated[str, StringConstraints(strip_whitespace=True, max_length=2000)] = ""


class ConsultationProposed(BaseModel):
    consultation_id: uuid.UUID = Field(description="The private event it becomes in the forum's calendar")
    status: str = "sent"
