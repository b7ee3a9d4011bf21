"""Every query of the question bank."""

from collections.abc import Sequence

from sqlalchemy import select
from sqlalchemy.ext.asyncio import AsyncSession

from mentor_cases.db import Base
from mentor_cases.questionbank.models import CustomQuestion


async def custom_questions(session: AsyncSession) -> Sequence[CustomQuestion]:
    """What moderators added, oldest first."""
    return (await session.execute(select(CustomQuestion).order_by(CustomQuestion.added_at))).scalars().all()


def add(session: AsyncSession, *rows: Base) -> None:
    """New rows, written with the transaction (the service builds them; this is the one way they are stored)."""
    session.add_all(rows)
