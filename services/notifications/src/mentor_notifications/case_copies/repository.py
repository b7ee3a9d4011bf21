"""Every query of the case copies."""

import uuid

from sqlalchemy.ext.asyncio import AsyncSession

from mentor_notifications.case_copies.models import CaseCopy


async def find(session: AsyncSession, case_id: uuid.UUID) -> CaseCopy | None:
    return await session.get(CaseCopy, case_id)


def add(session: AsyncSession, case: CaseCopy) -> None:
    session.add(case)
