import uuid
from datetime import datetime

from sqlalchemy import JSON, DateTime, String
from sqlalchemy.orm import Mapped, mapped_column

from mentor_notifications.db import Base


class CaseCopy(Base):
    """What notifications keeps of a case to route messages: its number, rubrics and author.

    `author_id` is personal data kept only to address the author's own notifications; it never enters a
    message, a log line or a response to anyone else."""

    __tablename__ = "case_copies"

    case_id: Mapped[uuid.UUID] = mapped_column(primary_key=True)
    number: Mapped[str] = mapped_column(String(20))
    author_id: Mapped[str] = mapped_column(String(64))
    rubrics: Mapped[list[str]] = mapped_column(JSON)
    privacy: Mapped[str] = mapped_column(String(16))
    updated_at: Mapped[datetime] = mapped_column(DateTime(timezone=True))
