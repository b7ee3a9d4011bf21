"""The rules table: which event tells whom what. One row per event; kinds are what people set preferences on.

Recipients come from the event (mentor, colleague ids), from the case copy (the author, known only from the
internal `case.submitted` event) or are the platform's moderators. The table is plain data and functions, no I/O.
"""

from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from datetime import UTC, datetime
from typing import Any, Final, Literal
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from mentor_contracts.events import (
    AssignmentExpiredV1,
    CaseAcceptedV1,
    CaseColleagueInvitedV1,
    CaseCompletedV1,
    CaseDeclinedInternalV1,
    CaseMentorSelectedV1,
    CaseOpinionGivenV1,
    CaseQuestionsAskedV1,
    CaseSolutionProposedV1,
    DeadlineApproachingV1,
    Event,
    ForumAnswerAcceptedV1,
    ForumEventNoticeV1,
    ForumFlaggedV1,
    ForumMessageSentV1,
    ForumRepliedV1,
    ItemAwaitingReviewV1,
    NoMentorLeftV1,
    OffersProposedV1,
    SuggestionsReadyV1,
)
from mentor_notifications.case_copies.models import CaseCopy

Channel = Literal["email", "in_app", "off"]
CHANNELS: tuple[Channel, ...] = ("email", "in_app", "off")
MODERATORS: Final = "moderators"


class CaseNotKnownYet(Exception):
    """An event about a case whose internal `case.submitted` has not arrived yet: the consumer retries later."""


Recipients = Callable[[Any, CaseCopy | None], Sequence[str]] | Literal["moderators"]


@dataclass(frozen=True)
class Rule:
    kind: str
    audience: Literal["mentee", "mentor", "colleague", "moderator"]
    recipients: Recipients
    link: Callable[[Any], str]
    when: Callable[[Any], bool] = lambda _event: True
    params: Callable[[Any], dict[str, Any]] = field(default=lambda _event: {})
    default_channel: Channel = "email"
    # A forum notification carries no case id, even about a shared case: a watcher must not learn which case a
    # de-identified topic is (the case's own people know it already).
    about_case: bool = True


def author(_event: Any, case: CaseCopy | None) -> list[str]:
    if case is None:
        raise CaseNotKnownYet
    return [case.author_id]


def mentor(event: Any, _case: CaseCopy | None) -> list[str]:
    return [event.mentor_id]


def colleague(event: Any, _case: CaseCopy | None) -> list[str]:
    return [event.colleague_id]


def case_mentors(event: Any, _case: CaseCopy | None) -> list[str]:
    return list(dict.fromkeys(event.mentor_ids))


def case_link(event: Any) -> str:
    return f"/cases/{event.case_id}"


def forum_people(event: Any, case: CaseCopy | None) -> list[str]:
    """Those the forum names, and a shared case's author, whom only this service knows (from its case copy), unless
    the news is their own reply. A copy not here yet is waited for (retried), as for any event about a case."""
    told = list(event.recipient_ids)
    if event.case_id is not None and case is None:
        raise CaseNotKnownYet
    if case is not None and not getattr(event, "by_case_author", False):
        told.append(case.author_id)
    return list(dict.fromkeys(told))


def mentor_requests_link(_event: Any) -> str:
    """An expired request is no longer the mentor's to open: the link goes to their current requests instead."""
    return "/mentor/requests"


def topic_link(event: Any) -> str:
    number = getattr(event, "number", None)
    return f"/forum/topics/{event.topic_id}" + (f"?post={number}" if number else "")


def event_params(event: Any) -> dict[str, Any]:
    """The start in the event's own time zone (what its organizer announced), with the zone named."""
    return {"topic": event.title, "starts": local_time(event.starts_at, event.timezone)}


def notice_in(notices: tuple[str, ...]) -> Callable[[Any], bool]:
    return lambda event: event.notice in notices


def local_time(value: datetime, zone: str) -> str:
    try:
        local = value.astimezone(ZoneInfo(zone))
    except (ZoneInfoNotFoundError, ValueError, OverflowError):
        local, zone = value.astimezone(UTC), "UTC"  # the instant as sent, whatever the zone
    return f"{local:%d.%m.%Y %H:%M} ({zone})"


