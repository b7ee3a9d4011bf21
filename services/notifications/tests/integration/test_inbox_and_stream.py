"""The inbox over HTTP (pages, unread count, mark read) and the live SSE stream (push, heartbeat, resume)."""

import asyncio
import json
import time
import uuid
from datetime import UTC, datetime
from typing import Any

import httpx
import pytest

from mentor_contracts.events import CaseQuestionsAskedV1
from mentor_kit.clock import now
from mentor_kit.testing import wait_for
from mentor_kit.testing.smtp import SmtpSink

from ..conftest import Notifications, headers, serve, settings_for, submitted, token

pytestmark = pytest.mark.integration


def asked(case_id: uuid.UUID, count: int = 1) -> CaseQuestionsAskedV1:
    return CaseQuestionsAskedV1(case_id=case_id, mentor_id="ivanova", count=count, at=now())


async def test_inbox_pages_newest_first_counts_unread_and_marks_read(notifications: Notifications) -> None:
    await notifications.sign_in("anna")
    case = submitted()
    await notifications.publish(case)
    for count in range(1, 6):
        await notifications.publish(asked(case.case_id, count))
    await wait_for(lambda: _unread(notifications, "anna", 5), message="five notifications")

    first = await notifications.inbox("anna", limit=2)
    assert [n["body"].count("(") for n in first["items"]] == [1, 1]
    assert "(5)" in first["items"][0]["body"] and "(4)" in first["items"][1]["body"]  # newest first
    second = await notifications.inbox("anna", limit=2, before=first["next_before"])
    third = await notifications.inbox("anna", limit=2, before=second["next_before"])
    assert len(third["items"]) == 1 and third["next_before"] is None
    ids = [n["id"] for page in (first, second, third) for n in page["items"]]
    assert ids == sorted(ids, reverse=True) and len(set(ids)) == 5

    client = notifications.client
    response = await client.post(f"/notifications/{ids[0]}/read", headers=headers("anna"))
    assert response.status_code == 204
    assert (await client.get("/notifications/unread-count", headers=headers("anna"))).json() == {"unread": 4}
    assert [n["id"] for n in (await notifications.inbox("anna", unread=True))["items"]] == ids[1:]
    # Someone else's notification looks like a missing one, and changes nothing.
    response = await client.post(f"/notifications/{ids[1]}/read", headers=headers("ivanova"))
    assert response.status_code == 404 and response.headers["content-type"] == "application/problem+json"
    assert (await client.post("/notifications/read-all", headers=headers("anna"))).json() == {"marked": 4}
    assert (await notifications.inbox("anna"))["unread"] == 0
    bad = await client.get("/notifications", headers=headers("anna"), params={"limit": 0})
    assert bad.status_code == 422 and bad.json()["errors"][0]["field"].endswith("limit")
    assert (await client.get("/notifications")).status_code == 401
    # ids beyond the database's 64-bit integers: the field at fault, not a 500 from the driver
    huge = 2**64  # and 2**31: the ids are INTEGER
    beyond = await client.get("/notifications", headers=headers("anna"), params={"before": huge})
    assert beyond.status_code == 422 and beyond.json()["errors"][0]["field"] == "before"
    beyond = await client.post(f"/notifications/{huge}/read", headers=headers("anna"))
    assert beyond.status_code == 422 and beyond.json()["errors"][0]["field"] == "notification_id"
    largest = await client.post(f"/notifications/{2**31 - 1}/read", headers=headers("anna"))
    assert largest.status_code == 404  # the largest id is a valid question with no answer
    above = await client.post(f"/notifications/{2**31}/read", headers=headers("anna"))
    assert above.status_code == 422 and above.json()["errors"][0]["field"] == "notification_id"


async def _unread(notifications: Notifications, user_id: str, expected: int) -> bool:
    response = await notifications.client.get("/notifications/unread-count", headers=headers(user_id))
    return bool(response.json()["unread"] == expected)


class SseReader:
    """Reads `text/event-stream` frames from a live response."""

    def __init__(self, response: httpx.Response) -> None:
        self.lines = response.aiter_lines()

    async def frame(self, timeout: float = 5.0) -> dict[str, Any]:
        fields: dict[str, Any] = {"comments": []}
        async with asyncio.timeout(timeout):
            async for line in self.lines:
                if line == "":
                    if len(fields) > 1 or fields["comments"]:
                        return fields
                    continue
                if line.startswith(":"):
                    fields["comments"].append(line[1:].strip())
                else:
                    name, _, value = line.partition(":")
                    fields[name] = value.strip()
        raise AssertionError("stream ended")

    async def notification(self, timeout: float = 5.0) -> dict[str, Any]:
        while True:
            frame = await self.frame(timeout)
            if frame.get("event") == "notification":
                return frame


