"""Events owned by the cases service."""

from datetime import datetime
from typing import Literal
from uuid import UUID

from pydantic import BaseModel, Field

from mentor_contracts.events.base import InternalEvent, PublicEvent
from mentor_contracts.events.fields import CaseNumber, FreeText, Revision, Round, UserId
from mentor_contracts.taxonomy import ParticipantCode, PrivacyMode, RubricCode, Urgency


class _CaseFacts(BaseModel):
    """What anyone may know about a case version: ids and codes."""

    case_id: UUID
    number: CaseNumber
    revision: Revision
    rubrics: list[RubricCode]
    participants: list[ParticipantCode]
    urgency: Urgency
    privacy: PrivacyMode
    at: datetime


class _CaseContent(BaseModel):
    """What platform services need to route and answer a case version."""

    author_id: UserId
    problem: FreeText
    actions_taken: FreeText = ""
    difficulty: FreeText = ""
    question: FreeText
    consent_group_discussion: bool
    consent_publish: bool


class CaseSubmittedV1(_CaseFacts, PublicEvent):
    type: Literal["ru.mgpu.mentor.case.submitted.v1"] = "ru.mgpu.mentor.case.submitted.v1"


class CaseSubmittedInternalV1(_CaseContent, _CaseFacts, InternalEvent):
    type: Literal["ru.mgpu.mentor.internal.case.submitted.v1"] = "ru.mgpu.mentor.internal.case.submitted.v1"

    def public_projection(self) -> CaseSubmittedV1:
        return CaseSubmittedV1.model_validate(self.model_dump(include=set(_CaseFacts.model_fields)))


class CaseRevisedV1(_CaseFacts, PublicEvent):
    type: Literal["ru.mgpu.mentor.case.revised.v1"] = "ru.mgpu.mentor.case.revised.v1"


class CaseRevisedInternalV1(_CaseContent, _CaseFacts, InternalEvent):
    type: Literal["ru.mgpu.mentor.internal.case.revised.v1"] = "ru.mgpu.mentor.internal.case.revised.v1"

    def public_projection(self) -> CaseRevisedV1:
        return CaseRevisedV1.model_validate(self.model_dump(include=set(_CaseFacts.model_fields)))


class CaseMentorSelectedV1(PublicEvent):
    type: Literal["ru.mgpu.mentor.case.mentor_selected.v1"] = "ru.mgpu.mentor.case.mentor_selected.v1"

    case_id: UUID
    number: CaseNumber
    mentor_id: UserId
    round: Round
    urgency: Urgency
    second_opinion: bool = False
    at: datetime


class CaseAcceptedV1(PublicEvent):
    type: Literal["ru.mgpu.mentor.case.accepted.v1"] = "ru.mgpu.mentor.case.accepted.v1"

    case_id: UUID
    number: CaseNumber
    mentor_id: UserId
    round: Round
    at: datetime


class CaseDeclinedV1(PublicEvent):
    type: Literal["ru.mgpu.mentor.case.declined.v1"] = "ru.mgpu.mentor.case.declined.v1"

    case_id: UUID
    number: CaseNumber
    mentor_id: UserId
    round: Round
    at: datetime


class CaseDeclinedInternalV1(InternalEvent):
    type: Literal["ru.mgpu.mentor.internal.case.declined.v1"] = "ru.mgpu.mentor.internal.case.declined.v1"

    case_id: UUID
    number: CaseNumber
    mentor_id: UserId
    round: Round
    reason: FreeText
    at: datetime

    def public_projection(self) -> CaseDeclinedV1:
        return CaseDeclinedV1.model_validate(self.model_dump(exclude={"type", "reason"}))


class CaseCompletedV1(PublicEvent):
    type: Literal["ru.mgpu.mentor.case.completed.v1"] = "ru.mgpu.mentor.case.completed.v1"

    case_id: UUID
    number: CaseNumber
    rubrics: list[RubricCode]
    mentor_ids: list[UserId]
    second_opinion: bool
    consent_publish: bool
    at: datetime


class CaseWithdrawnV1(PublicEvent):
    type: Literal["ru.mgpu.mentor.case.withdrawn.v1"] = "ru.mgpu.mentor.case.withdrawn.v1"

    case_id: UUID
    number: CaseNumber
    at: datetime


