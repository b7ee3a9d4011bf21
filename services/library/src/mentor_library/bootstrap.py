"""Wiring of the library service."""

from pathlib import Path

from elasticsearch import AsyncElasticsearch

import mentor_library.items.models  # noqa: F401
from mentor_kit.clock import Clock, now
from mentor_kit.db.migrations import migrator
from mentor_kit.embedded import EmbeddedContext, ServicePlugin
from mentor_kit.messaging import Broker
from mentor_kit.service import Service, build_service
from mentor_library.context import LibraryContext
from mentor_library.db import metadata, tables
from mentor_library.demo import seed
from mentor_library.handlers import HANDLERS
from mentor_library.items.api import router
from mentor_library.items.indexer import Indexer
from mentor_library.search.index import SearchIndex
from mentor_library.settings import LibrarySettings

MIGRATIONS = Path(__file__).resolve().parent / "migrations"  # inside the package: installed with it


migrate = migrator(MIGRATIONS)


def create_service(
    settings: LibrarySettings | None = None, *, broker: Broker | None = None, clock: Clock = now
) -> Service:
    settings = settings or LibrarySettings()
    index = SearchIndex(AsyncElasticsearch(settings.search_url), prefix=settings.index_prefix)
    return build_service(
        settings,
        tables=tables,
        metadata=metadata,
        routers=[router],
        handlers=HANDLERS,
        context=lambda base: base.extend(LibraryContext, index=index),
        workers=lambda ctx: [Indexer(ctx)],
        broker=broker,
        prepare=migrate,
        clock=clock,
    )


def _embedded(context: EmbeddedContext) -> Service:
    settings = LibrarySettings(
        database_url=f"sqlite+aiosqlite:///{context.data_dir}/library.db",
        search_url=context.search_url,
        jwt_public_key_file=context.jwt_public_key_file,
        review_published_cases=True,
    )
    return create_service(settings, broker=context.broker)


plugin = ServicePlugin("library", _embedded, seed, create=create_service)
