"""
REST API of the print log under ``/api/print_logger/`` (docs/api.md, docs/openapi.yaml).

Home Assistant authenticates every request (a long-lived access token is the API key); changes need
an admin (403 otherwise). Input is validated with probatio: a bad request gets a 400 with a message
per field, never a 500. This module also holds what the websocket commands share with the views:
the field validators, the conversion of validated input to store queries and the JSON shapes.
"""

from __future__ import annotations

from collections.abc import Awaitable, Callable, Mapping
from dataclasses import dataclass
from datetime import UTC, datetime
from functools import wraps
from http import HTTPStatus
import math
import re
from typing import Any, Final, cast

from aiohttp import web
from homeassistant.components.http.const import KEY_HASS_USER
from homeassistant.core import HomeAssistant, callback
from homeassistant.helpers.dispatcher import async_dispatcher_send
from homeassistant.helpers.http import KEY_HASS, HomeAssistantView
from homeassistant.util import dt as dt_util
from homeassistant.util.json import JSON_DECODE_EXCEPTIONS, json_loads
import probatio

from .const import DOMAIN, LOGGER, SIGNAL_JOB_CHANGED
from .data import PRINT_LOGGER_KEY, PrintLoggerConfigEntry
from .store import (
    MAX_PAGE_SIZE,
    SORT_KEYS,
    JobDetail,
    JobNotFoundError,
    JobQuery,
    JobRecord,
    JobStatus,
    PrinterRecord,
    Store,
    StoreError,
    StoreUnavailableError,
    StoreValidationError,
)
from .store.analytics import (
    BREAKDOWNS,
    BUCKETS,
    MAX_PRINTER_IDS,
    METRICS,
    AnalyticsQuery,
    async_accuracy,
    async_breakdown,
    async_summary,
    async_timeseries,
    export_csv,
)
from .store.queries import decode_cursor
from .store.validation import (
    MAX_FAILURE_REASON_LENGTH,
    MAX_FILAMENT_TYPE_LENGTH,
    MAX_NOTES_LENGTH,
    MAX_TAG_LENGTH,
    MAX_TAGS,
    NUMBER_BOUNDS,
    job_time_error,
    number_error,
    tag_error,
)

API_PREFIX: Final = f"/api/{DOMAIN}"
JOB_ID: Final = re.compile(r"^[0-9a-f]{32}$")
MAX_BODY_BYTES: Final = 256 * 1024
MAX_TEXT_LENGTH: Final = 1024
MAX_ID_LENGTH: Final = 64
MAX_CURSOR_LENGTH: Final = 4096
MAX_FILENAME_LENGTH: Final = 4096
MAX_DELETE_IDS: Final = 500
MIN_YEAR: Final = 1970
# Query parameters Home Assistant's own authentication may add (signed paths).
IGNORED_PARAMETERS: Final = frozenset({"authSig"})
ENDED_STATUSES: Final = tuple(
    status.value for status in JobStatus if status is not JobStatus.IN_PROGRESS
)
_IMAGE_TYPES: Final = {
    "png": "image/png",
    "jpg": "image/jpeg",
    "jpeg": "image/jpeg",
    "qoi": "image/qoi",
}


class ExportAbortedError(Exception):
    """The database failed while a CSV export was being sent."""


class ApiError(Exception):
    """An error answer: HTTP status, message, optional field-level messages."""

    def __init__(
        self,
        status: HTTPStatus,
        message: str,
        errors: Mapping[str, str] | None = None,
        *,
        code: str,
    ) -> None:
        """Keep the status, the websocket error code and the messages."""
        super().__init__(message)
        self.status = status
        self.code = code
        self.message = message
        self.errors = dict(errors or {})


def bad_request(errors: Mapping[str, str]) -> ApiError:
    """Return the 400 of field-level messages."""
    message = "; ".join(f"{field}: {text}" for field, text in errors.items())
    return ApiError(
        HTTPStatus.BAD_REQUEST,
        message or "invalid request",
        errors,
        code="invalid_format",
    )


def not_found(message: str) -> ApiError:
    """Return a 404."""
    return ApiError(HTTPStatus.NOT_FOUND, message, code="not_found")


# ---------------------------------------------------------------------- field validators
def _invalid(message: str) -> probatio.Invalid:
    return probatio.Invalid(message)


