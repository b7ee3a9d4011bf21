"""The inbox: a handled message id, recorded in the handler's own transaction, makes redelivery a no-op."""

from sqlalchemy import Table
from sqlalchemy.dialects import postgresql, sqlite
from sqlalchemy.ext.asyncio import AsyncSession

from mentor_kit.messaging.outbox import utcnow


async def claim(session: AsyncSession, inbox: Table, *, consumer: str, message_id: str, event_type: str) -> bool:
    """Record the message as handled; False when it already was (a duplicate)."""
    dialect = session.bind.dialect.name if session.bind is not None else "postgresql"
    insert = postgresql.insert if dialect == "postgresql" else sqlite.insert
    statement = (
        insert(inbox)
        .values(consumer=consumer, message_id=message_id, event_type=event_type, handled_at=utcnow())
        .on_conflict_do_nothing(index_elements=["consumer", "message_id"])
    )
    result = await session.execute(statement)
    return bool(result.rowcount)  # type: ignore[attr-defined]
