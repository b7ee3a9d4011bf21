"""Server-side sessions, shared by every replica of the web application through one database.

The browser holds only a random session id in an HttpOnly cookie. The row is found by the SHA-256 of that id (a copy
of the table gives no cookie to replay), and what it holds — the person's bearer token, who they are, a sign-in in
progress — is encrypted with Fernet (AES-128-CBC + HMAC-SHA256, `cryptography`) under a key derived from
`WEB_SECRET_KEY`. Any replica reads any session, so no sticky sessions are needed; signing out deletes the row for
all of them.

The store is one SQLAlchemy table through the kit's `Database`: PostgreSQL when deployed
(`WEB_SESSION_DATABASE_URL`, schema by `mentor migrate web`), SQLite elsewhere (no URL: a private file for this
process, created on first use — `mentor dev` and the tests). A session lives `WEB_SESSION_IDLE_MINUTES` after its
last use (the expiry moves forward at most once a minute, so reading a page rarely writes); a sign-in in progress
lives 10 minutes. Expired rows are refused when read and deleted in bulk every few minutes by whichever replica
saves a session.
"""

import asyncio
import base64
import hashlib
import json
import secrets
import shutil
import tempfile
import time
import weakref
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from cryptography.fernet import Fernet, InvalidToken
from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.kdf.hkdf import HKDF
from fastapi import Request, Response
from sqlalchemy import Column, Float, Index, String, Table, Text, delete, select, update

from mentor_kit.db import Database, naming_metadata, upsert_insert
from mentor_kit.db.migrations import upgrade_async
from mentor_kit.logging import get_logger

SESSION_COOKIE = "mentor_session"
MIGRATIONS = Path(__file__).resolve().parents[1] / "migrations"
PENDING_SECONDS = 10 * 60  # a sign-in in progress (OIDC state, nonce, PKCE verifier): the provider's round trip
TOUCH_AFTER_SECONDS = 60  # move a session's expiry forward at most this often (a write per page otherwise)
CLEANUP_EVERY_SECONDS = 5 * 60  # delete expired rows at most this often per process
log = get_logger("mentor_web.sessions")

metadata = naming_metadata()
web_sessions = Table(
    "web_sessions",
    metadata,
    Column("key", String(64), primary_key=True),  # SHA-256 (hex) of the cookie's session id, never the id itself
    Column("data", Text, nullable=False),  # Fernet token of {"token", "person", "pending"}
    Column("expires_at", Float, nullable=False),  # seconds since the epoch
    Column("created_at", Float, nullable=False),
    Index("ix_web_sessions_expires_at", "expires_at"),
)


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


def session_key(session_id: str) -> str:
    return hashlib.sha256(session_id.encode()).hexdigest()


def fernet_key(secret_key: str) -> bytes:
    """The sessions' encryption key, derived from `WEB_SECRET_KEY` (HKDF-SHA256; another purpose than the CSRF
    signatures made with the same secret)."""
    derived = HKDF(algorithm=hashes.SHA256(), length=32, salt=None, info=b"mentor-web sessions v1").derive(
        secret_key.encode()
    )
    return base64.urlsafe_b64encode(derived)