def _clean_text(value: str) -> str:
    """Refuse what no database column can hold: NUL characters and lone surrogates."""
    if "\x00" in value:
        raise _invalid("must not contain NUL characters")
    try:
        value.encode("utf-8")
    except UnicodeEncodeError:
        raise _invalid("must be valid Unicode text") from None
    return value


def text(
    max_length: int, *, nullable: bool = False, allow_empty: bool = True
) -> Callable[[Any], str | None]:
    """Return a validator of a string of at most ``max_length`` characters."""

    def validate(value: Any) -> str | None:
        if value is None and nullable:
            return None
        if not isinstance(value, str):
            raise _invalid("must be a string")
        if len(value) > max_length:
            raise _invalid(f"must be at most {max_length} characters")
        if not allow_empty and not value.strip():
            raise _invalid("must not be empty")
        return _clean_text(value)

    return validate


def text_list(max_items: int, max_length: int) -> Callable[[Any], list[str]]:
    """Return a validator of a list of non-empty strings."""
    item = text(max_length, allow_empty=False)

    def validate(value: Any) -> list[str]:
        if isinstance(value, str) or not isinstance(value, (list, tuple)):
            raise _invalid("must be a list of strings")
        if len(value) > max_items:
            raise _invalid(f"must have at most {max_items} items")
        return [cast("str", item(entry)) for entry in value]

    return validate


def tag_list(value: Any) -> list[str]:
    """Validate a job's tags (the store's rule: no separator, at most MAX_TAGS of MAX_TAG_LENGTH)."""
    tags = text_list(MAX_TAGS, MAX_TAG_LENGTH)(value)
    for tag in tags:
        if message := tag_error(tag.strip()):
            raise _invalid(message)
    return tags


def choice_list(
    allowed: tuple[str, ...] | frozenset[str],
) -> Callable[[Any], list[str]]:
    """Return a validator of a list of allowed values."""
    names = ", ".join(sorted(allowed))

    def validate(value: Any) -> list[str]:
        if isinstance(value, str) or not isinstance(value, (list, tuple)):
            raise _invalid("must be a list")
        for entry in value:
            if entry not in allowed:
                raise _invalid(f"must only hold {names}")
        return list(dict.fromkeys(value))

    return validate


def choice(allowed: tuple[str, ...] | frozenset[str]) -> Callable[[Any], str]:
    """Return a validator of one allowed value."""
    names = ", ".join(sorted(allowed) if isinstance(allowed, frozenset) else allowed)

    def validate(value: Any) -> str:
        if not isinstance(value, str) or value not in allowed:
            raise _invalid(f"must be one of {names}")
        return value

    return validate


def timestamp(value: Any) -> datetime:
    """
    Validate an ISO 8601 date (and time); return it in UTC.

    A date or time without a zone is in Home Assistant's time zone (what the action UI's date
    pickers and the panel send).
    """
    if isinstance(value, datetime):
        parsed = value
    elif not isinstance(value, str):
        raise _invalid("must be an ISO 8601 date and time string")
    elif len(value) > 64:
        raise _invalid("is not an ISO 8601 date and time")
    else:
        try:
            parsed = datetime.fromisoformat(value.strip())
        except ValueError:
            raise _invalid("is not an ISO 8601 date and time") from None
    if parsed.tzinfo is None or parsed.utcoffset() is None:
        parsed = parsed.replace(tzinfo=dt_util.get_default_time_zone())
    try:
        utc = parsed.astimezone(UTC)
    except OverflowError:
        raise _invalid("is out of range") from None
    if not MIN_YEAR <= utc.year <= 9999:
        raise _invalid(f"must be between {MIN_YEAR} and 9999")
    return utc


def job_timestamp(value: Any) -> datetime:
    """Validate a job's start or end: :func:`timestamp` within the store's accepted job times."""
    result = timestamp(value)
    if message := job_time_error(result):
        raise _invalid(message)
    return result


def nullable_job_timestamp(value: Any) -> datetime | None:
    """Validate an optional job end."""
    return None if value is None else job_timestamp(value)


def number(
    name: str, *, nullable: bool = False, strings: bool = False
) -> Callable[[Any], float | None]:
    """Return a validator of the number ``name`` within its NUMBER_BOUNDS (numeric strings with ``strings``)."""

    def validate(value: Any) -> float | None:
        if value is None and nullable:
            return None
        if strings and isinstance(value, str) and len(value) <= 64:
            try:
                value = float(value)
            except ValueError:
                raise _invalid("must be a number") from None
        if isinstance(value, bool) or not isinstance(value, (int, float)):
            raise _invalid("must be a number")
        try:
            result = float(value)
        except OverflowError:
            raise _invalid("must be a finite number") from None
        if message := number_error(name, result):
            raise _invalid(message)
        return result

    return validate


