"""E-mail: a refusing or absent SMTP server leads to retries and later delivery; a crash after handing a message
over never leads to a second copy; an administrator sees and re-sends what is in doubt."""

import asyncio
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from datetime import UTC, datetime
from email.message import EmailMessage as MimeMessage

import pytest
from sqlalchemy import select

from mentor_contracts.events import CaseAcceptedV1
from mentor_kit.search_server import free_port
from mentor_kit.testing import wait_for
from mentor_kit.testing.smtp import SmtpSink
from mentor_notifications.email.models import EmailMessage
from mentor_notifications.email.sender import EmailSender
from mentor_notifications.email.transport import SmtpTransport

from ..conftest import Notifications, headers, serve, settings_for, submitted

pytestmark = pytest.mark.integration


async def accepted(notifications: Notifications) -> None:
    case = submitted()
    await notifications.publish(case)
    await notifications.publish(
        CaseAcceptedV1(case_id=case.case_id, number=case.number, mentor_id="ivanova", round=1, at=datetime.now(UTC))
    )


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
    await asyncio.sleep(0.5)  # a few more sender rounds: nothing is sent again
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
        sender = next(w for w in notifications.service.workers if isinstance(w, EmailSender))
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
    def __init__(self, connection: object) -> None:
        self.connection = connection

    async def send(self, message: MimeMessage) -> None:
        await self.connection.send(message)  # type: ignore[attr-defined]
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
        sender = next(w for w in notifications.service.workers if isinstance(w, EmailSender))
        sender.transport = SmtpTransport(settings)  # "restarted": a healthy sender takes over
        await sender.start()  # the dying one's task ended with the crash
        await wait_for(lambda: _state(notifications, "in_doubt"), message="marked in doubt after the lease")
        await asyncio.sleep(0.5)
        assert len(smtp_sink.messages) == 1  # never re-sent on its own

        admin = headers("root", "admin")
        client = notifications.client
        listed = (await client.get("/emails", params={"state": "in_doubt"}, headers=admin)).json()
        assert len(listed) == 1 and "to_address" not in listed[0]
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
