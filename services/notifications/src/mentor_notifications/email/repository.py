"""Every query of the e-mail outbox."""

import uuid
from collections.abc import Sequence
from datetime import datetime
from typing import Any, cast

from sqlalchemy import CursorResult, func, select, update
from sqlalchemy.ext.asyncio import AsyncSession

from mentor_kit.db import fetch_page
from mentor_kit.web import PageParams
from mentor_notifications.email.models import EmailMessage
from mentor_notifications.email.schemas import EmailState


def add(session: AsyncSession, message: EmailMessage) -> None:
    session.add(message)


async def claim_due(session: AsyncSession, *, at: datetime, limit: int, lease_until: datetime) -> list[EmailMessage]:
    """Pending rows due by `at`, marked `sending` under a lease; rows another sender holds are skipped."""
    query = (
        select(EmailMessage)
        .where(EmailMessage.state == "pending", EmailMessage.next_attempt_at <= at)
        .order_by(EmailMessage.next_attempt_at)
        .limit(limit)
        .with_for_update(skip_locked=True)
    )
    rows = list((await session.execute(query)).scalars())
    for row in rows:
        row.state, row.attempts, row.lease_until = "sending", row.attempts + 1, lease_until
    return rows


async def finish(
    session: AsyncSession, email_id: uuid.UUID, *, state: str, error: str | None, sent_at: datetime | None
) -> None:
    values: dict[str, object] = {"state": state, "lease_until": None}
    if error is not None:
        values["last_error"] = error  # a success keeps the last failure as history
    if sent_at is not None:
        values["sent_at"] = sent_at
    await session.execute(update(EmailMessage).where(EmailMessage.id == email_id).values(**values))


async def schedule_retry(session: AsyncSession, email_id: uuid.UUID, *, error: str, next_attempt_at: datetime) -> None:
    await session.execute(
        update(EmailMessage)
        .where(EmailMessage.id == email_id)
        .values(state="pending", last_error=error, lease_until=None, next_attempt_at=next_attempt_at)
    )


async def mark_abandoned_in_doubt(session: AsyncSession, at: datetime) -> int:
    """Rows left `sending` past their lease (their sender died): maybe delivered, so `in_doubt`. How many."""
    statement = (
        update(EmailMessage)
        .where(EmailMessage.state == "sending", EmailMessage.lease_until < at)
        .values(state="in_doubt", last_error="abandoned while sending", lease_until=None)
    )
    result = cast(CursorResult[Any], await session.execute(statement))  # an UPDATE's row count
    return int(result.rowcount)


async def page_in_state(
    session: AsyncSession, state: EmailState, paging: PageParams
) -> tuple[Sequence[EmailMessage], int]:
    """Newest first; the id breaks ties between rows created at the same instant (stable pages)."""
    query = (
        select(EmailMessage)
        .where(EmailMessage.state == state)
        .order_by(EmailMessage.created_at.desc(), EmailMessage.id.desc())
    )
    return await fetch_page(session, query, paging)


async def count_by_state(session: AsyncSession) -> dict[str, int]:
    rows = (await session.execute(select(EmailMessage.state, func.count()).group_by(EmailMessage.state))).all()
    return {state: int(count) for state, count in rows}


async def find_for_update(session: AsyncSession, email_id: uuid.UUID) -> EmailMessage | None:
    return await session.get(EmailMessage, email_id, with_for_update=True)
