"""Sections, topics and posts through HTTP on the real PostgreSQL and RabbitMQ."""

import asyncio
import base64
import json
import re

import pytest

from mentor_kit.testing import wait_for

from ..conftest import ANNA, MENTOR, MODERATOR, PAVEL, Forum, headers

pytestmark = pytest.mark.integration


async def test_the_seeded_sections_count_their_visible_topics(forum: Forum) -> None:
    sections = (await forum.client.get("/sections")).json()
    assert [s["id"] for s in sections] == ["what-to-do", "first-years", "lessons", "class-and-parents"]
    assert sections[0]["title_ru"] == "Что делать? Ищем выход вместе" and sections[0]["shared_cases"] is True
    topic = await forum.open_topic()
    await forum.open_topic()
    counts = {s["id"]: s["topics"] for s in (await forum.client.get("/sections")).json()}
    assert counts["class-and-parents"] == 2 and counts["lessons"] == 0
    first_post = topic["posts"][0]["id"]
    assert (await forum.client.delete(f"/posts/{first_post}", headers=ANNA)).status_code == 204
    counts = {s["id"]: s["topics"] for s in (await forum.client.get("/sections")).json()}
    assert counts["class-and-parents"] == 1  # the first post took its topic with it
    assert (await forum.client.get(f"/topics/{topic['id']}")).status_code == 404


async def test_a_discussion_from_first_post_to_accepted_answer(forum: Forum) -> None:
    topic = await forum.open_topic(title="  Как отвечать родителям вечером?  ", body="Пишут после **22:00**.")
    assert topic["title"] == "Как отвечать родителям вечером?" and topic["author"] == {
        "id": "mentee-anna",
        "name": "Анна Смирнова",
    }
    assert topic["posts"][0]["html"] == "<p>Пишут после <strong>22:00</strong>.</p>\n"
    first = topic["posts"][0]["id"]
    answer = await forum.reply(topic["id"], "Договоритесь о часах связи.", reply_to=first)
    thanks = await forum.reply(topic["id"], "Спасибо!", who=ANNA)
    assert (answer["number"], thanks["number"], answer["reply_to_post_id"]) == (2, 3, first)

    page = (await forum.client.get(f"/topics/{topic['id']}", params={"limit": 2})).json()
    assert [p["number"] for p in page["posts"]] == [1, 2] and page["next_after"] == 2 and page["replies"] == 2
    rest = (await forum.client.get(f"/topics/{topic['id']}", params={"after": 2, "limit": 2})).json()
    assert [p["number"] for p in rest["posts"]] == [3] and rest["next_after"] is None

    assert (
        await forum.client.patch(f"/posts/{answer['id']}", json={"body": "Чужое"}, headers=PAVEL)
    ).status_code == 403
    edited = await forum.client.patch(
        f"/posts/{answer['id']}", json={"body": "Договоритесь письменно."}, headers=MENTOR
    )
    assert edited.status_code == 200 and edited.json()["edited_at"] is not None
    history = (await forum.client.get(f"/posts/{answer['id']}/revisions")).json()
    assert [h["body"] for h in history] == ["Договоритесь о часах связи."]

    refused = await forum.client.put(f"/topics/{topic['id']}/solution", json={"post_id": answer["id"]}, headers=PAVEL)
    assert refused.status_code == 403
    not_a_reply = await forum.client.put(f"/topics/{topic['id']}/solution", json={"post_id": first}, headers=ANNA)
    assert not_a_reply.status_code == 422 and not_a_reply.json()["errors"][0]["field"] == "post_id"
    solved = await forum.client.put(f"/topics/{topic['id']}/solution", json={"post_id": answer["id"]}, headers=ANNA)
    assert solved.status_code == 200 and solved.json()["solved"] is True
    assert (await forum.client.delete(f"/posts/{thanks['id']}", headers=MODERATOR)).status_code == 204
    shown = (await forum.client.get(f"/topics/{topic['id']}")).json()
    assert shown["solution_post_id"] == answer["id"] and shown["replies"] == 1
    assert shown["posts"][2]["deleted"] is True and shown["posts"][2]["body"] == shown["posts"][2]["html"] == ""
    assert (await forum.client.delete(f"/posts/{answer['id']}", headers=MENTOR)).status_code == 204
    assert (await forum.client.get(f"/topics/{topic['id']}")).json()["solved"] is False  # its answer is gone

    async def published() -> bool:
        return {"ru.mgpu.mentor.forum.topic_created.v1", "ru.mgpu.mentor.forum.post_created.v1"} <= set(
            forum.public.types()
        )

    await wait_for(published, message="the forum's public events")
    for body in forum.public.bodies:  # ids only: no text, no people
        text = body.decode()
        assert "mentee-anna" not in text and "22:00" not in text and "Договоритесь" not in text
    created = [json.loads(b)["data"] for b in forum.public.bodies if b"post_created" in b]
    assert {c["number"] for c in created} == {2, 3}


