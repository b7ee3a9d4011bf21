"""GET /mentors pages in SQL: active mentors by name then id, `total` over the filter, `rubric` filtered in SQL
through `mentor_rubrics` (kept equal to the mentor's rubrics on every write). On PostgreSQL and SQLite."""

import uuid
from collections.abc import AsyncIterator, Iterator
from contextlib import contextmanager
from datetime import UTC, datetime
from typing import Any

import httpx
import pytest
from sqlalchemy import event, text

from mentor_kit.auth.dev import DEV_PUBLIC_KEY
from mentor_kit.db import Database
from mentor_kit.db.migrations import upgrade_async
from mentor_kit.service import Service
from mentor_matching.bootstrap import MIGRATIONS, create_service
from mentor_matching.demo import DEMO_MENTORS, seed
from mentor_matching.settings import MatchingSettings

from ..conftest import headers

pytestmark = pytest.mark.integration
MODERATOR = headers("mod", "moderator")


@pytest.fixture(params=["postgres_url", "sqlite_url"])
async def service(request: pytest.FixtureRequest) -> AsyncIterator[Service]:
    """The service on a migrated database (PostgreSQL or SQLite) with the in-process bus: only HTTP here."""
    settings = MatchingSettings(
        service_name=f"matching{uuid.uuid4().hex[:6]}",
        database_url=request.getfixturevalue(request.param),
        broker_url="memory://",
        jwt_public_key_file=DEV_PUBLIC_KEY,
    )
    service = create_service(settings)
    async with service.app.router.lifespan_context(service.app):
        yield service


@pytest.fixture
async def client(service: Service) -> AsyncIterator[httpx.AsyncClient]:
    async with httpx.AsyncClient(transport=httpx.ASGITransport(app=service.app), base_url="http://matching") as c:
        yield c


async def write(client: httpx.AsyncClient, mentor_id: str, name: str, rubrics: list[str]) -> None:
    response = await client.put(f"/mentors/{mentor_id}", headers=MODERATOR, json={"name": name, "rubrics": rubrics})
    assert response.status_code == 200, response.text


async def page(client: httpx.AsyncClient, query: str) -> dict[str, Any]:
    response = await client.get(f"/mentors?{query}")
    assert response.status_code == 200, response.text
    body: dict[str, Any] = response.json()
    return body


MENTORS = [  # (id, name, rubrics): two "Анна" to show the id breaking the tie
    ("m-5", "Юлия", ["class_management"]),
    ("m-2", "Анна", ["educational_law"]),
    ("m-1", "Анна", ["class_management", "educational_law"]),
    ("m-4", "Вера", ["class_management"]),
    ("m-3", "Борис", ["urban_projects"]),
    ("m-6", "Глеб", ["class_management"]),
]
BY_NAME = ["m-1", "m-2", "m-3", "m-4", "m-6", "m-5"]  # Анна(m-1), Анна(m-2), Борис, Вера, Глеб, Юлия


async def test_pages_in_name_then_id_order_with_the_total(client: httpx.AsyncClient) -> None:
    for mentor_id, name, rubrics in MENTORS:
        await write(client, mentor_id, name, rubrics)
    await write(client, "m-0", "Аркадий", ["class_management"])
    off = await client.put("/mentors/m-0/active?active=false", headers=MODERATOR)  # inactive: never listed
    assert off.status_code == 200

    seen = []
    for offset in (0, 2, 4):
        body = await page(client, f"limit=2&offset={offset}")
        assert (body["total"], body["limit"], body["offset"]) == (6, 2, offset)
        seen += [card["id"] for card in body["items"]]
    assert seen == BY_NAME
    assert (await page(client, "limit=2&offset=6"))["items"] == []
    default = await page(client, "")
    assert (default["limit"], default["offset"], len(default["items"])) == (50, 0, 6)
    assert set(default["items"][0]) == {
        "id",
        "name",
        "position",
        "department",
        "rubrics",
        "interests",
        "bio",
        "photo_url",
    }

    for bad in ("limit=0", "limit=201", "offset=-1", "rubric=astrology"):
        assert (await client.get(f"/mentors?{bad}")).status_code == 422, bad


