"""Wiring of the cases service: settings, database, messaging, routers, handlers."""

from pathlib import Path

import mentor_cases.models  # noqa: F401  (every model on the metadata)
from mentor_cases.audit.api import router as audit_router
from mentor_cases.cases.api import router as cases_router
from mentor_cases.context import CasesContext
from mentor_cases.db import messaging, metadata
from mentor_cases.demo import seed
from mentor_cases.handlers import HANDLERS
from mentor_cases.mentoring.api import router as mentoring_router
from mentor_cases.profiles.api import router as profile_router
from mentor_cases.questionbank.api import router as bank_router
from mentor_cases.settings import CasesSettings
from mentor_cases.stats.api import router as stats_router
from mentor_kit.clock import Clock, now
from mentor_kit.db.migrations import migrator
from mentor_kit.embedded import EmbeddedContext, ServicePlugin
from mentor_kit.longpoll import Changes
from mentor_kit.messaging import Broker
from mentor_kit.service import Service, build_service

MIGRATIONS = Path(__file__).resolve().parent / "migrations"  # inside the package: installed with it


migrate = migrator(MIGRATIONS)


def create_service(
    settings: CasesSettings | None = None, *, broker: Broker | None = None, clock: Clock = now
) -> Service:
    return build_service(
        settings or CasesSettings(),
        tables=messaging,
        metadata=metadata,
        routers=[cases_router, mentoring_router, bank_router, profile_router, stats_router, audit_router],
        handlers=HANDLERS,
        context=lambda base: base.extend(CasesContext, changes=Changes()),
        broker=broker,
        prepare=migrate,
        clock=clock,
    )


def _embedded(context: EmbeddedContext) -> Service:
    settings = CasesSettings(
        database_url=f"sqlite+aiosqlite:///{context.data_dir}/cases.db", jwt_public_key_file=context.jwt_public_key_file
    )
    return create_service(settings, broker=context.broker)


plugin = ServicePlugin("cases", _embedded, seed, create=create_service)
