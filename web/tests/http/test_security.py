"""The web app over HTTP (the services faked): CSRF, cookies, headers, sessions, language, API field errors."""

import re

import httpx
from fastapi import FastAPI

from mentor_web.security.csrf import CSRF_COOKIE
from mentor_web.security.headers import CONTENT_SECURITY_POLICY
from mentor_web.security.sessions import SESSION_COOKIE

from .conftest import FakeApi, browser

TOKEN = re.compile(r'name="csrf_token" value="([^"]+)"')


async def csrf_token(client: httpx.AsyncClient, path: str = "/sign-in") -> str:
    match = TOKEN.search((await client.get(path)).text)
    assert match, "the page has no form with a CSRF token"
    return match.group(1)


async def sign_in(client: httpx.AsyncClient, user_id: str = "mentee-anna") -> httpx.Response:
    token = await csrf_token(client)
    answer = await client.post("/sign-in/dev", data={"csrf_token": token, "user_id": user_id, "next": "/"})
    assert answer.status_code == 303, answer.text
    return answer


async def test_every_page_carries_a_strict_content_security_policy_without_inline_script(
    client: httpx.AsyncClient,
) -> None:
    answer = await client.get("/")
    assert answer.status_code == 200
    policy = answer.headers["content-security-policy"]
    assert policy == CONTENT_SECURITY_POLICY
    assert "script-src 'self';" in policy and "unsafe-inline" not in policy
    assert answer.headers["x-frame-options"] == "DENY"
    assert "<script>" not in answer.text and " style=" not in answer.text and "<style" not in answer.text


async def test_a_form_without_a_valid_csrf_token_is_refused(client: httpx.AsyncClient) -> None:
    assert (await client.post("/sign-in/dev", data={"user_id": "mentee-anna"})).status_code == 403
    forged = await client.post("/sign-in/dev", data={"user_id": "mentee-anna", "csrf_token": "forged"})
    assert forged.status_code == 403
    assert SESSION_COOKIE not in forged.cookies


async def test_a_token_made_for_another_browser_is_refused(app: FastAPI) -> None:
    async with browser(app) as mine, browser(app) as theirs:
        token = await csrf_token(theirs)
        refused = await mine.post("/sign-in/dev", data={"user_id": "mentee-anna", "csrf_token": token})
        assert refused.status_code == 403
        own = await csrf_token(mine)
        assert (await mine.post("/sign-in/dev", data={"user_id": "mentee-anna", "csrf_token": own})).status_code == 303


async def test_htmx_requests_may_send_the_token_as_a_header(client: httpx.AsyncClient) -> None:
    token = await csrf_token(client)
    answer = await client.post("/language", data={"lang": "en"}, headers={"X-CSRF-Token": token})
    assert answer.status_code == 303


async def test_cookies_are_http_only_same_site_lax_and_secure_over_https(app: FastAPI) -> None:
    async with browser(app, "https://testserver") as client:
        first = await client.get("/sign-in")
        signed = await sign_in(client)
    for answer, name in ((first, CSRF_COOKIE), (signed, SESSION_COOKIE)):
        header = next(h for h in answer.headers.get_list("set-cookie") if h.startswith(name + "="))
        assert "HttpOnly" in header and "SameSite=lax" in header and "Secure" in header, header
        assert "." not in header.split(";")[0]  # an opaque random value, never a JWT
    async with browser(app, "http://testserver") as plain:
        header = (await sign_in(plain)).headers["set-cookie"]
        assert "HttpOnly" in header and "Secure" not in header


async def test_the_session_is_server_side_and_sign_out_ends_it(client: httpx.AsyncClient) -> None:
    assert (await client.get("/cases")).status_code == 303  # anonymous: sent to sign in
    await sign_in(client)
    assert (await client.get("/cases")).status_code == 200
    old_cookie = client.cookies[SESSION_COOKIE]
    token = await csrf_token(client, "/")
    assert (await client.post("/sign-out", data={"csrf_token": token})).status_code == 303
    client.cookies.set(SESSION_COOKIE, old_cookie)  # a copy of the old cookie is worth nothing now
    assert (await client.get("/cases")).status_code == 303


async def test_sign_in_redirects_only_within_the_site(client: httpx.AsyncClient) -> None:
    token = await csrf_token(client)
    data = {"csrf_token": token, "user_id": "mentee-anna", "next": "//evil.example"}
    assert (await client.post("/sign-in/dev", data=data)).headers["location"] == "/"


async def test_language_is_russian_by_default_and_english_on_request(client: httpx.AsyncClient) -> None:
    assert '<html lang="ru">' in (await client.get("/")).text
    assert '<html lang="en">' in (await client.get("/", headers={"Accept-Language": "en-US,en"})).text
    token = await csrf_token(client)
    answer = await client.post("/language", data={"lang": "en", "next": "/mentors", "csrf_token": token})
    assert answer.headers["location"] == "/mentors"
    page = (await client.get("/mentors")).text
    assert '<html lang="en">' in page and "Mentors found: 1" in page


async def test_api_field_errors_show_next_to_their_field_in_the_persons_language_and_keep_what_was_typed(
    client: httpx.AsyncClient,
) -> None:
    await sign_in(client)
    token = await csrf_token(client, "/cases/new")
    typed = "Очень длинный текст " * 60
    data = {
        "csrf_token": token,
        "problem": typed,
        "question": "Как быть?",
        "participants": "parents",
        "action": "submit",
    }
    answer = await client.post("/cases/new", data=data)
    assert answer.status_code == 422
    html = answer.text
    assert 'id="error-problem">Не более 1000 символов</p>' in html
    assert 'id="error-rubrics">Выберите хотя бы одно направление</p>' in html
    assert 'aria-describedby="hint-problem counter-problem error-problem" aria-invalid="true"' in html
    assert typed.strip() in html and "Как быть?" in html
    assert re.search(r'value="parents"\s+checked', html)


async def test_a_valid_case_goes_to_the_api_and_on_to_its_page(client: httpx.AsyncClient, fake: FakeApi) -> None:
    await sign_in(client)
    token = await csrf_token(client, "/cases/new")
    data = {
        "csrf_token": token,
        "problem": "Родители пишут ночью",
        "question": "Как быть?",
        "rubrics": ["parent_interaction", "self_management"],
        "privacy": "personal",
        "urgency": "urgent",
        "consent_publish": "yes",
        "action": "draft",
    }
    answer = await client.post("/cases/new", data=data)
    assert answer.headers["location"] == "/cases/00000000-0000-0000-0000-000000000001"
    sent = fake.requests[-1]
    assert sent.headers["authorization"].startswith("Bearer ")
    assert sent.headers["accept-language"] == "ru" and sent.headers["x-forwarded-for"] == "127.0.0.1"
    body = sent.read().decode().replace(" ", "")
    assert '"rubrics":["parent_interaction","self_management"]' in body
    assert '"submit":false' in body and '"consent_publish":true' in body and '"privacy":"personal"' in body


async def test_pages_for_mentees_refuse_other_roles(client: httpx.AsyncClient) -> None:
    await sign_in(client, "mentor-ivanova")
    assert (await client.get("/cases/new")).status_code == 403
