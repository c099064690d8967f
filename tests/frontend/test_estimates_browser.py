"""
Issue #20 points 3 and 8 in headless Chromium against a real Home Assistant (see conftest.py), on a
desktop and a 390×844 phone: the analytics' estimate-vs-actual report (the figures the REST API's
`accuracy` returns, in words), the breakdowns by slicer and layer height, the jobs' print-duration
filter (rows and key figures follow it), and the card's editor built of Home Assistant's `ha-form`
(a change shows in the preview and is saved in the dashboard) with its key figures never leaving one
tile alone on a row. Screenshots, light and dark, go to docs/ (PRINT_LOGGER_UPDATE_DOCS=1 refreshes).
"""

from __future__ import annotations

from datetime import datetime, time, timedelta
import math
from typing import Any
from urllib.parse import urlencode
from zoneinfo import ZoneInfo

from playwright.async_api import Locator, Page, expect
import pytest

from tests.conftest import sockets_allowed
from tests.frontend.conftest import CARD, BrowserPage, Stack
from tests.frontend.harness import REPO_ROOT, TIME_ZONE
from tests.frontend.test_thumbnails_browser import assert_dark, to_docs, use_dark

pytestmark = [pytest.mark.browser, pytest.mark.slow]
TIMEOUT = 30_000
PHONE = {"width": 390, "height": 844}
ARTIFACTS = REPO_ROOT / "test-artifacts" / "frontend"


def pct(value: float) -> str:
    """A percentage as the panel words it in English: one decimal under 10 %, whole from there."""
    size = abs(value)
    shown = math.floor(size + 0.5) if size >= 10 else math.floor(size * 10 + 0.5) / 10
    return f"{shown:.1f}".rstrip("0").rstrip(".") + " %"


def fits(page: Page) -> Any:
    """Whether the page needs no horizontal scrolling."""
    return page.evaluate(
        "() => document.documentElement.scrollWidth <= window.innerWidth"
    )


async def open_analytics(bp: BrowserPage, stack: Stack) -> Locator:
    """Open the panel's analytics over all time; return the view once the report is there."""
    await bp.page.goto(f"{stack.ha.url}/print-log")
    panel = bp.page.locator("print-logger-panel")
    await panel.get_by_role("tab", name="Analytics").click()
    view = panel.locator("pl-analytics-view")
    await view.locator('select[name="period"]').select_option("all")
    overall = stack.rest("/analytics/accuracy")["overall"]
    await expect(
        view.locator('pl-accuracy .figure[data-kind="time"]')
    ).to_have_attribute("data-jobs", str(overall["time"]["jobs"]), timeout=TIMEOUT)
    return view


@pytest.mark.parametrize("dark", [False, True], ids=["light", "dark"])
async def test_accuracy_report_shows_the_api_figures_in_words(
    stack: Stack, browser: BrowserPage, dark: bool
) -> None:
    if dark:
        await use_dark(browser)
    report = stack.rest("/analytics/accuracy")
    # The seed's slicer under-estimates time (5 % / 10 % by printer) and over-estimates filament.
    assert (
        report["overall"]["time"]["ratio"] > 1 > report["overall"]["filament"]["ratio"]
    )
    view = await open_analytics(browser, stack)
    await assert_dark(browser, dark)
    section = view.locator('[data-chart="accuracy"]')
    for kind, words in (
        ("time", "The slicer under-estimates print time by {}"),
        ("filament", "The slicer over-estimates filament by {}"),
    ):
        part = report["overall"][kind]
        figure = section.locator(f'.figure[data-kind="{kind}"]')
        assert float(await figure.get_attribute("data-ratio") or "nan") == part["ratio"]
        assert (
            float(await figure.get_attribute("data-error") or "nan")
            == part["mean_abs_error_pct"]
        )
        deviation = (part["ratio"] - 1) * 100
        await expect(figure.locator(".verdict")).to_contain_text(
            words.format(pct(deviation))
        )
        await expect(figure.locator(".error")).to_have_text(
            f"A single job is off by {pct(part['mean_abs_error_pct'])} on average, either way."
        )
    hours = report["overall"]["time"]
    await expect(section.locator('.figure[data-kind="time"] .totals')).to_have_text(
        f"Estimated {hours['estimated_hours']:,.1f} h, took {hours['actual_hours']:,.1f} h"
        f" ({hours['jobs']} jobs)"
    )
    # Per printer and per material: every row, its figures the API's.
    for group, rows in (
        ("printer", report["by_printer"]),
        ("material", report["by_material"]),
    ):
        shown = section.locator(f'table[data-group="{group}"] tbody tr')
        await expect(shown).to_have_count(len(rows))
        cells = await shown.evaluate_all(
            """trs => trs.map(tr => [tr.dataset.key, tr.querySelector('th').textContent.trim(),
                 ...['time', 'filament'].map(k => Number(tr.querySelector(`td[data-kind=${k}]`).dataset.ratio))])"""
        )
        assert cells == [
            [r["key"] or "", r["label"], r["time"]["ratio"], r["filament"]["ratio"]]
            for r in rows
        ]
        first = rows[0]
        await expect(
            shown.first.locator('td[data-kind="time"] .deviation')
        ).to_have_text(f"{pct((first['time']['ratio'] - 1) * 100)} longer")
    await section.scroll_into_view_if_needed()
    shot = ARTIFACTS / f"analytics-accuracy-{'dark' if dark else 'light'}.png"
    await browser.screenshot(f"analytics-{'dark' if dark else 'light'}")
    await section.screenshot(path=str(shot))
    to_docs(shot, f"analytics-accuracy{'-dark' if dark else ''}.png")
    assert browser.errors == [] and browser.dialogs == []


