"""The case lifecycle through HTTP and the broker, against the real PostgreSQL and RabbitMQ."""

import asyncio
import json
import re
import uuid

import pytest

from mentor_contracts.events import AssignmentExpiredV1, OffersProposedInternalV1, SuggestionsReadyV1
from mentor_contracts.events.library import Suggestion
from mentor_contracts.events.matching import MentorOffer
from mentor_kit.clock import now
from mentor_kit.testing import wait_for

from ..conftest import AUTHOR, MENTEE, MODERATOR, OTHER_MENTEE, Platform, case_form, mentor

pytestmark = pytest.mark.integration


async def submit(platform: Platform, **overrides: object) -> dict:
    response = await platform.client.post("/cases", json=case_form(**overrides), headers=MENTEE)
    assert response.status_code == 201, response.text
    return response.json()


async def offer(platform: Platform, case_id: str, round_: int, *mentor_ids: str) -> None:
    await platform.publish(
        OffersProposedInternalV1(
            case_id=uuid.UUID(case_id),
            round=round_,
            at=now(),
            offers=[
                MentorOffer(mentor_id=m, score=1.0 - i / 10, explanation="совпадает 1 из 1 рубрик")
                for i, m in enumerate(mentor_ids)
            ],
        )
    )

    async def ready() -> bool:
        case = (await platform.client.get(f"/cases/{case_id}", headers=MENTEE)).json()
        return case["status"] == "offers_ready" and case["round"] == round_

    await wait_for(ready, message=f"offers of round {round_}")


async def test_bad_input_names_each_field_and_stores_nothing(platform: Platform) -> None:
    response = await platform.client.post(
        "/cases",
        headers=MENTEE,
        json=case_form(problem="x" * 1001, question="", rubrics=["astrology"], urgency="tomorrow"),
    )
    assert response.status_code == 422
    assert response.headers["content-type"] == "application/problem+json"
    fields = {e["field"] for e in response.json()["errors"]}
    assert {"problem", "rubrics.0", "urgency"} <= fields
    missing = await platform.client.post("/cases", headers=MENTEE, json=case_form(question=" ", rubrics=[]))
    assert missing.status_code == 422
    assert {e["field"] for e in missing.json()["errors"]} == {"question", "rubrics"}
    assert (await platform.client.get("/cases", headers=MENTEE)).json() == {
        "items": [],
        "total": 0,
        "limit": 50,
        "offset": 0,
    }


async def test_submission_numbers_the_case_and_publishes_a_de_identified_event(platform: Platform) -> None:
    case = await submit(platform)
    assert re.fullmatch(r"MCU-\d{4}-\d{6}", case["number"])
    assert case["status"] == "submitted" and case["your_role"] == "author"
    await wait_for(lambda: "ru.mgpu.mentor.case.submitted.v1" in platform.public.types(), message="public event")
    public = json.loads(platform.public.bodies[0])
    assert public["data"]["case_id"] == case["id"] and public["data"]["rubrics"] == ["parent_interaction"]
    raw = platform.public.bodies[0].decode()
    for secret in (AUTHOR["id"], AUTHOR["name"], AUTHOR["email"], "Анна Петровна", "мессенджер"):
        assert secret not in raw


async def test_concurrent_submissions_get_distinct_numbers(platform: Platform) -> None:
    responses = await asyncio.gather(
        *(platform.client.post("/cases", json=case_form(), headers=MENTEE) for _ in range(15))
    )
    numbers = [r.json()["number"] for r in responses]
    assert all(r.status_code == 201 for r in responses)
    assert len(set(numbers)) == 15


