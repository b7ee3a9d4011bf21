"""The cases service's own MetaData: its ORM models, plus the kit's outbox and inbox tables."""

from sqlalchemy.orm import DeclarativeBase

from mentor_kit.db import naming_metadata
from mentor_kit.messaging import messaging_tables

metadata = naming_metadata()
messaging = messaging_tables(metadata)


class Base(DeclarativeBase):
    metadata = metadata
