"""Events owned by the forum service. Public ones carry ids only: who wrote what stays in the forum."""

from datetime import datetime
from typing import Literal
from uuid import UUID

from pydantic import Field

from mentor_contracts.events.base import PublicEvent

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
