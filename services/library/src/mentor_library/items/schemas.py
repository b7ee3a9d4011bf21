import uuid
from typing import Literal

from pydantic import AnyHttpUrl, BaseModel, ConfigDict, Field, model_validator

from mentor_contracts.taxonomy import ParticipantCode, RubricCode
from mentor_kit.clock import Timestamp

MaterialKind = Literal["article", "book", "link"]


class ItemCreate(BaseModel):
    model_config = ConfigDict(
        extra="forbid",
        json_schema_extra={
            "examples": [
                {
                    "kind": "article",
                    "title": "Как выстроить границы общения с родителями",
                    "body": "Практические приёмы договорённостей о времени и каналах связи.",
                    "authors": ["Е. Иванова"],
                    "year": 2024,
                    "rubrics": ["parent_interaction"],
                    "participants": ["parents"],
                    "language": "ru",
                }
            ]
        },
    )

    kind: MaterialKind
    title: str = Field(min_length=3, max_length=300)
    body: str = Field("", max_length=20000, description="summary or text")
    url: AnyHttpUrl | None = None
    authors: list[str] = Field(default_factory=list, max_length=20)
    year: int | None = Field(None, ge=1800, le=2100)
    rubrics: list[RubricCode] = Field(min_length=1)
    participants: list[ParticipantCode] = Field(default_factory=list)
    language: Literal["ru", "en"] = "ru"
    attached_to: uuid.UUID | None = Field(None, description="a solved case item this material belongs to")

    @model_validator(mode="after")
    def link_needs_url(self) -> "ItemCreate":
        if self.kind == "link" and self.url is None:
            raise ValueError("a link needs a url")
        return self


class ItemUpdate(ItemCreate):
    """`PUT /items/{id}` replaces every field of a material (the same fields and rules as `ItemCreate`)."""


class ItemRead(BaseModel):
    model_config = ConfigDict(from_attributes=True)

    id: uuid.UUID
    kind: str
    title: str
    body: str
    url: str | None
    authors: list[str]
    year: int | None
    rubrics: list[str]
    participants: list[str]
    language: str
    status: str
    attached_to: uuid.UUID | None
    created_at: Timestamp
    published_at: Timestamp | None


class RejectionCreate(BaseModel):
    """A moderator's rejection of a case item waiting for review."""

    model_config = ConfigDict(extra="forbid")

    reason: str = Field("", max_length=1000)


class SearchHitRead(BaseModel):
    item: ItemRead
    score: float | None
    highlights: dict[str, list[str]]


class SearchResultsRead(BaseModel):
    total: int
    offset: int
    limit: int
    hits: list[SearchHitRead]
    facets: dict[str, dict[str, int]]


class ItemStatsRead(BaseModel):
    """Published items per rubric and per kind, most frequent first."""

    by_rubric: dict[str, int]
    by_kind: dict[str, int]
