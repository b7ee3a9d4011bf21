"""Flags, the moderators' queue and decisions, locked/pinned/moved topics, silences and the audit log."""

from datetime import UTC, datetime, timedelta, timezone

import pytest

from mentor_kit.testing import wait_for

from ..conftest import ANNA, MENTOR, MODERATOR, PAVEL, Forum, headers

pytestmark = pytest.mark.integration
OLGA = headers("mentee-olga", "mentee", name="Ольга")


async def test_flags_hide_a_post_until_a_moderator_restores_it(forum: Forum) -> None:
    topic = await forum.open_topic()
    rude = await forum.reply(topic["id"], "Грубость, первая версия", who=PAVEL)
    edited = await forum.client.patch(f"/posts/{rude['id']}", json={"body": "Грубость"}, headers=PAVEL)
    assert edited.status_code == 200
    history = (await forum.client.get(f"/posts/{rude['id']}/revisions")).json()
    assert [h["body"] for h in history] == ["Грубость, первая версия"]  # readable while the post is shown
    path = f"/posts/{rude['id']}/flags"
    assert (await forum.client.post(path, json={"reason": "spam"}, headers=PAVEL)).status_code == 403  # own post
    for bad, field in (
        ({"reason": "boring"}, "reason"),
        ({"reason": "other"}, "text"),
        ({"reason": "other", "text": "x" * 501}, "text"),
    ):
        refused = await forum.client.post(path, json=bad, headers=ANNA)
        assert refused.status_code == 422 and refused.json()["errors"][0]["field"] == field, refused.text
    first = await forum.client.post(path, json={"reason": "inappropriate"}, headers=ANNA)
    assert first.status_code == 201 and first.json() == {"open_flags": 1, "hidden": False}
    assert (await forum.client.post(path, json={"reason": "spam"}, headers=ANNA)).status_code == 409  # once each
    assert (await forum.client.post(path, json={"reason": "other", "text": "Оскорбление"}, headers=MENTOR)).json()[
        "hidden"
    ] is False
    third = await forum.client.post(path, json={"reason": "off_topic"}, headers=OLGA)
    assert third.json() == {"open_flags": 3, "hidden": True}  # the threshold (3) hides it
    shown = (await forum.client.get(f"/topics/{topic['id']}")).json()["posts"][1]
    assert shown["hidden"] is True and shown["body"] == shown["html"] == ""
    assert (await forum.client.get(f"/posts/{rude['id']}/revisions")).json() == []  # nor its earlier text
    moved_out = await forum.client.patch(f"/posts/{rude['id']}", json={"body": "Теперь прилично"}, headers=PAVEL)
    assert moved_out.status_code == 409  # its author cannot edit the hidden text into the open

    assert (await forum.client.get("/moderation/flags", headers=ANNA)).status_code == 403
    queue = (await forum.client.get("/moderation/flags", headers=MODERATOR)).json()
    assert len(queue) == 1 and queue[0]["post"]["body"] == "Грубость"  # moderators read what was flagged
    assert [f["reason"] for f in queue[0]["flags"]] == ["inappropriate", "other", "off_topic"]
    restored = await forum.client.post(
        f"/moderation/posts/{rude['id']}/restore", json={"reason": "в рамках"}, headers=MODERATOR
    )
    assert restored.status_code == 200 and restored.json()["hidden"] is False
    assert (await forum.client.get("/moderation/flags", headers=MODERATOR)).json() == []
    assert (await forum.client.get(f"/topics/{topic['id']}")).json()["posts"][1]["body"] == "Грубость"
    hidden = await forum.client.post(f"/moderation/posts/{rude['id']}/hide", headers=MODERATOR)
    assert hidden.status_code == 200 and hidden.json()["hidden"] is True
    log = (await forum.client.get("/moderation/log", headers=MODERATOR)).json()
    assert [(a["action"], a["moderator_id"]) for a in log] == [
        ("hide_post", "moderator-olga"),
        ("restore_post", "moderator-olga"),
    ]
    assert log[1]["detail"] == {"reason": "в рамках"} and log[0]["target"] == f"post:{rude['id']}"


