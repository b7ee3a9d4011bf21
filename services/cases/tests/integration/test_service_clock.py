"""The endpoints take the time from the service's clock (`create_service(clock=...)`), like its handlers: every
timestamp a request writes is the clock's, not the machine's."""

from datetime import UTC, datetime

import pytest

from mentor_kit.clock import Clock

from ..conftest import MENTEE, Platform, case_form

pytestmark = pytest.mark.integration

FIXED = datetime(2031, 3, 14, 9, 26, 53, tzinfo=UTC)


@pytest.fixture
def clock() -> Clock:
    return lambda: FIXED


def at(value: str) -> datetime:
    return datetime.fromisoformat(value)


async def test_a_submitted_case_carries_the_service_clock_time(platform: Platform) -> None:
    response = await platform.client.post("/cases", json=case_form(), headers=MENTEE)
    assert response.status_code == 201, response.text
    case = response.json()
    assert case["status"] == "submitted"
    assert at(case["created_at"]) == FIXED
    assert at(case["submitted_at"]) == FIXED
    assert at(case["revisions"][0]["created_at"]) == FIXED
    assert case["number"].startswith("MCU-2031-")

    history = (await platform.client.get(f"/cases/{case['id']}/history", headers=MENTEE)).json()
    assert [(e["kind"], at(e["at"])) for e in history] == [("created", FIXED), ("submitted", FIXED)]

    profile = await platform.client.put(
        "/profile",
        headers=MENTEE,
        json={
            "school_type": "general",
            "subjects": ["математика"],
            "forms_taught": [6],
            "years_of_experience": 2,
            "graduated_from_mcu": True,
            "graduation_year": 2024,
        },
    )
    assert profile.status_code == 200, profile.text
    assert at(profile.json()["updated_at"]) == FIXED
