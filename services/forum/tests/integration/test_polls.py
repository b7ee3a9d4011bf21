"""Polls in topics through HTTP on the real PostgreSQL: who sees the results when, public and secret voters,
ballots (changed, withdrawn, in parallel), the limits, closing and re-opening."""

import asyncio
import dataclasses
from datetime import UTC, datetime, timedelta, timezone

import httpx
import pytest

from ..conftest import ANNA, MENTOR, MODERATOR, PAVEL, Forum, headers

pytestmark = pytest.mark.integration

ANONYMOUS: dict[str, str] = {}
POLL = {"question": "Когда удобнее созвон?", "options": ["Утром", "Днём", "Вечером"]}


async def add_poll(forum: Forum, topic_id: str, who: dict[str, str] = ANNA, **body: object) -> dict:
    response = await forum.client.post(f"/topics/{topic_id}/polls", json={**POLL, **body}, headers=who)
    assert response.status_code == 201, response.text
    return response.json()


async def vote(forum: Forum, poll: dict, who: dict[str, str], *chosen: int) -> httpx.Response:
    choices = [poll["options"][i]["id"] for i in chosen]
    return await forum.client.put(f"/polls/{poll['id']}/ballot", json={"choices": choices}, headers=who)


async def read(forum: Forum, poll_id: str, who: dict[str, str] = ANONYMOUS) -> dict:
    response = await forum.client.get(f"/polls/{poll_id}", headers=who)
    assert response.status_code == 200, response.text
    return response.json()


def votes(poll: dict) -> list[int]:
    return [o["votes"] for o in poll["results"]["options"]]


def shift_clock(forum: Forum, by: timedelta) -> None:
    """The endpoints' clock `by` ahead of the real time (the shared `forum` fixture takes no clock of its own)."""
    app = forum.service.app
    app.state.context = dataclasses.replace(app.state.context, clock=lambda: datetime.now(UTC) + by)


async def test_results_for_everyone_and_a_ballot_changed_or_withdrawn(forum: Forum) -> None:
    topic = await forum.open_topic()
    poll = await add_poll(forum, topic["id"], voters="public")
    assert (poll["kind"], poll["min_choices"], poll["max_choices"], poll["results_visibility"]) == (
        "single",
        1,
        1,
        "always",
    )
    fresh = await read(forum, poll["id"])
    assert fresh["my_choices"] is None and fresh["results_hidden_until"] is None  # anonymous: no ballot to show
    assert fresh["results"] == {
        "total_voters": 0,
        "options": [{"option_id": o["id"], "votes": 0, "share": 0.0, "voters": []} for o in poll["options"]],
    }
    assert (await vote(forum, poll, ANONYMOUS, 0)).status_code == 401

    first = (await vote(forum, poll, PAVEL, 0)).json()
    assert first["my_choices"] == [poll["options"][0]["id"]] and first["results"]["total_voters"] == 1
    assert first["results"]["options"][0]["voters"] == [{"id": "mentee-pavel", "name": "Павел Орлов"}]
    assert (await vote(forum, poll, MENTOR, 1)).status_code == 200
    changed = (await vote(forum, poll, PAVEL, 1)).json()  # replaces his ballot, not a second one
    assert votes(changed) == [0, 2, 0] and changed["results"]["total_voters"] == 2
    assert [o["share"] for o in changed["results"]["options"]] == [0.0, 100.0, 0.0]
    assert [v["id"] for v in changed["results"]["options"][1]["voters"]] == ["mentor-ivanova", "mentee-pavel"]
    thirds = (await vote(forum, poll, ANNA, 2)).json()
    assert [o["share"] for o in thirds["results"]["options"]] == [0.0, 66.7, 33.3]

    withdrawn = await forum.client.delete(f"/polls/{poll['id']}/ballot", headers=PAVEL)
    assert withdrawn.status_code == 200 and withdrawn.json()["my_choices"] == []
    assert votes(withdrawn.json()) == [0, 1, 1] and withdrawn.json()["results"]["total_voters"] == 2
    again = await forum.client.delete(f"/polls/{poll['id']}/ballot", headers=PAVEL)
    assert again.status_code == 200 and votes(again.json()) == [0, 1, 1]  # nothing to withdraw: unchanged
    listed = (await forum.client.get(f"/topics/{topic['id']}/polls", headers=MENTOR)).json()
    assert [p["id"] for p in listed] == [poll["id"]] and listed[0]["my_choices"] == [poll["options"][1]["id"]]


