from sqlalchemy import select
from sqlalchemy.ext.asyncio import AsyncSession

from mentor_notifications.users.models import Preference, Recipient


async def recipient(session: AsyncSession, user_id: str) -> Recipient | None:
    return await session.get(Recipient, user_id)


async def recipients(session: AsyncSession, user_ids: list[str]) -> dict[str, Recipient]:
    rows = (await session.execute(select(Recipient).where(Recipient.id.in_(user_ids)))).scalars()
    return {r.id: r for r in rows}


async def moderator_ids(session: AsyncSession) -> list[str]:
    rows = (await session.execute(select(Recipient.id, Recipient.roles).order_by(Recipient.id))).all()
    return [user_id for user_id, roles in rows if {"moderator", "admin"} & set(roles)]


async def preferences(session: AsyncSession, user_ids: list[str]) -> dict[tuple[str, str], str]:
    rows = (await session.execute(select(Preference).where(Preference.user_id.in_(user_ids)))).scalars()
    return {(p.user_id, p.kind): p.channel for p in rows}


async def digest_due(session: AsyncSession, before: object) -> list[Recipient]:
    query = select(Recipient).where(
        Recipient.digest.is_(True),
        (Recipient.last_digest_at.is_(None)) | (Recipient.last_digest_at < before),
    )
    return list((await session.execute(query.with_for_update(skip_locked=True))).scalars())
