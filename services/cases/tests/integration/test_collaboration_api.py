"""Colleague opinions, sharing to the forum, and the library's first automatic response."""

import json
import uuid
from datetime import timedelta

import pytest

from mentor_contracts.events import SuggestionsReadyV1
from mentor_contracts.events.library import Suggestion
from mentor_kit.clock import now
from mentor_kit.testing import wait_for
from mentor_kit.testing.rabbit import ExchangeTap

from ..conftest import AUTHOR, MENTEE, MODERATOR, OTHER_MENTEE, Platform, mentor
from .test_lifecycle_api import submit
from .test_mentoring_api import accepted_case

pytestmark = pytest.mark.integration


async def test_an_invited_colleague_reads_the_case_and_advises_the_mentor_only(platform: Platform) -> None:
    case_id = await accepted_case(platform)
    colleague = mentor("mentor-colleague")
    assert (await platform.client.get(f"/cases/{case_id}", headers=colleague)).status_code == 404
    invited = await platform.client.post(
        f"/cases/{case_id}/colleagues", headers=mentor("mentor-a"), json={"colleague_id": "mentor-colleague"}
    )
    assert invited.status_code == 204
    view = await platform.client.get(f"/cases/{case_id}", headers=colleague)
    assert view.status_code == 200 and view.json()["your_role"] == "colleague"
    assert AUTHOR["id"] not in view.text  # an anonymous case stays anonymous for colleagues too
    history = (await platform.client.get(f"/cases/{case_id}/history", headers=colleague)).text
    assert AUTHOR["id"] not in history and '"offers"' not in history

    # read only: a colleague cannot act as the mentor
    assert (
        await platform.client.post(f"/cases/{case_id}/solution", headers=colleague, json={"text": "x"})
    ).status_code == 404
    opinion = await platform.client.post(
        f"/cases/{case_id}/opinions",
        headers=colleague,
        json={"text": "Я бы предложил встречу с родителями при завуче."},
    )
    assert opinion.status_code == 201
    assert len((await platform.client.get(f"/cases/{case_id}/opinions", headers=mentor("mentor-a"))).json()) == 1
    assert (await platform.client.get(f"/cases/{case_id}/opinions", headers=MENTEE)).status_code == 404
    assert (await platform.client.get(f"/cases/{case_id}/opinions", headers=MODERATOR)).status_code == 200
    assert (
        await platform.client.post(f"/cases/{case_id}/opinions", headers=mentor("mentor-a"), json={"text": "x"})
    ).status_code == 404


async def test_a_colleague_lists_the_cases_they_were_invited_to(platform: Platform) -> None:
    first = await accepted_case(platform)
    second = await accepted_case(platform, mentor_id="mentor-b", privacy="personal")
    await accepted_case(platform)  # not invited to this one
    for case_id, inviter in ((first, "mentor-a"), (second, "mentor-b")):
        invited = await platform.client.post(
            f"/cases/{case_id}/colleagues", headers=mentor(inviter), json={"colleague_id": "mentor-colleague"}
        )
        assert invited.status_code == 204, invited.text
    colleague = mentor("mentor-colleague")

    listed = await platform.client.get("/cases", params={"as": "colleague"}, headers=colleague)
    assert listed.status_code == 200, listed.text
    page = listed.json()
    assert page["total"] == 2 and [c["id"] for c in page["items"]] == [second, first]  # newest first
    assert {c["your_role"] for c in page["items"]} == {"colleague"}
    assert all(c["author_id"] is None for c in page["items"])  # read as a colleague: never the author, even personal
    for secret in AUTHOR.values():
        assert secret not in listed.text
    paged = (await platform.client.get("/cases?as=colleague&limit=1&offset=1", headers=colleague)).json()
    assert paged["total"] == 2 and [c["id"] for c in paged["items"]] == [first]
    in_progress = (await platform.client.get("/cases?as=colleague&status=in_progress", headers=colleague)).json()
    assert in_progress["total"] == 2
    assert (await platform.client.get("/cases?as=colleague&status=completed", headers=colleague)).json()["total"] == 0

    # nobody else sees them as a colleague: the mentors who invited, the author, a mentee, a moderator
    for other in (mentor("mentor-a"), mentor("mentor-b"), MENTEE, OTHER_MENTEE, MODERATOR):
        theirs = await platform.client.get("/cases?as=colleague", headers=other)
        assert theirs.status_code == 200 and theirs.json()["total"] == 0 and theirs.json()["items"] == []
    # the colleague mentors none of them
    assert (await platform.client.get("/cases?as=mentor", headers=colleague)).json()["total"] == 0
    assert (await platform.client.get("/cases?as=stranger", headers=colleague)).status_code == 422


