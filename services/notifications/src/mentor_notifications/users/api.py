"""`/me` (profile) and `/preferences`: what the caller receives and how; `/recipients/{id}` for a directory sync."""

from typing import Annotated

from fastapi import APIRouter, Depends

from mentor_kit.auth import CurrentUser, require_roles
from mentor_kit.web.deps import DbSession
from mentor_notifications.context import NotificationsContextDep
from mentor_notifications.users import service
from mentor_notifications.users.models import Recipient
from mentor_notifications.users.schemas import (
    PreferencesRead,
    PreferencesUpdate,
    ProfileRead,
    ProfileUpdate,
    RecipientUpdate,
)

router = APIRouter(tags=["profile"])


async def _registered_caller(user: CurrentUser, session: DbSession, ctx: NotificationsContextDep) -> Recipient:
    return await service.register(session, user, at=ctx.clock())


Me = Annotated[Recipient, Depends(_registered_caller)]  # the caller as a recipient (registered on first use)


def _profile(recipient: Recipient) -> ProfileRead:
    return ProfileRead.model_validate(recipient, from_attributes=True)


@router.get("/me", response_model=ProfileRead)
async def read_profile(me: Me) -> ProfileRead:
    return _profile(me)


@router.put("/me", response_model=ProfileRead)
async def update_profile(me: Me, change: ProfileUpdate, ctx: NotificationsContextDep) -> ProfileRead:
    return _profile(service.update_profile(me, change, at=ctx.clock()))


@router.get("/preferences", response_model=PreferencesRead)
async def read_preferences(me: Me, session: DbSession) -> PreferencesRead:
    return await service.preferences(session, me)


@router.put("/preferences", response_model=PreferencesRead)
async def update_preferences(
    me: Me, session: DbSession, change: PreferencesUpdate, ctx: NotificationsContextDep
) -> PreferencesRead:
    return await service.update_preferences(session, me, change, at=ctx.clock())


@router.put(
    "/recipients/{user_id}",
    response_model=ProfileRead,
    dependencies=[Depends(require_roles("admin"))],
    summary="Create or update a person from the university directory (so they hear from us before a first visit)",
)
async def write_recipient(
    user_id: str, body: RecipientUpdate, session: DbSession, ctx: NotificationsContextDep
) -> ProfileRead:
    return _profile(await service.write_from_directory(session, user_id, body, at=ctx.clock()))
