"""Wiring of the notifications service."""

from pathlib import Path

import mentor_notifications.models  # noqa: F401  (every model on the metadata)
from mentor_kit.clock import Clock, now
from mentor_kit.db.migrations import migrator
from mentor_kit.embedded import EmbeddedContext, ServicePlugin
from mentor_kit.messaging import Broker
from mentor_kit.service import Service, build_service
from mentor_notifications.context import NotificationsContext
from mentor_notifications.db import metadata, tables
from mentor_notifications.demo import seed
from mentor_notifications.email.api import router as email_router
from mentor_notifications.email.sender import EmailSender
from mentor_notifications.email.transport import MailTransport, transport_for
from mentor_notifications.handlers import HANDLERS
from mentor_notifications.hub import Hub
from mentor_notifications.inbox.api import router as inbox_router
from mentor_notifications.inbox.digest import DigestWorker
from mentor_notifications.inbox.stream import router as stream_router
from mentor_notifications.inbox.watcher import NewNotificationWatcher
from mentor_notifications.settings import NotificationsSettings
from mentor_notifications.users.api import router as users_router

MIGRATIONS = Path(__file__).resolve().parent / "migrations"  # inside the package: installed with it


migrate = migrator(MIGRATIONS)


def create_service(
    settings: NotificationsSettings | None = None,
    *,
    broker: Broker | None = None,
    transport: MailTransport | None = None,
    clock: Clock = now,
) -> Service:
    """`transport` replaces the SMTP relay (or mail folder) of the settings; `clock` the time, in tests."""
    settings = settings or NotificationsSettings()
    mail = transport or transport_for(settings)
    return build_service(
        settings,
        tables=tables,
        metadata=metadata,
        routers=[inbox_router, stream_router, users_router, email_router],
        handlers=HANDLERS,
        context=lambda base: base.extend(NotificationsContext, hub=Hub()),
        workers=lambda ctx: [EmailSender(ctx, mail), DigestWorker(ctx), NewNotificationWatcher(ctx)],
        broker=broker,
        prepare=migrate,
        clock=clock,
    )


def _embedded(context: EmbeddedContext) -> Service:
    settings = NotificationsSettings(
        database_url=f"sqlite+aiosqlite:///{context.data_dir}/notifications.db",
        jwt_public_key_file=context.jwt_public_key_file,
        mail_dir=context.data_dir / "mail",  # e-mails stay on this machine as .eml files
    )
    return create_service(settings, broker=context.broker)


plugin = ServicePlugin("notifications", _embedded, seed, create=create_service, seed_order=0)