async def test_sharing_to_the_forum_needs_consent_and_sends_a_de_identified_copy(
    platform: Platform, rabbit_url: str
) -> None:
    refused = await accepted_case(platform, consent_group_discussion=False)
    response = await platform.client.post(f"/cases/{refused}/forum", headers=MENTEE, json={})
    assert response.status_code == 409 and "consent" in response.json()["detail"]

    case_id = await accepted_case(platform, problem="Ученик Петя Иванов из 7Б срывает уроки в школе № 1234.")
    async with ExchangeTap(rabbit_url, "mentor.internal", "case.shared_to_forum.v1") as forum:
        shared = await platform.client.post(f"/cases/{case_id}/forum", headers=mentor("mentor-a"), json={})
        assert shared.status_code == 202
        await wait_for(lambda: forum.bodies, message="the forum copy")
    copy = json.loads(forum.bodies[0])["data"]
    assert copy["problem"] == "Ученик [ИМЯ] из [КЛАСС] срывает уроки в [ШКОЛА]."
    assert AUTHOR["id"] not in forum.bodies[0].decode()


async def test_library_suggestions_are_shown_to_the_author_once(platform: Platform) -> None:
    case_id = (await submit(platform))["id"]
    event = SuggestionsReadyV1(
        case_id=uuid.UUID(case_id),
        revision=1,
        at=now(),
        suggestions=[
            Suggestion(item_id=uuid.uuid4(), kind="case", title="Границы общения с родителями", score=3.2),
            Suggestion(item_id=uuid.uuid4(), kind="article", title="Этика переписки педагога", score=2.1),
        ],
    )
    await platform.publish(event)
    await platform.publish(event)  # redelivered: nothing doubles

    async def shown() -> list:
        return (await platform.client.get(f"/cases/{case_id}/suggestions", headers=MENTEE)).json()

    found = await wait_for(shown, message="suggestions")
    assert [s["title"] for s in found] == ["Границы общения с родителями", "Этика переписки педагога"]
    assert (await platform.client.get(f"/cases/{case_id}/suggestions", headers=OTHER_MENTEE)).status_code == 404


async def test_the_author_replies_in_the_forum_only_as_the_case_author_and_de_identified(
    platform: Platform, rabbit_url: str
) -> None:
    case_id = await accepted_case(platform)
    path = f"/cases/{case_id}/forum/posts"
    reply = {"body": "Спасибо! Я, Анна Смирнова из школы № 1234, попробую договориться с мамой."}
    early = await platform.client.post(path, headers=MENTEE, json=reply)
    assert early.status_code == 409 and "share it first" in early.json()["detail"]
    assert (await platform.client.post(f"/cases/{case_id}/forum", headers=MENTEE, json={})).status_code == 202
    for who in (mentor("mentor-a"), OTHER_MENTEE, MODERATOR):  # only the author writes as the case author
        assert (await platform.client.post(path, headers=who, json=reply)).status_code == 404
    for bad in ({"body": "  "}, {"body": "x" * 10_001}, {"body": "x", "author": "me"}):
        refused = await platform.client.post(path, headers=MENTEE, json=bad)
        assert refused.status_code == 422, refused.text
    async with ExchangeTap(rabbit_url, "mentor.internal", "case.author_posted_to_forum.v1") as forum:
        sent = await platform.client.post(path, headers=MENTEE, json=reply)
        assert sent.status_code == 202 and sent.json()["status"] == "sent"
        await wait_for(lambda: forum.bodies, message="the author's post for the forum")
    assert len(forum.bodies) == 1
    event = json.loads(forum.bodies[0])["data"]
    assert event["post_id"] == sent.json()["post_id"] and event["case_id"] == case_id
    assert "попробую договориться" in event["body"]  # the scan below reads the text it should
    for secret in (AUTHOR["id"], AUTHOR["name"], AUTHOR["email"], "Анна Смирнова", "1234"):
        assert secret not in forum.bodies[0].decode(), secret