async def test_slicer_and_layer_height_breakdowns(
    stack: Stack, browser: BrowserPage
) -> None:
    view = await open_analytics(browser, stack)
    slicers = stack.rest("/analytics/breakdown?by=slicer")["rows"]
    heights = stack.rest("/analytics/breakdown?by=layer_height")["rows"]
    assert len(slicers) >= 2 and len(heights) >= 2
    bars = view.locator('[data-chart="slicer"] li[data-key]')
    await expect(bars).to_have_count(len(slicers), timeout=TIMEOUT)
    assert await bars.evaluate_all(
        "els => els.map(e => [e.dataset.key, Number(e.dataset.value)])"
    ) == [[r["key"], r["jobs"]] for r in slicers]
    await expect(bars.first).to_contain_text(slicers[0]["label"])
    await expect(bars.first).to_contain_text(f"{slicers[0]['jobs']} jobs")
    layers = view.locator('[data-chart="layer_height"] li[data-key]')
    await expect(layers).to_have_count(len(heights), timeout=TIMEOUT)
    # By height, in millimetres with two decimals (a third when there is one).
    assert await layers.evaluate_all(
        "els => els.map(e => [Number(e.dataset.key), Number(e.dataset.value),"
        " e.querySelector('.name').textContent.trim()])"
    ) == [[r["key"], r["jobs"], f"{r['key']:.2f} mm"] for r in heights]
    assert [r["key"] for r in heights] == sorted(r["key"] for r in heights)
    section = view.locator('[data-chart="layer_height"]')
    await section.scroll_into_view_if_needed()
    shot = ARTIFACTS / "analytics-slicing.png"
    await view.locator('[data-chart="slicer"]').screenshot(path=str(shot))
    to_docs(shot, "analytics-slicer.png")
    await section.screenshot(path=str(ARTIFACTS / "analytics-layer-height.png"))
    to_docs(ARTIFACTS / "analytics-layer-height.png", "analytics-layer-height.png")
    assert browser.errors == [] and browser.dialogs == []


async def test_phone_shows_the_report_and_breakdowns_without_scrolling_sideways(
    stack: Stack, browser: BrowserPage
) -> None:
    await browser.page.set_viewport_size(PHONE)
    view = await open_analytics(browser, stack)
    section = view.locator('[data-chart="accuracy"]')
    report = stack.rest("/analytics/accuracy")
    rows = section.locator('table[data-group="printer"] tbody tr')
    await expect(rows).to_have_count(len(report["by_printer"]))
    # A phone: each printer on its own lines (name, jobs, then its two figures side by side).
    box = await rows.first.bounding_box()
    name = await rows.first.locator("th").bounding_box()
    time = await rows.first.locator('td[data-kind="time"]').bounding_box()
    assert box and name and time
    assert time["y"] >= name["y"] + name["height"] - 1
    assert time["x"] + time["width"] <= box["x"] + box["width"] + 1
    await expect(rows.first.locator('td[data-kind="time"]')).to_contain_text("longer")
    await expect(
        view.locator('[data-chart="layer_height"] li[data-key]').first
    ).to_be_visible()
    assert await fits(browser.page)
    await section.scroll_into_view_if_needed()
    shot = ARTIFACTS / "analytics-accuracy-phone.png"
    await browser.page.screenshot(path=str(shot))
    to_docs(shot, "analytics-accuracy-phone.png")
    assert browser.errors == [] and browser.dialogs == []


