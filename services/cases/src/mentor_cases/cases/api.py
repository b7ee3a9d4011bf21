"""HTTP endpoints of the case lifecycle: parse, authorize, call the service, map to the schema."""

import uuid
from datetime import datetime
from typing import Annotated, Literal

from fastapi import APIRouter, Depends, Query, status

from mentor_cases.audit import service as audit
from mentor_cases.audit.schemas import IdentityReadRead
from mentor_cases.cases import service
from mentor_cases.cases.access import AUTHOR, MENTOR, MODERATOR, may_see_author
from mentor_cases.cases.models import Case, OfferedMentor
from mentor_cases.cases.schemas import (
    CaseCreate,
    CaseRead,
    CaseUpdate,
    DeclineCreate,
    HistoryRead,
    MentorSelectionCreate,
    OfferRead,
)
from mentor_cases.cases.views import NOT_FOUND, NOT_FOUND_OR_CONFLICT, case_view_for
from mentor_cases.context import CasesContextDep
from mentor_cases.domain.lifecycle import Status
from mentor_cases.profiles import service as profiles
from mentor_cases.profiles.schemas import ProfileRead
from mentor_kit.auth import CurrentUser, User, require_roles
from mentor_kit.longpoll import Wait, long_poll
from mentor_kit.web import Page, Paging
from mentor_kit.web.deps import DbSession, ReadSession

router = APIRouter(prefix="/cases", tags=["cases"])
Mentee = Depends(require_roles("mentee"))


@router.post("", status_code=status.HTTP_201_CREATED, dependencies=[Mentee], summary="Submit a case (or save a draft)")
async def create_case(body: CaseCreate, session: DbSession, user: CurrentUser, ctx: CasesContextDep) -> CaseRead:
    return case_view_for(await service.create(session, ctx.outbox, user, body, at=ctx.clock()), AUTHOR)


@router.get(
    "", summary="Cases I wrote, I mentor, or was invited to as a colleague; moderators see all (newest first, one page)"
)
async def list_cases(
    session: DbSession,
    user: CurrentUser,
    paging: Paging,
    as_: Annotated[Literal["author", "mentor", "colleague", "moderator"], Query(alias="as")] = "author",
    status_: Annotated[Status | None, Query(alias="status")] = None,
) -> Page[CaseRead]:
    listed = await service.list_cases(session, user, as_, status_, paging)
    return Page(
        items=[case_view_for(case, listed.role) for case in listed.cases],
        total=listed.total,
        limit=paging.limit,
        offset=paging.offset,
    )


def _audit_identity(session: DbSession, case: Case, user: User, role: str, what: str, at: datetime) -> None:
    """Someone other than the author reads an anonymous author's identity (moderators): recorded, for the author
    and the admins to see."""
    if case.privacy == "anonymous" and role != AUTHOR and may_see_author(case, role):
        audit.record_identity_read(session, case.id, user.id, role, what, at=at)


@router.get("/{case_id}", responses=NOT_FOUND, summary="One case, as the caller may see it")
async def get_case(case_id: uuid.UUID, session: DbSession, user: CurrentUser, ctx: CasesContextDep) -> CaseRead:
    case, role = await service.load(session, user, case_id)
    _audit_identity(session, case, user, role, "case", ctx.clock())
    view = case_view_for(case, role)
    if may_see_author(case, role):
        profile = await profiles.questionnaire_of(session, case.author_id)
        view.author_profile = ProfileRead.model_validate(profile) if profile else None
    return view


@router.patch("/{case_id}", responses=NOT_FOUND_OR_CONFLICT, summary="Edit a draft")
async def update_draft(
    case_id: uuid.UUID, body: CaseUpdate, session: DbSession, user: CurrentUser, ctx: CasesContextDep
) -> CaseRead:
    case, role = await service.load(session, user, case_id, AUTHOR, for_update=True)
    return case_view_for(await service.update_draft(session, case, body, at=ctx.clock()), role)


