"""Working on a case through HTTP: questions, answers, reformulations, solution, second opinion, completion."""

import json

import pytest

from mentor_kit.testing import wait_for
from mentor_kit.testing.rabbit import ExchangeTap

from ..conftest import AUTHOR, MENTEE, MODERATOR, Platform, mentor
from .test_lifecycle_api import offer, submit

pytestmark = pytest.mark.integration


async def accepted_case(platform: Platform, mentor_id: str = "mentor-a", **form: object) -> str:
    case_id = (await submit(platform, **form))["id"]
    await offer(platform, case_id, 1, mentor_id)
    await platform.client.post(f"/cases/{case_id}/mentor", headers=MENTEE, json={"mentor_id": mentor_id})
    response = await platform.client.post(f"/cases/{case_id}/accept", headers=mentor(mentor_id))
    assert response.json()["status"] == "in_progress"
    return case_id


async def test_questions_answers_and_at_most_two_reformulations(platform: Platform) -> None:
    bank = (await platform.client.get("/question-bank?kind=developing", headers=MENTEE)).json()
    assert bank and {q["kind"] for q in bank} == {"developing"}
    case_id = await accepted_case(platform)
    asked = await platform.client.post(
        f"/cases/{case_id}/questions",
        headers=mentor("mentor-a"),
        json={
            "questions": [
                {"bank_code": "goals.ideal_result"},
                {"text": "Сколько раз это уже повторялось?", "kind": "clarifying"},
            ]
        },
    )
    assert asked.status_code == 201, asked.text
    first, own = asked.json()
    assert first["kind"] == "developing" and first["text"].startswith("Каким был бы идеальный результат")
    bad = await platform.client.post(
        f"/cases/{case_id}/questions", headers=mentor("mentor-a"), json={"questions": [{"bank_code": "no.such"}]}
    )
    assert bad.status_code == 422 and bad.json()["errors"][0]["field"] == "questions.0.bank_code"
    assert (
        await platform.client.post(
            f"/cases/{case_id}/questions", headers=MENTEE, json={"questions": [{"bank_code": "goals.outcome"}]}
        )
    ).status_code == 404

    answered = await platform.client.post(
        f"/cases/{case_id}/questions/{own['id']}/answer", headers=MENTEE, json={"text": "Третий раз за месяц."}
    )
    assert answered.json()["answer"] == "Третий раз за месяц."
    again = await platform.client.post(
        f"/cases/{case_id}/questions/{own['id']}/answer", headers=MENTEE, json={"text": "Ещё раз"}
    )
    assert again.status_code == 409

    kept = await platform.client.post(f"/cases/{case_id}/keep-version", headers=MENTEE)
    assert kept.status_code == 200
    version = {"problem": "Уточнённая проблема", "question": "Уточнённый вопрос"}
    for expected in (2, 3):
        revised = await platform.client.post(f"/cases/{case_id}/revisions", headers=MENTEE, json=version)
        assert revised.status_code == 201 and revised.json()["versions"] == expected
    limit = await platform.client.post(f"/cases/{case_id}/revisions", headers=MENTEE, json=version)
    assert limit.status_code == 409 and "at most 3 versions" in limit.json()["detail"]
    history = [e["kind"] for e in (await platform.client.get(f"/cases/{case_id}/history", headers=MODERATOR)).json()]
    assert history[-5:] == ["questions", "answer", "kept_version", "revision", "revision"]


