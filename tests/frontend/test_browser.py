"""
The panel and the card in headless Chromium against a real Home Assistant (see conftest.py): what the
UI shows is compared with what the REST API returns for the same question.
"""

from __future__ import annotations

import asyncio
import csv
import io
import os
from pathlib import Path
import re
import shutil
from typing import Any

from playwright.async_api import Locator, Page, expect
import pytest

from tests.frontend.conftest import BrowserPage, Stack
from tests.frontend.harness import REPO_ROOT
from tests.frontend.seed import (
    DELETE_JOB,
    NOTE_JOB,
    THUMBNAIL_JOB,
    XSS_FILENAME,
    XSS_JOB,
)

pytestmark = [pytest.mark.browser, pytest.mark.slow]
TIMEOUT = 30_000

# Text of a node including what its shadow roots and slots render.
DEEP_TEXT = """(root) => {
  const parts = [];
  const walk = (node) => {
    if (node.nodeType === Node.TEXT_NODE) parts.push(node.textContent);
    // A <wbr> (where a file name may wrap) joins the texts around it.
    if (node instanceof Element && node.localName === "wbr") parts.push("\u2060");
    if (node instanceof Element && node.shadowRoot) walk(node.shadowRoot);
    if (node instanceof HTMLSlotElement) node.assignedNodes({flatten: true}).forEach(walk);
    else node.childNodes.forEach(walk);
  };
  walk(root);
  return parts.join(" ").replace(/ ?\u2060 ?/g, "").replace(/\\s+/g, " ");
}"""

# Every element with this tag name anywhere in the document, shadow roots included.
DEEP_COUNT = """(selector) => {
  let count = 0;
  const walk = (root) => {
    for (const el of root.querySelectorAll("*")) {
      if (el.matches(selector)) count++;
      if (el.shadowRoot) walk(el.shadowRoot);
    }
  };
  walk(document);
  return count;
}"""
# What the file name would create if it were rendered as HTML (the page has images of its own:
# thumbnails, Home Assistant's).
INJECTED_IMG = "img[onerror], img[src='x']"


async def open_panel(bp: BrowserPage, stack: Stack) -> Locator:
    """Open the Print Log panel and wait for the first rows; return the panel."""
    await bp.page.goto(f"{stack.ha.url}/print-log")
    panel = bp.page.locator("print-logger-panel")
    await panel.locator("tbody tr[data-job-id]").first.wait_for(timeout=TIMEOUT)
    return panel


async def row_ids(panel: Locator) -> list[str]:
    """Return the job ids of the table's rows, in order."""
    return await panel.locator("tbody tr[data-job-id]").evaluate_all(
        "rows => rows.map(r => r.dataset.jobId)"
    )


async def poll(page: Page, fn: Any, expected: Any, timeout: float = 20.0) -> Any:
    """Await ``fn()`` until it equals ``expected`` (or the timeout); return the last value."""
    deadline = timeout * 1000
    waited = 0
    value = await fn()
    while value != expected and waited < deadline:
        await page.wait_for_timeout(250)
        waited += 250
        value = await fn()
    return value


def finish(bp: BrowserPage) -> None:
    """Fail on uncaught page errors or any alert/confirm/prompt dialog."""
    assert bp.dialogs == []
    assert bp.errors == []


