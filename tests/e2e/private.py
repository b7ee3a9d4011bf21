"""A PostgreSQL cluster and a RabbitMQ node of the fault tests' own, so they can be stopped and started in the middle
of a journey without disturbing anyone else's runs on the machine's shared servers.

`PrivatePostgres`: `initdb` from the installed PostgreSQL binaries into a temporary folder (trust authentication,
its own port on 127.0.0.1, its unix socket in that folder), run as the `postgres` user when the tests run as root
(PostgreSQL refuses to run as root). `PrivateRabbit`: a second node of the installed RabbitMQ (its own node name,
AMQP and distribution ports, data and logs in a temporary folder, no plugins), driven with `rabbitmqctl -n`."""

import asyncio
import concurrent.futures
import glob
import os
import pwd
import shutil
import subprocess
import tempfile
import time
import uuid
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from mentor_kit.search_server import free_port

START_TIMEOUT = 90.0


def postgres_binaries() -> Path | None:
    """The newest installed PostgreSQL's bin folder (Debian's layout), or the one `initdb` on PATH lives in."""
    found = sorted(glob.glob("/usr/lib/postgresql/*/bin/initdb"), key=lambda p: int(Path(p).parts[-3]))
    if found:
        return Path(found[-1]).parent
    initdb = shutil.which("initdb")
    return Path(initdb).parent if initdb else None


def _as_user(user: str) -> list[str]:
    """Run a command as `user` when we are root (the servers refuse root, or belong to their own user)."""
    if os.geteuid() != 0:
        return []
    return ["runuser", "-u", user, "--"]


def _owned_by(path: Path, user: str) -> None:
    if os.geteuid() == 0:
        entry = pwd.getpwnam(user)
        os.chown(path, entry.pw_uid, entry.pw_gid)


def _run(command: list[str], timeout: float = 120.0, env: dict[str, str] | None = None) -> str:
    done = subprocess.run(command, capture_output=True, text=True, timeout=timeout, env=env)
    if done.returncode != 0:
        raise RuntimeError(f"{' '.join(command)} exited with {done.returncode}:\n{done.stdout}\n{done.stderr}")
    return done.stdout


class PrivatePostgres:
    """A throw-away PostgreSQL cluster: `stop()` (fast or immediate, as a crash) and `start()` it at will."""

    def __init__(self, root: Path, binaries: Path) -> None:
        self.root, self.bin = root, binaries
        self.data = root / "data"
        self.port = free_port()
        self.user = "postgres" if os.geteuid() == 0 else pwd.getpwuid(os.geteuid()).pw_name

    @property
    def admin_url(self) -> str:
        return f"postgresql://postgres@127.0.0.1:{self.port}/postgres"

    def url(self, database: str) -> str:
        return f"postgresql+asyncpg://postgres@127.0.0.1:{self.port}/{database}"

    def _ctl(self, *args: str) -> str:
        return _run([*_as_user(self.user), str(self.bin / "pg_ctl"), "-D", str(self.data), *args])

    def init(self) -> None:
        _owned_by(self.root, self.user)
        initdb = [str(self.bin / "initdb"), "-D", str(self.data), "-U", "postgres", "--auth=trust"]
        _run([*_as_user(self.user), *initdb, "-E", "UTF8", "--locale=C.UTF-8"])

    def start(self) -> None:
        options = f"-p {self.port} -k {self.root} -c listen_addresses=127.0.0.1 -c fsync=off -c max_connections=300"
        self._ctl("-l", str(self.root / "server.log"), "-w", "-t", str(int(START_TIMEOUT)), "-o", options, "start")

    def stop(self, mode: str = "immediate") -> None:
        """`immediate`: every backend killed, no checkpoint — what a crash does; the next start recovers."""
        self._ctl("-m", mode, "-w", "stop")

    def running(self) -> bool:
        return (self.data / "postmaster.pid").exists()

    def create_database(self, name: str) -> str:
        async def create() -> None:
            import asyncpg

            connection = await asyncpg.connect(self.admin_url)
            try:
                await connection.execute(f'CREATE DATABASE "{name}"')
            finally:
                await connection.close()

        with concurrent.futures.ThreadPoolExecutor(1) as pool:
            pool.submit(asyncio.run, create()).result()
        return self.url(name)


