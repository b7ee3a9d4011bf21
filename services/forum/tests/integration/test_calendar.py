"""The events calendar through HTTP on the real PostgreSQL and RabbitMQ, on a clock the tests move: sign-ups and
the waitlist, changes and cancellations, iCalendar files parsed back, reminders, private consultations."""

import asyncio
import json
import uuid
from collections.abc import AsyncIterator
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any
from zoneinfo import ZoneInfo

import httpx
import pytest
from icalendar import Calendar
from mentor_forum.calendar.models import ReminderSent
from mentor_forum.calendar.reminders import Reminders
from mentor_forum.db import tables
from sqlalchemy import select

from mentor_contracts.events import CaseConsultationProposedV1
from mentor_kit.testing import wait_for
from mentor_kit.testing.events import publish_as

from ..conftest import ANNA, MENTOR, MODERATOR, PAVEL, Forum, headers, running_forum

pytestmark = pytest.mark.integration

NOW = datetime(2030, 4, 1, 9, 0, tzinfo=UTC)
OLGA = headers("mentee-olga", "mentee", name="Ольга Петрова")
STRANGER = headers("mentee-stranger", "mentee", name="Посторонний")
SCHEDULED = "ru.mgpu.mentor.forum.event_scheduled.v1"
UPDATED = "ru.mgpu.mentor.forum.event_updated.v1"
NOTICE = "ru.mgpu.mentor.internal.forum.event_notice.v1"


class MovableClock:
    def __init__(self, at: datetime) -> None:
        self.at = at

    def __call__(self) -> datetime:
        return self.at


@dataclass
class CalendarForum(Forum):
    clock: MovableClock

    def notices(self, notice: str | None = None, event_id: str | None = None) -> list[dict[str, Any]]:
        found = [json.loads(body) for body in self.internal.bodies]
        return [
            e["data"]
            for e in found
            if e["type"] == NOTICE
            and (notice is None or e["data"]["notice"] == notice)
            and (event_id is None or e["data"]["event_id"] == event_id)
        ]

    def public_of(self, event_type: str, event_id: str) -> list[dict[str, Any]]:
        found = [json.loads(body) for body in self.public.bodies]
        return [e["data"] for e in found if e["type"] == event_type and e["data"]["event_id"] == event_id]

    async def create(self, who: dict[str, str] = MENTOR, **form: Any) -> dict[str, Any]:
        response = await self.client.post("/events", json=event_form(**form), headers=who)
        assert response.status_code == 201, response.text
        return dict(response.json())

    async def attend(self, event_id: str, status: str, who: dict[str, str]) -> httpx.Response:
        return await self.client.put(f"/events/{event_id}/attendance", json={"status": status}, headers=who)

    async def drained(self) -> None:
        """Everything the forum wrote to its outbox so far has reached the taps: a reply written now (a later outbox
        row, published after them by the relay, which sends in order) is seen. A positive signal instead of a
        fixed wait before asserting that something was not sent."""
        topic = await self.open_topic(who=PAVEL)
        post = await self.reply(topic["id"], "Отметка", who=PAVEL)
        await wait_for(
            lambda: [e for e in self.internal_events("replied") if e["post_id"] == post["id"]],
            message="the marker reply on mentor.internal",
        )
        await wait_for(
            lambda: any(post["id"].encode() in body for body in self.public.bodies),
            message="the marker on mentor.events",
        )

    def reminders(self) -> Reminders:
        return next(w for w in self.service.workers if isinstance(w, Reminders))


@pytest.fixture
async def forum(postgres_url: str, rabbit_url: str, search_url: str) -> AsyncIterator[CalendarForum]:
    """The conftest's forum on a clock the tests move, its reminders polled often."""
    clock = MovableClock(NOW)
    async with running_forum(postgres_url, rabbit_url, search_url, clock=clock, reminder_poll_seconds=0.05) as base:
        yield CalendarForum(base.client, base.service, base.broker, base.public, base.internal, clock)


def event_form(**overrides: Any) -> dict[str, Any]:
    form: dict[str, Any] = {
        "title": "Как говорить с родителями о трудном",
        "description": "Разбор **трёх** случаев из практики.",
        "online": False,
        "place": "Москва, ул. Малая Грузинская, 12, ауд. 5",
        "starts_at": "2030-05-15T18:00:00",
        "ends_at": "2030-05-15T20:00:00",
        "rubrics": ["parent_interaction"],
    }
    form.update(overrides)
    return form