async def test_after_vote_shows_results_to_those_who_voted_then_to_all_once_closed(forum: Forum) -> None:
    topic = await forum.open_topic()
    poll = await add_poll(forum, topic["id"], results="after_vote", voters="public")
    assert poll["results"] is None and poll["results_hidden_until"] == "vote"  # its creator has not voted either
    voted = (await vote(forum, poll, PAVEL, 2)).json()
    assert voted["results"]["total_voters"] == 1 and voted["results_hidden_until"] is None

    for who in (ANONYMOUS, ANNA, MODERATOR, MENTOR):  # not voted: creator and moderators included
        response = await forum.client.get(f"/polls/{poll['id']}", headers=who)
        seen = response.json()
        assert seen["results"] is None and seen["results_hidden_until"] == "vote", who
        assert "mentee-pavel" not in response.text and "Павел" not in response.text  # no voter, no count leaks
    listed = await forum.client.get(f"/topics/{topic['id']}/polls")
    assert listed.json()[0]["results"] is None and "mentee-pavel" not in listed.text
    assert (await read(forum, poll["id"], PAVEL))["results"] is not None
    assert (await vote(forum, poll, MODERATOR, 0)).json()["results"]["total_voters"] == 2

    closed = await forum.client.post(f"/polls/{poll['id']}/close", headers=ANNA)
    assert closed.status_code == 200 and closed.json()["closed"] is True and closed.json()["closed_at"]
    for who in (ANONYMOUS, ANNA, MENTOR):
        seen = await read(forum, poll["id"], who)
        assert votes(seen) == [1, 0, 1] and seen["results_hidden_until"] is None, who
    assert (await read(forum, poll["id"]))["results"]["options"][2]["voters"][0]["name"] == "Павел Орлов"


async def test_after_close_hides_results_from_everyone_until_it_closes(forum: Forum) -> None:
    topic = await forum.open_topic()
    poll = await add_poll(forum, topic["id"], results="after_close", voters="public")
    voted = (await vote(forum, poll, PAVEL, 0)).json()
    assert voted["results"] is None and voted["results_hidden_until"] == "close"  # not even to a voter
    assert voted["my_choices"] == [poll["options"][0]["id"]]  # one's own ballot is no secret to oneself
    await vote(forum, poll, MENTOR, 0)
    for who in (ANONYMOUS, PAVEL, ANNA, MODERATOR):  # the creator and moderators do not see them early either
        response = await forum.client.get(f"/polls/{poll['id']}", headers=who)
        assert response.json()["results"] is None and response.json()["results_hidden_until"] == "close", who
        assert "Павел" not in response.text and "mentor-ivanova" not in response.text

    assert (await forum.client.post(f"/polls/{poll['id']}/close", headers=MODERATOR)).status_code == 200
    for who in (ANONYMOUS, PAVEL, ANNA, MODERATOR):
        assert votes(await read(forum, poll["id"], who)) == [2, 0, 0], who
    # opened again it would take ballots from people who saw the tally: refused, for moderators too
    for who in (ANNA, MODERATOR):
        refused = await forum.client.post(f"/polls/{poll['id']}/open", headers=who)
        assert refused.status_code == 409 and "cannot be opened again" in refused.json()["detail"]
    assert (await read(forum, poll["id"]))["closed"] is True

    closes_at = datetime.now(UTC) + timedelta(hours=1)
    timed = await add_poll(forum, topic["id"], results="after_close", closes_at=closes_at.isoformat())
    assert (await vote(forum, timed, PAVEL, 1)).json()["results"] is None
    shift_clock(forum, timedelta(hours=2))  # its time has come: closed when read, no worker needed
    seen = await read(forum, timed["id"])
    assert seen["closed"] is True and seen["closed_at"] is None and votes(seen) == [0, 1, 0]


async def test_after_vote_a_ballot_is_changed_not_withdrawn(forum: Forum) -> None:
    topic = await forum.open_topic()
    poll = await add_poll(forum, topic["id"], results="after_vote")
    assert (await vote(forum, poll, PAVEL, 0)).json()["results"]["total_voters"] == 1  # seen on voting
    refused = await forum.client.delete(f"/polls/{poll['id']}/ballot", headers=PAVEL)
    assert refused.status_code == 409 and "not withdrawn" in refused.json()["detail"]
    assert votes((await vote(forum, poll, PAVEL, 1)).json())[:2] == [0, 1]  # changing it stays possible
    always = await add_poll(forum, topic["id"], results="always")
    await vote(forum, always, PAVEL, 0)
    assert (await forum.client.delete(f"/polls/{always['id']}/ballot", headers=PAVEL)).status_code == 200


