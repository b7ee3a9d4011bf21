"""HTTP endpoints of mentoring a case: parse, authorize, call the service, map to the schema."""

import uuid

from fastapi import APIRouter, status

from mentor_cases.cases import service as cases
from mentor_cases.cases.access import AUTHOR, COLLEAGUE, FORMER_MENTOR, MENTOR, MODERATOR
from mentor_cases.cases.schemas import CaseRead
from mentor_cases.cases.views import NOT_FOUND, NOT_FOUND_OR_CONFLICT, case_view_for
from mentor_cases.context import CasesContextDep
from mentor_cases.mentoring import service
from mentor_cases.mentoring.models import Suggestion
from mentor_cases.mentoring.schemas import (
    AnswerCreate,
    ColleagueCreate,
    ConsultationCreate,
    ConsultationProposed,
    ForumPostAccepted,
    ForumPostCreate,
    ForumShareCreate,
    OpinionCreate,
    OpinionRead,
    QuestionRead,
    QuestionsCreate,
    ReflectionCreate,
    RevisionCreate,
    SolutionCreate,
    SolutionRead,
    SuggestionRead,
)
from mentor_kit.auth import CurrentUser
from mentor_kit.longpoll import Wait, long_poll
from mentor_kit.web.deps import DbSession, ReadSession

router = APIRouter(tags=["mentoring a case"])


@router.post(
    "/cases/{case_id}/questions",
    status_code=status.HTTP_201_CREATED,
    responses=NOT_FOUND_OR_CONFLICT,
    summary="The mentor asks questions: from the bank and/or their own",
)
async def ask(
    case_id: uuid.UUID,
    body: QuestionsCreate,
    session: DbSession,
    user: CurrentUser,
    ctx: CasesContextDep,
) -> list[QuestionRead]:
    case, _ = await cases.load(session, user, case_id, MENTOR, for_update=True)
    return [
        QuestionRead.model_validate(q) for q in await service.ask(session, ctx.outbox, user, case, body, at=ctx.clock())
    ]


@router.get("/cases/{case_id}/questions", responses=NOT_FOUND, summary="Questions and answers")
async def questions(case_id: uuid.UUID, session: DbSession, user: CurrentUser) -> list[QuestionRead]:
    case, role = await cases.load(session, user, case_id)
    return [
        QuestionRead.model_validate(question).model_copy(update={"answer": answer})
        for question, answer in await service.questions_for(session, case, role)
    ]


@router.post(
    "/cases/{case_id}/questions/{question_id}/answer", responses=NOT_FOUND_OR_CONFLICT, summary="The author answers"
)
async def answer(
    case_id: uuid.UUID,
    question_id: uuid.UUID,
    body: AnswerCreate,
    session: DbSession,
    user: CurrentUser,
    ctx: CasesContextDep,
) -> QuestionRead:
    case, _ = await cases.load(session, user, case_id, AUTHOR, for_update=True)
    return QuestionRead.model_validate(
        await service.answer(session, user, case, question_id, body.text, at=ctx.clock())
    )


@router.post(
    "/cases/{case_id}/keep-version", responses=NOT_FOUND_OR_CONFLICT, summary="Keep the first version (recorded)"
)
async def keep_version(case_id: uuid.UUID, session: DbSession, user: CurrentUser, ctx: CasesContextDep) -> CaseRead:
    case, role = await cases.load(session, user, case_id, AUTHOR, for_update=True)
    return case_view_for(await service.keep_version(session, user, case, at=ctx.clock()), role)


@router.post(
    "/cases/{case_id}/revisions",
    responses=NOT_FOUND_OR_CONFLICT,
    status_code=status.HTTP_201_CREATED,
    summary="Define the problem more precisely: the next version (three at most)",
)
async def revise(
    case_id: uuid.UUID,
    body: RevisionCreate,
    session: DbSession,
    user: CurrentUser,
    ctx: CasesContextDep,
) -> CaseRead:
    case, role = await cases.load(session, user, case_id, AUTHOR, for_update=True)
    return case_view_for(await service.revise(session, ctx.outbox, user, case, body, at=ctx.clock()), role)


@router.post(
    "/cases/{case_id}/solution",
    responses=NOT_FOUND_OR_CONFLICT,
    status_code=status.HTTP_201_CREATED,
    summary="The mentor writes a possible solution",
)
async def propose_solution(
    case_id: uuid.UUID,
    body: SolutionCreate,
    session: DbSession,
    user: CurrentUser,
    ctx: CasesContextDep,
) -> SolutionRead:
    case, _ = await cases.load(session, user, case_id, MENTOR, for_update=True)
    return SolutionRead.model_validate(
        await service.propose_solution(session, ctx.outbox, user, case, body.text, at=ctx.clock())
    )


@router.get("/cases/{case_id}/solutions", responses=NOT_FOUND, summary="Solutions proposed so far")
async def solutions(case_id: uuid.UUID, session: DbSession, user: CurrentUser) -> list[SolutionRead]:
    case, _ = await cases.load(session, user, case_id)
    return [SolutionRead.model_validate(s) for s in await service.solutions(session, case)]


@router.post(
    "/cases/{case_id}/second-opinion", responses=NOT_FOUND_OR_CONFLICT, summary="Ask another mentor (once per case)"
)
async def second_opinion(case_id: uuid.UUID, session: DbSession, user: CurrentUser, ctx: CasesContextDep) -> CaseRead:
    case, role = await cases.load(session, user, case_id, AUTHOR, for_update=True)
    return case_view_for(await service.request_second_opinion(session, ctx.outbox, user, case, at=ctx.clock()), role)


