"""
Every way the panel changes or narrows the job list, driven in Chromium against the real Home Assistant:
the failure reason, adding a job, deleting a selection, each filter, each sortable column and the pages.
What the UI shows or stored is compared with what the REST API answers for the same question (the
page's console errors and failed requests fail the test: see conftest.py).
"""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta
import re
from typing import Any
from urllib.parse import urlencode
from zoneinfo import ZoneInfo

from playwright.async_api import Locator, expect
import pytest

from tests.frontend.conftest import MANUAL_PRINTER, BrowserPage, Stack
from tests.frontend.test_browser import TIMEOUT, finish, open_panel, poll, row_ids

pytestmark = [pytest.mark.browser, pytest.mark.slow]

FAILED = ["error", "klippy_shutdown", "klippy_disconnect", "interrupted", "server_exit"]
# The sortable columns, left to right, and the API's sort keys.
SORT_KEYS = [
    "filename",
    "printer",
    "status",
    "start",
    "print_duration",
    "filament_weight_g",
    "rating",
]


def api_ids(stack: Stack, **params: Any) -> tuple[list[str], int]:
    """Return the ids of the REST list's first page for ``params`` (lists comma-joined) and the total."""
    query = {
        key: ",".join(map(str, value)) if isinstance(value, list) else value
        for key, value in params.items()
    }
    page = stack.rest("/jobs?" + urlencode({"limit": 50, **query}))
    return [job["id"] for job in page["jobs"]], int(page["total"])


async def shows(panel: Locator, stack: Stack, **params: Any) -> list[str]:
    """Wait until the table lists what the REST API lists for ``params``; return the ids."""
    expected, total = api_ids(stack, **params)
    shown = await poll(panel.page, lambda: row_ids(panel), expected)
    assert shown == expected, params
    await expect(panel.locator("nav.pager [data-total]")).to_have_attribute(
        "data-total", str(total)
    )
    return expected


async def filters(panel: Locator) -> Locator:
    """Open the filter panel (if closed); return it."""
    toggle = panel.get_by_role("button", name="Filters")
    if await toggle.get_attribute("aria-expanded") != "true":
        await toggle.click()
    box = panel.locator("#filters")
    await expect(box).to_be_visible()
    return box


async def browser_zone(bp: BrowserPage) -> ZoneInfo:
    """Return the browser's time zone: the panel's for dates and times (the profile's default)."""
    return ZoneInfo(
        await bp.page.evaluate("Intl.DateTimeFormat().resolvedOptions().timeZone")
    )


def midnight(day: date, zone: ZoneInfo) -> str:
    """Return the start of ``day`` in ``zone`` as an ISO instant (what the panel sends)."""
    return datetime.combine(day, datetime.min.time(), zone).isoformat()


def new_job(stack: Stack, filename: str, **fields: Any) -> str:
    """Add a job through REST; return its id."""
    start = datetime.now(UTC) - timedelta(days=3)
    body = {
        "printer_id": MANUAL_PRINTER,
        "filename": filename,
        "status": "completed",
        "start": start.isoformat(),
        "end": (start + timedelta(hours=1)).isoformat(),
        **fields,
    }
    return str(stack.ha.api("POST", "/api/print_logger/jobs", body)["job"]["id"])


async def test_failure_reason_edited_in_the_panel(
    stack: Stack, browser: BrowserPage
) -> None:
    panel = await open_panel(browser, stack)
    job_id = new_job(stack, "failure_reason_part.gcode", status="error")
    await panel.get_by_role("searchbox", name="Search file names").fill(
        "failure_reason_part"
    )
    row = panel.locator(f'tr[data-job-id="{job_id}"]')
    await row.get_by_role("button", name="Edit failure_reason_part.gcode").click()
    editor = panel.locator("pl-job-editor")
    await editor.locator('select[name="failure_reason_choice"]').select_option(
        "bed_adhesion"
    )
    await editor.get_by_role("button", name="Save").click()
    await expect(editor).to_have_count(0, timeout=TIMEOUT)
    assert stack.job(job_id)["failure_reason"] == "bed_adhesion"

    # "Other" and what happened in words; then no reason at all.
    await row.get_by_role("button", name="Edit failure_reason_part.gcode").click()
    await expect(editor.locator('select[name="failure_reason_choice"]')).to_have_value(
        "bed_adhesion"
    )
    await editor.locator('select[name="failure_reason_choice"]').select_option("other")
    await editor.locator('input[name="failure_reason"]').fill("Nozzle hit a zip tie")
    await editor.get_by_role("button", name="Save").click()
    await expect(editor).to_have_count(0, timeout=TIMEOUT)
    assert stack.job(job_id)["failure_reason"] == "Nozzle hit a zip tie"

    await row.get_by_role("button", name="Edit failure_reason_part.gcode").click()
    await expect(editor.locator('input[name="failure_reason"]')).to_have_value(
        "Nozzle hit a zip tie"
    )
    await editor.locator('select[name="failure_reason_choice"]').select_option("")
    await editor.get_by_role("button", name="Save").click()
    await expect(editor).to_have_count(0, timeout=TIMEOUT)
    assert stack.job(job_id)["failure_reason"] is None
    finish(browser)


