"""The inbox: events become notifications by the rules table (one per event, kind and recipient, in the recipient's
language, honouring preferences, e-mails queued in the same transaction); people read and mark their own; the
daily digest gathers what waited for it into one e-mail."""

import hashlib
from collections.abc import Sequence
from datetime import datetime
from typing import Any

from sqlalchemy.ext.asyncio import AsyncSession

from mentor_contracts.events import Event
from mentor_kit.auth import User
from mentor_kit.logging import get_logger
from mentor_kit.web.problems import NotFound
from mentor_notifications.case_copies import service as case_copies
from mentor_notifications.case_copies.models import CaseCopy
from mentor_notifications.email import service as email
from mentor_notifications.hub import Hub
from mentor_notifications.inbox import repository
from mentor_notifications.inbox.models import Notification
from mentor_notifications.inbox.schemas import InboxPageRead, MarkedCountRead, NotificationRead, UnreadCountRead
from mentor_notifications.rendering import DEFAULT_LOCALE, case_title, render
from mentor_notifications.rules import RULES, Rule
from mentor_notifications.settings import NotificationsSettings
from mentor_notifications.users import service as users

log = get_logger("mentor_notifications.inbox")


# --- events in ---------------------------------------------------------------------------------------------------


def dedup_key(event: Event, kind: str, user_id: str) -> str:
    """The same fact (type, subject, time) tells one person one kind once, whatever the event's id."""
    fact = f"{event.event_type()}|{event.subject()}|{getattr(event, 'at', '')}|{kind}|{user_id}"
    return hashlib.sha256(fact.encode()).hexdigest()


async def notify(
    session: AsyncSession, event: Event, *, settings: NotificationsSettings, hub: Hub, at: datetime
) -> None:
    """Apply every rule for this event's type; the people told hear of it on their streams after the commit."""
    case = await case_copies.find(session, getattr(event, "case_id", None))
    for rule in RULES[type(event)]:
        if not rule.when(event):
            continue
        recipients = await _recipients(session, rule, event, case)
        told = await _tell(session, settings, rule, event, case, recipients, at)
        # Counts only: who received what about which case is never written to the log.
        log.info("notifications.created", kind=rule.kind, count=len(told))
        if told:
            hub.after_commit(session, told)


async def _recipients(session: AsyncSession, rule: Rule, event: Any, case: CaseCopy | None) -> list[str]:
    if callable(rule.recipients):
        return list(rule.recipients(event, case))
    return await users.moderator_ids(session)


async def _tell(
    session: AsyncSession,
    settings: NotificationsSettings,
    rule: Rule,
    event: Any,
    case: CaseCopy | None,
    recipients: list[str],
    at: datetime,
) -> list[str]:
    """The people told (a duplicate fact tells nobody)."""
    people = await users.recipients_by_id(session, recipients)
    channels = await users.chosen_channels(session, recipients)
    # A case's number and rubrics title a message about the case; the forum's messages name their topic instead.
    number = (case.number if case else getattr(event, "number", None)) if rule.about_case else None
    rubrics = case.rubrics if case and rule.about_case else []
    link = rule.link(event)
    told: list[str] = []
    for user_id in recipients:
        channel = users.channel_for(channels, user_id, rule.kind)
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
                "case_id": getattr(event, "case_id", None) if rule.about_case else None,
                "email_state": email_state,
                "created_at": at,
            },
        )
        if notification_id is None:
            continue  # this fact was already told to this person
        told.append(user_id)
        if email_state == "queued" and person is not None:
            mailed = render(rule.kind, locale, {**context, "email": True})
            email.queue(session, settings, person, mailed, link, dedup_key=f"notification:{notification_id}", at=at)
    return told


# --- a person's inbox --------------------------------------------------------------------------------------------


def to_read(notification: Notification) -> NotificationRead:
    return NotificationRead(
        id=notification.id,
        kind=notification.kind,
        title=notification.title,
        body=notification.body,
        link=notification.link,
        case_id=notification.case_id,
        created_at=notification.created_at,
        read=notification.read_at is not None,
    )


async def inbox_page(
    session: AsyncSession, user_id: str, *, before: int | None, limit: int, unread_only: bool
) -> InboxPageRead:
    """Newest first, `limit` at most; `next_before` continues with older ones (null: nothing older)."""
    rows = await repository.newest_first(session, user_id, before=before, limit=limit + 1, unread_only=unread_only)
    items = [to_read(n) for n in rows[:limit]]
    return InboxPageRead(
        items=items,
        unread=await repository.unread_count(session, user_id),
        next_before=items[-1].id if len(rows) > limit else None,
    )


async def unread_count(session: AsyncSession, user_id: str) -> UnreadCountRead:
    return UnreadCountRead(unread=await repository.unread_count(session, user_id))


async def mark_read(session: AsyncSession, user_id: str, notification_id: int, *, at: datetime) -> None:
    if await repository.find_own(session, user_id, notification_id) is None:
        raise NotFound("no such notification")  # someone else's looks the same as a missing one
    await repository.mark_read(session, user_id, at, notification_id)


async def mark_all_read(session: AsyncSession, user_id: str, *, at: datetime) -> MarkedCountRead:
    return MarkedCountRead(marked=await repository.mark_read(session, user_id, at))


async def start_stream(session: AsyncSession, user: User, resume_after: int | None, *, at: datetime) -> int:
    """The id a stream continues after: the client's `Last-Event-ID`, or for a fresh stream the person's newest
    notification (only what comes from now on). The caller is registered as a recipient on the way."""
    await users.register(session, user, at=at)
    return resume_after if resume_after is not None else await repository.newest_id_of(session, user.id)


async def newer_than(session: AsyncSession, user_id: str, last_id: int) -> list[NotificationRead]:
    return [to_read(n) for n in await repository.newer_than(session, user_id, last_id)]


# --- other replicas' notifications (the watcher) -----------------------------------------------------------------


async def newest_id(session: AsyncSession) -> int:
    return await repository.newest_id(session)


async def notified_after(session: AsyncSession, last_id: int, limit: int) -> Sequence[tuple[int, str]]:
    """(id, person) of up to `limit` notifications of anyone after `last_id`, oldest first."""
    return await repository.recipients_after(session, last_id, limit)


# --- the daily digest --------------------------------------------------------------------------------------------


async def queue_digests(
    session: AsyncSession, settings: NotificationsSettings, hub: Hub, *, due: datetime, at: datetime
) -> int:
    """For each person who chose the digest and got none since `due`: one e-mail listing what waited for it
    (nothing if nothing did). Returns the number of e-mails queued; the sender wakes after the commit."""
    queued = 0
    for recipient in await users.digest_due(session, due):
        waiting = await repository.waiting_for_digest(session, recipient.id)
        if waiting and recipient.email:
            email.queue_digest(session, settings, recipient, [(n.title, n.link) for n in waiting], due=due, at=at)
            queued += 1
        for notification in waiting:
            notification.email_state = "digested"
        recipient.last_digest_at = due
    if queued:
        hub.after_commit(session, ())  # wakes the e-mail sender
    return queued
