"""Events this service consumes, in one table: event in, one service call out (in the consumer's transaction).
The kit binds the service's queue to each event class listed here."""

from sqlalchemy.ext.asyncio import AsyncSession

from mentor_cases.cases import service as cases
from mentor_cases.context import CasesContext
from mentor_cases.mentoring import service as mentoring
from mentor_contracts.events import (
    AssignmentExpiredV1,
    ItemPublishedV1,
    ItemUnpublishedV1,
    OffersProposedInternalV1,
    SuggestionsReadyV1,
)
from mentor_kit.context import HandlerTable


async def on_offers_proposed(session: AsyncSession, event: OffersProposedInternalV1, ctx: CasesContext) -> None:
    await cases.record_offers(session, event, at=ctx.clock())
    ctx.changes.changed_on_commit(session, event.case_id)  # an author long-polling the offers sees them at once


async def on_assignment_expired(session: AsyncSession, event: AssignmentExpiredV1, ctx: CasesContext) -> None:
    await cases.expire(session, event, at=ctx.clock())


async def on_suggestions_ready(session: AsyncSession, event: SuggestionsReadyV1, ctx: CasesContext) -> None:
    await mentoring.record_suggestions(session, event)
    ctx.changes.changed_on_commit(session, event.case_id)


async def on_item_published(session: AsyncSession, event: ItemPublishedV1, ctx: CasesContext) -> None:
    await cases.record_library_publication(session, event)


async def on_item_unpublished(session: AsyncSession, event: ItemUnpublishedV1, ctx: CasesContext) -> None:
    await cases.record_library_withdrawal(session, event)


HANDLERS: HandlerTable[CasesContext] = {
    OffersProposedInternalV1: on_offers_proposed,
    AssignmentExpiredV1: on_assignment_expired,
    SuggestionsReadyV1: on_suggestions_ready,
    ItemPublishedV1: on_item_published,
    ItemUnpublishedV1: on_item_unpublished,
}
