"""The load generator of `first_response.py`: N mentees submit at once and poll for what the platform shows them;
a tap on `mentor.internal` records when the offers and suggestions were produced (the events' `at`) and published
(their arrival on the tap)."""

import asyncio
import json
import math
import random
import time
import uuid
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any

import aio_pika
import aiohttp
from first_response_deploy import CODES, GROUPS, Deployment, cpu_seconds

from mentor_contracts.events import OffersProposedInternalV1, SuggestionsReadyV1
from mentor_kit.auth.dev import mint_token

LONG_POLL_SECONDS = 20.0

PROBLEM = (
    "Ученики {form} класса срывают уроки: разговаривают, пользуются телефонами, не реагируют на замечания. "
    "Родители пишут в мессенджер вечером и требуют объяснений. Случай {n}."
)


class Tap:
    """Offers and suggestions as published on `mentor.internal`: per case, the event's `at` (when the producing
    handler ran) and when it reached this process."""

    def __init__(self, url: str) -> None:
        self.url = url
        self.arrivals: list[tuple[float, bytes]] = []
        self._connection: aio_pika.abc.AbstractConnection | None = None

    async def __aenter__(self) -> "Tap":
        self._connection = await aio_pika.connect(self.url)
        channel = await self._connection.channel()
        exchange = await channel.declare_exchange("mentor.internal", aio_pika.ExchangeType.TOPIC, durable=True)
        queue = await channel.declare_queue(exclusive=True, auto_delete=True)
        for event in (OffersProposedInternalV1, SuggestionsReadyV1):
            await queue.bind(exchange, event.routing_key())

        async def collect(message: aio_pika.abc.AbstractIncomingMessage) -> None:
            self.arrivals.append((time.time(), message.body))
            await message.ack()

        await queue.consume(collect, no_ack=False)
        return self

    async def __aexit__(self, *_exc: object) -> None:
        if self._connection is not None:
            await self._connection.close()

    def first(self, event_type: str) -> dict[str, tuple[float, float]]:
        """case id → (event `at`, arrival) of the first such event for round 1 / revision 1."""
        found: dict[str, tuple[float, float]] = {}
        for arrived, body in self.arrivals:
            envelope = json.loads(body)
            if envelope["type"] != event_type:
                continue
            data = envelope["data"]
            if data.get("round", 1) != 1 or data.get("revision", 1) != 1:
                continue
            found.setdefault(data["case_id"], (datetime.fromisoformat(data["at"]).timestamp(), arrived))
        return found


@dataclass
class Mentee:
    index: int
    headers: dict[str, str]
    form: dict[str, Any]
    submit_started: float = 0.0
    submitted: float = 0.0
    case_id: str = ""
    offers_seen: float | None = None
    suggestions_seen: float | None = None
    polls: int = 0
    poll_errors: int = 0


@dataclass
class Burst:
    mentees: list[Mentee]
    started: float
    finished: float
    cpu: dict[str, float]  # CPU seconds used by each service process during the burst
    offers: dict[str, tuple[float, float]] = field(default_factory=dict)  # from the tap
    suggestions: dict[str, tuple[float, float]] = field(default_factory=dict)


def mentees(n: int, run: str, rng: random.Random) -> list[Mentee]:
    result = []
    for i in range(n):
        token = mint_token(f"mentee-bench-{run}-{i:04d}", ["mentee"])
        form = {
            "problem": PROBLEM.format(form=rng.randint(5, 11), n=i),
            "actions_taken": "Поговорила с классным руководителем и родителями.",
            "difficulty": "Не хватает опыта.",
            "question": "Как вернуть управление классом и наладить общение с родителями?",
            "participants": rng.sample(GROUPS, rng.randint(1, 2)),
            "rubrics": rng.sample(CODES, rng.randint(1, 2)),
            "privacy": "anonymous",
            "urgency": "need_advice",
            "consent_group_discussion": False,
            "consent_publish": False,
        }
        result.append(Mentee(i, {"Authorization": f"Bearer {token}"}, form))
    return result


def client(base: str, connections: int) -> aiohttp.ClientSession:
    """aiohttp, not httpx: the load generator shares the machine's two cores with the services, and httpx cost it
    ~100 ms of CPU per mentee in a burst (its polls), several times aiohttp's."""
    connector = aiohttp.TCPConnector(limit=connections)
    return aiohttp.ClientSession(base_url=base, connector=connector, timeout=aiohttp.ClientTimeout(total=60))


async def submit(http: aiohttp.ClientSession, mentee: Mentee) -> None:
    mentee.submit_started = time.time()
    async with http.post("/cases", json=mentee.form, headers=mentee.headers) as response:
        mentee.submitted = time.time()
        if response.status != 201:
            raise RuntimeError(f"POST /cases → {response.status} {(await response.text())[:300]}")
        mentee.case_id = (await response.json())["id"]


async def poll_until_seen(
    http: aiohttp.ClientSession, mentee: Mentee, what: str, interval: float | None, deadline: float
) -> float | None:
    """GET /cases/{id}/<what> until it is not empty: when the response showing it arrived. `interval=None`: long
    polls (`?wait=`, the server answers when there is something, as a client should wait); else a plain GET every
    `interval` seconds."""
    path = f"/cases/{mentee.case_id}/{what}"
    while (left := deadline - time.time()) > 0:
        params = {"wait": f"{min(LONG_POLL_SECONDS, left):.1f}"} if interval is None else {}
        try:
            async with http.get(path, headers=mentee.headers, params=params) as response:
                seen = response.status == 200 and bool(await response.json())
        except aiohttp.ClientConnectionError:  # e.g. a kept-alive connection the server closed: poll again
            mentee.poll_errors += 1
            continue
        mentee.polls += 1
        if seen:
            return time.time()
        if interval is not None:
            await asyncio.sleep(interval)
    return None


