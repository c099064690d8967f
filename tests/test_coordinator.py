"""The printer coordinator: refresh on request, and reconciliation that nothing stops for good."""

from __future__ import annotations

import asyncio
from datetime import UTC, datetime
from pathlib import Path

from homeassistant.core import HomeAssistant
from homeassistant.helpers import entity_registry as er
from homeassistant.setup import async_setup_component
import pytest
from pytest_homeassistant_custom_component.common import MockConfigEntry

from custom_components.print_logger.const import DOMAIN
from tests.helpers.printer import FIXTURES, SimulatedPrinter
from tests.store.common import add_future_manual_job
from tests.test_live_capture import (
    CUBE,
    _true,
    jobs_of,
    setup_printer,
    store_of,
    unload,
    wait_for,
)

pytestmark = [pytest.mark.moonraker, pytest.mark.slow]


@pytest.fixture
async def printer(tmp_path: Path):
    """Return a simulated printer with the cube uploaded."""
    async with SimulatedPrinter(tmp_path / "printer", speed=200) as sim:
        await sim.upload(FIXTURES / CUBE)
        yield sim


def _entity(hass: HomeAssistant, entry: MockConfigEntry, key: str) -> str:
    entity_id = er.async_get(hass).async_get_entity_id(
        "sensor", DOMAIN, f"{entry.unique_id}_{key}"
    )
    assert entity_id, key
    return entity_id


async def test_update_entity_refreshes_from_moonraker_and_the_store(
    hass: HomeAssistant, printer: SimulatedPrinter, caplog: pytest.LogCaptureFixture
) -> None:
    """homeassistant.update_entity re-reads the printer's state and the totals; no error."""
    assert await async_setup_component(hass, "homeassistant", {})
    entry = await setup_printer(hass, printer)
    coordinator = entry.runtime_data.coordinator
    state_entity = _entity(hass, entry, "print_state")
    jobs_entity = _entity(hass, entry, "total_jobs")
    await wait_for(lambda: _true("print_stats" in coordinator.client.status))
    assert hass.states.get(state_entity).state == "standby"
    # A state that is not the printer's (as after a missed update), and a job the totals do not
    # know yet (recorded without telling anyone).
    coordinator.client.status["print_stats"]["state"] = "complete"  # type: ignore[index]
    coordinator.on_status(coordinator.client.status)
    await hass.async_block_till_done()
    assert hass.states.get(state_entity).state == "complete"
    await store_of(entry).create_job(
        {
            "printer_id": entry.unique_id,
            "filename": "by_hand.gcode",
            "status": "completed",
            "start": datetime(2026, 1, 1, tzinfo=UTC),
        }
    )
    await hass.services.async_call(
        "homeassistant",
        "update_entity",
        {"entity_id": [state_entity, jobs_entity]},
        blocking=True,
    )
    await hass.async_block_till_done()
    assert hass.states.get(state_entity).state == "standby"
    assert hass.states.get(jobs_entity).state == "1"
    assert "Unexpected error fetching" not in caplog.text
    assert "NotImplementedError" not in caplog.text
    await unload(hass, entry)


async def _print_while_cut_off(
    entry: MockConfigEntry, printer: SimulatedPrinter
) -> tuple[dict, int]:
    """Cut the websocket, run a whole print meanwhile; return its history entry and the real port."""
    client = entry.runtime_data.client
    coordinator = entry.runtime_data.coordinator
    real_port = client.port
    client.port = 9
    assert client._ws is not None
    await client._ws.close()
    await wait_for(lambda: _true(not coordinator.data.connected))
    await printer.start_print(CUBE)
    history = await printer.wait_for_job(CUBE, status="completed", timeout=30)
    return history, real_port


async def test_reconcile_while_the_database_is_down_runs_when_it_is_back(
    hass: HomeAssistant, printer: SimulatedPrinter, caplog: pytest.LogCaptureFixture
) -> None:
    """A reconcile that starts while the database is down is not lost: it runs once it is back."""
    entry = await setup_printer(hass, printer)
    store = store_of(entry)
    coordinator = entry.runtime_data.coordinator
    history, real_port = await _print_while_cut_off(entry, printer)
    # The database goes down (reads are refused), then the printer is reachable again.
    store._available = False
    client = entry.runtime_data.client
    client.port = real_port
    await wait_for(lambda: _true(coordinator.data.online))
    await wait_for(lambda: _true("once the database is back" in caplog.text))
    store._mark_recovered()

    async def imported() -> bool:
        return any(
            j.uid == history["job_id"] for j in await jobs_of(store, entry.unique_id)
        )

    await wait_for(imported)
    assert "Error doing job" not in caplog.text
    await unload(hass, entry)


async def test_a_future_manual_job_does_not_stop_history_catch_up(
    hass: HomeAssistant, printer: SimulatedPrinter
) -> None:
    """A job recorded by hand in 2031 does not hide the jobs the printer ran while unwatched."""
    entry = await setup_printer(hass, printer)
    store = store_of(entry)
    await add_future_manual_job(
        store, entry.unique_id, "typo.gcode", datetime(2031, 6, 1, tzinfo=UTC)
    )
    history, real_port = await _print_while_cut_off(entry, printer)
    entry.runtime_data.client.port = real_port

    async def imported() -> bool:
        return any(
            j.uid == history["job_id"] for j in await jobs_of(store, entry.unique_id)
        )

    await wait_for(imported)
    await asyncio.sleep(0)
    await unload(hass, entry)


async def test_multi_plate_archive_gives_the_printed_plate(
    hass: HomeAssistant, printer: SimulatedPrinter, tmp_path: Path
) -> None:
    """A ``…_plate_2.gcode.3mf`` read from Moonraker gives plate 2's facts, not the shared ones."""
    from tests.gcode.test_real_world_forms import make_multi_plate

    archive = make_multi_plate(tmp_path / "archive.gcode.3mf")
    name = await printer.upload(archive, "Cube_plate_2.gcode.3mf")
    entry = await setup_printer(hass, printer)
    coordinator = entry.runtime_data.coordinator
    metadata = await coordinator._fetch_metadata(name)
    assert metadata is not None
    details = metadata.details
    assert details is not None
    assert details["estimated_time"] == 2190
    assert details["filament_used_g"] == pytest.approx(5.66)
    assert details["filament_used_mm"] == pytest.approx(1864.42)
    await unload(hass, entry)