@router.post("/{case_id}/submit", responses=NOT_FOUND_OR_CONFLICT, summary="Submit a draft")
async def submit(case_id: uuid.UUID, session: DbSession, user: CurrentUser, ctx: CasesContextDep) -> CaseRead:
    case, role = await service.load(session, user, case_id, AUTHOR, for_update=True)
    return case_view_for(await service.submit(session, ctx.outbox, user, case, at=ctx.clock()), role)


@router.post("/{case_id}/withdraw", responses=NOT_FOUND_OR_CONFLICT, summary="Withdraw before completion")
async def withdraw(case_id: uuid.UUID, session: DbSession, user: CurrentUser, ctx: CasesContextDep) -> CaseRead:
    case, role = await service.load(session, user, case_id, AUTHOR, for_update=True)
    return case_view_for(await service.withdraw(session, ctx.outbox, user, case, at=ctx.clock()), role)


@router.get(
    "/{case_id}/offers",
    responses=NOT_FOUND,
    summary="The mentors offered in the current round (`?wait=` to long-poll until there are some)",
)
async def offers(
    case_id: uuid.UUID, session: ReadSession, user: CurrentUser, ctx: CasesContextDep, wait: Wait = 0
) -> list[OfferRead]:
    async def read() -> list[OfferedMentor]:
        case, _ = await service.load(session, user, case_id, AUTHOR, MODERATOR, revisions=False)
        return await service.current_offers(session, case)

    found = await long_poll(ctx.changes, case_id, session, read, wait=wait)
    return [OfferRead.model_validate(o) for o in found]


@router.post("/{case_id}/mentor", responses=NOT_FOUND_OR_CONFLICT, summary="Select one of the offered mentors")
async def select_mentor(
    case_id: uuid.UUID,
    body: MentorSelectionCreate,
    session: DbSession,
    user: CurrentUser,
    ctx: CasesContextDep,
) -> CaseRead:
    case, role = await service.load(session, user, case_id, AUTHOR, for_update=True)
    return case_view_for(
        await service.select_mentor(session, ctx.outbox, user, case, body.mentor_id, at=ctx.clock()), role
    )


@router.post("/{case_id}/accept", responses=NOT_FOUND_OR_CONFLICT, summary="The selected mentor accepts")
async def accept(case_id: uuid.UUID, session: DbSession, user: CurrentUser, ctx: CasesContextDep) -> CaseRead:
    case, role = await service.load(session, user, case_id, MENTOR, for_update=True)
    return case_view_for(await service.accept(session, ctx.outbox, user, case, at=ctx.clock()), role)


@router.post("/{case_id}/decline", responses=NOT_FOUND_OR_CONFLICT, summary="The selected mentor declines")
async def decline(
    case_id: uuid.UUID,
    body: DeclineCreate,
    session: DbSession,
    user: CurrentUser,
    ctx: CasesContextDep,
) -> CaseRead:
    case, role = await service.load(session, user, case_id, MENTOR, for_update=True)
    return case_view_for(await service.decline(session, ctx.outbox, user, case, body.reason, at=ctx.clock()), role)


@router.get("/{case_id}/history", responses=NOT_FOUND, summary="Every step with actor and time")
async def history(case_id: uuid.UUID, session: DbSession, user: CurrentUser, ctx: CasesContextDep) -> list[HistoryRead]:
    case, role = await service.load(session, user, case_id)
    _audit_identity(session, case, user, role, "history", ctx.clock())
    return [
        HistoryRead(at=e.at, actor_id=actor_id, actor_role=e.actor_role, kind=e.kind, detail=e.detail)
        for e, actor_id in await service.history_for(session, case, role)
    ]


@router.get(
    "/{case_id}/identity-reads",
    responses=NOT_FOUND,
    summary="Who read my identity in my anonymous case, and when (its author)",
)
async def identity_reads(case_id: uuid.UUID, session: DbSession, user: CurrentUser) -> list[IdentityReadRead]:
    case, _ = await service.load(session, user, case_id, AUTHOR)
    return [IdentityReadRead.model_validate(r) for r in await audit.reads_of_case(session, case.id)]
