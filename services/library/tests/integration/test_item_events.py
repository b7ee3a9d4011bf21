"""The library tells other services when an item becomes published or leaves the library
(`library.item_published|item_unpublished.v1` on mentor.events, through the outbox): the cases service counts
its funnel's `in_library` from them."""

import uuid
from typing import Any

import pytest

from mentor_kit.testing import wait_for

from ..conftest import ARTICLE, MENTOR, MODERATOR, Library, published_case, running_library

pytestmark = pytest.mark.integration


async def _case_item(library: Library, case_id: uuid.UUID) -> str:
    """Play the cases service publishing a case; the item's id from its `library.item_awaiting_review`."""
    before = len(library.told("item_awaiting_review"))
    await library.publish(published_case(case_id))
    told = await wait_for(lambda: library.told("item_awaiting_review")[before:], message="item_awaiting_review")
    item_id: str = told[0]["item_id"]
    return item_id


async def test_approving_publishes_the_case_item_once_and_unpublishing_or_deleting_tells_it_left(
    library: Library,
) -> None:
    case_id = uuid.uuid4()
    item_id = await _case_item(library, case_id)
    assert library.told("item_published", item_id) == []  # pending review: not in the library yet

    assert (await library.client.post(f"/review/{item_id}/approve", headers=MODERATOR)).status_code == 200
    assert (await library.client.post(f"/review/{item_id}/approve", headers=MODERATOR)).status_code == 409
    [published] = await wait_for(lambda: library.told("item_published", item_id), message="published")
    assert published["source_case_id"] == str(case_id) and published["kind"] == "case"

    assert (await library.client.post(f"/items/{item_id}/unpublish", headers=MODERATOR)).status_code == 200
    [unpublished] = await wait_for(lambda: library.told("item_unpublished", item_id), message="unpublished")
    assert unpublished["source_case_id"] == str(case_id)
    # the unpublished event came after the approval: a second item_published would have arrived by now
    assert len(library.told("item_published", item_id)) == 1

    assert (await library.client.post(f"/review/{item_id}/approve", headers=MODERATOR)).status_code == 200
    await wait_for(lambda: len(library.told("item_published", item_id)) == 2, message="re-published")
    assert (await library.client.delete(f"/items/{item_id}", headers=MODERATOR)).status_code == 204
    await wait_for(lambda: len(library.told("item_unpublished", item_id)) == 2, message="deleted")


async def test_rejecting_a_case_item_tells_nothing(library: Library) -> None:
    item_id = await _case_item(library, uuid.uuid4())  # the tap sees the library's events: this one arrived
    rejected = await library.client.post(f"/review/{item_id}/reject", headers=MODERATOR, json={"reason": "школа"})
    assert rejected.status_code == 200 and rejected.json()["status"] == "rejected"

    later = (await library.client.post("/items", headers=MENTOR, json=ARTICLE)).json()["id"]
    await wait_for(lambda: library.told("item_published", later), message="a later event")
    assert library.told("item_published", item_id) == []
    assert library.told("item_unpublished", item_id) == []


async def test_materials_are_published_at_once_and_leave_once(library: Library) -> None:
    item_id = (await library.client.post("/items", headers=MENTOR, json=ARTICLE)).json()["id"]
    [published] = await wait_for(lambda: library.told("item_published", item_id), message="published")
    assert published["kind"] == "article" and published["source_case_id"] is None

    assert (await library.client.post(f"/items/{item_id}/unpublish", headers=MENTOR)).status_code == 200
    await wait_for(lambda: library.told("item_unpublished", item_id), message="unpublished")
    assert (await library.client.delete(f"/items/{item_id}", headers=MODERATOR)).status_code == 204  # not published

    later = (await library.client.post("/items", headers=MENTOR, json=ARTICLE)).json()["id"]
    await wait_for(lambda: library.told("item_published", later), message="a later event")
    assert len(library.told("item_unpublished", item_id)) == 1


async def test_without_review_a_case_item_is_published_at_once(
    postgres_url: str, rabbit_url: str, search_url: str
) -> None:
    async with running_library(
        rabbit_url, database_url=postgres_url, search_url=search_url, review_published_cases=False
    ) as library:
        case_id = uuid.uuid4()
        await library.publish(published_case(case_id))

        def published() -> list[dict[str, Any]]:
            return [e for e in library.told("item_published") if e["source_case_id"] == str(case_id)]

        [event] = await wait_for(published, message="library.item_published")
        assert event["kind"] == "case"
        assert library.told("item_awaiting_review") == []  # it came before item_published, had there been one


async def test_announce_tells_every_published_item_again_as_of_its_publication(library: Library) -> None:
    """`mentor-library announce`: after an upgrade, a listener that missed earlier publications learns them."""
    from mentor_library.maintenance import announce

    case_item = await _case_item(library, uuid.uuid4())
    assert (await library.client.post(f"/review/{case_item}/approve", headers=MODERATOR)).status_code == 200
    material = (await library.client.post("/items", headers=MENTOR, json=ARTICLE)).json()["id"]
    withdrawn = (await library.client.post("/items", headers=MENTOR, json=ARTICLE)).json()["id"]
    assert (await library.client.post(f"/items/{withdrawn}/unpublish", headers=MENTOR)).status_code == 200
    first = await wait_for(lambda: library.told("item_published", case_item), message="the first announcement")

    assert await announce(library.service.db, library.context.outbox) == 2
    again = await wait_for(lambda: library.told("item_published", case_item)[1:], message="announced again")
    assert again == first  # the same fact, dated when it happened
    await wait_for(lambda: len(library.told("item_published", material)) == 2, message="the material too")
    assert len(library.told("item_published", withdrawn)) == 1  # no longer published: not announced
