"""E-mail delivery for administrators: what failed or is in doubt, and a deliberate re-send."""

import uuid
from typing import Annotated

from fastapi import APIRouter, Depends, Query

from mentor_kit.auth import require_roles
from mentor_kit.web import Page, Paging, problem_responses
from mentor_kit.web.deps import DbSession
from mentor_notifications.context import NotificationsContextDep
from mentor_notifications.email import service
from mentor_notifications.email.schemas import DeliveryStatsRead, EmailRead, EmailState

router = APIRouter(tags=["e-mail delivery"], dependencies=[Depends(require_roles("admin"))])


@router.get("/emails", response_model=Page[EmailRead])
async def list_emails(
    session: DbSession, paging: Paging, state: Annotated[EmailState, Query()] = "in_doubt"
) -> Page[EmailRead]:
    """E-mails in one delivery state, newest first."""
    return await service.page_in_state(session, state, paging)


@router.get("/emails/stats", response_model=DeliveryStatsRead)
async def delivery_stats(session: DbSession) -> DeliveryStatsRead:
    return await service.stats(session)


@router.post(
    "/emails/{email_id}/resend",
    response_model=EmailRead,
    responses=problem_responses({404: "No such e-mail", 409: "Neither in doubt nor failed"}),
)
async def resend(email_id: uuid.UUID, session: DbSession, ctx: NotificationsContextDep) -> EmailRead:
    """Queue an `in_doubt` or `failed` message again (same Message-ID, so clients can fold a duplicate)."""
    return await service.resend(session, email_id, at=ctx.clock())
