"""Diagnostics: settings with secrets redacted, the live printer (idle, and mid-print) and the database."""

from __future__ import annotations

import asyncio
from collections.abc import Callable
from pathlib import Path

from homeassistant.core import HomeAssistant
import pytest
from pytest_homeassistant_custom_component.components.diagnostics import (
    get_diagnostics_for_config_entry,
)
from pytest_homeassistant_custom_component.typing import ClientSessionGenerator
from syrupy.assertion import SnapshotAssertion
from syrupy.matchers import path_type

from tests.conftest import entry_for
from tests.helpers.moonraker import MoonrakerProcess
from tests.helpers.printer import FIXTURES, SimulatedPrinter

pytestmark = pytest.mark.moonraker


async def test_diagnostics(
    hass: HomeAssistant,
    hass_client: ClientSessionGenerator,
    moonraker_auth: MoonrakerProcess,
    snapshot: SnapshotAssertion,
) -> None:
    """The API key never shows; the database, its schema and its row counts do."""
    entry = entry_for(moonraker_auth, api_key=moonraker_auth.api_key)
    entry.add_to_hass(hass)
    assert await hass.config_entries.async_setup(entry.entry_id)
    await hass.async_block_till_done()
    # Wait for the websocket: Moonraker then says Klippy is not connected (no Klippy here).
    coordinator = entry.runtime_data.coordinator
    async with asyncio.timeout(10):
        while coordinator.data.klippy_state is None:
            await asyncio.sleep(0.05)
    diagnostics = await get_diagnostics_for_config_entry(hass, hass_client, entry)
    assert diagnostics["entry"]["data"]["api_key"] == "**REDACTED**"
    assert moonraker_auth.api_key not in str(diagnostics)
    database = diagnostics["database"]
    assert database["backend"] == "auto"
    assert database["url"].endswith("print_logger.db")
    assert database["available"] is True
    assert database["pending_writes"] == 0
    assert database["engine"]["dialect"] == "sqlite"
    assert database["engine"]["schema_version"] >= 1
    assert database["engine"]["row_counts"]["printers"] == 1
    assert diagnostics["printer"]["job"] is None
    # The whole document, but for what differs between runs (ports, paths, versions, live values).
    assert diagnostics == snapshot(
        matcher=path_type(
            {
                "entry.data.port": (int,),
                "database.url": (str,),
                "database.engine.url": (str,),
                "database.engine.server_version": (str,),
                "database.engine.driver": (str,),
                "printer.connected": (bool,),
                "printer.klippy_state": (str, type(None)),
                "printer.print_state": (str,),
                "printer.moonraker_version": (str, type(None)),
                "printer.klipper_version": (str, type(None)),
                "printer.history_available": (bool, type(None)),
            }
        )
    )
    assert await hass.config_entries.async_unload(entry.entry_id)


async def _until(check: Callable[[], bool], what: str, timeout: float = 60) -> None:
    """Wait until ``check()`` holds (the coordinator's snapshot changes as Moonraker reports)."""
    try:
        async with asyncio.timeout(timeout):
            while not check():
                await asyncio.sleep(0.05)
    except TimeoutError:
        raise AssertionError(f"timed out waiting for {what}") from None


async def test_diagnostics_mid_print(
    hass: HomeAssistant,
    hass_client: ClientSessionGenerator,
    tmp_path: Path,
    snapshot: SnapshotAssertion,
) -> None:
    """
    Taken while a print runs (paused half-way), after one that completed: the current job and the
    last job are there, with Klipper's status; the API key is still nowhere.
    """
    async with SimulatedPrinter(tmp_path / "printer", trusted=False) as printer:
        api_key = printer.moonraker.api_key
        assert api_key
        await printer.upload(FIXTURES / "sim_cube.gcode")
        entry = entry_for(printer.moonraker, api_key=api_key)
        entry.add_to_hass(hass)
        assert await hass.config_entries.async_setup(entry.entry_id)
        await hass.async_block_till_done()
        coordinator = entry.runtime_data.coordinator
        await _until(lambda: coordinator.data.klippy_state == "ready", "Klippy ready")

        await printer.start_print("sim_cube.gcode")
        first = await printer.wait_for_job(
            "sim_cube.gcode", status="completed", timeout=60
        )
        await _until(
            lambda: (
                coordinator.data.job is None
                and coordinator.data.last_job is not None
                and coordinator.data.last_job.uid == first["job_id"]
            ),
            "the completed job as the last job",
        )
        await printer.start_print("sim_cube.gcode")
        await _until(
            lambda: (
                coordinator.data.job is not None and coordinator.data.job.progress > 0.2
            ),
            "the second print under way",
        )
        await printer.pause()
        # The tracker counts a pause once it has settled (a pause that ends at once is not one).
        await _until(
            lambda: (
                coordinator.data.print_state == "paused"
                and coordinator.data.job is not None
                and coordinator.data.job.paused_since is not None
            ),
            "the pause counted",
        )
        # The pause's event and the job's save are queued writes: stored before the row counts.
        await coordinator.tracker.async_flush()

        diagnostics = await get_diagnostics_for_config_entry(hass, hass_client, entry)
        assert api_key not in str(diagnostics)
        assert diagnostics["entry"]["data"]["api_key"] == "**REDACTED**"
        current = diagnostics["printer"]["job"]
        last = diagnostics["printer"]["last_job"]
        assert current["status"] == "in_progress"
        assert current["filename"] == "sim_cube.gcode"
        assert 0.2 < current["progress"] < 1
        assert current["pause_count"] == 1
        assert current["paused_since"] is not None
        assert current["uid"] != first["job_id"]
        assert last["status"] == "completed"
        assert last["uid"] == first["job_id"]
        assert last["end"] is not None
        assert last["progress"] == 1
        status = diagnostics["printer"]["status"]
        assert status["print_stats"]["state"] == "paused"
        assert status["print_stats"]["filename"] == "sim_cube.gcode"
        assert diagnostics["database"]["engine"]["row_counts"]["jobs"] == 2
        volatile = {
            f"printer.{job}.{key}": kinds
            for job in ("job", "last_job")
            for key, kinds in {
                "id": (str,),
                "printer_id": (str,),
                "uid": (str,),
                "start": (str,),
                "end": (str, type(None)),
                "paused_since": (str, type(None)),
                "print_duration": (float,),
                "total_duration": (float,),
                "paused_duration": (float,),
                "filament_used_mm": (float,),
                "progress": (float,),
                "current_layer": (int, type(None)),
            }.items()
        }
        assert diagnostics == snapshot(
            matcher=path_type(
                {
                    **volatile,
                    "entry.data.port": (int,),
                    "database.url": (str,),
                    "database.engine.url": (str,),
                    "database.engine.server_version": (str,),
                    "database.engine.driver": (str,),
                    "printer.moonraker_version": (str,),
                    "printer.klipper_version": (str,),
                    "printer.status": (dict,),
                }
            )
        )
        assert await hass.config_entries.async_unload(entry.entry_id)
