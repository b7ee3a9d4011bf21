"""Do a service's Alembic migrations build exactly the schema its models describe?"""

from collections.abc import Awaitable, Callable
from typing import Any

from alembic.autogenerate import compare_metadata
from alembic.migration import MigrationContext
from sqlalchemy import MetaData

from mentor_kit.db import Database


async def migration_differences(
    url: str, migrate: Callable[[Database], Awaitable[None]], metadata: MetaData
) -> list[Any]:
    """Apply the migrations to the (empty) database at `url`, then compare it with `metadata`: [] when equal."""
    db = Database(url)
    try:
        await migrate(db)
        async with db.engine.connect() as connection:
            return list(
                await connection.run_sync(lambda sync: compare_metadata(MigrationContext.configure(sync), metadata))
            )
    finally:
        await db.dispose()