def parse(response: httpx.Response) -> list[Any]:
    assert response.status_code == 200, response.text
    assert response.headers["content-type"] == "text/calendar; charset=utf-8"
    calendar = Calendar.from_ical(response.content)
    assert isinstance(calendar, Calendar)
    assert calendar.get_missing_tzids() == set()  # every TZID has its VTIMEZONE
    return list(calendar.walk("VEVENT"))


async def test_a_full_event_queues_the_next_and_moves_them_up_when_a_place_frees(forum: CalendarForum) -> None:
    event = await forum.create(capacity=2)
    assert event["starts_at"] == "2030-05-15T15:00:00Z" and event["starts_local"] == "2030-05-15T18:00:00+03:00"
    assert event["timezone"] == "Europe/Moscow" and event["me"] == {"status": "organizer", "position": None}
    first, second = await forum.attend(event["id"], "going", ANNA), await forum.attend(event["id"], "going", PAVEL)
    assert first.json()["me"]["status"] == "going" and second.json()["counts"]["places_left"] == 0
    third = (await forum.attend(event["id"], "going", OLGA)).json()
    assert third["me"] == {"status": "waitlisted", "position": 1}
    assert third["counts"] == {"going": 2, "interested": 0, "waitlisted": 1, "places_left": 0}

    left = (await forum.attend(event["id"], "not_going", PAVEL)).json()
    assert left["me"]["status"] == "not_going" and left["counts"]["going"] == 2  # Olga took the place at once
    seen = (await forum.client.get(f"/events/{event['id']}", headers=OLGA)).json()
    assert seen["me"] == {"status": "going", "position": None} and seen["counts"]["waitlisted"] == 0

    await wait_for(lambda: forum.notices("promoted", event["id"]), message="the promoted notice")
    (promoted,) = forum.notices("promoted", event["id"])
    assert promoted["recipient_ids"] == ["mentee-olga"] and promoted["timezone"] == "Europe/Moscow"
    assert promoted["starts_at"] == "2030-05-15T15:00:00Z"

    (vevent,) = parse(await forum.client.get("/me/calendar.ics", headers=OLGA))
    assert str(vevent["UID"]) == f"{event['id']}@mentor.mgpu.ru"
    assert vevent["DTSTART"].params["TZID"] == "Europe/Moscow" and vevent["DTSTART"].to_ical() == b"20300515T180000"
    assert vevent.start.astimezone(UTC) == datetime(2030, 5, 15, 15, tzinfo=UTC)
    assert vevent.start.astimezone(ZoneInfo("Europe/London")).hour == 16
    assert parse(await forum.client.get("/me/calendar.ics", headers=PAVEL)) == []  # no longer going
    assert len(parse(await forum.client.get("/me/calendar.ics", headers=MENTOR))) == 1  # the organizer's own
    await wait_for(lambda: forum.public_of(SCHEDULED, event["id"]), message="event_scheduled")


