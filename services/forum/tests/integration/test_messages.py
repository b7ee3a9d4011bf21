"""Personal messages and blocking through HTTP: conversations, read state, leaving, blocks, reports that alone let
moderators read a message, and the internal events (recipients, and never a message's text)."""

import asyncio
import json
import uuid
from datetime import UTC, datetime, timedelta
from html.parser import HTMLParser

import pytest

from mentor_kit.testing import wait_for
from mentor_kit.testing.rabbit import ExchangeTap

from ..conftest import ANNA, MENTOR, MODERATOR, PAVEL, Forum, headers

pytestmark = pytest.mark.integration
OLGA = headers("mentee-olga", "mentee", name="Ольга Петрова")
SENT = "ru.mgpu.mentor.internal.forum.message_sent.v1"
FLAGGED = "ru.mgpu.mentor.internal.forum.flagged.v1"


def events(tap: ExchangeTap, kind: str, **match: str) -> list[dict]:
    """The tapped events of one type whose data has the given fields (other tests' events are skipped)."""
    found = [json.loads(body) for body in tap.bodies]
    return [e["data"] for e in found if e["type"] == kind and all(e["data"].get(k) == v for k, v in match.items())]


def live_markup(html: str) -> list[tuple[str, list[tuple[str, str | None]]]]:
    """The elements a browser would build from `html`, with their attributes (escaped text is not among them)."""
    found: list[tuple[str, list[tuple[str, str | None]]]] = []

    class Collector(HTMLParser):
        def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
            found.append((tag, attrs))

    Collector().feed(html)
    return found


async def start(
    forum: Forum, who: dict[str, str], recipients: list[str], body: str = "Здравствуйте!", **form: object
) -> dict:
    sent = {"subject": "Про родительское собрание", "recipients": recipients, "body": body, **form}
    response = await forum.client.post("/conversations", json=sent, headers=who)
    assert response.status_code == 201, response.text
    return response.json()


async def send(forum: Forum, conversation_id: str, who: dict[str, str], body: str) -> dict:
    response = await forum.client.post(f"/conversations/{conversation_id}/messages", json={"body": body}, headers=who)
    assert response.status_code == 201, response.text
    return response.json()


async def mine(forum: Forum, who: dict[str, str], **params: object) -> dict:
    response = await forum.client.get("/conversations", params=params, headers=who)
    assert response.status_code == 200, response.text
    return response.json()


async def unread(forum: Forum, who: dict[str, str]) -> dict[str, int]:
    return {c["id"]: c["unread"] for c in (await mine(forum, who))["items"]}


