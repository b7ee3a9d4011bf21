"""Mentor profiles: the public list and card, the mentor's own profile, activation by moderators."""

from collections.abc import Sequence
from datetime import datetime

from sqlalchemy import RowMapping
from sqlalchemy.ext.asyncio import AsyncSession

from mentor_kit.web import NotFound, PageParams
from mentor_matching.mentors import repository
from mentor_matching.mentors.models import Leave, Mentor
from mentor_matching.mentors.schemas import MentorUpdate


async def public_cards(session: AsyncSession, paging: PageParams, rubric: str | None) -> tuple[Sequence[Mentor], int]:
    return await repository.active_page(session, paging, rubric)


async def public_card(session: AsyncSession, mentor_id: str) -> RowMapping:
    card = await repository.active_card(session, mentor_id)
    if card is None:
        raise NotFound("no such mentor")
    return card


async def profile(session: AsyncSession, mentor_id: str) -> Mentor | None:
    """The card and private settings, leaves included; None before the mentor first writes them."""
    return await repository.find(session, mentor_id, with_leaves=True)


async def write_profile(session: AsyncSession, mentor_id: str, body: MentorUpdate, at: datetime) -> Mentor:
    """Create or replace the card and settings (a new mentor starts active)."""
    mentor = await repository.find(session, mentor_id, with_leaves=True) or Mentor(id=mentor_id, active=True, leaves=[])
    for field, value in body.model_dump(exclude={"leaves"}, mode="json").items():
        setattr(mentor, field, value)
    mentor.leaves = [Leave(start=leave.start, end=leave.end) for leave in body.leaves]
    mentor.updated_at = at
    await repository.save(session, mentor)
    return mentor


async def set_active(session: AsyncSession, mentor_id: str, active: bool) -> Mentor:
    mentor = await repository.find(session, mentor_id, with_leaves=True)
    if mentor is None:
        raise NotFound("no such mentor")
    await repository.set_active(session, mentor, active)
    return mentor


async def has_any(session: AsyncSession) -> bool:
    return await repository.any_exists(session)
