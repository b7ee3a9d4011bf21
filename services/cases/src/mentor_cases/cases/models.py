"""Cases, their versions, offers, assignments, invited colleagues and history (SQLAlchemy 2 typed models).

Colleagues live here, not with the mentoring work, because who may see a case (`access.py`) depends on them."""

import uuid
from datetime import datetime

from sqlalchemy import JSON, Boolean, DateTime, ForeignKey, Integer, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column, relationship

from mentor_cases.db import Base
from mentor_contracts.taxonomy import PrivacyMode, Urgency


class Case(Base):
    __tablename__ = "cases"

    id: Mapped[uuid.UUID] = mapped_column(primary_key=True, default=uuid.uuid4)
    number: Mapped[str | None] = mapped_column(String(20), unique=True)  # given on submission
    author_id: Mapped[str] = mapped_column(String(128), index=True)
    status: Mapped[str] = mapped_column(String(32), index=True)
    privacy: Mapped[PrivacyMode] = mapped_column(String(16))
    urgency: Mapped[Urgency] = mapped_column(String(16))
    consent_group_discussion: Mapped[bool] = mapped_column(Boolean, default=False)
    consent_publish: Mapped[bool] = mapped_column(Boolean, default=False)
    rubrics: Mapped[list[str]] = mapped_column(JSON, default=list)
    participants: Mapped[list[str]] = mapped_column(JSON, default=list)
    versions: Mapped[int] = mapped_column(Integer, default=1)
    round: Mapped[int] = mapped_column(Integer, default=0)  # the current offer round
    mentor_id: Mapped[str | None] = mapped_column(String(128), index=True)  # selected or working mentor
    second_opinion_used: Mapped[bool] = mapped_column(Boolean, default=False)
    needs_attention: Mapped[bool] = mapped_column(Boolean, default=False)
    created_at: Mapped[datetime] = mapped_column(DateTime(timezone=True))
    updated_at: Mapped[datetime] = mapped_column(DateTime(timezone=True))
    submitted_at: Mapped[datetime | None] = mapped_column(DateTime(timezone=True), index=True)  # statistics by period
    first_accepted_at: Mapped[datetime | None] = mapped_column(DateTime(timezone=True))
    completed_at: Mapped[datetime | None] = mapped_column(DateTime(timezone=True))
    # The library item made from this case, while the library shows it (its item_published/unpublished events).
    library_item_id: Mapped[uuid.UUID | None] = mapped_column(index=True)
    in_library_since: Mapped[datetime | None] = mapped_column(DateTime(timezone=True))
    library_event_at: Mapped[datetime | None] = mapped_column(DateTime(timezone=True))  # the newest one applied

    revisions: Mapped[list["Revision"]] = relationship(lazy="raise", order_by="Revision.number")


class Revision(Base):
    """One version of the case text: the first, then at most two reformulations."""

    __tablename__ = "case_revisions"
    __table_args__ = (UniqueConstraint("case_id", "number"),)

    id: Mapped[uuid.UUID] = mapped_column(primary_key=True, default=uuid.uuid4)
    case_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("cases.id", ondelete="CASCADE"), index=True)
    number: Mapped[int] = mapped_column(Integer)
    problem: Mapped[str] = mapped_column(Text, default="")
    actions_taken: Mapped[str] = mapped_column(Text, default="")
    difficulty: Mapped[str] = mapped_column(Text, default="")
    question: Mapped[str] = mapped_column(Text, default="")
    created_at: Mapped[datetime] = mapped_column(DateTime(timezone=True))


class OfferedMentor(Base):
    """A mentor offered by the matching service in one round."""

    __tablename__ = "case_offers"
    __table_args__ = (UniqueConstraint("case_id", "round", "mentor_id"),)

    id: Mapped[uuid.UUID] = mapped_column(primary_key=True, default=uuid.uuid4)
    case_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("cases.id", ondelete="CASCADE"), index=True)
    round: Mapped[int] = mapped_column(Integer)
    mentor_id: Mapped[str] = mapped_column(String(128))
    score: Mapped[float] = mapped_column()
    explanation: Mapped[str] = mapped_column(Text)
    created_at: Mapped[datetime] = mapped_column(DateTime(timezone=True))


class Assignment(Base):
    """A mentor selected by the author, and what became of it."""

    __tablename__ = "case_assignments"

    id: Mapped[uuid.UUID] = mapped_column(primary_key=True, default=uuid.uuid4)
    case_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("cases.id", ondelete="CASCADE"), index=True)
    mentor_id: Mapped[str] = mapped_column(String(128), index=True)
    round: Mapped[int] = mapped_column(Integer)
    second_opinion: Mapped[bool] = mapped_column(Boolean, default=False)
    state: Mapped[str] = mapped_column(String(16))  # selected, accepted, declined, expired
    reason: Mapped[str | None] = mapped_column(Text)
    selected_at: Mapped[datetime] = mapped_column(DateTime(timezone=True))
    answered_at: Mapped[datetime | None] = mapped_column(DateTime(timezone=True))


class Colleague(Base):
    """A mentor invited by the assigned mentor: reads the case, leaves an opinion for the mentor only."""

    __tablename__ = "case_colleagues"
    __table_args__ = (UniqueConstraint("case_id", "colleague_id"),)

    id: Mapped[uuid.UUID] = mapped_column(primary_key=True, default=uuid.uuid4)
    case_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("cases.id", ondelete="CASCADE"), index=True)
    colleague_id: Mapped[str] = mapped_column(String(128), index=True)
    invited_by: Mapped[str] = mapped_column(String(128))
    at: Mapped[datetime] = mapped_column(DateTime(timezone=True))


class HistoryEntry(Base):
    """Every step of a case, with actor and time. `detail` holds ids and codes; texts stay in their tables."""

    __tablename__ = "case_history"

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    case_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("cases.id", ondelete="CASCADE"), index=True)
    at: Mapped[datetime] = mapped_column(DateTime(timezone=True), index=True)  # people active in a period
    actor_id: Mapped[str] = mapped_column(String(128))
    actor_role: Mapped[str] = mapped_column(String(16))  # author, mentor, colleague, moderator, system
    kind: Mapped[str] = mapped_column(String(32))
    detail: Mapped[dict[str, object]] = mapped_column(JSON, default=dict)


class NumberCounter(Base):
    """The last case number given in a year: `MCU-<year>-<6 digits>`, unique under concurrency."""

    __tablename__ = "case_number_counters"

    year: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=False)
    last: Mapped[int] = mapped_column(Integer)
