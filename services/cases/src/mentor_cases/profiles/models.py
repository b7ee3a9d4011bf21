from datetime import datetime

from sqlalchemy import JSON, DateTime, Integer, String
from sqlalchemy.orm import Mapped, mapped_column

from mentor_cases.db import Base


class MenteeProfile(Base):
    """The mentee's questionnaire about their professional activity (supports monitoring)."""

    __tablename__ = "mentee_profiles"

    user_id: Mapped[str] = mapped_column(String(128), primary_key=True)
    school_type: Mapped[str] = mapped_column(String(32))
    school_name: Mapped[str] = mapped_column(String(200), default="")
    subjects: Mapped[list[str]] = mapped_column(JSON, default=list)
    forms_taught: Mapped[list[int]] = mapped_column(JSON, default=list)
    years_of_experience: Mapped[int] = mapped_column(Integer)
    graduated_from_mcu: Mapped[bool] = mapped_column(default=True)
    graduation_year: Mapped[int | None] = mapped_column(Integer)
    updated_at: Mapped[datetime] = mapped_column(DateTime(timezone=True))
