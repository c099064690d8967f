"""Print Logger's actions: edit, delete, list, analyse and export job records; import history."""

from __future__ import annotations

from collections.abc import AsyncIterator, Callable, Coroutine, Mapping
from dataclasses import replace
from datetime import datetime
from functools import partial
from pathlib import Path
from typing import Any, BinaryIO, Final, cast

from homeassistant.config_entries import ConfigEntryState
from homeassistant.const import ATTR_CONFIG_ENTRY_ID
from homeassistant.core import (
    HomeAssistant,
    ServiceCall,
    ServiceResponse,
    SupportsResponse,
    callback,
)
from homeassistant.exceptions import (
    HomeAssistantError,
    ServiceValidationError,
    Unauthorized,
)
from homeassistant.helpers import config_validation as cv
from homeassistant.helpers.dispatcher import async_dispatcher_send
from homeassistant.util import dt as dt_util
import probatio

from .api import (
    OPERATIONS,
    ApiError,
    Context,
    InvalidFieldsError,
    NotFoundError,
    Operation,
    api_error,
)
from .api.errors import ConflictError, UnavailableError, field_errors
from .api.fields import Field
from .const import DOMAIN, LOGGER, SIGNAL_JOB_CHANGED
from .context import operation_context
from .data import PrintLoggerConfigEntry
from .database import DATA_DIR
from .farm import is_farm
from .store import MAX_PAGE_SIZE, JobQuery, JobRecord, JobStatus, StoreError

SERVICE_IMPORT_HISTORY: Final = "import_history"
SERVICE_BACKFILL_COSTS: Final = "backfill_costs"
ATTR_RECOMPUTE: Final = "recompute"
BACKFILL_PROGRESS_EVERY: Final = 100
"""Jobs between two progress lines of a back-fill in the log."""
ATTR_JOB_ID: Final = "job_id"
ATTR_SINCE: Final = "since"
EXPORTS_DIR: Final = "exports"

# The registry only checks the call's data is a mapping; the operation applies the real schema.
PASS_THROUGH: Final = probatio.Schema(dict, extra=probatio.ALLOW_EXTRA)
# An action's printer: a printer's config entry, or the print farm's for every printer.
PRINTER_ENTRY: Final = Field(
    name=ATTR_CONFIG_ENTRY_ID, validate=cv.string, schema={"type": "string"}
)
IMPORT_HISTORY_SCHEMA: Final = probatio.Schema(
    {
        probatio.Required(ATTR_CONFIG_ENTRY_ID): cv.string,
        probatio.Optional(ATTR_SINCE): cv.datetime,
    }
)


def _is_farm_entry(hass: HomeAssistant, entry_id: str) -> bool:
    """Return True for the print farm's entry: in an action it means every printer."""
    entry = hass.config_entries.async_get_entry(entry_id)
    return entry is not None and entry.domain == DOMAIN and is_farm(entry)


def _entry(hass: HomeAssistant, entry_id: str) -> PrintLoggerConfigEntry:
    """Return a loaded printer entry, or raise a translated validation error."""
    entry = hass.config_entries.async_get_entry(entry_id)
    if entry is None or entry.domain != DOMAIN or is_farm(entry):
        raise ServiceValidationError(
            translation_domain=DOMAIN,
            translation_key="unknown_printer",
            translation_placeholders={"entry_id": entry_id},
        )
    if entry.state is not ConfigEntryState.LOADED:
        raise ServiceValidationError(
            translation_domain=DOMAIN,
            translation_key="printer_not_loaded",
            translation_placeholders={"name": entry.title},
        )
    return entry


def _with_printer(hass: HomeAssistant, data: Mapping[str, Any]) -> dict[str, Any]:
    """
    Turn the optional printer (config entry) into the API's ``printer_ids`` filter.

    The print farm (offered by the printer picker with the printers) means every printer.
    """
    values = dict(data)
    entry_id = values.pop(ATTR_CONFIG_ENTRY_ID, None)
    if entry_id and not _is_farm_entry(hass, entry_id):
        entry = _entry(hass, entry_id)
        assert entry.unique_id is not None
        values["printer_ids"] = [entry.unique_id]
    return values


def translated_error(
    err: ApiError, data: Mapping[str, Any], not_found_key: str | None = None
) -> HomeAssistantError:
    """
    Return what Home Assistant shows the user for an operation error (one mapping).

    Bad input is a ServiceValidationError naming the bad fields; the database being down, or a
    change the printers' state forbids, is a HomeAssistantError. Each has its own translation
    key: the operation's English message goes to the log, never into the user's language.
    """
    LOGGER.debug("Action refused: %s", err.message)
    if err.reason is not None:
        # A refusal with its own words (start_print: the printer is busy, the file is elsewhere).
        kind = (
            ServiceValidationError
            if isinstance(err, (NotFoundError, InvalidFieldsError))
            else HomeAssistantError
        )
        return kind(
            translation_domain=DOMAIN,
            translation_key=err.reason,
            translation_placeholders=err.placeholders,
        )
    if isinstance(err, UnavailableError):
        return HomeAssistantError(
            translation_domain=DOMAIN, translation_key="database_unavailable"
        )
    if isinstance(err, ConflictError):
        return HomeAssistantError(
            translation_domain=DOMAIN, translation_key="job_being_printed"
        )
    if isinstance(err, NotFoundError):
        return ServiceValidationError(
            translation_domain=DOMAIN,
            translation_key=not_found_key or "job_not_found",
            translation_placeholders={"job_id": str(data.get(ATTR_JOB_ID))},
        )
    errors = err.errors if isinstance(err, InvalidFieldsError) else {}
    return ServiceValidationError(
        translation_domain=DOMAIN,
        translation_key="invalid_request",
        translation_placeholders={"fields": ", ".join(errors) or "-"},
    )


