"""Mentor schemas: `MentorRead` (the public card), `MentorPrivateRead` (card and private settings, for the mentor
and moderators), `MentorUpdate` (what is written with PUT: the whole card and settings)."""

from datetime import date

from pydantic import AnyHttpUrl, BaseModel, ConfigDict, Field, model_validator

from mentor_contracts.taxonomy import ParticipantCode, RubricCode


class LeaveUpdate(BaseModel):
    """A leave period as written: inclusive dates."""

    model_config = ConfigDict(extra="forbid")

    start: date
    end: date

    @model_validator(mode="after")
    def ordered(self) -> "LeaveUpdate":
        if self.end < self.start:
            raise ValueError("a leave ends on or after its start")
        return self


class LeaveRead(BaseModel):
    model_config = ConfigDict(from_attributes=True)

    start: date
    end: date


class MentorRead(BaseModel):
    """The public "business card", readable without login."""

    model_config = ConfigDict(from_attributes=True)

    id: str
    name: str
    position: str
    department: str
    rubrics: list[str]
    interests: str
    bio: str
    photo_url: str | None


class MentorUpdate(BaseModel):
    """What a mentor writes about themselves (card and private settings)."""

    model_config = ConfigDict(extra="forbid")

    name: str = Field(min_length=2, max_length=200)
    position: str = Field("", max_length=200)
    department: str = Field("", max_length=200)
    rubrics: list[RubricCode] = Field(min_length=1)
    participants: list[ParticipantCode] = Field(default_factory=list)
    interests: str = Field("", max_length=2000)
    bio: str = Field("", max_length=4000)
    photo_url: AnyHttpUrl | None = None
    capacity: int = Field(3, ge=1, le=20, description="open cases at once")
    weekdays: list[int] = Field(default_factory=list, description="0 = Monday; empty: any day")
    paused: bool = False
    leaves: list[LeaveUpdate] = Field(default_factory=list)

    @model_validator(mode="after")
    def valid_weekdays(self) -> "MentorUpdate":
        if any(day not in range(7) for day in self.weekdays):
            raise ValueError("weekdays are 0 (Monday) to 6 (Sunday)")
        return self


class MentorPrivateRead(MentorRead):
    participants: list[str]
    capacity: int
    weekdays: list[int]
    paused: bool
    active: bool
    leaves: list[LeaveRead]