async def test_secret_voters_are_never_listed_not_even_to_moderators(forum: Forum) -> None:
    topic = await forum.open_topic()
    poll = await add_poll(forum, topic["id"], question="Кто из вас устал?", options=["Я", "Не я"])
    assert poll["voters"] == "secret"
    await vote(forum, poll, PAVEL, 0)
    await vote(forum, poll, MENTOR, 1)
    for who in (ANONYMOUS, ANNA, MODERATOR, PAVEL):
        response = await forum.client.get(f"/polls/{poll['id']}", headers=who)
        seen = response.json()
        assert votes(seen) == [1, 1] and all(o["voters"] is None for o in seen["results"]["options"]), who
        for trace in ("mentor-ivanova", "Елена", "Павел") + (("mentee-pavel",) if who is not PAVEL else ()):
            assert trace not in response.text, (who, trace)
    assert (await read(forum, poll["id"], PAVEL))["my_choices"] == [poll["options"][0]["id"]]


async def test_multiple_choices_between_min_and_max_and_a_bad_ballot_changes_nothing(forum: Forum) -> None:
    topic = await forum.open_topic()
    options = ["Звонок", "Письмо", "Встреча", "Чат"]
    poll = await add_poll(forum, topic["id"], options=options, kind="multiple", min_choices=2, max_choices=3)
    single = await add_poll(forum, topic["id"])
    assert (await vote(forum, poll, PAVEL, 0, 1)).status_code == 200
    ids = [o["id"] for o in poll["options"]]
    bad = [
        [ids[0]],  # too few
        ids,  # too many
        [ids[0], ids[0]],  # the same option twice
        [ids[0], single["options"][0]["id"]],  # another poll's option
        [],
        [ids[0], "not-a-uuid"],
    ]
    for choices in bad:
        response = await forum.client.put(f"/polls/{poll['id']}/ballot", json={"choices": choices}, headers=PAVEL)
        assert response.status_code == 422, (choices, response.text)
        assert response.headers["content-type"] == "application/problem+json"
        assert response.json()["errors"][0]["field"].split(".")[0] == "choices", response.text
    missing = await forum.client.put(f"/polls/{poll['id']}/ballot", json={}, headers=PAVEL)
    assert missing.status_code == 422 and missing.json()["errors"][0]["field"] == "choices"
    two = await vote(forum, single, PAVEL, 0, 1)
    assert two.status_code == 422 and "exactly 1" in two.json()["errors"][0]["message"]
    kept = await read(forum, poll["id"], PAVEL)
    assert kept["my_choices"] == ids[:2] and votes(kept) == [1, 1, 0, 0]  # his earlier ballot stands
    assert (await read(forum, single["id"]))["results"]["total_voters"] == 0

    assert (await vote(forum, poll, MENTOR, 0, 2, 3)).status_code == 200
    seen = await read(forum, poll["id"])
    assert votes(seen) == [2, 1, 1, 1] and seen["results"]["total_voters"] == 2
    assert [o["share"] for o in seen["results"]["options"]] == [100.0, 50.0, 50.0, 50.0]  # of the voters


async def test_bad_polls_name_the_field_and_write_nothing(forum: Forum) -> None:
    topic = await forum.open_topic()
    now = datetime.now(UTC)
    cases: list[tuple[dict[str, object], str]] = [
        ({"question": "   "}, "question"),
        ({"question": "?" * 301}, "question"),
        ({"options": ["Одна"]}, "options"),
        ({"options": [f"Вариант {i}" for i in range(21)]}, "options"),
        ({"options": ["Да", "  "]}, "options.1"),
        ({"options": ["Да", "x" * 201]}, "options.1"),
        ({"options": ["Да", "Нет", " да "]}, "options"),
        ({"options": ["Ё-моё", "ё-МОЁ"]}, "options"),
        ({"kind": "ranked"}, "kind"),
        ({"max_choices": 2}, "max_choices"),
        ({"min_choices": 2}, "min_choices"),
        ({"kind": "multiple", "min_choices": 0}, "min_choices"),
        ({"kind": "multiple", "min_choices": 4}, "min_choices"),
        ({"kind": "multiple", "max_choices": 4}, "max_choices"),
        ({"kind": "multiple", "min_choices": 3, "max_choices": 2}, "max_choices"),
        ({"results": "never"}, "results"),
        ({"voters": "anonymous"}, "voters"),
        ({"closes_at": "2030-01-01T12:00:00"}, "closes_at"),  # no offset: ambiguous
        ({"closes_at": (now - timedelta(minutes=1)).isoformat()}, "closes_at"),
        ({"closes_at": (now + timedelta(days=400)).isoformat()}, "closes_at"),
        ({"created_by": "mentee-pavel"}, "created_by"),
    ]
    for change, field in cases:
        response = await forum.client.post(f"/topics/{topic['id']}/polls", json={**POLL, **change}, headers=ANNA)
        assert response.status_code == 422, (change, response.text)
        assert response.headers["content-type"] == "application/problem+json"
        assert field in {e["field"] for e in response.json()["errors"]}, (change, response.text)
    assert (await forum.client.get(f"/topics/{topic['id']}/polls")).json() == []  # nothing was written
    offset = (now + timedelta(days=2)).astimezone(timezone(timedelta(hours=3)))
    kept = await add_poll(forum, topic["id"], closes_at=offset.isoformat())
    assert datetime.fromisoformat(kept["closes_at"]) == offset  # the same instant, whatever the offset


