"""Every figure of `GET /stats/cases` and `GET /stats/people`, with known data, on PostgreSQL and on SQLite: the
aggregates run in SQL (grouped counts, rubrics from the JSON list, medians; distinct people per year and role from
the history), with inclusive date bounds in UTC."""

import uuid
from collections.abc import AsyncIterator
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta

import httpx
import pytest
from sqlalchemy import event

from mentor_cases.bootstrap import create_service
from mentor_cases.cases import repository
from mentor_cases.cases.models import Case
from mentor_cases.settings import CasesSettings
from mentor_kit.auth.dev import DEV_PUBLIC_KEY
from mentor_kit.service import Service

from ..conftest import MENTEE, MODERATOR, headers

pytestmark = pytest.mark.integration


@dataclass
class Statistics:
    client: httpx.AsyncClient
    service: Service

    async def get(self, query: str = "") -> dict:
        response = await self.client.get(f"/stats/cases{query}", headers=MODERATOR)
        assert response.status_code == 200, response.text
        return response.json()


@pytest.fixture(params=["postgres_url", "sqlite_url"])
async def statistics(request: pytest.FixtureRequest) -> AsyncIterator[Statistics]:
    settings = CasesSettings(
        service_name=f"cases{uuid.uuid4().hex[:6]}",
        database_url=request.getfixturevalue(request.param),
        broker_url="memory://",
        jwt_public_key_file=DEV_PUBLIC_KEY,
    )
    service = create_service(settings)
    async with service.app.router.lifespan_context(service.app):  # migrations 0001 and 0002 on either database
        transport = httpx.ASGITransport(app=service.app)
        async with httpx.AsyncClient(transport=transport, base_url="http://cases") as client:
            yield Statistics(client, service)


def at(text: str) -> datetime:
    return datetime.fromisoformat(text).replace(tzinfo=UTC)


def case(
    submitted: datetime | None,
    status: str,
    urgency: str,
    rubrics: list[str],
    *,
    accepted_after: timedelta | None = None,
    completed_after: timedelta | None = None,
    in_library: bool = False,
) -> Case:
    created = submitted or at("2024-01-15T12:00:00")
    return Case(
        id=uuid.uuid4(),
        author_id="mentee-x",
        status=status,
        privacy="anonymous",
        urgency=urgency,
        consent_group_discussion=False,
        consent_publish=True,
        rubrics=rubrics,
        participants=[],
        versions=1,
        round=1,
        second_opinion_used=False,
        needs_attention=False,
        created_at=created,
        updated_at=created,
        submitted_at=submitted,
        first_accepted_at=submitted + accepted_after if submitted and accepted_after else None,
        completed_at=submitted + completed_after if submitted and completed_after else None,
        library_item_id=uuid.uuid4() if in_library else None,
        in_library_since=created if in_library else None,
    )


HOURS = timedelta(hours=1)


def known_cases() -> list[Case]:
    """Fresh rows each time (an ORM object belongs to one session)."""
    return [
        # in January and February 2024, on the bounds of the period and of the months
        case(
            at("2024-01-01T00:00:00"),
            "completed",
            "urgent",
            ["parent_interaction", "class_management"],
            accepted_after=2.25 * HOURS,
            completed_after=10 * HOURS,
            in_library=True,
        ),
        case(
            at("2024-01-31T23:59:59"), "in_progress", "need_advice", ["parent_interaction"], accepted_after=4.5 * HOURS
        ),
        case(
            at("2024-02-01T00:00:00"),
            "completed",
            "need_advice",
            ["class_management", "teaching_methods"],
            accepted_after=timedelta(hours=1, minutes=20, seconds=24),  # 1.34 h
            completed_after=5.5 * HOURS,
        ),  # consented, completed, but not (yet) published by the library
        case(at("2024-02-29T23:59:59.999999"), "submitted", "expert_opinion", ["parent_interaction"]),
        # just outside, on either side
        case(
            at("2024-03-01T00:00:00"),
            "completed",
            "urgent",
            ["self_management"],
            accepted_after=100 * HOURS,
            completed_after=200 * HOURS,
            in_library=True,
        ),
        case(at("2023-12-31T23:59:59.999999"), "in_progress", "urgent", ["self_management"], accepted_after=50 * HOURS),
        # a draft is never counted
        case(None, "draft", "urgent", ["self_management"]),
    ]


async def seed(statistics: Statistics) -> None:
    async with statistics.service.db.transaction() as session:
        session.add_all(known_cases())


