"""Library items: materials from mentors and moderators, published cases (reviewed), search over them.

Every change bumps `version` for the indexer (asynchronous, idempotent); deletion too: it leaves a tombstone the
indexer removes from the index and then purges. An item that becomes published or leaves the library is told to
other services (`library.item_published|item_unpublished`) through the outbox, in the same transaction."""

import uuid
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import datetime

from sqlalchemy.ext.asyncio import AsyncSession

from mentor_contracts.events import CasePublishedV1, ItemPublishedV1, ItemUnpublishedV1
from mentor_contracts.events.library import ItemAwaitingReviewV1
from mentor_kit.auth import User
from mentor_kit.clock import as_utc
from mentor_kit.logging import get_logger
from mentor_kit.messaging import Outbox
from mentor_kit.privacy import deidentify
from mentor_kit.web import Conflict, Invalid, NotFound, PageParams
from mentor_library.items import repository, rules
from mentor_library.items.models import Item, ItemStatus
from mentor_library.items.schemas import ItemCreate, ItemUpdate
from mentor_library.search.index import Hit, SearchIndex, SearchQuery, SearchResult

log = get_logger("mentor_library.items")


@dataclass(frozen=True)
class FoundItems:
    """A search result with the database's item for each hit still in the library."""

    result: SearchResult
    hits: list[tuple[Hit, Item]]


@dataclass(frozen=True)
class ItemStats:
    by_rubric: dict[str, int]
    by_kind: dict[str, int]


def mark_changed(item: Item, at: datetime) -> None:
    """Queue the item for the indexer (asynchronous, idempotent)."""
    item.version += 1
    item.updated_at = at


async def _get(session: AsyncSession, item_id: uuid.UUID, *, for_update: bool = False) -> Item:
    item = await repository.get(session, item_id, for_update=for_update)
    if item is None:
        raise NotFound("no such item")
    return item


async def get_readable(session: AsyncSession, item_id: uuid.UUID, user: User | None) -> Item:
    item = await _get(session, item_id)
    if not rules.may_read(item, user):
        raise NotFound("no such item")
    return item


async def _get_editable(session: AsyncSession, item_id: uuid.UUID, user: User) -> Item:
    item = await _get(session, item_id, for_update=True)
    if not rules.may_edit(item, user):
        raise NotFound("no such item")
    return item


async def _published(session: AsyncSession, outbox: Outbox, item: Item, at: datetime) -> None:
    await outbox.add(
        session, ItemPublishedV1(item_id=item.id, kind=item.kind, source_case_id=item.source_case_id, at=at)
    )


async def announce_published(session: AsyncSession, outbox: Outbox, item: Item) -> None:
    """An already published item, announced again as of when it was published (`mentor-library announce`)."""
    assert item.published_at is not None
    await _published(session, outbox, item, as_utc(item.published_at))


async def _unpublished(session: AsyncSession, outbox: Outbox, item: Item, at: datetime) -> None:
    await outbox.add(
        session, ItemUnpublishedV1(item_id=item.id, kind=item.kind, source_case_id=item.source_case_id, at=at)
    )


async def _check_attachment(
    session: AsyncSession, attached_to: uuid.UUID | None, item_id: uuid.UUID | None, user: User
) -> None:
    """A material is attached to a solved case the library holds and the writer may read (a case waiting for review
    answers as a missing one), never to itself or to another material."""
    if attached_to is None:
        return
    target = await repository.get(session, attached_to)
    if target is None or target.kind != "case" or target.id == item_id or not rules.may_read(target, user):
        raise Invalid({"attached_to": "not a case of the library"})


async def create(session: AsyncSession, outbox: Outbox, user: User, body: ItemCreate, *, at: datetime) -> Item:
    """A material is published at once."""
    await _check_attachment(session, body.attached_to, None, user)
    item = Item(
        id=uuid.uuid4(),
        kind=body.kind,
        title=body.title,
        body=body.body,
        url=str(body.url) if body.url else None,
        authors=body.authors,
        year=body.year,
        rubrics=body.rubrics,
        participants=body.participants,
        language=body.language,
        status="published",
        attached_to=body.attached_to,
        created_by=user.id,
        created_at=at,
        updated_at=at,
        published_at=at,
        version=1,
        indexed_version=0,
    )
    repository.add(session, item)
    await _published(session, outbox, item, at)
    return item


async def update(session: AsyncSession, item_id: uuid.UUID, user: User, body: ItemUpdate, *, at: datetime) -> Item:
    item = await _get_editable(session, item_id, user)
    await _check_attachment(session, body.attached_to, item.id, user)
    changes = body.model_dump()  # Python values: the id columns take UUIDs, not their text
    changes["url"] = str(body.url) if body.url else None
    if item.kind == "case":  # a published case stays one: who may read it, and what the cases service counts
        changes.pop("kind")
    for field, value in changes.items():
        setattr(item, field, value)
    mark_changed(item, at)
    return item


