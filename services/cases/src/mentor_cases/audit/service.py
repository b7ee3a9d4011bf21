"""The audit trail: a moderator reading an anonymous author's identity is recorded in the same transaction as the
read; the author sees who looked and when, the admins see every record."""

import uuid
from collections.abc import Sequence
from datetime import datetime

from sqlalchemy.ext.asyncio import AsyncSession

from mentor_cases.audit import repository
from mentor_cases.audit.models import IdentityRead


def record_identity_read(
    session: AsyncSession, case_id: uuid.UUID, reader_id: str, reader_role: str, what: str, *, at: datetime
) -> None:
    repository.add(
        session, IdentityRead(case_id=case_id, reader_id=reader_id, reader_role=reader_role, what=what, at=at)
    )


async def reads_of_case(session: AsyncSession, case_id: uuid.UUID) -> Sequence[IdentityRead]:
    return await repository.of_case(session, case_id)


async def all_reads(session: AsyncSession, limit: int, offset: int) -> Sequence[IdentityRead]:
    return await repository.newest(session, limit, offset)
