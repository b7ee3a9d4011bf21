import uuid
from datetime import datetime

from sqlalchemy import JSON, Boolean, DateTime, Float, Index, Integer, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from mentor_matching.db import Base


class CaseCopy(Base):
    """What matching keeps of a case, from the cases service's events (no personal data)."""

    __tablename__ = "case_copies"

    case_id: Mapped[uuid.UUID] = mapped_column(primary_key=True)
    number: Mapped[str] = mapped_column(String(20))
    rubrics: Mapped[list[str]] = mapped_column(JSON)
    participants: Mapped[list[str]] = mapped_column(JSON)
    urgency: Mapped[str] = mapped_column(String(16))
    round: Mapped[int] = mapped_column(Integer, default=0)
    excluded: Mapped[list[str]] = mapped_column(JSON, default=list)  # answered already (second opinion)
    closed: Mapped[bool] = mapped_column(Boolean, default=False)
    needs_attention: Mapped[bool] = mapped_column(Boolean, default=False)
    updated_at: Mapped[datetime] = mapped_column(DateTime(timezone=True))


class Attempt(Base):
    """A mentor offered in a round, and what became of it: offered → selected → accepted/declined/expired →
    completed."""

    __tablename__ = "attempts"
    __table_args__ = (
        UniqueConstraint("case_id", "round", "mentor_id"),
        # Offers to a candidate in the fairness window, read from the index alone.
        Index("ix_attempts_mentor_id_offered_at", "mentor_id", "offered_at"),
    )

    id: Mapped[uuid.UUID] = mapped_column(primary_key=True, default=uuid.uuid4)
    case_id: Mapped[uuid.UUID] = mapped_column(index=True)
    round: Mapped[int] = mapped_column(Integer)
    mentor_id: Mapped[str] = mapped_column(String(128), index=True)
    score: Mapped[float] = mapped_column(Float)
    explanation: Mapped[str] = mapped_column(Text)
    state: Mapped[str] = mapped_column(String(16), index=True)
    offered_at: Mapped[datetime] = mapped_column(DateTime(timezone=True))
    selected_at: Mapped[datetime | None] = mapped_column(DateTime(timezone=True))
    answered_at: Mapped[datetime | None] = mapped_column(DateTime(timezone=True))
    finished_at: Mapped[datetime | None] = mapped_column(DateTime(timezone=True))  # case completed or closed
    deadline_at: Mapped[datetime | None] = mapped_column(DateTime(timezone=True), index=True)
    remind_at: Mapped[datetime | None] = mapped_column(DateTime(timezone=True), index=True)


class MentorFigures(Base):
    """What ranking needs of a mentor's past attempts, kept up to date in the transaction that changes them
    (acceptance, completion, a selection): the places taken and the median time to accept. Ranking reads one row
    per candidate instead of every attempt. No row: no open case, no acceptance yet."""

    __tablename__ = "mentor_figures"

    mentor_id: Mapped[str] = mapped_column(String(128), primary_key=True)
    open_cases: Mapped[int] = mapped_column(Integer, default=0)  # accepted, not yet completed
    accepted: Mapped[int] = mapped_column(Integer, default=0)  # answered yes, with both times known
    median_accept_hours: Mapped[float | None] = mapped_column(Float)  # the upper median of those answers
