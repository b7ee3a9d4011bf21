"""A local SMTP sink for tests (aiosmtpd, a dev dependency): records what arrives, and can be told to refuse."""

import email
from email.message import EmailMessage
from email.policy import default
from typing import Any

from aiosmtpd.controller import Controller

from mentor_kit.search_server import free_port


class SmtpSink:
    """`with SmtpSink() as sink:` listens on 127.0.0.1:`sink.port`; `sink.messages` holds parsed messages.
    Set `sink.refuse = "451 4.3.0 try again later"` to answer DATA with that reply instead of accepting."""

    def __init__(self) -> None:
        self.port = free_port()
        self.messages: list[EmailMessage] = []
        self.refuse: str | None = None
        self.attempts = 0
        self._controller = Controller(self, hostname="127.0.0.1", port=self.port)

    @property
    def url(self) -> str:
        return f"smtp://127.0.0.1:{self.port}"

    async def handle_DATA(self, _server: Any, _session: Any, envelope: Any) -> str:
        self.attempts += 1
        if self.refuse:
            return self.refuse
        message = email.message_from_bytes(envelope.content, policy=default)
        assert isinstance(message, EmailMessage)
        self.messages.append(message)
        return "250 2.0.0 OK"

    def to(self, address: str) -> list[EmailMessage]:
        return [m for m in self.messages if address in str(m["To"])]

    def __enter__(self) -> "SmtpSink":
        self._controller.start()
        return self

    def __exit__(self, *_exc: object) -> None:
        self._controller.stop()


def text_of(message: EmailMessage) -> str:
    """The plain-text part, the HTML part and the headers, as one string to search."""
    parts = [str(message[h]) for h in ("Subject", "To", "From")]
    for part in message.walk():
        if part.get_content_maintype() == "text":
            parts.append(str(part.get_content()))
    return "\n".join(parts)
