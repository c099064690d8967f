"""
The operations' input fields: one validator and one JSON schema (OpenAPI) per field.

Validators raise ``probatio.Invalid`` with a message for people; bounds come from the store's one
definition (``store/validation.py``). A date or time without a zone is in the caller's time zone
(Home Assistant's), which the operation runner sets in :data:`LOCAL_TIME_ZONE`.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from contextvars import ContextVar
from dataclasses import dataclass, field
from datetime import UTC, datetime, tzinfo
import re
from typing import Any, Final, cast

import probatio

from ..store import MAX_PAGE_SIZE, SORT_KEYS, JobStatus
from ..store.analytics import BREAKDOWNS, BUCKETS, MAX_PRINTER_IDS, METRICS
from ..store.cost_analytics import (
    COST_BREAKDOWNS,
    TOP_JOBS_DEFAULT,
    TOP_JOBS_MAX,
    TOP_JOBS_MIN,
)
from ..store.files import FILE_SORTS, MAX_FILE_PAGE
from ..store.models import FILENAME_LENGTH
from ..store.records import SORT_ORDERS
from ..store.spool_analytics import SPOOL_BREAKDOWNS
from ..store.spools import (
    MAX_SPOOLS,
    SPOOL_BOUNDS,
    SPOOL_TEXT_MAX,
    SPOOL_TEXTS,
    JobSpool,
    spool_errors,
)
from ..store.validation import (
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
from .errors import NotFoundError

JOB_ID: Final = re.compile(r"^[0-9a-f]{32}$")
JOB_ID_PATTERN: Final = "^[0-9a-f]{32}$"
MAX_TEXT_LENGTH: Final = 1024
MAX_ID_LENGTH: Final = 64
MAX_CURSOR_LENGTH: Final = 4096
MAX_FILENAME_LENGTH: Final = min(4096, FILENAME_LENGTH)
MAX_DELETE_IDS: Final = 500
MAX_FILE_OFFSET: Final = 1_000_000
MIN_YEAR: Final = 1970
ENDED_STATUSES: Final = tuple(
    status.value for status in JobStatus if status is not JobStatus.IN_PROGRESS
)
# The caller's time zone: a date or time without a zone is in it.
LOCAL_TIME_ZONE: ContextVar[tzinfo] = ContextVar("LOCAL_TIME_ZONE", default=UTC)

type Validator = Callable[[Any], Any]


@dataclass(frozen=True, kw_only=True)
class Field:
    """An input field of an operation: its validator and its JSON schema."""

    name: str
    validate: Validator
    schema: Mapping[str, Any]
    required: bool = False
    description: str | None = None
    # A list (REST: comma-separated query parameter, documented with style form).
    is_list: bool = False
    # Documented once under components/parameters (the job list's filters).
    shared: bool = False
    extra: Mapping[str, Any] = field(default_factory=dict)

    @property
    def key(self) -> probatio.Required | probatio.Optional:
        """Return the probatio key."""
        return (
            probatio.Required(self.name)
            if self.required
            else probatio.Optional(self.name)
        )


def schema_of(fields: tuple[Field, ...]) -> probatio.Schema:
    """Return the probatio schema of ``fields`` (any other key is an error)."""
    return probatio.Schema({item.key: item.validate for item in fields})


# ---------------------------------------------------------------------- validators
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


def choice_list(allowed: tuple[str, ...]) -> Callable[[Any], list[str]]:
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

    A date or time without a zone is in the caller's time zone (:data:`LOCAL_TIME_ZONE`: what the
    action UI's date pickers and the panel send).
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
        parsed = parsed.replace(tzinfo=LOCAL_TIME_ZONE.get())
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


def job_id(value: Any) -> str:
    """Validate a job id: a string; one that is not 32 lowercase hex digits is no job (404)."""
    if not isinstance(value, str):
        raise _invalid("must be a string")
    if not JOB_ID.match(value):
        raise NotFoundError("no such job")
    return value


def photo_id(value: Any) -> str:
    """Validate a photo id: a string; one that is not 32 lowercase hex digits is no photo (404)."""
    if not isinstance(value, str):
        raise _invalid("must be a string")
    if not JOB_ID.match(value):
        raise NotFoundError("no such photo")
    return value


def file_id(value: Any) -> str:
    """Validate a file id: a string; one that is not 32 lowercase hex digits is no file (404)."""
    if not isinstance(value, str):
        raise _invalid("must be a string")
    if not JOB_ID.match(value):
        raise NotFoundError("no such file")
    return value


def file_id_filter(value: Any) -> str:
    """Validate a file id given as a filter (32 lowercase hexadecimal digits)."""
    if not isinstance(value, str) or not JOB_ID.match(value):
        raise _invalid("must be a file id (32 lowercase hexadecimal digits)")
    return value


def gcode_path(value: Any) -> str:
    """Validate a file's path in Moonraker's ``gcodes`` folder (no ``..``, no empty part)."""
    path = cast("str", text(MAX_FILENAME_LENGTH, allow_empty=False)(value)).strip("/")
    parts = path.split("/")
    if not path or any(part in ("", ".", "..") for part in parts) or "\\" in path:
        raise _invalid("must be a file's path in the gcodes folder")
    return path


def boolean(value: Any) -> bool:
    """Validate true or false."""
    if not isinstance(value, bool):
        raise _invalid("must be true or false")
    return value


def job_id_list(value: Any) -> list[str]:
    """Validate a list of job ids (any string: unknown ids are simply not found)."""
    return text_list(MAX_DELETE_IDS, MAX_ID_LENGTH)(value)


# ---------------------------------------------------------------------- fields
def bounds(name: str, *, nullable: bool = False) -> dict[str, Any]:
    """Return the JSON schema of the number ``name`` within its NUMBER_BOUNDS."""
    bound = NUMBER_BOUNDS[name]
    kind = "integer" if bound.integer else "number"
    low: float = int(bound.low) if bound.integer else bound.low
    high: float = int(bound.high) if bound.integer else bound.high
    return {
        "type": [kind, "null"] if nullable else kind,
        "minimum": low,
        "maximum": high,
    }


def _query_number(name: str, description: str) -> Field:
    return Field(
        name=name,
        validate=number(name, strings=True),
        schema=bounds(name),
        description=description,
        shared=True,
    )


JOB_ID_FIELD: Final = Field(
    name="job_id",
    validate=job_id,
    required=True,
    schema={"type": "string", "pattern": JOB_ID_PATTERN},
    description="The job's id, 32 lowercase hexadecimal digits (anything else is a 404).",
)
PHOTO_ID_FIELD: Final = Field(
    name="photo_id",
    validate=photo_id,
    required=True,
    schema={"type": "string", "pattern": JOB_ID_PATTERN},
    description="The photo's id, 32 lowercase hexadecimal digits (anything else is a 404).",
)
PHOTO_SIZES: Final = ("full", "thumb")
PHOTO_SIZE: Final = Field(
    name="size",
    validate=choice(PHOTO_SIZES),
    schema={"type": "string", "enum": list(PHOTO_SIZES), "default": "full"},
    description="`thumb`: a small copy (at most 240 px) for lists.",
)
JOB_IDS: Final = Field(
    name="job_ids",
    validate=job_id_list,
    required=True,
    schema={
        "type": "array",
        "maxItems": MAX_DELETE_IDS,
        "items": {"type": "string", "maxLength": MAX_ID_LENGTH},
    },
    is_list=True,
)
PRINTER_IDS: Final = Field(
    name="printer_ids",
    validate=printer_id_list,
    schema={
        "type": "array",
        "minItems": 1,
        "maxItems": MAX_PRINTER_IDS,
        "items": {
            "type": "string",
            "minLength": 1,
            "maxLength": 64,
            "pattern": "^[A-Za-z0-9_-]+$",
        },
    },
    description="Only these printers.",
    is_list=True,
    shared=True,
)
STATUSES: Final = Field(
    name="statuses",
    validate=choice_list(tuple(s.value for s in JobStatus)),
    schema={
        "type": "array",
        "minItems": 1,
        "items": {"$ref": "#/components/schemas/JobStatus"},
    },
    is_list=True,
    shared=True,
)
SINCE: Final = Field(
    name="since",
    validate=timestamp,
    schema={"type": "string"},
    description="Jobs started at or after (ISO 8601; without a zone in Home Assistant's time zone).",
    shared=True,
)
UNTIL: Final = Field(
    name="until",
    validate=timestamp,
    schema={"type": "string"},
    description=(
        "Jobs started before (ISO 8601; without a zone in Home Assistant's time zone); "
        "after `since`."
    ),
    shared=True,
)
Q: Final = Field(
    name="q",
    validate=text(MAX_TEXT_LENGTH),
    schema={"type": "string", "maxLength": MAX_TEXT_LENGTH},
    description="Case-insensitive substring of the file name (`%` and `_` are literal).",
    shared=True,
)
FILAMENT_TYPE_FILTER: Final = Field(
    name="filament_type",
    validate=text(MAX_FILAMENT_TYPE_LENGTH),
    schema={"type": "string", "maxLength": MAX_FILAMENT_TYPE_LENGTH},
    description="Filament type (case-insensitive; one of the types of a multi-material job).",
    shared=True,
)
TAGS_FILTER: Final = Field(
    name="tags",
    validate=text_list(MAX_TAGS, MAX_TAG_LENGTH),
    schema={
        "type": "array",
        "minItems": 1,
        "maxItems": MAX_TAGS,
        "items": {
            "type": "string",
            "minLength": 1,
            "maxLength": MAX_TAG_LENGTH,
            "pattern": "^[^,]*\\S[^,]*$",
        },
    },
    description="Jobs with any of these tags.",
    is_list=True,
    shared=True,
)
MIN_DURATION: Final = _query_number(
    "min_duration", "Print duration at least (seconds)."
)
MAX_DURATION: Final = _query_number("max_duration", "Print duration at most (seconds).")

SPOOL_ID_FILTER: Final = Field(
    name="spool_id",
    validate=integer(1, int(SPOOL_BOUNDS["spool_id"][1]), strings=True),
    schema={
        "type": "integer",
        "minimum": 1,
        "maximum": int(SPOOL_BOUNDS["spool_id"][1]),
    },
    description="Jobs that used this spool (Spoolman's id).",
    shared=True,
)
SPOOL_VENDOR_FILTER: Final = Field(
    name="spool_vendor",
    validate=text(SPOOL_TEXT_MAX),
    schema={"type": "string", "maxLength": SPOOL_TEXT_MAX},
    description="Jobs that used a spool of this vendor (as Spoolman names it).",
    shared=True,
)

# The job list's filters (the summary and the export take them too).
FILTERS: Final = (
    PRINTER_IDS,
    STATUSES,
    SINCE,
    UNTIL,
    Q,
    FILAMENT_TYPE_FILTER,
    TAGS_FILTER,
    MIN_DURATION,
    MAX_DURATION,
    SPOOL_ID_FILTER,
    SPOOL_VENDOR_FILTER,
)
PAGE: Final = (
    Field(
        name="sort",
        validate=choice(frozenset(SORT_KEYS)),
        schema={"type": "string", "enum": list(SORT_KEYS), "default": "start"},
    ),
    Field(
        name="order",
        validate=choice(SORT_ORDERS),
        schema={"type": "string", "enum": list(SORT_ORDERS), "default": "desc"},
    ),
    Field(
        name="limit",
        validate=integer(1, MAX_PAGE_SIZE, strings=True),
        schema={
            "type": "integer",
            "minimum": 1,
            "maximum": MAX_PAGE_SIZE,
            "default": 50,
        },
    ),
    Field(
        name="cursor",
        validate=text(MAX_CURSOR_LENGTH),
        schema={"type": "string", "maxLength": MAX_CURSOR_LENGTH},
        description="The `next_cursor` of the previous page (same filters, sort and order).",
    ),
)
RANGE: Final = (PRINTER_IDS, SINCE, UNTIL)

# ---------------------------------------------------------------------- files
_HEX_ID: Final = {"type": "string", "pattern": JOB_ID_PATTERN}
FILE_ID_FIELD: Final = Field(
    name="file_id",
    validate=file_id,
    required=True,
    schema=_HEX_ID,
    description="The file's id, 32 lowercase hexadecimal digits (anything else is a 404).",
)
FILE_ID_FILTER: Final = Field(
    name="file_id",
    validate=file_id_filter,
    schema=_HEX_ID,
    description="Only the jobs of this file (`GET /files`).",
)
FILE_LIST: Final = (
    Field(
        name="printer_id",
        validate=printer_id,
        schema={
            "type": "string",
            "minLength": 1,
            "maxLength": 64,
            "pattern": "^[A-Za-z0-9_-]+$",
        },
        description="The figures of this printer only (its files); else of the whole farm.",
    ),
    Q,
    Field(
        name="sort",
        validate=choice(FILE_SORTS),
        schema={"type": "string", "enum": list(FILE_SORTS), "default": "last_start"},
    ),
    Field(
        name="order",
        validate=choice(SORT_ORDERS),
        schema={"type": "string", "enum": list(SORT_ORDERS), "default": "desc"},
    ),
    Field(
        name="limit",
        validate=integer(1, MAX_FILE_PAGE, strings=True),
        schema={
            "type": "integer",
            "minimum": 1,
            "maximum": MAX_FILE_PAGE,
            "default": 50,
        },
    ),
    Field(
        name="offset",
        validate=integer(0, MAX_FILE_OFFSET, strings=True),
        schema={
            "type": "integer",
            "minimum": 0,
            "maximum": MAX_FILE_OFFSET,
            "default": 0,
        },
        description="How many files to skip (the page's start).",
    ),
)
START_PRINT: Final = (
    Field(
        name="printer_id",
        validate=printer_id,
        required=True,
        schema={
            "type": "string",
            "minLength": 1,
            "maxLength": 64,
            "pattern": "^[A-Za-z0-9_-]+$",
        },
        description="The printer to print on (a loaded printer's id).",
    ),
    Field(
        name="filename",
        validate=gcode_path,
        required=True,
        schema={"type": "string", "minLength": 1, "maxLength": MAX_FILENAME_LENGTH},
        description="The file's path in Moonraker's gcodes folder.",
    ),
    Field(
        name="copy",
        validate=boolean,
        schema={"type": "boolean", "default": False},
        description="Copy the file from a printer of the farm that has it, if this one has not.",
    ),
    Field(
        name="confirm",
        validate=boolean,
        schema={"type": "boolean", "default": False},
        description="Print although the file was sliced for another printer model.",
    ),
)
BUCKET: Final = Field(
    name="bucket",
    validate=choice(BUCKETS),
    required=True,
    schema={"type": "string", "enum": list(BUCKETS)},
)
METRIC: Final = Field(
    name="metric",
    validate=choice(METRICS),
    required=True,
    schema={"type": "string", "enum": list(METRICS)},
)
BY: Final = Field(
    name="by",
    validate=choice(BREAKDOWNS),
    required=True,
    schema={"type": "string", "enum": list(BREAKDOWNS)},
)

COST_BY: Final = Field(
    name="by",
    validate=choice(COST_BREAKDOWNS),
    required=True,
    schema={"type": "string", "enum": list(COST_BREAKDOWNS)},
    description="Group by printer, material (the slicer's filament type) or local month.",
)
TOP_JOBS: Final = Field(
    name="limit",
    validate=integer(TOP_JOBS_MIN, TOP_JOBS_MAX, strings=True),
    schema={
        "type": "integer",
        "minimum": TOP_JOBS_MIN,
        "maximum": TOP_JOBS_MAX,
        "default": TOP_JOBS_DEFAULT,
    },
    description="How many jobs, most expensive first.",
)

SPOOL_BY: Final = Field(
    name="by",
    validate=choice(SPOOL_BREAKDOWNS),
    required=True,
    schema={"type": "string", "enum": list(SPOOL_BREAKDOWNS)},
)

# What a person may edit on a job (and give a manual job).
EDITABLE: Final = (
    Field(
        name="notes",
        validate=text(MAX_NOTES_LENGTH, nullable=True),
        schema={"type": ["string", "null"], "maxLength": MAX_NOTES_LENGTH},
    ),
    Field(name="rating", validate=rating, schema=bounds("rating", nullable=True)),
    Field(
        name="tags",
        validate=tag_list,
        schema={
            "type": "array",
            "maxItems": MAX_TAGS,
            "items": {
                "type": "string",
                "minLength": 1,
                "maxLength": MAX_TAG_LENGTH,
                "pattern": "^[^,;]*\\S[^,;]*$",
            },
        },
    ),
    Field(
        name="failure_reason",
        validate=text(MAX_FAILURE_REASON_LENGTH, nullable=True),
        schema={"type": ["string", "null"], "maxLength": MAX_FAILURE_REASON_LENGTH},
    ),
    Field(
        name="cost",
        validate=number("cost", nullable=True),
        schema=bounds("cost", nullable=True),
    ),
)


def _spool_property(name: str) -> dict[str, Any]:
    low, high = SPOOL_BOUNDS[name]
    if name == "spool_id":
        return {"type": "integer", "minimum": int(low), "maximum": int(high)}
    return {"type": ["number", "null"], "minimum": low, "maximum": high}


# A spool of a job as a person gives it (update_job): the id, how much, the spool's facts.
JOB_SPOOL_INPUT: Final[dict[str, Any]] = {
    "type": "object",
    "additionalProperties": False,
    "required": ["spool_id"],
    "properties": {
        **{name: _spool_property(name) for name in SPOOL_BOUNDS},
        **{
            name: {"type": ["string", "null"], "maxLength": SPOOL_TEXT_MAX}
            for name in SPOOL_TEXTS
        },
    },
}


def spool_list(value: Any) -> list[JobSpool]:
    """Validate a job's spools: a list of objects with a spool id, numbers within their bounds."""
    if not isinstance(value, list):
        raise _invalid("must be a list of spools")
    if len(value) > MAX_SPOOLS:
        raise _invalid(f"at most {MAX_SPOOLS} spools")
    allowed = set(JOB_SPOOL_INPUT["properties"])
    spools: list[JobSpool] = []
    for index, item in enumerate(value):
        if not isinstance(item, dict):
            raise _invalid(f"spools.{index}: must be an object")
        if unknown := sorted(set(item) - allowed):
            raise _invalid(f"spools.{index}.{unknown[0]}: unknown field")
        if "spool_id" not in item:
            raise _invalid(f"spools.{index}.spool_id: required")
        if item.get("length_mm") is None:
            item = {**item, "length_mm": 0.0}
        try:
            spools.append(JobSpool(**item))
        except TypeError as err:
            raise _invalid(f"spools.{index}: {err}") from None
    if errors := spool_errors(spools):
        key, message = next(iter(errors.items()))
        raise _invalid(f"{key}: {message}")
    return spools


