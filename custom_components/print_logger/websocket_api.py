"""
Websocket commands of the print log (docs/api.md), used by the panel and the card.

Same semantics as the REST views (``http.py`` holds the shared validators and JSON shapes); each
command validates its fields itself with the REST schemas, so that every bad field is reported.
Errors: ``invalid_format`` (bad fields: the message lists them as ``field: message; …`` and the
error's ``errors`` maps each bad field to its message, like the REST 400), ``not_found``,
``unauthorized`` (a change by a user who is not an admin), ``conflict`` (deleting the job a printer
is printing) and ``unavailable`` (no printer set up, or the database does not answer).
"""

from __future__ import annotations

import asyncio
from collections.abc import Awaitable, Callable
from functools import wraps
from typing import Any, Final

from homeassistant.components.websocket_api import async_register_command, messages
from homeassistant.components.websocket_api.connection import ActiveConnection
from homeassistant.components.websocket_api.decorators import (
    async_response,
    require_admin,
    websocket_command,
)
from homeassistant.config_entries import (
    SIGNAL_CONFIG_ENTRY_CHANGED,
    ConfigEntry,
    ConfigEntryChange,
    ConfigEntryState,
)
from homeassistant.core import CALLBACK_TYPE, HomeAssistant, callback
from homeassistant.helpers.dispatcher import async_dispatcher_connect
import probatio

from .const import DOMAIN, LOGGER, SIGNAL_JOB_CHANGED
from .http import (
    ANALYTICS_SCHEMA,
    BREAKDOWN_SCHEMA,
    CREATE_SCHEMA,
    EDIT_FIELDS,
    LIST_SCHEMA,
    NO_PARAMETERS,
    SUMMARY_SCHEMA,
    TIMESERIES_SCHEMA,
    ApiError,
    LivePrinter,
    analytics_query,
    async_create_job,
    async_delete_jobs,
    async_printer_objects,
    async_update_job,
    check_job_id,
    error_for,
    get_store,
    job_detail,
    job_id_list,
    job_item,
    job_query,
    live_printers,
    printer_object,
    validate,
)
from .store import JobNotFoundError, StoreError
from .store.analytics import (
    async_accuracy,
    async_breakdown,
    async_summary,
    async_timeseries,
)
from .store.validation import (
    EARLIEST_JOB_TIME,
    FUTURE_TOLERANCE,
    MAX_TAG_LENGTH,
    MAX_TAGS,
    NUMBER_BOUNDS,
    TAG_SEPARATORS,
)

type AsyncCommand = Callable[
    [HomeAssistant, ActiveConnection, dict[str, Any]], Awaitable[None]
]

COMMAND_PREFIX: Final = DOMAIN


def _errors(func: AsyncCommand) -> AsyncCommand:
    """Answer the API's errors as websocket errors (anything else is Home Assistant's)."""

    @wraps(func)
    async def wrapped(
        hass: HomeAssistant,
        connection: ActiveConnection,
        msg: dict[str, Any],
    ) -> None:
        try:
            await func(hass, connection, msg)
        except (ApiError, StoreError, probatio.Invalid) as err:
            api_error = error_for(err)
            if api_error is None:
                raise
            payload = messages.error_message(
                msg["id"], api_error.code, api_error.message
            )
            if api_error.errors:
                payload["error"]["errors"] = api_error.errors
            connection.send_message(payload)

    return wrapped


def _command(command_type: str) -> probatio.All[Any]:
    """
    Return a command's schema for Home Assistant: its type, any other field.

    The fields are validated by the command itself (:func:`_fields`), so that the error lists
    every bad field rather than the first one Home Assistant's schema check meets.
    """
    return probatio.All(
        probatio.Schema(
            {probatio.Required("type"): command_type}, extra=probatio.ALLOW_EXTRA
        )
    )


def _fields(schema: probatio.Schema, msg: dict[str, Any]) -> dict[str, Any]:
    """Return the command's fields validated with ``schema`` (ApiError listing every bad one)."""
    return validate(
        schema,
        {key: value for key, value in msg.items() if key not in ("id", "type")},
    )


