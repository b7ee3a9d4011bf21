"""The Alembic migrations build exactly the schema the models describe, on PostgreSQL and on SQLite."""

import pytest
from alembic.autogenerate import compare_metadata
from alembic.migration import MigrationContext

import mentor_notifications.models  # noqa: F401
from mentor_kit.db import Database
from mentor_notifications.bootstrap import migrate
from mentor_notifications.db import metadata

pytestmark = pytest.mark.integration


@pytest.mark.parametrize("url_fixture", ["postgres_url", "sqlite_url"])
async def test_migrations_match_the_models(url_fixture: str, request: pytest.FixtureRequest) -> None:
    db = Database(request.getfixturevalue(url_fixture))
    await migrate(db)
    async with db.engine.connect() as connection:
        differences = await connection.run_sync(
            lambda sync: compare_metadata(MigrationContext.configure(sync), metadata)
        )
    await db.dispose()
    assert differences == [], "models and migrations differ: add a migration"
