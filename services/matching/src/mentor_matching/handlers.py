"""The events matching consumes, each handled by one call to `offers.service` in the consumer's transaction."""

from sqlalchemy.ext.asyncio import AsyncSession

from mentor_contracts.events import (
    CaseAcceptedV1,
    CaseCompletedV1,
    CaseDeclinedV1,
    CaseMentorSelectedV1,
    CaseRevisedV1,
    CaseSecondOpinionRequestedV1,
    CaseSubmittedV1,
    CaseWithdrawnV1,
)
from mentor_kit.context import HandlerTable
from mentor_matching.context import MatchingContext
from mentor_matching.offers import service as offers


async def on_case_submitted(session: AsyncSession, event: CaseSubmittedV1, ctx: MatchingContext) -> None:
    await offers.open_case(session, ctx.outbox, ctx.settings, event, ctx.clock())


async def on_case_revised(session: AsyncSession, event: CaseRevisedV1, ctx: MatchingContext) -> None:
    await offers.revise_case(session, event, ctx.clock())


async def on_mentor_selected(session: AsyncSession, event: CaseMentorSelectedV1, ctx: MatchingContext) -> None:
    await offers.record_selection(session, ctx.settings, event)


async def on_case_accepted(session: AsyncSession, event: CaseAcceptedV1, ctx: MatchingContext) -> None:
    await offers.record_acceptance(session, event)


async def on_case_declined(session: AsyncSession, event: CaseDeclinedV1, ctx: MatchingContext) -> None:
    await offers.record_decline(session, ctx.outbox, ctx.settings, event, ctx.clock())


async def on_second_opinion_requested(
    session: AsyncSession, event: CaseSecondOpinionRequestedV1, ctx: MatchingContext
) -> None:
    await offers.start_second_opinion(session, ctx.outbox, ctx.settings, event, ctx.clock())


async def on_case_closed(session: AsyncSession, event: CaseCompletedV1 | CaseWithdrawnV1, ctx: MatchingContext) -> None:
    await offers.close_case(session, event, ctx.clock())


HANDLERS: HandlerTable[MatchingContext] = {
    CaseSubmittedV1: on_case_submitted,
    CaseRevisedV1: on_case_revised,
    CaseMentorSelectedV1: on_mentor_selected,
    CaseAcceptedV1: on_case_accepted,
    CaseDeclinedV1: on_case_declined,
    CaseSecondOpinionRequestedV1: on_second_opinion_requested,
    CaseCompletedV1: on_case_closed,
    CaseWithdrawnV1: on_case_closed,
}