async def _jobs_for(stack: Stack, **bounds: float) -> tuple[list[str], int]:
    """The ids the API lists for the duration bounds (one page: the seed has 40 jobs) and the summary's jobs."""
    query = urlencode({**bounds, "limit": 50})
    ids = [j["id"] for j in stack.rest(f"/jobs?{query}")["jobs"]]
    total = stack.rest(f"/analytics/summary?{urlencode(bounds)}")["jobs"]
    return ids, total


@pytest.mark.parametrize("phone", [False, True], ids=["desktop", "phone"])
async def test_duration_filter_narrows_rows_and_key_figures(
    stack: Stack, browser: BrowserPage, phone: bool
) -> None:
    page = browser.page
    if phone:
        await page.set_viewport_size(PHONE)
    await page.goto(f"{stack.ha.url}/print-log")
    panel = page.locator("print-logger-panel")
    rows = panel.locator(
        "ul.cards li[data-job-id]" if phone else "tbody tr[data-job-id]"
    )
    await rows.first.wait_for(timeout=TIMEOUT)
    everything = stack.rest("/jobs?limit=1")["total"]
    await panel.get_by_role("button", name="Filters").click()
    duration = panel.locator('select[name="duration"]')
    assert await duration.locator("option").all_text_contents() == [
        "Any duration",
        "<1 h",
        "1–4 h",
        "≥4 h",
        "Custom…",
    ]
    kpi = panel.locator('[data-kpi="jobs"] .value')

    async def shows(ids: list[str], total: int) -> None:
        await expect(rows).to_have_count(len(ids), timeout=TIMEOUT)
        assert await rows.evaluate_all("els => els.map(e => e.dataset.jobId)") == ids
        await expect(kpi).to_have_text(str(total), timeout=TIMEOUT)

    # A preset: 1 to 4 hours (the next preset starts at 4 h, so its upper bound is just under).
    await duration.select_option("1to4h")
    ids, total = await _jobs_for(stack, min_duration=3600, max_duration=14399.999)
    assert 0 < len(ids) < everything and total == len(ids)
    await shows(ids, total)
    await expect(panel.get_by_role("button", name="Filters (1)")).to_be_visible()
    # Custom bounds in hours and minutes, starting from the preset's.
    await duration.select_option("custom")
    await expect(panel.locator('input[name="min_hours"]')).to_have_value("1")
    await expect(panel.locator('input[name="max_hours"]')).to_have_value("4")
    await panel.get_by_label("At least: hours").fill("0")
    await panel.get_by_label("At least: minutes").fill("30")
    await panel.get_by_label("At most: hours").fill("2")
    await panel.get_by_label("At most: minutes").fill("0")
    await panel.get_by_label("At most: minutes").press("Tab")
    ids, total = await _jobs_for(stack, min_duration=1800, max_duration=7200)
    assert 0 < len(ids) < everything
    await shows(ids, total)
    if phone:
        assert await fits(page)
        await panel.locator(".duration-custom").scroll_into_view_if_needed()
        shot = ARTIFACTS / "jobs-duration-filter-phone.png"
        await page.screenshot(path=str(shot))
        to_docs(shot, "jobs-duration-filter-phone.png")
    else:
        shot = ARTIFACTS / "jobs-duration-filter.png"
        await panel.locator("#filters").screenshot(path=str(shot))
        to_docs(shot, "jobs-duration-filter.png")
    # An upper bound below the lower one is pointed out and not applied: every job again.
    await panel.get_by_label("At least: hours").fill("3")
    await panel.get_by_label("At least: hours").press("Tab")
    await expect(panel.get_by_role("alert")).to_contain_text(
        "“At most” is shorter than “at least”"
    )
    await expect(kpi).to_have_text(str(everything), timeout=TIMEOUT)
    # Bounded: a number of hours beyond a year is taken as a year.
    await panel.get_by_label("At most: hours").fill("100000")
    await panel.get_by_label("At most: hours").press("Tab")
    await expect(panel.locator('input[name="max_hours"]')).to_have_value("8760")
    await expect(panel.get_by_role("alert")).to_have_count(0)
    await duration.select_option("")
    await expect(kpi).to_have_text(str(everything), timeout=TIMEOUT)
    assert browser.errors == [] and browser.dialogs == []


# ---------------------------------------------------------------------- the card