async def test_every_figure_of_a_period(statistics: Statistics) -> None:
    await seed(statistics)
    stats = await statistics.get("?from=2024-01-01&to=2024-02-29")
    assert stats == {
        "period_from": "2024-01-01",
        "period_to": "2024-02-29",
        "total": 4,
        "by_rubric": {"parent_interaction": 3, "class_management": 2, "teaching_methods": 1},
        "by_rubric_share": {"parent_interaction": 0.75, "class_management": 0.5, "teaching_methods": 0.25},
        "by_status": {"completed": 2, "in_progress": 1, "submitted": 1},
        "by_urgency": {"urgent": 1, "need_advice": 2, "expert_opinion": 1},
        "by_month": {"2024-01": 2, "2024-02": 2},
        "funnel": {"submitted": 4, "accepted": 3, "solved": 2, "in_library": 1},
        "median_hours_to_first_response": 2.25,  # of 2.25, 4.5 and 1.34
        "median_hours_to_solution": 7.75,  # of 10 and 5.5: the mean of the middle two
    }
    assert list(stats["by_rubric"]) == ["parent_interaction", "class_management", "teaching_methods"]


async def test_every_figure_without_a_period(statistics: Statistics) -> None:
    await seed(statistics)
    stats = await statistics.get()
    assert stats["total"] == 6
    assert stats["by_rubric"] == {
        "parent_interaction": 3,
        "class_management": 2,
        "self_management": 2,
        "teaching_methods": 1,
    }
    assert list(stats["by_rubric"]) == ["parent_interaction", "class_management", "self_management", "teaching_methods"]
    assert stats["by_rubric_share"] == {
        "parent_interaction": 0.5,
        "class_management": 0.333,
        "self_management": 0.333,
        "teaching_methods": 0.167,
    }
    assert stats["by_status"] == {"completed": 3, "in_progress": 2, "submitted": 1}
    assert stats["by_urgency"] == {"urgent": 3, "need_advice": 2, "expert_opinion": 1}
    assert list(stats["by_month"].items()) == [("2023-12", 1), ("2024-01", 2), ("2024-02", 2), ("2024-03", 1)]
    assert stats["funnel"] == {"submitted": 6, "accepted": 5, "solved": 3, "in_library": 2}
    assert stats["median_hours_to_first_response"] == 4.5  # of 2.25, 4.5, 1.34, 100, 50
    assert stats["median_hours_to_solution"] == 10.0  # of 10, 5.5, 200


@pytest.mark.parametrize(
    ("query", "total", "month"),
    [
        ("?from=2024-02-29&to=2024-02-29", 1, "2024-02"),  # the last microsecond of the `to` day is in
        ("?from=2024-03-01&to=2024-03-01", 1, "2024-03"),  # midnight after it starts the next day
        ("?from=2024-01-01&to=2024-01-01", 1, "2024-01"),  # midnight of the `from` day is in
        ("?to=2023-12-31", 1, "2023-12"),  # the microsecond before it is not
        ("?from=2024-03-01", 1, "2024-03"),
    ],
)
async def test_period_bounds_are_inclusive_dates(statistics: Statistics, query: str, total: int, month: str) -> None:
    await seed(statistics)
    stats = await statistics.get(query)
    assert stats["total"] == total and stats["by_month"] == {month: total}


async def test_an_empty_period(statistics: Statistics) -> None:
    await seed(statistics)
    stats = await statistics.get("?from=2000-01-01&to=2000-12-31")
    assert stats == {
        "period_from": "2000-01-01",
        "period_to": "2000-12-31",
        "total": 0,
        "by_rubric": {},
        "by_rubric_share": {},
        "by_status": {},
        "by_urgency": {},
        "by_month": {},
        "funnel": {"submitted": 0, "accepted": 0, "solved": 0, "in_library": 0},
        "median_hours_to_first_response": None,
        "median_hours_to_solution": None,
    }


async def test_the_database_aggregates_and_no_case_row_is_loaded(statistics: Statistics) -> None:
    await seed(statistics)
    statements: list[str] = []

    def record(conn: object, cursor: object, statement: str, *args: object) -> None:
        statements.append(statement)

    engine = statistics.service.db.engine.sync_engine
    event.listen(engine, "before_cursor_execute", record)
    try:
        stats = await statistics.get("?from=2024-01-01&to=2024-02-29")
    finally:
        event.remove(engine, "before_cursor_execute", record)
    assert stats["total"] == 4  # the statements below are the ones that answered
    reads = [s for s in statements if "cases" in s]
    assert 1 <= len(reads) <= 3, reads
    for statement in reads:
        assert "cases.author_id" not in statement, f"a case row was loaded: {statement}"
        assert any(aggregate in statement for aggregate in ("count(", "percentile_cont", "avg(")), statement


