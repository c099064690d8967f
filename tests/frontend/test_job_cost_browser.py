"""
A job's cost breakdown and power curve in the panel's job detail, against a real Home Assistant: the
printer's plug (a power sensor) recorded by the real recorder over a two-hour job, its options set
through the options flow, the job's cost computed by the back-fill action; desktop and phone.
"""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
import math
import shutil
import sqlite3
import time
from typing import Any

from playwright.async_api import expect
import pytest

from custom_components.print_logger.farm import FARM_TITLE
from tests.frontend.conftest import ARTIFACTS, BrowserPage, Stack
from tests.frontend.harness import REPO_ROOT
from tests.frontend.test_browser import DEEP_TEXT, TIMEOUT, finish, open_panel

pytestmark = [pytest.mark.browser, pytest.mark.slow]

POWER = "sensor.voron_plug_power"
ATTRIBUTES = {
    "unit_of_measurement": "W",
    "device_class": "power",
    "state_class": "measurement",
    "friendly_name": "Voron plug power",
}
FILENAME = "benchy_petg_0.2mm.gcode"
BEFORE = 5  # minutes of idle readings before the job
MINUTES = 120  # the job: a reading a minute


def watts(minute: int) -> float:
    """The plug's power in a job's minute: the bed heating, then printing with the bed cycling."""
    if minute < 0 or minute >= MINUTES:
        return 4.0
    if minute < 6:
        return 305.0 + 3 * minute
    if 60 <= minute < 70:
        return 58.0  # the heaters held low while the print waits
    return round(128 + 22 * math.sin(minute / 2.5) + (minute % 7), 1)


def _options(stack: Stack, entry_id: str, step: str, values: dict[str, Any]) -> None:
    """Save one step of an entry's options through the options flow's REST API (as the UI does)."""
    ha = stack.ha
    flow = ha.api(
        "POST", "/api/config/config_entries/options/flow", {"handler": entry_id}
    )
    form = ha.api(
        "POST",
        f"/api/config/config_entries/options/flow/{flow['flow_id']}",
        {"next_step_id": step},
    )
    assert form.get("step_id") == step, form
    done = ha.api(
        "POST", f"/api/config/config_entries/options/flow/{flow['flow_id']}", values
    )
    assert done.get("type") == "create_entry", done


def _record_history(stack: Stack, start: datetime) -> None:
    """
    Give the recorder the plug's readings of the past hours: one state set now (so the recorder
    knows the entity and its attributes), then the readings written as rows of that entity.
    """
    ha = stack.ha
    ha.api("POST", f"/api/states/{POWER}", {"state": "4.0", "attributes": ATTRIBUTES})
    db = ha.config_dir / "home-assistant_v2.db"

    def recorded() -> tuple[int, int, int] | None:
        with sqlite3.connect(db, timeout=30) as conn:
            return conn.execute(
                "SELECT s.metadata_id, s.attributes_id, s.origin_idx FROM states s"
                " JOIN states_meta m ON m.metadata_id = s.metadata_id"
                " WHERE m.entity_id = ? AND s.attributes_id IS NOT NULL",
                (POWER,),
            ).fetchone()

    metadata_id, attributes_id, origin = ha.wait_for(
        "the recorder to write the plug's state", recorded, timeout=60
    )
    rows = [
        (
            str(watts(minute)),
            (start + timedelta(minutes=minute)).timestamp(),
            metadata_id,
            attributes_id,
            origin,
        )
        for minute in range(-BEFORE, MINUTES + 1)
    ]
    for _attempt in range(20):
        try:
            with sqlite3.connect(db, timeout=30) as conn:
                conn.executemany(
                    "INSERT INTO states (state, last_updated_ts, last_changed_ts,"
                    " metadata_id, attributes_id, origin_idx) VALUES (?, ?, ?, ?, ?, ?)",
                    [(s, t, t, m, a, o) for s, t, m, a, o in rows],
                )
        except sqlite3.OperationalError:  # the recorder is writing: again
            time.sleep(0.5)
        else:
            return
    raise RuntimeError("the recorder's database stayed locked")