async def test_a_draft_is_edited_then_submitted(platform: Platform) -> None:
    draft = await platform.client.post("/cases", headers=MENTEE, json={"problem": "Черновик", "submit": False})
    assert draft.status_code == 201 and draft.json()["status"] == "draft" and draft.json()["number"] is None
    case_id = draft.json()["id"]
    incomplete = await platform.client.post(f"/cases/{case_id}/submit", headers=MENTEE)
    assert incomplete.status_code == 422
    assert {e["field"] for e in incomplete.json()["errors"]} == {"question", "rubrics"}
    edited = await platform.client.patch(
        f"/cases/{case_id}", headers=MENTEE, json={"question": "Что делать?", "rubrics": ["class_management"]}
    )
    assert edited.status_code == 200 and edited.json()["revisions"][0]["question"] == "Что делать?"
    for field in ("urgency", "problem", "rubrics", "privacy", "consent_publish"):  # null is no value: 422, unchanged
        refused = await platform.client.patch(f"/cases/{case_id}", headers=MENTEE, json={field: None, "question": "x"})
        assert refused.status_code == 422 and [e["field"] for e in refused.json()["errors"]] == [field], refused.text
    kept = (await platform.client.get(f"/cases/{case_id}", headers=MENTEE)).json()
    assert kept["revisions"][0]["question"] == "Что делать?" and kept["urgency"] == edited.json()["urgency"]
    submitted = await platform.client.post(f"/cases/{case_id}/submit", headers=MENTEE)
    assert submitted.status_code == 200 and submitted.json()["status"] == "submitted"
    again = await platform.client.patch(f"/cases/{case_id}", headers=MENTEE, json={"question": "Другое"})
    assert again.status_code == 409 and "cannot edit draft" in again.json()["detail"]


async def test_offers_selection_decline_next_round_and_acceptance(platform: Platform) -> None:
    case_id = (await submit(platform))["id"]
    await offer(platform, case_id, 1, "mentor-a", "mentor-b")
    offers = (await platform.client.get(f"/cases/{case_id}/offers", headers=MENTEE)).json()
    assert [o["mentor_id"] for o in offers] == ["mentor-a", "mentor-b"]

    stranger = await platform.client.post(f"/cases/{case_id}/mentor", headers=MENTEE, json={"mentor_id": "mentor-z"})
    assert stranger.status_code == 422
    chosen = await platform.client.post(f"/cases/{case_id}/mentor", headers=MENTEE, json={"mentor_id": "mentor-a"})
    assert chosen.json()["status"] == "mentor_selected"

    declined = await platform.client.post(
        f"/cases/{case_id}/decline", headers=mentor("mentor-a"), json={"reason": "Нет времени на этой неделе"}
    )
    assert declined.status_code == 200 and declined.json()["status"] == "submitted"
    assert (await platform.client.get(f"/cases/{case_id}", headers=mentor("mentor-a"))).status_code == 404

    await offer(platform, case_id, 2, "mentor-a", "mentor-c")  # the tried mentor is dropped
    offers = (await platform.client.get(f"/cases/{case_id}/offers", headers=MENTEE)).json()
    assert [o["mentor_id"] for o in offers] == ["mentor-c"]
    await platform.client.post(f"/cases/{case_id}/mentor", headers=MENTEE, json={"mentor_id": "mentor-c"})
    accepted = await platform.client.post(f"/cases/{case_id}/accept", headers=mentor("mentor-c"))
    assert accepted.status_code == 200 and accepted.json()["status"] == "in_progress"
    twice = await platform.client.post(f"/cases/{case_id}/accept", headers=mentor("mentor-c"))
    assert twice.status_code == 409

    kinds = [e["kind"] for e in (await platform.client.get(f"/cases/{case_id}/history", headers=MODERATOR)).json()]
    assert kinds == [
        "created",
        "submitted",
        "offers",
        "mentor_selected",
        "declined",
        "offers",
        "mentor_selected",
        "accepted",
    ]
    await wait_for(
        lambda: {"ru.mgpu.mentor.case.declined.v1", "ru.mgpu.mentor.case.accepted.v1"} <= set(platform.public.types()),
        message="public decline and accept",
    )
    assert b"\xd0\x9d\xd0\xb5\xd1\x82 \xd0\xb2\xd1\x80\xd0\xb5\xd0\xbc\xd0\xb5\xd0\xbd\xd0\xb8" not in b"".join(
        platform.public.bodies
    )  # the reason ("Нет времени") stays internal


