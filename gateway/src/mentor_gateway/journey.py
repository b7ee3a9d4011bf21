"""The case journeys, driven only through the services' HTTP APIs, checking at every step what each party sees
and which notifications reached them. Used by the end-to-end tests (each service its own process) and by
`mentor demo` (against `make run`).

Every response is kept with the person who received it (`Platform.transcript`), so a test can scan what mentors,
colleagues and anonymous visitors were shown for the author's identity.
"""

import asyncio
import time
from collections.abc import Awaitable, Callable
from dataclasses import dataclass
from typing import Any

import httpx

from mentor_kit.auth.dev import mint_token
from mentor_kit.testing.waiting import wait_for

Say = Callable[[str], None]
Hook = Callable[[str], Awaitable[None]]
SERVICES = ("cases", "matching", "library", "notifications")


class JourneyFailed(AssertionError):
    pass


@dataclass(frozen=True)
class Urls:
    """Where each service answers: its own process, or `/api/<name>` behind the embedded gateway."""

    cases: str
    matching: str
    library: str
    notifications: str

    @classmethod
    def behind_gateway(cls, base: str) -> "Urls":
        return cls(**{name: f"{base.rstrip('/')}/api/{name}" for name in SERVICES})

    def of(self, service: str) -> str:
        return str(getattr(self, service))


@dataclass
class Person:
    id: str
    role: str
    name: str = ""
    email: str = ""
    locale: str = "ru"

    def headers(self) -> dict[str, str]:
        if self.role == "visitor":
            return {}
        token = mint_token(self.id, [self.role], name=self.name, email=self.email, locale=self.locale)
        return {"Authorization": f"Bearer {token}"}


@dataclass(frozen=True)
class Author:
    """Who writes the case: everything here must stay out of what mentors, colleagues and visitors see."""

    person: Person
    school: str

    @property
    def secrets(self) -> list[str]:
        return [self.person.id, self.person.name, self.person.email, self.school]


class Platform:
    def __init__(self, urls: Urls, http: httpx.AsyncClient, *, timeout: float = 30.0, say: Say | None = None) -> None:
        self.urls, self.http, self.timeout = urls, http, timeout
        self.say: Say = say or (lambda _line: None)
        self.transcript: list[tuple[Person, str]] = []  # every response, with who received it

    def seen_by(self, *roles: str, except_ids: tuple[str, ...] = ()) -> list[str]:
        return [text for person, text in self.transcript if person.role in roles and person.id not in except_ids]

    async def call(
        self,
        person: Person,
        service: str,
        method: str,
        path: str,
        *,
        json: Any = None,
        params: dict[str, Any] | None = None,
        expect: int | tuple[int, ...] = (200, 201, 202, 204),
    ) -> Any:
        url = f"{self.urls.of(service)}{path}"
        response = await self.http.request(method, url, json=json, params=params, headers=person.headers())
        self.transcript.append((person, response.text))
        expected = (expect,) if isinstance(expect, int) else expect
        if response.status_code not in expected:
            raise JourneyFailed(f"{person.id}: {method} {service}{path} → {response.status_code} {response.text[:300]}")
        return response.json() if response.content else None

    async def until(self, probe: Callable[[], Any], what: str) -> Any:
        """Poll `probe` (sync or async) until it returns something truthy: the services work asynchronously."""
        try:
            return await wait_for(probe, timeout=self.timeout, interval=0.1, message=what)
        except AssertionError as exc:
            raise JourneyFailed(str(exc)) from exc

    async def notifications(self, person: Person, case_id: str | None = None) -> list[dict[str, Any]]:
        page = await self.call(person, "notifications", "GET", "/notifications", params={"limit": 100})
        items: list[dict[str, Any]] = page["items"]
        return [n for n in items if case_id is None or n["case_id"] == case_id]

    async def notified(self, person: Person, kind: str, case_id: str | None = None, count: int = 1) -> None:
        async def arrived() -> bool:
            return len([n for n in await self.notifications(person, case_id) if n["kind"] == kind]) >= count

        await self.until(arrived, f"{kind} notification for {person.id}")

    async def sign_in(self, *people: Person) -> None:
        """Each person opens the platform once, so notifications know their e-mail, language and role."""
        for person in people:
            await self.call(person, "notifications", "GET", "/me")

    async def choose(self, author: Person, case_id: str, mentor: Person) -> None:
        """The author selects an offered mentor, who must be told of the request."""
        await self.call(author, "cases", "POST", f"/cases/{case_id}/mentor", json={"mentor_id": mentor.id})
        await self.notified(mentor, "new_request", case_id)

    async def offers(self, author: Person, case_id: str, round_: int) -> list[dict[str, Any]]:
        async def offered() -> list[dict[str, Any]]:
            case = await self.call(author, "cases", "GET", f"/cases/{case_id}")
            if case["round"] < round_:
                return []
            found: list[dict[str, Any]] = await self.call(author, "cases", "GET", f"/cases/{case_id}/offers")
            return found

        result: list[dict[str, Any]] = await self.until(offered, f"round {round_} offers")
        return result


