"""Play another service in a test: put its event on the broker as it would (a CloudEvent, confirmed)."""

from uuid import UUID

from mentor_contracts.events import Event
from mentor_kit.messaging import Broker, OutgoingMessage


async def publish_as(broker: Broker, event: Event, *, source: str = "/tests", event_id: UUID | None = None) -> str:
    """Publish `event` straight to the broker (tests only: services publish through their outbox).
    Pass the `event_id` of an earlier call to play a redelivered duplicate."""
    envelope = event.to_cloudevent(source=source, event_id=event_id)
    await broker.publish(
        OutgoingMessage(
            exchange=event.exchange(),
            routing_key=event.routing_key(),
            body=envelope.to_json(),
            message_id=str(envelope.id),
        )
    )
    return str(envelope.id)
