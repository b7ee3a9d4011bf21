"""Wiring of the forum service."""

from pathlib import Path

from elasticsearch import AsyncElasticsearch

import mentor_forum.calendar.models
import mentor_forum.discussions.models
import mentor_forum.messages.models
import mentor_forum.moderation.models
import mentor_forum.polls.models  # noqa: F401
from mentor_forum.calendar.api import router as calendar_router
from mentor_forum.calendar.reminders import Reminders
from mentor_forum.context import ForumContext
from mentor_forum.db import metadata, tables
from mentor_forum.demo import seed
from mentor_forum.discussions.api import router
from mentor_forum.handlers import HANDLERS
from mentor_forum.messages.api import router as messages_router
from mentor_forum.moderation.api import router as moderation_router
from mentor_forum.polls.api import router as polls_router
from mentor_forum.search.api import router as search_router
from mentor_forum.search.index import TopicIndex
from mentor_forum.search.indexer import Indexer
from mentor_forum.settings import ForumSettings
from mentor_kit.clock import Clock, now
from mentor_kit.db.migrations import migrator
from mentor_kit.embedded import EmbeddedContext, ServicePlugin
from mentor_kit.messaging import Broker
from mentor_kit.service import Service, build_service

MIGRATIONS = Path(__file__).resolve().parent / "migrations"  # inside the package: installed with it

migrate = migrator(MIGRATIONS)


def create_service(
    settings: ForumSettings | None = None, *, broker: Broker | None = None, clock: Clock = now
) -> Service:
    settings = settings or ForumSettings()
    index = TopicIndex(AsyncElasticsearch(settings.search_url), prefix=settings.index_prefix)
    return build_service(
        settings,
        tables=tables,
        metadata=metadata,
        routers=[router, search_router, moderation_router, polls_router, messages_router, calendar_router],
        handlers=HANDLERS,
        context=lambda base: base.extend(ForumContext, index=index),
        workers=lambda ctx: [Indexer(ctx), Reminders(ctx)],
        broker=broker,
        prepare=migrate,
        clock=clock,
    )


def _embedded(context: EmbeddedContext) -> Service:
    settings = ForumSettings(
        database_url=f"sqlite+aiosqlite:///{context.data_dir}/forum.db",
        search_url=context.search_url,
        jwt_public_key_file=context.jwt_public_key_file,
    )
    return create_service(settings, broker=context.broker)


plugin = ServicePlugin("forum", _embedded, seed, create=create_service)
