"""Prometheus metrics of the messaging kit (module level: one registration per process)."""

from prometheus_client import Counter, Gauge, Histogram

OUTBOX_PUBLISHED = Counter("mentor_outbox_published_total", "Outbox rows confirmed by the broker", ["source"])
OUTBOX_FAILED = Counter("mentor_outbox_failures_total", "Outbox publish failures", ["source", "reason"])
OUTBOX_LAG = Gauge("mentor_outbox_oldest_pending_seconds", "Age of the oldest unpublished outbox row", ["source"])
MESSAGES = Counter("mentor_messages_total", "Messages taken from a queue, by outcome", ["consumer", "type", "outcome"])
HANDLER_SECONDS = Histogram("mentor_handler_seconds", "Handler transaction time", ["consumer", "type"])
