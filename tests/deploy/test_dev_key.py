"""No container image carries the development private key: the build context (.dockerignore, replayed as
test_image.py does) leaves it out, keeps the public key (`mentor serve` recognises it to refuse it), and the kit's
wheel built from that context — what the image's `uv sync --no-editable` installs — has no private key in it."""

import importlib.util
import shutil
import subprocess
import zipfile
from pathlib import Path
from types import ModuleType

import pytest

from mentor_kit.auth.dev import DEV_PRIVATE_KEY, DEV_PUBLIC_KEY

pytestmark = pytest.mark.deploy

ROOT = Path(__file__).resolve().parents[2]
PRIVATE = DEV_PRIVATE_KEY.relative_to(ROOT).as_posix()
PUBLIC = DEV_PUBLIC_KEY.relative_to(ROOT).as_posix()


def image_checks() -> ModuleType:
    """test_image.py's replay of the build context (loaded by path: the tests are not a package on sys.path)."""
    spec = importlib.util.spec_from_file_location("mentor_image_checks", Path(__file__).with_name("test_image.py"))
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_the_private_key_is_committed_but_not_in_the_build_context() -> None:
    assert DEV_PRIVATE_KEY.is_file(), "the checkout has it: tests and `mentor dev` mint tokens with it"
    checks = image_checks()
    assert checks.ignored(PRIVATE)
    files = set(checks.context_files())
    assert PRIVATE not in files
    assert not any(name.endswith("private.pem") or name.endswith(".key") for name in files)
    assert PUBLIC in files, "the public key ships: `mentor serve` compares against it"


def test_the_kits_wheel_from_the_build_context_has_no_private_key(tmp_path: Path) -> None:
    checks = image_checks()
    context = tmp_path / "context"
    for name in checks.context_files():
        if name.startswith("shared/kit/"):
            target = context / name
            target.parent.mkdir(parents=True, exist_ok=True)
            shutil.copy2(ROOT / name, target)
    built = subprocess.run(
        [checks.uv_binary(), "build", "--wheel", "--offline", "--out-dir", str(tmp_path / "dist"), "."],
        cwd=context / "shared" / "kit",
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert built.returncode == 0, built.stderr
    [wheel] = (tmp_path / "dist").glob("mentor_kit-*.whl")
    names = zipfile.ZipFile(wheel).namelist()
    assert "mentor_kit/auth/dev_keys/dev_public.pem" in names
    assert not [name for name in names if "private" in name or name.endswith(".key")], names
