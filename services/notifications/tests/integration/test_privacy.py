"""An anonymous case's notifications leak nothing: what its mentors and colleagues receive (inbox, stream,
e-mail) never names or describes the author, e-mails carry no case text beyond the number and rubrics, and no
log line holds the author's id, name, e-mail or school."""

import uuid

import httpx
import pytest

from mentor_contracts.events import (
    CaseAcceptedV1,
    CaseColleagueInvitedV1,
    CaseCompletedV1,
    CaseDeclinedInternalV1,
    CaseMentorSelectedV1,
    CaseOpinionGivenV1,
    DeadlineApproachingV1,
    NoMentorLeftV1,
)
from mentor_kit.clock import now
from mentor_kit.logging import configure_logging
from mentor_kit.testing import wait_for
from mentor_kit.testing.privacy import PrivacyScan
from mentor_kit.testing.smtp import text_of

from ..conftest import Notifications, headers, submitted
from .test_inbox_and_stream import SseReader

pytestmark = pytest.mark.integration
AUTHOR = "mentee-7f3a"
SECRETS = [AUTHOR, "Анна Смирнова", "anna.private@school.example", "Школа № 1234", "Смирнова"]
CASE_TEXT = ["спорят с классным руководителем", "выстроить разговор"]


async def test_nothing_identifies_an_anonymous_author(
    notifications: Notifications, capsys: pytest.CaptureFixture[str]
) -> None:
    configure_logging("DEBUG", json=True)
    client = notifications.client
    await client.get("/me", headers=headers(AUTHOR, "mentee", email="anna.private@school.example"))
    await notifications.sign_in("ivanova", "smith", "olga")
    case = submitted(
        author=AUTHOR,
        problem="Я, Анна Смирнова из Школа № 1234, спорят с классным руководителем родители 5 «Б».",
        question="Как выстроить разговор с родителями? Пишите на anna.private@school.example",
    )
    await notifications.publish(case)
    at = now()
    cid, number = case.case_id, case.number
    for event in [
        CaseMentorSelectedV1(case_id=cid, number=number, mentor_id="smith", round=1, urgency="urgent", at=at),
        DeadlineApproachingV1(case_id=cid, mentor_id="smith", round=1, deadline_at=at, at=at),
        CaseDeclinedInternalV1(case_id=cid, number=number, mentor_id="smith", round=1, reason="занят", at=at),
        CaseMentorSelectedV1(case_id=cid, number=number, mentor_id="ivanova", round=2, urgency="urgent", at=at),
        CaseAcceptedV1(case_id=cid, number=number, mentor_id="ivanova", round=2, at=at),
        CaseColleagueInvitedV1(case_id=cid, mentor_id="ivanova", colleague_id="smith", at=at),
        CaseOpinionGivenV1(case_id=cid, colleague_id="smith", mentor_id="ivanova", at=at),
        NoMentorLeftV1(case_id=uuid.uuid4(), round=2, at=at),
        CaseCompletedV1(
            case_id=cid,
            number=number,
            rubrics=case.rubrics,
            mentor_ids=["smith", "ivanova"],
            second_opinion=False,
            consent_publish=False,
            at=at,
        ),
    ]:
        await notifications.publish(event)
    await notifications.wait_kinds("ivanova", "new_request", "opinion_given", "case_completed")
    await notifications.wait_kinds("smith", "new_request", "deadline_reminder", "opinion_requested", "case_completed")
    await notifications.wait_kinds("olga", "case_unassigned")
    await notifications.wait_kinds(AUTHOR, "case_declined", "case_accepted")
    await wait_for(lambda: len(notifications.sink.messages) >= 8, message="e-mails")

    scan = PrivacyScan([*SECRETS, *CASE_TEXT])
    for person in ("ivanova", "smith", "olga"):
        inbox = await client.get("/notifications", headers=headers(person))
        scan.add("inboxes of others", inbox.text)
        scan.add("streams of others", *await _stream_frames(notifications, person, len(inbox.json()["items"])))
    for address in ("ivanova@mgpu.example", "smith@mgpu.example", "olga@mgpu.example"):
        scan.add("e-mails to others", *(text_of(m) for m in notifications.sink.to(address)))
    scan.positive_control(case.model_dump_json())  # what notifications was told about the author, in full
    scan.assert_clean("inboxes of others", "streams of others", "e-mails to others")
    # Even the author's own e-mails carry no case text: only the number and rubrics name the case.
    for mail in notifications.sink.to("anna.private@school.example"):
        body = text_of(mail)
        assert number in body and all(fragment not in body for fragment in CASE_TEXT)
    logged = capsys.readouterr().out
    assert "notifications.created" in logged
    for secret in [*SECRETS, *CASE_TEXT, "ivanova@mgpu.example"]:
        assert secret not in logged, f"{secret!r} in a log line"


async def _stream_frames(notifications: Notifications, person: str, count: int) -> list[str]:
    """Every notification `person` has, as the live stream pushes them (resumed from the very first id)."""
    stream = httpx.AsyncClient(base_url=notifications.base_url, timeout=10)
    try:
        resume = {**headers(person), "Last-Event-ID": "0"}
        async with stream.stream("GET", "/stream", headers=resume) as response:
            assert response.status_code == 200
            reader = SseReader(response)
            return [str((await reader.notification())["data"]) for _ in range(count)]
    finally:
        await stream.aclose()