# --- GET /stats/people: distinct people per calendar year and role, from the history ---------------------------

# (when, actor, role) of each step, on two cases; the same person acts several times, in two roles, in two years
STEPS: list[tuple[int, str, str, str]] = [
    (0, "2024-01-10T09:00:00", "mentee-anna", "author"),
    (0, "2024-01-10T09:05:00", "mentee-anna", "author"),  # twice the same author in 2024: one person
    (0, "2024-01-11T10:00:00", "mentor-ivan", "mentor"),
    (0, "2024-02-01T10:00:00", "mentor-olga", "colleague"),
    (0, "2024-12-31T23:59:59.999999", "moderator-zoe", "moderator"),  # the last instant of 2024
    (0, "2024-03-01T00:00:00", "system", "system"),
    (1, "2024-06-01T12:00:00", "mentee-pavel", "author"),
    (1, "2024-06-02T12:00:00", "mentor-olga", "mentor"),  # a mentor in 2024 as well as a colleague
    (1, "2025-01-01T00:00:00", "mentee-pavel", "author"),  # the first instant of 2025
    (1, "2025-01-05T08:00:00", "mentor-olga", "mentor"),
    (1, "2025-01-06T08:00:00", "mentor-ivan", "colleague"),
    (0, "2025-03-01T08:00:00", "mentee-anna", "author"),
    (0, "2025-03-02T08:00:00", "mentee-anna", "author"),
]


async def seed_history(statistics: Statistics) -> None:
    async with statistics.service.db.transaction() as session:
        cases: list[Case] = [
            case(at("2024-01-10T09:00:00"), "in_progress", "urgent", ["class_management"]),
            case(at("2024-06-01T12:00:00"), "completed", "need_advice", ["parent_interaction"]),
        ]
        repository.add(session, *cases)
        await session.flush()
        for index, when, actor, role in STEPS:
            repository.add_history(session, cases[index], at(when), actor, role, "step")


async def people(statistics: Statistics, query: str = "") -> dict:
    answer = await statistics.client.get(f"/stats/people{query}", headers=MODERATOR)
    assert answer.status_code == 200, answer.text
    return answer.json()


async def test_people_per_year_and_role(statistics: Statistics) -> None:
    await seed_history(statistics)
    assert await people(statistics) == {
        "period_from": None,
        "period_to": None,
        "years": [
            {
                "year": 2024,
                "by_role": {"author": 2, "colleague": 1, "mentor": 2, "moderator": 1, "system": 1},
            },
            {"year": 2025, "by_role": {"author": 2, "colleague": 1, "mentor": 1}},
        ],
    }


async def test_the_period_bounds_are_inclusive_dates(statistics: Statistics) -> None:
    await seed_history(statistics)
    last_day = await people(statistics, "?from=2024-12-31&to=2025-01-01")
    assert last_day["years"] == [
        {"year": 2024, "by_role": {"moderator": 1}},
        {"year": 2025, "by_role": {"author": 1}},
    ]
    assert (await people(statistics, "?from=2025-01-02"))["years"] == [
        {"year": 2025, "by_role": {"author": 1, "colleague": 1, "mentor": 1}}
    ]
    assert (await people(statistics, "?from=2000-01-01&to=2000-12-31"))["years"] == []


async def test_only_moderators_and_admins(statistics: Statistics) -> None:
    await seed_history(statistics)
    assert (await statistics.client.get("/stats/people")).status_code == 401
    for caller in (MENTEE, headers("mentor-olga", "mentor")):
        assert (await statistics.client.get("/stats/people", headers=caller)).status_code == 403
    assert (await statistics.client.get("/stats/people", headers=headers("admin-ann", "admin"))).status_code == 200
    for name, value in (("to", "9999-12-31"), ("from", "0001-01-01"), ("to", "2026-02-30")):
        refused = await statistics.client.get("/stats/people", headers=MODERATOR, params={name: value})
        assert refused.status_code == 422 and refused.json()["errors"][0]["field"] == name, refused.text
