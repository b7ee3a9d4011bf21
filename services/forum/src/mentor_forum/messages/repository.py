"""Every query of personal messages and blocks."""

import uuid
from collections.abc import Collection, Sequence
from datetime import datetime

from sqlalchemy import ColumnElement, and_, delete, exists, func, or_, select, tuple_, update
from sqlalchemy.ext.asyncio import AsyncSession

from mentor_forum.db import Base
from mentor_forum.discussions.models import Post
from mentor_forum.messages.models import Block, Conversation, Message, MessageFlag, Participant, WithheldMessage
from mentor_kit.db import upsert_insert


def add(session: AsyncSession, *rows: Base) -> None:
    session.add_all(rows)


async def conversation(
    session: AsyncSession, conversation_id: uuid.UUID, *, for_update: bool = False
) -> Conversation | None:
    statement = select(Conversation).where(Conversation.id == conversation_id)
    if for_update:
        statement = statement.with_for_update()
    return (await session.execute(statement)).scalar_one_or_none()


async def participant(session: AsyncSession, conversation_id: uuid.UUID, user_id: str) -> Participant | None:
    return await session.get(Participant, (conversation_id, user_id))


async def participants(
    session: AsyncSession, conversation_ids: Collection[uuid.UUID]
) -> dict[uuid.UUID, list[Participant]]:
    statement = (
        select(Participant)
        .where(Participant.conversation_id.in_(conversation_ids))
        .order_by(Participant.conversation_id, Participant.user_id)
    )
    found: dict[uuid.UUID, list[Participant]] = {}
    for row in (await session.execute(statement)).scalars():
        found.setdefault(row.conversation_id, []).append(row)
    return found


async def inbox_page(
    session: AsyncSession, user_id: str, limit: int, after: tuple[datetime, uuid.UUID] | None
) -> Sequence[tuple[Conversation, Participant]]:
    """Up to `limit` + 1 of the conversations `user_id` has not left (the extra one tells that there is a next
    page), newest activity first, after the keyset `after`."""
    statement = (
        select(Conversation, Participant)
        .join(Participant, Participant.conversation_id == Conversation.id)
        .where(Participant.user_id == user_id, Participant.left_at.is_(None))
    )
    if after is not None:
        statement = statement.where(tuple_(Participant.last_activity_at, Participant.conversation_id) < tuple_(*after))
    statement = statement.order_by(Participant.last_activity_at.desc(), Participant.conversation_id.desc())
    return [(c, p) for c, p in (await session.execute(statement.limit(limit + 1))).all()]


def _visible_to(user_id: str) -> ColumnElement[bool]:
    """Messages not withheld from `user_id` (they had blocked the author when it was sent)."""
    withheld = exists().where(WithheldMessage.message_id == Message.id, WithheldMessage.user_id == user_id)
    return ~withheld


def _seen_by(member: Participant) -> list[ColumnElement[bool]]:
    """What a participant may read: their conversation's messages up to when they left, none withheld from them."""
    conditions = [Message.conversation_id == member.conversation_id, _visible_to(member.user_id)]
    if member.left_after_number is not None:
        conditions.append(Message.number <= member.left_after_number)
    return conditions


async def messages_page(session: AsyncSession, member: Participant, after: int, limit: int) -> Sequence[Message]:
    statement = select(Message).where(*_seen_by(member), Message.number > after).order_by(Message.number)
    return (await session.execute(statement.limit(limit + 1))).scalars().all()


async def last_seen_number(session: AsyncSession, member: Participant) -> int:
    statement = select(func.max(Message.number)).where(*_seen_by(member))
    return int((await session.execute(statement)).scalar_one() or 0)


async def unread_counts(
    session: AsyncSession, user_id: str, conversation_ids: Collection[uuid.UUID]
) -> dict[uuid.UUID, int]:
    """For each conversation: the messages `user_id` may see after the last they read, not their own."""
    statement = (
        select(Message.conversation_id, func.count())
        .join(
            Participant,
            and_(Participant.conversation_id == Message.conversation_id, Participant.user_id == user_id),
        )
        .where(
            Message.conversation_id.in_(conversation_ids),
            Message.number > Participant.last_read_number,
            Message.author_id != user_id,
            _visible_to(user_id),
            or_(Participant.left_after_number.is_(None), Message.number <= Participant.left_after_number),
        )
        .group_by(Message.conversation_id)
    )
    return {conversation_id: int(n) for conversation_id, n in (await session.execute(statement)).all()}


async def mark_read(session: AsyncSession, conversation_id: uuid.UUID, user_id: str, number: int) -> None:
    """Read up to `number`, never back: two readers racing leave the larger."""
    await session.execute(
        update(Participant)
        .where(
            Participant.conversation_id == conversation_id,
            Participant.user_id == user_id,
            Participant.last_read_number < number,
        )
        .values(last_read_number=number)
    )


async def touch(session: AsyncSession, conversation_id: uuid.UUID, user_ids: Collection[str], at: datetime) -> None:
    """A message these participants see arrived: their lists show the conversation as active at `at`."""
    await session.execute(
        update(Participant)
        .where(Participant.conversation_id == conversation_id, Participant.user_id.in_(user_ids))
        .values(last_activity_at=at)
    )


async def message(session: AsyncSession, message_id: uuid.UUID) -> Message | None:
    return await session.get(Message, message_id)


async def withheld(session: AsyncSession, message_id: uuid.UUID, user_id: str) -> bool:
    return await session.get(WithheldMessage, (message_id, user_id)) is not None


