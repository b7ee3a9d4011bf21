"""What the library's handlers, workers and endpoints are given: the kit's context and the search index."""

from dataclasses import dataclass
from typing import Annotated

from fastapi import Depends

from mentor_kit.context import ServiceContext
from mentor_kit.web.deps import service_context
from mentor_library.search.index import SearchIndex
from mentor_library.settings import LibrarySettings


@dataclass(frozen=True, kw_only=True)
class LibraryContext(ServiceContext[LibrarySettings]):
    index: SearchIndex


LibraryContextDep = Annotated[LibraryContext, Depends(service_context)]
