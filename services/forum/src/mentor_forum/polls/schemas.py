"""What the polls API reads and writes. Question and options are plain text: returned as typed, never rendered."""

import unicodedata
import uuid
from typing import Annotated, Literal

from pydantic import BaseModel, ConfigDict, Field, StringConstraints, field_validator

from mentor_kit.clock import Moment, Timestamp

MAX_OPTIONS = 20
Question = Annotated[str, StringConstraints(strip_whitespace=True, min_length=1, max_length=300)]
OptionText = Annotated[str, StringConstraints(strip_whitespace=True, min_length=1, max_length=200)]
PollKind = Literal["single", "multiple"]
ResultsVisibility = Literal["always", "after_vote", "after_close"]
VotersVisibility = Literal["public", "secret"]
HiddenUntil = Literal["vote", "close"]
Choices = Annotated[int | None, Field(ge=1, le=MAX_OPTIONS)]


def _same(text: str) -> str:
    """What makes two options the same: letter case, Unicode forms and runs of spaces aside."""
    return " ".join(unicodedata.normalize("NFKC", text).casefold().split())


class PollCreate(BaseModel):
    model_config = ConfigDict(extra="forbid")

    question: Question
    options: list[OptionText] = Field(min_length=2, max_length=MAX_OPTIONS)
    kind: PollKind = "single"
    min_choices: Choices = Field(None, description="multiple: at least this many (default 1); single: 1")
    max_choices: Choices = Field(None, description="multiple: at most this many (default: all); single: 1")
    results: ResultsVisibility = Field("always", description="Who sees the tally, and when")
    voters: VotersVisibility = Field("secret", description="public: who chose what is shown with the results")
    closes_at: Moment | None = Field(None, description="Closes by itself then (within a year)")

    @field_validator("options")
    @classmethod
    def distinct(cls, options: list[str]) -> list[str]:
        if len({_same(option) for option in options}) != len(options):
            raise ValueError("two options are the same (letter case aside)")
        return options


class PollReopen(BaseModel):
    model_config = ConfigDict(extra="forbid")

    closes_at: Moment | None = Field(
        None, description="A new closing time, or null to clear it; left out: unchanged (refused if it has passed)"
    )


class BallotCast(BaseModel):
    model_config = ConfigDict(extra="forbid")

    choices: list[uuid.UUID] = Field(min_length=1, max_length=MAX_OPTIONS, description="Ids of the poll's options")


class OptionRead(BaseModel):
    id: uuid.UUID
    text: str = Field(description="Plain text: show it as text, never as HTML")


class Voter(BaseModel):
    id: str
    name: str


class OptionResult(BaseModel):
    option_id: uuid.UUID
    votes: int
    share: float = Field(description="Percent of the voters, to one decimal")
    voters: list[Voter] | None = Field(description="Who chose it, earliest first; null when the voters are secret")


class Results(BaseModel):
    total_voters: int
    options: list[OptionResult]


class PollRead(BaseModel):
    id: uuid.UUID
    topic_id: uuid.UUID
    question: str = Field(description="Plain text: show it as text, never as HTML")
    kind: PollKind
    min_choices: int
    max_choices: int
    results_visibility: ResultsVisibility
    voters: VotersVisibility
    closes_at: Timestamp | None
    closed_at: Timestamp | None = Field(description="When its creator or a moderator closed it")
    closed: bool = Field(description="Closed by hand, or its closing time has passed")
    created_by: str
    created_at: Timestamp
    options: list[OptionRead]
    my_choices: list[uuid.UUID] | None = Field(description="The reader's ballot ([]: none); null when not signed in")
    results: Results | None = Field(description="null while the reader may not see them yet")
    results_hidden_until: HiddenUntil | None = Field(description="Why `results` is null: until one votes, or it closes")