async def open_card_editor(bp: BrowserPage, stack: Stack) -> tuple[Locator, Locator]:
    """Open the dashboard in edit mode and the card's editor; return (editor, preview card)."""
    page = bp.page
    await page.goto(f"{stack.ha.url}/lovelace/printing?edit=1")
    await page.locator("hui-card-options print-logger-card").first.wait_for(
        timeout=TIMEOUT
    )
    await (
        page.locator("hui-card-options")
        .get_by_role("button", name="Edit")
        .first.click()
    )
    dialog = page.locator("hui-dialog-edit-card")
    editor = dialog.locator("print-logger-card-editor")
    await editor.locator("ha-form").wait_for(timeout=TIMEOUT)
    return editor, dialog.locator("hui-card print-logger-card")


def switch(editor: Locator, label: str) -> Locator:
    """One of the form's boolean selectors (Home Assistant's switch), by its label."""
    return (
        editor.locator("ha-selector-boolean")
        .filter(has_text=label)
        .locator("ha-switch")
    )


async def choose(editor: Locator, label: str, option: str) -> None:
    """Pick an option of one of the form's select selectors (Home Assistant's dropdown)."""
    select = editor.locator("ha-selector-select").filter(has_text=label)
    await select.locator("ha-picker-field").click()
    await select.locator("ha-dropdown-item").filter(has_text=option).click()


def dashboard_card(stack: Stack) -> dict[str, Any]:
    """The card's configuration as the dashboard stores it."""
    (answer,) = stack.ha.websocket({"type": "lovelace/config", "url_path": None})
    return dict(answer["views"][0]["cards"][0])


@pytest.fixture
def restore_card(stack: Stack) -> Any:
    """Put the dashboard's card back as conftest.py made it after a test that saves a change."""
    yield
    with sockets_allowed():
        stack.ha.websocket(
            {
                "type": "lovelace/config/save",
                "url_path": None,
                "config": {
                    "title": "Home",
                    "views": [
                        {"title": "Printing", "path": "printing", "cards": [CARD]}
                    ],
                },
            }
        )


async def lone_tiles(card: Locator) -> list[int]:
    """The sizes of the rows of the card's key figures (by the tiles' positions)."""
    return await card.locator(".stats .stat").evaluate_all(
        """els => { const rows = new Map();
          for (const e of els) { const y = Math.round(e.getBoundingClientRect().top);
            rows.set(y, (rows.get(y) || 0) + 1); }
          return [...rows.values()]; }"""
    )


@pytest.mark.parametrize("dark", [False, True], ids=["light", "dark"])
@pytest.mark.usefixtures("restore_card")
async def test_card_editor_uses_ha_form_and_saves(
    stack: Stack, browser: BrowserPage, dark: bool
) -> None:
    if dark:
        await use_dark(browser)
    page = browser.page
    editor, preview = await open_card_editor(browser, stack)
    await assert_dark(browser, dark)
    # Home Assistant's selectors, not native controls.
    for tag in (
        "ha-selector-text",
        "ha-selector-select",
        "ha-selector-boolean",
        "ha-selector-number",
    ):
        await expect(editor.locator(tag).first).to_be_attached()
    await expect(editor.locator("select")).to_have_count(0)
    await expect(editor.locator("ha-selector-select").first).to_contain_text(
        "All printers"
    )
    recent = preview.locator("ul.recent li[data-job-id]")
    await expect(recent).to_have_count(CARD["recent_count"], timeout=TIMEOUT)
    # The preview follows each change: the number of recent jobs, the period, the title.
    await editor.locator("ha-selector-number input").fill("2")
    await editor.locator("ha-selector-number input").press("Tab")
    await expect(recent).to_have_count(2, timeout=TIMEOUT)
    await choose(editor, "Period of the key figures", "Last 7 days")
    await expect(preview.locator("section h3").last).to_have_text(
        "Last 7 days", timeout=TIMEOUT
    )
    # "Last 7 days": today and the 6 days before, from midnight in Home Assistant's time zone.
    today = datetime.now(ZoneInfo(TIME_ZONE)).date()
    since = datetime.combine(today - timedelta(days=6), time(0), ZoneInfo(TIME_ZONE))
    week = stack.rest("/analytics/summary?" + urlencode({"since": since.isoformat()}))
    assert week["jobs"] < stack.rest("/analytics/summary")["jobs"]
    await expect(preview.locator('[data-stat="jobs"] .v')).to_have_text(
        str(week["jobs"]), timeout=TIMEOUT
    )
    # Options that do not apply are not offered: no recent jobs, no count and no "print again".
    await switch(editor, "Show recent jobs").click()
    await expect(recent).to_have_count(0, timeout=TIMEOUT)
    await expect(editor.locator("ha-selector-number input")).to_have_count(0)
    await switch(editor, "Show recent jobs").click()
    await expect(editor.locator("ha-selector-number input")).to_have_value("2")
    # The key figures: never one tile alone on a row (5 tiles: 3 + 2 in the dialog's preview).
    sizes = await lone_tiles(preview)
    assert sum(sizes) >= 4 and (1 not in sizes or set(sizes) == {1}), sizes
    shot = ARTIFACTS / f"card-editor-{'dark' if dark else 'light'}.png"
    await page.screenshot(path=str(shot))
    to_docs(shot, f"card-editor{'-dark' if dark else ''}.png")
    await (
        page.locator("hui-dialog-edit-card").get_by_role("button", name="Save").click()
    )
    await expect(
        page.locator("hui-dialog-edit-card print-logger-card-editor")
    ).to_have_count(0, timeout=TIMEOUT)
    saved = dashboard_card(stack)
    assert saved["recent_count"] == 2
    assert saved["stats_period"] == "7d"
    assert saved["show_recent"] is True
    assert "printer_id" not in saved
    # The dashboard's card shows the saved configuration.
    card = page.locator("hui-card-options print-logger-card").first
    await expect(card.locator("ul.recent li[data-job-id]")).to_have_count(
        2, timeout=TIMEOUT
    )
    assert browser.errors == [] and browser.dialogs == []


