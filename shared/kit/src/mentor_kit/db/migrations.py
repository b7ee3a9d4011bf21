"""Alembic wiring every service reuses: its `migrations/env.py` calls `run_env(metadata)`."""

import asyncio
from collections.abc import Awaitable, Callable
from pathlib import Path
from typing import TYPE_CHECKING

from alembic import command, context
from alembic.config import Config
from sqlalchemy import MetaData, pool
from sqlalchemy.engine import Connection
from sqlalchemy.ext.asyncio import async_engine_from_config

if TYPE_CHECKING:
    from mentor_kit.db.database import Database


def alembic_config(script_location: Path, url: str) -> Config:
    config = Config()
    config.set_main_option("script_location", str(script_location))
    config.set_main_option("sqlalchemy.url", url)
    return config


def upgrade(script_location: Path, url: str, revision: str = "head") -> None:
    """Apply migrations (blocking; call from a thread inside an event loop)."""
    command.upgrade(alembic_config(script_location, url), revision)


async def upgrade_async(script_location: Path, url: str, revision: str = "head") -> None:
    await asyncio.to_thread(upgrade, script_location, url, revision)


def migrator(script_location: Path) -> "Callable[[Database], Awaitable[None]]":
    """A service's `prepare` step: bring its database to the newest migration on start-up."""

    async def migrate(db: "Database") -> None:
        await upgrade_async(script_location, db.url)

    return migrate


def _run_sync(connection: Connection, metadata: MetaData) -> None:
    context.configure(
        connection=connection,
        target_metadata=metadata,
        render_as_batch=connection.dialect.name == "sqlite",  # SQLite needs batch ALTERs
        compare_type=True,
    )
    with context.begin_transaction():
        context.run_migrations()


async def _run_online(metadata: MetaData) -> None:
    config = context.config
    section = config.get_section(config.config_ini_section, {})
    engine = async_engine_from_config(
        section or {"sqlalchemy.url": config.get_main_option("sqlalchemy.url")},
        prefix="sqlalchemy.",
        poolclass=pool.NullPool,
    )
    async with engine.connect() as connection:
        await connection.run_sync(_run_sync, metadata)
    await engine.dispose()


def run_env(metadata: MetaData) -> None:
    """Body of a service's `migrations/env.py`."""
    if context.is_offline_mode():
        context.configure(
            url=context.config.get_main_option("sqlalchemy.url"), target_metadata=metadata, literal_binds=True
        )
        with context.begin_transaction():
            context.run_migrations()
        return
    asyncio.run(_run_online(metadata))
