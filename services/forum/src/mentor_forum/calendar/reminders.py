"""Reminders before events, polled: each tick claims the reminders now due and writes their notices to the
outbox in one transaction, so a crash sends none or all of them, and two replicas never send one twice."""

from collections.abc import Sequence
from datetime import datetime, timedelta

from sqlalchemy.ext.asyncio import AsyncSession

from mentor_forum.calendar import repository
from mentor_forum.calendar.models import CalendarEvent
from mentor_forum.calendar.service import notify
from mentor_forum.context import ForumContext
from mentor_kit.clock import as_utc
from mentor_kit.messaging import Outbox
from mentor_kit.worker import PollingWorker


class Reminders(PollingWorker):
    name = "forum-reminders"

    def __init__(self, ctx: ForumContext) -> None:
        super().__init__(ctx.settings.reminder_poll_seconds)
        self.db, self.outbox, self.clock = ctx.db, ctx.outbox, ctx.clock
        self.offsets = ctx.settings.reminder_offsets_hours
        if any(hours < 1 for hours in self.offsets):
            raise ValueError(f"reminder_offsets_hours must be whole hours >= 1, not {self.offsets}")

    async def tick(self) -> int:
        async with self.db.transaction() as session:
            return await send_reminders(session, self.outbox, self.offsets, at=self.clock())


async def send_reminders(
    session: AsyncSession, outbox: Outbox, offsets_hours: Sequence[int], *, at: datetime, batch: int = 100
) -> int:
    """Remind those going (and the organizer) `offsets_hours` before each scheduled event, once per (event, offset,
    start) on every replica (the claim's primary key). When several moments have passed (an event created at
    short notice, a worker that was down), only the latest is sent: a "tomorrow" reminder an hour before is noise."""
    offsets = sorted(set(offsets_hours))
    sent = 0
    for i, hours in enumerate(offsets):
        for event in await repository.awaiting_reminder(session, hours, at, at + timedelta(hours=hours), batch):
            starts = as_utc(event.starts_at)
            if not await repository.claim_reminder(session, event.id, hours, starts, sent=True, at=at):
                continue  # another replica has it
            for stale in offsets[i + 1 :]:
                await repository.claim_reminder(session, event.id, stale, starts, sent=False, at=at)
            await notify(session, outbox, event, "reminder", await _reminded(session, event), at=at)
            sent += 1
    return sent


async def _reminded(session: AsyncSession, event: CalendarEvent) -> list[str]:
    going = await repository.user_ids(session, event.id, ("going",))
    if event.private and not going:
        return []  # an invitation nobody accepted: no consultation to remind the mentor of
    return [event.organizer_id, *going]
