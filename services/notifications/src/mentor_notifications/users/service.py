"""People and their choices: a recipient row from the identity token on first use, then edited by its owner."""

from datetime import UTC, datetime

from sqlalchemy.ext.asyncio import AsyncSession

from mentor_kit.auth import User
from mentor_kit.db import upsert_insert
from mentor_kit.web.problems import Invalid
from mentor_notifications.rendering import locale_of
from mentor_notifications.rules import KINDS
from mentor_notifications.users import repository
from mentor_notifications.users.models import Preference, Recipient
from mentor_notifications.users.schemas import PreferencesRead, PreferencesUpdate, ProfileUpdate


def now() -> datetime:
    return datetime.now(UTC)


async def register(session: AsyncSession, user: User) -> Recipient:
    """The caller's row. Created from the token's `email` and `locale` claims the first time (an upsert, so two
    first requests at once are fine); later only the roles follow the token — the owner edits the rest."""
    at = now()
    recipient = await session.get(Recipient, user.id)  # every request after the first: this one query
    if recipient is None:
        values = {
            "id": user.id,
            "email": user.email or None,
            "locale": locale_of(user.locale),
            "roles": sorted(user.roles),
            "digest": False,
            "created_at": at,
            "updated_at": at,
        }
        insert = upsert_insert(session)(Recipient).values(values)
        await session.execute(insert.on_conflict_do_nothing(index_elements=[Recipient.id]))
        recipient = await session.get(Recipient, user.id)
        assert recipient is not None
    if set(recipient.roles) != user.roles:
        recipient.roles, recipient.updated_at = sorted(user.roles), at
    return recipient


def update_profile(recipient: Recipient, change: ProfileUpdate) -> Recipient:
    fields = change.model_dump(exclude_unset=True)
    if "email" in fields:
        recipient.email = fields["email"] or None
    if fields.get("locale"):
        recipient.locale = fields["locale"]
    recipient.updated_at = now()
    return recipient


async def preferences(session: AsyncSession, recipient: Recipient) -> PreferencesRead:
    chosen = await repository.preferences(session, [recipient.id])
    channels = {kind: channel_for(chosen, recipient.id, kind) for kind in KINDS}
    return PreferencesRead.model_validate({"digest": recipient.digest, "channels": channels})


async def update_preferences(session: AsyncSession, recipient: Recipient, change: PreferencesUpdate) -> None:
    unknown = sorted(set(change.channels) - set(KINDS))
    if unknown:
        raise Invalid({f"channels.{kind}": f"unknown kind; known kinds: {', '.join(KINDS)}" for kind in unknown})
    if change.digest is not None:
        recipient.digest = change.digest
    if change.channels:
        rows = [{"user_id": recipient.id, "kind": kind, "channel": c} for kind, c in change.channels.items()]
        insert = upsert_insert(session)(Preference).values(rows)
        await session.execute(
            insert.on_conflict_do_update(
                index_elements=[Preference.user_id, Preference.kind], set_={"channel": insert.excluded.channel}
            )
        )
    recipient.updated_at = now()


def channel_for(chosen: dict[tuple[str, str], str], user_id: str, kind: str) -> str:
    return chosen.get((user_id, kind), KINDS[kind].default_channel)
