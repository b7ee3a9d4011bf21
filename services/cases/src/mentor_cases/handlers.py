"""Events this service consumes: event in, one service call out."""

from mentor_cases.cases import service
from mentor_cases.work import service as work
from mentor_contracts.events import AssignmentExpiredV1, OffersProposedInternalV1, SuggestionsReadyV1
from mentor_kit.messaging import Handler

HANDLERS: dict[type, Handler] = {
    OffersProposedInternalV1: service.record_offers,
    AssignmentExpiredV1: service.expire,
    SuggestionsReadyV1: work.record_suggestions,
}
