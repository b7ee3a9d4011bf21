"""Flags (anyone signed in) and the moderators' work: the queue, decisions on posts and topics, silences, the log."""

import uuid
from typing import Annotated

from fastapi import APIRouter, Depends, Path, Query, Response, status

from mentor_forum.context import ForumContextDep
from mentor_forum.discussions.api import post_read, section_read
from mentor_forum.discussions.schemas import PostRead, SectionRead
from mentor_forum.moderation import service
from mentor_forum.moderation.schemas import (
    ActionRead,
    Decision,
    FlagCreate,
    FlagOutcome,
    FlagRead,
    Move,
    QueueItem,
    SectionCreate,
    SectionEdit,
    SilenceCreate,
    SilenceRead,
    TopicState,
)
from mentor_kit.auth import CurrentUser, require_roles
from mentor_kit.web import problem_responses
from mentor_kit.web.deps import DbSession, ReadSession

router = APIRouter(tags=["forum moderation"])
MODERATORS = [Depends(require_roles("moderator", "admin"))]
ON_POST = problem_responses({404: "No such post"})
ON_TOPIC = problem_responses({404: "No such topic"})
Limit = Annotated[int, Query(ge=1, le=100)]


def topic_state(topic: object) -> TopicState:
    return TopicState.model_validate(topic, from_attributes=True)


@router.post(
    "/posts/{post_id}/flags",
    status_code=status.HTTP_201_CREATED,
    responses=problem_responses({403: "One's own post", 404: "No such post", 409: "Already flagged"}),
    summary="Flag a post for the moderators (spam, inappropriate, off topic, illegal, other with a text)",
)
async def flag(
    post_id: uuid.UUID, body: FlagCreate, session: DbSession, user: CurrentUser, ctx: ForumContextDep
) -> FlagOutcome:
    threshold = ctx.settings.flags_to_hide
    open_flags, hidden = await service.flag(
        session, ctx.outbox, user, post_id, body, threshold=threshold, at=ctx.clock()
    )
    return FlagOutcome(open_flags=open_flags, hidden=hidden)


@router.get("/moderation/flags", dependencies=MODERATORS, summary="Flagged posts waiting for a decision")
async def queue(session: ReadSession, limit: Limit = 50) -> list[QueueItem]:
    return [
        QueueItem(post=post_read(post, reveal=True), flags=[FlagRead.model_validate(f) for f in flags])
        for post, flags in await service.queue(session, limit)
    ]


@router.post("/moderation/posts/{post_id}/hide", dependencies=MODERATORS, responses=ON_POST, summary="Hide a post")
async def hide(
    post_id: uuid.UUID, session: DbSession, user: CurrentUser, ctx: ForumContextDep, body: Decision | None = None
) -> PostRead:
    reason = body.reason if body else ""
    return post_read(await service.hide(session, user, post_id, reason, at=ctx.clock()), reveal=True)


@router.post(
    "/moderation/posts/{post_id}/restore",
    dependencies=MODERATORS,
    responses=ON_POST,
    summary="Show a hidden post again (its open flags are closed)",
)
async def restore(
    post_id: uuid.UUID, session: DbSession, user: CurrentUser, ctx: ForumContextDep, body: Decision | None = None
) -> PostRead:
    reason = body.reason if body else ""
    return post_read(await service.restore(session, user, post_id, reason, at=ctx.clock()))


def _topic_switch(path: str, field: str, value: bool, summary: str) -> None:
    @router.post(path, dependencies=MODERATORS, responses=ON_TOPIC, summary=summary, name=path.rsplit("/", 1)[-1])
    async def switch(topic_id: uuid.UUID, session: DbSession, user: CurrentUser, ctx: ForumContextDep) -> TopicState:
        changes = {field: value}
        return topic_state(await service.set_topic(session, user, topic_id, at=ctx.clock(), **changes))


_topic_switch("/moderation/topics/{topic_id}/lock", "locked", True, "Lock a topic: no new posts")
_topic_switch("/moderation/topics/{topic_id}/unlock", "locked", False, "Unlock a topic")
_topic_switch("/moderation/topics/{topic_id}/pin", "pinned", True, "Pin a topic above its section's first page")
_topic_switch("/moderation/topics/{topic_id}/unpin", "pinned", False, "Unpin a topic")


@router.post(
    "/moderation/topics/{topic_id}/move", dependencies=MODERATORS, responses=ON_TOPIC, summary="Move to a section"
)
async def move(
    topic_id: uuid.UUID, body: Move, session: DbSession, user: CurrentUser, ctx: ForumContextDep
) -> TopicState:
    return topic_state(await service.move(session, user, topic_id, body.section_id, at=ctx.clock()))


@router.put("/moderation/silences/{user_id}", dependencies=MODERATORS, summary="A person may not post until then")
async def silence(
    user_id: Annotated[str, Path(max_length=128)],
    body: SilenceCreate,
    session: DbSession,
    user: CurrentUser,
    ctx: ForumContextDep,
) -> SilenceRead:
    found = await service.silence(session, user, user_id, body.until, body.reason, at=ctx.clock())
    return SilenceRead.model_validate(found)


@router.delete("/moderation/silences/{user_id}", dependencies=MODERATORS, status_code=204, summary="Lift a silence")
async def unsilence(
    user_id: Annotated[str, Path(max_length=128)], session: DbSession, user: CurrentUser, ctx: ForumContextDep
) -> Response:
    await service.unsilence(session, user, user_id, at=ctx.clock())
    return Response(status_code=status.HTTP_204_NO_CONTENT)


@router.get("/moderation/log", dependencies=MODERATORS, summary="Every moderator decision, newest first")
async def log(
    session: ReadSession, limit: Limit = 50, offset: Annotated[int, Query(ge=0, le=1_000_000)] = 0
) -> list[ActionRead]:
    return [ActionRead.model_validate(a) for a in await service.log(session, limit, offset)]


ON_SECTION = problem_responses({404: "No such section", 409: "It exists, holds topics, or takes shared cases"})


@router.post(
    "/moderation/sections",
    dependencies=MODERATORS,
    status_code=status.HTTP_201_CREATED,
    responses=ON_SECTION,
    summary="Open a section",
)
async def create_section(
    body: SectionCreate, session: DbSession, user: CurrentUser, ctx: ForumContextDep
) -> SectionRead:
    return section_read(await service.create_section(session, user, body, at=ctx.clock()), topics=0)


@router.patch(
    "/moderation/sections/{section_id}", dependencies=MODERATORS, responses=ON_SECTION, summary="Edit a section"
)
async def edit_section(
    section_id: str, body: SectionEdit, session: DbSession, user: CurrentUser, ctx: ForumContextDep
) -> SectionRead:
    section, topics = await service.edit_section(session, user, section_id, body, at=ctx.clock())
    return section_read(section, topics=topics)


@router.delete(
    "/moderation/sections/{section_id}",
    dependencies=MODERATORS,
    status_code=status.HTTP_204_NO_CONTENT,
    responses=ON_SECTION,
    summary="Delete an empty section",
)
async def delete_section(section_id: str, session: DbSession, user: CurrentUser, ctx: ForumContextDep) -> Response:
    await service.delete_section(session, user, section_id, at=ctx.clock())
    return Response(status_code=status.HTTP_204_NO_CONTENT)
