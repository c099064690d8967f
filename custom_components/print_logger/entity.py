"""Base entity for a printer's entities, with rate-limited state writes."""

from __future__ import annotations

import time
from typing import Any, override

from homeassistant.config_entries import ConfigEntry
from homeassistant.const import CONF_NAME
from homeassistant.core import CALLBACK_TYPE, callback
from homeassistant.helpers.device_registry import DeviceInfo
from homeassistant.helpers.entity import EntityDescription
from homeassistant.helpers.event import async_call_later
from homeassistant.helpers.update_coordinator import CoordinatorEntity

from .const import CONF_STATE_INTERVAL, DEFAULT_STATE_INTERVAL, DOMAIN, MANUFACTURER
from .coordinator import PrintLoggerCoordinator


def printer_device_info(
    entry: ConfigEntry, configuration_url: str | None = None
) -> DeviceInfo:
    """
    Return the device of a printer, as its entities name it.

    The model and hardware version are not named here: the coordinator writes them into the device
    registry once the printer said what it is (the slicer's model, else Klipper's kinematics; the MCU).
    """
    assert entry.unique_id is not None
    info = DeviceInfo(
        identifiers={(DOMAIN, entry.unique_id)},
        name=entry.data.get(CONF_NAME) or entry.title,
        manufacturer=MANUFACTURER,
    )
    if configuration_url:
        info["configuration_url"] = configuration_url
    return info


class PrintLoggerEntity(CoordinatorEntity[PrintLoggerCoordinator]):
    """
    An entity of one printer (a device per Moonraker instance).

    Entities whose description sets ``rate_limited`` write their state at most once per configured
    interval: Klipper reports progress four times a second and the recorder would otherwise store
    every one of them. A change of anything else (state, file, availability) is written at once.
    """

    _attr_has_entity_name = True

    def __init__(
        self, coordinator: PrintLoggerCoordinator, description: EntityDescription
    ) -> None:
        """Initialise the entity of a printer."""
        super().__init__(coordinator)
        entry = coordinator.config_entry
        assert entry.unique_id is not None
        self.entity_description = description
        self._attr_unique_id = f"{entry.unique_id}_{description.key}"
        self._attr_device_info = printer_device_info(
            entry, coordinator.configuration_url
        )
        self._last_write = 0.0
        self._last_key: Any = None
        self._cancel_deferred: CALLBACK_TYPE | None = None
        self._last_written: tuple[bool, Any] | None = None

    @property
    @override
    def available(self) -> bool:
        """
        Entities are available while Moonraker is connected and Klippy is ready.

        Those whose description says ``always_available`` (the print state, connectivity, the last
        job, the totals) are known even when the printer is not.
        """
        return (
            bool(getattr(self.entity_description, "always_available", False))
            or self.coordinator.data.online
        )

    @property
    def rate_limited(self) -> bool:
        """Return whether this entity's writes are rate limited."""
        return bool(getattr(self.entity_description, "rate_limited", False))

    def _change_key(self) -> Any:
        """Return what must be written at once when it changes (availability by default)."""
        return self.available

    @callback
    @override
    def _handle_coordinator_update(self) -> None:
        """Write the state now, or later if this entity is rate limited and wrote recently."""
        if not self.rate_limited:
            # Klipper pushes several updates a second; write only what changed.
            written = (self.available, self.state)
            if written != self._last_written:
                self._last_written = written
                self.async_write_ha_state()
            return
        interval = float(
            self.coordinator.config_entry.options.get(
                CONF_STATE_INTERVAL, DEFAULT_STATE_INTERVAL
            )
        )
        key = self._change_key()
        elapsed = time.monotonic() - self._last_write
        if key != self._last_key or elapsed >= interval:
            self._write_now()
        elif self._cancel_deferred is None:
            self._cancel_deferred = async_call_later(
                self.hass, interval - elapsed, self._deferred_write
            )

    @callback
    def _deferred_write(self, _now: Any) -> None:
        """Write the newest state after the rate-limit interval."""
        self._cancel_deferred = None
        self._write_now()

    @callback
    def _write_now(self) -> None:
        """Write the state and remember when."""
        if self._cancel_deferred is not None:
            self._cancel_deferred()
            self._cancel_deferred = None
        self._last_write = time.monotonic()
        self._last_key = self._change_key()
        self.async_write_ha_state()

    @override
    async def async_will_remove_from_hass(self) -> None:
        """Cancel a pending deferred write."""
        if self._cancel_deferred is not None:
            self._cancel_deferred()
            self._cancel_deferred = None
        await super().async_will_remove_from_hass()
