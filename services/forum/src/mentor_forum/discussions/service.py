"""The forum's discussions: one function per use case. Functions never commit: the request or the consumer owns
the transaction, and the outbox rows are written in it."""

import uuid
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import cast

from sqlalchemy.ext.asyncio import AsyncSession

from mentor_contracts.events import (
    CaseAuthorPostedToForumV1,
    CaseSharedToForumV1,
    ForumAnswerAcceptedV1,
    ForumPostCreatedV1,
    ForumRepliedV1,
    ForumTopicCreatedV1,
    ForumTopicSolvedV1,
)
from mentor_forum import cursors, limits
from mentor_forum.discussions import repository
from mentor_forum.discussions.models import Post, PostLike, PostRevision, Section, Topic
from mentor_forum.discussions.schemas import BODY_MAX, PostCreate, PostEdit, TopicCreate, WatchLevel
from mentor_forum.markup import render
from mentor_kit.auth import User
from mentor_kit.clock import as_utc
from mentor_kit.logging import get_logger
from mentor_kit.messaging import Outbox
from mentor_kit.web import Conflict, Forbidden, Invalid, NotFound

log = get_logger("mentor_forum.discussions")
CASE_NAME = "Кейс из практики"  # who "wrote" a shared case's text: the platform, never its author
CASE_AUTHOR_NAME = "Автор кейса"  # the author replying in their case's topic, never by name
TITLE_MIN, TITLE_MAX = 5, 200
RATE_WINDOW = timedelta(minutes=1)


RESERVED_NAMES = frozenset({CASE_NAME.casefold(), CASE_AUTHOR_NAME.casefold()})


def _name(author: User | None) -> str:
    """The name shown for a post; the platform's and the case author's names are theirs alone (a person so named
    would pass for them)."""
    if author is None:
        return CASE_NAME
    name = (author.name or author.id)[:200]
    return f"{name} ({author.id})"[:200] if " ".join(name.split()).casefold() in RESERVED_NAMES else name


def _post(
    topic: Topic,
    number: int,
    author: User | None,
    body: str,
    at: datetime,
    *,
    post_id: uuid.UUID | None = None,
    name: str | None = None,
    **extra: object,
) -> Post:
    return Post(
        id=post_id or uuid.uuid4(),
        topic_id=topic.id,
        number=number,
        author_id=author.id if author else None,
        author_name=name or _name(author),
        body=body,
        html=render(body),
        created_at=at,
        **extra,
    )


def _may_change(user: User, author_id: str | None) -> None:
    if not (user.is_moderator or (author_id is not None and author_id == user.id)):
        raise Forbidden("only its author or a moderator may do this")


async def check_may_post(session: AsyncSession, user: User, per_minute: int, *, at: datetime) -> None:
    """Not silenced by a moderator, and at most `per_minute` posts (topics included) in any minute: 403, or 429
    with Retry-After."""
    await not_silenced(session, user, at)
    await repository.serialize_posting(session, user.id)
    recent = await repository.posts_since(session, user.id, at - RATE_WINDOW)
    limits.within(recent, per_minute, RATE_WINDOW, at, "posts a minute")


async def not_silenced(session: AsyncSession, user: User, at: datetime) -> None:
    silence = await repository.silence(session, user.id)
    if silence is not None and as_utc(silence.until) > at:
        raise Forbidden(f"you may not post until {as_utc(silence.until).isoformat()}: {silence.reason}")


async def sections(session: AsyncSession) -> Sequence[tuple[Section, int]]:
    return await repository.sections_with_counts(session)


async def open_topic(
    session: AsyncSession, outbox: Outbox, user: User, section_id: str, body: TopicCreate, *, at: datetime
) -> tuple[Topic, Post]:
    section = await repository.section(session, section_id)
    if section is None:
        raise NotFound("no such section")
    if section.shared_cases:
        raise Forbidden("topics in this section are the cases their authors shared: reply in them instead")
    topic = Topic(
        id=uuid.uuid4(),
        section_id=section.id,
        kind="discussion",
        title=body.title,
        author_id=user.id,
        author_name=_name(user),
        rubrics=list(body.rubrics),
        posts_count=1,
        last_number=1,
        created_at=at,
        last_post_at=at,
    )
    first = _post(topic, 1, user, body.body, at)
    repository.add(session, topic, first)
    await outbox.add(session, ForumTopicCreatedV1(topic_id=topic.id, section_id=section.id, kind="discussion", at=at))
    return topic, first


