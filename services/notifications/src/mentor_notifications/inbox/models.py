import uuid
from datetime import datetime

from sqlalchemy import DateTime, Index, Integer, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from mentor_notifications.db import Base


class Notification(Base):
    """One message in one person's inbox. The integer id orders the inbox and is the SSE event id."""

    __tablename__ = "notifications"
    __table_args__ = (Index("ix_notifications_user_id_id", "user_id", "id"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    # One notification per (event, kind, recipient), even if the same fact arrives twice under new ids.
    dedup_key: Mapped[str] = mapped_column(String(64), unique=True)
    user_id: Mapped[str] = mapped_column(String(64))
    kind: Mapped[str] = mapped_column(String(40))
    title: Mapped[str] = mapped_column(String(300))
    body: Mapped[str] = mapped_column(Text)
    link: Mapped[str] = mapped_column(String(300))  # relative path of the object it concerns
    case_id: Mapped[uuid.UUID | None] = mapped_column()
    # none: no e-mail; queued: an e-mail row exists; digest: waits for the daily digest; digested: went in one
    email_state: Mapped[str] = mapped_column(String(8), default="none")
    created_at: Mapped[datetime] = mapped_column(DateTime(timezone=True))
    read_at: Mapped[datetime | None] = mapped_column(DateTime(timezone=True))
