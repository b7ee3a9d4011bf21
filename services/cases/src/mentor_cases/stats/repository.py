"""Every query of the case statistics: aggregates computed in the database (three queries per request),
never the case rows themselves. PostgreSQL and SQLite differ in three places: the month of a timestamp,
the elements of the JSON rubric list, and the median (PostgreSQL's `percentile_cont`; on SQLite the middle
one or two of the ordered durations, still in SQL)."""

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import JSON, ColumnElement, Select, Text, cast, func, literal_column, select, true
from sqlalchemy.ext.asyncio import AsyncSession
from sqlalchemy.orm import InstrumentedAttribute

from mentor_cases.cases.models import Case, HistoryEntry

SOLVED = "completed"


@dataclass(frozen=True)
class Period:
    """Cases submitted in `[start, end)`; an open bound is None."""

    start: datetime | None
    end: datetime | None

    def conditions(self) -> list[ColumnElement[bool]]:
        conditions: list[ColumnElement[bool]] = [Case.submitted_at.is_not(None)]
        if self.start is not None:
            conditions.append(Case.submitted_at >= self.start)
        if self.end is not None:
            conditions.append(Case.submitted_at < self.end)
        return conditions


@dataclass(frozen=True)
class CaseGroup:
    """The submitted cases of one status, urgency and month (UTC, "YYYY-MM"), with their funnel counts."""

    status: str
    urgency: str
    month: str
    cases: int
    accepted: int
    solved: int
    in_library: int


@dataclass(frozen=True)
class MedianSeconds:
    to_first_response: float | None
    to_solution: float | None


def _is_postgres(session: AsyncSession) -> bool:
    return session.get_bind().dialect.name == "postgresql"


def _month(session: AsyncSession) -> ColumnElement[datetime | str]:
    """The month of submission in UTC: its first instant on PostgreSQL (`date_trunc`, three times cheaper than
    `to_char` on 100k rows), "YYYY-MM" on SQLite (which stores UTC text). `month_key` makes both "YYYY-MM".
    Constant arguments are literals, not bound parameters: PostgreSQL matches the GROUP BY expression to the
    selected one by its text, and two parameters would make two different expressions."""
    if _is_postgres(session):
        utc = func.timezone(literal_column("'UTC'"), Case.submitted_at)
        return func.date_trunc(literal_column("'month'"), utc)
    return func.strftime(literal_column("'%Y-%m'"), Case.submitted_at)


def _year(session: AsyncSession) -> ColumnElement[float | str]:
    """The calendar year (UTC) of a history step: a number on PostgreSQL, "YYYY" on SQLite; see `_month` for why
    the constant arguments are literals."""
    if _is_postgres(session):
        utc = func.timezone(literal_column("'UTC'"), HistoryEntry.at)
        return func.date_part(literal_column("'year'"), utc)
    return func.strftime(literal_column("'%Y'"), HistoryEntry.at)


async def people_by_year_and_role(
    session: AsyncSession, start: datetime | None, end: datetime | None
) -> list[tuple[int, str, int]]:
    """(year, role, distinct people) from the history: everyone who took a step in `[start, end)` in that role,
    counted once per year and role, ordered by year then role."""
    year = _year(session)
    people = func.count(HistoryEntry.actor_id.distinct())
    statement = select(year, HistoryEntry.actor_role, people).group_by(year, HistoryEntry.actor_role)
    if start is not None:
        statement = statement.where(HistoryEntry.at >= start)
    if end is not None:
        statement = statement.where(HistoryEntry.at < end)
    rows = (await session.execute(statement)).all()
    return sorted((int(y), str(role), int(count)) for y, role, count in rows)


def month_key(month: datetime | str) -> str:
    return month if isinstance(month, str) else f"{month:%Y-%m}"


async def counts_by_group(session: AsyncSession, period: Period) -> Sequence[CaseGroup]:
    """One row per (status, urgency, month) present in the period: a few dozen rows, whatever the case count."""
    month = _month(session)
    statement = (
        select(
            Case.status,
            Case.urgency,
            month,
            func.count(),
            func.count().filter(Case.first_accepted_at.is_not(None)),
            func.count().filter(Case.status == SOLVED),
            func.count().filter(Case.library_item_id.is_not(None)),
        )
        .where(*period.conditions())
        .group_by(Case.status, Case.urgency, month)
    )
    return [
        CaseGroup(status, urgency, month_key(month), cases, accepted, solved, in_library)
        for status, urgency, month, cases, accepted, solved, in_library in (await session.execute(statement)).all()
    ]


async def counts_by_rubric(session: AsyncSession, period: Period) -> list[tuple[str, int]]:
    """(rubric, cases) for every rubric of the period's cases, most frequent first (ties by code). The cases are
    first counted per distinct rubric list (a few hundred lists at most), and only those lists are unnested:
    parsing the JSON of every row costs three times as much on 100k cases."""
    postgres = _is_postgres(session)
    as_text = cast(Case.rubrics, Text) if postgres else Case.rubrics  # PostgreSQL's `json` has no equality
    lists = select(as_text.label("list"), func.count().label("cases")).where(*period.conditions())
    lists_cte = lists.group_by(as_text).cte("rubric_lists")
    elements = (
        func.json_array_elements_text(cast(lists_cte.c.list, JSON)) if postgres else func.json_each(lists_cte.c.list)
    ).table_valued("value")
    cases = func.sum(lists_cte.c.cases).label("cases")
    statement = (
        select(elements.c.value, cases)
        .select_from(lists_cte)
        .join(elements, true())
        .group_by(elements.c.value)
        .order_by(cases.desc(), elements.c.value)
    )
    return [(str(code), int(count)) for code, count in (await session.execute(statement)).all()]


async def median_seconds(session: AsyncSession, period: Period) -> MedianSeconds:
    """Median seconds from submission to the first acceptance, and to completion (None without such cases)."""
    if _is_postgres(session):
        statement: Select[float | None, float | None] = select(
            _percentile_median(Case.first_accepted_at), _percentile_median(Case.completed_at)
        ).where(*period.conditions())
    else:
        statement = select(_middle_median(Case.first_accepted_at, period), _middle_median(Case.completed_at, period))
    first_response, solution = (await session.execute(statement)).one()
    return MedianSeconds(
        None if first_response is None else float(first_response), None if solution is None else float(solution)
    )


def _percentile_median(end: InstrumentedAttribute[datetime | None]) -> ColumnElement[float | None]:
    seconds = func.date_part(literal_column("'epoch'"), end - Case.submitted_at)  # a double, unlike extract()
    return func.percentile_cont(0.5).within_group(seconds)  # NULLs (no such step yet) are left out


def _middle_median(end: InstrumentedAttribute[datetime | None], period: Period) -> ColumnElement[float | None]:
    """SQLite: the average of the middle one (odd count) or two (even count) of the ordered durations."""
    seconds = ((func.julianday(end) - func.julianday(Case.submitted_at)) * 86400.0).label("seconds")
    durations = select(seconds).where(*period.conditions(), end.is_not(None)).subquery()
    count = select(func.count()).select_from(durations).scalar_subquery()
    middle = (
        select(durations.c.seconds)
        .order_by(durations.c.seconds)
        .limit(2 - count % 2)
        .offset((count - 1) // 2)
        .subquery()
    )
    return select(func.avg(middle.c.seconds)).scalar_subquery()
