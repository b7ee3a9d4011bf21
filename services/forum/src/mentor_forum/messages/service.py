"""Personal messages and blocking: one function per use case. Functions never commit: the request owns the
transaction, and the outbox rows are written in it.

Who sees what: a participant reads the messages sent while they were a member (up to when they left), except
those sent while they had blocked the author. Moderators read a message only once a participant reports it, and
then that message alone. Events carry ids and the subject, never a message's text."""

import uuid
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime

from sqlalchemy.ext.asyncio import AsyncSession

from mentor_contracts.events import ForumFlaggedV1, ForumMessageSentV1
from mentor_forum import cursors, limits
from mentor_forum.discussions import repository as discussions
from mentor_forum.discussions import service as discussion
from mentor_forum.markup import render
from mentor_forum.messages import repository
from mentor_forum.messages.models import Block, Conversation, Message, MessageFlag, Participant, WithheldMessage
from mentor_forum.messages.schemas import ConversationCreate, MessageCreate, MessageFlagCreate
from mentor_forum.moderation.service import record_decision
from mentor_kit.auth import User
from mentor_kit.clock import as_utc
from mentor_kit.logging import get_logger
from mentor_kit.messaging import Outbox
from mentor_kit.web import Conflict, Forbidden, Invalid, NotFound

log = get_logger("mentor_forum.messages")
NO_CONVERSATION = "no such conversation"  # also to non-participants and moderators: existence is not revealed


@dataclass(frozen=True)
class Overview:
    """A conversation as one participant (`me`) sees it."""

    conversation: Conversation
    me: Participant
    participants: Sequence[Participant]
    unread: int


@dataclass(frozen=True)
class Inbox:
    conversations: Sequence[Overview]
    next_cursor: str | None


def _name(user: User) -> str:
    return (user.name or user.id)[:200]


def _message(conversation: Conversation, author: User, body: str, at: datetime) -> Message:
    conversation.last_number += 1
    return Message(
        id=uuid.uuid4(),
        conversation_id=conversation.id,
        number=conversation.last_number,
        author_id=author.id,
        author_name=_name(author),
        body=body,
        html=render(body),
        created_at=at,
    )


async def check_may_send(session: AsyncSession, user: User, per_minute: int, *, at: datetime) -> None:
    """Not silenced (403), and at most `per_minute` posts and messages together in any minute (429 with
    Retry-After), counted one request after another like posts."""
    await discussion.not_silenced(session, user, at)
    await discussions.serialize_posting(session, user.id)
    since = at - discussion.RATE_WINDOW
    posts = await discussions.posts_since(session, user.id, since)
    messages = await repository.messages_since(session, user.id, since)
    recent = sorted(as_utc(t) for t in (*posts, *messages))
    limits.within(recent, per_minute, discussion.RATE_WINDOW, at, "posts and messages a minute")


async def start(
    session: AsyncSession, outbox: Outbox, user: User, body: ConversationCreate, *, at: datetime
) -> tuple[Overview, Message]:
    """A new conversation with its first message. Refused without saying who: if any recipient has blocked the
    sender (403), so a block cannot be probed person by person in a group."""
    recipients = body.recipients
    if user.id in recipients:
        raise Invalid({"recipients": "you cannot write to yourself"})
    if await repository.blocked_by(session, user.id, recipients):
        raise Invalid({"recipients": "you have blocked some of these people: unblock them to write to them"})
    if await repository.blockers(session, user.id, recipients):
        raise Forbidden(
            "you cannot message some of these people",
            errors=[{"field": "recipients", "message": "you cannot message some of these people"}],
        )
    names = await repository.known_names(session, user.id, recipients)
    conversation = Conversation(id=uuid.uuid4(), subject=body.subject, started_by=user.id, created_at=at, last_number=0)
    first = _message(conversation, user, body.body, at)
    me = Participant(
        conversation_id=conversation.id, user_id=user.id, name=_name(user), last_read_number=1, last_activity_at=at
    )
    others = [
        Participant(
            conversation_id=conversation.id,
            user_id=r,
            name=names.get(r, ""),
            last_read_number=0,
            last_activity_at=at,
        )
        for r in recipients
    ]
    repository.add(session, conversation, me, *others, first)
    await outbox.add(session, _sent(conversation, first, recipients))
    return Overview(conversation, me, sorted([me, *others], key=lambda p: p.user_id), 0), first


