"""The select of a printer whose Moonraker has ``[spoolman]``: change the active spool."""

from __future__ import annotations

from homeassistant.core import HomeAssistant
from homeassistant.helpers.entity_platform import AddConfigEntryEntitiesCallback

from .data import PrintLoggerConfigEntry
from .spool_entities import ACTIVE_SPOOL_SELECT, ActiveSpoolSelect, add_when_spoolman

PARALLEL_UPDATES = 1


async def async_setup_entry(
    hass: HomeAssistant,
    entry: PrintLoggerConfigEntry,
    async_add_entities: AddConfigEntryEntitiesCallback,
) -> None:
    """Set up the active spool's select once Moonraker is known to have ``[spoolman]``."""
    coordinator = entry.runtime_data.coordinator
    remove = add_when_spoolman(
        coordinator,
        async_add_entities,
        lambda c: ActiveSpoolSelect(c, ACTIVE_SPOOL_SELECT),
    )
    if remove is not None:
        entry.async_on_unload(remove)
