"""Send the e-mail outbox: exactly once per row, retried when the server refuses or cannot be reached.

Each row is marked `sending` in a committed transaction before the SMTP call and `sent` right after it. What
can go wrong, and what happens:
- the relay cannot be reached, or answers 4xx → the row goes back to `pending` with the next delay (bounded);
- the relay answers 5xx, or refuses the recipient → `failed` (a permanent answer; an administrator may re-send);
- the connection drops or times out after the message was handed over, or the process dies before `sent` is
  recorded → the relay may have accepted it, so the row becomes `in_doubt` and is not re-sent on its own.
"""

import time
from datetime import timedelta

import aiosmtplib

from mentor_kit.logging import get_logger
from mentor_kit.worker import PollingWorker
from mentor_notifications.context import NotificationsContext
from mentor_notifications.email import repository
from mentor_notifications.email.compose import preferences_url
from mentor_notifications.email.models import EmailMessage
from mentor_notifications.email.transport import MailConnection, MailTransport, mime

log = get_logger("mentor_notifications.email")


class EmailSender(PollingWorker):
    name = "email-sender"

    def __init__(self, ctx: NotificationsContext, transport: MailTransport) -> None:
        settings = ctx.settings
        super().__init__(settings.email_poll_seconds, wakeup=ctx.hub.email_wakeup)  # a commit that queued mail
        self.db, self.settings, self.clock, self.transport = ctx.db, settings, ctx.clock, transport
        self.preferences_url = preferences_url(settings)
        # Rows left `sending` can only go stale after a lease: looking for them once per lease (at most a minute)
        # is enough, not on every wake-up.
        self.recovery_every = min(settings.email_lease_seconds, 60.0)
        self._next_recovery = 0.0

    async def tick(self) -> int:
        if time.monotonic() >= self._next_recovery:
            await self._mark_abandoned_in_doubt()
            self._next_recovery = time.monotonic() + self.recovery_every
        claimed = await self._claim()
        if not claimed:
            return 0
        try:
            async with self.transport.connect() as connection:
                for row in claimed:
                    await self._send_one(connection, row)
        except (aiosmtplib.SMTPConnectError, aiosmtplib.SMTPResponseException, OSError) as exc:
            # Could not open a session (or it failed in the greeting/login): nothing was handed over.
            unsent = [row for row in claimed if row.state == "sending"]
            for row in unsent:
                await self._retry_later(row, type(exc).__name__)
            log.warning("email.relay_unavailable", messages=len(unsent), error=type(exc).__name__)
        return len(claimed)

    async def _claim(self) -> list[EmailMessage]:
        """Record the attempt before making it (committed), so a crash cannot lead to a silent second send."""
        at = self.clock()
        lease_until = at + timedelta(seconds=self.settings.email_lease_seconds)
        async with self.db.transaction() as session:
            return await repository.claim_due(
                session, at=at, limit=self.settings.email_batch_size, lease_until=lease_until
            )

    async def _send_one(self, connection: MailConnection, row: EmailMessage) -> None:
        message = mime(row, self.settings.mail_from, self.preferences_url)
        try:
            await connection.send(message)
        except aiosmtplib.SMTPRecipientsRefused:
            await self._finish(row, "failed", "SMTPRecipientsRefused")
        except aiosmtplib.SMTPResponseException as exc:
            if exc.code >= 500:
                await self._finish(row, "failed", f"SMTP {exc.code}")
            else:
                await self._retry_later(row, f"SMTP {exc.code}")
        except (aiosmtplib.SMTPServerDisconnected, aiosmtplib.SMTPTimeoutError) as exc:
            await self._finish(row, "in_doubt", type(exc).__name__)
            raise  # the session is gone: the rest of the batch goes back to pending
        else:
            await self._finish(row, "sent", None)

    async def _finish(self, row: EmailMessage, state: str, error: str | None) -> None:
        sent_at = self.clock() if state == "sent" else None
        async with self.db.transaction() as session:
            await repository.finish(session, row.id, state=state, error=error, sent_at=sent_at)
        row.state = state
        log.info("email.finished", email_id=str(row.id), state=state, attempt=row.attempts, error=error)

    async def _retry_later(self, row: EmailMessage, error: str) -> None:
        delays = self.settings.email_retry_delays
        if row.attempts > len(delays):
            await self._finish(row, "failed", error)
            return
        next_attempt_at = self.clock() + timedelta(seconds=delays[row.attempts - 1])
        async with self.db.transaction() as session:
            await repository.schedule_retry(session, row.id, error=error, next_attempt_at=next_attempt_at)
        row.state = "pending"
        log.info("email.retry_scheduled", email_id=str(row.id), attempt=row.attempts, error=error)

    async def _mark_abandoned_in_doubt(self) -> None:
        async with self.db.transaction() as session:
            abandoned = await repository.mark_abandoned_in_doubt(session, self.clock())
        if abandoned:
            log.warning("email.in_doubt", messages=abandoned)