RULES: dict[type[Event], tuple[Rule, ...]] = {
    CaseMentorSelectedV1: (
        Rule(
            "new_request",
            "mentor",
            mentor,
            case_link,
            params=lambda e: {"urgency": e.urgency, "second_opinion": e.second_opinion},
        ),
    ),
    DeadlineApproachingV1: (
        Rule("deadline_reminder", "mentor", mentor, case_link, params=lambda e: {"deadline_at": e.deadline_at}),
    ),
    AssignmentExpiredV1: (
        Rule("assignment_expired", "mentor", mentor, mentor_requests_link, default_channel="in_app"),
    ),
    OffersProposedV1: (
        Rule(
            "offers_ready",
            "mentee",
            author,
            lambda e: f"/cases/{e.case_id}/offers",
            when=lambda e: bool(e.mentor_ids),
            params=lambda e: {"count": len(e.mentor_ids), "round": e.round},
        ),
    ),
    CaseAcceptedV1: (Rule("case_accepted", "mentee", author, case_link),),
    CaseDeclinedInternalV1: (
        Rule("case_declined", "mentee", author, case_link, params=lambda e: {"reason": e.reason}),
    ),
    CaseQuestionsAskedV1: (Rule("questions_asked", "mentee", author, case_link, params=lambda e: {"count": e.count}),),
    CaseSolutionProposedV1: (
        Rule("solution_proposed", "mentee", author, case_link, when=lambda e: not e.second_opinion),
        Rule("second_opinion_given", "mentee", author, case_link, when=lambda e: e.second_opinion),
    ),
    SuggestionsReadyV1: (
        Rule(
            "suggestions_ready",
            "mentee",
            author,
            lambda e: f"/cases/{e.case_id}/suggestions",
            when=lambda e: bool(e.suggestions),
            params=lambda e: {"count": len(e.suggestions)},
            default_channel="in_app",
        ),
    ),
    CaseColleagueInvitedV1: (Rule("opinion_requested", "colleague", colleague, case_link),),
    CaseOpinionGivenV1: (Rule("opinion_given", "mentor", mentor, case_link),),
    CaseCompletedV1: (Rule("case_completed", "mentor", case_mentors, case_link, default_channel="in_app"),),
    NoMentorLeftV1: (Rule("case_unassigned", "moderator", MODERATORS, case_link, params=lambda e: {"round": e.round}),),
    ItemAwaitingReviewV1: (
        Rule("item_awaiting_review", "moderator", MODERATORS, lambda e: f"/library/review/{e.item_id}"),
    ),
    ForumRepliedV1: (
        Rule(
            "forum_reply",
            "mentee",
            forum_people,
            topic_link,
            params=lambda e: {"topic": e.title},
            default_channel="in_app",
            about_case=False,
        ),
    ),
    ForumAnswerAcceptedV1: (
        Rule(
            "forum_answer_accepted",
            "mentee",
            forum_people,
            topic_link,
            params=lambda e: {"topic": e.title},
            about_case=False,
        ),
    ),
    ForumMessageSentV1: (
        Rule(
            "forum_message",
            "mentee",
            lambda e, _case: list(e.recipient_ids),
            lambda e: f"/forum/conversations/{e.conversation_id}",
            params=lambda e: {"topic": e.title},
        ),
    ),
    ForumEventNoticeV1: tuple(
        Rule(
            kind,
            "mentee",
            lambda e, _case: list(e.recipient_ids),
            lambda e: f"/forum/events/{e.event_id}",
            when=notice_in(notices),
            params=lambda e: {**event_params(e), "cancelled": e.notice == "cancelled"},
        )
        for kind, notices in (
            ("event_reminder", ("reminder",)),
            ("event_promoted", ("promoted",)),
            ("event_changed", ("changed", "cancelled")),
            ("event_invitation", ("invited",)),
        )
    ),
    ForumFlaggedV1: (
        Rule(
            "forum_flagged",
            "moderator",
            MODERATORS,
            lambda e: "/forum/moderation/flags" if e.target == "post" else "/forum/moderation/messages",
            params=lambda e: {"reason": e.reason, "hidden": e.hidden, "flags": e.open_flags, "target": e.target},
            default_channel="in_app",
        ),
    ),
}

KINDS: dict[str, Rule] = {rule.kind: rule for rules in RULES.values() for rule in rules}
