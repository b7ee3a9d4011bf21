"""Mentor profiles: public cards without login; the mentor writes their own; moderators (de)activate."""

from fastapi import APIRouter, Depends

from mentor_contracts.taxonomy import RubricCode
from mentor_kit.auth import CurrentUser, require_roles
from mentor_kit.web import NotFound, Page, Paging, problem_responses
from mentor_kit.web.deps import DbSession, ReadSession
from mentor_matching.context import MatchingContextDep
from mentor_matching.mentors import service
from mentor_matching.mentors.schemas import MentorPrivateRead, MentorRead, MentorUpdate

router = APIRouter(prefix="/mentors", tags=["mentors"])
MODERATORS = [Depends(require_roles("moderator", "admin"))]
MENTORS = [Depends(require_roles("mentor"))]


@router.get("", summary="Public mentor cards by name, optionally by rubric (no login needed)")
async def list_mentors(session: ReadSession, paging: Paging, rubric: RubricCode | None = None) -> Page[MentorRead]:
    mentors, total = await service.public_cards(session, paging, rubric)
    return Page(
        items=[MentorRead.model_validate(m) for m in mentors], total=total, limit=paging.limit, offset=paging.offset
    )


@router.get(
    "/me",
    dependencies=MENTORS,
    responses=problem_responses({404: "No profile yet"}),
    summary="My card and private settings",
)
async def my_profile(session: DbSession, user: CurrentUser) -> MentorPrivateRead:
    mentor = await service.profile(session, user.id)
    if mentor is None:
        raise NotFound("no profile yet: PUT /mentors/me")
    return MentorPrivateRead.model_validate(mentor)


@router.put("/me", dependencies=MENTORS, summary="Write my card and settings")
async def write_my_profile(
    body: MentorUpdate, session: DbSession, user: CurrentUser, ctx: MatchingContextDep
) -> MentorPrivateRead:
    return MentorPrivateRead.model_validate(await service.write_profile(session, user.id, body, ctx.clock()))


@router.put("/{mentor_id}", dependencies=MODERATORS, summary="Write a mentor's card and settings (moderators)")
async def write_mentor(
    mentor_id: str, body: MentorUpdate, session: DbSession, ctx: MatchingContextDep
) -> MentorPrivateRead:
    return MentorPrivateRead.model_validate(await service.write_profile(session, mentor_id, body, ctx.clock()))


@router.get("/{mentor_id}", responses=problem_responses({404: "No such active mentor"}), summary="A public card")
async def public_card(mentor_id: str, session: ReadSession) -> MentorRead:
    return MentorRead.model_validate(await service.public_card(session, mentor_id))


@router.put(
    "/{mentor_id}/active",
    dependencies=MODERATORS,
    responses=problem_responses({404: "No such mentor"}),
    summary="Activate or deactivate a mentor (moderators)",
)
async def set_active(mentor_id: str, active: bool, session: DbSession) -> MentorPrivateRead:
    return MentorPrivateRead.model_validate(await service.set_active(session, mentor_id, active))