async def test_solution_second_opinion_once_then_completion_publishes_a_de_identified_document(
    platform: Platform, rabbit_url: str
) -> None:
    case_id = await accepted_case(
        platform,
        problem="Мама ученика Пети Иванова из 7Б звонит мне на +7 916 123-45-67 каждый вечер.",
    )
    await platform.client.post(
        f"/cases/{case_id}/questions",
        headers=mentor("mentor-a"),
        json={"questions": [{"text": "Кто ещё в курсе?", "kind": "clarifying"}]},
    )
    question = (await platform.client.get(f"/cases/{case_id}/questions", headers=MENTEE)).json()[0]
    await platform.client.post(
        f"/cases/{case_id}/questions/{question['id']}/answer",
        headers=MENTEE,
        json={"text": "Завуч Ольга Николаевна Соколова."},
    )
    early = await platform.client.post(f"/cases/{case_id}/complete", headers=MENTEE, json={"useful": True, "rating": 5})
    assert early.status_code == 409
    solved = await platform.client.post(
        f"/cases/{case_id}/solution",
        headers=mentor("mentor-a"),
        json={"text": "Договоритесь о времени звонков письменно."},
    )
    assert solved.status_code == 201

    second = await platform.client.post(f"/cases/{case_id}/second-opinion", headers=MENTEE)
    assert second.json()["status"] == "awaiting_second_opinion" and second.json()["mentor_id"] is None
    await wait_for(lambda: "ru.mgpu.mentor.case.second_opinion_requested.v1" in platform.public.types())
    request = next(json.loads(b) for b in platform.public.bodies if b"second_opinion_requested" in b)
    assert request["data"]["excluded_mentor_ids"] == ["mentor-a"]
    await offer(platform, case_id, 2, "mentor-b")
    await platform.client.post(f"/cases/{case_id}/mentor", headers=MENTEE, json={"mentor_id": "mentor-b"})
    await platform.client.post(f"/cases/{case_id}/accept", headers=mentor("mentor-b"))
    await platform.client.post(
        f"/cases/{case_id}/solution", headers=mentor("mentor-b"), json={"text": "Подключите классного руководителя."}
    )
    once = await platform.client.post(f"/cases/{case_id}/second-opinion", headers=MENTEE)
    assert once.status_code == 409 and "once per case" in once.json()["detail"]

    bad = await platform.client.post(f"/cases/{case_id}/complete", headers=MENTEE, json={"useful": True, "rating": 9})
    assert bad.status_code == 422 and bad.json()["errors"][0]["field"] == "rating"
    async with ExchangeTap(rabbit_url, "mentor.internal", "case.published.v1") as internal:
        done = await platform.client.post(
            f"/cases/{case_id}/complete",
            headers=MENTEE,
            json={"useful": True, "rating": 5, "next_steps": "Поговорю с завучем"},
        )
        assert done.json()["status"] == "completed" and done.json()["allowed_actions"] == ["share_to_forum"]
        await wait_for(lambda: internal.bodies, message="the published document")
    document = json.loads(internal.bodies[0])["data"]
    assert len(document["solutions"]) == 2
    written = [document["problem"], document["question"], *document["clarifications"], *document["solutions"]]
    text = json.dumps(written, ensure_ascii=False)  # the words, not ids or timestamps (".916…Z" is a time)
    for personal in ("Пети Иванова", "7Б", "916", "Ольга Николаевна", "Соколова"):
        assert personal not in text, f"{personal} reached the library document"
    assert "[ИМЯ]" in document["problem"] and "[ТЕЛЕФОН]" in document["problem"]
    await wait_for(lambda: any(b"case.completed" in b for b in platform.public.bodies))

    # the first mentor keeps reading the case they solved (the link of their case_completed notice opens),
    # anonymously as before, and acts in it no more
    first = mentor("mentor-a")
    seen = await platform.client.get(f"/cases/{case_id}", headers=first)
    assert seen.status_code == 200 and seen.json()["your_role"] == "former_mentor"
    assert "Пети Иванова" not in seen.text and AUTHOR["id"] not in seen.text  # an anonymous case stays anonymous
    for path in ("history", "solutions", "questions"):
        assert (await platform.client.get(f"/cases/{case_id}/{path}", headers=first)).status_code == 200, path
    acting = await platform.client.post(f"/cases/{case_id}/solution", headers=first, json={"text": "Ещё одно"})
    assert acting.status_code == 404
    stranger = await platform.client.get(f"/cases/{case_id}", headers=mentor("mentor-c"))
    assert stranger.status_code == 404  # the control: a mentor who never worked on it


async def test_without_consent_nothing_goes_to_the_library(platform: Platform, rabbit_url: str) -> None:
    case_id = await accepted_case(platform, consent_publish=False)
    await platform.client.post(f"/cases/{case_id}/solution", headers=mentor("mentor-a"), json={"text": "Решение"})
    async with ExchangeTap(rabbit_url, "mentor.internal", "case.published.v1") as internal:
        await platform.client.post(f"/cases/{case_id}/complete", headers=MENTEE, json={"useful": False, "rating": 2})
        await wait_for(lambda: any(b"case.completed" in b for b in platform.public.bodies))
    assert internal.bodies == []


async def test_moderators_extend_the_question_bank_and_mentors_use_it(platform: Platform) -> None:
    question = {
        "code": "options.resources",
        "group": "options",
        "kind": "developing",
        "ru": "Какие ресурсы школы вы ещё не использовали?",
        "en": "Which school resources have you not used?",
        "rubrics": ["class_management"],
    }
    assert (await platform.client.post("/question-bank", headers=mentor("m"), json=question)).status_code == 403
    bad = await platform.client.post("/question-bank", headers=MODERATOR, json={**question, "code": "Bad Code"})
    assert bad.status_code == 422 and bad.json()["errors"][0]["field"] == "code"
    assert (await platform.client.post("/question-bank", headers=MODERATOR, json=question)).status_code == 201
    taken = await platform.client.post("/question-bank", headers=MODERATOR, json=question)
    assert taken.status_code == 409
    for_rubric = (await platform.client.get("/question-bank?rubric=class_management", headers=mentor("m"))).json()
    assert "options.resources" in [q["code"] for q in for_rubric]
    other = (await platform.client.get("/question-bank?rubric=educational_law", headers=mentor("m"))).json()
    assert "options.resources" not in [q["code"] for q in other] and len(other) == 17
    case_id = await accepted_case(platform)
    asked = await platform.client.post(
        f"/cases/{case_id}/questions",
        headers=mentor("mentor-a"),
        json={"questions": [{"bank_code": "options.resources"}]},
    )
    assert asked.status_code == 201 and asked.json()[0]["text"].startswith("Какие ресурсы школы")
