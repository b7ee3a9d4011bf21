"""Library items: materials from mentors and moderators, published cases (reviewed), suggestions for new cases."""

import uuid
from datetime import UTC, datetime

from sqlalchemy import select
from sqlalchemy.ext.asyncio import AsyncSession

from mentor_contracts.events import CasePublishedV1, CaseRevisedInternalV1, CaseSubmittedInternalV1, SuggestionsReadyV1
from mentor_contracts.events.library import ItemAwaitingReviewV1, Suggestion
from mentor_kit.auth import User
from mentor_kit.logging import get_logger
from mentor_kit.messaging import Outbox
from mentor_kit.privacy import deidentify
from mentor_kit.web import Conflict, NotFound
from mentor_library.items.models import Item
from mentor_library.items.schemas import ItemCreate
from mentor_library.search.index import SearchIndex

log = get_logger("mentor_library.items")


def now() -> datetime:
    return datetime.now(UTC)


def changed(item: Item) -> None:
    """Mark for the indexer (asynchronous, idempotent)."""
    item.version += 1
    item.updated_at = now()


async def get(session: AsyncSession, item_id: uuid.UUID, *, for_update: bool = False) -> Item:
    statement = select(Item).where(Item.id == item_id)
    item = (await session.execute(statement.with_for_update() if for_update else statement)).scalar_one_or_none()
    if item is None:
        raise NotFound("no such item")
    return item


def may_read(item: Item, user: User | None) -> bool:
    if user is not None and user.is_moderator:
        return True
    if item.status != "published":
        return user is not None and item.created_by == user.id and item.kind != "case"
    return item.visibility == "public" or user is not None


def may_edit(item: Item, user: User) -> bool:
    return user.is_moderator or (item.created_by == user.id and item.kind != "case")


async def create(session: AsyncSession, user: User, body: ItemCreate) -> Item:
    at = now()
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
    session.add(item)
    return item


async def update(session: AsyncSession, item: Item, body: ItemCreate) -> Item:
    for field, value in body.model_dump(mode="json").items():
        setattr(item, field, value)
    changed(item)
    return item


async def set_status(item: Item, status: str, reason: str | None = None) -> Item:
    allowed = {"published": {"pending", "unpublished"}, "rejected": {"pending"}, "unpublished": {"published"}}
    if item.status not in allowed[status]:
        raise Conflict(f"cannot make a {item.status} item {status}")
    item.status, item.review_reason = status, reason
    if status == "published":
        item.published_at = now()
    changed(item)
    return item


async def delete(session: AsyncSession, item: Item) -> None:
    await session.delete(item)


async def on_case_published(session: AsyncSession, outbox: Outbox, event: CasePublishedV1, *, review: bool) -> None:
    """A completed, consented case becomes an item: de-identified once more (a second line of defence)."""
    if (await session.execute(select(Item.id).where(Item.source_case_id == event.case_id))).first() is not None:
        return  # already here: a duplicate event creates nothing

    def clean(text: str) -> str:
        return deidentify(text).text

    parts = [clean(event.problem), "Вопрос: " + clean(event.question)]
    parts += ["Уточнение: " + clean(c) for c in event.clarifications]
    parts += [f"Возможное решение {n}: " + clean(s) for n, s in enumerate(event.solutions, start=1)]
    at = now()
    item_id = uuid.uuid4()
    session.add(
        Item(
            id=item_id,
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
    )
    if review:
        await outbox.add(session, ItemAwaitingReviewV1(item_id=item_id, kind="case", at=at))
    log.info("library.case_received", case_id=str(event.case_id), review=review)


async def suggest(
    session: AsyncSession,
    outbox: Outbox,
    index: SearchIndex,
    limit: int,
    event: CaseSubmittedInternalV1 | CaseRevisedInternalV1,
) -> None:
    """The first automatic response: solved cases and materials like this case version, sharing a rubric."""
    text = " ".join((event.problem, event.actions_taken, event.difficulty, event.question))
    hits = await index.similar(text, event.rubrics, limit=limit)
    suggestions = [
        Suggestion(
            item_id=uuid.UUID(h.id), kind=h.source["kind"], title=h.source["title"], score=round(h.score or 0.0, 4)
        )
        for h in hits
    ]
    await outbox.add(
        session, SuggestionsReadyV1(case_id=event.case_id, revision=event.revision, suggestions=suggestions, at=now())
    )
