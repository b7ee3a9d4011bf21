"""Who is told of a reply: the topic's author, its watchers, the author of the post answered — not the muted, not
the poster; a shared case's author only through the case id. And of an accepted answer: the reply's author."""

import asyncio
import uuid

import pytest

from mentor_contracts.events import CaseAuthorPostedToForumV1, CaseSharedToForumV1
from mentor_kit.clock import now
from mentor_kit.testing import wait_for

from ..conftest import ANNA, MENTOR, MODERATOR, PAVEL, Forum, headers

pytestmark = pytest.mark.integration
OLGA = headers("teacher-olga", "mentee", name="Ольга")


async def told(forum: Forum, post_id: str, name: str = "replied") -> dict:
    async def seen() -> list[dict]:
        return [e for e in forum.internal_events(name) if e["post_id"] == post_id]

    await wait_for(seen, message=f"{name} for post {post_id}")
    (event,) = await seen()
    return event


async def test_a_reply_tells_the_author_watchers_and_the_answered_but_not_the_muted_or_the_poster(forum: Forum) -> None:
    topic = await forum.open_topic(who=ANNA)
    tid = topic["id"]
    assert (await forum.client.get(f"/topics/{tid}/watch", headers=ANNA)).json() == {"level": "watching"}
    assert (await forum.client.get(f"/topics/{tid}/watch", headers=PAVEL)).json() == {"level": "normal"}
    first = await forum.reply(tid, "Первый ответ", who=MENTOR)  # the mentor now watches: they replied
    assert (await told(forum, first["id"]))["recipient_ids"] == ["mentee-anna"]
    assert (await forum.client.get(f"/topics/{tid}/watch", headers=MENTOR)).json() == {"level": "watching"}

    watched = await forum.client.put(f"/topics/{tid}/watch", json={"level": "watching"}, headers=PAVEL)
    assert watched.status_code == 200 and watched.json() == {"level": "watching"}
    second = await forum.reply(tid, "Ответ Ольги на первый", who=OLGA, reply_to=first["id"])
    event = await told(forum, second["id"])
    assert event["recipient_ids"] == ["mentee-anna", "mentee-pavel", "mentor-ivanova"]
    assert event["title"] == topic["title"] and event["number"] == 3 and event["case_id"] is None

    # the author mutes their own topic; Olga mutes it before replying again: her reply keeps her choice
    await forum.client.put(f"/topics/{tid}/watch", json={"level": "muted"}, headers=ANNA)
    await forum.client.put(f"/topics/{tid}/watch", json={"level": "muted"}, headers=OLGA)
    third = await forum.reply(tid, "Павел отвечает Ольге", who=PAVEL, reply_to=second["id"])
    assert (await told(forum, third["id"]))["recipient_ids"] == ["mentor-ivanova"]
    assert (await forum.client.get(f"/topics/{tid}/watch", headers=OLGA)).json() == {"level": "muted"}


async def test_watch_bad_input_and_unknown_topics(forum: Forum) -> None:
    topic = await forum.open_topic(who=ANNA)
    bad = await forum.client.put(f"/topics/{topic['id']}/watch", json={"level": "loud"}, headers=PAVEL)
    assert bad.status_code == 422 and bad.headers["content-type"] == "application/problem+json"
    assert "level" in bad.text
    assert (await forum.client.get(f"/topics/{topic['id']}/watch", headers=PAVEL)).json() == {"level": "normal"}
    missing = await forum.client.put(f"/topics/{uuid.uuid4()}/watch", json={"level": "muted"}, headers=PAVEL)
    assert missing.status_code == 404
    anonymous = await forum.client.put(f"/topics/{topic['id']}/watch", json={"level": "muted"})
    assert anonymous.status_code == 401


