"""E-mail: a refusing or absent SMTP server leads to retries and later delivery; a crash after handing a message
over never leads to a second copy; an administrator sees and re-sends what is in doubt."""

import asyncio
import uuid
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from datetime import datetime, timedelta
from email.message import EmailMessage as MimeMessage

import pytest
from sqlalchemy import select

from mentor_contracts.events import CaseAcceptedV1
from mentor_kit.clock import now
from mentor_kit.search_server import free_port
from mentor_kit.testing import wait_for
from mentor_kit.testing.smtp import SmtpSink
from mentor_notifications.email.models import EmailMessage
from mentor_notifications.email.sender import EmailSender
from mentor_notifications.email.transport import MailConnection, SmtpTransport

from ..conftest import Notifications, headers, serve, settings_for, submitted

pytestmark = pytest.mark.integration


async def accepted(notifications: Notifications) -> None:
    case = submitted()
    await notifications.publish(case)
    await notifications.publish(
        CaseAcceptedV1(case_id=case.case_id, number=case.number, mentor_id="ivanova", round=1, at=now())
    )


def sender_of(notifications: Notifications) -> EmailSender:
    return next(w for w in notifications.service.workers if isinstance(w, EmailSender))


class SenderRounds:
    """Counts the sender's finished rounds, so a test waits for a few of them instead of sleeping."""

    def __init__(self, sender: EmailSender) -> None:
        self.count = 0
        tick = sender.tick

        async def counted() -> int:
            try:
                return await tick()
            finally:
                self.count += 1

        sender.tick = counted  # type: ignore[method-assign]

    async def wait(self, more: int) -> None:
        target = self.count + more
        await wait_for(lambda: self.count >= target, message=f"{more} sender rounds")


async def rows(notifications: Notifications) -> list[EmailMessage]:
    async with notifications.service.db.transaction() as session:
        return list((await session.execute(select(EmailMessage))).scalars())


async def test_a_refusing_server_is_retried_until_it_accepts(notifications: Notifications) -> None:
    await notifications.sign_in("anna")
    notifications.sink.refuse = "451 4.3.0 mailbox busy, try later"
    await accepted(notifications)
    await wait_for(lambda: notifications.sink.attempts >= 2, message="two refused attempts")
    assert notifications.sink.messages == []
    [row] = await rows(notifications)
    assert row.state in ("pending", "sending") and row.last_error == "SMTP 451"
    notifications.sink.refuse = None
    await wait_for(lambda: notifications.sink.to("anna@school.example"), message="delivered at last")
    await SenderRounds(sender_of(notifications)).wait(3)  # a few more sender rounds: nothing is sent again
    assert len(notifications.sink.messages) == 1
    [row] = await rows(notifications)
    assert row.state == "sent" and row.attempts >= 3 and row.sent_at is not None


async def test_a_server_that_is_down_delays_mail_and_loses_none(
    postgres_url: str, rabbit_url: str, smtp_sink: SmtpSink
) -> None:
    down = f"smtp://127.0.0.1:{free_port()}"  # nobody listens there
    settings = settings_for(postgres_url, rabbit_url, smtp_sink, smtp_url=down, email_retry_delays=(0.2,) * 20)
    async with serve(settings, smtp_sink, rabbit_url) as notifications:
        await notifications.sign_in("anna")
        await accepted(notifications)
        await wait_for(lambda: _attempted(notifications, 2), message="attempts while the relay is down")
        # A relay answers again (the sink, as if the outage ended).
        sender = sender_of(notifications)
        sender.transport = SmtpTransport(settings.model_copy(update={"smtp_url": smtp_sink.url}))
        await wait_for(lambda: smtp_sink.to("anna@school.example"), message="delivered after the outage")
        await wait_for(lambda: _state(notifications, "sent"), message="recorded as sent")
        [row] = await rows(notifications)
        assert row.state == "sent" and row.attempts >= 3 and row.last_error == "SMTPConnectError"


async def _attempted(notifications: Notifications, times: int) -> bool:
    found = await rows(notifications)
    return bool(found) and found[0].attempts >= times


