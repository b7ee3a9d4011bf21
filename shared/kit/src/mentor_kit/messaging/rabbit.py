"""RabbitMQ adapter over aio-pika.

One supervised connection per broker object: on any loss it reconnects with backoff, declares the topology
again and resumes every consumer. aio-pika's robust connection is not used: its recovery has known gaps,
and owning the loop makes the behaviour testable (see tests/integration/test_broker_restart.py).

The shared exchanges are declared by the broker object (`declare_exchanges=True`, the default: development,
tests) or only checked to exist (a passive declaration, `declare_exchanges=False`: a deployment whose topology
the platform declares, where a service's RabbitMQ user may not configure them). A service's own exchanges and
queues it always declares itself. A refusal by the broker (a missing exchange, a permission, a queue declared
before with other arguments, the credentials) makes `start()` fail with a message saying which, instead of
retrying for ever: if the broker still refuses when the time `start()` waits for a connection is up (a grace for a
topology being created alongside), `start()` raises; an outage is waited out in the background as before.
"""

import asyncio
from collections.abc import Sequence
from typing import Any, cast

import aio_pika
import aiormq
from aio_pika.abc import AbstractChannel, AbstractConnection, AbstractExchange, AbstractIncomingMessage
from pamqp.commands import Basic as _Basic

from mentor_kit.logging import get_logger
from mentor_kit.messaging.broker import (
    BrokerError,
    BrokerRefused,
    BrokerUnavailable,
    Delivery,
    DeliveryHandler,
    OutgoingMessage,
    Unroutable,
)
from mentor_kit.messaging.topology import EXCHANGE_NAMES, ExchangeDecl, QueueDecl

log = get_logger("mentor_kit.rabbit")

_CONNECTION_ERRORS = (
    aiormq.exceptions.AMQPConnectionError,
    aiormq.exceptions.ChannelInvalidStateError,
    aiormq.exceptions.ChannelClosed,
    ConnectionError,
    TimeoutError,
    RuntimeError,
)
# Channel-level refusals: the broker closes the channel, and nothing changes by retrying with the same set-up.
_CHANNEL_REFUSALS = (
    aiormq.exceptions.ChannelNotFoundEntity,
    aiormq.exceptions.ChannelAccessRefused,
    aiormq.exceptions.ChannelPreconditionFailed,
)


def refusal(exc: BaseException) -> bool:
    """Whether `exc` is the broker refusing this client's set-up (as opposed to the broker being away)."""
    if isinstance(exc, (*_CHANNEL_REFUSALS, aiormq.exceptions.ConnectionNotAllowed)):
        return True
    if isinstance(exc, aiormq.exceptions.ProbableAuthenticationError):
        return "ACCESS_REFUSED" in str(exc)  # the login refused (not a broker still starting up)
    return isinstance(exc, aiormq.exceptions.ConnectionClosed) and bool(exc.args) and exc.args[0] in (403, 530)


def queue_arguments(decl: QueueDecl) -> dict[str, Any]:
    args: dict[str, Any] = {"x-queue-type": "quorum"}
    if decl.ttl_ms is not None:
        args["x-message-ttl"] = decl.ttl_ms
    if decl.delivery_limit is not None:
        args["x-delivery-limit"] = decl.delivery_limit
    if decl.dead_letter_to is not None:
        args.update(
            {
                "x-dead-letter-exchange": decl.dead_letter_exchange,
                "x-dead-letter-routing-key": decl.dead_letter_to,
                # At-least-once dead-lettering: the broker keeps the message until the target queue confirms it.
                "x-dead-letter-strategy": "at-least-once",
                "x-overflow": "reject-publish",
            }
        )
    return args


class RabbitDelivery:
    def __init__(self, message: AbstractIncomingMessage) -> None:
        self._message = message
        self.message_id = message.message_id or ""
        self.exchange = message.exchange or ""
        self.routing_key = message.routing_key or ""
        self.body = message.body
        self.headers: dict[str, Any] = dict(message.headers or {})
        self.correlation_id = message.correlation_id

    async def ack(self) -> None:
        try:
            await self._message.ack()
        except _CONNECTION_ERRORS as exc:  # the broker will redeliver; the inbox makes that harmless
            log.warning("rabbit.ack_failed", error=str(exc))

    async def requeue(self) -> None:
        try:
            await self._message.nack(requeue=True)
        except _CONNECTION_ERRORS as exc:
            log.warning("rabbit.nack_failed", error=str(exc))


