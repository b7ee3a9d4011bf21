"""Deadlines: a reminder, then expiry and the next round; stored rows that fire once even with two workers."""

import asyncio
import json
import uuid
from datetime import UTC, datetime, timedelta
from typing import Any

import pytest
from sqlalchemy import select, text

from mentor_contracts.events import CaseAcceptedV1, CaseCompletedV1, CaseMentorSelectedV1, CaseSubmittedV1
from mentor_kit.testing import wait_for
from mentor_matching.offers.deadlines import DeadlineWorker
from mentor_matching.offers.models import Attempt

from ..conftest import Matching, headers
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
    await matching.add_mentor("mentor-control", ["digital_technologies"])
    first_case, second_case, control_case = uuid.uuid4(), uuid.uuid4(), uuid.uuid4()
    await matching.publish(submitted(first_case))
    await offers_of(matching, first_case, 1)
    await matching.publish(selected(first_case, "mentor-a", 1))
    accepted = CaseAcceptedV1(case_id=first_case, number=NUMBER, mentor_id="mentor-a", round=1, at=datetime.now(UTC))
    await matching.publish(accepted)
    await matching.publish(accepted)  # duplicated: counted once
    await wait_for(lambda: _attempt_state(matching, first_case, "accepted"), message="the acceptance")
    # A control selection nobody answers, then both deadlines pass: the worker that expires the control in a
    # tick sees the accepted selection's deadline passed too, and must leave it alone.
    await matching.publish(submitted(control_case, rubric="digital_technologies"))
    await offers_of(matching, control_case, 1)
    await matching.publish(selected(control_case, "mentor-control", 1))
    await wait_for(lambda: _attempt_state(matching, control_case, "selected"), message="the control selection")
    matching.clock.advance(timedelta(hours=1))
    await wait_for(lambda: "mentor-control" in expired_mentors(matching), message="the control expired")
    assert expired_mentors(matching) == ["mentor-control"]
    assert await _attempt_state(matching, first_case, "accepted")

    await matching.publish(submitted(second_case))  # mentor-a is at capacity 1/1
    assert await offers_of(matching, second_case, 1) == []
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
    assert await offers_of(matching, third_case, 1) == ["mentor-a"]


def expired_mentors(matching: Matching) -> list[str]:
    bodies = [json.loads(b) for b in matching.public.bodies]
    return [b["data"]["mentor_id"] for b in bodies if b["type"].split(".")[-2] == "assignment_expired"]


async def offers_of(matching: Matching, case_id: uuid.UUID, round_: int) -> list[str]:
    """The mentors offered in one round of one case (rounds of different cases may come in any order)."""

    def found() -> list[dict[str, Any]]:
        bodies = [json.loads(b)["data"] for b in matching.internal.bodies]
        return [b for b in bodies if b["case_id"] == str(case_id) and b["round"] == round_]

    await wait_for(lambda: bool(found()), message=f"round {round_} of {case_id}")
    return [o["mentor_id"] for o in found()[0]["offers"]]


async def _attempt_state(matching: Matching, case_id: uuid.UUID, state: str) -> bool:
    async with matching.service.db.transaction() as session:
        found = await session.execute(
            text("SELECT count(*) FROM attempts WHERE case_id = :c AND state = :s"), {"c": case_id, "s": state}
        )
        return bool(found.scalar_one())


async def test_three_workers_expire_a_selection_once(matching: Matching) -> None:
    await matching.add_mentor("mentor-a", ["class_management"])
    case_id = uuid.uuid4()
    await matching.publish(submitted(case_id, urgency="need_advice"))
    await rounds(matching, 1)
    await matching.publish(selected(case_id, "mentor-a", 1, urgency="need_advice"))
    await wait_for(lambda: _attempt_state(matching, case_id, "selected"), message="the selection recorded")
    for worker in matching.service.workers:  # only the three below: each tick is over when gather returns
        await worker.stop()
    matching.clock.advance(timedelta(hours=2))  # need_advice: one hour in this test's settings
    triplets = [DeadlineWorker(matching.service.context) for _ in range(3)]
    expired = await asyncio.gather(*(worker.tick() for worker in triplets))
    assert sorted(expired) == [0, 0, 1]
    async with matching.service.db.transaction() as session:
        written = await session.execute(
            text("SELECT routing_key, count(*) FROM outbox WHERE routing_key LIKE 'matching.%' GROUP BY routing_key")
        )
        counts = {key.removeprefix("matching.").split(".")[0]: count for key, count in written.all()}
    assert (counts["deadline_approaching"], counts["assignment_expired"]) == (1, 1)
    await wait_for(lambda: "assignment_expired" in public_types(matching), message="expiry published")


async def test_a_mentor_lists_the_cases_waiting_for_their_answer_with_each_stored_deadline(matching: Matching) -> None:
    """GET /mentors/me/requests: the caller's own selections still unanswered, nearest deadline first, each with
    the deadline the deadline worker acts on; gone once answered; nobody else's."""
    await matching.add_mentor("mentor-a", ["class_management"])
    await matching.add_mentor("mentor-b", ["class_management"])
    later, sooner, accepted = uuid.uuid4(), uuid.uuid4(), uuid.uuid4()
    for case_id, urgency in ((later, "need_advice"), (sooner, "need_advice"), (accepted, "need_advice")):
        await matching.publish(submitted(case_id, urgency=urgency))
        await offers_of(matching, case_id, 1)
    for case_id in (later, sooner, accepted):
        await matching.publish(selected(case_id, "mentor-a", 1, urgency="need_advice"))
    await matching.publish(
        CaseAcceptedV1(case_id=accepted, number=NUMBER, mentor_id="mentor-a", round=1, at=datetime.now(UTC))
    )
    mine = headers("mentor-a", "mentor")

    async def listed() -> list[dict[str, Any]] | None:
        found: list[dict[str, Any]] = (await matching.client.get("/mentors/me/requests", headers=mine)).json()
        return found if {r["case_id"] for r in found} == {str(later), str(sooner)} else None

    requests = await wait_for(listed, message="the two selections waiting for mentor-a")
    async with matching.service.db.transaction() as session:
        rows = (await session.execute(select(Attempt).where(Attempt.state == "selected"))).scalars().all()
        stored = {str(row.case_id): row.deadline_at for row in rows}
    for request in requests:
        deadline = datetime.fromisoformat(request["deadline_at"])
        assert deadline.tzinfo is not None and request["round"] == 1
        kept = stored[request["case_id"]]
        assert kept is not None and deadline == (kept if kept.tzinfo else kept.replace(tzinfo=UTC))
        assert timedelta(minutes=59) < deadline - datetime.fromisoformat(request["selected_at"]) <= timedelta(hours=1)
    assert [r["deadline_at"] for r in requests] == sorted(r["deadline_at"] for r in requests)
    assert (await matching.client.get("/mentors/me/requests", headers=headers("mentor-b", "mentor"))).json() == []
    refused = await matching.client.get("/mentors/me/requests", headers=headers("mentee-x", "mentee"))
    assert refused.status_code == 403
    assert (await matching.client.get("/mentors/me/requests")).status_code == 401