async def test_parallel_sign_ups_fill_the_places_exactly_and_queue_the_rest_in_order(forum: CalendarForum) -> None:
    event = await forum.create(capacity=3)
    people = [headers(f"mentee-{n}", "mentee", name=f"Учитель {n}") for n in range(10)]
    answers = await asyncio.gather(*(forum.attend(event["id"], "going", who) for who in people))
    assert all(a.status_code == 200 for a in answers), [a.text for a in answers]
    states = [a.json()["me"] for a in answers]
    assert sum(s["status"] == "going" for s in states) == 3
    assert sorted(s["position"] for s in states if s["status"] == "waitlisted") == list(range(1, 8))
    listed = (await forum.client.get(f"/events/{event['id']}/attendees", headers=MENTOR)).json()
    assert listed["counts"] == {"going": 3, "interested": 0, "waitlisted": 7, "places_left": 0}
    queue = [p for p in listed["people"] if p["status"] == "waitlisted"]
    assert [p["position"] for p in queue] == list(range(1, 8))
    by_person = {a.json()["me"]["position"]: f"mentee-{n}" for n, a in enumerate(answers)}
    assert [p["id"] for p in queue] == [by_person[i] for i in range(1, 8)]  # the order they were told

    # the organizer raises the capacity: the first two of the queue go, and are told
    grown = await forum.client.patch(f"/events/{event['id']}", json={"capacity": 5}, headers=MENTOR)
    assert grown.status_code == 200 and grown.json()["counts"]["going"] == 5
    assert grown.json()["sequence"] == 0  # nothing a calendar app shows changed
    await wait_for(lambda: forum.notices("promoted", event["id"]), message="promoted by the capacity")
    assert forum.notices("promoted", event["id"])[0]["recipient_ids"] == [by_person[1], by_person[2]]
    # someone going is taken off the event: the next of the queue moves up
    removed = await forum.client.delete(f"/events/{event['id']}/attendees/{by_person[1]}", headers=MENTOR)
    assert removed.status_code == 204
    refused = await forum.client.delete(f"/events/{event['id']}/attendees/{by_person[4]}", headers=ANNA)
    assert refused.status_code == 403
    after = (await forum.client.get(f"/events/{event['id']}/attendees", headers=MODERATOR)).json()
    assert after["counts"]["going"] == 5 and after["counts"]["waitlisted"] == 4
    others = (await forum.client.get(f"/events/{event['id']}/attendees", headers=ANNA)).json()
    assert others["people"] is None and others["counts"] == after["counts"]  # names: organizer and moderators


@pytest.mark.parametrize(
    ("change", "field"),
    [
        ({"title": "Ой"}, "title"),
        ({"description": "x" * 10_001}, "description"),
        ({"online": True, "link": None}, "link"),
        ({"online": True, "link": "javascript:alert(1)"}, "link"),
        ({"place": None}, "place"),
        ({"place": "   "}, "place"),
        ({"ends_at": "2030-05-15T17:00:00"}, "ends_at"),
        ({"ends_at": "2030-05-30T20:00:00"}, "ends_at"),
        ({"starts_at": "2030-03-15T18:00:00", "ends_at": "2030-03-15T20:00:00"}, "starts_at"),
        ({"starts_at": "not a time"}, "starts_at"),
        ({"timezone": "Europe/Atlantis"}, "timezone"),
        ({"timezone": "Europe/London", "starts_at": "2031-03-30T01:30:00"}, "starts_at"),  # the clocks skip it
        ({"capacity": 0}, "capacity"),
        ({"capacity": 10_001}, "capacity"),
        ({"rubrics": ["no_such_rubric"]}, "rubrics.0"),
        ({"rubrics": ["parent_interaction"] * 13}, "rubrics"),
        ({"organizer_id": "someone-else"}, "organizer_id"),
    ],
)
async def test_invalid_input_names_its_field_and_writes_nothing(
    forum: CalendarForum, change: dict[str, Any], field: str
) -> None:
    response = await forum.client.post("/events", json=event_form(**change), headers=ANNA)
    assert response.status_code == 422, response.text
    assert field in {e["field"] for e in response.json()["errors"]}, response.text
    assert (await forum.client.get("/events")).json()["items"] == []
    valid = await forum.create(who=ANNA)  # its event_scheduled is the only one: the refused wrote no outbox row
    await wait_for(lambda: forum.public_of(SCHEDULED, valid["id"]), message="the valid event's event_scheduled")
    assert forum.public.types().count(SCHEDULED) == 1


async def test_times_with_an_offset_or_in_another_zone_mean_the_instant_given(forum: CalendarForum) -> None:
    far_east = await forum.create(
        timezone="Asia/Vladivostok", starts_at="2030-05-15T18:00:00", ends_at="2030-05-15T19:30:00"
    )
    assert far_east["starts_at"] == "2030-05-15T08:00:00Z" and far_east["starts_local"] == "2030-05-15T18:00:00+10:00"
    with_offset = await forum.create(starts_at="2030-05-15T16:00:00+01:00", ends_at="2030-05-15T17:00:00+01:00")
    assert with_offset["starts_at"] == "2030-05-15T15:00:00Z"
    assert with_offset["starts_local"] == "2030-05-15T18:00:00+03:00"  # shown in the event's zone
    (vevent,) = parse(await forum.client.get(f"/events/{far_east['id']}.ics"))
    assert vevent["DTSTART"].params["TZID"] == "Asia/Vladivostok" and vevent.start.hour == 18
    assert vevent.start.astimezone(UTC) == datetime(2030, 5, 15, 8, tzinfo=UTC)
    assert vevent.end.astimezone(ZoneInfo("Europe/Moscow")).strftime("%H:%M") == "12:30"


