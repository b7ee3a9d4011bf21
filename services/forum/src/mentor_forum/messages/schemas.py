"""What the messages API reads and writes. Limits: a subject 1–200 characters on one line, a message 1–10,000
(after trimming), 1–20 recipients."""

import unicodedata
import uuid
from typing import Annotated, Literal

from pydantic import (
    AfterValidator,
    BaseModel,
    BeforeValidator,
    ConfigDict,
    Field,
    StringConstraints,
    ValidationInfo,
    field_validator,
)

from mentor_contracts.events.fields import UserId
from mentor_forum.discussions.schemas import Body
from mentor_kit.clock import Timestamp

MAX_RECIPIENTS = 20
FlagReason = Literal["spam", "inappropriate", "off_topic", "illegal", "other"]


def _one_line(subject: object) -> object:
    """Plain text on one line: control characters (newlines included) would let a subject spill into the headers
    of a notification e-mail, so they become spaces, and runs of spaces one. Not a string: pydantic says so."""
    if not isinstance(subject, str):
        return subject
    spaced = "".join(" " if unicodedata.category(c) == "Cc" else c for c in subject)
    return " ".join(spaced.split())


def _distinct(ids: list[str]) -> list[str]:
    return list(dict.fromkeys(ids))


Subject = Annotated[str, StringConstraints(min_length=1, max_length=200), BeforeValidator(_one_line)]


class ConversationCreate(BaseModel):
    model_config = ConfigDict(extra="forbid")

    subject: Subject
    recipients: Annotated[list[UserId], Field(min_length=1, max_length=MAX_RECIPIENTS), AfterValidator(_distinct)] = (
        Field(description="User ids of the people written to (not oneself); repeated ids count once")
    )
    body: Body


class MessageCreate(BaseModel):
    model_config = ConfigDict(extra="forbid")

    body: Body


class ReadUpTo(BaseModel):
    model_config = ConfigDict(extra="forbid")

    up_to: uuid.UUID | None = Field(default=None, description="A message of the conversation; none: the newest")


class MessageFlagCreate(BaseModel):
    model_config = ConfigDict(extra="forbid")

    reason: FlagReason
    text: Annotated[str, StringConstraints(strip_whitespace=True, max_length=1000)] = Field(
        "", validate_default=True, description='Required when the reason is "other"'
    )

    @field_validator("text")
    @classmethod
    def other_needs_text(cls, text: str, info: ValidationInfo) -> str:
        if info.data.get("reason") == "other" and not text:
            raise ValueError('say what is wrong when the reason is "other"')
        return text


class Resolution(BaseModel):
    model_config = ConfigDict(extra="forbid")

    decision: Literal["hidden", "kept"]


class Person(BaseModel):
    id: str
    name: str


class ParticipantRead(Person):
    left: bool = Field(description="Left the conversation: no longer written to")


class MessageRead(BaseModel):
    id: uuid.UUID
    conversation_id: uuid.UUID
    number: int
    author: Person
    body: str = Field(description="Markdown as written; empty while hidden by a moderator")
    html: str = Field(description="The body rendered and sanitized; empty while hidden")
    hidden: bool
    created_at: Timestamp


class ConversationSummary(BaseModel):
    id: uuid.UUID
    subject: str = Field(description="Plain text: show it as text, never as HTML")
    participants: list[ParticipantRead]
    created_at: Timestamp
    last_message_at: Timestamp = Field(description="The newest message the caller can see")
    last_read_number: int = Field(description="The caller has read the messages up to this number")
    unread: int = Field(description="Messages the caller can see and has not read")
    left: bool = Field(description="The caller left: it is no longer listed and they cannot write")


class ConversationRead(ConversationSummary):
    messages: list[MessageRead]
    next_after: int | None = Field(description="More messages: ask again with `after` set to this number")


class ConversationPage(BaseModel):
    items: list[ConversationSummary]
    next: str | None = Field(description="More conversations: ask again with `cursor` set to this value")


class BlockRead(Person):
    created_at: Timestamp


class MessageFlagOutcome(BaseModel):
    open_flags: int = Field(description="Reports of this message waiting for a moderator")


class MessageFlagRead(BaseModel):
    model_config = ConfigDict(from_attributes=True)

    user_id: str
    reason: str
    text: str
    created_at: Timestamp


class ReportedMessage(BaseModel):
    """A reported message alone: moderators never see the rest of its conversation."""

    message: MessageRead
    flags: list[MessageFlagRead]
