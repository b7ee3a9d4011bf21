from datetime import datetime

from sqlalchemy import JSON, DateTime, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from mentor_cases.db import Base


class CustomQuestion(Base):
    """A hint question added by a moderator, beside the seed bank from the contracts."""

    __tablename__ = "bank_questions"

    code: Mapped[str] = mapped_column(String(64), primary_key=True)
    group: Mapped[str] = mapped_column(String(32))
    kind: Mapped[str] = mapped_column(String(16))
    ru: Mapped[str] = mapped_column(Text)
    en: Mapped[str] = mapped_column(Text)
    rubrics: Mapped[list[str]] = mapped_column(JSON, default=list)
    added_by: Mapped[str] = mapped_column(String(128))
    added_at: Mapped[datetime] = mapped_column(DateTime(timezone=True))
