"""
The maintenance operations: the tasks with their state and the log, read, create, change, delete.

Fields, handlers, JSON shapes and result schemas of one domain together; ``operations.py`` lists
:data:`MAINTENANCE_OPERATIONS` with the others, so they are offered over REST, the websocket and as
actions with the same validation, and documented in docs/openapi.yaml and docs/api.md.
"""

from __future__ import annotations

from datetime import UTC, datetime
import re
from typing import Any, Final

import probatio

from ..store.maintenance import INTERVALS, MaintenanceLogRecord, TaskState
from ..store.models import SHORT_LENGTH
from ..store.validation import MAX_NOTES_LENGTH, NUMBER_BOUNDS
from .errors import NotFoundError
from .fields import (
    PRINTER_IDS,
    Field,
    bounds,
    integer,
    number,
    printer_id,
    text,
    timestamp,
)
from .model import Action, Context, Operation, Rest, Websocket

_ID: Final = re.compile(r"^[0-9a-f]{32}$")
ID_PATTERN: Final = "^[0-9a-f]{32}$"
STATUSES: Final = ("ok", "soon", "due")


# ---------------------------------------------------------------------- fields
def _an_id(what: str) -> Any:
    def validate(value: Any) -> str:
        if not isinstance(value, str):
            raise probatio.Invalid("must be a string")
        if not _ID.match(value):
            raise NotFoundError(f"no such {what}")
        return value

    return validate


def _optional_task_id(value: Any) -> str | None:
    if value is None:
        return None
    if not isinstance(value, str) or not _ID.match(value):
        raise probatio.Invalid("must be a task id (32 lowercase hexadecimal digits)")
    return value


def _boolean(value: Any) -> bool:
    if isinstance(value, bool):
        return value
    if value in ("true", "false"):
        return bool(value == "true")
    raise probatio.Invalid("must be true or false")


def _integer_interval(name: str) -> Any:
    bound = NUMBER_BOUNDS[name]
    check = integer(int(bound.low), int(bound.high))

    def validate(value: Any) -> int | None:
        if value is None:
            return None
        if isinstance(value, float) and value.is_integer():
            value = int(value)
        return check(value)

    return validate


