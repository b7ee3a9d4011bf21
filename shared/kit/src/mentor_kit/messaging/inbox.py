"""The inbox: handled message ids, recorded in the handlers' own transaction, make redelivery a no-op."""

from collections.abc import Collection, Sequence
from functools import lru_cache

from sqlalchemy import Table, TextClause, delete, text
from sqlalchemy.ext.asyncio import AsyncSession

from mentor_kit import clock
from mentor_kit.db.database import upsert_insert


@lru_cache(maxsize=8)
def _claim_from_arrays(table: str) -> TextClause:
    """PostgreSQL: one statement text whatever the batch size, its ids as two array parameters — not a VALUES row
    per message built and compiled per batch (the claim was the consumer's largest cost per event)."""
    return text(
        f"INSERT INTO {table} (consumer, message_id, event_type, handled_at) "  # our own table name, never input
        "SELECT :consumer, m.id, m.type, :now FROM unnest(CAST(:ids AS text[]), CAST(:types AS text[])) AS m(id, type) "
        "ON CONFLICT (consumer, message_id) DO NOTHING RETURNING message_id"
    )


async def claim(session: AsyncSession, inbox: Table, *, consumer: str, messages: Sequence[tuple[str, str]]) -> set[str]:
    """Record (message id, event type) pairs as handled; return the ids seen for the first time."""
    if not messages:
        return set()
    now = clock.now()
    if session.bind is not None and session.bind.dialect.name == "postgresql":
        ids, types = [mid for mid, _ in messages], [etype for _, etype in messages]
        parameters = {"consumer": consumer, "now": now, "ids": ids, "types": types}
        return set((await session.execute(_claim_from_arrays(inbox.name), parameters)).scalars().all())
    insert = upsert_insert(session)
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
