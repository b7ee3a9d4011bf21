"""The case lifecycle as one table of allowed transitions (no I/O, unit-tested on its own).

draft → submitted → offers_ready → mentor_selected → in_progress → solution_proposed → completed;
a decline or an expiry sends a selected case back to `submitted` for the next round of offers; a second
opinion (once) sends a proposed solution to `awaiting_second_opinion`, then through the same offer steps;
the author may withdraw at any point before completion.
"""

from enum import StrEnum


class Status(StrEnum):
    DRAFT = "draft"
    SUBMITTED = "submitted"
    OFFERS_READY = "offers_ready"
    MENTOR_SELECTED = "mentor_selected"
    IN_PROGRESS = "in_progress"
    SOLUTION_PROPOSED = "solution_proposed"
    AWAITING_SECOND_OPINION = "awaiting_second_opinion"
    COMPLETED = "completed"
    WITHDRAWN = "withdrawn"


class Action(StrEnum):
    EDIT_DRAFT = "edit_draft"
    SUBMIT = "submit"
    RECEIVE_OFFERS = "receive_offers"
    SELECT_MENTOR = "select_mentor"
    ACCEPT = "accept"
    DECLINE = "decline"
    EXPIRE = "expire"
    ASK_QUESTION = "ask_question"
    ANSWER = "answer"
    KEEP_VERSION = "keep_version"
    REVISE = "revise"
    INVITE_COLLEAGUE = "invite_colleague"
    GIVE_OPINION = "give_opinion"
    SHARE_TO_FORUM = "share_to_forum"
    PROPOSE_CONSULTATION = "propose_consultation"  # an online meeting with the author of a personal case
    PROPOSE_SOLUTION = "propose_solution"
    REQUEST_SECOND_OPINION = "request_second_opinion"
    COMPLETE = "complete"
    WITHDRAW = "withdraw"


S, A = Status, Action
_WORKING = (S.IN_PROGRESS, S.SOLUTION_PROPOSED)
_OPEN = (
    S.DRAFT,
    S.SUBMITTED,
    S.OFFERS_READY,
    S.MENTOR_SELECTED,
    S.IN_PROGRESS,
    S.SOLUTION_PROPOSED,
    S.AWAITING_SECOND_OPINION,
)

TRANSITIONS: dict[tuple[Status, Action], Status] = {
    (S.DRAFT, A.EDIT_DRAFT): S.DRAFT,
    (S.DRAFT, A.SUBMIT): S.SUBMITTED,
    (S.SUBMITTED, A.RECEIVE_OFFERS): S.OFFERS_READY,
    (S.OFFERS_READY, A.RECEIVE_OFFERS): S.OFFERS_READY,  # a fresher round replaces the offers shown
    (S.AWAITING_SECOND_OPINION, A.RECEIVE_OFFERS): S.OFFERS_READY,
    (S.OFFERS_READY, A.SELECT_MENTOR): S.MENTOR_SELECTED,
    (S.MENTOR_SELECTED, A.ACCEPT): S.IN_PROGRESS,
    (S.MENTOR_SELECTED, A.DECLINE): S.SUBMITTED,  # the next round starts
    (S.MENTOR_SELECTED, A.EXPIRE): S.SUBMITTED,
    (S.IN_PROGRESS, A.ASK_QUESTION): S.IN_PROGRESS,
    (S.IN_PROGRESS, A.ANSWER): S.IN_PROGRESS,
    (S.IN_PROGRESS, A.KEEP_VERSION): S.IN_PROGRESS,
    (S.IN_PROGRESS, A.REVISE): S.IN_PROGRESS,
    **{(status, A.INVITE_COLLEAGUE): status for status in _WORKING},
    **{(status, A.GIVE_OPINION): status for status in _WORKING},
    **{(status, A.SHARE_TO_FORUM): status for status in (*_WORKING, S.COMPLETED)},
    **{(status, A.PROPOSE_CONSULTATION): status for status in _WORKING},
    (S.IN_PROGRESS, A.PROPOSE_SOLUTION): S.SOLUTION_PROPOSED,
    (S.SOLUTION_PROPOSED, A.REQUEST_SECOND_OPINION): S.AWAITING_SECOND_OPINION,
    (S.SOLUTION_PROPOSED, A.COMPLETE): S.COMPLETED,
    **{(status, A.WITHDRAW): S.WITHDRAWN for status in _OPEN},
}

MAX_VERSIONS = 3  # the first version and at most two reformulations


class ForbiddenTransition(Exception):
    def __init__(self, status: Status, action: Action, reason: str | None = None) -> None:
        self.status, self.action = status, action
        readable = f"cannot {action.value.replace('_', ' ')}: the case is {status.value.replace('_', ' ')}"
        super().__init__(reason or readable)


def next_status(status: Status, action: Action) -> Status:
    """The status after `action`, or ForbiddenTransition."""
    try:
        return TRANSITIONS[(status, action)]
    except KeyError:
        raise ForbiddenTransition(status, action) from None


def allowed_actions(status: Status) -> list[Action]:
    return [action for (source, action) in TRANSITIONS if source == status]


def check_revision(versions: int) -> None:
    """Raise when a further reformulation would exceed the three versions the method allows."""
    if versions >= MAX_VERSIONS:
        raise ForbiddenTransition(
            S.IN_PROGRESS, A.REVISE, f"a case has at most {MAX_VERSIONS} versions (two reformulations)"
        )


def check_second_opinion(already_used: bool) -> None:
    if already_used:
        raise ForbiddenTransition(
            S.SOLUTION_PROPOSED, A.REQUEST_SECOND_OPINION, "a second opinion can be asked for once per case"
        )
