"""Events the forum consumes: event in, one service call out (in the consumer's transaction)."""

from sqlalchemy.ext.asyncio import AsyncSession

from mentor_contracts.events import CaseAuthorPostedToForumV1, CaseConsultationProposedV1, CaseSharedToForumV1
from mentor_forum.calendar.handlers import on_consultation_proposed
from mentor_forum.context import ForumContext
from mentor_forum.discussions import service
from mentor_kit.context import HandlerTable


async def on_case_shared(session: AsyncSession, event: CaseSharedToForumV1, ctx: ForumContext) -> None:
    await service.receive_shared_case(session, ctx.outbox, event, at=ctx.clock())


async def on_case_author_post(session: AsyncSession, event: CaseAuthorPostedToForumV1, ctx: ForumContext) -> None:
    await service.receive_case_author_post(session, ctx.outbox, event, at=ctx.clock())


HANDLERS: HandlerTable[ForumContext] = {
    CaseSharedToForumV1: on_case_shared,
    CaseAuthorPostedToForumV1: on_case_author_post,
    CaseConsultationProposedV1: on_consultation_proposed,
}
