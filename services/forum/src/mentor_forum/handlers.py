"""Events the forum consumes: event in, one service call out (in the consumer's transaction)."""

from sqlalchemy.ext.asyncio import AsyncSession

from mentor_contracts.events import CaseSharedToForumV1
from mentor_forum.context import ForumContext
from mentor_forum.discussions import service
from mentor_kit.context import HandlerTable


async def on_case_shared(session: AsyncSession, event: CaseSharedToForumV1, ctx: ForumContext) -> None:
    await service.receive_shared_case(session, ctx.outbox, event, at=ctx.clock())


HANDLERS: HandlerTable[ForumContext] = {CaseSharedToForumV1: on_case_shared}
