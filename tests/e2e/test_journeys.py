"""The whole case journey across all services, each its own process, driven and observed only through HTTP, the
public event stream and the internal exchange (what the services tell each other)."""

import json
import time
from collections import Counter
from collections.abc import AsyncIterator, Iterator
from dataclasses import dataclass
from typing import Any

import httpx
import pytest

from mentor_journeys.anonymous_case import anonymous_case_journey
from mentor_journeys.platform import SERVICES, Author, Person, Platform, Urls, as_mentor
from mentor_kit.testing.privacy import PrivacyScan
from mentor_kit.testing.rabbit import ExchangeTap
from mentor_kit.testing.smtp import text_of
from mentor_notifications.rules import KINDS

from .conftest import Deployment
from .pipes import InFlight, in_flight

pytestmark = pytest.mark.e2e

RUBRICS = ["parent_interaction", "professional_ethics"]
MENTORS = ["mentor-e2e-a", "mentor-e2e-b", "mentor-e2e-c", "mentor-e2e-d"]
COLLEAGUE = Person("mentor-e2e-law", "mentor", "Марина Правова", "law@mgpu.example")
MODERATOR = Person("moderator-e2e", "moderator", "Ольга Модератор", "moderator@mgpu.example")
ANONYMOUS = Author(Person("mentee-e2e-anna", "mentee", "Анна Смирнова", "anna.smirnova@school.example"), "Школа № 1234")
PERSONAL = Author(Person("mentee-e2e-pavel", "mentee", "Павел Орлов", "pavel.orlov@school.example"), "Лицей № 57")


@dataclass
class World:
    platform: Platform
    public: ExchangeTap
    forum: ExchangeTap  # the cases service's copies for the forum on mentor.internal
    internal: ExchangeTap  # everything on mentor.internal (the forum's notices to notifications among it)
    deployment: Deployment

    def public_events(self, case_id: str) -> list[dict[str, Any]]:
        events = [json.loads(body) for body in self.public.bodies]
        return [e for e in events if e.get("subject") == case_id or e["data"].get("case_id") == case_id]


@pytest.fixture(scope="module")
def seeded(deployment: Deployment) -> Iterator[None]:
    """Mentors with their cards, a colleague, a moderator and library materials — set up over HTTP."""
    with httpx.Client(timeout=30) as http:

        def call(person: Person, service: str, method: str, path: str, body: Any = None) -> None:
            response = http.request(method, f"{deployment.url(service)}{path}", json=body, headers=person.headers())
            assert response.status_code < 300, response.text

        for mentor_id in MENTORS:
            mentor = Person(mentor_id, "mentor", email=f"{mentor_id}@mgpu.example")
            call(
                mentor,
                "matching",
                "PUT",
                "/mentors/me",
                {"name": f"Наставник {mentor_id[-1].upper()}", "rubrics": RUBRICS, "capacity": 5},
            )
            call(mentor, "notifications", "GET", "/me")
        call(COLLEAGUE, "matching", "PUT", "/mentors/me", {"name": COLLEAGUE.name, "rubrics": ["educational_law"]})
        for person in (COLLEAGUE, MODERATOR, ANONYMOUS.person, PERSONAL.person):
            call(person, "notifications", "GET", "/me")
        for title, body in [
            ("Границы общения с родителями в мессенджерах", "Как договориться с родителями о времени сообщений."),
            ("Памятка: часы связи учителя и родителей", "Родители пишут вечером: правила и каналы общения."),
            ("Этика переписки педагога", "Профессиональная этика в переписке с родителями учеников."),
        ]:
            item = {"kind": "article", "title": title, "body": body, "rubrics": RUBRICS, "language": "ru"}
            call(MODERATOR, "library", "POST", "/items", item)
        # The library's indexer makes the materials searchable a moment after they are published; a case submitted
        # before that gets its suggestions from an index without them (suggestions are made once, at submission).
        # Wait for the positive signal, the three materials found by the search, before any journey starts.
        deadline = time.monotonic() + 60
        while True:
            search = f"{deployment.url('library')}/search?kind=article&limit=20"
            response = http.get(search, headers=MODERATOR.headers())
            if response.status_code == 200 and response.json()["total"] >= 3:
                break
            assert time.monotonic() < deadline, f"the seeded materials never became searchable: {response.text}"
            time.sleep(0.2)
    yield


@pytest.fixture
async def world(deployment: Deployment, seeded: None) -> AsyncIterator[World]:
    urls = Urls(**{name: deployment.url(name) for name in SERVICES})
    async with (
        httpx.AsyncClient(timeout=30) as http,
        ExchangeTap(deployment.rabbit_url, "mentor.events") as public,
        ExchangeTap(deployment.rabbit_url, "mentor.internal", "case.shared_to_forum.v1") as forum,
        ExchangeTap(deployment.rabbit_url, "mentor.internal") as internal,
    ):
        yield World(Platform(urls, http, timeout=60, say=print), public, forum, internal, deployment)


