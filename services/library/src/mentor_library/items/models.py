import uuid
from datetime import datetime
from typing import Literal

from sqlalchemy import JSON, DateTime, Integer, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from mentor_contracts.events.library import ItemKind
from mentor_library.db import Base

ItemStatus = Literal["pending", "published", "rejected", "unpublished"]


class Item(Base):
    """A library item: the source of truth. The search index is derived from it (`version` vs `indexed_version`).

    A deleted item is a tombstone (`deleted_at` set, `version` bumped) until the indexer has removed its document
    from the index and purged the row; every read treats a tombstone as gone."""

    __tablename__ = "items"

    id: Mapped[uuid.UUID] = mapped_column(primary_key=True, default=uuid.uuid4)
    kind: Mapped[ItemKind] = mapped_column(String(16), index=True)
    title: Mapped[str] = mapped_column(String(300))
    body: Mapped[str] = mapped_column(Text)
    url: Mapped[str | None] = mapped_column(String(1000))
    authors: Mapped[list[str]] = mapped_column(JSON, default=list)
    year: Mapped[int | None] = mapped_column(Integer)
    rubrics: Mapped[list[str]] = mapped_column(JSON, default=list)
    participants: Mapped[list[str]] = mapped_column(JSON, default=list)
    language: Mapped[str] = mapped_column(String(2))
    status: Mapped[ItemStatus] = mapped_column(String(16), index=True)
    review_reason: Mapped[str | None] = mapped_column(Text)
    source_case_id: Mapped[uuid.UUID | None] = mapped_column(unique=True)  # for published cases: one item each
    attached_to: Mapped[uuid.UUID | None] = mapped_column(index=True)  # a material attached to a solved case
    created_by: Mapped[str] = mapped_column(String(128))
    created_at: Mapped[datetime] = mapped_column(DateTime(timezone=True))
    updated_at: Mapped[datetime] = mapped_column(DateTime(timezone=True))
    published_at: Mapped[datetime | None] = mapped_column(DateTime(timezone=True))
    deleted_at: Mapped[datetime | None] = mapped_column(DateTime(timezone=True))  # a tombstone for the indexer
    version: Mapped[int] = mapped_column(Integer, default=1)
    indexed_version: Mapped[int] = mapped_column(Integer, default=0, index=True)

    @property
    def is_deleted(self) -> bool:
        return self.deleted_at is not None

    @property
    def searchable(self) -> bool:
        return self.status == "published" and not self.is_deleted

    @property
    def visibility(self) -> str:
        return "registered" if self.kind == "case" else "public"

    def document(self) -> dict[str, object]:
        return {
            "title": self.title,
            "body": self.body,
            "authors": ", ".join(self.authors),
            "kind": self.kind,
            "rubrics": self.rubrics,
            "participants": self.participants,
            "language": self.language,
            "year": self.year,
            "url": self.url,
            "visibility": self.visibility,
            "published_at": (self.published_at or self.created_at).isoformat(),
        }