def _sent(conversation: Conversation, message: Message, recipients: Sequence[str]) -> ForumMessageSentV1:
    return ForumMessageSentV1(
        conversation_id=conversation.id,
        message_id=message.id,
        title=conversation.subject,
        recipient_ids=list(recipients),
        at=message.created_at,
    )


async def _member(
    session: AsyncSession, user: User, conversation_id: uuid.UUID, *, for_update: bool = False
) -> tuple[Conversation, Participant]:
    """The conversation and the caller's place in it; 404 for anyone else, moderators included. Their display
    name follows their latest sign-in."""
    conversation = await repository.conversation(session, conversation_id, for_update=for_update)
    me = await repository.participant(session, conversation_id, user.id) if conversation else None
    if conversation is None or me is None:
        raise NotFound(NO_CONVERSATION)
    if me.name != _name(user):
        me.name = _name(user)
    return conversation, me


async def _overview(session: AsyncSession, conversation: Conversation, me: Participant) -> Overview:
    members = await repository.participants(session, [conversation.id])
    unread = await repository.unread_counts(session, me.user_id, [conversation.id])
    return Overview(conversation, me, members.get(conversation.id, []), unread.get(conversation.id, 0))


async def send(
    session: AsyncSession, outbox: Outbox, user: User, conversation_id: uuid.UUID, body: MessageCreate, *, at: datetime
) -> Message:
    """A message at the end of the conversation (locked: numbers follow each other). Those who have blocked the
    sender never see it and are not told; if that is everyone still there, it is refused (403)."""
    conversation, me = await _member(session, user, conversation_id, for_update=True)
    if me.left_at is not None:
        raise Forbidden("you have left this conversation")
    members = (await repository.participants(session, [conversation.id])).get(conversation.id, [])
    others = [p.user_id for p in members if p.user_id != user.id and p.left_at is None]
    if not others:
        raise Conflict("everyone else has left this conversation")
    blockers = await repository.blockers(session, user.id, others)
    reached = [o for o in others if o not in blockers]
    if not reached:
        raise Forbidden("you cannot message the people in this conversation")
    message = _message(conversation, user, body.body, at)
    repository.add(session, message, *[WithheldMessage(message_id=message.id, user_id=b) for b in sorted(blockers)])
    await repository.touch(session, conversation.id, [user.id, *reached], at)
    await repository.mark_read(session, conversation.id, user.id, message.number)  # one's own is read
    await outbox.add(session, _sent(conversation, message, reached))
    return message


async def inbox(session: AsyncSession, user: User, cursor: str | None, limit: int) -> Inbox:
    """The caller's conversations (not those they left), newest activity they can see first, by keyset."""
    after = cursors.decode(cursor) if cursor else None
    found = await repository.inbox_page(session, user.id, limit, after)
    page, more = found[:limit], len(found) > limit
    ids = [c.id for c, _ in page]
    members = await repository.participants(session, ids)
    unread = await repository.unread_counts(session, user.id, ids)
    views = [Overview(c, me, members.get(c.id, []), unread.get(c.id, 0)) for c, me in page]
    last = page[-1][1] if page else None
    return Inbox(views, cursors.encode(last.last_activity_at, last.conversation_id) if more and last else None)


async def read(
    session: AsyncSession, user: User, conversation_id: uuid.UUID, after: int, limit: int
) -> tuple[Overview, Sequence[Message], int | None]:
    """A page of the messages the caller may see, oldest first; read up to the last one returned."""
    conversation, me = await _member(session, user, conversation_id)
    found = await repository.messages_page(session, me, after, limit)
    messages = found[:limit]
    if messages:
        await repository.mark_read(session, conversation.id, me.user_id, messages[-1].number)
    next_after = messages[-1].number if len(found) > limit else None
    return await _overview(session, conversation, me), messages, next_after


