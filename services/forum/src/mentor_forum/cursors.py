"""The keyset cursor of every forum listing (topics, conversations, events): the last row's ordering time and id,
opaque to clients. A cursor this forum did not give is a 422 naming `cursor`, never a 500."""

import base64
import binascii
import json
import uuid
from datetime import UTC, datetime

from mentor_kit.clock import as_utc
from mentor_kit.web import Invalid


def encode(value: datetime, row_id: uuid.UUID) -> str:
    return base64.urlsafe_b64encode(json.dumps([as_utc(value).isoformat(), str(row_id)]).encode()).decode()


def decode(cursor: str) -> tuple[datetime, uuid.UUID]:
    try:
        value, row_id = json.loads(base64.urlsafe_b64decode(cursor.encode()))
        if not isinstance(value, str) or not isinstance(row_id, str):
            raise TypeError("a cursor holds two strings")
        return as_utc(datetime.fromisoformat(value)).astimezone(UTC), uuid.UUID(row_id)
    except (ValueError, TypeError, OverflowError, binascii.Error) as exc:
        raise Invalid({"cursor": "not a cursor this listing gave"}) from exc
