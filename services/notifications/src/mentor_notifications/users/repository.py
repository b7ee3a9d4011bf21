"""Every query of recipients and their preferences."""

from datetime import datetime
from typing import Any

from sqlalchemy import String, cast, or_, select
from sqlalchemy.ext.asyncio import AsyncSession

from mentor_kit.db import upsert_insert
from mentor_notifications.users.models import Preference, Recipient


async def find(session: AsyncSession, user_id: str) -> Recipient | None:
    return await session.get(Recipient, user_id)


async def insert_unless_exists(session: AsyncSession, values: dict[str, Any]) -> None:
    """Two first requests of one person at once: the second insert does nothing."""
    insert = upsert_insert(session)(Recipient).values(values)
    await session.execute(insert.on_conflict_do_nothing(index_elements=[Recipient.id]))


async def by_id(session: AsyncSession, user_ids: list[str]) -> dict[str, Recipient]:
    rows = (await session.execute(select(Recipient).where(Recipient.id.in_(user_ids)))).scalars()
    return {r.id: r for r in rows}


async def moderator_ids(session: AsyncSession) -> list[str]:
    # `roles` is a JSON list such as ["moderator"]; matching its text keeps the filter in the database (no
    # full read of every person) and works on PostgreSQL and SQLite alike.
    roles = cast(Recipient.roles, String)
    query = select(Recipient.id).where(or_(roles.like('%"moderator"%'), roles.like('%"admin"%')))
    return list((await session.execute(query.order_by(Recipient.id))).scalars())


async def chosen_channels(session: AsyncSession, user_ids: list[str]) -> dict[tuple[str, str], str]:
    """The channels these people chose, by (person, kind); kinds they left alone are absent."""
    rows = (await session.execute(select(Preference).where(Preference.user_id.in_(user_ids)))).scalars()
    return {(p.user_id, p.kind): p.channel for p in rows}


async def save_channels(session: AsyncSession, user_id: str, channels: dict[str, str]) -> None:
    rows = [{"user_id": user_id, "kind": kind, "channel": channel} for kind, channel in channels.items()]
    insert = upsert_insert(session)(Preference).values(rows)
    await session.execute(
        insert.on_conflict_do_update(
            index_elements=[Preference.user_id, Preference.kind], set_={"channel": insert.excluded.channel}
        )
    )


async def digest_due(session: AsyncSession, before: datetime) -> list[Recipient]:
    """People who chose the digest and got none since `before`, locked (another worker skips them)."""
    query = select(Recipient).where(
        Recipient.digest.is_(True),
        (Recipient.last_digest_at.is_(None)) | (Recipient.last_digest_at < before),
    )
    return list((await session.execute(query.with_for_update(skip_locked=True))).scalars())
