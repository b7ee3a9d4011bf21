"""The inbox: handled message ids, recorded in the handlers' own transaction, make redelivery a no-op."""

from collections.abc import Collection, Sequence

from sqlalchemy import Table, delete
from sqlalchemy.ext.asyncio import AsyncSession

from mentor_kit import clock
from mentor_kit.db.database import upsert_insert


async def claim(session: AsyncSession, inbox: Table, *, consumer: str, messages: Sequence[tuple[str, str]]) -> set[str]:
    """Record (message id, event type) pairs as handled; return the ids seen for the first time."""
    if not messages:
        return set()
    insert = upsert_insert(session)
    now = clock.now()
    statement = (
        insert(inbox)
        .values(
            [
                {"consumer": consumer, "message_id": mid, "event_type": etype, "handled_at": now}
                for mid, etype in messages
            ]
        )
        .on_conflict_do_nothing(index_elements=["consumer", "message_id"])
        .returning(inbox.c.message_id)
    )
    return set((await session.execute(statement)).scalars().all())


async def release(session: AsyncSession, inbox: Table, *, consumer: str, message_ids: Collection[str]) -> None:
    """Undo `claim` for ids claimed in this transaction but left for the next one (a batch cut short)."""
    await session.execute(delete(inbox).where(inbox.c.consumer == consumer, inbox.c.message_id.in_(message_ids)))