@router.post(
    "/cases/{case_id}/complete", responses=NOT_FOUND_OR_CONFLICT, summary="Complete the case with a reflection sheet"
)
async def complete(
    case_id: uuid.UUID,
    body: ReflectionCreate,
    session: DbSession,
    user: CurrentUser,
    ctx: CasesContextDep,
) -> CaseRead:
    case, role = await cases.load(session, user, case_id, AUTHOR, for_update=True)
    return case_view_for(await service.complete(session, ctx.outbox, user, case, body, at=ctx.clock()), role)


@router.post(
    "/cases/{case_id}/colleagues",
    responses=NOT_FOUND_OR_CONFLICT,
    status_code=status.HTTP_204_NO_CONTENT,
    summary="Take the opinion of a colleague: give another mentor read access",
)
async def invite_colleague(
    case_id: uuid.UUID,
    body: ColleagueCreate,
    session: DbSession,
    user: CurrentUser,
    ctx: CasesContextDep,
) -> None:
    case, _ = await cases.load(session, user, case_id, MENTOR, for_update=True)
    await service.invite_colleague(session, ctx.outbox, user, case, body.colleague_id, at=ctx.clock())


@router.post(
    "/cases/{case_id}/opinions",
    responses=NOT_FOUND_OR_CONFLICT,
    status_code=status.HTTP_201_CREATED,
    summary="An invited colleague leaves an opinion, visible to the mentor only",
)
async def give_opinion(
    case_id: uuid.UUID,
    body: OpinionCreate,
    session: DbSession,
    user: CurrentUser,
    ctx: CasesContextDep,
) -> OpinionRead:
    case, _ = await cases.load(session, user, case_id, COLLEAGUE, for_update=True)
    return OpinionRead.model_validate(
        await service.give_opinion(session, ctx.outbox, user, case, body.text, at=ctx.clock())
    )


@router.get(
    "/cases/{case_id}/opinions",
    responses=NOT_FOUND,
    summary="Colleague opinions (the case's mentors, earlier ones included; colleagues their own; moderators)",
)
async def opinions(case_id: uuid.UUID, session: DbSession, user: CurrentUser) -> list[OpinionRead]:
    case, role = await cases.load(session, user, case_id, MENTOR, FORMER_MENTOR, COLLEAGUE, MODERATOR)
    return [OpinionRead.model_validate(o) for o in await service.opinions_for(session, case, role, user)]


@router.post(
    "/cases/{case_id}/forum",
    responses=NOT_FOUND_OR_CONFLICT,
    status_code=status.HTTP_202_ACCEPTED,
    summary="Post a de-identified copy to the forum (needs the author's consent to group discussion)",
)
async def share_to_forum(
    case_id: uuid.UUID,
    session: DbSession,
    user: CurrentUser,
    ctx: CasesContextDep,
    body: ForumShareCreate | None = None,
) -> dict[str, str]:
    case, role = await cases.load(session, user, case_id, AUTHOR, MENTOR, for_update=True)
    await service.share_to_forum(session, ctx.outbox, user, case, role, body.topic_id if body else None, at=ctx.clock())
    return {"status": "shared"}


@router.post(
    "/cases/{case_id}/forum/posts",
    responses=NOT_FOUND_OR_CONFLICT,
    status_code=status.HTTP_202_ACCEPTED,
    summary="The author replies in the forum topic of their shared case, as its author, never by name",
)
async def post_to_forum(
    case_id: uuid.UUID, body: ForumPostCreate, session: DbSession, user: CurrentUser, ctx: CasesContextDep
) -> ForumPostAccepted:
    case, _ = await cases.load(session, user, case_id, AUTHOR, for_update=True)
    post_id = await service.post_to_forum_as_author(session, ctx.outbox, case, body.body, at=ctx.clock())
    return ForumPostAccepted(post_id=post_id)


@router.post(
    "/cases/{case_id}/consultations",
    responses=NOT_FOUND_OR_CONFLICT,
    status_code=status.HTTP_202_ACCEPTED,
    summary="The mentor of a personal case proposes an online consultation to its author (the forum's calendar)",
)
async def propose_consultation(
    case_id: uuid.UUID, body: ConsultationCreate, session: DbSession, user: CurrentUser, ctx: CasesContextDep
) -> ConsultationProposed:
    case, _ = await cases.load(session, user, case_id, MENTOR, for_update=True)
    consultation_id = await service.propose_consultation(session, ctx.outbox, user, case, body, at=ctx.clock())
    return ConsultationProposed(consultation_id=consultation_id)


@router.get(
    "/cases/{case_id}/suggestions",
    responses=NOT_FOUND,
    summary="The first automatic response: similar solved cases and materials from the library (`?wait=` to long-poll)",
)
async def suggestions(
    case_id: uuid.UUID, session: ReadSession, user: CurrentUser, ctx: CasesContextDep, wait: Wait = 0
) -> list[SuggestionRead]:
    async def read() -> list[Suggestion]:
        case, _ = await cases.load(session, user, case_id, AUTHOR, MENTOR, MODERATOR, revisions=False)
        return await service.suggestions(session, case)

    found = await long_poll(ctx.changes, case_id, session, read, wait=wait)
    return [SuggestionRead.model_validate(s) for s in found]
