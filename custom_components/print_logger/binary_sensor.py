"""Binary sensors of a printer: online, printing and maintenance due."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any, override

from homeassistant.components.binary_sensor import (
    BinarySensorDeviceClass,
    BinarySensorEntity,
    BinarySensorEntityDescription,
)
from homeassistant.const import EntityCategory
from homeassistant.core import HomeAssistant
from homeassistant.helpers.entity_platform import AddConfigEntryEntitiesCallback

from .coordinator import PrinterSnapshot
from .data import PrintLoggerConfigEntry
from .entity import PrintLoggerEntity
from .maintenance import MaintenanceCoordinator, MaintenanceEntity

PARALLEL_UPDATES = 0


@dataclass(frozen=True, kw_only=True)
class PrintLoggerBinarySensorDescription(BinarySensorEntityDescription):
    """Describes a printer binary sensor."""

    is_on_fn: Callable[[PrinterSnapshot], bool]
    always_available: bool = False


BINARY_SENSORS: tuple[PrintLoggerBinarySensorDescription, ...] = (
    PrintLoggerBinarySensorDescription(
        key="online",
        translation_key="online",
        device_class=BinarySensorDeviceClass.CONNECTIVITY,
        entity_category=EntityCategory.DIAGNOSTIC,
        is_on_fn=lambda s: s.online,
        always_available=True,
    ),
    PrintLoggerBinarySensorDescription(
        key="printing",
        translation_key="printing",
        device_class=BinarySensorDeviceClass.RUNNING,
        is_on_fn=lambda s: s.print_state in ("printing", "paused"),
    ),
)


async def async_setup_entry(
    hass: HomeAssistant,
    entry: PrintLoggerConfigEntry,
    async_add_entities: AddConfigEntryEntitiesCallback,
) -> None:
    """Set up a printer's binary sensors."""
    coordinator = entry.runtime_data.coordinator
    async_add_entities(
        PrintLoggerBinarySensor(coordinator, description)
        for description in BINARY_SENSORS
    )
    async_add_entities([MaintenanceDueBinarySensor(entry.runtime_data.maintenance)])


class PrintLoggerBinarySensor(PrintLoggerEntity, BinarySensorEntity):
    """A printer binary sensor."""

    entity_description: PrintLoggerBinarySensorDescription

    @property
    @override
    def is_on(self) -> bool:
        """Return the sensor's state."""
        return self.entity_description.is_on_fn(self.coordinator.data)


class MaintenanceDueBinarySensor(MaintenanceEntity, BinarySensorEntity):
    """On while one of the printer's maintenance tasks is due."""

    _attr_device_class = BinarySensorDeviceClass.PROBLEM

    def __init__(self, coordinator: MaintenanceCoordinator) -> None:
        """Initialise the printer's "maintenance due" sensor."""
        super().__init__(coordinator, "maintenance_due")

    @property
    @override
    def is_on(self) -> bool:
        """Return whether a task is due."""
        return any(state.status == "due" for state in self.coordinator.data or [])

    @property
    @override
    def extra_state_attributes(self) -> dict[str, Any]:
        """Return the names of the tasks due."""
        return {
            "tasks": [
                state.task.name
                for state in self.coordinator.data or []
                if state.status == "due"
            ]
        }