GET_SCHEMA: Final = probatio.Schema({probatio.Required("job_id"): str})
UPDATE_SCHEMA: Final = probatio.Schema(
    {probatio.Required("job_id"): str, **EDIT_FIELDS}
)
DELETE_SCHEMA: Final = probatio.Schema({probatio.Required("job_ids"): job_id_list})


# ---------------------------------------------------------------------- printers
@websocket_command(_command(f"{DOMAIN}/printers/list"))
@async_response
@_errors
async def ws_list_printers(
    hass: HomeAssistant, connection: ActiveConnection, msg: dict[str, Any]
) -> None:
    """Return the printers with their live state."""
    _fields(NO_PARAMETERS, msg)
    printers = await async_printer_objects(hass, get_store(hass))
    connection.send_result(msg["id"], {"printers": printers})


# ---------------------------------------------------------------------- jobs
@websocket_command(_command(f"{DOMAIN}/jobs/list"))
@async_response
@_errors
async def ws_list_jobs(
    hass: HomeAssistant, connection: ActiveConnection, msg: dict[str, Any]
) -> None:
    """Return a page of jobs."""
    query = job_query(_fields(LIST_SCHEMA, msg))
    page = await get_store(hass).list_jobs(query)
    connection.send_result(
        msg["id"],
        {
            "jobs": [job_item(job) for job in page.jobs],
            "total": page.total,
            "next_cursor": page.next_cursor,
        },
    )


@websocket_command(_command(f"{DOMAIN}/jobs/get"))
@async_response
@_errors
async def ws_get_job(
    hass: HomeAssistant, connection: ActiveConnection, msg: dict[str, Any]
) -> None:
    """Return a job with its details and timeline."""
    job_id = _fields(GET_SCHEMA, msg)["job_id"]
    detail = await get_store(hass).get_job(check_job_id(job_id))
    connection.send_result(msg["id"], {"job": job_detail(detail)})


@websocket_command(_command(f"{DOMAIN}/jobs/create"))
@require_admin
@async_response
@_errors
async def ws_create_job(
    hass: HomeAssistant, connection: ActiveConnection, msg: dict[str, Any]
) -> None:
    """Record a job by hand (admin)."""
    job = await async_create_job(hass, _fields(CREATE_SCHEMA, msg))
    connection.send_result(msg["id"], {"job": job})


@websocket_command(_command(f"{DOMAIN}/jobs/update"))
@require_admin
@async_response
@_errors
async def ws_update_job(
    hass: HomeAssistant, connection: ActiveConnection, msg: dict[str, Any]
) -> None:
    """Edit a job's notes, rating, tags, failure reason or cost (admin)."""
    fields = _fields(UPDATE_SCHEMA, msg)
    job_id = fields.pop("job_id")
    job = await async_update_job(hass, job_id, fields)
    connection.send_result(msg["id"], {"job": job})


@websocket_command(_command(f"{DOMAIN}/jobs/delete"))
@require_admin
@async_response
@_errors
async def ws_delete_jobs(
    hass: HomeAssistant, connection: ActiveConnection, msg: dict[str, Any]
) -> None:
    """Delete jobs (admin); unknown ids are skipped."""
    deleted = await async_delete_jobs(hass, _fields(DELETE_SCHEMA, msg)["job_ids"])
    connection.send_result(msg["id"], {"deleted": deleted})


@websocket_command(_command(f"{DOMAIN}/limits"))
@async_response
@_errors
async def ws_limits(
    hass: HomeAssistant, connection: ActiveConnection, msg: dict[str, Any]
) -> None:
    """Return the bounds of what a person can write (the panel's forms use the store's own)."""
    _fields(NO_PARAMETERS, msg)
    connection.send_result(
        msg["id"],
        {
            "numbers": {
                name: {"min": bound.low, "max": bound.high, "integer": bound.integer}
                for name, bound in NUMBER_BOUNDS.items()
            },
            "tags": {
                "max_length": MAX_TAG_LENGTH,
                "max_count": MAX_TAGS,
                "separators": list(TAG_SEPARATORS),
            },
            "job_time": {
                "earliest": EARLIEST_JOB_TIME.isoformat(),
                "future_tolerance": FUTURE_TOLERANCE.total_seconds(),
            },
        },
    )


