"""Polls in a topic: its author or a moderator adds them; anyone signed in casts one ballot per poll, changed or
withdrawn until the poll closes. The tally is counted when read and shown only as the poll's `results` allows."""

import uuid
from collections.abc import Sequence
from datetime import datetime

from sqlalchemy.ext.asyncio import AsyncSession

from mentor_forum.discussions import repository as discussions
from mentor_forum.discussions.models import Topic
from mentor_forum.discussions.service import not_silenced, visible_topic  # the same silence check as posting
from mentor_forum.polls import repository, rules
from mentor_forum.polls.models import Poll, PollChoice, PollOption
from mentor_forum.polls.schemas import (
    BallotCast,
    OptionRead,
    OptionResult,
    PollCreate,
    PollRead,
    PollReopen,
    Results,
    Voter,
)
from mentor_kit.auth import User
from mentor_kit.clock import as_utc
from mentor_kit.web import Conflict, Forbidden, Invalid, NotFound

MAX_POLLS = 5  # a topic's; the topic row is locked while one is added, so parallel requests cannot pass it


async def create(session: AsyncSession, user: User, topic_id: uuid.UUID, body: PollCreate, *, at: datetime) -> Poll:
    topic = await visible_topic(session, topic_id, for_update=True)
    if not (user.is_moderator or (topic.author_id is not None and topic.author_id == user.id)):
        raise Forbidden("only the topic's author or a moderator may add a poll")
    if topic.locked:
        raise Conflict("this topic is locked: no new polls")
    await not_silenced(session, user, at)
    least, most = rules.choice_limits(body.kind, body.min_choices, body.max_choices, len(body.options))
    closes_at = rules.closing_time(body.closes_at, at) if body.closes_at is not None else None
    if await repository.polls_count(session, topic.id) >= MAX_POLLS:
        raise Conflict(f"a topic holds at most {MAX_POLLS} polls")
    poll = Poll(
        id=uuid.uuid4(),
        topic_id=topic.id,
        created_by=user.id,
        question=body.question,
        kind=body.kind,
        min_choices=least,
        max_choices=most,
        results=body.results,
        voters=body.voters,
        closes_at=closes_at,
        created_at=at,
    )
    options = [PollOption(id=uuid.uuid4(), poll_id=poll.id, position=i, text=t) for i, t in enumerate(body.options)]
    repository.add(session, poll, *options)
    return poll


async def of_topic(session: AsyncSession, topic_id: uuid.UUID) -> Sequence[Poll]:
    topic = await visible_topic(session, topic_id)
    if topic.hidden:  # its first post is hidden by the moderators: so are its polls
        return []
    return await repository.polls_of_topic(session, topic.id)


async def visible_poll(
    session: AsyncSession, poll_id: uuid.UUID, *, lock: repository.Lock = None
) -> tuple[Topic, Poll]:
    """The poll and its topic; 404 once the topic is deleted. `lock`: see `repository.poll`."""
    poll = await repository.poll(session, poll_id, lock=lock)
    topic = await discussions.topic(session, poll.topic_id) if poll is not None else None
    if poll is None or topic is None or topic.hidden:  # a hidden topic's polls are hidden with it
        raise NotFound("no such poll")
    return topic, poll


def _ballots_open(topic: Topic, poll: Poll, at: datetime) -> None:
    if rules.is_closed(poll.closes_at, poll.closed_at, at):
        when = as_utc(poll.closed_at or poll.closes_at or at)
        raise Conflict(
            f"this poll closed at {when.isoformat()}: ballots can no longer be cast, changed or withdrawn",
            closed_at=when.isoformat(),
        )
    if topic.locked:
        raise Conflict("this topic is locked: its polls take no ballots")


def _ballot_problem(poll: Poll, chosen: Sequence[uuid.UUID], options: set[uuid.UUID]) -> str | None:
    if len(set(chosen)) != len(chosen):
        return "an option is chosen twice"
    if not set(chosen) <= options:
        return "not an option of this poll"
    if poll.min_choices == poll.max_choices and len(chosen) != poll.min_choices:
        return f"choose exactly {poll.min_choices}"
    if not poll.min_choices <= len(chosen) <= poll.max_choices:
        return f"choose from {poll.min_choices} to {poll.max_choices} options"
    return None


async def cast(session: AsyncSession, user: User, poll_id: uuid.UUID, body: BallotCast, *, at: datetime) -> Poll:
    """The person's ballot, replacing the one they cast before. The poll is share-locked: many ballots at once,
    none while it is being closed."""
    topic, poll = await visible_poll(session, poll_id, lock="share")
    _ballots_open(topic, poll, at)
    await not_silenced(session, user, at)
    options = {o.id for o in (await repository.options(session, [poll.id])).get(poll.id, [])}
    problem = _ballot_problem(poll, body.choices, options)
    if problem is not None:
        raise Invalid({"choices": problem})
    name = (user.name or user.id)[:200] if poll.voters == "public" else ""  # a secret poll keeps no names
    await repository.take_ballot(session, poll.id, user.id, name, at)
    await repository.clear_choices(session, poll.id, user.id)
    repository.add(session, *(PollChoice(poll_id=poll.id, user_id=user.id, option_id=o) for o in body.choices))
    return poll


