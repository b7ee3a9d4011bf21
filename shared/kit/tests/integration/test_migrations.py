"""The Alembic wiring every service reuses, on PostgreSQL and SQLite."""

from pathlib import Path

import pytest
from sqlalchemy import inspect

from mentor_kit.db import Database
from mentor_kit.db.migrations import upgrade_async

MIGRATIONS = Path(__file__).parent / "migrations"


@pytest.mark.parametrize("url_fixture", ["postgres_url", "sqlite_url"])
async def test_upgrade_creates_the_messaging_tables(url_fixture: str, request: pytest.FixtureRequest) -> None:
    url = request.getfixturevalue(url_fixture)
    await upgrade_async(MIGRATIONS, url)
    db = Database(url)
    async with db.engine.connect() as conn:
        names = await conn.run_sync(lambda c: set(inspect(c).get_table_names()))
        indexes = await conn.run_sync(lambda c: {i["name"] for i in inspect(c).get_indexes("outbox")})
    await db.dispose()
    assert {"outbox", "inbox", "alembic_version"} <= names
    assert "ix_outbox_pending" in indexes
