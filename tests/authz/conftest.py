"""The platforms the matrix is driven against, both served over real HTTP by uvicorn with the search server of the
property run (`tests.api_properties`):

- `embedded_world`: every service on SQLite in one process (`mentor dev`), events crossing the in-process bus —
  cases walk through every status;
- `deployed_world`: every service as deployed, each on its own PostgreSQL database with its own in-process bus
  (no event crosses services: the scenarios made by events are the embedded run's)."""

import tempfile
from collections.abc import Iterator
from contextlib import ExitStack
from pathlib import Path

import pytest

from tests.api_properties.apps import deployed, embedded, patched_environment
from tests.api_properties.conftest import property_search_url  # noqa: F401 (a fixture used here)
from tests.authz.drive import TALLY
from tests.authz.world import Api, World

# The matrix posts far faster than a person, and every persona flags the same post (the limits and the hiding
# threshold have tests of their own). Set only while the services are built: these fixtures live for the whole
# session, and the processes later tests start (tests/e2e) inherit the environment.
UNLIMITED_FORUM = {"FORUM_POSTS_PER_MINUTE": "100000", "FORUM_EVENTS_PER_DAY": "100000", "FORUM_FLAGS_TO_HIDE": "1000"}


@pytest.fixture(scope="package")
def embedded_world(property_search_url: str) -> Iterator[World]:  # noqa: F811 (the imported fixture)
    with tempfile.TemporaryDirectory(prefix="authz-embedded-") as data_dir, ExitStack() as stack:
        with patched_environment(UNLIMITED_FORUM):  # read when the services are built, and only then
            urls = stack.enter_context(embedded(property_search_url, Path(data_dir)))
        yield from _world(urls, "embedded")


@pytest.fixture(scope="package")
def deployed_world(property_search_url: str) -> Iterator[World]:  # noqa: F811 (the imported fixture)
    with tempfile.TemporaryDirectory(prefix="authz-deployed-") as data_dir, ExitStack() as stack:
        with patched_environment(UNLIMITED_FORUM):
            urls = stack.enter_context(deployed(property_search_url, Path(data_dir)))
        yield from _world(urls, "deployed")


@pytest.fixture(scope="package")
def authz_world(embedded_world: World) -> World:
    """The platform where objects go through every status (events cross services)."""
    return embedded_world


def _world(urls: dict[str, str], deployment: str) -> Iterator[World]:
    world = World(Api(urls), deployment)
    world.prepare()
    yield world
    world.api.client.close()


def pytest_terminal_summary(terminalreporter: pytest.TerminalReporter) -> None:
    """The matrix's size and what the run drove."""
    if TALLY.lines():
        terminalreporter.section("authorization matrix")
        for line in TALLY.lines():
            terminalreporter.write_line(line)
