"""Print Logger's actions: edit, delete, list, analyse and export job records; import history."""

from __future__ import annotations

from collections.abc import Awaitable, Callable, Coroutine, Mapping
from datetime import datetime
from functools import partial
from pathlib import Path
from typing import Any, BinaryIO, Final

from homeassistant.config_entries import ConfigEntryState
from homeassistant.const import ATTR_CONFIG_ENTRY_ID
from homeassistant.core import (
    HomeAssistant,
    ServiceCall,
    ServiceResponse,
    SupportsResponse,
    callback,
)
from homeassistant.exceptions import ServiceValidationError
from homeassistant.helpers import config_validation as cv
from homeassistant.util import dt as dt_util
import probatio

from .const import DOMAIN
from .data import PrintLoggerConfigEntry
from .database import DATA_DIR
from .farm import is_farm
from .http import (
    EDIT_FIELDS,
    FILTER_FIELDS,
    LIST_FIELDS,
    ApiError,
    analytics_query,
    async_delete_jobs,
    async_update_job,
    error_for,
    get_store,
    job_item,
    job_query,
)
from .store import StoreError
from .store.analytics import async_summary, export_csv

SERVICE_IMPORT_HISTORY: Final = "import_history"
SERVICE_UPDATE_JOB: Final = "update_job"
SERVICE_DELETE_JOB: Final = "delete_job"
SERVICE_GET_JOBS: Final = "get_jobs"
SERVICE_GET_STATISTICS: Final = "get_statistics"
SERVICE_EXPORT_CSV: Final = "export_csv"

ATTR_JOB_ID: Final = "job_id"
ATTR_SINCE: Final = "since"
ATTR_UNTIL: Final = "until"
EXPORTS_DIR: Final = "exports"

# The registry only checks the call's data is a mapping; _guarded applies the real schema.
PASS_THROUGH: Final = probatio.Schema(dict, extra=probatio.ALLOW_EXTRA)
_PRINTER = {probatio.Optional(ATTR_CONFIG_ENTRY_ID): cv.string}

IMPORT_HISTORY_SCHEMA: Final = probatio.Schema(
    {
        probatio.Required(ATTR_CONFIG_ENTRY_ID): cv.string,
        probatio.Optional(ATTR_SINCE): cv.datetime,
    }
)
UPDATE_JOB_SCHEMA: Final = probatio.Schema(
    {probatio.Required(ATTR_JOB_ID): cv.string, **EDIT_FIELDS}
)
DELETE_JOB_SCHEMA: Final = probatio.Schema({probatio.Required(ATTR_JOB_ID): cv.string})
GET_JOBS_SCHEMA: Final = probatio.Schema({**_PRINTER, **LIST_FIELDS})
GET_STATISTICS_SCHEMA: Final = probatio.Schema(
    {
        **_PRINTER,
        probatio.Optional(ATTR_SINCE): cv.datetime,
        probatio.Optional(ATTR_UNTIL): cv.datetime,
    }
)
EXPORT_CSV_SCHEMA: Final = probatio.Schema({**_PRINTER, **FILTER_FIELDS})


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


def _as_validation_error(err: Exception) -> ServiceValidationError:
    """Translate an API, store or schema error into what Home Assistant shows the user."""
    api = error_for(err)
    if api is None:
        raise err
    details = "; ".join(f"{field}: {message}" for field, message in api.errors.items())
    return ServiceValidationError(
        translation_domain=DOMAIN,
        translation_key="invalid_request",
        translation_placeholders={"message": details or api.message},
    )


def _guarded(
    handler: Callable[[ServiceCall, dict[str, Any]], Awaitable[ServiceResponse]],
    schema: probatio.Schema,
) -> Callable[[ServiceCall], Coroutine[Any, Any, ServiceResponse]]:
    """
    Validate with the API's own rules, and turn every error into a translated one.

    The schema is applied here rather than by the service registry, so that bad values give a
    ServiceValidationError naming the field (as the REST API's 400 does), not a bare schema error.
    """

    async def run(call: ServiceCall) -> ServiceResponse:
        try:
            data = schema(dict(call.data))
        except probatio.Invalid as err:
            raise _as_validation_error(err) from err
        try:
            return await handler(call, data)
        except (ApiError, StoreError) as err:
            raise _as_validation_error(err) from err

    return run