def submit_form(author: Author, **overrides: Any) -> dict[str, Any]:
    return {
        "problem": f"Я, {author.person.name}, работаю в {author.school}. Ученики 7 класса срывают уроки.",
        "question": "Как вернуть управление классом?",
        "participants": ["form_7"],
        "rubrics": RUBRICS,
        "urgency": "need_advice",
        "privacy": "anonymous",
        "consent_group_discussion": False,
        "consent_publish": False,
        **overrides,
    }


async def test_journey_2_personal_case_with_a_colleague_shared_to_the_forum_and_kept_out_of_the_library(
    world: World,
) -> None:
    platform, author = world.platform, PERSONAL.person
    started = time.monotonic()
    await platform.call(
        author,
        "cases",
        "PUT",
        "/profile",
        json={
            "school_type": "lyceum",
            "school_name": PERSONAL.school,
            "subjects": ["история"],
            "forms_taught": [7],
            "years_of_experience": 1,
            "graduation_year": 2025,
        },
    )
    case = await platform.call(
        author, "cases", "POST", "/cases", json=submit_form(PERSONAL, privacy="personal", consent_group_discussion=True)
    )
    case_id = case["id"]
    [chosen, *_] = await platform.offers(author, case_id, 1)
    mentor = as_mentor(chosen["mentor_id"])
    await platform.choose(author, case_id, mentor)
    await platform.call(mentor, "cases", "POST", f"/cases/{case_id}/accept")
    seen = await platform.call(mentor, "cases", "GET", f"/cases/{case_id}")
    assert seen["author_id"] == author.id and seen["author_profile"]["school_name"] == PERSONAL.school

    await platform.call(mentor, "cases", "POST", f"/cases/{case_id}/colleagues", json={"colleague_id": COLLEAGUE.id})
    await platform.notified(COLLEAGUE, "opinion_requested", case_id)
    await platform.call(COLLEAGUE, "cases", "POST", f"/cases/{case_id}/opinions", json={"text": "Опирайтесь на устав."})
    await platform.notified(mentor, "opinion_given", case_id)

    await platform.call(mentor, "cases", "POST", f"/cases/{case_id}/forum")
    shared = await platform.until(lambda: _forum_copy(world, case_id), "the forum copy on mentor.internal")
    assert PERSONAL.person.name not in json.dumps(shared, ensure_ascii=False)
    assert PERSONAL.school not in json.dumps(shared, ensure_ascii=False)
    history = await platform.call(author, "cases", "GET", f"/cases/{case_id}/history")
    assert "shared_to_forum" in [entry["kind"] for entry in history]
    await continue_in_the_forum(world, case_id, author, mentor)

    await platform.call(mentor, "cases", "POST", f"/cases/{case_id}/solution", json={"text": "Введите правила класса."})
    await platform.notified(author, "solution_proposed", case_id)
    await platform.call(author, "cases", "POST", f"/cases/{case_id}/complete", json={"useful": True, "rating": 4})
    await platform.notified(mentor, "case_completed", case_id)
    completed = await platform.until(
        lambda: _events_of(world, case_id, "case.completed"), "case.completed on the public stream"
    )
    assert completed[0]["data"]["consent_publish"] is False
    assert not _events_of(world, case_id, "case.published")
    print(f"journey 2 took {time.monotonic() - started:.1f} s")
    world.deployment.facts["personal_case_number"] = case["number"]  # checked again once journey 1 reached the library


VISITOR = Person("visitor", "visitor")
CASE_WORDS = "Ученики 7 класса срывают уроки"  # in the problem of both journeys' cases, after de-identification


