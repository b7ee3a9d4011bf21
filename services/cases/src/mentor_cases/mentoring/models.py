"""Mentoring a case: questions and answers, solutions, reflection, colleague opinions, library suggestions.
(The invited colleagues themselves are in `cases.models`: access to a case depends on them.)"""

import uuid
from datetime import datetime

from sqlalchemy import JSON, Boolean, DateTime, ForeignKey, Integer, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from mentor_cases.db import Base


class Question(Base):
    __tablename__ = "case_questions"

    id: Mapped[uuid.UUID] = mapped_column(primary_key=True, default=uuid.uuid4)
    case_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("cases.id", ondelete="CASCADE"), index=True)
    revision: Mapped[int] = mapped_column(Integer)
    mentor_id: Mapped[str] = mapped_column(String(128))
    bank_code: Mapped[str | None] = mapped_column(String(64))  # None: the mentor's own question ("other")
    kind: Mapped[str] = mapped_column(String(16))  # clarifying | developing
    text: Mapped[str] = mapped_column(Text)
    asked_at: Mapped[datetime] = mapped_column(DateTime(timezone=True))
    answer: Mapped[str | None] = mapped_column(Text)
    answered_at: Mapped[datetime | None] = mapped_column(DateTime(timezone=True))


class Solution(Base):
    __tablename__ = "case_solutions"

    id: Mapped[uuid.UUID] = mapped_column(primary_key=True, default=uuid.uuid4)
    case_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("cases.id", ondelete="CASCADE"), index=True)
    mentor_id: Mapped[str] = mapped_column(String(128))
    second_opinion: Mapped[bool] = mapped_column(Boolean)
    text: Mapped[str] = mapped_column(Text)
    at: Mapped[datetime] = mapped_column(DateTime(timezone=True))


class Reflection(Base):
    """The author's reflection sheet, filled on completion."""

    __tablename__ = "case_reflections"

    case_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("cases.id", ondelete="CASCADE"), primary_key=True)
    useful: Mapped[bool] = mapped_column(Boolean)
    rating: Mapped[int] = mapped_column(Integer)
    next_steps: Mapped[str] = mapped_column(Text)
    comment: Mapped[str] = mapped_column(Text)
    at: Mapped[datetime] = mapped_column(DateTime(timezone=True))


class Opinion(Base):
    __tablename__ = "case_opinions"

    id: Mapped[uuid.UUID] = mapped_column(primary_key=True, default=uuid.uuid4)
    case_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("cases.id", ondelete="CASCADE"), index=True)
    colleague_id: Mapped[str] = mapped_column(String(128))
    text: Mapped[str] = mapped_column(Text)
    at: Mapped[datetime] = mapped_column(DateTime(timezone=True))


class Suggestion(Base):
    """The first automatic response: a similar library item for one version of the case."""

    __tablename__ = "case_suggestions"
    __table_args__ = (UniqueConstraint("case_id", "revision", "item_id"),)

    id: Mapped[uuid.UUID] = mapped_column(primary_key=True, default=uuid.uuid4)
    case_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("cases.id", ondelete="CASCADE"), index=True)
    revision: Mapped[int] = mapped_column(Integer)
    item_id: Mapped[uuid.UUID] = mapped_column()
    kind: Mapped[str] = mapped_column(String(16))
    title: Mapped[str] = mapped_column(Text)
    score: Mapped[float] = mapped_column()
    at: Mapped[datetime] = mapped_column(DateTime(timezone=True))
    detail: Mapped[dict[str, object]] = mapped_column(JSON, default=dict)
