"""
Spools of live jobs: Home Assistant + Print Logger against the REAL Moonraker with its real
``[spoolman]`` component, on the Klippy simulator, with the Spoolman test double behind it.

What Print Logger stores per spool is compared with what Moonraker itself reported to Spoolman
(the ``PUT /use`` calls the double received).
"""

from __future__ import annotations

import asyncio
from collections.abc import AsyncIterator, Awaitable, Callable
import math
from pathlib import Path

from homeassistant.core import HomeAssistant
import pytest
from pytest_homeassistant_custom_component.common import MockConfigEntry

from custom_components.print_logger.const import EVENT_JOB_FINISHED
from custom_components.print_logger.store import JobQuery, JobRecord, JobStatus
from tests.helpers.printer import FIXTURES, SimulatedPrinter
from tests.helpers.spoolman import SpoolmanDouble
from tests.test_live_capture import collect, setup_printer, unload

pytestmark = [pytest.mark.moonraker, pytest.mark.slow]

CUBE = "sim_cube.gcode"
SPEED = 200.0


@pytest.fixture
async def spoolman() -> AsyncIterator[SpoolmanDouble]:
    """Return a running Spoolman double with the captures' vendor, filaments and two spools."""
    double = SpoolmanDouble()
    double.seed()
    await double.start()
    yield double
    await double.stop()


@pytest.fixture
async def printer(
    tmp_path: Path, spoolman: SpoolmanDouble
) -> AsyncIterator[SimulatedPrinter]:
    """Return a simulated printer whose Moonraker has [spoolman] pointing at the double."""
    async with SimulatedPrinter(
        tmp_path / "printer", speed=SPEED, extra_config=spoolman.moonraker_config
    ) as sim:
        await sim.upload(FIXTURES / CUBE)
        await wait_for(lambda: _spoolman_connected(sim))
        yield sim


async def _spoolman_connected(printer: SimulatedPrinter) -> bool:
    status = await printer.request("GET", "/server/spoolman/status")
    return bool(status["spoolman_connected"])


async def wait_for[T](
    fn: Callable[[], Awaitable[T | None]], timeout: float = 30.0
) -> T:
    """Poll ``fn`` until it returns something truthy."""
    async with asyncio.timeout(timeout):
        while True:
            if result := await fn():
                return result
            await asyncio.sleep(0.05)


async def set_spool(printer: SimulatedPrinter, spool_id: int | None) -> None:
    """Set Moonraker's active spool over HTTP, as Fluidd or Mainsail do (None: clear)."""
    await printer.request(
        "POST",
        "/server/spoolman/spool_id",
        json={} if spool_id is None else {"spool_id": spool_id},
    )


async def reported(printer: SimulatedPrinter) -> bool:
    """Return True once Moonraker has nothing left to report to Spoolman."""
    status = await printer.request("GET", "/server/spoolman/status")
    return status["spoolman_connected"] and not status["pending_reports"]


async def all_reported(
    printer: SimulatedPrinter, spoolman: SpoolmanDouble, job: JobRecord
) -> bool:
    """
    Return True once Moonraker has reported the job's filament to Spoolman.

    Moonraker empties its pending reports before its ``PUT /use`` reaches Spoolman, so "nothing
    pending" alone can come a moment before the last report arrives: also wait until Spoolman has
    received (within 1 %) as much as the job extruded from its spools.
    """
    if not await reported(printer):
        return False
    received = sum(spoolman.used_length(s.spool_id) for s in job.spools)
    expected = sum(s.length_mm for s in job.spools)
    return received >= 0.99 * expected


async def job_with_spools(entry: MockConfigEntry, count: int = 1) -> JobRecord:
    """Wait until the newest job has ended and its spools are stored with their facts."""
    store = entry.runtime_data.store

    async def ready() -> JobRecord | None:
        page = await store.list_jobs(JobQuery(sort="start", order="desc", limit=1))
        if not page.jobs:
            return None
        job = page.jobs[0]
        if job.status is JobStatus.IN_PROGRESS or len(job.spools) < count:
            return None
        if any(s.filament_name is None for s in job.spools):
            return None
        return job

    return await wait_for(ready)


