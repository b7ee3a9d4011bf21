from datetime import datetime

from sqlalchemy import String, cast, or_, select
from sqlalchemy.ext.asyncio import AsyncSession

from mentor_notifications.users.models import Preference, Recipient


async def recipients(session: AsyncSession, user_ids: list[str]) -> dict[str, Recipient]:
    rows = (await session.execute(select(Recipient).where(Recipient.id.in_(user_ids)))).scalars()
    return {r.id: r for r in rows}


async def moderator_ids(session: AsyncSession) -> list[str]:
    # `roles` is a JSON list such as ["moderator"]; matching its text keeps the filter in the database (no
    # full read of every person) and works on PostgreSQL and SQLite alike.
    roles = cast(Recipient.roles, String)
    query = select(Recipient.id).where(or_(roles.like('%"moderator"%'), roles.like('%"admin"%')))
    return list((await session.execute(query.order_by(Recipient.id))).scalars())


async def preferences(session: AsyncSession, user_ids: list[str]) -> dict[tuple[str, str], str]:
    rows = (await session.execute(select(Preference).where(Preference.user_id.in_(user_ids)))).scalars()
    return {(p.user_id, p.kind): p.channel for p in rows}


async def digest_due(session: AsyncSession, before: datetime) -> list[Recipient]:
    query = select(Recipient).where(
        Recipient.digest.is_(True),
        (Recipient.last_digest_at.is_(None)) | (Recipient.last_digest_at < before),
    )
    return list((await session.execute(query.with_for_update(skip_locked=True))).scalars())