async def test_an_expired_selection_returns_to_the_next_round_once(platform: Platform) -> None:
    case_id = (await submit(platform))["id"]
    await offer(platform, case_id, 1, "mentor-a")
    await platform.client.post(f"/cases/{case_id}/mentor", headers=MENTEE, json={"mentor_id": "mentor-a"})
    expired = AssignmentExpiredV1(case_id=uuid.UUID(case_id), mentor_id="mentor-a", round=1, at=now())
    await platform.publish(expired)
    await platform.publish(expired)  # a duplicate changes nothing

    async def back() -> bool:
        return (await platform.client.get(f"/cases/{case_id}", headers=MENTEE)).json()["status"] == "submitted"

    await wait_for(back, message="the case back to submitted")
    history = (await platform.client.get(f"/cases/{case_id}/history", headers=MENTEE)).json()
    assert [e["kind"] for e in history].count("expired") == 1


async def test_nobody_left_marks_the_case_as_needing_attention(platform: Platform) -> None:
    case_id = (await submit(platform))["id"]
    await offer(platform, case_id, 1)
    case = (await platform.client.get(f"/cases/{case_id}", headers=MODERATOR)).json()
    assert case["needs_attention"] is True


async def test_withdrawal_and_forbidden_transitions(platform: Platform) -> None:
    case_id = (await submit(platform))["id"]
    early = await platform.client.post(f"/cases/{case_id}/accept", headers=mentor("mentor-a"))
    assert early.status_code == 404  # not selected: not theirs to see
    withdrawn = await platform.client.post(f"/cases/{case_id}/withdraw", headers=MENTEE)
    assert withdrawn.json()["status"] == "withdrawn" and withdrawn.json()["allowed_actions"] == []
    again = await platform.client.post(f"/cases/{case_id}/withdraw", headers=MENTEE)
    assert again.status_code == 409 and again.json()["detail"] == "cannot withdraw: the case is withdrawn"
    await wait_for(lambda: "ru.mgpu.mentor.case.withdrawn.v1" in platform.public.types())


async def test_only_author_assigned_mentor_and_moderators_see_a_case(platform: Platform) -> None:
    case_id = (await submit(platform))["id"]
    for outsider in (OTHER_MENTEE, mentor("mentor-x")):
        for path in ("", "/history", "/offers"):
            assert (await platform.client.get(f"/cases/{case_id}{path}", headers=outsider)).status_code == 404
    unknown = await platform.client.get(f"/cases/{uuid.uuid4()}", headers=OTHER_MENTEE)
    assert unknown.status_code == 404 and unknown.json()["detail"] == "no such case"  # same answer: no oracle
    moderator_view = (await platform.client.get(f"/cases/{case_id}", headers=MODERATOR)).json()
    assert moderator_view["author_id"] == AUTHOR["id"] and moderator_view["your_role"] == "moderator"
    assert (await platform.client.post("/cases", json=case_form(), headers=mentor("m"))).status_code == 403


@pytest.mark.parametrize("privacy", ["anonymous", "personal"])
async def test_the_mentor_sees_the_author_only_for_a_personal_case(
    platform: Platform, privacy: str, capsys: pytest.CaptureFixture[str]
) -> None:
    case_id = (await submit(platform, privacy=privacy))["id"]
    await offer(platform, case_id, 1, "mentor-a")
    await platform.client.post(f"/cases/{case_id}/mentor", headers=MENTEE, json={"mentor_id": "mentor-a"})
    seen = [
        await platform.client.get(f"/cases/{case_id}", headers=mentor("mentor-a")),
        await platform.client.get(f"/cases/{case_id}/history", headers=mentor("mentor-a")),
        await platform.client.get("/cases?as=mentor", headers=mentor("mentor-a")),
        await platform.client.post(f"/cases/{case_id}/accept", headers=mentor("mentor-a")),
    ]
    assert all(r.status_code == 200 for r in seen), [r.text for r in seen]
    text = "".join(r.text for r in seen)
    if privacy == "anonymous":
        for secret in AUTHOR.values():
            assert secret not in text, f"{secret} leaked to the mentor"
    else:
        assert seen[0].json()["author_id"] == AUTHOR["id"]
    await wait_for(lambda: "ru.mgpu.mentor.case.accepted.v1" in platform.public.types())
    everything_public = b"".join(platform.public.bodies).decode()
    logged = capsys.readouterr().out
    for secret in AUTHOR.values():
        assert secret not in everything_public, f"{secret} on mentor.events"
        assert secret not in logged, f"{secret} in a log line"