class HandsOverThenDies:
    """The process dies right after the relay accepted the message, before `sent` is recorded."""

    def __init__(self, real: SmtpTransport) -> None:
        self.real = real

    @asynccontextmanager
    async def connect(self) -> AsyncIterator["_Dying"]:
        async with self.real.connect() as connection:
            yield _Dying(connection)


class _Dying:
    def __init__(self, connection: MailConnection) -> None:
        self.connection = connection

    async def send(self, message: MimeMessage) -> None:
        await self.connection.send(message)
        raise asyncio.CancelledError  # as if killed here


async def test_a_crash_after_handing_over_never_sends_twice_and_an_admin_can_resend(
    postgres_url: str, rabbit_url: str, smtp_sink: SmtpSink
) -> None:
    settings = settings_for(postgres_url, rabbit_url, smtp_sink, email_lease_seconds=0.5)
    dying = HandsOverThenDies(SmtpTransport(settings))
    async with serve(settings, smtp_sink, rabbit_url, transport=dying) as notifications:
        await notifications.sign_in("anna")
        await accepted(notifications)
        await wait_for(lambda: smtp_sink.to("anna@school.example"), message="handed over")
        sender = sender_of(notifications)
        sender.transport = SmtpTransport(settings)  # "restarted": a healthy sender takes over
        rounds = SenderRounds(sender)
        await sender.start()  # the dying one's task ended with the crash
        await wait_for(lambda: _state(notifications, "in_doubt"), message="marked in doubt after the lease")
        await rounds.wait(3)  # rounds that would send a pending row
        assert len(smtp_sink.messages) == 1  # never re-sent on its own

        admin = headers("root", "admin")
        client = notifications.client
        page = (await client.get("/emails", params={"state": "in_doubt"}, headers=admin)).json()
        listed = page["items"]
        assert page["total"] == 1 and len(listed) == 1 and "to_address" not in listed[0]
        assert (await client.get("/emails", headers=headers("anna"))).status_code == 403
        resent = await client.post(f"/emails/{listed[0]['id']}/resend", headers=admin)
        assert resent.status_code == 200 and resent.json()["state"] == "pending"
        await wait_for(lambda: len(smtp_sink.messages) == 2, message="re-sent by the administrator")
        first, second = smtp_sink.messages
        assert first["Message-ID"] == second["Message-ID"]  # clients fold the copy
        again = await client.post(f"/emails/{listed[0]['id']}/resend", headers=admin)
        assert again.status_code == 409
        stats = (await client.get("/emails/stats", headers=admin)).json()
        assert stats == {"by_state": {"sent": 1}}


async def _state(notifications: Notifications, state: str) -> bool:
    found = await rows(notifications)
    return bool(found) and found[0].state == state


async def test_the_administrators_list_is_paged_in_sql_newest_first(notifications: Notifications) -> None:
    """`GET /emails` is a page (`items`, `total`, `limit`, `offset`); rows created at the same instant keep one
    order across pages (the id breaks the tie), so paging through shows each exactly once."""
    at = now()
    failed = [_failed_row(at, n) for n in range(5)]
    async with notifications.service.db.transaction() as session:
        session.add_all([*failed, _failed_row(at - timedelta(hours=1), 9, state="sent")])
    admin = headers("root", "admin")
    seen: list[str] = []
    for offset in (0, 2, 4):
        response = await notifications.client.get(
            "/emails", params={"state": "failed", "limit": 2, "offset": offset}, headers=admin
        )
        assert response.status_code == 200, response.text
        page = response.json()
        assert (page["total"], page["limit"], page["offset"]) == (5, 2, offset)
        seen.extend(item["id"] for item in page["items"])
    assert seen == sorted((str(row.id) for row in failed), reverse=True)  # same instant: by id, each once
    too_many = await notifications.client.get("/emails", params={"limit": 201}, headers=admin)
    assert too_many.status_code == 422


def _failed_row(at: datetime, n: int, state: str = "failed") -> EmailMessage:
    return EmailMessage(
        id=uuid.uuid4(),
        dedup_key=f"test:{n}",
        user_id="anna",
        to_address="anna@school.example",
        subject="s",
        text="t",
        html="h",
        state=state,
        attempts=1,
        next_attempt_at=at,
        created_at=at,
    )