def integer(low: int, high: int, *, strings: bool = False) -> Callable[[Any], int]:
    """Return a validator of an integer from ``low`` to ``high``."""

    def validate(value: Any) -> int:
        if strings and isinstance(value, str) and re.fullmatch(r"[+-]?\d{1,9}", value):
            value = int(value)
        if isinstance(value, bool) or not isinstance(value, int):
            raise _invalid("must be an integer")
        if not low <= value <= high:
            raise _invalid(f"must be from {low} to {high}")
        return value

    return validate


def rating(value: Any) -> int | None:
    """Validate a rating (NUMBER_BOUNDS), or null."""
    if value is None:
        return None
    bound = NUMBER_BOUNDS["rating"]
    return integer(int(bound.low), int(bound.high))(value)


_PRINTER_ID: Final = re.compile(r"^[A-Za-z0-9_-]{1,64}$")


def printer_id(value: Any) -> str:
    """Validate a printer id (letters, digits, ``_`` and ``-``)."""
    if not isinstance(value, str) or not _PRINTER_ID.match(value):
        raise _invalid("must be a printer id (1 to 64 letters, digits, '_' or '-')")
    return value


def printer_id_list(value: Any) -> list[str]:
    """Validate a list of printer ids."""
    if isinstance(value, str) or not isinstance(value, (list, tuple)):
        raise _invalid("must be a list of printer ids")
    if len(value) > MAX_PRINTER_IDS:
        raise _invalid(f"must have at most {MAX_PRINTER_IDS} items")
    return [printer_id(item) for item in value]


def job_id_list(value: Any) -> list[str]:
    """Validate a list of job ids (any string: unknown ids are simply not found)."""
    return text_list(MAX_DELETE_IDS, MAX_ID_LENGTH)(value)


# Job list filters (websocket fields; the REST query parameters once lists are split).
FILTER_FIELDS: Final[dict[Any, Any]] = {
    probatio.Optional("printer_ids"): printer_id_list,
    probatio.Optional("statuses"): choice_list(tuple(s.value for s in JobStatus)),
    probatio.Optional("since"): timestamp,
    probatio.Optional("until"): timestamp,
    probatio.Optional("q"): text(MAX_TEXT_LENGTH),
    probatio.Optional("filament_type"): text(MAX_FILAMENT_TYPE_LENGTH),
    probatio.Optional("tags"): text_list(MAX_TAGS, MAX_TAG_LENGTH),
    probatio.Optional("min_duration"): number("min_duration", strings=True),
    probatio.Optional("max_duration"): number("max_duration", strings=True),
}
LIST_FIELDS: Final[dict[Any, Any]] = {
    **FILTER_FIELDS,
    probatio.Optional("sort"): choice(SORT_KEYS),
    probatio.Optional("order"): choice(("asc", "desc")),
    probatio.Optional("limit"): integer(1, MAX_PAGE_SIZE, strings=True),
    probatio.Optional("cursor"): text(MAX_CURSOR_LENGTH),
}
ANALYTICS_FIELDS: Final[dict[Any, Any]] = {
    probatio.Optional("printer_ids"): printer_id_list,
    probatio.Optional("since"): timestamp,
    probatio.Optional("until"): timestamp,
}
# The summary also takes the job list's other filters (the panel's tiles describe its rows).
SUMMARY_FIELDS: Final[dict[Any, Any]] = {**FILTER_FIELDS}
_SUMMARY_FILTERS: Final = (
    "statuses",
    "q",
    "filament_type",
    "tags",
    "min_duration",
    "max_duration",
)
TIMESERIES_FIELDS: Final[dict[Any, Any]] = {
    **ANALYTICS_FIELDS,
    probatio.Required("bucket"): choice(BUCKETS),
    probatio.Required("metric"): choice(METRICS),
}
BREAKDOWN_FIELDS: Final[dict[Any, Any]] = {
    **ANALYTICS_FIELDS,
    probatio.Required("by"): choice(BREAKDOWNS),
}
EDIT_FIELDS: Final[dict[Any, Any]] = {
    probatio.Optional("notes"): text(MAX_NOTES_LENGTH, nullable=True),
    probatio.Optional("rating"): rating,
    probatio.Optional("tags"): tag_list,
    probatio.Optional("failure_reason"): text(MAX_FAILURE_REASON_LENGTH, nullable=True),
    probatio.Optional("cost"): number("cost", nullable=True),
}
CREATE_FIELDS: Final[dict[Any, Any]] = {
    probatio.Required("printer_id"): printer_id,
    probatio.Required("filename"): text(MAX_FILENAME_LENGTH, allow_empty=False),
    probatio.Required("status"): choice(ENDED_STATUSES),
    probatio.Required("start"): job_timestamp,
    probatio.Optional("end"): nullable_job_timestamp,
    probatio.Optional("print_duration"): number("print_duration"),
    probatio.Optional("total_duration"): number("total_duration"),
    probatio.Optional("filament_used_mm"): number("filament_used_mm"),
    probatio.Optional("filament_weight_g"): number("filament_weight_g", nullable=True),
    probatio.Optional("filament_type"): text(MAX_FILAMENT_TYPE_LENGTH, nullable=True),
    **EDIT_FIELDS,
}