async def test_a_conversation_of_three_read_state_and_leaving(forum: Forum, rabbit_url: str) -> None:
    async with ExchangeTap(rabbit_url, "mentor.internal") as internal:
        started = await start(forum, ANNA, ["mentee-pavel", "mentor-ivanova", "mentee-pavel"])  # repeated: once
        cid = started["id"]
        assert [p["id"] for p in started["participants"]] == ["mentee-anna", "mentee-pavel", "mentor-ivanova"]
        assert started["participants"][0]["name"] == "Анна Смирнова"
        assert started["participants"][1]["name"] == "mentee-pavel"  # not signed in here yet: shown by id
        assert (started["unread"], started["last_read_number"], started["left"]) == (0, 1, False)
        assert started["messages"][0]["html"] == "<p>Здравствуйте!</p>\n"
        assert await unread(forum, PAVEL) == {cid: 1} and await unread(forum, MENTOR) == {cid: 1}
        reply = await send(forum, cid, PAVEL, "Добрый день, **Анна**.")
        assert (reply["number"], reply["author"]) == (2, {"id": "mentee-pavel", "name": "Павел Орлов"})
        assert await unread(forum, ANNA) == {cid: 1} and await unread(forum, PAVEL) == {cid: 0}  # one's own is read
        assert await unread(forum, MENTOR) == {cid: 2}

        # reading marks read up to the last message returned
        first_page = (await forum.client.get(f"/conversations/{cid}", params={"limit": 1}, headers=MENTOR)).json()
        assert [m["number"] for m in first_page["messages"]] == [1] and first_page["next_after"] == 1
        assert (first_page["last_read_number"], first_page["unread"]) == (1, 1)
        rest = (await forum.client.get(f"/conversations/{cid}", params={"after": 1}, headers=MENTOR)).json()
        assert [m["number"] for m in rest["messages"]] == [2] and rest["next_after"] is None
        assert (rest["last_read_number"], rest["unread"]) == (2, 0)
        names = {p["id"]: p["name"] for p in rest["participants"]}
        assert names["mentee-pavel"] == "Павел Орлов"  # known once he wrote
        back = await forum.client.post(
            f"/conversations/{cid}/read", json={"up_to": started["messages"][0]["id"]}, headers=MENTOR
        )
        assert back.status_code == 200 and back.json()["last_read_number"] == 2  # never backwards
        everything = await forum.client.post(f"/conversations/{cid}/read", headers=ANNA)
        assert everything.status_code == 200 and everything.json()["unread"] == 0
        assert await unread(forum, ANNA) == {cid: 0}

        # newest activity first, by keyset pages
        other = await start(forum, PAVEL, ["mentee-anna"], "Ещё вопрос")
        assert [c["id"] for c in (await mine(forum, ANNA))["items"]] == [other["id"], cid]
        first = await mine(forum, ANNA, limit=1)
        second = await mine(forum, ANNA, limit=1, cursor=first["next"])
        assert [first["items"][0]["id"], second["items"][0]["id"], second["next"]] == [other["id"], cid, None]
        await send(forum, cid, MENTOR, "Я тоже тут")
        assert [c["id"] for c in (await mine(forum, ANNA))["items"]] == [cid, other["id"]]
        summary = (await mine(forum, ANNA))["items"][0]
        assert summary["subject"] == "Про родительское собрание" and summary["unread"] == 1

        # nobody else reads it, moderators included, and its existence is not revealed
        for who in (OLGA, MODERATOR):
            assert (await forum.client.get(f"/conversations/{cid}", headers=who)).status_code == 404
            refused = await forum.client.post(f"/conversations/{cid}/messages", json={"body": "Я"}, headers=who)
            assert refused.status_code == 404
            assert (await forum.client.post(f"/conversations/{cid}/leave", headers=who)).status_code == 404
            assert (await forum.client.post(f"/conversations/{cid}/read", headers=who)).status_code == 404
            flagged = await forum.client.post(f"/messages/{reply['id']}/flags", json={"reason": "spam"}, headers=who)
            assert flagged.status_code == 404
            assert (await mine(forum, who))["items"] == []
        assert (await forum.client.get(f"/conversations/{uuid.uuid4()}", headers=ANNA)).status_code == 404
        assert (await forum.client.get("/conversations")).status_code == 401

        # leaving: no longer listed nor told, cannot write; what was said before stays readable to the leaver
        left = await forum.client.post(f"/conversations/{cid}/leave", headers=MENTOR)
        assert left.status_code == 200 and left.json()["left"] is True
        assert (await forum.client.post(f"/conversations/{cid}/leave", headers=MENTOR)).status_code == 200  # once
        assert cid not in await unread(forum, MENTOR)
        refused = await forum.client.post(f"/conversations/{cid}/messages", json={"body": "Ещё"}, headers=MENTOR)
        assert refused.status_code == 403
        after_leaving = await send(forum, cid, ANNA, "Спасибо всем")
        kept = (await forum.client.get(f"/conversations/{cid}", headers=MENTOR)).json()
        assert [m["number"] for m in kept["messages"]] == [1, 2, 3]  # not what came after
        assert {p["id"]: p["left"] for p in kept["participants"]}["mentor-ivanova"] is True
        assert {p["id"]: p["left"] for p in (await mine(forum, ANNA))["items"][0]["participants"]} == {
            "mentee-anna": False,
            "mentee-pavel": False,
            "mentor-ivanova": True,
        }
        assert (await forum.client.post(f"/conversations/{cid}/leave", headers=PAVEL)).status_code == 200
        alone = await forum.client.post(f"/conversations/{cid}/messages", json={"body": "Эй?"}, headers=ANNA)
        assert alone.status_code == 409  # nobody else is left

        await wait_for(lambda: len(events(internal, SENT, conversation_id=cid)) == 4, message="one per message")
        by_message = {e["message_id"]: e for e in events(internal, SENT, conversation_id=cid)}
        assert by_message[started["messages"][0]["id"]]["recipient_ids"] == ["mentee-pavel", "mentor-ivanova"]
        assert by_message[reply["id"]]["recipient_ids"] == ["mentee-anna", "mentor-ivanova"]
        assert by_message[reply["id"]]["title"] == "Про родительское собрание"
        assert by_message[after_leaving["id"]]["recipient_ids"] == ["mentee-pavel"]  # not the one who left


