"""HTTP endpoints of the case lifecycle."""

import uuid
from typing import Annotated

from fastapi import APIRouter, Depends, Query, status

from mentor_cases.cases import repository, service
from mentor_cases.cases.access import AUTHOR, COLLEAGUE, MENTOR, MODERATOR, authors_words, may_see_author
from mentor_cases.cases.models import Case
from mentor_cases.cases.schemas import (
    CaseCreate,
    CaseRead,
    CaseUpdate,
    DeclineBody,
    HistoryRead,
    MentorChoice,
    OfferRead,
    RevisionRead,
)
from mentor_cases.domain.lifecycle import Status, allowed_actions
from mentor_cases.profiles.api import get_profile
from mentor_cases.profiles.schemas import ProfileRead
from mentor_kit.auth import CurrentUser, require_roles
from mentor_kit.web.deps import DbSession, OutboxDep

router = APIRouter(prefix="/cases", tags=["cases"])
Mentee = Depends(require_roles("mentee"))
NOT_FOUND = {404: {"description": "No such case, or not yours to see"}}
CONFLICT = {409: {"description": "Not allowed in the case's current status"}}
OTHER_MENTORS_STEPS = {"offers", "declined", "expired"}  # offer rounds are between the author and matching


def read(case: Case, role: str) -> CaseRead:
    return CaseRead(
        id=case.id,
        number=case.number,
        status=case.status,
        privacy=case.privacy,  # type: ignore[arg-type]
        urgency=case.urgency,
        consent_group_discussion=case.consent_group_discussion,  # type: ignore[arg-type]
        consent_publish=case.consent_publish,
        rubrics=case.rubrics,
        participants=case.participants,
        versions=case.versions,
        round=case.round,
        mentor_id=case.mentor_id,
        needs_attention=case.needs_attention,
        second_opinion_used=case.second_opinion_used,
        created_at=case.created_at,
        submitted_at=case.submitted_at,
        completed_at=case.completed_at,
        author_id=case.author_id if may_see_author(case, role) else None,
        your_role=role,
        allowed_actions=[a.value for a in allowed_actions(Status(case.status))],
        revisions=[
            RevisionRead(
                number=r.number,
                problem=authors_words(case, role, r.problem),
                actions_taken=authors_words(case, role, r.actions_taken),
                difficulty=authors_words(case, role, r.difficulty),
                question=authors_words(case, role, r.question),
                created_at=r.created_at,
            )
            for r in case.revisions
        ],
    )


@router.post("", status_code=status.HTTP_201_CREATED, dependencies=[Mentee], summary="Submit a case (or save a draft)")
async def create_case(body: CaseCreate, session: DbSession, outbox: OutboxDep, user: CurrentUser) -> CaseRead:
    return read(await service.create(session, outbox, user, body), AUTHOR)


@router.get("", summary="Cases I wrote, cases I mentor; moderators see all")
async def list_cases(
    session: DbSession,
    user: CurrentUser,
    as_: Annotated[str, Query(alias="as", pattern="^(author|mentor|moderator)$")] = "author",
    status_: Annotated[Status | None, Query(alias="status")] = None,
    limit: Annotated[int, Query(ge=1, le=200)] = 50,
    offset: Annotated[int, Query(ge=0)] = 0,
) -> list[CaseRead]:
    filters: dict[str, str | None] = {"status": status_.value if status_ else None}
    if as_ == AUTHOR:
        filters["author_id"] = user.id
    elif as_ == MENTOR:
        filters["mentor_id"] = user.id
    elif not user.is_moderator:
        filters["author_id"] = user.id  # asking for everything without the role: only what is yours
    cases = await repository.list_cases(session, limit=limit, offset=offset, **filters)  # type: ignore[arg-type]
    role = as_ if as_ != MODERATOR or user.is_moderator else AUTHOR
    return [read(case, role) for case in cases]


