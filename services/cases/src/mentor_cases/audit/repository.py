"""Every query of the audit trail."""

import uuid
from collections.abc import Sequence

from sqlalchemy import select
from sqlalchemy.ext.asyncio import AsyncSession

from mentor_cases.audit.models import IdentityRead


def add(session: AsyncSession, row: IdentityRead) -> None:
    session.add(row)


async def of_case(session: AsyncSession, case_id: uuid.UUID) -> Sequence[IdentityRead]:
    statement = select(IdentityRead).where(IdentityRead.case_id == case_id).order_by(IdentityRead.id.desc())
    return (await session.execute(statement)).scalars().all()


async def newest(session: AsyncSession, limit: int, offset: int) -> Sequence[IdentityRead]:
    statement = select(IdentityRead).order_by(IdentityRead.id.desc()).limit(limit).offset(offset)
    return (await session.execute(statement)).scalars().all()
