"""Sensors of a printer: live print state, the current job and the last job."""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass
from datetime import datetime, timedelta
import math
from typing import Any, cast, override

from homeassistant.components.sensor import (
    SensorDeviceClass,
    SensorEntity,
    SensorEntityDescription,
    SensorStateClass,
)
from homeassistant.const import (
    PERCENTAGE,
    UnitOfEnergy,
    UnitOfLength,
    UnitOfMass,
    UnitOfTime,
)
from homeassistant.core import HomeAssistant
from homeassistant.helpers.device_registry import DeviceEntryType, DeviceInfo
from homeassistant.helpers.entity_platform import AddConfigEntryEntitiesCallback
from homeassistant.helpers.typing import StateType
from homeassistant.helpers.update_coordinator import CoordinatorEntity
from homeassistant.util import dt as dt_util

from .const import DOMAIN, FARM_UNIQUE_ID
from .coordinator import PrinterSnapshot
from .data import PrintLoggerConfigEntry
from .entity import PrintLoggerEntity
from .farm import FarmConfigEntry, FarmCoordinator, is_farm
from .maintenance import MaintenanceCoordinator, MaintenanceEntity, remaining_attributes
from .spool_entities import ACTIVE_SPOOL_SENSOR, ActiveSpoolSensor, add_when_spoolman
from .store import JobStatus
from .store.maintenance import TaskState

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
JOB_STATUSES = [str(status) for status in JobStatus]

# Below this progress the file-position estimate of the remaining time is too noisy to use.
MIN_PROGRESS_FOR_ESTIMATE = 0.02


def progress_percent(snapshot: PrinterSnapshot) -> int | None:
    """Return progress in whole percents (by file position, as Moonraker and the slicers show it)."""
    if snapshot.print_state not in ("printing", "paused"):
        return None
    sdcard = snapshot.status.get("virtual_sdcard") or {}
    display = snapshot.status.get("display_status") or {}
    value = display.get("progress")
    if value is None:
        value = sdcard.get("progress")
    if not isinstance(value, (int, float)) or not 0 <= value <= 1:
        return None
    return math.floor(float(value) * 100)


def remaining_seconds(snapshot: PrinterSnapshot) -> float | None:
    """
    Return the estimated print time left.

    The mean of the slicer's estimate less the time printed so far and the file-position estimate
    (time printed / progress − time printed), as Fluidd and Mainsail offer them.
    """
    job = snapshot.job
    if job is None or snapshot.print_state not in ("printing", "paused"):
        return None
    estimates: list[float] = []
    if job.estimated_time:
        estimates.append(max(job.estimated_time - job.print_duration, 0.0))
    if job.progress >= MIN_PROGRESS_FOR_ESTIMATE:
        estimates.append(
            max(job.print_duration / job.progress - job.print_duration, 0.0)
        )
    if not estimates:
        return None
    return sum(estimates) / len(estimates)


def eta(snapshot: PrinterSnapshot) -> datetime | None:
    """Return when the print should end (only while printing: a paused print has no ETA)."""
    if snapshot.print_state != "printing":
        return None
    remaining = remaining_seconds(snapshot)
    if remaining is None:
        return None
    # Whole minutes: the timestamp does not change on every update.
    end = dt_util.utcnow() + timedelta(seconds=remaining)
    return end.replace(second=0, microsecond=0) + timedelta(
        minutes=1 if end.second >= 30 else 0
    )


def significant(value: float, digits: int = 3, min_decimals: int = 0) -> float:
    """
    Return ``value`` with ``digits`` significant digits, and at least ``min_decimals`` decimals.

    (0.000612 -> 0.000612, 12.345 -> 12.3, never rounding whole units away; with ``min_decimals=2``, 1234.567 -> 1234.57.) A weight
    sensor's state carries the precision that reads well at its size, so that a few milligrams are
    not shown as "0.0 g" (a fixed display precision would).
    """
    if value == 0 or not math.isfinite(value):
        return value
    return round(
        value, max(min_decimals, digits - 1 - math.floor(math.log10(abs(value))))
    )


