"""Mentor statistics and colleague suggestions, from the events of a real case flow."""

import uuid
from datetime import UTC, datetime

import pytest

from mentor_contracts.events import CaseAcceptedV1, CaseCompletedV1, CaseDeclinedV1
from mentor_kit.testing import wait_for

from ..conftest import Matching, headers
from .test_deadlines import NUMBER, _attempt_state, selected, submitted
from .test_offers import rounds

pytestmark = pytest.mark.integration


async def test_statistics_and_colleague_suggestions(matching: Matching) -> None:
    for mentor_id in ("mentor-a", "mentor-b", "mentor-c"):
        await matching.add_mentor(mentor_id, ["class_management"])
    case_id = uuid.uuid4()
    await matching.publish(submitted(case_id, urgency="need_advice"))
    await rounds(matching, 1)
    await matching.publish(selected(case_id, "mentor-a", 1, urgency="need_advice"))
    await matching.publish(
        CaseDeclinedV1(case_id=case_id, number=NUMBER, mentor_id="mentor-a", round=1, at=datetime.now(UTC))
    )
    await rounds(matching, 2)
    await matching.publish(selected(case_id, "mentor-b", 2, urgency="need_advice"))
    await matching.publish(
        CaseAcceptedV1(case_id=case_id, number=NUMBER, mentor_id="mentor-b", round=2, at=datetime.now(UTC))
    )
    await wait_for(lambda: _attempt_state(matching, case_id, "accepted"), message="acceptance")

    suggestions = await matching.client.get(
        f"/cases/{case_id}/colleague-suggestions", headers=headers("mentor-b", "mentor")
    )
    assert suggestions.status_code == 200
    assert {s["mentor_id"] for s in suggestions.json()} == {"mentor-a", "mentor-c"}
    stranger = await matching.client.get(
        f"/cases/{case_id}/colleague-suggestions", headers=headers("mentor-c", "mentor")
    )
    assert stranger.status_code == 404

    await matching.publish(
        CaseCompletedV1(
            case_id=case_id,
            number=NUMBER,
            rubrics=["class_management"],
            mentor_ids=["mentor-b"],
            second_opinion=False,
            consent_publish=True,
            at=datetime.now(UTC),
        )
    )
    await wait_for(lambda: _attempt_state(matching, case_id, "completed"), message="completion")
    a = (await matching.client.get("/mentors/mentor-a/stats", headers=headers("mentor-a", "mentor"))).json()
    assert (a["offered"], a["selected"], a["declined"], a["accepted"]) == (1, 1, 1, 0)  # tried: not offered again
    b = (await matching.client.get("/mentors/mentor-b/stats", headers=headers("mod", "moderator"))).json()
    assert (b["accepted"], b["completed"]) == (1, 1)
    assert b["median_hours_to_accept"] is not None and b["median_hours_to_solution"] is not None
    assert (
        await matching.client.get("/mentors/mentor-b/stats", headers=headers("mentor-a", "mentor"))
    ).status_code == 404
