"""
Spools in the panel, in headless Chromium against a real Home Assistant: the colour chips of the
jobs list, the spools of the job detail and the analytics by spool, vendor and material, each
compared with what the REST API returns. Screenshot: docs/spools.png.
"""

from __future__ import annotations

import math
import shutil

from playwright.async_api import expect
import pytest

from tests.frontend.conftest import BrowserPage, Stack
from tests.frontend.harness import REPO_ROOT
from tests.frontend.seed import SPOOL_JOB
from tests.frontend.test_browser import TIMEOUT, finish, open_panel

pytestmark = [pytest.mark.browser, pytest.mark.slow]


async def test_spool_chips_detail_and_analytics(
    stack: Stack, browser: BrowserPage
) -> None:
    """Chips on the rows, grams in the detail, bars by spool as the API says."""
    panel = await open_panel(browser, stack)
    job = stack.job(SPOOL_JOB)
    assert [s["spool_id"] for s in job["spools"]] == [1, 2]
    await panel.get_by_role("searchbox", name="Search file names").fill(job["filename"])
    row = panel.locator(f'tr[data-job-id="{SPOOL_JOB}"]')
    chips = row.locator(".spool-chip")
    await expect(chips).to_have_count(2, timeout=TIMEOUT)
    await expect(chips.nth(0)).to_contain_text("PLA+ Black")
    await expect(chips.nth(1)).to_contain_text("PETG Blue")
    dot = chips.nth(1).locator(".spool-dot")
    assert await dot.evaluate("d => getComputedStyle(d).backgroundColor") == (
        "rgb(30, 144, 255)"
    )
    await panel.get_by_role("searchbox", name="Search file names").fill("")
    await expect(panel.locator(".spool-chip").first).to_be_visible(timeout=TIMEOUT)
    path = await browser.screenshot("spool-chips")
    shutil.copy2(path, REPO_ROOT / "docs" / "spool-chips.png")
    await panel.get_by_role("searchbox", name="Search file names").fill(job["filename"])
    await expect(chips).to_have_count(2, timeout=TIMEOUT)

    await row.get_by_role("button", name=job["filename"], exact=True).click()
    detail = panel.locator("pl-job-detail")
    rows = detail.locator(".spool-table tbody tr")
    await expect(rows).to_have_count(2, timeout=TIMEOUT)
    for index, spool in enumerate(job["spools"]):
        line = rows.nth(index)
        await expect(line).to_have_attribute("data-spool-id", str(spool["spool_id"]))
        # Grams, one decimal at least, two significant digits below 10 g ("0.82 g", "1.2 g").
        grams = spool["weight_g"]
        digits = max(1, 1 - math.floor(math.log10(grams))) if 0 < grams < 10 else 1
        await expect(line).to_contain_text(f"{grams:.{digits}f} g")
    await browser.page.keyboard.press("Escape")
    await expect(detail).to_be_hidden(timeout=TIMEOUT)

    await panel.get_by_role("searchbox", name="Search file names").fill("")

    # Filter by a spool's vendor: the rows and the key figure tiles follow.
    polymaker = stack.rest("/jobs?spool_vendor=Polymaker&limit=100")
    tiles = stack.rest("/analytics/summary?spool_vendor=Polymaker")
    assert polymaker["total"] == tiles["jobs"] > 0
    if not await panel.locator('select[name="spool"]').is_visible():
        await panel.get_by_role("button", name="Filters").click()
    await panel.locator('select[name="spool"]').select_option("vendor:Polymaker")
    await expect(panel.locator("tbody tr[data-job-id]")).to_have_count(
        polymaker["total"], timeout=TIMEOUT
    )
    await expect(panel.locator('pl-jobs-view [data-kpi="jobs"] .value')).to_have_text(
        str(tiles["jobs"]), timeout=TIMEOUT
    )
    shown = await panel.locator("tbody tr[data-job-id]").evaluate_all(
        "rows => rows.map(r => r.dataset.jobId)"
    )
    assert sorted(shown) == sorted(j["id"] for j in polymaker["jobs"])
    await panel.locator('select[name="spool"]').select_option("")

    await panel.get_by_role("tab", name="Analytics").click()
    view = panel.locator("pl-analytics-view")
    await view.locator('select[name="period"]').select_option("all")
    by_spool = stack.rest("/analytics/spools?by=spool")["rows"]
    assert [r["key"] for r in by_spool][:3] != []
    bars = view.locator('[data-chart="spool"] li[data-key]')
    await expect(bars).to_have_count(len(by_spool), timeout=TIMEOUT)
    shown = await bars.evaluate_all(
        "els => els.map(e => [e.dataset.key, Number(e.dataset.value)])"
    )
    assert shown == [[str(r["key"]), r["filament_g"]] for r in by_spool]
    by_vendor = stack.rest("/analytics/spools?by=vendor")["rows"]
    vendors = view.locator('[data-chart="vendor"] li[data-key]')
    await expect(vendors).to_have_count(len(by_vendor), timeout=TIMEOUT)
    by_material = stack.rest("/analytics/spools?by=material")["rows"]
    materials = view.locator('[data-chart="material"] li[data-key]')
    await expect(materials).to_have_count(len(by_material), timeout=TIMEOUT)
    await view.locator('[data-chart="spool"]').scroll_into_view_if_needed()
    path = await browser.screenshot("spools")
    shutil.copy2(path, REPO_ROOT / "docs" / "spools.png")
    finish(browser)


async def test_card_shows_the_active_spool(stack: Stack, browser: BrowserPage) -> None:
    """The demo printer's Moonraker has spool 1 active: the card shows it as the API says."""
    printers = stack.rest("/printers")["printers"]
    voron = next(p for p in printers if p["id"] == stack.printer.instance_uuid)
    spool = voron["active_spool"]
    assert spool is not None and spool["spool_id"] == 1
    assert spool["name"] == "#1 eSUN PLA+ Black"
    await browser.page.goto(f"{stack.ha.url}/lovelace/printing")
    card = browser.page.locator("print-logger-card")
    line = card.locator(f'[data-printer="{voron["id"]}"] .active-spool')
    await expect(line).to_have_attribute("data-spool-id", "1", timeout=TIMEOUT)
    await expect(line).to_contain_text("#1 eSUN PLA+ Black")
    await expect(line).to_contain_text("1 kg")
    finish(browser)
