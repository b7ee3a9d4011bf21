"""Preferences per person and kind (e-mail / in-app / off, daily digest) and the profile from token claims."""

import uuid
from datetime import timedelta

import pytest

from mentor_contracts.events import CaseAcceptedV1, CaseQuestionsAskedV1, CaseSolutionProposedV1, NoMentorLeftV1
from mentor_kit.clock import now
from mentor_kit.testing import wait_for
from mentor_kit.testing.smtp import SmtpSink, text_of
from mentor_notifications.inbox.digest import DigestWorker

from ..conftest import Notifications, headers, serve, settings_for, submitted

pytestmark = pytest.mark.integration


async def test_profile_comes_from_the_token_then_belongs_to_its_owner(notifications: Notifications) -> None:
    client = notifications.client
    me = (await client.get("/me", headers=headers("anna"))).json()
    assert me == {"id": "anna", "email": "anna@school.example", "locale": "ru", "roles": ["mentee"]}
    changed = await client.put("/me", headers=headers("anna"), json={"email": "anna@new.example", "locale": "en"})
    assert changed.status_code == 200 and changed.json()["locale"] == "en"
    # Later tokens carry other claims: the owner's choice stays, the roles follow the token.
    later = (await client.get("/me", headers=headers("anna", "mentor", email="old@claims.example"))).json()
    assert later == {"id": "anna", "email": "anna@new.example", "locale": "en", "roles": ["mentor"]}
    bad = await client.put("/me", headers=headers("anna"), json={"email": "not-an-address", "locale": "de"})
    assert bad.status_code == 422 and bad.headers["content-type"] == "application/problem+json"
    assert {e["field"] for e in bad.json()["errors"]} == {"email", "locale"}
    assert (await client.get("/me", headers=headers("anna"))).json()["email"] == "anna@new.example"


async def test_off_in_app_and_email_are_honoured_and_no_address_means_in_app_only(
    notifications: Notifications,
) -> None:
    client = notifications.client
    await notifications.sign_in("anna")
    await client.get("/me", headers=headers("pavel", "mentee", email=""))  # a person without an e-mail address
    prefs = (await client.get("/preferences", headers=headers("anna"))).json()
    assert prefs["digest"] is False and prefs["channels"]["case_accepted"] == "email"
    assert prefs["channels"]["suggestions_ready"] == "in_app"
    change = {"channels": {"questions_asked": "off", "case_accepted": "in_app"}}
    response = await client.put("/preferences", headers=headers("anna"), json=change)
    assert response.status_code == 200 and response.json()["channels"]["questions_asked"] == "off"
    invalid = await client.put(
        "/preferences", headers=headers("anna"), json={"channels": {"no_such_kind": "off", "case_accepted": "email"}}
    )
    assert invalid.status_code == 422 and invalid.json()["errors"][0]["field"] == "channels.no_such_kind"
    assert (await client.get("/preferences", headers=headers("anna"))).json()["channels"]["case_accepted"] == "in_app"
    wrong_channel = await client.put(
        "/preferences", headers=headers("anna"), json={"channels": {"case_accepted": "sms"}}
    )
    assert wrong_channel.status_code == 422

    for author in ("anna", "pavel"):
        case = submitted(author=author)
        await notifications.publish(case)
        await notifications.publish(CaseQuestionsAskedV1(case_id=case.case_id, mentor_id="m", count=1, at=now()))
        await notifications.publish(
            CaseAcceptedV1(case_id=case.case_id, number=case.number, mentor_id="m", round=1, at=now())
        )
        await notifications.publish(
            CaseSolutionProposedV1(case_id=case.case_id, mentor_id="m", second_opinion=False, at=now())
        )
    await notifications.wait_kinds("anna", "case_accepted", "solution_proposed")
    await notifications.wait_kinds("pavel", "questions_asked", "case_accepted", "solution_proposed")
    assert "questions_asked" not in await notifications.kinds("anna")
    await wait_for(lambda: notifications.sink.to("anna@school.example"), message="anna's solution e-mail")
    [mail] = notifications.sink.to("anna@school.example")  # accepted stays in the app, solution is mailed
    assert "решение" in str(mail["Subject"])
    assert len(notifications.sink.messages) == 1  # pavel has no address


async def test_the_daily_digest_gathers_a_day_into_one_email(
    postgres_url: str, rabbit_url: str, smtp_sink: SmtpSink
) -> None:
    clock = [now()]  # the service's one clock: the digest worker and the e-mails it queues follow it
    settings = settings_for(postgres_url, rabbit_url, smtp_sink)
    async with serve(settings, smtp_sink, rabbit_url, clock=lambda: clock[0]) as notifications:
        client = notifications.client
        await notifications.sign_in("anna")
        assert (await client.put("/preferences", headers=headers("anna"), json={"digest": True})).json()["digest"]
        case = submitted()
        await notifications.publish(case)
        await notifications.publish(
            CaseAcceptedV1(case_id=case.case_id, number=case.number, mentor_id="m", round=1, at=now())
        )
        await notifications.publish(
            CaseSolutionProposedV1(case_id=case.case_id, mentor_id="m", second_opinion=False, at=now())
        )
        await notifications.wait_kinds("anna", "case_accepted", "solution_proposed")
        assert notifications.sink.messages == []  # nothing mailed one by one

        today = now().replace(hour=settings.digest_hour_utc, minute=0, second=0, microsecond=0)
        clock[0] = today + timedelta(hours=1)
        worker = next(w for w in notifications.service.workers if isinstance(w, DigestWorker))
        await worker.tick()
        await worker.tick()  # a second pass (or a second replica) in the same day queues nothing more
        await wait_for(lambda: notifications.sink.messages, message="the digest")
        [digest] = notifications.sink.messages
        body = text_of(digest)
        assert "2" in str(digest["Subject"]) and case.number in body and f"/cases/{case.case_id}" in body
        clock[0] = today + timedelta(days=1, hours=1)  # the next day, with nothing new: no e-mail
        await worker.tick()
        await notifications.publish(CaseQuestionsAskedV1(case_id=case.case_id, mentor_id="m", count=1, at=now()))
        await notifications.wait_kinds("anna", "questions_asked")
        clock[0] = today + timedelta(days=2, hours=1)
        await worker.tick()
        await wait_for(lambda: len(notifications.sink.messages) == 2, message="the next day's digest")
        assert ": 1 " in str(notifications.sink.messages[1]["Subject"])  # the one notification since the last digest


async def test_an_administrator_registers_people_before_their_first_visit(notifications: Notifications) -> None:
    client = notifications.client
    body = {"email": "new.moderator@mgpu.example", "locale": "en", "roles": ["moderator"]}
    assert (await client.put("/recipients/new-mod", headers=headers("anna"), json=body)).status_code == 403
    bad = await client.put("/recipients/new-mod", headers=headers("root", "admin"), json={**body, "roles": []})
    assert bad.status_code == 422 and bad.json()["errors"][0]["field"] == "roles"
    written = await client.put("/recipients/new-mod", headers=headers("root", "admin"), json=body)
    assert written.json() == {
        "id": "new-mod",
        "email": "new.moderator@mgpu.example",
        "locale": "en",
        "roles": ["moderator"],
    }
    await notifications.publish(NoMentorLeftV1(case_id=uuid.uuid4(), round=1, at=now()))
    await wait_for(lambda: notifications.sink.to("new.moderator@mgpu.example"), message="mail to the new moderator")
    assert "Nobody took case" in str(notifications.sink.to("new.moderator@mgpu.example")[0]["Subject"])
