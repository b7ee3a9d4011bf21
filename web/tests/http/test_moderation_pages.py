"""Moderation, a mentor's card, forum and event forms over HTTP, the services faked by canned answers: who may see
the pages, the charts' own Content-Security-Policy, and API errors shown next to their fields."""

import base64
import hashlib
import html
import json
import re
from collections.abc import AsyncIterator
from typing import Any

import httpx
import pytest

from mentor_web.pages.moderation_charts import policy_for

from .conftest import PROBLEM_JSON, browser, web_app

TOKEN = re.compile(r'name="csrf_token" value="([^"]+)"')


async def csrf_token(client: httpx.AsyncClient, path: str = "/sign-in") -> str:
    match = TOKEN.search((await client.get(path)).text)
    assert match, f"{path} has no form with a CSRF token"
    return match.group(1)


async def sign_in(client: httpx.AsyncClient, user_id: str) -> None:
    token = await csrf_token(client)
    answer = await client.post("/sign-in/dev", data={"csrf_token": token, "user_id": user_id, "next": "/"})
    assert answer.status_code == 303, answer.text


STATS = {
    "period_from": None,
    "period_to": None,
    "total": 3,
    "by_rubric": {"class_management": 2, "parent_interaction": 1},
    "by_rubric_share": {"class_management": 0.667, "parent_interaction": 0.333},
    "by_status": {"completed": 1},
    "by_urgency": {"urgent": 1},
    "by_month": {"2026-11": 3},
    "funnel": {"submitted": 3, "accepted": 2, "solved": 1, "in_library": 1},
    "median_hours_to_first_response": 2.5,
    "median_hours_to_solution": 30.0,
}
PEOPLE = {
    "period_from": None,
    "period_to": None,
    "years": [
        {"year": 2025, "by_role": {"author": 7, "mentor": 3, "system": 1}},
        {"year": 2026, "by_role": {"author": 11, "mentor": 5, "colleague": 2, "moderator": 1}},
    ],
}
CARD = {
    "id": "mentor-ivanova",
    "name": "Елена Иванова",
    "position": "",
    "department": "",
    "rubrics": [],
    "interests": "",
}
MENTOR_STATS = {
    "mentor_id": "mentor-ivanova",
    "offered": 3,
    "selected": 2,
    "accepted": 2,
    "declined": 0,
    "expired": 0,
    "completed": 1,
    "median_hours_to_accept": 1.5,
    "median_hours_to_solution": 20.0,
}
CASE = {
    "id": "00000000-0000-0000-0000-000000000001",
    "number": "MCU-2026-000001",
    "status": "in_progress",
    "mentor_id": "mentor-ivanova",
    "author_id": "mentee-anna",
    "submitted_at": "2026-11-29T10:00:00Z",
    "needs_attention": True,
    "rubrics": ["class_management"],
    "round": 1,
}


POST = {
    "id": "00000000-0000-0000-0000-0000000000aa",
    "topic_id": "00000000-0000-0000-0000-0000000000bb",
    "number": 3,
    "author": {"id": "mentee-pavel", "name": "Павел Орлов"},
    "body": "Реклама",
    "html": "<p>Реклама</p>",
    "reply_to_post_id": None,
    "likes": 0,
    "hidden": False,
    "created_at": "2026-11-29T10:00:00Z",
    "edited_at": None,
    "deleted": False,
}
SECTIONS = [
    {"id": "s1", "title_ru": "Общий", "title_en": "General", "description_ru": "", "description_en": "", "topics": 1},
    {
        "id": "s2",
        "title_ru": "Родители",
        "title_en": "Parents",
        "description_ru": "",
        "description_en": "",
        "topics": 0,
    },
]
FLAG = {"user_id": "mentee-anna", "reason": "spam", "text": "", "created_at": "2026-11-29T11:00:00Z"}
ACTION = {
    "moderator_id": "moderator-olga",
    "action": "hide_post",
    "target": "x",
    "detail": {},
    "at": "2026-11-29T12:00:00Z",
}


def problem(status: int, errors: list[dict[str, str]] | None = None, detail: str = "") -> httpx.Response:
    body: dict[str, Any] = {"title": "Problem", "status": status, "detail": detail}
    if errors:
        body["errors"] = errors
    return httpx.Response(status, json=body, headers=PROBLEM_JSON)


