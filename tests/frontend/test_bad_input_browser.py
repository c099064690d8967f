"""
Issue 13 in headless Chromium against a real Home Assistant: a print log spanning 1970 … 9999 in the
panel's "All time" analytics, figure tiles that describe exactly the filtered rows, the job id in the
job detail and a spoofing file name shown safely.

The module's own Home Assistant: the seeded log plus a job of 1970 (a printer host without a clock),
one of 9999-12-31 and a file name with a right-to-left override, stored as the tracker stores them.
"""

from __future__ import annotations

from collections.abc import Iterator
import json
from pathlib import Path
import re
import shutil
from typing import Any

from playwright.async_api import expect
import pytest
from sqlalchemy.engine import make_url

from tests.conftest import sockets_allowed
from tests.frontend.conftest import ARTIFACTS, CARD, MANUAL_PRINTER, BrowserPage, Stack
from tests.frontend.harness import REPO_ROOT, DemoPrinter, HomeAssistantProcess, seed
from tests.frontend.seed import BIDI_FILENAME, BIDI_JOB, FAR_FUTURE_JOB
from tests.frontend.test_browser import DEEP_TEXT, TIMEOUT, finish, open_panel, poll
from tests.store.conftest import Databases
from tests.test_database import _with_password

pytestmark = [pytest.mark.browser, pytest.mark.slow]


@pytest.fixture(scope="module")
def stack(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Stack]:
    """The browser tests' Home Assistant, its log seeded with far-dated jobs too."""
    base = tmp_path_factory.mktemp("frontend-bad-input")
    printer = DemoPrinter(base / "printer", speed=1.0)
    ha = HomeAssistantProcess(base / "config", dashboard_cards=[CARD])
    with sockets_allowed():
        try:
            printer.start()
            ha.prepare()
            jobs = json.loads(
                seed(ha.db_path, "small", printer.instance_uuid, MANUAL_PRINTER)
            )
            seed(ha.db_path, "far", MANUAL_PRINTER)
            ha.start()
            ha.onboard()
            entry = ha.add_printer(printer, "Voron")
        except BaseException:
            ha.stop()
            printer.stop()
            raise
    try:
        yield Stack(ha=ha, printer=printer, jobs=jobs, entry=entry)
    finally:
        ha.stop()
        printer.stop()
        if ha.log_path.exists():
            ARTIFACTS.mkdir(parents=True, exist_ok=True)
            shutil.copy2(ha.log_path, ARTIFACTS / "home-assistant-bad-input.log")


async def test_all_time_analytics_over_1970_to_9999(
    stack: Stack, browser: BrowserPage
) -> None:
    """13.1: "All time" shows every job, per year, with a note; no "Unknown error"."""
    panel = await open_panel(browser, stack)
    await panel.get_by_role("tab", name="Analytics").click()
    view = panel.locator("pl-analytics-view")
    await view.locator('select[name="period"]').select_option("all")
    await view.locator('select[name="bucket"]').select_option("day")
    summary = stack.rest("/analytics/summary")
    await expect(view.locator('[data-kpi="jobs"] .value')).to_have_text(
        str(summary["jobs"]), timeout=TIMEOUT
    )
    series = stack.rest("/analytics/timeseries?bucket=day&metric=jobs")
    assert series["bucket"] == "year"
    cells = view.locator('[data-chart="jobs"] tr[data-key]')
    await expect(cells).to_have_count(len(series["points"]), timeout=TIMEOUT)
    shown = await cells.evaluate_all(
        "rows => rows.map(r => [r.dataset.key, Number(r.dataset.value)])"
    )
    assert shown == [[p["bucket"], p["value"]] for p in series["points"]]
    assert shown[0] == ["1970-01-01", 1]
    assert shown[-1][0] == "9999-01-01"
    assert sum(value for _key, value in shown) == summary["jobs"]
    await expect(view.locator(".bucket-note")).to_contain_text("Shown per year")
    await expect(view.locator('[data-chart="jobs"] h2')).to_have_text("Jobs per year")
    heat = view.locator("pl-heatmap td[data-value]")
    assert (
        await poll(
            browser.page,
            lambda: heat.evaluate_all(
                "tds => tds.reduce((s, td) => s + Number(td.dataset.value), 0)"
            ),
            summary["jobs"],
        )
        == summary["jobs"]
    )
    await expect(view.locator(".error-banner")).to_have_count(0)
    text = await view.evaluate(DEEP_TEXT)
    assert "Unknown error" not in text
    path = await browser.screenshot("analytics-all-time-far-dates")
    shutil.copy2(path, REPO_ROOT / "docs" / "analytics-far-dates.png")
    finish(browser)