TASK_ID_FIELD: Final = Field(
    name="task_id",
    validate=_an_id("maintenance task"),
    required=True,
    schema={"type": "string", "pattern": ID_PATTERN},
    description="The task's id, 32 lowercase hexadecimal digits (anything else is a 404).",
)
ENTRY_ID_FIELD: Final = Field(
    name="entry_id",
    validate=_an_id("maintenance log entry"),
    required=True,
    schema={"type": "string", "pattern": ID_PATTERN},
    description="The log entry's id, 32 lowercase hexadecimal digits (anything else is a 404).",
)
_PRINTER_ID_SCHEMA: Final = {
    "type": "string",
    "minLength": 1,
    "maxLength": 64,
    "pattern": "^[A-Za-z0-9_-]+$",
    "description": "an existing printer's id",
}
ARCHIVED: Final = Field(
    name="archived",
    validate=_boolean,
    schema={"type": "boolean", "default": False},
    description="Also the archived tasks (deleted ones that have a log).",
)
_NOTES: Final = Field(
    name="notes",
    validate=text(MAX_NOTES_LENGTH, nullable=True),
    schema={"type": ["string", "null"], "maxLength": MAX_NOTES_LENGTH},
)
_COST: Final = Field(
    name="cost",
    validate=number("cost", nullable=True),
    schema=bounds("cost", nullable=True),
)
_NAME_SCHEMA: Final = {
    "type": "string",
    "minLength": 1,
    "maxLength": SHORT_LENGTH,
    "pattern": "\\S",
}
# A task's editable fields (every one optional: a new task's name is required on its own).
TASK_EDITABLE: Final = (
    Field(
        name="name",
        validate=text(SHORT_LENGTH, allow_empty=False),
        schema=_NAME_SCHEMA,
    ),
    Field(
        name="interval_hours",
        validate=number("interval_hours", nullable=True),
        schema=bounds("interval_hours", nullable=True),
        description="Print hours between two times it is done.",
    ),
    Field(
        name="interval_filament_kg",
        validate=number("interval_filament_kg", nullable=True),
        schema=bounds("interval_filament_kg", nullable=True),
        description="Kilograms of filament printed between two times it is done.",
    ),
    Field(
        name="interval_jobs",
        validate=_integer_interval("interval_jobs"),
        schema=bounds("interval_jobs", nullable=True),
        description="Jobs between two times it is done.",
    ),
    Field(
        name="interval_days",
        validate=_integer_interval("interval_days"),
        schema=bounds("interval_days", nullable=True),
        description="Days between two times it is done.",
    ),
    _NOTES,
    _COST,
)
NEW_TASK: Final = (
    Field(
        name="printer_id",
        validate=printer_id,
        required=True,
        schema=_PRINTER_ID_SCHEMA,
    ),
    Field(
        name="name",
        validate=text(SHORT_LENGTH, allow_empty=False),
        required=True,
        schema=_NAME_SCHEMA,
    ),
)
LOG_EDITABLE: Final = (
    Field(
        name="name",
        validate=text(SHORT_LENGTH, allow_empty=False),
        schema=_NAME_SCHEMA,
        description="What was done (the task's name by default).",
    ),
    Field(
        name="done_at",
        validate=timestamp,
        schema={"type": "string"},
        description=(
            "When (ISO 8601; without a zone in Home Assistant's time zone); now by"
            " default, never in the future."
        ),
    ),
    Field(
        name="done_by",
        validate=text(SHORT_LENGTH, nullable=True),
        schema={"type": ["string", "null"], "maxLength": SHORT_LENGTH},
    ),
    _NOTES,
    Field(
        name="cost",
        validate=number("cost", nullable=True),
        schema=bounds("cost", nullable=True),
        description="What it cost (the task's cost by default).",
    ),
)
NEW_LOG: Final = (
    Field(
        name="printer_id",
        validate=printer_id,
        schema=_PRINTER_ID_SCHEMA,
        description="The printer (the task's without it).",
    ),
    Field(
        name="task_id",
        validate=_optional_task_id,
        schema={"type": ["string", "null"], "pattern": ID_PATTERN},
        description="The task done (its counters start again); free text (`name`) without it.",
    ),
)


# ---------------------------------------------------------------------- JSON shapes
def _iso(value: datetime | None) -> str | None:
    return None if value is None else value.astimezone(UTC).isoformat()


def task_object(state: TaskState) -> dict[str, Any]:
    """Return a task with its state as JSON."""
    task = state.task
    return {
        "id": task.id,
        "printer_id": task.printer_id,
        "name": task.name,
        **{name: getattr(task, name) for name in INTERVALS},
        "notes": task.notes,
        "cost": task.cost,
        "archived": task.archived,
        "created_at": _iso(task.created_at),
        "since": _iso(state.since),
        "last_done": _iso(state.last_done),
        "used": dict(state.used),
        "remaining": dict(state.remaining),
        "fraction": state.fraction,
        "status": state.status,
        "failure_rate_since": state.failure_rate_since,
        "failure_rate_before": state.failure_rate_before,
    }


def log_object(entry: MaintenanceLogRecord) -> dict[str, Any]:
    """Return a log entry as JSON."""
    return {
        "id": entry.id,
        "printer_id": entry.printer_id,
        "task_id": entry.task_id,
        "name": entry.name,
        "done_at": _iso(entry.done_at),
        "done_by": entry.done_by,
        "notes": entry.notes,
        "cost": entry.cost,
        "print_hours": entry.print_hours,
        "filament_g": entry.filament_g,
        "jobs": entry.jobs,
    }


