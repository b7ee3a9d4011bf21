"""The case journey's pages over HTTP (the services faked): the case page shows each role only its own steps, a
refused step shows the API's error next to its field, the live unread count is relayed without the token."""

import json
import re
from typing import Any

import httpx
from fastapi import FastAPI

from mentor_web.i18n import translator
from mentor_web.pages.cases import explain_offer

from .conftest import PROBLEM_JSON, browser, web_app

TOKEN = re.compile(r'name="csrf_token" value="([^"]+)"')


async def csrf_token(client: httpx.AsyncClient, path: str = "/sign-in") -> str:
    match = TOKEN.search((await client.get(path)).text)
    assert match, "the page has no form with a CSRF token"
    return match.group(1)


async def sign_in(client: httpx.AsyncClient, user_id: str = "mentee-anna") -> None:
    token = await csrf_token(client)
    answer = await client.post("/sign-in/dev", data={"csrf_token": token, "user_id": user_id, "next": "/"})
    assert answer.status_code == 303, answer.text


CASE_ID = "00000000-0000-0000-0000-0000000000c1"


def a_case(role: str, status: str = "in_progress") -> dict[str, Any]:
    selected = status == "mentor_selected"
    return {
        "id": CASE_ID,
        "number": "MCU-2026-000001",
        "status": status,
        "privacy": "anonymous",
        "urgency": "need_advice",
        "consent_group_discussion": True,
        "consent_publish": True,
        "rubrics": ["parent_interaction"],
        "participants": [],
        "versions": 1,
        "round": 1,
        "mentor_id": "mentor-ivanova",
        "needs_attention": False,
        "second_opinion_used": False,
        "created_at": "2026-11-29T10:00:00+00:00",
        "submitted_at": "2026-11-29T10:00:00+00:00",
        "completed_at": None,
        "author_id": None,
        "author_profile": None,
        "your_role": role,
        "allowed_actions": ["accept", "decline", "withdraw"]
        if selected
        else [
            "ask_question",
            "answer",
            "keep_version",
            "revise",
            "invite_colleague",
            "give_opinion",
            "share_to_forum",
            "propose_consultation",
            "propose_solution",
            "withdraw",
        ],
        "revisions": [
            {
                "number": 1,
                "problem": "Родители пишут ночью",
                "actions_taken": "",
                "difficulty": "",
                "question": "Как быть?",
                "created_at": "2026-11-29T10:00:00+00:00",
            }
        ],
    }


class CaseApi:
    """The cases, matching and notifications APIs for one case, as one role sees it."""

    def __init__(self, role: str, status: str = "in_progress") -> None:
        self.role, self.status = role, status
        self.requests: list[httpx.Request] = []

    def __call__(self, request: httpx.Request) -> httpx.Response:
        self.requests.append(request)
        path, method = request.url.path, request.method
        base = f"/api/cases/cases/{CASE_ID}"
        if path == base:
            return httpx.Response(200, json=a_case(self.role, self.status))
        if path == "/api/cases/cases" and request.url.params.get("as") == self.role:
            page = {"items": [a_case(self.role, self.status)], "total": 1, "limit": 100, "offset": 0}
            return httpx.Response(200, json=page)
        if path == f"{base}/history":
            return httpx.Response(
                200,
                json=[
                    {
                        "at": "2026-11-29T10:00:00+00:00",
                        "actor_id": None,
                        "actor_role": "author",
                        "kind": "submitted",
                        "detail": {},
                    }
                ],
            )
        if path == f"{base}/questions":
            return httpx.Response(
                200,
                json=[
                    {
                        "id": "00000000-0000-0000-0000-00000000000a",
                        "revision": 1,
                        "bank_code": None,
                        "kind": "clarifying",
                        "text": "Что уже пробовали?",
                        "asked_at": "2026-11-29T11:00:00+00:00",
                        "answer": None,
                        "answered_at": None,
                    }
                ],
            )
        if path in (f"{base}/solutions", f"{base}/opinions", f"{base}/suggestions"):
            return httpx.Response(200, json=[])
        if path == "/api/cases/question-bank":
            return httpx.Response(
                200,
                json=[
                    {
                        "code": "goals.outcome",
                        "group": "goals",
                        "kind": "developing",
                        "ru": "Что вы хотите получить?",
                        "en": "What do you want?",
                        "rubrics": [],
                    }
                ],
            )
        if path == f"/api/matching/cases/{CASE_ID}/colleague-suggestions":
            return httpx.Response(
                200,
                json=[
                    {
                        "mentor_id": "mentor-petrov",
                        "score": 0.5,
                        "explanation": "matches 1 of 1 rubric; free capacity 2/3",
                    }
                ],
            )
        if path.startswith("/api/matching/mentors/"):
            mentor_id = path.rsplit("/", 1)[-1]
            return httpx.Response(200, json={"id": mentor_id, "name": "Сергей Петров", "rubrics": []})
        if path == f"{base}/decline" and method == "POST":
            error = {
                "field": "reason",
                "message": "String should have at least 3 characters",
                "code": "string_too_short",
            }
            return httpx.Response(
                422, json={"title": "Invalid", "status": 422, "errors": [error]}, headers=PROBLEM_JSON
            )
        if path == "/api/notifications/notifications/unread-count":
            return httpx.Response(200, json={"unread": 2})
        if path == "/api/notifications/stream":
            frames = 'retry: 3000\n\n: heartbeat\n\nid: 7\nevent: notification\ndata: {"id": 7}\n\n'
            return httpx.Response(200, content=frames.encode(), headers={"content-type": "text/event-stream"})
        return httpx.Response(404, json={"title": "Not found", "status": 404}, headers=PROBLEM_JSON)


