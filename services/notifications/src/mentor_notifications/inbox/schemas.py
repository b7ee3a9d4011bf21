import uuid

from pydantic import BaseModel, Field

from mentor_kit.clock import Timestamp

ROW_ID_MAX = 2**31 - 1  # notification ids are INTEGER: a larger one would fail in the driver, not find nothing


class NotificationRead(BaseModel):
    id: int
    kind: str
    title: str
    body: str
    link: str = Field(description="path of the object it concerns, e.g. /cases/{id}")
    case_id: uuid.UUID | None
    created_at: Timestamp
    read: bool


class InboxPageRead(BaseModel):
    items: list[NotificationRead]
    unread: int
    next_before: int | None = Field(description="pass as `before` for the next (older) page; null at the end")


class UnreadCountRead(BaseModel):
    unread: int


class MarkedCountRead(BaseModel):
    marked: int