async def messages_since(session: AsyncSession, author_id: str, since: datetime) -> Sequence[datetime]:
    """When `author_id` sent messages since `since`, oldest first."""
    statement = (
        select(Message.created_at)
        .where(Message.author_id == author_id, Message.created_at > since)
        .order_by(Message.created_at)
    )
    return (await session.execute(statement)).scalars().all()


async def blockers(session: AsyncSession, user_id: str, among: Collection[str]) -> set[str]:
    """Who of `among` has blocked `user_id`."""
    statement = select(Block.user_id).where(Block.blocked_id == user_id, Block.user_id.in_(among))
    return set((await session.execute(statement)).scalars())


async def blocked_by(session: AsyncSession, user_id: str, among: Collection[str]) -> set[str]:
    """Who of `among` `user_id` has blocked."""
    statement = select(Block.blocked_id).where(Block.user_id == user_id, Block.blocked_id.in_(among))
    return set((await session.execute(statement)).scalars())


async def block(session: AsyncSession, user_id: str, blocked_id: str) -> Block | None:
    return await session.get(Block, (user_id, blocked_id))


async def add_block(session: AsyncSession, user_id: str, blocked_id: str, at: datetime) -> None:
    """Once, however often (or concurrently) asked: the first block's time is kept."""
    insert = upsert_insert(session)
    statement = insert(Block).values(user_id=user_id, blocked_id=blocked_id, created_at=at)
    await session.execute(statement.on_conflict_do_nothing())


async def remove_block(session: AsyncSession, user_id: str, blocked_id: str) -> None:
    await session.execute(delete(Block).where(Block.user_id == user_id, Block.blocked_id == blocked_id))


async def blocks(session: AsyncSession, user_id: str) -> Sequence[Block]:
    statement = select(Block).where(Block.user_id == user_id).order_by(Block.created_at.desc(), Block.blocked_id)
    return (await session.execute(statement)).scalars().all()


async def known_names(session: AsyncSession, viewer: str, user_ids: Collection[str]) -> dict[str, str]:
    """Display names `viewer` has already been shown: on a post anyone can read (the newest), or as a member of a
    conversation `viewer` is in too. Never a name from elsewhere: a block or a new conversation with an arbitrary
    id must not reveal who that is."""
    names: dict[str, str] = {}
    public = and_(Post.author_id.in_(user_ids), Post.deleted_at.is_(None), Post.hidden_at.is_(None))
    latest = select(Post.author_id, func.max(Post.created_at).label("at")).where(public).group_by(Post.author_id)
    newest = latest.subquery()
    posted = select(Post.author_id, Post.author_name).join(
        newest, and_(Post.author_id == newest.c.author_id, Post.created_at == newest.c.at)
    )
    for author_id, name in (await session.execute(posted)).all():
        if author_id is not None:
            names[author_id] = name
    shared = select(Participant.conversation_id).where(Participant.user_id == viewer)
    member = select(Participant.user_id, Participant.name).where(
        Participant.user_id.in_(user_ids), Participant.name != "", Participant.conversation_id.in_(shared)
    )
    for user_id, name in (await session.execute(member.order_by(Participant.last_activity_at))).all():
        names[user_id] = name  # the newest conversation's wins
    return names


async def flag_of(session: AsyncSession, message_id: uuid.UUID, user_id: str) -> MessageFlag | None:
    statement = select(MessageFlag).where(MessageFlag.message_id == message_id, MessageFlag.user_id == user_id)
    return (await session.execute(statement)).scalar_one_or_none()


async def open_flags_count(session: AsyncSession, message_id: uuid.UUID) -> int:
    statement = select(func.count()).where(MessageFlag.message_id == message_id, MessageFlag.resolved_at.is_(None))
    return int((await session.execute(statement)).scalar_one())


async def ever_flagged(session: AsyncSession, message_id: uuid.UUID) -> bool:
    statement = select(MessageFlag.id).where(MessageFlag.message_id == message_id).limit(1)
    return (await session.execute(statement)).first() is not None


async def open_reports(session: AsyncSession, limit: int) -> Sequence[tuple[Message, Sequence[MessageFlag]]]:
    """Messages with open flags, the most flagged first, each with its open flags — and nothing else of their
    conversations."""
    counted = (
        select(MessageFlag.message_id, func.count().label("n"), func.min(MessageFlag.created_at).label("first"))
        .where(MessageFlag.resolved_at.is_(None))
        .group_by(MessageFlag.message_id)
        .subquery()
    )
    statement = (
        select(Message)
        .join(counted, counted.c.message_id == Message.id)
        .order_by(counted.c.n.desc(), counted.c.first, Message.id)
        .limit(limit)
    )
    found = (await session.execute(statement)).scalars().all()
    flags = (
        await session.execute(
            select(MessageFlag)
            .where(MessageFlag.message_id.in_([m.id for m in found]), MessageFlag.resolved_at.is_(None))
            .order_by(MessageFlag.created_at, MessageFlag.id)
        )
    ).scalars()
    by_message: dict[uuid.UUID, list[MessageFlag]] = {}
    for flag in flags:
        by_message.setdefault(flag.message_id, []).append(flag)
    return [(m, by_message.get(m.id, [])) for m in found]


async def resolve_flags(
    session: AsyncSession, message_id: uuid.UUID, resolution: str, moderator_id: str, at: datetime
) -> None:
    await session.execute(
        update(MessageFlag)
        .where(MessageFlag.message_id == message_id, MessageFlag.resolved_at.is_(None))
        .values(resolved_at=at, resolution=resolution, resolved_by=moderator_id)
    )
