"""`mentor serve` and the committed development key: refused unless `<SVC>_ALLOW_DEVELOPMENT_KEY=true`, recognised by
its content wherever it is mounted; another key is trusted; `mentor token` without the private key fails clearly."""

import os
import signal
import subprocess
import sys
from pathlib import Path
from types import SimpleNamespace

import httpx
import pytest
from cryptography.hazmat.primitives.asymmetric import rsa
from cryptography.hazmat.primitives.serialization import Encoding, PublicFormat

from mentor_gateway.cli import main
from mentor_gateway.deployed import UNSAFE, development_key_refusal
from mentor_kit.auth import dev
from mentor_kit.auth.dev import DEV_PUBLIC_KEY, is_development_key
from mentor_kit.search_server import free_port
from mentor_kit.testing import wait_for

CLI = [sys.executable, "-m", "mentor_gateway.cli"]


def environment(tmp_path: Path, key_file: Path, **extra: str) -> dict[str, str]:
    return {
        **os.environ,
        "CASES_DATABASE_URL": f"sqlite+aiosqlite:///{tmp_path / 'cases.db'}",
        "CASES_BROKER_URL": "memory://",
        "CASES_JWT_PUBLIC_KEY_FILE": str(key_file),
        "PYTHONUNBUFFERED": "1",
        **extra,
    }


def serve(env: dict[str, str], port: int) -> subprocess.Popen[str]:
    return subprocess.Popen(
        [*CLI, "serve", "cases", "--host", "127.0.0.1", "--port", str(port)],
        env=env,
        stdout=subprocess.PIPE,
        stderr=subprocess.STDOUT,
        text=True,
    )


def test_serve_refuses_the_development_key_without_the_flag(tmp_path: Path) -> None:
    # A copy elsewhere, with other line endings: the same key by content.
    copy = tmp_path / "mounted.pem"
    copy.write_bytes(DEV_PUBLIC_KEY.read_bytes().replace(b"\n", b"\r\n"))
    for key_file in (DEV_PUBLIC_KEY, copy):
        process = serve(environment(tmp_path, key_file), free_port())
        output, _ = process.communicate(timeout=60)
        assert process.returncode == UNSAFE, output
        assert "refusing to trust the committed development public key" in output
        assert "CASES_ALLOW_DEVELOPMENT_KEY=true" in output and "CASES_JWT_JWKS_URL" in output


async def test_serve_starts_with_the_development_key_when_allowed(tmp_path: Path) -> None:
    port = free_port()
    process = serve(environment(tmp_path, DEV_PUBLIC_KEY, CASES_ALLOW_DEVELOPMENT_KEY="true"), port)
    try:
        async with httpx.AsyncClient(base_url=f"http://127.0.0.1:{port}", timeout=2) as client:

            async def healthy() -> bool | None:
                assert process.poll() is None, process.communicate()[0]
                try:
                    return (await client.get("/healthz")).status_code == 200 or None
                except httpx.HTTPError:
                    return None

            assert await wait_for(healthy, timeout=60, interval=0.2, message="/healthz")
    finally:
        process.send_signal(signal.SIGTERM)
        output, _ = process.communicate(timeout=30)
    assert "Traceback" not in output, output


def test_another_key_is_trusted_without_the_flag(tmp_path: Path) -> None:
    other = rsa.generate_private_key(public_exponent=65537, key_size=2048).public_key()
    key_file = tmp_path / "idp.pem"
    key_file.write_bytes(other.public_bytes(Encoding.PEM, PublicFormat.SubjectPublicKeyInfo))
    assert not is_development_key(key_file.read_bytes())
    assert is_development_key(DEV_PUBLIC_KEY.read_bytes())

    def service(key: Path | None, allowed: bool = False) -> SimpleNamespace:
        settings = SimpleNamespace(
            jwt_public_key_file=key,
            allow_development_key=allowed,
            service_name="cases",
            model_config={"env_prefix": "CASES_"},
        )
        return SimpleNamespace(settings=settings)

    assert development_key_refusal(service(key_file)) is None  # type: ignore[arg-type]
    assert development_key_refusal(service(None)) is None  # type: ignore[arg-type]  # a JWKS URL
    assert development_key_refusal(service(DEV_PUBLIC_KEY, allowed=True)) is None  # type: ignore[arg-type]
    assert development_key_refusal(service(DEV_PUBLIC_KEY)) is not None  # type: ignore[arg-type]


def test_mentor_token_without_the_private_key_fails_clearly(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setattr(dev, "DEV_PRIVATE_KEY", tmp_path / "absent.pem")  # as in an image
    assert main(["token", "--user", "mentee-anna"]) == 1
    captured = capsys.readouterr()
    assert captured.out == ""
    assert "development private key is not installed here" in captured.err


@pytest.mark.parametrize(("trusted", "scheme"), [("127.0.0.1", "https"), ("10.0.0.1", "http")])
async def test_serve_believes_forwarded_headers_from_trusted_proxies_only(
    tmp_path: Path, trusted: str, scheme: str
) -> None:
    """`<SVC>_TRUSTED_PROXIES` reaches uvicorn: from a trusted peer, X-Forwarded-Proto/-For are the request's scheme
    and client (seen in the slash redirect's Location); from any other peer they are ignored."""
    port = free_port()
    env = environment(tmp_path, DEV_PUBLIC_KEY, CASES_ALLOW_DEVELOPMENT_KEY="true", CASES_TRUSTED_PROXIES=trusted)
    process = serve(env, port)
    forwarded = {"X-Forwarded-Proto": "https", "X-Forwarded-For": "203.0.113.7"}
    try:
        async with httpx.AsyncClient(base_url=f"http://127.0.0.1:{port}", timeout=2) as client:

            async def redirect() -> httpx.Response | None:
                assert process.poll() is None, process.communicate()[0]
                try:
                    return await client.get("/cases/", headers=forwarded)
                except httpx.HTTPError:
                    return None

            response = await wait_for(redirect, timeout=60, interval=0.2, message="the API answers")
    finally:
        process.send_signal(signal.SIGTERM)
        process.communicate(timeout=30)
    assert response.status_code == 307
    assert response.headers["location"] == f"{scheme}://127.0.0.1:{port}/cases"
