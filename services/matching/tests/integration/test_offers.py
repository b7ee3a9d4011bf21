"""Offers through the broker: a submitted case gets ranked mentors; a decline starts the next round."""

import json
import uuid
from datetime import UTC, datetime

import pytest

from mentor_contracts.events import CaseDeclinedV1, CaseMentorSelectedV1, CaseSubmittedV1
from mentor_kit.testing import wait_for

from ..conftest import Matching, headers

pytestmark = pytest.mark.integration


def submitted(case_id: uuid.UUID, *rubrics: str) -> CaseSubmittedV1:
    return CaseSubmittedV1(
        case_id=case_id,
        number="MCU-2026-000042",
        revision=1,
        rubrics=list(rubrics),
        participants=["parents"],
        urgency="expert_opinion",
        privacy="anonymous",
        at=datetime.now(UTC),
    )


async def rounds(matching: Matching, count: int) -> list[dict]:
    await wait_for(lambda: len(matching.internal.bodies) >= count, message=f"{count} rounds of offers")
    return [json.loads(b)["data"] for b in matching.internal.bodies]


async def test_public_cards_and_validation(matching: Matching) -> None:
    await matching.add_mentor("mentor-a", ["class_management"], position="доцент", capacity=2)
    bad = await matching.client.put(
        "/mentors/me",
        headers=headers("mentor-b", "mentor"),
        json={"name": "Б", "rubrics": ["astrology"], "photo_url": "not a url"},
    )
    assert bad.status_code == 422
    assert {e["field"] for e in bad.json()["errors"]} >= {"name", "rubrics.0", "photo_url"}
    cards = (await matching.client.get("/mentors?rubric=class_management")).json()["items"]  # no login needed
    assert [c["id"] for c in cards] == ["mentor-a"] and "capacity" not in cards[0]
    assert (await matching.client.get("/mentors?rubric=educational_law")).json()["items"] == []
    edited = await matching.client.put(
        "/mentors/mentor-a",
        headers=headers("mod", "moderator"),
        json={"name": "Наставник А", "rubrics": ["class_management"], "capacity": 4},
    )
    assert edited.status_code == 200 and edited.json()["capacity"] == 4
    other = await matching.client.put(
        "/mentors/mentor-a",
        headers=headers("mentor-z", "mentor"),
        json={"name": "Чужой", "rubrics": ["class_management"]},
    )
    assert other.status_code == 403
    off = await matching.client.put("/mentors/mentor-a/active?active=false", headers=headers("mod", "moderator"))
    assert off.status_code == 200 and (await matching.client.get("/mentors/mentor-a")).status_code == 404


async def test_ranked_offers_then_a_decline_starts_the_next_round(matching: Matching) -> None:
    await matching.add_mentor("mentor-both", ["class_management", "parent_interaction"])
    await matching.add_mentor("mentor-one", ["class_management"])
    await matching.add_mentor("mentor-law", ["educational_law"])
    case_id = uuid.uuid4()
    await matching.publish(submitted(case_id, "class_management", "parent_interaction"))
    first = (await rounds(matching, 1))[0]
    assert first["round"] == 1
    assert [o["mentor_id"] for o in first["offers"]] == ["mentor-both", "mentor-one"]
    assert first["offers"][0]["explanation"].startswith("matches 2 of 2 rubrics; free capacity 3/3")

    at = datetime.now(UTC)
    await matching.publish(
        CaseMentorSelectedV1(
            case_id=case_id, number="MCU-2026-000042", mentor_id="mentor-both", round=1, urgency="expert_opinion", at=at
        )
    )
    await matching.publish(
        CaseDeclinedV1(case_id=case_id, number="MCU-2026-000042", mentor_id="mentor-both", round=1, at=at)
    )
    second = (await rounds(matching, 2))[1]
    assert second["round"] == 2 and [o["mentor_id"] for o in second["offers"]] == ["mentor-one"]


async def test_a_case_no_mentor_fits_gets_an_empty_round(matching: Matching) -> None:
    await matching.add_mentor("mentor-law", ["educational_law"])
    await matching.publish(submitted(uuid.uuid4(), "urban_projects"))
    assert (await rounds(matching, 1))[0]["offers"] == []
