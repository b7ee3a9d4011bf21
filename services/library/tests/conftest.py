"""The library service on the real PostgreSQL, RabbitMQ and noida-db; the cases service is played by events."""

import json
import uuid
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from dataclasses import dataclass
from typing import Any

import httpx
import pytest

from mentor_contracts.events import CasePublishedV1, Event
from mentor_kit.auth.dev import DEV_PUBLIC_KEY, mint_token
from mentor_kit.clock import now
from mentor_kit.messaging import RabbitBroker
from mentor_kit.service import Service
from mentor_kit.testing.events import publish_as
from mentor_kit.testing.rabbit import ExchangeTap, delete_consumer_queues
from mentor_library.bootstrap import create_service
from mentor_library.context import LibraryContext
from mentor_library.search.index import SearchIndex
from mentor_library.settings import LibrarySettings


def headers(user_id: str, *roles: str) -> dict[str, str]:
    return {"Authorization": f"Bearer {mint_token(user_id, list(roles))}"}


MENTOR = headers("mentor-ivanova", "mentor")
MODERATOR = headers("moderator-olga", "moderator")
MENTEE = headers("mentee-anna", "mentee")

ARTICLE = {
    "kind": "article",
    "title": "Мотивация подростков к проектной работе",
    "body": "Как вовлечь девятиклассников в проект и удержать интерес.",
    "authors": ["И. Фёдоров"],
    "year": 2024,
    "rubrics": ["class_management"],
    "language": "ru",
}


def published_case(case_id: uuid.UUID) -> CasePublishedV1:
    return CasePublishedV1(
        case_id=case_id,
        number="MCU-2026-000101",
        rubrics=["parent_interaction"],
        participants=["parents"],
        problem="Мама ученика Пети Иванова пишет мне ночью в мессенджер и требует ответа.",
        question="Как договориться с родителями о времени переписки?",
        clarifications=["Сколько это длится? — Второй месяц."],
        solutions=["Договоритесь о часах ответа и каналах связи письменно."],
        at=now(),
    )


@dataclass
class Library:
    client: httpx.AsyncClient
    broker: RabbitBroker
    suggestions: ExchangeTap
    public_events: ExchangeTap  # library.* on mentor.events
    service: Service

    @property
    def context(self) -> LibraryContext:
        context = self.service.context
        assert isinstance(context, LibraryContext)
        return context

    @property
    def index(self) -> SearchIndex:
        return self.context.index

    def told(self, name: str, item_id: str | None = None) -> list[dict[str, Any]]:
        """The `data` of each `library.<name>.v1` the library has published so far (about `item_id`, if given)."""
        envelopes = [json.loads(body) for body in self.public_events.bodies]
        return [
            e["data"]
            for e in envelopes
            if e["type"] == f"ru.mgpu.mentor.library.{name}.v1" and item_id in (None, e["data"]["item_id"])
        ]

    async def publish(self, event: Event) -> None:
        """Play another service: put its event on the broker."""
        await publish_as(self.broker, event, source="/services/cases")


@asynccontextmanager
async def running_library(rabbit_url: str, **overrides: Any) -> AsyncIterator[Library]:
    """The library with its HTTP client, a player of the cases service and taps on what it publishes."""
    name = f"library{uuid.uuid4().hex[:6]}"
    settings = LibrarySettings(
        **{
            "service_name": name,
            "broker_url": rabbit_url,
            "index_prefix": name,
            "jwt_public_key_file": DEV_PUBLIC_KEY,
            "retry_delays": (0.1,),
            "indexer_poll_seconds": 0.1,
            **overrides,
        }
    )
    service = create_service(settings)
    player = RabbitBroker(rabbit_url, name="cases-player")
    await player.start()
    async with (
        ExchangeTap(rabbit_url, "mentor.internal", "library.suggestions_ready.v1") as suggestions,
        ExchangeTap(rabbit_url, "mentor.events", "library.#") as public_events,
        service.app.router.lifespan_context(service.app),
    ):
        transport = httpx.ASGITransport(app=service.app)
        async with httpx.AsyncClient(transport=transport, base_url="http://library") as client:
            yield Library(client, player, suggestions, public_events, service)
    await player.close()
    if service.messaging.consumer is not None:
        await delete_consumer_queues(rabbit_url, service.messaging.consumer.topology)


@pytest.fixture
async def library(postgres_url: str, rabbit_url: str, search_url: str) -> AsyncIterator[Library]:
    async with running_library(rabbit_url, database_url=postgres_url, search_url=search_url) as library:
        yield library
