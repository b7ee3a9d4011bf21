import uuid
from datetime import datetime
from typing import Literal

from pydantic import BaseModel

EmailState = Literal["pending", "sending", "sent", "in_doubt", "failed"]


class EmailRead(BaseModel):
    """What an administrator sees of a queued e-mail: its delivery, not its content or address."""

    id: uuid.UUID
    user_id: str
    subject: str
    state: EmailState
    attempts: int
    last_error: str | None
    created_at: datetime
    sent_at: datetime | None


class DeliveryStatsRead(BaseModel):
    by_state: dict[str, int]