def app_for(api: CaseApi) -> FastAPI:
    return web_app(api)  # type: ignore[arg-type]  # any callable answering httpx requests


async def test_the_case_page_offers_each_role_only_its_own_steps() -> None:
    answer = '/questions/00000000-0000-0000-0000-00000000000a/answer"'
    for role, user, present, absent in (
        ("mentor", "mentor-ivanova", ['/questions"', '/solution"', '/colleagues"'], [answer, '/opinions"']),
        ("author", "mentee-anna", [answer, '/withdraw"'], ['/solution"', '/colleagues"', '/questions"']),
        ("colleague", "mentor-petrov", ['/opinions"'], ['/solution"', answer, '/questions"']),
    ):
        async with browser(app_for(CaseApi(role))) as client:
            await sign_in(client, user)
            html = (await client.get(f"/cases/{CASE_ID}")).text
        for action in present:
            assert f'action="/cases/{CASE_ID}{action}' in html, (role, action)
        for action in absent:
            assert f'action="/cases/{CASE_ID}{action}' not in html, (role, action)


async def test_a_colleague_sees_the_cases_the_cases_api_lists_for_them() -> None:
    api = CaseApi("colleague")
    async with browser(app_for(api)) as client:
        await sign_in(client, "mentor-petrov")
        page = await client.get("/opinions")
    assert page.status_code == 200
    assert f'href="/cases/{CASE_ID}"' in page.text and "MCU-2026-000001" in page.text
    assert "waiting for your opinion" in page.text  # no opinion of theirs yet
    listed = next(r for r in api.requests if r.url.path == "/api/cases/cases")
    assert listed.url.params["as"] == "colleague"
    assert not any(r.url.path.startswith("/api/notifications/") for r in api.requests)  # no longer the inbox


async def test_a_refused_decline_shows_the_error_next_to_the_reason_and_keeps_it() -> None:
    async with browser(app_for(CaseApi("mentor", "mentor_selected"))) as client:
        await sign_in(client, "mentor-ivanova")
        token = await csrf_token(client, f"/cases/{CASE_ID}")
        answer = await client.post(f"/cases/{CASE_ID}/decline", data={"csrf_token": token, "reason": "no"})
    assert answer.status_code == 422
    assert 'id="error-reason">Не менее 3 символов</p>' in answer.text
    assert ">no</textarea>" in answer.text


async def test_the_unread_count_is_relayed_live_and_the_token_stays_on_the_server() -> None:
    api = CaseApi("author")
    async with browser(app_for(api)) as client:
        await sign_in(client)
        answer = await client.get("/notifications/stream")
    assert answer.headers["content-type"].startswith("text/event-stream")
    assert answer.text.count("event: unread\ndata: 2\n\n") == 2  # on connecting, and after the notification
    assert ": heartbeat" in answer.text and "Bearer" not in answer.text and "eyJ" not in answer.text
    upstream = next(r for r in api.requests if r.url.path == "/api/notifications/stream")
    assert upstream.headers["authorization"].startswith("Bearer ") and "access_token" not in str(upstream.url)


def test_offer_explanations_are_shown_in_the_persons_language() -> None:
    text = "matches 2 of 2 rubrics; free capacity 3/4; usually answers within 5 h; something new"
    assert explain_offer(text, translator("ru")) == (
        "совпадает направлений: 2 из 2; свободных мест: 3 из 4; обычно отвечает за 5 ч; something new"
    )
    assert json.dumps(explain_offer("", translator("en"))) == '""'
