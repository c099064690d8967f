"""
The spool entities of a printer whose Moonraker has ``[spoolman]``: the active spool and its select.

They are added the first time the coordinator learns that Moonraker has ``[spoolman]`` (after the
websocket connects); a Moonraker without it gets none.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from typing import Any, override

from homeassistant.components.select import SelectEntity, SelectEntityDescription
from homeassistant.components.sensor import SensorEntity, SensorEntityDescription
from homeassistant.core import callback
from homeassistant.exceptions import HomeAssistantError
from homeassistant.helpers.entity import Entity

from .const import DOMAIN
from .coordinator import PrintLoggerCoordinator
from .entity import PrintLoggerEntity
from .moonraker import MoonrakerError
from .moonraker.spoolman import SpoolFacts

NO_SPOOL = "none"

ACTIVE_SPOOL_SENSOR = SensorEntityDescription(
    key="active_spool", translation_key="active_spool"
)
ACTIVE_SPOOL_SELECT = SelectEntityDescription(
    key="active_spool_select", translation_key="active_spool_select"
)


def spool_option(spool: SpoolFacts) -> str:
    """Return a spool's option in the select: ``#1 eSUN PLA+ Black``."""
    return spool.label


@callback
def add_when_spoolman(
    coordinator: PrintLoggerCoordinator,
    add: Callable[[Iterable[Entity]], None],
    build: Callable[[PrintLoggerCoordinator], Entity],
) -> Callable[[], None] | None:
    """Add the entity at once if Moonraker has ``[spoolman]``, else the first time it has."""
    if coordinator.spoolman is not None:
        add([build(coordinator)])
        return None
    remove: Callable[[], None] | None = None

    @callback
    def stop() -> None:
        nonlocal remove
        if remove is not None:
            remove()
            remove = None

    @callback
    def check() -> None:
        if coordinator.spoolman is not None and remove is not None:
            stop()
            add([build(coordinator)])

    remove = coordinator.async_add_listener(check)
    return stop


class SpoolEntity(PrintLoggerEntity):
    """An entity of the printer's ``[spoolman]``: available while Moonraker is connected."""

    _spool_written: tuple[bool, Any] | None = None

    @callback
    @override
    def _handle_coordinator_update(self) -> None:
        """Write when availability or anything of ``[spoolman]`` changed (options, facts)."""
        written = (self.available, self.coordinator.data.spoolman)
        if written != self._spool_written:
            self._spool_written = written
            self.async_write_ha_state()

    @property
    @override
    def available(self) -> bool:
        """Return True while Moonraker is connected and has ``[spoolman]``."""
        data = self.coordinator.data
        return data.connected and data.spoolman is not None


class ActiveSpoolSensor(SpoolEntity, SensorEntity):
    """The printer's active spool: its name, with filament, material, colour and grams left."""

    @property
    @override
    def native_value(self) -> str | None:
        """Return the active spool's name (its id while Spoolman's facts are unknown)."""
        state = self.coordinator.data.spoolman
        if state is None or state.active_id is None:
            return None
        if state.active is not None:
            return state.active.label
        return f"#{state.active_id}"

    @property
    @override
    def extra_state_attributes(self) -> dict[str, Any]:
        """Return the spool's id, filament, vendor, material, colour and remaining grams."""
        state = self.coordinator.data.spoolman
        if state is None:
            return {}
        facts = state.active
        return {
            "spool_id": state.active_id,
            "spoolman_connected": state.connected,
            "filament": facts.filament_name if facts else None,
            "vendor": facts.vendor if facts else None,
            "material": facts.material if facts else None,
            "colour": (f"#{facts.color_hex}" if facts and facts.color_hex else None),
            "remaining_weight": (
                round(facts.remaining_weight, 1)
                if facts and facts.remaining_weight is not None
                else None
            ),
        }


class ActiveSpoolSelect(SpoolEntity, SelectEntity):
    """Change the printer's active spool: Moonraker makes it active and tells Spoolman."""

    @property
    @override
    def options(self) -> list[str]:
        """Return "none" and Spoolman's spools (the active one even if Spoolman lists it not)."""
        state = self.coordinator.data.spoolman
        options = [NO_SPOOL]
        if state is None:
            return options
        options += [spool_option(s) for s in state.spools]
        current = self.current_option
        if current is not None and current not in options:
            options.append(current)
        return options

    @property
    @override
    def current_option(self) -> str | None:
        """Return the active spool's option ("none" when no spool is active)."""
        state = self.coordinator.data.spoolman
        if state is None:
            return None
        if state.active_id is None:
            return NO_SPOOL
        for spool in state.spools:
            if spool.spool_id == state.active_id:
                return spool_option(spool)
        if state.active is not None:
            return spool_option(state.active)
        return f"#{state.active_id}"

    @override
    async def async_select_option(self, option: str) -> None:
        """Make the chosen spool active in Moonraker (the notification updates the state)."""
        state = self.coordinator.data.spoolman
        spool_id: int | None = None
        if option != NO_SPOOL:
            spools = state.spools if state else ()
            match = next((s for s in spools if spool_option(s) == option), None)
            if match is None:
                raise HomeAssistantError(
                    translation_domain=DOMAIN,
                    translation_key="unknown_spool",
                    translation_placeholders={"spool": option},
                )
            spool_id = match.spool_id
        try:
            await self.coordinator.async_set_active_spool(spool_id)
        except MoonrakerError as err:
            raise HomeAssistantError(
                translation_domain=DOMAIN,
                translation_key="spool_not_set",
                translation_placeholders={"error": str(err)},
            ) from err
