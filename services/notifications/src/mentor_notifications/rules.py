"""The rules table: which event tells whom what. One row per event; kinds are what people set preferences on.

Recipients come from the event (mentor, colleague ids), from the case copy (the author, known only from the
internal `case.submitted` event) or are the platform's moderators. The table is plain data and functions, no I/O.
"""

from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from typing import Any, Final, Literal

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
    AssignmentExpiredV1: (Rule("assignment_expired", "mentor", mentor, case_link, default_channel="in_app"),),
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
}

KINDS: dict[str, Rule] = {rule.kind: rule for rules in RULES.values() for rule in rules}
