"""HTTP endpoints of the work on a case."""

import uuid

from fastapi import APIRouter, Query, status

from mentor_cases.cases import service as cases
from mentor_cases.cases.access import AUTHOR, MENTOR
from mentor_cases.cases.api import CONFLICT, NOT_FOUND, read
from mentor_cases.cases.schemas import CaseRead
from mentor_cases.work import repository, service
from mentor_cases.work.schemas import (
    AnswerBody,
    QuestionRead,
    QuestionsAsk,
    ReflectionCreate,
    RevisionCreate,
    SolutionCreate,
    SolutionRead,
)
from mentor_contracts.taxonomy import QUESTION_BANK, BankQuestion, QuestionKind, RubricCode
from mentor_kit.auth import CurrentUser
from mentor_kit.web.deps import DbSession, OutboxDep

router = APIRouter(tags=["work on a case"])
ERRORS = {**NOT_FOUND, **CONFLICT}


@router.get("/question-bank", summary="Hint questions for mentors, filterable by kind and rubric")
async def question_bank(
    kind: QuestionKind | None = None,
    rubric: RubricCode | None = Query(None, description="questions for this rubric, and the general ones"),
) -> list[BankQuestion]:
    return [
        q
        for q in QUESTION_BANK
        if (kind is None or q.kind == kind) and (rubric is None or not q.rubrics or rubric in q.rubrics)
    ]


@router.post(
    "/cases/{case_id}/questions",
    status_code=status.HTTP_201_CREATED,
    responses=ERRORS,
    summary="The mentor asks questions: from the bank and/or their own",
)
async def ask(case_id: uuid.UUID, body: QuestionsAsk, session: DbSession, user: CurrentUser) -> list[QuestionRead]:
    case, _ = await cases.load(session, user, case_id, MENTOR, for_update=True)
    return [QuestionRead.model_validate(q) for q in await service.ask(session, user, case, body)]


@router.get("/cases/{case_id}/questions", responses=NOT_FOUND, summary="Questions and answers")
async def questions(case_id: uuid.UUID, session: DbSession, user: CurrentUser) -> list[QuestionRead]:
    case, _ = await cases.load(session, user, case_id)
    return [QuestionRead.model_validate(q) for q in await repository.questions(session, case.id)]


@router.post("/cases/{case_id}/questions/{question_id}/answer", responses=ERRORS, summary="The author answers")
async def answer(
    case_id: uuid.UUID, question_id: uuid.UUID, body: AnswerBody, session: DbSession, user: CurrentUser
) -> QuestionRead:
    case, _ = await cases.load(session, user, case_id, AUTHOR, for_update=True)
    return QuestionRead.model_validate(await service.answer(session, user, case, question_id, body.text))


@router.post("/cases/{case_id}/keep-version", responses=ERRORS, summary="Keep the first version (recorded)")
async def keep_version(case_id: uuid.UUID, session: DbSession, user: CurrentUser) -> CaseRead:
    case, role = await cases.load(session, user, case_id, AUTHOR, for_update=True)
    return read(await service.keep_version(session, user, case), role)


@router.post(
    "/cases/{case_id}/revisions",
    responses=ERRORS,
    status_code=status.HTTP_201_CREATED,
    summary="Define the problem more precisely: the next version (three at most)",
)
async def revise(
    case_id: uuid.UUID, body: RevisionCreate, session: DbSession, outbox: OutboxDep, user: CurrentUser
) -> CaseRead:
    case, role = await cases.load(session, user, case_id, AUTHOR, for_update=True)
    return read(await service.revise(session, outbox, user, case, body), role)


@router.post(
    "/cases/{case_id}/solution",
    responses=ERRORS,
    status_code=status.HTTP_201_CREATED,
    summary="The mentor writes a possible solution",
)
async def propose_solution(
    case_id: uuid.UUID, body: SolutionCreate, session: DbSession, user: CurrentUser
) -> SolutionRead:
    case, _ = await cases.load(session, user, case_id, MENTOR, for_update=True)
    return SolutionRead.model_validate(await service.propose_solution(session, user, case, body.text))


@router.get("/cases/{case_id}/solutions", responses=NOT_FOUND, summary="Solutions proposed so far")
async def solutions(case_id: uuid.UUID, session: DbSession, user: CurrentUser) -> list[SolutionRead]:
    case, _ = await cases.load(session, user, case_id)
    return [SolutionRead.model_validate(s) for s in await repository.solutions(session, case.id)]


@router.post("/cases/{case_id}/second-opinion", responses=ERRORS, summary="Ask another mentor (once per case)")
async def second_opinion(case_id: uuid.UUID, session: DbSession, outbox: OutboxDep, user: CurrentUser) -> CaseRead:
    case, role = await cases.load(session, user, case_id, AUTHOR, for_update=True)
    return read(await service.request_second_opinion(session, outbox, user, case), role)


@router.post("/cases/{case_id}/complete", responses=ERRORS, summary="Complete the case with a reflection sheet")
async def complete(
    case_id: uuid.UUID, body: ReflectionCreate, session: DbSession, outbox: OutboxDep, user: CurrentUser
) -> CaseRead:
    case, role = await cases.load(session, user, case_id, AUTHOR, for_update=True)
    return read(await service.complete(session, outbox, user, case, body), role)
