"""Deleting an item goes through the indexer like every other change: the row becomes a tombstone (gone for
readers at once), the indexer removes the document and then purges the row. A rolled-back delete changes nothing."""

import uuid
from collections.abc import AsyncIterator

import pytest
from fastapi import Request
from sqlalchemy.ext.asyncio import AsyncSession

from mentor_kit.testing import wait_for
from mentor_kit.web.deps import db_session
from mentor_library.items import repository
from mentor_library.items.indexer import Indexer
from mentor_library.items.models import Item

from ..conftest import ARTICLE, MENTOR, MODERATOR, Library

pytestmark = pytest.mark.integration


async def _add(library: Library, title: str) -> str:
    response = await library.client.post("/items", headers=MENTOR, json={**ARTICLE, "title": title})
    assert response.status_code == 201, response.text
    item_id: str = response.json()["id"]
    return item_id


async def _found(library: Library, words: str) -> int:
    response = await library.client.get("/search", params={"q": words})
    assert response.status_code == 200, response.text
    total: int = response.json()["total"]
    return total


async def _row(library: Library, item_id: str) -> Item | None:
    async with library.service.db.transaction() as session:
        return await session.get(Item, uuid.UUID(item_id))


async def test_a_delete_whose_transaction_rolls_back_leaves_the_item_in_search(library: Library) -> None:
    item_id = await _add(library, "Буллинг в пятом классе")
    await wait_for(lambda: _found(library, "буллинг"), message="the item in search")

    async def fails_after_the_endpoint(request: Request) -> AsyncIterator[AsyncSession]:
        """The request's transaction, failing after the endpoint returned (e.g. a failing commit)."""
        async with library.service.db.transaction() as session:
            yield session
            raise RuntimeError("injected failure after the endpoint")

    library.service.app.dependency_overrides[db_session] = fails_after_the_endpoint
    try:
        failed = await library.client.delete(f"/items/{item_id}", headers=MODERATOR)
        assert failed.status_code == 500 and failed.json()["type"].endswith("/internal")  # the kit's CrashGuard
    finally:
        library.service.app.dependency_overrides.clear()

    assert (await library.client.get(f"/items/{item_id}")).status_code == 200  # the row was rolled back
    await _add(library, "Травля в чате родителей")  # a later change: once it is in search, the indexer has run
    await wait_for(lambda: _found(library, "травля"), message="the later item in search")
    assert await _found(library, "буллинг") == 1, "a rolled-back delete must not take the item out of search"


async def test_a_delete_leaves_search_through_the_indexer_and_deleting_again_is_harmless(library: Library) -> None:
    item_id = await _add(library, "Конфликт на перемене")
    await wait_for(lambda: _found(library, "конфликт"), message="the item in search")

    assert (await library.client.delete(f"/items/{item_id}", headers=MODERATOR)).status_code == 204
    assert (await library.client.get(f"/items/{item_id}", headers=MODERATOR)).status_code == 404  # gone at once
    assert (await library.client.delete(f"/items/{item_id}", headers=MODERATOR)).status_code == 404

    async def purged() -> bool:
        return await _found(library, "конфликт") == 0 and await _row(library, item_id) is None

    await wait_for(purged, message="the document removed and the row purged by the indexer")
    assert await Indexer(library.context).sync_once() == 0  # the indexer running again finds nothing to do
    assert (await library.client.delete(f"/items/{item_id}", headers=MODERATOR)).status_code == 404


async def test_an_indexer_crash_between_removing_and_purging_is_repaired_on_the_next_run(
    library: Library, monkeypatch: pytest.MonkeyPatch
) -> None:
    for worker in library.service.workers:  # this test runs the indexer itself
        await worker.stop()
    indexer = Indexer(library.context)
    item_id = await _add(library, "Опоздания на первый урок")
    assert await indexer.sync_once() == 1
    assert await _found(library, "опоздания") == 1
    assert (await library.client.delete(f"/items/{item_id}", headers=MODERATOR)).status_code == 204

    purge = repository.purge

    async def crash(*_args: object) -> None:
        raise ConnectionError("the database went away after the document was removed")

    monkeypatch.setattr(repository, "purge", crash)
    with pytest.raises(ConnectionError):
        await indexer.sync_once()
    assert await _found(library, "опоздания") == 0  # removed from the index ...
    tombstone = await _row(library, item_id)
    assert tombstone is not None and tombstone.deleted_at is not None  # ... but the tombstone is still queued
    assert (await library.client.get(f"/items/{item_id}", headers=MODERATOR)).status_code == 404

    monkeypatch.setattr(repository, "purge", purge)
    assert await indexer.sync_once() == 1  # removes again (a missing document is fine), then purges
    assert await _row(library, item_id) is None
    assert await indexer.sync_once() == 0
    assert await _found(library, "опоздания") == 0
