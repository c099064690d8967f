"""
A printer's maintenance in Home Assistant: the coordinator of its tasks' state and its entities' base.

The :class:`MaintenanceCoordinator` reads the printer's tasks (``store/maintenance.py``) when its jobs
or its maintenance change (and every half hour, for the intervals in days), and fires
``print_logger_maintenance_due`` once per task that falls due: the store marks the task announced in
the same step, so a restart does not announce it again, and logging it done clears the mark. The
to-do list (``todo.py``), the next-task sensor and the "maintenance due" binary sensor read it.
"""

from __future__ import annotations

from collections.abc import Mapping
from datetime import timedelta
from typing import TYPE_CHECKING, Any

from homeassistant.const import CONF_DEVICE_ID, CONF_NAME
from homeassistant.core import HomeAssistant, callback
from homeassistant.helpers import device_registry as dr
from homeassistant.helpers.debounce import Debouncer
from homeassistant.helpers.dispatcher import async_dispatcher_connect
from homeassistant.helpers.translation import async_get_translations
from homeassistant.helpers.update_coordinator import (
    CoordinatorEntity,
    DataUpdateCoordinator,
    UpdateFailed,
)

from .const import (
    DOMAIN,
    EVENT_MAINTENANCE_DUE,
    LOGGER,
    SIGNAL_JOB_CHANGED,
    SIGNAL_MAINTENANCE_CHANGED,
)
from .entity import printer_device_info
from .store import Store, StoreError
from .store.maintenance import TaskState

if TYPE_CHECKING:
    from .data import PrintLoggerConfigEntry

REFRESH_INTERVAL = timedelta(minutes=30)
"""How often the tasks are read without a change (the days go by)."""
REFRESH_COOLDOWN = 1.0
"""Seconds between two reads while jobs change (a print writes its job every few seconds)."""
CONF_MAINTENANCE_SEEDED = "maintenance_seeded"
"""Entry data: the default tasks were offered to this printer (once)."""
UNITS = {"hours": "h", "filament_kg": "kg", "jobs": "", "days": "d"}


class MaintenanceCoordinator(DataUpdateCoordinator[list[TaskState]]):
    """The state of one printer's maintenance tasks, most due first."""

    config_entry: PrintLoggerConfigEntry

    def __init__(
        self, hass: HomeAssistant, entry: PrintLoggerConfigEntry, store: Store
    ) -> None:
        """Read the tasks of the entry's printer from ``store``."""
        super().__init__(
            hass,
            LOGGER,
            config_entry=entry,
            name=f"{DOMAIN} {entry.title} maintenance",
            update_interval=REFRESH_INTERVAL,
            request_refresh_debouncer=Debouncer(
                hass, LOGGER, cooldown=REFRESH_COOLDOWN, immediate=True
            ),
        )
        assert entry.unique_id is not None
        self.printer_id: str = entry.unique_id
        self.store = store

    @callback
    def async_listen_for_changes(self) -> None:
        """Read again when this printer's jobs or maintenance change."""

        @callback
        def _changed(*args: Any) -> None:
            printer_id = args[2] if len(args) > 2 else ""
            if printer_id in ("", self.printer_id):
                self.hass.async_create_task(self.async_request_refresh())

        @callback
        def _maintenance(printer_id: str) -> None:
            if printer_id in ("", self.printer_id):
                self.hass.async_create_task(self.async_request_refresh())

        entry = self.config_entry
        entry.async_on_unload(
            async_dispatcher_connect(self.hass, SIGNAL_JOB_CHANGED, _changed)
        )
        entry.async_on_unload(
            async_dispatcher_connect(
                self.hass, SIGNAL_MAINTENANCE_CHANGED, _maintenance
            )
        )

    async def _async_update_data(self) -> list[TaskState]:
        """Read the tasks; announce those newly due (once each)."""
        try:
            states = await self.store.maintenance_states((self.printer_id,))
            due = [
                state.task.id
                for state in states
                if state.status == "due" and not state.due_notified
            ]
            announced = set(await self.store.mark_due_notified(due)) if due else set()
        except StoreError as err:
            raise UpdateFailed(
                translation_domain=DOMAIN, translation_key="database_unavailable"
            ) from err
        for state in states:
            if state.task.id in announced:
                self.hass.bus.async_fire(EVENT_MAINTENANCE_DUE, self._event(state))
        return states

    def _event(self, state: TaskState) -> dict[str, Any]:
        entry = self.config_entry
        device = dr.async_get(self.hass).async_get_device(
            identifiers={(DOMAIN, self.printer_id)}
        )
        return {
            CONF_DEVICE_ID: device.id if device is not None else None,
            "config_entry_id": entry.entry_id,
            "printer": entry.data.get(CONF_NAME) or entry.title,
            "task_id": state.task.id,
            "task": state.task.name,
            "used": dict(state.used),
            "remaining": dict(state.remaining),
        }

    async def async_log_done(
        self, task_id: str, *, done_by: str | None, notes: str | None = None
    ) -> None:
        """Log a task done now (the to-do item checked off) and read the tasks again."""
        await self.store.log_maintenance(
            task_id=task_id,
            data={"done_by": done_by, **({"notes": notes} if notes else {})},
        )
        await self.async_refresh()


async def async_entity_texts(hass: HomeAssistant) -> dict[str, str]:
    """Return the integration's entity texts in Home Assistant's language."""
    return await async_get_translations(hass, hass.config.language, "entity", {DOMAIN})


def due_description(texts: Mapping[str, str], state: TaskState) -> str:
    """Return what is left of each of the task's intervals (``texts``: async_entity_texts)."""
    parts: list[str] = []
    for key, left in state.remaining.items():
        label = texts.get(
            f"component.{DOMAIN}.entity.sensor.next_maintenance.state_attributes."
            f"remaining_{key}.name",
            key,
        )
        unit = UNITS[key]
        parts.append(f"{label}: {_number(left)}{f' {unit}' if unit else ''}")
    return " · ".join(parts)


def _number(value: float) -> str:
    return (
        f"{value:.0f}" if float(value).is_integer() or value >= 10 else f"{value:.2g}"
    )


def remaining_attributes(state: TaskState | None) -> Mapping[str, Any]:
    """Return the next task's attributes: what is left of each interval and how far it is."""
    if state is None:
        return {}
    return {
        "task_id": state.task.id,
        "status": state.status,
        "progress": round(state.fraction * 100, 1),
        **{f"remaining_{key}": left for key, left in state.remaining.items()},
    }


class MaintenanceEntity(CoordinatorEntity[MaintenanceCoordinator]):
    """An entity of a printer's maintenance (on the printer's device)."""

    _attr_has_entity_name = True

    def __init__(self, coordinator: MaintenanceCoordinator, key: str) -> None:
        """Initialise the entity ``key`` of the printer."""
        super().__init__(coordinator)
        entry = coordinator.config_entry
        assert entry.unique_id is not None
        self._attr_unique_id = f"{entry.unique_id}_{key}"
        self._attr_translation_key = key
        self._attr_device_info = printer_device_info(entry)
