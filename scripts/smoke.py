"""
Smoke-test the integration on other Home Assistant releases, each a real Home Assistant in its own venv.

    .venv/bin/python scripts/smoke.py .venv-ha-oldest .venv-ha-newest

For each venv (made by scripts/setup): start that venv's Home Assistant with this working tree's
integration, onboard, add the demo printer (the real Moonraker on the Klippy simulator) through the
config flow, print sim_cube.gcode, read the finished job through the REST API, open the Print Log panel
in headless Chromium and wait for the job's row. Then Home Assistant is stopped and its log is read:
a deprecation warning from Home Assistant (its frame helper's "Detected that custom integration …",
a deprecated constant or function, anything that "will stop working"), or an error logged by or about
print_logger, fails the run. Uses tests/frontend/harness.py (the browser tests' process harness).
Prints a line per release with its timings; exits 1 if one failed.
"""

from __future__ import annotations

import argparse
import asyncio
from pathlib import Path
import re
import shutil
import subprocess
import sys
import tempfile
import time

from playwright.async_api import async_playwright

REPO_ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO_ROOT))

from tests.frontend.harness import (  # noqa: E402
    CHROMIUM,
    CHROMIUM_ARGS,
    DemoPrinter,
    HomeAssistantProcess,
    Tokens,
)

GCODE = "sim_cube.gcode"
PRINTER_SPEED = (
    40.0  # simulated seconds per real second: the cube prints in a few seconds
)
ARTIFACTS = REPO_ROOT / "test-artifacts" / "smoke"

# What Home Assistant logs when an integration uses something deprecated (helpers/frame.py's
# report_usage, helpers/deprecation.py's deprecated constants, functions and classes).
DEPRECATION = re.compile(
    r"deprecat|Detected that custom integration|Detected code that|will stop working|"
    r"will be removed in",
    re.IGNORECASE,
)
LOG_RECORD = re.compile(
    r"^\d{4}-\d\d-\d\d \d\d:\d\d:\d\d\.\d+(?:[+-]\d\d:\d\d)? (?P<level>[A-Z]+) "
)


def log_problems(log: str) -> list[str]:
    """Return the log records that fail the smoke run (each record with its continuation lines)."""
    records: list[str] = []
    for line in log.splitlines():
        if LOG_RECORD.match(line) or not records:
            records.append(line)
        else:
            records[-1] += "\n" + line
    problems = []
    for record in records:
        match = LOG_RECORD.match(record)
        level = match.group("level") if match else ""
        if DEPRECATION.search(record) or (
            level in ("ERROR", "CRITICAL") and "print_logger" in record
        ):
            problems.append(record)
    return problems


async def _panel_renders(
    ha: HomeAssistantProcess, tokens: Tokens, job_id: str, screenshots: Path | None
) -> None:
    """
    Open /print-log in headless Chromium and wait for the job's row; raise if it does not show.

    With ``screenshots``, also save the integrations page with the brand icon there.
    """
    async with async_playwright() as pw:
        chromium = await pw.chromium.launch(
            executable_path=CHROMIUM, headless=True, args=CHROMIUM_ARGS
        )
        try:
            context = await chromium.new_context(
                viewport={"width": 1280, "height": 800}
            )
            await context.add_init_script(
                f"window.localStorage.setItem('hassTokens', {tokens.local_storage()!r});"
            )
            page = await context.new_page()
            errors: list[str] = []
            page.on("pageerror", lambda err: errors.append(str(err)))
            await page.goto(f"{ha.url}/print-log")
            row = page.locator(f'print-logger-panel tbody tr[data-job-id="{job_id}"]')
            await row.wait_for(timeout=60_000)
            text = await row.inner_text()
            if GCODE not in text:
                raise RuntimeError(f"the panel's row of the job reads {text!r}")
            if errors:
                raise RuntimeError(f"errors on the panel page: {errors}")
            if screenshots is not None:
                await page.goto(f"{ha.url}/config/integrations/dashboard")
                icon = page.locator(
                    'img[src*="/brands/integration/print_logger/"]'
                ).first
                await icon.wait_for(timeout=60_000)
                await page.wait_for_function(
                    "() => !document.getElementById('ha-launch-screen')"
                )
                await icon.evaluate(
                    "img => img.complete || new Promise(r => img.addEventListener('load', r))"
                )
                await page.screenshot(path=str(screenshots / "integrations-brand.png"))
        finally:
            await chromium.close()