_FIGURES: Final = {
    "type": "object",
    "additionalProperties": False,
    "properties": {
        key: {"type": "number", "minimum": 0}
        for key in ("hours", "filament_kg", "jobs", "days")
    },
}
_NULLABLE_NUMBER: Final = {"type": ["number", "null"]}
_NULLABLE_TIME: Final = {"type": ["string", "null"], "format": "date-time"}
SCHEMAS: Final[dict[str, Any]] = {
    "MaintenanceTask": {
        "type": "object",
        "additionalProperties": False,
        "description": "A maintenance task with how close it is to due (`fraction`: the"
        " largest of used / interval; `soon` from 0.9, `due` from 1).",
        "required": [
            "id",
            "printer_id",
            "name",
            *INTERVALS,
            "notes",
            "cost",
            "archived",
            "created_at",
            "since",
            "last_done",
            "used",
            "remaining",
            "fraction",
            "status",
            "failure_rate_since",
            "failure_rate_before",
        ],
        "properties": {
            "id": {"type": "string", "pattern": ID_PATTERN},
            "printer_id": {"type": "string"},
            "name": {"type": "string"},
            **{name: bounds(name, nullable=True) for name in INTERVALS},
            "notes": {"type": ["string", "null"]},
            "cost": _NULLABLE_NUMBER,
            "archived": {"type": "boolean"},
            "created_at": {"type": "string", "format": "date-time"},
            "since": {"type": "string", "format": "date-time"},
            "last_done": _NULLABLE_TIME,
            "used": _FIGURES,
            "remaining": _FIGURES,
            "fraction": {"type": "number", "minimum": 0},
            "status": {"type": "string", "enum": list(STATUSES)},
            "failure_rate_since": _NULLABLE_NUMBER,
            "failure_rate_before": _NULLABLE_NUMBER,
        },
    },
    "MaintenanceLogEntry": {
        "type": "object",
        "additionalProperties": False,
        "description": "One time maintenance was done, with the printer's lifetime counters"
        " then (print hours, grams, ended jobs started before it).",
        "required": [
            "id",
            "printer_id",
            "task_id",
            "name",
            "done_at",
            "done_by",
            "notes",
            "cost",
            "print_hours",
            "filament_g",
            "jobs",
        ],
        "properties": {
            "id": {"type": "string", "pattern": ID_PATTERN},
            "printer_id": {"type": "string"},
            "task_id": {"type": ["string", "null"]},
            "name": {"type": "string"},
            "done_at": {"type": "string", "format": "date-time"},
            "done_by": {"type": ["string", "null"]},
            "notes": {"type": ["string", "null"]},
            "cost": _NULLABLE_NUMBER,
            "print_hours": {"type": "number", "minimum": 0},
            "filament_g": {"type": "number", "minimum": 0},
            "jobs": {"type": "integer", "minimum": 0},
        },
    },
    "Maintenance": {
        "type": "object",
        "additionalProperties": False,
        "required": ["tasks", "log", "cost"],
        "properties": {
            "tasks": {
                "type": "array",
                "items": {"$ref": "#/components/schemas/MaintenanceTask"},
            },
            "log": {
                "type": "array",
                "items": {"$ref": "#/components/schemas/MaintenanceLogEntry"},
            },
            "cost": {
                "type": "object",
                "description": "The logged maintenance cost per printer id.",
                "additionalProperties": {"type": "number"},
            },
        },
    },
    "MaintenanceTaskAnswer": {
        "type": "object",
        "additionalProperties": False,
        "required": ["task"],
        "properties": {"task": {"$ref": "#/components/schemas/MaintenanceTask"}},
    },
    "MaintenanceLogAnswer": {
        "type": "object",
        "additionalProperties": False,
        "required": ["entry"],
        "properties": {"entry": {"$ref": "#/components/schemas/MaintenanceLogEntry"}},
    },
}


