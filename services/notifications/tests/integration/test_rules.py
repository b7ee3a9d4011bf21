"""Each rule tells the right people once: a duplicated or re-published event changes nothing."""

import uuid

import pytest

from mentor_contracts.events import (
    AssignmentExpiredV1,
    CaseAcceptedV1,
    CaseColleagueInvitedV1,
    CaseCompletedV1,
    CaseDeclinedInternalV1,
    CaseMentorSelectedV1,
    CaseOpinionGivenV1,
    CaseQuestionsAskedV1,
    CaseSolutionProposedV1,
    DeadlineApproachingV1,
    ItemAwaitingReviewV1,
    NoMentorLeftV1,
    OffersProposedV1,
    SuggestionsReadyV1,
)
from mentor_contracts.events.library import Suggestion
from mentor_kit.clock import now
from mentor_kit.testing import wait_for
from mentor_kit.testing.smtp import text_of

from ..conftest import Notifications, submitted

pytestmark = pytest.mark.integration


async def test_a_duplicated_event_notifies_and_mails_once(notifications: Notifications) -> None:
    await notifications.sign_in("anna", "ivanova")
    case = submitted()
    await notifications.publish(case)
    selected = CaseMentorSelectedV1(
        case_id=case.case_id, number=case.number, mentor_id="ivanova", round=1, urgency="urgent", at=now()
    )
    event_id = uuid.UUID(await notifications.publish(selected))
    await notifications.publish(selected, event_id=event_id)  # the broker redelivers it
    await notifications.publish(selected)  # the same fact again under a new id (a producer retried)
    await notifications.wait_kinds("ivanova", "new_request")
    await wait_for(lambda: notifications.sink.to("ivanova@mgpu.example"), message="mail to the mentor")
    marker = CaseAcceptedV1(case_id=case.case_id, number=case.number, mentor_id="ivanova", round=1, at=now())
    await notifications.publish(marker)  # handled after the duplicates (same case: in order)
    await notifications.wait_kinds("anna", "case_accepted")
    await wait_for(lambda: notifications.sink.to("anna@school.example"), message="mail to the author")

    assert await notifications.kinds("ivanova") == ["new_request"]
    [mail] = notifications.sink.to("ivanova@mgpu.example")
    assert case.number in str(mail["Subject"]) and "Взаимодействие с родителями" in str(mail["Subject"])
    assert mail.get_body(("plain",)) is not None and mail.get_body(("html",)) is not None
    assert f"https://mentor.example/cases/{case.case_id}" in text_of(mail)
    assert str(mail["Message-ID"]).endswith("@mentor.mgpu.ru>")


async def test_every_rule_reaches_its_recipients(notifications: Notifications) -> None:
    await notifications.sign_in("anna", "ivanova", "smith", "olga")
    case = submitted()
    await notifications.publish(case)
    cid, number = case.case_id, case.number
    events = [
        SuggestionsReadyV1(
            case_id=cid,
            revision=1,
            suggestions=[Suggestion(item_id=uuid.uuid4(), kind="article", title="Диалог с родителями", score=1.0)],
            at=now(),
        ),
        OffersProposedV1(case_id=cid, round=1, mentor_ids=["ivanova", "smith"], at=now()),
        CaseMentorSelectedV1(case_id=cid, number=number, mentor_id="smith", round=1, urgency="urgent", at=now()),
        DeadlineApproachingV1(case_id=cid, mentor_id="smith", round=1, deadline_at=now(), at=now()),
        AssignmentExpiredV1(case_id=cid, mentor_id="smith", round=1, at=now()),
        CaseDeclinedInternalV1(
            case_id=cid, number=number, mentor_id="smith", round=1, reason="Не мой профиль", at=now()
        ),
        CaseMentorSelectedV1(case_id=cid, number=number, mentor_id="ivanova", round=2, urgency="urgent", at=now()),
        CaseAcceptedV1(case_id=cid, number=number, mentor_id="ivanova", round=2, at=now()),
        CaseQuestionsAskedV1(case_id=cid, mentor_id="ivanova", count=2, at=now()),
        CaseColleagueInvitedV1(case_id=cid, mentor_id="ivanova", colleague_id="smith", at=now()),
        CaseOpinionGivenV1(case_id=cid, colleague_id="smith", mentor_id="ivanova", at=now()),
        CaseSolutionProposedV1(case_id=cid, mentor_id="ivanova", second_opinion=False, at=now()),
        CaseSolutionProposedV1(case_id=cid, mentor_id="smith", second_opinion=True, at=now()),
        CaseCompletedV1(
            case_id=cid,
            number=number,
            rubrics=["parent_interaction"],
            mentor_ids=["ivanova", "smith"],
            second_opinion=True,
            consent_publish=False,
            at=now(),
        ),
        NoMentorLeftV1(case_id=uuid.uuid4(), round=3, at=now()),
        ItemAwaitingReviewV1(item_id=uuid.uuid4(), kind="case", at=now()),
    ]
    for event in events:
        await notifications.publish(event)

    anna = await notifications.wait_kinds(
        "anna",
        "suggestions_ready",
        "offers_ready",
        "case_declined",
        "case_accepted",
        "questions_asked",
        "solution_proposed",
        "second_opinion_given",
    )
    ivanova = await notifications.wait_kinds("ivanova", "new_request", "opinion_given", "case_completed")
    await notifications.wait_kinds(
        "smith", "new_request", "deadline_reminder", "assignment_expired", "opinion_requested"
    )
    olga = await notifications.wait_kinds("olga", "case_unassigned", "item_awaiting_review")
    assert sorted(anna) == sorted(
        [
            "suggestions_ready",
            "offers_ready",
            "case_declined",
            "case_accepted",
            "questions_asked",
            "solution_proposed",
            "second_opinion_given",
        ]
    )
    assert len(ivanova) == 3 and len(olga) == 2
    await notifications.wait_kinds("smith", "case_completed")
    assert sorted(await notifications.kinds("smith")) == sorted(
        ["new_request", "deadline_reminder", "assignment_expired", "opinion_requested", "case_completed"]
    )

    # In the recipient's language, linking to the object; the decline reason stays in the app, not the mail.
    smith_inbox = (await notifications.inbox("smith"))["items"]
    assert any(n["title"].startswith("New consultation request") for n in smith_inbox)
    declined = next(n for n in (await notifications.inbox("anna"))["items"] if n["kind"] == "case_declined")
    assert "Не мой профиль" in declined["body"] and declined["link"] == f"/cases/{cid}"
    # An expired request is no longer the mentor's case to open: its link goes to their current requests.
    expired = next(n for n in smith_inbox if n["kind"] == "assignment_expired")
    assert expired["link"] == "/mentor/requests"
    review = next(n for n in (await notifications.inbox("olga"))["items"] if n["kind"] == "item_awaiting_review")
    assert review["link"].startswith("/library/review/")
    await wait_for(lambda: len(notifications.sink.to("anna@school.example")) >= 6, message="author's mail")
    assert all("Не мой профиль" not in text_of(m) for m in notifications.sink.to("anna@school.example"))


async def test_an_event_about_a_case_not_known_yet_waits_for_it(notifications: Notifications) -> None:
    """The author is known only from the internal case.submitted; an event overtaking it is retried, not lost."""
    await notifications.sign_in("anna")
    case = submitted()
    await notifications.publish(OffersProposedV1(case_id=case.case_id, round=1, mentor_ids=["ivanova"], at=now()))
    await notifications.publish(case)
    assert await notifications.wait_kinds("anna", "offers_ready") == ["offers_ready"]
