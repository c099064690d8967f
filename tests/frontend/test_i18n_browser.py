"""
The panel and the card in the user's language and formats, in headless Chromium against a real Home
Assistant: the owner's profile is stored the way Home Assistant's frontend stores it (the user data
``language`` through ``frontend/set_user_data``: language, number, time and date format, time zone,
first weekday), and the frontend applies it on its own (``hass.language`` / ``hass.locale``).
"""

from __future__ import annotations

from datetime import datetime
import os
import re
import shutil
from typing import Any
from zoneinfo import ZoneInfo

from playwright.async_api import Locator, expect
import pytest

from tests.frontend.conftest import BrowserPage, Stack
from tests.frontend.harness import REPO_ROOT, TIME_ZONE
from tests.frontend.seed import THUMBNAIL_JOB
from tests.frontend.test_browser import DEEP_TEXT, TIMEOUT, finish, open_panel, poll

pytestmark = [pytest.mark.browser, pytest.mark.slow]

GERMAN_24H_MONDAY = {
    "language": "de",
    "number_format": "language",
    "time_format": "24",
    "date_format": "language",
    "time_zone": "server",
    "first_weekday": "monday",
}


def set_profile(stack: Stack, **locale: Any) -> None:
    """Store the owner's language and formats as the profile page does."""
    stack.ha.websocket(
        {"type": "frontend/set_user_data", "key": "language", "value": locale}
    )


async def weekday_rows(panel: Locator) -> list[str]:
    """Return the heatmap's row headers, top to bottom."""
    return await panel.locator("pl-heatmap tbody th[scope=row]").all_inner_texts()


def afternoon_job(stack: Stack) -> tuple[dict[str, Any], str]:
    """Return a listed job started after noon (server time) and its start as HH:MM (24 h)."""
    jobs = stack.rest("/jobs?limit=25")["jobs"]
    zone = ZoneInfo(TIME_ZONE)
    for job in jobs:
        start = datetime.fromisoformat(job["start"]).astimezone(zone)
        if start.hour >= 13:
            return job, start.strftime("%H:%M")
    pytest.fail("the seeded page has no job started after 13:00")


async def test_panel_in_german_with_24_hours_and_monday_first(
    stack: Stack, browser: BrowserPage
) -> None:
    set_profile(stack, **GERMAN_24H_MONDAY)
    panel = await open_panel(browser, stack)
    page = browser.page
    # Home Assistant's own frontend took the profile: the page is German.
    assert (
        await poll(page, lambda: page.evaluate("document.documentElement.lang"), "de")
        == "de"
    )

    await expect(panel.get_by_role("tab", name="Druckaufträge")).to_be_visible(
        timeout=TIMEOUT
    )
    await expect(panel.get_by_role("tab", name="Auswertung")).to_be_visible()
    await expect(panel.locator("header h1")).to_have_text("Druckprotokoll")
    head = panel.locator("pl-jobs-view thead")
    await expect(head).to_contain_text("Datei")
    await expect(head).to_contain_text("Gestartet")
    await expect(head).to_contain_text("Druckzeit")
    await expect(
        panel.locator('pl-jobs-view [data-kpi="success_rate"] .label')
    ).to_have_text("Erfolgsquote")
    await expect(panel.locator("pl-jobs-view nav.pager")).to_contain_text(
        "Zeilen pro Seite"
    )
    statuses = set(await panel.locator('tbody [data-col="status"]').all_inner_texts())
    assert statuses & {"Abgeschlossen", "Abgebrochen", "Fehler", "Läuft"}
    assert not statuses & {"Completed", "Cancelled", "Error", "In progress"}

    # 24-hour clock, in the server's time zone (time_zone: server).
    job, hhmm = afternoon_job(stack)
    start = panel.locator(f'tr[data-job-id="{job["id"]}"] [data-col="start"]')
    await expect(start).to_contain_text(hhmm)
    assert not re.search(r"AM|PM", await start.inner_text(), re.IGNORECASE)

    # Monday first in the heatmap, German weekday names, 24-hour column headers.
    await panel.get_by_role("tab", name="Auswertung").click()
    view = panel.locator("pl-analytics-view")
    await expect(view.locator('[data-chart="heatmap"] h2')).to_have_text(
        "Wann Drucke starten"
    )
    await expect(view.locator('[data-chart="jobs"] h2')).to_contain_text(
        "Druckaufträge pro"
    )
    rows = await poll(
        page, lambda: weekday_rows(panel), ["Mo", "Di", "Mi", "Do", "Fr", "Sa", "So"]
    )
    assert rows == ["Mo", "Di", "Mi", "Do", "Fr", "Sa", "So"]
    hours = await panel.locator("pl-heatmap thead th").all_inner_texts()
    assert [h for h in hours if h] == ["0", "3", "6", "9", "12", "15", "18", "21"]
    await view.locator('select[name="period"]').select_option("all")
    await expect(view.locator('select[name="period"] option:checked')).to_have_text(
        "Gesamter Zeitraum"
    )
    await panel.get_by_role("tab", name="Druckaufträge").click()
    path = await browser.screenshot("panel-de")
    docs = REPO_ROOT / "docs" / "panel-de.png"
    if os.environ.get("PRINT_LOGGER_UPDATE_DOCS") or not docs.exists():
        shutil.copy2(path, docs)

    # The profile changed while the panel is open: it follows at once (12 h, Sunday first).
    set_profile(
        stack, **{**GERMAN_24H_MONDAY, "time_format": "12", "first_weekday": "sunday"}
    )
    await expect(start).to_contain_text(re.compile(r"AM|PM"), timeout=TIMEOUT)
    await panel.get_by_role("tab", name="Auswertung").click()
    rows = await poll(
        page, lambda: weekday_rows(panel), ["So", "Mo", "Di", "Mi", "Do", "Fr", "Sa"]
    )
    assert rows == ["So", "Mo", "Di", "Mi", "Do", "Fr", "Sa"]
    # Each row still holds its own weekday's counts (the server's 0 = Monday).
    first_row = panel.locator("pl-heatmap tbody tr").first
    assert await first_row.get_attribute("data-weekday") == "6"
    set_profile(stack, **GERMAN_24H_MONDAY)
    finish(browser)