async def test_bad_input_names_the_field_and_changes_nothing(forum: Forum) -> None:
    topic = await forum.open_topic(section="lessons")
    other = await forum.open_topic(section="lessons")
    cases = [
        ("/sections/lessons/topics", {"title": "abc", "body": "x"}, "title"),
        ("/sections/lessons/topics", {"title": "x" * 201, "body": "x"}, "title"),
        ("/sections/lessons/topics", {"title": "Нормальный заголовок", "body": "   "}, "body"),
        ("/sections/lessons/topics", {"title": "Нормальный заголовок", "body": "x" * 10_001}, "body"),
        (
            "/sections/lessons/topics",
            {"title": "Нормальный заголовок", "body": "x", "rubrics": ["astrology"]},
            "rubrics.0",
        ),
        ("/sections/lessons/topics", {"title": "Нормальный заголовок", "body": "x", "author_id": "admin"}, "author_id"),
        (f"/topics/{topic['id']}/posts", {"body": ""}, "body"),
        (f"/topics/{topic['id']}/posts", {"body": "x", "reply_to": other["posts"][0]["id"]}, "reply_to"),
        (f"/topics/{topic['id']}/posts", {"body": "x", "reply_to": "not-a-uuid"}, "reply_to"),
    ]
    for path, body, field in cases:
        response = await forum.client.post(path, json=body, headers=ANNA)
        assert response.status_code == 422, (path, body, response.text)
        assert response.headers["content-type"] == "application/problem+json"
        assert field in {e["field"] for e in response.json()["errors"]}, response.text
    assert (
        await forum.client.post("/sections/what-to-do/topics", json={"title": "Мой кейс", "body": "x"}, headers=ANNA)
    ).status_code == 403
    assert (
        await forum.client.post("/sections/nowhere/topics", json={"title": "Мой кейс", "body": "x"}, headers=ANNA)
    ).status_code == 404
    assert (
        await forum.client.post("/sections/lessons/topics", json={"title": "Без входа", "body": "x"})
    ).status_code == 401
    nobody = "00000000-0000-0000-0000-000000000000"
    crafted = [
        base64.urlsafe_b64encode(json.dumps(value).encode()).decode()
        for value in (["2024-01-01T00:00:00", 5], ["0001-01-01T00:00:00+01:00", nobody], [1, 2], "x", ["a"])
    ]
    bad_params = [({"cursor": c}, "cursor") for c in ["garbage!", *crafted]]
    for params, field in (*bad_params, ({"order": "random"}, "order"), ({"limit": 0}, "limit")):
        response = await forum.client.get("/sections/lessons/topics", params=params)
        assert response.status_code == 422 and response.json()["errors"][0]["field"] == field, response.text
    for path in (
        "/topics/123",
        "/topics/00000000-0000-0000-0000-000000000000",
        "/posts/00000000-0000-0000-0000-000000000000/revisions",
    ):
        assert (await forum.client.get(path)).status_code in (404, 422), path
    assert (await forum.client.get(f"/topics/{topic['id']}", params={"after": -1})).status_code == 422
    listed = (await forum.client.get("/sections/lessons/topics")).json()["items"]
    assert sorted(t["id"] for t in listed) == sorted([topic["id"], other["id"]])  # nothing else was written
    assert all(t["replies"] == 0 for t in listed)


async def test_script_and_html_never_reach_another_reader(forum: Forum) -> None:
    payloads = [
        "<script>alert('x')</script>",
        "[click](javascript:alert(1))",
        "<img src=x onerror=alert(1)>",
        '<a href="#" onclick="steal()">x</a>',
        "![x](javascript:alert(1))",
        "<iframe src='https://evil.example'></iframe>",
    ]
    topic = await forum.open_topic(body="**Жирный** и [ссылка](https://mgpu.ru)")
    assert '<a href="https://mgpu.ru" rel="nofollow ugc noopener noreferrer">ссылка</a>' in topic["posts"][0]["html"]
    for payload in payloads:
        await forum.reply(topic["id"], payload)
    posts = (await forum.client.get(f"/topics/{topic['id']}", params={"limit": 100})).json()["posts"]
    assert len(posts) == len(payloads) + 1
    for post in posts[1:]:  # what is left may be shown as inert text, never as markup that runs
        html = post["html"].lower()
        assert "<script" not in html and "<iframe" not in html and "<img" not in html, html
        assert not re.search(r"<[^>]*\son\w+\s*=", html), html  # no event handler attribute
        assert not re.search(r"(href|src)\s*=\s*[\"']?\s*javascript:", html), html