async def test_the_stream_pushes_a_notification_within_a_second_and_resumes_after_a_reconnect(
    notifications: Notifications,
) -> None:
    await notifications.sign_in("anna")
    case = submitted()
    await notifications.publish(case)
    stream = httpx.AsyncClient(base_url=notifications.base_url, timeout=10)
    # EventSource cannot send headers: the token may come as a query parameter.
    async with stream.stream("GET", "/stream", params={"access_token": token("anna")}) as response:
        assert response.status_code == 200
        assert response.headers["content-type"].startswith("text/event-stream")
        reader = SseReader(response)
        assert "retry" in await reader.frame()
        started = time.monotonic()
        await notifications.publish(asked(case.case_id, 1))
        frame = await reader.notification()
        latency = time.monotonic() - started
        data = json.loads(frame["data"])
        assert data["kind"] == "questions_asked" and int(frame["id"]) == data["id"]
        assert latency < 1.0, f"pushed after {latency:.3f} s"
        heartbeat = await reader.frame(timeout=2.0)  # nothing new: a comment keeps the connection alive
        assert heartbeat["comments"] == ["heartbeat"]
        last_seen = frame["id"]

    # While the client is away two more arrive; reconnecting with Last-Event-ID delivers exactly those.
    await notifications.publish(asked(case.case_id, 2))
    await notifications.publish(asked(case.case_id, 3))
    await wait_for(lambda: _unread(notifications, "anna", 3), message="three notifications")
    resume = {**headers("anna"), "Last-Event-ID": last_seen}
    async with stream.stream("GET", "/stream", headers=resume) as response:
        reader = SseReader(response)
        missed = [json.loads((await reader.notification())["data"]) for _ in range(2)]
    assert ["(2)" in missed[0]["body"], "(3)" in missed[1]["body"]] == [True, True]
    await stream.aclose()
    unauthorised = await notifications.client.get("/stream", params={"access_token": "not-a-token"})
    assert unauthorised.status_code == 401


async def test_a_stream_on_another_replica_gets_the_notification_too(
    notifications: Notifications, postgres_url: str, rabbit_url: str
) -> None:
    """Replica B holds the stream; replica A consumes the event and writes the notification: B's watcher notices."""
    await notifications.sign_in("anna")
    case = submitted()
    await notifications.publish(case)
    quiet = {
        "broker_url": "memory://",
        "sse_poll_seconds": 0.2,
        "sse_heartbeat_seconds": 30.0,
    }  # only the watcher wakes it
    settings = notifications.settings.model_copy(update=quiet)
    async with serve(settings, notifications.sink, rabbit_url) as replica_b:
        stream = httpx.AsyncClient(base_url=replica_b.base_url, timeout=10)
        async with stream.stream("GET", "/stream", headers=headers("anna")) as response:
            reader = SseReader(response)
            await reader.frame()  # retry:
            await notifications.publish(asked(case.case_id, 7))
            data = json.loads((await reader.notification(timeout=3.0))["data"])
        await stream.aclose()
    assert data["kind"] == "questions_asked" and "(7)" in data["body"]


async def test_notifications_and_their_emails_are_stamped_by_the_service_clock(
    postgres_url: str, rabbit_url: str, smtp_sink: SmtpSink
) -> None:
    """Handlers and workers take the time from the service's clock (`create_service(clock=...)`), not their own."""
    stamped = datetime(2026, 3, 2, 9, 30, tzinfo=UTC)
    settings = settings_for(postgres_url, rabbit_url, smtp_sink)
    async with serve(settings, smtp_sink, rabbit_url, clock=lambda: stamped) as notifications:
        await notifications.sign_in("anna")
        case = submitted()
        await notifications.publish(case)
        await notifications.publish(asked(case.case_id))
        await notifications.wait_kinds("anna", "questions_asked")
        [shown] = (await notifications.inbox("anna"))["items"]
        assert datetime.fromisoformat(shown["created_at"]) == stamped
        admin = headers("root", "admin")

        async def sent() -> list[dict[str, Any]]:
            response = await notifications.client.get("/emails", params={"state": "sent"}, headers=admin)
            items: list[dict[str, Any]] = response.json()["items"]
            return items

        [mailed] = await wait_for(sent, message="the e-mail recorded as sent")
        assert datetime.fromisoformat(mailed["created_at"]) == stamped
        assert datetime.fromisoformat(mailed["sent_at"]) == stamped
