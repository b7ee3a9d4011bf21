"""Events this service consumes: event in, one service call out. Who hears what is the rules table (`rules.py`):
every event type it lists is handled by `on_ruled_event`, so the two never disagree."""

from sqlalchemy.ext.asyncio import AsyncSession

from mentor_contracts.events import CaseRevisedInternalV1, CaseSubmittedInternalV1, Event
from mentor_kit.context import HandlerTable
from mentor_notifications.case_copies import service as case_copies
from mentor_notifications.context import NotificationsContext
from mentor_notifications.inbox import service as inbox
from mentor_notifications.rules import RULES


async def on_case_version(
    session: AsyncSession, event: CaseSubmittedInternalV1 | CaseRevisedInternalV1, ctx: NotificationsContext
) -> None:
    await case_copies.record_version(session, event, at=ctx.clock())


async def on_ruled_event(session: AsyncSession, event: Event, ctx: NotificationsContext) -> None:
    await inbox.notify(session, event, settings=ctx.settings, hub=ctx.hub, at=ctx.clock())


HANDLERS: HandlerTable[NotificationsContext] = {
    CaseSubmittedInternalV1: on_case_version,
    CaseRevisedInternalV1: on_case_version,
    **dict.fromkeys(RULES, on_ruled_event),
}
