"""Production sign-in: OpenID Connect authorization code flow with PKCE (S256) against the university's identity
provider, built from authlib's OAuth 2.0 pieces (authorization request, token request, PKCE challenge) and joserfc
(the ID token's signature from the provider's JWKS, its issuer, audience, expiry and nonce). Configured by
`WEB_OIDC_ISSUER`, `WEB_OIDC_CLIENT_ID` and, for a confidential client, `WEB_OIDC_CLIENT_SECRET`.

The access token the provider issues (audience `mentor-platform`) is what the web sends to the services; the ID
token only proves who signed in."""

from dataclasses import dataclass
from typing import Any

import httpx
from authlib.common.security import generate_token
from authlib.oauth2.rfc6749.parameters import prepare_grant_uri, prepare_token_request
from authlib.oauth2.rfc7636 import create_s256_code_challenge
from joserfc import jwt
from joserfc.errors import JoseError
from joserfc.jwk import KeySet

from mentor_web.settings import WebSettings


class SignInFailed(Exception):
    """The identity provider's answer does not prove a sign-in (state, code, token or ID token wrong)."""


@dataclass(frozen=True)
class AuthorizationRequest:
    url: str
    state: str
    nonce: str
    code_verifier: str


@dataclass(frozen=True)
class SignedIn:
    access_token: str
    id_claims: dict[str, Any]


class OidcClient:
    def __init__(self, settings: WebSettings, *, transport: httpx.AsyncBaseTransport | None = None) -> None:
        self.settings = settings
        self.http = httpx.AsyncClient(timeout=10, transport=transport)
        self._metadata: dict[str, Any] | None = None

    async def close(self) -> None:
        await self.http.aclose()

    async def metadata(self) -> dict[str, Any]:
        if self._metadata is None:
            url = self.settings.oidc_issuer.rstrip("/") + "/.well-known/openid-configuration"
            response = await self.http.get(url)
            response.raise_for_status()
            self._metadata = dict(response.json())
        return self._metadata

    async def authorization_request(self, redirect_uri: str) -> AuthorizationRequest:
        meta = await self.metadata()
        state, nonce, verifier = generate_token(32), generate_token(32), generate_token(64)
        url = prepare_grant_uri(
            meta["authorization_endpoint"],
            self.settings.oidc_client_id,
            "code",
            redirect_uri=redirect_uri,
            scope=self.settings.oidc_scopes,
            state=state,
            nonce=nonce,
            code_challenge=create_s256_code_challenge(verifier),
            code_challenge_method="S256",
        )
        return AuthorizationRequest(url=url, state=state, nonce=nonce, code_verifier=verifier)

    async def finish(self, *, code: str, redirect_uri: str, code_verifier: str, nonce: str) -> SignedIn:
        meta = await self.metadata()
        body = prepare_token_request(
            "authorization_code",
            code=code,
            redirect_uri=redirect_uri,
            code_verifier=code_verifier,
            client_id=self.settings.oidc_client_id,
        )
        auth = (
            (self.settings.oidc_client_id, self.settings.oidc_client_secret)
            if self.settings.oidc_client_secret
            else None
        )
        response = await self.http.post(
            meta["token_endpoint"],
            content=body,
            headers={"Content-Type": "application/x-www-form-urlencoded", "Accept": "application/json"},
            auth=auth or httpx.USE_CLIENT_DEFAULT,
        )
        if response.status_code != 200:
            raise SignInFailed(f"token endpoint answered {response.status_code}")
        tokens = response.json()
        access_token, id_token = tokens.get("access_token"), tokens.get("id_token")
        if not isinstance(access_token, str) or not isinstance(id_token, str):
            raise SignInFailed("no access token or ID token")
        return SignedIn(access_token=access_token, id_claims=await self._verified_claims(id_token, nonce))

    async def _verified_claims(self, id_token: str, nonce: str) -> dict[str, Any]:
        meta = await self.metadata()
        keys = KeySet.import_key_set((await self.http.get(meta["jwks_uri"])).json())
        registry = jwt.JWTClaimsRegistry(
            iss={"essential": True, "value": meta.get("issuer", self.settings.oidc_issuer)},
            aud={"essential": True, "value": self.settings.oidc_client_id},
            nonce={"essential": True, "value": nonce},
            sub={"essential": True},
            exp={"essential": True},
        )
        try:
            token = jwt.decode(id_token, keys, algorithms=["RS256", "ES256", "PS256"])
            registry.validate(token.claims)
        except (JoseError, ValueError) as exc:
            raise SignInFailed(f"ID token refused: {exc}") from exc
        return dict(token.claims)
