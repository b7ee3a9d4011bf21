"""The forum service on the real PostgreSQL and RabbitMQ, driven through HTTP; the cases service is played by
publishing its events on the broker."""

import json
import uuid
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from dataclasses import dataclass
from typing import Any

import httpx
import pytest
from mentor_forum.bootstrap import create_service
from mentor_forum.settings import ForumSettings

from mentor_contracts.events import Event
from mentor_kit.auth.dev import DEV_PUBLIC_KEY, mint_token
from mentor_kit.clock import Clock, now
from mentor_kit.messaging import RabbitBroker
from mentor_kit.service import Service
from mentor_kit.testing.events import publish_as
from mentor_kit.testing.rabbit import ExchangeTap, delete_consumer_queues


def headers(user_id: str, *roles: str, name: str = "") -> dict[str, str]:
    return {"Authorization": f"Bearer {mint_token(user_id, list(roles), name=name)}"}


ANNA = headers("mentee-anna", "mentee", name="Анна Смирнова")
PAVEL = headers("mentee-pavel", "mentee", name="Павел Орлов")
MENTOR = headers("mentor-ivanova", "mentor", name="Елена Иванова")
MODERATOR = headers("moderator-olga", "moderator", name="Ольга Кузнецова")


@dataclass
class Forum:
    client: httpx.AsyncClient
    service: Service
    broker: RabbitBroker
    public: ExchangeTap
    internal: ExchangeTap  # what the forum tells the notifications service

    def internal_events(self, name: str) -> list[dict]:
        """The `data` of the internal events `ru.mgpu.mentor.internal.forum.<name>.v1` seen so far."""
        wanted = f"ru.mgpu.mentor.internal.forum.{name}.v1"
        return [e["data"] for e in map(json.loads, self.internal.bodies) if e["type"] == wanted]

    async def publish(self, event: Event) -> None:
        """Play the cases service: put its event on the broker."""
        await publish_as(self.broker, event, source="/services/cases")

    async def open_topic(self, section: str = "class-and-parents", who: dict[str, str] = ANNA, **body: object) -> dict:
        form = {"title": "Родители пишут ночью", "body": "Что делать?", **body}
        response = await self.client.post(f"/sections/{section}/topics", json=form, headers=who)
        assert response.status_code == 201, response.text
        return response.json()

    async def reply(self, topic_id: str, body: str, who: dict[str, str] = MENTOR, **extra: object) -> dict:
        response = await self.client.post(f"/topics/{topic_id}/posts", json={"body": body, **extra}, headers=who)
        assert response.status_code == 201, response.text
        return response.json()


@asynccontextmanager
async def running_forum(
    postgres_url: str, rabbit_url: str, search_url: str, *, clock: Clock = now, **overrides: Any
) -> AsyncIterator[Forum]:
    """The forum with a queue and an index of its own, driven through HTTP; `clock` and settings `overrides` for
    tests that move time or poll faster."""
    name = f"forum{uuid.uuid4().hex[:6]}"  # a queue of its own per test
    settings = ForumSettings(
        service_name=name,
        database_url=postgres_url,
        broker_url=rabbit_url,
        jwt_public_key_file=DEV_PUBLIC_KEY,
        retry_delays=(0.1,),
        search_url=search_url,
        index_prefix=name,  # an index of its own per test
        indexer_poll_seconds=0.1,
        **overrides,
    )
    service = create_service(settings, clock=clock)
    player = RabbitBroker(rabbit_url, name="test-player")
    await player.start()
    public, internal = ExchangeTap(rabbit_url, "mentor.events"), ExchangeTap(rabbit_url, "mentor.internal")
    async with public, internal:
        async with service.app.router.lifespan_context(service.app):
            transport = httpx.ASGITransport(app=service.app)
            async with httpx.AsyncClient(transport=transport, base_url="http://forum") as client:
                yield Forum(client, service, player, public, internal)
    await player.close()
    if service.messaging.consumer is not None:
        await delete_consumer_queues(rabbit_url, service.messaging.consumer.topology)


@pytest.fixture
async def forum(postgres_url: str, rabbit_url: str, search_url: str) -> AsyncIterator[Forum]:
    async with running_forum(postgres_url, rabbit_url, search_url) as running:
        yield running
