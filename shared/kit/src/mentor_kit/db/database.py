"""Async database access for PostgreSQL and SQLite: one engine, one transaction per unit of work."""

from collections.abc import AsyncIterator, Callable
from contextlib import asynccontextmanager
from typing import Any

from sqlalchemy import MetaData, event, text
from sqlalchemy.dialects import postgresql, sqlite
from sqlalchemy.ext.asyncio import AsyncEngine, AsyncSession, async_sessionmaker, create_async_engine

NAMING_CONVENTION = {
    "ix": "ix_%(column_0_label)s",
    "uq": "uq_%(table_name)s_%(column_0_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}


def naming_metadata() -> MetaData:
    """A MetaData with stable constraint names, so Alembic migrations are reproducible."""
    return MetaData(naming_convention=NAMING_CONVENTION)


def _sqlite_pragmas(dbapi_connection: Any, _record: Any) -> None:
    dbapi_connection.isolation_level = None  # we issue BEGIN ourselves (see _sqlite_begin)
    cursor = dbapi_connection.cursor()
    cursor.execute("PRAGMA journal_mode=WAL")
    cursor.execute("PRAGMA foreign_keys=ON")
    cursor.execute("PRAGMA busy_timeout=5000")
    cursor.close()


def _sqlite_begin(connection: Any) -> None:
    # BEGIN IMMEDIATE takes the write lock up front: SQLite's stand-in for SELECT … FOR UPDATE, so two
    # relays (or two handlers) never read the same pending rows.
    connection.exec_driver_sql("BEGIN IMMEDIATE")


class Database:
    def __init__(self, url: str, *, pool_size: int = 10, echo: bool = False) -> None:
        self.url = url
        options: dict[str, Any] = {"echo": echo}
        if self.is_postgres:
            # No pre-ping: it costs a round trip per transaction. A connection found dead raises, SQLAlchemy
            # then invalidates the pool, and the request fails or the message is retried.
            options.update(pool_size=pool_size, max_overflow=pool_size, pool_recycle=1800)
        self.engine: AsyncEngine = create_async_engine(url, **options)
        if not self.is_postgres:
            event.listen(self.engine.sync_engine, "connect", _sqlite_pragmas)
            event.listen(self.engine.sync_engine, "begin", _sqlite_begin)
        self.sessionmaker = async_sessionmaker(self.engine, expire_on_commit=False)

    @property
    def is_postgres(self) -> bool:
        return self.url.startswith("postgresql")

    @asynccontextmanager
    async def transaction(self) -> AsyncIterator[AsyncSession]:
        """The one place that commits: a unit of work commits when the block ends, rolls back on error."""
        async with self.sessionmaker() as session, session.begin():
            yield session

    async def create_all(self, metadata: MetaData) -> None:
        """For tests and the embedded run; production uses Alembic migrations."""
        async with self.engine.begin() as conn:
            await conn.run_sync(metadata.create_all)

    async def ping(self) -> bool:
        try:
            async with self.engine.connect() as conn:
                await conn.execute(text("SELECT 1"))
            return True
        except Exception:
            return False

    async def dispose(self) -> None:
        await self.engine.dispose()


def upsert_insert(session: AsyncSession) -> Any:
    """The dialect's `insert` that has `on_conflict_do_*` (PostgreSQL in production, SQLite embedded)."""
    dialect = session.bind.dialect.name if session.bind is not None else "postgresql"
    return postgresql.insert if dialect == "postgresql" else sqlite.insert


def on_commit(session: AsyncSession, key: str, callback: Callable[[], None]) -> None:
    """Run `callback` once right after this transaction commits (not at all if it rolls back), however many
    times it is asked for under the same `key` in the transaction — e.g. to wake a worker of this process."""
    sync_session = session.sync_session
    if sync_session.info.get(key):
        return
    sync_session.info[key] = True

    def committed(*_args: Any) -> None:
        sync_session.info.pop(key, None)
        callback()

    def rolled_back(*_args: Any) -> None:
        sync_session.info.pop(key, None)

    event.listen(sync_session, "after_commit", committed, once=True)
    event.listen(sync_session, "after_soft_rollback", rolled_back, once=True)
