"""The notifications service on the real PostgreSQL and RabbitMQ, served over HTTP by uvicorn (the SSE stream
needs a real server), sending e-mail to a local SMTP sink; other services are played through their events."""

import uuid
from collections.abc import AsyncIterator, Iterator
from contextlib import asynccontextmanager
from dataclasses import dataclass
from typing import Any

import httpx
import pytest

from mentor_contracts.events import CaseSubmittedInternalV1, Event
from mentor_kit.auth.dev import DEV_PUBLIC_KEY, mint_token
from mentor_kit.clock import now
from mentor_kit.messaging import RabbitBroker
from mentor_kit.service import Service
from mentor_kit.testing import wait_for
from mentor_kit.testing.events import publish_as
from mentor_kit.testing.http import served
from mentor_kit.testing.rabbit import delete_consumer_queues
from mentor_kit.testing.smtp import SmtpSink
from mentor_notifications.bootstrap import create_service
from mentor_notifications.settings import NotificationsSettings

PEOPLE: dict[str, tuple[str, str, str]] = {  # id: (role, e-mail, locale)
    "anna": ("mentee", "anna@school.example", "ru"),
    "ivanova": ("mentor", "ivanova@mgpu.example", "ru"),
    "smith": ("mentor", "smith@mgpu.example", "en"),
    "olga": ("moderator", "olga@mgpu.example", "ru"),
}


def token(user_id: str, role: str | None = None, **claims: Any) -> str:
    default_role, email, locale = PEOPLE.get(user_id, ("mentee", "", "ru"))
    return mint_token(
        user_id, [role or default_role], email=claims.get("email", email), locale=claims.get("locale", locale)
    )


def headers(user_id: str, role: str | None = None, **claims: Any) -> dict[str, str]:
    return {"Authorization": f"Bearer {token(user_id, role, **claims)}"}


def submitted(author: str = "anna", privacy: str = "anonymous", **content: Any) -> CaseSubmittedInternalV1:
    return CaseSubmittedInternalV1(
        case_id=uuid.uuid4(),
        number=f"MCU-2026-{uuid.uuid4().int % 1_000_000:06d}",
        revision=1,
        rubrics=["parent_interaction"],
        participants=["parents"],
        urgency="need_advice",
        privacy=privacy,
        at=now(),
        author_id=author,
        problem=content.get("problem", "Родители спорят с классным руководителем о домашних заданиях."),
        question=content.get("question", "Как выстроить разговор с родителями?"),
        consent_group_discussion=False,
        consent_publish=False,
    )


@dataclass
class Notifications:
    client: httpx.AsyncClient
    base_url: str
    broker: RabbitBroker
    sink: SmtpSink
    service: Service
    settings: NotificationsSettings

    async def publish(self, event: Event, *, event_id: uuid.UUID | None = None) -> str:
        return await publish_as(self.broker, event, source="/services/cases", event_id=event_id)

    async def sign_in(self, *user_ids: str) -> None:
        """Each person uses the service once, so it knows their e-mail, language and role."""
        for user_id in user_ids:
            response = await self.client.get("/me", headers=headers(user_id))
            assert response.status_code == 200, response.text

    async def inbox(self, user_id: str, **params: Any) -> dict[str, Any]:
        response = await self.client.get("/notifications", headers=headers(user_id), params=params)
        assert response.status_code == 200, response.text
        result: dict[str, Any] = response.json()
        return result

    async def kinds(self, user_id: str) -> list[str]:
        return [n["kind"] for n in (await self.inbox(user_id, limit=100))["items"]]

    async def wait_kinds(self, user_id: str, *expected: str) -> list[str]:
        holder: list[str] = []

        async def arrived() -> bool:
            holder[:] = await self.kinds(user_id)
            return all(kind in holder for kind in expected)

        await wait_for(arrived, message=f"{expected} for {user_id}")
        return holder


@pytest.fixture
def smtp_sink() -> Iterator[SmtpSink]:
    with SmtpSink() as sink:
        yield sink


def settings_for(postgres_url: str, rabbit_url: str, sink: SmtpSink, **overrides: Any) -> NotificationsSettings:
    values: dict[str, Any] = {
        "service_name": f"notifications{uuid.uuid4().hex[:6]}",
        "database_url": postgres_url,
        "broker_url": rabbit_url,
        "jwt_public_key_file": DEV_PUBLIC_KEY,
        "retry_delays": (0.2, 0.5, 1.0),
        "smtp_url": sink.url,
        "smtp_timeout_seconds": 5.0,
        "email_poll_seconds": 0.1,
        "email_retry_delays": (0.2, 0.2, 0.2),
        "sse_heartbeat_seconds": 0.5,
        "public_base_url": "https://mentor.example",
    }
    return NotificationsSettings(**{**values, **overrides})


@pytest.fixture
async def notifications(postgres_url: str, rabbit_url: str, smtp_sink: SmtpSink) -> AsyncIterator[Notifications]:
    settings = settings_for(postgres_url, rabbit_url, smtp_sink)
    async with serve(settings, smtp_sink, rabbit_url) as running:
        yield running


@asynccontextmanager
async def serve(
    settings: NotificationsSettings, sink: SmtpSink, rabbit_url: str, **build: Any
) -> AsyncIterator[Notifications]:
    """Run the service under uvicorn on a free port, with a player broker for other services' events."""
    service = create_service(settings, **build)
    player = RabbitBroker(rabbit_url, name="cases-player")
    async with served(service.app) as base_url, httpx.AsyncClient(base_url=base_url, timeout=10) as client:
        await player.start()
        try:
            yield Notifications(client, base_url, player, sink, service, settings)
        finally:
            await player.close()
    if service.messaging.consumer is not None:
        await delete_consumer_queues(rabbit_url, service.messaging.consumer.topology)
