"""
Spools when things go wrong (issue 15, point 5), and the history import and the select, against
the REAL Moonraker's ``[spoolman]`` with the Spoolman double: Spoolman down during a job, a spool
deleted or archived, an unknown spool id, Moonraker without ``[spoolman]``.
"""

from __future__ import annotations

from collections.abc import AsyncIterator
import logging
from pathlib import Path

from homeassistant.core import HomeAssistant
from homeassistant.helpers import entity_registry as er, issue_registry as ir
import pytest
from pytest_homeassistant_custom_component.common import MockConfigEntry

from custom_components.print_logger.const import CONF_IMPORT_HISTORY, DOMAIN, IMPORT_ALL
from custom_components.print_logger.store import JobQuery, JobRecord, JobStatus
from tests.conftest import entry_for
from tests.helpers.printer import FIXTURES, SimulatedPrinter
from tests.helpers.spoolman import SpoolmanDouble
from tests.spoolman.test_live import (
    CUBE,
    SPEED,
    _true,
    all_reported,
    job_with_spools,
    set_spool,
    wait_for,
)
from tests.test_live_capture import setup_printer, unload

pytestmark = [pytest.mark.moonraker, pytest.mark.slow]


@pytest.fixture
async def spoolman() -> AsyncIterator[SpoolmanDouble]:
    """Return a seeded Spoolman double (running)."""
    double = SpoolmanDouble()
    double.seed()
    await double.start()
    yield double
    await double.stop()


async def new_printer(
    tmp_path: Path, spoolman: SpoolmanDouble | None
) -> SimulatedPrinter:
    """Start a printer, with [spoolman] pointing at the double when given."""
    sim = SimulatedPrinter(
        tmp_path / "printer",
        speed=SPEED,
        extra_config=spoolman.moonraker_config if spoolman else "",
    )
    await sim.start()
    await sim.upload(FIXTURES / CUBE)
    return sim


async def newest_job(entry: MockConfigEntry) -> JobRecord | None:
    """Return the newest job once it has ended."""
    page = await entry.runtime_data.store.list_jobs(
        JobQuery(sort="start", order="desc", limit=1)
    )
    if page.jobs and page.jobs[0].status is not JobStatus.IN_PROGRESS:
        return page.jobs[0]
    return None


def issue_id(entry: MockConfigEntry) -> str:
    """Return the id of the printer's Spoolman repair issue."""
    return f"spoolman_unreachable_{entry.unique_id}"


def print_logger_errors(caplog: pytest.LogCaptureFixture) -> list[str]:
    """Return Print Logger's log records of level warning and up."""
    return [
        r.getMessage()
        for r in caplog.records
        if r.name.startswith("custom_components.print_logger")
        and r.levelno >= logging.WARNING
    ]


async def test_spoolman_down_during_the_job(
    hass: HomeAssistant, tmp_path: Path, spoolman: SpoolmanDouble
) -> None:
    """
    Spoolman down before and during the whole print: the job is logged with its spool and
    length, a repair issue is raised; when Spoolman is back the spool's facts and grams are
    filled in and the issue goes, and the grams agree with the backlog Moonraker reports.
    """
    printer = await new_printer(tmp_path, spoolman)
    try:
        await spoolman.stop()
        # As in capture 07: the spool is set while Spoolman is down (local to Moonraker).
        await set_spool(printer, 1)
        entry = await setup_printer(hass, printer)
        coordinator = entry.runtime_data.coordinator
        await wait_for(lambda: _true(coordinator.data.spoolman is not None))
        assert coordinator.data.spoolman is not None
        assert coordinator.data.spoolman.connected is False
        assert ir.async_get(hass).async_get_issue(DOMAIN, issue_id(entry)) is not None
        await printer.start_print(CUBE)
        await printer.wait_for_job(CUBE, status="completed", timeout=60)
        job = await wait_for(lambda: newest_job(entry))
        await entry.runtime_data.coordinator.tracker.async_flush()
        assert job.status is JobStatus.COMPLETED
        job = await wait_for(lambda: _with_spools(entry))
        (spool,) = job.spools
        assert spool.spool_id == 1
        assert spool.filament_name is None
        assert spool.length_mm == pytest.approx(job.filament_used_mm)
        assert spoolman.uses == []

        await spoolman.start()
        job = await job_with_spools(entry)
        await wait_for(lambda: all_reported(printer, spoolman, job))
        (spool,) = job.spools
        assert spool.filament_name == "PLA+ Black"
        assert spool.weight_g == pytest.approx(spoolman.used_weight(1), rel=0.01)
        # Moonraker sent the whole backlog in one PUT once Spoolman was back.
        assert len(spoolman.uses) == 1
        assert job.spool_filament_cost is not None
        await wait_for(
            lambda: _true(
                ir.async_get(hass).async_get_issue(DOMAIN, issue_id(entry)) is None
            )
        )
        await unload(hass, entry)
    finally:
        await printer.stop()


