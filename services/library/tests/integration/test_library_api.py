"""The library end to end: materials, a published case through review into search, the first automatic
response for a new case on the same topic, duplicates, clear errors."""

import json
import uuid

import pytest

from mentor_contracts.events import CaseSubmittedInternalV1
from mentor_kit.clock import now
from mentor_kit.testing import wait_for

from ..conftest import ARTICLE, MENTEE, MENTOR, MODERATOR, Library, published_case

pytestmark = pytest.mark.integration


async def search(library: Library, query: str, headers: dict | None = None) -> dict:
    response = await library.client.get(f"/search?{query}", headers=headers or {})
    assert response.status_code == 200, response.text
    return response.json()


async def test_materials_are_validated_and_searchable_without_login(library: Library) -> None:
    bad = await library.client.post(
        "/items", headers=MENTOR, json={**ARTICLE, "kind": "link", "url": "not a url", "rubrics": ["astrology"]}
    )
    assert bad.status_code == 422 and {e["field"] for e in bad.json()["errors"]} >= {"url", "rubrics.0"}
    no_url = await library.client.post("/items", headers=MENTOR, json={**ARTICLE, "kind": "link"})
    assert no_url.status_code == 422
    assert (await library.client.post("/items", headers=MENTEE, json=ARTICLE)).status_code == 403
    created = await library.client.post("/items", headers=MENTOR, json=ARTICLE)
    assert created.status_code == 201
    found = await wait_for(lambda: _hits(library, "q=проектов+девятиклассники"), message="indexed")
    assert found["hits"][0]["item"]["title"] == ARTICLE["title"]
    assert "<em>" in json.dumps(found["hits"][0]["highlights"], ensure_ascii=False)
    assert found["facets"]["kinds"] == {"article": 1}
    wrong = await library.client.get("/search?limit=1000&kind=poem")
    assert wrong.status_code == 422 and {e["field"] for e in wrong.json()["errors"]} == {"limit", "kind.0"}


async def _hits(library: Library, query: str, headers: dict | None = None) -> dict | None:
    result = await search(library, query, headers)
    return result if result["total"] else None


async def test_a_published_case_is_reviewed_then_found_and_suggested_for_a_similar_case(library: Library) -> None:
    case_id = uuid.uuid4()
    await library.publish(published_case(case_id))
    await library.publish(published_case(case_id))  # a duplicate creates nothing

    async def queue() -> list:
        return (await library.client.get("/review", headers=MODERATOR)).json()["items"]

    pending = await wait_for(queue, message="the review queue")
    assert len(pending) == 1 and pending[0]["kind"] == "case"
    assert "Пети Иванова" not in pending[0]["body"] and "[ИМЯ]" in pending[0]["body"]
    assert (await search(library, "q=мессенджер", MENTEE))["total"] == 0  # not before approval

    approved = await library.client.post(f"/review/{pending[0]['id']}/approve", headers=MODERATOR)
    assert approved.status_code == 200 and approved.json()["status"] == "published"
    found = await wait_for(
        lambda: _hits(library, "q=мессенджер&rubric=parent_interaction", MENTEE), message="the case in search"
    )
    assert found["facets"]["rubrics"]["parent_interaction"] == 1
    assert (await search(library, "q=мессенджер"))["total"] == 0  # case items need a login
    assert (await library.client.get(f"/items/{pending[0]['id']}")).status_code == 404
    again = await library.client.post(f"/review/{pending[0]['id']}/approve", headers=MODERATOR)
    assert again.status_code == 409

    new_case = uuid.uuid4()
    await library.publish(
        CaseSubmittedInternalV1(
            case_id=new_case,
            number="MCU-2026-000102",
            revision=1,
            rubrics=["parent_interaction"],
            participants=[],
            urgency="urgent",
            privacy="anonymous",
            at=now(),
            author_id="mentee-pavel",
            problem="Родители пишут мне в мессенджер поздно вечером.",
            question="Как ограничить переписку?",
            consent_group_discussion=False,
            consent_publish=False,
        )
    )
    await wait_for(lambda: library.suggestions.bodies, message="suggestions")
    data = json.loads(library.suggestions.bodies[0])["data"]
    assert data["case_id"] == str(new_case) and data["suggestions"][0]["item_id"] == pending[0]["id"]
    stats = (await library.client.get("/stats/items")).json()
    assert stats["by_kind"] == {"case": 1} and stats["by_rubric"] == {"parent_interaction": 1}


async def test_reindex_keeps_search_answering_and_check_reports_missing_items(library: Library) -> None:
    import asyncio

    from mentor_library.maintenance import check, reindex

    for n in range(5):
        await library.client.post("/items", headers=MENTOR, json={**ARTICLE, "title": f"Материал {n} о мотивации"})
    await wait_for(lambda: _count(library, 5), message="five indexed")
    index = library.index
    totals: list[int] = []

    async def keep_searching() -> None:
        for _ in range(20):
            totals.append((await search(library, "q=мотивации"))["total"])
            await asyncio.sleep(0.01)

    searching = asyncio.create_task(keep_searching())
    name, count = await reindex(library.service.db, index)
    await searching
    assert count == 5 and name.startswith(index.alias)
    assert min(totals) == 5, totals
    assert await check(library.service.db, index) == []
    await index.remove((await search(library, "q=мотивации"))["hits"][0]["item"]["id"], refresh=True)
    assert len(await check(library.service.db, index)) == 1


async def _count(library: Library, expected: int) -> bool:
    return (await search(library, "q=мотивации"))["total"] == expected


async def test_unpublish_delete_and_reject(library: Library) -> None:
    item = await library.client.post("/items", headers=MENTOR, json={**ARTICLE, "title": "Мотивация и выгорание"})
    item_id = item.json()["id"]
    await wait_for(lambda: _count(library, 1), message="indexed")
    edited = await library.client.put(f"/items/{item_id}", headers=MENTOR, json={**ARTICLE, "title": "Мотивация 2"})
    assert edited.status_code == 200 and edited.json()["title"] == "Мотивация 2"
    assert (await library.client.post(f"/items/{item_id}/unpublish", headers=MENTOR)).json()["status"] == "unpublished"
    await wait_for(lambda: _count(library, 0), message="gone from search")
    assert (await library.client.get(f"/items/{item_id}")).status_code == 404
    assert (await library.client.delete(f"/items/{item_id}", headers=MENTOR)).status_code == 403
    assert (await library.client.delete(f"/items/{item_id}", headers=MODERATOR)).status_code == 204
    assert (await library.client.get(f"/items/{item_id}", headers=MODERATOR)).status_code == 404

    await library.publish(published_case(uuid.uuid4()))
    pending = await wait_for(lambda: _queue(library), message="a case to review")
    rejected = await library.client.post(
        f"/review/{pending[0]['id']}/reject",
        headers=MODERATOR,
        json={"reason": "Остались детали, по которым можно узнать школу"},
    )
    assert rejected.json()["status"] == "rejected"
    assert (await library.client.get("/review", headers=MODERATOR)).json()["items"] == []


async def _queue(library: Library) -> list:
    return (await library.client.get("/review", headers=MODERATOR)).json()["items"]
