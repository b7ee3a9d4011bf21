"""Driving one row of the matrix: every scenario of its subject × every persona, over real HTTP; what differs from
the table comes back as readable lines. Also: denied calls change nothing (a case's status and history are the
same after them), and a denied object answers exactly as a missing one."""

import json
import time
from collections import Counter
from dataclasses import dataclass, field
from typing import Any

import httpx

from tests.authz import world as w
from tests.authz.matrix import DEPLOYMENTS, MATRIX, PERSONAS, STAND_IN, Call, Row, scenarios_on


@dataclass
class Tally:
    """What the run drove, for the summary at its end."""

    rows: set[tuple[str, str]] = field(default_factory=set)  # (deployment, operation)
    cells: Counter[tuple[str, str]] = field(default_factory=Counter)  # (deployment, service): calls
    compared_404: int = 0
    listings: int = 0  # listings read by a persona denied an object (test_leaks)
    links: int = 0  # notification links opened (test_leaks)
    seconds: float = 0.0
    built: int = 0

    def lines(self) -> list[str]:
        if not self.rows:
            return []
        per_service = Counter(key.split()[0] for key in MATRIX)
        driven = Counter((deployment, key.split()[0]) for deployment, key in self.rows)
        lines = [size_line()]
        for service, count in per_service.items():
            lines.append(
                f"  {service:14} {count:3} operations; driven "
                + ", ".join(
                    f"{deployment} {driven[(deployment, service)]:3} ({self.cells[(deployment, service)]:4} calls)"
                    for deployment in DEPLOYMENTS
                )
            )
        calls = sum(self.cells.values())
        lines.append(
            f"driven: {len(self.rows)} operation runs, {calls} calls, {self.compared_404} denied 404s compared with"
            f" a missing object's, {self.built} objects built, {self.seconds:.1f} s"
        )
        if self.listings or self.links:
            lines.append(f"leaks: {self.listings} listings read by denied personas, {self.links} notification links")
        return lines


def size_line() -> str:
    """The matrix's size: operations × personas, and the calls its scenarios make of them on each platform."""
    calls = {d: sum(len(scenarios_on(r, d)) for r in MATRIX.values()) * len(PERSONAS) for d in DEPLOYMENTS}
    return (
        f"matrix: {len(MATRIX)} operations × {len(PERSONAS)} personas = {len(MATRIX) * len(PERSONAS)} cells;"
        f" calls over the scenarios of each operation's object: {calls['embedded']} embedded (SQLite),"
        f" {calls['deployed']} deployed (PostgreSQL)"
    )


TALLY = Tally()


def problem(response: httpx.Response) -> tuple[Any, ...]:
    """What must not tell a denied object from a missing one: status, problem type, title and detail."""
    try:
        body = response.json()
    except (json.JSONDecodeError, ValueError):
        body = {}
    if not isinstance(body, dict):
        body = {}
    return response.status_code, body.get("type"), body.get("title"), body.get("detail")


def missing_params(subject: w.Subject) -> dict[str, str]:
    """The same path with ids no object has."""
    missing: dict[str, str] = {}
    for name, value in subject.params.items():
        if name == "notification_id":
            missing[name] = "987654321"
        elif name in ("mentor_id", "section_id", "token", "user_id"):
            missing[name] = f"{value}-missing" if name != "section_id" else "no-such-section"
        else:
            missing[name] = w.MISSING
    return missing


def _case_state(world: w.World, subject: w.Subject) -> tuple[Any, ...]:
    case_id = subject.params["case_id"]
    case = world.api.ok(w.AUTHOR, "cases", "GET", f"/cases/{case_id}")
    history = world.api.ok(w.AUTHOR, "cases", "GET", f"/cases/{case_id}/history")
    return case["status"], case["mentor_id"], case["versions"], len(history)


def _call(world: w.World, row: Row, subject: w.Subject, user: str | None, params: dict[str, str]) -> httpx.Response:
    body = row.body(Call(subject, user)) if row.body is not None else None
    return world.api.call(user, row.service, row.method, row.url_path(params), json=body, params=dict(row.params))


def drive(world: w.World, row: Row, scenarios: tuple[str, ...]) -> list[str]:
    """Every cell of `row` in `scenarios`; the differences from the table."""
    started, built = time.perf_counter(), world.built
    failures: list[str] = []
    missing_answers: dict[str | None, tuple[Any, ...]] = {}
    for scenario in scenarios:
        shared = None if row.fresh == "always" else world.shared(row.subject, scenario)
        cells = {persona: _cell(row, scenario, shared, persona) for persona in PERSONAS}
        denied = [p for p in PERSONAS if cells[p] != "ok"]
        allowed = [p for p in PERSONAS if cells[p] == "ok"]
        before = _case_state(world, shared) if row.subject == "case" and shared is not None else None
        for phase in (denied, allowed):  # the denied first: nothing they did may show to the allowed
            for persona in phase:
                failures += _drive_cell(world, row, scenario, shared, persona, cells[persona], missing_answers)
            if phase is denied and before is not None and shared is not None:
                after = _case_state(world, shared)
                if after != before:
                    failures.append(f"{scenario}: calls of denied personas changed the case: {before} -> {after}")
    TALLY.rows.add((world.deployment, row.key))
    TALLY.seconds += time.perf_counter() - started
    TALLY.built += world.built - built
    return failures


def _drive_cell(
    world: w.World,
    row: Row,
    scenario: str,
    shared: w.Subject | None,
    persona: str,
    cell: str,
    missing_answers: dict[str | None, tuple[Any, ...]],
) -> list[str]:
    effective = STAND_IN if shared is not None and persona in shared.absent else persona
    expected = row.expected(scenario, effective)
    subject = shared
    if row.fresh == "always" or (row.fresh == "allowed" and cell == "ok" and 200 <= expected < 300):
        subject = world.build(row.subject, scenario)  # the call changes its object: one of its own
    assert subject is not None
    user = subject.cast[persona]
    response = _call(world, row, subject, user, dict(subject.params))
    TALLY.cells[(world.deployment, row.service)] += 1
    if response.status_code != expected:
        return [f"{scenario:17} {persona:16} expected {expected}, got {response.status_code}: {response.text[:300]}"]
    if cell != "404":
        return []
    if persona not in missing_answers:
        missing_answers[persona] = problem(_call(world, row, subject, user, missing_params(subject)))
    TALLY.compared_404 += 1
    if problem(response) != missing_answers[persona]:
        return [
            f"{scenario:17} {persona:16} a denied object answers {problem(response)},"
            f" a missing one {missing_answers[persona]}"
        ]
    return []


def _cell(row: Row, scenario: str, subject: w.Subject | None, persona: str) -> str:
    """The persona's cell; an absent one's (a draft has no mentor) is the unrelated mentor's."""
    return row.cell(scenario, STAND_IN if subject is not None and persona in subject.absent else persona)
