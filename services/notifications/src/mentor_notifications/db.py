from sqlalchemy.orm import DeclarativeBase

from mentor_kit.db import naming_metadata
from mentor_kit.messaging import messaging_tables

metadata = naming_metadata()
messaging = messaging_tables(metadata)


class Base(DeclarativeBase):
    metadata = metadata