class SessionStore:
    """Sessions in a database every replica shares. `database_url` empty: a private SQLite file for this process."""

    def __init__(
        self,
        database_url: str,
        secret_key: str,
        idle_seconds: int,
        *,
        clock: Callable[[], float] = time.time,
        pool_size: int = 5,
    ) -> None:
        self.idle_seconds = idle_seconds
        self.clock = clock
        if not database_url:
            folder = tempfile.mkdtemp(prefix="mentor-web-sessions-")
            weakref.finalize(self, shutil.rmtree, folder, True)
            database_url = f"sqlite+aiosqlite:///{folder}/sessions.db"
        self.db = Database(database_url, pool_size=pool_size)
        self._fernet = Fernet(fernet_key(secret_key))
        self._schema_ready = self.db.is_postgres  # PostgreSQL: `mentor migrate web` (a Job) made the table
        self._schema_lock = asyncio.Lock()
        self._last_cleanup = 0.0

    # --- the sessions ---------------------------------------------------------------------------------------------

    def new(self) -> Session:
        return Session(id=secrets.token_urlsafe(32), expires_at=self.clock() + self.idle_seconds)

    async def get(self, session_id: str) -> Session | None:
        """The live session with this id, its expiry moved forward; None for an unknown, expired or unreadable one."""
        await self._ensure_schema()
        key, now = session_key(session_id), self.clock()
        async with self.db.reading() as db:
            row = (await db.execute(select(web_sessions).where(web_sessions.c.key == key))).one_or_none()
        if row is None:
            return None
        if row.expires_at <= now:
            await self.delete(session_id)
            return None
        try:
            data = json.loads(self._fernet.decrypt(row.data.encode()))
        except (InvalidToken, ValueError):  # another WEB_SECRET_KEY wrote it: signed out, as after a key change
            log.warning("web.session_unreadable")
            await self.delete(session_id)
            return None
        session = _session_from(session_id, data, row.expires_at)
        lifetime = self._lifetime(session)
        if row.expires_at < now + lifetime - TOUCH_AFTER_SECONDS:
            session.expires_at = now + lifetime
            async with self.db.transaction() as db:
                await db.execute(
                    update(web_sessions).where(web_sessions.c.key == key).values(expires_at=session.expires_at)
                )
        return session

    async def save(self, session: Session) -> None:
        """Store the session (new or changed) for every replica, its lifetime starting now."""
        await self._ensure_schema()
        now = self.clock()
        session.expires_at = now + self._lifetime(session)
        data = self._fernet.encrypt(json.dumps(_session_data(session)).encode()).decode()
        values = {"key": session_key(session.id), "data": data, "expires_at": session.expires_at, "created_at": now}
        async with self.db.transaction() as db:
            insert = upsert_insert(db)(web_sessions).values(**values)
            await db.execute(
                insert.on_conflict_do_update(
                    index_elements=[web_sessions.c.key],
                    set_={"data": insert.excluded.data, "expires_at": insert.excluded.expires_at},
                )
            )
        if now - self._last_cleanup >= CLEANUP_EVERY_SECONDS:
            self._last_cleanup = now
            await self.delete_expired()

    async def delete(self, session_id: str) -> None:
        """End the session on every replica (sign-out, a refused token, a new sign-in)."""
        await self._ensure_schema()
        async with self.db.transaction() as db:
            await db.execute(delete(web_sessions).where(web_sessions.c.key == session_key(session_id)))

    async def delete_expired(self) -> int:
        await self._ensure_schema()
        async with self.db.transaction() as db:
            result = await db.execute(delete(web_sessions).where(web_sessions.c.expires_at <= self.clock()))
        removed = int(getattr(result, "rowcount", 0) or 0)
        if removed:
            log.info("web.sessions_expired_deleted", count=removed)
        return removed

    def _lifetime(self, session: Session) -> float:
        signing_in = not session.token and bool(session.pending)
        return min(self.idle_seconds, PENDING_SECONDS) if signing_in else self.idle_seconds

    # --- the database ----------------------------------------------------------------------------------------------

    async def migrate(self) -> None:
        """`mentor migrate web`: the sessions table at the newest migration (Alembic; PostgreSQL or SQLite)."""
        await upgrade_async(MIGRATIONS, self.db.url)
        self._schema_ready = True

    async def ping(self) -> bool:
        return await self.db.ping()

    async def close(self) -> None:
        await self.db.dispose()

    async def _ensure_schema(self) -> None:
        """SQLite (`mentor dev`, tests): the table on first use. PostgreSQL: the migration Job made it."""
        if self._schema_ready:
            return
        async with self._schema_lock:
            if not self._schema_ready:
                await self.db.create_all(metadata)
                self._schema_ready = True


def _session_data(session: Session) -> dict[str, Any]:
    person = session.person
    return {
        "token": session.token,
        "person": None
        if person is None
        else {"id": person.id, "name": person.name, "roles": sorted(person.roles), "locale": person.locale},
        "pending": session.pending,
    }


def _session_from(session_id: str, data: dict[str, Any], expires_at: float) -> Session:
    person = data.get("person")
    return Session(
        id=session_id,
        token=str(data.get("token", "")),
        person=None
        if not person
        else Person(
            id=str(person["id"]),
            name=str(person["name"]),
            roles=frozenset(person.get("roles", [])),
            locale=str(person.get("locale", "")),
        ),
        expires_at=expires_at,
        pending={str(k): str(v) for k, v in (data.get("pending") or {}).items()},
    )


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