class Services:
    def __init__(self) -> None:
        self.sent: list[tuple[str, str, Any]] = []
        self.queries: dict[str, dict[str, str]] = {}  # the last query string sent to each path

    def __call__(self, request: httpx.Request) -> httpx.Response:
        path, method = request.url.path, request.method
        body = json.loads(request.content) if request.content else None
        self.sent.append((method, path, body))
        self.queries[path] = dict(request.url.params)
        answers: dict[str, Any] = {
            "/api/cases/stats/cases": STATS,
            "/api/cases/stats/people": PEOPLE,
            "/api/matching/mentors": {"items": [CARD], "total": 1, "limit": 200, "offset": 0},
            "/api/matching/mentors/mentor-ivanova/stats": MENTOR_STATS,
            "/api/cases/cases": {"items": [CASE], "total": 1, "limit": 200, "offset": 0},
            "/api/library/review": {"items": [], "total": 0, "limit": 20, "offset": 0},
            "/api/forum/moderation/flags": [{"post": POST, "flags": [FLAG]}],
            "/api/forum/moderation/log": [ACTION],
            "/api/forum/sections": SECTIONS,
        }
        if method == "GET" and path in answers:
            return httpx.Response(200, json=answers[path])
        if path == "/api/forum/moderation/topics/t1/move" and body == {"section_id": "nowhere"}:
            return problem(422, [{"field": "section_id", "message": "String should have at most 64 characters"}])
        if path.startswith("/api/forum/moderation/topics/t1/") and method == "POST":
            return httpx.Response(200, json={"id": "t1", "section_id": "s1", "locked": True, "pinned": False})
        if path.startswith("/api/forum/moderation/silences/") and method == "PUT":
            if body["reason"] == "":
                return problem(422, [{"field": "reason", "message": "String should have at least 1 character"}])
            if body["until"].startswith("2030"):
                return problem(422, [{"field": "until", "message": "between now and a year from now"}])
            return httpx.Response(200, json={"user_id": path.rsplit("/", 1)[-1], **body})
        if path.startswith("/api/forum/moderation/silences/") and method == "DELETE":
            return httpx.Response(204)
        if path.startswith("/api/forum/moderation/posts/") and method == "POST":
            return httpx.Response(200, json={**POST, "hidden": path.endswith("/hide")})
        if path == "/api/matching/mentors/me" and method == "PUT":
            return problem(422, [{"field": "leaves.0", "message": "Value error, a leave ends on or after its start"}])
        if path == "/api/matching/mentors/me":
            return problem(404, detail="no profile yet")
        if path.endswith("/posts") and method == "POST":
            return problem(403, detail="silenced by a moderator")
        if path.startswith("/api/forum/topics/"):
            return httpx.Response(
                200,
                json={"id": "t1", "title": "Тема", "section_id": "s1", "locked": False, "pinned": False, "posts": []},
            )
        return problem(404)


@pytest.fixture
def services() -> Services:
    return Services()


@pytest.fixture
async def client(services: Services) -> AsyncIterator[httpx.AsyncClient]:
    async with browser(web_app(services)) as one:  # type: ignore[arg-type]
        yield one


@pytest.mark.parametrize("path", ["/moderation", "/moderation/statistics", "/moderation/statistics/rubrics.svg"])
async def test_moderation_pages_refuse_other_roles(client: httpx.AsyncClient, path: str) -> None:
    assert (await client.get(path)).status_code == 303  # anonymous: sent to sign in
    await sign_in(client, "mentee-anna")
    assert (await client.get(path)).status_code == 403


async def test_statistics_show_every_chart_with_a_table_of_its_numbers(client: httpx.AsyncClient) -> None:
    await sign_in(client, "moderator-olga")
    page = await client.get("/moderation/statistics")
    assert page.status_code == 200
    for name in ("rubrics", "funnel", "times", "load", "people"):
        assert f'src="/moderation/statistics/{name}.svg"' in page.text
        assert f'id="table-{name}"' in page.text
    assert "Управление классом, мотивация" in page.text and "67 %" in page.text


async def test_people_per_year_come_from_the_cases_statistics(client: httpx.AsyncClient, services: Services) -> None:
    await sign_in(client, "moderator-olga")
    page = await client.get("/moderation/statistics?period_from=2025-01-01&period_to=2026-12-31")
    assert page.status_code == 200
    table = page.text.split('id="table-people"', 1)[1].split("</table>", 1)[0]
    cells = re.findall(r"<t[hd][^>]*>([^<]*)</t[hd]>", table)
    header = ["Год", "авторы кейсов", "наставники", "приглашённые коллеги", "модераторы"]
    rows = ["2025", "7", "3", "0", "0", "2026", "11", "5", "2", "1"]  # the platform's own steps are not people
    assert cells == [*header, *rows]
    sent = [(method, path) for method, path, _ in services.sent]
    assert services.queries["/api/cases/stats/people"] == {"from": "2025-01-01", "to": "2026-12-31"}
    chart = await client.get("/moderation/statistics/people.svg?period_from=2025-01-01")
    assert chart.status_code == 200 and "приглашённые коллеги" in chart.text
    assert ("GET", "/api/cases/cases") not in [(m, p) for m, p, _ in services.sent[len(sent) :]]  # no case is read


