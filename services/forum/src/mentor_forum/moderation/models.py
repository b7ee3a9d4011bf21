"""Flags on posts and the moderators' audit log."""

import uuid
from datetime import datetime

from sqlalchemy import JSON, DateTime, ForeignKey, Index, Integer, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from mentor_forum.db import Base


class Flag(Base):
    """One person's report of one post, open until a moderator decides on the post."""

    __tablename__ = "flags"
    __table_args__ = (UniqueConstraint("post_id", "user_id"), Index("ix_flags_open", "resolved_at", "post_id"))

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    post_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("posts.id"))
    user_id: Mapped[str] = mapped_column(String(128))
    reason: Mapped[str] = mapped_column(String(16))  # spam, inappropriate, off_topic, illegal, other
    text: Mapped[str] = mapped_column(Text, default="")
    created_at: Mapped[datetime] = mapped_column(DateTime(timezone=True))
    resolved_at: Mapped[datetime | None] = mapped_column(DateTime(timezone=True))
    resolution: Mapped[str | None] = mapped_column(String(16))  # "hidden" or "kept"


class ModeratorAction(Base):
    """Every moderator decision, for the audit log."""

    __tablename__ = "moderator_actions"

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    moderator_id: Mapped[str] = mapped_column(String(128))
    action: Mapped[str] = mapped_column(String(32))
    target: Mapped[str] = mapped_column(String(200))  # "post:<id>", "topic:<id>", "user:<id>"
    detail: Mapped[dict[str, object]] = mapped_column(JSON, default=dict)
    at: Mapped[datetime] = mapped_column(DateTime(timezone=True), index=True)
