"""Setting up and unloading a printer entry against a real Moonraker."""

from __future__ import annotations

import asyncio

from homeassistant.config_entries import ConfigEntryState
from homeassistant.const import CONF_PORT, STATE_OFF, STATE_UNAVAILABLE
from homeassistant.core import HomeAssistant
from homeassistant.helpers import device_registry as dr, entity_registry as er
import pytest
from pytest_homeassistant_custom_component.common import MockConfigEntry

from custom_components.print_logger.const import DOMAIN
from tests.conftest import entry_for
from tests.helpers.moonraker import MoonrakerProcess

pytestmark = pytest.mark.moonraker


async def test_setup_and_unload(
    hass: HomeAssistant,
    mock_config_entry: MockConfigEntry,
    device_registry: dr.DeviceRegistry,
    entity_registry: er.EntityRegistry,
) -> None:
    """A reachable printer loads, gets a device and entities, and unloads leaving nothing behind."""
    mock_config_entry.add_to_hass(hass)
    assert await hass.config_entries.async_setup(mock_config_entry.entry_id)
    await hass.async_block_till_done()
    assert mock_config_entry.state is ConfigEntryState.LOADED

    device = device_registry.async_get_device_by_identifier(
        (DOMAIN, mock_config_entry.unique_id), mock_config_entry.entry_id
    )
    assert device is not None
    assert device.manufacturer == "Klipper"
    assert device.name == "Test printer"
    assert device.configuration_url == "http://127.0.0.1"
    entities = er.async_entries_for_config_entry(
        entity_registry, mock_config_entry.entry_id
    )
    assert {e.translation_key for e in entities} >= {
        "online",
        "printing",
        "print_state",
        "current_file",
        "progress",
    }

    assert await hass.config_entries.async_unload(mock_config_entry.entry_id)
    await hass.async_block_till_done()
    assert mock_config_entry.state is ConfigEntryState.NOT_LOADED


async def test_offline_printer_loads(
    hass: HomeAssistant, moonraker: MoonrakerProcess, closed_port: int
) -> None:
    """A printer that does not answer never blocks set-up: the entry loads, entities show it offline."""
    entry = entry_for(moonraker, **{CONF_PORT: closed_port})
    entry.add_to_hass(hass)
    assert await hass.config_entries.async_setup(entry.entry_id)
    await hass.async_block_till_done()
    assert entry.state is ConfigEntryState.LOADED

    online = er.async_get(hass).async_get_entity_id(
        "binary_sensor", DOMAIN, f"{entry.unique_id}_online"
    )
    state_entity = er.async_get(hass).async_get_entity_id(
        "sensor", DOMAIN, f"{entry.unique_id}_print_state"
    )
    progress = er.async_get(hass).async_get_entity_id(
        "sensor", DOMAIN, f"{entry.unique_id}_progress"
    )
    assert online and state_entity and progress
    assert hass.states.get(online).state == STATE_OFF
    assert hass.states.get(state_entity).state == "offline"
    assert hass.states.get(progress).state == STATE_UNAVAILABLE

    assert await hass.config_entries.async_unload(entry.entry_id)
    await hass.async_block_till_done()


async def test_rejected_api_key_starts_reauth(
    hass: HomeAssistant, moonraker_auth: MoonrakerProcess
) -> None:
    """A printer whose API key Moonraker now rejects asks the user for the new one."""
    entry = entry_for(moonraker_auth, api_key="not-the-key")
    entry.add_to_hass(hass)
    assert await hass.config_entries.async_setup(entry.entry_id)
    await hass.async_block_till_done()
    assert entry.state is ConfigEntryState.LOADED

    async def reauth_started() -> bool:
        await hass.async_block_till_done()
        return any(
            flow["context"]["source"] == "reauth"
            for flow in hass.config_entries.flow.async_progress()
        )

    async with asyncio.timeout(10):
        while not await reauth_started():
            await asyncio.sleep(0.05)
    flow = next(
        f
        for f in hass.config_entries.flow.async_progress()
        if f["context"]["source"] == "reauth"
    )
    assert flow["context"]["entry_id"] == entry.entry_id
    assert await hass.config_entries.async_unload(entry.entry_id)


async def test_no_print_log_is_opened_once_home_assistant_stops(
    hass: HomeAssistant, mock_config_entry: MockConfigEntry
) -> None:
    """
    A printer set up (a retry, a reload) after the final write finds the print log closed.

    A store opened then was never stopped: its SQLite connections were left to the garbage
    collector (a ResourceWarning in the tests).
    """
    from homeassistant.const import EVENT_HOMEASSISTANT_FINAL_WRITE

    from custom_components.print_logger.data import PRINT_LOGGER_KEY

    mock_config_entry.add_to_hass(hass)
    assert await hass.config_entries.async_setup(mock_config_entry.entry_id)
    await hass.async_block_till_done()
    database = hass.data[PRINT_LOGGER_KEY].database
    assert database.store is not None
    hass.bus.async_fire(EVENT_HOMEASSISTANT_FINAL_WRITE)
    await hass.async_block_till_done()
    assert database.store is None
    assert await hass.config_entries.async_reload(mock_config_entry.entry_id) is False
    assert mock_config_entry.state is ConfigEntryState.SETUP_RETRY
    assert database.store is None