async def test_job_added_in_the_panel_is_stored(
    stack: Stack, browser: BrowserPage
) -> None:
    panel = await open_panel(browser, stack)
    zone = await browser_zone(browser)
    day: date = datetime.now(zone).date() - timedelta(days=2)
    await panel.get_by_role("button", name="Add job").click()
    await expect(browser.page.get_by_role("dialog", name="Add a job")).to_be_visible()
    dialog = panel.locator("pl-dialog[open]")
    await dialog.locator('input[name="filename"]').fill("added_in_the_panel.gcode")
    await dialog.locator('select[name="printer_id"]').select_option(MANUAL_PRINTER)
    await dialog.locator('select[name="status"]').select_option("cancelled")
    await dialog.locator('input[name="start_date"]').fill(day.isoformat())
    await dialog.locator('input[name="start_time"]').fill("10:30")
    await dialog.get_by_label("Hours").fill("2")
    await dialog.get_by_label("Minutes").fill("15")
    await dialog.locator('input[name="filament_g"]').fill("35.5")
    await dialog.locator('input[name="filament_type"]').fill("ASA")
    await dialog.locator('input[name="tags"]').fill("spare, added")
    await dialog.locator('textarea[name="notes"]').fill("Typed in the panel")
    await dialog.get_by_role("button", name="Add job").click()
    await expect(dialog).to_be_hidden(timeout=TIMEOUT)

    (job_id,), _ = api_ids(stack, q="added_in_the_panel")
    job = stack.job(job_id)
    start = datetime.combine(day, datetime.strptime("10:30", "%H:%M").time(), zone)
    assert datetime.fromisoformat(job["start"]) == start
    assert datetime.fromisoformat(job["end"]) == start + timedelta(hours=2, minutes=15)
    assert job["print_duration"] == 8100
    assert job["printer_id"] == MANUAL_PRINTER
    assert job["status"] == "cancelled"
    assert job["source"] == "manual"
    assert job["filament_weight_g"] == 35.5
    assert job["filament_type"] == "ASA"
    assert job["tags"] == ["spare", "added"]
    assert job["notes"] == "Typed in the panel"
    # The list shows it (pushed or reloaded) where the API sorts it.
    await shows(panel, stack)
    finish(browser)


async def test_selected_jobs_are_deleted_together(
    stack: Stack, browser: BrowserPage
) -> None:
    ids = [new_job(stack, f"bulk_delete_{n}.gcode") for n in range(3)]
    kept = new_job(stack, "bulk_keep.gcode")
    _, before = api_ids(stack)
    panel = await open_panel(browser, stack)
    await panel.get_by_role("searchbox", name="Search file names").fill("bulk_delete_")
    assert sorted(await shows(panel, stack, q="bulk_delete_")) == sorted(ids)
    await panel.get_by_role("checkbox", name="Select all jobs on this page").check()
    await panel.get_by_role("button", name="Delete 3").click()
    await expect(
        browser.page.get_by_role("dialog", name="Delete 3 jobs?")
    ).to_be_visible()
    await (
        panel.locator("pl-dialog[open]")
        .get_by_role("button", name="Delete", exact=True)
        .click()
    )
    await expect(panel.locator("tbody tr[data-job-id]")).to_have_count(
        0, timeout=TIMEOUT
    )
    for job_id in ids:
        status, _ = stack.ha.request("GET", f"/api/print_logger/jobs/{job_id}")
        assert status == 404
    assert stack.job(kept)["filename"] == "bulk_keep.gcode"
    assert api_ids(stack)[1] == before - 3
    finish(browser)


