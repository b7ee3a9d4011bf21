"""Base event classes.

An event class is the `data` of one CloudEvent type. The class knows its `type` (a `Literal` field, so events
form a discriminated union), its routing key, its audience and so its exchange, and its `dataschema`.
Types are `ru.mgpu.mentor.<aggregate>.<event>.v<major>` for the public stream and
`ru.mgpu.mentor.internal.<aggregate>.<event>.v<major>` for platform-only events; the routing key is
`<aggregate>.<event>.v<major>` in both cases.
"""

import re
from datetime import UTC, datetime
from typing import Any, ClassVar, Literal, Self
from uuid import UUID, uuid4

from pydantic import BaseModel, ConfigDict

from mentor_contracts.envelope import CloudEvent

Audience = Literal["public", "internal"]

EXCHANGES: dict[Audience, str] = {"public": "mentor.events", "internal": "mentor.internal"}
TYPE_PREFIX = "ru.mgpu.mentor."
SCHEMA_BASE = "https://mentor.mgpu.ru/schemas/events/"
_TYPE_PATTERN = re.compile(r"^ru\.mgpu\.mentor\.(internal\.)?([a-z_]+\.[a-z_]+\.v[0-9]+)$")


class Event(BaseModel):
    model_config = ConfigDict(frozen=True, extra="ignore")  # consumers tolerate fields added later

    audience: ClassVar[Audience]
    subject_field: ClassVar[str] = "case_id"  # the aggregate id carried as the CloudEvent `subject`

    type: str

    @classmethod
    def __pydantic_init_subclass__(cls, **kwargs: Any) -> None:
        super().__pydantic_init_subclass__(**kwargs)
        if cls.__name__ in {"PublicEvent", "InternalEvent"}:
            return
        match = _TYPE_PATTERN.match(cls.event_type())
        if match is None:
            raise TypeError(f"{cls.__name__}: malformed event type {cls.event_type()!r}")
        if bool(match.group(1)) != (cls.audience == "internal"):
            raise TypeError(f"{cls.__name__}: type {cls.event_type()!r} does not match audience {cls.audience}")

    @classmethod
    def event_type(cls) -> str:
        default = cls.model_fields["type"].default
        if not isinstance(default, str):
            raise TypeError(f"{cls.__name__} must declare `type: Literal[...] = ...`")
        return default

    @classmethod
    def routing_key(cls) -> str:
        match = _TYPE_PATTERN.match(cls.event_type())
        assert match is not None
        return match.group(2)

    @classmethod
    def exchange(cls) -> str:
        return EXCHANGES[cls.audience]

    @classmethod
    def major(cls) -> int:
        return int(cls.routing_key().rsplit(".v", 1)[1])

    @classmethod
    def dataschema(cls) -> str:
        return f"{SCHEMA_BASE}{cls.audience}/{cls.routing_key()}.json"

    def subject(self) -> str:
        return str(getattr(self, self.subject_field))

    def public_projection(self) -> "PublicEvent | None":
        """The de-identified copy for `mentor.events`, if this event has one."""
        return None

    def to_cloudevent(
        self,
        *,
        source: str,
        correlation_id: str | None = None,
        event_id: UUID | None = None,
        time: datetime | None = None,
    ) -> CloudEvent:
        return CloudEvent(
            id=event_id or uuid4(),
            source=source,
            type=self.event_type(),
            time=time or datetime.now(UTC),
            subject=self.subject(),
            dataschema=self.dataschema(),
            data=self.model_dump(mode="json", exclude={"type"}),
            correlationid=correlation_id,
        )

    @classmethod
    def from_cloudevent(cls, envelope: CloudEvent) -> Self:
        if envelope.type != cls.event_type():
            raise ValueError(f"expected {cls.event_type()}, got {envelope.type}")
        return cls.model_validate({**envelope.data, "type": envelope.type})


class PublicEvent(Event):
    """On `mentor.events`: de-identified by construction (ids, codes, statuses, timestamps only)."""

    audience: ClassVar[Audience] = "public"


class InternalEvent(Event):
    """On `mentor.internal`: platform-only, may carry content and personal data services need."""

    audience: ClassVar[Audience] = "internal"
