"""An anonymous case, driven through every step a mentor or colleague takes part in. Everything they receive,
everything on `mentor.events`, and every log line is scanned for the author's id, name, e-mail and school."""

import json

import pytest

from mentor_kit.logging import configure_logging
from mentor_kit.testing import wait_for
from mentor_kit.testing.privacy import PrivacyScan
from mentor_kit.testing.rabbit import ExchangeTap

from ..conftest import AUTHOR, MENTEE, Platform, mentor
from .test_lifecycle_api import offer, submit
from .test_profile_and_stats_api import QUESTIONNAIRE

pytestmark = pytest.mark.integration

# The school number as written ("№ 1234", and its variants: the scanner's), not the bare digits: those turn up in
# random ids and timestamps.
SECRETS = [AUTHOR["id"], AUTHOR["name"], AUTHOR["email"], QUESTIONNAIRE["school_name"], "№ 1234"]


# What leaves the case on mentor.internal for others: the forum's and the library's copies (the internal versions
# of the case carry the author's id on purpose: only notifications, which must address the author, reads them).
COPIES = ("case.shared_to_forum", "case.published", "case.author_posted_to_forum")


async def test_nothing_identifies_an_anonymous_author(
    platform: Platform, rabbit_url: str, capsys: pytest.CaptureFixture[str]
) -> None:
    async with ExchangeTap(rabbit_url, "mentor.internal") as internal:
        await _walk_the_anonymous_case(platform, capsys, internal)


async def _walk_the_anonymous_case(
    platform: Platform, capsys: pytest.CaptureFixture[str], internal: ExchangeTap
) -> None:
    configure_logging("DEBUG", json=True)
    client, m1, m2, colleague = platform.client, mentor("mentor-a"), mentor("mentor-b"), mentor("mentor-c")
    await client.put("/profile", headers=MENTEE, json=QUESTIONNAIRE)
    # The author names themselves and their school in the text: mentors and colleagues read it de-identified.
    case_id = (
        await submit(
            platform,
            privacy="anonymous",
            problem=f"Я, {AUTHOR['name']}, работаю в {QUESTIONNAIRE['school_name']}. Мама ученицы пишет мне ночью.",
            difficulty=f"Пишите мне на {AUTHOR['email']}.",
        )
    )["id"]
    seen: list[str] = []  # every response a mentor or colleague received

    async def as_mentor(method: str, path: str, headers: dict[str, str], **body: object) -> dict:
        response = await client.request(method, f"/cases/{case_id}{path}", headers=headers, json=body or None)
        assert response.status_code < 400, (path, response.text)
        seen.append(response.text)
        return response.json() if response.content else {}

    await offer(platform, case_id, 1, "mentor-a")
    await client.post(f"/cases/{case_id}/mentor", headers=MENTEE, json={"mentor_id": "mentor-a"})
    for path in ("", "/history", "/questions", "/solutions", "/suggestions"):
        await as_mentor("GET", path, m1)
    await as_mentor("POST", "/accept", m1)
    mine = (await client.get(f"/cases/{case_id}", headers=MENTEE)).json()
    assert AUTHOR["name"] in mine["revisions"][0]["problem"]  # the author reads their own words
    asked = await client.post(
        f"/cases/{case_id}/questions", headers=m1, json={"questions": [{"bank_code": "options.first_step"}]}
    )
    seen.append(asked.text)
    await client.post(
        f"/cases/{case_id}/questions/{asked.json()[0]['id']}/answer",
        headers=MENTEE,
        json={"text": f"Поговорить с классным руководителем; я {AUTHOR['name']}."},
    )
    await client.post(
        f"/cases/{case_id}/revisions",
        headers=MENTEE,
        json={"problem": "Уточнённая версия", "question": "Как начать разговор?"},
    )
    await as_mentor("GET", "/questions", m1)
    await as_mentor("POST", "/colleagues", m1, colleague_id="mentor-c")
    for path in ("", "/history", "/questions"):
        await as_mentor("GET", path, colleague)
    await as_mentor("POST", "/opinions", colleague, text="Начните с общих целей.")
    await as_mentor("GET", "/opinions", m1)
    await as_mentor("POST", "/forum", m1)
    await as_mentor("POST", "/solution", m1, text="Возможное решение.")
    seen.append((await client.get("/cases?as=mentor", headers=m1)).text)
    await client.post(f"/cases/{case_id}/second-opinion", headers=MENTEE)
    await offer(platform, case_id, 2, "mentor-b")
    await client.post(f"/cases/{case_id}/mentor", headers=MENTEE, json={"mentor_id": "mentor-b"})
    await as_mentor("GET", "", m2)
    await as_mentor("POST", "/accept", m2)
    await as_mentor("POST", "/solution", m2, text="Другое возможное решение.")
    await as_mentor("GET", "/history", m2)
    await client.post(f"/cases/{case_id}/complete", headers=MENTEE, json={"useful": True, "rating": 5})
    await wait_for(lambda: any(b"case.completed" in b for b in platform.public.bodies), message="completion")

    public = [json.loads(b) for b in platform.public.bodies]
    assert {e["type"].rsplit(".", 2)[-2] for e in public} >= {
        "submitted",
        "mentor_selected",
        "accepted",
        "second_opinion_requested",
        "completed",
    }
    await wait_for(lambda: _copies(internal), message="the forum's copy on mentor.internal")
    logged = capsys.readouterr().out
    scan = PrivacyScan(SECRETS)
    scan.add("responses to mentors and colleagues", *seen)
    scan.add("mentor.events", *platform.public.bodies)
    scan.add("copies on mentor.internal", *_copies(internal))
    scan.add("log lines", *logged.splitlines())
    scan.positive_control(json.dumps(mine, ensure_ascii=False))  # the author reads their own words, name and all
    scan.assert_clean("responses to mentors and colleagues", "mentor.events", "copies on mentor.internal", "log lines")


def _copies(internal: ExchangeTap) -> list[bytes]:
    return [body for body in internal.bodies if any(f"internal.{kind}.".encode() in body for kind in COPIES)]