def smoke(
    venv: Path, work: Path, screenshots: Path | None = None
) -> tuple[str, dict[str, float]]:
    """Run the smoke test on one venv; return Home Assistant's version and the timings."""
    hass_bin = venv / "bin" / "hass"
    version = subprocess.run(  # noqa: S603 - the venv's own Python
        [
            str(venv / "bin" / "python"),
            "-c",
            "from homeassistant.const import __version__; print(__version__)",
        ],
        capture_output=True,
        text=True,
        check=True,
    ).stdout.strip()
    timings: dict[str, float] = {}
    if screenshots is not None:
        screenshots.mkdir(parents=True, exist_ok=True)
    printer = DemoPrinter(work / "printer", speed=PRINTER_SPEED)
    ha = HomeAssistantProcess(work / "config", hass_bin=hass_bin)
    started = time.monotonic()
    try:
        printer.start()
        ha.prepare()
        ha.start()
        timings["start"] = time.monotonic() - started
        tokens = ha.onboard()
        ha.add_printer(printer, "Smoke")
        ha.wait_for(
            "the printer online in the API",
            lambda: any(
                p["id"] == printer.instance_uuid and p["online"]
                for p in ha.api("GET", "/api/print_logger/printers")["printers"]
            ),
        )
        mark = time.monotonic()
        printer.post(f"/printer/print/start?filename={GCODE}")
        job = ha.wait_for(
            "the printed job, completed, through REST",
            lambda: next(
                (
                    j
                    for j in ha.api("GET", "/api/print_logger/jobs?limit=5")["jobs"]
                    if j["filename"] == GCODE and j["status"] == "completed"
                ),
                None,
            ),
            timeout=120,
        )
        detail = ha.api("GET", f"/api/print_logger/jobs/{job['id']}")["job"]
        if detail["printer_id"] != printer.instance_uuid:
            raise RuntimeError(f"the job is not the demo printer's: {detail}")
        timings["print"] = time.monotonic() - mark
        mark = time.monotonic()
        status, page = ha.request("GET", "/print-log", auth=False)
        if status != 200 or "<html" not in str(page).lower():
            raise RuntimeError(f"GET /print-log answered {status}")
        status, _ = ha.request("GET", "/api/brands/integration/print_logger/icon.png")
        if status != 200:
            raise RuntimeError(
                f"Home Assistant does not serve the brand icon ({status})"
            )
        asyncio.run(_panel_renders(ha, tokens, job["id"], screenshots))
        timings["panel"] = time.monotonic() - mark
    finally:
        ha.stop()
        printer.stop()
        if ha.log_path.exists():
            ARTIFACTS.mkdir(parents=True, exist_ok=True)
            shutil.copy2(ha.log_path, ARTIFACTS / f"home-assistant-{version}.log")
    problems = log_problems(ha.log_path.read_text(encoding="utf-8", errors="replace"))
    if problems:
        raise RuntimeError(
            f"Home Assistant {version} logged deprecations or errors:\n"
            + "\n".join(problems)
        )
    timings["total"] = time.monotonic() - started
    return version, timings


def main() -> int:
    """Smoke-test every venv given; print one line each."""
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0].strip())
    parser.add_argument("venvs", nargs="+", type=Path)
    parser.add_argument(
        "--screenshots",
        type=Path,
        help="save the integrations page (with the brand icon) here, e.g. docs/",
    )
    args = parser.parse_args()
    failed = 0
    for venv in args.venvs:
        venv = venv if venv.is_absolute() else REPO_ROOT / venv
        if not (venv / "bin" / "hass").exists():
            print(f"{venv.name}: no Home Assistant here: run scripts/setup", flush=True)
            failed += 1
            continue
        with tempfile.TemporaryDirectory(prefix=f"smoke-{venv.name}-") as tmp:
            try:
                version, timings = smoke(venv, Path(tmp), args.screenshots)
            except Exception as err:  # noqa: BLE001 - reported, then the next release
                print(f"{venv.name}: FAILED: {err}", flush=True)
                failed += 1
                continue
        figures = ", ".join(
            f"{name} {seconds:.1f} s" for name, seconds in timings.items()
        )
        print(f"{venv.name}: Home Assistant {version} passed ({figures})", flush=True)
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