async def burst(
    platform: Deployment,
    people: list[Mentee],
    *,
    poll: float | None,
    timeout: float,
    watch_suggestions: bool = True,
) -> Burst:
    """Every mentee submits at the same moment, then polls offers (and suggestions) until they appear."""
    gate = asyncio.Event()
    async with client(platform.url("cases"), 2 * len(people) + 4) as http, Tap(platform.rabbit_url) as tap:

        async def one(mentee: Mentee) -> None:
            await gate.wait()
            await submit(http, mentee)
            deadline = mentee.submit_started + timeout
            offers = poll_until_seen(http, mentee, "offers", poll, deadline)
            if watch_suggestions:
                seen = await asyncio.gather(offers, poll_until_seen(http, mentee, "suggestions", poll, deadline))
                mentee.offers_seen, mentee.suggestions_seen = seen
            else:
                mentee.offers_seen = await offers

        tasks = [asyncio.create_task(one(m)) for m in people]
        await asyncio.sleep(0.05)  # every task waits at the gate
        before = {name: cpu_seconds(platform.pid(name)) for name in platform.processes}
        before["load generator"] = time.process_time()
        started = time.time()
        gate.set()
        await asyncio.gather(*tasks)
        finished = time.time()
        cpu = {name: cpu_seconds(platform.pid(name)) - before[name] for name in platform.processes}
        cpu["load generator"] = time.process_time() - before["load generator"]
        await asyncio.sleep(0.3)  # the last events reach the tap
        return Burst(
            people,
            started,
            finished,
            cpu,
            tap.first(OffersProposedInternalV1.event_type()),
            tap.first(SuggestionsReadyV1.event_type()),
        )


async def submit_only(platform: Deployment, people: list[Mentee], *, timeout: float) -> float:
    """CPU seconds of the cases process from the moment N mentees submit at once until the last 201 (no polling
    meanwhile); then waits, polling gently, until every case has its offers, so the next burst starts quiet."""
    async with client(platform.url("cases"), len(people) + 4) as http:
        before = cpu_seconds(platform.pid("cases"))
        await asyncio.gather(*(submit(http, m) for m in people))
        used: float = cpu_seconds(platform.pid("cases")) - before
        deadline = time.time() + timeout
        for mentee in people:
            await poll_until_seen(http, mentee, "offers", None, deadline)
            await poll_until_seen(http, mentee, "suggestions", None, deadline)
        return used


async def warm_up(platform: Deployment, count: int, timeout: float) -> None:
    """A few cases one after another, so pools, connections and caches are as they are in steady operation."""
    rng = random.Random(0)
    async with client(platform.url("cases"), 4) as http:
        for mentee in mentees(count, f"warm-{uuid.uuid4().hex[:6]}", rng):
            await submit(http, mentee)
            deadline = time.time() + timeout
            if await poll_until_seen(http, mentee, "offers", None, deadline) is None:
                raise RuntimeError("warm-up: no offers")
            await poll_until_seen(http, mentee, "suggestions", None, deadline)


def percentile(values: list[float], q: float) -> float:
    """Nearest rank (p95 of 50 values: the 48th)."""
    ordered = sorted(values)
    return ordered[max(0, math.ceil(q * len(ordered)) - 1)]


@dataclass
class Figures:
    """One burst's figures (seconds, unless named otherwise)."""

    offers: list[float]  # submit started → offers visible, per mentee who saw them
    suggestions: list[float]
    produced_to_visible: list[float]  # SuggestionsReadyV1 `at` → suggestions visible
    published_to_visible: list[float]  # SuggestionsReadyV1 on the exchange → visible
    offers_produced: list[float]  # submit started → OffersProposedInternalV1 `at` (matching's handler ran)
    offers_produced_to_visible: list[float]
    post: list[float]  # POST /cases latency
    throughput: float  # cases/s: N / (last offers visible − gate)
    missing_offers: int
    missing_suggestions: int
    polls: int
    cpu_per_case: dict[str, float]  # ms per case, by process, over the whole burst


def figures(result: Burst) -> Figures:
    people = result.mentees
    offers = [m.offers_seen - m.submit_started for m in people if m.offers_seen is not None]
    suggestions = [m.suggestions_seen - m.submit_started for m in people if m.suggestions_seen is not None]
    produced, published, offers_at, offers_after = [], [], [], []
    for m in people:
        if m.suggestions_seen is not None and m.case_id in result.suggestions:
            at, arrived = result.suggestions[m.case_id]
            produced.append(m.suggestions_seen - at)
            published.append(m.suggestions_seen - arrived)
        if m.case_id in result.offers:
            at, _arrived = result.offers[m.case_id]
            offers_at.append(at - m.submit_started)
            if m.offers_seen is not None:
                offers_after.append(m.offers_seen - at)
    last = max((m.offers_seen for m in people if m.offers_seen is not None), default=result.finished)
    return Figures(
        offers=offers,
        suggestions=suggestions,
        produced_to_visible=produced,
        published_to_visible=published,
        offers_produced=offers_at,
        offers_produced_to_visible=offers_after,
        post=[m.submitted - m.submit_started for m in people],
        throughput=len(offers) / (last - result.started) if offers else 0.0,
        missing_offers=sum(m.offers_seen is None for m in people),
        missing_suggestions=sum(m.suggestions_seen is None for m in people),
        polls=sum(m.polls for m in people),
        cpu_per_case={name: used * 1000 / len(people) for name, used in result.cpu.items()},
    )
