"""Events the library consumes: event in, one service call out (the kit calls them as `(session, event, ctx)`)."""

from sqlalchemy.ext.asyncio import AsyncSession

from mentor_contracts.events import CasePublishedV1, CaseRevisedInternalV1, CaseSubmittedInternalV1
from mentor_kit.context import HandlerTable
from mentor_library.context import LibraryContext
from mentor_library.items import service as items
from mentor_library.suggestions import service as suggestions


async def on_case_published(session: AsyncSession, event: CasePublishedV1, ctx: LibraryContext) -> None:
    """A completed, consented case becomes a (de-identified) item, pending review unless review is off."""
    await items.receive_published_case(
        session, ctx.outbox, event, review=ctx.settings.review_published_cases, at=ctx.clock()
    )


async def on_case_version(
    session: AsyncSession, event: CaseSubmittedInternalV1 | CaseRevisedInternalV1, ctx: LibraryContext
) -> None:
    """A submitted or revised case gets `library.suggestions_ready`: the first automatic response."""
    await suggestions.suggest(
        session, ctx.outbox, ctx.index, event, limit=ctx.settings.suggestions_per_case, at=ctx.clock()
    )


HANDLERS: HandlerTable[LibraryContext] = {
    CasePublishedV1: on_case_published,
    CaseSubmittedInternalV1: on_case_version,
    CaseRevisedInternalV1: on_case_version,
}
