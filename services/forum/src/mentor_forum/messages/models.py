"""Personal messages between people, and blocking."""

import uuid
from datetime import datetime

from sqlalchemy import DateTime, ForeignKey, Index, Integer, String, Text, UniqueConstraint, Uuid
from sqlalchemy.orm import Mapped, mapped_column, relationship

from mentor_forum.db import Base


class Conversation(Base):
    __tablename__ = "conversations"

    id: Mapped[uuid.UUID] = mapped_column(Uuid, primary_key=True)
    subject: Mapped[str] = mapped_column(String(200))  # plain text, one line
    started_by: Mapped[str] = mapped_column(String(128))
    created_at: Mapped[datetime] = mapped_column(DateTime(timezone=True))
    last_number: Mapped[int] = mapped_column(Integer, default=0)  # the newest message's number
    # Never loaded (read a page at a time): they tell the unit of work to insert a conversation before its rows.
    participants: Mapped[list["Participant"]] = relationship(lazy="raise")
    messages: Mapped[list["Message"]] = relationship(lazy="raise")


class Participant(Base):
    """One person in one conversation, with what they have read and what they may see."""

    __tablename__ = "conversation_participants"
    # A person's conversations, newest activity first (keyset pages).
    __table_args__ = (Index("ix_conversation_participants_inbox", "user_id", "last_activity_at", "conversation_id"),)

    conversation_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("conversations.id"), primary_key=True)
    user_id: Mapped[str] = mapped_column(String(128), primary_key=True)
    name: Mapped[str] = mapped_column(String(200), default="")  # as last seen in their sign-in; "" not yet known
    last_read_number: Mapped[int] = mapped_column(Integer, default=0)  # only ever grows
    # The newest message this person may see: their list's order (a blocked sender's messages do not move it).
    last_activity_at: Mapped[datetime] = mapped_column(DateTime(timezone=True))
    left_at: Mapped[datetime | None] = mapped_column(DateTime(timezone=True))
    left_after_number: Mapped[int | None] = mapped_column(Integer)  # the last message they saw as a member


class Message(Base):
    __tablename__ = "messages"
    __table_args__ = (
        UniqueConstraint("conversation_id", "number"),
        Index("ix_messages_author_created", "author_id", "created_at"),  # the posting rate limit
    )

    id: Mapped[uuid.UUID] = mapped_column(Uuid, primary_key=True)
    conversation_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("conversations.id"))
    number: Mapped[int] = mapped_column(Integer)  # 1 is the conversation's first message
    author_id: Mapped[str] = mapped_column(String(128))
    author_name: Mapped[str] = mapped_column(String(200))
    body: Mapped[str] = mapped_column(Text)  # Markdown as written
    html: Mapped[str] = mapped_column(Text)  # rendered and sanitized once, when written
    created_at: Mapped[datetime] = mapped_column(DateTime(timezone=True))
    hidden_at: Mapped[datetime | None] = mapped_column(DateTime(timezone=True))  # a moderator's decision
    hidden_by: Mapped[str | None] = mapped_column(String(128))
    withheld: Mapped[list["WithheldMessage"]] = relationship(lazy="raise")  # never loaded: orders the inserts


class WithheldMessage(Base):
    """A message one participant never sees: they had blocked its author when it was sent (kept after an unblock,
    so lifting a block does not deliver what was written meanwhile)."""

    __tablename__ = "withheld_messages"

    message_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("messages.id"), primary_key=True)
    user_id: Mapped[str] = mapped_column(String(128), primary_key=True)


class Block(Base):
    """`user_id` does not want to hear from `blocked_id`."""

    __tablename__ = "blocks"

    user_id: Mapped[str] = mapped_column(String(128), primary_key=True)
    blocked_id: Mapped[str] = mapped_column(String(128), primary_key=True)
    created_at: Mapped[datetime] = mapped_column(DateTime(timezone=True))


class MessageFlag(Base):
    """One participant's report of one message: the only way its text reaches the moderators."""

    __tablename__ = "message_flags"
    __table_args__ = (
        UniqueConstraint("message_id", "user_id"),
        Index("ix_message_flags_open", "resolved_at", "message_id"),
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    message_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("messages.id"))
    user_id: Mapped[str] = mapped_column(String(128))
    reason: Mapped[str] = mapped_column(String(16))  # spam, inappropriate, off_topic, illegal, other
    text: Mapped[str] = mapped_column(Text, default="")
    created_at: Mapped[datetime] = mapped_column(DateTime(timezone=True))
    resolved_at: Mapped[datetime | None] = mapped_column(DateTime(timezone=True))
    resolution: Mapped[str | None] = mapped_column(String(16))  # "hidden" or "kept"
    resolved_by: Mapped[str | None] = mapped_column(String(128))  # the moderator (the audit log lives in moderation/)
