"""Production sign-in against a fake identity provider: OpenID Connect code flow with PKCE (S256)."""

import base64
import json
import time
from typing import Any
from urllib.parse import parse_qs, urlsplit

import httpx
import pytest
from authlib.oauth2.rfc7636 import create_s256_code_challenge
from fastapi import FastAPI, Form, HTTPException
from joserfc import jwt
from joserfc.jwk import RSAKey

from mentor_web.app import create_app
from mentor_web.security.sessions import SESSION_COOKIE
from mentor_web.settings import WebSettings

from .conftest import FakeApi, browser

ISSUER = "https://id.example.test/realms/mentor"
CLIENT_ID = "mentor-web"
KEY = RSAKey.generate_key(2048, parameters={"kid": "test-key"})


def access_token(sub: str, roles: list[str]) -> str:
    claims = {"sub": sub, "roles": roles, "name": "Анна", "aud": "mentor-platform", "iss": ISSUER}
    body = base64.urlsafe_b64encode(json.dumps(claims).encode()).rstrip(b"=").decode()
    return f"eyJhbGciOiJSUzI1NiJ9.{body}.signature"  # the services verify it; the web only reads it


class FakeProvider:
    """Discovery, JWKS and a token endpoint that checks the PKCE verifier; `authorize` stands in for the login."""

    def __init__(self) -> None:
        self.codes: dict[str, dict[str, str]] = {}
        self.nonce_override: str | None = None
        self.app = FastAPI()
        self.app.get("/realms/mentor/.well-known/openid-configuration")(self.discovery)
        self.app.get("/realms/mentor/jwks")(self.jwks)
        self.app.post("/realms/mentor/token")(self.token)

    def authorize(self, url: str) -> str:
        query = {k: v[0] for k, v in parse_qs(urlsplit(url).query).items()}
        assert query["response_type"] == "code" and query["client_id"] == CLIENT_ID
        assert query["code_challenge_method"] == "S256" and "openid" in query["scope"]
        code = f"code-{len(self.codes)}"
        self.codes[code] = query
        return code

    async def discovery(self) -> dict[str, str]:
        return {
            "issuer": ISSUER,
            "authorization_endpoint": f"{ISSUER}/auth",
            "token_endpoint": f"{ISSUER}/token",
            "jwks_uri": f"{ISSUER}/jwks",
        }

    async def jwks(self) -> dict[str, Any]:
        return {"keys": [KEY.as_dict(private=False)]}

    async def token(
        self, grant_type: str = Form(), code: str = Form(), code_verifier: str = Form(), redirect_uri: str = Form()
    ) -> dict[str, Any]:
        asked = self.codes.pop(code, None)
        if asked is None or grant_type != "authorization_code" or redirect_uri != asked["redirect_uri"]:
            raise HTTPException(400, "invalid_grant")
        if create_s256_code_challenge(code_verifier) != asked["code_challenge"]:
            raise HTTPException(400, "invalid_grant: PKCE verifier")
        now = int(time.time())
        id_claims = {
            "iss": ISSUER,
            "aud": CLIENT_ID,
            "sub": "mentee-anna",
            "name": "Анна Смирнова",
            "nonce": self.nonce_override or asked["nonce"],
            "iat": now,
            "exp": now + 300,
        }
        id_token = jwt.encode({"alg": "RS256", "kid": "test-key"}, id_claims, KEY)
        return {"access_token": access_token("mentee-anna", ["mentee"]), "id_token": id_token, "token_type": "Bearer"}


@pytest.fixture
def provider() -> FakeProvider:
    return FakeProvider()


@pytest.fixture
def oidc_app(provider: FakeProvider, fake: FakeApi) -> FastAPI:
    settings = WebSettings(api_base="http://gateway", oidc_issuer=ISSUER, oidc_client_id=CLIENT_ID, secret_key="s")
    return create_app(
        settings, api_transport=httpx.MockTransport(fake), oidc_transport=httpx.ASGITransport(app=provider.app)
    )


async def start(client: httpx.AsyncClient, provider: FakeProvider) -> tuple[str, str]:
    answer = await client.get("/sign-in/oidc", params={"next": "/cases"})
    assert answer.status_code == 303
    url = answer.headers["location"]
    assert url.startswith(f"{ISSUER}/auth?")
    return provider.authorize(url), parse_qs(urlsplit(url).query)["state"][0]


async def test_code_flow_with_pkce_signs_in_and_calls_the_apis_with_the_providers_access_token(
    oidc_app: FastAPI, provider: FakeProvider, fake: FakeApi
) -> None:
    async with browser(oidc_app) as client:
        sign_in_page = (await client.get("/sign-in")).text
        assert 'href="/sign-in/oidc?next=/"' in sign_in_page and "/sign-in/dev" not in sign_in_page
        code, state = await start(client, provider)
        pending_cookie = client.cookies[SESSION_COOKIE]
        answer = await client.get("/sign-in/oidc/callback", params={"code": code, "state": state})
        assert answer.status_code == 303 and answer.headers["location"] == "/cases"
        assert client.cookies[SESSION_COOKIE] != pending_cookie  # a new session id once signed in
        page = await client.get("/cases")
        assert page.status_code == 200 and "Анна Смирнова" in page.text
        assert fake.requests[-1].headers["authorization"] == f"Bearer {access_token('mentee-anna', ['mentee'])}"


async def test_a_wrong_state_or_nonce_signs_nobody_in(oidc_app: FastAPI, provider: FakeProvider) -> None:
    async with browser(oidc_app) as client:
        code, _ = await start(client, provider)
        answer = await client.get("/sign-in/oidc/callback", params={"code": code, "state": "forged"})
        assert answer.status_code == 400
        provider.nonce_override = "replayed"
        code, state = await start(client, provider)
        assert (await client.get("/sign-in/oidc/callback", params={"code": code, "state": state})).status_code == 400
        assert (await client.get("/cases")).status_code == 303  # still nobody signed in


async def test_the_development_sign_in_is_off_unless_configured(oidc_app: FastAPI) -> None:
    async with browser(oidc_app) as client:
        page = (await client.get("/sign-in")).text
        token = page.split('name="csrf_token" value="')[1].split('"')[0]
        refused = await client.post("/sign-in/dev", data={"csrf_token": token, "user_id": "admin"})
        assert refused.status_code == 404
