"""Every query of the inbox."""

from collections.abc import Sequence
from datetime import datetime
from typing import Any, cast

from sqlalchemy import CursorResult, func, select, update
from sqlalchemy.ext.asyncio import AsyncSession

from mentor_kit.db import upsert_insert
from mentor_notifications.inbox.models import Notification


async def insert_once(session: AsyncSession, values: dict[str, Any]) -> int | None:
    """Insert a notification unless its `dedup_key` exists; the new id, or None for a duplicate."""
    statement = (
        upsert_insert(session)(Notification)
        .values(values)
        .on_conflict_do_nothing(index_elements=[Notification.dedup_key])
        .returning(Notification.id)
    )
    return (await session.execute(statement)).scalar_one_or_none()


async def newest_first(
    session: AsyncSession, user_id: str, *, before: int | None, limit: int, unread_only: bool
) -> list[Notification]:
    """One keyset page of a person's inbox: up to `limit` notifications older than `before`, newest first."""
    statement = select(Notification).where(Notification.user_id == user_id)
    if before is not None:
        statement = statement.where(Notification.id < before)
    if unread_only:
        statement = statement.where(Notification.read_at.is_(None))
    return list((await session.execute(statement.order_by(Notification.id.desc()).limit(limit))).scalars())


async def unread_count(session: AsyncSession, user_id: str) -> int:
    statement = select(func.count()).where(Notification.user_id == user_id, Notification.read_at.is_(None))
    return int((await session.execute(statement)).scalar_one())


async def mark_read(session: AsyncSession, user_id: str, at: datetime, notification_id: int | None = None) -> int:
    """Mark one (or, without `notification_id`, every) unread notification of a person read; how many."""
    statement = update(Notification).where(Notification.user_id == user_id, Notification.read_at.is_(None))
    if notification_id is not None:
        statement = statement.where(Notification.id == notification_id)
    result = cast(CursorResult[Any], await session.execute(statement.values(read_at=at)))  # an UPDATE's row count
    return int(result.rowcount)


async def find_own(session: AsyncSession, user_id: str, notification_id: int) -> Notification | None:
    """The notification if it is this person's (someone else's is as good as missing)."""
    statement = select(Notification).where(Notification.id == notification_id, Notification.user_id == user_id)
    return (await session.execute(statement)).scalar_one_or_none()


async def newer_than(session: AsyncSession, user_id: str, last_id: int, limit: int = 100) -> list[Notification]:
    """A person's notifications after `last_id`, oldest first (what a stream has not sent yet)."""
    statement = (
        select(Notification)
        .where(Notification.user_id == user_id, Notification.id > last_id)
        .order_by(Notification.id)
        .limit(limit)
    )
    return list((await session.execute(statement)).scalars())


async def newest_id_of(session: AsyncSession, user_id: str) -> int:
    statement = select(func.max(Notification.id)).where(Notification.user_id == user_id)
    return int((await session.execute(statement)).scalar_one() or 0)


async def newest_id(session: AsyncSession) -> int:
    """The newest notification of anyone (0 for none)."""
    return int((await session.execute(select(func.max(Notification.id)))).scalar_one() or 0)


async def recipients_after(session: AsyncSession, last_id: int, limit: int) -> Sequence[tuple[int, str]]:
    """(id, person) of anyone's notifications after `last_id`, oldest first."""
    statement = (
        select(Notification.id, Notification.user_id)
        .where(Notification.id > last_id)
        .order_by(Notification.id)
        .limit(limit)
    )
    return [(row.id, row.user_id) for row in await session.execute(statement)]


async def waiting_for_digest(session: AsyncSession, user_id: str) -> list[Notification]:
    statement = (
        select(Notification)
        .where(Notification.user_id == user_id, Notification.email_state == "digest")
        .order_by(Notification.id)
    )
    return list((await session.execute(statement)).scalars())
