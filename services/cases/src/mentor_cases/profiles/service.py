"""The mentee's questionnaire: kept per user, read by the cases feature where the author may be known."""

from datetime import datetime

from sqlalchemy.ext.asyncio import AsyncSession

from mentor_cases.profiles import repository
from mentor_cases.profiles.models import MenteeProfile
from mentor_cases.profiles.schemas import ProfileUpdate


async def questionnaire_of(session: AsyncSession, user_id: str) -> MenteeProfile | None:
    return await repository.find_profile(session, user_id)


async def fill_questionnaire(
    session: AsyncSession, user_id: str, body: ProfileUpdate, *, at: datetime
) -> MenteeProfile:
    """Fill the questionnaire, or replace what was filled before."""
    profile = await repository.find_profile(session, user_id) or MenteeProfile(user_id=user_id)
    for field, value in body.model_dump().items():
        setattr(profile, field, value)
    profile.updated_at = at
    repository.add(session, profile)
    return profile