@pytest.mark.parametrize("name", ["rubrics", "funnel", "times", "load", "people"])
async def test_a_chart_is_svg_whose_policy_allows_its_own_styles_and_no_script(
    client: httpx.AsyncClient, name: str
) -> None:
    await sign_in(client, "moderator-olga")
    answer = await client.get(f"/moderation/statistics/{name}.svg")
    assert answer.status_code == 200 and answer.headers["content-type"].startswith("image/svg+xml")
    policy = answer.headers["content-security-policy"]
    assert policy.startswith("default-src 'none'") and "unsafe-inline" not in policy and "script-src" not in policy
    style = re.search(r"<style[^>]*>(.*?)</style>", answer.text, re.S)
    assert style is not None
    parsed = html.unescape(style.group(1))  # as the browser hashes it: the parsed text
    digest = base64.b64encode(hashlib.sha256(parsed.encode()).digest()).decode()
    assert f"'sha256-{digest}'" in policy
    assert "<script" not in answer.text


def test_the_policy_hashes_the_parsed_style_text() -> None:
    svg = '<svg xmlns="http://www.w3.org/2000/svg"><style>a &gt; b{fill:red}</style><g style="opacity: 0"/></svg>'
    policy = policy_for(svg)
    parsed = base64.b64encode(hashlib.sha256(b"a > b{fill:red}").digest()).decode()
    assert f"'sha256-{parsed}'" in policy and "'unsafe-hashes'" in policy


async def test_a_mentor_card_error_shows_next_to_the_leaves_and_keeps_what_was_typed(
    client: httpx.AsyncClient, services: Services
) -> None:
    await sign_in(client, "mentor-ivanova")
    form = await client.get("/mentor/profile")
    assert form.status_code == 200 and 'value="Елена Иванова"' in form.text  # no card yet: the name to start with
    data = {
        "csrf_token": await csrf_token(client, "/mentor/profile"),
        "name": "Елена Иванова",
        "rubrics": ["parent_interaction"],
        "bio": "Консультирую по вечерам.",
        "capacity": "4",
        "weekdays": ["2"],
        "leave_start": ["2027-01-20", ""],
        "leave_end": ["2027-01-10", ""],
    }
    answer = await client.post("/mentor/profile", data=data)
    assert answer.status_code == 422
    assert 'id="error-leaves"' in answer.text and "Консультирую по вечерам." in answer.text
    assert "Отпуск заканчивается не раньше, чем начинается." in answer.text
    assert 'value="2027-01-20"' in answer.text
    sent = next(body for method, path, body in services.sent if method == "PUT")
    assert sent["leaves"] == [{"start": "2027-01-20", "end": "2027-01-10"}]
    assert sent["capacity"] == 4 and sent["weekdays"] == [2] and sent["paused"] is False


async def test_a_refused_reply_is_shown_next_to_the_text_and_kept(client: httpx.AsyncClient) -> None:
    await sign_in(client, "mentee-anna")
    token = await csrf_token(client, "/forum/topics/t1")
    answer = await client.post("/forum/topics/t1/reply", data={"csrf_token": token, "body": "Мой ответ"})
    assert answer.status_code == 422
    assert 'id="error-body"' in answer.text and "Мой ответ" in answer.text


async def test_the_forum_queue_shows_flags_and_a_decision_goes_to_the_api(
    client: httpx.AsyncClient, services: Services
) -> None:
    await sign_in(client, "moderator-olga")
    page = await client.get("/moderation/forum")
    assert page.status_code == 200 and "спам" in page.text and "Реклама" in page.text
    token = await csrf_token(client, "/moderation/forum")
    answer = await client.post(
        f"/moderation/forum/posts/{POST['id']}/hide", data={"csrf_token": token, "reason": "реклама"}
    )
    assert answer.status_code == 303 and answer.headers["location"] == "/moderation/forum?done=hide"
    assert ("POST", f"/api/forum/moderation/posts/{POST['id']}/hide", {"reason": "реклама"}) in services.sent


async def test_a_moderator_sees_the_topic_forms_and_a_mentee_does_not(client: httpx.AsyncClient) -> None:
    await sign_in(client, "mentee-anna")
    page = await client.get("/forum/topics/t1")
    assert (
        page.status_code == 200
        and "/forum/topics/t1/moderate/" not in page.text
        and 'name="section_id"' not in page.text
    )
    token = await csrf_token(client, "/forum/topics/t1")
    refused = await client.post("/forum/topics/t1/moderate/lock", data={"csrf_token": token})
    assert refused.status_code == 403
    await client.post("/sign-out", data={"csrf_token": token})
    await sign_in(client, "moderator-olga")
    page = await client.get("/forum/topics/t1")
    assert (
        'action="/forum/topics/t1/moderate/lock"' in page.text and 'action="/forum/topics/t1/moderate/pin"' in page.text
    )
    assert 'action="/forum/topics/t1/move"' in page.text and '<option value="s2">Родители</option>' in page.text
    assert '<option value="s1" selected>' in page.text