def filament_weight_g(length_mm: float, details: Any | None) -> float | None:
    """
    Return grams of filament for a length extruded so far.

    From the file's filament diameter and density when it states them; else from the slicer's own
    weight for its own length (grams per millimetre of this slice: Cura and PrusaSlicer profiles
    without a density still state both totals). None when the file says neither.
    """
    if not details:
        return None
    diameter = details.get("filament_diameter")
    density = details.get("filament_density")
    if (
        isinstance(diameter, (int, float))
        and isinstance(density, (int, float))
        and diameter > 0
        and density > 0
    ):
        area_mm2 = math.pi * (diameter / 2) ** 2
        return significant(length_mm * area_mm2 * density / 1000, min_decimals=2)
    total_g = details.get("filament_used_g")
    total_mm = details.get("filament_used_mm")
    if (
        isinstance(total_g, (int, float))
        and isinstance(total_mm, (int, float))
        and total_g > 0
        and total_mm > 0
        and math.isfinite(total_g / total_mm)
    ):
        return significant(length_mm * total_g / total_mm, min_decimals=2)
    return None


def _job_value(fn: Callable[[Any], Any]) -> Callable[[PrinterSnapshot], StateType]:
    """Return a value function reading the current job (None without one)."""

    def value(snapshot: PrinterSnapshot) -> StateType:
        if snapshot.job is None:
            return None
        result: StateType = fn(snapshot.job)
        return result

    return value


def _last_job_value(
    fn: Callable[[Any], Any],
) -> Callable[[PrinterSnapshot], StateType | datetime]:
    """Return a value function reading the last finished job."""

    def value(snapshot: PrinterSnapshot) -> StateType | datetime:
        if snapshot.last_job is None:
            return None
        result: StateType | datetime = fn(snapshot.last_job)
        return result

    return value


