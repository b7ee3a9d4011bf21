"""The audit trail for admins: every read of an anonymous author's identity, newest first."""

from typing import Annotated

from fastapi import APIRouter, Depends, Query

from mentor_cases.audit import service
from mentor_cases.audit.schemas import IdentityReadRead
from mentor_kit.auth import require_roles
from mentor_kit.web.deps import ReadSession

router = APIRouter(prefix="/audit", tags=["audit"], dependencies=[Depends(require_roles("admin"))])


@router.get("/identity-reads", summary="Who read an anonymous author's identity, and when (admins)")
async def identity_reads(
    session: ReadSession,
    limit: Annotated[int, Query(ge=1, le=200)] = 50,
    offset: Annotated[int, Query(ge=0, le=100_000)] = 0,
) -> list[IdentityReadRead]:
    return [IdentityReadRead.model_validate(r) for r in await service.all_reads(session, limit, offset)]
