"""Personal messages between people, and blocking: the HTTP endpoints. Everything needs a sign-in; a conversation
answers 404 to anyone outside it, moderators included."""

import uuid
from typing import Annotated

from fastapi import APIRouter, Depends, Path, Query, Response, status

from mentor_forum.context import ForumContextDep
from mentor_forum.messages import service
from mentor_forum.messages.models import Message, Participant
from mentor_forum.messages.schemas import (
    BlockRead,
    ConversationCreate,
    ConversationPage,
    ConversationRead,
    ConversationSummary,
    MessageCreate,
    MessageFlagCreate,
    MessageFlagOutcome,
    MessageFlagRead,
    MessageRead,
    ParticipantRead,
    Person,
    ReadUpTo,
    ReportedMessage,
    Resolution,
)
from mentor_kit.auth import CurrentUser, require_roles
from mentor_kit.web import problem_responses
from mentor_kit.web.deps import DbSession, ReadSession

router = APIRouter(tags=["forum messages"])
MODERATORS = [Depends(require_roles("moderator", "admin"))]
IN_IT = problem_responses({404: "No such conversation, or not one of its participants"})
Limit = Annotated[int | None, Query(ge=1, le=100, description="Page size (default: the forum's setting)")]
OtherUser = Annotated[str, Path(pattern=r"^[A-Za-z0-9._:-]{1,128}$", description="A user id")]


def message_read(message: Message, *, reveal: bool = False) -> MessageRead:
    """As participants see it: no text while hidden (`reveal`: for the moderators, a reported message only)."""
    hidden = message.hidden_at is not None
    shown = reveal or not hidden
    return MessageRead(
        id=message.id,
        conversation_id=message.conversation_id,
        number=message.number,
        author=Person(id=message.author_id, name=message.author_name),
        body=message.body if shown else "",
        html=message.html if shown else "",
        hidden=hidden,
        created_at=message.created_at,
    )


def _participant(p: Participant) -> ParticipantRead:
    return ParticipantRead(id=p.user_id, name=p.name or p.user_id, left=p.left_at is not None)


def summary(view: service.Overview) -> ConversationSummary:
    return ConversationSummary(
        id=view.conversation.id,
        subject=view.conversation.subject,
        participants=[_participant(p) for p in view.participants],
        created_at=view.conversation.created_at,
        last_message_at=view.me.last_activity_at,
        last_read_number=view.me.last_read_number,
        unread=view.unread,
        left=view.me.left_at is not None,
    )


def conversation_read(view: service.Overview, messages: list[Message], next_after: int | None) -> ConversationRead:
    return ConversationRead(
        **summary(view).model_dump(), messages=[message_read(m) for m in messages], next_after=next_after
    )


@router.post(
    "/conversations",
    status_code=status.HTTP_201_CREATED,
    responses=problem_responses(
        {403: "Silenced, or some recipient cannot be messaged", 422: "Invalid fields", 429: "Posting too fast"}
    ),
    summary="Start a conversation with one or more people (its first message: Markdown)",
)
async def start(
    body: ConversationCreate, session: DbSession, user: CurrentUser, ctx: ForumContextDep
) -> ConversationRead:
    at = ctx.clock()
    await service.check_may_send(session, user, ctx.settings.posts_per_minute, at=at)
    view, first = await service.start(session, ctx.outbox, user, body, at=at)
    return conversation_read(view, [first], None)


@router.get("/conversations", summary="My conversations, newest activity first (keyset pages)")
async def conversations(
    session: ReadSession,
    user: CurrentUser,
    ctx: ForumContextDep,
    cursor: Annotated[str | None, Query(max_length=200, description="`next` of the previous page")] = None,
    limit: Limit = None,
) -> ConversationPage:
    page = await service.inbox(session, user, cursor, limit or ctx.settings.page_size)
    return ConversationPage(items=[summary(v) for v in page.conversations], next=page.next_cursor)


@router.get(
    "/conversations/{conversation_id}",
    responses=IN_IT,
    summary="A conversation and a page of its messages, oldest first; marks them read",
)
async def conversation(
    conversation_id: uuid.UUID,
    session: DbSession,
    user: CurrentUser,
    ctx: ForumContextDep,
    after: Annotated[int, Query(ge=0, le=1_000_000, description="Messages after this number")] = 0,
    limit: Limit = None,
) -> ConversationRead:
    view, messages, next_after = await service.read(
        session, user, conversation_id, after, limit or ctx.settings.page_size
    )
    return conversation_read(view, list(messages), next_after)


