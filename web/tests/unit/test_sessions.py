"""The session store every replica shares: on SQLite (`mentor dev`, tests) and on PostgreSQL (deployed, the
schema from `mentor migrate web`'s Alembic migration)."""

from collections.abc import AsyncIterator, Callable
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import select

from mentor_web.security.sessions import (
    PENDING_SECONDS,
    TOUCH_AFTER_SECONDS,
    Person,
    Session,
    SessionStore,
    web_sessions,
)

IDLE = 3600
SECRET = "shared-secret"


class Clock:
    def __init__(self) -> None:
        self.now = 1_800_000_000.0

    def __call__(self) -> float:
        return self.now


@pytest.fixture(params=["sqlite", "postgresql"])
def database_url(request: pytest.FixtureRequest, tmp_path: Path) -> str:
    if request.param == "sqlite":
        return f"sqlite+aiosqlite:///{tmp_path / 'sessions.db'}"
    url: str = request.getfixturevalue("postgres_url")  # a temporary database of the kit's test plugin
    return url


@pytest.fixture
def clock() -> Clock:
    return Clock()


@pytest.fixture
async def replicas(database_url: str, clock: Clock) -> AsyncIterator[Callable[..., SessionStore]]:
    """Stores as two replicas would open them: the same database and secret. The schema comes from the migration."""
    opened: list[SessionStore] = []

    def replica(secret: str = SECRET) -> SessionStore:
        store = SessionStore(database_url, secret, IDLE, clock=clock)
        opened.append(store)
        return store

    await replica().migrate()
    yield replica
    for store in opened:
        await store.close()


def signed_in(store: SessionStore) -> Session:
    session = store.new()
    session.token = "header.payload.signature"
    session.person = Person("mentee-anna", "Анна", frozenset({"mentee"}), "ru")
    return session


async def test_a_session_saved_by_one_replica_is_read_by_another(replicas: Callable[..., SessionStore]) -> None:
    first, second = replicas(), replicas()
    session = signed_in(first)
    await first.save(session)
    seen = await second.get(session.id)
    assert seen is not None
    assert (seen.token, seen.person) == (session.token, session.person)
    assert await second.get("another-id") is None


async def test_sign_out_on_one_replica_ends_the_session_on_all(replicas: Callable[..., SessionStore]) -> None:
    first, second = replicas(), replicas()
    session = signed_in(first)
    await first.save(session)
    assert await first.get(session.id) is not None
    await second.delete(session.id)
    assert await first.get(session.id) is None
    assert await second.get(session.id) is None


async def test_an_expired_session_is_refused_and_removed(replicas: Callable[..., SessionStore], clock: Clock) -> None:
    store = replicas()
    session = signed_in(store)
    await store.save(session)
    clock.now += IDLE - 1
    assert await store.get(session.id) is not None  # used: its idle time starts again
    clock.now += IDLE - 1
    assert await store.get(session.id) is not None
    clock.now += IDLE + 1
    assert await store.get(session.id) is None
    async with store.db.reading() as db:
        assert (await db.execute(select(web_sessions))).all() == []


async def test_reading_moves_the_expiry_at_most_once_a_minute(
    replicas: Callable[..., SessionStore], clock: Clock
) -> None:
    store = replicas()
    session = signed_in(store)
    await store.save(session)
    saved_until = session.expires_at
    clock.now += TOUCH_AFTER_SECONDS - 1
    assert (await store.get(session.id)).expires_at == saved_until  # type: ignore[union-attr]
    clock.now += 2
    assert (await store.get(session.id)).expires_at == clock.now + IDLE  # type: ignore[union-attr]


async def test_a_sign_in_in_progress_lives_ten_minutes(replicas: Callable[..., SessionStore], clock: Clock) -> None:
    store = replicas()
    pending = store.new()
    pending.pending = {"state": "s", "nonce": "n", "verifier": "v", "next": "/"}
    await store.save(pending)
    clock.now += PENDING_SECONDS - 1
    assert (await store.get(pending.id)).pending["verifier"] == "v"  # type: ignore[union-attr]
    clock.now += PENDING_SECONDS + 1
    assert await store.get(pending.id) is None


async def test_expired_sessions_are_deleted_in_bulk(replicas: Callable[..., SessionStore], clock: Clock) -> None:
    store = replicas()
    old = [signed_in(store) for _ in range(3)]
    for session in old:
        await store.save(session)
    clock.now += IDLE + 1
    fresh = signed_in(store)
    await store.save(fresh)  # a save also sweeps, at most every few minutes per process
    async with store.db.reading() as db:
        keys = (await db.execute(select(web_sessions.c.key))).scalars().all()
    assert len(keys) == 1
    assert await store.delete_expired() == 0
    assert await store.get(fresh.id) is not None


async def test_the_database_holds_neither_the_cookie_nor_the_token(replicas: Callable[..., SessionStore]) -> None:
    store = replicas()
    session = signed_in(store)
    await store.save(session)
    async with store.db.reading() as db:
        [row] = (await db.execute(select(web_sessions))).all()
    stored = f"{row.key} {row.data}"
    assert session.id not in stored and session.token not in stored and "Анна" not in stored
    assert "mentee-anna" not in stored


async def test_a_session_written_under_another_secret_is_signed_out(replicas: Callable[..., SessionStore]) -> None:
    old = replicas(secret="the-old-secret")
    session = signed_in(old)
    await old.save(session)
    assert await replicas().get(session.id) is None  # WEB_SECRET_KEY changed: sign in again
    assert await old.get(session.id) is None  # and the unreadable row is gone


async def test_without_a_url_a_process_keeps_its_sessions_in_a_private_sqlite_file() -> None:
    store = SessionStore("", SECRET, IDLE)
    try:
        assert store.db.url.startswith("sqlite+aiosqlite:///") and not store.db.is_postgres
        session = signed_in(store)
        await store.save(session)  # the table is created on first use
        assert (await store.get(session.id)) is not None
        assert await store.ping()
    finally:
        await store.close()


async def test_the_migration_makes_exactly_the_table_the_store_uses(
    replicas: Callable[..., SessionStore],
) -> None:
    from alembic.autogenerate import compare_metadata
    from alembic.migration import MigrationContext

    from mentor_web.security.sessions import metadata

    store = replicas()  # the fixture ran `mentor migrate web`'s upgrade on this database

    def differences(connection: Any) -> list[Any]:
        context = MigrationContext.configure(connection, opts={"compare_type": True})
        return [
            d for d in compare_metadata(context, metadata) if d[0] != "remove_table" or d[1].name != "alembic_version"
        ]

    async with store.db.engine.connect() as connection:
        assert await connection.run_sync(differences) == []