async def test_a_block_stops_new_conversations_and_messages_reaching_the_blocker(forum: Forum, rabbit_url: str) -> None:
    async with ExchangeTap(rabbit_url, "mentor.internal") as internal:
        group = await start(forum, ANNA, ["mentee-pavel", "mentor-ivanova"])
        pair = await start(forum, ANNA, ["mentee-pavel"], "Лично")
        before = (await forum.client.get(f"/conversations/{group['id']}", headers=PAVEL)).json()

        blocked = await forum.client.put("/blocks/mentee-anna", headers=PAVEL)
        assert blocked.status_code == 200 and blocked.json()["name"] == "Анна Смирнова"
        again = await forum.client.put("/blocks/mentee-anna", headers=PAVEL)
        assert again.status_code == 200 and again.json()["created_at"] == blocked.json()["created_at"]  # idempotent
        assert [b["id"] for b in (await forum.client.get("/blocks", headers=PAVEL)).json()] == ["mentee-anna"]
        assert (await forum.client.get("/blocks", headers=ANNA)).json() == []
        for bad in ("mentee-pavel", "not%20an%20id"):
            refused = await forum.client.put(f"/blocks/{bad}", headers=PAVEL)
            assert refused.status_code == 422 and refused.json()["errors"][0]["field"] == "user_id", refused.text

        # a blocked person cannot start a conversation with the blocker, and is not told who blocked them
        for recipients in (["mentee-pavel"], ["mentor-ivanova", "mentee-pavel"]):
            form = {"subject": "Снова я", "recipients": recipients, "body": "Ответьте"}
            refused = await forum.client.post("/conversations", json=form, headers=ANNA)
            assert refused.status_code == 403 and refused.json()["errors"][0]["field"] == "recipients"
            assert "pavel" not in refused.text.lower()
        assert len((await mine(forum, ANNA))["items"]) == 2 and len((await mine(forum, MENTOR))["items"]) == 1
        own = await forum.client.post(
            "/conversations", json={"subject": "Тема", "recipients": ["mentee-anna"], "body": "Текст"}, headers=PAVEL
        )
        assert own.status_code == 422 and own.json()["errors"][0]["field"] == "recipients"  # one he blocked himself

        # in a conversation they share, the blocked person's new messages reach the others only
        during = await send(forum, group["id"], ANNA, "Написано после блокировки")
        refused = await forum.client.post(f"/conversations/{pair['id']}/messages", json={"body": "Эй"}, headers=ANNA)
        assert refused.status_code == 403  # everyone still there has blocked her
        pavels = (await forum.client.get(f"/conversations/{group['id']}", headers=PAVEL)).json()
        assert [m["number"] for m in pavels["messages"]] == [1] and pavels["unread"] == 0
        assert pavels["last_message_at"] == before["last_message_at"]  # nor does it move up his list
        assert [
            m["number"]
            for m in (await forum.client.get(f"/conversations/{group['id']}", headers=MENTOR)).json()["messages"]
        ] == [1, 2]
        up_to = await forum.client.post(
            f"/conversations/{group['id']}/read", json={"up_to": during["id"]}, headers=PAVEL
        )
        assert up_to.status_code == 422 and up_to.json()["errors"][0]["field"] == "up_to"
        hidden = await forum.client.post(f"/messages/{during['id']}/flags", json={"reason": "spam"}, headers=PAVEL)
        assert hidden.status_code == 404  # what he does not see he cannot report either
        await send(forum, group["id"], PAVEL, "А я пишу всем")  # the blocker still writes to everyone

        # unblocking restores what comes next; what was written meanwhile stays undelivered
        assert (await forum.client.delete("/blocks/mentee-anna", headers=PAVEL)).status_code == 204
        assert (await forum.client.delete("/blocks/mentee-anna", headers=PAVEL)).status_code == 204
        assert (await forum.client.get("/blocks", headers=PAVEL)).json() == []
        later = await send(forum, group["id"], ANNA, "Снова всем")
        fresh = await start(forum, ANNA, ["mentee-pavel"], "Новая тема")
        pavels = (await forum.client.get(f"/conversations/{group['id']}", headers=PAVEL)).json()
        assert [m["number"] for m in pavels["messages"]] == [1, 3, 4]

        await wait_for(lambda: len(events(internal, SENT, conversation_id=group["id"])) == 4, message="group events")
        told = {e["message_id"]: e["recipient_ids"] for e in events(internal, SENT, conversation_id=group["id"])}
        assert told[during["id"]] == ["mentor-ivanova"]  # the blocker is not told
        assert told[later["id"]] == ["mentee-pavel", "mentor-ivanova"]
        await wait_for(lambda: events(internal, SENT, conversation_id=fresh["id"]), message="the new conversation")
        assert events(internal, SENT, conversation_id=fresh["id"])[0]["recipient_ids"] == ["mentee-pavel"]
        assert len(events(internal, SENT, conversation_id=pair["id"])) == 1  # the refused message told nobody