async def test_tiles_describe_the_filtered_rows(
    stack: Stack, browser: BrowserPage
) -> None:
    """13.6: with status, tags, file name and filament filters the tiles count the listed rows."""
    panel = await open_panel(browser, stack)
    view = panel.locator("pl-jobs-view")
    await view.get_by_role("button", name="Filters").click()
    total = view.locator("nav.pager [data-total]")
    tile = view.locator('[data-kpi="jobs"] .value')

    async def agree() -> None:
        count = await total.get_attribute("data-total", timeout=TIMEOUT)
        assert count is not None
        await expect(tile).to_have_text(count, timeout=TIMEOUT)

    await view.locator('#filters select[name="status"]').select_option("completed")
    completed = stack.rest("/jobs?statuses=completed&limit=1")["total"]
    await expect(total).to_have_attribute("data-total", str(completed), timeout=TIMEOUT)
    await agree()
    all_jobs = stack.rest("/jobs?limit=1")["total"]
    assert completed < all_jobs
    await view.locator('#filters input[name="filament"]').fill("PETG")
    petg = stack.rest("/jobs?statuses=completed&filament_type=PETG&limit=1")["total"]
    await expect(total).to_have_attribute("data-total", str(petg), timeout=TIMEOUT)
    await agree()
    await view.locator('#filters select[name="status"]').select_option("")
    await view.locator('#filters input[name="filament"]').fill("")
    await panel.get_by_role("searchbox", name="Search file names").fill("typo")
    await expect(total).to_have_attribute("data-total", "1", timeout=TIMEOUT)
    await agree()
    await browser.screenshot("jobs-filtered-tiles")
    finish(browser)


async def test_job_id_and_spoofing_file_name(
    stack: Stack, browser: BrowserPage
) -> None:
    """13.7 and 13.9: the detail shows the job id with a copy button; a bidi override is visible."""
    panel = await open_panel(browser, stack)
    await panel.get_by_role("searchbox", name="Search file names").fill("edoc")
    row = panel.locator(f'tr[data-job-id="{BIDI_JOB}"]')
    await expect(row).to_have_count(1, timeout=TIMEOUT)
    cell = row.locator('[data-col="filename"]')
    await expect(cell).to_have_text("[U+202E]edoc.gcode")
    assert await cell.locator("bdi").count() == 1
    await cell.click()
    detail = panel.locator("pl-job-detail")
    await expect(detail.locator(".filename")).to_have_text(
        "[U+202E]edoc.gcode", timeout=TIMEOUT
    )
    await expect(detail.locator(".job-id code")).to_have_text(BIDI_JOB)
    await detail.get_by_role("button", name="Copy the job id").click()
    await expect(detail.get_by_role("button", name="Copy the job id")).to_have_text(
        "Copied"
    )
    # The stored name is exact.
    assert stack.job(BIDI_JOB)["filename"] == BIDI_FILENAME
    assert stack.job(FAR_FUTURE_JOB)["start"].startswith("9999-12-31")
    path = await browser.screenshot("job-detail-id-bidi")
    shutil.copy2(path, REPO_ROOT / "docs" / "job-detail-id.png")
    finish(browser)


def _saved_database(stack: Stack) -> dict[str, Any]:
    """Return the saved database choice (Home Assistant's storage file of the integration)."""
    path = stack.ha.config_dir / ".storage" / "print_logger.database"
    return dict(json.loads(path.read_text(encoding="utf-8"))["data"])


