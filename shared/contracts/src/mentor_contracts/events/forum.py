"""Events owned by the forum service. Public ones carry ids only: who wrote what stays in the forum."""

from datetime import datetime
from typing import Annotated, Literal
from uuid import UUID

from pydantic import Field

from mentor_contracts.events.base import InternalEvent, PublicEvent
from mentor_contracts.events.fields import UserId

TopicKind = Literal["discussion", "shared_case"]


class ForumTopicCreatedV1(PublicEvent):
    """A topic was opened (by a person, or by the platform for a case shared to the forum)."""

    subject_field = "topic_id"
    type: Literal["ru.mgpu.mentor.forum.topic_created.v1"] = "ru.mgpu.mentor.forum.topic_created.v1"

    topic_id: UUID
    section_id: str = Field(pattern=r"^[a-z0-9][a-z0-9-]{0,63}$")  # a slug, e.g. "what-to-do"
    kind: TopicKind
    at: datetime


class ForumPostCreatedV1(PublicEvent):
    """A reply was posted in a topic (the first post of a topic comes with `ForumTopicCreatedV1`)."""

    subject_field = "topic_id"
    type: Literal["ru.mgpu.mentor.forum.post_created.v1"] = "ru.mgpu.mentor.forum.post_created.v1"

    post_id: UUID
    topic_id: UUID
    number: int = Field(ge=1)
    reply_to_post_id: UUID | None = None
    at: datetime


class ForumTopicSolvedV1(PublicEvent):
    """A reply was marked as the answer that solved a topic."""

    subject_field = "topic_id"
    type: Literal["ru.mgpu.mentor.forum.topic_solved.v1"] = "ru.mgpu.mentor.forum.topic_solved.v1"

    topic_id: UUID
    post_id: UUID
    at: datetime


EventStatus = Literal["scheduled", "cancelled"]


class ForumEventScheduledV1(PublicEvent):
    """An open event was put in the calendar (private consultations are never announced)."""

    subject_field = "event_id"
    type: Literal["ru.mgpu.mentor.forum.event_scheduled.v1"] = "ru.mgpu.mentor.forum.event_scheduled.v1"

    event_id: UUID
    starts_at: datetime
    ends_at: datetime
    online: bool
    at: datetime


class ForumEventUpdatedV1(PublicEvent):
    """An open event changed (time, place, text) or was cancelled; `sequence` grows with every change."""

    subject_field = "event_id"
    type: Literal["ru.mgpu.mentor.forum.event_updated.v1"] = "ru.mgpu.mentor.forum.event_updated.v1"

    event_id: UUID
    sequence: int = Field(ge=0)
    status: EventStatus
    starts_at: datetime
    ends_at: datetime
    at: datetime


# Internal events: what the notifications service needs to tell people. Recipients are the forum's own members
# (ids it knows from their tokens); a case's author is never among them: replies in a shared case's topic
# carry the case id, and notifications finds the author in its own copy of the case.

Title = Annotated[str, Field(max_length=200)]


class ForumRepliedV1(InternalEvent):
    """A reply in a topic: for the topic's author, its watchers and the author of the post answered."""

    subject_field = "topic_id"
    type: Literal["ru.mgpu.mentor.internal.forum.replied.v1"] = "ru.mgpu.mentor.internal.forum.replied.v1"

    topic_id: UUID
    post_id: UUID
    number: int = Field(ge=1)
    title: Title
    recipient_ids: list[UserId]
    case_id: UUID | None = None  # a shared case's topic: its author is told too, by the notifications service
    by_case_author: bool = False  # the reply is the case author's own: they are not told about it
    at: datetime


class ForumAnswerAcceptedV1(InternalEvent):
    """A post was marked as the accepted answer: for its author."""

    subject_field = "topic_id"
    type: Literal["ru.mgpu.mentor.internal.forum.answer_accepted.v1"] = (
        "ru.mgpu.mentor.internal.forum.answer_accepted.v1"
    )

    topic_id: UUID
    post_id: UUID
    title: Title
    recipient_ids: list[UserId]
    case_id: UUID | None = None  # the accepted post is the case author's (pseudonymous) one
    at: datetime


class ForumMessageSentV1(InternalEvent):
    """A personal message: for every other member of the conversation who has not blocked its sender."""

    subject_field = "conversation_id"
    type: Literal["ru.mgpu.mentor.internal.forum.message_sent.v1"] = "ru.mgpu.mentor.internal.forum.message_sent.v1"

    conversation_id: UUID
    message_id: UUID
    title: Title  # the conversation's subject
    recipient_ids: list[UserId]
    at: datetime


class ForumEventNoticeV1(InternalEvent):
    """Something people signed up for an event must hear: a reminder, a move up from the waitlist, a change or
    a cancellation. Times are sent with the event's time zone so messages show the local time."""

    subject_field = "event_id"
    type: Literal["ru.mgpu.mentor.internal.forum.event_notice.v1"] = "ru.mgpu.mentor.internal.forum.event_notice.v1"

    event_id: UUID
    notice: Literal["reminder", "promoted", "changed", "cancelled", "invited"]
    title: Title
    starts_at: datetime
    timezone: str = Field(max_length=64)
    recipient_ids: list[UserId]
    at: datetime


class ForumFlaggedV1(InternalEvent):
    """A post or a personal message was flagged: for the moderators."""

    subject_field = "target_id"
    type: Literal["ru.mgpu.mentor.internal.forum.flagged.v1"] = "ru.mgpu.mentor.internal.forum.flagged.v1"

    target: Literal["post", "message"]
    target_id: UUID
    reason: Literal["spam", "inappropriate", "off_topic", "illegal", "other"]
    open_flags: int = Field(ge=1)
    hidden: bool
    at: datetime