async def reply(
    session: AsyncSession, outbox: Outbox, user: User | None, topic_id: uuid.UUID, body: PostCreate, *, at: datetime
) -> Post:
    """A new post at the end of the topic (`user` None: the platform, posting a shared case's text)."""
    topic = await visible_topic(session, topic_id, for_update=True)  # post numbers follow each other
    if topic.locked:
        raise Conflict("this topic is locked: no new posts")
    if topic.hidden:
        raise Conflict("this topic is hidden by the moderators: no new posts")
    if body.reply_to is not None:
        target = await repository.post(session, body.reply_to)
        if target is None or target.topic_id != topic.id or target.deleted_at is not None:
            raise Invalid({"reply_to": "not a post of this topic"})
    reply_to = body.reply_to
    if user is not None:
        await repository.set_watch(session, topic.id, user.id, "watching", at, keep=True)
    return await _append(
        session, outbox, topic, lambda n: _post(topic, n, user, body.body, at, reply_to_post_id=reply_to), at
    )


async def _append(
    session: AsyncSession,
    outbox: Outbox,
    topic: Topic,
    make: Callable[[int], Post],
    at: datetime,
    *,
    by_case_author: bool = False,
) -> Post:
    """The post `make` builds for the next number, at the end of the (locked) topic; its events in the outbox: the
    public one, and the internal one that tells those who follow the topic."""
    topic.last_number += 1
    topic.posts_count += 1
    topic.last_post_at = at
    topic.version += 1
    post = make(topic.last_number)
    repository.add(session, post)
    created = ForumPostCreatedV1(
        post_id=post.id, topic_id=topic.id, number=post.number, reply_to_post_id=post.reply_to_post_id, at=at
    )
    replied = ForumRepliedV1(
        topic_id=topic.id,
        post_id=post.id,
        number=post.number,
        title=topic.title,
        recipient_ids=await _told_of_reply(session, topic, post),
        case_id=await _case_of(session, topic),
        by_case_author=by_case_author,
        at=at,
    )
    await outbox.add(session, created, replied)  # one statement for both
    return post


async def _told_of_reply(session: AsyncSession, topic: Topic, post: Post) -> list[str]:
    """The topic's author, its watchers and the author of the post answered; not the muted, not the poster."""
    levels = await repository.watch_levels(session, topic.id)
    answered = await repository.post(session, post.reply_to_post_id) if post.reply_to_post_id else None
    told = {user for user, level in levels.items() if level == "watching"}
    told |= {user for user in (topic.author_id, answered.author_id if answered else None) if user is not None}
    return sorted(user for user in told if levels.get(user) != "muted" and user != post.author_id)


async def _case_of(session: AsyncSession, topic: Topic) -> uuid.UUID | None:
    """The shared case a topic carries (its first post): its author is told through the notifications service."""
    if topic.kind != "shared_case":
        return None
    first = await repository.first_post(session, topic.id)
    return first.case_id if first else None


async def watch_level(session: AsyncSession, user: User, topic_id: uuid.UUID) -> WatchLevel:
    topic = await visible_topic(session, topic_id)
    chosen = await repository.watch(session, topic.id, user.id)
    if chosen is not None:
        return cast(WatchLevel, chosen.level)
    return "watching" if topic.author_id == user.id else "normal"  # an author follows their topic by default


async def watch(
    session: AsyncSession, user: User, topic_id: uuid.UUID, level: WatchLevel, *, at: datetime
) -> WatchLevel:
    """Watching: told of every reply; muted: never; normal: only as the topic's author or of answers to one's
    posts. The choice is kept, so replying later does not turn a mute into watching."""
    topic = await visible_topic(session, topic_id)
    await repository.set_watch(session, topic.id, user.id, level, at)
    return level


def set_hidden(topic: Topic, post: Post, by: str | None, at: datetime) -> None:
    """Hide a post (`by`: "flags" or a moderator's id) or show it again (None). A topic whose first post is hidden
    is hidden with it: its title would otherwise still be listed, found and shown. A hidden reply leaves the
    topic's count of visible posts (its "replies") until it is shown again."""
    was_hidden, hiding = post.hidden_at is not None, by is not None
    post.hidden_at, post.hidden_by = (at, by) if hiding else (None, None)
    if post.number == 1:
        topic.hidden = hiding
    elif was_hidden != hiding:
        topic.posts_count += -1 if hiding else 1
    topic.version += 1


async def visible_topic(session: AsyncSession, topic_id: uuid.UUID, *, for_update: bool = False) -> Topic:
    topic = await repository.topic(session, topic_id, for_update=for_update)
    if topic is None:
        raise NotFound("no such topic")
    return topic


