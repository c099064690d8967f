"""
Fixtures of the browser tests: one real Home Assistant (with a seeded print log and a simulated printer)
per module, and a fresh headless Chromium page, logged in as the owner, per test.

Every page records what went wrong on it: console errors, uncaught exceptions, requests that failed
(the network's or the browser's) and answers with an HTTP status of 400 or more. Any of them fails the
test at teardown, unless the test allowed it by name (``BrowserPage.allow``) because the error is the
outcome it drives.
"""

from __future__ import annotations

from collections.abc import AsyncIterator, Iterator
from contextlib import asynccontextmanager
from dataclasses import dataclass, field
import json
from pathlib import Path
import re
import shutil
from typing import Any

from playwright.async_api import Page, async_playwright
import pytest

from tests.conftest import sockets_allowed
from tests.frontend.harness import (
    CHROMIUM,
    CHROMIUM_ARGS,
    REPO_ROOT,
    DemoPrinter,
    HomeAssistantProcess,
    Tokens,
    missing_packages,
    seed,
)

ARTIFACTS = REPO_ROOT / "test-artifacts" / "frontend"
MANUAL_PRINTER = "prusa0000000000000000000000000001"
CARD = {
    "type": "custom:print-logger-card",
    "title": "3D printing",
    "recent_count": 4,
    "stats_period": "all",
}


@pytest.fixture
def auto_enable_custom_integrations() -> None:
    """Replace the suite's autouse fixture: these tests run Home Assistant as a process, not in-process."""


@dataclass
class Stack:
    """What the browser tests run against."""

    ha: HomeAssistantProcess
    printer: DemoPrinter
    jobs: list[dict[str, Any]]
    entry: dict[str, Any] = field(default_factory=dict)
    viewer: Tokens | None = None

    def rest(self, path: str) -> Any:
        """GET one of the integration's REST endpoints as the owner."""
        return self.ha.api("GET", f"/api/print_logger{path}")

    def job(self, job_id: str) -> dict[str, Any]:
        """Return one job (detail) through REST."""
        return dict(self.rest(f"/jobs/{job_id}")["job"])


@pytest.fixture(scope="module")
def stack(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Stack]:
    """Start a simulated printer, seed the print log, start Home Assistant, onboard, add the printer."""
    if missing := missing_packages():
        pytest.fail(
            f"Home Assistant cannot serve its frontend without {', '.join(missing)}: "
            "they belong in requirements_dev.txt (run scripts/setup)"
        )
    base = tmp_path_factory.mktemp("frontend-e2e")
    printer = DemoPrinter(base / "printer", speed=1.0)
    ha = HomeAssistantProcess(base / "config", dashboard_cards=[CARD])
    with sockets_allowed():
        try:
            printer.start()
            ha.prepare()
            jobs = json.loads(
                seed(ha.db_path, "small", printer.instance_uuid, MANUAL_PRINTER)
            )
            ha.start()
            ha.onboard()
            entry = ha.add_printer(printer, "Voron")
            viewer = ha.add_user("Viewer", "viewer", "viewer-password-1", admin=False)
            ha.wait_for(
                "the printer online in the API",
                lambda: any(
                    p["id"] == printer.instance_uuid and p["online"]
                    for p in ha.api("GET", "/api/print_logger/printers")["printers"]
                ),
            )
        except BaseException:
            ha.stop()
            printer.stop()
            raise
    try:
        yield Stack(ha=ha, printer=printer, jobs=jobs, entry=entry, viewer=viewer)
    finally:
        ha.stop()
        printer.stop()
        if ha.log_path.exists():
            ARTIFACTS.mkdir(parents=True, exist_ok=True)
            shutil.copy2(ha.log_path, ARTIFACTS / "home-assistant.log")