async def test_panel_lists_the_seeded_jobs(stack: Stack, browser: BrowserPage) -> None:
    panel = await open_panel(browser, stack)
    page = browser.page
    api = stack.rest("/jobs?limit=50")
    assert api["total"] >= len(stack.jobs)
    assert await poll(page, lambda: row_ids(panel), [j["id"] for j in api["jobs"]]) == [
        j["id"] for j in api["jobs"]
    ]
    seeded = {j["id"] for j in stack.jobs}
    assert seeded & set(await row_ids(panel))
    first = api["jobs"][0]
    cells = panel.locator(f'tr[data-job-id="{first["id"]}"]')
    await expect(cells.locator('[data-col="filename"]')).to_have_text(first["filename"])
    await expect(cells.locator('[data-col="printer"]')).to_have_text(
        first["printer_name"]
    )
    total = panel.locator("nav.pager [data-total]")
    await expect(total).to_have_attribute("data-total", str(api["total"]))
    summary = stack.rest("/analytics/summary")
    await expect(panel.locator('pl-jobs-view [data-kpi="jobs"] .value')).to_have_text(
        str(summary["jobs"])
    )
    strip = panel.locator(
        f'pl-live-strip li[data-printer="{stack.printer.instance_uuid}"]'
    )
    await expect(strip).to_contain_text("Voron")
    # The sidebar entry of the panel.
    await expect(page.locator("ha-sidebar").get_by_text("Print Log")).to_be_visible()
    path = await browser.screenshot("panel")
    docs = REPO_ROOT / "docs" / "panel.png"
    if os.environ.get("PRINT_LOGGER_UPDATE_DOCS") or not docs.exists():
        shutil.copy2(path, docs)
    finish(browser)


async def test_file_names_are_text_not_html(stack: Stack, browser: BrowserPage) -> None:
    panel = await open_panel(browser, stack)
    search = panel.get_by_role("searchbox", name="Search file names")
    await search.fill("onerror")
    row = panel.locator(f'tr[data-job-id="{XSS_JOB}"]')
    await expect(row).to_have_count(1, timeout=TIMEOUT)
    await expect(row.locator('[data-col="filename"]')).to_have_text(XSS_FILENAME)
    await expect(row.locator('[data-col="notes"]')).to_contain_text(
        "<script>alert(2)</script>"
    )
    assert await browser.page.evaluate(DEEP_COUNT, INJECTED_IMG) == 0
    await row.get_by_role("button", name=XSS_FILENAME, exact=True).click()
    detail = panel.locator("pl-job-detail")
    await expect(detail.locator(".filename")).to_have_text(
        XSS_FILENAME, timeout=TIMEOUT
    )
    await expect(detail).to_contain_text("<b>not bold</b>")
    assert await browser.page.evaluate(DEEP_COUNT, "b") == 0
    await browser.screenshot("xss-as-text")
    finish(browser)


async def test_note_edited_in_the_ui_is_stored(
    stack: Stack, browser: BrowserPage
) -> None:
    panel = await open_panel(browser, stack)
    job = stack.job(NOTE_JOB)
    await panel.get_by_role("searchbox", name="Search file names").fill(job["filename"])
    row = panel.locator(f'tr[data-job-id="{NOTE_JOB}"]')
    await row.get_by_role("button", name=f"Edit {job['filename']}").click()
    editor = panel.locator("pl-job-editor")
    note = "Brim helped; 0.16 mm layers next time"
    await editor.locator("textarea").fill(note)
    await editor.locator('input[name="tags"]').fill("calibration, keep")
    await editor.get_by_role("button", name="Save").click()
    await expect(editor).to_have_count(0, timeout=TIMEOUT)
    await expect(row.locator('[data-col="notes"]')).to_contain_text(note)
    stored = stack.job(NOTE_JOB)
    assert stored["notes"] == note
    assert stored["tags"] == ["calibration", "keep"]
    await row.get_by_role("button", name="2 stars").click()

    def rating() -> Any:
        return stack.job(NOTE_JOB)["rating"]

    assert await poll(browser.page, lambda: _async(rating), 2) == 2
    finish(browser)


async def _async(fn: Any) -> Any:
    return fn()


async def test_delete_asks_first(stack: Stack, browser: BrowserPage) -> None:
    panel = await open_panel(browser, stack)
    job = stack.job(DELETE_JOB)
    before = stack.rest("/jobs?limit=1")["total"]
    await panel.get_by_role("searchbox", name="Search file names").fill(job["filename"])
    row = panel.locator(f'tr[data-job-id="{DELETE_JOB}"]')
    await row.get_by_role("button", name=f"Delete {job['filename']}").click()
    await expect(
        browser.page.get_by_role("dialog", name="Delete this job?")
    ).to_be_visible()
    await (
        panel.locator("pl-dialog[open]")
        .get_by_role("button", name="Delete", exact=True)
        .click()
    )
    await expect(row).to_have_count(0, timeout=TIMEOUT)
    status, _ = stack.ha.request("GET", f"/api/print_logger/jobs/{DELETE_JOB}")
    assert status == 404
    assert stack.rest("/jobs?limit=1")["total"] == before - 1
    finish(browser)