async def visible_post(session: AsyncSession, post_id: uuid.UUID) -> tuple[Topic, Post]:
    """The post and its topic, both locked for this transaction; 404 if either is deleted."""
    post = await repository.post(session, post_id, for_update=True)
    topic = await repository.topic(session, post.topic_id, for_update=True) if post is not None else None
    if post is None or topic is None or post.deleted_at is not None:
        raise NotFound("no such post")
    return topic, post


async def edit(session: AsyncSession, user: User, post_id: uuid.UUID, body: PostEdit, *, at: datetime) -> Post:
    """New text for a post; the text it replaces is kept in its history."""
    topic, post = await visible_post(session, post_id)
    _may_change(user, post.author_id)
    if not user.is_moderator:
        if post.hidden_at is not None:
            raise Conflict("this post is hidden by the moderators: it cannot be edited")
        if topic.locked:
            raise Conflict("this topic is locked")
        await not_silenced(session, user, at)
    if body.body != post.body:
        written = post.edited_at or post.created_at
        repository.add(
            session,
            PostRevision(post_id=post.id, body=post.body, written_at=written, replaced_at=at, replaced_by=user.id),
        )
        post.body, post.html, post.edited_at = body.body, render(body.body), at
        topic.version += 1
    return post


async def delete(session: AsyncSession, user: User, post_id: uuid.UUID, *, at: datetime) -> None:
    """A soft delete: the post keeps its place and number, empty. The first post takes its topic with it."""
    topic, post = await visible_post(session, post_id)
    _may_change(user, post.author_id)
    post.deleted_at = at
    topic.version += 1
    if post.number == 1:
        topic.deleted_at = at
        return
    if post.hidden_at is None:  # a hidden reply has already left the count
        topic.posts_count -= 1
    if topic.solution_post_id == post.id:
        topic.solution_post_id = None


async def choose_solution(
    session: AsyncSession, outbox: Outbox, user: User, topic_id: uuid.UUID, post_id: uuid.UUID | None, *, at: datetime
) -> Topic:
    """The topic's author or a moderator marks the reply that solved it (None: no longer solved); the reply's
    author is told (a case author's reply: through the case)."""
    topic = await visible_topic(session, topic_id, for_update=True)
    _may_change(user, topic.author_id)
    if post_id is not None:
        post = await repository.post(session, post_id)
        if post is None or post.topic_id != topic.id or post.deleted_at is not None or post.number == 1:
            raise Invalid({"post_id": "not a reply in this topic"})
        if topic.solution_post_id != post.id:
            await _announce_solution(session, outbox, topic, post, user, at)
    topic.solution_post_id = post_id
    topic.version += 1
    return topic


async def _announce_solution(
    session: AsyncSession, outbox: Outbox, topic: Topic, post: Post, user: User, at: datetime
) -> None:
    await outbox.add(session, ForumTopicSolvedV1(topic_id=topic.id, post_id=post.id, at=at))
    by_case_author = post.author_id is None and post.author_name == CASE_AUTHOR_NAME
    told = [post.author_id] if post.author_id is not None and post.author_id != user.id else []
    case_id = await _case_of(session, topic) if by_case_author else None
    if told or case_id:
        accepted = ForumAnswerAcceptedV1(
            topic_id=topic.id, post_id=post.id, title=topic.title, recipient_ids=told, case_id=case_id, at=at
        )
        await outbox.add(session, accepted)


async def like(session: AsyncSession, user: User, post_id: uuid.UUID, liked: bool, *, at: datetime) -> Post:
    """Like (or no longer like) a post; once per person, however often asked. Not one's own post."""
    _, post = await visible_post(session, post_id)
    if post.author_id == user.id:
        raise Forbidden("one's own post cannot be liked")
    existing = await repository.like(session, post.id, user.id)
    if liked and existing is None:
        repository.add(session, PostLike(post_id=post.id, user_id=user.id, created_at=at))
        post.likes += 1
    elif not liked and existing is not None:
        await session.delete(existing)
        post.likes -= 1
    return post


@dataclass(frozen=True)
class TopicPage:
    topics: Sequence[Topic]
    next_cursor: str | None


async def topics(session: AsyncSession, section_id: str, order: str, cursor: str | None, limit: int) -> TopicPage:
    """One page of a section's topics, newest activity (or newest topic) first, by keyset: stable while people
    post. `cursor` is the `next` of the previous page."""
    if await repository.section(session, section_id) is None:
        raise NotFound("no such section")
    after = cursors.decode(cursor) if cursor else None
    found = await repository.topics_page(session, section_id, order, limit, after)
    page, more = found[:limit], len(found) > limit
    last = page[-1] if page else None
    next_cursor = cursors.encode(repository.topic_order_value(last, order), last.id) if more and last else None
    pinned = await repository.pinned_topics(session, section_id, order) if after is None else []
    return TopicPage([*pinned, *page], next_cursor)


