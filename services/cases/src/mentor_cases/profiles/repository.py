"""Every query of the mentee profiles."""

from sqlalchemy import select
from sqlalchemy.ext.asyncio import AsyncSession

from mentor_cases.db import Base
from mentor_cases.profiles.models import MenteeProfile


async def find_profile(session: AsyncSession, user_id: str) -> MenteeProfile | None:
    return (await session.execute(select(MenteeProfile).where(MenteeProfile.user_id == user_id))).scalar_one_or_none()


def add(session: AsyncSession, *rows: Base) -> None:
    """New rows, written with the transaction (the service builds them; this is the one way they are stored)."""
    session.add_all(rows)
