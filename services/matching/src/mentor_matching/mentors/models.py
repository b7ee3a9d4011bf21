from datetime import date, datetime

from sqlalchemy import JSON, Boolean, Date, DateTime, ForeignKey, Index, Integer, String, Text
from sqlalchemy.orm import Mapped, mapped_column, relationship

from mentor_matching.db import Base


class Mentor(Base):
    """A mentor's public card and private settings."""

    __tablename__ = "mentors"
    # The public list: active mentors in name order (then id: a unique order for stable pages).
    __table_args__ = (Index("ix_mentors_active_name_id", "active", "name", "id"),)

    id: Mapped[str] = mapped_column(String(128), primary_key=True)  # the identity provider's subject
    name: Mapped[str] = mapped_column(String(200))
    position: Mapped[str] = mapped_column(String(200), default="")
    department: Mapped[str] = mapped_column(String(200), default="")
    rubrics: Mapped[list[str]] = mapped_column(JSON, default=list)  # as written; searchable in MentorRubric
    participants: Mapped[list[str]] = mapped_column(JSON, default=list)
    interests: Mapped[str] = mapped_column(Text, default="")
    bio: Mapped[str] = mapped_column(Text, default="")
    photo_url: Mapped[str | None] = mapped_column(String(500))
    capacity: Mapped[int] = mapped_column(Integer, default=3)
    weekdays: Mapped[list[int]] = mapped_column(JSON, default=list)
    paused: Mapped[bool] = mapped_column(Boolean, default=False)  # by the mentor
    active: Mapped[bool] = mapped_column(Boolean, default=True)  # by moderators
    updated_at: Mapped[datetime] = mapped_column(DateTime(timezone=True))

    leaves: Mapped[list["Leave"]] = relationship(lazy="raise", cascade="all, delete-orphan")


class Leave(Base):
    __tablename__ = "mentor_leaves"
    # Ranking reads only the leaves that have not ended yet.
    __table_args__ = (Index("ix_mentor_leaves_end_mentor_id", "end", "mentor_id"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    mentor_id: Mapped[str] = mapped_column(ForeignKey("mentors.id", ondelete="CASCADE"), index=True)
    start: Mapped[date] = mapped_column(Date)
    end: Mapped[date] = mapped_column(Date)


class MentorRubric(Base):
    """One rubric of a mentor: `Mentor.rubrics` as rows, rewritten with the mentor, so SQL filters by rubric with an
    index on PostgreSQL and SQLite alike. The list's sort keys (`active`, `name`) are copied here too, so a page of
    one rubric and its total are read from this narrow table's index alone."""

    __tablename__ = "mentor_rubrics"
    __table_args__ = (Index("ix_mentor_rubrics_code_active_name", "code", "active", "name", "mentor_id"),)

    mentor_id: Mapped[str] = mapped_column(ForeignKey("mentors.id", ondelete="CASCADE"), primary_key=True)
    code: Mapped[str] = mapped_column(String(64), primary_key=True)
    name: Mapped[str] = mapped_column(String(200))  # = Mentor.name
    active: Mapped[bool] = mapped_column(Boolean)  # = Mentor.active