async def test_who_may_add_close_and_reopen_and_when_ballots_are_refused(forum: Forum) -> None:
    topic = await forum.open_topic()
    path = f"/topics/{topic['id']}/polls"
    assert (await forum.client.post(path, json=POLL, headers=PAVEL)).status_code == 403  # not the topic's author
    assert (await forum.client.post(path, json=POLL)).status_code == 401
    nowhere = "/topics/00000000-0000-0000-0000-000000000000/polls"
    assert (await forum.client.post(nowhere, json=POLL, headers=ANNA)).status_code == 404
    assert (await forum.client.get(nowhere)).status_code == 404
    assert (await forum.client.get("/polls/00000000-0000-0000-0000-000000000000")).status_code == 404
    poll = await add_poll(forum, topic["id"])
    by_moderator = await add_poll(forum, topic["id"], who=MODERATOR)
    for _ in range(3):
        await add_poll(forum, topic["id"])
    sixth = await forum.client.post(path, json=POLL, headers=ANNA)
    assert sixth.status_code == 409 and "5" in sixth.json()["detail"]

    for who in (PAVEL, MENTOR):
        assert (await forum.client.post(f"/polls/{poll['id']}/close", headers=who)).status_code == 403
    assert (await forum.client.post(f"/polls/{by_moderator['id']}/close", headers=ANNA)).status_code == 403
    await vote(forum, poll, PAVEL, 0)
    assert (await forum.client.post(f"/polls/{poll['id']}/close", headers=ANNA)).status_code == 200
    refused = await vote(forum, poll, PAVEL, 1)
    assert refused.status_code == 409 and "closed" in refused.json()["detail"] and refused.json()["closed_at"]
    assert (await forum.client.delete(f"/polls/{poll['id']}/ballot", headers=PAVEL)).status_code == 409
    assert (await read(forum, poll["id"], PAVEL))["my_choices"] == [poll["options"][0]["id"]]
    assert (await forum.client.post(f"/polls/{poll['id']}/open", headers=PAVEL)).status_code == 403
    assert (await forum.client.post(f"/polls/{poll['id']}/open", headers=ANNA)).json()["closed"] is False
    assert (await vote(forum, poll, PAVEL, 1)).status_code == 200

    silence = {"until": (datetime.now(UTC) + timedelta(hours=1)).isoformat(), "reason": "накрутка"}
    assert (await forum.client.put("/moderation/silences/mentor-ivanova", json=silence, headers=MODERATOR)).is_success
    silenced = await vote(forum, poll, MENTOR, 2)
    assert silenced.status_code == 403 and "накрутка" in silenced.json()["detail"]
    assert (await read(forum, poll["id"]))["results"]["total_voters"] == 1

    assert (await forum.client.post(f"/moderation/topics/{topic['id']}/lock", headers=MODERATOR)).is_success
    locked = await vote(forum, poll, ANNA, 2)
    assert locked.status_code == 409 and "locked" in locked.json()["detail"]
    assert (await forum.client.delete(f"/polls/{poll['id']}/ballot", headers=PAVEL)).status_code == 409
    assert (await forum.client.post(path, json=POLL, headers=MODERATOR)).status_code == 409
    assert (await forum.client.post(f"/moderation/topics/{topic['id']}/unlock", headers=MODERATOR)).is_success

    assert (await forum.client.delete(f"/posts/{topic['posts'][0]['id']}", headers=ANNA)).status_code == 204
    for gone in (f"/polls/{poll['id']}", path):  # the topic is deleted: its polls with it
        assert (await forum.client.get(gone)).status_code == 404
    assert (await vote(forum, poll, PAVEL, 0)).status_code == 404


