"""Sections, topics and posts. Reading needs no sign-in; writing does (any role)."""

import uuid
from collections.abc import Sequence
from typing import Annotated

from fastapi import APIRouter, Query, Response, status

from mentor_forum.context import ForumContextDep
from mentor_forum.discussions import service
from mentor_forum.discussions.models import Post, Section, Topic
from mentor_forum.discussions.schemas import (
    Author,
    PostCreate,
    PostEdit,
    PostRead,
    RevisionRead,
    SectionRead,
    SolutionChoice,
    TopicCreate,
    TopicOrder,
    TopicPage,
    TopicRead,
    TopicSummary,
    WatchChoice,
)
from mentor_kit.auth import CurrentUser
from mentor_kit.web import problem_responses
from mentor_kit.web.deps import DbSession, ReadSession

router = APIRouter(tags=["forum"])
NOT_FOUND = problem_responses({404: "No such section, topic or post"})
CHANGES = problem_responses({403: "Only its author or a moderator", 404: "No such topic or post"})
Limit = Annotated[int | None, Query(ge=1, le=100, description="Page size (default: the forum's setting)")]


def author_of(author_id: str | None, name: str) -> Author:
    return Author(id=author_id, name=name)


def post_read(post: Post, *, reveal: bool = False) -> PostRead:
    """A post as readers see it: no text once deleted, nor while hidden (`reveal`: for the moderators' queue)."""
    deleted, hidden = post.deleted_at is not None, post.hidden_at is not None
    shown = not deleted and (reveal or not hidden)
    return PostRead(
        id=post.id,
        topic_id=post.topic_id,
        number=post.number,
        author=author_of(post.author_id, post.author_name),
        body=post.body if shown else "",
        html=post.html if shown else "",
        reply_to_post_id=post.reply_to_post_id,
        likes=post.likes,
        hidden=hidden,
        created_at=post.created_at,
        edited_at=post.edited_at,
        deleted=deleted,
    )


def topic_summary(topic: Topic) -> TopicSummary:
    return TopicSummary(
        id=topic.id,
        section_id=topic.section_id,
        kind=topic.kind,
        title="" if topic.hidden else topic.title,  # its first post is hidden by the moderators
        author=author_of(topic.author_id, topic.author_name),
        rubrics=topic.rubrics,
        replies=max(0, topic.posts_count - 1),
        solved=topic.solution_post_id is not None,
        locked=topic.locked,
        pinned=topic.pinned,
        hidden=topic.hidden,
        created_at=topic.created_at,
        last_post_at=topic.last_post_at,
    )


def topic_read(topic: Topic, posts: Sequence[Post], next_after: int | None) -> TopicRead:
    return TopicRead(
        **topic_summary(topic).model_dump(),
        solution_post_id=topic.solution_post_id,
        posts=[post_read(p) for p in posts],
        next_after=next_after,
    )


@router.get("/sections", summary="The forum's sections, with how many topics each holds")
async def sections(session: ReadSession) -> list[SectionRead]:
    return [section_read(s, topics=count) for s, count in await service.sections(session)]


SECTION_COLUMNS = ("id", "title_ru", "title_en", "description_ru", "description_en", "rubrics", "shared_cases")


def section_read(section: Section, *, topics: int) -> SectionRead:
    return SectionRead.model_validate({**{c: getattr(section, c) for c in SECTION_COLUMNS}, "topics": topics})


@router.get("/sections/{section_id}/topics", responses=NOT_FOUND, summary="A section's topics, one page (keyset)")
async def topics(
    section_id: str,
    session: ReadSession,
    ctx: ForumContextDep,
    order: TopicOrder = "latest",
    cursor: Annotated[str | None, Query(max_length=200, description="`next` of the previous page")] = None,
    limit: Limit = None,
) -> TopicPage:
    page = await service.topics(session, section_id, order, cursor, limit or ctx.settings.page_size)
    return TopicPage(items=[topic_summary(t) for t in page.topics], next=page.next_cursor)


@router.post(
    "/sections/{section_id}/topics",
    status_code=status.HTTP_201_CREATED,
    responses=problem_responses(
        {403: "A section of shared cases, or silenced", 404: "No such section", 429: "Posting too fast"}
    ),
    summary="Open a topic with its first post (Markdown)",
)
async def open_topic(
    section_id: str, body: TopicCreate, session: DbSession, user: CurrentUser, ctx: ForumContextDep
) -> TopicRead:
    at = ctx.clock()
    await service.check_may_post(session, user, ctx.settings.posts_per_minute, at=at)
    topic, first = await service.open_topic(session, ctx.outbox, user, section_id, body, at=at)
    return topic_read(topic, [first], None)


