"""Mentoring a case: questions, answers, reformulations, the solution, a second opinion, completion, colleague
opinions, sharing to the forum, the library's suggestions. Depends on the `cases` folder, never the reverse."""

import uuid
from datetime import datetime, timedelta

from sqlalchemy.ext.asyncio import AsyncSession

from mentor_cases.cases import repository as cases_repository
from mentor_cases.cases import service as cases
from mentor_cases.cases.access import AUTHOR, COLLEAGUE, MENTOR, authors_words
from mentor_cases.cases.models import Case, Colleague, Revision
from mentor_cases.cases.service import SYSTEM, current_revision, guard, move
from mentor_cases.domain.lifecycle import Action, check_revision, check_second_opinion
from mentor_cases.mentoring import repository
from mentor_cases.mentoring.models import Opinion, Question, Reflection, Solution, Suggestion
from mentor_cases.mentoring.schemas import ConsultationCreate, QuestionsCreate, ReflectionCreate, RevisionCreate
from mentor_cases.questionbank import service as question_bank
from mentor_contracts.events import (
    CaseAuthorPostedToForumV1,
    CaseColleagueInvitedV1,
    CaseCompletedV1,
    CaseConsultationProposedV1,
    CaseOpinionGivenV1,
    CasePublishedV1,
    CaseQuestionsAskedV1,
    CaseRevisedInternalV1,
    CaseSecondOpinionRequestedV1,
    CaseSharedToForumV1,
    CaseSolutionProposedV1,
    SuggestionsReadyV1,
)
from mentor_kit.auth import User
from mentor_kit.messaging import Outbox
from mentor_kit.privacy import deidentify
from mentor_kit.web import Conflict, Invalid, NotFound


async def ask(
    session: AsyncSession, outbox: Outbox, user: User, case: Case, body: QuestionsCreate, *, at: datetime
) -> list[Question]:
    move(case, Action.ASK_QUESTION, at)
    asked = []
    for index, item in enumerate(body.questions):
        if item.bank_code is not None:
            bank = await question_bank.find(session, item.bank_code)
            if bank is None:
                raise Invalid({f"questions.{index}.bank_code": "no such question in the bank"})
            text, kind = item.text or bank.ru, bank.kind
        else:
            text, kind = item.text or "", item.kind or "clarifying"
        asked.append(
            Question(
                id=uuid.uuid4(),
                case_id=case.id,
                revision=case.versions,
                mentor_id=user.id,
                bank_code=item.bank_code,
                kind=kind,
                text=text,
                asked_at=at,
            )
        )
    repository.add(session, *asked)
    cases_repository.add_history(
        session,
        case,
        at,
        user.id,
        MENTOR,
        "questions",
        count=len(asked),
        bank_codes=[q.bank_code for q in asked if q.bank_code],
    )
    await outbox.add(session, CaseQuestionsAskedV1(case_id=case.id, mentor_id=user.id, count=len(asked), at=at))
    return asked


async def answer(
    session: AsyncSession, user: User, case: Case, question_id: uuid.UUID, text: str, *, at: datetime
) -> Question:
    question = await repository.question(session, case.id, question_id)
    if question is None:
        raise NotFound("no such question")
    if question.answer is not None:
        raise Conflict("this question is already answered")
    move(case, Action.ANSWER, at)
    question.answer, question.answered_at = text, at
    cases_repository.add_history(
        session, case, question.answered_at, user.id, AUTHOR, "answer", question_id=str(question.id)
    )
    return question


async def keep_version(session: AsyncSession, user: User, case: Case, *, at: datetime) -> Case:
    """ "Keep the first version": recorded for the mentor."""
    move(case, Action.KEEP_VERSION, at)
    cases_repository.add_history(session, case, at, user.id, AUTHOR, "kept_version", revision=case.versions)
    return case


async def revise(
    session: AsyncSession, outbox: Outbox, user: User, case: Case, body: RevisionCreate, *, at: datetime
) -> Case:
    """ "Define the problem more precisely": the next version (three at most)."""
    guard(check_revision, case.versions)
    move(case, Action.REVISE, at)
    case.versions += 1
    revision = Revision(
        case_id=case.id,
        number=case.versions,
        problem=body.problem,
        actions_taken=body.actions_taken,
        difficulty=body.difficulty,
        question=body.question,
        created_at=at,
    )
    repository.add(session, revision)
    case.revisions.append(revision)
    cases_repository.add_history(session, case, at, user.id, AUTHOR, "revision", revision=case.versions)
    assert case.number is not None
    await outbox.add(session, cases.version_event(case, at, CaseRevisedInternalV1))
    return case


