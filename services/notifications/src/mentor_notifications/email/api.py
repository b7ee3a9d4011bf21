"""E-mail delivery for administrators: what failed or is in doubt, and a deliberate re-send."""

import uuid
from datetime import UTC, datetime
from typing import Annotated

from fastapi import APIRouter, Depends, Query
from sqlalchemy import func, select

from mentor_kit.auth import require_roles
from mentor_kit.web.deps import DbSession
from mentor_kit.web.problems import Conflict, NotFound
from mentor_notifications.email.models import EmailMessage
from mentor_notifications.email.schemas import DeliveryStats, EmailRead, EmailState

router = APIRouter(tags=["e-mail delivery"], dependencies=[Depends(require_roles("admin"))])


def _read(row: EmailMessage) -> EmailRead:
    return EmailRead.model_validate(row, from_attributes=True)


@router.get("/emails", response_model=list[EmailRead])
async def list_emails(
    session: DbSession,
    state: Annotated[EmailState, Query()] = "in_doubt",
    limit: Annotated[int, Query(ge=1, le=500)] = 100,
) -> list[EmailRead]:
    query = select(EmailMessage).where(EmailMessage.state == state).order_by(EmailMessage.created_at.desc())
    return [_read(row) for row in (await session.execute(query.limit(limit))).scalars()]


@router.get("/emails/stats", response_model=DeliveryStats)
async def delivery_stats(session: DbSession) -> DeliveryStats:
    rows = (await session.execute(select(EmailMessage.state, func.count()).group_by(EmailMessage.state))).all()
    return DeliveryStats(by_state={state: count for state, count in rows})


@router.post("/emails/{email_id}/resend", response_model=EmailRead)
async def resend(email_id: uuid.UUID, session: DbSession) -> EmailRead:
    """Queue an `in_doubt` or `failed` message again (same Message-ID, so clients can fold a duplicate)."""
    row = await session.get(EmailMessage, email_id, with_for_update=True)
    if row is None:
        raise NotFound("no such e-mail")
    if row.state not in ("in_doubt", "failed"):
        raise Conflict(f"only an in-doubt or failed e-mail can be re-sent; this one is {row.state}")
    row.state, row.next_attempt_at, row.last_error, row.attempts = "pending", datetime.now(UTC), None, 0
    return _read(row)
