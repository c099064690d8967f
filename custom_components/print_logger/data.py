"""Runtime data of Print Logger: per printer (config entry) and domain-wide."""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from homeassistant.config_entries import ConfigEntry
from homeassistant.util.hass_dict import HassKey

from .const import DOMAIN

if TYPE_CHECKING:
    from .coordinator import PrintLoggerCoordinator
    from .database import PrintLoggerDatabase
    from .maintenance import MaintenanceCoordinator
    from .moonraker import MoonrakerClient
    from .store import Store


@dataclass(kw_only=True)
class PrintLoggerRuntimeData:
    """What a loaded printer entry holds."""

    client: MoonrakerClient
    coordinator: PrintLoggerCoordinator
    maintenance: MaintenanceCoordinator
    store: Store


type PrintLoggerConfigEntry = ConfigEntry[PrintLoggerRuntimeData]


@dataclass(kw_only=True)
class PrintLoggerData:
    """Domain-wide objects, created once in async_setup and shared by every printer."""

    database: PrintLoggerDatabase


PRINT_LOGGER_KEY: HassKey[PrintLoggerData] = HassKey(DOMAIN)
