"""What a service gives the all-in-one runner (`mentor dev`), and what the runner gives it.

A service package declares in its pyproject.toml:
    [project.entry-points."mentor.services"]
    cases = "mentor_cases.bootstrap:plugin"
where `plugin` is a `ServicePlugin`. `mentor dev` mounts each one under `/api/<name>`; `mentor serve <name>` runs
one as its own process (as deployed), configured by its environment variables (`CASES_DATABASE_URL`, …).
"""

from collections.abc import Awaitable, Callable
from dataclasses import dataclass
from pathlib import Path

from mentor_kit.messaging import Broker
from mentor_kit.service import Service


@dataclass(frozen=True)
class EmbeddedContext:
    """The embedded run's data folder, shared in-process bus, search server and development key."""

    data_dir: Path
    broker: Broker
    search_url: str
    jwt_public_key_file: Path


@dataclass(frozen=True)
class ServicePlugin:
    name: str
    build: Callable[[EmbeddedContext], Service]  # for `mentor dev`: in-process bus, SQLite, demo data
    seed_demo_data: Callable[[Service], Awaitable[None]] | None = None
    create: Callable[[], Service] | None = None  # for `mentor serve <name>`: settings from the environment
    seed_order: int = 100  # lower seeds first (the people other services' demo events are about)
