"""Events owned by the library service."""

from datetime import datetime
from typing import Literal
from uuid import UUID

from pydantic import BaseModel, Field

from mentor_contracts.events.base import InternalEvent, PublicEvent
from mentor_contracts.events.fields import FreeText, Revision

ItemKind = Literal["case", "article", "book", "link"]


class Suggestion(BaseModel):
    item_id: UUID
    kind: ItemKind
    title: FreeText
    score: float = Field(ge=0)


class SuggestionsReadyV1(InternalEvent):
    """The first automatic response: similar library items for a case version."""

    type: Literal["ru.mgpu.mentor.internal.library.suggestions_ready.v1"] = (
        "ru.mgpu.mentor.internal.library.suggestions_ready.v1"
    )

    case_id: UUID
    revision: Revision
    suggestions: list[Suggestion]
    at: datetime


class ItemAwaitingReviewV1(PublicEvent):
    """A published case arrived in the library and waits for a moderator."""

    subject_field = "item_id"
    type: Literal["ru.mgpu.mentor.library.item_awaiting_review.v1"] = "ru.mgpu.mentor.library.item_awaiting_review.v1"

    item_id: UUID
    kind: ItemKind
    at: datetime


class _ItemPresence(BaseModel):
    """An item entering or leaving what the library shows."""

    item_id: UUID
    kind: ItemKind
    source_case_id: UUID | None = None  # the case it came from, for kind "case"
    at: datetime


class ItemPublishedV1(_ItemPresence, PublicEvent):
    """An item became visible in the library (a published case: after a moderator's approval, where reviewed)."""

    subject_field = "item_id"
    type: Literal["ru.mgpu.mentor.library.item_published.v1"] = "ru.mgpu.mentor.library.item_published.v1"


class ItemUnpublishedV1(_ItemPresence, PublicEvent):
    """A published item left the library (unpublished or deleted)."""

    subject_field = "item_id"
    type: Literal["ru.mgpu.mentor.library.item_unpublished.v1"] = "ru.mgpu.mentor.library.item_unpublished.v1"
