"""Case statistics for moderators: by rubric, status, urgency and month; the funnel; response times."""

import statistics
from collections import Counter
from datetime import UTC, date, datetime, time, timedelta
from typing import Annotated

from fastapi import APIRouter, Depends, Query
from pydantic import BaseModel
from sqlalchemy import select

from mentor_cases.cases.models import Case
from mentor_kit.auth import require_roles
from mentor_kit.web.deps import DbSession

router = APIRouter(prefix="/stats", tags=["statistics"], dependencies=[Depends(require_roles("moderator", "admin"))])


class Funnel(BaseModel):
    submitted: int
    accepted: int
    solved: int
    in_library: int


class CaseStatistics(BaseModel):
    period_from: date | None
    period_to: date | None
    total: int
    by_rubric: dict[str, int]
    by_rubric_share: dict[str, float]
    by_status: dict[str, int]
    by_urgency: dict[str, int]
    by_month: dict[str, int]
    funnel: Funnel
    median_hours_to_first_response: float | None
    median_hours_to_solution: float | None


def _hours(pairs: list[tuple[datetime | None, datetime | None]]) -> float | None:
    values = [(end - start).total_seconds() / 3600 for start, end in pairs if start and end]
    return round(statistics.median(values), 2) if values else None


@router.get("/cases", summary="Submitted cases in a period (dates inclusive)")
async def case_statistics(
    session: DbSession,
    period_from: Annotated[date | None, Query(alias="from")] = None,
    period_to: Annotated[date | None, Query(alias="to")] = None,
) -> CaseStatistics:
    statement = select(Case).where(Case.submitted_at.is_not(None))
    if period_from:
        statement = statement.where(Case.submitted_at >= datetime.combine(period_from, time.min, tzinfo=UTC))
    if period_to:
        end = datetime.combine(period_to + timedelta(days=1), time.min, tzinfo=UTC)
        statement = statement.where(Case.submitted_at < end)
    cases = list((await session.execute(statement)).scalars())
    rubrics = Counter(code for case in cases for code in case.rubrics)
    return CaseStatistics(
        period_from=period_from,
        period_to=period_to,
        total=len(cases),
        by_rubric=dict(rubrics.most_common()),
        by_rubric_share={code: round(n / len(cases), 3) for code, n in rubrics.most_common()} if cases else {},
        by_status=dict(Counter(case.status for case in cases)),
        by_urgency=dict(Counter(case.urgency for case in cases)),
        by_month=dict(
            sorted(Counter(case.submitted_at.strftime("%Y-%m") for case in cases if case.submitted_at).items())
        ),
        funnel=Funnel(
            submitted=len(cases),
            accepted=sum(1 for case in cases if case.first_accepted_at),
            solved=sum(1 for case in cases if case.status == "completed"),
            in_library=sum(1 for case in cases if case.status == "completed" and case.consent_publish),
        ),
        median_hours_to_first_response=_hours([(c.submitted_at, c.first_accepted_at) for c in cases]),
        median_hours_to_solution=_hours([(c.submitted_at, c.completed_at) for c in cases]),
    )