@dataclass
class JourneyResult:
    case_id: str
    number: str
    library_item_id: str
    mentors: list[str]
    seconds: float
    expected_notifications: dict[str, dict[str, int]]  # person → kind → how many, for this case


def as_mentor(mentor_id: str) -> Person:
    return Person(mentor_id, "mentor")


async def anonymous_case_journey(
    platform: Platform,
    author: Author,
    moderator: Person,
    *,
    rubrics: list[str],
    between_steps: Hook | None = None,
) -> JourneyResult:
    """Journey 1: anonymous case → similar items at once → offers → select → decline → round 2 → accept → two
    questions (one from the bank) → answers → one reformulation → solution → second opinion → reflection →
    completed → moderator approves → found in library search, de-identified."""
    started = time.monotonic()
    say, mentee = platform.say, author.person
    step = between_steps or (lambda _name: asyncio.sleep(0))
    await platform.sign_in(mentee, moderator)

    case = await platform.call(
        mentee,
        "cases",
        "POST",
        "/cases",
        json={
            "problem": (
                f"Я, {mentee.name}, учитель из {author.school}. Родители ученицы 6 класса пишут мне в мессенджер "
                "поздно вечером и требуют немедленного ответа о домашнем задании и оценках."
            ),
            "actions_taken": "Просила писать в рабочее время, но сообщения продолжаются.",
            "difficulty": f"Боюсь жалобы директору; пишите мне на {mentee.email}.",
            "question": "Как договориться с родителями о времени и каналах общения?",
            "participants": ["parents"],
            "rubrics": rubrics,
            "privacy": "anonymous",
            "urgency": "need_advice",
            "consent_group_discussion": False,
            "consent_publish": True,
        },
    )
    case_id, number = case["id"], case["number"]
    say(f" 1. {mentee.id} submitted anonymous case {number}")

    async def suggestions() -> list[dict[str, Any]]:
        found: list[dict[str, Any]] = await platform.call(mentee, "cases", "GET", f"/cases/{case_id}/suggestions")
        return found

    similar = await platform.until(suggestions, "similar library items")
    await platform.notified(mentee, "suggestions_ready", case_id)
    say(f" 2. similar items shown at once: {', '.join(s['title'][:40] for s in similar[:3])}")

    first = await platform.offers(mentee, case_id, 1)
    await platform.notified(mentee, "offers_ready", case_id)
    say(f" 3. offers, round 1: {', '.join(o['mentor_id'] for o in first)}")

    declining = as_mentor(first[0]["mentor_id"])
    await platform.choose(mentee, case_id, declining)
    say(f" 4. {mentee.id} selected {declining.id}, who was notified")
    await platform.call(declining, "cases", "GET", f"/cases/{case_id}")
    await platform.call(
        declining, "cases", "POST", f"/cases/{case_id}/decline", json={"reason": "Сейчас нет свободного времени."}
    )
    await step("declined")  # the decline and the next round are in flight between services here
    await platform.notified(mentee, "case_declined", case_id)
    say(f" 5. {declining.id} declined; the author was told")

    second = await platform.offers(mentee, case_id, 2)
    if declining.id in [o["mentor_id"] for o in second]:
        raise JourneyFailed("the mentor who declined was offered again")
    await platform.notified(mentee, "offers_ready", case_id, count=2)
    mentor = as_mentor(second[0]["mentor_id"])
    say(f" 6. offers, round 2: {', '.join(o['mentor_id'] for o in second)}")
    await platform.choose(mentee, case_id, mentor)
    seen_by_mentor = await platform.call(mentor, "cases", "GET", f"/cases/{case_id}")
    if seen_by_mentor.get("author_id") or seen_by_mentor.get("author_profile"):
        raise JourneyFailed("the mentor of an anonymous case sees its author")
    await platform.call(mentor, "cases", "POST", f"/cases/{case_id}/accept")
    await step("accepted")
    await platform.notified(mentee, "case_accepted", case_id)
    say(f" 7. {mentor.id} accepted; the author was told")

    bank = await platform.call(mentor, "cases", "GET", "/question-bank")
    asked = await platform.call(
        mentor,
        "cases",
        "POST",
        f"/cases/{case_id}/questions",
        json={
            "questions": [
                {"bank_code": bank[0]["code"]},
                {"text": "Есть ли в школе правила общения учителей с родителями?", "kind": "clarifying"},
            ]
        },
    )
    await platform.notified(mentee, "questions_asked", case_id)
    say(f" 8. {mentor.id} asked two questions (one from the bank: {bank[0]['code']})")
    for question, answer in zip(asked, ["Хочу сохранить доверие родителей.", "Правил нет."], strict=True):
        await platform.call(
            mentee, "cases", "POST", f"/cases/{case_id}/questions/{question['id']}/answer", json={"text": answer}
        )
    say(" 9. the author answered both")
    await platform.call(
        mentee,
        "cases",
        "POST",
        f"/cases/{case_id}/revisions",
        json={
            "problem": "Родители пишут поздно вечером; в школе нет правил общения с родителями.",
            "question": "Как ввести правила общения с родителями, сохранив доверие?",
        },
    )
    say("10. the author reformulated the case (version 2)")

    await platform.call(
        mentor,
        "cases",
        "POST",
        f"/cases/{case_id}/solution",
        json={"text": "Договоритесь на собрании о часах связи и одном канале; закрепите это в памятке для класса."},
    )
    await platform.notified(mentee, "solution_proposed", case_id)
    say(f"11. {mentor.id} proposed a solution; the author was told")

    await platform.call(mentee, "cases", "POST", f"/cases/{case_id}/second-opinion")
    third = await platform.offers(mentee, case_id, 3)
    second_mentor = as_mentor(third[0]["mentor_id"])
    if second_mentor.id in (mentor.id, declining.id):
        raise JourneyFailed("a second opinion was offered to a mentor already involved")
    await platform.choose(mentee, case_id, second_mentor)
    await platform.call(second_mentor, "cases", "GET", f"/cases/{case_id}")
    await platform.call(second_mentor, "cases", "POST", f"/cases/{case_id}/accept")
    await platform.call(
        second_mentor,
        "cases",
        "POST",
        f"/cases/{case_id}/solution",
        json={"text": "Добавьте к памятке короткий шаблон ответа на поздние сообщения."},
    )
    await platform.notified(mentee, "second_opinion_given", case_id)
    say(f"12. second opinion from {second_mentor.id}; the author was told")

    await platform.call(
        mentee,
        "cases",
        "POST",
        f"/cases/{case_id}/complete",
        json={"useful": True, "rating": 5, "next_steps": "Проведу собрание.", "comment": "Спасибо!"},
    )
    await step("completed")
    for involved in (mentor, second_mentor):
        await platform.notified(involved, "case_completed", case_id)
    say("13. the author completed the case with a reflection sheet; both mentors were told")

    await platform.notified(moderator, "item_awaiting_review")

    async def in_review() -> list[dict[str, Any]]:
        queue = await platform.call(moderator, "library", "GET", "/review")
        return [item for item in queue if number in item["title"]]

    [item] = await platform.until(in_review, "the de-identified case in the review queue")
    await platform.call(moderator, "library", "POST", f"/review/{item['id']}/approve")
    say(f"14. {moderator.id} approved the de-identified case for the library")

    reader = as_mentor(mentor.id)

    async def found() -> list[dict[str, Any]]:
        result = await platform.call(reader, "library", "GET", "/search", params={"q": "родители мессенджер вечером"})
        return [hit for hit in result["hits"] if hit["item"]["id"] == item["id"]]

    [hit] = await platform.until(found, "the case in library search")
    document = await platform.call(reader, "library", "GET", f"/items/{item['id']}")
    leaked = [secret for secret in author.secrets if secret in str(hit) or secret in str(document)]
    if leaked:
        raise JourneyFailed(f"the library shows the author: {leaked}")
    say(f"15. found in library search, de-identified: {document['title'][:70]}")
    visitor = Person("visitor", "visitor")
    await platform.call(visitor, "library", "GET", "/search", params={"q": "родители мессенджер вечером"})
    await platform.call(visitor, "matching", "GET", f"/mentors/{mentor.id}")
    await platform.call(visitor, "library", "GET", f"/items/{item['id']}", expect=(401, 403, 404))
    say("16. an anonymous visitor sees public materials and mentor cards, not case items")

    return JourneyResult(
        case_id=case_id,
        number=number,
        library_item_id=item["id"],
        mentors=[declining.id, mentor.id, second_mentor.id],
        seconds=time.monotonic() - started,
        expected_notifications={
            mentee.id: {
                "suggestions_ready": 1,  # at least: the reformulation may find items again
                "offers_ready": 3,
                "case_declined": 1,
                "case_accepted": 2,
                "questions_asked": 1,
                "solution_proposed": 1,
                "second_opinion_given": 1,
            },
            declining.id: {"new_request": 1},
            mentor.id: {"new_request": 1, "case_completed": 1},
            second_mentor.id: {"new_request": 1, "case_completed": 1},
        },
    )
