"""The platform as deployed, for the end-to-end tests and the first-response bench: every service its own process
(`mentor serve <name>`: uvicorn + consumers + relay + workers) with the environment it is given, each process's log
kept in a file (its tail shown when something fails); and RabbitMQ set up as the deployment sets it up: the shared
exchanges declared by the platform, each service its own user with least privilege (`broker_users`)."""

import asyncio
import concurrent.futures
import os
import signal
import subprocess
import sys
import time
import uuid
from collections.abc import Iterator, Mapping
from contextlib import ExitStack, contextmanager
from pathlib import Path
from urllib.parse import quote, unquote, urlsplit

import aio_pika
import httpx

from mentor_kit.auth.dev import DEV_PUBLIC_KEY
from mentor_kit.messaging.permissions import BrokerPermissions
from mentor_kit.messaging.topology import EXCHANGE_NAMES
from mentor_kit.search_server import free_port
from mentor_kit.testing.rabbit import rabbitmqctl

READY_TIMEOUT = 120.0


def service_environment(
    name: str, database_url: str, rabbit_url: str, search_url: str, smtp_url: str, **extra: str
) -> dict[str, str]:
    """`<NAME>_…` settings of one service: its database, the broker, the development key (allowed explicitly:
    `mentor serve` refuses it otherwise), no per-process rate limits (the bench's moderator writes thousands of
    mentor cards; the limits have their own tests in the kit), search and SMTP where it uses them, and `extra`
    settings (without the prefix), which win."""
    values = {
        "DATABASE_URL": database_url,
        "BROKER_URL": rabbit_url,
        "JWT_PUBLIC_KEY_FILE": str(DEV_PUBLIC_KEY),
        "ALLOW_DEVELOPMENT_KEY": "true",
        "WRITES_PER_MINUTE": "0",
        "ANONYMOUS_SEARCHES_PER_MINUTE": "0",
    }
    if name in ("library", "forum"):
        values |= {"SEARCH_URL": search_url, "INDEX_PREFIX": f"deployed{free_port()}"}
    if name == "notifications":
        values |= {"SMTP_URL": smtp_url, "PUBLIC_BASE_URL": "https://mentor.example"}
    return {f"{name.upper()}_{key}": value for key, value in (values | extra).items()}


def declare_shared_exchanges(admin_url: str) -> None:
    """What the platform's topology does (the Messaging Topology Operator's `Exchange` resources, the compose
    definitions): both durable topic exchanges, declared with a user that may configure them."""

    async def declare() -> None:
        connection = await aio_pika.connect(admin_url)
        async with connection:
            channel = await connection.channel()
            for name in EXCHANGE_NAMES:
                await channel.declare_exchange(name, aio_pika.ExchangeType.TOPIC, durable=True)

    with concurrent.futures.ThreadPoolExecutor(1) as pool:  # callable from sync and async code alike
        pool.submit(asyncio.run, declare()).result()


@contextmanager
def broker_user(admin_url: str, user: str, permissions: BrokerPermissions, *, node: str | None = None) -> Iterator[str]:
    """A RabbitMQ user (a fresh name made from `user`) with exactly `permissions` on the vhost of `admin_url`
    and no tags; yields its AMQP URL on that vhost; deleted afterwards. `node`: the RabbitMQ node of `admin_url`,
    if not the machine's own."""
    parts = urlsplit(admin_url)
    vhost = unquote(parts.path[1:]) or "/"
    name, password = f"{user}-{uuid.uuid4().hex[:8]}", uuid.uuid4().hex  # users are per node: unique per run
    rabbitmqctl("add_user", name, password, node=node)
    try:
        granted = (permissions.configure, permissions.write, permissions.read)
        rabbitmqctl("set_permissions", "-p", vhost, name, *granted, node=node)
        yield f"{parts.scheme}://{name}:{password}@{parts.hostname}:{parts.port or 5672}/{quote(vhost, safe='')}"
    finally:
        rabbitmqctl("delete_user", name, node=node)


@contextmanager
def broker_users(
    admin_url: str, permissions: Mapping[str, BrokerPermissions], *, node: str | None = None
) -> Iterator[dict[str, str]]:
    """The vhost of `admin_url` as a deployment has it: the shared exchanges declared by the platform, then one user
    per service with exactly its permissions (`mentor_gateway.broker_access.permissions_for`). Yields each
    service's AMQP URL; a service started with it needs `<SVC>_BROKER_DECLARE_EXCHANGES=false`."""
    declare_shared_exchanges(admin_url)
    with ExitStack() as stack:
        yield {
            service: stack.enter_context(broker_user(admin_url, service, p, node=node))
            for service, p in permissions.items()
        }


class ServiceProcesses:
    def __init__(self, logs: Path, environment: dict[str, dict[str, str]], rabbit_url: str) -> None:
        self.logs, self.environment, self.rabbit_url = logs, environment, rabbit_url
        self.ports = {name: free_port() for name in environment}
        self.processes: dict[str, subprocess.Popen[bytes]] = {}
        self.log_files = {name: logs / f"{name}.log" for name in environment}

    def url(self, name: str) -> str:
        return f"http://127.0.0.1:{self.ports[name]}"

    def pid(self, name: str) -> int:
        return self.processes[name].pid

    def start(self, *names: str) -> None:
        for name in names or tuple(self.environment):
            with self.log_files[name].open("ab") as log:
                command = [sys.executable, "-m", "mentor_gateway.cli", "serve", name]
                self.processes[name] = subprocess.Popen(
                    [*command, "--host", "127.0.0.1", "--port", str(self.ports[name])],
                    env={**os.environ, **self.environment[name]},
                    stdout=log,
                    stderr=subprocess.STDOUT,
                )
        for name in names or tuple(self.environment):
            self.wait_ready(name)

    def wait_ready(self, name: str) -> None:
        deadline = time.monotonic() + READY_TIMEOUT
        while time.monotonic() < deadline:
            self.assert_alive(name)
            try:
                if httpx.get(f"{self.url(name)}/readyz", timeout=2).status_code == 200:
                    return
            except httpx.HTTPError:
                pass
            time.sleep(0.2)
        raise RuntimeError(f"{name} not ready after {READY_TIMEOUT} s:\n{self.tail(name)}")

    def assert_alive(self, *names: str) -> None:
        for name in names or tuple(self.processes):
            process = self.processes[name]
            if process.poll() is not None:
                raise RuntimeError(f"{name} exited with {process.returncode}:\n{self.tail(name)}")

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

    def log_file_text(self, name: str) -> str:
        path = self.log_files[name]
        return path.read_text(errors="replace") if path.exists() else ""

    def log_text(self) -> str:
        return "\n".join(path.read_text(errors="replace") for path in self.log_files.values() if path.exists())