class CasePublishedV1(InternalEvent):
    """The de-identified document of a completed, consented case, for the library."""

    type: Literal["ru.mgpu.mentor.internal.case.published.v1"] = "ru.mgpu.mentor.internal.case.published.v1"

    case_id: UUID
    number: CaseNumber
    rubrics: list[RubricCode]
    participants: list[ParticipantCode]
    problem: FreeText
    question: FreeText
    clarifications: list[FreeText]
    solutions: list[FreeText]
    at: datetime


class CaseSharedToForumV1(InternalEvent):
    """A de-identified copy of a case for the forum, posted with the author's consent."""

    type: Literal["ru.mgpu.mentor.internal.case.shared_to_forum.v1"] = "ru.mgpu.mentor.internal.case.shared_to_forum.v1"

    case_id: UUID
    rubrics: list[RubricCode]
    problem: FreeText
    question: FreeText
    topic_id: UUID | None = None  # add to an existing discussion instead of opening a new one
    shared_by: UserId
    at: datetime


class CaseAuthorPostedToForumV1(InternalEvent):
    """The author of a shared case replies in its forum topic. Sent by the cases service, which alone knows who the
    author is: the forum gets the de-identified text and shows it as the case author's, never as theirs."""

    type: Literal["ru.mgpu.mentor.internal.case.author_posted_to_forum.v1"] = (
        "ru.mgpu.mentor.internal.case.author_posted_to_forum.v1"
    )

    case_id: UUID
    post_id: UUID  # chosen by the cases service: the forum's post id, so a redelivery posts once
    body: FreeText
    at: datetime


class CaseConsultationProposedV1(InternalEvent):
    """The mentor of a personal case proposes an online consultation to its author (never for an anonymous case:
    its mentor does not know the author). The forum puts it in both calendars as a private event."""

    type: Literal["ru.mgpu.mentor.internal.case.consultation_proposed.v1"] = (
        "ru.mgpu.mentor.internal.case.consultation_proposed.v1"
    )

    case_id: UUID
    consultation_id: UUID  # chosen by the cases service: the forum's event id, so a redelivery creates one event
    number: CaseNumber
    mentor_id: UserId
    mentor_name: str = Field(max_length=200)
    author_id: UserId
    author_name: str = Field(max_length=200)
    starts_at: datetime
    ends_at: datetime
    timezone: str = Field(max_length=64)
    link: str = Field(max_length=2000)
    note: str = Field(default="", max_length=2000)
    at: datetime


class CaseSecondOpinionRequestedV1(PublicEvent):
    """The author asks for a second opinion (once per case): matching offers mentors not yet involved."""

    type: Literal["ru.mgpu.mentor.case.second_opinion_requested.v1"] = "ru.mgpu.mentor.case.second_opinion_requested.v1"

    case_id: UUID
    number: CaseNumber
    rubrics: list[RubricCode]
    participants: list[ParticipantCode]
    urgency: Urgency
    excluded_mentor_ids: list[UserId]
    at: datetime


class CaseQuestionsAskedV1(PublicEvent):
    """The mentor asked the author questions (the author is told; ids only)."""

    type: Literal["ru.mgpu.mentor.case.questions_asked.v1"] = "ru.mgpu.mentor.case.questions_asked.v1"

    case_id: UUID
    mentor_id: UserId
    count: int
    at: datetime


class CaseSolutionProposedV1(PublicEvent):
    type: Literal["ru.mgpu.mentor.case.solution_proposed.v1"] = "ru.mgpu.mentor.case.solution_proposed.v1"

    case_id: UUID
    mentor_id: UserId
    second_opinion: bool
    at: datetime


class CaseColleagueInvitedV1(PublicEvent):
    type: Literal["ru.mgpu.mentor.case.colleague_invited.v1"] = "ru.mgpu.mentor.case.colleague_invited.v1"

    case_id: UUID
    mentor_id: UserId
    colleague_id: UserId
    at: datetime


class CaseOpinionGivenV1(PublicEvent):
    type: Literal["ru.mgpu.mentor.case.opinion_given.v1"] = "ru.mgpu.mentor.case.opinion_given.v1"

    case_id: UUID
    colleague_id: UserId
    mentor_id: UserId
    at: datetime
