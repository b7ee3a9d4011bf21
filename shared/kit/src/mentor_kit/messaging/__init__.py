"""Messaging kit: transactional outbox and relay, idempotent consumer with inbox, retries, dead letters."""

from mentor_kit.messaging.broker import (
    Broker,
    BrokerError,
    BrokerRefused,
    BrokerUnavailable,
    OutgoingMessage,
    Unroutable,
)
from mentor_kit.messaging.consumer import EventConsumer, Handler
from mentor_kit.messaging.deadletters import DeadLetter, list_dead_letters, replay_dead_letters
from mentor_kit.messaging.inprocess import InProcessBroker
from mentor_kit.messaging.outbox import Outbox, Wakeup
from mentor_kit.messaging.rabbit import RabbitBroker
from mentor_kit.messaging.relay import OutboxRelay
from mentor_kit.messaging.runtime import ServiceMessaging, create_broker
from mentor_kit.messaging.tables import MessagingTables, messaging_tables
from mentor_kit.messaging.topology import ConsumerTopology, ExchangeDecl, QueueDecl

__all__ = [
    "Broker",
    "BrokerError",
    "BrokerRefused",
    "BrokerUnavailable",
    "ConsumerTopology",
    "DeadLetter",
    "EventConsumer",
    "ExchangeDecl",
    "Handler",
    "InProcessBroker",
    "MessagingTables",
    "Outbox",
    "OutboxRelay",
    "OutgoingMessage",
    "QueueDecl",
    "RabbitBroker",
    "ServiceMessaging",
    "Unroutable",
    "Wakeup",
    "create_broker",
    "list_dead_letters",
    "messaging_tables",
    "replay_dead_letters",
]
