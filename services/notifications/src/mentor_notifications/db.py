from sqlalchemy.orm import DeclarativeBase

from mentor_kit.db import naming_metadata
from mentor_kit.messaging import messaging_tables

metadata = naming_metadata()
tables = messaging_tables(metadata)  # the kit's `outbox` and `inbox` (of events), on this service's metadata


class Base(DeclarativeBase):
    metadata = metadata
