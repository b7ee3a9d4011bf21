from datetime import UTC, datetime
from uuid import uuid4

import pytest
from pydantic import ValidationError

from mentor_contracts.envelope import CloudEvent
from mentor_contracts.events import (
    ALL_EVENTS,
    ANY_EVENT,
    CaseDeclinedInternalV1,
    CaseSubmittedInternalV1,
    CaseSubmittedV1,
    PublicEvent,
)


def submitted() -> CaseSubmittedInternalV1:
    return CaseSubmittedInternalV1(
        case_id=uuid4(),
        number="MCU-2026-000123",
        revision=1,
        rubrics=["class_management"],
        participants=["parents", "form_7"],
        urgency="urgent",
        privacy="anonymous",
        at=datetime.now(UTC),
        author_id="u-anna",
        problem="Родители ученицы жалуются директору",
        question="Как быть?",
        consent_group_discussion=True,
        consent_publish=False,
    )


def test_event_knows_type_routing_key_exchange_and_schema() -> None:
    assert CaseSubmittedInternalV1.event_type() == "ru.mgpu.mentor.internal.case.submitted.v1"
    assert CaseSubmittedInternalV1.routing_key() == CaseSubmittedV1.routing_key() == "case.submitted.v1"
    assert CaseSubmittedInternalV1.exchange() == "mentor.internal"
    assert CaseSubmittedV1.exchange() == "mentor.events"
    assert CaseSubmittedV1.dataschema().endswith("/public/case.submitted.v1.json")


def test_types_and_routing_keys_are_unique_per_exchange() -> None:
    assert len({e.event_type() for e in ALL_EVENTS}) == len(ALL_EVENTS)
    assert len({(e.exchange(), e.routing_key()) for e in ALL_EVENTS}) == len(ALL_EVENTS)


def test_public_projection_drops_content_and_identity() -> None:
    event = submitted()
    public = event.public_projection()
    assert isinstance(public, CaseSubmittedV1)
    dumped = public.model_dump_json()
    assert "u-anna" not in dumped and "Родители" not in dumped
    assert public.case_id == event.case_id


def test_declined_projection_drops_reason() -> None:
    event = CaseDeclinedInternalV1(
        case_id=uuid4(), number="MCU-2026-000001", mentor_id="m-1", round=1, reason="Нет времени", at=datetime.now(UTC)
    )
    assert "reason" not in event.public_projection().model_dump()


def test_cloudevent_round_trip_through_the_discriminated_union() -> None:
    event = submitted()
    envelope = event.to_cloudevent(source="/services/cases", correlation_id="c-1")
    parsed = CloudEvent.from_json(envelope.to_json())
    assert parsed.subject == str(event.case_id) and parsed.correlationid == "c-1"
    again = ANY_EVENT.validate_python({**parsed.data, "type": parsed.type})
    assert again == event
    assert CaseSubmittedInternalV1.from_cloudevent(parsed) == event


def test_invalid_codes_are_rejected() -> None:
    with pytest.raises(ValidationError):
        CaseSubmittedV1(
            case_id=uuid4(),
            number="123",
            revision=1,
            rubrics=["astrology"],
            participants=[],
            urgency="urgent",
            privacy="anonymous",
            at=datetime.now(UTC),
        )


def test_a_public_event_with_wrong_type_prefix_cannot_be_declared() -> None:
    from typing import Literal

    with pytest.raises(TypeError):

        class Leaky(PublicEvent):
            type: Literal["ru.mgpu.mentor.internal.case.leaky.v1"] = "ru.mgpu.mentor.internal.case.leaky.v1"
