from datetime import date, datetime

from sqlalchemy import JSON, Boolean, Date, DateTime, ForeignKey, Integer, String, Text
from sqlalchemy.orm import Mapped, mapped_column, relationship

from mentor_matching.db import Base


class Mentor(Base):
    """A mentor's public card and private settings."""

    __tablename__ = "mentors"

    id: Mapped[str] = mapped_column(String(128), primary_key=True)  # the identity provider's subject
    name: Mapped[str] = mapped_column(String(200))
    position: Mapped[str] = mapped_column(String(200), default="")
    department: Mapped[str] = mapped_column(String(200), default="")
    rubrics: Mapped[list[str]] = mapped_column(JSON, default=list)
    participants: Mapped[list[str]] = mapped_column(JSON, default=list)
    interests: Mapped[str] = mapped_column(Text, default="")
    bio: Mapped[str] = mapped_column(Text, default="")
    photo_url: Mapped[str | None] = mapped_column(String(500))
    capacity: Mapped[int] = mapped_column(Integer, default=3)
    weekdays: Mapped[list[int]] = mapped_column(JSON, default=list)
    paused: Mapped[bool] = mapped_column(Boolean, default=False)  # by the mentor
    active: Mapped[bool] = mapped_column(Boolean, default=True)  # by moderators
    updated_at: Mapped[datetime] = mapped_column(DateTime(timezone=True))

    leaves: Mapped[list["Leave"]] = relationship(lazy="selectin", cascade="all, delete-orphan")


class Leave(Base):
    __tablename__ = "mentor_leaves"

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    mentor_id: Mapped[str] = mapped_column(ForeignKey("mentors.id", ondelete="CASCADE"), index=True)
    start: Mapped[date] = mapped_column(Date)
    end: Mapped[date] = mapped_column(Date)
