"""Inputs that used to reach the database or the calendar arithmetic and answer 500: every one is a 422 problem
naming its field, and nothing is written."""

import pytest

from ..conftest import ANNA, MODERATOR, Forum

pytestmark = pytest.mark.integration
FAR = "9999-12-31T23:59:59-23:59"  # past the last representable instant once in UTC
EARLY = "0001-01-01T00:00:00+05:00"


def field_of(answer: object) -> str:
    assert getattr(answer, "status_code", None) == 422, getattr(answer, "text", answer)
    return str(answer.json()["errors"][0]["field"])  # type: ignore[attr-defined]


async def test_out_of_range_and_naive_instants_name_their_field(forum: Forum) -> None:
    topic = await forum.open_topic(who=ANNA)
    poll = {"question": "Когда?", "options": ["Сейчас", "Потом"]}
    for closes_at in (FAR, EARLY, "2030-01-01T10:00:00"):
        answer = await forum.client.post(
            f"/topics/{topic['id']}/polls", json={**poll, "closes_at": closes_at}, headers=ANNA
        )
        assert field_of(answer) == "closes_at"
    assert (await forum.client.get(f"/topics/{topic['id']}/polls")).json() == []  # nothing written
    for until in (FAR, EARLY):
        silence = {"until": until, "reason": "спам"}
        assert field_of(await forum.client.put("/moderation/silences/u1", json=silence, headers=MODERATOR)) == "until"
    for name in ("from", "to"):
        assert field_of(await forum.client.get("/events", params={name: FAR})) == name


async def test_a_nul_character_is_refused_where_it_is(forum: Forum) -> None:
    topic = await forum.open_topic(who=ANNA)
    reply = await forum.client.post(f"/topics/{topic['id']}/posts", json={"body": "a\u0000b"}, headers=ANNA)
    assert field_of(reply) == "body"
    assert field_of(await forum.client.get("/sections/a%00b/topics")) == "path"
    assert len((await forum.client.get(f"/topics/{topic['id']}")).json()["posts"]) == 1
