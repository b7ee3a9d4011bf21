"""The mentee's own profile and questionnaire."""

from datetime import UTC, datetime

from fastapi import APIRouter, Depends
from sqlalchemy.ext.asyncio import AsyncSession

from mentor_cases.profiles.models import MenteeProfile
from mentor_cases.profiles.schemas import ProfileRead, ProfileWrite
from mentor_kit.auth import CurrentUser, require_roles
from mentor_kit.web import NotFound
from mentor_kit.web.deps import DbSession

router = APIRouter(prefix="/profile", tags=["mentee profile"], dependencies=[Depends(require_roles("mentee"))])


async def get_profile(session: AsyncSession, user_id: str) -> MenteeProfile | None:
    return await session.get(MenteeProfile, user_id)


@router.get("", responses={404: {"description": "Not filled yet"}}, summary="My questionnaire")
async def read_profile(session: DbSession, user: CurrentUser) -> ProfileRead:
    profile = await get_profile(session, user.id)
    if profile is None:
        raise NotFound("the questionnaire is not filled yet")
    return ProfileRead.model_validate(profile)


@router.put("", summary="Fill or update my questionnaire")
async def write_profile(body: ProfileWrite, session: DbSession, user: CurrentUser) -> ProfileRead:
    profile = await get_profile(session, user.id) or MenteeProfile(user_id=user.id)
    for field, value in body.model_dump().items():
        setattr(profile, field, value)
    profile.updated_at = datetime.now(UTC)
    session.add(profile)
    return ProfileRead.model_validate(profile)
