import uuid
from datetime import datetime

from sqlalchemy import JSON, DateTime, Integer, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from mentor_library.db import Base


class Item(Base):
    """A library item: the source of truth. The search index is derived from it (`version` vs `indexed_version`)."""

    __tablename__ = "items"

    id: Mapped[uuid.UUID] = mapped_column(primary_key=True, default=uuid.uuid4)
    kind: Mapped[str] = mapped_column(String(16), index=True)  # case, article, book, link
    title: Mapped[str] = mapped_column(String(300))
    body: Mapped[str] = mapped_column(Text)
    url: Mapped[str | None] = mapped_column(String(1000))
    authors: Mapped[list[str]] = mapped_column(JSON, default=list)
    year: Mapped[int | None] = mapped_column(Integer)
    rubrics: Mapped[list[str]] = mapped_column(JSON, default=list)
    participants: Mapped[list[str]] = mapped_column(JSON, default=list)
    language: Mapped[str] = mapped_column(String(2))
    status: Mapped[str] = mapped_column(String(16), index=True)  # pending, published, rejected, unpublished
    review_reason: Mapped[str | None] = mapped_column(Text)
    source_case_id: Mapped[uuid.UUID | None] = mapped_column(unique=True)  # for published cases: one item each
    attached_to: Mapped[uuid.UUID | None] = mapped_column(index=True)  # a material attached to a solved case
    created_by: Mapped[str] = mapped_column(String(128))
    created_at: Mapped[datetime] = mapped_column(DateTime(timezone=True))
    updated_at: Mapped[datetime] = mapped_column(DateTime(timezone=True))
    published_at: Mapped[datetime | None] = mapped_column(DateTime(timezone=True))
    version: Mapped[int] = mapped_column(Integer, default=1)
    indexed_version: Mapped[int] = mapped_column(Integer, default=0, index=True)

    @property
    def searchable(self) -> bool:
        return self.status == "published"

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
