"""
Thumbnails wherever a job is shown (issue #20 point 1), in headless Chromium against a real Home Assistant:
the jobs table's picture column (the slicer's thumbnail through the authenticated REST endpoint, fetched
once per page and kept: shown again without a new request), the phone's cards, the card's recent jobs
opening the job in the panel, and a paused print shown as "Paused" in the strip, the table and the card.
Screenshots of the table and the card, light and dark, go to docs/ (PRINT_LOGGER_UPDATE_DOCS=1 refreshes).
"""

from __future__ import annotations

import os
import shutil

from playwright.async_api import Locator, Request, expect
import pytest

from tests.frontend.conftest import BrowserPage, Stack
from tests.frontend.harness import REPO_ROOT
from tests.frontend.seed import THUMBNAIL_JOB

pytestmark = [pytest.mark.browser, pytest.mark.slow]
TIMEOUT = 30_000
DARK = (
    "window.localStorage.setItem('selectedTheme',"
    " JSON.stringify({ theme: 'default', dark: true }));"
)


def to_docs(path: os.PathLike[str], name: str) -> None:
    """Copy a screenshot to docs/ when asked to (or when it is not there yet)."""
    docs = REPO_ROOT / "docs" / name
    if os.environ.get("PRINT_LOGGER_UPDATE_DOCS") or not docs.exists():
        shutil.copy2(path, docs)


async def use_dark(bp: BrowserPage) -> None:
    """Home Assistant's dark theme for this page (the profile's setting, kept in localStorage)."""
    await bp.page.context.add_init_script(DARK)


async def assert_dark(bp: BrowserPage, dark: bool) -> None:
    """Check which theme Home Assistant gave the page (the screenshots are labelled by it)."""
    await bp.page.wait_for_function(
        "(dark) => { const ha = document.querySelector('home-assistant');"
        " return !!ha && !!ha.hass && !!ha.hass.themes && ha.hass.themes.darkMode === dark; }",
        arg=dark,
        timeout=TIMEOUT,
    )


def thumbnail_requests(bp: BrowserPage) -> list[str]:
    """Record the URLs of the job pictures the page asks for."""
    seen: list[str] = []

    def on_request(request: Request) -> None:
        if "/thumbnail" in request.url or "/api/print_logger/photos/" in request.url:
            seen.append(request.url)

    bp.page.on("request", on_request)
    return seen


async def open_panel(bp: BrowserPage, stack: Stack) -> Locator:
    await bp.page.goto(f"{stack.ha.url}/print-log")
    panel = bp.page.locator("print-logger-panel")
    await panel.locator("tbody tr[data-job-id]").first.wait_for(timeout=TIMEOUT)
    return panel


def finish(bp: BrowserPage) -> None:
    assert bp.dialogs == []
    assert bp.errors == []


@pytest.mark.parametrize("dark", [False, True], ids=["light", "dark"])
async def test_jobs_table_shows_thumbnails_fetched_once(
    stack: Stack, browser: BrowserPage, dark: bool
) -> None:
    if dark:
        await use_dark(browser)
    requests = thumbnail_requests(browser)
    job = stack.job(THUMBNAIL_JOB)
    panel = await open_panel(browser, stack)
    await assert_dark(browser, dark)
    # The seeded job with a slicer thumbnail (32×32 PNG) is on the first page, in its own column.
    row = panel.locator(f'tr[data-job-id="{THUMBNAIL_JOB}"]')
    image = row.locator('td[data-col="thumb"] pl-photo-thumb img')
    await row.scroll_into_view_if_needed()
    await expect(image).to_have_count(1, timeout=TIMEOUT)
    assert await image.evaluate("img => img.complete && img.naturalWidth") == 32
    url = f"/api/print_logger/jobs/{THUMBNAIL_JOB}/thumbnail"
    assert [u for u in requests if url in u] != []
    # Jobs without a picture show the icon, and no request is made for them.
    others = [j for j in stack.rest("/jobs?limit=50")["jobs"] if not j["has_thumbnail"]]
    assert others
    blank = panel.locator(f'tr[data-job-id="{others[0]["id"]}"] td[data-col="thumb"]')
    await expect(blank.locator("pl-photo-thumb svg")).to_have_count(1)
    await expect(blank.locator("pl-photo-thumb img")).to_have_count(0)
    assert [u for u in requests for j in others if f"/jobs/{j['id']}/" in u] == []
    # Rows rendered again (a search, then back to every job): the picture comes from the cache.
    before = len([u for u in requests if url in u])
    search = panel.get_by_role("searchbox", name="Search file names")
    await search.fill(job["filename"])
    await expect(panel.locator("tbody tr[data-job-id]")).to_have_count(
        1, timeout=TIMEOUT
    )
    await search.fill("")
    await expect(panel.locator("tbody tr[data-job-id]").nth(1)).to_be_visible(
        timeout=TIMEOUT
    )
    await expect(image).to_have_count(1, timeout=TIMEOUT)
    assert len([u for u in requests if url in u]) == before
    # The picture opens the job's detail, as the file name does.
    await row.locator("pl-photo-thumb").click()
    await expect(panel.locator("pl-job-detail")).to_contain_text(
        job["filename"], timeout=TIMEOUT
    )
    await panel.get_by_role("button", name="Close").first.click()
    await expect(panel.locator("pl-job-detail")).to_have_count(0, timeout=TIMEOUT)
    await browser.page.evaluate("() => window.scrollTo(0, 0)")
    await row.scroll_into_view_if_needed()
    path = await browser.screenshot(f"jobs-thumbnails-{'dark' if dark else 'light'}")
    to_docs(path, f"jobs-thumbnails{'-dark' if dark else ''}.png")
    finish(browser)


