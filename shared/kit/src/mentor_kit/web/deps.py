"""Request-scoped dependencies: one transaction per request (the only place that commits) and the outbox."""

from collections.abc import AsyncIterator
from typing import Annotated

from fastapi import Depends, Request
from sqlalchemy.ext.asyncio import AsyncSession

from mentor_kit.db import Database
from mentor_kit.messaging import Outbox


async def db_session(request: Request) -> AsyncIterator[AsyncSession]:
    db: Database = request.app.state.db
    async with db.transaction() as session:  # commits when the endpoint returns, rolls back if it raises
        yield session


def outbox(request: Request) -> Outbox:
    result: Outbox = request.app.state.messaging.outbox
    return result


DbSession = Annotated[AsyncSession, Depends(db_session)]
OutboxDep = Annotated[Outbox, Depends(outbox)]