async def test_each_filter_lists_what_the_api_lists(
    stack: Stack, browser: BrowserPage
) -> None:
    panel = await open_panel(browser, stack)
    everything = await shows(panel, stack)
    box = await filters(panel)

    await box.locator('select[name="printer"]').select_option(MANUAL_PRINTER)
    manual = await shows(panel, stack, printer_ids=[MANUAL_PRINTER])
    assert manual and len(manual) < len(everything)
    await box.locator('select[name="printer"]').select_option("")

    statuses: dict[str, list[str]] = {
        "completed": ["completed"],
        "failed": FAILED,
        "cancelled": ["cancelled"],
        "in_progress": ["in_progress"],
        **{f"only:{status}": [status] for status in FAILED},
    }
    for choice, wanted in statuses.items():
        await box.locator('select[name="status"]').select_option(choice)
        await shows(panel, stack, statuses=wanted)
    await box.locator('select[name="status"]').select_option("")

    # Dates are days of the browser's time zone (the profile's default); "to" includes its day.
    starts = sorted(j["start"] for j in stack.jobs)
    zone = await browser_zone(browser)
    since = datetime.fromisoformat(starts[len(starts) // 4]).astimezone(zone).date()
    until = datetime.fromisoformat(starts[len(starts) // 2]).astimezone(zone).date()
    await box.locator('input[name="since"]').fill(since.isoformat())
    await shows(panel, stack, since=midnight(since, zone))
    await box.locator('input[name="until"]').fill(until.isoformat())
    between = await shows(
        panel,
        stack,
        since=midnight(since, zone),
        until=midnight(until + timedelta(days=1), zone),
    )
    assert 0 < len(between) < len(everything)
    await box.locator('input[name="since"]').fill("")
    await box.locator('input[name="until"]').fill("")
    await shows(panel, stack)

    await box.locator('input[name="filament"]').fill("PETG")
    assert await shows(panel, stack, filament_type="PETG")
    await box.locator('input[name="filament"]').fill("")

    await box.locator('input[name="tags"]').fill("functional")
    assert await shows(panel, stack, tags=["functional"])
    await box.locator('input[name="tags"]').fill("")

    spool = box.locator('select[name="spool"]')
    await spool.select_option("id:2")
    assert await shows(panel, stack, spool_id=2)
    await spool.select_option("vendor:eSUN")
    assert await shows(panel, stack, spool_vendor="eSUN")
    await spool.select_option("")

    await panel.get_by_role("searchbox", name="Search file names").fill("gcode")
    await box.locator('select[name="printer"]').select_option(
        stack.printer.instance_uuid
    )
    await box.locator('select[name="status"]').select_option("completed")
    await shows(
        panel,
        stack,
        q="gcode",
        printer_ids=[stack.printer.instance_uuid],
        statuses=["completed"],
    )
    await expect(panel.get_by_role("button", name="Filters (2)")).to_be_visible()
    await box.get_by_role("button", name="Clear filters").click()
    await shows(panel, stack)
    finish(browser)


async def test_each_column_sorts_as_the_api(stack: Stack, browser: BrowserPage) -> None:
    panel = await open_panel(browser, stack)
    headings = panel.locator("thead th:has(button.sort)")
    await expect(headings).to_have_count(len(SORT_KEYS))
    for index, key in enumerate(SORT_KEYS):
        heading = headings.nth(index)
        for _ in range(
            2
        ):  # the first click picks the column, the second turns the order
            await heading.locator("button.sort").click()
            await expect(heading).to_have_attribute(
                "aria-sort", re.compile("^(ascending|descending)$")
            )
            order = await heading.get_attribute("aria-sort")
            await shows(
                panel, stack, sort=key, order="asc" if order == "ascending" else "desc"
            )
    finish(browser)


async def test_pages_follow_the_api_cursor(stack: Stack, browser: BrowserPage) -> None:
    panel = await open_panel(browser, stack)
    pager = panel.locator("nav.pager")
    await pager.get_by_label("Rows per page").select_option("25")
    first = stack.rest("/jobs?limit=25")
    assert first["next_cursor"], "the seeded log has more than one page of 25"
    await shows_page(panel, [j["id"] for j in first["jobs"]])
    await expect(pager.locator("[data-total]")).to_have_text(
        f"1–25 of {first['total']}"
    )
    await pager.get_by_role("button", name="Next page").click()
    second = stack.rest(f"/jobs?limit=25&cursor={first['next_cursor']}")
    await shows_page(panel, [j["id"] for j in second["jobs"]])
    await expect(pager.locator("[data-total]")).to_have_text(
        f"26–{25 + len(second['jobs'])} of {first['total']}"
    )
    await expect(pager.get_by_role("button", name="Next page")).to_be_enabled(
        enabled=second["next_cursor"] is not None
    )
    await pager.get_by_role("button", name="Previous page").click()
    await shows_page(panel, [j["id"] for j in first["jobs"]])
    await expect(pager.get_by_role("button", name="Previous page")).to_be_disabled()
    finish(browser)


async def shows_page(panel: Locator, expected: list[str]) -> None:
    """Wait until the table's rows are ``expected``."""
    assert await poll(panel.page, lambda: row_ids(panel), expected) == expected
