"""The print farm: totals over every printer on a device of their own, created and removed with them."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
import logging
from unittest.mock import patch

from homeassistant.config_entries import ConfigEntryState
from homeassistant.core import HomeAssistant
from homeassistant.helpers import device_registry as dr, entity_registry as er
from homeassistant.setup import async_setup_component
from homeassistant.util import dt as dt_util
import pytest
from pytest_homeassistant_custom_component.common import (
    MockConfigEntry,
    async_fire_time_changed,
)
from pytest_homeassistant_custom_component.typing import WebSocketGenerator

from custom_components.print_logger.const import DOMAIN, FARM_UNIQUE_ID
from custom_components.print_logger.data import PRINT_LOGGER_KEY
from custom_components.print_logger.farm import FARM_COOLDOWN, is_farm
from tests.conftest import PrintLog, all_engines, entry_for
from tests.helpers.moonraker import MoonrakerProcess

pytestmark = pytest.mark.moonraker


def _farm_entries(hass: HomeAssistant) -> list:
    return [e for e in hass.config_entries.async_entries(DOMAIN) if is_farm(e)]


@all_engines
async def test_farm_follows_the_printers(  # noqa: PLR0917
    hass: HomeAssistant,
    moonraker: MoonrakerProcess,
    moonraker_auth: MoonrakerProcess,
    device_registry: dr.DeviceRegistry,
    print_log: PrintLog,
    hass_ws_client: WebSocketGenerator,
) -> None:
    """The farm appears with the first printer, sums every printer, and goes with the last one."""
    first = entry_for(moonraker)
    second = entry_for(moonraker_auth, api_key=moonraker_auth.api_key, title="Second")
    for entry in (first, second):
        entry.add_to_hass(hass)
        assert await hass.config_entries.async_setup(entry.entry_id)
        await hass.async_block_till_done()
    farms = _farm_entries(hass)
    assert len(farms) == 1
    farm = farms[0]
    assert farm.unique_id == FARM_UNIQUE_ID
    assert farm.state is ConfigEntryState.LOADED
    device = device_registry.async_get_device_by_identifier(
        (DOMAIN, FARM_UNIQUE_ID), farm.entry_id
    )
    assert device is not None
    assert device.entry_type is dr.DeviceEntryType.SERVICE
    assert device.name == "Print farm"

    # The panel's "add job" (the websocket API) writes the jobs; the farm refreshes because they
    # changed, once its cooldown is over.
    ws = await hass_ws_client(hass)
    for entry, status in (
        (first, "completed"),
        (first, "completed"),
        (second, "error"),
    ):
        await ws.send_json_auto_id(
            {
                "type": "print_logger/jobs/create",
                "printer_id": entry.unique_id,
                "filename": "part.gcode",
                "status": status,
                "start": "2026-05-01T00:00:00Z",
                "end": "2026-05-01T01:00:00Z",
                "print_duration": 3600.0,
            }
        )
        reply = await ws.receive_json()
        assert reply["success"], reply
    await hass.async_block_till_done()
    assert hass.states.get("sensor.print_farm_jobs").state == "0"  # debounced: not yet
    async_fire_time_changed(
        hass, dt_util.utcnow() + timedelta(seconds=FARM_COOLDOWN + 1)
    )
    await hass.async_block_till_done()
    registry = er.async_get(hass)
    jobs = registry.async_get_entity_id(
        "sensor", DOMAIN, f"{FARM_UNIQUE_ID}_total_jobs"
    )
    rate = registry.async_get_entity_id(
        "sensor", DOMAIN, f"{FARM_UNIQUE_ID}_success_rate"
    )
    hours = registry.async_get_entity_id(
        "sensor", DOMAIN, f"{FARM_UNIQUE_ID}_total_print_time"
    )
    assert (jobs, rate, hours) == (
        "sensor.print_farm_jobs",
        "sensor.print_farm_success_rate",
        "sensor.print_farm_total_print_time",
    )
    assert hass.states.get(jobs).state == "3"
    assert float(hass.states.get(rate).state) == pytest.approx(66.7, abs=0.1)
    assert float(hass.states.get(hours).state) == pytest.approx(3.0)
    assert await print_log.jobs_stored(hass, first.runtime_data.store) == 3

    # Removing one printer keeps the farm; removing the last one removes it.
    assert await hass.config_entries.async_remove(first.entry_id)
    await hass.async_block_till_done()
    assert len(_farm_entries(hass)) == 1
    assert await hass.config_entries.async_remove(second.entry_id)
    await hass.async_block_till_done()
    assert _farm_entries(hass) == []


@pytest.mark.parametrize(
    ("language", "expected"),
    [
        # Device name, the jobs total's new entity id, its friendly name.
        (
            "de",
            ("Druckfarm", "sensor.druckfarm_druckauftrage", "Druckfarm Druckaufträge"),
        ),
        (
            "fr",
            (
                "Ferme d'impression",
                "sensor.ferme_d_impression_taches_d_impression",
                "Ferme d'impression Tâches d'impression",
            ),
        ),
        (
            "pt-BR",
            (
                "Farm de impressão",
                "sensor.farm_de_impressao_trabalhos",
                "Farm de impressão Trabalhos",
            ),
        ),
    ],
)
async def test_farm_device_named_in_home_assistants_language(
    hass: HomeAssistant,
    mock_config_entry: MockConfigEntry,
    device_registry: dr.DeviceRegistry,
    language: str,
    expected: tuple[str, str, str],
) -> None:
    """The farm's device takes Home Assistant's language; its entities' names and new ids follow it.

    As Home Assistant derives every new entity id from the name in its language (the printers' too);
    ids already registered stay as they are.
    """
    name, entity_id, friendly_name = expected
    hass.config.language = language
    mock_config_entry.add_to_hass(hass)
    assert await hass.config_entries.async_setup(mock_config_entry.entry_id)
    await hass.async_block_till_done()
    farm = _farm_entries(hass)[0]
    device = device_registry.async_get_device_by_identifier(
        (DOMAIN, FARM_UNIQUE_ID), farm.entry_id
    )
    assert device is not None
    assert device.name == name
    jobs = er.async_get(hass).async_get_entity_id(
        "sensor", DOMAIN, f"{FARM_UNIQUE_ID}_total_jobs"
    )
    assert jobs == entity_id
    assert hass.states.get(jobs).attributes["friendly_name"] == friendly_name


async def test_home_assistant_stops_with_a_refresh_pending(
    hass: HomeAssistant,
    mock_config_entry: MockConfigEntry,
    caplog: pytest.LogCaptureFixture,
) -> None:
    """A job change just before Home Assistant stops: the farm's refresh never runs on the closed store."""
    mock_config_entry.add_to_hass(hass)
    assert await hass.config_entries.async_setup(mock_config_entry.entry_id)
    await hass.async_block_till_done()
    farm = _farm_entries(hass)[0].runtime_data.farm
    assert farm.last_update_success

    # A job written by hand, then rated with the update_job service: the farm's refresh waits
    # for its cooldown.
    job = await mock_config_entry.runtime_data.store.create_job(
        {
            "printer_id": mock_config_entry.unique_id,
            "filename": "part.gcode",
            "status": "completed",
            "start": datetime(2026, 5, 1, tzinfo=UTC),
        }
    )
    await hass.services.async_call(
        DOMAIN, "update_job", {"job_id": job.job.id, "rating": 5}, blocking=True
    )
    await hass.async_block_till_done()
    assert farm._debounced_refresh._timer_task is not None  # pending
    caplog.clear()
    caplog.set_level(logging.DEBUG, logger="custom_components.print_logger")
    with patch.object(
        farm, "_async_update_data", wraps=farm._async_update_data
    ) as update:
        await hass.async_stop()
        async_fire_time_changed(
            hass, dt_util.utcnow() + timedelta(seconds=FARM_COOLDOWN + 1)
        )
        await hass.async_block_till_done()

    # The pending refresh was cancelled with Home Assistant's stop.
    update.assert_not_called()
    assert farm.last_update_success
    assert [r for r in caplog.records if r.levelno >= logging.WARNING] == []
    assert "Error fetching" not in caplog.text


async def test_refresh_after_the_store_stopped_keeps_the_totals(
    hass: HomeAssistant,
    mock_config_entry: MockConfigEntry,
    caplog: pytest.LogCaptureFixture,
) -> None:
    """A refresh that comes after the store stopped keeps the last totals and logs no error."""
    mock_config_entry.add_to_hass(hass)
    assert await hass.config_entries.async_setup(mock_config_entry.entry_id)
    await hass.async_block_till_done()
    farm = _farm_entries(hass)[0].runtime_data.farm
    totals = farm.data

    await hass.data[PRINT_LOGGER_KEY].database.async_stop()
    caplog.clear()
    # Asked by hand (homeassistant.update_entity on a farm sensor), after the cooldown.
    assert await async_setup_component(hass, "homeassistant", {})
    with patch.object(
        farm, "_async_update_data", wraps=farm._async_update_data
    ) as update:
        await hass.services.async_call(
            "homeassistant",
            "update_entity",
            {"entity_id": "sensor.print_farm_jobs"},
            blocking=True,
        )
        async_fire_time_changed(
            hass, dt_util.utcnow() + timedelta(seconds=FARM_COOLDOWN + 1)
        )
        await hass.async_block_till_done()
    update.assert_called_once()

    assert farm.last_update_success
    assert farm.data == totals
    assert "Error fetching" not in caplog.text