async def test_phone_cards_show_thumbnails(stack: Stack, browser: BrowserPage) -> None:
    page = browser.page
    await page.set_viewport_size({"width": 390, "height": 844})
    await page.goto(f"{stack.ha.url}/print-log")
    panel = page.locator("print-logger-panel")
    await panel.locator("ul.cards li[data-job-id]").first.wait_for(timeout=TIMEOUT)
    job = stack.job(THUMBNAIL_JOB)
    await panel.get_by_role("searchbox", name="Search file names").fill(job["filename"])
    card = panel.locator(f'ul.cards li[data-job-id="{THUMBNAIL_JOB}"]')
    image = card.locator(".head pl-photo-thumb img")
    await expect(image).to_have_count(1, timeout=TIMEOUT)
    assert await image.evaluate("img => img.complete && img.naturalWidth") == 32
    # The picture, the name and the status fit on the phone's width.
    assert await page.evaluate(
        "() => document.documentElement.scrollWidth <= window.innerWidth"
    )
    box = await card.bounding_box()
    chip = await card.locator(".head .chip").bounding_box()
    assert box is not None and chip is not None
    assert chip["x"] + chip["width"] <= box["x"] + box["width"]
    path = await browser.screenshot("jobs-thumbnails-phone")
    to_docs(path, "jobs-thumbnails-phone.png")
    finish(browser)


@pytest.mark.parametrize("dark", [False, True], ids=["light", "dark"])
async def test_card_rows_show_thumbnails_and_open_the_job(
    stack: Stack, browser: BrowserPage, dark: bool
) -> None:
    if dark:
        await use_dark(browser)
    page = browser.page
    await page.goto(f"{stack.ha.url}/lovelace/printing")
    await assert_dark(browser, dark)
    card = page.locator("print-logger-card")
    recent = card.locator("ul.recent li[data-job-id]")
    await expect(recent).to_have_count(4, timeout=TIMEOUT)
    api = stack.rest("/jobs?limit=4")["jobs"]
    # Every recent job has its picture slot: the picture when it has one, else the icon.
    for job, item in zip(api, await recent.all(), strict=True):
        thumb = item.locator("pl-photo-thumb")
        await expect(thumb).to_have_count(1)
        if not job["has_thumbnail"] and not job.get("end_photo_id"):
            await expect(thumb.locator("svg")).to_have_count(1, timeout=TIMEOUT)
    path = await browser.screenshot(f"card-thumbnails-{'dark' if dark else 'light'}")
    shot = REPO_ROOT / "test-artifacts" / "frontend" / f"card-only-{dark}.png"
    await card.screenshot(path=str(shot))
    assert path.exists()
    to_docs(shot, f"card-thumbnails{'-dark' if dark else ''}.png")
    # A row opens the job in the panel's detail.
    target = api[1]
    await (
        recent.nth(1).get_by_role("button", name=target["filename"], exact=True).click()
    )
    await page.wait_for_url(f"{stack.ha.url}/print-log", timeout=TIMEOUT)
    detail = page.locator("print-logger-panel pl-job-detail")
    await expect(detail).to_contain_text(target["filename"], timeout=TIMEOUT)
    await expect(
        page.locator("print-logger-panel").get_by_role("dialog")
    ).to_be_visible()
    finish(browser)


async def test_paused_print_shows_paused_everywhere(
    stack: Stack, browser: BrowserPage
) -> None:
    page = browser.page
    panel = await open_panel(browser, stack)
    strip = panel.locator(
        f'pl-live-strip li[data-printer="{stack.printer.instance_uuid}"]'
    )
    await expect(strip).to_contain_text("No job running", timeout=TIMEOUT)
    stack.printer.post("/printer/print/start?filename=sim_cube.gcode")
    try:
        await expect(strip).to_contain_text("sim_cube.gcode", timeout=TIMEOUT)
        # The strip's tile has the job's picture slot, and opens the job from it.
        await expect(strip.locator("pl-photo-thumb")).to_have_count(1)
        first = panel.locator("tbody tr[data-job-id]").first
        await expect(first.locator('[data-col="filename"]')).to_have_text(
            "sim_cube.gcode", timeout=TIMEOUT
        )
        await expect(first.locator('[data-col="status"]')).to_have_text("In progress")
        stack.printer.post("/printer/print/pause")
        await expect(strip.locator(".top .muted")).to_have_text(
            "Paused", timeout=TIMEOUT
        )
        await expect(first.locator('[data-col="status"]')).to_have_text(
            "Paused", timeout=TIMEOUT
        )
        await browser.screenshot("paused-panel")
        # The card says the same.
        await page.goto(f"{stack.ha.url}/lovelace/printing")
        card = page.locator("print-logger-card")
        newest = card.locator("ul.recent li[data-job-id]").first
        await expect(newest).to_contain_text("sim_cube.gcode", timeout=TIMEOUT)
        await expect(newest.locator(".chip")).to_have_text("Paused", timeout=TIMEOUT)
        current = card.locator(f'[data-printer="{stack.printer.instance_uuid}"]')
        await expect(current.locator("pl-photo-thumb")).to_have_count(1)
        await browser.screenshot("paused-card")
    finally:
        stack.printer.post("/printer/print/cancel")
    finish(browser)
