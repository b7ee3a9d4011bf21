import uuid
from datetime import datetime

from sqlalchemy import DateTime, Index, Integer, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from mentor_notifications.db import Base


class EmailMessage(Base):
    """The e-mail outbox: one row per message to send, `dedup_key` unique so nothing is queued twice.

    States: pending → sending (recorded before the SMTP call) → sent (recorded after). A refusal by the server
    puts the row back to pending with a later `next_attempt_at`; after the last retry it is `failed`. A row left
    in `sending` by a crash is `in_doubt`: it may have been delivered, so only an administrator re-sends it."""

    __tablename__ = "email_messages"
    __table_args__ = (Index("ix_email_messages_state_next_attempt_at", "state", "next_attempt_at"),)

    id: Mapped[uuid.UUID] = mapped_column(primary_key=True)  # also the Message-ID
    dedup_key: Mapped[str] = mapped_column(String(120), unique=True)
    user_id: Mapped[str] = mapped_column(String(64))
    to_address: Mapped[str] = mapped_column(String(254))
    subject: Mapped[str] = mapped_column(String(300))
    text: Mapped[str] = mapped_column(Text)
    html: Mapped[str] = mapped_column(Text)
    state: Mapped[str] = mapped_column(String(10))
    attempts: Mapped[int] = mapped_column(Integer, default=0)
    next_attempt_at: Mapped[datetime] = mapped_column(DateTime(timezone=True))
    lease_until: Mapped[datetime | None] = mapped_column(DateTime(timezone=True))
    last_error: Mapped[str | None] = mapped_column(String(200))
    created_at: Mapped[datetime] = mapped_column(DateTime(timezone=True))
    sent_at: Mapped[datetime | None] = mapped_column(DateTime(timezone=True))
