"""
Photos, the enclosure's climate and why jobs failed, in the panel (headless Chromium, real Home Assistant).

A photo chosen in the job detail's file picker is uploaded, shown in the strip and stored (REST); the
climate chart draws each sensor of a job with its pause shaded; the analytics' failure breakdown shows
the server's rows. Screenshots go to docs/.
"""

from __future__ import annotations

import io
from pathlib import Path
import shutil
import sqlite3
import uuid

from PIL import Image
from playwright.async_api import expect
import pytest

from tests.frontend.conftest import BrowserPage, Stack
from tests.frontend.harness import REPO_ROOT
from tests.frontend.test_browser import finish, open_panel, poll

pytestmark = [pytest.mark.browser, pytest.mark.slow]
TIMEOUT = 30_000
DOCS = REPO_ROOT / "docs"


def ended_jobs(stack: Stack, *statuses: str) -> list[dict[str, object]]:
    """Return the seeded jobs with one of these statuses, as the API lists them."""
    jobs = stack.rest("/jobs?limit=500")["jobs"]
    return [job for job in jobs if job["status"] in statuses]


def add_climate(stack: Stack, job: dict[str, object]) -> None:
    """Store two sensors' readings over a job (what the capture writes when a job ends)."""
    duration = float(str(job["total_duration"])) or 3600.0
    steps = 40
    temperature = [
        [round(duration * i / steps, 1), 30.0 + i * 0.2 if i != 20 else None]
        for i in range(steps + 1)
    ]
    humidity = [[round(duration * i / steps, 1), 62.0 - i * 0.3] for i in range(steps + 1)]
    rows = [
        ("sensor.enclosure_temperature", "Enclosure temperature", "temperature", "°C", 30.0, 34.0, 38.0, 40, duration / steps, temperature),
        ("sensor.enclosure_humidity", "Enclosure humidity", "humidity", "%", 50.0, 56.0, 62.0, 41, 0.0, humidity),
    ]
    import json

    with sqlite3.connect(stack.ha.db_path) as conn:
        for entity_id, name, device_class, unit, lo, mean, hi, samples, missing, series in rows:
            conn.execute(
                "INSERT INTO print_logger_job_climate (id, job_id, entity_id, name, device_class,"
                " unit, minimum, mean, maximum, samples, missing_seconds, series)"
                " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                (uuid.uuid4().hex, job["id"], entity_id, name, device_class, unit, lo, mean, hi, samples, missing, json.dumps(series)),
            )


def photo_file(tmp_path: Path) -> Path:
    """Write a 2000×1500 JPEG, as a phone's camera would send it."""
    image = Image.linear_gradient("L").resize((2000, 1500)).convert("RGB")
    out = io.BytesIO()
    image.save(out, "JPEG", quality=90)
    path = tmp_path / "print.jpg"
    path.write_bytes(out.getvalue())
    return path


async def test_photo_uploaded_in_the_panel_shows_in_the_detail(
    stack: Stack, browser: BrowserPage, tmp_path: Path
) -> None:
    job = ended_jobs(stack, "cancelled", "error")[0]
    add_climate(stack, job)
    panel = await open_panel(browser, stack)
    await panel.get_by_role("searchbox", name="Search file names").fill(str(job["filename"]))
    row = panel.locator(f'tr[data-job-id="{job["id"]}"]')
    await row.get_by_role("button", name=str(job["filename"]), exact=True).click()
    detail = panel.locator("pl-job-detail")
    photos = detail.locator("pl-job-photos")
    await expect(photos).to_contain_text("No photos yet", timeout=TIMEOUT)

    await photos.locator('input[type="file"]').set_input_files(str(photo_file(tmp_path)))
    image = photos.get_by_role("img", name="Added by hand")
    await expect(image).to_be_visible(timeout=TIMEOUT)
    # Fetched with the user's token, downscaled by the server to 1280 px on its longest side.
    assert await image.evaluate("img => img.complete && img.naturalWidth") == 1280
    stored = stack.job(str(job["id"]))["photos"]
    assert [(p["kind"], p["width"], p["height"]) for p in stored] == [("upload", 1280, 960)]

    # The full view on click.
    await image.click()
    viewer = photos.get_by_role("dialog")
    await expect(viewer.get_by_role("img")).to_be_visible()
    await browser.page.screenshot(path=str(DOCS / "photo-viewer.png"))
    await viewer.get_by_role("button", name="Close").click()

    # The climate chart: one per sensor, the gap left open, with the figures the API gives.
    chart = detail.locator("pl-climate-chart")
    figures = chart.locator("figure.sensor")
    await expect(figures).to_have_count(2, timeout=TIMEOUT)
    temperature = chart.locator('figure[data-entity="sensor.enclosure_temperature"]')
    await expect(temperature).to_contain_text("min 30 · mean 34 · max 38 °C")
    await expect(temperature).to_contain_text("no reading for 1 min")
    assert await temperature.locator("polyline").count() == 2  # broken by the unavailable reading
    climate = {c["entity_id"]: c for c in stack.job(str(job["id"]))["climate"]}
    assert climate["sensor.enclosure_humidity"]["mean"] == 56.0
    await temperature.scroll_into_view_if_needed()
    path = await browser.screenshot("job-photos-climate")
    shutil.copy2(path, DOCS / "job-photos-climate.png")
    finish(browser)


async def test_failure_reasons_in_analytics(stack: Stack, browser: BrowserPage) -> None:
    failed = ended_jobs(stack, "cancelled", "error", "klippy_shutdown")
    assert len(failed) >= 3
    for job, reason in zip(failed, ("clog", "clog", "spaghetti", "nozzle hit a zip tie"), strict=False):
        stack.ha.api("PATCH", f"/api/print_logger/jobs/{job['id']}", {"failure_reason": reason})
    rows = stack.rest("/analytics/breakdown?by=failure_reason")["rows"]
    keys = {row["key"]: row["jobs"] for row in rows}
    assert keys["clog"] == 2
    assert keys["spaghetti"] == 1

    panel = await open_panel(browser, stack)
    await panel.get_by_role("tab", name="Analytics").click()
    view = panel.locator("pl-analytics-view")
    await view.locator('select[name="period"]').select_option("all")
    bars = view.locator('[data-chart="failure_reason"] li[data-key]')
    expected = sorted([str(r["key"] or ""), float(r["jobs"])] for r in rows)

    async def shown() -> list[list[object]]:
        return sorted(
            await bars.evaluate_all(
                "els => els.map(e => [e.dataset.key, Number(e.dataset.value)])"
            )
        )

    # The period's figures replace the default period's once loaded.
    assert await poll(browser.page, shown, expected) == expected
    section = view.locator('[data-chart="failure_reason"]')
    await expect(section).to_contain_text("Clogged nozzle")
    await expect(section).to_contain_text("Spaghetti")
    await section.scroll_into_view_if_needed()
    await browser.page.wait_for_timeout(300)
    await section.screenshot(path=str(DOCS / "failure-reasons.png"))
    finish(browser)