async def test_job_detail_in_german(stack: Stack, browser: BrowserPage) -> None:
    set_profile(stack, **GERMAN_24H_MONDAY)
    panel = await open_panel(browser, stack)
    job = stack.job(THUMBNAIL_JOB)
    await panel.get_by_role("searchbox", name="Dateinamen durchsuchen").fill(
        job["filename"]
    )
    row = panel.locator(f'tr[data-job-id="{THUMBNAIL_JOB}"]')
    await row.get_by_role("button", name=job["filename"], exact=True).click()
    detail = panel.locator("pl-job-detail")
    await expect(
        detail.get_by_role("img", name=f"Vorschaubild von {job['filename']}")
    ).to_be_visible(timeout=TIMEOUT)
    text = await detail.evaluate(DEEP_TEXT)
    for german in (
        "Slicer-Einstellungen",
        "Verlauf",
        "Gestartet",
        "Notizen und Bewertung",
    ):
        assert german in text
    assert "Timeline" not in text
    finish(browser)


async def test_card_in_german(stack: Stack, browser: BrowserPage) -> None:
    set_profile(stack, **GERMAN_24H_MONDAY)
    await browser.page.goto(f"{stack.ha.url}/lovelace/printing")
    card = browser.page.locator("print-logger-card")
    await expect(card.locator("ul.recent li[data-job-id]")).to_have_count(
        4, timeout=TIMEOUT
    )
    await expect(card.locator("section h3").first).to_have_text("Letzte Druckaufträge")
    await expect(card.locator('[data-stat="success_rate"] .l')).to_have_text("Erfolg")
    await expect(card.locator('[data-stat="jobs"] .l')).to_have_text("Druckaufträge")
    # The card picker's entry follows the page's language.
    description = (
        "window.customCards.find(c => c.type === 'print-logger-card').description"
    )
    expected = "Laufende 3D-Druckaufträge, letzte Druckaufträge und Kennzahlen aus dem Druckprotokoll."
    page = browser.page
    assert await poll(page, lambda: page.evaluate(description), expected) == expected
    # A YAML mistake, shown by Lovelace in place of the card: in German too (configured before `hass`).
    error = await page.evaluate(
        """() => {
            try {
                document.createElement("print-logger-card").setConfig({ recent_count: 0 });
            } catch (err) {
                return err.message;
            }
        }"""
    )
    assert error == "recent_count muss eine ganze Zahl von 1 bis 20 sein"
    finish(browser)
