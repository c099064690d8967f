"""
Print Logger against what Klipper does between and around prints (issue #24, point 4).

Home Assistant + Print Logger + the real Moonraker on the Klippy simulator, which now goes from one
print straight to the next, has Klippy's ``error`` state, exclude_object and the
``SDCARD_RESET_FILE`` cancel, and reports wall-clock durations.
"""

from __future__ import annotations

import asyncio
from collections.abc import AsyncIterator
from datetime import UTC, datetime, timedelta
from pathlib import Path

from homeassistant.core import HomeAssistant
import pytest

from custom_components.print_logger.const import EVENT_JOB_FINISHED
from custom_components.print_logger.store import JobStatus
from tests.helpers.printer import FIXTURES, SimulatedPrinter
from tests.sim.test_klipper_states import two_objects_gcode
from tests.test_live_capture import (
    CUBE,
    SPEED,
    _true,
    collect,
    ended_job,
    jobs_of,
    setup_printer,
    store_of,
    unload,
    wait_for,
)

pytestmark = [pytest.mark.moonraker, pytest.mark.slow]


@pytest.fixture
async def printer(tmp_path: Path) -> AsyncIterator[SimulatedPrinter]:
    """Return a running simulated printer with the cube uploaded."""
    async with SimulatedPrinter(tmp_path / "printer", speed=SPEED) as sim:
        await sim.upload(FIXTURES / CUBE)
        yield sim


async def test_sdcard_reset_file_is_a_cancel(
    hass: HomeAssistant, printer: SimulatedPrinter
) -> None:
    """PAUSE, CLEAR_PAUSE, SDCARD_RESET_FILE (a CANCEL_PRINT macro's way): cancelled at once.

    Klipper goes from paused straight to standby; Moonraker's history says cancelled. Seen live,
    that is a cancel, not an end we missed (interrupted, then corrected from history).
    """
    entry = await setup_printer(hass, printer)
    events = collect(hass, EVENT_JOB_FINISHED)
    printer.sim.set_speed(20)
    await printer.start_print(CUBE)
    await printer.wait_for_job(CUBE, status="in_progress")
    coordinator = entry.runtime_data.coordinator
    await wait_for(lambda: _true(coordinator.tracker.job is not None))
    await printer.pause()
    await wait_for(lambda: _true(coordinator.tracker.job.pause_count == 1))
    await printer.gcode("CLEAR_PAUSE\nSDCARD_RESET_FILE")
    history = await printer.wait_for_job(CUBE, status="cancelled")
    job = await ended_job(store_of(entry), entry.unique_id)
    assert job.status is JobStatus.CANCELLED
    assert job.uid == history["job_id"]
    assert [e.data["outcome"] for e in events] == ["cancelled"]
    await unload(hass, entry)


async def test_one_print_straight_after_another(
    hass: HomeAssistant, printer: SimulatedPrinter
) -> None:
    """A print queue: the next file starts right after the last one completed, no standby between.

    Two jobs, each completed with its own Moonraker uid and Moonraker's start, none interrupted.
    """
    second = await printer.upload(FIXTURES / CUBE, "next.gcode")
    entry = await setup_printer(hass, printer)
    coordinator = entry.runtime_data.coordinator
    printer.sim.set_speed(100)
    await printer.start_print(CUBE)
    # Moonraker's job queue starts the next file once it saw the last one complete
    first = await printer.wait_for_job(CUBE, status="completed", timeout=30)
    await printer.sim.run_script(f"SDCARD_PRINT_FILE FILENAME={second}")
    await printer.sim.wait_for_state("complete", timeout=30)
    following = await printer.wait_for_job(second, status="completed")

    async def both_linked() -> bool:
        jobs = await jobs_of(store_of(entry), entry.unique_id)
        return [j.uid for j in jobs] == [first["job_id"], following["job_id"]] and all(
            j.status is JobStatus.COMPLETED for j in jobs
        )

    await wait_for(both_linked)
    jobs = await jobs_of(store_of(entry), entry.unique_id)
    assert [(j.filename, j.status) for j in jobs] == [
        (CUBE, JobStatus.COMPLETED),
        (second, JobStatus.COMPLETED),
    ]
    for job, history in zip(jobs, (first, following), strict=True):
        assert job.start == datetime.fromtimestamp(history["start_time"], UTC)
        # The durations agree with the wall clock: the job ran from its start for total_duration
        assert job.end is not None
        assert abs(
            (job.end - job.start) - timedelta(seconds=history["total_duration"])
        ) < timedelta(seconds=1)
    assert coordinator.tracker.job is None
    await unload(hass, entry)


async def test_klippy_error_state(
    hass: HomeAssistant, printer: SimulatedPrinter
) -> None:
    """RESTART into a config error mid-print: the job ends (klippy_disconnect), no job while in error.

    After the fix the printer is ready again and the next print is logged as usual.
    """
    entry = await setup_printer(hass, printer)
    coordinator = entry.runtime_data.coordinator
    printer.sim.set_speed(5)
    await printer.start_print(CUBE)
    await printer.wait_for_job(CUBE, status="in_progress")
    await wait_for(lambda: _true(coordinator.data.job is not None))
    printer.sim.fail_start("config")
    await printer.klippy_restart()
    await printer.sim.wait_for_klippy_state("error")
    await wait_for(lambda: _true(coordinator.tracker.state.klippy_state == "error"))
    job = await ended_job(store_of(entry), entry.unique_id)
    assert job.status is JobStatus.KLIPPY_DISCONNECT
    assert coordinator.tracker.job is None
    printer.sim.fail_start(None)
    await printer.klippy_restart()
    await printer.wait_ready()
    await wait_for(lambda: _true(coordinator.tracker.state.klippy_state == "ready"))
    printer.sim.set_speed(200)
    await printer.start_print(CUBE)
    second = await ended_job(store_of(entry), entry.unique_id, count=2)
    assert second.status is JobStatus.COMPLETED
    assert len(await jobs_of(store_of(entry), entry.unique_id)) == 2
    await unload(hass, entry)


async def test_excluded_object(hass: HomeAssistant, printer: SimulatedPrinter) -> None:
    """An object excluded mid-print: completed, with the filament Klipper counted (less)."""
    path = printer.gcodes_dir / "two.gcode"
    await asyncio.to_thread(path.write_text, two_objects_gcode())
    entry = await setup_printer(hass, printer)
    printer.sim.set_speed(5)
    await printer.start_print("two.gcode")
    await printer.wait_for_job("two.gcode", status="in_progress")
    await printer.sim.wait_for_progress(0.3)
    await printer.gcode("EXCLUDE_OBJECT NAME=right")
    printer.sim.set_speed(100)
    history = await printer.wait_for_job("two.gcode", status="completed", timeout=30)
    job = await ended_job(store_of(entry), entry.unique_id, "two.gcode")
    assert job.status is JobStatus.COMPLETED
    assert job.filament_used_mm == pytest.approx(history["filament_used"], abs=1e-6)
    assert job.filament_used_mm < 44.0  # of the 48 mm both squares take
    await unload(hass, entry)
