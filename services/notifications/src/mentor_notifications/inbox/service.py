"""Turn events into notifications by the rules table: one per (event, kind, recipient), in the recipient's
language, honouring preferences; e-mails are queued in the same transaction (the e-mail outbox)."""

import hashlib
from datetime import UTC, datetime
from typing import Any

from sqlalchemy.ext.asyncio import AsyncSession

from mentor_contracts.events import CaseRevisedInternalV1, CaseSubmittedInternalV1, Event
from mentor_kit.logging import get_logger
from mentor_kit.messaging import Handler
from mentor_notifications.email.compose import compose
from mentor_notifications.inbox import repository
from mentor_notifications.inbox.hub import Hub
from mentor_notifications.inbox.models import CaseCopy
from mentor_notifications.rendering import DEFAULT_LOCALE, case_title, render
from mentor_notifications.rules import MODERATORS, RULES, Rule
from mentor_notifications.settings import NotificationsSettings
from mentor_notifications.users import repository as users
from mentor_notifications.users.service import channel_for

log = get_logger("mentor_notifications.inbox")


def now() -> datetime:
    return datetime.now(UTC)


def dedup_key(event: Event, kind: str, user_id: str) -> str:
    fact = f"{event.event_type()}|{event.subject()}|{getattr(event, 'at', '')}|{kind}|{user_id}"
    return hashlib.sha256(fact.encode()).hexdigest()


class Notifier:
    def __init__(self, settings: NotificationsSettings, hub: Hub) -> None:
        self.settings = settings
        self.hub = hub

    def handlers(self) -> dict[type[Event], Handler]:
        handlers: dict[type[Event], Handler] = {
            CaseSubmittedInternalV1: self.on_case_version,
            CaseRevisedInternalV1: self.on_case_version,
        }
        handlers.update({event_type: self.dispatch for event_type in RULES})
        return handlers

    async def on_case_version(
        self, session: AsyncSession, event: CaseSubmittedInternalV1 | CaseRevisedInternalV1
    ) -> None:
        case = await session.get(CaseCopy, event.case_id)
        if case is None:
            case = CaseCopy(case_id=event.case_id, author_id=event.author_id)
            session.add(case)
        case.number, case.rubrics, case.privacy, case.updated_at = event.number, event.rubrics, event.privacy, now()

    async def dispatch(self, session: AsyncSession, event: Any) -> None:
        case_id = getattr(event, "case_id", None)
        case = await session.get(CaseCopy, case_id) if case_id is not None else None
        for rule in RULES[type(event)]:
            if not rule.when(event):
                continue
            if rule.recipients == MODERATORS:
                recipients = await users.moderator_ids(session)
            else:
                recipients = list(rule.recipients(event, case))
            told = await self._notify(session, rule, event, case, recipients)
            # Counts only: who received what about which case is never written to the log.
            log.info("notifications.created", kind=rule.kind, count=len(told))
            if told:
                self.hub.after_commit(session, told)

    async def _notify(
        self, session: AsyncSession, rule: Rule, event: Any, case: CaseCopy | None, recipients: list[str]
    ) -> list[str]:
        """The people told (a duplicate fact tells nobody)."""
        people = await users.recipients(session, recipients)
        chosen = await users.preferences(session, recipients)
        number = case.number if case else getattr(event, "number", None)
        rubrics = case.rubrics if case else []
        link = rule.link(event)
        told: list[str] = []
        for user_id in recipients:
            channel = channel_for(chosen, user_id, rule.kind)
            if channel == "off":
                continue
            person = people.get(user_id)
            locale = person.locale if person else DEFAULT_LOCALE
            context = {"title": case_title(number, rubrics, locale), **rule.params(event)}
            shown = render(rule.kind, locale, {**context, "email": False})
            email_state = "none"
            if channel == "email" and person is not None and person.email:
                email_state = "digest" if person.digest else "queued"
            notification_id = await repository.insert_once(
                session,
                {
                    "dedup_key": dedup_key(event, rule.kind, user_id),
                    "user_id": user_id,
                    "kind": rule.kind,
                    "title": shown.subject[:300],
                    "body": shown.body,
                    "link": link,
                    "case_id": getattr(event, "case_id", None),
                    "email_state": email_state,
                    "created_at": now(),
                },
            )
            if notification_id is None:
                continue  # this fact was already told to this person
            told.append(user_id)
            if email_state == "queued" and person is not None:
                mailed = render(rule.kind, locale, {**context, "email": True})
                session.add(compose(self.settings, person, mailed, link, dedup_key=f"notification:{notification_id}"))
        return told