NO_PARAMETERS: Final = probatio.Schema({})
LIST_SCHEMA: Final = probatio.Schema(LIST_FIELDS)
EXPORT_SCHEMA: Final = probatio.Schema(FILTER_FIELDS)
ANALYTICS_SCHEMA: Final = probatio.Schema(ANALYTICS_FIELDS)
SUMMARY_SCHEMA: Final = probatio.Schema(SUMMARY_FIELDS)
TIMESERIES_SCHEMA: Final = probatio.Schema(TIMESERIES_FIELDS)
BREAKDOWN_SCHEMA: Final = probatio.Schema(BREAKDOWN_FIELDS)
CREATE_SCHEMA: Final = probatio.Schema(CREATE_FIELDS)
UPDATE_SCHEMA: Final = probatio.Schema(EDIT_FIELDS)
_LIST_PARAMETERS: Final = frozenset({"printer_ids", "statuses", "tags"})


def field_errors(err: probatio.Invalid) -> dict[str, str]:
    """Return probatio's errors as ``{field: message}`` (the first message of each field)."""
    errors: dict[str, str] = {}
    items = err.errors if isinstance(err, probatio.MultipleInvalid) else [err]
    for item in items:
        field = str(item.path[0]) if item.path else "body"
        if isinstance(item, probatio.RequiredFieldInvalid):
            message = "is required"
        elif isinstance(item, probatio.ExtraKeysInvalid):
            message = "is not a known field"
        else:
            message = item.error_message or "is not valid"
        errors.setdefault(field[:100], message)
    return errors


def validate(schema: probatio.Schema, data: Any) -> dict[str, Any]:
    """Validate ``data`` with ``schema``; ApiError 400 with field-level messages otherwise."""
    if not isinstance(data, Mapping):
        raise bad_request({"body": "must be a JSON object"})
    try:
        return cast("dict[str, Any]", schema(dict(data)))
    except probatio.Invalid as err:
        raise bad_request(field_errors(err)) from err


def job_query(data: Mapping[str, Any]) -> JobQuery:
    """Return the store query of validated list filters (checking the cursor's contents too)."""
    query = JobQuery(
        printer_ids=tuple(data.get("printer_ids", ())),
        statuses=tuple(JobStatus(status) for status in data.get("statuses", ())),
        since=data.get("since"),
        until=data.get("until"),
        q=data.get("q") or None,
        filament_type=data.get("filament_type") or None,
        tags=tuple(data.get("tags", ())),
        min_duration=data.get("min_duration"),
        max_duration=data.get("max_duration"),
        sort=data.get("sort", "start"),
        order=data.get("order", "desc"),
        limit=data.get("limit", JobQuery.limit),
        cursor=data.get("cursor"),
    )
    if query.cursor is not None:
        _check_cursor(query)
    return query


def _check_cursor(query: JobQuery) -> None:
    """Refuse a bad cursor before the query runs (hand-made or tampered with)."""
    try:
        decode_cursor(query)
    except StoreValidationError as err:
        raise bad_request(err.errors) from err


