"""The library service on the real PostgreSQL, RabbitMQ and noida-db; the cases service is played by events."""

import uuid
from collections.abc import AsyncIterator
from dataclasses import dataclass

import httpx
import pytest

from mentor_contracts.events import Event
from mentor_kit.auth.dev import DEV_PUBLIC_KEY, mint_token
from mentor_kit.messaging import RabbitBroker
from mentor_kit.service import Service
from mentor_kit.testing.events import publish_as
from mentor_kit.testing.rabbit import ExchangeTap, delete_consumer_queues
from mentor_library.bootstrap import create_service
from mentor_library.settings import LibrarySettings


def headers(user_id: str, *roles: str) -> dict[str, str]:
    return {"Authorization": f"Bearer {mint_token(user_id, list(roles))}"}


MENTOR = headers("mentor-ivanova", "mentor")
MODERATOR = headers("moderator-olga", "moderator")
MENTEE = headers("mentee-anna", "mentee")


@dataclass
class Library:
    client: httpx.AsyncClient
    broker: RabbitBroker
    suggestions: ExchangeTap
    service: Service

    async def publish(self, event: Event) -> None:
        """Play another service: put its event on the broker."""
        await publish_as(self.broker, event, source="/services/cases")


@pytest.fixture
async def library(postgres_url: str, rabbit_url: str, search_url: str) -> AsyncIterator[Library]:
    name = f"library{uuid.uuid4().hex[:6]}"
    settings = LibrarySettings(
        service_name=name,
        database_url=postgres_url,
        broker_url=rabbit_url,
        search_url=search_url,
        index_prefix=name,
        jwt_public_key_file=DEV_PUBLIC_KEY,
        retry_delays=(0.1,),
        indexer_poll_seconds=0.1,
    )
    service = create_service(settings)
    player = RabbitBroker(rabbit_url, name="cases-player")
    await player.start()
    async with (
        ExchangeTap(rabbit_url, "mentor.internal", "library.suggestions_ready.v1") as suggestions,
        service.app.router.lifespan_context(service.app),
    ):
        transport = httpx.ASGITransport(app=service.app)
        async with httpx.AsyncClient(transport=transport, base_url="http://library") as client:
            yield Library(client, player, suggestions, service)
    await player.close()
    if service.messaging.consumer is not None:
        await delete_consumer_queues(rabbit_url, service.messaging.consumer.topology)