@router.get("/{case_id}", responses=NOT_FOUND, summary="One case, as the caller may see it")
async def get_case(case_id: uuid.UUID, session: DbSession, user: CurrentUser) -> CaseRead:
    case, role = await service.load(session, user, case_id)
    view = read(case, role)
    if may_see_author(case, role):
        profile = await get_profile(session, case.author_id)
        view.author_profile = ProfileRead.model_validate(profile) if profile else None
    return view


@router.patch("/{case_id}", responses={**NOT_FOUND, **CONFLICT}, summary="Edit a draft")
async def update_draft(case_id: uuid.UUID, body: CaseUpdate, session: DbSession, user: CurrentUser) -> CaseRead:
    case, role = await service.load(session, user, case_id, AUTHOR, for_update=True)
    return read(await service.update_draft(session, case, body), role)


@router.post("/{case_id}/submit", responses={**NOT_FOUND, **CONFLICT}, summary="Submit a draft")
async def submit(case_id: uuid.UUID, session: DbSession, outbox: OutboxDep, user: CurrentUser) -> CaseRead:
    case, role = await service.load(session, user, case_id, AUTHOR, for_update=True)
    return read(await service.submit(session, outbox, user, case), role)


@router.post("/{case_id}/withdraw", responses={**NOT_FOUND, **CONFLICT}, summary="Withdraw before completion")
async def withdraw(case_id: uuid.UUID, session: DbSession, outbox: OutboxDep, user: CurrentUser) -> CaseRead:
    case, role = await service.load(session, user, case_id, AUTHOR, for_update=True)
    return read(await service.withdraw(session, outbox, user, case), role)


@router.get("/{case_id}/offers", responses=NOT_FOUND, summary="The mentors offered in the current round")
async def offers(case_id: uuid.UUID, session: DbSession, user: CurrentUser) -> list[OfferRead]:
    case, _ = await service.load(session, user, case_id, AUTHOR, MODERATOR)
    return [OfferRead.model_validate(o) for o in await repository.offers(session, case.id, case.round)]


@router.post("/{case_id}/mentor", responses={**NOT_FOUND, **CONFLICT}, summary="Select one of the offered mentors")
async def select_mentor(
    case_id: uuid.UUID, body: MentorChoice, session: DbSession, outbox: OutboxDep, user: CurrentUser
) -> CaseRead:
    case, role = await service.load(session, user, case_id, AUTHOR, for_update=True)
    return read(await service.select_mentor(session, outbox, user, case, body.mentor_id), role)


@router.post("/{case_id}/accept", responses={**NOT_FOUND, **CONFLICT}, summary="The selected mentor accepts")
async def accept(case_id: uuid.UUID, session: DbSession, outbox: OutboxDep, user: CurrentUser) -> CaseRead:
    case, role = await service.load(session, user, case_id, MENTOR, for_update=True)
    return read(await service.accept(session, outbox, user, case), role)


@router.post("/{case_id}/decline", responses={**NOT_FOUND, **CONFLICT}, summary="The selected mentor declines")
async def decline(
    case_id: uuid.UUID, body: DeclineBody, session: DbSession, outbox: OutboxDep, user: CurrentUser
) -> CaseRead:
    case, role = await service.load(session, user, case_id, MENTOR, for_update=True)
    await service.decline(session, outbox, user, case, body.reason)
    return read(case, role)


@router.get("/{case_id}/history", responses=NOT_FOUND, summary="Every step with actor and time")
async def history(case_id: uuid.UUID, session: DbSession, user: CurrentUser) -> list[HistoryRead]:
    case, role = await service.load(session, user, case_id)
    entries = await repository.history(session, case.id)
    hide_author = not may_see_author(case, role)
    hidden = OTHER_MENTORS_STEPS if role in (MENTOR, COLLEAGUE) else set()
    return [
        HistoryRead(
            at=e.at,
            actor_id=None if hide_author and e.actor_role == AUTHOR else e.actor_id,
            actor_role=e.actor_role,
            kind=e.kind,
            detail=e.detail,
        )
        for e in entries
        if e.kind not in hidden
    ]
