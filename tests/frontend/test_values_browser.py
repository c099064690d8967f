"""
Values with units and words, and readable charts (issue #20 points 5 and 6), in headless Chromium against
a real Home Assistant, on a desktop and a 390×844 phone:

* the job detail's slicer settings and Moonraker metadata with their units, yes/no, lists and nested rows,
  never raw JSON or raw keys; the timeline in words ("Result: Completed", not "Status: completed"); the
  filament's length shown once;
* the jobs table's Filament column in grams only, sorted by grams, small amounts not shown as "0 g"; long
  file names wrapping only at their separators, the row's actions on screen;
* the charts: no repeated axis label, "1 job" / "n jobs", colours named, the time per job in h/min, the
  duration axis' labels apart on a phone, the heatmap within its card, the figure tiles in two rows.

Screenshots of the jobs table, the job detail, the analytics and the card, light and dark and on a phone,
go to docs/ (PRINT_LOGGER_UPDATE_DOCS=1 refreshes them).
"""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from itertools import pairwise
import re
from typing import Any

from playwright.async_api import Locator, Page, expect
import pytest

from tests.conftest import sockets_allowed
from tests.frontend.conftest import MANUAL_PRINTER, BrowserPage, Stack
from tests.frontend.seed import SETTINGS_JOB
from tests.frontend.test_browser import DEEP_TEXT
from tests.frontend.test_thumbnails_browser import assert_dark, to_docs, use_dark

pytestmark = [pytest.mark.browser, pytest.mark.slow]
TIMEOUT = 30_000
PHONE = {"width": 390, "height": 844}
LONG_NAME = (
    "Voron_Stealthburner-Printhead_AssemblyWithCableChain.v2.1_PLA_0.2mm_3h45m.gcode"
)
TINY_GRAMS = 0.0006


# Where a text wraps: for each line after the first, the two characters around the break.
LINE_BREAKS = """(el) => {
  const walker = document.createTreeWalker(el, NodeFilter.SHOW_TEXT);
  const chars = [];
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    for (let i = 0; i < node.textContent.length; i++) {
      const range = document.createRange();
      range.setStart(node, i);
      range.setEnd(node, i + 1);
      const rect = range.getClientRects()[0];
      if (rect) chars.push([node.textContent[i], Math.round(rect.top)]);
    }
  }
  const breaks = [];
  for (let i = 1; i < chars.length; i++) {
    if (chars[i][1] > chars[i - 1][1] + 2) breaks.push(chars[i - 1][0] + chars[i][0]);
  }
  return breaks;
}"""

# The labels uPlot drew on each axis of a chart (what the canvas shows).
AXIS_LABELS = """(chart) => chart.plot ? chart.plot.axes.map((a) => (a._values || []).map(String)) : null"""


def finish(bp: BrowserPage) -> None:
    assert bp.dialogs == []
    assert bp.errors == []


@pytest.fixture(scope="module")
def tiny_job(stack: Stack) -> dict[str, Any]:
    """A hand-recorded job with a long file name and 0.6 mg of filament (the newest job)."""
    start = datetime.now(UTC) - timedelta(minutes=40)
    with sockets_allowed():
        answer = stack.ha.api(
            "POST",
            "/api/print_logger/jobs",
            {
                "printer_id": MANUAL_PRINTER,
                "filename": LONG_NAME,
                "status": "completed",
                "start": start.isoformat(),
                "end": (start + timedelta(minutes=30)).isoformat(),
                "print_duration": 1800,
                "filament_used_mm": 0.25,
                "filament_weight_g": TINY_GRAMS,
            },
        )
    return dict(answer["job"])


async def open_panel(
    bp: BrowserPage, stack: Stack, path: str = "/print-log"
) -> Locator:
    await bp.page.goto(f"{stack.ha.url}{path}")
    panel = bp.page.locator("print-logger-panel")
    await panel.locator("[data-job-id]").first.wait_for(timeout=TIMEOUT)
    return panel


