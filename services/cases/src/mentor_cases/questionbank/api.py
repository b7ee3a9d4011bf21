from fastapi import APIRouter, Depends, Query, status

from mentor_cases.context import CasesContextDep
from mentor_cases.questionbank import service
from mentor_contracts.taxonomy import BankQuestion, QuestionKind, RubricCode
from mentor_kit.auth import CurrentUser, require_roles
from mentor_kit.web import problem_responses
from mentor_kit.web.deps import DbSession

router = APIRouter(prefix="/question-bank", tags=["question bank"])


@router.get("", summary="Hint questions for mentors, filterable by kind and rubric")
async def question_bank(
    session: DbSession,
    kind: QuestionKind | None = None,
    rubric: RubricCode | None = Query(None, description="questions for this rubric, and the general ones"),
) -> list[BankQuestion]:
    return await service.matching(session, kind, rubric)


@router.post(
    "",
    status_code=status.HTTP_201_CREATED,
    dependencies=[Depends(require_roles("moderator", "admin"))],
    responses=problem_responses({409: "The code is taken"}),
    summary="Extend the bank (moderators)",
)
async def add_question(body: BankQuestion, session: DbSession, user: CurrentUser, ctx: CasesContextDep) -> BankQuestion:
    return await service.add(session, user, body, at=ctx.clock())
