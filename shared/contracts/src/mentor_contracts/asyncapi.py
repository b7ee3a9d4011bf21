"""An AsyncAPI 3 document of both exchanges, generated from the contracts."""

from typing import Any

from pydantic.json_schema import models_json_schema

from mentor_contracts.envelope import CONTENT_TYPE
from mentor_contracts.events import ALL_EVENTS, EXCHANGES, Event

_REF = "#/components/schemas/{model}"
_EXCHANGE_DOC = {
    "mentor.events": "Integration stream for anyone, including other university systems. De-identified by "
    "construction: ids, case numbers, codes, statuses and timestamps only.",
    "mentor.internal": "Platform-only stream: full domain events with the content and personal data platform "
    "services need. External subscribers have no read access.",
}


def _channel_id(event: type[Event]) -> str:
    return f"{event.audience}_{event.routing_key().replace('.', '_')}"


def _envelope(event: type[Event]) -> dict[str, Any]:
    return {
        "type": "object",
        "description": "CloudEvents 1.0, structured JSON mode",
        "required": ["specversion", "id", "source", "type", "time", "datacontenttype", "dataschema", "data"],
        "properties": {
            "specversion": {"const": "1.0"},
            "id": {"type": "string", "format": "uuid"},
            "source": {"type": "string"},
            "type": {"const": event.event_type()},
            "time": {"type": "string", "format": "date-time"},
            "subject": {"type": "string"},
            "datacontenttype": {"const": "application/json"},
            "dataschema": {"const": event.dataschema()},
            "correlationid": {"type": "string"},
            "traceparent": {"type": "string"},
            "data": {"$ref": _REF.format(model=event.__name__)},
        },
    }


def build() -> dict[str, Any]:
    _, defs = models_json_schema([(e, "validation") for e in ALL_EVENTS], ref_template=_REF)
    schemas: dict[str, Any] = dict(sorted(defs["$defs"].items()))
    channels: dict[str, Any] = {}
    operations: dict[str, Any] = {}
    messages: dict[str, Any] = {}
    for event in ALL_EVENTS:
        name = event.__name__
        channel_id = _channel_id(event)
        messages[name] = {
            "name": event.event_type(),
            "title": name,
            "summary": (event.__doc__ or "").strip().splitlines()[0] if event.__doc__ else name,
            "contentType": CONTENT_TYPE,
            "payload": _envelope(event),
            "bindings": {"amqp": {"deliveryMode": 2, "bindingVersion": "0.3.0"}},
        }
        channels[channel_id] = {
            "address": event.routing_key(),
            "description": _EXCHANGE_DOC[event.exchange()],
            "messages": {name: {"$ref": f"#/components/messages/{name}"}},
            "bindings": {
                "amqp": {
                    "is": "routingKey",
                    "exchange": {
                        "name": event.exchange(),
                        "type": "topic",
                        "durable": True,
                        "autoDelete": False,
                        "vhost": "/",
                    },
                    "bindingVersion": "0.3.0",
                }
            },
        }
        operations[f"publish{name}"] = {
            "action": "send",
            "channel": {"$ref": f"#/channels/{channel_id}"},
            "messages": [{"$ref": f"#/channels/{channel_id}/messages/{name}"}],
        }
    return {
        "asyncapi": "3.0.0",
        "info": {
            "title": "MCU – Your Mentor events",
            "version": "1.0.0",
            "description": "Both topic exchanges of the platform: " + ", ".join(sorted(EXCHANGES.values())),
        },
        "defaultContentType": CONTENT_TYPE,
        "servers": {
            "rabbitmq": {"host": "rabbitmq:5672", "protocol": "amqp", "protocolVersion": "0-9-1"},
        },
        "channels": channels,
        "operations": operations,
        "components": {"messages": messages, "schemas": schemas},
    }


def render() -> str:
    import yaml

    return yaml.safe_dump(build(), sort_keys=False, allow_unicode=True, width=110)
