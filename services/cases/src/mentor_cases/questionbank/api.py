from fastapi import APIRouter, Depends, Query, status

from mentor_cases.questionbank import service
from mentor_contracts.taxonomy import BankQuestion, QuestionKind, RubricCode
from mentor_kit.auth import CurrentUser, require_roles
from mentor_kit.web.deps import DbSession

router = APIRouter(prefix="/question-bank", tags=["question bank"])


@router.get("", summary="Hint questions for mentors, filterable by kind and rubric")
async def question_bank(
    session: DbSession,
    kind: QuestionKind | None = None,
    rubric: RubricCode | None = Query(None, description="questions for this rubric, and the general ones"),
) -> list[BankQuestion]:
    return [
        q
        for q in await service.all_questions(session)
        if (kind is None or q.kind == kind) and (rubric is None or not q.rubrics or rubric in q.rubrics)
    ]


@router.post(
    "",
    status_code=status.HTTP_201_CREATED,
    dependencies=[Depends(require_roles("moderator", "admin"))],
    responses={409: {"description": "The code is taken"}},
    summary="Extend the bank (moderators)",
)
async def add_question(body: BankQuestion, session: DbSession, user: CurrentUser) -> BankQuestion:
    return await service.add(session, user, body)
