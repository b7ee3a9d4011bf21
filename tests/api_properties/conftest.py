"""The servers the property run calls: started once for this package (every service on PostgreSQL, and the embedded
platform on SQLite), with one `noida-db` search server both use. Package scope, not session: they are stopped when
the package's tests end, instead of running (their relays retrying, their workers polling) under every later test."""

import tempfile
from collections.abc import Iterator
from pathlib import Path

import pytest

from mentor_kit.search_server import noida_binary, start_search_server
from tests.api_properties.apps import TALLY, deployed, embedded


@pytest.fixture(scope="package")
def property_search_url() -> Iterator[str]:
    if noida_binary() is None:
        pytest.skip("noida-db is not installed")
    with tempfile.TemporaryDirectory(prefix="noida-props-") as data_dir:
        process, url = start_search_server(Path(data_dir))
        try:
            yield url
        finally:
            process.terminate()
            process.wait(10)


@pytest.fixture(scope="package")
def deployed_urls(property_search_url: str) -> Iterator[dict[str, str]]:
    with tempfile.TemporaryDirectory(prefix="props-deployed-") as data_dir:
        with deployed(property_search_url, Path(data_dir)) as urls:
            yield urls


@pytest.fixture(scope="package")
def embedded_urls(property_search_url: str) -> Iterator[dict[str, str]]:
    with tempfile.TemporaryDirectory(prefix="props-embedded-") as data_dir:
        with embedded(property_search_url, Path(data_dir)) as urls:
            yield urls


def pytest_terminal_summary(terminalreporter: pytest.TerminalReporter) -> None:
    """The run's figures: examples sent per service and deployment, and the seconds they took."""
    if not TALLY:
        return
    terminalreporter.section("api properties: examples per service")
    for (service, deployment), (examples, seconds) in sorted(TALLY.items()):
        terminalreporter.write_line(f"{service:14} {deployment:9} {int(examples):6} examples {seconds:7.1f} s")
