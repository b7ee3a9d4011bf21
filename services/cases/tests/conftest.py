"""The cases service on the real PostgreSQL and RabbitMQ, driven through HTTP; matching is played by publishing
its events on the broker."""

import uuid
from collections.abc import AsyncIterator
from dataclasses import dataclass

import httpx
import pytest

from mentor_cases.bootstrap import create_service
from mentor_cases.settings import CasesSettings
from mentor_contracts.events import Event
from mentor_kit.auth.dev import DEV_PUBLIC_KEY, mint_token
from mentor_kit.clock import Clock, now
from mentor_kit.messaging import RabbitBroker
from mentor_kit.service import Service
from mentor_kit.testing.events import publish_as
from mentor_kit.testing.rabbit import ExchangeTap, delete_consumer_queues

AUTHOR = {"id": "mentee-anna", "name": "Анна Смирнова", "email": "anna.smirnova@example.org"}


def headers(user_id: str, *roles: str, name: str = "", email: str = "") -> dict[str, str]:
    return {"Authorization": f"Bearer {mint_token(user_id, list(roles), name=name, email=email)}"}


MENTEE = headers(AUTHOR["id"], "mentee", name=AUTHOR["name"], email=AUTHOR["email"])
OTHER_MENTEE = headers("mentee-pavel", "mentee")
MODERATOR = headers("moderator-olga", "moderator")


def mentor(mentor_id: str) -> dict[str, str]:
    return headers(mentor_id, "mentor")


def case_form(**overrides: object) -> dict[str, object]:
    form: dict[str, object] = {
        "problem": "Мама ученицы Анна Петровна пишет мне ночью в мессенджер и требует ответа.",
        "actions_taken": "Просила писать днём.",
        "difficulty": "Боюсь жалобы директору.",
        "question": "Как установить границы общения?",
        "participants": ["parents", "form_6"],
        "rubrics": ["parent_interaction"],
        "privacy": "anonymous",
        "consent_group_discussion": True,
        "urgency": "need_advice",
        "consent_publish": True,
    }
    return {**form, **overrides}


@dataclass
class Platform:
    client: httpx.AsyncClient
    service: Service
    broker: RabbitBroker
    public: ExchangeTap

    async def publish(self, event: Event) -> None:
        """Play another service: put its event on the broker."""
        await publish_as(self.broker, event, source="/services/matching")


@pytest.fixture
def clock() -> Clock:
    """The service's clock (`create_service(clock=...)`): the real time unless a test module overrides this."""
    return now


@pytest.fixture
async def platform(postgres_url: str, rabbit_url: str, clock: Clock) -> AsyncIterator[Platform]:
    name = f"cases{uuid.uuid4().hex[:6]}"  # a queue of its own per test
    settings = CasesSettings(
        service_name=name,
        database_url=postgres_url,
        broker_url=rabbit_url,
        jwt_public_key_file=DEV_PUBLIC_KEY,
        retry_delays=(0.1,),
    )
    service = create_service(settings, clock=clock)
    player = RabbitBroker(rabbit_url, name="test-player")
    await player.start()
    async with ExchangeTap(rabbit_url, "mentor.events") as public:
        async with service.app.router.lifespan_context(service.app):
            transport = httpx.ASGITransport(app=service.app)
            async with httpx.AsyncClient(transport=transport, base_url="http://cases") as client:
                yield Platform(client, service, player, public)
    await player.close()
    if service.messaging.consumer is not None:
        await delete_consumer_queues(rabbit_url, service.messaging.consumer.topology)