@pytest.mark.mariadb
@pytest.mark.postgresql
@pytest.mark.parametrize("kind", ["mariadb", "postgresql"])
async def test_options_dialog_moves_the_database(
    stack: Stack, browser: BrowserPage, tmp_path: Path, kind: str
) -> None:
    """
    13.4 in the options dialog, against a real database: a refused login keeps the choice, the
    right URL moves, the masked URL left as shown keeps the password, and moving back to the file
    that still holds the old rows offers to replace them.
    """
    databases = Databases(tmp_path)
    try:
        url = _with_password(kind, databases.create(kind))
        # A user the server refuses (PostgreSQL trusts the test's users whatever the password).
        wrong = (
            make_url(url)
            .set(username="nobody", password="wrong")
            .render_as_string(hide_password=False)
        )
        jobs = stack.rest("/jobs?limit=1")["total"]
        page = browser.page
        await page.goto(f"{stack.ha.url}/config/integrations/integration/print_logger")
        dialog = page.locator("dialog-data-entry-flow")

        async def open_database_step() -> None:
            # A farm-wide choice: the print farm's options, not a printer's (issue 21.3).
            row = page.locator("ha-config-entry-row", has_text="Print farm")
            await row.get_by_role("button", name="Configure").first.click(
                timeout=TIMEOUT
            )
            # The farm's options are a menu (the database, the filament prices).
            await dialog.get_by_text("Where the print log is kept").click(
                timeout=TIMEOUT
            )
            await expect(dialog).to_contain_text("Shared by every printer")

        custom = dialog.get_by_role("radio", name="Another database (URL below)")
        url_field = dialog.get_by_role("textbox", name="Database URL")
        # (a) A wrong password: the choice and the URL stay, the next right URL moves.
        await open_database_step()
        await custom.check()
        await url_field.fill(wrong)
        await dialog.get_by_role("button", name="Submit").click()
        await expect(dialog).to_contain_text("refused the user and password")
        await expect(custom).to_be_checked()
        assert "wrong" not in await url_field.input_value()
        await url_field.fill(url)
        await dialog.get_by_role("button", name="Submit").click()
        await expect(dialog).to_contain_text(
            "Options successfully saved", timeout=TIMEOUT
        )
        await browser.screenshot("options-database-moved")
        await dialog.get_by_role("button", name="Finish").click()
        assert _saved_database(stack) == {"backend": "custom", "url": url}
        assert stack.rest("/jobs?limit=1")["total"] == jobs
        # (b) The options again, the masked URL left as shown: the password is kept.
        await open_database_step()
        assert "***" in await url_field.input_value()
        await dialog.get_by_role("button", name="Submit").click()
        await expect(dialog).to_contain_text(
            "Options successfully saved", timeout=TIMEOUT
        )
        await dialog.get_by_role("button", name="Finish").click()
        assert _saved_database(stack) == {"backend": "custom", "url": url}
        # (c) Back to the file, which still holds the rows of before the move.
        await open_database_step()
        await dialog.get_by_role(
            "radio", name="A file of its own (print_logger.db)"
        ).check()
        await url_field.fill("")
        await dialog.get_by_role("button", name="Submit").click()
        await expect(dialog).to_contain_text(
            "already holds a print log", timeout=TIMEOUT
        )
        await expect(dialog).to_contain_text(f"{jobs} jobs")
        await browser.screenshot("options-database-conflict")
        if kind == "mariadb":
            shutil.copy2(
                ARTIFACTS / "options-database-conflict.png",
                REPO_ROOT / "docs" / "options-database-conflict.png",
            )
        await dialog.get_by_role("radio", name=re.compile("^Replace")).check()
        await dialog.get_by_role("button", name="Submit").click()
        await expect(dialog).to_contain_text(
            "Options successfully saved", timeout=TIMEOUT
        )
        await dialog.get_by_role("button", name="Finish").click()
        assert _saved_database(stack)["backend"] == "sqlite"
        assert stack.rest("/jobs?limit=1")["total"] == jobs
        finish(browser)
    finally:
        databases.drop_all()
