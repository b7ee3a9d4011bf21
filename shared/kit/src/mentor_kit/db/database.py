"""Async database access for PostgreSQL and SQLite: one engine, one transaction per unit of work."""

from collections.abc import AsyncIterator, Callable
from contextlib import asynccontextmanager
from typing import Any

from sqlalchemy import MetaData, event, text
from sqlalchemy.dialects import postgresql, sqlite
from sqlalchemy.ext.asyncio import AsyncEngine, AsyncSession, async_sessionmaker, create_async_engine
from sqlalchemy.orm import ORMExecuteState, Session, UOWTransaction

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


class WriteInReadSession(RuntimeError):
    """Code reading through `Database.reading()` (the web's `ReadSession`) tried to write: a programming error."""


class ReadOnlySession(Session):
    """The session behind `Database.reading()`: INSERT, UPDATE, DELETE and flushing ORM changes raise."""


def _refuse_dml(state: ORMExecuteState) -> None:
    if state.is_insert or state.is_update or state.is_delete:
        raise WriteInReadSession("a ReadSession does not write: take DbSession for this endpoint")


def _refuse_flush(_session: Session, _context: UOWTransaction, _instances: object) -> None:
    raise WriteInReadSession("a ReadSession does not write: take DbSession for this endpoint")


event.listen(ReadOnlySession, "do_orm_execute", _refuse_dml)
event.listen(ReadOnlySession, "before_flush", _refuse_flush)


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
        # Reads on PostgreSQL in autocommit: no BEGIN and no COMMIT round trip, each statement its own snapshot —
        # what READ COMMITTED gives a transaction's statements anyway. (The pool resets the isolation level when
        # the connection returns, so `transaction()` keeps its transaction.) SQLite keeps its transaction.
        reader = self.engine.execution_options(isolation_level="AUTOCOMMIT") if self.is_postgres else self.engine
        self.read_sessionmaker = async_sessionmaker(reader, expire_on_commit=False, sync_session_class=ReadOnlySession)

    @property
    def is_postgres(self) -> bool:
        return self.url.startswith("postgresql")

    @asynccontextmanager
    async def transaction(self) -> AsyncIterator[AsyncSession]:
        """The one place that commits: a unit of work commits when the block ends, rolls back on error."""
        async with self.sessionmaker() as session, session.begin():
            yield session

    @asynccontextmanager
    async def reading(self) -> AsyncIterator[AsyncSession]:
        """A session that only reads: any write raises `WriteInReadSession` and nothing is written."""
        async with self.read_sessionmaker() as session:
            yield session
            if session.new or session.dirty or session.deleted:  # changes the caller expected to be written
                raise WriteInReadSession("a ReadSession does not write: take DbSession for this endpoint")

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
