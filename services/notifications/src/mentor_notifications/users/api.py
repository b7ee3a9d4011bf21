"""`/me` (profile) and `/preferences`: what the caller receives and how."""

from typing import Annotated

from fastapi import APIRouter, Depends

from mentor_kit.auth import CurrentUser, User, require_roles
from mentor_kit.web.deps import DbSession
from mentor_notifications.users import service
from mentor_notifications.users.models import Recipient
from mentor_notifications.users.schemas import (
    PreferencesRead,
    PreferencesUpdate,
    ProfileRead,
    ProfileUpdate,
    RecipientWrite,
)

router = APIRouter(tags=["profile"])


async def _me(user: CurrentUser, session: DbSession) -> Recipient:
    return await service.register(session, user)


Me = Annotated[Recipient, Depends(_me)]


def _profile(recipient: Recipient) -> ProfileRead:
    return ProfileRead(id=recipient.id, email=recipient.email, locale=recipient.locale, roles=recipient.roles)  # type: ignore[arg-type]


@router.get("/me", response_model=ProfileRead)
async def read_profile(me: Me) -> ProfileRead:
    return _profile(me)


@router.put("/me", response_model=ProfileRead)
async def update_profile(me: Me, change: ProfileUpdate) -> ProfileRead:
    return _profile(service.update_profile(me, change))


@router.get("/preferences", response_model=PreferencesRead)
async def read_preferences(me: Me, session: DbSession) -> PreferencesRead:
    return await service.preferences(session, me)


@router.put("/preferences", response_model=PreferencesRead)
async def update_preferences(me: Me, session: DbSession, change: PreferencesUpdate) -> PreferencesRead:
    await service.update_preferences(session, me, change)
    return await service.preferences(session, me)


@router.put(
    "/recipients/{user_id}",
    response_model=ProfileRead,
    dependencies=[Depends(require_roles("admin"))],
    summary="Create or update a person from the university directory (so they hear from us before a first visit)",
)
async def write_recipient(user_id: str, body: RecipientWrite, session: DbSession) -> ProfileRead:
    claims = User(id=user_id, roles=frozenset(body.roles), email=body.email or "", locale=body.locale or "")
    recipient = await service.register(session, claims)
    return _profile(service.update_profile(recipient, body))
