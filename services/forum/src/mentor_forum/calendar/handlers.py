"""The calendar's consumer of the cases service's events (listed in the forum's `handlers.py`)."""

from sqlalchemy.ext.asyncio import AsyncSession

from mentor_contracts.events import CaseConsultationProposedV1
from mentor_forum.calendar import service
from mentor_forum.context import ForumContext


async def on_consultation_proposed(session: AsyncSession, event: CaseConsultationProposedV1, ctx: ForumContext) -> None:
    await service.receive_consultation(session, ctx.outbox, event, at=ctx.clock())