async def continue_in_the_forum(world: World, case_id: str, author: Person, mentor: Person) -> None:
    """The shared case appears in the forum de-identified; a colleague replies, the author answers as "Автор
    кейса" (never by name), the mentor who watches the topic is told; nothing the forum shows or sends names them."""
    platform = world.platform

    async def shared_topic() -> dict[str, Any] | None:
        listed = await platform.call(VISITOR, "forum", "GET", "/sections/what-to-do/topics")
        for item in listed["items"]:
            page = await platform.call(VISITOR, "forum", "GET", f"/topics/{item['id']}")
            if CASE_WORDS in page["posts"][0]["body"]:
                return dict(page)
        return None

    topic = await platform.until(shared_topic, "the shared case's topic in the forum")
    tid = topic["id"]
    assert topic["kind"] == "shared_case" and topic["author"]["name"] == "Кейс из практики"
    await platform.call(mentor, "forum", "PUT", f"/topics/{tid}/watch", json={"level": "watching"})
    colleague_reply = "Опирайтесь на устав школы и правила класса."
    await platform.call(COLLEAGUE, "forum", "POST", f"/topics/{tid}/posts", json={"body": colleague_reply})
    await platform.notified(author, "forum_reply")  # the author hears of it through the case, unnamed by the forum
    own_words = f"Спасибо! Я, {author.name}, из {PERSONAL.school}: попробую завтра же."
    await platform.call(author, "cases", "POST", f"/cases/{case_id}/forum/posts", json={"body": own_words})
    await platform.notified(mentor, "forum_reply", count=2)  # the colleague's reply, then the author's
    await platform.notified(COLLEAGUE, "forum_reply")  # replying made the colleague a watcher

    async def authors_post() -> dict[str, Any] | None:
        page = await platform.call(VISITOR, "forum", "GET", f"/topics/{tid}")
        return next((p for p in page["posts"] if p["author"]["name"] == "Автор кейса"), None)

    post = await platform.until(authors_post, "the author's post in the topic")
    assert "попробую завтра же" in post["body"] and post["author"]["id"] is None
    forum_texts = [
        json.dumps(await platform.call(who, "forum", method, path, params=params), ensure_ascii=False)
        for who, method, path, params in (
            (VISITOR, "GET", "/sections", None),
            (VISITOR, "GET", "/sections/what-to-do/topics", None),
            (VISITOR, "GET", f"/topics/{tid}", None),
            (mentor, "GET", f"/topics/{tid}", None),
            (author, "GET", f"/topics/{tid}", None),
            (VISITOR, "GET", f"/posts/{post['id']}/revisions", None),
            (VISITOR, "GET", "/similar", {"title": "Ученики срывают уроки", "body": "Как вернуть управление классом?"}),
        )
    ]

    async def found_in_search() -> list[dict[str, Any]]:
        found = await platform.call(VISITOR, "forum", "GET", "/search", params={"q": "устав"})
        return list(found["items"])

    forum_texts.append(
        json.dumps(await platform.until(found_in_search, "the topic in forum search"), ensure_ascii=False)
    )
    events = [b.decode() for b in world.public.bodies + world.internal.bodies if b'"/services/forum"' in b]
    assert any("forum.post_created" in e for e in events) and any("forum.replied" in e for e in events)
    logs = world.deployment.log_file_text("forum")
    assert len(forum_texts) == 8 and all(forum_texts) and logs
    assert any(CASE_WORDS in text for text in forum_texts)  # the scan reads the case where it is
    seen = await platform.call(author, "cases", "GET", f"/cases/{case_id}")
    for secret in PERSONAL.secrets:
        assert secret in json.dumps(seen, ensure_ascii=False) or secret == author.email  # positive control
        for text in [*forum_texts, *events, logs]:
            assert secret not in text, f"{secret!r} in what the forum showed, sent or logged"


def _forum_copy(world: World, case_id: str) -> list[dict[str, Any]]:
    return [json.loads(b) for b in world.forum.bodies if json.loads(b)["data"]["case_id"] == case_id]


def _events_of(world: World, case_id: str, kind: str) -> list[dict[str, Any]]:
    return [e for e in world.public_events(case_id) if f".{kind}." in e["type"]]


async def test_journey_3_a_case_nobody_can_take_reaches_the_moderators(world: World) -> None:
    platform, author = world.platform, ANONYMOUS.person
    case = await platform.call(
        author, "cases", "POST", "/cases", json=submit_form(ANONYMOUS, rubrics=["urban_projects"])
    )
    await platform.notified(MODERATOR, "case_unassigned", case["id"])
    seen = await platform.call(MODERATOR, "cases", "GET", f"/cases/{case['id']}")
    assert seen["needs_attention"] is True
    assert _events_of(world, case["id"], "no_mentor_left")


def tally(notifications: list[dict[str, Any]]) -> dict[str, int]:
    return dict(Counter(n["kind"] for n in notifications))


