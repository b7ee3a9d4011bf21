"""The forum's own MetaData (naming conventions of the kit), its declarative base and the outbox/inbox tables."""

from sqlalchemy.orm import DeclarativeBase

from mentor_kit.db import naming_metadata
from mentor_kit.messaging import messaging_tables

metadata = naming_metadata()
tables = messaging_tables(metadata)  # outbox and inbox


class Base(DeclarativeBase):
    metadata = metadata
