"""Polls in a topic: the poll, its options, one ballot per person and the options each ballot chose.

No counter columns: counts are a GROUP BY over `poll_choices`, so parallel ballots cannot lose a vote."""

import uuid
from datetime import datetime

from sqlalchemy import DateTime, ForeignKey, ForeignKeyConstraint, Integer, String, UniqueConstraint, Uuid
from sqlalchemy.orm import Mapped, mapped_column, relationship

from mentor_forum.db import Base


class Poll(Base):
    __tablename__ = "polls"

    id: Mapped[uuid.UUID] = mapped_column(Uuid, primary_key=True)
    topic_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("topics.id"), index=True)
    created_by: Mapped[str] = mapped_column(String(128))
    question: Mapped[str] = mapped_column(String(300))  # plain text, never rendered
    kind: Mapped[str] = mapped_column(String(16))  # "single" or "multiple"
    min_choices: Mapped[int] = mapped_column(Integer)
    max_choices: Mapped[int] = mapped_column(Integer)
    results: Mapped[str] = mapped_column(String(16))  # who sees the tally: always, after_vote, after_close
    voters: Mapped[str] = mapped_column(String(16))  # public: names shown with the results; secret: never
    closes_at: Mapped[datetime | None] = mapped_column(DateTime(timezone=True))  # closed from then on
    closed_at: Mapped[datetime | None] = mapped_column(DateTime(timezone=True))  # closed by its creator/moderator
    created_at: Mapped[datetime] = mapped_column(DateTime(timezone=True))
    # Never loaded (options are read in one query for many polls): it tells the unit of work to insert the poll first.
    options: Mapped[list["PollOption"]] = relationship(lazy="raise")


class PollOption(Base):
    __tablename__ = "poll_options"
    __table_args__ = (UniqueConstraint("poll_id", "position"),)

    id: Mapped[uuid.UUID] = mapped_column(Uuid, primary_key=True)
    poll_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("polls.id"))
    position: Mapped[int] = mapped_column(Integer)  # as the creator listed them, from 0
    text: Mapped[str] = mapped_column(String(200))  # plain text, never rendered


class PollBallot(Base):
    """One person's ballot: its row is what serializes that person's parallel changes (an upsert locks it)."""

    __tablename__ = "poll_ballots"

    poll_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("polls.id"), primary_key=True)
    user_id: Mapped[str] = mapped_column(String(128), primary_key=True)
    user_name: Mapped[str] = mapped_column(String(200))  # shown with public results; "" in a secret poll
    voted_at: Mapped[datetime] = mapped_column(DateTime(timezone=True))


class PollChoice(Base):
    """One option a ballot chose."""

    __tablename__ = "poll_choices"
    __table_args__ = (ForeignKeyConstraint(["poll_id", "user_id"], ["poll_ballots.poll_id", "poll_ballots.user_id"]),)

    poll_id: Mapped[uuid.UUID] = mapped_column(Uuid, primary_key=True)
    user_id: Mapped[str] = mapped_column(String(128), primary_key=True)
    option_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("poll_options.id"), primary_key=True)
