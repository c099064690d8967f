"""Sensors of a printer: live print state and the current job."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any, override

from homeassistant.components.sensor import (
    SensorDeviceClass,
    SensorEntity,
    SensorEntityDescription,
    SensorStateClass,
)
from homeassistant.const import PERCENTAGE
from homeassistant.core import HomeAssistant
from homeassistant.helpers.entity_platform import AddConfigEntryEntitiesCallback
from homeassistant.helpers.typing import StateType

from .coordinator import PrinterSnapshot
from .data import PrintLoggerConfigEntry
from .entity import PrintLoggerEntity

PARALLEL_UPDATES = 0

PRINT_STATES = [
    "standby",
    "printing",
    "paused",
    "complete",
    "cancelled",
    "error",
    "offline",
]


def _progress(snapshot: PrinterSnapshot) -> int | None:
    """Return progress in whole percents (by file position, as Moonraker and the slicers show it)."""
    sdcard = snapshot.status.get("virtual_sdcard") or {}
    display = snapshot.status.get("display_status") or {}
    value = (
        display.get("progress")
        if display.get("progress") is not None
        else sdcard.get("progress")
    )
    if value is None or snapshot.print_state in ("standby", "offline"):
        return None
    return int(float(value) * 100)


@dataclass(frozen=True, kw_only=True)
class PrintLoggerSensorDescription(SensorEntityDescription):
    """Describes a printer sensor."""

    value_fn: Callable[[PrinterSnapshot], StateType]
    rate_limited: bool = False
    always_available: bool = False


SENSORS: tuple[PrintLoggerSensorDescription, ...] = (
    PrintLoggerSensorDescription(
        key="print_state",
        translation_key="print_state",
        device_class=SensorDeviceClass.ENUM,
        options=PRINT_STATES,
        value_fn=lambda s: s.print_state,
        always_available=True,
    ),
    PrintLoggerSensorDescription(
        key="current_file",
        translation_key="current_file",
        value_fn=lambda s: s.print_stats.get("filename") or None,
    ),
    PrintLoggerSensorDescription(
        key="progress",
        translation_key="progress",
        native_unit_of_measurement=PERCENTAGE,
        state_class=SensorStateClass.MEASUREMENT,
        suggested_display_precision=0,
        value_fn=_progress,
        rate_limited=True,
    ),
)


async def async_setup_entry(
    hass: HomeAssistant,
    entry: PrintLoggerConfigEntry,
    async_add_entities: AddConfigEntryEntitiesCallback,
) -> None:
    """Set up a printer's sensors."""
    coordinator = entry.runtime_data.coordinator
    async_add_entities(
        PrintLoggerSensor(coordinator, description) for description in SENSORS
    )


class PrintLoggerSensor(PrintLoggerEntity, SensorEntity):
    """A printer sensor."""

    entity_description: PrintLoggerSensorDescription

    @property
    @override
    def available(self) -> bool:
        """The print state is known (offline) even when the printer is not."""
        return self.entity_description.always_available or super().available

    @property
    @override
    def native_value(self) -> StateType:
        """Return the sensor's value."""
        return self.entity_description.value_fn(self.coordinator.data)

    @override
    def _change_key(self) -> Any:
        """Write at once when availability or the print state changes."""
        return (self.available, self.coordinator.data.print_state)