async def withdraw(session: AsyncSession, user: User, poll_id: uuid.UUID, *, at: datetime) -> Poll:
    """No ballot of this person any more (none: nothing to do). Not in a poll whose results show after voting: a
    vote, a look and a withdrawal would show the tally without taking part."""
    topic, poll = await visible_poll(session, poll_id, lock="share")
    _ballots_open(topic, poll, at)
    await not_silenced(session, user, at)
    if poll.results == "after_vote":
        raise Conflict("its results show after voting: your ballot can be changed, not withdrawn")
    await repository.remove_ballot(session, poll.id, user.id)
    return poll


def _may_manage(user: User, poll: Poll) -> None:
    if not (user.is_moderator or poll.created_by == user.id):
        raise Forbidden("only the poll's creator or a moderator may do this")


async def close(session: AsyncSession, user: User, poll_id: uuid.UUID, *, at: datetime) -> Poll:
    """Closed now (already closed: unchanged). Waits for the ballots being cast, then takes none."""
    _, poll = await visible_poll(session, poll_id, lock="update")
    _may_manage(user, poll)
    if not rules.is_closed(poll.closes_at, poll.closed_at, at):
        poll.closed_at = at
    return poll


async def reopen(session: AsyncSession, user: User, poll_id: uuid.UUID, body: PollReopen, *, at: datetime) -> Poll:
    """Open again: only if its closing time has not passed, unless `closes_at` is given anew (or cleared)."""
    topic, poll = await visible_poll(session, poll_id, lock="update")
    _may_manage(user, poll)
    if topic.locked and not user.is_moderator:
        raise Conflict("this topic is locked")
    if poll.results == "after_close" and rules.is_closed(poll.closes_at, poll.closed_at, at):
        # its results were shown on closing: open again, it would take ballots from people who have seen them
        raise Conflict("its results were shown when it closed: it cannot be opened again")
    if "closes_at" in body.model_fields_set:
        poll.closes_at = rules.closing_time(body.closes_at, at) if body.closes_at is not None else None
    elif poll.closes_at is not None and as_utc(poll.closes_at) <= at:
        raise Conflict("its closing time has passed: give a new closes_at, or null to clear it")
    poll.closed_at = None
    return poll


def _results(
    poll: Poll,
    options: Sequence[PollOption],
    votes: dict[uuid.UUID, int],
    total: int,
    names: dict[uuid.UUID, list[tuple[str, str]]],
) -> Results:
    counts = [votes.get(o.id, 0) for o in options]
    shares = rules.shares(counts, total, whole=poll.kind == "single")
    public = poll.voters == "public"
    return Results(
        total_voters=total,
        options=[
            OptionResult(
                option_id=o.id,
                votes=count,
                share=share,
                voters=[Voter(id=i, name=n) for i, n in names.get(o.id, [])] if public else None,
            )
            for o, count, share in zip(options, counts, shares, strict=True)
        ],
    )


async def describe(
    session: AsyncSession, polls: Sequence[Poll], reader: User | None, *, at: datetime
) -> list[PollRead]:
    """The polls as this reader may see them. Counts and voters are not even read for a poll whose results are
    hidden from them, so no field can leak them; voters' names only for public polls."""
    ids = [p.id for p in polls]
    options = await repository.options(session, ids) if ids else {}
    mine = await repository.choices_of(session, ids, reader.id) if reader is not None and ids else {}
    closed = {p.id: rules.is_closed(p.closes_at, p.closed_at, at) for p in polls}
    hidden = {p.id: rules.hidden_until(p.results, closed=closed[p.id], voted=p.id in mine) for p in polls}
    shown = {p.id for p in polls if hidden[p.id] is None}
    votes = await repository.votes(session, list(shown)) if shown else {}
    totals = await repository.voters_count(session, list(shown)) if shown else {}
    public = [p.id for p in polls if p.id in shown and p.voters == "public"]
    names = await repository.voters(session, public) if public else {}
    return [
        PollRead(
            id=p.id,
            topic_id=p.topic_id,
            question=p.question,
            kind=p.kind,
            min_choices=p.min_choices,
            max_choices=p.max_choices,
            results_visibility=p.results,
            voters=p.voters,
            closes_at=p.closes_at,
            closed_at=p.closed_at,
            closed=closed[p.id],
            created_by=p.created_by,
            created_at=p.created_at,
            options=[OptionRead(id=o.id, text=o.text) for o in options.get(p.id, [])],
            my_choices=None if reader is None else [o.id for o in options.get(p.id, []) if o.id in mine.get(p.id, ())],
            results=_results(p, options.get(p.id, []), votes, totals.get(p.id, 0), names) if p.id in shown else None,
            results_hidden_until=hidden[p.id],
        )
        for p in polls
    ]
