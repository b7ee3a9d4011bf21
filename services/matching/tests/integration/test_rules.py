"""Leave periods, second-opinion exclusions and fairness, through the broker and the database."""

import uuid
from collections import Counter
from datetime import UTC, date, datetime, timedelta

import pytest

from mentor_contracts.events import CaseAcceptedV1, CaseDeclinedV1, CaseRevisedV1, CaseSecondOpinionRequestedV1

from ..conftest import Matching
from .test_deadlines import NUMBER, selected, submitted
from .test_offers import rounds

pytestmark = pytest.mark.integration


async def test_a_mentor_on_leave_is_not_offered(matching: Matching) -> None:
    today = date.today()
    await matching.add_mentor(
        "mentor-away",
        ["class_management"],
        leaves=[{"start": str(today - timedelta(days=1)), "end": str(today + timedelta(days=9))}],
    )
    await matching.add_mentor("mentor-here", ["class_management"])
    await matching.publish(submitted(uuid.uuid4(), urgency="need_advice"))
    assert [o["mentor_id"] for o in (await rounds(matching, 1))[0]["offers"]] == ["mentor-here"]


async def test_a_second_opinion_excludes_the_mentor_who_answered(matching: Matching) -> None:
    for mentor_id in ("mentor-a", "mentor-b"):
        await matching.add_mentor(mentor_id, ["class_management"])
    case_id = uuid.uuid4()
    await matching.publish(submitted(case_id, urgency="need_advice"))
    await rounds(matching, 1)
    await matching.publish(selected(case_id, "mentor-a", 1, urgency="need_advice"))
    await matching.publish(
        CaseAcceptedV1(case_id=case_id, number=NUMBER, mentor_id="mentor-a", round=1, at=datetime.now(UTC))
    )
    await matching.publish(
        CaseSecondOpinionRequestedV1(
            case_id=case_id,
            number=NUMBER,
            rubrics=["class_management"],
            participants=[],
            urgency="need_advice",
            excluded_mentor_ids=["mentor-a"],
            at=datetime.now(UTC),
        )
    )
    second = (await rounds(matching, 2))[1]
    assert [o["mentor_id"] for o in second["offers"]] == ["mentor-b"]


async def test_fairness_over_100_cases_and_10_equal_mentors(matching: Matching) -> None:
    mentors = [f"mentor-{i:02d}" for i in range(10)]
    for mentor_id in mentors:
        await matching.add_mentor(mentor_id, ["class_management"], capacity=20)
    for _ in range(100):
        await matching.publish(submitted(uuid.uuid4(), urgency="need_advice"))
    offered = Counter(o["mentor_id"] for r in await rounds(matching, 100) for o in r["offers"])
    average = sum(offered.values()) / len(mentors)
    assert set(offered) == set(mentors)
    assert max(offered.values()) <= 2 * average, offered


async def test_after_a_reformulation_the_next_round_ranks_by_the_new_version(matching: Matching) -> None:
    await matching.add_mentor("mentor-class", ["class_management"])
    await matching.add_mentor("mentor-digital", ["digital_technologies"])
    case_id = uuid.uuid4()
    first = submitted(case_id, urgency="need_advice")
    await matching.publish(first)
    assert [o["mentor_id"] for o in (await rounds(matching, 1))[0]["offers"]] == ["mentor-class"]
    revised = CaseRevisedV1(
        **{**first.model_dump(exclude={"type"}), "revision": 2, "rubrics": ["digital_technologies"]}
    )
    await matching.publish(revised)
    await matching.publish(selected(case_id, "mentor-class", 1, urgency="need_advice"))
    await matching.publish(
        CaseDeclinedV1(case_id=case_id, number=NUMBER, mentor_id="mentor-class", round=1, at=datetime.now(UTC))
    )
    assert [o["mentor_id"] for o in (await rounds(matching, 2))[1]["offers"]] == ["mentor-digital"]
