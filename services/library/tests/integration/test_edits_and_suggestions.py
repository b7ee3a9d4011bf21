"""What the library shows stays consistent where the index trails the database or a moderator edits a case item."""

import json
import uuid
from typing import Any

import pytest

from mentor_contracts.events import CaseSubmittedInternalV1
from mentor_kit.clock import now
from mentor_kit.testing import wait_for
from mentor_library.items.indexer import Indexer

from ..conftest import ARTICLE, MENTOR, MODERATOR, Library, published_case

pytestmark = pytest.mark.integration

CASE_TEXT = "Подростки не хотят работать над проектом, мотивация девятиклассников падает."


async def test_a_moderators_edit_keeps_a_case_item_a_case(library: Library) -> None:
    """An item made from a case stays a case whatever the edit says: it still needs a login to read, and its
    later withdrawal still tells the cases service that the case left the library."""
    case_id = uuid.uuid4()
    await library.publish(published_case(case_id))
    [pending] = await wait_for(lambda: library.told("item_awaiting_review"), message="the case item in review")
    item_id = pending["item_id"]
    assert (await library.client.post(f"/review/{item_id}/approve", headers=MODERATOR)).status_code == 200
    corrected = {**ARTICLE, "title": "Кейс: родители пишут ночью", "body": "Исправленный обезличенный текст."}
    edited = await library.client.put(f"/items/{item_id}", headers=MODERATOR, json=corrected)
    assert edited.status_code == 200, edited.text
    assert edited.json()["kind"] == "case" and edited.json()["title"] == corrected["title"]  # the edit applied
    assert (await library.client.get(f"/items/{item_id}")).status_code == 404  # still needs a login

    assert (await library.client.post(f"/items/{item_id}/unpublish", headers=MODERATOR)).status_code == 200
    [left] = await wait_for(lambda: library.told("item_unpublished", item_id), message="item_unpublished")
    assert left["kind"] == "case" and left["source_case_id"] == str(case_id)


async def test_suggestions_leave_out_what_the_library_no_longer_shows(library: Library) -> None:
    """A deletion reaches the index only through the indexer; a case submitted in between must not be offered
    the deleted item (the index still holds it then: checked), while a live one is suggested (positive control)."""
    gone = (await library.client.post("/items", headers=MENTOR, json=ARTICLE)).json()["id"]
    kept_body = {**ARTICLE, "title": "Проектная работа девятиклассников: мотивация"}
    kept = (await library.client.post("/items", headers=MENTOR, json=kept_body)).json()["id"]

    async def indexed() -> list[Any] | None:
        hits = await library.index.similar(CASE_TEXT, ["class_management"], limit=5)
        return hits if {gone, kept} <= {h.id for h in hits} else None

    await wait_for(indexed, message="both articles indexed")
    for worker in library.service.workers:
        if isinstance(worker, Indexer):
            await worker.stop()  # the index now trails the database, as it does for a moment after any change
    assert (await library.client.delete(f"/items/{gone}", headers=MODERATOR)).status_code == 204
    assert gone in {h.id for h in await library.index.similar(CASE_TEXT, ["class_management"], limit=5)}

    await library.publish(
        CaseSubmittedInternalV1(
            case_id=uuid.uuid4(),
            number="MCU-2026-000103",
            revision=1,
            rubrics=["class_management"],
            participants=[],
            urgency="need_advice",
            privacy="personal",
            at=now(),
            author_id="mentee-pavel",
            problem=CASE_TEXT,
            question="Как вернуть интерес к проекту?",
            consent_group_discussion=False,
            consent_publish=False,
        )
    )
    await wait_for(lambda: library.suggestions.bodies, message="suggestions")
    suggested = [s["item_id"] for s in json.loads(library.suggestions.bodies[0])["data"]["suggestions"]]
    assert kept in suggested
    assert gone not in suggested


async def test_a_material_is_attached_to_a_case_of_the_library_on_creation_and_on_edit(library: Library) -> None:
    await library.publish(published_case(uuid.uuid4()))
    [pending] = await wait_for(lambda: library.told("item_awaiting_review"), message="the case item in review")
    case_item = pending["item_id"]
    made = await library.client.post("/items", headers=MODERATOR, json=ARTICLE)
    assert made.status_code == 201
    material = made.json()["id"]
    for wrong in (str(uuid.uuid4()), material):  # no such item; a material, not a case
        refused = await library.client.post("/items", headers=MODERATOR, json={**ARTICLE, "attached_to": wrong})
        assert refused.status_code == 422 and refused.json()["errors"][0]["field"] == "attached_to"
        refused = await library.client.put(
            f"/items/{material}", headers=MODERATOR, json={**ARTICLE, "attached_to": wrong}
        )
        assert refused.status_code == 422 and refused.json()["errors"][0]["field"] == "attached_to"
    attached = await library.client.put(
        f"/items/{material}", headers=MODERATOR, json={**ARTICLE, "attached_to": case_item}
    )
    assert attached.status_code == 200, attached.text
    assert attached.json()["attached_to"] == case_item
    assert (await library.client.get(f"/items/{material}", headers=MODERATOR)).json()["attached_to"] == case_item
