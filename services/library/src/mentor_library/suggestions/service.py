"""The first automatic response to a new case version: solved cases and materials like it, sharing a rubric."""

import uuid
from datetime import datetime

from sqlalchemy.ext.asyncio import AsyncSession

from mentor_contracts.events import CaseRevisedInternalV1, CaseSubmittedInternalV1, SuggestionsReadyV1
from mentor_contracts.events.library import Suggestion
from mentor_kit.messaging import Outbox
from mentor_library.items import repository
from mentor_library.search.index import SearchIndex


async def suggest(
    session: AsyncSession,
    outbox: Outbox,
    index: SearchIndex,
    event: CaseSubmittedInternalV1 | CaseRevisedInternalV1,
    *,
    limit: int,
    at: datetime,
) -> None:
    text = " ".join((event.problem, event.actions_taken, event.difficulty, event.question))
    hits = await index.similar(text, event.rubrics, limit=limit)
    # The index trails the database (the indexer applies deletions and unpublishing shortly after): suggest only
    # what the library shows now, under its current title.
    shown = await repository.by_ids(session, [uuid.UUID(h.id) for h in hits])
    suggestions = [
        Suggestion(item_id=item.id, kind=item.kind, title=item.title, score=round(h.score or 0.0, 4))
        for h in hits
        if (item := shown.get(uuid.UUID(h.id))) is not None and item.status == "published"
    ]
    await outbox.add(
        session, SuggestionsReadyV1(case_id=event.case_id, revision=event.revision, suggestions=suggestions, at=at)
    )
