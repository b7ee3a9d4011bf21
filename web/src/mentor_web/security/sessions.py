"""Server-side sessions: the browser holds only a random session id in an HttpOnly cookie; the person's bearer token
stays here. One process keeps them in memory (`mentor dev`, one replica); several replicas need a shared store
behind the same `SessionStore` interface (or sticky sessions)."""

import base64
import json
import secrets
import time
from dataclasses import dataclass, field
from typing import Protocol

from fastapi import Request, Response

SESSION_COOKIE = "mentor_session"


@dataclass
class Person:
    """Who is signed in, as the pages need it (menus, greetings). The services check the token themselves."""

    id: str
    name: str
    roles: frozenset[str]
    locale: str = ""

    def has(self, role: str) -> bool:
        return role in self.roles


@dataclass
class Session:
    id: str
    token: str = ""
    person: Person | None = None
    expires_at: float = 0.0
    # Short-lived values of a sign-in in progress (OIDC state, nonce, PKCE verifier).
    pending: dict[str, str] = field(default_factory=dict)


class SessionStore(Protocol):
    def get(self, session_id: str) -> Session | None: ...
    def save(self, session: Session) -> None: ...
    def delete(self, session_id: str) -> None: ...


class MemorySessionStore:
    def __init__(self, idle_seconds: int, *, limit: int = 100_000) -> None:
        self.idle_seconds = idle_seconds
        self.limit = limit
        self._sessions: dict[str, Session] = {}

    def new(self) -> Session:
        return Session(id=secrets.token_urlsafe(32), expires_at=time.time() + self.idle_seconds)

    def get(self, session_id: str) -> Session | None:
        session = self._sessions.get(session_id)
        if session is None or session.expires_at < time.time():
            self._sessions.pop(session_id, None)
            return None
        session.expires_at = time.time() + self.idle_seconds
        return session

    def save(self, session: Session) -> None:
        if len(self._sessions) >= self.limit:
            self._evict_expired()
        self._sessions[session.id] = session

    def delete(self, session_id: str) -> None:
        self._sessions.pop(session_id, None)

    def _evict_expired(self) -> None:
        now = time.time()
        for key in [k for k, s in self._sessions.items() if s.expires_at < now]:
            del self._sessions[key]


def is_https(request: Request) -> bool:
    return request.url.scheme == "https" or request.headers.get("x-forwarded-proto", "") == "https"


def set_session_cookie(response: Response, request: Request, session: Session, secure: bool | None) -> None:
    response.set_cookie(
        SESSION_COOKIE,
        session.id,
        httponly=True,
        samesite="lax",
        secure=is_https(request) if secure is None else secure,
        path="/",
    )


def clear_session_cookie(response: Response) -> None:
    response.delete_cookie(SESSION_COOKIE, path="/")


def person_from_token(token: str) -> Person:
    """The token's claims for display only (no verification here: every service verifies the token it is sent)."""
    try:
        payload = token.split(".")[1]
        claims = json.loads(base64.urlsafe_b64decode(payload + "=" * (-len(payload) % 4)))
    except (IndexError, ValueError):
        claims = {}
    roles = claims.get("roles", [])
    return Person(
        id=str(claims.get("sub", "")),
        name=str(claims.get("name", "") or claims.get("preferred_username", "") or claims.get("sub", "")),
        roles=frozenset(str(r) for r in roles) if isinstance(roles, list) else frozenset(),
        locale=str(claims.get("locale", "")),
    )