async def test_job_detail_shows_thumbnail_and_settings(
    stack: Stack, browser: BrowserPage
) -> None:
    panel = await open_panel(browser, stack)
    job = stack.job(THUMBNAIL_JOB)
    await panel.get_by_role("searchbox", name="Search file names").fill(job["filename"])
    row = panel.locator(f'tr[data-job-id="{THUMBNAIL_JOB}"]')
    await row.get_by_role("button", name=job["filename"], exact=True).click()
    detail = panel.locator("pl-job-detail")
    image = detail.get_by_role("img", name=f"Thumbnail of {job['filename']}")
    await expect(image).to_be_visible(timeout=TIMEOUT)
    # Fetched with the user's token (the endpoint needs authentication): a real 32×32 PNG.
    assert await image.evaluate("img => img.complete && img.naturalWidth") == 32
    text = await detail.evaluate(DEEP_TEXT)
    assert "OrcaSlicer" in text
    assert "Layer height" in text
    assert "Started" in text
    await browser.screenshot("job-detail")
    finish(browser)


# The histogram's bins: from each lower bound (seconds) up to the next, the last open-ended.
DURATION_EDGES = (0, 900, 1800, 3600, 7200, 14400, 28800, 57600)


def _duration_bins(stack: Stack) -> list[int]:
    """Return the ended jobs per histogram bin, counted from every job of the log (REST pages)."""
    counts = [0] * len(DURATION_EDGES)
    cursor = ""
    while True:
        answer = stack.rest(f"/jobs?limit=500{cursor}")
        for job in answer["jobs"]:
            if job["status"] == "in_progress":
                continue
            seconds = float(job["print_duration"])
            counts[sum(1 for edge in DURATION_EDGES[1:] if seconds >= edge)] += 1
        if not answer["next_cursor"]:
            return counts
        cursor = f"&cursor={answer['next_cursor']}"


async def test_analytics_show_the_api_figures(
    stack: Stack, browser: BrowserPage
) -> None:
    panel = await open_panel(browser, stack)
    await panel.get_by_role("tab", name="Analytics").click()
    view = panel.locator("pl-analytics-view")
    await view.locator('select[name="period"]').select_option("all")
    summary = stack.rest("/analytics/summary")
    await expect(view.locator('[data-kpi="jobs"] .value')).to_have_text(
        str(summary["jobs"]), timeout=TIMEOUT
    )
    printers = stack.rest("/analytics/breakdown?by=printer")["rows"]
    bars = view.locator('[data-chart="printer"] li[data-key]')
    await expect(bars).to_have_count(len(printers), timeout=TIMEOUT)
    shown = await bars.evaluate_all(
        "els => els.map(e => [e.dataset.key, Number(e.dataset.value)])"
    )
    assert sorted(shown) == sorted(
        [str(r["key"]), float(r["success_rate"] or 0)] for r in printers
    )
    series = stack.rest("/analytics/timeseries?bucket=month&metric=jobs")["points"]
    cells = view.locator('[data-chart="jobs"] tr[data-key]')
    await expect(cells).to_have_count(len(series), timeout=TIMEOUT)
    assert await cells.evaluate_all(
        "rows => rows.map(r => [r.dataset.key, Number(r.dataset.value)])"
    ) == [[p["bucket"], p["value"]] for p in series]
    ended = summary["jobs"] - summary["in_progress"]
    histogram = view.locator('[data-chart="duration"] tr[data-key]')
    await expect(histogram).to_have_count(8)
    # Bar by bar: the ended jobs of each print-duration bin, counted here from every job.
    counted = _duration_bins(stack)
    assert sum(counted) == ended
    assert sum(1 for jobs in counted if jobs) > 1
    assert (
        await poll(
            browser.page,
            lambda: histogram.evaluate_all(
                "rows => rows.map(r => Number(r.dataset.value))"
            ),
            counted,
        )
        == counted
    )
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
    # Cell by cell, the heatmap is the server's weekday × hour breakdown.
    hours_of_week = stack.rest("/analytics/breakdown?by=weekday_hour")["rows"]
    assert sorted(
        await heat.evaluate_all(
            "tds => tds.map(td => [Number(td.dataset.weekday) * 24"
            " + Number(td.dataset.hour), Number(td.dataset.value)])"
        )
    ) == [[row["key"], row["jobs"]] for row in hours_of_week]
    await expect(view.locator('[data-chart="jobs"] canvas').first).to_be_visible()
    await browser.screenshot("analytics")
    finish(browser)


