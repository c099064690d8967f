"""A printer's maintenance as a to-do list: the tasks due or nearly due; checking one off logs it."""

from __future__ import annotations

from typing import override

from homeassistant.components.todo.const import TodoItemStatus, TodoListEntityFeature

try:
    from homeassistant.components.todo.entity import TodoItem, TodoListEntity
except ImportError:  # Home Assistant before 2026.10 defines them in the package itself
    from homeassistant.components.todo import TodoItem, TodoListEntity  # type: ignore[attr-defined]

from homeassistant.core import HomeAssistant, callback
from homeassistant.exceptions import HomeAssistantError, ServiceValidationError
from homeassistant.helpers.entity_platform import AddConfigEntryEntitiesCallback

from .const import DOMAIN
from .data import PrintLoggerConfigEntry
from .maintenance import (
    MaintenanceCoordinator,
    MaintenanceEntity,
    async_entity_texts,
    due_description,
)
from .store import StoreError

PARALLEL_UPDATES = 0
LISTED = ("due", "soon")


async def async_setup_entry(
    hass: HomeAssistant,
    entry: PrintLoggerConfigEntry,
    async_add_entities: AddConfigEntryEntitiesCallback,
) -> None:
    """Set up a printer's maintenance to-do list."""
    async_add_entities([MaintenanceTodoList(entry.runtime_data.maintenance)])


class MaintenanceTodoList(MaintenanceEntity, TodoListEntity):
    """The tasks due or nearly due; checking an item off logs the task done and resets it."""

    _attr_supported_features = TodoListEntityFeature.UPDATE_TODO_ITEM

    def __init__(self, coordinator: MaintenanceCoordinator) -> None:
        """Initialise the printer's to-do list."""
        super().__init__(coordinator, "maintenance")
        self._texts: dict[str, str] = {}

    @override
    async def async_added_to_hass(self) -> None:
        """Load the texts of the due descriptions, then follow the coordinator."""
        self._texts = await async_entity_texts(self.hass)
        await super().async_added_to_hass()

    @property
    @override
    def todo_items(self) -> list[TodoItem]:
        """Return the tasks due or nearly due, most due first."""
        return [
            TodoItem(
                uid=state.task.id,
                summary=state.task.name,
                description=due_description(self._texts, state),
                status=TodoItemStatus.NEEDS_ACTION,
            )
            for state in self.coordinator.data or []
            if state.status in LISTED
        ]

    @override
    async def async_update_todo_item(self, item: TodoItem) -> None:
        """Log the task done when its item is checked off (by whom: the user calling)."""
        if item.status != TodoItemStatus.COMPLETED:
            return
        if item.uid not in {state.task.id for state in self.coordinator.data or []}:
            raise ServiceValidationError(
                translation_domain=DOMAIN, translation_key="maintenance_not_found"
            )
        done_by: str | None = None
        if self._context is not None and self._context.user_id is not None:
            user = await self.hass.auth.async_get_user(self._context.user_id)
            done_by = user.name if user is not None else None
        try:
            await self.coordinator.async_log_done(item.uid, done_by=done_by)
        except StoreError as err:
            raise HomeAssistantError(
                translation_domain=DOMAIN, translation_key="database_unavailable"
            ) from err

    @callback
    @override
    def _handle_coordinator_update(self) -> None:
        self.async_write_ha_state()
