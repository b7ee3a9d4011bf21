"""The audit trail: a moderator reading an anonymous author's identity is recorded; the author sees who looked and
when, the admins see every record; nobody else reads the trail, and reads that show no identity are not recorded."""

import pytest

from ..conftest import MENTEE, MODERATOR, OTHER_MENTEE, Platform, headers, mentor
from .test_lifecycle_api import submit
from .test_mentoring_api import accepted_case

pytestmark = pytest.mark.integration
ADMIN = headers("admin-root", "admin")


async def test_a_moderator_reading_an_anonymous_authors_identity_is_recorded_for_the_author_and_admins(
    platform: Platform,
) -> None:
    case_id = await accepted_case(platform)  # anonymous, with its mentor
    trail = f"/cases/{case_id}/identity-reads"
    assert (await platform.client.get(trail, headers=MENTEE)).json() == []
    # the mentor reads it de-identified, the author reads their own: neither is a read of the identity
    await platform.client.get(f"/cases/{case_id}", headers=mentor("mentor-a"))
    await platform.client.get(f"/cases/{case_id}", headers=MENTEE)
    assert (await platform.client.get(trail, headers=MENTEE)).json() == []
    seen = await platform.client.get(f"/cases/{case_id}", headers=MODERATOR)
    assert seen.status_code == 200 and seen.json()["author_id"] == "mentee-anna"  # the identity, shown
    await platform.client.get(f"/cases/{case_id}/history", headers=MODERATOR)
    reads = (await platform.client.get(trail, headers=MENTEE)).json()
    assert [(r["reader_id"], r["reader_role"], r["what"]) for r in reads] == [
        ("moderator-olga", "moderator", "history"),
        ("moderator-olga", "moderator", "case"),
    ]
    for who in (MODERATOR, mentor("mentor-a"), OTHER_MENTEE):  # only the author reads their case's trail
        assert (await platform.client.get(trail, headers=who)).status_code == 404
    everything = await platform.client.get("/audit/identity-reads", headers=ADMIN)
    assert everything.status_code == 200 and [r["case_id"] for r in everything.json()] == [case_id, case_id]
    for who in (MODERATOR, MENTEE):
        assert (await platform.client.get("/audit/identity-reads", headers=who)).status_code == 403
    assert (await platform.client.get("/audit/identity-reads", headers=ADMIN, params={"limit": 0})).status_code == 422


async def test_a_personal_case_is_not_an_anonymous_identity(platform: Platform) -> None:
    case_id = (await submit(platform, privacy="personal"))["id"]
    await platform.client.get(f"/cases/{case_id}", headers=MODERATOR)
    assert (await platform.client.get(f"/cases/{case_id}/identity-reads", headers=MENTEE)).json() == []
