"""Every query of the forum's discussions."""

import uuid
from collections.abc import Sequence
from datetime import datetime

from sqlalchemy import Select, func, select, text, tuple_, update
from sqlalchemy.ext.asyncio import AsyncSession
from sqlalchemy.orm import InstrumentedAttribute

from mentor_forum.db import Base
from mentor_forum.discussions.models import Post, PostLike, PostRevision, Section, Silence, Topic, TopicWatch
from mentor_kit.db import upsert_insert


def add(session: AsyncSession, *rows: Base) -> None:
    session.add_all(rows)


async def sections_with_counts(session: AsyncSession) -> Sequence[tuple[Section, int]]:
    visible = (
        select(Topic.section_id, func.count().label("topics"))
        .where(Topic.deleted_at.is_(None), Topic.hidden.is_(False))
        .group_by(Topic.section_id)
        .subquery()
    )
    statement = (
        select(Section, func.coalesce(visible.c.topics, 0))
        .outerjoin(visible, visible.c.section_id == Section.id)
        .order_by(Section.position, Section.id)
    )
    return [(section, int(count)) for section, count in (await session.execute(statement)).all()]


async def section(session: AsyncSession, section_id: str) -> Section | None:
    return await session.get(Section, section_id)


async def section_has_topics(session: AsyncSession, section_id: str) -> bool:
    return (await session.execute(select(Topic.id).where(Topic.section_id == section_id).limit(1))).first() is not None


async def visible_topics_count(session: AsyncSession, section_id: str) -> int:
    statement = select(func.count()).where(
        Topic.section_id == section_id, Topic.deleted_at.is_(None), Topic.hidden.is_(False)
    )
    return int((await session.execute(statement)).scalar_one())


async def shared_cases_section(session: AsyncSession) -> Section | None:
    statement = select(Section).where(Section.shared_cases).order_by(Section.position).limit(1)
    return (await session.execute(statement)).scalar_one_or_none()


def _order_key(order: str) -> InstrumentedAttribute[datetime]:
    """What orders a section's topics (newest first, then by id): created, or last posted in."""
    return Topic.created_at if order in ("newest", "unanswered") else Topic.last_post_at


async def pinned_topics(session: AsyncSession, section_id: str, order: str) -> Sequence[Topic]:
    """The section's pinned topics (shown above its first page, whatever the order), newest activity first."""
    statement = _filtered(
        select(Topic).where(
            Topic.section_id == section_id, Topic.deleted_at.is_(None), Topic.hidden.is_(False), Topic.pinned
        ),
        order,
    )
    key = _order_key(order)
    return (await session.execute(statement.order_by(key.desc(), Topic.id.desc()).limit(20))).scalars().all()


def _filtered(statement: Select[Topic], order: str) -> Select[Topic]:
    """ "unanswered": no reply yet; "solved": an accepted answer."""
    if order == "unanswered":
        return statement.where(Topic.posts_count <= 1)
    if order == "solved":
        return statement.where(Topic.solution_post_id.is_not(None))
    return statement


def topic_order_value(topic: Topic, order: str) -> datetime:
    value: datetime = getattr(topic, _order_key(order).key)
    return value


async def topics_page(
    session: AsyncSession, section_id: str, order: str, limit: int, after: tuple[datetime, uuid.UUID] | None
) -> Sequence[Topic]:
    """Up to `limit` + 1 visible topics (an extra one tells that there is a next page) after the keyset `after`;
    "unanswered": no reply yet; "solved": an accepted answer."""
    statement = select(Topic).where(
        Topic.section_id == section_id, Topic.deleted_at.is_(None), Topic.hidden.is_(False), Topic.pinned.is_(False)
    )
    statement = _filtered(statement, order)
    key = _order_key(order)
    if after is not None:
        statement = statement.where(tuple_(key, Topic.id) < tuple_(*after))
    statement = statement.order_by(key.desc(), Topic.id.desc()).limit(limit + 1)
    return (await session.execute(statement)).scalars().all()


async def topic(session: AsyncSession, topic_id: uuid.UUID, *, for_update: bool = False) -> Topic | None:
    statement = select(Topic).where(Topic.id == topic_id, Topic.deleted_at.is_(None))
    if for_update:
        statement = statement.with_for_update()
    return (await session.execute(statement)).scalar_one_or_none()


async def posts_page(session: AsyncSession, topic_id: uuid.UUID, after: int, limit: int) -> Sequence[Post]:
    statement = (
        select(Post).where(Post.topic_id == topic_id, Post.number > after).order_by(Post.number).limit(limit + 1)
    )
    return (await session.execute(statement)).scalars().all()


async def post(session: AsyncSession, post_id: uuid.UUID, *, for_update: bool = False) -> Post | None:
    statement = select(Post).where(Post.id == post_id)
    if for_update:
        statement = statement.with_for_update()
    return (await session.execute(statement)).scalar_one_or_none()


