from datetime import datetime

from sqlalchemy import JSON, Boolean, DateTime, ForeignKey, String
from sqlalchemy.orm import Mapped, mapped_column

from mentor_notifications.db import Base


class Recipient(Base):
    """A person who can be notified: filled from the identity token on first use, edited via `/me`."""

    __tablename__ = "recipients"

    id: Mapped[str] = mapped_column(String(64), primary_key=True)
    email: Mapped[str | None] = mapped_column(String(254))
    locale: Mapped[str] = mapped_column(String(2))
    roles: Mapped[list[str]] = mapped_column(JSON)
    digest: Mapped[bool] = mapped_column(Boolean, default=False)  # e-mails gathered into one a day
    last_digest_at: Mapped[datetime | None] = mapped_column(DateTime(timezone=True))
    created_at: Mapped[datetime] = mapped_column(DateTime(timezone=True))
    updated_at: Mapped[datetime] = mapped_column(DateTime(timezone=True))


class Preference(Base):
    """How one person wants one kind of notification: `email` (inbox and e-mail), `in_app` or `off`."""

    __tablename__ = "preferences"

    user_id: Mapped[str] = mapped_column(ForeignKey("recipients.id", ondelete="CASCADE"), primary_key=True)
    kind: Mapped[str] = mapped_column(String(40), primary_key=True)
    channel: Mapped[str] = mapped_column(String(8))