async def test_bad_input_answers_422_naming_the_field_and_writes_nothing(forum: Forum) -> None:
    good = {"subject": "Тема", "recipients": ["mentee-pavel"], "body": "Текст"}
    for change, field in (
        ({"subject": ""}, "subject"),
        ({"subject": " \n\t "}, "subject"),
        ({"subject": "т" * 201}, "subject"),
        ({"recipients": []}, "recipients"),
        ({"recipients": [f"user-{i}" for i in range(21)]}, "recipients"),
        ({"recipients": ["not an id"]}, "recipients.0"),
        ({"recipients": ["x" * 129]}, "recipients.0"),
        ({"recipients": ["mentee-anna"]}, "recipients"),
        ({"recipients": ["mentee-pavel", "mentee-anna"]}, "recipients"),
        ({"body": ""}, "body"),
        ({"body": "   \n "}, "body"),
        ({"body": "б" * 10_001}, "body"),
        ({"cc": ["mentee-olga"]}, "cc"),
    ):
        refused = await forum.client.post("/conversations", json={**good, **change}, headers=ANNA)
        assert refused.status_code == 422, (change, refused.text)
        assert refused.json()["errors"][0]["field"] == field, (change, refused.text)
    missing = await forum.client.post("/conversations", json={"subject": "Тема", "body": "Текст"}, headers=ANNA)
    assert missing.status_code == 422 and missing.json()["errors"][0]["field"] == "recipients"
    for who in (ANNA, PAVEL):
        assert (await mine(forum, who))["items"] == []  # nothing was written

    longest = await start(forum, ANNA, ["mentee-pavel"], "б" * 10_000, subject="  " + "т" * 200 + "  ")
    cid = longest["id"]
    assert longest["subject"] == "т" * 200  # trimmed, then counted
    for body, field in (({"body": ""}, "body"), ({"body": "x" * 10_001}, "body"), ({}, "body")):
        refused = await forum.client.post(f"/conversations/{cid}/messages", json=body, headers=PAVEL)
        assert refused.status_code == 422 and refused.json()["errors"][0]["field"] == field
    for path, form, field in (
        (f"/conversations/{cid}/read", {"up_to": str(uuid.uuid4())}, "up_to"),
        (f"/conversations/{cid}/read", {"up_to": "nope"}, "up_to"),
        (f"/messages/{longest['messages'][0]['id']}/flags", {"reason": "boring"}, "reason"),
        (f"/messages/{longest['messages'][0]['id']}/flags", {"reason": "other"}, "text"),
        (f"/messages/{longest['messages'][0]['id']}/flags", {"reason": "other", "text": " "}, "text"),
        (f"/messages/{longest['messages'][0]['id']}/flags", {"reason": "other", "text": "x" * 1001}, "text"),
        (f"/conversations/{cid}/messages", {"body": "x", "to": "all"}, "to"),
    ):
        refused = await forum.client.post(path, json=form, headers=PAVEL)
        assert refused.status_code == 422 and refused.json()["errors"][0]["field"] == field, (path, refused.text)
    for params, field in (({"cursor": "garbage"}, "cursor"), ({"limit": 0}, "limit"), ({"limit": 101}, "limit")):
        refused = await forum.client.get("/conversations", params=params, headers=PAVEL)
        assert refused.status_code == 422 and refused.json()["errors"][0]["field"] == field
    refused = await forum.client.get(f"/conversations/{cid}", params={"after": -1}, headers=PAVEL)
    assert refused.status_code == 422 and refused.json()["errors"][0]["field"] == "after"
    assert (await forum.client.get("/conversations/not-a-uuid", headers=PAVEL)).status_code == 422
    # nothing of it was written: one message, unread, no report
    assert await unread(forum, PAVEL) == {cid: 1}
    assert (await forum.client.get("/moderation/messages", headers=MODERATOR)).json() == []
    shown = (await forum.client.get(f"/conversations/{cid}", headers=PAVEL)).json()
    assert [m["number"] for m in shown["messages"]] == [1]


