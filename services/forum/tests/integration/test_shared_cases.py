"""A case shared to the forum: one topic in "What to do?" with the de-identified text, once, and nothing of who
shared it anywhere the forum shows or sends."""

import uuid

import pytest

from mentor_contracts.events import CaseSharedToForumV1
from mentor_kit.clock import now
from mentor_kit.testing import wait_for

from ..conftest import MENTOR, Forum

pytestmark = pytest.mark.integration
AUTHOR_ID = "mentee-anna-secret-7731"


def shared(case_id: uuid.UUID, topic_id: uuid.UUID | None = None) -> CaseSharedToForumV1:
    return CaseSharedToForumV1(
        case_id=case_id,
        rubrics=["parent_interaction"],
        problem="Мама ученика [ИМЯ] пишет мне ночью в мессенджер.",
        question="Как договориться о времени переписки?",
        topic_id=topic_id,
        shared_by=AUTHOR_ID,
        at=now(),
    )


async def test_a_shared_case_opens_one_topic_that_never_names_who_shared_it(forum: Forum) -> None:
    case_id = uuid.uuid4()
    event = shared(case_id)
    assert AUTHOR_ID in event.model_dump_json()  # positive control: the secret is in what the forum receives
    await forum.publish(event)
    await forum.publish(event)  # redelivered: still one topic

    async def topics() -> list[dict]:
        return (await forum.client.get("/sections/what-to-do/topics")).json()["items"]

    await wait_for(lambda: _not_empty(topics), message="the shared case's topic")
    second_case = uuid.uuid4()
    listed = await topics()
    assert len(listed) == 1
    topic = listed[0]
    assert topic["kind"] == "shared_case" and topic["rubrics"] == ["parent_interaction"]
    assert topic["title"] == "Как договориться о времени переписки?"
    assert topic["author"] == {"id": None, "name": "Кейс из практики"}
    reply = await forum.reply(topic["id"], "Предложите родителям часы связи.", who=MENTOR)
    # the same topic may hold another case (`topic_id`): appended, once
    await forum.publish(shared(second_case, topic_id=uuid.UUID(topic["id"])))
    await forum.publish(shared(second_case, topic_id=uuid.UUID(topic["id"])))

    async def appended() -> bool:
        page = (await forum.client.get(f"/topics/{topic['id']}")).json()
        return len(page["posts"]) == 3

    await wait_for(appended, message="the second case in the same topic")
    page = (await forum.client.get(f"/topics/{topic['id']}")).json()
    assert [p["author"]["id"] for p in page["posts"]] == [None, "mentor-ivanova", None]
    assert "Вопрос к коллегам" in page["posts"][0]["html"] and page["posts"][1]["id"] == reply["id"]

    async def events_out() -> bool:
        return forum.public.types().count("ru.mgpu.mentor.forum.topic_created.v1") == 1 and (
            forum.public.types().count("ru.mgpu.mentor.forum.post_created.v1") == 2
        )

    await wait_for(events_out, message="one topic_created, two post_created")
    seen = [
        (await forum.client.get(path)).text
        for path in (
            "/sections",
            "/sections/what-to-do/topics",
            f"/topics/{topic['id']}",
            f"/posts/{page['posts'][0]['id']}/revisions",
        )
    ] + [body.decode() for body in forum.public.bodies]
    assert len(seen) >= 6 and all(seen)
    assert any("Как договориться" in text for text in seen)  # the scan reads what it should
    assert not [text for text in seen if AUTHOR_ID in text]


async def _not_empty(read) -> bool:  # type: ignore[no-untyped-def]
    return bool(await read())
