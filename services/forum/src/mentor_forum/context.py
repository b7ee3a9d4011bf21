"""What the forum's handlers, workers and endpoints are given: the kit's context and the search index."""

from dataclasses import dataclass
from typing import Annotated

from fastapi import Depends

from mentor_forum.search.index import TopicIndex
from mentor_forum.settings import ForumSettings
from mentor_kit.context import ServiceContext
from mentor_kit.web.deps import service_context


@dataclass(frozen=True, kw_only=True)
class ForumContext(ServiceContext[ForumSettings]):
    index: TopicIndex


ForumContextDep = Annotated[ForumContext, Depends(service_context)]
