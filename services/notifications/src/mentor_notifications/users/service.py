"""People and their choices: a recipient row from the identity token on first use, then edited by its owner."""

from datetime import datetime

from sqlalchemy.ext.asyncio import AsyncSession

from mentor_kit.auth import User
from mentor_kit.web.problems import Invalid
from mentor_notifications.rendering import locale_of
from mentor_notifications.rules import KINDS
from mentor_notifications.users import repository
from mentor_notifications.users.models import Recipient
from mentor_notifications.users.schemas import PreferencesRead, PreferencesUpdate, ProfileUpdate, RecipientUpdate


async def register(session: AsyncSession, user: User, *, at: datetime) -> Recipient:
    """The caller's row. Created from the token's `email` and `locale` claims the first time (an upsert, so two
    first requests at once are fine); later only the roles follow the token — the owner edits the rest."""
    recipient = await repository.find(session, user.id)  # every request after the first: this one query
    if recipient is None:
        await repository.insert_unless_exists(
            session,
            {
                "id": user.id,
                "email": user.email or None,
                "locale": locale_of(user.locale),
                "roles": sorted(user.roles),
                "digest": False,
                "created_at": at,
                "updated_at": at,
            },
        )
        recipient = await repository.find(session, user.id)
        assert recipient is not None
    if set(recipient.roles) != user.roles:
        recipient.roles, recipient.updated_at = sorted(user.roles), at
    return recipient


async def write_from_directory(
    session: AsyncSession, user_id: str, entry: RecipientUpdate, *, at: datetime
) -> Recipient:
    """A person as the university directory knows them, before (or after) their first visit."""
    claims = User(id=user_id, roles=frozenset(entry.roles), email=entry.email or "", locale=entry.locale or "")
    return update_profile(await register(session, claims, at=at), entry, at=at)


def update_profile(recipient: Recipient, change: ProfileUpdate, *, at: datetime) -> Recipient:
    fields = change.model_dump(exclude_unset=True)
    if "email" in fields:
        recipient.email = fields["email"] or None
    if fields.get("locale"):
        recipient.locale = fields["locale"]
    recipient.updated_at = at
    return recipient


async def preferences(session: AsyncSession, recipient: Recipient) -> PreferencesRead:
    chosen = await repository.chosen_channels(session, [recipient.id])
    channels = {kind: channel_for(chosen, recipient.id, kind) for kind in KINDS}
    return PreferencesRead.model_validate({"digest": recipient.digest, "channels": channels})


async def update_preferences(
    session: AsyncSession, recipient: Recipient, change: PreferencesUpdate, *, at: datetime
) -> PreferencesRead:
    unknown = sorted(set(change.channels) - set(KINDS))
    if unknown:
        raise Invalid({f"channels.{kind}": f"unknown kind; known kinds: {', '.join(KINDS)}" for kind in unknown})
    if change.digest is not None:
        recipient.digest = change.digest
    if change.channels:
        await repository.save_channels(session, recipient.id, dict(change.channels))
    recipient.updated_at = at
    return await preferences(session, recipient)


def channel_for(chosen: dict[tuple[str, str], str], user_id: str, kind: str) -> str:
    """What `user_id` chose for `kind`, or the kind's default."""
    default: str = KINDS[kind].default_channel
    return chosen.get((user_id, kind), default)


async def recipients_by_id(session: AsyncSession, user_ids: list[str]) -> dict[str, Recipient]:
    return await repository.by_id(session, user_ids)


async def chosen_channels(session: AsyncSession, user_ids: list[str]) -> dict[tuple[str, str], str]:
    return await repository.chosen_channels(session, user_ids)


async def moderator_ids(session: AsyncSession) -> list[str]:
    """Recipients whose token (or directory entry) carries the `moderator` or `admin` role."""
    return await repository.moderator_ids(session)


async def digest_due(session: AsyncSession, before: datetime) -> list[Recipient]:
    return await repository.digest_due(session, before)
