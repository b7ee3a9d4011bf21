"""Events the library consumes, bound to its outbox, index and settings (registered in bootstrap)."""

from sqlalchemy.ext.asyncio import AsyncSession

from mentor_contracts.events import CasePublishedV1, CaseRevisedInternalV1, CaseSubmittedInternalV1
from mentor_kit.messaging import Outbox
from mentor_library.items import service
from mentor_library.search.index import SearchIndex
from mentor_library.settings import LibrarySettings


class LibraryHandlers:
    def __init__(self, settings: LibrarySettings, index: SearchIndex) -> None:
        self.settings, self.index = settings, index
        self.outbox: Outbox  # bound by bootstrap once the service's messaging exists

    def handlers(self) -> dict[type, object]:
        return {
            CasePublishedV1: self.on_published,
            CaseSubmittedInternalV1: self.on_case_version,
            CaseRevisedInternalV1: self.on_case_version,
        }

    async def on_published(self, session: AsyncSession, event: CasePublishedV1) -> None:
        await service.on_case_published(session, self.outbox, event, review=self.settings.review_published_cases)

    async def on_case_version(
        self, session: AsyncSession, event: CaseSubmittedInternalV1 | CaseRevisedInternalV1
    ) -> None:
        await service.suggest(session, self.outbox, self.index, self.settings.suggestions_per_case, event)