@router.post(
    "/conversations/{conversation_id}/messages",
    status_code=status.HTTP_201_CREATED,
    responses=problem_responses(
        {
            403: "Silenced, left, or nobody still there may be messaged by you",
            404: "No such conversation, or not one of its participants",
            409: "Everyone else has left",
            429: "Posting too fast",
        }
    ),
    summary="Write in a conversation (Markdown)",
)
async def send(
    conversation_id: uuid.UUID, body: MessageCreate, session: DbSession, user: CurrentUser, ctx: ForumContextDep
) -> MessageRead:
    at = ctx.clock()
    await service.check_may_send(session, user, ctx.settings.posts_per_minute, at=at)
    return message_read(await service.send(session, ctx.outbox, user, conversation_id, body, at=at))


@router.post(
    "/conversations/{conversation_id}/read",
    responses=problem_responses({404: "No such conversation", 422: "`up_to` is not a message of it"}),
    summary="Mark read up to a message (none named: all)",
)
async def mark_read(
    conversation_id: uuid.UUID, session: DbSession, user: CurrentUser, body: ReadUpTo | None = None
) -> ConversationSummary:
    return summary(await service.mark_read(session, user, conversation_id, body.up_to if body else None))


@router.post(
    "/conversations/{conversation_id}/leave",
    responses=IN_IT,
    summary="Leave: no longer listed nor notified; cannot write any more",
)
async def leave(
    conversation_id: uuid.UUID, session: DbSession, user: CurrentUser, ctx: ForumContextDep
) -> ConversationSummary:
    return summary(await service.leave(session, user, conversation_id, at=ctx.clock()))


@router.get("/blocks", summary="The people I have blocked, newest first")
async def blocks(session: ReadSession, user: CurrentUser) -> list[BlockRead]:
    found, names = await service.blocks(session, user)
    return [
        BlockRead(id=b.blocked_id, name=names.get(b.blocked_id, b.blocked_id), created_at=b.created_at) for b in found
    ]


@router.put(
    "/blocks/{user_id}",
    responses=problem_responses({422: "Oneself, or not a user id"}),
    summary="Block a person: they can no longer message me (idempotent)",
)
async def block(user_id: OtherUser, session: DbSession, user: CurrentUser, ctx: ForumContextDep) -> BlockRead:
    found, name = await service.block(session, user, user_id, at=ctx.clock())
    return BlockRead(id=found.blocked_id, name=name, created_at=found.created_at)


@router.delete("/blocks/{user_id}", status_code=status.HTTP_204_NO_CONTENT, summary="Unblock a person (idempotent)")
async def unblock(user_id: OtherUser, session: DbSession, user: CurrentUser) -> Response:
    await service.unblock(session, user, user_id)
    return Response(status_code=status.HTTP_204_NO_CONTENT)


@router.post(
    "/messages/{message_id}/flags",
    status_code=status.HTTP_201_CREATED,
    responses=problem_responses({403: "One's own message", 404: "No such message", 409: "Already reported"}),
    summary="Report a message to the moderators: they may then read that message, and only it",
)
async def flag(
    message_id: uuid.UUID, body: MessageFlagCreate, session: DbSession, user: CurrentUser, ctx: ForumContextDep
) -> MessageFlagOutcome:
    return MessageFlagOutcome(
        open_flags=await service.flag(session, ctx.outbox, user, message_id, body, at=ctx.clock())
    )


@router.get(
    "/moderation/messages",
    dependencies=MODERATORS,
    summary="Reported messages waiting for a decision (each alone, without its conversation)",
)
async def reports(session: ReadSession, limit: Annotated[int, Query(ge=1, le=100)] = 50) -> list[ReportedMessage]:
    return [
        ReportedMessage(
            message=message_read(message, reveal=True), flags=[MessageFlagRead.model_validate(f) for f in flags]
        )
        for message, flags in await service.reports(session, limit)
    ]


@router.post(
    "/moderation/messages/{message_id}/resolve",
    dependencies=MODERATORS,
    responses=problem_responses({404: "No such reported message"}),
    summary="Decide on a reported message: hidden (its text no longer shown) or kept",
)
async def resolve(
    message_id: uuid.UUID, body: Resolution, session: DbSession, user: CurrentUser, ctx: ForumContextDep
) -> MessageRead:
    decided = await service.resolve(session, user, message_id, body.decision, at=ctx.clock())
    return message_read(decided, reveal=True)
