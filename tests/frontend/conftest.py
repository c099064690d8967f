"""
Fixtures of the browser tests: one real Home Assistant (with a seeded print log and a simulated printer)
per module, and a fresh headless Chromium page, logged in as the owner, per test.
"""

from __future__ import annotations

from collections.abc import AsyncIterator, Iterator
from contextlib import asynccontextmanager
from dataclasses import dataclass, field
import json
from pathlib import Path
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
                errors: list[str] = []
                dialogs: list[str] = []
                page.on("pageerror", lambda err: errors.append(str(err)))

                async def on_dialog(dialog: Any) -> None:
                    dialogs.append(f"{dialog.type}: {dialog.message}")
                    await dialog.dismiss()

                page.on("dialog", on_dialog)
                yield BrowserPage(page=page, errors=errors, dialogs=dialogs)
                await context.close()
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
