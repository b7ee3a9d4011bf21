import uuid
from typing import Literal

from pydantic import BaseModel

from mentor_kit.clock import Timestamp

EmailState = Literal["pending", "sending", "sent", "in_doubt", "failed"]


class EmailRead(BaseModel):
    """What an administrator sees of a queued e-mail: its delivery, not its content or address."""

    id: uuid.UUID
    user_id: str
    subject: str
    state: EmailState
    attempts: int
    last_error: str | None
    created_at: Timestamp
    sent_at: Timestamp | None


class DeliveryStatsRead(BaseModel):
    by_state: dict[str, int]
