"""Every query of polls."""

import uuid
from collections.abc import Sequence
from datetime import datetime
from typing import Literal

from sqlalchemy import delete, func, select
from sqlalchemy.ext.asyncio import AsyncSession

from mentor_forum.db import Base
from mentor_forum.polls.models import Poll, PollBallot, PollChoice, PollOption
from mentor_kit.db import upsert_insert

Lock = Literal["share", "update"] | None


def add(session: AsyncSession, *rows: Base) -> None:
    session.add_all(rows)


async def poll(session: AsyncSession, poll_id: uuid.UUID, *, lock: Lock = None) -> Poll | None:
    """`lock`: "share" while a ballot is cast (many at once, but not while the poll closes), "update" to close."""
    statement = select(Poll).where(Poll.id == poll_id)
    if lock is not None:
        statement = statement.with_for_update(read=lock == "share")
    return (await session.execute(statement)).scalar_one_or_none()


async def polls_of_topic(session: AsyncSession, topic_id: uuid.UUID) -> Sequence[Poll]:
    statement = select(Poll).where(Poll.topic_id == topic_id).order_by(Poll.created_at, Poll.id)
    return (await session.execute(statement)).scalars().all()


async def polls_count(session: AsyncSession, topic_id: uuid.UUID) -> int:
    return int((await session.execute(select(func.count()).where(Poll.topic_id == topic_id))).scalar_one())


async def options(session: AsyncSession, poll_ids: Sequence[uuid.UUID]) -> dict[uuid.UUID, list[PollOption]]:
    statement = select(PollOption).where(PollOption.poll_id.in_(poll_ids)).order_by(PollOption.position)
    found: dict[uuid.UUID, list[PollOption]] = {}
    for option in (await session.execute(statement)).scalars():
        found.setdefault(option.poll_id, []).append(option)
    return found


async def votes(session: AsyncSession, poll_ids: Sequence[uuid.UUID]) -> dict[uuid.UUID, int]:
    """How many ballots chose each option (counted, never kept in a column that parallel ballots could race on)."""
    statement = (
        select(PollChoice.option_id, func.count())
        .where(PollChoice.poll_id.in_(poll_ids))
        .group_by(PollChoice.option_id)
    )
    return {option_id: int(count) for option_id, count in (await session.execute(statement)).all()}


async def voters_count(session: AsyncSession, poll_ids: Sequence[uuid.UUID]) -> dict[uuid.UUID, int]:
    statement = (
        select(PollBallot.poll_id, func.count()).where(PollBallot.poll_id.in_(poll_ids)).group_by(PollBallot.poll_id)
    )
    return {poll_id: int(count) for poll_id, count in (await session.execute(statement)).all()}


async def voters(session: AsyncSession, poll_ids: Sequence[uuid.UUID]) -> dict[uuid.UUID, list[tuple[str, str]]]:
    """Who chose each option, (id, name), earliest ballot first."""
    statement = (
        select(PollChoice.option_id, PollBallot.user_id, PollBallot.user_name)
        .join(PollBallot, (PollBallot.poll_id == PollChoice.poll_id) & (PollBallot.user_id == PollChoice.user_id))
        .where(PollChoice.poll_id.in_(poll_ids))
        .order_by(PollBallot.voted_at, PollBallot.user_id)
    )
    found: dict[uuid.UUID, list[tuple[str, str]]] = {}
    for option_id, user_id, name in (await session.execute(statement)).all():
        found.setdefault(option_id, []).append((user_id, name))
    return found


async def choices_of(
    session: AsyncSession, poll_ids: Sequence[uuid.UUID], user_id: str
) -> dict[uuid.UUID, set[uuid.UUID]]:
    statement = select(PollChoice.poll_id, PollChoice.option_id).where(
        PollChoice.poll_id.in_(poll_ids), PollChoice.user_id == user_id
    )
    found: dict[uuid.UUID, set[uuid.UUID]] = {}
    for poll_id, option_id in (await session.execute(statement)).all():
        found.setdefault(poll_id, set()).add(option_id)
    return found


async def take_ballot(session: AsyncSession, poll_id: uuid.UUID, user_id: str, name: str, at: datetime) -> None:
    """The person's ballot row, created or touched by one upsert: its row lock makes that person's parallel changes
    wait for each other (a plain insert would fail on the second, a read-then-insert would merge two ballots)."""
    insert = upsert_insert(session)(PollBallot).values(poll_id=poll_id, user_id=user_id, user_name=name, voted_at=at)
    statement = insert.on_conflict_do_update(
        index_elements=[PollBallot.poll_id, PollBallot.user_id], set_={"user_name": name, "voted_at": at}
    )
    await session.execute(statement)


async def clear_choices(session: AsyncSession, poll_id: uuid.UUID, user_id: str) -> None:
    await session.execute(delete(PollChoice).where(PollChoice.poll_id == poll_id, PollChoice.user_id == user_id))


async def remove_ballot(session: AsyncSession, poll_id: uuid.UUID, user_id: str) -> None:
    """The ballot row is locked first, as `take_ballot` does: the same person's parallel changes take their locks
    in one order (choices first here would deadlock against a ballot being replaced)."""
    mine = (PollBallot.poll_id == poll_id) & (PollBallot.user_id == user_id)
    if (await session.execute(select(PollBallot.user_id).where(mine).with_for_update())).first() is None:
        return
    await clear_choices(session, poll_id, user_id)
    await session.execute(delete(PollBallot).where(mine))
