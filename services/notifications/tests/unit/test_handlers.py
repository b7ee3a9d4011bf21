"""The handlers table is the rules table plus the case copy: one place says who hears what."""

from mentor_contracts.events import CaseRevisedInternalV1, CaseSubmittedInternalV1, ItemPublishedV1, ItemUnpublishedV1
from mentor_notifications.handlers import HANDLERS, on_case_version, on_ruled_event
from mentor_notifications.rules import RULES


def test_every_ruled_event_and_only_those_besides_the_case_copy_is_handled() -> None:
    assert set(HANDLERS) == {*RULES, CaseSubmittedInternalV1, CaseRevisedInternalV1}
    assert all(HANDLERS[event_type] is on_ruled_event for event_type in RULES)
    assert HANDLERS[CaseSubmittedInternalV1] is on_case_version is HANDLERS[CaseRevisedInternalV1]
    # The library's publication events tell nobody here: no rule, so not consumed at all.
    assert ItemPublishedV1 not in HANDLERS and ItemUnpublishedV1 not in HANDLERS