async def propose_solution(
    session: AsyncSession, outbox: Outbox, user: User, case: Case, text: str, *, at: datetime
) -> Solution:
    move(case, Action.PROPOSE_SOLUTION, at)
    solution = Solution(
        id=uuid.uuid4(),
        case_id=case.id,
        mentor_id=user.id,
        second_opinion=case.second_opinion_used,
        text=text,
        at=at,
    )
    repository.add(session, solution)
    cases_repository.add_history(
        session, case, solution.at, user.id, MENTOR, "solution", second_opinion=solution.second_opinion
    )
    await outbox.add(
        session,
        CaseSolutionProposedV1(
            case_id=case.id, mentor_id=user.id, second_opinion=solution.second_opinion, at=solution.at
        ),
    )
    return solution


async def request_second_opinion(
    session: AsyncSession, outbox: Outbox, user: User, case: Case, *, at: datetime
) -> Case:
    guard(check_second_opinion, case.second_opinion_used)
    move(case, Action.REQUEST_SECOND_OPINION, at)
    first_mentor = case.mentor_id
    case.second_opinion_used, case.mentor_id = True, None
    cases_repository.add_history(session, case, at, user.id, AUTHOR, "second_opinion_requested")
    assert case.number is not None
    excluded = {s.mentor_id for s in await repository.solutions(session, case.id)}
    if first_mentor is not None:
        excluded.add(first_mentor)
    await outbox.add(
        session,
        CaseSecondOpinionRequestedV1(
            case_id=case.id,
            number=case.number,
            rubrics=case.rubrics,
            participants=case.participants,
            urgency=case.urgency,
            excluded_mentor_ids=sorted(excluded),
            at=at,
        ),
    )
    return case


async def complete(
    session: AsyncSession, outbox: Outbox, user: User, case: Case, body: ReflectionCreate, *, at: datetime
) -> Case:
    move(case, Action.COMPLETE, at)
    case.completed_at = at
    repository.add(
        session,
        Reflection(
            case_id=case.id,
            useful=body.useful,
            rating=body.rating,
            next_steps=body.next_steps,
            comment=body.comment,
            at=at,
        ),
    )
    cases_repository.add_history(session, case, at, user.id, AUTHOR, "completed", rating=body.rating)
    solutions = await repository.solutions(session, case.id)
    assert case.number is not None
    await outbox.add(
        session,
        CaseCompletedV1(
            case_id=case.id,
            number=case.number,
            rubrics=case.rubrics,
            mentor_ids=sorted({s.mentor_id for s in solutions}),
            second_opinion=case.second_opinion_used,
            consent_publish=case.consent_publish,
            at=at,
        ),
    )
    if case.consent_publish:
        await outbox.add(session, await published_document(session, case, [s.text for s in solutions], at=at))
        cases_repository.add_history(session, case, at, SYSTEM, SYSTEM, "sent_to_library")
    return case


async def published_document(
    session: AsyncSession, case: Case, solutions: list[str], *, at: datetime
) -> CasePublishedV1:
    """The de-identified document for the library: nothing in it may point to the author, school or pupils."""
    revision = current_revision(case)
    clarifications = [f"{q.text} — {q.answer}" for q in await repository.questions(session, case.id) if q.answer]

    def clean(text: str) -> str:
        return deidentify(text).text

    assert case.number is not None
    return CasePublishedV1(
        case_id=case.id,
        number=case.number,
        rubrics=case.rubrics,
        participants=case.participants,
        problem=clean(revision.problem),
        question=clean(revision.question),
        clarifications=[clean(c) for c in clarifications],
        solutions=[clean(s) for s in solutions],
        at=at,
    )


async def invite_colleague(
    session: AsyncSession, outbox: Outbox, user: User, case: Case, colleague_id: str, *, at: datetime
) -> None:
    if colleague_id in (user.id, case.author_id):
        raise Invalid({"colleague_id": "invite another mentor"})
    move(case, Action.INVITE_COLLEAGUE, at)
    if colleague_id in await cases_repository.colleague_ids(session, case.id):
        return  # already invited
    cases_repository.add(session, Colleague(case_id=case.id, colleague_id=colleague_id, invited_by=user.id, at=at))
    cases_repository.add_history(session, case, at, user.id, MENTOR, "colleague_invited", colleague_id=colleague_id)
    await outbox.add(
        session, CaseColleagueInvitedV1(case_id=case.id, mentor_id=user.id, colleague_id=colleague_id, at=at)
    )


async def give_opinion(
    session: AsyncSession, outbox: Outbox, user: User, case: Case, text: str, *, at: datetime
) -> Opinion:
    move(case, Action.GIVE_OPINION, at)
    opinion = Opinion(id=uuid.uuid4(), case_id=case.id, colleague_id=user.id, text=text, at=at)
    repository.add(session, opinion)
    cases_repository.add_history(session, case, opinion.at, user.id, COLLEAGUE, "opinion")
    assert case.mentor_id is not None
    await outbox.add(
        session, CaseOpinionGivenV1(case_id=case.id, colleague_id=user.id, mentor_id=case.mentor_id, at=opinion.at)
    )
    return opinion


