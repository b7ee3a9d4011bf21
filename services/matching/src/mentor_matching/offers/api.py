"""Mentor statistics and colleague suggestions."""

import statistics
import uuid

from fastapi import APIRouter, Depends
from pydantic import BaseModel
from sqlalchemy import select

from mentor_kit.auth import CurrentUser, require_roles
from mentor_kit.web import NotFound
from mentor_kit.web.deps import DbSession
from mentor_matching.domain.ranking import CaseView, rank
from mentor_matching.offers.models import Attempt, CaseCopy
from mentor_matching.offers.service import mentor_views, now

router = APIRouter(tags=["offers"])


class MentorStatistics(BaseModel):
    mentor_id: str
    offered: int
    selected: int
    accepted: int
    declined: int
    expired: int
    completed: int
    median_hours_to_accept: float | None
    median_hours_to_solution: float | None


class ColleagueSuggestion(BaseModel):
    mentor_id: str
    score: float
    explanation: str


def _median(values: list[float]) -> float | None:
    return round(statistics.median(values), 2) if values else None


@router.get(
    "/mentors/{mentor_id}/stats",
    responses={404: {"description": "Not yours to see"}},
    summary="Offers, acceptances, declines, expiries and response times of a mentor",
)
async def mentor_statistics(mentor_id: str, session: DbSession, user: CurrentUser) -> MentorStatistics:
    if user.id != mentor_id and not user.is_moderator:
        raise NotFound("no such mentor")
    attempts = list((await session.execute(select(Attempt).where(Attempt.mentor_id == mentor_id))).scalars())
    states = [a.state for a in attempts]
    answered = [a for a in attempts if a.state in ("accepted", "completed") and a.selected_at and a.answered_at]
    solved = [a for a in attempts if a.state == "completed" and a.answered_at and a.finished_at]
    return MentorStatistics(
        mentor_id=mentor_id,
        offered=len(attempts),
        selected=sum(1 for a in attempts if a.selected_at is not None),
        accepted=sum(1 for s in states if s in ("accepted", "completed")),
        declined=states.count("declined"),
        expired=states.count("expired"),
        completed=states.count("completed"),
        median_hours_to_accept=_median(
            [
                (a.answered_at - a.selected_at).total_seconds() / 3600  # type: ignore[operator]
                for a in answered
            ]
        ),
        median_hours_to_solution=_median(
            [
                (a.finished_at - a.answered_at).total_seconds() / 3600  # type: ignore[operator]
                for a in solved
            ]
        ),
    )


@router.get(
    "/cases/{case_id}/colleague-suggestions",
    dependencies=[Depends(require_roles("mentor"))],
    summary="Mentors to ask for a colleague's opinion, ranked like offers (the caller excluded)",
)
async def colleague_suggestions(case_id: uuid.UUID, session: DbSession, user: CurrentUser) -> list[ColleagueSuggestion]:
    case = await session.get(CaseCopy, case_id)
    mentor_of_case = await session.execute(
        select(Attempt.id).where(
            Attempt.case_id == case_id, Attempt.mentor_id == user.id, Attempt.state.in_(("accepted", "completed"))
        )
    )
    if case is None or mentor_of_case.first() is None:
        raise NotFound("no such case among yours")
    at = now()
    view = CaseView(
        str(case.case_id),
        frozenset(case.rubrics),
        frozenset(case.participants),
        case.urgency,
        excluded=frozenset({user.id}),
    )
    return [
        ColleagueSuggestion(mentor_id=o.mentor_id, score=o.score, explanation=o.explanation)
        for o in rank(await mentor_views(session, at), view, at, top=5)
    ]
