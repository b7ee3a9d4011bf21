"""Where e-mails go: an SMTP relay (aiosmtplib) or, in the embedded run, .eml files in a local folder."""

import os
from collections.abc import AsyncIterator
from contextlib import AbstractAsyncContextManager, asynccontextmanager
from email.message import EmailMessage as MimeMessage
from email.utils import formatdate
from pathlib import Path
from typing import Protocol
from urllib.parse import urlsplit

import aiosmtplib

from mentor_notifications.email.models import EmailMessage
from mentor_notifications.settings import NotificationsSettings

MESSAGE_ID_DOMAIN = "mentor.mgpu.ru"


def mime(row: EmailMessage, sender: str, preferences_url: str) -> MimeMessage:
    """The message as sent: plain-text and HTML alternatives, a Message-ID fixed by the row (the same on a
    manual re-send, so mail clients fold a duplicate), and headers that mark it as automatic."""
    message = MimeMessage()
    message["From"] = sender
    message["To"] = row.to_address
    message["Subject"] = row.subject
    message["Date"] = formatdate(localtime=False)
    message["Message-ID"] = f"<{row.id}@{MESSAGE_ID_DOMAIN}>"
    message["Auto-Submitted"] = "auto-generated"
    message["List-Unsubscribe"] = f"<{preferences_url}>"
    message.set_content(row.text)
    message.add_alternative(row.html, subtype="html")
    return message


class MailConnection(Protocol):
    async def send(self, message: MimeMessage) -> None: ...


class MailTransport(Protocol):
    def connect(self) -> AbstractAsyncContextManager[MailConnection]: ...


class SmtpTransport:
    def __init__(self, settings: NotificationsSettings) -> None:
        assert settings.smtp_url
        parts = urlsplit(settings.smtp_url)
        self.tls = parts.scheme == "smtps"
        self.hostname = parts.hostname or "localhost"
        self.port = parts.port or (465 if self.tls else 25)
        self.settings = settings

    @asynccontextmanager
    async def connect(self) -> AsyncIterator[MailConnection]:
        client = aiosmtplib.SMTP(
            hostname=self.hostname,
            port=self.port,
            use_tls=self.tls,
            start_tls=self.settings.smtp_starttls or None,
            username=self.settings.smtp_username,
            password=self.settings.smtp_password,
            timeout=self.settings.smtp_timeout_seconds,
        )
        async with client:
            yield _SmtpConnection(client)


class _SmtpConnection:
    def __init__(self, client: aiosmtplib.SMTP) -> None:
        self.client = client

    async def send(self, message: MimeMessage) -> None:
        await self.client.send_message(message)


class DirectoryTransport:
    """The embedded run's sink: each message becomes `<mail_dir>/<Message-ID>.eml` (written atomically)."""

    def __init__(self, folder: Path) -> None:
        self.folder = folder

    @asynccontextmanager
    async def connect(self) -> AsyncIterator[MailConnection]:
        self.folder.mkdir(parents=True, exist_ok=True)
        yield self

    async def send(self, message: MimeMessage) -> None:
        name = str(message["Message-ID"]).strip("<>").split("@")[0]
        temporary = self.folder / f".{name}.tmp"
        temporary.write_bytes(message.as_bytes())
        os.replace(temporary, self.folder / f"{name}.eml")


def transport_for(settings: NotificationsSettings) -> MailTransport:
    return SmtpTransport(settings) if settings.smtp_url else DirectoryTransport(settings.mail_dir)
