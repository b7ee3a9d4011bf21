"""Mentor statistics and colleague suggestions."""

import uuid
from typing import Annotated

from fastapi import APIRouter, Depends, Query

from mentor_kit.auth import CurrentUser, require_roles
from mentor_kit.web import NotFound, problem_responses
from mentor_kit.web.deps import DbSession
from mentor_matching.context import MatchingContextDep
from mentor_matching.offers import repository, service
from mentor_matching.offers.schemas import ColleagueSuggestionRead, MentorRequestRead, MentorStatisticsRead

router = APIRouter(tags=["offers"])


@router.get(
    "/mentors/me/requests",
    dependencies=[Depends(require_roles("mentor"))],
    summary="Cases waiting for my answer, with the deadline of each (the nearest first)",
)
async def my_requests(
    session: DbSession, user: CurrentUser, limit: Annotated[int, Query(ge=1, le=100)] = 50
) -> list[MentorRequestRead]:
    return [MentorRequestRead.model_validate(a) for a in await repository.awaiting_answer(session, user.id, limit)]


@router.get(
    "/mentors/{mentor_id}/stats",
    responses=problem_responses({404: "Not yours to see"}),
    summary="Offers, acceptances, declines, expiries and response times of a mentor",
)
async def mentor_statistics(mentor_id: str, session: DbSession, user: CurrentUser) -> MentorStatisticsRead:
    if user.id != mentor_id and not user.is_moderator:
        raise NotFound("no such mentor")
    return await service.mentor_statistics(session, mentor_id)


@router.get(
    "/cases/{case_id}/colleague-suggestions",
    dependencies=[Depends(require_roles("mentor"))],
    responses=problem_responses({404: "Not a case of the caller"}),
    summary="Mentors to ask for a colleague's opinion, ranked like offers (the caller excluded)",
)
async def colleague_suggestions(
    case_id: uuid.UUID, session: DbSession, user: CurrentUser, ctx: MatchingContextDep
) -> list[ColleagueSuggestionRead]:
    offers = await service.colleague_suggestions(session, ctx.settings, case_id, user.id, ctx.clock())
    return [ColleagueSuggestionRead.model_validate(offer) for offer in offers]
