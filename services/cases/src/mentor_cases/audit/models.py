"""Who read an anonymous author's identity, and when: the audit trail the author and the admins can read."""

import uuid
from datetime import datetime

from sqlalchemy import DateTime, Integer, String
from sqlalchemy.orm import Mapped, mapped_column

from mentor_cases.db import Base


class IdentityRead(Base):
    """Someone other than the author (a moderator) opened an anonymous case with its author's identity."""

    __tablename__ = "identity_reads"

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    case_id: Mapped[uuid.UUID] = mapped_column(index=True)
    reader_id: Mapped[str] = mapped_column(String(128))
    reader_role: Mapped[str] = mapped_column(String(32))
    what: Mapped[str] = mapped_column(String(32))  # "case" or "history": the view that showed the identity
    at: Mapped[datetime] = mapped_column(DateTime(timezone=True), index=True)
