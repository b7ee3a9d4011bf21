"""Every query about mentors."""

from collections.abc import Mapping, Sequence
from typing import Any

from sqlalchemy import RowMapping, bindparam, delete, insert, select, update
from sqlalchemy.ext.asyncio import AsyncSession
from sqlalchemy.orm import selectinload

from mentor_kit.db import fetch_page
from mentor_kit.web import PageParams
from mentor_matching.mentors.models import Mentor, MentorRubric

# The public card's columns of an active mentor, as one row (no ORM object): the most read thing in matching.
_CARD = select(
    Mentor.id,
    Mentor.name,
    Mentor.position,
    Mentor.department,
    Mentor.rubrics,
    Mentor.interests,
    Mentor.bio,
    Mentor.photo_url,
).where(Mentor.id == bindparam("mentor_id"), Mentor.active)


async def active_card(session: AsyncSession, mentor_id: str) -> RowMapping | None:
    return (await session.execute(_CARD, {"mentor_id": mentor_id})).mappings().first()


async def find(session: AsyncSession, mentor_id: str, *, with_leaves: bool = False) -> Mentor | None:
    options = [selectinload(Mentor.leaves)] if with_leaves else []
    return await session.get(Mentor, mentor_id, options=options)


async def any_exists(session: AsyncSession) -> bool:
    return (await session.execute(select(Mentor.id).limit(1))).first() is not None


async def active_page(session: AsyncSession, paging: PageParams, rubric: str | None) -> tuple[Sequence[Mentor], int]:
    """Active mentors by name (then id), optionally those with `rubric`: the page and the total, in SQL.
    Without a rubric: the index on mentors (active, name, id). With one: the page of ids and the total from the
    index on mentor_rubrics (code, active, name, mentor_id), then those mentors by primary key."""
    if rubric is None:
        statement = select(Mentor).where(Mentor.active).order_by(Mentor.name, Mentor.id)
        return await fetch_page(session, statement, paging)
    ids_statement = (
        select(MentorRubric.mentor_id)
        .where(MentorRubric.code == rubric, MentorRubric.active)
        .order_by(MentorRubric.name, MentorRubric.mentor_id)
    )
    ids, total = await fetch_page(session, ids_statement, paging)
    found = {m.id: m for m in (await session.execute(select(Mentor).where(Mentor.id.in_(ids)))).scalars()}
    return [found[mentor_id] for mentor_id in ids if mentor_id in found], total


async def save(session: AsyncSession, mentor: Mentor) -> None:
    """Write the mentor and rewrite its `mentor_rubrics` rows (one per distinct rubric, with name and active)."""
    session.add(mentor)
    await session.flush()
    await session.execute(delete(MentorRubric).where(MentorRubric.mentor_id == mentor.id))
    rows = [
        {"mentor_id": mentor.id, "code": code, "name": mentor.name, "active": mentor.active}
        for code in sorted(set(mentor.rubrics))
    ]
    if rows:
        await session.execute(insert(MentorRubric), rows)


async def set_active(session: AsyncSession, mentor: Mentor, active: bool) -> None:
    mentor.active = active
    await session.execute(update(MentorRubric).where(MentorRubric.mentor_id == mentor.id).values(active=active))


async def add_many(session: AsyncSession, rows: Sequence[Mapping[str, Any]]) -> None:
    """Bulk insert of new mentors (column values; `rubrics` and `name` required) with their `mentor_rubrics`."""
    if not rows:
        return
    await session.execute(insert(Mentor), [dict(row) for row in rows])
    rubric_rows = [
        {"mentor_id": row["id"], "code": code, "name": row["name"], "active": row.get("active", True)}
        for row in rows
        for code in sorted(set(row["rubrics"]))
    ]
    if rubric_rows:
        await session.execute(insert(MentorRubric), rubric_rows)
