"""Services plug into the gateway through the `mentor.services` entry-point group.

A service package declares, in its pyproject.toml:
    [project.entry-points."mentor.services"]
    cases = "mentor_cases.bootstrap:plugin"
where `plugin` is a `ServicePlugin`. The gateway mounts each one under `/api/<name>`.
"""

from collections.abc import Awaitable, Callable
from dataclasses import dataclass
from importlib.metadata import entry_points
from pathlib import Path

from mentor_kit.messaging import Broker
from mentor_kit.service import Service


@dataclass(frozen=True)
class EmbeddedContext:
    """What the all-in-one runner gives a service: its data folder, the shared bus, the search server."""

    data_dir: Path
    broker: Broker
    search_url: str
    jwt_public_key_file: Path


@dataclass(frozen=True)
class ServicePlugin:
    name: str
    build: Callable[[EmbeddedContext], Service]
    seed_demo_data: Callable[[Service], Awaitable[None]] | None = None


def discover() -> list[ServicePlugin]:
    plugins = [ep.load() for ep in entry_points(group="mentor.services")]
    return sorted(plugins, key=lambda p: p.name)
