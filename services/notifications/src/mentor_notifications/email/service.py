"""The e-mail outbox: queue a message in the caller's transaction; what administrators see and re-send."""

import uuid
from datetime import datetime

from sqlalchemy.ext.asyncio import AsyncSession

from mentor_kit.web import Page, PageParams
from mentor_kit.web.problems import Conflict, NotFound
from mentor_notifications.email import repository
from mentor_notifications.email.compose import compose, compose_digest
from mentor_notifications.email.models import EmailMessage
from mentor_notifications.email.schemas import DeliveryStatsRead, EmailRead, EmailState
from mentor_notifications.rendering import Rendered
from mentor_notifications.settings import NotificationsSettings
from mentor_notifications.users.models import Recipient


def queue(
    session: AsyncSession,
    settings: NotificationsSettings,
    recipient: Recipient,
    rendered: Rendered,
    link: str,
    *,
    dedup_key: str,
    at: datetime,
) -> None:
    """One e-mail to `recipient`, sent by the sender after this transaction commits (never if it rolls back)."""
    repository.add(session, compose(settings, recipient, rendered, link, dedup_key=dedup_key, at=at))


def queue_digest(
    session: AsyncSession,
    settings: NotificationsSettings,
    recipient: Recipient,
    items: list[tuple[str, str]],
    *,
    due: datetime,
    at: datetime,
) -> None:
    """The daily digest listing (title, link) pairs; one per person and day (its `dedup_key`)."""
    repository.add(session, compose_digest(settings, recipient, items, due.date().isoformat(), at=at))


def _read(row: EmailMessage) -> EmailRead:
    return EmailRead.model_validate(row, from_attributes=True)


async def page_in_state(session: AsyncSession, state: EmailState, paging: PageParams) -> Page[EmailRead]:
    rows, total = await repository.page_in_state(session, state, paging)
    return Page(items=[_read(row) for row in rows], total=total, limit=paging.limit, offset=paging.offset)


async def stats(session: AsyncSession) -> DeliveryStatsRead:
    return DeliveryStatsRead(by_state=await repository.count_by_state(session))


async def resend(session: AsyncSession, email_id: uuid.UUID, *, at: datetime) -> EmailRead:
    """Queue an `in_doubt` or `failed` message again (same Message-ID, so clients can fold a duplicate)."""
    row = await repository.find_for_update(session, email_id)
    if row is None:
        raise NotFound("no such e-mail")
    if row.state not in ("in_doubt", "failed"):
        raise Conflict(f"only an in-doubt or failed e-mail can be re-sent; this one is {row.state}")
    row.state, row.next_attempt_at, row.last_error, row.attempts = "pending", at, None, 0
    return _read(row)