def analytics_query(data: Mapping[str, Any]) -> AnalyticsQuery:
    """Return the analytics query of validated fields (the summary's list filters included)."""
    filters = {name: data[name] for name in _SUMMARY_FILTERS if name in data}
    return AnalyticsQuery(
        printer_ids=tuple(data.get("printer_ids", ())),
        since=data.get("since"),
        until=data.get("until"),
        filters=job_query(filters) if filters else None,
    )


def query_parameters(request: web.Request) -> dict[str, Any]:
    """Return the query parameters; list parameters are comma-separated (or repeated)."""
    params: dict[str, Any] = {}
    for key in request.query:
        if key in IGNORED_PARAMETERS or key in params:
            continue
        values = request.query.getall(key)
        if key in _LIST_PARAMETERS:
            # Empty items (and so an empty list) are refused: leave the parameter out for "any".
            params[key] = [
                item.strip() for value in values for item in value.split(",")
            ]
        else:
            params[key] = values[-1]
    return params


# ---------------------------------------------------------------------- JSON shapes
def _iso(value: datetime | None) -> str | None:
    return None if value is None else value.astimezone(UTC).isoformat()


def job_item(job: JobRecord) -> dict[str, Any]:
    """Return a job as the API's list item."""
    return {
        "id": job.id,
        "printer_id": job.printer_id,
        "printer_name": job.printer_name,
        "uid": job.uid,
        "filename": job.filename,
        "status": str(job.status),
        "source": str(job.source),
        "start": _iso(job.start),
        "end": _iso(job.end),
        "print_duration": job.print_duration,
        "total_duration": job.total_duration,
        "filament_used_mm": job.filament_used_mm,
        "filament_weight_g": job.filament_weight_g,
        "filament_type": job.filament_type,
        "filament_colour": job.filament_colour,
        "estimated_time": job.estimated_time,
        "progress": job.progress,
        "pause_count": job.pause_count,
        "paused_duration": job.paused_duration,
        "error_message": job.error_message,
        "notes": job.notes,
        "rating": job.rating,
        "tags": list(job.tags),
        "failure_reason": job.failure_reason,
        "cost": job.cost,
        "has_thumbnail": job.has_thumbnail,
    }


def _json_value(value: Any) -> Any:
    if isinstance(value, datetime):
        return _iso(value)
    if isinstance(value, float) and not math.isfinite(value):
        return None
    if isinstance(value, (bytes, bytearray, memoryview)):
        return None
    return value


def job_detail(detail: JobDetail) -> dict[str, Any]:
    """Return a job as the API's detail object."""
    details = (
        None
        if detail.details is None
        else {
            key: _json_value(value)
            for key, value in detail.details.items()
            if key != "thumbnail"
        }
    )
    return {
        **job_item(detail.job),
        "details": details,
        "events": [
            {"type": str(event.type), "at": _iso(event.at), "data": event.data}
            for event in detail.events
        ],
        "metadata": detail.metadata,
    }


@dataclass(frozen=True, kw_only=True)
class LivePrinter:
    """What a loaded printer entry knows now."""

    online: bool
    print_state: str
    job_id: str | None


def live_printers(hass: HomeAssistant) -> dict[str, LivePrinter]:
    """Return the live state of each loaded printer, by printer id."""
    result: dict[str, LivePrinter] = {}
    entries: list[PrintLoggerConfigEntry] = hass.config_entries.async_loaded_entries(
        DOMAIN
    )
    for entry in entries:
        runtime = getattr(entry, "runtime_data", None)
        coordinator = getattr(runtime, "coordinator", None)
        if coordinator is None or coordinator.data is None:
            continue
        snapshot = coordinator.data
        job = snapshot.job
        result[coordinator.printer_id] = LivePrinter(
            online=snapshot.online,
            print_state=snapshot.print_state,
            job_id=job.id if job is not None and job.active else None,
        )
    return result


async def printer_object(
    store: Store, printer: PrinterRecord, live: LivePrinter | None
) -> dict[str, Any]:
    """Return a printer as the API's object (its current job read from the store)."""
    current_job: dict[str, Any] | None = None
    if live is not None and live.job_id is not None:
        try:
            current_job = job_item(await store.get_job_record(live.job_id))
        except JobNotFoundError:
            current_job = None
    return {
        "id": printer.id,
        "entry_id": printer.entry_id,
        "name": printer.name,
        "moonraker_url": printer.moonraker_url,
        "online": live.online if live is not None else False,
        "print_state": live.print_state if live is not None else "offline",
        "current_job": current_job,
    }