async def test_card_renders_in_a_dashboard(stack: Stack, browser: BrowserPage) -> None:
    await browser.page.goto(f"{stack.ha.url}/lovelace/printing")
    card = browser.page.locator("print-logger-card")
    recent = card.locator("ul.recent li[data-job-id]")
    await expect(recent).to_have_count(4, timeout=TIMEOUT)
    api = stack.rest("/jobs?limit=4")
    assert await recent.evaluate_all("els => els.map(e => e.dataset.jobId)") == [
        j["id"] for j in api["jobs"]
    ]
    await expect(
        card.locator(f'[data-printer="{stack.printer.instance_uuid}"]')
    ).to_contain_text("Voron")
    summary = stack.rest("/analytics/summary")
    await expect(card.locator('[data-stat="jobs"] .v')).to_have_text(
        str(summary["jobs"])
    )
    # The card is in ha-card, inside the dashboard's view (loaded without a Lovelace resource).
    assert await card.evaluate("c => !!c.shadowRoot.querySelector('ha-card')")
    await browser.screenshot("card")
    finish(browser)


async def test_live_print_shows_in_the_strip_and_the_list(
    stack: Stack, browser: BrowserPage
) -> None:
    panel = await open_panel(browser, stack)
    strip = panel.locator(
        f'pl-live-strip li[data-printer="{stack.printer.instance_uuid}"]'
    )
    await expect(strip).to_contain_text("No job running", timeout=TIMEOUT)
    stack.printer.post("/printer/print/start?filename=sim_cube.gcode")
    try:
        await expect(strip).to_contain_text("sim_cube.gcode", timeout=TIMEOUT)
        await expect(strip.get_by_role("progressbar")).to_be_visible()
        # Pushed by print_logger/subscribe: the new job shows up in the list without a reload.
        first = panel.locator("tbody tr[data-job-id]").first
        await expect(first.locator('[data-col="filename"]')).to_have_text(
            "sim_cube.gcode", timeout=TIMEOUT
        )
        await expect(first.locator('[data-col="status"]')).to_have_text("In progress")
        await browser.screenshot("live")
    finally:
        stack.printer.post("/printer/print/cancel")
    finish(browser)


async def test_users_who_are_not_admins_can_read_but_not_change(
    stack: Stack, viewer_browser: BrowserPage
) -> None:
    panel = await open_panel(viewer_browser, stack)
    api = stack.rest("/jobs?limit=50")
    assert await row_ids(panel) == [j["id"] for j in api["jobs"]]
    await expect(panel.get_by_role("button", name="Add job")).to_have_count(0)
    await expect(
        panel.get_by_role("button", name=re.compile(r"^(Edit|Delete) "))
    ).to_have_count(0)
    await expect(panel.locator('tbody input[type="checkbox"]')).to_have_count(0)
    await expect(panel.get_by_role("button", name="3 stars")).to_have_count(0)
    # Ratings are shown read-only.
    rated = next(j for j in api["jobs"] if j["rating"])
    await expect(
        panel.locator(f'tr[data-job-id="{rated["id"]}"]').get_by_role(
            "img", name=f"Rated {rated['rating']} of 5"
        )
    ).to_be_visible()
    # The API refuses a change from this user whatever the UI shows.
    assert stack.viewer is not None
    status, _ = stack.ha.request(
        "PATCH",
        f"/api/print_logger/jobs/{rated['id']}",
        {"notes": "not allowed"},
        token=stack.viewer.access_token,
    )
    assert status == 403
    await viewer_browser.screenshot("viewer")
    finish(viewer_browser)


