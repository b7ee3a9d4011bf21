"""What the forum's API reads and writes. Limits: a title 5–200 characters, a post 1–10,000 (after trimming)."""

import uuid
from typing import Annotated, Literal

from pydantic import BaseModel, ConfigDict, Field, StringConstraints

from mentor_contracts.taxonomy import RubricCode
from mentor_kit.clock import Timestamp

Title = Annotated[str, StringConstraints(strip_whitespace=True, min_length=5, max_length=200)]
BODY_MAX = 10_000
Body = Annotated[str, StringConstraints(strip_whitespace=True, min_length=1, max_length=BODY_MAX)]
TopicOrder = Literal["latest", "newest", "unanswered", "solved"]
WatchLevel = Literal["watching", "normal", "muted"]


class TopicCreate(BaseModel):
    model_config = ConfigDict(extra="forbid")

    title: Title
    body: Body
    rubrics: list[RubricCode] = Field(default_factory=list, max_length=12)


class PostCreate(BaseModel):
    model_config = ConfigDict(extra="forbid")

    body: Body
    reply_to: uuid.UUID | None = Field(default=None, description="The post of this topic this one answers")


class PostEdit(BaseModel):
    model_config = ConfigDict(extra="forbid")

    body: Body


class SolutionChoice(BaseModel):
    model_config = ConfigDict(extra="forbid")

    post_id: uuid.UUID


class SectionRead(BaseModel):
    model_config = ConfigDict(from_attributes=True)

    id: str
    title_ru: str
    title_en: str
    description_ru: str
    description_en: str
    rubrics: list[str]
    shared_cases: bool = Field(description="Topics here are de-identified cases shared by the platform")
    topics: int = Field(description="Visible topics in the section")


class Author(BaseModel):
    id: str | None = Field(description="None: the platform (the text of a shared case)")
    name: str


class PostRead(BaseModel):
    id: uuid.UUID
    topic_id: uuid.UUID
    number: int
    author: Author
    body: str = Field(description="Markdown as written; empty once deleted")
    html: str = Field(description="The body rendered and sanitized; empty once deleted")
    reply_to_post_id: uuid.UUID | None
    likes: int
    hidden: bool = Field(description="Hidden by flags or a moderator: its text is not shown")
    created_at: Timestamp
    edited_at: Timestamp | None
    deleted: bool


class TopicSummary(BaseModel):
    id: uuid.UUID
    section_id: str
    kind: str = Field(description='"discussion", or "shared_case": a case its author shared, de-identified')
    title: str
    author: Author
    rubrics: list[str]
    replies: int
    solved: bool
    locked: bool
    pinned: bool
    hidden: bool = Field(default=False, description="Its first post is hidden by the moderators: no title shown")
    created_at: Timestamp
    last_post_at: Timestamp


class TopicRead(TopicSummary):
    solution_post_id: uuid.UUID | None
    posts: list[PostRead]
    next_after: int | None = Field(description="More posts: ask again with `after` set to this post number")


class TopicPage(BaseModel):
    items: list[TopicSummary]
    next: str | None = Field(description="More topics: ask again with `cursor` set to this value")


class RevisionRead(BaseModel):
    model_config = ConfigDict(from_attributes=True)

    body: str
    written_at: Timestamp
    replaced_at: Timestamp


class WatchChoice(BaseModel):
    model_config = ConfigDict(extra="forbid")

    level: WatchLevel = Field(description="watching: every reply; normal: replies to you; muted: nothing")