async def test_markup_is_sanitized_and_the_subject_stays_plain_text_on_one_line(forum: Forum) -> None:
    payloads = (
        "<script>alert('x')</script>",
        "<img src=x onerror=alert(1)>",
        "[click](javascript:alert(1))",
        '<a href="javascript:alert(1)">a</a>',
        "<iframe src=//evil></iframe>",
        "[ok](https://example.org)",
    )
    body = "\n\n".join(payloads)
    subject = "<b onmouseover=alert(1)>Тема</b>\r\nBcc: victim@example.org\x07"
    started = await start(forum, ANNA, ["mentee-pavel"], body, subject=subject)
    reply = await send(forum, started["id"], PAVEL, "<svg onload=alert(1)>**да**")
    pavels = await forum.client.get(f"/conversations/{started['id']}", headers=PAVEL)
    assert pavels.headers["content-type"].startswith("application/json")
    read = pavels.json()
    for html in [m["html"] for m in read["messages"]] + [reply["html"], started["messages"][0]["html"]]:
        for tag, attributes in live_markup(html):
            assert tag in {"p", "a", "strong"}, html
            assert all(not name.startswith("on") for name, _ in attributes), html
            assert all("javascript:" not in (value or "").lower() for _, value in attributes), html
    assert "&lt;script&gt;" in read["messages"][0]["html"]  # what was typed is shown as text
    assert 'href="https://example.org"' in read["messages"][0]["html"]
    assert 'rel="nofollow ugc noopener noreferrer"' in read["messages"][0]["html"]
    assert "<strong>да</strong>" in read["messages"][1]["html"]
    # the subject is text: kept as typed (a client shows it as text), on one line, without control characters
    assert read["subject"] == "<b onmouseover=alert(1)>Тема</b> Bcc: victim@example.org"
    assert (await mine(forum, PAVEL))["items"][0]["subject"] == read["subject"]


