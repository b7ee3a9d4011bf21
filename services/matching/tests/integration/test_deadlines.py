"""Deadlines: a reminder, then expiry and the next round; stored rows that fire once even with two workers."""

import asyncio
import json
import uuid
from datetime import UTC, datetime

import pytest

from mentor_contracts.events import CaseAcceptedV1, CaseCompletedV1, CaseMentorSelectedV1, CaseSubmittedV1
from mentor_kit.testing import wait_for
from mentor_matching.offers.deadlines import DeadlineWorker

from ..conftest import Matching
from .test_offers import rounds

pytestmark = pytest.mark.integration
NUMBER = "MCU-2026-000077"


def submitted(case_id: uuid.UUID, urgency: str = "urgent", rubric: str = "class_management") -> CaseSubmittedV1:
    return CaseSubmittedV1(
        case_id=case_id,
        number=NUMBER,
        revision=1,
        rubrics=[rubric],
        participants=[],
        urgency=urgency,
        privacy="anonymous",
        at=datetime.now(UTC),
    )


def selected(case_id: uuid.UUID, mentor_id: str, round_: int, urgency: str = "urgent") -> CaseMentorSelectedV1:
    return CaseMentorSelectedV1(
        case_id=case_id, number=NUMBER, mentor_id=mentor_id, round=round_, urgency=urgency, at=datetime.now(UTC)
    )


def public_types(matching: Matching) -> list[str]:
    return [json.loads(b)["type"].split(".")[-2] for b in matching.public.bodies]


async def test_no_answer_in_time_sends_a_reminder_then_expires_into_the_next_round(matching: Matching) -> None:
    await matching.add_mentor("mentor-a", ["class_management"])
    await matching.add_mentor("mentor-b", ["class_management"])
    case_id = uuid.uuid4()
    await matching.publish(submitted(case_id))
    first = (await rounds(matching, 1))[0]
    chosen = first["offers"][0]["mentor_id"]
    await matching.publish(selected(case_id, chosen, 1))  # urgent: one second in this test's settings
    second = (await rounds(matching, 2))[1]
    assert second["round"] == 2 and chosen not in [o["mentor_id"] for o in second["offers"]]
    await wait_for(lambda: "assignment_expired" in public_types(matching), message="expiry event")
    kinds = public_types(matching)
    assert kinds.count("deadline_approaching") == 1 and kinds.count("assignment_expired") == 1
    assert kinds.index("deadline_approaching") < kinds.index("assignment_expired")


async def test_an_accepted_selection_never_expires_and_capacity_is_counted_once(matching: Matching) -> None:
    await matching.add_mentor("mentor-a", ["class_management"], capacity=1)
    first_case, second_case = uuid.uuid4(), uuid.uuid4()
    await matching.publish(submitted(first_case))
    await rounds(matching, 1)
    await matching.publish(selected(first_case, "mentor-a", 1))
    accepted = CaseAcceptedV1(case_id=first_case, number=NUMBER, mentor_id="mentor-a", round=1, at=datetime.now(UTC))
    await matching.publish(accepted)
    await matching.publish(accepted)  # duplicated: counted once
    await wait_for(lambda: _attempt_state(matching, first_case, "accepted"), message="the acceptance")
    await asyncio.sleep(1.5)  # let the one-second deadline pass: an accepted selection must not expire
    assert "assignment_expired" not in public_types(matching)

    await matching.publish(submitted(second_case))  # mentor-a is at capacity 1/1
    assert (await rounds(matching, 2))[1]["offers"] == []
    await wait_for(lambda: "no_mentor_left" in public_types(matching), message="moderators alerted")

    await matching.publish(
        CaseCompletedV1(
            case_id=first_case,
            number=NUMBER,
            rubrics=["class_management"],
            mentor_ids=["mentor-a"],
            second_opinion=False,
            consent_publish=False,
            at=datetime.now(UTC),
        )
    )
    await wait_for(lambda: _attempt_state(matching, first_case, "completed"), message="the place freed")
    third_case = uuid.uuid4()  # events of different cases may be handled in any order: wait, then submit
    await matching.publish(submitted(third_case))  # the place is free again
    assert [o["mentor_id"] for o in (await rounds(matching, 3))[2]["offers"]] == ["mentor-a"]


async def _attempt_state(matching: Matching, case_id: uuid.UUID, state: str) -> bool:
    from sqlalchemy import text

    async with matching.service.db.transaction() as session:
        found = await session.execute(
            text("SELECT count(*) FROM attempts WHERE case_id = :c AND state = :s"), {"c": case_id, "s": state}
        )
        return bool(found.scalar_one())


async def test_two_workers_expire_a_selection_once(matching: Matching) -> None:
    await matching.add_mentor("mentor-a", ["class_management"])
    case_id = uuid.uuid4()
    await matching.publish(submitted(case_id, urgency="need_advice"))
    await rounds(matching, 1)
    await matching.publish(selected(case_id, "mentor-a", 1, urgency="need_advice"))

    async def selected_row() -> bool:
        async with matching.service.db.transaction() as session:
            from sqlalchemy import text

            return bool(
                (await session.execute(text("SELECT count(*) FROM attempts WHERE state = 'selected'"))).scalar_one()
            )

    await wait_for(selected_row, message="the selection recorded")
    async with matching.service.db.transaction() as session:
        from sqlalchemy import text

        await session.execute(text("UPDATE attempts SET deadline_at = now() - interval '1 second', remind_at = NULL"))
    rounds_handler = matching.service.messaging.consumer  # the service's own worker also runs: three in all
    assert rounds_handler is not None
    worker = next(w for w in matching.service.workers if isinstance(w, DeadlineWorker))
    twins = [DeadlineWorker(matching.service.db, worker.rounds, 0.1) for _ in range(2)]
    expired = await asyncio.gather(*(twin.tick() for twin in twins))
    await wait_for(lambda: "assignment_expired" in public_types(matching), message="expiry")
    await asyncio.sleep(0.5)
    assert sum(expired) <= 1 and public_types(matching).count("assignment_expired") == 1
