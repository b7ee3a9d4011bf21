"""Start `noida-db`, a local server speaking the Elasticsearch 8 REST API (tests and the embedded run)."""

import shutil
import socket
import subprocess
import time
import urllib.request
from pathlib import Path


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def noida_binary() -> str | None:
    try:
        import noida_db  # the wheel ships the binary beside its module

        shipped = Path(noida_db.__file__).parent / "noida-db"
        if shipped.exists():
            return str(shipped)
    except ImportError:
        pass
    return shutil.which("noida-db")


def _die_with_parent() -> None:
    """Linux: the child gets SIGTERM when its parent dies, even by SIGKILL (no orphaned search servers)."""
    try:
        import ctypes
        import signal

        ctypes.CDLL("libc.so.6", use_errno=True).prctl(1, signal.SIGTERM)  # PR_SET_PDEATHSIG
    except (OSError, AttributeError):
        pass


def start_search_server(
    data_dir: Path, port: int | None = None, timeout: float = 30.0
) -> tuple[subprocess.Popen[bytes], str]:
    """Start `noida-db` with only its Elasticsearch API on `port` (default: a free one); wait until it answers."""
    binary = noida_binary()
    if binary is None:
        raise RuntimeError("noida-db is not installed (pip package noida-db)")
    port = port or free_port()
    data_dir.mkdir(parents=True, exist_ok=True)
    process = subprocess.Popen(
        [binary, "start", "--only", "elasticsearch", "--elasticsearch-port", str(port), "--data-dir", str(data_dir)],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
        preexec_fn=_die_with_parent,
    )
    url = f"http://127.0.0.1:{port}"
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if process.poll() is not None:
            raise RuntimeError(f"noida-db exited with {process.returncode}")
        try:
            with urllib.request.urlopen(url, timeout=1) as response:
                if response.status == 200:
                    return process, url
        except OSError:
            time.sleep(0.1)
    process.terminate()
    raise RuntimeError(f"noida-db did not answer within {timeout} s")
