"""Long polls: an answer as soon as what is read is not empty, a wake-up only for the subject that changed and only
after its commit, and no connection held while waiting."""

import asyncio

from sqlalchemy import text

from mentor_kit.db import Database
from mentor_kit.longpoll import Changes, long_poll
from mentor_kit.testing import wait_for


async def test_a_waiting_read_answers_once_a_committed_change_wakes_it(tmp_path) -> None:
    db = Database(f"sqlite+aiosqlite:///{tmp_path / 'poll.db'}")
    async with db.transaction() as session:
        await session.execute(text("CREATE TABLE offers (case_id TEXT, mentor TEXT)"))
    changes = Changes()
    reads = 0

    async def poll(case_id: str, wait: float) -> list[str]:
        async with db.reading() as session:

            async def read() -> list[str]:
                nonlocal reads
                reads += 1
                found = await session.execute(text("SELECT mentor FROM offers WHERE case_id = :c"), {"c": case_id})
                return [row[0] for row in found]

            return await long_poll(changes, case_id, session, read, wait=wait, recheck=60)

    waiting = asyncio.create_task(poll("case-1", wait=30))
    other = asyncio.create_task(poll("case-2", wait=0.3))
    await wait_for(lambda: changes.waiting() == 2, message="both requests waiting, each after its first read")
    assert reads == 2
    async with db.transaction() as session:  # a change of case-1 that rolls back wakes nobody
        await session.execute(text("INSERT INTO offers VALUES ('case-1', 'rolled-back')"))
        changes.changed_on_commit(session, "case-1")
        await session.rollback()
    async with db.transaction() as session:
        await session.execute(text("INSERT INTO offers VALUES ('case-1', 'mentor-a')"))
        changes.changed_on_commit(session, "case-1")
        await asyncio.sleep(0.05)
        assert not waiting.done()  # not before the commit
    assert await asyncio.wait_for(waiting, 5) == ["mentor-a"]
    assert reads == 3  # woken once, read once: no rechecks in between (recheck=60)
    assert await other == []  # the other case was not woken: it answered empty when its wait ran out
    assert changes.waiting() == 0
    assert await long_poll(changes, "case-3", _NoSession(), _empty, wait=0) == []  # wait=0: at once
    await db.dispose()


class _NoSession:
    async def close(self) -> None:
        raise AssertionError("wait=0 never waits")


async def _empty() -> list[str]:
    return []


async def test_a_change_committed_elsewhere_is_found_by_the_recheck(tmp_path) -> None:
    """Another replica committed: nobody in this process is woken, the periodic read finds it."""
    changes = Changes()
    answers = iter([[], [], ["from-another-replica"]])

    class Session:
        closed = 0

        async def close(self) -> None:
            self.closed += 1

    session = Session()

    async def read() -> list[str]:
        return next(answers)

    found = await long_poll(changes, "case-1", session, read, wait=5, recheck=0.05)  # type: ignore[arg-type]
    assert found == ["from-another-replica"]
    assert session.closed == 2  # the connection was given back before each wait