async def _import_history(call: ServiceCall, data: dict[str, Any]) -> ServiceResponse:
    """
    Read Moonraker's history (from ``since``) into the log; jobs already there are not added twice.

    The print farm's entry imports the history of every loaded printer.
    """
    hass = call.hass
    entry_id = data[ATTR_CONFIG_ENTRY_ID]
    entries: list[PrintLoggerConfigEntry] = (
        [
            entry
            for entry in hass.config_entries.async_loaded_entries(DOMAIN)
            if not is_farm(entry)
        ]
        if _is_farm_entry(hass, entry_id)
        else [_entry(hass, entry_id)]
    )
    since: datetime | None = data.get(ATTR_SINCE)
    if since is not None and since.tzinfo is None:
        since = since.replace(tzinfo=dt_util.get_default_time_zone())
    added = 0
    for entry in entries:
        added += await entry.runtime_data.coordinator.async_import_history(
            since.timestamp() if since else 0.0
        )
    return {"added": added}


async def _update_job(call: ServiceCall, data: dict[str, Any]) -> ServiceResponse:
    """Edit a job's notes, rating, tags, failure reason or cost."""
    changes = {k: v for k, v in data.items() if k != ATTR_JOB_ID}
    return {"job": await async_update_job(call.hass, data[ATTR_JOB_ID], changes)}


async def _delete_job(call: ServiceCall, data: dict[str, Any]) -> ServiceResponse:
    """Delete a job record."""
    deleted = await async_delete_jobs(call.hass, [data[ATTR_JOB_ID]])
    if not deleted:
        raise ServiceValidationError(
            translation_domain=DOMAIN,
            translation_key="job_not_found",
            translation_placeholders={"job_id": data[ATTR_JOB_ID]},
        )
    return {"deleted": deleted}


async def _get_jobs(call: ServiceCall, data: dict[str, Any]) -> ServiceResponse:
    """Return a page of jobs matching the filters."""
    query = job_query(_with_printer(call.hass, data))
    page = await get_store(call.hass).list_jobs(query)
    return {
        "jobs": [job_item(job) for job in page.jobs],
        "total": page.total,
        "next_cursor": page.next_cursor,
    }


async def _get_statistics(call: ServiceCall, data: dict[str, Any]) -> ServiceResponse:
    """Return the totals (jobs, success rate, hours, filament, cost) of a period and printer."""
    values = _with_printer(call.hass, data)
    for key in (ATTR_SINCE, ATTR_UNTIL):
        if (value := values.get(key)) is not None and value.tzinfo is None:
            values[key] = value.replace(tzinfo=dt_util.get_default_time_zone())
    query = analytics_query(values)
    return await async_summary(get_store(call.hass), query)


def _open_for_writing(path: Path) -> BinaryIO:
    """Open (create or truncate) a file for binary writing."""
    return path.open("wb")


async def _export_csv(call: ServiceCall, data: dict[str, Any]) -> ServiceResponse:
    """Write the matching jobs to a CSV file under ``<config>/print_logger/exports/``."""
    hass = call.hass
    query = job_query(_with_printer(hass, data))
    folder = Path(hass.config.path(DATA_DIR, EXPORTS_DIR))
    name = f"print_log_{dt_util.now().strftime('%Y%m%d_%H%M%S')}.csv"
    path = folder / name
    await hass.async_add_executor_job(
        partial(folder.mkdir, parents=True, exist_ok=True)
    )
    handle = await hass.async_add_executor_job(_open_for_writing, path)
    size = 0
    try:
        async for chunk in export_csv(get_store(hass), query):
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
    for name, handler, schema, response in (
        (
            SERVICE_IMPORT_HISTORY,
            _import_history,
            IMPORT_HISTORY_SCHEMA,
            SupportsResponse.OPTIONAL,
        ),
        (SERVICE_UPDATE_JOB, _update_job, UPDATE_JOB_SCHEMA, SupportsResponse.OPTIONAL),
        (SERVICE_DELETE_JOB, _delete_job, DELETE_JOB_SCHEMA, SupportsResponse.OPTIONAL),
        (SERVICE_GET_JOBS, _get_jobs, GET_JOBS_SCHEMA, SupportsResponse.ONLY),
        (
            SERVICE_GET_STATISTICS,
            _get_statistics,
            GET_STATISTICS_SCHEMA,
            SupportsResponse.ONLY,
        ),
        (SERVICE_EXPORT_CSV, _export_csv, EXPORT_CSV_SCHEMA, SupportsResponse.OPTIONAL),
    ):
        hass.services.async_register(
            DOMAIN,
            name,
            _guarded(handler, schema),
            schema=PASS_THROUGH,
            supports_response=response,
        )