@dataclass(frozen=True, kw_only=True)
class PrintLoggerSensorDescription(SensorEntityDescription):
    """Describes a printer sensor."""

    value_fn: Callable[[PrinterSnapshot], StateType | datetime]
    rate_limited: bool = False
    """Write at most once per live update interval (values that change several times a second)."""
    always_available: bool = False
    """Available while the printer is offline (the value says so, or is history)."""
    currency: bool = False
    """The unit is Home Assistant's currency."""


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
        value_fn=lambda s: (
            (s.print_stats.get("filename") or None)
            if s.print_state in ("printing", "paused")
            else None
        ),
    ),
    PrintLoggerSensorDescription(
        key="progress",
        translation_key="progress",
        native_unit_of_measurement=PERCENTAGE,
        state_class=SensorStateClass.MEASUREMENT,
        suggested_display_precision=0,
        value_fn=progress_percent,
        rate_limited=True,
    ),
    PrintLoggerSensorDescription(
        key="eta",
        translation_key="eta",
        device_class=SensorDeviceClass.TIMESTAMP,
        value_fn=eta,
        rate_limited=True,
    ),
    PrintLoggerSensorDescription(
        key="print_time",
        translation_key="print_time",
        device_class=SensorDeviceClass.DURATION,
        native_unit_of_measurement=UnitOfTime.SECONDS,
        suggested_unit_of_measurement=UnitOfTime.HOURS,
        suggested_display_precision=2,
        value_fn=_job_value(lambda job: round(job.print_duration)),
        rate_limited=True,
    ),
    PrintLoggerSensorDescription(
        key="remaining_time",
        translation_key="remaining_time",
        device_class=SensorDeviceClass.DURATION,
        native_unit_of_measurement=UnitOfTime.SECONDS,
        suggested_unit_of_measurement=UnitOfTime.HOURS,
        suggested_display_precision=2,
        value_fn=lambda s: (
            None if (r := remaining_seconds(s)) is None else round(r / 60) * 60
        ),
        rate_limited=True,
    ),
    PrintLoggerSensorDescription(
        key="current_layer",
        translation_key="current_layer",
        state_class=SensorStateClass.MEASUREMENT,
        value_fn=_job_value(lambda job: job.current_layer),
        rate_limited=True,
    ),
    PrintLoggerSensorDescription(
        key="total_layers",
        translation_key="total_layers",
        value_fn=lambda s: (
            None
            if s.job is None
            else s.job.total_layers or (s.details or {}).get("total_layers")
        ),
    ),
    PrintLoggerSensorDescription(
        key="filament_used",
        translation_key="filament_used",
        device_class=SensorDeviceClass.DISTANCE,
        native_unit_of_measurement=UnitOfLength.MILLIMETERS,
        suggested_unit_of_measurement=UnitOfLength.METERS,
        suggested_display_precision=2,
        state_class=SensorStateClass.MEASUREMENT,
        value_fn=_job_value(lambda job: round(job.filament_used_mm, 1)),
        rate_limited=True,
    ),
    PrintLoggerSensorDescription(
        key="filament_weight",
        translation_key="filament_weight",
        device_class=SensorDeviceClass.WEIGHT,
        native_unit_of_measurement=UnitOfMass.GRAMS,
        # No fixed display precision: the state has three significant digits ("0.000612 g", "12.3 g").
        state_class=SensorStateClass.MEASUREMENT,
        value_fn=lambda s: (
            None
            if s.job is None
            else filament_weight_g(s.job.filament_used_mm, s.details)
        ),
        rate_limited=True,
    ),
    PrintLoggerSensorDescription(
        key="last_job_status",
        translation_key="last_job_status",
        device_class=SensorDeviceClass.ENUM,
        options=JOB_STATUSES,
        value_fn=_last_job_value(lambda job: str(job.status)),
        always_available=True,
    ),
    PrintLoggerSensorDescription(
        key="last_job_end",
        translation_key="last_job_end",
        device_class=SensorDeviceClass.TIMESTAMP,
        value_fn=_last_job_value(lambda job: job.end),
        always_available=True,
    ),
    PrintLoggerSensorDescription(
        key="last_job_duration",
        translation_key="last_job_duration",
        device_class=SensorDeviceClass.DURATION,
        native_unit_of_measurement=UnitOfTime.SECONDS,
        suggested_unit_of_measurement=UnitOfTime.HOURS,
        suggested_display_precision=2,
        value_fn=_last_job_value(lambda job: round(job.print_duration)),
        always_available=True,
    ),
)


def _total(
    key: str, scale: float = 1.0, digits: int = 2
) -> Callable[[PrinterSnapshot], StateType]:
    """Return a value function reading one of the printer's totals."""

    def value(snapshot: PrinterSnapshot) -> StateType:
        if snapshot.totals is None:
            return None
        raw = snapshot.totals.get(key)
        if not isinstance(raw, (int, float)):
            return None
        if digits == 0:
            return int(raw * scale)
        return round(raw * scale, digits)

    return value


def _total_weight_kg(snapshot: PrinterSnapshot) -> StateType:
    """Return the printer's filament total in kilograms: to the gram, below a gram significant."""
    if snapshot.totals is None:
        return None
    grams = snapshot.totals.get("filament_g")
    if not isinstance(grams, (int, float)) or isinstance(grams, bool):
        return None
    return significant(grams / 1000) if 0 < grams < 1 else round(grams / 1000, 3)


def _cost_value(key: str, digits: int) -> Callable[[PrinterSnapshot], StateType]:
    """Return a value function reading the running (else the last) job's energy or cost."""

    def value(snapshot: PrinterSnapshot) -> StateType:
        raw = (snapshot.costs or {}).get(key)
        return round(raw, digits) if isinstance(raw, (int, float)) else None

    return value