async def test_job_detail_shows_the_cost_breakdown_and_the_power_curve(
    stack: Stack, browser: BrowserPage
) -> None:
    ha = stack.ha
    entry_id = stack.entry["entry_id"]
    now = datetime.now(UTC).replace(second=0, microsecond=0)
    start = now - timedelta(hours=3)
    _record_history(stack, start)
    # The printer's plug, price and machine rate; the farm's PETG price.
    _options(
        stack,
        entry_id,
        "costs",
        {
            "plug_sensor": POWER,
            "price_mode": "fixed",
            "electricity_price": 0.32,
            "machine_rate": 0.4,
            "reprice_old_jobs": False,
        },
    )
    farm = next(
        e
        for e in ha.api("GET", "/api/config/config_entries/entry?domain=print_logger")
        if e["title"] == FARM_TITLE
    )
    _options(stack, farm["entry_id"], "filament_prices", {"pla": 22.0, "petg": 28.0})
    # A job logged by hand over those two hours (it started a millisecond after a reading).
    job_start = start + timedelta(milliseconds=1)
    job_end = start + timedelta(minutes=MINUTES, milliseconds=1)
    job = ha.api(
        "POST",
        "/api/print_logger/jobs",
        {
            "printer_id": stack.printer.instance_uuid,
            "filename": FILENAME,
            "status": "completed",
            "start": job_start.isoformat(),
            "end": job_end.isoformat(),
            "print_duration": (MINUTES - 10) * 60,
            "total_duration": MINUTES * 60,
            "filament_used_mm": 12_700,
            "filament_weight_g": 38.0,
            "filament_type": "PETG",
        },
    )["job"]
    ha.wait_for(
        "the printer reloaded with its cost options",
        lambda: any(
            p["id"] == stack.printer.instance_uuid and p["online"]
            for p in stack.rest("/printers")["printers"]
        ),
    )
    answer = ha.api(
        "POST",
        "/api/services/print_logger/backfill_costs?return_response",
        {"config_entry_id": entry_id},
    )
    assert answer["service_response"]["measured"] >= 1, answer
    costs = stack.job(job["id"])["costs"]
    kwh = sum(watts(minute) * 60 for minute in range(MINUTES)) / 3_600_000
    assert costs["energy_kwh"] == pytest.approx(kwh, rel=1e-4)
    assert costs["energy_source"] == "measured"
    assert costs["electricity_cost"] == pytest.approx(kwh * 0.32, rel=1e-4)
    assert costs["computed_filament_cost"] == pytest.approx(38.0 / 1000 * 28.0)
    assert costs["computed_filament_source"] == "price_table"
    assert costs["machine_cost"] == pytest.approx(0.4 * (MINUTES - 10) / 60)
    assert costs["total_cost_source"] == "computed"
    power = stack.rest(f"/jobs/{job['id']}/power")
    assert power["kind"] == "power"
    assert power["source"] == "states"
    assert [p[1] for p in power["points"][:7]] == [watts(m) for m in range(7)]
    assert power["max_w"] == max(watts(m) for m in range(MINUTES))

    # The panel shows the same figures, each with its source, and the curve.
    page = browser.page
    panel = await open_panel(browser, stack)
    await panel.get_by_role("searchbox", name="Search file names").fill(FILENAME)
    row = panel.locator(f'tr[data-job-id="{job["id"]}"]')
    await row.get_by_role("button", name=FILENAME, exact=True).click()
    cost = panel.locator("pl-job-cost")
    chart = cost.get_by_role("img", name=f"Power of {POWER} over the job")
    await expect(chart).to_be_visible(timeout=TIMEOUT)
    text = await cost.evaluate(DEEP_TEXT)
    for words in (
        "Energy and cost",
        f"{costs['energy_kwh']:.3f} kWh",
        "measured",
        "price table",
        "machine rate per print hour",
        "sum of the parts",
        f"€{costs['total_cost']:.2f}",
        f"€{costs['machine_cost']:.2f}",
        f"max {power['max_w']:.0f} W",
    ):
        assert words in text, (words, text)
    total = cost.locator('tr[data-part="total"] td.value')
    await expect(total).to_have_text(f"€{costs['total_cost']:.2f}")
    # The curve's steps: one line, as long as the job.
    assert await cost.locator("polyline.line").count() == 1
    # The README's picture of a job's cost breakdown.
    artifact = ARTIFACTS / "job-cost.png"
    ARTIFACTS.mkdir(parents=True, exist_ok=True)
    await cost.screenshot(path=str(artifact))
    shutil.copy2(artifact, REPO_ROOT / "docs" / "job-cost.png")
    await browser.screenshot("job-cost-detail")

    # A phone: the breakdown and the curve fit the width.
    await page.set_viewport_size({"width": 390, "height": 844})
    await expect(chart).to_be_visible(timeout=TIMEOUT)
    box = await chart.bounding_box()
    assert box is not None and box["width"] <= 390
    assert await page.evaluate(
        "() => document.documentElement.scrollWidth <= window.innerWidth"
    )
    table_width = await cost.locator("table.breakdown").evaluate(
        "t => t.scrollWidth <= t.clientWidth + 1"
    )
    assert table_width
    await cost.screenshot(path=str(ARTIFACTS / "job-cost-phone.png"))
    finish(browser)