@pytest.mark.usefixtures("restore_card")
async def test_card_editor_on_a_phone(stack: Stack, browser: BrowserPage) -> None:
    page = browser.page
    await page.set_viewport_size(PHONE)
    editor, preview = await open_card_editor(browser, stack)
    await editor.locator("ha-selector-text input").fill("Farm")
    await editor.locator("ha-selector-text input").press("Tab")
    await expect(preview.locator("h2.title")).to_have_text("Farm", timeout=TIMEOUT)
    await choose(editor, "Printer", "Voron")
    await expect(preview.locator("[data-printer]")).to_have_count(1, timeout=TIMEOUT)
    await expect(
        preview.locator(f'[data-printer="{stack.printer.instance_uuid}"]')
    ).to_be_visible()
    # The form fits the phone: no field wider than the editor.
    width = await editor.evaluate("e => e.getBoundingClientRect().width")
    widest = await editor.locator("ha-selector").evaluate_all(
        "els => Math.max(...els.map(e => e.getBoundingClientRect().width))"
    )
    assert widest <= width + 1
    shot = ARTIFACTS / "card-editor-phone.png"
    await page.screenshot(path=str(shot))
    to_docs(shot, "card-editor-phone.png")
    await (
        page.locator("hui-dialog-edit-card").get_by_role("button", name="Save").click()
    )
    await expect(
        page.locator("hui-dialog-edit-card print-logger-card-editor")
    ).to_have_count(0, timeout=TIMEOUT)
    saved = dashboard_card(stack)
    assert (
        saved["title"] == "Farm" and saved["printer_id"] == stack.printer.instance_uuid
    )
    assert browser.errors == [] and browser.dialogs == []


@pytest.mark.parametrize("phone", [False, True], ids=["desktop", "phone"])
async def test_card_key_figures_never_leave_a_lone_tile(
    stack: Stack, browser: BrowserPage, phone: bool
) -> None:
    page = browser.page
    if phone:
        await page.set_viewport_size(PHONE)
    await page.goto(f"{stack.ha.url}/lovelace/printing")
    card = page.locator("print-logger-card")
    await expect(card.locator(".stats .stat").first).to_be_visible(timeout=TIMEOUT)
    tiles = await card.locator(".stats .stat").count()
    assert tiles >= 4
    for width in (None, 300, 260, 340, 380 if phone else 520):
        if width:
            await card.evaluate(
                "(c, w) => { c.style.display = 'block'; c.style.width = w + 'px'; }",
                width,
            )
            await page.wait_for_timeout(200)
        sizes = await lone_tiles(card)
        assert sum(sizes) == tiles
        assert 1 not in sizes or set(sizes) == {1}, (width, sizes)
        # Tiles of a row share it evenly and stay inside the card.
        boxes = await card.locator(".stats .stat").evaluate_all(
            "els => els.map(e => { const r = e.getBoundingClientRect(); return [r.left, r.right]; })"
        )
        stats = await card.locator(".stats").bounding_box()
        assert stats and all(r <= stats["x"] + stats["width"] + 1 for _, r in boxes)
        assert await fits(page)
    assert browser.errors == [] and browser.dialogs == []
