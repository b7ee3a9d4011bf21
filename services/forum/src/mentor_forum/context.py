"""What the forum's handlers and endpoints are given: the kit's context with the forum settings."""

from typing import Annotated

from fastapi import Depends

from mentor_forum.settings import ForumSettings
from mentor_kit.context import ServiceContext
from mentor_kit.web.deps import service_context

ForumContext = ServiceContext[ForumSettings]
ForumContextDep = Annotated[ForumContext, Depends(service_context)]
