"""Browser tests: Debian's Chromium driven by Playwright against `mentor dev` (the whole platform in one process,
demo data) started on a free port. No browser is ever downloaded: a missing /usr/bin/chromium or Playwright skips
these tests on a developer's machine and fails them in CI (`CI=true`; `.ci/run` installs Chromium).

`visit(page, path)` opens a page, checks it answered, runs axe-core on it (no serious or critical violation) and
checks the browser reported no Content-Security-Policy violation or script error; `screenshot(page, name)` writes
docs/screenshots/<name>-<desktop|phone>.png."""

import os
import subprocess
import sys
import time
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import httpx
import pytest

from mentor_kit.search_server import free_port
from mentor_kit.testing.plugin import unavailable

CHROMIUM = Path("/usr/bin/chromium")
CHROMIUM_ARGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
]
SCREENSHOTS = Path(__file__).resolve().parents[3] / "docs" / "screenshots"
VIEWPORTS = {"desktop": {"width": 1280, "height": 800}, "phone": {"width": 390, "height": 844}}
AXE = "/static/vendor/axe-core/axe.min.js"
AXE_RUN = """async () => {
  const result = await axe.run(document, {resultTypes: ["violations"]});
  return result.violations.map(v => ({id: v.id, impact: v.impact, help: v.help,
    nodes: v.nodes.slice(0, 5).map(n => n.target.join(" "))}));
}"""


@pytest.fixture(scope="session")
def platform_url(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    """`mentor dev` as its own process, as `make run` starts it, on a free port with a new data folder."""
    port = free_port()
    data = tmp_path_factory.mktemp("platform")
    mentor = Path(sys.executable).parent / "mentor"
    log = (data / "mentor-dev.log").open("wb")
    process = subprocess.Popen(
        [str(mentor), "dev", "--port", str(port), "--data-dir", str(data), "--log-level", "WARNING"],
        stdout=log,
        stderr=subprocess.STDOUT,
        env={**os.environ, "PYTHONUNBUFFERED": "1"},
    )
    url = f"http://127.0.0.1:{port}"
    try:
        _wait_until_ready(url, process, data / "mentor-dev.log")
        yield url
    finally:
        process.terminate()
        process.wait(20)
        log.close()


def _wait_until_ready(url: str, process: subprocess.Popen[bytes], log: Path, timeout: float = 90) -> None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if process.poll() is not None:
            raise AssertionError(f"mentor dev exited ({process.returncode}):\n{log.read_text()[-4000:]}")
        try:
            if httpx.get(f"{url}/readyz", timeout=2).status_code == 200:
                return
        except httpx.TransportError:
            pass
        time.sleep(0.2)  # a child process's start: polled with a deadline, not slept through
    raise AssertionError(f"mentor dev not ready after {timeout}s:\n{log.read_text()[-4000:]}")


@pytest.fixture(scope="module")
def browser() -> Iterator[Any]:
    """Module-scoped, never session-scoped: Playwright's sync API keeps an event loop running while it is open, and
    the async tests that run after these need none running (pytest-asyncio starts its own)."""
    if not CHROMIUM.exists():
        unavailable("Chromium is not installed (apt-get install -y chromium)")
    try:
        from playwright.sync_api import sync_playwright
    except ImportError:
        unavailable("playwright (the Python package) is not installed")
    with sync_playwright() as playwright:
        chromium = playwright.chromium.launch(executable_path=str(CHROMIUM), args=CHROMIUM_ARGS, headless=True)
        yield chromium
        chromium.close()


@dataclass
class Tab:
    """A browser context and its page at one width, with what the browser reported."""

    page: Any
    width: str
    base_url: str
    problems: list[str] = field(default_factory=list)
    visited: list[str] = field(default_factory=list)


@pytest.fixture(params=list(VIEWPORTS))
def tab(request: pytest.FixtureRequest, browser: Any, platform_url: str) -> Iterator[Tab]:
    yield from open_tab(browser, platform_url, request.param)


@pytest.fixture
def desktop(browser: Any, platform_url: str) -> Iterator[Tab]:
    yield from open_tab(browser, platform_url, "desktop")


def open_tab(browser: Any, base_url: str, width: str, locale: str = "ru-RU") -> Iterator[Tab]:
    context = browser.new_context(viewport=VIEWPORTS[width], base_url=base_url, locale=locale)
    page = context.new_page()
    page.set_default_timeout(15_000)
    tab = Tab(page, width, base_url)
    page.on("console", lambda message: _console(tab, message))
    page.on("pageerror", lambda error: tab.problems.append(f"script error: {error}"))
    try:
        yield tab
    finally:
        context.close()


def _console(tab: Tab, message: Any) -> None:
    if message.type == "error" and ("Content Security Policy" in message.text or "Refused" in message.text):
        tab.problems.append(f"{tab.page.url}: {message.text}")


def check(tab: Tab) -> None:
    """axe-core on the page as it is now; and nothing the browser refused or failed to run."""
    page = tab.page
    if not page.evaluate("() => typeof axe !== 'undefined'"):
        page.add_script_tag(url=AXE)  # same-origin: the strict CSP allows it
    violations = page.evaluate(AXE_RUN)
    serious = [v for v in violations if v["impact"] in ("serious", "critical")]
    assert not serious, f"{page.url} ({tab.width}): accessibility violations {serious}"
    assert not tab.problems, tab.problems
    tab.visited.append(page.url)


def visit(tab: Tab, path: str) -> Any:
    response = tab.page.goto(path)
    assert response is not None and response.status < 400, f"{path}: {response.status if response else 'no answer'}"
    check(tab)
    return response


def screenshot(tab: Tab, name: str, *, also_phone: bool = False) -> None:
    """The viewport as a PNG (small enough to commit); `also_phone`: a desktop tab also shot at phone width."""
    SCREENSHOTS.mkdir(parents=True, exist_ok=True)
    tab.page.screenshot(path=str(SCREENSHOTS / f"{name}-{tab.width}.png"))
    if also_phone and tab.width != "phone":
        tab.page.set_viewport_size(VIEWPORTS["phone"])
        check(tab)  # axe-core at this width too
        tab.page.screenshot(path=str(SCREENSHOTS / f"{name}-phone.png"))
        tab.page.set_viewport_size(VIEWPORTS[tab.width])
