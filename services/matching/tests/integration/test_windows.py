"""One acceptance window, from the settings (`MATCHING_DEADLINE_SECONDS`): it is both the deadline written on a
selection and the window the ranking judges availability in."""

import uuid
from datetime import UTC, datetime, timedelta

import pytest
from sqlalchemy import text

from mentor_contracts.events import CaseMentorSelectedV1
from mentor_kit.testing import wait_for
from mentor_matching.offers.models import CaseCopy
from mentor_matching.offers.service import propose

from ..conftest import Matching
from .test_deadlines import NUMBER, _attempt_state, offers_of, submitted

pytestmark = pytest.mark.integration
MONDAY_MORNING = datetime(2026, 11, 30, 10, 0, tzinfo=UTC)


def a_past_monday_morning() -> datetime:
    """Behind the real time: selections (deadlines from their real `at`) do not expire while the clock is there."""
    today = datetime.now(UTC)
    return (today - timedelta(days=7 + today.weekday())).replace(hour=10, minute=0, second=0, microsecond=0)


async def test_the_configured_window_decides_availability_and_the_deadline(matching: Matching) -> None:
    """need_advice is one hour in this test's settings (24 h by default): on a Monday morning a mentor who works
    on Tuesdays only is not available within it."""
    await matching.add_mentor("mentor-tuesdays", ["class_management"], weekdays=[1])
    await matching.add_mentor("mentor-any-day", ["class_management"])
    matching.clock.travel_to(a_past_monday_morning())
    case_id = uuid.uuid4()
    await matching.publish(submitted(case_id, urgency="need_advice"))
    assert await offers_of(matching, case_id, 1) == ["mentor-any-day"]

    at = datetime.now(UTC)
    await matching.publish(
        CaseMentorSelectedV1(
            case_id=case_id, number=NUMBER, mentor_id="mentor-any-day", round=1, urgency="need_advice", at=at
        )
    )
    await wait_for(lambda: _attempt_state(matching, case_id, "selected"), message="the selection")
    async with matching.service.db.transaction() as session:
        deadline = (await session.execute(text("SELECT deadline_at FROM attempts WHERE state = 'selected'"))).scalar()
    assert deadline == at + timedelta(hours=1)


async def test_propose_ranks_within_the_window_it_is_given(matching: Matching) -> None:
    """An urgent case (4 h by default) offered with a five-day window: a Saturdays-only mentor is available."""
    await matching.add_mentor("mentor-saturdays", ["class_management"], weekdays=[5])
    offered: dict[timedelta, list[str]] = {}
    for window in (timedelta(hours=4), timedelta(days=5)):
        async with matching.service.db.transaction() as session:
            case = CaseCopy(
                case_id=uuid.uuid4(),
                number=NUMBER,
                rubrics=["class_management"],
                participants=[],
                urgency="urgent",
                round=0,
                excluded=[],
                closed=False,
                needs_attention=False,
                updated_at=MONDAY_MORNING,
            )
            session.add(case)
            offers = await propose(
                session, matching.service.context.outbox, case, top=3, window=window, at=MONDAY_MORNING
            )
            offered[window] = [o.mentor_id for o in offers]
    assert offered == {timedelta(hours=4): [], timedelta(days=5): ["mentor-saturdays"]}