async def test_an_accepted_answer_tells_its_author_once_and_is_announced(forum: Forum) -> None:
    topic = await forum.open_topic(who=ANNA)
    answer = await forum.reply(topic["id"], "Вот решение", who=MENTOR)
    for _ in range(2):  # marked twice: told once
        chosen = await forum.client.put(f"/topics/{topic['id']}/solution", json={"post_id": answer["id"]}, headers=ANNA)
        assert chosen.status_code == 200
    event = await told(forum, answer["id"], "answer_accepted")
    assert event["recipient_ids"] == ["mentor-ivanova"] and event["case_id"] is None

    async def solved() -> bool:
        return "ru.mgpu.mentor.forum.topic_solved.v1" in forum.public.types()

    await wait_for(solved, message="topic_solved on the public stream")
    assert forum.public.types().count("ru.mgpu.mentor.forum.topic_solved.v1") == 1
    # the moderator marking the author's own reply: the author is told; marking one's own: nobody is
    own = await forum.reply(topic["id"], "Я сама нашла выход", who=ANNA)
    await forum.client.put(f"/topics/{topic['id']}/solution", json={"post_id": own["id"]}, headers=ANNA)
    assert (await forum.client.get(f"/topics/{topic['id']}")).json()["solution_post_id"] == own["id"]
    by_moderator = await forum.reply(topic["id"], "Ещё вариант", who=PAVEL)
    await forum.client.put(f"/topics/{topic['id']}/solution", json={"post_id": by_moderator["id"]}, headers=MODERATOR)
    assert (await told(forum, by_moderator["id"], "answer_accepted"))["recipient_ids"] == ["mentee-pavel"]
    assert not [e for e in forum.internal_events("answer_accepted") if e["post_id"] == own["id"]]


async def test_a_shared_case_topic_tells_its_author_through_the_case_only(forum: Forum) -> None:
    case_id, secret = uuid.uuid4(), "mentee-secret-author-42"
    shared = CaseSharedToForumV1(
        case_id=case_id,
        rubrics=["parent_interaction"],
        problem="Родители [ИМЯ] недовольны оценками.",
        question="Как объяснить критерии оценивания?",
        shared_by=secret,
        at=now(),
    )
    await forum.publish(shared)

    async def topic_id() -> str | None:
        items = (await forum.client.get("/sections/what-to-do/topics")).json()["items"]
        return items[0]["id"] if items else None

    await wait_for(topic_id, message="the shared case's topic")
    tid = await topic_id()
    assert tid is not None
    colleague = await forum.reply(tid, "Покажите родителям рубрику", who=MENTOR)
    event = await told(forum, colleague["id"])
    assert event["case_id"] == str(case_id) and event["by_case_author"] is False and event["recipient_ids"] == []
    author_post = uuid.uuid4()
    reply = CaseAuthorPostedToForumV1(case_id=case_id, post_id=author_post, body="Спасибо, попробую", at=now())
    await forum.publish(reply)
    event = await told(forum, str(author_post))
    assert event["by_case_author"] is True and event["recipient_ids"] == ["mentor-ivanova"]
    # the author's reply accepted by a moderator: the author is told through the case
    await forum.client.put(f"/topics/{tid}/solution", json={"post_id": str(author_post)}, headers=MODERATOR)
    accepted = await told(forum, str(author_post), "answer_accepted")
    assert accepted["recipient_ids"] == [] and accepted["case_id"] == str(case_id)
    scanned = [body.decode() for body in forum.internal.bodies if b'"ru.mgpu.mentor.internal.forum.' in body]
    assert len(scanned) >= 3 and all(secret not in text for text in scanned)
    assert any(secret in body.decode() for body in forum.internal.bodies)  # the tap saw the cases' own event


async def test_parallel_watch_choices_and_replies_all_succeed(forum: Forum) -> None:
    topic = await forum.open_topic(who=ANNA)
    path = f"/topics/{topic['id']}/watch"
    choices = [forum.client.put(path, json={"level": "muted"}, headers=PAVEL) for _ in range(5)]
    replies = [
        forum.client.post(f"/topics/{topic['id']}/posts", json={"body": f"{n}"}, headers=PAVEL) for n in range(3)
    ]
    answers = await asyncio.gather(*choices, *replies)
    assert [a.status_code for a in answers] == [200] * 5 + [201] * 3
    assert (await forum.client.get(path, headers=PAVEL)).json() == {"level": "muted"}  # replying kept the choice
