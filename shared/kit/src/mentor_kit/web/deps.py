"""Request-scoped dependencies: one transaction per request (the only place that commits), a cheaper session for
endpoints that only read, and the outbox."""

import weakref
from collections.abc import AsyncIterator
from typing import Annotated, Any

from fastapi import Depends, Request
from sqlalchemy import event
from sqlalchemy.ext.asyncio import AsyncSession, async_sessionmaker
from sqlalchemy.orm import ORMExecuteState, Session, UOWTransaction

from mentor_kit.context import ServiceContext
from mentor_kit.db import Database
from mentor_kit.messaging import Outbox


async def db_session(request: Request) -> AsyncIterator[AsyncSession]:
    db: Database = request.app.state.db
    async with db.transaction() as session:  # commits when the endpoint returns, rolls back if it raises
        yield session


class WriteInReadSession(RuntimeError):
    """An endpoint that took `ReadSession` tried to write: a programming error (use `DbSession`)."""


class ReadOnlySession(Session):
    """The session behind `ReadSession`: INSERT, UPDATE, DELETE and flushing ORM changes raise."""


def _refuse_dml(state: ORMExecuteState) -> None:
    if state.is_insert or state.is_update or state.is_delete:
        raise WriteInReadSession("a ReadSession does not write: take DbSession for this endpoint")


def _refuse_flush(_session: Session, _context: UOWTransaction, _instances: object) -> None:
    raise WriteInReadSession("a ReadSession does not write: take DbSession for this endpoint")


event.listen(ReadOnlySession, "do_orm_execute", _refuse_dml)
event.listen(ReadOnlySession, "before_flush", _refuse_flush)
_readers: "weakref.WeakKeyDictionary[Database, async_sessionmaker[AsyncSession]]" = weakref.WeakKeyDictionary()


def _reader(db: Database) -> async_sessionmaker[AsyncSession]:
    """On PostgreSQL the read session's connection is in autocommit: no BEGIN and no COMMIT round trip, each
    statement its own snapshot — what READ COMMITTED gives a transaction's statements anyway. (The pool resets the
    isolation level when the connection returns, so `DbSession` keeps its transaction.) SQLite keeps its
    transaction (rolled back at the end)."""
    maker = _readers.get(db)
    if maker is None:
        engine = db.engine.execution_options(isolation_level="AUTOCOMMIT") if db.is_postgres else db.engine
        maker = async_sessionmaker(engine, expire_on_commit=False, sync_session_class=ReadOnlySession)
        _readers[db] = maker
    return maker


async def read_session(request: Request) -> AsyncIterator[AsyncSession]:
    async with _reader(request.app.state.db)() as session:
        yield session
        if session.new or session.dirty or session.deleted:  # changes the endpoint expected to be written
            raise WriteInReadSession("a ReadSession does not write: take DbSession for this endpoint")


def service_context(request: Request) -> ServiceContext[Any]:
    """The service's `ServiceContext` (a service types its own alias: `Annotated[MyContext, Depends(...)]`)."""
    result: ServiceContext[Any] = request.app.state.context
    return result


def outbox(request: Request) -> Outbox:
    result: Outbox = request.app.state.messaging.outbox
    return result


# scope="function": the transaction commits when the endpoint returns, BEFORE the response is sent. FastAPI's
# default closes yield-dependencies after sending, so a client could be told 200 about a commit that then
# failed or never happened (a crash right after the response: found by the end-to-end SIGKILL run).
DbSession = Annotated[AsyncSession, Depends(db_session, scope="function")]
# For endpoints that only read (one query or several, each with a fresh READ COMMITTED snapshot): no transaction
# round trips on PostgreSQL; any write raises `WriteInReadSession`. The connection returns to the pool when the
# endpoint returns, before the response is serialized and sent.
ReadSession = Annotated[AsyncSession, Depends(read_session, scope="function")]
OutboxDep = Annotated[Outbox, Depends(outbox)]