async def async_printer_objects(
    hass: HomeAssistant, store: Store
) -> list[dict[str, Any]]:
    """Return every printer as the API's object."""
    live = live_printers(hass)
    return [
        await printer_object(store, printer, live.get(printer.id))
        for printer in await store.list_printers()
    ]


# ---------------------------------------------------------------------- operations (REST and websocket)
def get_store(hass: HomeAssistant) -> Store:
    """Return the started store; ApiError 503 while no printer is loaded."""
    data = hass.data.get(PRINT_LOGGER_KEY)
    store = data.database.store if data is not None else None
    if store is None:
        raise ApiError(
            HTTPStatus.SERVICE_UNAVAILABLE,
            "the print log is not open (no printer is set up)",
            code="unavailable",
        )
    return store


def check_job_id(job_id: Any) -> str:
    """Return a well-formed job id (32 lowercase hex digits); ApiError 404 otherwise."""
    if not isinstance(job_id, str) or not JOB_ID.match(job_id):
        raise not_found("no such job")
    return job_id


async def async_create_job(
    hass: HomeAssistant, data: Mapping[str, Any]
) -> dict[str, Any]:
    """Record a job by hand; return its detail object."""
    detail = await get_store(hass).create_job(dict(data))
    async_dispatcher_send(
        hass, SIGNAL_JOB_CHANGED, detail.job.id, False, detail.job.printer_id
    )
    return job_detail(detail)


async def async_update_job(
    hass: HomeAssistant, job_id: Any, changes: Mapping[str, Any]
) -> dict[str, Any]:
    """Edit a job; return its detail object."""
    job_id = check_job_id(job_id)
    detail = await get_store(hass).update_job(job_id, dict(changes))
    async_dispatcher_send(
        hass, SIGNAL_JOB_CHANGED, job_id, False, detail.job.printer_id
    )
    return job_detail(detail)


async def async_delete_jobs(hass: HomeAssistant, job_ids: list[str]) -> int:
    """Delete jobs (ApiError 409 for one the tracker is recording); return how many were."""
    store = get_store(hass)
    ids = [job_id for job_id in dict.fromkeys(job_ids) if JOB_ID.match(job_id)]
    live = {printer.job_id for printer in live_printers(hass).values()}
    if busy := [job_id for job_id in ids if job_id in live]:
        raise ApiError(
            HTTPStatus.CONFLICT,
            f"job {busy[0]} is being printed; delete it once it ended",
            code="conflict",
        )
    deleted = await store.remove_jobs(ids)
    for job_id in deleted:
        async_dispatcher_send(hass, SIGNAL_JOB_CHANGED, job_id, True)
    return len(deleted)


def error_for(err: Exception) -> ApiError | None:
    """Return the API error of a store error, None for anything else."""
    if isinstance(err, ApiError):
        return err
    if isinstance(err, StoreValidationError):
        return bad_request(err.errors)
    if isinstance(err, JobNotFoundError):
        return not_found("no such job")
    if isinstance(err, StoreUnavailableError):
        return ApiError(
            HTTPStatus.SERVICE_UNAVAILABLE,
            "the print log database is unavailable; try again later",
            code="unavailable",
        )
    if isinstance(err, probatio.Invalid):
        return bad_request(field_errors(err))
    return None


# ---------------------------------------------------------------------- views
type Handler = Callable[..., Awaitable[web.StreamResponse]]


def _error_response(err: ApiError) -> web.Response:
    body: dict[str, Any] = {"message": err.message}
    if err.errors:
        body["errors"] = err.errors
    return HomeAssistantView.json(body, err.status)


def api_errors(handler: Handler) -> Handler:
    """Turn validation, not-found, conflict and unavailable errors into JSON answers."""

    @wraps(handler)
    async def wrapped(
        view: HomeAssistantView, request: web.Request, *args: Any, **kwargs: Any
    ) -> web.StreamResponse:
        try:
            return await handler(view, request, *args, **kwargs)
        except (ApiError, StoreError, probatio.Invalid) as err:
            api_error = error_for(err)
            if api_error is None:
                raise
            return _error_response(api_error)

    return wrapped


def require_admin(request: web.Request) -> None:
    """Refuse (403) a change made by a user who is not an admin."""
    user = request.get(KEY_HASS_USER)
    if user is None or not user.is_admin:
        raise ApiError(
            HTTPStatus.FORBIDDEN,
            "only an administrator may change the print log",
            code="unauthorized",
        )


