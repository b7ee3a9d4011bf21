"""Bearer JWT validation with PyJWT: signature (JWKS URL or a static public key), issuer, audience, expiry.
The accepted algorithms are fixed here, never taken from the token.

A verified token is remembered (by its exact text) until it expires, at most `remember` seconds: a client polls
with the same token many times, and an RSA verification is ~4 % of a simple read's CPU."""

import asyncio
import re
import time
from collections import OrderedDict
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Literal, get_args

import jwt
from cryptography.hazmat.primitives.serialization import load_pem_public_key

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
        remember: float = 300.0,
        remembered_tokens: int = 10_000,
    ) -> None:
        self._key: Any = None
        if jwks_url:
            self._jwks: jwt.PyJWKClient | None = jwt.PyJWKClient(jwks_url, cache_keys=True, lifespan=600)
        else:
            self._jwks = None
            pem = public_key or (public_key_file.read_text() if public_key_file else None)
            if not pem:
                raise ValueError("configure a JWKS URL or a public key for token validation")
            self._key = load_pem_public_key(pem.encode())  # parsed once, not per request
        self.issuer = issuer
        self.audience = audience
        self.leeway = leeway
        self.remember = remember
        self._verified: OrderedDict[str, tuple[User, float]] = OrderedDict()  # token → (user, valid until)
        self._capacity = remembered_tokens

    async def verify(self, token: str) -> User:
        remembered = self._verified.get(token)
        if remembered is not None:
            user, until = remembered
            if time.time() < until:
                self._verified.move_to_end(token)
                return user
            del self._verified[token]
        user, expires = await self._verify(token)
        self._verified[token] = (user, min(expires + self.leeway, time.time() + self.remember))
        if len(self._verified) > self._capacity:
            self._verified.popitem(last=False)
        return user

    async def _verify(self, token: str) -> tuple[User, float]:
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
        if not isinstance(claims["sub"], str) or not SUBJECT.fullmatch(claims["sub"]):
            # Every service stores the subject (128 characters at most) and events carry it as a `UserId`.
            raise InvalidToken("the subject must be an opaque id: 1-128 of A-Z a-z 0-9 . _ : -")
        user = User(
            id=str(claims["sub"]),
            roles=frozenset(_roles(claims)) & ROLES,
            name=str(claims.get("name", "")),
            email=str(claims.get("email", "")),
            locale=str(claims.get("locale", "")),
        )
        return user, float(claims["exp"])


SUBJECT = re.compile(r"[A-Za-z0-9._:-]{1,128}")  # the contracts' `UserId`


def _roles(claims: dict[str, Any]) -> list[str]:
    """A `roles` claim, or Keycloak's `realm_access.roles`."""
    roles = claims.get("roles")
    if roles is None:
        roles = (claims.get("realm_access") or {}).get("roles", [])
    return [str(r) for r in roles] if isinstance(roles, list) else []
