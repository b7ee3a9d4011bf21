"""The matching service on the real PostgreSQL and RabbitMQ; the cases service is played through its events."""

import uuid
from collections.abc import AsyncIterator
from dataclasses import dataclass
from datetime import datetime, timedelta

import httpx
import pytest

from mentor_contracts.events import Event
from mentor_kit.auth.dev import DEV_PUBLIC_KEY, mint_token
from mentor_kit.clock import now
from mentor_kit.messaging import RabbitBroker
from mentor_kit.service import Service
from mentor_kit.testing.events import publish_as
from mentor_kit.testing.rabbit import ExchangeTap, delete_consumer_queues
from mentor_matching.bootstrap import create_service
from mentor_matching.settings import MatchingSettings


def headers(user_id: str, *roles: str) -> dict[str, str]:
    return {"Authorization": f"Bearer {mint_token(user_id, list(roles))}"}


class ShiftableClock:
    """The real time, moved by an offset a test sets: handlers and the deadline worker read it (`ctx.clock()`)."""

    def __init__(self) -> None:
        self.offset = timedelta()

    def __call__(self) -> datetime:
        return now() + self.offset

    def travel_to(self, moment: datetime) -> None:
        self.offset = moment - now()

    def advance(self, by: timedelta) -> None:
        self.offset += by


@dataclass
class Matching:
    client: httpx.AsyncClient
    broker: RabbitBroker
    internal: ExchangeTap
    public: ExchangeTap
    service: Service
    clock: ShiftableClock

    async def publish(self, event: Event) -> None:
        """Play another service: put its event on the broker."""
        await publish_as(self.broker, event, source="/services/cases")

    async def add_mentor(self, mentor_id: str, rubrics: list[str], **settings: object) -> None:
        body = {"name": f"Наставник {mentor_id}", "rubrics": rubrics, **settings}
        response = await self.client.put("/mentors/me", headers=headers(mentor_id, "mentor"), json=body)
        assert response.status_code == 200, response.text


@pytest.fixture
async def matching(postgres_url: str, rabbit_url: str) -> AsyncIterator[Matching]:
    name = f"matching{uuid.uuid4().hex[:6]}"
    settings = MatchingSettings(
        service_name=name,
        database_url=postgres_url,
        broker_url=rabbit_url,
        jwt_public_key_file=DEV_PUBLIC_KEY,
        retry_delays=(0.1,),
        deadline_poll_seconds=0.1,
        deadline_seconds={"urgent": 1.0, "need_advice": 3600, "expert_opinion": 3600},
    )
    clock = ShiftableClock()
    service = create_service(settings, clock=clock)
    player = RabbitBroker(rabbit_url, name="cases-player")
    await player.start()
    async with (
        ExchangeTap(rabbit_url, "mentor.internal", "matching.offers_proposed.v1") as internal,
        ExchangeTap(rabbit_url, "mentor.events", "matching.#") as public,
        service.app.router.lifespan_context(service.app),
    ):
        transport = httpx.ASGITransport(app=service.app)
        async with httpx.AsyncClient(transport=transport, base_url="http://matching") as client:
            yield Matching(client, player, internal, public, service, clock)
    await player.close()
    if service.messaging.consumer is not None:
        await delete_consumer_queues(rabbit_url, service.messaging.consumer.topology)