async def read_json(request: web.Request) -> Any:
    """Return the request's JSON body (at most MAX_BODY_BYTES); ApiError 400 / 413 otherwise."""
    too_large = ApiError(
        HTTPStatus.REQUEST_ENTITY_TOO_LARGE,
        f"the body must be at most {MAX_BODY_BYTES} bytes",
        code="invalid_format",
    )
    if request.content_length is not None and request.content_length > MAX_BODY_BYTES:
        raise too_large
    body = bytearray()
    async for chunk in request.content.iter_chunked(64 * 1024):
        body.extend(chunk)
        if len(body) > MAX_BODY_BYTES:
            raise too_large
    if not body.strip():
        raise bad_request({"body": "must be a JSON object"})
    try:
        return json_loads(bytes(body))
    except (*JSON_DECODE_EXCEPTIONS, UnicodeDecodeError, RecursionError) as err:
        raise bad_request({"body": "is not valid JSON"}) from err


def _hass(request: web.Request) -> HomeAssistant:
    return request.app[KEY_HASS]


class JobsView(HomeAssistantView):
    """List jobs, record one by hand."""

    url = f"{API_PREFIX}/jobs"
    name = f"api:{DOMAIN}:jobs"

    @api_errors
    async def get(self, request: web.Request) -> web.StreamResponse:
        """Return a page of jobs."""
        query = job_query(validate(LIST_SCHEMA, query_parameters(request)))
        page = await get_store(_hass(request)).list_jobs(query)
        return self.json(
            {
                "jobs": [job_item(job) for job in page.jobs],
                "total": page.total,
                "next_cursor": page.next_cursor,
            }
        )

    @api_errors
    async def post(self, request: web.Request) -> web.StreamResponse:
        """Record a job (admin)."""
        require_admin(request)
        validate(NO_PARAMETERS, query_parameters(request))
        data = validate(CREATE_SCHEMA, await read_json(request))
        job = await async_create_job(_hass(request), data)
        return self.json({"job": job}, HTTPStatus.CREATED)


class JobView(HomeAssistantView):
    """Read, edit or delete one job."""

    url = f"{API_PREFIX}/jobs/{{job_id}}"
    name = f"api:{DOMAIN}:job"

    @api_errors
    async def get(self, request: web.Request, job_id: str) -> web.StreamResponse:
        """Return a job with its details and timeline."""
        validate(NO_PARAMETERS, query_parameters(request))
        detail = await get_store(_hass(request)).get_job(check_job_id(job_id))
        return self.json({"job": job_detail(detail)})

    @api_errors
    async def patch(self, request: web.Request, job_id: str) -> web.StreamResponse:
        """Edit a job's notes, rating, tags, failure reason or cost (admin)."""
        require_admin(request)
        check_job_id(job_id)
        validate(NO_PARAMETERS, query_parameters(request))
        changes = validate(UPDATE_SCHEMA, await read_json(request))
        return self.json(
            {"job": await async_update_job(_hass(request), job_id, changes)}
        )

    @api_errors
    async def delete(self, request: web.Request, job_id: str) -> web.StreamResponse:
        """Delete a job (admin)."""
        require_admin(request)
        hass = _hass(request)
        check_job_id(job_id)
        validate(NO_PARAMETERS, query_parameters(request))
        deleted = await async_delete_jobs(hass, [job_id])
        if not deleted:
            raise not_found("no such job")
        return self.json({"deleted": deleted})


class ThumbnailView(HomeAssistantView):
    """A job's thumbnail image."""

    url = f"{API_PREFIX}/jobs/{{job_id}}/thumbnail"
    name = f"api:{DOMAIN}:thumbnail"

    @api_errors
    async def get(self, request: web.Request, job_id: str) -> web.StreamResponse:
        """Return the image bytes."""
        job_id = check_job_id(job_id)
        validate(NO_PARAMETERS, query_parameters(request))
        thumbnail = await get_store(_hass(request)).get_thumbnail(job_id)
        if thumbnail is None:
            raise not_found("this job has no thumbnail")
        content_type = _IMAGE_TYPES.get(
            (thumbnail.format or "").lower(), "application/octet-stream"
        )
        return web.Response(
            body=thumbnail.data,
            content_type=content_type,
            headers={
                "Cache-Control": "private, max-age=3600",
                "X-Content-Type-Options": "nosniff",
            },
        )