# The running job's energy and cost so far, then the last job's (printers with cost settings).
COST_SENSORS: tuple[PrintLoggerSensorDescription, ...] = (
    PrintLoggerSensorDescription(
        key="job_energy",
        translation_key="job_energy",
        device_class=SensorDeviceClass.ENERGY,
        native_unit_of_measurement=UnitOfEnergy.KILO_WATT_HOUR,
        suggested_display_precision=3,
        value_fn=_cost_value("energy_kwh", 4),
        always_available=True,
    ),
    PrintLoggerSensorDescription(
        key="job_cost",
        translation_key="job_cost",
        device_class=SensorDeviceClass.MONETARY,
        suggested_display_precision=2,
        value_fn=_cost_value("cost", 4),
        always_available=True,
        currency=True,
    ),
)


# The totals go down when a job is deleted (or its cost edited): state class ``total`` without a
# ``last_reset``, so the recorder's sum follows every change, down too (``total_increasing`` would
# read a drop as a meter reset and add the new total again). Statistics compiled before with
# ``total_increasing`` continue: both keep a sum, with the same unit and no mean.
TOTAL_SENSORS: tuple[PrintLoggerSensorDescription, ...] = (
    PrintLoggerSensorDescription(
        key="total_jobs",
        translation_key="total_jobs",
        state_class=SensorStateClass.TOTAL,
        value_fn=_total("jobs", digits=0),
        always_available=True,
    ),
    PrintLoggerSensorDescription(
        key="total_completed",
        translation_key="total_completed",
        state_class=SensorStateClass.TOTAL,
        value_fn=_total("completed", digits=0),
        always_available=True,
    ),
    PrintLoggerSensorDescription(
        key="success_rate",
        translation_key="success_rate",
        native_unit_of_measurement=PERCENTAGE,
        state_class=SensorStateClass.MEASUREMENT,
        suggested_display_precision=1,
        value_fn=_total("success_rate", digits=1),
        always_available=True,
    ),
    PrintLoggerSensorDescription(
        key="total_print_time",
        translation_key="total_print_time",
        device_class=SensorDeviceClass.DURATION,
        native_unit_of_measurement=UnitOfTime.HOURS,
        state_class=SensorStateClass.TOTAL,
        suggested_display_precision=1,
        value_fn=_total("print_hours"),
        always_available=True,
    ),
    PrintLoggerSensorDescription(
        key="total_filament",
        translation_key="total_filament",
        device_class=SensorDeviceClass.WEIGHT,
        native_unit_of_measurement=UnitOfMass.KILOGRAMS,
        state_class=SensorStateClass.TOTAL,
        # No fixed display precision: to the gram ("0.001 kg" for 1 g, never "0.00 kg"), and a few
        # milligrams with their own digits.
        value_fn=_total_weight_kg,
        always_available=True,
    ),
    PrintLoggerSensorDescription(
        key="total_filament_length",
        translation_key="total_filament_length",
        device_class=SensorDeviceClass.DISTANCE,
        native_unit_of_measurement=UnitOfLength.METERS,
        state_class=SensorStateClass.TOTAL,
        suggested_display_precision=1,
        value_fn=_total("filament_mm", scale=0.001, digits=2),
        always_available=True,
        entity_registry_enabled_default=False,
    ),
    PrintLoggerSensorDescription(
        key="total_cost",
        translation_key="total_cost",
        device_class=SensorDeviceClass.MONETARY,
        state_class=SensorStateClass.TOTAL,
        suggested_display_precision=2,
        value_fn=_total("cost"),
        always_available=True,
        currency=True,
    ),
    PrintLoggerSensorDescription(
        key="total_energy",
        translation_key="total_energy",
        device_class=SensorDeviceClass.ENERGY,
        native_unit_of_measurement=UnitOfEnergy.KILO_WATT_HOUR,
        state_class=SensorStateClass.TOTAL,
        suggested_display_precision=2,
        value_fn=_total("energy_kwh", digits=3),
        always_available=True,
    ),
)