def action_operation(hass: HomeAssistant, operation: Operation) -> Operation:
    """
    Return ``operation`` as its action offers it: the action's fields, the printer's entry.

    The fields are validated by the operation (with the API's own rules) rather than by the
    service registry, so that bad values give a ServiceValidationError naming every bad field.
    """
    action = operation.action
    assert action is not None
    fields = tuple(
        item
        for item in operation.fields
        if action.fields is None or item.name in action.fields
    )
    if action.target_entry:
        handler = operation.handler
        fields = tuple(item for item in fields if item.name != "printer_id")

        async def on_printer(context: Context, data: dict[str, Any]) -> Any:
            values = dict(data)
            entry = _entry(hass, values.pop(ATTR_CONFIG_ENTRY_ID))
            assert entry.unique_id is not None
            return await handler(context, {**values, "printer_id": entry.unique_id})

        target = replace(PRINTER_ENTRY, required=True)
        return replace(operation, fields=(target, *fields), handler=on_printer)
    if not action.printer_entry:
        return replace(operation, fields=fields)
    handler = operation.handler

    async def with_printer(context: Context, data: dict[str, Any]) -> Any:
        return await handler(context, _with_printer(hass, data))

    return replace(operation, fields=(PRINTER_ENTRY, *fields), handler=with_printer)


def _action(
    hass: HomeAssistant, operation: Operation
) -> Callable[[ServiceCall], Coroutine[Any, Any, ServiceResponse]]:
    """Return the action running ``operation`` (a CSV stream is written to a file)."""
    offered = action_operation(hass, operation)
    assert operation.action is not None
    not_found_key = operation.action.not_found_key

    async def run(call: ServiceCall) -> ServiceResponse:
        # Home Assistant's own permissions decide who may call an action; an operation for
        # administrators refuses a user who is not one (a call from an automation has no user).
        if operation.admin and call.context.user_id is not None:
            user = await call.hass.auth.async_get_user(call.context.user_id)
            if user is not None and not user.is_admin:
                raise Unauthorized(context=call.context)
        context = operation_context(call.hass, is_admin=True)
        try:
            result = await offered.run(context, dict(call.data))
            if isinstance(result, AsyncIterator):
                return await _write_export(call.hass, result)
        except (ApiError, StoreError) as err:
            if (error := api_error(err)) is None:
                raise
            raise translated_error(error, call.data, not_found_key) from err
        return cast("ServiceResponse", result)

    return run


def _printers_since(
    call: ServiceCall, schema: Callable[[dict[str, Any]], dict[str, Any]]
) -> tuple[dict[str, Any], list[PrintLoggerConfigEntry], datetime | None]:
    """
    Validate an action over one printer or the farm's; return its data, printers and ``since``.

    The print farm's entry means every loaded printer; a ``since`` without a time zone is in Home
    Assistant's.
    """
    try:
        data = schema(dict(call.data))
    except probatio.Invalid as err:
        raise translated_error(
            InvalidFieldsError(field_errors(err)), call.data
        ) from err
    entry_id = data[ATTR_CONFIG_ENTRY_ID]
    entries: list[PrintLoggerConfigEntry] = (
        [
            entry
            for entry in call.hass.config_entries.async_loaded_entries(DOMAIN)
            if not is_farm(entry)
        ]
        if _is_farm_entry(call.hass, entry_id)
        else [_entry(call.hass, entry_id)]
    )
    since: datetime | None = data.get(ATTR_SINCE)
    if since is not None and since.tzinfo is None:
        since = since.replace(tzinfo=dt_util.get_default_time_zone())
    return data, entries, since


async def _import_history(call: ServiceCall) -> ServiceResponse:
    """
    Read Moonraker's history (from ``since``) into the log; jobs already there are not added twice.

    The print farm's entry imports the history of every loaded printer. (An action only: it talks
    to Moonraker, not to the store, so it is no operation of ``api/``.)
    """
    _data, entries, since = _printers_since(call, IMPORT_HISTORY_SCHEMA)
    added = 0
    for entry in entries:
        added += await entry.runtime_data.coordinator.async_import_history(
            since.timestamp() if since else 0.0
        )
    return {"added": added}