# ---------------------------------------------------------------------- analytics
@websocket_command(_command(f"{DOMAIN}/analytics/summary"))
@async_response
@_errors
async def ws_summary(
    hass: HomeAssistant, connection: ActiveConnection, msg: dict[str, Any]
) -> None:
    """Return the Summary object."""
    fields = _fields(SUMMARY_SCHEMA, msg)
    result = await async_summary(get_store(hass), analytics_query(fields))
    connection.send_result(msg["id"], result)


@websocket_command(_command(f"{DOMAIN}/analytics/timeseries"))
@async_response
@_errors
async def ws_timeseries(
    hass: HomeAssistant, connection: ActiveConnection, msg: dict[str, Any]
) -> None:
    """Return a metric per local day, week or month."""
    fields = _fields(TIMESERIES_SCHEMA, msg)
    result = await async_timeseries(
        get_store(hass),
        analytics_query(fields),
        bucket=fields["bucket"],
        metric=fields["metric"],
        time_zone=hass.config.time_zone,
    )
    connection.send_result(msg["id"], result)


@websocket_command(_command(f"{DOMAIN}/analytics/breakdown"))
@async_response
@_errors
async def ws_breakdown(
    hass: HomeAssistant, connection: ActiveConnection, msg: dict[str, Any]
) -> None:
    """Return jobs grouped by a property."""
    fields = _fields(BREAKDOWN_SCHEMA, msg)
    result = await async_breakdown(
        get_store(hass),
        analytics_query(fields),
        by=fields["by"],
        time_zone=hass.config.time_zone,
    )
    connection.send_result(msg["id"], result)


@websocket_command(_command(f"{DOMAIN}/analytics/accuracy"))
@async_response
@_errors
async def ws_accuracy(
    hass: HomeAssistant, connection: ActiveConnection, msg: dict[str, Any]
) -> None:
    """Return slicer estimates against what completed jobs took."""
    fields = _fields(ANALYTICS_SCHEMA, msg)
    result = await async_accuracy(get_store(hass), analytics_query(fields))
    connection.send_result(msg["id"], result)


