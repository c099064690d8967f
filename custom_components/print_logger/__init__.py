"""Print Logger: log every Klipper print job through Moonraker, and analyse the history."""

from __future__ import annotations

from homeassistant.const import (
    CONF_API_KEY,
    CONF_HOST,
    CONF_PORT,
    CONF_SSL,
    EVENT_HOMEASSISTANT_STOP,
    Platform,
)
from homeassistant.core import Event, HomeAssistant
from homeassistant.helpers import config_validation as cv
from homeassistant.helpers.aiohttp_client import async_get_clientsession
from homeassistant.helpers.typing import ConfigType

from .const import DEFAULT_PORT, DOMAIN
from .coordinator import PrintLoggerCoordinator
from .data import (
    PRINT_LOGGER_KEY,
    PrintLoggerConfigEntry,
    PrintLoggerData,
    PrintLoggerRuntimeData,
)
from .moonraker import MoonrakerClient

PLATFORMS = (Platform.BINARY_SENSOR, Platform.SENSOR)
CONFIG_SCHEMA = cv.config_entry_only_config_schema(DOMAIN)


async def async_setup(hass: HomeAssistant, config: ConfigType) -> bool:
    """Set up what all printers share."""
    hass.data[PRINT_LOGGER_KEY] = PrintLoggerData()
    return True


async def async_setup_entry(hass: HomeAssistant, entry: PrintLoggerConfigEntry) -> bool:
    """
    Set up one printer.

    Never waits for the printer: an offline printer loads with unavailable entities and the client keeps
    reconnecting in the background.
    """
    client = MoonrakerClient(
        async_get_clientsession(hass),
        entry.data[CONF_HOST],
        entry.data.get(CONF_PORT, DEFAULT_PORT),
        ssl=entry.data.get(CONF_SSL, False),
        api_key=entry.data.get(CONF_API_KEY),
    )
    coordinator = PrintLoggerCoordinator(hass, entry, client)
    entry.runtime_data = PrintLoggerRuntimeData(client=client, coordinator=coordinator)
    await hass.config_entries.async_forward_entry_setups(entry, PLATFORMS)

    coordinator.async_start()

    async def _async_stop(_event: Event) -> None:
        await coordinator.async_stop()

    entry.async_on_unload(
        hass.bus.async_listen_once(EVENT_HOMEASSISTANT_STOP, _async_stop)
    )
    return True


async def async_unload_entry(
    hass: HomeAssistant, entry: PrintLoggerConfigEntry
) -> bool:
    """Unload a printer: platforms, then the Moonraker connection."""
    unload_ok = await hass.config_entries.async_unload_platforms(entry, PLATFORMS)
    if unload_ok:
        await entry.runtime_data.coordinator.async_stop()
    return unload_ok
