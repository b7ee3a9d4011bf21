"""The cases feature: one function per use case. Functions never commit: the request or the consumer owns
the transaction and the outbox rows are written in it."""

import uuid
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import datetime

from sqlalchemy.ext.asyncio import AsyncSession

from mentor_cases.cases import repository
from mentor_cases.cases.access import (
    AUTHOR,
    COLLEAGUE,
    FORMER_MENTOR,
    MENTOR,
    MODERATOR,
    may_see_author,
    require_role,
    role_in,
)
from mentor_cases.cases.models import Assignment, Case, HistoryEntry, OfferedMentor, Revision
from mentor_cases.cases.schemas import CaseCreate, CaseUpdate
from mentor_cases.domain.lifecycle import Action, ForbiddenTransition, Status, next_status
from mentor_contracts.events import (
    AssignmentExpiredV1,
    CaseAcceptedV1,
    CaseDeclinedInternalV1,
    CaseMentorSelectedV1,
    CaseRevisedInternalV1,
    CaseSubmittedInternalV1,
    CaseWithdrawnV1,
    ItemPublishedV1,
    ItemUnpublishedV1,
    OffersProposedInternalV1,
)
from mentor_kit.auth import User
from mentor_kit.clock import as_utc
from mentor_kit.logging import get_logger
from mentor_kit.messaging import Outbox
from mentor_kit.web import Conflict, Invalid, PageParams

log = get_logger("mentor_cases.cases")
SYSTEM = "system"
OTHER_MENTORS_STEPS = {"offers", "declined", "expired"}  # offer rounds are between the author and matching


def move(case: Case, action: Action, at: datetime) -> None:
    """Apply the lifecycle table to the case, or 409."""
    try:
        case.status = next_status(Status(case.status), action)
    except ForbiddenTransition as exc:
        raise Conflict(str(exc), case_status=case.status, action=action.value) from exc
    case.updated_at = at


def current_revision(case: Case) -> Revision:
    return case.revisions[-1]


def guard(check: Callable[..., None], *args: object) -> None:
    """Run a domain check; its ForbiddenTransition becomes a 409."""
    try:
        check(*args)
    except ForbiddenTransition as exc:
        raise Conflict(str(exc)) from exc


def _completeness(case: Case) -> None:
    revision = current_revision(case)
    errors = {}
    if not revision.problem:
        errors["problem"] = "the essence of the problem is required"
    if not revision.question:
        errors["question"] = "a question to the mentor is required"
    if not case.rubrics:
        errors["rubrics"] = "choose at least one rubric"
    if errors:
        raise Invalid(errors)


async def create(session: AsyncSession, outbox: Outbox, user: User, body: CaseCreate, *, at: datetime) -> Case:
    case = Case(
        id=uuid.uuid4(),
        author_id=user.id,
        status=Status.DRAFT,
        privacy=body.privacy,
        urgency=body.urgency,
        consent_group_discussion=body.consent_group_discussion,
        consent_publish=body.consent_publish,
        rubrics=body.rubrics,
        participants=body.participants,
        versions=1,
        round=0,
        second_opinion_used=False,
        needs_attention=False,
        created_at=at,
        updated_at=at,
    )
    revision = Revision(
        case_id=case.id,
        number=1,
        problem=body.problem,
        actions_taken=body.actions_taken,
        difficulty=body.difficulty,
        question=body.question,
        created_at=at,
    )
    case.revisions = [revision]
    repository.add(session, case, revision)
    repository.add_history(session, case, at, user.id, AUTHOR, "created")
    if body.submit:
        await submit(session, outbox, user, case, at=at)
    return case


async def update_draft(session: AsyncSession, case: Case, body: CaseUpdate, *, at: datetime) -> Case:
    move(case, Action.EDIT_DRAFT, at)
    changes = body.model_dump(exclude_unset=True)
    revision = current_revision(case)
    for field, value in changes.items():
        target = revision if field in ("problem", "actions_taken", "difficulty", "question") else case
        setattr(target, field, value)
    return case


async def submit(session: AsyncSession, outbox: Outbox, user: User, case: Case, *, at: datetime) -> Case:
    _completeness(case)
    move(case, Action.SUBMIT, at)
    case.number = f"MCU-{at.year}-{await repository.next_number(session, at.year):06d}"
    case.submitted_at = at
    repository.add_history(session, case, at, user.id, AUTHOR, "submitted", revision=1)
    await outbox.add(session, version_event(case, at))
    log.info("cases.case_submitted", case_id=str(case.id))
    return case


def version_event(
    case: Case, at: datetime, event: type[CaseSubmittedInternalV1 | CaseRevisedInternalV1] = CaseSubmittedInternalV1
) -> CaseSubmittedInternalV1 | CaseRevisedInternalV1:
    """The internal event of the case's current version (submitted or revised), with its text and author."""
    revision = current_revision(case)
    assert case.number is not None
    return event(
        case_id=case.id,
        number=case.number,
        revision=revision.number,
        rubrics=case.rubrics,
        participants=case.participants,
        urgency=case.urgency,
        privacy=case.privacy,
        at=at,
        author_id=case.author_id,
        problem=revision.problem,
        actions_taken=revision.actions_taken,
        difficulty=revision.difficulty,
        question=revision.question,
        consent_group_discussion=case.consent_group_discussion,
        consent_publish=case.consent_publish,
    )


