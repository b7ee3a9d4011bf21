"""Moderation: anyone signed in flags a post; enough open flags hide it until a moderator decides; moderators
hide and restore posts, lock, pin and move topics, silence a person for a while. Every decision is logged."""

import uuid
from collections.abc import Sequence
from datetime import UTC, datetime, timedelta

from sqlalchemy.ext.asyncio import AsyncSession

from mentor_contracts.events import ForumFlaggedV1
from mentor_forum.discussions import repository as discussions
from mentor_forum.discussions import service as discussion
from mentor_forum.discussions.models import Post, Section, Silence, Topic
from mentor_forum.moderation import repository
from mentor_forum.moderation.models import Flag, ModeratorAction
from mentor_forum.moderation.schemas import FlagCreate, SectionCreate, SectionEdit
from mentor_kit.auth import User
from mentor_kit.messaging import Outbox
from mentor_kit.web import Conflict, Forbidden, Invalid, NotFound

FLAGGED = "flags"  # `Post.hidden_by` when the flags hid it
LONGEST_SILENCE = timedelta(days=365)


def record_decision(
    session: AsyncSession, moderator: User, action: str, target: str, at: datetime, **detail: object
) -> None:
    discussions.add(
        session, ModeratorAction(moderator_id=moderator.id, action=action, target=target, detail=detail, at=at)
    )


async def flag(
    session: AsyncSession,
    outbox: Outbox,
    user: User,
    post_id: uuid.UUID,
    body: FlagCreate,
    *,
    threshold: int,
    at: datetime,
) -> tuple[int, bool]:
    """One flag per person and post; at `threshold` open flags the post is hidden until a moderator decides."""
    topic, post = await discussion.visible_post(session, post_id)
    if post.author_id == user.id:
        raise Forbidden("one's own post cannot be flagged: edit or delete it")
    if await repository.flag_of(session, post.id, user.id) is not None:
        raise Conflict("you have already flagged this post")
    discussions.add(session, Flag(post_id=post.id, user_id=user.id, reason=body.reason, text=body.text, created_at=at))
    await session.flush()
    open_flags = await repository.open_flags_count(session, post.id)
    if open_flags >= threshold and post.hidden_at is None:
        discussion.set_hidden(topic, post, FLAGGED, at)
    hidden = post.hidden_at is not None
    flagged = ForumFlaggedV1(
        target="post", target_id=post.id, reason=body.reason, open_flags=open_flags, hidden=hidden, at=at
    )
    await outbox.add(session, flagged)  # the moderators are told
    return open_flags, hidden


async def queue(session: AsyncSession, limit: int) -> Sequence[tuple[Post, Sequence[Flag]]]:
    return await repository.open_queue(session, limit)


async def hide(session: AsyncSession, moderator: User, post_id: uuid.UUID, reason: str, *, at: datetime) -> Post:
    topic, post = await discussion.visible_post(session, post_id)
    discussion.set_hidden(topic, post, moderator.id, at)
    await repository.resolve_flags(session, post.id, "hidden", at)
    record_decision(session, moderator, "hide_post", f"post:{post.id}", at, reason=reason)
    return post


async def restore(session: AsyncSession, moderator: User, post_id: uuid.UUID, reason: str, *, at: datetime) -> Post:
    """Shown again; its open flags are closed as "kept" (new flags count afresh)."""
    topic, post = await discussion.visible_post(session, post_id)
    discussion.set_hidden(topic, post, None, at)
    await repository.resolve_flags(session, post.id, "kept", at)
    record_decision(session, moderator, "restore_post", f"post:{post.id}", at, reason=reason)
    return post


async def set_topic(
    session: AsyncSession, moderator: User, topic_id: uuid.UUID, *, at: datetime, **changes: bool
) -> Topic:
    """Lock or unlock, pin or unpin."""
    topic = await discussion.visible_topic(session, topic_id, for_update=True)
    for name, value in changes.items():
        setattr(topic, name, value)
    record_decision(session, moderator, "set_topic", f"topic:{topic.id}", at, **changes)
    return topic


async def move(session: AsyncSession, moderator: User, topic_id: uuid.UUID, section_id: str, *, at: datetime) -> Topic:
    topic = await discussion.visible_topic(session, topic_id, for_update=True)
    section = await discussions.section(session, section_id)
    if section is None:
        raise Invalid({"section_id": "no such section"})
    if section.shared_cases != (topic.kind == "shared_case"):
        raise Invalid({"section_id": "shared cases and discussions live in different sections"})
    record_decision(
        session, moderator, "move_topic", f"topic:{topic.id}", at, section_from=topic.section_id, section_to=section.id
    )
    topic.section_id = section.id
    topic.version += 1
    return topic


async def silence(
    session: AsyncSession, moderator: User, user_id: str, until: datetime, reason: str, *, at: datetime
) -> Silence:
    until = until.astimezone(UTC)  # stored as UTC: SQLite keeps no offset
    if not at < until <= at + LONGEST_SILENCE:
        raise Invalid({"until": "between now and a year from now"})
    if user_id == moderator.id:
        raise Invalid({"user_id": "a moderator does not silence themselves"})
    existing = await discussions.silence(session, user_id)
    if existing is None:
        existing = Silence(user_id=user_id, until=until, reason=reason, by=moderator.id)
        discussions.add(session, existing)
    else:
        existing.until, existing.reason, existing.by = until, reason, moderator.id
    record_decision(session, moderator, "silence", f"user:{user_id}", at, until=until.isoformat(), reason=reason)
    return existing


async def unsilence(session: AsyncSession, moderator: User, user_id: str, *, at: datetime) -> None:
    existing = await discussions.silence(session, user_id)
    if existing is not None:
        await session.delete(existing)
        record_decision(session, moderator, "unsilence", f"user:{user_id}", at)


async def log(session: AsyncSession, limit: int, offset: int) -> Sequence[ModeratorAction]:
    return await repository.log_page(session, limit, offset)


async def create_section(session: AsyncSession, moderator: User, body: SectionCreate, *, at: datetime) -> Section:
    if await discussions.section(session, body.id) is not None:
        raise Conflict("a section with this id exists")
    section = Section(**body.model_dump(), shared_cases=False)
    discussions.add(session, section)
    record_decision(session, moderator, "create_section", f"section:{section.id}", at)
    return section


async def edit_section(
    session: AsyncSession, moderator: User, section_id: str, body: SectionEdit, *, at: datetime
) -> tuple[Section, int]:
    """The section changed, and how many visible topics it holds."""
    section = await discussions.section(session, section_id)
    if section is None:
        raise NotFound("no such section")
    changes = {name: value for name, value in body.model_dump(exclude_unset=True).items() if value is not None}
    for name, value in changes.items():
        setattr(section, name, value)
    record_decision(session, moderator, "edit_section", f"section:{section.id}", at, fields=sorted(changes))
    return section, await discussions.visible_topics_count(session, section.id)


async def delete_section(session: AsyncSession, moderator: User, section_id: str, *, at: datetime) -> None:
    """Only an empty section (its topics, deleted ones included, would lose their place) and never the one that
    receives shared cases."""
    section = await discussions.section(session, section_id)
    if section is None:
        raise NotFound("no such section")
    if section.shared_cases:
        raise Conflict("the section of shared cases cannot be deleted")
    if await discussions.section_has_topics(session, section.id):
        raise Conflict("the section holds topics: move them first")
    await session.delete(section)
    record_decision(session, moderator, "delete_section", f"section:{section.id}", at)