class RabbitBroker:
    def __init__(
        self, url: str, *, name: str = "mentor", max_reconnect_delay: float = 5.0, declare_exchanges: bool = True
    ) -> None:
        self.url = url
        self.name = name
        self.max_reconnect_delay = max_reconnect_delay
        # False: the shared exchanges must exist (declared by the platform's topology); only checked, passively.
        self.declare_exchanges = declare_exchanges
        self._owned: dict[str, ExchangeDecl] = {}
        self._queues: dict[str, QueueDecl] = {}
        self._consumers: dict[str, tuple[DeliveryHandler, int]] = {}
        self._connection: AbstractConnection | None = None
        self._channel: AbstractChannel | None = None
        self._exchanges: dict[str, AbstractExchange] = {}
        self._connected = asyncio.Event()
        self._refused: BrokerRefused | None = None  # why the broker refused the last finished connection attempt
        self._attempted = asyncio.Event()  # set after each connection attempt, whatever its outcome
        self._lost: asyncio.Event | None = None  # set to make the supervisor reconnect (a channel was closed)
        self._closing = asyncio.Event()
        self._supervisor: asyncio.Task[None] | None = None
        self.connections_made = 0

    async def start(self, *, wait: float | None = 10.0) -> None:
        """Connect within `wait` seconds, or go on reconnecting in the background if the broker is away; raise
        BrokerRefused if after `wait` seconds it still refuses the set-up (a deployment error to fix)."""
        if self._supervisor is None:
            self._supervisor = asyncio.create_task(self._supervise(), name=f"rabbit-{self.name}")
        if not wait:
            return
        try:
            async with asyncio.timeout(wait):
                while not self._connected.is_set():
                    self._attempted.clear()
                    await self._attempted.wait()
        except TimeoutError:
            if self._refused is not None and not self._connected.is_set():
                refused = self._refused
                await self.close()
                raise refused from None
            log.warning("rabbit.not_connected_yet")

    async def close(self) -> None:
        self._closing.set()
        if self._supervisor is not None:
            self._supervisor.cancel()
            await asyncio.gather(self._supervisor, return_exceptions=True)
            self._supervisor = None
        await self._drop_connection()

    async def ready(self) -> bool:
        return self._connected.is_set()

    async def wait_connected(self, timeout: float) -> bool:
        try:
            await asyncio.wait_for(self._connected.wait(), timeout)
            return True
        except TimeoutError:
            return False

    async def declare(self, queues: list[QueueDecl], exchanges: Sequence[ExchangeDecl] = ()) -> None:
        for exchange in exchanges:
            self._owned[exchange.name] = exchange
        for decl in queues:
            self._queues[decl.name] = decl
        if self._connected.is_set() and self._channel is not None:
            try:
                await self._declare_owned(self._channel, exchanges)
                await self._declare_queues(self._channel, queues)
            except _CHANNEL_REFUSALS as exc:
                self._reconnect()  # the channel is closed; a fresh one for what else uses this broker
                raise self._refusal(exc) from exc

    async def consume(self, queue: str, handler: DeliveryHandler, *, prefetch: int) -> None:
        self._consumers[queue] = (handler, prefetch)
        if self._connected.is_set() and self._connection is not None:
            await self._start_consumer(self._connection, queue, handler, prefetch)

    async def publish(self, message: OutgoingMessage) -> None:
        if not self._connected.is_set() or self._channel is None:
            raise BrokerUnavailable("not connected to RabbitMQ")
        if message.exchange and message.exchange not in self._exchanges:
            raise BrokerError(f"unknown exchange {message.exchange}")
        properties = _Basic.Properties(
            message_id=message.message_id,
            content_type=message.content_type,
            correlation_id=message.correlation_id,
            headers=message.headers,
            delivery_mode=2,  # persistent
        )
        try:
            # The underlying aiormq channel: aio-pika's Message wrapper costs more CPU than the whole publish.
            # `wait=False`: the publish does not hold the channel's lock until its frames are flushed (a task
            # switch per message); the broker's confirm, awaited below, is what says the message is safe.
            channel = cast(aiormq.Channel, await self._channel.get_underlay_channel())
            await channel.basic_publish(
                message.body,
                exchange=message.exchange,
                routing_key=message.routing_key,
                properties=properties,
                mandatory=True,
                wait=False,
            )
        except aiormq.exceptions.PublishError as exc:
            raise Unroutable(f"no queue bound for {message.exchange or '(default)'}/{message.routing_key}") from exc
        except aiormq.exceptions.DeliveryError as exc:
            raise BrokerError(f"broker refused the message: {exc}") from exc
        except _CHANNEL_REFUSALS as exc:  # e.g. no write permission on the exchange: the channel is closed
            log.error("rabbit.publish_refused", connection=self.name, exchange=message.exchange, error=str(exc))
            self._reconnect()
            raise BrokerError(f"broker refused the publish to {message.exchange or '(default)'}: {exc}") from exc
        except _CONNECTION_ERRORS as exc:
            raise BrokerUnavailable(str(exc) or type(exc).__name__) from exc

    async def get(self, queue: str) -> Delivery | None:
        if not self._connected.is_set() or self._channel is None:
            raise BrokerUnavailable("not connected to RabbitMQ")
        amqp_queue = await self._channel.get_queue(queue, ensure=False)
        message = await amqp_queue.get(no_ack=False, fail=False)
        return RabbitDelivery(message) if message is not None else None

    # The supervised connection -------------------------------------------------------------------------

    async def _supervise(self) -> None:
        delay = 0.1
        while not self._closing.is_set():
            lost = self._lost = asyncio.Event()
            try:
                connection = await aio_pika.connect(
                    self.url, timeout=10, client_properties={"connection_name": self.name}
                )
                connection.close_callbacks.add(lambda *_, lost=lost: lost.set())
                self._connection = connection
                await self._setup(connection)
                self._refused = None
                self._connected.set()
                self._attempted.set()
                self.connections_made += 1
                delay = 0.1
                log.info("rabbit.connected", connection=self.name, times=self.connections_made)
                while not lost.is_set() and not connection.is_closed:
                    try:
                        await asyncio.wait_for(lost.wait(), 1.0)
                    except TimeoutError:
                        pass
                log.warning("rabbit.connection_lost", connection=self.name)
            except asyncio.CancelledError:
                raise
            except Exception as exc:
                self._refused = self._refusal(exc) if refusal(exc) else None
                if self._refused is not None:
                    log.error("rabbit.refused", connection=self.name, error=str(self._refused))
                else:
                    log.warning("rabbit.connect_failed", connection=self.name, error=f"{type(exc).__name__}: {exc}")
            finally:
                self._connected.clear()
                self._attempted.set()
            await self._drop_connection()
            await asyncio.sleep(delay)
            delay = min(delay * 2, self.max_reconnect_delay)

    def _reconnect(self) -> None:
        """The broker closed a channel this object relies on: reconnect, declaring everything again."""
        self._connected.clear()
        if self._lost is not None:
            self._lost.set()

    def _refusal(self, exc: BaseException) -> BrokerRefused:
        text = f"RabbitMQ refused the set-up of {self.name!r}: {type(exc).__name__}: {exc}"
        shared = any(f"exchange '{name}'" in str(exc) for name in EXCHANGE_NAMES)
        if isinstance(exc, aiormq.exceptions.ChannelNotFoundEntity) and shared and not self.declare_exchanges:
            text += (
                f". The shared exchanges ({', '.join(EXCHANGE_NAMES)}) are not declared by the services here "
                "(broker_declare_exchanges is false): the platform's topology must create them first (the "
                "Messaging Topology Operator's Exchange resources, or the broker definitions of docker-compose)"
            )
        elif isinstance(exc, aiormq.exceptions.ChannelAccessRefused) and shared and self.declare_exchanges:
            text += (
                ". A service's user may not configure the shared exchanges: set <SERVICE>_BROKER_DECLARE_EXCHANGES="
                "false where the platform's topology declares them"
            )
        elif isinstance(exc, aiormq.exceptions.ChannelPreconditionFailed):
            text += ". A queue or exchange exists with other arguments than this version declares"
        return BrokerRefused(text)

    async def _setup(self, connection: AbstractConnection) -> None:
        channel = await connection.channel(publisher_confirms=True, on_return_raises=True)
        self._exchanges = {
            name: await channel.declare_exchange(
                name, aio_pika.ExchangeType.TOPIC, durable=True, passive=not self.declare_exchanges
            )
            for name in EXCHANGE_NAMES
        }
        await self._declare_owned(channel, list(self._owned.values()))
        await self._declare_queues(channel, list(self._queues.values()))
        self._channel = channel
        for queue, (handler, prefetch) in self._consumers.items():
            await self._start_consumer(connection, queue, handler, prefetch)

    async def _declare_owned(self, channel: AbstractChannel, exchanges: Sequence[ExchangeDecl]) -> None:
        for decl in exchanges:
            kind = aio_pika.ExchangeType.DIRECT if decl.type == "direct" else aio_pika.ExchangeType.TOPIC
            self._exchanges[decl.name] = await channel.declare_exchange(decl.name, kind, durable=True)

    async def _declare_queues(self, channel: AbstractChannel, queues: list[QueueDecl]) -> None:
        for decl in queues:
            queue = await channel.declare_queue(decl.name, durable=True, arguments=queue_arguments(decl))
            for exchange, key in decl.bindings:
                await queue.bind(self._exchanges[exchange], routing_key=key)

    async def _start_consumer(
        self, connection: AbstractConnection, queue: str, handler: DeliveryHandler, prefetch: int
    ) -> None:
        channel = await connection.channel(publisher_confirms=False)
        await channel.set_qos(prefetch_count=prefetch)
        amqp_queue = await channel.get_queue(queue, ensure=False)

        async def on_message(message: AbstractIncomingMessage) -> None:
            try:
                await handler(RabbitDelivery(message))
            except Exception:
                log.exception("rabbit.handler_crashed")
                await RabbitDelivery(message).requeue()

        await amqp_queue.consume(on_message, no_ack=False)

    async def _drop_connection(self) -> None:
        connection, self._connection, self._channel = self._connection, None, None
        if connection is not None and not connection.is_closed:
            try:
                await asyncio.wait_for(connection.close(), 5)
            except Exception:
                pass


def is_rabbit_url(url: str) -> bool:
    return url.startswith(("amqp://", "amqps://"))


__all__ = ["BrokerError", "RabbitBroker", "is_rabbit_url", "queue_arguments"]
