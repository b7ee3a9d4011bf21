"""The transactional outbox: events are rows written in the same transaction as the state change."""

import asyncio
from datetime import datetime
from typing import Any

from sqlalchemy import insert
from sqlalchemy.ext.asyncio import AsyncSession

from mentor_contracts.events import Event
from mentor_kit import clock
from mentor_kit.db.database import on_commit
from mentor_kit.logging import current_correlation_id
from mentor_kit.messaging.tables import MessagingTables


class Wakeup:
    """Wakes the relay as soon as a transaction that wrote outbox rows commits (instead of a slow poll)."""

    def __init__(self) -> None:
        self._event = asyncio.Event()

    def set(self) -> None:
        self._event.set()

    def take(self) -> bool:
        """True (and reset) if a commit happened since the last wait: the relay goes round again at once."""
        was_set = self._event.is_set()
        self._event.clear()
        return was_set

    async def wait(self, timeout: float) -> None:
        try:
            await asyncio.wait_for(self._event.wait(), timeout)
        except TimeoutError:
            pass
        self._event.clear()


class Outbox:
    def __init__(self, tables: MessagingTables, *, source: str, wakeup: Wakeup | None = None) -> None:
        self.tables = tables
        self.source = source
        self.wakeup = wakeup or Wakeup()

    async def add(self, session: AsyncSession, *events: Event, correlation_id: str | None = None) -> list[str]:
        """Stage events (each with its public projection, if it has one) in the caller's transaction.

        Returns the CloudEvent ids of `events`. Nothing is published unless the transaction commits.
        """
        correlation = correlation_id or current_correlation_id()
        now = clock.now()
        rows: list[dict[str, Any]] = []
        ids: list[str] = []
        for event in events:
            rows.append(self._row(event, correlation, now))
            ids.append(rows[-1]["id"])
            projection = event.public_projection()
            if projection is not None:
                rows.append(self._row(projection, correlation, now))
        await session.execute(insert(self.tables.outbox), rows)
        await self._wake_on_commit(session)
        return ids

    def _row(self, event: Event, correlation: str | None, now: datetime) -> dict[str, Any]:
        envelope = event.to_cloudevent(source=self.source, correlation_id=correlation, time=now)
        return {
            "id": str(envelope.id),
            "exchange": event.exchange(),
            "routing_key": event.routing_key(),
            "body": envelope.to_json(),
            "headers": {"correlation_id": correlation} if correlation else {},
            "created_at": now,
            "next_attempt_at": now,
            "attempts": 0,
        }

    async def _wake_on_commit(self, session: AsyncSession) -> None:
        """Once per transaction: wake this process's relay right after the commit.

        The relay runs in the process that writes the rows, so an in-process signal is enough; no PostgreSQL
        NOTIFY, which would serialize every committing transaction on a cluster-wide lock. Rows that another
        process wrote (or that a crash left behind) are picked up by the relay's poll."""
        on_commit(session, "outbox_wakeup", self.wakeup.set)