async def _with_spools(entry: MockConfigEntry) -> JobRecord | None:
    job = await newest_job(entry)
    return job if job is not None and job.spools else None


async def test_spool_deleted_mid_print_and_archived_spool(
    hass: HomeAssistant, tmp_path: Path, spoolman: SpoolmanDouble
) -> None:
    """
    An archived spool is still read; a spool deleted in Spoolman mid-print (Moonraker clears it)
    keeps the facts read when it became active and the filament up to its deletion.
    """
    await spoolman.patch_spool(2, {"archived": True})
    spool_3 = spoolman.create(
        "spool", {"filament_id": 2, "initial_weight": 1000, "spool_weight": 160}
    )
    printer = await new_printer(tmp_path, spoolman)
    try:
        await wait_for(lambda: _connected(printer))
        await set_spool(printer, spool_3["id"])
        entry = await setup_printer(hass, printer)
        coordinator = entry.runtime_data.coordinator
        await wait_for(
            lambda: _true(
                coordinator.data.spoolman is not None
                and coordinator.data.spoolman.active is not None
            )
        )
        printer.sim.set_speed(50)
        await printer.start_print(CUBE)
        await printer.sim.wait_for_progress(0.4)
        await printer.pause()
        paused = await printer.sim.wait_for_state("paused")
        # Spool 3 was active up to the pause: delete it once the tracker has seen the filament
        # up to there (the ledger cuts at the filament the tracker has seen when the active spool
        # changes, as Moonraker does), so nothing is left to no spool and spool 2 takes over.
        await wait_for(
            lambda: _true(
                coordinator.tracker.job is not None
                and coordinator.tracker.job.filament_used_mm
                >= paused["filament_used"] - 1e-6
            )
        )
        await spoolman.delete_spool(spool_3["id"])
        await wait_for(
            lambda: _true(
                coordinator.data.spoolman is not None
                and coordinator.data.spoolman.active_id is None
            )
        )
        # The archived spool 2 takes over.
        await set_spool(printer, 2)
        await printer.resume()
        printer.sim.set_speed(SPEED)
        await printer.wait_for_job(CUBE, status="completed", timeout=60)
        job = await job_with_spools(entry, count=2)
        deleted, archived = job.spools
        assert deleted.spool_id == spool_3["id"]
        assert (deleted.filament_name, deleted.material) == ("PETG Blue", "PETG")
        assert (
            0.2 * job.filament_used_mm < deleted.length_mm < 0.8 * job.filament_used_mm
        )
        assert archived.spool_id == 2
        assert archived.price == 18.5
        assert deleted.length_mm + archived.length_mm == pytest.approx(
            job.filament_used_mm
        )
        await unload(hass, entry)
    finally:
        await printer.stop()


async def _connected(printer: SimulatedPrinter) -> bool:
    status = await printer.request("GET", "/server/spoolman/status")
    return bool(status["spoolman_connected"])


async def test_unknown_spool_id(
    hass: HomeAssistant,
    tmp_path: Path,
    spoolman: SpoolmanDouble,
    caplog: pytest.LogCaptureFixture,
) -> None:
    """
    An id Spoolman never had (Moonraker accepts any, and drops it at its first report, a 404):
    the job keeps the id and the length up to then, without facts, and nothing is logged.
    """
    printer = await new_printer(tmp_path, spoolman)
    try:
        await wait_for(lambda: _connected(printer))
        await set_spool(printer, 999)
        entry = await setup_printer(hass, printer)
        coordinator = entry.runtime_data.coordinator
        await wait_for(
            lambda: _true(
                coordinator.data.spoolman is not None
                and coordinator.data.spoolman.active_id == 999
            )
        )
        printer.sim.set_speed(50)
        await printer.start_print(CUBE)
        await printer.sim.wait_for_progress(0.3)
        await printer.pause()
        await printer.sim.wait_for_state("paused")
        # Moonraker's next report of the filament gets Spoolman's 404: it drops the spool.
        await wait_for(
            lambda: _true(
                coordinator.data.spoolman is not None
                and coordinator.data.spoolman.active_id is None
            )
        )
        await printer.resume()
        printer.sim.set_speed(SPEED)
        await printer.wait_for_job(CUBE, status="completed", timeout=60)
        job = await wait_for(lambda: _with_spools(entry))
        (spool,) = job.spools
        assert spool.spool_id == 999
        assert spool.filament_name is None
        assert spool.weight_g is None
        assert 0 < spool.length_mm < job.filament_used_mm
        assert job.spool_filament_cost is None
        assert await printer.request("GET", "/server/spoolman/spool_id") == {
            "spool_id": None
        }
        assert spoolman.uses == []
        assert print_logger_errors(caplog) == []
        await unload(hass, entry)
    finally:
        await printer.stop()