async def test_a_report_lets_moderators_read_that_message_only(forum: Forum, rabbit_url: str) -> None:
    marker = uuid.uuid4().hex[:10]  # no other test's event can carry it
    secret, rude, complaint = f"Секретный текст {marker}a", f"Грубость {marker}b", f"Оскорбление {marker}c"
    async with ExchangeTap(rabbit_url, "mentor.internal") as internal:
        started = await start(forum, ANNA, ["mentee-pavel", "mentor-ivanova"], secret)
        cid = started["id"]
        bad = await send(forum, cid, PAVEL, rude)
        fine = await send(forum, cid, PAVEL, "Извините")
        assert (await forum.client.get("/moderation/messages", headers=MODERATOR)).json() == []  # nothing reported
        assert (await forum.client.get("/moderation/messages", headers=ANNA)).status_code == 403

        path = f"/messages/{bad['id']}/flags"
        assert (await forum.client.post(path, json={"reason": "spam"}, headers=PAVEL)).status_code == 403  # own
        for outsider in (OLGA, MODERATOR):
            assert (await forum.client.post(path, json={"reason": "spam"}, headers=outsider)).status_code == 404
        first = await forum.client.post(path, json={"reason": "inappropriate"}, headers=ANNA)
        assert first.status_code == 201 and first.json() == {"open_flags": 1}
        assert (await forum.client.post(path, json={"reason": "spam"}, headers=ANNA)).status_code == 409  # once
        assert (await forum.client.post(f"/conversations/{cid}/leave", headers=MENTOR)).status_code == 200
        # one may leave first and still report what was said before
        second = await forum.client.post(path, json={"reason": "other", "text": complaint}, headers=MENTOR)
        assert second.json() == {"open_flags": 2}

        queue = await forum.client.get("/moderation/messages", headers=MODERATOR)
        assert queue.status_code == 200
        [item] = queue.json()
        assert item["message"]["id"] == bad["id"] and item["message"]["body"] == rude
        assert item["message"]["conversation_id"] == cid
        assert [(f["reason"], f["text"]) for f in item["flags"]] == [("inappropriate", ""), ("other", complaint)]
        for unreported in (secret, "Извините", "Про родительское собрание"):  # nor its subject
            assert unreported not in queue.text
        assert (await forum.client.get(f"/conversations/{cid}", headers=MODERATOR)).status_code == 404  # still

        resolve = f"/moderation/messages/{bad['id']}/resolve"
        unreported_path = f"/moderation/messages/{fine['id']}/resolve"
        assert (
            await forum.client.post(unreported_path, json={"decision": "hidden"}, headers=MODERATOR)
        ).status_code == 404
        assert (await forum.client.post(resolve, json={"decision": "hidden"}, headers=ANNA)).status_code == 403
        wrong = await forum.client.post(resolve, json={"decision": "deleted"}, headers=MODERATOR)
        assert wrong.status_code == 422 and wrong.json()["errors"][0]["field"] == "decision"
        decided = await forum.client.post(resolve, json={"decision": "hidden"}, headers=MODERATOR)
        assert decided.status_code == 200 and decided.json()["hidden"] is True
        assert (await forum.client.get("/moderation/messages", headers=MODERATOR)).json() == []  # decided
        for who in (ANNA, PAVEL, MENTOR):
            shown = (await forum.client.get(f"/conversations/{cid}", headers=who)).json()["messages"][1]
            assert shown["hidden"] is True and shown["body"] == shown["html"] == ""
        kept = await forum.client.post(resolve, json={"decision": "kept"}, headers=MODERATOR)
        assert kept.status_code == 200 and kept.json()["hidden"] is False
        assert (await forum.client.get(f"/conversations/{cid}", headers=ANNA)).json()["messages"][1]["body"] == rude
        audit = (await forum.client.get("/moderation/log", headers=MODERATOR)).json()
        assert [(a["action"], a["target"]) for a in audit[:2]] == [
            ("keep_message", f"message:{bad['id']}"),
            ("hide_message", f"message:{bad['id']}"),
        ]
        assert rude not in json.dumps(audit, ensure_ascii=False)  # decisions, never the text

        await wait_for(lambda: len(events(internal, FLAGGED, target_id=bad["id"])) == 2, message="two flagged")
        await wait_for(lambda: len(events(internal, SENT, conversation_id=cid)) == 3, message="three message_sent")
        flagged = events(internal, FLAGGED, target_id=bad["id"])
        assert [(f["target"], f["reason"], f["open_flags"], f["hidden"]) for f in flagged] == [
            ("message", "inappropriate", 1, False),
            ("message", "other", 2, False),
        ]
        # privacy: no event carries a message's text (positive control: a participant reads it)
        assert secret in (await forum.client.get(f"/conversations/{cid}", headers=PAVEL)).text
        tapped = [body.decode() for body in (*internal.bodies, *forum.public.bodies)]
        readable = tapped + [json.dumps(json.loads(body), ensure_ascii=False) for body in tapped]
        assert any(cid in text for text in readable)  # the scan reads this conversation's events
        for text in readable:
            for words in (secret, rude, complaint, marker, "Извините"):
                assert words not in text