# ---------------------------------------------------------------------- live changes
class _Subscription:
    """Pushes job and printer changes to one websocket subscriber, in order."""

    def __init__(
        self,
        hass: HomeAssistant,
        connection: ActiveConnection,
        msg_id: int,
    ) -> None:
        self.hass = hass
        self.connection = connection
        self.msg_id = msg_id
        self._queue: asyncio.Queue[tuple[str, str]] = asyncio.Queue()
        self._pending: set[tuple[str, str]] = set()
        self._unsubs: list[CALLBACK_TYPE] = []
        self._coordinators: dict[str, CALLBACK_TYPE] = {}
        self._printer_states: dict[str, LivePrinter | None] = {}
        self._task: asyncio.Task[None] | None = None

    @callback
    def async_start(self) -> None:
        self._unsubs.append(
            async_dispatcher_connect(self.hass, SIGNAL_JOB_CHANGED, self._job_changed)
        )
        self._unsubs.append(
            async_dispatcher_connect(
                self.hass, SIGNAL_CONFIG_ENTRY_CHANGED, self._entry_changed
            )
        )
        for entry in self.hass.config_entries.async_loaded_entries(DOMAIN):
            self._watch(entry)
        self._printer_states = dict(live_printers(self.hass))
        self._task = self.hass.async_create_background_task(
            self._run(), f"{DOMAIN} websocket subscription {self.msg_id}"
        )

    @callback
    def async_stop(self) -> None:
        for unsub in (*self._unsubs, *self._coordinators.values()):
            unsub()
        self._unsubs.clear()
        self._coordinators.clear()
        if self._task is not None:
            self._task.cancel()
            self._task = None

    # -------------------------------------------------------------- sources (event loop)
    @callback
    def _put(self, kind: str, value: str) -> None:
        if (kind, value) in self._pending:
            return
        self._pending.add((kind, value))
        self._queue.put_nowait((kind, value))

    @callback
    def _job_changed(self, job_id: str, deleted: bool, _printer_id: str = "") -> None:
        if not job_id:
            self._put("jobs", "")
        else:
            self._put("deleted" if deleted else "job", job_id)

    @callback
    def _entry_changed(self, change: ConfigEntryChange, entry: ConfigEntry) -> None:
        if entry.domain != DOMAIN:
            return
        if (
            entry.state is ConfigEntryState.LOADED
            and change is not ConfigEntryChange.REMOVED
        ):
            self._watch(entry)
        elif (unsub := self._coordinators.pop(entry.entry_id, None)) is not None:
            unsub()
        self._printers_changed()

    @callback
    def _watch(self, entry: ConfigEntry) -> None:
        if entry.entry_id in self._coordinators:
            return
        coordinator = getattr(getattr(entry, "runtime_data", None), "coordinator", None)
        if coordinator is None:
            return
        self._coordinators[entry.entry_id] = coordinator.async_add_listener(
            self._printers_changed
        )

    @callback
    def _printers_changed(self) -> None:
        """Queue the printers whose connection, state or current job changed."""
        live = live_printers(self.hass)
        for printer_id in set(live) | set(self._printer_states):
            now = live.get(printer_id)
            if now != self._printer_states.get(printer_id):
                self._printer_states[printer_id] = now
                self._put("printer", printer_id)

    # -------------------------------------------------------------- sender
    async def _run(self) -> None:
        while True:
            kind, value = await self._queue.get()
            self._pending.discard((kind, value))
            try:
                event = await self._event(kind, value)
            except StoreError as err:
                LOGGER.debug("Cannot push %s %s: %s", kind, value, err)
                continue
            except ApiError:
                continue
            if event is not None:
                self.connection.send_event(self.msg_id, event)

    async def _event(self, kind: str, value: str) -> dict[str, Any] | None:
        if kind == "jobs":
            return {"type": "jobs_changed"}
        if kind == "deleted":
            return {"type": "job_deleted", "job_id": value}
        store = get_store(self.hass)
        if kind == "job":
            try:
                record = await store.get_job_record(value)
            except JobNotFoundError:
                return {"type": "job_deleted", "job_id": value}
            return {"type": "job_changed", "job": job_item(record)}
        try:
            printer = await store.get_printer(value)
        except StoreError:
            return None
        live = live_printers(self.hass).get(value)
        return {
            "type": "printer",
            "printer": await printer_object(store, printer, live),
        }


@websocket_command(_command(f"{DOMAIN}/subscribe"))
@callback
def ws_subscribe(
    hass: HomeAssistant, connection: ActiveConnection, msg: dict[str, Any]
) -> None:
    """Push job changes (``job_changed``, ``job_deleted``, ``jobs_changed``) and printer states."""
    subscription = _Subscription(hass, connection, msg["id"])
    connection.subscriptions[msg["id"]] = subscription.async_stop
    subscription.async_start()
    connection.send_result(msg["id"])


COMMANDS: Final = (
    ws_list_printers,
    ws_list_jobs,
    ws_get_job,
    ws_create_job,
    ws_update_job,
    ws_delete_jobs,
    ws_limits,
    ws_summary,
    ws_timeseries,
    ws_breakdown,
    ws_accuracy,
    ws_subscribe,
)


@callback
def async_register_commands(hass: HomeAssistant) -> None:
    """Register the websocket commands."""
    for command in COMMANDS:
        async_register_command(hass, command)