async def test_moonraker_without_spoolman(
    hass: HomeAssistant, tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    """No [spoolman]: no spool entities, no issue, jobs without spools, nothing logged."""
    printer = await new_printer(tmp_path, None)
    try:
        entry = await setup_printer(hass, printer)
        await printer.start_print(CUBE)
        await printer.wait_for_job(CUBE, status="completed", timeout=60)
        job = await wait_for(lambda: newest_job(entry))
        await entry.runtime_data.coordinator.tracker.async_flush()
        job = await newest_job(entry)
        assert job is not None
        assert job.spools == ()
        assert entry.runtime_data.coordinator.data.spoolman is None
        registry = er.async_get(hass)
        keys = {
            e.unique_id.removeprefix(f"{entry.unique_id}_")
            for e in er.async_entries_for_config_entry(registry, entry.entry_id)
        }
        assert "active_spool" not in keys
        assert "active_spool_select" not in keys
        assert ir.async_get(hass).async_get_issue(DOMAIN, issue_id(entry)) is None
        assert print_logger_errors(caplog) == []
        await unload(hass, entry)
    finally:
        await printer.stop()


async def test_history_import_with_spool_ids(
    hass: HomeAssistant, tmp_path: Path, spoolman: SpoolmanDouble
) -> None:
    """A job printed before Home Assistant watched is imported with auxiliary_data's spool."""
    printer = await new_printer(tmp_path, spoolman)
    try:
        await wait_for(lambda: _connected(printer))
        await set_spool(printer, 2)
        await printer.start_print(CUBE)
        history = await printer.wait_for_job(CUBE, status="completed", timeout=60)
        aux = {a["name"]: a["value"] for a in history["auxiliary_data"]}
        assert aux["spool_ids"] == [2]
        base = entry_for(printer.moonraker)
        entry = MockConfigEntry(
            domain=DOMAIN,
            title=base.title,
            unique_id=base.unique_id,
            data=dict(base.data),
            options={**base.options, CONF_IMPORT_HISTORY: IMPORT_ALL},
        )
        entry.add_to_hass(hass)
        assert await hass.config_entries.async_setup(entry.entry_id)
        await hass.async_block_till_done()
        job = await job_with_spools(entry)
        assert job.uid == history["job_id"]
        (spool,) = job.spools
        assert (spool.spool_id, spool.filament_name, spool.price) == (
            2,
            "PETG Blue",
            18.5,
        )
        assert spool.length_mm == pytest.approx(history["filament_used"])
        assert spool.weight_g is not None
        await unload(hass, entry)
    finally:
        await printer.stop()


async def test_select_changes_moonrakers_active_spool(
    hass: HomeAssistant, tmp_path: Path, spoolman: SpoolmanDouble
) -> None:
    """The select lists Spoolman's spools; choosing one makes it Moonraker's active spool."""
    printer = await new_printer(tmp_path, spoolman)
    try:
        await wait_for(lambda: _connected(printer))
        entry = await setup_printer(hass, printer)
        registry = er.async_get(hass)

        def entity(key: str) -> str | None:
            return registry.async_get_entity_id(
                "select" if key.endswith("select") else "sensor",
                DOMAIN,
                f"{entry.unique_id}_{key}",
            )

        await wait_for(lambda: _true(entity("active_spool_select") is not None))
        select_id = entity("active_spool_select")
        sensor_id = entity("active_spool")
        assert select_id is not None and sensor_id is not None

        async def options() -> list[str] | None:
            state = hass.states.get(select_id)
            if state is None or len(state.attributes.get("options", [])) < 3:
                return None
            return list(state.attributes["options"])

        assert await wait_for(options) == [
            "none",
            "#1 eSUN PLA+ Black",
            "#2 eSUN PETG Blue",
        ]
        assert hass.states.get(select_id).state == "none"
        await hass.services.async_call(
            "select",
            "select_option",
            {"entity_id": select_id, "option": "#2 eSUN PETG Blue"},
            blocking=True,
        )
        assert await printer.request("GET", "/server/spoolman/spool_id") == {
            "spool_id": 2
        }

        async def sensor_shows_2() -> bool:
            state = hass.states.get(sensor_id)
            return state is not None and state.state == "#2 eSUN PETG Blue"

        await wait_for(sensor_shows_2)
        attrs = hass.states.get(sensor_id).attributes
        assert attrs["spool_id"] == 2
        assert (attrs["filament"], attrs["material"], attrs["colour"]) == (
            "PETG Blue",
            "PETG",
            "#1E90FF",
        )
        assert attrs["remaining_weight"] == 750.0
        assert hass.states.get(select_id).state == "#2 eSUN PETG Blue"
        await hass.services.async_call(
            "select",
            "select_option",
            {"entity_id": select_id, "option": "none"},
            blocking=True,
        )
        assert await printer.request("GET", "/server/spoolman/spool_id") == {
            "spool_id": None
        }
        await unload(hass, entry)
    finally:
        await printer.stop()
