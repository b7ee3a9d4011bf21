"""Ranking from data shaped for it gives the same offers as ranking every mentor from all their rows: candidates
narrowed in SQL, figures kept with the attempts, only the leaves that matter. Seeded random data, compared with a
straightforward reference computation over the same rows; and the figures kept by the event paths equal the
figures rebuilt from all attempts."""

import random
import uuid
from collections.abc import AsyncIterator
from datetime import UTC, datetime, timedelta
from typing import Any

import pytest
from sqlalchemy import insert, select
from sqlalchemy.ext.asyncio import AsyncSession
from sqlalchemy.orm import selectinload

from mentor_contracts.events import CaseAcceptedV1, CaseCompletedV1, CaseMentorSelectedV1, CaseSubmittedV1
from mentor_contracts.taxonomy import PARTICIPANTS, RUBRICS
from mentor_kit.db import Database
from mentor_kit.messaging import Outbox
from mentor_matching.bootstrap import migrate
from mentor_matching.db import messaging
from mentor_matching.domain.ranking import CaseView, MentorView, rank
from mentor_matching.mentors import repository as mentors_repository
from mentor_matching.mentors.models import Leave, Mentor
from mentor_matching.offers import service as offers
from mentor_matching.offers.models import Attempt, MentorFigures
from mentor_matching.settings import MatchingSettings

pytestmark = pytest.mark.integration

CODES = [t.code for t in RUBRICS]
GROUPS = [t.code for t in PARTICIPANTS]
NOW = datetime(2026, 11, 30, 9, 30, tzinfo=UTC)
STATES = ["offered", "selected", "declined", "expired", "accepted", "completed"]


@pytest.fixture
async def db(postgres_url: str) -> AsyncIterator[Database]:
    database = Database(postgres_url)
    await migrate(database)
    yield database
    await database.dispose()


def mentor_rows(rng: random.Random, n: int) -> tuple[list[dict[str, Any]], list[dict[str, Any]]]:
    mentors, leaves = [], []
    today = NOW.date()
    for i in range(n):
        mentor_id = f"m{i:03d}"
        mentors.append(
            {
                "id": mentor_id,
                "name": f"Наставник {i}",
                "rubrics": rng.sample(CODES[:5], rng.randint(1, 3)),  # few codes: many share one
                "participants": rng.sample(GROUPS[:4], rng.randint(0, 2)),
                "capacity": rng.randint(1, 3),
                "weekdays": sorted(rng.sample(range(7), rng.randint(1, 7))) if rng.random() < 0.5 else [],
                "paused": rng.random() < 0.1,
                "active": rng.random() > 0.1,
                "updated_at": NOW,
            }
        )
        for _ in range(rng.choice([0, 0, 1, 2])):  # past, current, future and window-edge leaves
            start = today + timedelta(days=rng.randint(-40, 5))
            leaves.append({"mentor_id": mentor_id, "start": start, "end": start + timedelta(days=rng.randint(0, 40))})
    return mentors, leaves


def attempt_rows(rng: random.Random, mentor_ids: list[str]) -> list[dict[str, Any]]:
    rows = []
    for mentor_id in mentor_ids:
        for _ in range(rng.randint(0, 6)):
            offered = NOW - timedelta(days=rng.uniform(0, 60))  # about half in the fairness window
            state = rng.choice(STATES)
            selected = offered + timedelta(hours=rng.uniform(0, 10)) if state != "offered" else None
            answered = selected + timedelta(hours=rng.uniform(0.1, 50)) if selected and state != "selected" else None
            if state in ("accepted", "completed") and rng.random() < 0.1:
                answered = None  # an answer without a time (old rows): counted, not timed
            rows.append(
                {
                    "id": uuid.uuid4(),
                    "case_id": uuid.uuid4(),
                    "round": 1,
                    "mentor_id": mentor_id,
                    "score": 0.5,
                    "explanation": "seeded",
                    "state": state,
                    "offered_at": offered,
                    "selected_at": selected,
                    "answered_at": answered,
                }
            )
    return rows