async def test_full_without_a_waitlist_and_cancelled_or_over_events_refuse_sign_ups(forum: CalendarForum) -> None:
    strict = await forum.create(capacity=1, waitlist=False)
    assert (await forum.attend(strict["id"], "going", ANNA)).status_code == 200
    full = await forum.attend(strict["id"], "going", PAVEL)
    assert full.status_code == 409 and "full" in full.json()["detail"] and "waitlist" in full.json()["detail"]
    assert (await forum.attend(strict["id"], "interested", PAVEL)).status_code == 200  # interest needs no place
    assert (await forum.attend(strict["id"], "going", MENTOR)).status_code == 409  # the organizer always goes
    assert (await forum.attend(strict["id"], "maybe", PAVEL)).status_code == 422

    cancelled = await forum.client.post(f"/events/{strict['id']}/cancel", headers=MENTOR)
    assert cancelled.status_code == 200 and cancelled.json()["status"] == "cancelled"
    refused = await forum.attend(strict["id"], "not_going", ANNA)
    assert refused.status_code == 409 and "cancelled" in refused.json()["detail"]
    renamed = await forum.client.patch(f"/events/{strict['id']}", json={"title": "Новое имя"}, headers=MENTOR)
    assert renamed.status_code == 409

    short = await forum.create(starts_at="2030-04-01T13:00:00", ends_at="2030-04-01T14:00:00")
    forum.clock.at = datetime(2030, 4, 1, 11, 30, tzinfo=UTC)  # 14:30 in Moscow: over
    over = await forum.attend(short["id"], "going", ANNA)
    assert over.status_code == 409 and "over" in over.json()["detail"]
    missing = await forum.attend(str(uuid.uuid4()), "going", ANNA)
    assert missing.status_code == 404


async def test_changes_keep_the_uid_raise_the_sequence_and_tell_who_answered(forum: CalendarForum) -> None:
    event = await forum.create(capacity=1)
    await forum.attend(event["id"], "going", ANNA)
    await forum.attend(event["id"], "going", PAVEL)  # waitlisted
    await forum.attend(event["id"], "interested", OLGA)
    await forum.attend(event["id"], "not_going", STRANGER)
    (before,) = parse(await forum.client.get(f"/events/{event['id']}.ics"))
    assert before["SEQUENCE"] == 0 and str(before["STATUS"]) == "CONFIRMED"
    assert str(before["LOCATION"]) == event["place"] and before["ORGANIZER"].params["CN"] == "Елена Иванова"

    foreign = await forum.client.patch(f"/events/{event['id']}", json={"title": "Чужое"}, headers=ANNA)
    assert foreign.status_code == 403
    moved = await forum.client.patch(
        f"/events/{event['id']}",
        json={
            "starts_at": "2030-05-16T19:00:00",
            "ends_at": "2030-05-16T21:00:00",
            "online": True,
            "link": "https://meet.example.org/r",
        },
        headers=MENTOR,
    )
    assert moved.status_code == 200, moved.text
    assert moved.json()["sequence"] == 1 and moved.json()["starts_at"] == "2030-05-16T16:00:00Z"
    (after,) = parse(await forum.client.get(f"/events/{event['id']}.ics"))
    assert after["UID"] == before["UID"] and after["SEQUENCE"] == 1
    assert after["DTSTART"].to_ical() == b"20300516T190000" and str(after["URL"]) == "https://meet.example.org/r"
    # only the zone changes: the wall times stay, so the instants move
    zone = {"timezone": "Europe/London"}
    rezoned = (await forum.client.patch(f"/events/{event['id']}", json=zone, headers=MODERATOR)).json()
    assert rezoned["starts_local"] == "2030-05-16T19:00:00+01:00" and rezoned["starts_at"] == "2030-05-16T18:00:00Z"
    assert rezoned["sequence"] == 2
    bad = await forum.client.patch(f"/events/{event['id']}", json={"ends_at": "2030-05-16T18:00:00"}, headers=MENTOR)
    assert bad.status_code == 422 and bad.json()["errors"][0]["field"] == "ends_at"

    cancelled = (await forum.client.post(f"/events/{event['id']}/cancel", headers=MENTOR)).json()
    assert cancelled["sequence"] == 3
    again = (await forum.client.post(f"/events/{event['id']}/cancel", headers=MENTOR)).json()
    assert again["sequence"] == 3  # cancelled once
    (gone,) = parse(await forum.client.get(f"/events/{event['id']}.ics"))
    assert gone["UID"] == before["UID"] and gone["SEQUENCE"] == 3 and str(gone["STATUS"]) == "CANCELLED"
    (kept,) = parse(await forum.client.get("/me/calendar.ics", headers=ANNA))  # kept, so apps remove it
    assert str(kept["STATUS"]) == "CANCELLED"
    assert (await forum.client.get("/events")).json()["items"] == []

    told = {"mentee-anna", "mentee-pavel", "mentee-olga"}  # going, waitlisted, interested; not "not going"
    await wait_for(lambda: len(forum.notices(None, event["id"])) >= 3, message="changed and cancelled notices")
    assert [n["notice"] for n in forum.notices(None, event["id"])] == ["changed", "changed", "cancelled"]
    assert all(set(n["recipient_ids"]) == told for n in forum.notices(None, event["id"]))
    await wait_for(lambda: len(forum.public_of(UPDATED, event["id"])) == 3, message="event_updated")
    assert [(u["sequence"], u["status"]) for u in forum.public_of(UPDATED, event["id"])] == [
        (1, "scheduled"),
        (2, "scheduled"),
        (3, "cancelled"),
    ]


