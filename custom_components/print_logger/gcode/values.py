"""
Parse the value strings slicers write: numbers, percentages, durations and lists.

Every function here takes untrusted text and returns ``None`` (or an empty list) instead of raising.
"""

from __future__ import annotations

import math
import re

_NUMBER = re.compile(r"[-+]?(?:\d+\.?\d*|\.\d+)(?:[eE][-+]?\d+)?")
# A unit ends where letters end: "1d2h3m4s" has four parts (``\b`` would see one word).
_DURATION_PART = re.compile(
    r"(\d+(?:\.\d+)?)\s*(d|days?|h|hours?|hrs?|m|mins?|minutes?|s|secs?|seconds?)(?![A-Za-z])",
    re.IGNORECASE,
)
# What may separate the parts: "1h 2m", "1 hour, 17 minutes", "1 hour and 17 minutes".
_DURATION_GAP = re.compile(r"[\s,]*(?:and[\s,]*)?", re.IGNORECASE)
_DURATION_UNITS = {"d": 86400.0, "h": 3600.0, "m": 60.0, "s": 1.0}
POSITIVE_FACTS = frozenset(
    {
        "layer_height",
        "first_layer_height",
        "nozzle_diameter",
        "nozzle_temp",
        "nozzle_temp_first_layer",
        "filament_density",
        "filament_diameter",
        "filament_cost_per_kg",
    }
)
"""
Facts that cannot be 0: written as 0 (or less) they are unknown.

The rule of ``normalise.py``'s docstring; the store applies it to Moonraker's own file metadata too.
"""

_TRUE = frozenset({"1", "true", "yes", "on"})
_FALSE = frozenset({"0", "false", "no", "off"})


def to_float(text: str | None) -> float | None:
    """
    Return the number at the start of ``text`` ("0.45mm" -> 0.45), or None.

    Infinite and NaN values are rejected: no slicer writes them for a real setting.
    """
    if text is None:
        return None
    match = _NUMBER.match(text.strip())
    if match is None:
        return None
    value = float(match.group())
    return value if math.isfinite(value) else None


def to_int(text: str | None) -> int | None:
    """Return the integer at the start of ``text`` ("3" or "3.0"), or None."""
    value = to_float(text)
    if value is None or value != int(value) or abs(value) > 2**53:
        return None
    return int(value)


def to_bool(text: str | None) -> bool | None:
    """Return True/False for 1/0, true/false, yes/no, on/off; None for anything else."""
    if text is None:
        return None
    word = text.strip().strip('"').lower()
    if word in _TRUE:
        return True
    if word in _FALSE:
        return False
    return None


def to_percent(text: str | None, *, fraction_below_one: bool = False) -> float | None:
    """
    Return a percentage 0–100 from "15%" or "15".

    With ``fraction_below_one`` a bare number up to 1 is a fraction (Slic3r 0.9 writes
    ``fill_density = 0.1`` for 10 %).
    """
    value = to_float(text)
    if value is None or text is None:
        return None
    if fraction_below_one and "%" not in text and 0 < value <= 1:
        value *= 100
    return round(value, 6)


def to_duration(text: str | None) -> float | None:
    """
    Return seconds from a slicer duration.

    Accepts "1d 2h 3m 4s", "1d2h3m4s", "39m 16s", "0.815957s", "1 hour 17 minutes",
    "25.95 minutes" and a bare number of seconds ("2848", "1489.56"). Anything else in the text
    gives None: "40m 3" (a line cut off in the middle) is not 40 minutes.
    """
    if text is None:
        return None
    stripped = text.strip()
    parts = _DURATION_PART.findall(stripped)
    if parts:
        rest = _DURATION_PART.split(stripped)[::3]  # the text between the parts
        if not all(_DURATION_GAP.fullmatch(gap) for gap in rest):
            return None
        return round(
            sum(float(num) * _DURATION_UNITS[unit[0].lower()] for num, unit in parts), 6
        )
    if re.fullmatch(r"\d+(?:\.\d+)?", stripped):
        return float(stripped)
    return None


def split_strings(text: str | None) -> list[str]:
    r"""
    Split a ``;``-separated slicer list; items may be double-quoted with ``\\"`` escapes.

    ``"A B";"C"`` -> ["A B", "C"]; ``PLA;PLA`` -> ["PLA", "PLA"]; ``;`` -> ["", ""];
    an empty value gives [].
    """
    if text is None:
        return []
    text = text.strip()
    if not text:
        return []
    items: list[str] = []
    current: list[str] = []
    quoted = False
    index = 0
    length = len(text)
    while index < length:
        char = text[index]
        if quoted:
            if char == "\\" and index + 1 < length and text[index + 1] in '"\\':
                current.append(text[index + 1])
                index += 2
                continue
            if char == '"':
                quoted = False
            else:
                current.append(char)
        elif char == '"':
            quoted = True
        elif char == ";":
            items.append("".join(current).strip())
            current = []
        else:
            current.append(char)
        index += 1
    items.append("".join(current).strip())
    return items


def split_numbers(text: str | None) -> list[float | None]:
    """Split a comma-separated number list ("220,220" or "0.00, 95.76"); bad items are None."""
    if text is None or not text.strip():
        return []
    return [to_float(item) for item in re.split(r"[,;]", text)]


def unquote(text: str | None) -> str | None:
    """Return a single slicer string value without its quotes; None when empty."""
    if text is None:
        return None
    items = split_strings(text)
    value = ";".join(items) if len(items) > 1 else (items[0] if items else "")
    return value or None
