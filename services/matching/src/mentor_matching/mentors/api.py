"""Mentor profiles: public cards without login; the mentor writes their own; moderators (de)activate."""

from datetime import UTC, datetime
from typing import Annotated

from fastapi import APIRouter, Depends, Query
from sqlalchemy import select
from sqlalchemy.ext.asyncio import AsyncSession

from mentor_contracts.taxonomy import RubricCode
from mentor_kit.auth import CurrentUser, require_roles
from mentor_kit.web import NotFound
from mentor_kit.web.deps import DbSession
from mentor_matching.mentors.models import Leave, Mentor
from mentor_matching.mentors.schemas import MentorCard, MentorPrivate, MentorWrite

router = APIRouter(prefix="/mentors", tags=["mentors"])


@router.get("", summary="Public mentor cards, optionally by rubric (no login needed)")
async def list_mentors(
    session: DbSession,
    rubric: RubricCode | None = None,
    limit: Annotated[int, Query(ge=1, le=200)] = 50,
    offset: Annotated[int, Query(ge=0)] = 0,
) -> list[MentorCard]:
    mentors = (await session.execute(select(Mentor).where(Mentor.active.is_(True)).order_by(Mentor.name))).scalars()
    cards = [MentorCard.model_validate(m) for m in mentors if rubric is None or rubric in m.rubrics]
    return cards[offset : offset + limit]


@router.get("/me", dependencies=[Depends(require_roles("mentor"))], summary="My card and private settings")
async def my_profile(session: DbSession, user: CurrentUser) -> MentorPrivate:
    mentor = await session.get(Mentor, user.id)
    if mentor is None:
        raise NotFound("no profile yet: PUT /mentors/me")
    return MentorPrivate.model_validate(mentor)


async def _write(session: AsyncSession, mentor_id: str, body: MentorWrite) -> MentorPrivate:
    mentor = await session.get(Mentor, mentor_id) or Mentor(id=mentor_id, active=True)
    for field, value in body.model_dump(exclude={"leaves"}, mode="json").items():
        setattr(mentor, field, value)
    mentor.leaves = [Leave(start=leave.start, end=leave.end) for leave in body.leaves]
    mentor.updated_at = datetime.now(UTC)
    session.add(mentor)
    await session.flush()
    return MentorPrivate.model_validate(mentor)


@router.put("/me", dependencies=[Depends(require_roles("mentor"))], summary="Write my card and settings")
async def write_profile(body: MentorWrite, session: DbSession, user: CurrentUser) -> MentorPrivate:
    return await _write(session, user.id, body)


@router.put(
    "/{mentor_id}",
    dependencies=[Depends(require_roles("moderator", "admin"))],
    summary="Write a mentor's card and settings (moderators)",
)
async def write_mentor(mentor_id: str, body: MentorWrite, session: DbSession) -> MentorPrivate:
    return await _write(session, mentor_id, body)


@router.get("/{mentor_id}", responses={404: {"description": "No such active mentor"}}, summary="A public card")
async def card(mentor_id: str, session: DbSession) -> MentorCard:
    mentor = await session.get(Mentor, mentor_id)
    if mentor is None or not mentor.active:
        raise NotFound("no such mentor")
    return MentorCard.model_validate(mentor)


@router.put(
    "/{mentor_id}/active",
    dependencies=[Depends(require_roles("moderator", "admin"))],
    summary="Activate or deactivate a mentor (moderators)",
)
async def set_active(mentor_id: str, active: bool, session: DbSession) -> MentorPrivate:
    mentor = await session.get(Mentor, mentor_id)
    if mentor is None:
        raise NotFound("no such mentor")
    mentor.active = active
    return MentorPrivate.model_validate(mentor)