async def test_the_case_list_is_paged_newest_first(platform: Platform) -> None:
    created = [(await submit(platform, question=f"Вопрос {i}?"))["id"] for i in range(3)]
    await submit(platform)  # the other mentee's case is not in the author's list
    other = await platform.client.post("/cases", json=case_form(), headers=OTHER_MENTEE)
    assert other.status_code == 201
    first = (await platform.client.get("/cases?limit=2", headers=MENTEE)).json()
    second = (await platform.client.get("/cases?limit=2&offset=2", headers=MENTEE)).json()
    assert (first["total"], first["limit"], first["offset"]) == (4, 2, 0)
    assert (second["total"], second["limit"], second["offset"]) == (4, 2, 2)
    ids = [c["id"] for c in first["items"] + second["items"]]
    assert len(ids) == len(set(ids)) == 4 and set(created) < set(ids)
    times = [c["created_at"] for c in first["items"] + second["items"]]
    assert times == sorted(times, reverse=True)
    everything = (await platform.client.get("/cases?as=moderator&limit=200", headers=MODERATOR)).json()
    assert everything["total"] == 5 and len(everything["items"]) == 5
    assert (await platform.client.get("/cases?limit=201", headers=MENTEE)).status_code == 422


async def test_a_long_poll_of_the_offers_answers_when_they_arrive(platform: Platform) -> None:
    case_id = (await submit(platform))["id"]
    changes = platform.service.context.changes  # type: ignore[attr-defined]
    path = f"/cases/{case_id}/offers"
    assert (await platform.client.get(path, headers=MENTEE)).json() == []  # no wait: at once, empty
    stranger = await platform.client.get(path, params={"wait": 20}, headers=OTHER_MENTEE)
    assert stranger.status_code == 404  # refused before any waiting
    for bad in ("-1", "31", "soon"):
        refused = await platform.client.get(path, params={"wait": bad}, headers=MENTEE)
        assert refused.status_code == 422 and refused.json()["errors"][0]["field"] == "wait", refused.text
    waiting = asyncio.create_task(platform.client.get(path, params={"wait": 20}, headers=MENTEE))
    await wait_for(lambda: changes.waiting() == 1, message="the long poll is waiting")
    await platform.publish(
        OffersProposedInternalV1(
            case_id=uuid.UUID(case_id),
            round=1,
            at=now(),
            offers=[MentorOffer(mentor_id="mentor-ivanova", score=0.9, explanation="совпадает 1 из 1 рубрик")],
        )
    )
    answered = await asyncio.wait_for(waiting, 20)
    assert answered.status_code == 200
    assert [o["mentor_id"] for o in answered.json()] == ["mentor-ivanova"]
    assert changes.waiting() == 0


async def test_a_long_poll_of_the_suggestions_answers_when_the_library_sends_them(platform: Platform) -> None:
    case_id = (await submit(platform))["id"]
    changes = platform.service.context.changes  # type: ignore[attr-defined]
    waiting = asyncio.create_task(
        platform.client.get(f"/cases/{case_id}/suggestions", params={"wait": 20}, headers=MENTEE)
    )
    await wait_for(lambda: changes.waiting() == 1, message="the long poll is waiting")
    item = Suggestion(item_id=uuid.uuid4(), kind="article", title="Этика переписки педагога", score=2.1)
    await platform.publish(SuggestionsReadyV1(case_id=uuid.UUID(case_id), revision=1, at=now(), suggestions=[item]))
    answered = await asyncio.wait_for(waiting, 20)
    assert [s["title"] for s in answered.json()] == ["Этика переписки педагога"]
