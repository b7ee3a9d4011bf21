"""The platform as deployed: every service its own process (`mentor serve <name>`: uvicorn + consumers + relay +
workers), the real RabbitMQ (a vhost of its own), the real PostgreSQL (one database per service), `noida-db`
for search and a local SMTP sink. Started once per module; each process's log is kept and its tail printed
when a test fails."""

import os
import signal
import subprocess
import sys
import tempfile
import time
from collections.abc import Iterator
from contextlib import ExitStack
from pathlib import Path

import httpx
import pytest

from mentor_kit.auth.dev import DEV_PUBLIC_KEY
from mentor_kit.search_server import free_port, start_search_server
from mentor_kit.testing.plugin import RABBIT_HOST, temporary_database
from mentor_kit.testing.rabbit import temporary_vhost
from mentor_kit.testing.smtp import SmtpSink

SERVICES = ("cases", "matching", "library", "notifications")
READY_TIMEOUT = 90.0


class Deployment:
    def __init__(self, logs: Path, environment: dict[str, dict[str, str]], sink: SmtpSink, rabbit_url: str) -> None:
        self.logs, self.environment, self.sink, self.rabbit_url = logs, environment, sink, rabbit_url
        self.ports = {name: free_port() for name in SERVICES}
        self.processes: dict[str, subprocess.Popen[bytes]] = {}
        self.log_files: dict[str, Path] = {name: logs / f"{name}.log" for name in SERVICES}
        self.facts: dict[str, str] = {}  # what one journey leaves for a later check (e.g. a case number)

    def url(self, name: str) -> str:
        return f"http://127.0.0.1:{self.ports[name]}"

    def start(self, *names: str) -> None:
        for name in names or SERVICES:
            log = self.log_files[name].open("ab")
            self.processes[name] = subprocess.Popen(
                [
                    sys.executable,
                    "-m",
                    "mentor_gateway.cli",
                    "serve",
                    name,
                    "--host",
                    "127.0.0.1",
                    "--port",
                    str(self.ports[name]),
                ],
                env={**os.environ, **self.environment[name]},
                stdout=log,
                stderr=subprocess.STDOUT,
            )
            log.close()
        for name in names or SERVICES:
            self.wait_ready(name)

    def wait_ready(self, name: str) -> None:
        deadline = time.monotonic() + READY_TIMEOUT
        while time.monotonic() < deadline:
            if self.processes[name].poll() is not None:
                raise RuntimeError(f"{name} exited with {self.processes[name].returncode}:\n{self.tail(name)}")
            try:
                if httpx.get(f"{self.url(name)}/readyz", timeout=2).status_code == 200:
                    return
            except httpx.HTTPError:
                pass
            time.sleep(0.2)
        raise RuntimeError(f"{name} not ready after {READY_TIMEOUT} s:\n{self.tail(name)}")

    def kill(self, name: str) -> None:
        """SIGKILL: no shutdown, no ack, no commit of anything in flight."""
        process = self.processes[name]
        process.send_signal(signal.SIGKILL)
        process.wait(10)

    def restart(self, name: str) -> None:
        self.start(name)

    def stop(self) -> None:
        for process in self.processes.values():
            if process.poll() is None:
                process.send_signal(signal.SIGTERM)
        for process in self.processes.values():
            try:
                process.wait(20)
            except subprocess.TimeoutExpired:
                process.kill()
                process.wait(5)

    def tail(self, name: str, lines: int = 60) -> str:
        path = self.log_files[name]
        return "\n".join(path.read_text(errors="replace").splitlines()[-lines:]) if path.exists() else ""

    def log_text(self) -> str:
        return "\n".join(path.read_text(errors="replace") for path in self.log_files.values() if path.exists())


def _environment(name: str, database_url: str, rabbit_url: str, search_url: str, smtp_url: str) -> dict[str, str]:
    prefix = name.upper() + "_"
    values = {
        "DATABASE_URL": database_url,
        "BROKER_URL": rabbit_url,
        "JWT_PUBLIC_KEY_FILE": str(DEV_PUBLIC_KEY),
        "RETRY_DELAYS": "[0.2, 0.5, 1.0, 2.0]",
        "RELAY_POLL_SECONDS": "0.5",
        "LOG_JSON": "true",
        "LOG_LEVEL": "INFO",
    }
    if name == "library":
        values |= {"SEARCH_URL": search_url, "INDEX_PREFIX": f"e2e{free_port()}"}
    if name == "notifications":
        values |= {"SMTP_URL": smtp_url, "EMAIL_POLL_SECONDS": "0.2", "PUBLIC_BASE_URL": "https://mentor.example"}
    return {prefix + key: value for key, value in values.items()}


@pytest.fixture(scope="module")
def deployment(request: pytest.FixtureRequest) -> Iterator[Deployment]:
    failed_before = request.session.testsfailed
    with ExitStack() as stack:
        kept = os.environ.get("MENTOR_E2E_LOGS")  # a folder to keep the services' logs in, for a look afterwards
        logs = Path(kept) if kept else Path(stack.enter_context(tempfile.TemporaryDirectory(prefix="e2e-logs-")))
        logs.mkdir(parents=True, exist_ok=True)
        rabbit_url = stack.enter_context(temporary_vhost(RABBIT_HOST, prefix="e2e"))
        search_dir = stack.enter_context(tempfile.TemporaryDirectory(prefix="e2e-search-"))
        search, search_url = start_search_server(Path(search_dir))
        stack.callback(lambda: (search.terminate(), search.wait(10)))
        sink = stack.enter_context(SmtpSink())
        environment = {
            name: _environment(
                name, stack.enter_context(temporary_database(f"e2e_{name}")), rabbit_url, search_url, sink.url
            )
            for name in SERVICES
        }
        platform = Deployment(logs, environment, sink, rabbit_url)
        stack.callback(platform.stop)
        started = time.monotonic()
        platform.start()
        print(f"e2e: four services ready in {time.monotonic() - started:.1f} s")
        yield platform
        if request.session.testsfailed > failed_before:
            reporter = request.config.pluginmanager.get_plugin("terminalreporter")
            for name in SERVICES:
                reporter.write_line(f"----- last lines of {name}'s log -----")
                reporter.write_line(platform.tail(name))
