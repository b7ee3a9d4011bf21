"""Benchmark: the notifications service on the local PostgreSQL and RabbitMQ, e-mail to a local SMTP sink.

1. Throughput: N `case.accepted` events for N cases of N signed-in authors (after their `case.submitted`) →
   time until N notifications exist, and until N e-mails reached the SMTP sink.
2. Live latency: one author's SSE stream open; events published one at a time; time from publish to the frame
   arriving over HTTP (uvicorn), p50/p95.
Nothing is asserted. Usage: python bench/notifications_delivery.py [N]
"""

import asyncio
import statistics
import sys
import time
import uuid
from collections.abc import Awaitable, Callable

import httpx
from sqlalchemy import func, select

from mentor_contracts.events import CaseAcceptedV1, CaseQuestionsAskedV1, CaseSubmittedInternalV1
from mentor_kit.auth.dev import DEV_PUBLIC_KEY, mint_token
from mentor_kit.clock import now
from mentor_kit.logging import configure_logging
from mentor_kit.messaging import RabbitBroker
from mentor_kit.service import Service
from mentor_kit.testing import wait_for
from mentor_kit.testing.events import publish_as
from mentor_kit.testing.http import served
from mentor_kit.testing.plugin import RABBIT_HOST, temporary_database
from mentor_kit.testing.rabbit import temporary_vhost
from mentor_kit.testing.smtp import SmtpSink
from mentor_notifications.bootstrap import create_service
from mentor_notifications.inbox.models import Notification
from mentor_notifications.settings import NotificationsSettings

LATENCY_SAMPLES = 50


def case_of(author: str) -> CaseSubmittedInternalV1:
    return CaseSubmittedInternalV1(
        case_id=uuid.uuid4(),
        number=f"MCU-2026-{uuid.uuid4().int % 1_000_000:06d}",
        revision=1,
        rubrics=["parent_interaction"],
        participants=[],
        urgency="need_advice",
        privacy="anonymous",
        at=now(),
        author_id=author,
        problem="Текст кейса.",
        question="Вопрос?",
        consent_group_discussion=False,
        consent_publish=False,
    )


async def _at_least(count: Callable[[], Awaitable[int]], n: int) -> bool:
    return await count() >= n


def pct(values: list[float], q: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(q * len(ordered)))] * 1000


async def run(n: int, database_url: str, amqp: str, sink: SmtpSink) -> None:
    settings = NotificationsSettings(
        database_url=database_url,
        broker_url=amqp,
        jwt_public_key_file=DEV_PUBLIC_KEY,
        smtp_url=sink.url,
        email_poll_seconds=0.5,
        log_level="WARNING",
    )
    service = create_service(settings)
    async with served(service.app) as base:
        await measure(n, service, base, amqp, sink)


async def measure(n: int, service: Service, base: str, amqp: str, sink: SmtpSink) -> None:
    player = RabbitBroker(amqp, name="bench-player")
    await player.start()
    async with httpx.AsyncClient(base_url=base, timeout=30) as http:
        authors = [f"author-{i}" for i in range(n)]
        for author in authors:
            token = mint_token(author, ["mentee"], email=f"{author}@bench.example")
            await http.get("/me", headers={"Authorization": f"Bearer {token}"})
        cases = [case_of(author) for author in authors]
        await asyncio.gather(*(publish_as(player, case) for case in cases))

        async def notifications() -> int:
            async with service.db.transaction() as session:
                return int((await session.execute(select(func.count()).select_from(Notification))).scalar_one())

        started = time.perf_counter()
        await asyncio.gather(
            *(
                publish_as(player, CaseAcceptedV1(case_id=c.case_id, number=c.number, mentor_id="m", round=1, at=now()))
                for c in cases
            )
        )
        published = time.perf_counter() - started
        await wait_for(lambda: _at_least(notifications, n), timeout=600, interval=0.02, message="notifications")
        in_inbox = time.perf_counter() - started
        await wait_for(lambda: len(sink.messages) >= n, timeout=600, interval=0.02, message="e-mails")
        mailed = time.perf_counter() - started
        print(f"{n} events published in {published:.2f} s")
        print(f"  notifications: {n / in_inbox:,.0f}/s (all {n} in {in_inbox:.2f} s)")
        print(f"  e-mails at the SMTP sink: {n / mailed:,.0f}/s (all {n} in {mailed:.2f} s)")

        author, case = authors[0], cases[0]
        token = mint_token(author, ["mentee"])
        latencies: list[float] = []
        async with http.stream("GET", "/stream", params={"access_token": token}) as response:
            lines = response.aiter_lines()
            for count in range(LATENCY_SAMPLES):
                sent = time.perf_counter()
                asked = CaseQuestionsAskedV1(case_id=case.case_id, mentor_id="m", count=count + 1, at=now())
                await publish_as(player, asked)
                async for line in lines:
                    if line.startswith("event: notification"):
                        latencies.append(time.perf_counter() - sent)
                        break
        print(
            f"SSE: event published → frame received, {LATENCY_SAMPLES} samples: "
            f"p50 {pct(latencies, 0.5):.1f} ms, p95 {pct(latencies, 0.95):.1f} ms, "
            f"mean {statistics.mean(latencies) * 1000:.1f} ms"
        )
    await player.close()


def main() -> None:
    n = int(sys.argv[1]) if len(sys.argv) > 1 else 500
    configure_logging("WARNING", json=True)
    with (
        temporary_database("bench_notifications") as database_url,
        temporary_vhost(RABBIT_HOST, prefix="bench") as amqp,
        SmtpSink() as sink,
    ):
        asyncio.run(run(n, database_url, amqp, sink))


if __name__ == "__main__":
    main()
