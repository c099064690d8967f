"""Push coordinator: one per printer, fed by the Moonraker client's websocket listener."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from homeassistant.const import CONF_HOST, CONF_PORT, CONF_SSL
from homeassistant.core import HomeAssistant, callback
from homeassistant.helpers import device_registry as dr
from homeassistant.helpers.update_coordinator import DataUpdateCoordinator

from .const import DOMAIN, LOGGER, MANUFACTURER

if TYPE_CHECKING:
    from .data import PrintLoggerConfigEntry
    from .moonraker import MoonrakerClient


@dataclass(frozen=True, kw_only=True)
class PrinterSnapshot:
    """What entities read: the printer's connection and live Klipper state."""

    connected: bool = False
    """The websocket to Moonraker is up."""
    klippy_state: str | None = None
    """Klippy's state as Moonraker reports it (ready, startup, shutdown, error, disconnected)."""
    status: dict[str, Any] = field(default_factory=dict)
    """Merged Klipper printer objects (print_stats, virtual_sdcard, display_status, ...)."""

    @property
    def online(self) -> bool:
        """Return True when Moonraker is reachable and Klippy is ready."""
        return self.connected and self.klippy_state == "ready"

    @property
    def print_stats(self) -> dict[str, Any]:
        """Return Klipper's print_stats object."""
        return dict(self.status.get("print_stats") or {})

    @property
    def print_state(self) -> str:
        """Return the print state: Klipper's print_stats state, or offline."""
        if not self.online:
            return "offline"
        state = self.print_stats.get("state") or "standby"
        return "cancelled" if state == "canceled" else str(state)


class PrintLoggerCoordinator(DataUpdateCoordinator[PrinterSnapshot]):
    """Holds a printer's live state; Moonraker pushes, nothing polls."""

    config_entry: PrintLoggerConfigEntry

    def __init__(
        self,
        hass: HomeAssistant,
        entry: PrintLoggerConfigEntry,
        client: MoonrakerClient,
    ) -> None:
        """Initialise with an offline snapshot until the websocket connects."""
        super().__init__(
            hass,
            LOGGER,
            config_entry=entry,
            name=f"{DOMAIN} {entry.title}",
            update_interval=None,
        )
        self.client = client
        self.klipper_version: str | None = None
        self.moonraker_version: str | None = None
        self.data = PrinterSnapshot()

    @property
    def configuration_url(self) -> str:
        """Return the printer's web interface (Fluidd or Mainsail are served on the host)."""
        data = self.config_entry.data
        scheme = "https" if data.get(CONF_SSL) else "http"
        return f"{scheme}://{data[CONF_HOST]}"

    @property
    def moonraker_url(self) -> str:
        """Return Moonraker's base URL."""
        data = self.config_entry.data
        scheme = "https" if data.get(CONF_SSL) else "http"
        return f"{scheme}://{data[CONF_HOST]}:{data[CONF_PORT]}"

    @callback
    def async_set_snapshot(self, **changes: Any) -> None:
        """Replace parts of the snapshot and notify entities."""
        current = self.data
        self.async_set_updated_data(
            PrinterSnapshot(
                connected=changes.get("connected", current.connected),
                klippy_state=changes.get("klippy_state", current.klippy_state),
                status=changes.get("status", current.status),
            )
        )

    @callback
    def async_update_device(self) -> None:
        """Write the versions learnt from the printer into the device registry."""
        registry = dr.async_get(self.hass)
        assert self.config_entry.unique_id is not None
        if device := registry.async_get_device(
            identifiers={(DOMAIN, self.config_entry.unique_id)}
        ):
            sw_version = self.klipper_version
            if self.moonraker_version:
                sw_version = (
                    f"{sw_version or 'unknown'} (Moonraker {self.moonraker_version})"
                )
            registry.async_update_device(
                device.id, sw_version=sw_version, manufacturer=MANUFACTURER
            )
