"""Bearer JWT validation with PyJWT: signature (JWKS URL or a static public key), issuer, audience, expiry.
The accepted algorithms are fixed here, never taken from the token."""

import asyncio
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Literal, get_args

import jwt

Role = Literal["mentee", "mentor", "moderator", "admin"]
ROLES: frozenset[str] = frozenset(get_args(Role))
ALGORITHMS = ["RS256"]


class InvalidToken(Exception):
    pass


@dataclass(frozen=True)
class User:
    id: str
    roles: frozenset[str]
    name: str = ""
    email: str = ""
    locale: str = ""  # the OIDC `locale` claim, e.g. "ru" or "en-GB"; empty when the provider sends none

    def has(self, *roles: str) -> bool:
        return bool(self.roles & set(roles))

    @property
    def is_moderator(self) -> bool:
        return self.has("moderator", "admin")


class TokenVerifier:
    def __init__(
        self,
        *,
        issuer: str,
        audience: str,
        public_key: str | None = None,
        public_key_file: Path | None = None,
        jwks_url: str | None = None,
        leeway: float = 30.0,
    ) -> None:
        if jwks_url:
            self._jwks: jwt.PyJWKClient | None = jwt.PyJWKClient(jwks_url, cache_keys=True, lifespan=600)
            self._key: str | None = None
        else:
            self._jwks = None
            self._key = public_key or (public_key_file.read_text() if public_key_file else None)
            if not self._key:
                raise ValueError("configure a JWKS URL or a public key for token validation")
        self.issuer = issuer
        self.audience = audience
        self.leeway = leeway

    async def verify(self, token: str) -> User:
        key: Any = self._key
        if self._jwks is not None:
            try:
                key = (await asyncio.to_thread(self._jwks.get_signing_key_from_jwt, token)).key
            except jwt.PyJWTError as exc:
                raise InvalidToken(str(exc)) from exc
        try:
            claims = jwt.decode(
                token,
                key,
                algorithms=ALGORITHMS,
                audience=self.audience,
                issuer=self.issuer,
                leeway=self.leeway,
                options={"require": ["exp", "iat", "sub", "iss", "aud"]},
            )
        except jwt.PyJWTError as exc:
            raise InvalidToken(str(exc)) from exc
        return User(
            id=str(claims["sub"]),
            roles=frozenset(_roles(claims)) & ROLES,
            name=str(claims.get("name", "")),
            email=str(claims.get("email", "")),
            locale=str(claims.get("locale", "")),
        )


def _roles(claims: dict[str, Any]) -> list[str]:
    """A `roles` claim, or Keycloak's `realm_access.roles`."""
    roles = claims.get("roles")
    if roles is None:
        roles = (claims.get("realm_access") or {}).get("roles", [])
    return [str(r) for r in roles] if isinstance(roles, list) else []