async def test_listing_filters_pages_and_keeps_private_events_out(forum: CalendarForum) -> None:
    later = await forum.create(starts_at="2030-06-01T10:00:00", ends_at="2030-06-01T11:00:00", rubrics=[])
    sooner = await forum.create(starts_at="2030-05-01T10:00:00", ends_at="2030-05-01T11:00:00")
    soonest = await forum.create(starts_at="2030-04-20T10:00:00", ends_at="2030-04-20T11:00:00")
    await consultation(forum)
    first = (await forum.client.get("/events", params={"limit": 2})).json()
    assert [e["id"] for e in first["items"]] == [soonest["id"], sooner["id"]] and first["next"]
    rest = (await forum.client.get("/events", params={"limit": 2, "cursor": first["next"]})).json()
    assert [e["id"] for e in rest["items"]] == [later["id"]] and rest["next"] is None
    tagged = (await forum.client.get("/events", params={"rubric": "parent_interaction"})).json()
    assert [e["id"] for e in tagged["items"]] == [soonest["id"], sooner["id"]]
    window = await forum.client.get("/events", params={"from": "2030-04-25T00:00:00Z", "to": "2030-05-20T00:00:00Z"})
    assert [e["id"] for e in window.json()["items"]] == [sooner["id"]]
    assert (await forum.client.get("/events", params={"rubric": "astrology"})).status_code == 422
    assert (await forum.client.get("/events", params={"cursor": "bm9wZQ=="})).status_code == 422


async def consultation(forum: CalendarForum, **overrides: Any) -> CaseConsultationProposedV1:
    fields: dict[str, Any] = {
        "case_id": uuid.uuid4(),
        "consultation_id": uuid.uuid4(),
        "number": "MCU-2030-000042",
        "mentor_id": "mentor-ivanova",
        "mentor_name": "Елена Иванова",
        "author_id": "mentee-anna",
        "author_name": "Анна Смирнова",
        "starts_at": datetime(2030, 4, 10, 15, 0, tzinfo=UTC),
        "ends_at": datetime(2030, 4, 10, 16, 0, tzinfo=UTC),
        "timezone": "Europe/Moscow",
        "link": "https://meet.example.org/consult",
        "note": "Обсудим ваш кейс.",
        "at": NOW,
    }
    fields.update(overrides)
    proposal = CaseConsultationProposedV1(**fields)
    await forum.publish(proposal)
    event_id = str(proposal.consultation_id)
    await wait_for(lambda: forum.notices("invited", event_id), message="the consultation's invitation")
    return proposal