async def topic_with_posts(
    session: AsyncSession, topic_id: uuid.UUID, after: int, limit: int
) -> tuple[Topic, Sequence[Post], int | None]:
    topic = await visible_topic(session, topic_id)
    found = await repository.posts_page(session, topic.id, after, limit)
    posts = found[:limit]
    return topic, posts, (posts[-1].number if len(found) > limit else None)


async def history(session: AsyncSession, post_id: uuid.UUID) -> Sequence[PostRevision]:
    """A visible post's earlier texts. A hidden post's are hidden with it (its earlier text may be what was flagged)."""
    post = await repository.post(session, post_id)
    if post is None or post.deleted_at is not None or await repository.topic(session, post.topic_id) is None:
        raise NotFound("no such post")
    if post.hidden_at is not None:
        return []
    return await repository.revisions(session, post.id)


async def receive_shared_case(
    session: AsyncSession, outbox: Outbox, event: CaseSharedToForumV1, *, at: datetime
) -> None:
    """A case shared to the forum (already de-identified by the cases service): a new topic in the shared-cases
    section, always its own (`topic_id` is not followed). Once per case, however often the event arrives. Who shared it
    (`shared_by`) is not kept: the case's author must not be traceable from the forum."""
    if await repository.post_of_case(session, event.case_id) is not None:
        return
    text = _case_text(event.problem, event.question)
    if event.topic_id is not None:
        # Never into another topic: the replies of two cases' authors would both read "Автор кейса" there, and the
        # notices for one would reach the other's author. Each shared case has a topic of its own.
        log.info("forum.case_topic_of_its_own", asked_topic_id=str(event.topic_id))
    section = await repository.shared_cases_section(session)
    if section is None:
        raise RuntimeError("no section for shared cases: the forum's migrations seed one")
    title = " ".join(event.question.split())
    if len(title) < TITLE_MIN:
        title = f"Кейс: {title}"
    if len(title) > TITLE_MAX:
        title = title[: TITLE_MAX - 1].rstrip() + "…"
    topic = Topic(
        id=uuid.uuid4(),
        section_id=section.id,
        kind="shared_case",
        title=title,
        author_id=None,
        author_name=_name(None),
        rubrics=list(event.rubrics),
        posts_count=1,
        last_number=1,
        created_at=at,
        last_post_at=at,
    )
    repository.add(session, topic, _post(topic, 1, None, text, at, case_id=event.case_id))
    await outbox.add(session, ForumTopicCreatedV1(topic_id=topic.id, section_id=section.id, kind="shared_case", at=at))
    log.info("forum.case_shared", topic_id=str(topic.id))


def _case_text(problem: str, question: str) -> str:
    """The shared case as a post, within a post's limit like any other: the problem is cut (marked) if need be,
    the question kept whole as far as possible."""
    question_part = f"\n\n**Вопрос к коллегам:** {question}"[: BODY_MAX // 2]
    room = BODY_MAX - len(question_part)
    if len(problem) > room:
        problem = problem[: room - 2].rstrip() + " …"
    return problem + question_part


class SharedCaseNotHereYet(LookupError):
    """The author's reply came before the shared case itself: the consumer retries it later."""


async def receive_case_author_post(
    session: AsyncSession, outbox: Outbox, event: CaseAuthorPostedToForumV1, *, at: datetime
) -> None:
    """The author of a shared case replies in its topic, shown as "Автор кейса" (the cases service sent the text
    de-identified and never says who they are). Once per post id."""
    if await repository.post(session, event.post_id) is not None:
        return
    case_post = await repository.post_of_case(session, event.case_id)
    if case_post is None:
        raise SharedCaseNotHereYet("the shared case has not reached the forum yet")
    topic = await repository.topic(session, case_post.topic_id, for_update=True)
    if topic is None or topic.locked:  # deleted or locked meanwhile: nowhere to post
        log.info("forum.case_author_post_dropped", topic_id=str(case_post.topic_id))
        return
    await _append(
        session,
        outbox,
        topic,
        lambda n: _post(topic, n, None, event.body[:BODY_MAX], at, post_id=event.post_id, name=CASE_AUTHOR_NAME),
        at,
        by_case_author=True,
    )
