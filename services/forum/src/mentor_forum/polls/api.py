"""Polls in a topic: the HTTP endpoints. Reading needs no sign-in (a signed-in reader also sees their ballot)."""

import uuid

from fastapi import APIRouter, status

from mentor_forum.context import ForumContextDep
from mentor_forum.polls import service
from mentor_forum.polls.schemas import BallotCast, PollCreate, PollRead, PollReopen
from mentor_kit.auth import CurrentUser, OptionalUser
from mentor_kit.web import problem_responses
from mentor_kit.web.deps import DbSession, ReadSession

router = APIRouter(tags=["forum"])
NOT_FOUND = problem_responses({404: "No such topic or poll"})
BALLOT = problem_responses(
    {403: "Silenced by a moderator", 404: "No such poll", 409: "The poll is closed, or its topic locked"}
)
MANAGE = problem_responses({403: "Only the poll's creator or a moderator", 404: "No such poll"})


@router.post(
    "/topics/{topic_id}/polls",
    status_code=status.HTTP_201_CREATED,
    responses=problem_responses(
        {
            403: "Only the topic's author or a moderator; or silenced",
            404: "No such topic",
            409: "The topic is locked, or holds 5 polls",
        }
    ),
    summary="Add a poll to a topic (its author or a moderator)",
)
async def create(
    topic_id: uuid.UUID, body: PollCreate, session: DbSession, user: CurrentUser, ctx: ForumContextDep
) -> PollRead:
    at = ctx.clock()
    poll = await service.create(session, user, topic_id, body, at=at)
    return (await service.describe(session, [poll], user, at=at))[0]


@router.get("/topics/{topic_id}/polls", responses=NOT_FOUND, summary="A topic's polls, oldest first")
async def of_topic(
    topic_id: uuid.UUID, session: ReadSession, user: OptionalUser, ctx: ForumContextDep
) -> list[PollRead]:
    at = ctx.clock()
    return await service.describe(session, await service.of_topic(session, topic_id), user, at=at)


@router.get("/polls/{poll_id}", responses=NOT_FOUND, summary="A poll, with its results if the reader may see them")
async def poll(poll_id: uuid.UUID, session: ReadSession, user: OptionalUser, ctx: ForumContextDep) -> PollRead:
    at = ctx.clock()
    _, found = await service.visible_poll(session, poll_id)
    return (await service.describe(session, [found], user, at=at))[0]


@router.put("/polls/{poll_id}/ballot", responses=BALLOT, summary="Vote, or change one's vote, until it closes")
async def cast(
    poll_id: uuid.UUID, body: BallotCast, session: DbSession, user: CurrentUser, ctx: ForumContextDep
) -> PollRead:
    at = ctx.clock()
    found = await service.cast(session, user, poll_id, body, at=at)
    return (await service.describe(session, [found], user, at=at))[0]


@router.delete("/polls/{poll_id}/ballot", responses=BALLOT, summary="Withdraw one's vote, until it closes")
async def withdraw(poll_id: uuid.UUID, session: DbSession, user: CurrentUser, ctx: ForumContextDep) -> PollRead:
    at = ctx.clock()
    found = await service.withdraw(session, user, poll_id, at=at)
    return (await service.describe(session, [found], user, at=at))[0]


@router.post("/polls/{poll_id}/close", responses=MANAGE, summary="Close a poll now (its creator or a moderator)")
async def close(poll_id: uuid.UUID, session: DbSession, user: CurrentUser, ctx: ForumContextDep) -> PollRead:
    at = ctx.clock()
    found = await service.close(session, user, poll_id, at=at)
    return (await service.describe(session, [found], user, at=at))[0]


@router.post(
    "/polls/{poll_id}/open",
    responses=problem_responses(
        {
            403: "Only the poll's creator or a moderator",
            404: "No such poll",
            409: "Its closing time has passed (give a new one), or the topic is locked",
        }
    ),
    summary="Open a closed poll again (its creator or a moderator)",
)
async def reopen(
    poll_id: uuid.UUID, session: DbSession, user: CurrentUser, ctx: ForumContextDep, body: PollReopen | None = None
) -> PollRead:
    at = ctx.clock()
    found = await service.reopen(session, user, poll_id, body or PollReopen(), at=at)
    return (await service.describe(session, [found], user, at=at))[0]
