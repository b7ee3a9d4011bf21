"""Every query of moderation."""

import uuid
from collections.abc import Sequence
from datetime import datetime

from sqlalchemy import func, select, update
from sqlalchemy.ext.asyncio import AsyncSession

from mentor_forum.discussions.models import Post, Topic
from mentor_forum.moderation.models import Flag, ModeratorAction


async def flag_of(session: AsyncSession, post_id: uuid.UUID, user_id: str) -> Flag | None:
    statement = select(Flag).where(Flag.post_id == post_id, Flag.user_id == user_id)
    return (await session.execute(statement)).scalar_one_or_none()


async def open_flags_count(session: AsyncSession, post_id: uuid.UUID) -> int:
    statement = select(func.count()).where(Flag.post_id == post_id, Flag.resolved_at.is_(None))
    return int((await session.execute(statement)).scalar_one())


async def open_queue(session: AsyncSession, limit: int) -> Sequence[tuple[Post, Sequence[Flag]]]:
    """Posts with open flags, the most flagged first, each with its open flags."""
    counted = (
        select(Flag.post_id, func.count().label("n"), func.min(Flag.created_at).label("first"))
        .where(Flag.resolved_at.is_(None))
        .group_by(Flag.post_id)
        .subquery()
    )
    statement = (
        select(Post)
        .join(counted, counted.c.post_id == Post.id)
        .join(Topic, Topic.id == Post.topic_id)
        .where(Post.deleted_at.is_(None), Topic.deleted_at.is_(None))
        .order_by(counted.c.n.desc(), counted.c.first, Post.id)
        .limit(limit)
    )
    posts = (await session.execute(statement)).scalars().all()
    flags = (
        await session.execute(
            select(Flag)
            .where(Flag.post_id.in_([p.id for p in posts]), Flag.resolved_at.is_(None))
            .order_by(Flag.created_at, Flag.id)
        )
    ).scalars()
    by_post: dict[uuid.UUID, list[Flag]] = {}
    for flag in flags:
        by_post.setdefault(flag.post_id, []).append(flag)
    return [(post, by_post.get(post.id, [])) for post in posts]


async def resolve_flags(session: AsyncSession, post_id: uuid.UUID, resolution: str, at: datetime) -> None:
    await session.execute(
        update(Flag)
        .where(Flag.post_id == post_id, Flag.resolved_at.is_(None))
        .values(resolved_at=at, resolution=resolution)
    )


async def log_page(session: AsyncSession, limit: int, offset: int) -> Sequence[ModeratorAction]:
    statement = select(ModeratorAction).order_by(ModeratorAction.id.desc()).limit(limit).offset(offset)
    return (await session.execute(statement)).scalars().all()
