"""Case statistics for moderators: by rubric, status, urgency and month; the funnel; response times. The
database aggregates (see repository.py); this module only adds up a few dozen grouped rows."""

from collections import Counter
from datetime import UTC, date, datetime, time, timedelta

from sqlalchemy.ext.asyncio import AsyncSession

from mentor_cases.stats import repository
from mentor_cases.stats.repository import Period
from mentor_cases.stats.schemas import CaseStatisticsRead, FunnelRead, PeopleStatisticsRead, PeopleYearRead


def period_of(period_from: date | None, period_to: date | None) -> Period:
    """Dates inclusive, in UTC: from the start of `period_from` to the end of `period_to`."""
    return Period(
        start=datetime.combine(period_from, time.min, tzinfo=UTC) if period_from else None,
        end=datetime.combine(period_to + timedelta(days=1), time.min, tzinfo=UTC) if period_to else None,
    )


def _hours(seconds: float | None) -> float | None:
    return None if seconds is None else round(seconds / 3600, 2)


async def case_statistics(
    session: AsyncSession, period_from: date | None, period_to: date | None
) -> CaseStatisticsRead:
    period = period_of(period_from, period_to)
    groups = await repository.counts_by_group(session, period)
    rubrics = await repository.counts_by_rubric(session, period)
    medians = await repository.median_seconds(session, period)
    by_status: Counter[str] = Counter()
    by_urgency: Counter[str] = Counter()
    by_month: Counter[str] = Counter()
    for group in groups:
        by_status[group.status] += group.cases
        by_urgency[group.urgency] += group.cases
        by_month[group.month] += group.cases
    total = sum(group.cases for group in groups)
    return CaseStatisticsRead(
        period_from=period_from,
        period_to=period_to,
        total=total,
        by_rubric=dict(rubrics),
        by_rubric_share={code: round(n / total, 3) for code, n in rubrics} if total else {},
        by_status=dict(by_status),
        by_urgency=dict(by_urgency),
        by_month=dict(sorted(by_month.items())),
        funnel=FunnelRead(
            submitted=total,
            accepted=sum(group.accepted for group in groups),
            solved=sum(group.solved for group in groups),
            in_library=sum(group.in_library for group in groups),
        ),
        median_hours_to_first_response=_hours(medians.to_first_response),
        median_hours_to_solution=_hours(medians.to_solution),
    )


async def people_statistics(
    session: AsyncSession, period_from: date | None, period_to: date | None
) -> PeopleStatisticsRead:
    """People active per year and role, from every step of the history in the period (dates inclusive, UTC)."""
    period = period_of(period_from, period_to)
    by_year: dict[int, dict[str, int]] = {}
    for year, role, people in await repository.people_by_year_and_role(session, period.start, period.end):
        by_year.setdefault(year, {})[role] = people
    return PeopleStatisticsRead(
        period_from=period_from,
        period_to=period_to,
        years=[PeopleYearRead(year=year, by_role=roles) for year, roles in sorted(by_year.items())],
    )
