"""A case shared to the forum: one topic in "What to do?" with the de-identified text, once, and nothing of who
shared it anywhere the forum shows or sends."""

import uuid

import pytest

from mentor_contracts.events import CaseAuthorPostedToForumV1, CaseSharedToForumV1
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
    # a case asked into this same topic (`topic_id`) gets a topic of its own, once: two cases' authors would
    # both read "Автор кейса" in one topic, and the notices for one would reach the other
    await forum.publish(shared(second_case, topic_id=uuid.UUID(topic["id"])))
    await forum.publish(shared(second_case, topic_id=uuid.UUID(topic["id"])))

    async def two_topics() -> bool:
        return len(await topics()) == 2

    await wait_for(two_topics, message="the second case in a topic of its own")
    page = (await forum.client.get(f"/topics/{topic['id']}")).json()
    assert [p["author"]["id"] for p in page["posts"]] == [None, "mentor-ivanova"]
    assert "Вопрос к коллегам" in page["posts"][0]["html"] and page["posts"][1]["id"] == reply["id"]

    async def events_out() -> bool:
        return forum.public.types().count("ru.mgpu.mentor.forum.topic_created.v1") == 2 and (
            forum.public.types().count("ru.mgpu.mentor.forum.post_created.v1") == 1
        )

    await wait_for(events_out, message="two topic_created, one post_created")
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


async def test_the_case_author_replies_in_its_topic_as_the_case_author_once(forum: Forum) -> None:
    case_id = uuid.uuid4()
    await forum.publish(shared(case_id))

    async def topics() -> list[dict]:
        return (await forum.client.get("/sections/what-to-do/topics")).json()["items"]

    await wait_for(lambda: _not_empty(topics), message="the shared case's topic")
    topic_id = (await topics())[0]["id"]
    await forum.reply(topic_id, "Как давно это длится?", who=MENTOR)
    post = CaseAuthorPostedToForumV1(case_id=case_id, post_id=uuid.uuid4(), body="Второй месяц.", at=now())
    await forum.publish(post)
    await forum.publish(post)  # redelivered: one post

    async def posts() -> list[dict]:
        return (await forum.client.get(f"/topics/{topic_id}")).json()["posts"]

    later = CaseAuthorPostedToForumV1(case_id=case_id, post_id=uuid.uuid4(), body="И ещё.", at=now())
    await forum.publish(later)  # the later signal: once it shows, the redelivery before it was handled too
    await wait_for(lambda: _has(posts, 4), message="the case author's replies")
    shown = await posts()
    assert len(shown) == 4 and shown[3]["id"] == str(later.post_id)
    assert shown[2]["id"] == str(post.post_id) and shown[2]["html"] == "<p>Второй месяц.</p>\n"
    assert shown[2]["author"] == {"id": None, "name": "Автор кейса"}
    assert shown[0]["author"] == {"id": None, "name": "Кейс из практики"}


async def _has(read, n: int) -> bool:  # type: ignore[no-untyped-def]
    return len(await read()) >= n


async def test_a_shared_case_never_lands_in_a_persons_discussion(forum: Forum) -> None:
    """Named topic of the sharer's own: the case would stand beside their name. It gets a topic of its own."""
    own = await forum.open_topic(section="class-and-parents", who=MENTOR)
    case_id = uuid.uuid4()
    await forum.publish(shared(case_id, topic_id=uuid.UUID(own["id"])))

    async def topics() -> list[dict]:
        return (await forum.client.get("/sections/what-to-do/topics")).json()["items"]

    await wait_for(lambda: _not_empty(topics), message="the case's own topic")
    assert (await topics())[0]["kind"] == "shared_case"
    assert len((await forum.client.get(f"/topics/{own['id']}")).json()["posts"]) == 1  # the discussion is untouched


async def test_a_long_shared_case_is_cut_to_a_posts_limit_keeping_its_question(forum: Forum) -> None:
    event = shared(uuid.uuid4()).model_copy(update={"problem": "Очень длинная история. " * 800})  # ~18,400 chars
    await forum.publish(event)

    async def first_post() -> dict | None:
        items = (await forum.client.get("/sections/what-to-do/topics")).json()["items"]
        return (await forum.client.get(f"/topics/{items[0]['id']}")).json()["posts"][0] if items else None

    await wait_for(first_post, message="the long case's topic")
    post = await first_post()
    assert post is not None and len(post["body"]) <= 10_000
    assert post["body"].endswith("Как договориться о времени переписки?") and " …\n\n" in post["body"]