async def withdraw(session: AsyncSession, outbox: Outbox, user: User, case: Case, *, at: datetime) -> Case:
    was_submitted = case.number is not None
    move(case, Action.WITHDRAW, at)
    repository.add_history(session, case, at, user.id, AUTHOR, "withdrawn")
    if was_submitted:
        assert case.number is not None
        await outbox.add(session, CaseWithdrawnV1(case_id=case.id, number=case.number, at=at))
    return case


async def record_offers(session: AsyncSession, event: OffersProposedInternalV1, *, at: datetime) -> None:
    """Matching proposed mentors for a round: show them to the author (an older round never overrides)."""
    case = await repository.get_case(session, event.case_id, for_update=True)
    if case is None or event.round < case.round:
        log.warning("cases.stale_offers_ignored", case_id=str(event.case_id), round=event.round)
        return
    tried = await repository.tried_mentors(session, case.id)
    fresh = [offer for offer in event.offers if offer.mentor_id not in tried]
    try:
        move(case, Action.RECEIVE_OFFERS, at)
    except Conflict:
        log.warning("cases.offers_out_of_turn", case_id=str(case.id), status=case.status)
        return
    case.round = event.round
    case.needs_attention = not fresh
    repository.add(
        session,
        *[
            OfferedMentor(
                case_id=case.id,
                round=event.round,
                mentor_id=o.mentor_id,
                score=o.score,
                explanation=o.explanation,
                created_at=at,
            )
            for o in fresh
        ],
    )
    repository.add_history(
        session, case, at, SYSTEM, SYSTEM, "offers", round=event.round, mentor_ids=[o.mentor_id for o in fresh]
    )


async def select_mentor(
    session: AsyncSession, outbox: Outbox, user: User, case: Case, mentor_id: str, *, at: datetime
) -> Case:
    offered = {o.mentor_id for o in await repository.offers(session, case.id, case.round)}
    if Status(case.status) == Status.OFFERS_READY and mentor_id not in offered:
        raise Invalid({"mentor_id": "choose one of the mentors offered in this round"})
    move(case, Action.SELECT_MENTOR, at)
    case.mentor_id = mentor_id
    second = case.second_opinion_used
    repository.add(
        session,
        Assignment(
            case_id=case.id,
            mentor_id=mentor_id,
            round=case.round,
            second_opinion=second,
            state="selected",
            selected_at=at,
        ),
    )
    repository.add_history(session, case, at, user.id, AUTHOR, "mentor_selected", mentor_id=mentor_id, round=case.round)
    assert case.number is not None
    await outbox.add(
        session,
        CaseMentorSelectedV1(
            case_id=case.id,
            number=case.number,
            mentor_id=mentor_id,
            round=case.round,
            urgency=case.urgency,
            second_opinion=second,
            at=at,
        ),
    )
    return case


async def accept(session: AsyncSession, outbox: Outbox, user: User, case: Case, *, at: datetime) -> Case:
    assignment = await _selected_assignment(session, case, user.id)
    move(case, Action.ACCEPT, at)
    assignment.state, assignment.answered_at = "accepted", at
    case.first_accepted_at = case.first_accepted_at or at
    repository.add_history(session, case, at, user.id, MENTOR, "accepted", round=case.round)
    assert case.number is not None
    await outbox.add(
        session, CaseAcceptedV1(case_id=case.id, number=case.number, mentor_id=user.id, round=case.round, at=at)
    )
    return case


async def decline(session: AsyncSession, outbox: Outbox, user: User, case: Case, reason: str, *, at: datetime) -> Case:
    assignment = await _selected_assignment(session, case, user.id)
    move(case, Action.DECLINE, at)
    assignment.state, assignment.answered_at, assignment.reason = "declined", at, reason
    case.mentor_id = None
    repository.add_history(session, case, at, user.id, MENTOR, "declined", round=case.round)
    assert case.number is not None
    await outbox.add(
        session,
        CaseDeclinedInternalV1(
            case_id=case.id, number=case.number, mentor_id=user.id, round=case.round, reason=reason, at=at
        ),
    )
    return case


async def expire(session: AsyncSession, event: AssignmentExpiredV1, *, at: datetime) -> None:
    """Matching says the selected mentor did not answer in time: back to the next round."""
    case = await repository.get_case(session, event.case_id, for_update=True)
    if case is None or case.mentor_id != event.mentor_id or Status(case.status) != Status.MENTOR_SELECTED:
        return  # already answered, or a duplicate
    assignment = await repository.current_assignment(session, case.id, event.mentor_id)
    move(case, Action.EXPIRE, at)
    if assignment is not None:
        assignment.state, assignment.answered_at = "expired", event.at
    case.mentor_id = None
    repository.add_history(session, case, at, SYSTEM, SYSTEM, "expired", mentor_id=event.mentor_id, round=event.round)