async def post_of_case(session: AsyncSession, case_id: uuid.UUID) -> Post | None:
    return (await session.execute(select(Post).where(Post.case_id == case_id))).scalar_one_or_none()


async def revisions(session: AsyncSession, post_id: uuid.UUID) -> Sequence[PostRevision]:
    statement = select(PostRevision).where(PostRevision.post_id == post_id).order_by(PostRevision.id)
    return (await session.execute(statement)).scalars().all()


async def any_topic(session: AsyncSession) -> bool:
    return (await session.execute(select(Topic.id).limit(1))).first() is not None


async def serialize_posting(session: AsyncSession, user_id: str) -> None:
    """One person's posts are counted and written one transaction at a time (until commit), so that parallel
    requests cannot all pass the rate limit. PostgreSQL: an advisory lock on the person; SQLite writes one at a
    time anyway."""
    if session.get_bind().dialect.name == "postgresql":
        key = f"forum-posting:{user_id}"
        await session.execute(text("SELECT pg_advisory_xact_lock(hashtextextended(:key, 0))"), {"key": key})


async def posts_since(session: AsyncSession, author_id: str, since: datetime) -> Sequence[datetime]:
    """When `author_id` posted since `since`, oldest first."""
    statement = (
        select(Post.created_at).where(Post.author_id == author_id, Post.created_at > since).order_by(Post.created_at)
    )
    return (await session.execute(statement)).scalars().all()


async def like(session: AsyncSession, post_id: uuid.UUID, user_id: str) -> PostLike | None:
    return await session.get(PostLike, (post_id, user_id))


async def changed_since_indexed(session: AsyncSession, batch: int) -> Sequence[Topic]:
    """Topics whose searchable state the index does not have yet (deleted ones included: to be removed)."""
    statement = select(Topic).where(Topic.version != Topic.indexed_version).order_by(Topic.id).limit(batch)
    return (await session.execute(statement)).scalars().all()


async def visible_bodies(session: AsyncSession, topic_ids: Sequence[uuid.UUID]) -> dict[uuid.UUID, list[str]]:
    """The visible posts' Markdown of these topics, oldest first (neither deleted nor hidden: a hidden post's text
    must not come back through search results or their highlights)."""
    statement = (
        select(Post.topic_id, Post.body)
        .where(Post.topic_id.in_(topic_ids), Post.deleted_at.is_(None), Post.hidden_at.is_(None))
        .order_by(Post.topic_id, Post.number)
    )
    bodies: dict[uuid.UUID, list[str]] = {}
    for topic_id, body in (await session.execute(statement)).all():
        bodies.setdefault(topic_id, []).append(body)
    return bodies


async def mark_indexed(session: AsyncSession, topic_id: uuid.UUID, version: int) -> None:
    """The index has `version` of the topic — unless it changed meanwhile (then it is indexed again)."""
    await session.execute(
        update(Topic).where(Topic.id == topic_id, Topic.version == version).values(indexed_version=version)
    )


async def visible_topics(session: AsyncSession, topic_ids: Sequence[uuid.UUID]) -> dict[uuid.UUID, Topic]:
    statement = select(Topic).where(Topic.id.in_(topic_ids), Topic.deleted_at.is_(None), Topic.hidden.is_(False))
    return {topic.id: topic for topic in (await session.execute(statement)).scalars()}


async def silence(session: AsyncSession, user_id: str) -> Silence | None:
    return await session.get(Silence, user_id)


async def watch(session: AsyncSession, topic_id: uuid.UUID, user_id: str) -> TopicWatch | None:
    return await session.get(TopicWatch, (topic_id, user_id))


async def set_watch(
    session: AsyncSession, topic_id: uuid.UUID, user_id: str, level: str, at: datetime, *, keep: bool = False
) -> None:
    """A person's level for a topic, by one upsert (parallel requests cannot both insert); `keep`: only if they
    have chosen none yet (replying makes one a watcher, never undoing a choice)."""
    insert = upsert_insert(session)(TopicWatch).values(topic_id=topic_id, user_id=user_id, level=level, at=at)
    keys = [TopicWatch.topic_id, TopicWatch.user_id]
    statement = (
        insert.on_conflict_do_nothing(index_elements=keys)
        if keep
        else insert.on_conflict_do_update(index_elements=keys, set_={"level": level, "at": at})
    )
    await session.execute(statement)


async def watch_levels(session: AsyncSession, topic_id: uuid.UUID) -> dict[str, str]:
    """Every person's chosen level for a topic (watching or muted)."""
    statement = select(TopicWatch.user_id, TopicWatch.level).where(TopicWatch.topic_id == topic_id)
    return {user_id: level for user_id, level in (await session.execute(statement)).all()}


async def first_post(session: AsyncSession, topic_id: uuid.UUID) -> Post | None:
    statement = select(Post).where(Post.topic_id == topic_id, Post.number == 1)
    return (await session.execute(statement)).scalar_one_or_none()
