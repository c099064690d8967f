"""The print farm: totals over every printer on a device of their own, created and removed with them."""

from __future__ import annotations

from datetime import UTC, datetime

from homeassistant.config_entries import ConfigEntryState
from homeassistant.core import HomeAssistant
from homeassistant.helpers import device_registry as dr, entity_registry as er
import pytest

from custom_components.print_logger.const import DOMAIN, FARM_UNIQUE_ID
from custom_components.print_logger.farm import is_farm
from tests.conftest import entry_for
from tests.helpers.moonraker import MoonrakerProcess

pytestmark = pytest.mark.moonraker


def _farm_entries(hass: HomeAssistant) -> list:
    return [e for e in hass.config_entries.async_entries(DOMAIN) if is_farm(e)]


async def test_farm_follows_the_printers(
    hass: HomeAssistant,
    moonraker: MoonrakerProcess,
    moonraker_auth: MoonrakerProcess,
    device_registry: dr.DeviceRegistry,
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

    store = first.runtime_data.store
    for entry, status in (
        (first, "completed"),
        (first, "completed"),
        (second, "error"),
    ):
        await store.create_job(
            {
                "printer_id": entry.unique_id,
                "filename": "part.gcode",
                "status": status,
                "start": datetime(2026, 5, 1, tzinfo=UTC),
                "print_duration": 3600.0,
            }
        )
    # The API's create (and the tracker) signal the change; here the store was written directly.
    await farm.runtime_data.farm.async_refresh()
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
    assert hass.states.get(jobs).state == "3"
    assert float(hass.states.get(rate).state) == pytest.approx(66.7, abs=0.1)
    assert float(hass.states.get(hours).state) == pytest.approx(3.0)

    # Removing one printer keeps the farm; removing the last one removes it.
    assert await hass.config_entries.async_remove(first.entry_id)
    await hass.async_block_till_done()
    assert len(_farm_entries(hass)) == 1
    assert await hass.config_entries.async_remove(second.entry_id)
    await hass.async_block_till_done()
    assert _farm_entries(hass) == []