async def test_the_mentor_of_a_personal_case_proposes_a_consultation_never_for_an_anonymous_one(
    platform: Platform, rabbit_url: str
) -> None:
    personal = await accepted_case(platform, privacy="personal")
    anonymous = await accepted_case(platform)
    soon = now() + timedelta(days=2)
    form = {
        "starts_at": soon.isoformat(),
        "ends_at": (soon + timedelta(hours=1)).isoformat(),
        "timezone": "Asia/Vladivostok",
        "link": "https://meet.example/room-42",
    }
    refused = await platform.client.post(f"/cases/{anonymous}/consultations", headers=mentor("mentor-a"), json=form)
    assert refused.status_code == 409 and "anonymous" in refused.json()["detail"]
    path = f"/cases/{personal}/consultations"
    for who in (MENTEE, OTHER_MENTEE, MODERATOR, mentor("mentor-b")):  # only the case's mentor proposes
        assert (await platform.client.post(path, headers=who, json=form)).status_code == 404
    naive = soon.replace(tzinfo=None).isoformat()
    bad_forms = {
        "starts_at": {**form, "starts_at": naive},
        "timezone": {**form, "timezone": "Mars/Olympus"},
        "link": {**form, "link": "javascript:alert(1)"},
        "ends_at": {**form, "ends_at": (soon + timedelta(hours=5)).isoformat()},
    }
    bad_forms["starts_at "] = {**form, "starts_at": (now() - timedelta(hours=1)).isoformat()}
    bad_forms[" starts_at"] = {**form, "starts_at": "9999-12-31T17:00:00-05:00", "ends_at": "9999-12-31T18:00:00-05:00"}
    bad_forms[" starts_at "] = {**form, "starts_at": (soon + timedelta(days=400)).isoformat()}
    async with ExchangeTap(rabbit_url, "mentor.internal", "case.consultation_proposed.v1") as forum:
        for field, bad in bad_forms.items():
            answer = await platform.client.post(path, headers=mentor("mentor-a"), json=bad)
            assert answer.status_code == 422, (field, answer.text)
            assert field.strip() in answer.text
        sent = await platform.client.post(path, headers=mentor("mentor-a"), json=form)
        assert sent.status_code == 202, sent.text
        await wait_for(lambda: forum.bodies, message="the proposal for the forum's calendar")
    assert len(forum.bodies) == 1  # the refused ones sent nothing
    event = json.loads(forum.bodies[0])["data"]
    assert event["consultation_id"] == sent.json()["consultation_id"] and event["case_id"] == personal
    assert event["mentor_id"] == "mentor-a" and event["author_id"] == AUTHOR["id"]
    assert event["timezone"] == "Asia/Vladivostok" and event["link"] == form["link"]


async def test_no_consultation_is_proposed_for_a_completed_case(platform: Platform, rabbit_url: str) -> None:
    """The lifecycle table allows a consultation only while the case is being worked on: once completed, 409 with
    the status and the action named, and nothing reaches the forum (a positive control proposes one first)."""
    case_id = await accepted_case(platform, privacy="personal")
    path = f"/cases/{case_id}/consultations"
    soon = now() + timedelta(days=2)
    form = {
        "starts_at": soon.isoformat(),
        "ends_at": (soon + timedelta(hours=1)).isoformat(),
        "timezone": "UTC",
        "link": "https://meet.example/room-7",
    }
    async with ExchangeTap(rabbit_url, "mentor.internal", "case.consultation_proposed.v1") as forum:
        assert (await platform.client.post(path, headers=mentor("mentor-a"), json=form)).status_code == 202
        await wait_for(lambda: forum.bodies, message="the proposal made while the case is in work")
        solution = {"text": "Договоритесь о встрече с родителями."}
        assert (
            await platform.client.post(f"/cases/{case_id}/solution", headers=mentor("mentor-a"), json=solution)
        ).status_code == 201
        reflection = {"useful": True, "rating": 5}
        done = await platform.client.post(f"/cases/{case_id}/complete", headers=MENTEE, json=reflection)
        assert done.json()["status"] == "completed", done.text
        refused = await platform.client.post(path, headers=mentor("mentor-a"), json=form)
        assert refused.status_code == 409, refused.text
        assert refused.json()["case_status"] == "completed" and refused.json()["action"] == "propose_consultation"
        # A later message on the same tap shows that a proposal sent after the refusal would have been seen.
        shared = await platform.client.post(f"/cases/{case_id}/forum", headers=MENTEE, json={})
        assert shared.status_code == 202
    assert len(forum.bodies) == 1, "the refused proposal sent nothing"
