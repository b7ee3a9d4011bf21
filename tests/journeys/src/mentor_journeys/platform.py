"""The platform as a journey sees it: people with development tokens, each service's URL, and every response kept
with the person who received it (`Platform.transcript`), so a test can scan what mentors, colleagues and
anonymous visitors were shown for the author's identity."""

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

import httpx

from mentor_kit.auth.dev import mint_token
from mentor_kit.testing.waiting import wait_for

Say = Callable[[str], None]
SERVICES = ("cases", "matching", "library", "notifications", "forum")


class JourneyFailed(AssertionError):
    pass


@dataclass(frozen=True)
class Urls:
    """Where each service answers: its own process, or `/api/<name>` behind the embedded gateway."""

    cases: str
    matching: str
    library: str
    notifications: str
    forum: str

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
    def __init__(
        self,
        urls: Urls,
        http: httpx.AsyncClient,
        *,
        timeout: float = 30.0,
        say: Say | None = None,
        poll_seconds: float = 0.1,
    ) -> None:
        """`poll_seconds`: how often `until` looks again (a test wants it short; a soak of many people, longer,
        as a person reloading a page would)."""
        self.urls, self.http, self.timeout, self.poll_seconds = urls, http, timeout, poll_seconds
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
            return await wait_for(probe, timeout=self.timeout, interval=self.poll_seconds, message=what)
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


def as_mentor(mentor_id: str) -> Person:
    return Person(mentor_id, "mentor")