class PrintersView(HomeAssistantView):
    """The printers."""

    url = f"{API_PREFIX}/printers"
    name = f"api:{DOMAIN}:printers"

    @api_errors
    async def get(self, request: web.Request) -> web.StreamResponse:
        """Return every printer with its live state."""
        hass = _hass(request)
        validate(NO_PARAMETERS, query_parameters(request))
        return self.json(
            {"printers": await async_printer_objects(hass, get_store(hass))}
        )


class SummaryView(HomeAssistantView):
    """Totals."""

    url = f"{API_PREFIX}/analytics/summary"
    name = f"api:{DOMAIN}:analytics:summary"

    @api_errors
    async def get(self, request: web.Request) -> web.StreamResponse:
        """Return the Summary object."""
        data = validate(SUMMARY_SCHEMA, query_parameters(request))
        store = get_store(_hass(request))
        return self.json(await async_summary(store, analytics_query(data)))


class TimeseriesView(HomeAssistantView):
    """A metric per day, week or month."""

    url = f"{API_PREFIX}/analytics/timeseries"
    name = f"api:{DOMAIN}:analytics:timeseries"

    @api_errors
    async def get(self, request: web.Request) -> web.StreamResponse:
        """Return the time series."""
        hass = _hass(request)
        data = validate(TIMESERIES_SCHEMA, query_parameters(request))
        result = await async_timeseries(
            get_store(hass),
            analytics_query(data),
            bucket=data["bucket"],
            metric=data["metric"],
            time_zone=hass.config.time_zone,
        )
        return self.json(result)


class BreakdownView(HomeAssistantView):
    """Jobs grouped by a property."""

    url = f"{API_PREFIX}/analytics/breakdown"
    name = f"api:{DOMAIN}:analytics:breakdown"

    @api_errors
    async def get(self, request: web.Request) -> web.StreamResponse:
        """Return the breakdown."""
        hass = _hass(request)
        data = validate(BREAKDOWN_SCHEMA, query_parameters(request))
        result = await async_breakdown(
            get_store(hass),
            analytics_query(data),
            by=data["by"],
            time_zone=hass.config.time_zone,
        )
        return self.json(result)


class AccuracyView(HomeAssistantView):
    """Slicer estimates against what the jobs took."""

    url = f"{API_PREFIX}/analytics/accuracy"
    name = f"api:{DOMAIN}:analytics:accuracy"

    @api_errors
    async def get(self, request: web.Request) -> web.StreamResponse:
        """Return the accuracy report."""
        data = validate(ANALYTICS_SCHEMA, query_parameters(request))
        store = get_store(_hass(request))
        return self.json(await async_accuracy(store, analytics_query(data)))


class ExportView(HomeAssistantView):
    """Every matching job as CSV, streamed."""

    url = f"{API_PREFIX}/export.csv"
    name = f"api:{DOMAIN}:export"

    @api_errors
    async def get(self, request: web.Request) -> web.StreamResponse:
        """Stream the CSV (the first batch is read before the answer starts, so errors are JSON)."""
        query = job_query(validate(EXPORT_SCHEMA, query_parameters(request)))
        stream = export_csv(get_store(_hass(request)), query)
        try:
            first = await anext(stream)
            response = web.StreamResponse(
                headers={
                    "Content-Type": "text/csv; charset=utf-8",
                    "Content-Disposition": 'attachment; filename="print_logger_jobs.csv"',
                    "Cache-Control": "no-store",
                    "X-Content-Type-Options": "nosniff",
                }
            )
            await response.prepare(request)
            await response.write(first)
            try:
                async for chunk in stream:
                    await response.write(chunk)
            except StoreError as err:
                # Too late for an error answer: drop the connection so the file is not
                # mistaken for a complete one.
                LOGGER.warning("The print log export stopped half-way: %s", err)
                raise ExportAbortedError(str(err)) from err
            await response.write_eof()
        finally:
            await stream.aclose()
        return response


VIEWS: Final = (
    JobsView,
    JobView,
    ThumbnailView,
    PrintersView,
    SummaryView,
    TimeseriesView,
    BreakdownView,
    AccuracyView,
    ExportView,
)


@callback
def async_register_views(hass: HomeAssistant) -> None:
    """Register the REST views."""
    for view in VIEWS:
        hass.http.register_view(view())