async def test_topics_are_listed_by_activity_or_age_and_paged_by_keyset(forum: Forum) -> None:
    opened = [await forum.open_topic(section="first-years", title=f"Тема номер {i}") for i in range(5)]
    await forum.reply(opened[1]["id"], "Ответ")  # topic 1 is now the most recently active, and answered
    solved_answer = await forum.reply(opened[3]["id"], "Решение")
    await forum.client.put(f"/topics/{opened[3]['id']}/solution", json={"post_id": solved_answer["id"]}, headers=ANNA)

    async def listed(order: str, limit: int = 2) -> list[str]:
        ids, cursor = [], None
        while True:
            params = {"order": order, "limit": limit, **({"cursor": cursor} if cursor else {})}
            page = (await forum.client.get("/sections/first-years/topics", params=params)).json()
            ids += [t["title"][-1] for t in page["items"]]
            cursor = page["next"]
            if cursor is None:
                return ids

    assert await listed("latest") == ["3", "1", "4", "2", "0"]
    assert await listed("newest") == ["4", "3", "2", "1", "0"]
    assert await listed("unanswered", limit=1) == ["4", "2", "0"]
    assert await listed("solved") == ["3"]


async def test_a_post_is_liked_once_per_person_and_never_by_its_author(forum: Forum) -> None:
    topic = await forum.open_topic()
    answer = await forum.reply(topic["id"], "Совет")
    path = f"/posts/{answer['id']}/like"
    for who in (ANNA, ANNA, PAVEL):  # Anna twice: still one like of hers
        assert (await forum.client.put(path, headers=who)).status_code == 200
    assert (await forum.client.put(path, headers=MENTOR)).status_code == 403  # its author
    assert (await forum.client.put(path)).status_code == 401
    shown = (await forum.client.get(f"/topics/{topic['id']}")).json()["posts"][1]
    assert shown["likes"] == 2
    assert (await forum.client.delete(path, headers=PAVEL)).json()["likes"] == 1
    assert (await forum.client.delete(path, headers=PAVEL)).json()["likes"] == 1  # not liked any more: no change


async def test_posting_too_fast_is_refused_with_retry_after_and_writes_nothing(forum: Forum) -> None:
    limit = forum.service.context.settings.posts_per_minute
    topic = await forum.open_topic(who=PAVEL)  # Pavel's first post of the minute
    for n in range(limit - 1):
        await forum.reply(topic["id"], f"Ещё {n}", who=PAVEL)
    refused = await forum.client.post(f"/topics/{topic['id']}/posts", json={"body": "Лишний"}, headers=PAVEL)
    assert refused.status_code == 429, refused.text
    assert 1 <= int(refused.headers["retry-after"]) <= 60 and refused.json()["retry_after"] == int(
        refused.headers["retry-after"]
    )
    form = {"title": "Ещё одна тема", "body": "x"}
    assert (await forum.client.post("/sections/lessons/topics", json=form, headers=PAVEL)).status_code == 429
    assert (await forum.reply(topic["id"], "А я могу", who=ANNA))["number"] == limit + 1  # others may post
    shown = (await forum.client.get(f"/topics/{topic['id']}", params={"limit": 100})).json()
    assert len(shown["posts"]) == limit + 1 and "Лишний" not in str(shown)


async def test_parallel_posts_cannot_all_pass_the_rate_limit(forum: Forum) -> None:
    limit = forum.service.context.settings.posts_per_minute
    topics = [await forum.open_topic(who=ANNA) for _ in range(2)]  # Anna's, so Pavel's count starts at zero

    async def post(n: int) -> int:
        path = f"/topics/{topics[n % 2]['id']}/posts"
        return (await forum.client.post(path, json={"body": f"Параллельно {n}"}, headers=PAVEL)).status_code

    answers = await asyncio.gather(*(post(n) for n in range(limit + 6)))
    assert sorted(answers) == [201] * limit + [429] * 6
    shown = [(await forum.client.get(f"/topics/{t['id']}", params={"limit": 100})).json() for t in topics]
    assert sum(len(page["posts"]) - 1 for page in shown) == limit


async def test_nobody_passes_for_the_platform_or_a_case_author(forum: Forum) -> None:
    topic = await forum.open_topic(who=ANNA)
    for name in ("Автор кейса", "  кейс ИЗ практики "):
        impostor = headers("mentee-impostor", "mentee", name=name)
        post = await forum.reply(topic["id"], "Это я, автор!", who=impostor)
        assert post["author"]["name"] == f"{name} (mentee-impostor)"
    honest = await forum.reply(topic["id"], "А я просто Павел", who=PAVEL)
    assert honest["author"]["name"] == "Павел Орлов"