@router.get("/topics/{topic_id}", responses=NOT_FOUND, summary="A topic and one page of its posts, oldest first")
async def topic(
    topic_id: uuid.UUID,
    session: ReadSession,
    ctx: ForumContextDep,
    after: Annotated[int, Query(ge=0, le=1_000_000, description="Posts after this number")] = 0,
    limit: Limit = None,
) -> TopicRead:
    found, posts, next_after = await service.topic_with_posts(session, topic_id, after, limit or ctx.settings.page_size)
    return topic_read(found, posts, next_after)


@router.post(
    "/topics/{topic_id}/posts",
    status_code=status.HTTP_201_CREATED,
    responses=problem_responses(
        {403: "Silenced by a moderator", 404: "No such topic", 409: "The topic is locked", 429: "Posting too fast"}
    ),
    summary="Reply in a topic (Markdown; `reply_to`: the post it answers)",
)
async def reply(
    topic_id: uuid.UUID, body: PostCreate, session: DbSession, user: CurrentUser, ctx: ForumContextDep
) -> PostRead:
    at = ctx.clock()
    await service.check_may_post(session, user, ctx.settings.posts_per_minute, at=at)
    return post_read(await service.reply(session, ctx.outbox, user, topic_id, body, at=at))


@router.patch("/posts/{post_id}", responses=CHANGES, summary="Edit a post (its earlier text is kept)")
async def edit(
    post_id: uuid.UUID, body: PostEdit, session: DbSession, user: CurrentUser, ctx: ForumContextDep
) -> PostRead:
    return post_read(await service.edit(session, user, post_id, body, at=ctx.clock()))


@router.delete(
    "/posts/{post_id}",
    status_code=status.HTTP_204_NO_CONTENT,
    responses=CHANGES,
    summary="Delete a post (the first post deletes its topic)",
)
async def delete(post_id: uuid.UUID, session: DbSession, user: CurrentUser, ctx: ForumContextDep) -> Response:
    await service.delete(session, user, post_id, at=ctx.clock())
    return Response(status_code=status.HTTP_204_NO_CONTENT)


@router.get("/posts/{post_id}/revisions", responses=NOT_FOUND, summary="A post's earlier texts, oldest first")
async def revisions(post_id: uuid.UUID, session: ReadSession) -> list[RevisionRead]:
    return [RevisionRead.model_validate(r) for r in await service.history(session, post_id)]


@router.put(
    "/topics/{topic_id}/solution",
    responses=CHANGES,
    summary="Mark the reply that solved the topic (its author or a moderator)",
)
async def choose_solution(
    topic_id: uuid.UUID, body: SolutionChoice, session: DbSession, user: CurrentUser, ctx: ForumContextDep
) -> TopicSummary:
    chosen = await service.choose_solution(session, ctx.outbox, user, topic_id, body.post_id, at=ctx.clock())
    return topic_summary(chosen)


@router.delete("/topics/{topic_id}/solution", responses=CHANGES, summary="The topic is no longer marked solved")
async def clear_solution(
    topic_id: uuid.UUID, session: DbSession, user: CurrentUser, ctx: ForumContextDep
) -> TopicSummary:
    return topic_summary(await service.choose_solution(session, ctx.outbox, user, topic_id, None, at=ctx.clock()))


@router.put("/posts/{post_id}/like", responses=CHANGES, summary="Like a post (once; not one's own)")
async def like(post_id: uuid.UUID, session: DbSession, user: CurrentUser, ctx: ForumContextDep) -> PostRead:
    return post_read(await service.like(session, user, post_id, True, at=ctx.clock()))


@router.delete("/posts/{post_id}/like", responses=CHANGES, summary="No longer like a post")
async def unlike(post_id: uuid.UUID, session: DbSession, user: CurrentUser, ctx: ForumContextDep) -> PostRead:
    return post_read(await service.like(session, user, post_id, False, at=ctx.clock()))


@router.get("/topics/{topic_id}/watch", responses=NOT_FOUND, summary="How closely I follow a topic")
async def watch_level(topic_id: uuid.UUID, session: ReadSession, user: CurrentUser) -> WatchChoice:
    return WatchChoice(level=await service.watch_level(session, user, topic_id))


@router.put("/topics/{topic_id}/watch", responses=NOT_FOUND, summary="Watch (every reply), normal, or mute a topic")
async def watch(
    topic_id: uuid.UUID, body: WatchChoice, session: DbSession, user: CurrentUser, ctx: ForumContextDep
) -> WatchChoice:
    return WatchChoice(level=await service.watch(session, user, topic_id, body.level, at=ctx.clock()))