async def _selected_assignment(session: AsyncSession, case: Case, mentor_id: str) -> Assignment:
    assignment = await repository.current_assignment(session, case.id, mentor_id)
    if assignment is None or assignment.state != "selected":
        raise Conflict("this case is not waiting for your answer")
    return assignment


async def load(
    session: AsyncSession,
    user: User,
    case_id: uuid.UUID,
    *roles: str,
    for_update: bool = False,
    revisions: bool = True,
) -> tuple[Case, str]:
    """The case and the caller's role, or 404 (see access.py). `revisions=False` for a caller that does not read
    the case's text (a poll of its offers): one query less. Whether the caller is a colleague is asked only when
    it can matter: the author and the case's mentor hold a role that comes first."""
    case = await repository.get_case(session, case_id, for_update=for_update, revisions=revisions)
    colleagues: frozenset[str] = frozenset()
    former_mentors: frozenset[str] = frozenset()
    if case is not None and role_in(case, user) not in (AUTHOR, MENTOR):
        if await repository.is_colleague(session, case_id, user.id):
            colleagues = frozenset({user.id})
        elif await repository.was_mentor(session, case_id, user.id):
            former_mentors = frozenset({user.id})
    return require_role(case, user, *roles, colleagues=colleagues, former_mentors=former_mentors)


@dataclass(frozen=True)
class CaseList:
    cases: Sequence[Case]
    total: int
    role: str  # the role the caller reads them in


async def list_cases(
    session: AsyncSession, user: User, as_: str, status: Status | None, paging: PageParams
) -> CaseList:
    """One page of the caller's cases: written (author), mentored (mentor), those the caller was invited to as a
    colleague (colleague: a mentor only, as access.py reads them; read in that role), or all (moderators only;
    anyone else asking for everything gets their own)."""
    author_id = mentor_id = colleague_id = None
    if as_ == MENTOR:
        mentor_id = user.id
    elif as_ == COLLEAGUE:
        if not user.has("mentor"):  # no colleague access without the mentor role (access.role_in)
            return CaseList([], 0, COLLEAGUE)
        colleague_id = user.id
    elif as_ == AUTHOR or not user.is_moderator:
        author_id = user.id
    cases, total = await repository.list_cases(
        session,
        paging,
        author_id=author_id,
        mentor_id=mentor_id,
        colleague_id=colleague_id,
        status=status.value if status else None,
    )
    role = as_ if as_ != MODERATOR or user.is_moderator else AUTHOR
    return CaseList(cases, total, role)


async def has_cases(session: AsyncSession) -> bool:
    return await repository.any_case(session)


async def current_offers(session: AsyncSession, case: Case) -> list[OfferedMentor]:
    return await repository.offers(session, case.id, case.round)


async def history_for(session: AsyncSession, case: Case, role: str) -> list[tuple[HistoryEntry, str | None]]:
    """The case's steps as `role` may see them, each with the actor id it may see (the author's only where
    `may_see_author`); a mentor or colleague does not see the offer rounds."""
    hide_author = not may_see_author(case, role)
    hidden = OTHER_MENTORS_STEPS if role in (MENTOR, COLLEAGUE, FORMER_MENTOR) else set()
    return [
        (entry, None if hide_author and entry.actor_role == AUTHOR else entry.actor_id)
        for entry in await repository.history(session, case.id)
        if entry.kind not in hidden
    ]


async def record_library_publication(session: AsyncSession, event: ItemPublishedV1) -> None:
    """The library published an item made from one of our cases (after its review): the case is in the library.
    Other kinds, unknown cases, repeats and events older than the last one applied change nothing."""
    case = await _case_of_library_event(session, event)
    if case is None or case.library_item_id == event.item_id:
        return
    case.library_item_id, case.in_library_since, case.library_event_at = event.item_id, event.at, event.at
    log.info("cases.case_in_library", case_id=str(case.id), item_id=str(event.item_id))


async def record_library_withdrawal(session: AsyncSession, event: ItemUnpublishedV1) -> None:
    """The library no longer shows the item: its case is no longer in the library (other items change nothing)."""
    case = await _case_of_library_event(session, event)
    if case is None or case.library_item_id not in (None, event.item_id):
        return
    case.library_item_id, case.in_library_since, case.library_event_at = None, None, event.at
    log.info("cases.case_left_library", case_id=str(case.id), item_id=str(event.item_id))


async def _case_of_library_event(session: AsyncSession, event: ItemPublishedV1 | ItemUnpublishedV1) -> Case | None:
    """The case an item event is about, locked; None when it is not ours or the event is older than the last one
    applied (a redelivered publication must not undo a later withdrawal, nor the reverse)."""
    if event.kind != "case" or event.source_case_id is None:
        return None
    case = await repository.get_case(session, event.source_case_id, for_update=True)
    if case is None or (case.library_event_at is not None and event.at <= as_utc(case.library_event_at)):
        return None
    return case