@pytest.mark.parametrize("switch", ["lock", "unlock", "pin", "unpin"])
async def test_a_topic_switch_calls_the_api_and_comes_back(
    client: httpx.AsyncClient, services: Services, switch: str
) -> None:
    await sign_in(client, "moderator-olga")
    token = await csrf_token(client, "/forum/topics/t1")
    answer = await client.post(f"/forum/topics/t1/moderate/{switch}", data={"csrf_token": token})
    assert answer.status_code == 303 and answer.headers["location"] == f"/forum/topics/t1?moderated={switch}"
    assert ("POST", f"/api/forum/moderation/topics/t1/{switch}", None) in services.sent
    shown = await client.get(answer.headers["location"])
    assert 'class="notice"' in shown.text


async def test_moving_a_topic_sends_the_section_and_shows_its_error(
    client: httpx.AsyncClient, services: Services
) -> None:
    await sign_in(client, "moderator-olga")
    token = await csrf_token(client, "/forum/topics/t1")
    answer = await client.post("/forum/topics/t1/move", data={"csrf_token": token, "section_id": "s2"})
    assert answer.status_code == 303 and answer.headers["location"] == "/forum/topics/t1?moderated=move"
    assert ("POST", "/api/forum/moderation/topics/t1/move", {"section_id": "s2"}) in services.sent
    refused = await client.post("/forum/topics/t1/move", data={"csrf_token": token, "section_id": "nowhere"})
    assert refused.status_code == 422
    assert 'id="error-section_id"' in refused.text and 'aria-invalid="true"' in refused.text


async def test_silencing_a_person_puts_the_silence_and_lifting_deletes_it(
    client: httpx.AsyncClient, services: Services
) -> None:
    await sign_in(client, "moderator-olga")
    page = await client.get("/moderation/forum")
    assert (
        'action="/moderation/forum/silences"' in page.text and 'action="/moderation/forum/silences/lift"' in page.text
    )
    token = await csrf_token(client, "/moderation/forum")
    data = {"csrf_token": token, "user_id": "mentee-pavel", "until": "2026-12-05T18:00", "reason": "реклама"}
    answer = await client.post("/moderation/forum/silences", data=data)
    assert answer.status_code == 303 and answer.headers["location"].startswith("/moderation/forum?done=silence")
    body = {"until": "2026-12-05T18:00:00+03:00", "reason": "реклама"}
    assert ("PUT", "/api/forum/moderation/silences/mentee-pavel", body) in services.sent
    lifted = await client.post("/moderation/forum/silences/lift", data={"csrf_token": token, "user_id": "mentee-pavel"})
    assert lifted.status_code == 303 and lifted.headers["location"].startswith("/moderation/forum?done=lift")
    assert ("DELETE", "/api/forum/moderation/silences/mentee-pavel", None) in services.sent


async def test_a_refused_silence_is_shown_next_to_its_field_and_keeps_what_was_typed(
    client: httpx.AsyncClient, services: Services
) -> None:
    await sign_in(client, "moderator-olga")
    token = await csrf_token(client, "/moderation/forum")
    data = {"csrf_token": token, "user_id": "mentee-pavel", "until": "2030-01-01T10:00", "reason": "реклама"}
    answer = await client.post("/moderation/forum/silences", data=data)
    assert answer.status_code == 422
    assert 'id="error-until"' in answer.text and "between now and a year from now" in answer.text
    assert 'value="mentee-pavel"' in answer.text and 'value="2030-01-01T10:00"' in answer.text
    assert 'value="реклама"' in answer.text
    missing = await client.post("/moderation/forum/silences", data={**data, "user_id": "", "until": ""})
    assert missing.status_code == 422 and 'id="error-user_id"' in missing.text and 'id="error-until"' in missing.text
    before = len(services.sent)
    lift = await client.post("/moderation/forum/silences/lift", data={"csrf_token": token, "user_id": ""})
    assert lift.status_code == 422 and 'id="error-lift-user_id"' in lift.text
    assert not [sent for sent in services.sent[before:] if sent[0] == "DELETE"]


async def test_a_mentee_may_not_silence(client: httpx.AsyncClient, services: Services) -> None:
    await sign_in(client, "mentee-anna")
    token = await csrf_token(client, "/forum/topics/t1")
    data = {"csrf_token": token, "user_id": "mentee-pavel", "until": "2026-12-05T18:00", "reason": "x"}
    assert (await client.post("/moderation/forum/silences", data=data)).status_code == 403
    assert not [sent for sent in services.sent if sent[0] == "PUT"]
