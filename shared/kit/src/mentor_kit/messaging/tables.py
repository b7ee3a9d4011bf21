"""The outbox and inbox tables, added to each service's own MetaData (each service owns its database)."""

from dataclasses import dataclass

from sqlalchemy import (
    Column,
    DateTime,
    Index,
    Integer,
    LargeBinary,
    MetaData,
    PrimaryKeyConstraint,
    String,
    Table,
    Text,
    text,
)
from sqlalchemy.engine import Connection
from sqlalchemy.types import JSON


@dataclass(frozen=True)
class MessagingTables:
    outbox: Table
    inbox: Table


def messaging_tables(metadata: MetaData) -> MessagingTables:
    outbox = Table(
        "outbox",
        metadata,
        Column("id", String(36), primary_key=True),  # the CloudEvent id, also the AMQP message_id
        Column("exchange", String(100), nullable=False),
        Column("routing_key", String(200), nullable=False),
        Column("body", LargeBinary, nullable=False),
        Column("headers", JSON, nullable=False),
        Column("created_at", DateTime(timezone=True), nullable=False),
        Column("next_attempt_at", DateTime(timezone=True), nullable=False),
        Column("attempts", Integer, nullable=False, server_default=text("0")),
        Column("published_at", DateTime(timezone=True)),
        Column("last_error", Text),
        Index(
            "ix_outbox_pending",
            "next_attempt_at",
            postgresql_where=text("published_at IS NULL"),
            sqlite_where=text("published_at IS NULL"),
        ),
    )
    inbox = Table(
        "inbox",
        metadata,
        Column("consumer", String(100), nullable=False),
        Column("message_id", String(100), nullable=False),
        Column("event_type", String(200), nullable=False),
        Column("handled_at", DateTime(timezone=True), nullable=False),
        PrimaryKeyConstraint("consumer", "message_id", name="pk_inbox"),
    )
    return MessagingTables(outbox=outbox, inbox=inbox)


def create_messaging_tables(connection: Connection) -> None:
    """For a service's first Alembic migration: `create_messaging_tables(op.get_bind())`."""
    from mentor_kit.db import naming_metadata

    messaging_tables(naming_metadata()).outbox.metadata.create_all(connection)


def drop_messaging_tables(connection: Connection) -> None:
    from mentor_kit.db import naming_metadata

    messaging_tables(naming_metadata()).outbox.metadata.drop_all(connection)
