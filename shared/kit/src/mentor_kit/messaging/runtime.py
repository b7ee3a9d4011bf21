"""Wiring of a service's messaging: one broker, the outbox and its relay, the service's consumer."""

from collections.abc import Mapping

from mentor_contracts.events import Event
from mentor_kit.db import Database
from mentor_kit.messaging.broker import Broker
from mentor_kit.messaging.consumer import EventConsumer, Handler
from mentor_kit.messaging.inprocess import InProcessBroker
from mentor_kit.messaging.outbox import Outbox
from mentor_kit.messaging.rabbit import RabbitBroker, is_rabbit_url
from mentor_kit.messaging.relay import OutboxRelay
from mentor_kit.messaging.tables import MessagingTables
from mentor_kit.settings import ServiceSettings


def create_broker(url: str, *, name: str = "mentor", declare_exchanges: bool = True) -> Broker:
    """`declare_exchanges=False`: the shared exchanges are only checked to exist (see `RabbitBroker`)."""
    if is_rabbit_url(url):
        return RabbitBroker(url, name=name, declare_exchanges=declare_exchanges)
    if url == "memory://":
        return InProcessBroker()
    raise ValueError(f"unsupported broker URL {url!r}: use amqp://… or memory://")


class ServiceMessaging:
    """Start/stop the relay and consumer of one service, given its settings, database and handlers."""

    def __init__(
        self,
        settings: ServiceSettings,
        db: Database,
        tables: MessagingTables,
        broker: Broker,
        handlers: Mapping[type[Event], Handler] | None = None,
        *,
        outbox: Outbox | None = None,
        own_broker: bool = True,
    ) -> None:
        self.broker = broker
        self.own_broker = own_broker
        if own_broker and isinstance(broker, RabbitBroker):
            # The broker this service owns follows its settings, however it was made.
            broker.declare_exchanges = settings.broker_declare_exchanges
        self.outbox = outbox or Outbox(tables, source=f"/services/{settings.service_name}")
        self.relay = OutboxRelay(
            db,
            self.outbox,
            broker,
            batch_size=settings.relay_batch_size,
            poll_seconds=settings.relay_poll_seconds,
            max_backoff=settings.relay_max_backoff_seconds,
        )
        self.consumer = (
            EventConsumer(
                settings.service_name,
                db,
                tables,
                broker,
                handlers,
                retry_delays=settings.retry_delays,
                prefetch=settings.prefetch,
                batch_size=settings.consumer_batch_size,
                workers=settings.consumer_workers,
            )
            if handlers
            else None
        )

    async def start(self) -> None:
        if self.own_broker:
            await self.broker.start()
        if self.consumer is not None:
            await self.consumer.start()
        await self.relay.start()

    async def stop(self) -> None:
        await self.relay.stop()
        if self.consumer is not None:
            await self.consumer.stop()
        if self.own_broker:
            await self.broker.close()