async def assert_told_once(world: World, result: Any) -> None:
    """Each person heard each thing exactly as often as it happened; e-mails match the notifications."""
    platform = world.platform
    for person_id, expected in result.expected_notifications.items():
        person = Person(person_id, "mentor" if person_id.startswith("mentor") else "mentee")
        got = tally(await platform.notifications(person, result.case_id))
        suggestions = got.pop("suggestions_ready", 0)
        wanted = dict(expected)
        assert 1 <= suggestions <= 2 if wanted.pop("suggestions_ready", 0) else suggestions == 0
        assert got == wanted, f"{person_id}: {got} != {wanted}"
    ids = [str(m["Message-ID"]) for m in world.deployment.sink.messages]
    assert len(ids) == len(set(ids)), "an e-mail was sent twice"
    author = ANONYMOUS.person
    mailed = [m for m in world.deployment.sink.to(author.email) if result.number in str(m["Subject"])]
    mine = await platform.notifications(author, result.case_id)
    assert len(mailed) == len([n for n in mine if KINDS[n["kind"]].default_channel == "email"])
    # Facts on the public stream: delivery is at-least-once (a copy keeps its id); no fact happened twice.
    distinct = Counter(
        e["type"].rsplit(".", 2)[-2] for e in {e["id"]: e for e in world.public_events(result.case_id)}.values()
    )
    assert distinct["submitted"] == 1 and distinct["mentor_selected"] == 3 and distinct["accepted"] == 2
    assert distinct["declined"] == 1 and distinct["offers_proposed"] == 3 and distinct["completed"] == 1


COPIES = ("case.shared_to_forum", "case.published", "case.author_posted_to_forum")  # what leaves a case internally


def assert_nothing_identifies(world: World) -> None:
    """Nothing a mentor, colleague or visitor received, nothing on mentor.events, none of the case's copies for the
    forum and the library, no e-mail to anyone but the author and no log line names the anonymous author."""
    author = ANONYMOUS.person
    scan = PrivacyScan(ANONYMOUS.secrets)
    scan.add("responses to mentors, colleagues, visitors", *world.platform.seen_by("mentor", "visitor"))
    scan.add("mentor.events", *world.public.bodies)
    copies = [b for b in world.internal.bodies if any(f"internal.{kind}.".encode() in b for kind in COPIES)]
    scan.add("copies on mentor.internal", *copies)
    others = [m for m in world.deployment.sink.messages if author.email not in str(m["To"])]
    scan.add("e-mails to others", *(text_of(m) for m in others))
    scan.add("service logs", *world.deployment.log_text().splitlines())
    scan.positive_control("\n".join(text for person, text in world.platform.transcript if person.id == author.id))
    scan.assert_clean(
        "responses to mentors, colleagues, visitors",
        "mentor.events",
        "copies on mentor.internal",
        "e-mails to others",
        "service logs",
    )


async def test_journey_1_anonymous_case_from_submission_to_the_library(world: World) -> None:
    result = await anonymous_case_journey(world.platform, ANONYMOUS, MODERATOR, rubrics=RUBRICS)
    print(f"journey 1 took {result.seconds:.1f} s")
    await assert_told_once(world, result)
    assert_nothing_identifies(world)
    # The personal case of journey 2 (completed without consent) never reached the library.
    personal = world.deployment.facts.get("personal_case_number")
    if personal:
        queue = await world.platform.call(MODERATOR, "library", "GET", "/review")
        found = await world.platform.call(MODERATOR, "library", "GET", "/search", params={"q": "управление классом"})
        assert all(personal not in item["title"] for item in queue["items"])
        assert all(personal not in hit["item"]["title"] for hit in found["hits"])


async def test_journey_1_survives_services_killed_mid_way(world: World) -> None:
    """SIGKILL matching right after the decline was answered (the decline and the next round are in flight),
    notifications right after the acceptance (its e-mail and notification in flight), and cases and the library
    right after the completion (the completion's events and the de-identified copy for the library in flight).
    What was in flight is read right after each kill; the counting waits until every queue and outbox is empty."""
    deployment = world.deployment
    victims = {"declined": ("matching",), "accepted": ("notifications",), "completed": ("cases", "library")}
    struck: dict[str, InFlight] = {}

    async def kill_and_restart(step: str) -> None:
        for name in victims.get(step, ()):
            deployment.kill(name)
        if step in victims:
            struck[step] = await in_flight(deployment)  # the victims are down: what they had is still there
            world.platform.say(f"    (SIGKILL {', '.join(victims[step])}: {struck[step].total} in flight; restarting)")
            for name in victims[step]:
                deployment.restart(name)

    result = await anonymous_case_journey(
        world.platform, ANONYMOUS, MODERATOR, rubrics=RUBRICS, between_steps=kill_and_restart
    )
    totals = {step: flight.total for step, flight in struck.items()}
    print(f"journey 1 with four SIGKILLs took {result.seconds:.1f} s; in flight at each kill: {totals}")
    assert set(struck) == set(victims)
    assert any(s.total > 0 for s in struck.values()), "no kill struck work in flight: the test proved nothing"

    async def settled() -> InFlight | None:
        now = await in_flight(deployment)
        return now if now.total == 0 else None

    quiet = await world.platform.until(settled, "every queue and outbox empty after the journey")
    assert not any(quiet.dead.values()), f"dead-lettered: {quiet.dead}"  # nothing failed for good either
    await assert_told_once(world, result)  # counted once nothing can still arrive
    assert_nothing_identifies(world)
