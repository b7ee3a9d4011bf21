"""What a caller sees of a case, and the problem responses every case endpoint declares. Shared by the case
endpoints (`cases.api`) and the mentoring endpoints (`mentoring.api`), which depend on this folder, never
the reverse."""

from mentor_cases.cases.access import authors_words, may_see_author
from mentor_cases.cases.models import Case
from mentor_cases.cases.schemas import CaseRead, RevisionRead
from mentor_cases.domain.lifecycle import Status, allowed_actions
from mentor_kit.web import problem_responses

NOT_FOUND = problem_responses({404: "No such case, or not yours to see"})
NOT_FOUND_OR_CONFLICT = problem_responses(
    {404: "No such case, or not yours to see", 409: "Not allowed in the case's current status"}
)


def case_view_for(case: Case, role: str) -> CaseRead:
    """The case as a caller in `role` may see it: the author's identity and words only where allowed."""
    return CaseRead(
        id=case.id,
        number=case.number,
        status=case.status,
        privacy=case.privacy,
        urgency=case.urgency,
        consent_group_discussion=case.consent_group_discussion,
        consent_publish=case.consent_publish,
        rubrics=case.rubrics,
        participants=case.participants,
        versions=case.versions,
        round=case.round,
        mentor_id=case.mentor_id,
        needs_attention=case.needs_attention,
        second_opinion_used=case.second_opinion_used,
        created_at=case.created_at,
        submitted_at=case.submitted_at,
        completed_at=case.completed_at,
        author_id=case.author_id if may_see_author(case, role) else None,
        your_role=role,
        allowed_actions=[a.value for a in allowed_actions(Status(case.status))],
        revisions=[
            RevisionRead(
                number=r.number,
                problem=authors_words(case, role, r.problem),
                actions_taken=authors_words(case, role, r.actions_taken),
                difficulty=authors_words(case, role, r.difficulty),
                question=authors_words(case, role, r.question),
                created_at=r.created_at,
            )
            for r in case.revisions
        ],
    )
