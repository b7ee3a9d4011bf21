"""Committed JSON-Schema snapshots: compatibility within a major version, and de-identified public events."""

import copy
import json
from pathlib import Path

import pytest

from mentor_contracts import asyncapi
from mentor_contracts.events import ALL_EVENTS, Event
from mentor_contracts.schemas import (
    compatibility_problems,
    event_schema,
    public_schema_problems,
    snapshot_name,
)

ROOT = Path(__file__).resolve().parents[3]
SNAPSHOTS = ROOT / "shared" / "contracts" / "schemas"
FIX = "run `make schemas` (compatible changes) or add a new major version (breaking changes)"


@pytest.mark.parametrize("event", ALL_EVENTS, ids=lambda e: e.__name__)
def test_snapshot_is_committed_and_current(event: type[Event]) -> None:
    path = SNAPSHOTS / snapshot_name(event)
    assert path.exists(), f"no snapshot for {event.__name__}: {FIX}"
    old = json.loads(path.read_text())
    new = event_schema(event)
    assert compatibility_problems(old, new) == [], FIX
    assert old == json.loads(json.dumps(new)), f"snapshot of {event.__name__} is stale: {FIX}"


@pytest.mark.parametrize("event", [e for e in ALL_EVENTS if e.audience == "public"], ids=lambda e: e.__name__)
def test_public_schemas_hold_no_free_text_or_personal_field(event: type[Event]) -> None:
    assert public_schema_problems(event_schema(event)) == []


def test_internal_events_do_carry_free_text_so_the_check_can_fail() -> None:
    from mentor_contracts.events import CaseSubmittedInternalV1

    problems = public_schema_problems(event_schema(CaseSubmittedInternalV1))
    assert any("author_id" in p for p in problems)
    assert any(".problem" in p for p in problems)


def _schema() -> dict:
    from mentor_contracts.events import CaseDeclinedInternalV1

    return event_schema(CaseDeclinedInternalV1)


def test_adding_an_optional_field_is_compatible() -> None:
    old, new = _schema(), _schema()
    new["properties"]["extra"] = {"type": "string", "default": ""}
    assert compatibility_problems(old, new) == []


@pytest.mark.parametrize(
    ("change", "expected"),
    [
        (lambda s: s["properties"].pop("reason"), "reason: removed"),
        (
            lambda s: s["required"].append("extra") or s["properties"].update(extra={"type": "string"}),
            "extra: newly required",
        ),
        (lambda s: s["properties"]["round"].update(type="string"), "round: type changed"),
    ],
    ids=["removed", "newly-required", "type-changed"],
)
def test_incompatible_changes_are_caught(change, expected: str) -> None:
    old, new = _schema(), copy.deepcopy(_schema())
    change(new)
    assert any(expected in p for p in compatibility_problems(old, new))


def test_removed_enum_value_is_caught() -> None:
    from mentor_contracts.events import CaseSubmittedV1

    old = event_schema(CaseSubmittedV1)
    new = copy.deepcopy(old)
    new["properties"]["urgency"]["enum"].remove("urgent")
    assert any("urgency" in p for p in compatibility_problems(old, new))


def test_committed_asyncapi_document_is_current() -> None:
    committed = (ROOT / "docs" / "asyncapi.yaml").read_text()
    assert committed == asyncapi.render(), "docs/asyncapi.yaml is stale: run `make asyncapi`"


def test_asyncapi_document_covers_both_exchanges() -> None:
    doc = asyncapi.build()
    assert doc["asyncapi"] == "3.0.0"
    exchanges = {c["bindings"]["amqp"]["exchange"]["name"] for c in doc["channels"].values()}
    assert exchanges == {"mentor.events", "mentor.internal"}
    assert len(doc["operations"]) == len(ALL_EVENTS)
