"""
The analytics tab's Costs section in headless Chromium against a real Home Assistant.

The print log holds the usual seeded jobs plus jobs of known cost on two printers of their own
(tests/frontend/cost_seed.py): their rows show the figures worked out by hand there, the months
show what the REST API answers, and a click on one of the most expensive jobs opens its detail.
Screenshot: docs/analytics-costs.png.
"""

from __future__ import annotations

from collections.abc import Iterator
import json
import os
import shutil
import subprocess

from playwright.async_api import expect
import pytest

from tests.conftest import sockets_allowed
from tests.frontend.conftest import CARD, MANUAL_PRINTER, BrowserPage, Stack
from tests.frontend.cost_seed import ALPHA, BETA
from tests.frontend.harness import (
    PYTHON,
    REPO_ROOT,
    DemoPrinter,
    HomeAssistantProcess,
    seed,
)
from tests.frontend.test_browser import DEEP_TEXT, TIMEOUT, finish, open_panel

pytestmark = [pytest.mark.browser, pytest.mark.slow]


@pytest.fixture(scope="module")
def stack(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Stack]:
    """The usual stack (conftest.py), with the jobs of known cost added before Home Assistant starts."""
    base = tmp_path_factory.mktemp("frontend-costs")
    printer = DemoPrinter(base / "printer", speed=1.0)
    ha = HomeAssistantProcess(base / "config", dashboard_cards=[CARD])
    with sockets_allowed():
        try:
            printer.start()
            ha.prepare()
            jobs = json.loads(
                seed(ha.db_path, "small", printer.instance_uuid, MANUAL_PRINTER)
            )
            costs = subprocess.run(
                [str(PYTHON), "-m", "tests.frontend.cost_seed", str(ha.db_path)],
                cwd=REPO_ROOT,
                env={**os.environ, "PYTHONPATH": str(REPO_ROOT)},
                capture_output=True,
                text=True,
                check=True,
                timeout=600,
            )
            ha.start()
            ha.onboard()
            entry = ha.add_printer(printer, "Voron")
        except BaseException:
            ha.stop()
            printer.stop()
            raise
    try:
        stack = Stack(ha=ha, printer=printer, jobs=jobs, entry=entry)
        stack.entry["cost_jobs"] = json.loads(costs.stdout)
        yield stack
    finally:
        ha.stop()
        printer.stop()


def _cells(figures: dict[str, str]) -> dict[str, str]:
    return {f'[data-col="{name}"]': text for name, text in figures.items()}


async def test_costs_section_shows_the_known_figures(
    stack: Stack, browser: BrowserPage
) -> None:
    ids = stack.entry["cost_jobs"]
    panel = await open_panel(browser, stack)
    await panel.get_by_role("tab", name="Analytics").click()
    view = panel.locator("pl-analytics-view")
    await view.locator('select[name="period"]').select_option("all")
    section = view.locator("pl-cost-analysis")
    printers = section.locator('table[data-table="printer"]')

    # Worked out by hand (cost_seed.py): Cost Beta's typed 10.00 over its computed 6.45, its job
    # without a meter not counted in kWh per job; Cost Alpha's two computed totals.
    expected = {
        BETA: {
            "cost": "€10.00",
            "filament_cost": "€4.00",
            "electricity_cost": "€0.45",
            "machine_cost": "€2.00",
            "energy_kwh": "1.5",
            "kwh_per_job": "1.5",
            "kwh_per_print_hour": "0.375",
            "cost_per_gram": "€0.05",
        },
        ALPHA: {
            "cost": "€5.65",
            "filament_cost": "€4.00",
            "electricity_cost": "€0.15",
            "machine_cost": "€1.50",
            "energy_kwh": "0.5",
            "kwh_per_job": "0.5",
            "kwh_per_print_hour": "0.25",
            "cost_per_gram": "€0.0377",
        },
    }
    for printer_id, figures in expected.items():
        row = printers.locator(f'tr[data-key="{printer_id}"]')
        for selector, text in _cells(figures).items():
            await expect(row.locator(selector)).to_have_text(text, timeout=TIMEOUT)

    # The rows of the whole table and of the months are the API's.
    by_printer = stack.rest("/analytics/costs?by=printer")
    assert await printers.locator("tbody tr").evaluate_all(
        "rows => rows.map(r => r.dataset.key)"
    ) == [row["key"] for row in by_printer["rows"]]
    months = stack.rest("/analytics/costs?by=month")["rows"]
    bars = section.locator("[data-month]")
    await expect(bars).to_have_count(len(months), timeout=TIMEOUT)
    assert await bars.evaluate_all("els => els.map(e => e.dataset.month)") == [
        row["key"] for row in months
    ]
    newest = months[-1]
    last = bars.last
    await expect(last.locator(".value")).to_have_text(f"€{newest['cost']:,.2f}")
    parts = {
        part: await last.locator(f'[data-part="{part}"]').count()
        for part in ("filament_cost", "electricity_cost", "machine_cost")
    }
    assert parts == {
        name: int(newest[name] > 0)
        for name in ("filament_cost", "electricity_cost", "machine_cost")
    }

    # The most expensive jobs: C (typed 10.00), A (3.15), B (2.50); D has no cost.
    top = section.locator('table[data-table="expensive"] tbody tr')
    await expect(top).to_have_count(10, timeout=TIMEOUT)
    assert await top.evaluate_all(
        "rows => rows.slice(0, 3).map(r => r.dataset.job)"
    ) == [
        ids["C"],
        ids["A"],
        ids["B"],
    ]
    await expect(top.first.locator('[data-col="cost"]')).to_have_text("€10.00")
    assert ids["D"] not in await top.evaluate_all(
        "rows => rows.map(r => r.dataset.job)"
    )

    await section.scroll_into_view_if_needed()
    path = await browser.screenshot("analytics-costs")
    await section.screenshot(path=str(path))
    docs = REPO_ROOT / "docs" / "analytics-costs.png"
    shutil.copy2(path, docs)

    # A click on a job opens its detail, as the other job links do.
    await top.first.get_by_role("button", name="costly_C.gcode").click()
    detail = panel.locator("pl-job-detail")
    await expect(detail).to_be_visible(timeout=TIMEOUT)
    assert "costly_C.gcode" in await detail.evaluate(DEEP_TEXT)
    finish(browser)
