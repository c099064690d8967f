"""Validation of what callers send to the store: new manual jobs, edits, list queries."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from typing import Any, Final

from .enums import JobStatus
from .errors import StoreValidationError
from .models import FILENAME_LENGTH, ID_LENGTH
from .records import MAX_PAGE_SIZE, SORT_KEYS, SORT_ORDERS, JobQuery
from .values import finite

MAX_NOTES_LENGTH: Final = 20_000
MAX_FAILURE_REASON_LENGTH: Final = 1_000
MAX_TAG_LENGTH: Final = 64
MAX_TAGS: Final = 32
MAX_FILAMENT_TYPE_LENGTH: Final = 255
# A tag may not hold the characters that separate tags: the panel's tag editor splits on ",", the
# CSV export joins with ";".
TAG_SEPARATORS: Final = (",", ";")


@dataclass(frozen=True, kw_only=True)
class NumberBound:
    """The accepted range of a number a person can write (inclusive)."""

    low: float
    high: float
    integer: bool = False


MAX_DURATION_SECONDS: Final = 365 * 86_400
# The one definition of every number a person can write: REST, websocket, actions and the panel's
# forms (through the ``print_logger/limits`` websocket command) all read these bounds. Sums of
# bounded values stay finite, so no total can become infinite.
NUMBER_BOUNDS: Final[dict[str, NumberBound]] = {
    "cost": NumberBound(low=0, high=100_000),
    "filament_cost": NumberBound(low=0, high=100_000),
    "energy_cost": NumberBound(low=0, high=100_000),
    "print_duration": NumberBound(low=0, high=MAX_DURATION_SECONDS),
    "total_duration": NumberBound(low=0, high=MAX_DURATION_SECONDS),
    "min_duration": NumberBound(low=0, high=MAX_DURATION_SECONDS),
    "max_duration": NumberBound(low=0, high=MAX_DURATION_SECONDS),
    "filament_used_mm": NumberBound(low=0, high=10_000_000),
    "filament_weight_g": NumberBound(low=0, high=100_000),
    "rating": NumberBound(low=1, high=5, integer=True),
    # A maintenance task's intervals (whichever is reached first makes it due).
    "interval_hours": NumberBound(low=0.1, high=100_000),
    "interval_filament_kg": NumberBound(low=0.001, high=10_000),
    "interval_jobs": NumberBound(low=1, high=1_000_000, integer=True),
    "interval_days": NumberBound(low=1, high=36_500, integer=True),
}
# Job times a person may write (a manual job's start and end): from EARLIEST_JOB_TIME to
# FUTURE_TOLERANCE after now (a day, for clocks and time zones that disagree a little).
EARLIEST_JOB_TIME: Final = datetime(2000, 1, 1, tzinfo=UTC)
FUTURE_TOLERANCE: Final = timedelta(days=1)

EDITABLE_FIELDS: Final = frozenset(
    {
        "notes",
        "rating",
        "tags",
        "failure_reason",
        "cost",
        "filament_cost",
        "energy_cost",
    }
)
COST_FIELDS: Final = ("cost", "filament_cost", "energy_cost")
JOB_TIME_FIELDS: Final = ("start", "end")
"""The times of an ended job a person may correct (update_job; its energy and cost follow)."""
_REQUIRED_NEW: Final = ("printer_id", "filename", "status", "start")
_NEW_FIELDS: Final = frozenset(
    {
        "id",
        "printer_id",
        "filename",
        "status",
        "start",
        "end",
        "uid",
        "print_duration",
        "total_duration",
        "filament_used_mm",
        "filament_weight_g",
        "filament_type",
    }
    | EDITABLE_FIELDS
)


class _Errors:
    """Collects field-level messages."""

    def __init__(self) -> None:
        self.messages: dict[str, str] = {}

    def add(self, name: str, message: str) -> None:
        self.messages.setdefault(name, message)

    def raise_if_any(self) -> None:
        if self.messages:
            raise StoreValidationError(self.messages)


def number_error(name: str, value: Any) -> str | None:
    """Return why ``value`` is not an accepted ``name`` (see NUMBER_BOUNDS), None when it is."""
    bound = NUMBER_BOUNDS[name]
    if bound.integer:
        if isinstance(value, bool) or not isinstance(value, int):
            return "must be an integer"
    elif finite(value) is None:
        return "must be a finite number"
    if not bound.low <= value <= bound.high:
        return f"must be from {bound.low:g} to {bound.high:g}"
    return None


def tag_error(tag: str) -> str | None:
    """Return why ``tag`` (stripped) is not an accepted tag, None when it is."""
    if not tag:
        return "must not contain empty tags"
    if len(tag) > MAX_TAG_LENGTH:
        return f"each tag must be at most {MAX_TAG_LENGTH} characters"
    if any(separator in tag for separator in TAG_SEPARATORS):
        return "a tag must not contain " + " or ".join(
            f'"{separator}"' for separator in TAG_SEPARATORS
        )
    return None


def job_time_error(value: datetime, now: datetime | None = None) -> str | None:
    """Return why ``value`` is not an accepted job time, None when it is."""
    latest = (now or datetime.now(UTC)) + FUTURE_TOLERANCE
    if value < EARLIEST_JOB_TIME:
        return f"must not be before {EARLIEST_JOB_TIME.date().isoformat()}"
    if value > latest:
        return "must not be in the future"
    return None


def parse_datetime(value: Any) -> datetime:
    """Return an aware datetime from a datetime or an ISO 8601 string; ValueError otherwise."""
    if isinstance(value, str):
        try:
            value = datetime.fromisoformat(value.strip())
        except ValueError:
            raise ValueError("not an ISO 8601 date and time") from None
    if not isinstance(value, datetime):
        raise ValueError("not a date and time")  # noqa: TRY004 - a field message, not a type error
    if value.tzinfo is None or value.utcoffset() is None:
        raise ValueError("must include a time zone")
    return value


def _text(
    errors: _Errors, name: str, value: Any, max_length: int, *, required: bool = False
) -> str | None:
    if value is None:
        if required:
            errors.add(name, "is required")
        return None
    if not isinstance(value, str):
        errors.add(name, "must be a string")
        return None
    if required and not value.strip():
        errors.add(name, "must not be empty")
        return None
    if len(value) > max_length:
        errors.add(name, f"must be at most {max_length} characters")
        return None
    return value


def _number(errors: _Errors, name: str, value: Any, *, nullable: bool) -> float | None:
    if value is None:
        if not nullable:
            errors.add(name, "is required")
        return None
    if message := number_error(name, value):
        errors.add(name, message)
        return None
    return float(value)


def _rating(errors: _Errors, value: Any) -> int | None:
    if value is None:
        return None
    if message := number_error("rating", value):
        errors.add("rating", message)
        return None
    return int(value)


def _tags(errors: _Errors, value: Any) -> list[str]:
    if value is None:
        return []
    if isinstance(value, str) or not isinstance(value, (list, tuple)):
        errors.add("tags", "must be a list of strings")
        return []
    tags: list[str] = []
    for tag in value:
        if not isinstance(tag, str):
            errors.add("tags", "must be a list of strings")
            return []
        cleaned = tag.strip()
        if message := tag_error(cleaned):
            errors.add("tags", message)
            return []
        if cleaned not in tags:
            tags.append(cleaned)
    if len(tags) > MAX_TAGS:
        errors.add("tags", f"at most {MAX_TAGS} tags")
        return []
    return tags


def _editable(errors: _Errors, data: Mapping[str, Any]) -> dict[str, Any]:
    values: dict[str, Any] = {}
    if "notes" in data:
        values["notes"] = _text(errors, "notes", data["notes"], MAX_NOTES_LENGTH)
    if "rating" in data:
        values["rating"] = _rating(errors, data["rating"])
    if "tags" in data:
        values["tags"] = _tags(errors, data["tags"])
    if "failure_reason" in data:
        values["failure_reason"] = _text(
            errors, "failure_reason", data["failure_reason"], MAX_FAILURE_REASON_LENGTH
        )
    for name in COST_FIELDS:
        if name in data:
            values[name] = _number(errors, name, data[name], nullable=True)
    return values


def validate_changes(changes: Mapping[str, Any]) -> dict[str, Any]:
    """Return the validated changes of update_job; StoreValidationError lists every bad field."""
    errors = _Errors()
    for name in changes:
        if name not in EDITABLE_FIELDS and name not in JOB_TIME_FIELDS:
            errors.add(str(name), "is not an editable field")
    values = _editable(errors, changes)
    for name in JOB_TIME_FIELDS:
        if name not in changes:
            continue
        try:
            moment = parse_datetime(changes[name])
        except ValueError as err:
            errors.add(name, str(err))
            continue
        if message := job_time_error(moment):
            errors.add(name, message)
        else:
            values[name] = moment.astimezone(UTC)
    if "start" in values and "end" in values and values["end"] < values["start"]:
        errors.add("end", "must not be before start")
    errors.raise_if_any()
    return values


def validate_new_job(data: Mapping[str, Any]) -> dict[str, Any]:
    """
    Return the validated fields of a manual job (create_job).

    Datetimes may be aware datetimes or ISO 8601 strings with a time zone; ``in_progress`` is refused
    (a manual record is of a job that ended); the job's printer is checked by the store.
    """
    errors = _Errors()
    for name in data:
        if name not in _NEW_FIELDS:
            errors.add(str(name), "is not a field of a job")
    for name in _REQUIRED_NEW:
        if data.get(name) is None:
            errors.add(name, "is required")
    values: dict[str, Any] = {}
    if "id" in data:
        job_id = data["id"]
        if (
            not isinstance(job_id, str)
            or not job_id
            or len(job_id) > ID_LENGTH
            or not job_id.isascii()
        ):
            errors.add("id", f"must be an ASCII string of 1 to {ID_LENGTH} characters")
        else:
            values["id"] = job_id
    if isinstance(data.get("printer_id"), str):
        values["printer_id"] = data["printer_id"]
    elif data.get("printer_id") is not None:
        errors.add("printer_id", "must be a string")
    values["filename"] = _text(
        errors, "filename", data.get("filename"), FILENAME_LENGTH, required=True
    )
    status = data.get("status")
    if status is not None:
        try:
            parsed_status = JobStatus(status)
        except ValueError:
            errors.add(
                "status", "must be one of " + ", ".join(s.value for s in JobStatus)
            )
        else:
            if parsed_status is JobStatus.IN_PROGRESS:
                errors.add("status", "a manual job cannot be in progress")
            values["status"] = parsed_status
    for name in ("start", "end"):
        if data.get(name) is None:
            values[name] = None
            continue
        try:
            values[name] = parse_datetime(data[name])
        except ValueError as err:
            errors.add(name, str(err))
            continue
        if message := job_time_error(values[name]):
            errors.add(name, message)
    if values.get("start") and values.get("end") and values["end"] < values["start"]:
        errors.add("end", "must not be before start")
    uid = data.get("uid")
    if uid is not None and (not isinstance(uid, str) or not uid or len(uid) > 64):
        errors.add("uid", "must be a string of 1 to 64 characters")
    values["uid"] = uid
    for name in ("print_duration", "total_duration", "filament_used_mm"):
        values[name] = _number(errors, name, data.get(name, 0.0), nullable=False)
    values["filament_weight_g"] = _number(
        errors, "filament_weight_g", data.get("filament_weight_g"), nullable=True
    )
    values["filament_type"] = _text(
        errors, "filament_type", data.get("filament_type"), MAX_FILAMENT_TYPE_LENGTH
    )
    values.update(_editable(errors, data))
    errors.raise_if_any()
    return values


def validate_query(query: JobQuery) -> None:
    """Check a list query; StoreValidationError lists every bad field."""
    errors = _Errors()
    if query.sort not in SORT_KEYS:
        errors.add("sort", "must be one of " + ", ".join(sorted(SORT_KEYS)))
    if query.order not in SORT_ORDERS:
        errors.add("order", "must be asc or desc")
    if isinstance(query.limit, bool) or not isinstance(query.limit, int):
        errors.add("limit", "must be an integer")
    elif not 1 <= query.limit <= MAX_PAGE_SIZE:
        errors.add("limit", f"must be from 1 to {MAX_PAGE_SIZE}")
    for name in ("since", "until"):
        value = getattr(query, name)
        if value is not None and (
            not isinstance(value, datetime) or value.utcoffset() is None
        ):
            errors.add(name, "must be a timezone-aware datetime")
    if (
        "since" not in errors.messages
        and "until" not in errors.messages
        and query.since is not None
        and query.until is not None
        and query.until <= query.since
    ):
        errors.add("until", "must be after since")
    for name in ("min_duration", "max_duration"):
        value = getattr(query, name)
        if value is not None and (message := number_error(name, value)):
            errors.add(name, message)
    for status in query.statuses:
        if status not in set(JobStatus):
            errors.add("statuses", f"unknown status {status!r}")
    for name in ("printer_ids", "tags"):
        items = getattr(query, name)
        if isinstance(items, str) or not all(isinstance(item, str) for item in items):
            errors.add(name, "must be a list of strings")
    for name in ("q", "filament_type", "cursor", "file_id"):
        value = getattr(query, name)
        if value is not None and not isinstance(value, str):
            errors.add(name, "must be a string")
    errors.raise_if_any()
