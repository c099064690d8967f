"""
Set-up and unloading of Print Logger: the shared database, each printer, the print farm.

Home Assistant finds these entry points on the package (``__init__.py`` re-exports them).
"""

from __future__ import annotations

from typing import cast

from homeassistant.const import (
    CONF_API_KEY,
    CONF_HOST,
    CONF_NAME,
    CONF_PORT,
    CONF_SSL,
    EVENT_HOMEASSISTANT_FINAL_WRITE,
    EVENT_HOMEASSISTANT_STOP,
    Platform,
)
from homeassistant.core import Event, HomeAssistant
from homeassistant.exceptions import ConfigEntryNotReady
from homeassistant.helpers import config_validation as cv, device_registry as dr
from homeassistant.helpers.aiohttp_client import async_get_clientsession
from homeassistant.helpers.typing import ConfigType

from .capture import JobCapture
from .const import DEFAULT_PORT, DOMAIN, LOGGER
from .coordinator import PrintLoggerCoordinator
from .data import (
    PRINT_LOGGER_KEY,
    PrintLoggerConfigEntry,
    PrintLoggerData,
    PrintLoggerRuntimeData,
)
from .database import PrintLoggerDatabase
from .entity import printer_device_info
from .farm import (
    FarmConfigEntry,
    FarmCoordinator,
    FarmRuntimeData,
    async_ensure_farm,
    async_remove_farm_if_alone,
    is_farm,
)
from .http import async_register_views
from .maintenance import CONF_MAINTENANCE_SEEDED, MaintenanceCoordinator
from .moonraker import MoonrakerClient
from .panel import async_setup_panel
from .photos_http import async_register_photo_views
from .services import async_setup_services
from .statistics import async_setup_statistics
from .store import Store, StoreError
from .websocket_api import async_register_commands

PLATFORMS = (Platform.BINARY_SENSOR, Platform.SELECT, Platform.SENSOR, Platform.TODO)
FARM_PLATFORMS = (Platform.SENSOR,)
CONFIG_SCHEMA = cv.config_entry_only_config_schema(DOMAIN)


async def async_setup(hass: HomeAssistant, config: ConfigType) -> bool:
    """Set up what all printers share: the print log's database."""
    database = PrintLoggerDatabase(hass)
    await database.async_load_settings()
    hass.data[PRINT_LOGGER_KEY] = PrintLoggerData(database=database)
    async_register_views(hass)
    async_register_photo_views(hass)
    async_register_commands(hass)
    async_setup_services(hass)
    await async_setup_panel(hass)

    async def _async_stop(_event: Event) -> None:
        await database.async_stop()

    # After EVENT_HOMEASSISTANT_STOP, when every printer has flushed its tracker.
    hass.bus.async_listen_once(EVENT_HOMEASSISTANT_FINAL_WRITE, _async_stop)
    return True


async def async_setup_entry(hass: HomeAssistant, entry: PrintLoggerConfigEntry) -> bool:
    """
    Set up one printer.

    Never waits for the printer: an offline printer loads with unavailable entities and the client keeps
    reconnecting in the background.
    """
    if is_farm(entry):
        return await _async_setup_farm(hass, cast("FarmConfigEntry", entry))
    database = hass.data[PRINT_LOGGER_KEY].database
    store = await _async_acquire_store(database)
    assert entry.unique_id is not None
    client = MoonrakerClient(
        async_get_clientsession(hass),
        entry.data[CONF_HOST],
        entry.data.get(CONF_PORT, DEFAULT_PORT),
        ssl=entry.data.get(CONF_SSL, False),
        api_key=entry.data.get(CONF_API_KEY),
    )
    try:
        await store.upsert_printer(
            printer_id=entry.unique_id,
            name=entry.data.get(CONF_NAME) or entry.title,
            entry_id=entry.entry_id,
            instance_id=entry.unique_id,
            moonraker_url=client.base_url,
        )
    except StoreError as err:
        await database.async_release()
        raise _not_ready(err) from err
    coordinator = PrintLoggerCoordinator(hass, entry, client, store)
    maintenance = MaintenanceCoordinator(hass, entry, store)
    entry.runtime_data = PrintLoggerRuntimeData(
        client=client, coordinator=coordinator, maintenance=maintenance, store=store
    )
    # The device exists before Moonraker answers: the versions and model learnt when Klippy is ready
    # are written into it however soon that is (the platforms add their entities later).
    dr.async_get(hass).async_get_or_create(
        config_entry_id=entry.entry_id,
        **printer_device_info(entry, coordinator.configuration_url),
    )
    try:
        await coordinator.async_start()
        await _async_finish_setup(hass, entry, coordinator)
    except BaseException as err:
        # Failed or cancelled (Home Assistant stopping) half-way: leave nothing running.
        await coordinator.async_stop()
        await database.async_release()
        if isinstance(err, StoreError):
            raise _not_ready(err) from err
        raise
    return True


