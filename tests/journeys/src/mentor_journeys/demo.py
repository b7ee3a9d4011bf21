"""`mentor demo`: walk journey 1 against a running platform (`make run`), printing each step."""

import asyncio

import httpx

from mentor_journeys.anonymous_case import anonymous_case_journey
from mentor_journeys.platform import Author, JourneyFailed, Person, Platform, Urls
from mentor_kit.auth.dev import DEMO_USERS

DEMO_RUBRICS = ["parent_interaction", "professional_ethics", "class_management"]  # enough demo mentors for 3 rounds


async def walk(base_url: str, timeout: float = 60.0) -> int:
    anna = next(u for u in DEMO_USERS if u.id == "mentee-anna")
    olga = next(u for u in DEMO_USERS if u.id == "moderator-olga")
    author = Author(Person(anna.id, "mentee", anna.name, anna.email), school="Школа № 1234")
    moderator = Person(olga.id, "moderator", olga.name, olga.email)
    async with httpx.AsyncClient(timeout=30) as http:
        try:
            ready = await http.get(f"{base_url}/readyz")
        except httpx.HTTPError as exc:
            print(f"nothing answers at {base_url} ({type(exc).__name__}): start it with `make run`")
            return 1
        if ready.status_code != 200:
            print(f"{base_url} is not ready yet: {ready.text}")
            return 1
        platform = Platform(Urls.behind_gateway(base_url), http, timeout=timeout, say=print)
        print(f"Journey 1 against {base_url}")
        try:
            result = await anonymous_case_journey(platform, author, moderator, rubrics=DEMO_RUBRICS)
        except JourneyFailed as exc:
            print(f"FAILED: {exc}")
            return 1
    print(f"Done in {result.seconds:.1f} s: case {result.number}, mentors {', '.join(result.mentors)}.")
    print(f"E-mails the embedded run sent are in ./data/mail; the public event stream is at {base_url}/events")
    return 0


def run(base_url: str) -> int:
    return asyncio.run(walk(base_url))