def body_schemas() -> dict[str, Any]:
    """Return the request bodies' schemas (components/schemas)."""

    def properties(fields: tuple[Field, ...]) -> dict[str, Any]:
        return {item.name: dict(item.schema) for item in fields}

    return {
        "MaintenanceTaskChanges": {
            "type": "object",
            "additionalProperties": False,
            "properties": properties(TASK_EDITABLE),
        },
        "NewMaintenanceTask": {
            "type": "object",
            "additionalProperties": False,
            "required": ["printer_id", "name"],
            "properties": properties((*NEW_TASK, *TASK_EDITABLE[1:])),
        },
        "MaintenanceLogChanges": {
            "type": "object",
            "additionalProperties": False,
            "properties": properties(LOG_EDITABLE),
        },
        "NewMaintenanceLogEntry": {
            "type": "object",
            "additionalProperties": False,
            "properties": properties((*NEW_LOG, *LOG_EDITABLE)),
        },
    }


# ---------------------------------------------------------------------- handlers
async def get_maintenance(context: Context, data: dict[str, Any]) -> dict[str, Any]:
    """Return the tasks with their state, the log and the maintenance cost per printer."""
    store = context.get_store()
    printer_ids = tuple(data.get("printer_ids", ()))
    states = await store.maintenance_states(
        printer_ids, archived=data.get("archived", False)
    )
    log = await store.maintenance_log(printer_ids)
    return {
        "tasks": [task_object(state) for state in states],
        "log": [log_object(entry) for entry in log],
        "cost": await store.maintenance_cost(printer_ids),
    }


async def create_task(context: Context, data: dict[str, Any]) -> dict[str, Any]:
    """Add a task to a printer."""
    printer = data.pop("printer_id")
    state = await context.get_store().create_task(printer, data)
    context.maintenance_changed(printer)
    return {"task": task_object(state)}


async def update_task(context: Context, data: dict[str, Any]) -> dict[str, Any]:
    """Change a task."""
    task_id = data.pop("task_id")
    state = await context.get_store().update_task(task_id, data)
    context.maintenance_changed(state.task.printer_id)
    return {"task": task_object(state)}


async def delete_task(context: Context, data: dict[str, Any]) -> dict[str, Any]:
    """Delete a task, or archive it when it has a log (nothing logged is lost)."""
    store = context.get_store()
    state = await store.get_task_state(data["task_id"])
    deleted = await store.delete_task(data["task_id"])
    context.maintenance_changed(state.task.printer_id)
    return {"deleted": deleted, "archived": not deleted}


async def log_maintenance(context: Context, data: dict[str, Any]) -> dict[str, Any]:
    """Log maintenance done: a task (its counters start again) or free text."""
    printer_ids = data.pop("printer_ids", None)
    printer = data.pop("printer_id", None) or (printer_ids[0] if printer_ids else None)
    task_id = data.pop("task_id", None)
    entry = await context.get_store().log_maintenance(
        printer_id=printer, task_id=task_id, data=data
    )
    context.maintenance_changed(entry.printer_id)
    return {"entry": log_object(entry)}


async def update_log(context: Context, data: dict[str, Any]) -> dict[str, Any]:
    """Change a log entry."""
    entry = await context.get_store().update_log_entry(data.pop("entry_id"), data)
    context.maintenance_changed(entry.printer_id)
    return {"entry": log_object(entry)}


async def delete_log(context: Context, data: dict[str, Any]) -> dict[str, Any]:
    """Delete a log entry."""
    if not await context.get_store().delete_log_entry(data["entry_id"]):
        raise NotFoundError("no such maintenance log entry")
    context.maintenance_changed("")
    return {"deleted": 1}


# ---------------------------------------------------------------------- operations
def _ref(name: str) -> dict[str, Any]:
    return {"$ref": f"#/components/schemas/{name}"}