@dataclass
class BrowserPage:
    """A Chromium page logged in to Home Assistant, with what went wrong on it."""

    page: Page
    errors: list[str]
    dialogs: list[str]
    # Console errors, page errors, failed requests, HTTP answers >= 400: what fails the test.
    problems: list[str] = field(default_factory=list)
    allowed: list[re.Pattern[str]] = field(default_factory=list)

    def allow(self, pattern: str) -> None:
        """Let problems matching ``pattern`` (a regular expression) pass: the test expects them."""
        self.allowed.append(re.compile(pattern))

    def unexpected(self) -> list[str]:
        """Return the problems no ``allow`` covers."""
        return [
            problem
            for problem in self.problems
            if not any(pattern.search(problem) for pattern in self.allowed)
        ]

    async def screenshot(self, name: str) -> Path:
        """Save a screenshot under test-artifacts/frontend/."""
        ARTIFACTS.mkdir(parents=True, exist_ok=True)
        path = ARTIFACTS / f"{name}.png"
        # Home Assistant's launch screen fades out after start-up: not in the picture.
        await self.page.wait_for_function(
            "() => !document.getElementById('ha-launch-screen')"
        )
        await self.page.wait_for_timeout(300)
        await self.page.screenshot(path=str(path))
        return path


def _watch(bp: BrowserPage) -> None:
    """Record what goes wrong on the page (see the module's docstring)."""
    page = bp.page

    def on_page_error(err: Any) -> None:
        bp.errors.append(str(err))
        stack = "\n    ".join(str(getattr(err, "stack", "") or "").splitlines()[1:6])
        bp.problems.append(f"page error: {err}\n    {stack}")

    def on_console(message: Any) -> None:
        if message.type == "error":
            location = message.location
            bp.problems.append(
                f"console error: {message.text} ({location.get('url')}:{location.get('lineNumber')})"
            )

    def on_request_failed(request: Any) -> None:
        bp.problems.append(
            f"request failed: {request.method} {request.url}: {request.failure}"
        )

    def on_response(response: Any) -> None:
        if response.status >= 400:
            bp.problems.append(
                f"HTTP {response.status}: {response.request.method} {response.url}"
            )

    async def on_dialog(dialog: Any) -> None:
        bp.dialogs.append(f"{dialog.type}: {dialog.message}")
        await dialog.dismiss()

    page.on("pageerror", on_page_error)
    page.on("console", on_console)
    page.on("requestfailed", on_request_failed)
    page.on("response", on_response)
    page.on("dialog", on_dialog)


@asynccontextmanager
async def _browser_page(tokens: Tokens) -> AsyncIterator[BrowserPage]:
    """Yield a page of a fresh headless Chromium logged in with ``tokens`` (in localStorage)."""
    stored = tokens.local_storage()
    with sockets_allowed():
        async with async_playwright() as pw:
            chromium = await pw.chromium.launch(
                executable_path=CHROMIUM, headless=True, args=CHROMIUM_ARGS
            )
            try:
                context = await chromium.new_context(
                    viewport={"width": 1366, "height": 900}, device_scale_factor=1
                )
                await context.add_init_script(
                    f"window.localStorage.setItem('hassTokens', {json.dumps(stored)});"
                )
                page = await context.new_page()
                bp = BrowserPage(page=page, errors=[], dialogs=[])
                _watch(bp)
                yield bp
                unexpected = bp.unexpected()
                await context.close()
                if unexpected:
                    pytest.fail(
                        "the page had errors:\n" + "\n".join(unexpected), pytrace=False
                    )
            finally:
                await chromium.close()


@pytest.fixture
async def browser(stack: Stack) -> AsyncIterator[BrowserPage]:
    """Yield a page logged in as the owner (an admin)."""
    assert stack.ha.tokens is not None
    async with _browser_page(stack.ha.tokens) as page:
        yield page


@pytest.fixture
async def viewer_browser(stack: Stack) -> AsyncIterator[BrowserPage]:
    """Yield a page logged in as a user who is not an admin."""
    assert stack.viewer is not None
    async with _browser_page(stack.viewer) as page:
        yield page