async def test_phone_layout_and_sidebar_button(
    stack: Stack, browser: BrowserPage
) -> None:
    page = browser.page
    await page.set_viewport_size({"width": 390, "height": 844})
    await page.goto(f"{stack.ha.url}/print-log")
    panel = page.locator("print-logger-panel")
    cards = panel.locator("ul.cards li[data-job-id]")
    await cards.first.wait_for(timeout=TIMEOUT)
    await expect(panel.locator("table[aria-label='Print jobs']")).to_have_count(0)
    assert await page.evaluate(
        "() => document.documentElement.scrollWidth <= window.innerWidth"
    )
    await browser.screenshot("phone")
    # The panel's menu button opens Home Assistant's sidebar (hidden on a phone).
    sidebar_item = page.locator("ha-sidebar").get_by_text("Print Log")
    await expect(sidebar_item).not_to_be_in_viewport()
    await panel.get_by_role("button", name="Open the sidebar").click()
    await expect(sidebar_item).to_be_in_viewport(timeout=TIMEOUT)
    finish(browser)


def _voron_jobs(stack: Stack, status: str) -> list[dict[str, Any]]:
    """Return the printer's sim_cube jobs with ``status``, newest first."""
    jobs = stack.rest(
        f"/jobs?printer_ids={stack.printer.instance_uuid}&q=sim_cube&limit=50"
    )["jobs"]
    return [j for j in jobs if j["status"] == status]


async def test_files_tab_and_print_again(stack: Stack, browser: BrowserPage) -> None:
    """The Files tab shows the API's records; a file is printed again from the panel."""
    page = browser.page
    # A job of a file the printer has (started and cancelled on the printer itself).
    before = len(_voron_jobs(stack, "cancelled"))
    stack.printer.post("/printer/print/start?filename=sim_cube.gcode")
    await asyncio.to_thread(
        stack.ha.wait_for,
        "the print seen",
        lambda: bool(_voron_jobs(stack, "in_progress")),
    )
    stack.printer.post("/printer/print/cancel")
    await asyncio.to_thread(
        stack.ha.wait_for,
        "the print cancelled",
        lambda: (
            len(_voron_jobs(stack, "cancelled")) > before
            and not _voron_jobs(stack, "in_progress")
        ),
    )

    panel = await open_panel(browser, stack)
    await panel.get_by_role("tab", name="Files").click()
    view = panel.locator("pl-files-view")
    api = stack.rest("/files?limit=25")
    rows = view.locator("tbody tr[data-file]")
    await rows.first.wait_for(timeout=TIMEOUT)
    assert await poll(
        page,
        lambda: rows.evaluate_all("rs => rs.map(r => r.dataset.file)"),
        [f["id"] for f in api["files"]],
    ) == [f["id"] for f in api["files"]]
    docs = REPO_ROOT / "docs" / "panel-files.png"
    path = await browser.screenshot("files")
    if os.environ.get("PRINT_LOGGER_UPDATE_DOCS") or not docs.exists():
        shutil.copy2(path, docs)
    await view.get_by_role("searchbox").fill("sim_cube")
    cube = stack.rest("/files?q=sim_cube")["files"][0]
    row = view.locator(f'tr[data-file="{cube["id"]}"]')
    await expect(rows).to_have_count(1, timeout=TIMEOUT)
    await expect(row).to_contain_text("sim_cube.gcode")
    await expect(row).to_contain_text(f"Voron ({cube['stats']['prints']})")

    # The file's record: each printer's figures and the farm's.
    await row.get_by_role("button", name="sim_cube.gcode").click()
    # The dialog's content is slotted: it is the light DOM of its pl-dialog.
    record = view.locator("pl-dialog[open]")
    await expect(record.get_by_text("Whole farm")).to_be_visible(timeout=TIMEOUT)
    await record.get_by_role("button", name="Print again").click()

    # Print it again on the printer that printed it.
    dialog = panel.locator("pl-reprint-dialog pl-dialog[open]")
    await expect(dialog.locator("h2#title")).to_have_text(
        "Print again", timeout=TIMEOUT
    )
    await expect(dialog.get_by_role("combobox")).to_have_value(
        stack.printer.instance_uuid, timeout=TIMEOUT
    )
    await dialog.get_by_role("button", name="Print", exact=True).click()
    try:
        await expect(dialog.get_by_role("status")).to_have_text(
            "Started on Voron.", timeout=TIMEOUT
        )
        await asyncio.to_thread(
            stack.ha.wait_for,
            "the reprint logged",
            lambda: bool(_voron_jobs(stack, "in_progress")),
        )
        docs = REPO_ROOT / "docs" / "panel-reprint.png"
        path = await browser.screenshot("reprint")
        if os.environ.get("PRINT_LOGGER_UPDATE_DOCS") or not docs.exists():
            shutil.copy2(path, docs)
    finally:
        stack.printer.post("/printer/print/cancel")
    await asyncio.to_thread(
        stack.ha.wait_for,
        "the reprint cancelled",
        lambda: not _voron_jobs(stack, "in_progress"),
    )
    finish(browser)


