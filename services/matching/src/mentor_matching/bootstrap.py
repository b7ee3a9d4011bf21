"""Wiring of the matching service."""

from pathlib import Path

import mentor_matching.models  # noqa: F401  (every model on the metadata)
from mentor_kit.clock import Clock, now
from mentor_kit.db.migrations import migrator
from mentor_kit.embedded import EmbeddedContext, ServicePlugin
from mentor_kit.messaging import Broker
from mentor_kit.service import Service, build_service
from mentor_matching.db import messaging, metadata
from mentor_matching.demo import seed
from mentor_matching.handlers import HANDLERS
from mentor_matching.mentors.api import router as mentors_router
from mentor_matching.offers.api import router as offers_router
from mentor_matching.offers.deadlines import DeadlineWorker
from mentor_matching.settings import MatchingSettings

MIGRATIONS = Path(__file__).resolve().parent / "migrations"  # inside the package: installed with it


migrate = migrator(MIGRATIONS)


def create_service(
    settings: MatchingSettings | None = None, *, broker: Broker | None = None, clock: Clock = now
) -> Service:
    return build_service(
        settings or MatchingSettings(),
        tables=messaging,
        metadata=metadata,
        routers=[mentors_router, offers_router],
        handlers=HANDLERS,
        workers=lambda ctx: [DeadlineWorker(ctx)],
        broker=broker,
        prepare=migrate,
        clock=clock,
    )


def _embedded(context: EmbeddedContext) -> Service:
    settings = MatchingSettings(
        database_url=f"sqlite+aiosqlite:///{context.data_dir}/matching.db",
        jwt_public_key_file=context.jwt_public_key_file,
    )
    return create_service(settings, broker=context.broker)


# Its mentors are seeded before the demo cases they are offered for (else every demo case alerts the moderators).
plugin = ServicePlugin("matching", _embedded, seed, create=create_service, seed_order=10)
