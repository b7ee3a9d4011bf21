import re

import pytest

from mentor_kit.messaging.inprocess import topic_matches
from mentor_kit.messaging.permissions import broker_permissions, requeue_exchange
from mentor_kit.messaging.rabbit import queue_arguments
from mentor_kit.messaging.relay import backoff
from mentor_kit.messaging.topology import ConsumerTopology, ExchangeDecl


def allows(pattern: str, name: str) -> bool:
    return re.fullmatch(pattern, name) is not None


@pytest.mark.parametrize(
    ("pattern", "key", "expected"),
    [
        ("case.submitted.v1", "case.submitted.v1", True),
        ("case.*.v1", "case.submitted.v1", True),
        ("case.*", "case.submitted.v1", False),
        ("case.#", "case.submitted.v1", True),
        ("#", "anything.at.all", True),
        ("#.v1", "case.submitted.v1", True),
        ("case.#.v1", "case.v1", True),
        ("*.submitted.v1", "matching.offers_proposed.v1", False),
        ("case.submitted.v1", "case.submitted.v2", False),
    ],
)
def test_topic_matching_follows_amqp_rules(pattern: str, key: str, expected: bool) -> None:
    assert topic_matches(pattern, key) is expected


def test_consumer_topology_declares_main_retry_and_dead_letter_queues() -> None:
    topology = ConsumerTopology("cases", bindings=(("mentor.internal", "case.submitted.v1"),), retry_delays=(1.0, 10.0))
    main, first, second, dead = topology.declarations()
    assert main.name == "cases.events"
    assert main.bindings == (("mentor.internal", "case.submitted.v1"), ("cases.requeue", "cases.events"))
    assert main.dead_letter_to == "cases.dead" and main.delivery_limit
    assert (first.name, first.ttl_ms, first.dead_letter_to) == ("cases.retry.1000ms", 1000, "cases.events")
    assert (second.name, second.ttl_ms) == ("cases.retry.10000ms", 10000)
    assert dead.name == "cases.dead" and dead.dead_letter_to is None
    assert topology.max_attempts == 3
    assert queue_arguments(main)["x-queue-type"] == "quorum"
    assert queue_arguments(first)["x-message-ttl"] == 1000
    assert queue_arguments(first)["x-dead-letter-strategy"] == "at-least-once"


def test_every_move_between_a_consumers_queues_goes_through_its_requeue_exchange() -> None:
    """Not the default exchange: declaring a queue that dead-letters there needs write on `amq.default`, which
    would let a service put messages into any queue."""
    topology = ConsumerTopology("cases", bindings=(("mentor.events", "offers.proposed.v1"),), retry_delays=(1.0, 10.0))
    assert topology.requeue_exchange == requeue_exchange("cases") == "cases.requeue"
    assert topology.exchanges() == [ExchangeDecl("cases.requeue", "direct")]
    for decl in topology.declarations():
        assert ("cases.requeue", decl.name) in decl.bindings, f"{decl.name} bound under its own name"
        if decl.dead_letter_to is not None:
            arguments = queue_arguments(decl)
            assert arguments["x-dead-letter-exchange"] == "cases.requeue"
            assert arguments["x-dead-letter-routing-key"] == decl.dead_letter_to
    assert all(allows(broker_permissions("cases", []).configure, d.name) for d in topology.declarations())


def test_backoff_grows_and_is_capped() -> None:
    assert 0.25 <= backoff(1, 300) <= 0.5
    assert 4 <= backoff(5, 300) <= 8
    assert backoff(30, 60) <= 60