async def feed_of(forum: CalendarForum, who: dict[str, str], event_id: str) -> list[Any]:
    """The VEVENTs of one event in a person's feed."""
    vevents = parse(await forum.client.get("/me/calendar.ics", headers=who))
    return [v for v in vevents if str(v["UID"]) == f"{event_id}@mentor.mgpu.ru"]


async def test_a_consultation_is_private_once_and_answered_by_its_invitee(forum: CalendarForum) -> None:
    proposal = await consultation(forum)
    event_id = str(proposal.consultation_id)
    await forum.publish(proposal)  # redelivered (a new message id): still one event
    await consultation(forum, author_id="mentee-pavel")  # the later signal: the redelivery was handled before it
    assert len(forum.notices("invited", event_id)) == 1
    assert forum.notices("invited", event_id)[0]["recipient_ids"] == ["mentee-anna"]

    seen = (await forum.client.get(f"/events/{event_id}", headers=ANNA)).json()
    assert seen["private"] is True and seen["kind"] == "consultation" and seen["me"]["status"] == "invited"
    assert seen["link"] == "https://meet.example.org/consult" and seen["organizer"]["id"] == "mentor-ivanova"
    for who in (PAVEL, MODERATOR, {}):  # Pavel has a consultation of his own, not this one
        assert (await forum.client.get(f"/events/{event_id}", headers=who)).status_code == 404
        assert (await forum.client.get(f"/events/{event_id}.ics", headers=who)).status_code == 404
        assert (await forum.client.get(f"/events/{event_id}/attendees", headers=who)).status_code == 404
    assert (await forum.attend(event_id, "going", STRANGER)).status_code == 404
    assert (await forum.client.get("/events")).json()["items"] == []
    (pending,) = await feed_of(forum, ANNA, event_id)
    assert str(pending["STATUS"]) == "TENTATIVE" and str(pending["CLASS"]) == "PRIVATE"

    assert (await forum.attend(event_id, "interested", ANNA)).status_code == 422
    accepted = (await forum.attend(event_id, "going", ANNA)).json()
    assert accepted["me"]["status"] == "going"
    for who in (ANNA, MENTOR):
        (mine,) = await feed_of(forum, who, event_id)
        assert str(mine["STATUS"]) == "CONFIRMED"
        assert mine.start.astimezone(UTC) == datetime(2030, 4, 10, 15, tzinfo=UTC)
        assert mine["DTSTART"].to_ical() == b"20300410T180000"
    (single,) = parse(await forum.client.get(f"/events/{event_id}.ics", headers=ANNA))
    assert str(single["URL"]) == "https://meet.example.org/consult"
    declined = (await forum.attend(event_id, "not_going", ANNA)).json()
    assert declined["me"]["status"] == "not_going"
    assert await feed_of(forum, ANNA, event_id) == []
    await forum.drained()
    assert not [json.loads(b) for b in forum.public.bodies if event_id in b.decode()]  # nothing public, ever


async def test_reminders_go_once_at_their_moments_to_those_going(forum: CalendarForum) -> None:
    event = await forum.create(starts_at="2030-04-05T18:00:00", ends_at="2030-04-05T20:00:00")  # 15:00 UTC
    await forum.attend(event["id"], "going", ANNA)
    await forum.attend(event["id"], "interested", PAVEL)
    await forum.attend(event["id"], "going", OLGA)
    await forum.attend(event["id"], "not_going", OLGA)
    dropped = await forum.create(starts_at="2030-04-05T18:00:00", ends_at="2030-04-05T20:00:00")
    await forum.attend(dropped["id"], "going", ANNA)
    await forum.client.post(f"/events/{dropped['id']}/cancel", headers=MENTOR)
    reminders = forum.reminders()

    forum.clock.at = datetime(2030, 4, 4, 14, 59, tzinfo=UTC)  # a minute before "a day before"
    assert await reminders.tick() == 0
    forum.clock.at = datetime(2030, 4, 4, 15, 0, tzinfo=UTC)
    await wait_for(lambda: forum.notices("reminder", event["id"]), message="the day-before reminder")
    assert await reminders.tick() == 0  # claimed: not again, by this worker or another replica
    forum.clock.at = datetime(2030, 4, 5, 13, 30, tzinfo=UTC)  # 1.5 hours before: nothing new
    assert await reminders.tick() == 0
    forum.clock.at = datetime(2030, 4, 5, 14, 0, tzinfo=UTC)
    await wait_for(lambda: len(forum.notices("reminder", event["id"])) == 2, message="the hour-before reminder")
    forum.clock.at = datetime(2030, 4, 5, 14, 30, tzinfo=UTC)
    assert await reminders.tick() == 0
    await forum.drained()  # anything the worker's own polls sent has arrived by now
    sent = forum.notices("reminder", event["id"])
    assert len(sent) == 2
    assert all(n["recipient_ids"] == ["mentor-ivanova", "mentee-anna"] for n in sent)  # organizer and going only
    assert sent[0]["starts_at"] == "2030-04-05T15:00:00Z" and sent[0]["timezone"] == "Europe/Moscow"
    assert forum.notices("reminder", dropped["id"]) == []  # never for a cancelled event


