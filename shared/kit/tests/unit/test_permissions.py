"""Least privilege on RabbitMQ, derived from what a service publishes and consumes."""

import re

from mentor_contracts.events import CaseSubmittedInternalV1, ForumTopicCreatedV1, OffersProposedV1
from mentor_kit.messaging.permissions import broker_permissions, published_exchanges


def allows(pattern: str, name: str) -> bool:
    return re.fullmatch(pattern, name) is not None


def test_a_service_configures_only_its_own_names_and_reads_only_what_it_consumes() -> None:
    cases = broker_permissions("cases", [OffersProposedV1])
    assert allows(cases.configure, "cases.events") and allows(cases.configure, "cases.requeue")
    assert not allows(cases.configure, "mentor.events") and not allows(cases.configure, "casesx.events")
    assert not allows(cases.configure, "library.events")
    assert allows(cases.write, "mentor.events") and allows(cases.write, "mentor.internal")
    assert not allows(cases.write, "amq.default") and not allows(cases.write, "")
    assert allows(cases.read, "mentor.events") and not allows(cases.read, "mentor.internal")
    assert not allows(cases.read, "forum.events")


def test_who_publishes_where() -> None:
    assert published_exchanges("notifications") == set()
    assert published_exchanges("forum") == {"mentor.events", "mentor.internal"}
    notifications = broker_permissions("notifications", [CaseSubmittedInternalV1, ForumTopicCreatedV1])
    assert not allows(notifications.write, "mentor.events") and allows(notifications.write, "notifications.requeue")
    assert allows(notifications.read, "mentor.internal") and allows(notifications.read, "mentor.events")
