"""Offset pages with a total, the same in every service: `?limit=&offset=` in, `Page[XRead]` out.

The repository runs the page in SQL with `mentor_kit.db.fetch_page`; an endpoint takes `Paging` and returns
`Page(items=..., total=..., limit=..., offset=...)`.
"""

from dataclasses import dataclass
from typing import Annotated, Generic, TypeVar

from fastapi import Depends, Query
from pydantic import BaseModel

T = TypeVar("T")
MAX_LIMIT = 200
MAX_OFFSET = 1_000_000  # deep offsets cost a scan; past this, filter instead


@dataclass(frozen=True)
class PageParams:
    limit: int = 50
    offset: int = 0


def page_params(
    limit: Annotated[int, Query(ge=1, le=MAX_LIMIT, description="Items per page")] = 50,
    offset: Annotated[int, Query(ge=0, le=MAX_OFFSET, description="Items to skip")] = 0,
) -> PageParams:
    return PageParams(limit=limit, offset=offset)


Paging = Annotated[PageParams, Depends(page_params)]


class Page(BaseModel, Generic[T]):
    items: list[T]
    total: int
    limit: int
    offset: int
