"""Every event of the platform, gathered in one discriminated union."""

from typing import Annotated, get_args

from pydantic import Field, TypeAdapter

from mentor_contracts.events.base import EXCHANGES, Audience, Event, InternalEvent, PublicEvent
from mentor_contracts.events.cases import (
    CaseAcceptedV1,
    CaseAuthorPostedToForumV1,
    CaseColleagueInvitedV1,
    CaseCompletedV1,
    CaseConsultationProposedV1,
    CaseDeclinedInternalV1,
    CaseDeclinedV1,
    CaseMentorSelectedV1,
    CaseOpinionGivenV1,
    CasePublishedV1,
    CaseQuestionsAskedV1,
    CaseRevisedInternalV1,
    CaseRevisedV1,
    CaseSecondOpinionRequestedV1,
    CaseSharedToForumV1,
    CaseSolutionProposedV1,
    CaseSubmittedInternalV1,
    CaseSubmittedV1,
    CaseWithdrawnV1,
)
from mentor_contracts.events.forum import (
    ForumAnswerAcceptedV1,
    ForumEventNoticeV1,
    ForumEventScheduledV1,
    ForumEventUpdatedV1,
    ForumFlaggedV1,
    ForumMessageSentV1,
    ForumPostCreatedV1,
    ForumRepliedV1,
    ForumTopicCreatedV1,
    ForumTopicSolvedV1,
)
from mentor_contracts.events.library import ItemAwaitingReviewV1, ItemPublishedV1, ItemUnpublishedV1, SuggestionsReadyV1
from mentor_contracts.events.matching import (
    AssignmentExpiredV1,
    DeadlineApproachingV1,
    NoMentorLeftV1,
    OffersProposedInternalV1,
    OffersProposedV1,
)

AnyEvent = Annotated[
    CaseSubmittedV1
    | CaseSubmittedInternalV1
    | CaseRevisedV1
    | CaseRevisedInternalV1
    | CaseMentorSelectedV1
    | CaseAcceptedV1
    | CaseDeclinedV1
    | CaseDeclinedInternalV1
    | CaseCompletedV1
    | CaseWithdrawnV1
    | CaseSecondOpinionRequestedV1
    | CasePublishedV1
    | CaseSharedToForumV1
    | CaseAuthorPostedToForumV1
    | CaseConsultationProposedV1
    | OffersProposedV1
    | OffersProposedInternalV1
    | AssignmentExpiredV1
    | DeadlineApproachingV1
    | NoMentorLeftV1
    | SuggestionsReadyV1
    | CaseQuestionsAskedV1
    | CaseSolutionProposedV1
    | CaseColleagueInvitedV1
    | CaseOpinionGivenV1
    | ItemAwaitingReviewV1
    | ItemPublishedV1
    | ItemUnpublishedV1
    | ForumTopicCreatedV1
    | ForumPostCreatedV1
    | ForumAnswerAcceptedV1
    | ForumEventNoticeV1
    | ForumEventScheduledV1
    | ForumEventUpdatedV1
    | ForumFlaggedV1
    | ForumMessageSentV1
    | ForumRepliedV1
    | ForumTopicSolvedV1,
    Field(discriminator="type"),
]
ANY_EVENT: TypeAdapter[AnyEvent] = TypeAdapter(AnyEvent)

ALL_EVENTS: tuple[type[Event], ...] = get_args(get_args(AnyEvent)[0])

__all__ = [
    "ALL_EVENTS",
    "ANY_EVENT",
    "EXCHANGES",
    "AnyEvent",
    "AssignmentExpiredV1",
    "Audience",
    "CaseAcceptedV1",
    "CaseAuthorPostedToForumV1",
    "CaseColleagueInvitedV1",
    "CaseCompletedV1",
    "CaseConsultationProposedV1",
    "CaseDeclinedInternalV1",
    "CaseDeclinedV1",
    "CaseMentorSelectedV1",
    "CaseOpinionGivenV1",
    "CasePublishedV1",
    "CaseQuestionsAskedV1",
    "CaseRevisedInternalV1",
    "CaseRevisedV1",
    "CaseSecondOpinionRequestedV1",
    "CaseSharedToForumV1",
    "CaseSolutionProposedV1",
    "CaseSubmittedInternalV1",
    "CaseSubmittedV1",
    "CaseWithdrawnV1",
    "DeadlineApproachingV1",
    "Event",
    "ForumAnswerAcceptedV1",
    "ForumEventNoticeV1",
    "ForumEventScheduledV1",
    "ForumEventUpdatedV1",
    "ForumFlaggedV1",
    "ForumMessageSentV1",
    "ForumPostCreatedV1",
    "ForumRepliedV1",
    "ForumTopicCreatedV1",
    "ForumTopicSolvedV1",
    "InternalEvent",
    "ItemAwaitingReviewV1",
    "ItemPublishedV1",
    "ItemUnpublishedV1",
    "NoMentorLeftV1",
    "OffersProposedInternalV1",
    "OffersProposedV1",
    "PublicEvent",
    "SuggestionsReadyV1",
]
