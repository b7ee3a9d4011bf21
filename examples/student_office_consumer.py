"""The student office's consumer of the public events of MCU – Your Mentor: the worked example of
docs/subscribing.md.

    python examples/student_office_consumer.py --url amqp://USER:PASSWORD@HOST:5672/mentor [--bind case.#]

It reads its own quorum queue (`student-office.events`: created and bound to `mentor.events` by the manifests in
docs/examples/subscriber/, so it only looks the queue up; for a trial without them, `--bind KEY` declares the queue
and binds it to KEY itself, which the student office's permissions allow), validates each message —
the CloudEvents 1.0 envelope in structured mode, then the event's data against the schema of its type (both with
`mentor_contracts`) — and acks only valid ones. An invalid message is rejected without requeueing: sent back it
would only fail again. Events are printed as JSON lines; put the student office's own handling in `handle`.

Needs `aio-pika` and `mentor-contracts` (this repository's shared/contracts; in its workspace both are installed).
"""

import argparse
import asyncio
import json
import logging
import os
import signal
from collections.abc import Awaitable, Callable, Sequence
from dataclasses import dataclass

import aio_pika
from aio_pika.abc import AbstractChannel, AbstractIncomingMessage, AbstractQueue
from pydantic import ValidationError

from mentor_contracts.envelope import CONTENT_TYPE, CloudEvent
from mentor_contracts.events import ANY_EVENT, PublicEvent

log = logging.getLogger("student_office")

QUEUE = "student-office.events"
EXCHANGE = "mentor.events"  # the public stream; `mentor.internal` is the platform's own


@dataclass(frozen=True)
class Valid:
    envelope: CloudEvent  # id (deduplicate on it: delivery is at least once), source, type, time, subject, ...
    event: PublicEvent  # the typed data, e.g. CaseCompletedV1


@dataclass(frozen=True)
class Invalid:
    reason: str


def validate(body: bytes, content_type: str | None) -> Valid | Invalid:
    """Check one message as the platform publishes it: a structured-mode CloudEvent (`application/cloudevents+json`)
    of a known public type whose data matches that type's schema."""
    if content_type != CONTENT_TYPE:
        return Invalid(f"content type {content_type!r}: expected {CONTENT_TYPE} (structured mode)")
    try:
        envelope = CloudEvent.from_json(body)  # specversion 1.0, id, source, type, time, dataschema, data, ...
    except ValidationError as exc:
        return Invalid(f"not a CloudEvents 1.0 envelope: {_first_error(exc)}")
    try:
        event = ANY_EVENT.validate_python({**envelope.data, "type": envelope.type})  # chosen by `type`
    except ValidationError as exc:
        return Invalid(f"{envelope.type}: data does not match its schema (or the type is unknown): {_first_error(exc)}")
    if not isinstance(event, PublicEvent):
        return Invalid(f"{envelope.type} is not a public event")
    if envelope.dataschema != event.dataschema():
        return Invalid(f"{envelope.type}: dataschema {envelope.dataschema} is not {event.dataschema()}")
    return Valid(envelope, event)


def _first_error(exc: ValidationError) -> str:
    error = exc.errors()[0]
    return f"{'.'.join(map(str, error['loc'])) or '(root)'}: {error['msg']}"


async def handle(valid: Valid) -> None:
    """The student office's own handling; here, one JSON line per event."""
    envelope = valid.envelope
    line = {
        "id": str(envelope.id),
        "type": envelope.type,
        "subject": envelope.subject,
        "time": envelope.time.isoformat(),
    }
    print(json.dumps({**line, "data": envelope.data}, ensure_ascii=False), flush=True)


async def open_queue(channel: AbstractChannel, queue: str, bind: Sequence[str] = ()) -> AbstractQueue:
    """The queue as the platform's manifests made it (a passive declaration: it must exist); or, given routing keys
    to `bind`, declared (durable, quorum) and bound to them on `mentor.events` here, as the manifests would."""
    if not bind:
        return await channel.get_queue(queue, ensure=True)
    declared = await channel.declare_queue(queue, durable=True, arguments={"x-queue-type": "quorum"})
    for key in bind:
        await declared.bind(EXCHANGE, key)
    return declared


async def consume(
    url: str,
    on_event: Callable[[Valid], Awaitable[None]] = handle,
    *,
    queue: str = QUEUE,
    bind: Sequence[str] = (),
    prefetch: int = 16,
    stop: asyncio.Event | None = None,
    on_invalid: Callable[[Invalid], Awaitable[None]] | None = None,
) -> None:
    """Consume `queue` until `stop` is set: ack what `on_event` handled, reject what is invalid, requeue what
    `on_event` failed on (a real consumer would count attempts and park a message that keeps failing)."""
    stop = stop or asyncio.Event()
    connection = await aio_pika.connect_robust(url, client_properties={"connection_name": "student-office"})
    async with connection:
        channel = await connection.channel()
        await channel.set_qos(prefetch_count=prefetch)
        source = await open_queue(channel, queue, bind)

        async def on_message(message: AbstractIncomingMessage) -> None:
            result = validate(message.body, message.content_type)
            if isinstance(result, Invalid):
                log.warning("rejected message %s: %s", message.message_id, result.reason)
                if on_invalid is not None:
                    await on_invalid(result)
                await message.reject(requeue=False)
                return
            try:
                await on_event(result)
            except Exception:
                log.exception("handling %s failed; requeued", result.envelope.id)
                await asyncio.sleep(1.0)  # no tight loop over a message that keeps failing
                await message.nack(requeue=True)
                return
            await message.ack()

        tag = await source.consume(on_message)
        log.info("consuming %s", queue)
        await stop.wait()
        await source.cancel(tag)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description="Consume the public events of MCU – Your Mentor (an example).")
    parser.add_argument(
        "--url", default=os.environ.get("STUDENT_OFFICE_AMQP_URL"), help="amqp://user:password@host:5672/vhost"
    )
    parser.add_argument("--queue", default=QUEUE)
    parser.add_argument(
        "--bind", action="append", default=[], metavar="KEY", help="declare the queue and bind it to KEY (a trial)"
    )
    parser.add_argument("--prefetch", type=int, default=16)
    args = parser.parse_args(argv)
    if not args.url:
        parser.error("give --url (or set STUDENT_OFFICE_AMQP_URL)")
    logging.basicConfig(level=logging.INFO, format="%(asctime)s %(levelname)s %(name)s: %(message)s")

    async def run() -> None:
        stop = asyncio.Event()
        loop = asyncio.get_running_loop()
        for signum in (signal.SIGINT, signal.SIGTERM):
            loop.add_signal_handler(signum, stop.set)
        await consume(args.url, queue=args.queue, bind=args.bind, prefetch=args.prefetch, stop=stop)

    asyncio.run(run())
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