SPOOLS: Final = Field(
    name="spools",
    validate=spool_list,
    schema={"type": "array", "maxItems": MAX_SPOOLS, "items": JOB_SPOOL_INPUT},
    description="The spools the job used, in order (replaces those stored). Weights left out "
    "are computed from the lengths with the diameter and density; costs from the price for "
    "price_weight grams.",
)
_JOB_TIME: Final = {"$ref": "#/components/schemas/JobTime"}
# An ended job's times a person may correct (update_job; its energy and cost are computed again).
JOB_TIMES: Final = (
    Field(
        name="start",
        validate=job_timestamp,
        schema=_JOB_TIME,
        description="The job's corrected start (its durations and cost follow).",
    ),
    Field(
        name="end",
        validate=job_timestamp,
        schema=_JOB_TIME,
        description="The job's corrected end (its durations and cost follow).",
    ),
)
NEW_JOB: Final = (
    Field(
        name="printer_id",
        validate=printer_id,
        required=True,
        schema={
            "type": "string",
            "minLength": 1,
            "maxLength": 64,
            "description": "an existing printer's id",
        },
    ),
    Field(
        name="filename",
        validate=text(MAX_FILENAME_LENGTH, allow_empty=False),
        required=True,
        schema={
            "type": "string",
            "minLength": 1,
            "maxLength": MAX_FILENAME_LENGTH,
            "pattern": "\\S",
        },
    ),
    Field(
        name="status",
        validate=choice(ENDED_STATUSES),
        required=True,
        schema={"$ref": "#/components/schemas/EndedJobStatus"},
    ),
    Field(name="start", validate=job_timestamp, required=True, schema=_JOB_TIME),
    Field(
        name="end",
        validate=nullable_job_timestamp,
        schema={"oneOf": [_JOB_TIME, {"type": "null"}]},
    ),
    Field(
        name="print_duration",
        validate=number("print_duration"),
        schema=bounds("print_duration"),
    ),
    Field(
        name="total_duration",
        validate=number("total_duration"),
        schema=bounds("total_duration"),
    ),
    Field(
        name="filament_used_mm",
        validate=number("filament_used_mm"),
        schema=bounds("filament_used_mm"),
    ),
    Field(
        name="filament_weight_g",
        validate=number("filament_weight_g", nullable=True),
        schema=bounds("filament_weight_g", nullable=True),
    ),
    Field(
        name="filament_type",
        validate=text(MAX_FILAMENT_TYPE_LENGTH, nullable=True),
        schema={"type": ["string", "null"], "maxLength": MAX_FILAMENT_TYPE_LENGTH},
    ),
)
