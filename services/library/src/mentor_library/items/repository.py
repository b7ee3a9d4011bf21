"""Every query of the library's items. A tombstone (a deleted item waiting for the indexer) is invisible to all
reads but the indexer's and the duplicate check of published cases."""

import uuid
from collections.abc import Iterable, Sequence

from sqlalchemy import Select, delete, select, update
from sqlalchemy.ext.asyncio import AsyncSession

from mentor_kit.db import fetch_page
from mentor_kit.web import PageParams
from mentor_library.items.models import Item


def _live() -> Select[Item]:
    return select(Item).where(Item.deleted_at.is_(None))


def add(session: AsyncSession, *items: Item) -> None:
    session.add_all(items)


async def get(session: AsyncSession, item_id: uuid.UUID, *, for_update: bool = False) -> Item | None:
    statement = _live().where(Item.id == item_id)
    return (await session.execute(statement.with_for_update() if for_update else statement)).scalar_one_or_none()


async def by_ids(session: AsyncSession, item_ids: Iterable[uuid.UUID]) -> dict[uuid.UUID, Item]:
    """The live items among `item_ids` (ids the index returned may be gone from the database meanwhile)."""
    wanted = list(item_ids)
    if not wanted:
        return {}
    return {item.id: item for item in (await session.execute(_live().where(Item.id.in_(wanted)))).scalars()}


async def exists_for_case(session: AsyncSession, case_id: uuid.UUID) -> bool:
    """Whether a case already has its item (a tombstone counts: a redelivered event creates nothing)."""
    return (await session.execute(select(Item.id).where(Item.source_case_id == case_id))).first() is not None


async def any_item_by(session: AsyncSession, created_by: str) -> bool:
    return (await session.execute(select(Item.id).where(Item.created_by == created_by).limit(1))).first() is not None


async def pending_page(session: AsyncSession, paging: PageParams) -> tuple[Sequence[Item], int]:
    """Case items waiting for a moderator, oldest first."""
    statement = _live().where(Item.status == "pending").order_by(Item.created_at, Item.id)
    return await fetch_page(session, statement, paging)


async def published(session: AsyncSession) -> list[Item]:
    return list((await session.execute(_live().where(Item.status == "published").order_by(Item.id))).scalars())


async def published_kinds_and_rubrics(session: AsyncSession) -> list[tuple[str, list[str]]]:
    statement = select(Item.kind, Item.rubrics).where(Item.status == "published", Item.deleted_at.is_(None))
    return [(kind, rubrics) for kind, rubrics in (await session.execute(statement)).all()]


async def changed_since_indexed(session: AsyncSession, limit: int) -> Sequence[Item]:
    """Items (tombstones too) whose current version the index does not reflect yet."""
    statement = select(Item).where(Item.indexed_version < Item.version).order_by(Item.id).limit(limit)
    return (await session.execute(statement)).scalars().all()


async def mark_indexed(session: AsyncSession, item_id: uuid.UUID, version: int) -> None:
    """Only if the item did not change meanwhile: a later edit is never skipped."""
    await session.execute(
        update(Item).where(Item.id == item_id, Item.version == version).values(indexed_version=version)
    )


async def purge(session: AsyncSession, item_id: uuid.UUID, version: int) -> None:
    """Remove a tombstone whose document has left the index (nothing if it is gone already)."""
    await session.execute(delete(Item).where(Item.id == item_id, Item.version == version, Item.deleted_at.is_not(None)))