async def test_when_several_moments_passed_only_the_latest_reminder_is_sent(forum: CalendarForum) -> None:
    forum.clock.at = datetime(2030, 4, 4, 9, 0, tzinfo=UTC)
    waited = await forum.create(starts_at="2030-04-05T18:00:00", ends_at="2030-04-05T19:00:00")  # 15:00 UTC
    await forum.attend(waited["id"], "going", PAVEL)
    forum.clock.at = datetime(2030, 4, 5, 14, 30, tzinfo=UTC)  # the worker was down past both moments
    await wait_for(lambda: forum.notices("reminder", waited["id"]), message="the hour-before reminder")
    # created 30 minutes before it starts: the same, only "in an hour" is still meaningful
    sudden = await forum.create(starts_at="2030-04-05T18:00:00", ends_at="2030-04-05T18:45:00")
    await wait_for(lambda: forum.notices("reminder", sudden["id"]), message="the short-notice reminder")
    assert await forum.reminders().tick() == 0
    await forum.drained()
    (only,) = forum.notices("reminder", waited["id"])
    assert only["recipient_ids"] == ["mentor-ivanova", "mentee-pavel"]
    assert len(forum.notices("reminder", sudden["id"])) == 1
    async with forum.service.db.reading() as session:
        claims = (await session.execute(select(ReminderSent.offset_hours, ReminderSent.sent))).all()
    assert sorted(claims) == [(1, True), (1, True), (24, False), (24, False)]  # the day-before ones: skipped


async def test_a_consultation_reminds_the_mentor_and_the_author_once_accepted(forum: CalendarForum) -> None:
    accepted = await consultation(forum)  # 2030-04-10 15:00 UTC
    unanswered = await consultation(forum, author_id="mentee-pavel")
    assert (await forum.attend(str(accepted.consultation_id), "going", ANNA)).status_code == 200
    forum.clock.at = datetime(2030, 4, 10, 14, 0, tzinfo=UTC)
    await wait_for(lambda: forum.notices("reminder", str(accepted.consultation_id)), message="the reminder")
    (sent,) = forum.notices("reminder", str(accepted.consultation_id))
    assert sent["recipient_ids"] == ["mentor-ivanova", "mentee-anna"]
    assert await forum.reminders().tick() == 0  # both were due in the same tick: the unanswered one is claimed too
    await forum.drained()
    assert forum.notices("reminder", str(unanswered.consultation_id)) == []  # nobody accepted: no consultation


async def test_the_feed_url_works_without_a_bearer_until_revoked(forum: CalendarForum) -> None:
    event = await forum.create()
    await forum.attend(event["id"], "going", ANNA)
    assert (await forum.client.get("/me/calendar.ics")).status_code == 401
    issued = await forum.client.post("/me/calendar/feed-token", headers=ANNA)
    assert issued.status_code == 201
    url = issued.json()["url"]
    assert url.startswith("http://forum/calendar/") and url.endswith(".ics")
    (vevent,) = parse(await forum.client.get(url))  # no Authorization header
    assert str(vevent["UID"]) == f"{event['id']}@mentor.mgpu.ru"
    newer = (await forum.client.post("/me/calendar/feed-token", headers=ANNA)).json()["url"]
    assert (await forum.client.get(url)).status_code == 404  # re-issuing revoked the first
    assert len(parse(await forum.client.get(newer))) == 1
    assert (await forum.client.delete("/me/calendar/feed-token", headers=ANNA)).status_code == 204
    assert (await forum.client.get(newer)).status_code == 404
    assert (await forum.client.get("/calendar/guessed-token.ics")).status_code == 404


