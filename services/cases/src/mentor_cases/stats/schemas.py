"""The statistics response (the same body as before the aggregates moved into SQL)."""

from datetime import date

from pydantic import BaseModel


class FunnelRead(BaseModel):
    submitted: int
    accepted: int
    solved: int
    in_library: int  # cases the library shows now (its item_published events), not merely consented ones


class CaseStatisticsRead(BaseModel):
    period_from: date | None
    period_to: date | None
    total: int
    by_rubric: dict[str, int]
    by_rubric_share: dict[str, float]
    by_status: dict[str, int]
    by_urgency: dict[str, int]
    by_month: dict[str, int]
    funnel: FunnelRead
    median_hours_to_first_response: float | None
    median_hours_to_solution: float | None


class PeopleYearRead(BaseModel):
    year: int
    by_role: dict[str, int]  # role in the history (author, mentor, colleague, moderator, system) -> distinct people


class PeopleStatisticsRead(BaseModel):
    """Distinct people who took a step on any case, per calendar year (UTC) and role; a person active in two roles
    is counted in each."""

    period_from: date | None
    period_to: date | None
    years: list[PeopleYearRead]
