"""Search over topics and posts in the search server (Russian and English analysis, filters, highlights), and
similar topics for someone composing a new one."""

import pytest

from mentor_kit.testing import wait_for

from ..conftest import ANNA, MODERATOR, Forum

pytestmark = pytest.mark.integration


async def found(forum: Forum, **params: object) -> dict:
    response = await forum.client.get("/search", params=params)
    assert response.status_code == 200, response.text
    return response.json()


async def test_topics_are_found_by_their_posts_with_filters_and_safe_highlights(forum: Forum) -> None:
    parents = await forum.open_topic(
        section="class-and-parents",
        title="Родители пишут ночью",
        body="Мама ученика пишет в мессенджер после полуночи.",
    )
    await forum.reply(parents["id"], "Договоритесь с родителями о часах связи. <script>alert(1)</script>")
    lessons = await forum.open_topic(section="lessons", title="Онлайн-доска на уроке", body="Какую доску выбрать?")
    english = await forum.open_topic(section="lessons", title="Grading homework quickly", body="Marking essays.")

    async def indexed() -> bool:
        return (await found(forum, q="родителями"))["total"] == 1 and (await found(forum, q="grades"))["total"] == 1

    await wait_for(indexed, timeout=20, message="the topics indexed")
    hit = (await found(forum, q="родителей"))["items"][0]  # another form of the same word (Russian stemming)
    assert hit["topic"]["id"] == parents["id"] and hit["topic"]["replies"] == 1
    fragments = " ".join(f for values in hit["highlights"].values() for f in values)
    assert "<em>" in fragments and "<script" not in fragments.lower(), fragments
    assert (await found(forum, q="grading"))["items"][0]["topic"]["id"] == english["id"]  # English stemming
    assert (await found(forum, q="доска", section="lessons"))["items"][0]["topic"]["id"] == lessons["id"]
    assert (await found(forum, q="родители", section="lessons"))["total"] == 0
    assert (await found(forum, q="родители", rubric="parent_interaction"))["total"] == 0  # topic has no rubric
    deep = {"q": "x", "offset": 9_990, "limit": 20}  # past the search server's window: 422, not its 400 as a 500
    for bad in ({"q": ""}, {"q": "x", "limit": 0}, {"q": "x", "rubric": "astrology"}, {"q": "x", "offset": -1}, deep):
        assert (await forum.client.get("/search", params=bad)).status_code == 422, bad

    similar = await forum.client.get("/similar", params={"title": "Родители пишут в мессенджер ночью"})
    assert similar.status_code == 200 and similar.json()[0]["id"] == parents["id"]

    # a deleted topic leaves the results, once the index has caught up with it
    assert (await forum.client.delete(f"/posts/{parents['posts'][0]['id']}", headers=MODERATOR)).status_code == 204
    await wait_for(lambda: _total_is(forum, "родителями", 0), timeout=20, message="the deleted topic unindexed")
    assert (await found(forum, q="доска"))["total"] == 1  # the others stay
    assert (await forum.client.get("/similar", params={"title": "Родители пишут ночью"})).json() == []


async def test_an_edit_is_searchable_once_indexed(forum: Forum) -> None:
    topic = await forum.open_topic(section="first-years", title="Нагрузка в первый год", body="Сорок часов.")
    await wait_for(lambda: _total_is(forum, "нагрузка", 1), timeout=20, message="indexed")
    post = topic["posts"][0]["id"]
    assert (
        await forum.client.patch(
            f"/posts/{post}", json={"body": "Тридцать шесть часов и классное руководство."}, headers=ANNA
        )
    ).status_code == 200
    await wait_for(lambda: _total_is(forum, "руководство", 1), timeout=20, message="the edit indexed")
    assert (await found(forum, q="сорок"))["total"] == 0


async def _total_is(forum: Forum, q: str, total: int) -> bool:
    return (await found(forum, q=q))["total"] == total


async def test_a_hidden_post_is_not_found_by_search_until_restored(forum: Forum) -> None:
    topic = await forum.open_topic(section="lessons", title="Проектная работа", body="Как оценивать проекты?")
    hidden = await forum.reply(topic["id"], "Непристойностьфрагмент в ответе")
    await wait_for(lambda: _total_is(forum, "Непристойностьфрагмент", 1), timeout=20, message="the reply indexed")
    assert (await forum.client.post(f"/moderation/posts/{hidden['id']}/hide", headers=MODERATOR)).status_code == 200
    await wait_for(lambda: _total_is(forum, "Непристойностьфрагмент", 0), timeout=20, message="hidden text unindexed")
    assert (await found(forum, q="проекты"))["total"] == 1  # the topic itself is still found
    assert (await forum.client.post(f"/moderation/posts/{hidden['id']}/restore", headers=MODERATOR)).status_code == 200
    await wait_for(lambda: _total_is(forum, "Непристойностьфрагмент", 1), timeout=20, message="the restored text")