async def test_the_rubric_filter_is_in_sql_and_follows_every_write(client: httpx.AsyncClient) -> None:
    for mentor_id, name, rubrics in MENTORS:
        await write(client, mentor_id, name, rubrics)
    first = await page(client, "rubric=class_management&limit=2")
    assert (first["total"], [c["id"] for c in first["items"]]) == (4, ["m-1", "m-4"])
    rest = await page(client, "rubric=class_management&limit=2&offset=2")
    assert (rest["total"], [c["id"] for c in rest["items"]]) == (4, ["m-6", "m-5"])

    await write(client, "m-4", "Вера", ["educational_law", "educational_law"])  # rubrics rewritten (a duplicate too)
    law = await page(client, "rubric=educational_law")
    assert (law["total"], [c["id"] for c in law["items"]]) == (3, ["m-1", "m-2", "m-4"])
    assert [c["id"] for c in (await page(client, "rubric=class_management"))["items"]] == ["m-1", "m-6", "m-5"]

    await write(client, "m-1", "Яна", ["class_management", "educational_law"])  # renamed: sorted by the new name
    assert [c["id"] for c in (await page(client, "rubric=class_management"))["items"]] == ["m-6", "m-5", "m-1"]
    assert (await client.put("/mentors/m-6/active?active=false", headers=MODERATOR)).status_code == 200
    hidden = await page(client, "rubric=class_management")
    assert (hidden["total"], [c["id"] for c in hidden["items"]]) == (2, ["m-5", "m-1"])
    assert (await client.put("/mentors/m-6/active?active=true", headers=MODERATOR)).status_code == 200
    assert (await page(client, "rubric=class_management"))["total"] == 3


@contextmanager
def selects(db: Database) -> Iterator[list[str]]:
    """The SELECT statements on mentors the database runs inside the block (the relay and the deadline worker
    poll the outbox and attempts meanwhile)."""
    statements: list[str] = []

    def record(_conn: Any, _cursor: Any, statement: str, *_args: Any) -> None:
        lowered = statement.lower()
        if lowered.lstrip().startswith("select") and ("from mentors" in lowered or "from mentor_rubrics" in lowered):
            statements.append(statement)

    event.listen(db.engine.sync_engine, "before_cursor_execute", record)
    try:
        yield statements
    finally:
        event.remove(db.engine.sync_engine, "before_cursor_execute", record)


async def test_a_page_is_a_fixed_number_of_queries_however_many_mentors(
    service: Service, client: httpx.AsyncClient
) -> None:
    for mentor_id, name, rubrics in MENTORS:
        leaves = [{"start": "2026-12-01", "end": "2026-12-05"}]  # leaves exist, the public card does not load them
        body = {"name": name, "rubrics": rubrics, "leaves": leaves}
        assert (await client.put(f"/mentors/{mentor_id}", headers=MODERATOR, json=body)).status_code == 200

    with selects(service.db) as statements:
        assert len((await page(client, "limit=3"))["items"]) == 3
    assert len(statements) == 2, statements  # the total and the page: no query per mentor
    count, rows = (statement.lower() for statement in statements)
    assert "count(" in count and "limit" in rows and "mentor_rubrics" not in rows

    with selects(service.db) as statements:
        assert len((await page(client, "rubric=class_management&limit=3"))["items"]) == 3
    assert len(statements) == 3, statements  # the total and the page of ids by rubric, then those mentors
    count, ids, cards = (statement.lower() for statement in statements)
    assert "count(" in count and "mentor_rubrics" in count
    assert "limit" in ids and "mentor_rubrics" in ids and "from mentors" in cards


async def test_the_migration_fills_mentor_rubrics_from_the_mentors_written_before(sqlite_url: str) -> None:
    await upgrade_async(MIGRATIONS, sqlite_url, "0001")
    insert_mentor = text(
        "INSERT INTO mentors (id, name, position, department, rubrics, participants, interests, bio, capacity,"
        " weekdays, paused, active, updated_at) VALUES ('m-1', 'Анна', '', '',"
        " '[\"class_management\", \"educational_law\"]', '[]', '', '', 3, '[]', 0, 1, :at)"
    )
    await in_database(sqlite_url, insert_mentor, at=datetime.now(UTC))
    await upgrade_async(MIGRATIONS, sqlite_url)
    rows = await in_database(sqlite_url, text("SELECT mentor_id, code, name, active FROM mentor_rubrics ORDER BY code"))
    assert rows == [("m-1", "class_management", "Анна", True), ("m-1", "educational_law", "Анна", True)]


async def in_database(url: str, statement: Any, **parameters: Any) -> list[tuple[Any, ...]]:
    db = Database(url)
    try:
        async with db.transaction() as session:
            result = await session.execute(statement, parameters)
            return [tuple(row) for row in result] if result.returns_rows else []
    finally:
        await db.dispose()


async def test_the_demo_mentors_are_listed_by_rubric(service: Service, client: httpx.AsyncClient) -> None:
    await seed(service)
    await seed(service)  # idempotent
    assert (await page(client, ""))["total"] == len(DEMO_MENTORS)
    urban = await page(client, "rubric=urban_projects")
    assert [c["id"] for c in urban["items"]] == ["mentor-volkov", "mentor-semenov"]  # Дмитрий, Николай
