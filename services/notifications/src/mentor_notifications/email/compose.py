"""Build the e-mail rows: subject, plain-text part and HTML part in the recipient's language."""

import uuid
from datetime import datetime

from mentor_notifications.email.models import EmailMessage
from mentor_notifications.rendering import Rendered, render, render_footer, render_html
from mentor_notifications.settings import NotificationsSettings
from mentor_notifications.users.models import Recipient

PREFERENCES_PATH = "/settings/notifications"


def preferences_url(settings: NotificationsSettings) -> str:
    """Where a person changes what they receive (the footer link and the List-Unsubscribe header)."""
    return f"{settings.public_base_url.rstrip('/')}{PREFERENCES_PATH}"


def compose(
    settings: NotificationsSettings,
    recipient: Recipient,
    rendered: Rendered,
    link: str | None,
    *,
    dedup_key: str,
    at: datetime,
) -> EmailMessage:
    assert recipient.email
    base = settings.public_base_url.rstrip("/")
    url = f"{base}{link}" if link else None
    footer = render_footer(recipient.locale, preferences_url(settings))
    text = "\n\n".join(part for part in [rendered.body, url, f"-- \n{footer}"] if part)
    return EmailMessage(
        id=uuid.uuid4(),
        dedup_key=dedup_key,
        user_id=recipient.id,
        to_address=recipient.email,
        subject=rendered.subject,
        text=text + "\n",
        html=render_html(recipient.locale, rendered.subject, rendered.body, url, preferences_url(settings)),
        state="pending",
        attempts=0,
        next_attempt_at=at,
        created_at=at,
    )


def compose_digest(
    settings: NotificationsSettings, recipient: Recipient, items: list[tuple[str, str]], day: str, *, at: datetime
) -> EmailMessage:
    """One message listing (title, link) pairs gathered since the last digest."""
    base = settings.public_base_url.rstrip("/")
    rows = [{"title": title, "url": f"{base}{link}"} for title, link in items]
    rendered = render("digest", recipient.locale, {"items": rows})
    return compose(settings, recipient, rendered, None, dedup_key=f"digest:{recipient.id}:{day}", at=at)