async def reference_views(session: AsyncSession, at: datetime) -> list[MentorView]:
    """Every mentor with every leave, and the figures from every attempt: no narrowing, nothing kept."""
    mentors = (await session.execute(select(Mentor).options(selectinload(Mentor.leaves)))).scalars().all()
    attempts = (await session.execute(select(Attempt))).scalars().all()
    open_cases: dict[str, int] = {}
    recent: dict[str, int] = {}
    hours: dict[str, list[float]] = {}
    for a in attempts:
        open_cases[a.mentor_id] = open_cases.get(a.mentor_id, 0) + (a.state == "accepted")
        recent[a.mentor_id] = recent.get(a.mentor_id, 0) + (a.offered_at >= at - offers.FAIRNESS_WINDOW)
        if a.state in ("accepted", "completed") and a.selected_at and a.answered_at:
            hours.setdefault(a.mentor_id, []).append((a.answered_at - a.selected_at).total_seconds() / 3600)
    return [
        MentorView(
            id=m.id,
            rubrics=frozenset(m.rubrics),
            participants=frozenset(m.participants),
            capacity=m.capacity,
            open_cases=open_cases.get(m.id, 0),
            active=m.active and not m.paused,
            leaves=tuple((leave.start, leave.end) for leave in m.leaves),
            weekdays=frozenset(m.weekdays),
            median_accept_hours=sorted(hours[m.id])[len(hours[m.id]) // 2] if m.id in hours else None,
            recent_offers=recent.get(m.id, 0),
        )
        for m in mentors
    ]


async def seed(db: Database, rng: random.Random, n: int) -> None:
    mentors, leaves = mentor_rows(rng, n)
    async with db.transaction() as session:
        await mentors_repository.add_many(session, mentors)
        if leaves:
            await session.execute(insert(Leave), leaves)
        await session.execute(insert(Attempt), attempt_rows(rng, [m["id"] for m in mentors]))
        await offers.rebuild_figures(session)


async def test_candidates_rank_like_every_mentor_from_all_rows(db: Database) -> None:
    settings = MatchingSettings()
    compared = 0
    for round_seed in range(6):
        rng = random.Random(round_seed)
        async with db.transaction() as session:
            await session.execute(Attempt.__table__.delete())
            await session.execute(Mentor.__table__.delete())
        await seed(db, rng, 60)
        for _ in range(15):
            at = NOW + timedelta(hours=rng.uniform(-48, 48))
            window = settings.acceptance_window(rng.choice(["urgent", "need_advice", "expert_opinion"]))
            rubrics = rng.sample(CODES[:6], rng.randint(1, 2))
            excluded = frozenset(rng.sample([f"m{i:03d}" for i in range(60)], rng.randint(0, 5)))
            case = CaseView("c", frozenset(rubrics), frozenset(rng.sample(GROUPS[:4], 1)), window, excluded)
            async with db.transaction() as session:
                narrowed = await offers.candidate_views(session, rubrics, at, window)
                everyone = await reference_views(session, at)
            expected = rank(everyone, case, at, top=60)
            assert rank(narrowed, case, at, top=60) == expected
            assert {m.id for m in narrowed} >= {o.mentor_id for o in expected}
            compared += len(expected)
    assert compared > 100  # the data leaves many eligible mentors, not a trivial comparison


async def test_figures_kept_by_the_events_equal_a_rebuild(db: Database) -> None:
    rng = random.Random(42)
    settings = MatchingSettings()
    outbox = Outbox(messaging, source="/services/matching")
    await seed(db, rng, 30)
    cases: list[tuple[uuid.UUID, int]] = []
    for step in range(120):
        at = NOW + timedelta(minutes=step * 17)
        async with db.transaction() as session:
            action = rng.random()
            if action < 0.3 or not cases:
                case_id = uuid.uuid4()
                event = CaseSubmittedV1(
                    case_id=case_id,
                    number="MCU-2026-000001",
                    revision=1,
                    rubrics=rng.sample(CODES[:5], 1),
                    participants=["parents"],
                    urgency="need_advice",
                    privacy="anonymous",
                    at=at,
                )
                await offers.open_case(session, outbox, settings, event, at)
                cases.append((case_id, 1))
                continue
            case_id, round_ = rng.choice(cases)
            offered = (
                (
                    await session.execute(
                        select(Attempt.mentor_id).where(Attempt.case_id == case_id, Attempt.round == round_)
                    )
                )
                .scalars()
                .all()
            )
            mentor_id = rng.choice(list(offered) or ["m000"])
            common = {"case_id": case_id, "number": "MCU-2026-000001", "mentor_id": mentor_id, "at": at}
            if action < 0.55:
                await offers.record_selection(
                    session, settings, CaseMentorSelectedV1(**common, round=round_, urgency="need_advice")
                )
            elif action < 0.85:
                await offers.record_acceptance(session, CaseAcceptedV1(**common, round=round_))
            else:
                completed = CaseCompletedV1(
                    case_id=case_id,
                    number="MCU-2026-000001",
                    rubrics=["class_management"],
                    mentor_ids=[mentor_id],
                    second_opinion=False,
                    consent_publish=False,
                    at=at,
                )
                await offers.close_case(session, completed, at)
    async with db.transaction() as session:
        kept = {f.mentor_id: f for f in (await session.execute(select(MentorFigures))).scalars()}
        kept_rows = {m: (f.open_cases, f.accepted, f.median_accept_hours) for m, f in kept.items()}
        await offers.rebuild_figures(session)
        rebuilt = {f.mentor_id: f for f in (await session.execute(select(MentorFigures))).scalars()}
        rebuilt_rows = {m: (f.open_cases, f.accepted, f.median_accept_hours) for m, f in rebuilt.items()}
    empty = (0, 0, None)
    assert {m: v for m, v in kept_rows.items() if v != empty} == {m: v for m, v in rebuilt_rows.items() if v != empty}
    assert sum(v[0] for v in rebuilt_rows.values()) > 0  # some places taken through the events