async def test_silenced_people_cannot_write_and_messages_share_the_posting_limit(forum: Forum) -> None:
    cid = (await start(forum, ANNA, ["mentee-pavel"]))["id"]
    until = (datetime.now(UTC) + timedelta(hours=1)).isoformat()
    silenced = await forum.client.put(
        "/moderation/silences/mentee-pavel", json={"until": until, "reason": "спам"}, headers=MODERATOR
    )
    assert silenced.status_code == 200
    refused = await forum.client.post(f"/conversations/{cid}/messages", json={"body": "Я"}, headers=PAVEL)
    assert refused.status_code == 403
    form = {"subject": "Тема", "recipients": ["mentee-anna"], "body": "Текст"}
    assert (await forum.client.post("/conversations", json=form, headers=PAVEL)).status_code == 403
    assert await unread(forum, ANNA) == {cid: 0}

    # Anna: one conversation and one topic already; eight more messages make ten this minute
    await forum.open_topic()
    for i in range(8):
        await send(forum, cid, ANNA, f"Сообщение {i}")
    too_fast = await forum.client.post(f"/conversations/{cid}/messages", json={"body": "Ещё"}, headers=ANNA)
    assert too_fast.status_code == 429 and int(too_fast.headers["Retry-After"]) >= 1
    assert (
        await forum.client.post("/conversations", json={**form, "recipients": ["mentor-ivanova"]}, headers=ANNA)
    ).status_code == 429


async def test_the_same_report_sent_at_once_is_one_report_and_conflicts_not_errors(forum: Forum) -> None:
    started = await start(forum, ANNA, ["mentee-pavel"], "Грубое сообщение")
    message_id = started["messages"][0]["id"]
    path = f"/messages/{message_id}/flags"
    answers = await asyncio.gather(*(forum.client.post(path, json={"reason": "spam"}, headers=PAVEL) for _ in range(4)))
    assert sorted(a.status_code for a in answers) == [201, 409, 409, 409]
    reported = (await forum.client.get("/moderation/messages", headers=MODERATOR)).json()
    assert [len(item["flags"]) for item in reported if item["message"]["id"] == message_id] == [1]


async def test_a_block_or_a_new_conversation_reveals_no_name_the_caller_was_not_shown(forum: Forum) -> None:
    """Olga never posts in public; she writes to Anna. Pavel, who shares nothing with her, blocks her id and starts a
    conversation with it: both show the bare id. Anna, who has her conversation, is shown her name (the control)."""
    with_anna = await start(forum, OLGA, ["mentee-anna"])
    assert with_anna["participants"][1]["id"] == "mentee-olga"  # sorted by id: Anna, then Olga
    assert with_anna["participants"][1]["name"] == "Ольга Петрова"
    blocked = await forum.client.put("/blocks/mentee-olga", headers=PAVEL)
    assert blocked.status_code == 200 and blocked.json()["name"] == "mentee-olga"
    assert [b["name"] for b in (await forum.client.get("/blocks", headers=PAVEL)).json()] == ["mentee-olga"]
    assert (await forum.client.delete("/blocks/mentee-olga", headers=PAVEL)).status_code == 204
    probe = await start(forum, PAVEL, ["mentee-olga"])
    assert [p["name"] for p in probe["participants"] if p["id"] == "mentee-olga"] == ["mentee-olga"]
    by_anna = await forum.client.put("/blocks/mentee-olga", headers=ANNA)
    assert by_anna.status_code == 200 and by_anna.json()["name"] == "Ольга Петрова"
    # A name on a public post is anyone's to see.
    topic = await forum.open_topic(who=OLGA)
    assert topic["id"]
    public = await forum.client.put("/blocks/mentee-olga", headers=PAVEL)
    assert public.json()["name"] == "Ольга Петрова"
