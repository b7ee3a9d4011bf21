"""One page of a query in SQL: LIMIT/OFFSET for the rows and COUNT(*) over the same filter for the total."""

from collections.abc import Sequence
from typing import Any, TypeVar

from sqlalchemy import Select, func, select
from sqlalchemy.ext.asyncio import AsyncSession

from mentor_kit.web.pages import PageParams

T = TypeVar("T")


async def fetch_page(session: AsyncSession, statement: Select[T], page: PageParams) -> tuple[Sequence[T], int]:
    """`statement` must be ordered by a unique key (stable pages). Returns the page's rows and the total."""
    counted: Select[Any] = select(func.count()).select_from(statement.order_by(None).subquery())
    total = (await session.execute(counted)).scalar_one()
    rows = (await session.execute(statement.limit(page.limit).offset(page.offset))).scalars().all()
    return rows, int(total)