async def test_a_poll_closes_at_its_time_and_reopens_only_with_a_new_one(forum: Forum) -> None:
    topic = await forum.open_topic()
    closes_at = datetime.now(UTC) + timedelta(hours=1)
    poll = await add_poll(forum, topic["id"], closes_at=closes_at.isoformat())
    assert poll["closed"] is False and datetime.fromisoformat(poll["closes_at"]) == closes_at
    await vote(forum, poll, PAVEL, 0)
    shift_clock(forum, timedelta(hours=2))
    assert (await read(forum, poll["id"]))["closed"] is True
    assert (await vote(forum, poll, PAVEL, 1)).status_code == 409
    refused = await forum.client.post(f"/polls/{poll['id']}/open", headers=ANNA)
    assert refused.status_code == 409 and "closes_at" in refused.json()["detail"]
    past = await forum.client.post(f"/polls/{poll['id']}/open", json={"closes_at": closes_at.isoformat()}, headers=ANNA)
    assert past.status_code == 422 and past.json()["errors"][0]["field"] == "closes_at"
    reopened = await forum.client.post(f"/polls/{poll['id']}/open", json={"closes_at": None}, headers=ANNA)
    assert reopened.status_code == 200 and reopened.json()["closed"] is False and reopened.json()["closes_at"] is None
    assert votes((await vote(forum, poll, PAVEL, 1)).json()) == [0, 1, 0]


async def test_parallel_ballots_are_all_counted(forum: Forum) -> None:
    topic = await forum.open_topic()
    poll = await add_poll(forum, topic["id"], options=["А", "Б", "В", "Г"], kind="multiple", max_choices=2)
    people = [headers(f"mentee-{i}", "mentee", name=f"Участник {i}") for i in range(20)]
    responses = await asyncio.gather(*(vote(forum, poll, who, i % 4, (i + 1) % 4) for i, who in enumerate(people)))
    assert [r.status_code for r in responses] == [200] * 20, [r.text for r in responses if r.status_code != 200]
    seen = await read(forum, poll["id"])
    assert seen["results"]["total_voters"] == 20 and votes(seen) == [10, 10, 10, 10]

    pairs = [(0, 1), (2, 3), (0, 2), (1, 3), (0, 3)] * 2  # one person changing their ballot ten times at once
    changes = await asyncio.gather(*(vote(forum, poll, PAVEL, *pair) for pair in pairs))
    assert {r.status_code for r in changes} == {200}
    mine = (await read(forum, poll["id"], PAVEL))["my_choices"]
    ids = [o["id"] for o in poll["options"]]
    assert mine in [[ids[a], ids[b]] for a, b in pairs]  # one whole ballot of his, never two merged
    final = await read(forum, poll["id"])
    assert final["results"]["total_voters"] == 21 and sum(votes(final)) == 42


async def test_question_and_options_are_plain_text_never_html(forum: Forum) -> None:
    topic = await forum.open_topic()
    question = "<script>alert('q')</script> **жирный?**"
    options = ["<img src=x onerror=alert(1)>", '<a href="javascript:alert(2)">ссылка</a>', "&lt;b&gt; & <b>"]
    poll = await add_poll(forum, topic["id"], question=question, options=options)
    response = await forum.client.get(f"/topics/{topic['id']}/polls")
    assert response.headers["content-type"] == "application/json"  # data for a client to show as text
    (shown,) = response.json()
    assert shown["question"] == question and [o["text"] for o in shown["options"]] == options  # as typed
    assert "html" not in shown and all(set(o) == {"id", "text"} for o in shown["options"])  # nothing rendered
    assert poll["question"] == question


async def test_a_hidden_topics_polls_are_hidden_with_it(forum: Forum) -> None:
    topic = await forum.open_topic(who=ANNA)
    poll = await add_poll(forum, topic["id"])
    assert (await forum.client.get(f"/polls/{poll['id']}")).status_code == 200  # the control: shown before
    first_post = topic["posts"][0]["id"]
    assert (await forum.client.post(f"/moderation/posts/{first_post}/hide", headers=MODERATOR)).status_code == 200
    assert (await forum.client.get(f"/polls/{poll['id']}")).status_code == 404
    assert (await forum.client.get(f"/topics/{topic['id']}/polls")).json() == []
    assert (await vote(forum, poll, PAVEL, 0)).status_code == 404
    await forum.client.post(f"/moderation/posts/{first_post}/restore", headers=MODERATOR)
    assert (await forum.client.get(f"/polls/{poll['id']}")).status_code == 200