async def no_sideways_scroll(page: Page) -> None:
    assert await page.evaluate(
        "() => document.documentElement.scrollWidth <= window.innerWidth"
    )


def view_id(viewport: str, dark: bool) -> str:
    return f"{viewport}{'-dark' if dark else ''}"


@pytest.mark.parametrize(
    ("viewport", "dark"),
    [("desktop", False), ("desktop", True), ("phone", False), ("phone", True)],
    ids=["desktop", "desktop-dark", "phone", "phone-dark"],
)
async def test_job_detail_shows_settings_with_units_and_words(
    stack: Stack, browser: BrowserPage, viewport: str, dark: bool
) -> None:
    page = browser.page
    if dark:
        await use_dark(browser)
    if viewport == "phone":
        await page.set_viewport_size(PHONE)
    job = stack.job(SETTINGS_JOB)
    panel = await open_panel(browser, stack, f"/print-log?job={SETTINGS_JOB}")
    await assert_dark(browser, dark)
    detail = panel.locator("pl-job-detail")
    settings = detail.locator("table[data-settings]")
    await expect(settings).to_be_visible(timeout=TIMEOUT)
    name = view_id(viewport, dark)
    top = await browser.screenshot(f"job-detail-{name}")

    async def setting(key: str) -> str:
        cell = settings.locator(f'td[data-setting="{key}"]')
        return re.sub(r"\s+", " ", await cell.inner_text()).strip()

    # Units by key, numbers in the user's format, durations in h/min, booleans in words.
    assert await setting("layer_height") == f"{job['details']['layer_height']:g} mm"
    assert await setting("first_layer_height") == "0.25 mm"
    assert await setting("nozzle_diameter") == "0.4 mm"
    assert await setting("nozzle_temp") == "215 °C"
    assert await setting("bed_temp_first_layer") == "65 °C"
    assert await setting("infill_density") == "15 %"
    assert await setting("filament_density") == "1.24 g/cm³"
    assert await setting("filament_diameter") == "1.75 mm"
    assert await setting("brim_width") == "5 mm"
    assert await setting("object_height") == "24 mm"
    assert await setting("filament_used_g") == "12 g"
    assert await setting("filament_used_cm3") == "9.8 cm³"
    assert await setting("supports_enabled") == "No"
    assert await setting("wall_count") == "3"
    estimated = job["details"]["estimated_time"]
    hours, minutes = int(estimated // 3600), int(estimated % 3600 // 60)
    expected = (
        f"{hours} h {minutes:02d} min"
        if hours
        else f"{int(round(estimated) // 60)} min"
    )
    assert await setting("estimated_time") == expected
    # Lists as lists, nested values as rows, per-filament facts as a table with names of colours.
    names = settings.locator('td[data-setting="filament_name"] li')
    assert await names.all_inner_texts() == ["Generic PLA", "Generic PETG"]
    speeds = await setting("speeds")
    assert speeds == "Outer wall 200 mm/s Inner walls 300 mm/s Travel 500 mm/s"
    extruders = settings.locator('td[data-setting="extruders"] table')
    await expect(extruders.locator("thead th")).to_have_text(
        ["Filament 1", "Filament 2"]
    )
    extruder_text = re.sub(r"\s+", " ", await extruders.inner_text())
    assert "Filament colour Red Black" in extruder_text
    assert "3.2 m 0.85 m" in extruder_text
    # Labels in words, never a raw key; no JSON anywhere in the settings.
    headings = await settings.locator("th[scope=row]").all_inner_texts()
    assert "Nozzle temperature" in headings and "Estimated print time" in headings
    assert not [h for h in headings if "_" in h]
    shown = await settings.evaluate(DEEP_TEXT)
    assert not re.search(r'[{}\[\]"]', shown), shown
    assert "true" not in shown.lower().split() and "false" not in shown.lower().split()
    # The timeline in words: the finished event's status as a result, not "Status: completed".
    timeline = await detail.locator("ol.timeline").inner_text()
    assert "Result: Completed" in timeline
    assert "completed" not in timeline
    # Moonraker's metadata: units too, the thumbnails' list as rows.
    await detail.locator("details summary").click()
    metadata = re.sub(r"\s+", " ", await detail.locator("details table").inner_text())
    for text in ("2.3 MB", "1 h 30 min", "4.05 m", "12 g", "220 °C", "32 px"):
        assert text in metadata, (text, metadata)
    assert not re.search(r'[{}\[\]"]', metadata), metadata
    # A total time the job does not know is "—", not "0 s".
    total = detail.locator("dt", has_text="Total time").locator(
        "xpath=following-sibling::dd[1]"
    )
    if not job["total_duration"]:
        await expect(total).to_have_text("—")
    # The filament: weight, length once, type.
    filament = await detail.locator("[data-filament]").inner_text()
    assert filament.count(" m") == 1, filament
    # Nothing wider than the dialog (a phone: nothing wider than the screen).
    dialog = await panel.locator("pl-dialog dialog[open]").bounding_box()
    assert dialog is not None
    for cell in await settings.locator("td, th").all():
        box = await cell.bounding_box()
        assert box is not None
        assert box["x"] + box["width"] <= dialog["x"] + dialog["width"] + 1, (
            await cell.inner_text()
        )
    await no_sideways_scroll(page)
    await settings.scroll_into_view_if_needed()
    settings_path = await browser.screenshot(f"job-detail-settings-{name}")
    docs = (
        "job-detail"
        + ("-phone" if viewport == "phone" else "")
        + ("-dark" if dark else "")
    )
    to_docs(top, f"{docs}.png")
    to_docs(settings_path, f"{docs}-settings.png")
    finish(browser)


@pytest.mark.parametrize("dark", [False, True], ids=["light", "dark"])
async def test_jobs_table_filament_in_grams_sorted_and_names_wrap(
    stack: Stack, browser: BrowserPage, tiny_job: dict[str, Any], dark: bool
) -> None:
    page = browser.page
    if dark:
        await use_dark(browser)
    panel = await open_panel(browser, stack)
    await assert_dark(browser, dark)
    rows = panel.locator("tbody tr[data-job-id]")
    tiny = panel.locator(f'tr[data-job-id="{tiny_job["id"]}"]')
    # 0.6 mg is not "0 g"; every amount in grams, one unit down the column.
    await expect(tiny.locator('[data-col="filament"] .grams')).to_have_text("0.0006 g")
    grams = await panel.locator('td[data-col="filament"] .grams').all_inner_texts()
    assert grams and all(re.fullmatch(r"[\d,.]+ g|—", g) for g in grams), grams
    # The long file name wraps only where it may: after _ - . or between words.
    button = tiny.locator("button.file")
    breaks = await button.locator(".fname").evaluate(LINE_BREAKS)
    assert breaks, "the long name should wrap in its column"
    for pair in breaks:
        assert pair[0] in "_-.+" or (pair[0].islower() and pair[1].isupper()), breaks
    box = await button.bounding_box()
    assert box is not None and box["width"] <= 321
    # The row's actions stay on screen.
    actions = await tiny.locator("td.actions").bounding_box()
    assert actions is not None and actions["x"] + actions["width"] <= 1366
    await no_sideways_scroll(page)
    path = await browser.screenshot(f"jobs-table-{'dark' if dark else 'light'}")
    to_docs(path, "panel-dark.png" if dark else "panel.png")
    # Sorted by what it shows: grams (the API's filament_weight_g order).
    heading = panel.get_by_role("button", name=re.compile("^Filament"))
    await heading.click()
    filament_th = panel.locator("thead th").filter(
        has=page.get_by_role("button", name=re.compile("^Filament"))
    )
    for _ in range(2):
        order = await filament_th.get_attribute("aria-sort")
        direction = "asc" if order == "ascending" else "desc"
        api = stack.rest(f"/jobs?sort=filament_weight_g&order={direction}&limit=50")
        expected = [j["id"] for j in api["jobs"]]
        await expect(rows.first).to_have_attribute("data-job-id", expected[0])
        assert (
            await rows.evaluate_all("rows => rows.map(r => r.dataset.jobId)")
            == expected
        )
        shown = [
            float(g[:-2].replace(",", ""))
            for g in await panel.locator(
                'td[data-col="filament"] .grams'
            ).all_inner_texts()
            if g != "—"
        ]
        assert shown == sorted(shown, reverse=direction == "desc"), shown
        await heading.click()
    finish(browser)


async def test_phone_cards_wrap_names_and_keep_actions(
    stack: Stack, browser: BrowserPage, tiny_job: dict[str, Any]
) -> None:
    page = browser.page
    await page.set_viewport_size(PHONE)
    panel = await open_panel(browser, stack)
    card = panel.locator(f'ul.cards li[data-job-id="{tiny_job["id"]}"]')
    await expect(card).to_be_visible(timeout=TIMEOUT)
    breaks = await card.locator(".head .fname").evaluate(LINE_BREAKS)
    assert breaks
    for pair in breaks:
        assert pair[0] in "_-.+" or (pair[0].islower() and pair[1].isupper()), breaks
    await expect(card.locator(".line .grams")).to_have_text("0.0006 g")
    box = await card.bounding_box()
    assert box is not None
    for selector in (".head .chip", ".row-actions button", ".head button.file"):
        for el in await card.locator(selector).all():
            el_box = await el.bounding_box()
            assert el_box is not None
            assert (
                el_box["x"] + el_box["width"] <= min(box["x"] + box["width"], 390) + 1
            )
    # The five figures take two rows, and the first job is in view without scrolling.
    tiles = panel.locator("pl-jobs-view pl-kpis li")
    await expect(tiles).to_have_count(5)
    tops = {round((await t.bounding_box() or {"y": 0})["y"]) for t in await tiles.all()}
    assert len(tops) == 2, tops
    first = await panel.locator("ul.cards li[data-job-id]").first.bounding_box()
    assert first is not None and first["y"] < PHONE["height"]
    await no_sideways_scroll(page)
    path = await browser.screenshot("jobs-phone")
    to_docs(path, "panel-phone.png")
    finish(browser)


async def open_analytics(bp: BrowserPage, stack: Stack, period: str) -> Locator:
    panel = await open_panel(bp, stack)
    await panel.get_by_role("tab", name="Analytics").click()
    view = panel.locator("pl-analytics-view")
    await view.locator('select[name="period"]').select_option(period)
    await expect(view.locator(".grid")).to_have_attribute(
        "aria-busy", "false", timeout=TIMEOUT
    )
    await view.locator('[data-chart="jobs"] pl-chart .plot canvas').first.wait_for(
        timeout=TIMEOUT
    )
    return view


@pytest.mark.parametrize(
    ("viewport", "dark"),
    [("desktop", False), ("desktop", True), ("phone", False)],
    ids=["desktop", "desktop-dark", "phone"],
)
async def test_analytics_charts_read_well(
    stack: Stack,
    browser: BrowserPage,
    tiny_job: dict[str, Any],
    viewport: str,
    dark: bool,
) -> None:
    page = browser.page
    if dark:
        await use_dark(browser)
    if viewport == "phone":
        await page.set_viewport_size(PHONE)
    view = await open_analytics(browser, stack, "7d")
    await assert_dark(browser, dark)
    # No axis label twice in a row (day buckets, the counts' and the hours' axes).
    for chart in ("jobs", "hours", "duration"):
        el = view.locator(f'[data-chart="{chart}"] pl-chart')
        await expect(el.locator(".plot canvas").first).to_be_attached(timeout=TIMEOUT)
        axes = await el.evaluate(AXIS_LABELS)
        assert axes, chart
        for labels in axes:
            shown = [label for label in labels if label]
            assert len(shown) == len(set(shown)), (chart, labels)
    # "1 job", "n jobs": the totals under the charts and the bars' notes.
    text = await view.evaluate(DEEP_TEXT)
    assert not re.search(r"(?<![\d,.])1 jobs\b", text), text
    readout = await view.locator('[data-chart="jobs"] pl-chart .readout').inner_text()
    assert re.fullmatch(r"Total: \d+ jobs?", readout), readout
    assert readout.endswith(" job") == (readout == "Total: 1 job")
    # Colours by name (the hex only as a hint).
    colours = view.locator('[data-chart="filament_colour"] li')
    await expect(colours.first).to_be_visible(timeout=TIMEOUT)
    for item in await colours.all():
        label = (await item.locator(".name").inner_text()).strip()
        assert re.search(r"[A-Za-z]{3}", label.split("#")[0]), label
        key = await item.get_attribute("data-key") or ""
        if re.fullmatch(r"#?[0-9A-Fa-f]{6}", key):
            assert label.split("#")[0].strip() != key
    # The time per job in hours and minutes.
    sub = await view.locator('[data-kpi="print_hours"] .sub').all_inner_texts()
    if viewport == "desktop":
        assert sub and re.fullmatch(
            r"(\d+ h \d{2} min|\d+ min|\d+ s) per job", sub[0]
        ), sub
    # The duration axis' names do not overlap; the heatmap fits its card.
    names = view.locator('[data-chart="duration"] .categories span')
    await expect(names).to_have_count(8)
    boxes = [await n.bounding_box() for n in await names.all()]
    chart_box = await view.locator('[data-chart="duration"] pl-chart').bounding_box()
    assert chart_box is not None
    for a, b in pairwise(boxes):
        assert a is not None and b is not None
        assert a["x"] + a["width"] <= b["x"] + 0.5, (a, b)
    for box in boxes:
        assert box is not None
        assert box["x"] >= chart_box["x"] - 1
        assert box["x"] + box["width"] <= chart_box["x"] + chart_box["width"] + 1
    heatmap = view.locator("pl-heatmap")
    assert await heatmap.evaluate("h => h.scrollWidth <= h.clientWidth + 1")
    await no_sideways_scroll(page)
    tiles = view.locator("pl-kpis li")
    tops = {round((await t.bounding_box() or {"y": 0})["y"]) for t in await tiles.all()}
    assert len(tops) <= 2, tops
    name = view_id(viewport, dark)
    path = await browser.screenshot(f"analytics-{name}")
    await view.locator('[data-chart="duration"]').scroll_into_view_if_needed()
    lower = await browser.screenshot(f"analytics-charts-{name}")
    docs = (
        "analytics"
        + ("-phone" if viewport == "phone" else "")
        + ("-dark" if dark else "")
    )
    to_docs(path, f"{docs}.png")
    to_docs(lower, f"{docs}-charts.png")
    finish(browser)


@pytest.mark.parametrize("dark", [False, True], ids=["light", "dark"])
async def test_card_screenshots(stack: Stack, browser: BrowserPage, dark: bool) -> None:
    page = browser.page
    if dark:
        await use_dark(browser)
    await page.goto(f"{stack.ha.url}/lovelace/printing")
    await assert_dark(browser, dark)
    card = page.locator("print-logger-card")
    await expect(card.locator("ul.recent li[data-job-id]")).to_have_count(
        4, timeout=TIMEOUT
    )
    text = await card.evaluate(DEEP_TEXT)
    assert " 0 g" not in text and "0.00 kg" not in text
    assert not re.search(r"(?<![\d,.])1 jobs\b", text)
    # The whole page, then the card alone (as in the README).
    page_shot = await browser.screenshot(f"card-page-{'dark' if dark else 'light'}")
    path = page_shot.with_name(f"card-only-{'dark' if dark else 'light'}-values.png")
    await card.screenshot(path=str(path))
    to_docs(path, "card-dark.png" if dark else "card.png")
    finish(browser)
