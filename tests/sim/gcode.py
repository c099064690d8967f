"""G-code lines parsed the way Klipper's ``klippy/gcode.py`` parses them.

A traditional command (``G1 X10 E.5``) is split on its letters; an extended command
(``SET_PRINT_STATS_INFO CURRENT_LAYER=3``, ``SDCARD_PRINT_FILE FILENAME="a b.gcode"``) takes
``KEY=value`` arguments with shell quoting. Errors carry Klipper's wording.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
import re
import shlex
from typing import Any

_ARGS_RE = re.compile(r"([A-Z_]+|[A-Z*])")
_EXTENDED_RE = re.compile(
    r"^\s*(?:N[0-9]+\s*)?"
    r"(?P<cmd>[a-zA-Z_][a-zA-Z0-9_]+)(?:\s+|$)"
    r"(?P<args>[^#*;]*?)"
    r"\s*(?:[#*;].*)?$"
)
_TRADITIONAL_RE = re.compile(r"^[A-Z][0-9]+(?:\.[0-9]*)?$")


class CommandError(Exception):
    """A G-code command failed (Klipper's ``gcode.CommandError``)."""


_MISSING: Any = object()


def is_traditional(cmd: str) -> bool:
    """Return whether ``cmd`` is a letter-number command such as ``G1`` or ``M104``."""
    return bool(_TRADITIONAL_RE.match(cmd))


@dataclass
class GCodeCommand:
    """One parsed command line."""

    command: str
    commandline: str
    params: dict[str, str] = field(default_factory=dict)

    def error(self, message: str) -> CommandError:
        """Return a command error for this line."""
        return CommandError(message)

    def get(self, name: str, default: Any = _MISSING) -> Any:
        """Return a raw parameter, or ``default``; missing without default is an error."""
        value = self.params.get(name)
        if value is None:
            if default is _MISSING:
                raise self.error(f"Error on '{self.commandline}': missing {name}")
            return default
        return value

    def _get_number(
        self,
        name: str,
        default: Any,
        parser: Callable[[str], float],
        *,
        minval: float | None,
        maxval: float | None,
        above: float | None,
    ) -> Any:
        raw = self.params.get(name)
        if raw is None:
            if default is _MISSING:
                raise self.error(f"Error on '{self.commandline}': missing {name}")
            return default
        try:
            value = parser(raw)
        except ValueError:
            raise self.error(
                f"Error on '{self.commandline}': unable to parse {raw}"
            ) from None
        if minval is not None and value < minval:
            raise self.error(
                f"Error on '{self.commandline}': {name} must have minimum of {minval}"
            )
        if maxval is not None and value > maxval:
            raise self.error(
                f"Error on '{self.commandline}': {name} must have maximum of {maxval}"
            )
        if above is not None and value <= above:
            raise self.error(
                f"Error on '{self.commandline}': {name} must be above {above}"
            )
        return value

    def get_float(
        self,
        name: str,
        default: Any = _MISSING,
        *,
        minval: float | None = None,
        maxval: float | None = None,
        above: float | None = None,
    ) -> Any:
        """Return a float parameter (Klipper's ``gcmd.get_float``)."""
        return self._get_number(
            name, default, float, minval=minval, maxval=maxval, above=above
        )

    def get_int(
        self,
        name: str,
        default: Any = _MISSING,
        *,
        minval: float | None = None,
        maxval: float | None = None,
    ) -> Any:
        """Return an integer parameter (Klipper's ``gcmd.get_int``)."""
        return self._get_number(
            name, default, int, minval=minval, maxval=maxval, above=None
        )

    def raw_parameters(self) -> str:
        """Return the text after the command, as ``M117``/``M118`` use it."""
        command = self.command
        rawparams = self.commandline
        upper = rawparams.upper()
        if not upper.startswith(command):
            rawparams = rawparams[upper.find(command) :]
            end = rawparams.rfind("*")
            if end >= 0:
                rawparams = rawparams[:end]
        rawparams = rawparams[len(command) :]
        return rawparams.removeprefix(" ")


def parse_line(line: str) -> GCodeCommand | None:
    """Parse one line; return ``None`` for blank lines and comments."""
    origline = line.strip()
    text = origline
    cpos = text.find(";")
    if cpos >= 0:
        text = text[:cpos]
    if not text.strip():
        return None
    parts = _ARGS_RE.split(text.upper())
    if "".join(parts[:2]) == "N":
        cmd = "".join(parts[3:5]).strip()
    else:
        cmd = "".join(parts[:3]).strip()
    params = {parts[i]: parts[i + 1].strip() for i in range(1, len(parts) - 1, 2)}
    return GCodeCommand(cmd, origline, params)


def extended_params(gcmd: GCodeCommand) -> GCodeCommand:
    """Re-parse an extended command's ``KEY=value`` arguments in place."""
    match = _EXTENDED_RE.match(gcmd.commandline)
    if match is None:
        raise gcmd.error(f"Malformed command '{gcmd.commandline}'")
    try:
        pairs = [arg.split("=", 1) for arg in shlex.split(match.group("args"))]
        gcmd.params = {key.upper(): value for key, value in pairs}
    except ValueError:
        raise gcmd.error(f"Malformed command '{gcmd.commandline}'") from None
    return gcmd


LAYER_CHANGE_RE = re.compile(
    rb"^;\s*(?:LAYER_CHANGE\b|LAYER:\s*-?\d+|CHANGE_LAYER\b)",
    re.IGNORECASE | re.MULTILINE,
)
LAYER_COUNT_RE = re.compile(
    rb"^;\s*(?:LAYER_COUNT:\s*|total layer number:\s*|total_layer_count\s*[:=]\s*)(\d+)",
    re.IGNORECASE | re.MULTILINE,
)


def is_layer_comment(line: str) -> bool:
    """Return whether a line is a slicer's layer-change comment."""
    return bool(LAYER_CHANGE_RE.match(line.strip().encode(errors="replace")))


def count_layers(data: bytes) -> int | None:
    """Return the layer count a slicer wrote into a G-code file, or count its layer comments."""
    match = LAYER_COUNT_RE.search(data)
    if match:
        return int(match.group(1))
    count = len(LAYER_CHANGE_RE.findall(data))
    return count or None