def grams(length: float, density: float) -> float:
    """Spoolman's weight of a length of 1.75 mm filament."""
    return length * math.pi * (1.75 / 2) ** 2 / 1000 * density


async def test_one_spool(
    hass: HomeAssistant, printer: SimulatedPrinter, spoolman: SpoolmanDouble
) -> None:
    """A print with spool 1 active: one spool, its length and grams as Moonraker reported them."""
    await set_spool(printer, 1)
    entry = await setup_printer(hass, printer)
    coordinator = entry.runtime_data.coordinator
    await wait_for(lambda: _true(coordinator.data.spoolman is not None))
    events = collect(hass, EVENT_JOB_FINISHED)
    await printer.start_print(CUBE)
    history = await printer.wait_for_job(CUBE, status="completed", timeout=60)
    job = await job_with_spools(entry)
    await wait_for(lambda: all_reported(printer, spoolman, job))
    (spool,) = job.spools
    assert spool.spool_id == 1
    assert (spool.filament_name, spool.vendor, spool.material, spool.color_hex) == (
        "PLA+ Black",
        "eSUN",
        "PLA",
        "1A1A1A",
    )
    assert (spool.diameter, spool.density) == (1.75, 1.24)
    # Spool 1 has no price of its own: the filament's 20 for 1000 g.
    assert (spool.price, spool.price_weight) == (20.0, 1000.0)
    assert spool.length_mm == pytest.approx(job.filament_used_mm)
    assert spool.weight_g == pytest.approx(spoolman.used_weight(1), rel=0.01)
    assert spool.length_mm == pytest.approx(spoolman.used_length(1), rel=0.01)
    assert job.spool_filament_cost == pytest.approx(spool.weight_g * 20 / 1000)
    # Moonraker's history says the same spool.
    aux = {a["name"]: a["value"] for a in history["auxiliary_data"]}
    assert aux["spool_ids"] == [1]
    await hass.async_block_till_done()
    assert events[-1].data["spool_ids"] == [1]
    await unload(hass, entry)


async def test_spool_change_mid_print(
    hass: HomeAssistant, printer: SimulatedPrinter, spoolman: SpoolmanDouble
) -> None:
    """Spool 1, then 2 from a pause on: the grams split as Moonraker reported to Spoolman (1 %)."""
    await set_spool(printer, 1)
    entry = await setup_printer(hass, printer)
    coordinator = entry.runtime_data.coordinator
    printer.sim.set_speed(50)
    await printer.start_print(CUBE)
    await printer.sim.wait_for_progress(0.4)
    await printer.pause()
    await printer.sim.wait_for_state("paused")
    await set_spool(printer, 2)
    await wait_for(
        lambda: _true(
            coordinator.data.spoolman is not None
            and coordinator.data.spoolman.active_id == 2
        )
    )
    await printer.resume()
    printer.sim.set_speed(SPEED)
    history = await printer.wait_for_job(CUBE, status="completed", timeout=60)
    job = await job_with_spools(entry, count=2)
    await wait_for(lambda: all_reported(printer, spoolman, job))
    first, second = job.spools
    assert (first.spool_id, second.spool_id) == (1, 2)
    # Both parts are real: the pause came at 40 % of the file.
    assert first.length_mm > 0.2 * job.filament_used_mm
    assert second.length_mm > 0.2 * job.filament_used_mm
    assert first.length_mm + second.length_mm == pytest.approx(job.filament_used_mm)
    for spool in (first, second):
        assert spool.weight_g == pytest.approx(
            spoolman.used_weight(spool.spool_id), rel=0.01
        )
    assert second.weight_g == pytest.approx(grams(second.length_mm, 1.27))
    # Spool 2 has a price of its own (18.5 for its 1000 g); spool 1 the filament's.
    assert (second.price, second.material, second.color_hex) == (18.5, "PETG", "1E90FF")
    assert job.spool_filament_cost == pytest.approx(
        first.weight_g * 20 / 1000 + second.weight_g * 18.5 / 1000
    )
    aux = {a["name"]: a["value"] for a in history["auxiliary_data"]}
    assert aux["spool_ids"] == [1, 2]
    await unload(hass, entry)


async def _true(value: bool) -> bool:
    return value