async def mark_read(session: AsyncSession, user: User, conversation_id: uuid.UUID, up_to: uuid.UUID | None) -> Overview:
    """Read up to a message (none named: the newest the caller may see). Never backwards."""
    conversation, me = await _member(session, user, conversation_id)
    if up_to is None:
        number = await repository.last_seen_number(session, me)
    else:
        message = await repository.message(session, up_to)
        if message is None or not await _may_see(session, me, message):
            raise Invalid({"up_to": "not a message of this conversation"})
        number = message.number
    await repository.mark_read(session, conversation.id, me.user_id, number)
    return await _overview(session, conversation, me)


async def leave(session: AsyncSession, user: User, conversation_id: uuid.UUID, *, at: datetime) -> Overview:
    """No longer listed nor told, cannot write; what was said until now stays readable to the leaver. Once."""
    conversation, me = await _member(session, user, conversation_id, for_update=True)
    if me.left_at is None:
        me.left_at, me.left_after_number = at, conversation.last_number
    return await _overview(session, conversation, me)


async def _may_see(session: AsyncSession, me: Participant, message: Message) -> bool:
    if message.conversation_id != me.conversation_id:
        return False
    if me.left_after_number is not None and message.number > me.left_after_number:
        return False
    return not await repository.withheld(session, message.id, me.user_id)


async def block(session: AsyncSession, user: User, user_id: str, *, at: datetime) -> tuple[Block, str]:
    """The block (the first one's time, however often asked) and the name the forum knows for the person."""
    if user_id == user.id:
        raise Invalid({"user_id": "you cannot block yourself"})
    await repository.add_block(session, user.id, user_id, at)
    found = await repository.block(session, user.id, user_id)
    if found is None:  # written just above, in this transaction
        raise RuntimeError("the block was not stored")
    names = await repository.known_names(session, user.id, [user_id])
    return found, names.get(user_id, user_id)


async def unblock(session: AsyncSession, user: User, user_id: str) -> None:
    await repository.remove_block(session, user.id, user_id)


async def blocks(session: AsyncSession, user: User) -> tuple[Sequence[Block], dict[str, str]]:
    """The caller's blocks, newest first, with the names the forum knows."""
    found = await repository.blocks(session, user.id)
    return found, await repository.known_names(session, user.id, [b.blocked_id for b in found])


async def flag(
    session: AsyncSession, outbox: Outbox, user: User, message_id: uuid.UUID, body: MessageFlagCreate, *, at: datetime
) -> int:
    """A participant reports a message they can see (not their own), once: from now on the moderators may read
    that message — only it. Returns its open reports."""
    message = await repository.message(session, message_id)
    me = await repository.participant(session, message.conversation_id, user.id) if message else None
    if message is None or me is None or not await _may_see(session, me, message):
        raise NotFound("no such message")
    if message.author_id == user.id:
        raise Forbidden("one's own message cannot be reported")
    if await repository.flag_of(session, message.id, user.id) is not None:
        raise Conflict("you have already reported this message")
    repository.add(
        session, MessageFlag(message_id=message.id, user_id=user.id, reason=body.reason, text=body.text, created_at=at)
    )
    await session.flush()
    open_flags = await repository.open_flags_count(session, message.id)
    hidden = message.hidden_at is not None
    event = ForumFlaggedV1(
        target="message", target_id=message.id, reason=body.reason, open_flags=open_flags, hidden=hidden, at=at
    )
    await outbox.add(session, event)
    return open_flags


async def reports(session: AsyncSession, limit: int) -> Sequence[tuple[Message, Sequence[MessageFlag]]]:
    return await repository.open_reports(session, limit)


async def resolve(
    session: AsyncSession, moderator: User, message_id: uuid.UUID, decision: str, *, at: datetime
) -> Message:
    """A moderator's decision on a reported message (an unreported one is 404: moderators cannot reach it):
    hidden (its text no longer shown to the participants) or kept (shown). Its open reports are closed."""
    message = await repository.message(session, message_id)
    if message is None or not await repository.ever_flagged(session, message.id):
        raise NotFound("no such reported message")
    if decision == "hidden":
        message.hidden_at, message.hidden_by = at, moderator.id
    else:
        message.hidden_at, message.hidden_by = None, None
    await repository.resolve_flags(session, message.id, decision, moderator.id, at)
    action = "hide_message" if decision == "hidden" else "keep_message"
    record_decision(session, moderator, action, f"message:{message.id}", at)  # the audit log, ids only
    return message