@contextmanager
def private_postgres() -> Iterator[PrivatePostgres]:
    binaries = postgres_binaries()
    if binaries is None:
        raise FileNotFoundError("no PostgreSQL server binaries (initdb) installed")
    with tempfile.TemporaryDirectory(prefix="e2e-pg-") as root:
        cluster = PrivatePostgres(Path(root), binaries)
        cluster.init()
        cluster.start()
        try:
            yield cluster
        finally:
            if cluster.running():
                cluster.stop("immediate")


class PrivateRabbit:
    """A RabbitMQ node of its own on this machine (`rabbitmq-server -detached`), its state in `root`."""

    def __init__(self, root: Path) -> None:
        self.root = root
        self.node = f"e2e-{uuid.uuid4().hex[:8]}@localhost"
        self.port, self.dist_port = free_port(), free_port()
        (root / "rabbitmq.conf").write_text(
            f"listeners.tcp.local = 127.0.0.1:{self.port}\n"
            "collect_statistics_interval = 1000\n"  # rabbitmqctl's queue counts at most a second late
        )
        (root / "enabled_plugins").write_text("[].\n")
        (root / "rabbitmq-env.conf").write_text("")
        self.env = {
            **os.environ,
            "RABBITMQ_NODENAME": self.node,
            "RABBITMQ_NODE_PORT": str(self.port),
            "RABBITMQ_DIST_PORT": str(self.dist_port),
            "RABBITMQ_MNESIA_BASE": str(root / "mnesia"),
            "RABBITMQ_LOG_BASE": str(root / "log"),
            "RABBITMQ_CONFIG_FILE": str(root / "rabbitmq.conf"),
            "RABBITMQ_ENABLED_PLUGINS_FILE": str(root / "enabled_plugins"),
            "RABBITMQ_PID_FILE": str(root / "rabbit.pid"),
            "RABBITMQ_CONF_ENV_FILE": str(root / "rabbitmq-env.conf"),
        }
        if os.geteuid() == 0:  # the Debian scripts run the server as `rabbitmq`: let it write here
            for path in [root, *root.iterdir()]:
                _owned_by(path, "rabbitmq")

    @property
    def admin_host(self) -> str:
        """`user:password@host:port` of the administrator (the node's first user, guest)."""
        return f"guest:guest@127.0.0.1:{self.port}"

    def ctl(self, *args: str, timeout: float = 120.0) -> str:
        return _run(["rabbitmqctl", "-n", self.node, "-q", *args], timeout=timeout, env=self.env)

    def start(self) -> None:
        _run(["rabbitmq-server", "-detached"], env=self.env)
        deadline = time.monotonic() + START_TIMEOUT
        while True:
            try:
                self.ctl("await_startup", "--timeout", "30", timeout=40)
                return
            except RuntimeError:  # not registered with epmd yet
                if time.monotonic() > deadline:
                    raise RuntimeError(f"RabbitMQ node {self.node} did not start:\n{self.log_tail()}") from None
                time.sleep(0.3)

    def stop(self) -> None:
        """The whole node stops (its Erlang VM exits): every connection is dropped, unacked deliveries return to
        their queues, the quorum queues restart from their logs when the node starts again."""
        self.ctl("shutdown", timeout=60)

    def log_tail(self, lines: int = 40) -> str:
        logs = sorted((self.root / "log").glob("*.log")) if (self.root / "log").exists() else []
        return "\n".join("\n".join(p.read_text(errors="replace").splitlines()[-lines:]) for p in logs)


@contextmanager
def private_rabbit() -> Iterator[PrivateRabbit]:
    if shutil.which("rabbitmq-server") is None or shutil.which("rabbitmqctl") is None:
        raise FileNotFoundError("RabbitMQ (rabbitmq-server, rabbitmqctl) is not installed")
    with tempfile.TemporaryDirectory(prefix="e2e-rabbit-") as root:
        os.chmod(root, 0o755)
        node = PrivateRabbit(Path(root))
        node.start()
        try:
            yield node
        finally:
            try:
                node.stop()
            except (RuntimeError, subprocess.TimeoutExpired):
                pid = (Path(root) / "rabbit.pid").read_text().strip() if (Path(root) / "rabbit.pid").exists() else ""
                if pid.isdigit():
                    subprocess.run(["kill", "-9", pid], check=False)
