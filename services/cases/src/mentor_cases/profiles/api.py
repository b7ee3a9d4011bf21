"""The mentee's own profile and questionnaire."""

from fastapi import APIRouter, Depends

from mentor_cases.context import CasesContextDep
from mentor_cases.profiles import service
from mentor_cases.profiles.schemas import ProfileRead, ProfileUpdate
from mentor_kit.auth import CurrentUser, require_roles
from mentor_kit.web import NotFound, problem_responses
from mentor_kit.web.deps import DbSession

router = APIRouter(prefix="/profile", tags=["mentee profile"], dependencies=[Depends(require_roles("mentee"))])


@router.get("", responses=problem_responses({404: "Not filled yet"}), summary="My questionnaire")
async def read_profile(session: DbSession, user: CurrentUser) -> ProfileRead:
    profile = await service.questionnaire_of(session, user.id)
    if profile is None:
        raise NotFound("the questionnaire is not filled yet")
    return ProfileRead.model_validate(profile)


@router.put("", summary="Fill or update my questionnaire")
async def write_profile(
    body: ProfileUpdate, session: DbSession, user: CurrentUser, ctx: CasesContextDep
) -> ProfileRead:
    return ProfileRead.model_validate(await service.fill_questionnaire(session, user.id, body, at=ctx.clock()))
