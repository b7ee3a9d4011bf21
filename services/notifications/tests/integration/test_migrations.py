"""The Alembic migrations build exactly the schema the models describe, on PostgreSQL and on SQLite."""

import pytest

import mentor_notifications.models  # noqa: F401
from mentor_kit.testing.migrations import migration_differences
from mentor_notifications.bootstrap import migrate
from mentor_notifications.db import metadata

pytestmark = pytest.mark.integration


@pytest.mark.parametrize("url_fixture", ["postgres_url", "sqlite_url"])
async def test_migrations_match_the_models(url_fixture: str, request: pytest.FixtureRequest) -> None:
    differences = await migration_differences(request.getfixturevalue(url_fixture), migrate, metadata)
    assert differences == [], "models and migrations differ: add a migration"
