"""The community journey across the deployed services: an event with a waitlist, a poll, a personal message and a
flagged post, driven through HTTP and observed through the notifications each person receives."""

from collections.abc import AsyncIterator
from datetime import UTC, datetime, timedelta
from typing import Any

import httpx
import icalendar
import pytest

from mentor_journeys.platform import SERVICES, Person, Platform, Urls

from .conftest import Deployment

pytestmark = pytest.mark.e2e

ORGANIZER = Person("mentor-e2e-host", "mentor", "Ирина Ведущая", "host@mgpu.example")
TEACHERS = [
    Person(f"mentee-e2e-t{n}", "mentee", f"Учитель {n}", f"t{n}@school.example", locale="ru") for n in range(1, 4)
]
MODERATOR = Person("moderator-e2e-forum", "moderator", "Ольга Модератор", "forum-moderator@mgpu.example")
VISITOR = Person("visitor", "visitor")


@pytest.fixture
async def platform(deployment: Deployment) -> AsyncIterator[Platform]:
    urls = Urls(**{name: deployment.url(name) for name in SERVICES})
    async with httpx.AsyncClient(timeout=30) as http:
        community = Platform(urls, http, timeout=60, say=print)
        await community.sign_in(ORGANIZER, MODERATOR, *TEACHERS)
        yield community


async def test_an_event_with_a_waitlist_moves_the_next_person_up_and_exports_local_times(platform: Platform) -> None:
    first, second, third = TEACHERS
    day = (datetime.now(UTC) + timedelta(days=7)).date().isoformat()
    event = await platform.call(
        ORGANIZER,
        "forum",
        "POST",
        "/events",
        json={
            "title": "Трудный разговор с родителями: разбор случаев",
            "description": "Разберём три случая из практики. **Приходите с вопросами.**",
            "online": True,
            "link": "https://meet.example.org/parents",
            "starts_at": f"{day}T18:00:00",
            "ends_at": f"{day}T19:30:00",
            "timezone": "Europe/Moscow",
            "capacity": 2,
        },
    )
    eid = event["id"]
    signed = [
        await platform.call(who, "forum", "PUT", f"/events/{eid}/attendance", json={"status": "going"})
        for who in (first, second, third)
    ]
    assert [s["me"]["status"] for s in signed] == ["going", "going", "waitlisted"]
    assert signed[2]["me"]["position"] == 1
    await platform.call(first, "forum", "PUT", f"/events/{eid}/attendance", json={"status": "not_going"})
    await platform.notified(third, "event_promoted")
    promoted = [n for n in await platform.notifications(third) if n["kind"] == "event_promoted"]
    assert "18:00 (Europe/Moscow)" in promoted[0]["body"] and promoted[0]["link"] == f"/forum/events/{eid}"
    seen = await platform.call(third, "forum", "GET", f"/events/{eid}")
    assert seen["me"]["status"] == "going"

    feed = await platform.http.get(f"{platform.urls.forum}/me/calendar.ics", headers=third.headers())
    assert feed.status_code == 200 and feed.headers["content-type"].startswith("text/calendar")
    [vevent] = icalendar.Calendar.from_ical(feed.content).walk("VEVENT")
    start = vevent.decoded("DTSTART")
    assert str(vevent["UID"]).startswith(eid)
    assert (start.hour, start.minute, str(start.tzinfo)) == (18, 0, "Europe/Moscow")
    assert start.astimezone(UTC).hour == 15  # Moscow is UTC+3 all year


async def test_a_poll_shows_its_results_after_voting(platform: Platform) -> None:
    first, second, _ = TEACHERS
    topic = await platform.call(
        first,
        "forum",
        "POST",
        "/sections/lessons/topics",
        json={"title": "Домашние задания на каникулы", "body": "Задаёте ли вы домашние задания на каникулы?"},
    )
    poll = await platform.call(
        first,
        "forum",
        "POST",
        f"/topics/{topic['id']}/polls",
        json={
            "question": "Задаёте на каникулы?",
            "options": ["Да", "Нет", "Только по желанию"],
            "results": "after_vote",
        },
    )
    before = await platform.call(second, "forum", "GET", f"/polls/{poll['id']}")
    assert before["results"] is None and before["results_hidden_until"] == "vote"
    choice = [poll["options"][2]["id"]]
    after = await platform.call(second, "forum", "PUT", f"/polls/{poll['id']}/ballot", json={"choices": choice})
    assert after["results"]["total_voters"] == 1 and after["results"]["options"][2]["votes"] == 1
    assert (await platform.call(VISITOR, "forum", "GET", f"/polls/{poll['id']}"))["results"] is None


async def test_a_personal_message_notifies_its_recipient(platform: Platform) -> None:
    first, second, _ = TEACHERS
    started = await platform.call(
        first,
        "forum",
        "POST",
        "/conversations",
        json={"subject": "Обмен планами уроков", "recipients": [second.id], "body": "Пришлёте план урока по дробям?"},
    )
    await platform.notified(second, "forum_message")
    told = [n for n in await platform.notifications(second) if n["kind"] == "forum_message"]
    assert "Обмен планами уроков" in told[0]["title"] and told[0]["link"] == f"/forum/conversations/{started['id']}"
    assert "дробям" not in told[0]["body"]  # the message itself stays in the forum
    inbox = await platform.call(second, "forum", "GET", "/conversations")
    assert inbox["items"][0]["unread"] == 1


async def test_a_post_flagged_past_the_threshold_is_hidden_until_a_moderator_restores_it(platform: Platform) -> None:
    topic = await platform.call(
        ORGANIZER,
        "forum",
        "POST",
        "/sections/first-years/topics",
        json={"title": "Первый год в школе: что помогло", "body": "Поделитесь, что помогло в первый год."},
    )
    post = await platform.call(
        ORGANIZER, "forum", "POST", f"/topics/{topic['id']}/posts", json={"body": "Резкий, но честный ответ"}
    )
    outcomes = [
        await platform.call(who, "forum", "POST", f"/posts/{post['id']}/flags", json={"reason": "inappropriate"})
        for who in TEACHERS
    ]
    assert [o["hidden"] for o in outcomes] == [False, False, True]
    await platform.notified(MODERATOR, "forum_flagged", count=3)

    def shown_post(page: dict[str, Any]) -> dict[str, Any]:
        return next(p for p in page["posts"] if p["id"] == post["id"])

    hidden = shown_post(await platform.call(VISITOR, "forum", "GET", f"/topics/{topic['id']}"))
    assert hidden["hidden"] is True and hidden["body"] == ""
    queue = await platform.call(MODERATOR, "forum", "GET", "/moderation/flags")
    assert post["id"] in [item["post"]["id"] for item in queue]
    await platform.call(MODERATOR, "forum", "POST", f"/moderation/posts/{post['id']}/restore", json={"reason": "ok"})
    restored = shown_post(await platform.call(VISITOR, "forum", "GET", f"/topics/{topic['id']}"))
    assert restored["hidden"] is False and restored["body"] == "Резкий, но честный ответ"
