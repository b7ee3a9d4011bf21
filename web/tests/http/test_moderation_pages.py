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
        }
        if method == "GET" and path in answers:
            return httpx.Response(200, json=answers[path])
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
                200, json={"id": "t1", "title": "Тема", "section_id": "s1", "locked": False, "posts": []}
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
