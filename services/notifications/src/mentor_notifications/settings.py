from pathlib import Path

from pydantic import Field
from pydantic_settings import SettingsConfigDict

from mentor_kit.settings import ServiceSettings


class NotificationsSettings(ServiceSettings):
    model_config = SettingsConfigDict(env_prefix="NOTIFICATIONS_", extra="ignore")

    service_name: str = "notifications"
    database_url: str = "sqlite+aiosqlite:///data/notifications.db"
    # Links in e-mails point here (the web front end); in-app links are relative paths.
    public_base_url: str = "http://127.0.0.1:8000"

    # E-mail: an SMTP relay in production (`smtp://host:587`, `smtps://host:465`); unset, messages are written
    # as .eml files into `mail_dir` (the embedded run's local sink) and never leave the machine.
    smtp_url: str | None = None
    smtp_username: str | None = None
    smtp_password: str | None = None
    smtp_starttls: bool = False
    smtp_timeout_seconds: float = Field(default=30.0, gt=0)
    mail_dir: Path = Path("data/mail")
    mail_from: str = "MCU – Your Mentor <no-reply@mentor.mgpu.ru>"
    email_poll_seconds: float = Field(default=2.0, gt=0)
    email_batch_size: int = Field(default=50, ge=1)
    email_retry_delays: tuple[float, ...] = (30.0, 120.0, 600.0, 3600.0, 3 * 3600.0, 12 * 3600.0)
    # A message marked "sending" whose worker vanished for this long is "in doubt" (maybe delivered): it is
    # never re-sent on its own, only by an administrator (so nobody gets it twice).
    email_lease_seconds: float = Field(default=300.0, gt=0)

    # The daily digest goes out at this UTC hour to users who chose it.
    digest_hour_utc: int = Field(default=6, ge=0, le=23)
    digest_poll_seconds: float = Field(default=60.0, gt=0)

    # Live updates: a comment line this often keeps proxies from closing an idle stream; other replicas'
    # notifications are noticed by one `max(id)` query this often per process (this replica's own at once).
    sse_heartbeat_seconds: float = Field(default=15.0, gt=0)
    sse_poll_seconds: float = Field(default=1.0, gt=0)
    sse_retry_ms: int = Field(default=3000, ge=100)
