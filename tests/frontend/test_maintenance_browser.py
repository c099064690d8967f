"""
The Maintenance tab in headless Chromium against a real Home Assistant (see conftest.py): the default
tasks of the printer added, refusals with their field errors, a task added and edited, a task done with
notes and cost, and the log; what it shows is checked against the REST API. Screenshot: docs/maintenance.png.
"""

from __future__ import annotations

from playwright.async_api import expect
import pytest

from custom_components.print_logger.store.maintenance import DEFAULT_TASKS
from tests.frontend.conftest import BrowserPage, Stack
from tests.frontend.harness import REPO_ROOT

pytestmark = [pytest.mark.browser, pytest.mark.slow]
TIMEOUT = 30_000


async def test_maintenance_tab(browser: BrowserPage, stack: Stack) -> None:
    """Tasks with their bars, refusals, add, edit, done with notes, the log; as the API has them."""
    page = browser.page
    printer_id = stack.printer.instance_uuid
    await page.goto(f"{stack.ha.url}/print-log")
    panel = page.locator("print-logger-panel")
    await panel.locator("#tab-maintenance").click()
    view = panel.locator("pl-maintenance-view")
    await view.locator("select[name=printer]").select_option(printer_id)
    cards = view.locator(".task")
    # The printer added through the config flow got the default tasks, each with its bar.
    await expect(cards).to_have_count(len(DEFAULT_TASKS), timeout=TIMEOUT)
    names = await cards.locator("h3 > span:first-child").all_inner_texts()
    assert sorted(names) == sorted(task.name for task in DEFAULT_TASKS)
    await expect(cards.locator("[role=progressbar]")).to_have_count(len(DEFAULT_TASKS))

    # Refusals: a negative interval, then no interval at all; each with its field's message.
    await view.get_by_role("button", name="Add task").click()
    form = view.locator("form")
    await form.locator("input[name=name]").fill("Check the hotend fan")
    await form.locator("input[name=interval_hours]").fill("-5")
    await form.get_by_role("button", name="Save").click()
    await expect(form.locator("#err-interval_hours")).to_contain_text("must be from")
    await expect(form.locator("input[name=interval_hours]")).to_have_attribute(
        "aria-invalid", "true"
    )
    await form.locator("input[name=interval_hours]").fill("")
    await form.get_by_role("button", name="Save").click()
    await expect(form.locator("#err-intervals")).to_contain_text("at least one interval")
    # Accepted: every 3 jobs.
    await form.locator("input[name=interval_jobs]").fill("3")
    await form.get_by_role("button", name="Save").click()
    await expect(cards).to_have_count(len(DEFAULT_TASKS) + 1, timeout=TIMEOUT)
    fan = cards.filter(has_text="Check the hotend fan")
    await expect(fan).to_contain_text("3 of 3 jobs left")

    # Edited: every 30 days as well.
    await fan.get_by_role("button", name="Edit").click()
    await view.locator("form input[name=interval_days]").fill("30")
    await view.locator("form").get_by_role("button", name="Save").click()
    await expect(fan).to_contain_text("30 of 30 days left", timeout=TIMEOUT)

    # Done with notes and cost: logged, shown in the log, in the API too.
    plate = cards.filter(has_text="Clean the build plate")
    await plate.get_by_role("button", name="Done").click()
    await plate.locator("input[name=notes]").fill("IPA wipe, new PEI sheet")
    await plate.locator("input[name=cost]").fill("24.5")
    await plate.get_by_role("button", name="Log as done").click()
    log = view.locator("table tbody tr")
    await expect(log).to_have_count(1, timeout=TIMEOUT)
    await expect(log.first).to_contain_text("IPA wipe, new PEI sheet")
    await expect(log.first).to_contain_text("Clean the build plate")
    await expect(plate).to_contain_text("Last done:")
    await expect(view.locator(".toolbar")).to_contain_text("24.50")

    answer = stack.rest(f"/maintenance?printer_ids={printer_id}")
    [entry] = answer["log"]
    assert (entry["name"], entry["notes"], entry["cost"]) == (
        "Clean the build plate",
        "IPA wipe, new PEI sheet",
        24.5,
    )
    assert answer["cost"] == {printer_id: 24.5}
    tasks = {task["name"]: task for task in answer["tasks"]}
    assert tasks["Check the hotend fan"]["interval_jobs"] == 3
    assert tasks["Check the hotend fan"]["interval_days"] == 30
    assert tasks["Clean the build plate"]["last_done"] == entry["done_at"]

    await page.wait_for_function("() => !document.getElementById('ha-launch-screen')")
    await page.screenshot(path=str(REPO_ROOT / "docs" / "maintenance.png"), full_page=True)

    # The printer's history: the log entry between its jobs, by date (newest first).
    await panel.locator("#tab-jobs").click()
    jobs_view = panel.locator("pl-jobs-view")
    await jobs_view.get_by_role("button", name="Filters").click()
    await jobs_view.locator("select[name=printer]").select_option(printer_id)
    row = jobs_view.locator("tr.maintenance-row")
    await expect(row).to_have_count(1, timeout=TIMEOUT)
    await expect(row).to_contain_text("Clean the build plate")
    await expect(row).to_contain_text("IPA wipe, new PEI sheet")
    order = await jobs_view.locator("tbody tr").evaluate_all(
        "rows => rows.map(r => r.dataset.maintenanceId ? 'M' : r.dataset.jobId ? 'J' : '')"
    )
    # Logged just now: after every job of the seeded log, so first.
    assert order[0] == "M" and order.count("M") == 1 and "J" in order, order
    assert not browser.errors, browser.errors