async def test_locked_pinned_and_moved_topics(forum: Forum) -> None:
    topics = [await forum.open_topic(section="lessons", title=f"Тема номер {i}") for i in range(4)]
    pinned, locked = topics[0], topics[1]
    for path in (f"/moderation/topics/{locked['id']}/lock", f"/moderation/topics/{pinned['id']}/pin"):
        assert (await forum.client.post(path, headers=ANNA)).status_code == 403
        assert (await forum.client.post(path, headers=MODERATOR)).status_code == 200
    refused = await forum.client.post(f"/topics/{locked['id']}/posts", json={"body": "Можно?"}, headers=PAVEL)
    assert refused.status_code == 409 and "locked" in refused.json()["detail"]
    titles: list[str] = []
    cursor = None
    while True:
        params = {"limit": 2, **({"cursor": cursor} if cursor else {})}
        page = (await forum.client.get("/sections/lessons/topics", params=params)).json()
        titles += [t["title"] for t in page["items"]]
        cursor = page["next"]
        if cursor is None:
            break
    assert titles == ["Тема номер 0", "Тема номер 3", "Тема номер 2", "Тема номер 1"]  # pinned first, each once
    assert (await forum.client.post(f"/moderation/topics/{locked['id']}/unlock", headers=MODERATOR)).json()[
        "locked"
    ] is False
    await forum.reply(locked["id"], "Теперь можно", who=PAVEL)

    move = f"/moderation/topics/{topics[2]['id']}/move"
    for section in ("what-to-do", "nowhere"):
        refused = await forum.client.post(move, json={"section_id": section}, headers=MODERATOR)
        assert refused.status_code == 422 and refused.json()["errors"][0]["field"] == "section_id"
    moved = await forum.client.post(move, json={"section_id": "first-years"}, headers=MODERATOR)
    assert moved.status_code == 200 and moved.json()["section_id"] == "first-years"
    assert [t["title"] for t in (await forum.client.get("/sections/first-years/topics")).json()["items"]] == [
        "Тема номер 2"
    ]


async def test_a_silenced_person_cannot_post_until_the_silence_ends_or_is_lifted(forum: Forum) -> None:
    topic = await forum.open_topic()
    pavels = await forum.open_topic(who=PAVEL)
    path = "/moderation/silences/mentee-pavel"
    now = datetime.now(UTC)
    for until in (now - timedelta(minutes=1), now + timedelta(days=400)):
        refused = await forum.client.put(path, json={"until": until.isoformat(), "reason": "спам"}, headers=MODERATOR)
        assert refused.status_code == 422 and refused.json()["errors"][0]["field"] == "until"
    naive = await forum.client.put(path, json={"until": "2030-01-01T00:00:00", "reason": "спам"}, headers=MODERATOR)
    assert naive.status_code == 422  # a time without its offset is ambiguous
    assert (
        await forum.client.put(
            path, json={"until": (now + timedelta(hours=1)).isoformat(), "reason": "спам"}, headers=ANNA
        )
    ).status_code == 403
    silenced = await forum.client.put(
        path, json={"until": (now + timedelta(hours=1)).isoformat(), "reason": "спам"}, headers=MODERATOR
    )
    assert silenced.status_code == 200
    refused = await forum.client.post(f"/topics/{topic['id']}/posts", json={"body": "Я снова тут"}, headers=PAVEL)
    assert refused.status_code == 403 and "спам" in refused.json()["detail"]
    first_post = f"/posts/{pavels['posts'][0]['id']}"
    assert (await forum.client.patch(first_post, json={"body": "Правка"}, headers=PAVEL)).status_code == 403
    assert (await forum.reply(topic["id"], "А я могу", who=ANNA))["number"] == 2  # only Pavel is silenced
    assert (await forum.client.delete(path, headers=MODERATOR)).status_code == 204
    assert (await forum.reply(topic["id"], "Снова можно", who=PAVEL))["number"] == 3
    plus_three = (datetime.now(UTC) + timedelta(hours=1)).astimezone(timezone(timedelta(hours=3)))
    kept = await forum.client.put(path, json={"until": plus_three.isoformat(), "reason": "снова"}, headers=MODERATOR)
    assert datetime.fromisoformat(kept.json()["until"]) == plus_three  # the same instant, whatever the offset
    actions = [a["action"] for a in (await forum.client.get("/moderation/log", headers=MODERATOR)).json()]
    assert actions == ["silence", "unsilence", "silence"]


async def test_a_hidden_first_post_hides_its_topic_from_lists_search_and_its_title(forum: Forum) -> None:
    spam = await forum.open_topic(who=PAVEL, title="Купите курсы за 99 рублей", body="Ссылка на курсы")
    other = await forum.open_topic(who=ANNA, title="Курсы повышения квалификации", body="Какие курсы выбрать?")

    async def found(topic_id: str) -> bool:
        hits = (await forum.client.get("/search", params={"q": "курсы"})).json()["items"]
        return topic_id in [h["topic"]["id"] if "topic" in h else h["id"] for h in hits]

    await wait_for(lambda: found(spam["id"]), message="the spam topic indexed")
    first_post = spam["posts"][0]["id"]
    assert (await forum.client.post(f"/moderation/posts/{first_post}/hide", headers=MODERATOR)).status_code == 200
    listed = [t["id"] for t in (await forum.client.get("/sections/class-and-parents/topics")).json()["items"]]
    assert listed == [other["id"]]  # the control is listed, the hidden one is not
    page = (await forum.client.get(f"/topics/{spam['id']}")).json()
    assert page["hidden"] is True and page["title"] == "" and page["posts"][0]["body"] == ""
    sections = {s["id"]: s["topics"] for s in (await forum.client.get("/sections")).json()}
    assert sections["class-and-parents"] == 1
    closed = await forum.client.post(f"/topics/{spam['id']}/posts", json={"body": "И я за курсы"}, headers=ANNA)
    assert closed.status_code == 409 and "hidden" in closed.json()["detail"]

    async def gone_from_search() -> bool:
        return not await found(spam["id"]) and await found(other["id"])

    await wait_for(gone_from_search, message="the hidden topic out of search, the other still found")
    restored = await forum.client.post(f"/moderation/posts/{first_post}/restore", headers=MODERATOR)
    assert restored.status_code == 200
    page = (await forum.client.get(f"/topics/{spam['id']}")).json()
    assert page["hidden"] is False and page["title"] == "Купите курсы за 99 рублей"
    await wait_for(lambda: found(spam["id"]), message="the restored topic back in search")


