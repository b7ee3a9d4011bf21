"""Request-scoped dependencies: one transaction per request (the only place that commits), a cheaper session for
endpoints that only read, and the service context."""

from collections.abc import AsyncIterator
from typing import Annotated, Any

from fastapi import Depends, Request
from sqlalchemy.ext.asyncio import AsyncSession

from mentor_kit.context import ServiceContext
from mentor_kit.db import Database


async def db_session(request: Request) -> AsyncIterator[AsyncSession]:
    db: Database = request.app.state.context.db
    async with db.transaction() as session:  # commits when the endpoint returns, rolls back if it raises
        yield session


async def read_session(request: Request) -> AsyncIterator[AsyncSession]:
    db: Database = request.app.state.context.db
    async with db.reading() as session:
        yield session


def service_context(request: Request) -> ServiceContext[Any]:
    """The service's `ServiceContext` (a service types its own alias: `Annotated[MyContext, Depends(...)]`)."""
    result: ServiceContext[Any] = request.app.state.context
    return result


# scope="function": the transaction commits when the endpoint returns, BEFORE the response is sent. FastAPI's
# default closes yield-dependencies after sending, so a client could be told 200 about a commit that then
# failed or never happened (a crash right after the response: found by the end-to-end SIGKILL run).
DbSession = Annotated[AsyncSession, Depends(db_session, scope="function")]
# For endpoints that only read (one query or several, each with a fresh READ COMMITTED snapshot): no transaction
# round trips on PostgreSQL; any write raises `WriteInReadSession`. The connection returns to the pool when the
# endpoint returns, before the response is serialized and sent.
ReadSession = Annotated[AsyncSession, Depends(read_session, scope="function")]
