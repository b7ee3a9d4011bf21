"""Case statistics for moderators."""

from datetime import date
from typing import Annotated

from fastapi import APIRouter, Depends, Query

from mentor_cases.stats import service
from mentor_cases.stats.schemas import CaseStatisticsRead, PeopleStatisticsRead
from mentor_kit.auth import require_roles
from mentor_kit.web.deps import DbSession

FIRST_DAY, LAST_DAY = date(1970, 1, 1), date(2199, 12, 31)  # a day's end must still be a date
PeriodFrom = Annotated[date | None, Query(alias="from", ge=FIRST_DAY, le=LAST_DAY)]
PeriodTo = Annotated[date | None, Query(alias="to", ge=FIRST_DAY, le=LAST_DAY)]
router = APIRouter(prefix="/stats", tags=["statistics"], dependencies=[Depends(require_roles("moderator", "admin"))])


@router.get("/cases", summary="Submitted cases in a period (dates inclusive, UTC)")
async def case_statistics(
    session: DbSession,
    period_from: PeriodFrom = None,
    period_to: PeriodTo = None,
) -> CaseStatisticsRead:
    return await service.case_statistics(session, period_from, period_to)


@router.get(
    "/people", summary="Distinct people active per calendar year and role, from the history (dates inclusive, UTC)"
)
async def people_statistics(
    session: DbSession, period_from: PeriodFrom = None, period_to: PeriodTo = None
) -> PeopleStatisticsRead:
    return await service.people_statistics(session, period_from, period_to)
