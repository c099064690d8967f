"""
The print farm: totals over every printer, as a device of their own.

Printers come and go; the farm stays. It is a config entry of its own (``unique_id`` ``farm``),
created automatically with the first printer and removed with the last one, so its entities (jobs,
success rate, hours, filament, cost over all printers) keep their ids and history whatever printers
are added or removed. Its numbers are computed in SQL over the whole log, a few seconds after any job
changes.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any, Final

from homeassistant.config_entries import SOURCE_SYSTEM, ConfigEntry
from homeassistant.const import EVENT_HOMEASSISTANT_STOP
from homeassistant.core import Event, HomeAssistant, callback
from homeassistant.helpers.debounce import Debouncer
from homeassistant.helpers.dispatcher import async_dispatcher_connect
from homeassistant.helpers.update_coordinator import DataUpdateCoordinator, UpdateFailed

from .const import CONF_FARM, DOMAIN, LOGGER, SIGNAL_JOB_CHANGED
from .store import Store, StoreError
from .store.analytics import AnalyticsQuery, async_summary

FARM_TITLE: Final = "Print farm"
FARM_COOLDOWN: Final = 5.0


class FarmCoordinator(DataUpdateCoordinator[dict[str, Any]]):
    """The totals of all printers, recomputed (debounced) whenever a job changes."""

    config_entry: FarmConfigEntry

    def __init__(
        self, hass: HomeAssistant, entry: FarmConfigEntry, store: Store
    ) -> None:
        """Compute on demand only: no polling."""
        super().__init__(
            hass,
            LOGGER,
            config_entry=entry,
            name=f"{DOMAIN} farm",
            update_interval=None,
            request_refresh_debouncer=Debouncer(
                hass, LOGGER, cooldown=FARM_COOLDOWN, immediate=False
            ),
        )
        self.store = store
        # Like the printers: no refresh (a debounced one pending) once Home Assistant stops,
        # it would run after the store closed.
        entry.async_on_unload(
            hass.bus.async_listen_once(EVENT_HOMEASSISTANT_STOP, self._async_ha_stop)
        )

    async def _async_ha_stop(self, _event: Event) -> None:
        """Cancel the pending refresh and ignore later requests."""
        await self.async_shutdown()

    async def _async_update_data(self) -> dict[str, Any]:
        """Read the totals over every printer."""
        try:
            if self.store.started:
                return await async_summary(self.store, AnalyticsQuery())
        except StoreError as err:
            if self.store.started:
                LOGGER.debug("Cannot read the farm's totals: %s", err)
                raise UpdateFailed(
                    translation_domain=DOMAIN, translation_key="database_unavailable"
                ) from err
        # The store was stopped (Home Assistant stops): keep the last totals, nothing failed.
        return self.data

    @callback
    def async_listen_for_jobs(self) -> None:
        """Refresh (debounced) whenever a job row changes."""

        @callback
        def changed(_job_id: str, _deleted: bool, _printer_id: str = "") -> None:
            self.hass.async_create_task(self.async_request_refresh())

        self.config_entry.async_on_unload(
            async_dispatcher_connect(self.hass, SIGNAL_JOB_CHANGED, changed)
        )


@dataclass(kw_only=True)
class FarmRuntimeData:
    """What the loaded farm entry holds."""

    farm: FarmCoordinator
    store: Store


type FarmConfigEntry = ConfigEntry[FarmRuntimeData]


def is_farm(entry: ConfigEntry[Any]) -> bool:
    """Return True for the farm's entry (False for a printer's)."""
    return bool(entry.data.get(CONF_FARM))


@callback
def async_ensure_farm(hass: HomeAssistant) -> None:
    """Create the farm's entry if it does not exist yet (in the background)."""
    if any(is_farm(entry) for entry in hass.config_entries.async_entries(DOMAIN)):
        return
    hass.async_create_task(
        hass.config_entries.flow.async_init(
            DOMAIN, context={"source": SOURCE_SYSTEM}, data={CONF_FARM: True}
        ),
        eager_start=True,
    )


async def async_remove_farm_if_alone(
    hass: HomeAssistant, removed: ConfigEntry[Any]
) -> None:
    """Remove the farm's entry when the last printer was removed."""
    entries = hass.config_entries.async_entries(DOMAIN)
    printers = [e for e in entries if not is_farm(e) and e.entry_id != removed.entry_id]
    if printers:
        return
    for entry in entries:
        if is_farm(entry):
            await hass.config_entries.async_remove(entry.entry_id)
