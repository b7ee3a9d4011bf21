from datetime import date

from pydantic import AnyHttpUrl, BaseModel, ConfigDict, Field, model_validator

from mentor_contracts.taxonomy import ParticipantCode, RubricCode


class LeaveSchema(BaseModel):
    model_config = ConfigDict(from_attributes=True, extra="forbid")

    start: date
    end: date

    @model_validator(mode="after")
    def ordered(self) -> "LeaveSchema":
        if self.end < self.start:
            raise ValueError("a leave ends on or after its start")
        return self


class MentorCard(BaseModel):
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


class MentorWrite(BaseModel):
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
    leaves: list[LeaveSchema] = Field(default_factory=list)

    @model_validator(mode="after")
    def valid_weekdays(self) -> "MentorWrite":
        if any(day not in range(7) for day in self.weekdays):
            raise ValueError("weekdays are 0 (Monday) to 6 (Sunday)")
        return self


class MentorPrivate(MentorCard):
    participants: list[str]
    capacity: int
    weekdays: list[int]
    paused: bool
    active: bool
    leaves: list[LeaveSchema]
