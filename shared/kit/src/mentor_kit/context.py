"""What a service's handlers and workers are given, made once by `build_service`: one way to inject them.

A handler is a plain function `async def on_x(session, event, ctx) -> None`; the service's `handlers.py` lists
them in one table. A service that needs more than settings, database, outbox and clock (a search index, a hub)
subclasses `ServiceContext` and passes `context=` to `build_service`.
"""

from collections.abc import Awaitable, Callable, Mapping
from dataclasses import dataclass, fields
from typing import Any, Generic, TypeVar

from sqlalchemy.ext.asyncio import AsyncSession

from mentor_contracts.events import Event
from mentor_kit.clock import Clock, now
from mentor_kit.db import Database
from mentor_kit.messaging.outbox import Outbox
from mentor_kit.settings import ServiceSettings

SettingsT = TypeVar("SettingsT", bound=ServiceSettings)
ContextT = TypeVar("ContextT", bound="ServiceContext[Any]")
ExtendedT = TypeVar("ExtendedT", bound="ServiceContext[Any]")


@dataclass(frozen=True, kw_only=True)
class ServiceContext(Generic[SettingsT]):
    settings: SettingsT
    db: Database
    outbox: Outbox
    clock: Clock = now

    def extend(self, cls: type[ExtendedT], **extras: Any) -> ExtendedT:
        """This context as the service's own subclass, with its extra dependencies."""
        return cls(**{f.name: getattr(self, f.name) for f in fields(self)}, **extras)


# `(session, event, ctx)`: runs in the consumer's transaction, next to the inbox row of the event.
ContextHandler = Callable[[AsyncSession, Any, ContextT], Awaitable[None]]
HandlerTable = Mapping[type[Event], ContextHandler[ContextT]]
