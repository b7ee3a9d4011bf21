"""Sections, topics, posts and the edit history of posts."""

import uuid
from datetime import datetime

from sqlalchemy import JSON, Boolean, DateTime, ForeignKey, Index, Integer, String, Text, UniqueConstraint, Uuid
from sqlalchemy.orm import Mapped, mapped_column, relationship

from mentor_forum.db import Base


class Section(Base):
    __tablename__ = "sections"

    id: Mapped[str] = mapped_column(String(64), primary_key=True)  # a slug, e.g. "what-to-do"
    title_ru: Mapped[str] = mapped_column(String(200))
    title_en: Mapped[str] = mapped_column(String(200))
    description_ru: Mapped[str] = mapped_column(Text, default="")
    description_en: Mapped[str] = mapped_column(Text, default="")
    rubrics: Mapped[list[str]] = mapped_column(JSON, default=list)
    position: Mapped[int] = mapped_column(Integer, default=0)
    shared_cases: Mapped[bool] = mapped_column(Boolean, default=False)  # topics opened by the platform only


class Topic(Base):
    __tablename__ = "topics"
    __table_args__ = (
        Index("ix_topics_section_activity", "section_id", "last_post_at", "id"),
        Index("ix_topics_section_created", "section_id", "created_at", "id"),
    )

    id: Mapped[uuid.UUID] = mapped_column(Uuid, primary_key=True)
    section_id: Mapped[str] = mapped_column(ForeignKey("sections.id"))
    kind: Mapped[str] = mapped_column(String(16))  # "discussion" or "shared_case"
    title: Mapped[str] = mapped_column(String(200))
    author_id: Mapped[str | None] = mapped_column(String(128))  # None: opened by the platform (a shared case)
    author_name: Mapped[str] = mapped_column(String(200))
    rubrics: Mapped[list[str]] = mapped_column(JSON, default=list)
    posts_count: Mapped[int] = mapped_column(Integer, default=0)  # visible posts, the first included
    last_number: Mapped[int] = mapped_column(Integer, default=0)  # the number of the newest post, deleted or not
    solution_post_id: Mapped[uuid.UUID | None] = mapped_column(Uuid)
    created_at: Mapped[datetime] = mapped_column(DateTime(timezone=True))
    last_post_at: Mapped[datetime] = mapped_column(DateTime(timezone=True))
    deleted_at: Mapped[datetime | None] = mapped_column(DateTime(timezone=True))
    locked: Mapped[bool] = mapped_column(Boolean, default=False)  # no new posts (moderators)
    pinned: Mapped[bool] = mapped_column(Boolean, default=False)  # shown above the section's first page
    hidden: Mapped[bool] = mapped_column(Boolean, default=False)  # its first post is hidden: unlisted, untitled
    version: Mapped[int] = mapped_column(Integer, default=1)  # +1 on every change the search index shows
    indexed_version: Mapped[int] = mapped_column(Integer, default=0, index=True)  # what the index has
    # Never loaded (posts are read a page at a time): it tells the unit of work to insert a topic before its posts.
    posts: Mapped[list["Post"]] = relationship(lazy="raise")


class Post(Base):
    __tablename__ = "posts"
    __table_args__ = (
        UniqueConstraint("topic_id", "number"),
        Index("ix_posts_author_created", "author_id", "created_at"),  # the posting rate limit
    )

    id: Mapped[uuid.UUID] = mapped_column(Uuid, primary_key=True)
    topic_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("topics.id"))
    number: Mapped[int] = mapped_column(Integer)  # 1 is the topic's first post
    author_id: Mapped[str | None] = mapped_column(String(128))  # None: the platform (a shared case's text)
    author_name: Mapped[str] = mapped_column(String(200))  # as shown, taken from the sign-in when posted
    body: Mapped[str] = mapped_column(Text)  # Markdown as written
    html: Mapped[str] = mapped_column(Text)  # rendered and sanitized once, when written
    reply_to_post_id: Mapped[uuid.UUID | None] = mapped_column(Uuid)
    likes: Mapped[int] = mapped_column(Integer, default=0)
    case_id: Mapped[uuid.UUID | None] = mapped_column(Uuid, unique=True)  # the shared case this post carries
    created_at: Mapped[datetime] = mapped_column(DateTime(timezone=True))
    edited_at: Mapped[datetime | None] = mapped_column(DateTime(timezone=True))
    deleted_at: Mapped[datetime | None] = mapped_column(DateTime(timezone=True))
    hidden_at: Mapped[datetime | None] = mapped_column(DateTime(timezone=True))  # by flags or a moderator
    hidden_by: Mapped[str | None] = mapped_column(String(128))  # "flags", or the moderator's id


class Silence(Base):
    """A person may not post until `until` (a moderator's decision)."""

    __tablename__ = "silences"

    user_id: Mapped[str] = mapped_column(String(128), primary_key=True)
    until: Mapped[datetime] = mapped_column(DateTime(timezone=True))
    reason: Mapped[str] = mapped_column(Text)
    by: Mapped[str] = mapped_column(String(128))


class PostRevision(Base):
    """A post's earlier text, kept when it is edited."""

    __tablename__ = "post_revisions"

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    post_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("posts.id"), index=True)
    body: Mapped[str] = mapped_column(Text)
    written_at: Mapped[datetime] = mapped_column(DateTime(timezone=True))  # when this text was written
    replaced_at: Mapped[datetime] = mapped_column(DateTime(timezone=True))
    replaced_by: Mapped[str] = mapped_column(String(128))


class TopicWatch(Base):
    """How closely a person follows a topic: "watching" (told of every reply) or "muted" (never told, not even
    as its author). No row: its author and those whose post is answered are told, nobody else. Replying makes
    one a watcher unless one chose otherwise before."""

    __tablename__ = "topic_watches"

    topic_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("topics.id"), primary_key=True)
    user_id: Mapped[str] = mapped_column(String(128), primary_key=True)
    level: Mapped[str] = mapped_column(String(16))  # "watching" or "muted"
    at: Mapped[datetime] = mapped_column(DateTime(timezone=True))


class PostLike(Base):
    """One person's like of one post."""

    __tablename__ = "post_likes"

    post_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("posts.id"), primary_key=True)
    user_id: Mapped[str] = mapped_column(String(128), primary_key=True)
    created_at: Mapped[datetime] = mapped_column(DateTime(timezone=True))
