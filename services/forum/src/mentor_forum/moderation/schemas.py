"""Flags, the moderators' queue and decisions, silences, the audit log."""

import uuid
from typing import Annotated, Literal

from pydantic import BaseModel, ConfigDict, Field, StringConstraints, ValidationInfo, field_validator

from mentor_contracts.taxonomy import RubricCode
from mentor_forum.discussions.schemas import PostRead
from mentor_kit.clock import Moment, Timestamp

FlagReason = Literal["spam", "inappropriate", "off_topic", "illegal", "other"]
Reason = Annotated[str, StringConstraints(strip_whitespace=True, max_length=500)]


class FlagCreate(BaseModel):
    model_config = ConfigDict(extra="forbid")

    reason: FlagReason
    text: Reason = Field("", validate_default=True, description='Required when the reason is "other"')

    @field_validator("text")
    @classmethod
    def other_needs_text(cls, text: str, info: ValidationInfo) -> str:
        if info.data.get("reason") == "other" and not text:
            raise ValueError('say what is wrong when the reason is "other"')
        return text


class FlagOutcome(BaseModel):
    open_flags: int
    hidden: bool


class FlagRead(BaseModel):
    model_config = ConfigDict(from_attributes=True)

    user_id: str
    reason: str
    text: str
    created_at: Timestamp


class QueueItem(BaseModel):
    post: PostRead
    flags: list[FlagRead]


class Decision(BaseModel):
    model_config = ConfigDict(extra="forbid")

    reason: Reason = ""


class Move(BaseModel):
    model_config = ConfigDict(extra="forbid")

    section_id: Annotated[str, StringConstraints(max_length=64)]


class SilenceCreate(BaseModel):
    model_config = ConfigDict(extra="forbid")

    until: Moment
    reason: Annotated[str, StringConstraints(strip_whitespace=True, min_length=1, max_length=500)]


class SilenceRead(BaseModel):
    model_config = ConfigDict(from_attributes=True)

    user_id: str
    until: Timestamp
    reason: str


class ActionRead(BaseModel):
    model_config = ConfigDict(from_attributes=True)

    moderator_id: str
    action: str
    target: str
    detail: dict[str, object]
    at: Timestamp


class TopicState(BaseModel):
    id: uuid.UUID
    section_id: str
    locked: bool
    pinned: bool


SectionTitle = Annotated[str, StringConstraints(strip_whitespace=True, min_length=3, max_length=200)]
SectionText = Annotated[str, StringConstraints(strip_whitespace=True, max_length=2000)]


class SectionCreate(BaseModel):
    """A new section (moderators): a slug id, titles and descriptions in both languages, its rubrics."""

    model_config = ConfigDict(extra="forbid")

    id: Annotated[str, StringConstraints(pattern=r"^[a-z0-9][a-z0-9-]{1,63}$")] = Field(description="A slug")
    title_ru: SectionTitle
    title_en: SectionTitle
    description_ru: SectionText = ""
    description_en: SectionText = ""
    rubrics: list[RubricCode] = Field(default_factory=list, max_length=12)
    position: int = Field(default=100, ge=0, le=10_000)


class SectionEdit(BaseModel):
    """What changes (a field left out stays). Whether a section holds shared cases is fixed at its creation."""

    model_config = ConfigDict(extra="forbid")

    title_ru: SectionTitle | None = None
    title_en: SectionTitle | None = None
    description_ru: SectionText | None = None
    description_en: SectionText | None = None
    rubrics: list[RubricCode] | None = Field(default=None, max_length=12)
    position: int | None = Field(default=None, ge=0, le=10_000)