MAINTENANCE_OPERATIONS: Final[tuple[Operation, ...]] = (
    Operation(
        name="get_maintenance",
        summary="The maintenance tasks with their state, the log and the cost per printer.",
        fields=(PRINTER_IDS, ARCHIVED),
        handler=get_maintenance,
        result=_ref("Maintenance"),
        rest=Rest(
            method="get",
            path="/maintenance",
            operation_id="getMaintenance",
            answer="The tasks (most due first), the log (newest first) and the cost.",
        ),
        websocket=Websocket(type="maintenance/get"),
        action=Action(
            name="get_maintenance",
            fields=("archived",),
            printer_entry=True,
            only_response=True,
        ),
    ),
    Operation(
        name="create_maintenance_task",
        summary="Add a maintenance task to a printer (at least one interval).",
        fields=(*NEW_TASK, *TASK_EDITABLE[1:]),
        handler=create_task,
        admin=True,
        result=_ref("MaintenanceTaskAnswer"),
        rest=Rest(
            method="post",
            path="/maintenance/tasks",
            operation_id="createMaintenanceTask",
            status=201,
            answer="The task with its state.",
            body="NewMaintenanceTask",
        ),
        websocket=Websocket(type="maintenance/tasks/create"),
    ),
    Operation(
        name="update_maintenance_task",
        summary="Change a maintenance task (it keeps at least one interval).",
        fields=(TASK_ID_FIELD, *TASK_EDITABLE),
        handler=update_task,
        admin=True,
        result=_ref("MaintenanceTaskAnswer"),
        rest=Rest(
            method="patch",
            path="/maintenance/tasks/{task_id}",
            operation_id="updateMaintenanceTask",
            answer="The task after the change.",
            body="MaintenanceTaskChanges",
            errors=(404,),
        ),
        websocket=Websocket(type="maintenance/tasks/update"),
    ),
    Operation(
        name="delete_maintenance_task",
        summary="Delete a maintenance task; one with a log is archived (its log kept).",
        fields=(TASK_ID_FIELD,),
        handler=delete_task,
        admin=True,
        result={
            "type": "object",
            "additionalProperties": False,
            "required": ["deleted", "archived"],
            "properties": {
                "deleted": {"type": "boolean"},
                "archived": {"type": "boolean"},
            },
        },
        rest=Rest(
            method="delete",
            path="/maintenance/tasks/{task_id}",
            operation_id="deleteMaintenanceTask",
            answer="Deleted, or archived when it has a log.",
            errors=(404,),
        ),
        websocket=Websocket(type="maintenance/tasks/delete"),
    ),
    Operation(
        name="log_maintenance",
        summary="Log maintenance done: a task (its counters start again) or free text.",
        fields=(*NEW_LOG, *LOG_EDITABLE),
        handler=log_maintenance,
        admin=True,
        result=_ref("MaintenanceLogAnswer"),
        rest=Rest(
            method="post",
            path="/maintenance/log",
            operation_id="logMaintenance",
            status=201,
            answer="The log entry.",
            body="NewMaintenanceLogEntry",
            errors=(404,),
        ),
        websocket=Websocket(type="maintenance/log/create"),
        action=Action(
            name="log_maintenance",
            fields=("task_id", *(item.name for item in LOG_EDITABLE)),
            printer_entry=True,
            not_found_key="maintenance_not_found",
        ),
    ),
    Operation(
        name="update_maintenance_log",
        summary="Change a maintenance log entry (its counters follow its date).",
        fields=(ENTRY_ID_FIELD, *LOG_EDITABLE),
        handler=update_log,
        admin=True,
        result=_ref("MaintenanceLogAnswer"),
        rest=Rest(
            method="patch",
            path="/maintenance/log/{entry_id}",
            operation_id="updateMaintenanceLog",
            answer="The log entry after the change.",
            body="MaintenanceLogChanges",
            errors=(404,),
        ),
        websocket=Websocket(type="maintenance/log/update"),
    ),
    Operation(
        name="delete_maintenance_log",
        summary="Delete a maintenance log entry.",
        fields=(ENTRY_ID_FIELD,),
        handler=delete_log,
        admin=True,
        result={
            "type": "object",
            "additionalProperties": False,
            "required": ["deleted"],
            "properties": {"deleted": {"type": "integer", "minimum": 1}},
        },
        rest=Rest(
            method="delete",
            path="/maintenance/log/{entry_id}",
            operation_id="deleteMaintenanceLog",
            answer="Deleted.",
            errors=(404,),
        ),
        websocket=Websocket(type="maintenance/log/delete"),
    ),
)
