"""iCalendar export: one event, and a person's feed (by bearer, or by a secret URL for calendar apps, whose token
is kept only as its SHA-256 hash)."""

import hashlib
import secrets
import uuid
from datetime import datetime, timedelta

from sqlalchemy.ext.asyncio import AsyncSession

from mentor_forum.calendar import ics, repository
from mentor_forum.calendar.models import CalendarFeed
from mentor_forum.calendar.service import visible
from mentor_kit.auth import User
from mentor_kit.web import NotFound

FEED_PAST = timedelta(days=90)  # how far back a feed reaches: older events have left people's calendars anyway
FEED_SIZE = 500
FEED_NAME = "МЦУ – мои события"
TOKEN_BYTES = 32


async def event_ics(session: AsyncSession, user: User | None, event_id: uuid.UUID, *, at: datetime) -> bytes:
    event = await visible(session, event_id, user)
    return ics.build([ics.Entry(event)], stamp=at)


async def feed(session: AsyncSession, user_id: str, *, at: datetime) -> bytes:
    """A person's calendar: what they organize, go to, or are invited to (tentative until they answer)."""
    found = await repository.feed(session, user_id, at - FEED_PAST, FEED_SIZE)
    entries = [ics.Entry(event, tentative=status == "invited") for event, status in found]
    return ics.build(entries, stamp=at, name=FEED_NAME)


def _digest(token: str) -> str:
    return hashlib.sha256(token.encode()).hexdigest()


async def issue_feed_token(session: AsyncSession, user: User, *, at: datetime) -> str:
    """A new secret for the person's feed URL; the previous one stops working. Only its hash is kept."""
    token = secrets.token_urlsafe(TOKEN_BYTES)
    row = await repository.feed_of(session, user.id)
    if row is None:
        repository.add(session, CalendarFeed(user_id=user.id, token_hash=_digest(token), created_at=at))
    else:
        row.token_hash, row.created_at = _digest(token), at
    return token


async def revoke_feed_token(session: AsyncSession, user: User) -> None:
    row = await repository.feed_of(session, user.id)
    if row is not None:
        await repository.remove(session, row)


async def feed_by_token(session: AsyncSession, token: str, *, at: datetime) -> bytes:
    owner = await repository.feed_owner(session, _digest(token)) if len(token) <= 100 else None
    if owner is None:
        raise NotFound("no such calendar feed")
    return await feed(session, owner, at=at)