async def test_export_downloads_exactly_the_filtered_jobs(
    stack: Stack, viewer_browser: BrowserPage
) -> None:
    """A user who is not an admin downloads the filtered jobs as CSV from the panel: every page, no more."""
    panel = await open_panel(viewer_browser, stack)
    page = viewer_browser.page
    await panel.get_by_role("button", name=re.compile(r"^Filters")).click()
    await panel.locator('#filters select[name="status"]').select_option("failed")
    expected: list[str] = []
    cursor = ""
    while True:
        answer = stack.rest(
            f"/jobs?statuses=error,klippy_shutdown,klippy_disconnect,interrupted,server_exit"
            f"&sort=start&order=asc&limit=200{cursor}"
        )
        expected += [job["id"] for job in answer["jobs"]]
        if not answer["next_cursor"]:
            break
        cursor = f"&cursor={answer['next_cursor']}"
    assert expected, "the seeded log holds failed jobs"
    total = panel.locator("nav.pager [data-total]")
    await expect(total).to_have_attribute("data-total", str(len(expected)))
    async with page.expect_download() as download_info:
        await panel.get_by_role("button", name="Export CSV").click()
    download = await download_info.value
    assert download.suggested_filename == "print_logger_jobs.csv"
    path = await download.path()
    assert path is not None
    text = Path(path).read_bytes().decode("utf-8-sig")
    rows = list(csv.DictReader(io.StringIO(text)))
    assert sorted(row["id"] for row in rows) == sorted(expected)
    assert {row["status"] for row in rows} <= {
        "error",
        "klippy_shutdown",
        "klippy_disconnect",
        "interrupted",
        "server_exit",
    }
    # The signed address cannot be altered to export something else.
    href = await page.evaluate(
        """async () => {
          const hass = document.querySelector('home-assistant').hass;
          return (await hass.callWS({type: 'auth/sign_path',
            path: '/api/print_logger/export.csv?statuses=completed', expires: 60})).path;
        }"""
    )
    status, _ = stack.ha.request("GET", href, auth=False)
    assert status == 200
    tampered = href.replace("statuses=completed", "statuses=cancelled")
    status, _ = stack.ha.request("GET", tampered, auth=False)
    assert status == 401
    finish(viewer_browser)
