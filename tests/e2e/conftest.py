"""The platform as deployed: every service its own process (`mentor serve <name>`: uvicorn + consumers + relay +
workers), the real RabbitMQ (a vhost of its own), the real PostgreSQL (one database per service), `noida-db`
for search and a local SMTP sink. Started once per module; each process's log is kept and its tail printed
when a test fails.

RabbitMQ is set up as deployed: the shared exchanges declared by the platform (an administrator's connection), and
each service connects as its own user with exactly the permissions its deployment grants (`permissions_for`), told
not to declare the shared exchanges — so every journey proves those least-privilege permissions are enough. Only
the tests' observers (`ExchangeTap` on `deployment.rabbit_url`) use the administrator's user."""

import os
import tempfile
import time
from collections.abc import Iterator
from contextlib import ExitStack
from pathlib import Path

import pytest

from mentor_gateway.broker_access import permissions_for
from mentor_journeys.deployment import ServiceProcesses, broker_users, service_environment
from mentor_journeys.platform import SERVICES
from mentor_kit.search_server import start_search_server
from mentor_kit.testing.plugin import RABBIT_HOST, temporary_database
from mentor_kit.testing.rabbit import temporary_vhost
from mentor_kit.testing.smtp import SmtpSink


class Deployment(ServiceProcesses):
    """The deployment with the SMTP sink the services mail to, and what one journey leaves for a later check."""

    def __init__(
        self,
        logs: Path,
        environment: dict[str, dict[str, str]],
        sink: SmtpSink,
        rabbit_url: str,
        *,
        rabbit_node: str | None = None,
    ) -> None:
        super().__init__(logs, environment, rabbit_url)  # the administrator's URL: for the tests' observers only
        self.sink = sink
        self.rabbit_node = rabbit_node  # the RabbitMQ node of `rabbit_url` for rabbitmqctl (None: the machine's)
        self.facts: dict[str, str] = {}  # e.g. a case number


# Fast retries and polls, JSON logs the privacy scans read.
TEST_SETTINGS = {
    "RETRY_DELAYS": "[0.2, 0.5, 1.0, 2.0]",
    "RELAY_POLL_SECONDS": "0.5",
    "LOG_JSON": "true",
    "LOG_LEVEL": "INFO",
}


def _environment(name: str, database_url: str, broker_url: str, search_url: str, smtp_url: str) -> dict[str, str]:
    """`broker_url`: the service's own least-privilege user; the shared exchanges are the platform's to declare."""
    extra = TEST_SETTINGS | {"BROKER_DECLARE_EXCHANGES": "false"}
    extra |= {"EMAIL_POLL_SECONDS": "0.2"} if name == "notifications" else {}
    return service_environment(name, database_url, broker_url, search_url, smtp_url, **extra)


@pytest.fixture(scope="module")
def deployment(request: pytest.FixtureRequest) -> Iterator[Deployment]:
    failed_before = request.session.testsfailed
    with ExitStack() as stack:
        kept = os.environ.get("MENTOR_E2E_LOGS")  # a folder to keep the services' logs in, for a look afterwards
        logs = Path(kept) if kept else Path(stack.enter_context(tempfile.TemporaryDirectory(prefix="e2e-logs-")))
        logs.mkdir(parents=True, exist_ok=True)
        rabbit_url = stack.enter_context(temporary_vhost(RABBIT_HOST, prefix="e2e"))
        broker_urls = stack.enter_context(broker_users(rabbit_url, {name: permissions_for(name) for name in SERVICES}))
        search_dir = stack.enter_context(tempfile.TemporaryDirectory(prefix="e2e-search-"))
        search, search_url = start_search_server(Path(search_dir))
        stack.callback(lambda: (search.terminate(), search.wait(10)))
        sink = stack.enter_context(SmtpSink())
        environment = {
            name: _environment(
                name, stack.enter_context(temporary_database(f"e2e_{name}")), broker_urls[name], search_url, sink.url
            )
            for name in SERVICES
        }
        platform = Deployment(logs, environment, sink, rabbit_url)
        stack.callback(platform.stop)
        started = time.monotonic()
        platform.start()
        print(f"e2e: {len(SERVICES)} services ready in {time.monotonic() - started:.1f} s")
        yield platform
        if request.session.testsfailed > failed_before:
            reporter = request.config.pluginmanager.get_plugin("terminalreporter")
            for name in SERVICES:
                reporter.write_line(f"----- last lines of {name}'s log -----")
                reporter.write_line(platform.tail(name))
