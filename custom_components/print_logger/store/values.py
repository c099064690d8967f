"""Value conversions shared by the store's writes, its journal and its validation."""

from __future__ import annotations

import base64
from collections.abc import Mapping
from datetime import UTC, datetime
import logging
import math
from typing import Any

from .models import DETAIL_KINDS, DETAIL_MAX_LENGTH

_LOGGER = logging.getLogger(__name__)

_MAX_JSON_DEPTH = 32


def json_safe(value: Any, _depth: int = 0) -> Any:
    """
    Return ``value`` as plain JSON: dict keys as strings, tuples as lists, non-finite floats as None.

    Datetimes become ISO 8601 strings; anything else that JSON cannot hold (bytes, objects) is dropped
    (None), so that Moonraker's or a slicer's odd values never make a write fail.
    """
    if value is None or isinstance(value, (bool, int, str)):
        return value
    if isinstance(value, float):
        return value if math.isfinite(value) else None
    if _depth >= _MAX_JSON_DEPTH:
        return None
    if isinstance(value, Mapping):
        return {str(key): json_safe(item, _depth + 1) for key, item in value.items()}
    if isinstance(value, (list, tuple, set, frozenset)):
        return [json_safe(item, _depth + 1) for item in value]
    if isinstance(value, datetime):
        return to_iso(value)
    return None


def to_iso(value: datetime) -> str:
    """Return an aware datetime as an ISO 8601 string in UTC."""
    if value.tzinfo is None or value.utcoffset() is None:
        raise ValueError(f"naive datetime {value!r}: the store needs aware datetimes")
    return value.astimezone(UTC).isoformat()


def from_iso(value: str) -> datetime:
    """Parse an ISO 8601 string written by :func:`to_iso` (aware, UTC)."""
    parsed = datetime.fromisoformat(value)
    if parsed.tzinfo is None:
        raise ValueError(f"naive datetime {value!r}")
    return parsed.astimezone(UTC)


def opt_iso(value: datetime | None) -> str | None:
    """Return :func:`to_iso` of a datetime, or None."""
    return None if value is None else to_iso(value)


def opt_from_iso(value: str | None) -> datetime | None:
    """Return :func:`from_iso` of a string, or None."""
    return None if value is None else from_iso(value)


def finite(value: Any) -> float | None:
    """Return a finite float for a number (not a bool), None for anything else."""
    if isinstance(value, bool) or not isinstance(value, (int, float)):
        return None
    number = float(value)
    return number if math.isfinite(number) else None


def epoch_to_datetime(value: Any) -> datetime | None:
    """Return an aware UTC datetime for Moonraker's epoch seconds, None if absent or invalid."""
    number = finite(value)
    if number is None or number <= 0:
        return None
    try:
        return datetime.fromtimestamp(number, UTC)
    except OverflowError, OSError, ValueError:
        return None


def fold(text: str) -> str:
    """Return the case-folded search form of a name (the same on every engine)."""
    return text.casefold()


def coerce_details(details: Mapping[str, Any]) -> dict[str, Any]:
    """
    Return the contract keys of ``details`` with values of the contract's types.

    Unknown keys are ignored; a value of the wrong type is stored as None (and logged), an integral
    float is accepted for an int column, strings of short columns are cut to the column's length.
    """
    result: dict[str, Any] = {}
    for key, kind in DETAIL_KINDS.items():
        if key not in details:
            continue
        value = details[key]
        coerced = _coerce(kind, value)
        if coerced is None and value is not None:
            _LOGGER.debug("Ignoring job detail %s=%r (not a %s)", key, value, kind)
        if isinstance(coerced, str) and key in DETAIL_MAX_LENGTH:
            coerced = coerced[: DETAIL_MAX_LENGTH[key]]
        result[key] = coerced
    return result


def _coerce(kind: str, value: Any) -> Any:
    if value is None:
        return None
    match kind:
        case "str":
            return value if isinstance(value, str) else None
        case "float":
            return finite(value)
        case "int":
            if isinstance(value, bool):
                return None
            if isinstance(value, int):
                return value
            if isinstance(value, float) and value.is_integer():
                return int(value)
            return None
        case "bool":
            return value if isinstance(value, bool) else None
        case "bytes":
            if isinstance(value, (bytes, bytearray, memoryview)):
                return bytes(value)
            return None
        case _:  # json
            return json_safe(value) if isinstance(value, Mapping) else None


def details_to_payload(details: Mapping[str, Any]) -> dict[str, Any]:
    """Return coerced details as JSON (the thumbnail base64-encoded) for the journal."""
    payload = dict(details)
    thumbnail = payload.get("thumbnail")
    if isinstance(thumbnail, bytes):
        payload["thumbnail"] = base64.b64encode(thumbnail).decode("ascii")
    return payload


def details_from_payload(payload: Mapping[str, Any]) -> dict[str, Any]:
    """Reverse :func:`details_to_payload`."""
    details = dict(payload)
    thumbnail = details.get("thumbnail")
    if isinstance(thumbnail, str):
        details["thumbnail"] = base64.b64decode(thumbnail)
    return details
