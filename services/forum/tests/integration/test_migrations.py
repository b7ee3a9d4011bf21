"""The Alembic migrations build exactly the schema the models describe, on PostgreSQL and on SQLite."""

import mentor_forum.discussions.models  # noqa: F401
import pytest
from mentor_forum.bootstrap import migrate
from mentor_forum.db import metadata

from mentor_kit.testing.migrations import migration_differences

pytestmark = pytest.mark.integration


@pytest.mark.parametrize("url_fixture", ["postgres_url", "sqlite_url"])
async def test_migrations_match_the_models(url_fixture: str, request: pytest.FixtureRequest) -> None:
    differences = await migration_differences(request.getfixturevalue(url_fixture), migrate, metadata)
    assert differences == [], "models and migrations differ: add a migration"
