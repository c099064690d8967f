"""Binary sensors of a printer: online and printing."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import override

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


class PrintLoggerBinarySensor(PrintLoggerEntity, BinarySensorEntity):
    """A printer binary sensor."""

    entity_description: PrintLoggerBinarySensorDescription

    @property
    @override
    def is_on(self) -> bool:
        """Return the sensor's state."""
        return self.entity_description.is_on_fn(self.coordinator.data)
