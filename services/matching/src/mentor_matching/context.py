"""What matching's handlers, workers and endpoints are given: the kit's context with matching's settings."""

from typing import Annotated

from fastapi import Depends

from mentor_kit.context import ServiceContext
from mentor_kit.web.deps import service_context
from mentor_matching.settings import MatchingSettings

MatchingContext = ServiceContext[MatchingSettings]
MatchingContextDep = Annotated[MatchingContext, Depends(service_context)]
