"""The cost settings: a printer's plug, electricity price and machine rate; the farm's filament prices."""

from __future__ import annotations

from typing import Any

from homeassistant.core import HomeAssistant
from homeassistant.data_entry_flow import FlowResultType, InvalidData
from homeassistant.setup import async_setup_component
import pytest
from pytest_homeassistant_custom_component.common import MockConfigEntry

from custom_components.print_logger.const import (
    CONF_STATE_INTERVAL,
    DOMAIN,
    FARM_UNIQUE_ID,
)
from custom_components.print_logger.energy import (
    CONF_ELECTRICITY_PRICE,
    CONF_FILAMENT_PRICES,
    CONF_MACHINE_RATE,
    CONF_PLUG_SENSOR,
    CONF_PRICE_ENTITY,
    CONF_PRICE_MODE,
    CONF_REPRICE_OLD_JOBS,
    filament_prices,
)

METER = "sensor.plug_energy"
POWER = "sensor.plug_power"


def _sensors(hass: HomeAssistant) -> None:
    hass.states.async_set(
        METER, "12.5", {"unit_of_measurement": "kWh", "state_class": "total_increasing"}
    )
    hass.states.async_set(
        POWER, "120", {"unit_of_measurement": "W", "state_class": "measurement"}
    )
    hass.states.async_set(
        "sensor.daily_energy",
        "1.2",
        {"unit_of_measurement": "kWh", "state_class": "measurement"},
    )
    hass.states.async_set("sensor.temperature", "21", {"unit_of_measurement": "°C"})
    hass.states.async_set("sensor.nordpool", "0.31", {"unit_of_measurement": "EUR/kWh"})
    hass.states.async_set("sensor.not_a_price", "3", {"unit_of_measurement": "EUR"})


async def _costs_step(hass: HomeAssistant, entry: MockConfigEntry) -> dict[str, Any]:
    result = await hass.config_entries.options.async_init(entry.entry_id)
    result = await hass.config_entries.options.async_configure(
        result["flow_id"], {"next_step_id": "costs"}
    )
    assert result["type"] is FlowResultType.FORM
    assert result["step_id"] == "costs"
    return dict(result)


@pytest.mark.parametrize(
    ("user_input", "errors"),
    [
        (
            {CONF_PLUG_SENSOR: "sensor.daily_energy"},
            {CONF_PLUG_SENSOR: "energy_not_meter"},
        ),
        ({CONF_PLUG_SENSOR: "sensor.temperature"}, {CONF_PLUG_SENSOR: "sensor_unit"}),
        ({CONF_PLUG_SENSOR: "sensor.gone"}, {CONF_PLUG_SENSOR: "sensor_missing"}),
        (
            {CONF_PRICE_MODE: "fixed", CONF_ELECTRICITY_PRICE: 0.3},
            {CONF_PLUG_SENSOR: "sensor_required"},
        ),
        (
            {CONF_PLUG_SENSOR: METER, CONF_PRICE_MODE: "fixed"},
            {CONF_ELECTRICITY_PRICE: "price_required"},
        ),
        (
            {CONF_PLUG_SENSOR: METER, CONF_PRICE_MODE: "entity"},
            {CONF_PRICE_ENTITY: "price_entity_required"},
        ),
        (
            {
                CONF_PLUG_SENSOR: METER,
                CONF_PRICE_MODE: "entity",
                CONF_PRICE_ENTITY: "sensor.not_a_price",
            },
            {CONF_PRICE_ENTITY: "price_unit"},
        ),
    ],
)
async def test_wrong_sensors_and_missing_prices_are_refused(
    hass: HomeAssistant,
    mock_config_entry: MockConfigEntry,
    user_input: dict[str, Any],
    errors: dict[str, str],
) -> None:
    mock_config_entry.add_to_hass(hass)
    assert await async_setup_component(hass, DOMAIN, {})
    _sensors(hass)
    result = await _costs_step(hass, mock_config_entry)
    result = await hass.config_entries.options.async_configure(
        result["flow_id"], {CONF_PRICE_MODE: "none", **user_input}
    )
    assert result["type"] is FlowResultType.FORM
    assert result["errors"] == errors


async def test_costs_are_stored_with_the_other_options(
    hass: HomeAssistant, mock_config_entry: MockConfigEntry
) -> None:
    mock_config_entry.add_to_hass(hass)
    hass.config_entries.async_update_entry(
        mock_config_entry, options={CONF_STATE_INTERVAL: 15}
    )
    assert await async_setup_component(hass, DOMAIN, {})
    _sensors(hass)
    for sensor in (METER, POWER):
        result = await _costs_step(hass, mock_config_entry)
        result = await hass.config_entries.options.async_configure(
            result["flow_id"],
            {
                CONF_PLUG_SENSOR: sensor,
                CONF_PRICE_MODE: "entity",
                CONF_PRICE_ENTITY: "sensor.nordpool",
                CONF_MACHINE_RATE: 0.25,
            },
        )
        assert result["type"] is FlowResultType.CREATE_ENTRY
        assert mock_config_entry.options == {
            CONF_STATE_INTERVAL: 15,
            CONF_PLUG_SENSOR: sensor,
            CONF_PRICE_MODE: "entity",
            CONF_ELECTRICITY_PRICE: None,
            CONF_PRICE_ENTITY: "sensor.nordpool",
            CONF_MACHINE_RATE: 0.25,
            # Old jobs keep their costs unless asked.
            CONF_REPRICE_OLD_JOBS: False,
        }
    # Every number is bounded.
    result = await _costs_step(hass, mock_config_entry)
    with pytest.raises(InvalidData, match="electricity_price"):
        await hass.config_entries.options.async_configure(
            result["flow_id"],
            {
                CONF_PLUG_SENSOR: METER,
                CONF_PRICE_MODE: "fixed",
                CONF_ELECTRICITY_PRICE: 1e9,
            },
        )


async def test_farm_filament_prices_are_kept_once_for_every_printer(
    hass: HomeAssistant, mock_config_entry: MockConfigEntry
) -> None:
    mock_config_entry.add_to_hass(hass)
    assert await async_setup_component(hass, DOMAIN, {})
    await hass.async_block_till_done()
    farm = hass.config_entries.async_entry_for_domain_unique_id(DOMAIN, FARM_UNIQUE_ID)
    assert farm is not None
    result = await hass.config_entries.options.async_init(farm.entry_id)
    assert result["type"] is FlowResultType.MENU
    result = await hass.config_entries.options.async_configure(
        result["flow_id"], {"next_step_id": "filament_prices"}
    )
    assert result["step_id"] == "filament_prices"
    assert set(result["data_schema"].schema) == {
        "pla",
        "petg",
        "abs",
        "asa",
        "tpu",
        "pa",
        "pc",
        "other",
    }
    result = await hass.config_entries.options.async_configure(
        result["flow_id"], {"pla": 22.5, "petg": 27.0, "other": 40.0}
    )
    assert result["type"] is FlowResultType.CREATE_ENTRY
    assert farm.options[CONF_FILAMENT_PRICES] == {
        "PLA": 22.5,
        "PETG": 27.0,
        "other": 40.0,
    }
    assert filament_prices(hass) == {"PLA": 22.5, "PETG": 27.0, "other": 40.0}
    result = await hass.config_entries.options.async_init(farm.entry_id)
    result = await hass.config_entries.options.async_configure(
        result["flow_id"], {"next_step_id": "filament_prices"}
    )
    with pytest.raises(InvalidData, match="pla"):
        await hass.config_entries.options.async_configure(
            result["flow_id"], {"pla": 1e7}
        )