async def _change_status(
    session: AsyncSession, outbox: Outbox, item: Item, target: ItemStatus, *, at: datetime, reason: str | None = None
) -> Item:
    if not rules.may_change_status(item.status, target):
        raise Conflict(f"cannot make a {item.status} item {target}")
    item.status, item.review_reason = target, reason
    if target == "published":
        item.published_at = at
        await _published(session, outbox, item, at)
    elif target == "unpublished":
        await _unpublished(session, outbox, item, at)
    mark_changed(item, at)
    return item


async def unpublish(session: AsyncSession, outbox: Outbox, item_id: uuid.UUID, user: User, *, at: datetime) -> Item:
    """Its author or a moderator takes an item out of the library."""
    item = await _get_editable(session, item_id, user)
    return await _change_status(session, outbox, item, "unpublished", at=at)


async def approve(session: AsyncSession, outbox: Outbox, item_id: uuid.UUID, *, at: datetime) -> Item:
    """A moderator publishes a pending case item, or re-publishes an unpublished item."""
    item = await _get(session, item_id, for_update=True)
    return await _change_status(session, outbox, item, "published", at=at)


async def reject(session: AsyncSession, outbox: Outbox, item_id: uuid.UUID, reason: str, *, at: datetime) -> Item:
    item = await _get(session, item_id, for_update=True)
    return await _change_status(session, outbox, item, "rejected", at=at, reason=reason)


async def delete(session: AsyncSession, outbox: Outbox, item_id: uuid.UUID, *, at: datetime) -> None:
    """A tombstone: gone for every reader at once; the indexer removes the document, then purges the row."""
    item = await _get(session, item_id, for_update=True)
    item.deleted_at = at
    if item.status == "published":
        await _unpublished(session, outbox, item, at)
    mark_changed(item, at)


async def review_queue(session: AsyncSession, paging: PageParams) -> tuple[Sequence[Item], int]:
    return await repository.pending_page(session, paging)


async def statistics(session: AsyncSession) -> ItemStats:
    rows = await repository.published_kinds_and_rubrics(session)
    return ItemStats(
        by_rubric=dict(Counter(rubric for _, rubrics in rows for rubric in rubrics).most_common()),
        by_kind=dict(Counter(kind for kind, _ in rows).most_common()),
    )


async def search(session: AsyncSession, index: SearchIndex, query: SearchQuery) -> FoundItems:
    """The index finds; the database (the source of truth) gives the items, without those gone meanwhile."""
    result = await index.search(query)
    items = await _shown(session, (uuid.UUID(hit.id) for hit in result.hits))
    return FoundItems(result, [(hit, items[uuid.UUID(hit.id)]) for hit in result.hits if uuid.UUID(hit.id) in items])


async def _shown(session: AsyncSession, item_ids: Iterable[uuid.UUID]) -> dict[uuid.UUID, Item]:
    """Of the items the index found, those the library shows now: the index trails the database (the indexer
    applies unpublishing and deletions shortly after), and an item its author just took out is nobody else's to
    read meanwhile."""
    return {item_id: item for item_id, item in (await repository.by_ids(session, item_ids)).items() if item.searchable}


async def similar(session: AsyncSession, index: SearchIndex, item_id: uuid.UUID, user: User | None) -> list[Item]:
    """Items like this one (more_like_this), sharing a rubric, that the reader may see."""
    item = await get_readable(session, item_id, user)
    hits = await index.similar(
        f"{item.title} {item.body}", item.rubrics, exclude=[str(item.id)], visibility=rules.visibility_for(user)
    )
    found = await _shown(session, (uuid.UUID(hit.id) for hit in hits))
    return [found[uuid.UUID(hit.id)] for hit in hits if uuid.UUID(hit.id) in found]


async def receive_published_case(
    session: AsyncSession, outbox: Outbox, event: CasePublishedV1, *, review: bool, at: datetime
) -> None:
    """A completed, consented case becomes an item: de-identified once more (a second line of defence)."""
    if await repository.exists_for_case(session, event.case_id):
        return  # already here: a duplicate event creates nothing

    def clean(text: str) -> str:
        return deidentify(text).text

    parts = [clean(event.problem), "Вопрос: " + clean(event.question)]
    parts += ["Уточнение: " + clean(c) for c in event.clarifications]
    parts += [f"Возможное решение {n}: " + clean(s) for n, s in enumerate(event.solutions, start=1)]
    item = Item(
        id=uuid.uuid4(),
        kind="case",
        title=f"Кейс {event.number}: {clean(event.question)[:200]}",
        body="\n\n".join(parts),
        url=None,
        authors=[],
        year=event.at.year,
        rubrics=event.rubrics,
        participants=event.participants,
        language="ru",
        status="pending" if review else "published",
        source_case_id=event.case_id,
        created_by="cases",
        created_at=at,
        updated_at=at,
        published_at=None if review else at,
        version=1,
        indexed_version=0,
    )
    repository.add(session, item)
    if review:
        await outbox.add(session, ItemAwaitingReviewV1(item_id=item.id, kind="case", at=at))
    else:
        await _published(session, outbox, item, at)
    log.info("library.case_received", case_id=str(event.case_id), review=review)
