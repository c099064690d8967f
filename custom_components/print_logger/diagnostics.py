"""Diagnostics for a printer entry: settings (secrets redacted) and live connection state."""

from __future__ import annotations

from dataclasses import asdict
from typing import Any, cast

from homeassistant.components.diagnostics import async_redact_data
from homeassistant.const import CONF_API_KEY
from homeassistant.core import HomeAssistant

from .data import PRINT_LOGGER_KEY, PrintLoggerConfigEntry
from .farm import FarmConfigEntry, is_farm
from .store import StoreError

TO_REDACT = {CONF_API_KEY, "password", "api_key"}


async def async_get_config_entry_diagnostics(
    hass: HomeAssistant, entry: PrintLoggerConfigEntry
) -> dict[str, Any]:
    """Return diagnostics for a printer (or the print farm)."""
    if is_farm(entry):
        farm = cast("FarmConfigEntry", entry).runtime_data
        return {
            "entry": {"title": entry.title, "data": dict(entry.data)},
            "database": {"url": farm.store.url, "available": farm.store.available},
            "totals": farm.farm.data,
        }
    coordinator = entry.runtime_data.coordinator
    store = entry.runtime_data.store
    snapshot = coordinator.data
    database = hass.data[PRINT_LOGGER_KEY].database
    try:
        engine = asdict(await store.engine_info())
    except StoreError as err:
        engine = {"error": str(err)}
    return {
        "database": {
            "backend": database.settings.backend,
            "url": store.url,
            "available": store.available,
            "pending_writes": store.pending_writes,
            "engine": engine,
        },
        "entry": {
            "title": entry.title,
            "data": async_redact_data(dict(entry.data), TO_REDACT),
            "options": dict(entry.options),
        },
        "printer": {
            "connected": snapshot.connected,
            "klippy_state": snapshot.klippy_state,
            "print_state": snapshot.print_state,
            "klipper_version": coordinator.klipper_version,
            "moonraker_version": coordinator.moonraker_version,
            "status": async_redact_data(snapshot.status, TO_REDACT),
            "history_available": coordinator.history_available,
            "spoolman": (
                None
                if snapshot.spoolman is None
                else {
                    "connected": snapshot.spoolman.connected,
                    "active_spool_id": snapshot.spoolman.active_id,
                    "spools_known": len(snapshot.spoolman.spools),
                }
            ),
            "job": asdict(snapshot.job) if snapshot.job else None,
            "last_job": asdict(snapshot.last_job) if snapshot.last_job else None,
        },
    }