async def test_moderators_open_edit_and_delete_sections(forum: Forum) -> None:
    form = {"id": "inclusion", "title_ru": "Инклюзия", "title_en": "Inclusion", "rubrics": ["individualization"]}
    assert (await forum.client.post("/moderation/sections", json=form, headers=ANNA)).status_code == 403
    made = await forum.client.post("/moderation/sections", json=form, headers=MODERATOR)
    assert made.status_code == 201 and made.json()["topics"] == 0 and made.json()["shared_cases"] is False
    assert (await forum.client.post("/moderation/sections", json=form, headers=MODERATOR)).status_code == 409
    for bad, field in (
        ({**form, "id": "Не slug"}, "id"),
        ({**form, "id": "x2", "rubrics": ["astrology"]}, "rubrics.0"),
    ):
        refused = await forum.client.post("/moderation/sections", json=bad, headers=MODERATOR)
        assert refused.status_code == 422 and refused.json()["errors"][0]["field"] == field, refused.text
    assert "inclusion" in [s["id"] for s in (await forum.client.get("/sections")).json()]
    edited = await forum.client.patch(
        "/moderation/sections/inclusion", json={"title_en": "Inclusive classrooms"}, headers=MODERATOR
    )
    assert edited.status_code == 200 and edited.json()["title_en"] == "Inclusive classrooms"
    assert edited.json()["title_ru"] == "Инклюзия"  # left out: unchanged
    await forum.open_topic(section="inclusion", who=ANNA)
    full = await forum.client.delete("/moderation/sections/inclusion", headers=MODERATOR)
    assert full.status_code == 409 and "move them" in full.json()["detail"]
    shared = await forum.client.delete("/moderation/sections/what-to-do", headers=MODERATOR)
    assert shared.status_code == 409
    empty = {**form, "id": "empty-one"}
    await forum.client.post("/moderation/sections", json=empty, headers=MODERATOR)
    assert (await forum.client.delete("/moderation/sections/empty-one", headers=MODERATOR)).status_code == 204
    assert (await forum.client.delete("/moderation/sections/empty-one", headers=MODERATOR)).status_code == 404
    log = [a["action"] for a in (await forum.client.get("/moderation/log", headers=MODERATOR)).json()]
    assert log[:4] == ["delete_section", "create_section", "edit_section", "create_section"]


async def test_a_hidden_reply_leaves_the_topics_reply_count_until_shown_again(forum: Forum) -> None:
    topic = await forum.open_topic()
    kept = await forum.reply(topic["id"], "Полезный ответ")
    rude = await forum.reply(topic["id"], "Грубость", who=PAVEL)

    async def replies() -> int:
        page = await forum.client.get(f"/topics/{topic['id']}")
        listed = await forum.client.get("/sections/class-and-parents/topics")
        [summary] = [t for t in listed.json()["items"] if t["id"] == topic["id"]]
        assert page.json()["replies"] == summary["replies"]  # the page and the section's list agree
        return int(summary["replies"])

    assert await replies() == 2
    hide = f"/moderation/posts/{rude['id']}/hide"
    assert (await forum.client.post(hide, headers=MODERATOR)).status_code == 200
    assert await replies() == 1
    assert (await forum.client.post(hide, headers=MODERATOR)).status_code == 200  # hidden twice: counted once
    assert await replies() == 1
    restore = f"/moderation/posts/{rude['id']}/restore"
    assert (await forum.client.post(restore, json={"reason": "в рамках"}, headers=MODERATOR)).status_code == 200
    assert await replies() == 2
    assert (await forum.client.post(hide, headers=MODERATOR)).status_code == 200
    assert (await forum.client.delete(f"/posts/{rude['id']}", headers=PAVEL)).status_code == 204
    assert await replies() == 1, "a hidden reply deleted afterwards is not taken off twice"
    assert (await forum.client.delete(f"/posts/{kept['id']}", headers=MENTOR)).status_code == 204
    assert await replies() == 0