async def async_setup_entry(
    hass: HomeAssistant,
    entry: PrintLoggerConfigEntry,
    async_add_entities: AddConfigEntryEntitiesCallback,
) -> None:
    """Set up a printer's sensors (or the print farm's totals)."""
    if is_farm(entry):
        farm = cast("FarmConfigEntry", entry).runtime_data.farm
        async_add_entities(
            PrintLoggerFarmSensor(farm, description) for description in TOTAL_SENSORS
        )
        return
    coordinator = entry.runtime_data.coordinator
    costs = COST_SENSORS if coordinator.costs.configured else ()
    async_add_entities(
        PrintLoggerSensor(coordinator, description)
        for description in (*SENSORS, *costs, *TOTAL_SENSORS)
    )
    remove = add_when_spoolman(
        coordinator,
        async_add_entities,
        lambda c: ActiveSpoolSensor(c, ACTIVE_SPOOL_SENSOR),
    )
    if remove is not None:
        entry.async_on_unload(remove)
    async_add_entities([NextMaintenanceSensor(entry.runtime_data.maintenance)])


class CurrencyUnitSensor(SensorEntity):
    """A sensor whose description may ask for Home Assistant's currency as its unit."""

    entity_description: PrintLoggerSensorDescription

    @property
    @override
    def native_unit_of_measurement(self) -> str | None:
        """Return the unit (the configured currency for costs)."""
        if self.entity_description.currency:
            return self.hass.config.currency
        return super().native_unit_of_measurement


class PrintLoggerSensor(PrintLoggerEntity, CurrencyUnitSensor):
    """A printer sensor."""

    entity_description: PrintLoggerSensorDescription

    @property
    @override
    def native_value(self) -> StateType | datetime:
        """Return the sensor's value."""
        return self.entity_description.value_fn(self.coordinator.data)

    @override
    def _change_key(self) -> Any:
        """Write at once when availability, the print state or the job changes."""
        data = self.coordinator.data
        return (self.available, data.print_state, data.job.id if data.job else None)


class PrintLoggerFarmSensor(CoordinatorEntity[FarmCoordinator], CurrencyUnitSensor):
    """A total over every printer, on the print farm's device."""

    _attr_has_entity_name = True
    entity_description: PrintLoggerSensorDescription

    def __init__(
        self, farm: FarmCoordinator, description: PrintLoggerSensorDescription
    ) -> None:
        """Initialise a farm total."""
        super().__init__(farm)
        self.entity_description = description
        self._attr_unique_id = f"{FARM_UNIQUE_ID}_{description.key}"
        self._attr_device_info = DeviceInfo(
            identifiers={(DOMAIN, FARM_UNIQUE_ID)},
            # Named in Home Assistant's language (strings.json "device"); the entity ids keep
            # Home Assistant's own derivation from the name at creation.
            translation_key="farm",
            manufacturer="Print Logger",
            model="All printers",
            entry_type=DeviceEntryType.SERVICE,
        )

    @property
    @override
    def native_value(self) -> StateType | datetime:
        """Return the total over every printer."""
        return self.entity_description.value_fn(
            PrinterSnapshot(totals=self.coordinator.data)
        )


class NextMaintenanceSensor(MaintenanceEntity, SensorEntity):
    """The printer's next maintenance task (the most due) and what is left of its intervals."""

    def __init__(self, coordinator: MaintenanceCoordinator) -> None:
        """Initialise the printer's next-maintenance sensor."""
        super().__init__(coordinator, "next_maintenance")

    @property
    def _next(self) -> TaskState | None:
        states = self.coordinator.data or []
        return states[0] if states else None

    @property
    @override
    def native_value(self) -> str | None:
        """Return the next task's name (None without tasks)."""
        state = self._next
        return state.task.name if state is not None else None

    @property
    @override
    def extra_state_attributes(self) -> Mapping[str, Any]:
        """Return what is left of the next task's intervals, its status and progress (%)."""
        return remaining_attributes(self._next)