async def test_a_silenced_person_puts_nothing_in_the_calendar(forum: CalendarForum) -> None:
    event = await forum.create(who=PAVEL)
    until = {"until": "2030-04-08T00:00:00Z", "reason": "Спам"}
    assert (
        await forum.client.put("/moderation/silences/mentee-pavel", json=until, headers=MODERATOR)
    ).status_code == 200
    assert (await forum.client.post("/events", json=event_form(), headers=PAVEL)).status_code == 403
    edit = await forum.client.patch(f"/events/{event['id']}", json={"title": "Купите наш курс"}, headers=PAVEL)
    assert edit.status_code == 403
    assert (await forum.attend(event["id"], "not_going", ANNA)).status_code == 200  # answering is not posting
    assert (await forum.client.post(f"/events/{event['id']}/cancel", headers=PAVEL)).status_code == 200


async def test_the_description_is_sanitized_and_the_title_stays_plain_text(forum: CalendarForum) -> None:
    title = "<b>Встреча</b> <script>alert(1)</script>"
    description = '<script>alert(1)</script> [ссылка](javascript:alert(1)) <img src=x onerror="alert(1)"> **да**'
    event = await forum.create(title=title, description=description)
    assert event["title"] == title and event["description"] == description  # as typed: shown as text
    assert "<script" not in event["html"] and "<img" not in event["html"] and "href" not in event["html"]
    assert "<strong>да</strong>" in event["html"]
    (vevent,) = parse(await forum.client.get(f"/events/{event['id']}.ics"))
    assert str(vevent["SUMMARY"]) == title and str(vevent["DESCRIPTION"]) == description  # plain text properties


async def test_a_consultation_no_calendar_could_show_is_not_created(forum: CalendarForum) -> None:
    far = CaseConsultationProposedV1(
        case_id=uuid.uuid4(),
        consultation_id=uuid.uuid4(),
        number="MCU-2030-000043",
        mentor_id="mentor-ivanova",
        mentor_name="Елена Иванова",
        author_id="mentee-anna",
        author_name="Анна Смирнова",
        starts_at=datetime.fromisoformat("9999-12-31T17:00:00-05:00"),
        ends_at=datetime.fromisoformat("9999-12-31T18:30:00-05:00"),
        timezone="Europe/Moscow",
        link="https://meet.example.org/far",
        at=NOW,
    )
    message_id = await publish_as(forum.broker, far, source="/services/cases")

    async def handled() -> bool:  # the consumer's inbox has it: the far proposal had its turn
        inbox = tables.inbox
        async with forum.service.db.transaction() as session:
            found = await session.execute(select(inbox.c.message_id).where(inbox.c.message_id == message_id))
            return found.first() is not None

    await wait_for(handled, message="the far proposal handled")
    await consultation(forum)  # the control: a proposal in range is created (its invitation is waited for)
    assert (await forum.client.get(f"/events/{far.consultation_id}", headers=ANNA)).status_code == 404
    assert not forum.notices("invited", str(far.consultation_id))
    feed = await forum.client.get("/me/calendar.ics", headers=ANNA)
    assert feed.status_code == 200 and str(far.consultation_id) not in feed.text


async def test_at_most_so_many_events_a_day_then_429_with_retry_after(
    postgres_url: str, rabbit_url: str, search_url: str
) -> None:
    async with running_forum(postgres_url, rabbit_url, search_url, clock=MovableClock(NOW), events_per_day=2) as base:
        made = [await base.client.post("/events", json=event_form(), headers=PAVEL) for _ in range(3)]
        assert [m.status_code for m in made] == [201, 201, 429]
        assert made[2].headers["content-type"] == "application/problem+json"
        assert 1 <= int(made[2].headers["retry-after"]) <= 86_400
        assert len((await base.client.get("/events")).json()["items"]) == 2  # the refused one wrote nothing
        assert (await base.client.post("/events", json=event_form(), headers=ANNA)).status_code == 201  # per person