async def share_to_forum(
    session: AsyncSession,
    outbox: Outbox,
    user: User,
    case: Case,
    role: str,
    topic_id: uuid.UUID | None,
    *,
    at: datetime,
) -> None:
    """Only with the author's consent to group discussion; the forum gets a de-identified copy."""
    if not case.consent_group_discussion:
        raise Conflict("the author did not consent to group discussion of this case")
    move(case, Action.SHARE_TO_FORUM, at)
    revision = current_revision(case)
    cases_repository.add_history(
        session, case, at, user.id, role, "shared_to_forum", topic_id=str(topic_id) if topic_id else None
    )
    await outbox.add(
        session,
        CaseSharedToForumV1(
            case_id=case.id,
            rubrics=case.rubrics,
            problem=deidentify(revision.problem).text,
            question=deidentify(revision.question).text,
            topic_id=topic_id,
            shared_by=user.id,
            at=at,
        ),
    )


async def post_to_forum_as_author(
    session: AsyncSession, outbox: Outbox, case: Case, body: str, *, at: datetime
) -> uuid.UUID:
    """The author replies in the forum topic of their shared case. The forum never learns who they are: the text
    goes de-identified, as the case author's, through this service (which alone knows the author)."""
    if not await cases_repository.has_step(session, case.id, "shared_to_forum"):
        raise Conflict("this case is not in the forum: share it first")
    post_id = uuid.uuid4()
    await outbox.add(
        session, CaseAuthorPostedToForumV1(case_id=case.id, post_id=post_id, body=deidentify(body).text, at=at)
    )
    cases_repository.add_history(session, case, at, case.author_id, AUTHOR, "author_posted_to_forum")
    return post_id


LONGEST_CONSULTATION = timedelta(hours=4)
FURTHEST_CONSULTATION = timedelta(days=365)


async def propose_consultation(
    session: AsyncSession, outbox: Outbox, user: User, case: Case, body: ConsultationCreate, *, at: datetime
) -> uuid.UUID:
    """The mentor of a personal case proposes an online meeting to its author; the forum puts it in both calendars
    as a private event. Never for an anonymous case: its mentor does not know the author, and an invitation would
    tell them."""
    if case.privacy != "personal":
        raise Conflict("an anonymous case: its mentor does not know the author, so no consultation can be arranged")
    if not at < body.starts_at <= at + FURTHEST_CONSULTATION:
        raise Invalid({"starts_at": "must be in the future, at most a year ahead"})
    if not body.starts_at < body.ends_at <= body.starts_at + LONGEST_CONSULTATION:
        raise Invalid({"ends_at": "must be after starts_at, at most 4 hours later"})
    move(case, Action.PROPOSE_CONSULTATION, at)
    consultation_id = uuid.uuid4()
    assert case.number is not None  # a case in work was submitted
    await outbox.add(
        session,
        CaseConsultationProposedV1(
            case_id=case.id,
            consultation_id=consultation_id,
            number=case.number,
            mentor_id=user.id,
            mentor_name=(user.name or user.id)[:200],
            author_id=case.author_id,
            author_name=f"Автор кейса {case.number}",  # this service keeps no names; the mentor knows who it is
            starts_at=body.starts_at,
            ends_at=body.ends_at,
            timezone=body.timezone,
            link=body.link,
            note=body.note,
            at=at,
        ),
    )
    cases_repository.add_history(
        session, case, at, user.id, MENTOR, "consultation_proposed", consultation_id=str(consultation_id)
    )
    return consultation_id


async def record_suggestions(session: AsyncSession, event: SuggestionsReadyV1) -> None:
    """The library's first automatic response for a version of the case; a repeated event adds nothing."""
    if await cases_repository.get_case(session, event.case_id) is None:
        return
    known = {(s.revision, s.item_id) for s in await repository.suggestions(session, event.case_id)}
    repository.add(
        session,
        *[
            Suggestion(
                case_id=event.case_id,
                revision=event.revision,
                item_id=s.item_id,
                kind=s.kind,
                title=s.title,
                score=s.score,
                at=event.at,
            )
            for s in event.suggestions
            if (event.revision, s.item_id) not in known
        ],
    )


async def questions_for(session: AsyncSession, case: Case, role: str) -> list[tuple[Question, str | None]]:
    """The questions, each with its answer as `role` may read it (the author's words de-identified where the
    reader may not know the author)."""
    return [
        (question, None if question.answer is None else authors_words(case, role, question.answer))
        for question in await repository.questions(session, case.id)
    ]


async def solutions(session: AsyncSession, case: Case) -> list[Solution]:
    return await repository.solutions(session, case.id)


async def opinions_for(session: AsyncSession, case: Case, role: str, user: User) -> list[Opinion]:
    """Every opinion for the mentor and moderators; a colleague sees only their own."""
    found = await repository.opinions(session, case.id)
    return [opinion for opinion in found if role != COLLEAGUE or opinion.colleague_id == user.id]


async def suggestions(session: AsyncSession, case: Case) -> list[Suggestion]:
    return await repository.suggestions(session, case.id)