BACKFILL_SCHEMA: Final = probatio.Schema(
    {
        probatio.Required(ATTR_CONFIG_ENTRY_ID): cv.string,
        probatio.Optional(ATTR_SINCE): cv.datetime,
        probatio.Optional(ATTR_RECOMPUTE, default=False): cv.boolean,
    }
)


async def _backfill_costs(call: ServiceCall) -> ServiceResponse:
    """
    Give the jobs logged before their energy and cost, from the recorder (``energy.py``).

    Jobs of printers with an energy and cost setting that ended (from ``since``) and have no cost
    computed yet (every one with ``recompute``); the print farm's entry means every printer. The
    state history is used while the recorder keeps it, its hourly statistics beyond that. Progress
    goes to the log every 100 jobs; the answer counts the jobs by the energy's source.
    """
    data, entries, since = _printers_since(call, BACKFILL_SCHEMA)
    counts: dict[str, Any] = {
        "jobs": 0,
        "measured": 0,
        "estimated": 0,
        "without_energy": 0,
    }
    ended = tuple(status for status in JobStatus if status is not JobStatus.IN_PROGRESS)
    for entry in entries:
        coordinator = entry.runtime_data.coordinator
        coster = coordinator.costs
        if not coster.configured:
            continue
        cursor: str | None = None
        done = 0
        while True:
            try:
                page = await coordinator.store.list_jobs(
                    JobQuery(
                        printer_ids=(coordinator.printer_id,),
                        statuses=ended,
                        since=since,
                        sort="start",
                        order="asc",
                        limit=MAX_PAGE_SIZE,
                        cursor=cursor,
                    )
                )
            except StoreError as err:
                raise translated_error(UnavailableError(str(err)), call.data) from err
            position = {job.id: done + index for index, job in enumerate(page.jobs, 1)}
            done += len(page.jobs)
            todo = [
                job
                for job in page.jobs
                if job.end is not None
                and (data[ATTR_RECOMPUTE] or not _cost_computed(job))
            ]
            # A page's jobs together: the recorder's statistics are read once per span of them.
            async for job, stored in coster.async_backfill_jobs(todo, dt_util.utcnow()):
                counts["jobs"] += 1
                source = stored.energy_source if stored is not None else None
                key = (
                    source if source in ("measured", "estimated") else "without_energy"
                )
                counts[key] += 1
                if counts["jobs"] % BACKFILL_PROGRESS_EVERY == 0:
                    LOGGER.info(
                        "Energy and cost back-filled for %s of %s jobs of %s",
                        position[job.id],
                        page.total,
                        entry.title,
                    )
            cursor = page.next_cursor
            if cursor is None:
                break
        async_dispatcher_send(
            call.hass, SIGNAL_JOB_CHANGED, "", False, coordinator.printer_id
        )
    return counts


def _cost_computed(job: JobRecord) -> bool:
    """Return True when a job's cost was computed (by its end or an earlier back-fill)."""
    costs = job.costs
    return any(
        value is not None
        for value in (
            costs.energy_kwh,
            costs.electricity_cost,
            costs.computed_filament_source,
            costs.machine_cost,
        )
    )


def _open_for_writing(path: Path) -> BinaryIO:
    """Open (create or truncate) a file for binary writing."""
    return path.open("wb")


async def _write_export(
    hass: HomeAssistant, stream: AsyncIterator[bytes]
) -> ServiceResponse:
    """Write a CSV export under ``<config>/print_logger/exports/``; return its path and size."""
    folder = Path(hass.config.path(DATA_DIR, EXPORTS_DIR))
    name = f"print_log_{dt_util.now().strftime('%Y%m%d_%H%M%S')}.csv"
    path = folder / name
    await hass.async_add_executor_job(
        partial(folder.mkdir, parents=True, exist_ok=True)
    )
    handle = await hass.async_add_executor_job(_open_for_writing, path)
    size = 0
    try:
        async for chunk in stream:
            await hass.async_add_executor_job(handle.write, chunk)
            size += len(chunk)
    except BaseException:
        await hass.async_add_executor_job(handle.close)
        await hass.async_add_executor_job(partial(path.unlink, missing_ok=True))
        raise
    await hass.async_add_executor_job(handle.close)
    return {"path": str(path), "bytes": size}


@callback
def async_setup_services(hass: HomeAssistant) -> None:
    """Register Print Logger's actions (once, for all printers)."""
    hass.services.async_register(
        DOMAIN,
        SERVICE_IMPORT_HISTORY,
        _import_history,
        schema=PASS_THROUGH,
        supports_response=SupportsResponse.OPTIONAL,
    )
    hass.services.async_register(
        DOMAIN,
        SERVICE_BACKFILL_COSTS,
        _backfill_costs,
        schema=PASS_THROUGH,
        supports_response=SupportsResponse.OPTIONAL,
    )
    for operation in OPERATIONS:
        if (action := operation.action) is None:
            continue
        hass.services.async_register(
            DOMAIN,
            action.name,
            _action(hass, operation),
            schema=PASS_THROUGH,
            supports_response=(
                SupportsResponse.ONLY
                if action.only_response
                else SupportsResponse.OPTIONAL
            ),
        )
