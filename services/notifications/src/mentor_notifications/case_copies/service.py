"""The copy of each case that routing needs: the internal `case.submitted|revised` events keep it current."""

import uuid
from datetime import datetime

from sqlalchemy.ext.asyncio import AsyncSession

from mentor_contracts.events import CaseRevisedInternalV1, CaseSubmittedInternalV1
from mentor_notifications.case_copies import repository
from mentor_notifications.case_copies.models import CaseCopy


async def record_version(
    session: AsyncSession, event: CaseSubmittedInternalV1 | CaseRevisedInternalV1, *, at: datetime
) -> None:
    case = await repository.find(session, event.case_id)
    if case is None:
        case = CaseCopy(case_id=event.case_id, author_id=event.author_id)
        repository.add(session, case)
    rubrics: list[str] = list(event.rubrics)
    case.number, case.rubrics, case.privacy, case.updated_at = event.number, rubrics, event.privacy, at


async def find(session: AsyncSession, case_id: uuid.UUID | None) -> CaseCopy | None:
    """The copy of the case an event is about (None for events about no case, or a case not known yet)."""
    return await repository.find(session, case_id) if case_id is not None else None