async def _async_finish_setup(
    hass: HomeAssistant,
    entry: PrintLoggerConfigEntry,
    coordinator: PrintLoggerCoordinator,
) -> None:
    """Statistics, stop handling and platforms of a printer whose coordinator runs."""
    coordinator.async_on_stop(async_setup_statistics(hass, coordinator))
    await _async_setup_maintenance(hass, entry, coordinator)
    coordinator.async_on_stop(JobCapture(hass, coordinator).async_start())

    async def _async_ha_stop(_event: Event) -> None:
        await coordinator.async_stop()

    entry.async_on_unload(
        hass.bus.async_listen_once(EVENT_HOMEASSISTANT_STOP, _async_ha_stop)
    )
    await hass.config_entries.async_forward_entry_setups(entry, PLATFORMS)
    async_ensure_farm(hass)


async def _async_setup_maintenance(
    hass: HomeAssistant,
    entry: PrintLoggerConfigEntry,
    coordinator: PrintLoggerCoordinator,
) -> None:
    """Offer the default tasks to a new printer (once), read its tasks, follow their changes."""
    maintenance = entry.runtime_data.maintenance
    if not entry.data.get(CONF_MAINTENANCE_SEEDED):
        await entry.runtime_data.store.seed_default_tasks(coordinator.printer_id)
        hass.config_entries.async_update_entry(
            entry, data={**entry.data, CONF_MAINTENANCE_SEEDED: True}
        )
    await maintenance.async_refresh()
    maintenance.async_listen_for_changes()


async def _async_setup_farm(hass: HomeAssistant, entry: FarmConfigEntry) -> bool:
    """Set up the print farm: totals over every printer."""
    database = hass.data[PRINT_LOGGER_KEY].database
    store = await _async_acquire_store(database)
    farm = FarmCoordinator(hass, entry, store)
    entry.runtime_data = FarmRuntimeData(farm=farm, store=store)
    try:
        await farm.async_config_entry_first_refresh()
        farm.async_listen_for_jobs()
        await hass.config_entries.async_forward_entry_setups(entry, FARM_PLATFORMS)
    except BaseException:
        await database.async_release()
        raise
    return True


async def _async_acquire_store(database: PrintLoggerDatabase) -> Store:
    """Return the shared store; not ready (retried later) while its database cannot be opened."""
    try:
        return await database.async_acquire()
    except StoreError as err:
        raise _not_ready(err) from err


def _not_ready(err: StoreError) -> ConfigEntryNotReady:
    """Return the error that makes Home Assistant retry the set-up: the database is unavailable."""
    # The database's own (English) words go to the log, not into the user's language.
    LOGGER.debug("The print log database cannot be opened: %s", err)
    return ConfigEntryNotReady(
        translation_domain=DOMAIN, translation_key="database_unavailable"
    )


async def async_unload_entry(
    hass: HomeAssistant, entry: PrintLoggerConfigEntry
) -> bool:
    """Unload a printer: platforms, then Moonraker and the tracker, then (the last one) the store."""
    if is_farm(entry):
        if not await hass.config_entries.async_unload_platforms(entry, FARM_PLATFORMS):
            return False
        await hass.data[PRINT_LOGGER_KEY].database.async_release()
        return True
    if not await hass.config_entries.async_unload_platforms(entry, PLATFORMS):
        return False
    # In this order: the tracker flushes its writes into the store before the store may stop.
    await entry.runtime_data.coordinator.async_stop()
    await hass.data[PRINT_LOGGER_KEY].database.async_release()
    return True


async def async_remove_entry(
    hass: HomeAssistant, entry: PrintLoggerConfigEntry
) -> None:
    """Remove the print farm with the last printer (the print log itself is kept)."""
    if not is_farm(entry):
        await async_remove_farm_if_alone(hass, entry)
