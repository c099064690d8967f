"""
Scan the head and tail of a text G-code file.

Slicers write their metadata as comment lines before the first command (the *prologue*: headers,
thumbnails, Bambu Studio's config block, Cura's ``;KEY:value`` lines) and after the last command
(the *epilogue*: PrusaSlicer/OrcaSlicer summary and config block, Cura's ``;SETTING_3`` JSON,
Simplify3D/ideaMaker/KISSlicer footers). Only those two regions are read for ``key = value``
pairs; the toolpath next to them is read for a few facts that no comment states (start G-code
temperatures, the first layer's height, the last layer's Z).
"""

from __future__ import annotations

from dataclasses import dataclass, field
import re

from . import thumbnails
from .model import Thumbnail
from .values import to_float, to_int

# ``; key = value`` (PrusaSlicer lineage, OrcaSlicer, KISSlicer, binary G-code INI blocks).
_PAIR_EQ = re.compile(r"([A-Za-z_][\w .\[\]()#/^%+*-]{0,99}?)\s*=(.*)")
# ``;KEY:value`` / ``; key: value`` (Cura, Creality Print 4, ideaMaker, Bambu/Orca headers).
_PAIR_COLON = re.compile(r"([A-Za-z_][\w .\[\]()#/^%+*-]{0,99}?)\s*:(.*)")
# ``;   key,value`` (Simplify3D's "Settings Summary"; camelCase keys, indented).
_PAIR_COMMA = re.compile(r";\s{2,}([A-Za-z][A-Za-z0-9]{1,60}),(.*)")
# A number or duration, as the first value of a line holding two pairs
# (``; filament cost = 0.23; total filament used [g] = 11.26``).
_NUMBERISH = re.compile(r"[\d.,\sdhms:]+")
_CONFIG_MARKER = re.compile(r"\w+_config", re.IGNORECASE)

_LAYER_MARKERS = (
    ";LAYER:",
    ";LAYER_CHANGE",
    "; CHANGE_LAYER",
    ";BEFORE_LAYER_CHANGE",
    "; BEFORE_LAYER_CHANGE",
    "; layer ",
    "; BEGIN_LAYER_",  # KISSlicer: "_OBJECT" and "_RAFT" (a raft layer is a layer too)
    ";AFTER_LAYER_CHANGE",
    "; END_LAYER_OBJECT",
)
_WORD = re.compile(r"([A-Z])\s*([-+]?(?:\d+\.?\d*|\.\d+))")
_MACRO_NOZZLE = re.compile(
    r"\b(?:EXTRUDER|HOTEND|NOZZLE|TOOL)(?:_?TEMP(?:ERATURE)?)?=\s*(\d+(?:\.\d+)?)\b",
    re.IGNORECASE,
)
_MACRO_BED = re.compile(
    r"\bBED(?:_?TEMP(?:ERATURE)?)?=\s*(\d+(?:\.\d+)?)\b", re.IGNORECASE
)
_S3D_LAYER = re.compile(r"; layer \d+, Z = ([\d.]+)")
_KISS_LAYER_END = re.compile(r"; END_LAYER_OBJECT z=([\d.]+)")
_KISS_LAYER_BEGIN = re.compile(
    r"; BEGIN_LAYER_\w+ z=([\d.]+)(?: z_thickness=([\d.]+))?"
)
_COMMAND = re.compile(r"\s*([GMTgmt])\s*0*(\d+)(?![\d.])")
_MOVES = frozenset({"G0", "G1", "G2", "G3"})
_NUMBER = r"([-+]?(?:\d+\.?\d*|\.\d+))"
_Z_WORD = re.compile(r"[Zz]\s*" + _NUMBER)
_E_WORD = re.compile(r"[Ee]\s*" + _NUMBER)
_XY_WORD = re.compile(r"[XYxy]\s*[-+.\d]")
_UTF8_BOM = b"\xef\xbb\xbf"
_START_SECTION_LINES = 300
"""How far into the toolpath the start section's comments are read (Cura 13-15: ~20 lines)."""


@dataclass(slots=True)
class StartFacts:
    """What the head's toolpath says before and during the first layer."""

    nozzle_temp: float | None = None
    bed_temp: float | None = None
    layer_count: int | None = None
    first_layer_z: float | None = None
    layer_heights: dict[int, float] = field(default_factory=dict)
    """ideaMaker/Cura ``;LAYER:n`` → first ``;HEIGHT:`` value of that layer."""
    marked_first_layer: float | None = None
    """KISSlicer's first ``; BEGIN_LAYER_… z=… z_thickness=…``: raft or object, what is printed."""


@dataclass(slots=True)
class EndFacts:
    """What the tail's toolpath says about the last layers."""

    top_z_marker: float | None = None
    max_extrusion_z: float | None = None
    extrudes_at_unknown_z: bool = False
    """An extruding move ran before any Z was set in these lines (the last layer began earlier)."""


@dataclass(slots=True)
class Scan:
    """Everything read from the comment regions, before normalisation."""

    pairs: list[tuple[str, str]] = field(default_factory=list)
    comments: list[str] = field(default_factory=list)
    """Comment bodies of the prologue and epilogue (for identifying the slicer)."""
    thumbnails: list[Thumbnail] = field(default_factory=list)
    setting_3: str = ""
    head_body: list[str] = field(default_factory=list)
    tail_body: list[str] = field(default_factory=list)
    config_block: bool = False
    """An OrcaSlicer/Bambu ``; CONFIG_BLOCK_START`` was seen."""

    _raw: dict[str, str] | None = None
    _multi: dict[str, list[str]] | None = None

    @property
    def raw(self) -> dict[str, str]:
        """Return the first value written for every key."""
        if self._raw is None:
            raw: dict[str, str] = {}
            for key, value in self.pairs:
                raw.setdefault(key, value)
            self._raw = raw
        return self._raw

    def add_pairs(self, pairs: list[tuple[str, str]]) -> None:
        """Add pairs read from elsewhere (Cura's ``;SETTING_3`` JSON) after the file's own."""
        self.pairs.extend(pairs)
        self._raw = None
        self._multi = None

    def values(self, key: str) -> list[str]:
        """Return every value written for ``key``, in file order."""
        if self._multi is None:
            multi: dict[str, list[str]] = {}
            for pair_key, value in self.pairs:
                multi.setdefault(pair_key, []).append(value)
            self._multi = multi
        return self._multi.get(key, [])


def decode(data: bytes) -> str:
    """
    Return file bytes as text, whatever the encoding and line endings of its era.

    UTF-8, with or without a byte-order mark; a line that is not UTF-8 is Windows-1252 (old
    slicers wrote Latin-1/cp1252 names: ``Grün PLA``), so one such line does not garble the
    rest. Old Mac OS files end lines with CR alone: they become LF, as everywhere else.
    """
    data = data.removeprefix(_UTF8_BOM)
    if b"\r" in data and b"\n" not in data:
        data = data.replace(b"\r", b"\n")
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        return "\n".join(_decode_line(line) for line in data.split(b"\n"))


def _decode_line(line: bytes) -> str:
    try:
        return line.decode("utf-8")
    except UnicodeDecodeError:
        return line.decode("cp1252", errors="replace")


def join_windows(
    head: bytes, tail: bytes, file_size: int | None
) -> tuple[bytes, bytes | None]:
    """Return (whole file, None) when head and tail cover the file, else (head, tail)."""
    if file_size is not None and file_size >= 0:
        if len(head) >= file_size:
            return head[:file_size], None
        if tail and len(tail) <= file_size and len(head) + len(tail) >= file_size:
            return head + tail[len(head) + len(tail) - file_size :], None
        return head, tail
    if not tail:
        return head, None
    if head.endswith(tail):
        return head, None
    probe = tail[:64]
    start = head.find(probe)
    while start >= 0:
        if head[start:] == tail[: len(head) - start]:
            return head[:start] + tail, None
        start = head.find(probe, start + 1)
    return head, tail


def is_command(line: str) -> bool:
    """Return True for a line that is G-code (not blank, not a comment)."""
    stripped = line.lstrip().lstrip("\ufeff\x00")
    return bool(stripped) and stripped[0] not in ";%"


def _lines(text: str) -> list[str]:
    """Split into lines; a trailing CR stays (every reader strips or ignores it)."""
    return text.split("\n")


def scan(head: bytes, tail: bytes, file_size: int | None) -> Scan:
    """Split the windows into regions and read them."""
    first, second = join_windows(head, tail, file_size)
    result = Scan()
    if second is None:
        lines = _lines(decode(first))
        start = next(
            (i for i, line in enumerate(lines) if is_command(line)), len(lines)
        )
        end = len(lines)
        while end > start and not is_command(lines[end - 1]):
            end -= 1
        _read_comments(lines[:start], result)
        prologue = len(result.comments)
        if end > start:
            _read_comments(lines[end:], result)
        result.head_body = lines[start:end]
        result.tail_body = result.head_body
        _read_start_section(result, prologue)
        return result
    head_text = decode(first)
    cut = head_text.rfind("\n")
    head_lines = _lines(head_text[: cut + 1] if cut >= 0 else "")
    tail_text = decode(second)
    cut = tail_text.find("\n")
    tail_lines = _lines(tail_text[cut + 1 :] if cut >= 0 else "")
    start = next(
        (i for i, line in enumerate(head_lines) if is_command(line)), len(head_lines)
    )
    end = len(tail_lines)
    while end > 0 and not is_command(tail_lines[end - 1]):
        end -= 1
    _read_comments(head_lines[:start], result)
    prologue = len(result.comments)
    _read_comments(tail_lines[end:], result)
    result.head_body = head_lines[start:]
    result.tail_body = tail_lines[:end]
    _read_start_section(result, prologue)
    return result


def _read_start_section(result: Scan, prologue: int) -> None:
    """
    Read the comments of the start G-code, after the first command, before the first layer.

    Cura 13-15 wrote its summary there (``M92``/``M109`` first, then ``;Sliced at:``,
    ``;Basic settings: Layer height: 0.2 …``, ``;Print time: …``, ``;Filament used: …``). These
    pairs rank below the prologue's and the epilogue's: they only fill what those do not say.
    """
    lines: list[str] = []
    for line in result.head_body[:_START_SECTION_LINES]:
        stripped = line.strip()
        if stripped.startswith(";"):
            if _is_layer_marker(stripped):
                break
            lines.append(stripped)
    if not lines:
        return
    start = Scan()
    _read_comments(lines, start)
    result.pairs.extend(start.pairs)
    result.comments[prologue:prologue] = start.comments


def _one_pair(body: str) -> tuple[str, str] | None:
    """Return the ``key = value`` / ``key: value`` pair of a comment body, if it is one."""
    match = _PAIR_EQ.fullmatch(body)
    if match is None:
        match = _PAIR_COLON.fullmatch(body)
        if match is None:
            return None
        # "at 10:50:12" or "18:58:10" is a time of day, not a separator.
        if match.group(1)[-1:].isdigit() and match.group(2)[:1].isdigit():
            return None
    key, value = match.group(1).strip(), match.group(2).strip()
    if _CONFIG_MARKER.fullmatch(key) and value in ("begin", "end"):
        return None
    return key, value


def parse_pair(body: str) -> list[tuple[str, str]]:
    """
    Return the pairs of one comment body: none, one, or two.

    Two when a number or duration is followed by ``; `` and another pair, as in OrcaSlicer's
    ``; filament cost = 0.23; total filament used [g] = 11.26`` and Bambu Studio's
    ``; model printing time: 1h 57m 37s; total estimated time: 2h 4m 35s``.
    """
    pair = _one_pair(body)
    if pair is None:
        return []
    key, value = pair
    first, sep, rest = value.partition("; ")
    if sep and _NUMBERISH.fullmatch(first):
        second = _one_pair(rest.strip())
        if second is not None:
            return [(key, first.strip()), second]
    return [pair]


def _read_comments(lines: list[str], result: Scan) -> None:
    """Read thumbnails and pairs from comment lines (thumbnail lines are not pairs)."""
    block: tuple[str, int, int] | None = None
    chunks: list[str] = []
    setting_3: list[str] = []
    for line in lines:
        stripped = line.strip()
        if not stripped.startswith(";"):
            continue
        if block is not None:
            if thumbnails.is_end(stripped):
                thumb = thumbnails.decode(block[0], chunks)
                if thumb is not None:
                    result.thumbnails.append(thumb)
                block = None
                chunks = []
            else:
                chunks.append(thumbnails.chunk_of(stripped))
            continue
        opened = thumbnails.begin(stripped)
        if opened is not None:
            block = opened
            continue
        if stripped.startswith(";SETTING_3 "):
            setting_3.append(line.lstrip()[len(";SETTING_3 ") :].rstrip("\r\n"))
            continue
        body = stripped.lstrip(";").strip()
        if not body:
            continue
        if body == "CONFIG_BLOCK_START":
            result.config_block = True
        result.comments.append(body)
        pairs = parse_pair(body)
        if not pairs:
            comma = _PAIR_COMMA.fullmatch(stripped)
            if comma is not None:
                pairs = [(comma.group(1), comma.group(2).strip())]
        result.pairs.extend(pairs)
    if setting_3:
        result.setting_3 += "".join(setting_3)


def _command(code: str) -> str:
    """Return the command of a line: "G1" for "G01 X1" or "G1X5", "START_PRINT" for a macro."""
    match = _COMMAND.match(code)
    if match is not None:
        return f"{match.group(1).upper()}{match.group(2)}"
    parts = code.split(None, 1)
    return parts[0].upper() if parts else ""


def _words(code: str) -> dict[str, float]:
    words: dict[str, float] = {}
    for letter, number in _WORD.findall(code.upper()):
        words.setdefault(letter, float(number))
    return words


def _is_layer_marker(comment: str) -> bool:
    return comment.startswith(_LAYER_MARKERS) and not comment.startswith(";LAYER_COUNT")


def _move_z(code: str) -> float | None:
    """Return the Z of a move's code (comment removed), if it has one."""
    if "Z" not in code and "z" not in code:
        return None
    match = _Z_WORD.search(code)
    return float(match.group(1)) if match else None


def _extrudes(code: str) -> bool:
    """Return True for a move with X or Y and a positive E (an extruding move)."""
    match = _E_WORD.search(code)
    return (
        match is not None
        and float(match.group(1)) > 0
        and _XY_WORD.search(code) is not None
    )


def _code(line: str) -> str:
    """Return the line without a trailing comment."""
    return line.split(";", 1)[0] if ";" in line else line


class _StartScan:
    """State of the head scan (see ``start_facts``)."""

    def __init__(self) -> None:
        self.facts = StartFacts()
        self.in_layers = False
        self.layer = -1
        self.absolute = True
        self.z: float | None = None
        self.extruded = False
        self.first_extrusion_z: float | None = None

    def comment(self, line: str) -> bool:
        """Read a comment line; return False when the scan can stop."""
        facts = self.facts
        if line.startswith(";LAYER_COUNT:"):
            facts.layer_count = to_int(line[13:])
        elif line.startswith(";LAYER:"):
            layer_no = to_int(line[7:])
            self.layer = layer_no if layer_no is not None else self.layer
        elif line.startswith(";HEIGHT:") and self.layer >= 0:
            height = to_float(line[8:])
            if height is not None:
                facts.layer_heights.setdefault(self.layer, height)
                if self.layer >= 1:
                    return False
        elif line.startswith(";Z:") and self.in_layers and facts.first_layer_z is None:
            facts.first_layer_z = to_float(line[3:])
        elif line.startswith("; BEGIN_LAYER_") and not self.in_layers:
            kiss = _KISS_LAYER_BEGIN.match(line)
            if kiss is not None:
                facts.marked_first_layer = to_float(kiss.group(2) or kiss.group(1))
        if _is_layer_marker(line):
            if (
                self.in_layers
                and facts.first_layer_z is not None
                and (self.layer < 0 or self.layer >= 2)
            ):
                return False
            self.in_layers = True
        return True

    def track_z(self, line: str) -> None:
        """Follow the positioning mode and Z only (cheap: most lines have neither)."""
        if line[1:3] in ("90", "91"):
            self.absolute = line[1:3] == "90"
        elif self.absolute and ("Z" in line or "z" in line):
            code = _code(line)
            if _command(code) in _MOVES and (new_z := _move_z(code)) is not None:
                self.z = new_z

    def move(self, line: str) -> None:
        """Read a G line: Z, positioning mode, first extrusion."""
        code = _code(line)
        command = _command(code)
        if command in ("G90", "G91"):
            self.absolute = command == "G90"
            return
        if command not in _MOVES:
            return
        if self.absolute and (new_z := _move_z(code)) is not None:
            self.z = new_z
        if _extrudes(code):
            if self.in_layers:
                self.facts.first_layer_z = self.z
            elif not self.extruded:
                self.extruded = True
                self.first_extrusion_z = self.z


def start_facts(lines: list[str]) -> StartFacts:
    """
    Read start G-code temperatures, Cura's layer count and the first layer's height.

    Temperatures: the last non-zero ``M104/M109`` (tool 0) and ``M140/M190`` value, or a
    Klipper macro's ``EXTRUDER_TEMP=``/``BED_TEMP=`` parameter, before the first layer marker.
    First layer height: the first ``;Z:`` marker, else the Z of the first extruding move, after
    the first layer marker (before it, moves are purge lines); without any layer marker, the Z
    of the first extruding move.
    """
    state = _StartScan()
    facts = state.facts
    for raw_line in lines:
        line = raw_line.strip() if raw_line[:1] in (" ", "\t") else raw_line
        if not line:
            continue
        first = line[0]
        if first == ";":
            if not state.comment(line):
                break
        elif state.in_layers and facts.first_layer_z is not None:
            continue  # only comments (layer heights, markers) matter from here on
        elif first in "Gg":
            if not state.in_layers and state.extruded:
                state.track_z(line)
            else:
                state.move(line)
        elif not state.in_layers:
            code = _code(line)
            _start_temperature(_command(code), code, facts)
    if facts.first_layer_z is None and not state.in_layers:
        facts.first_layer_z = state.first_extrusion_z
    return facts


def _start_temperature(head: str, code: str, facts: StartFacts) -> None:
    if head in ("M104", "M109", "M140", "M190"):
        words = _words(code)
        if words.get("T", 0) != 0:
            return
        value = words.get("S", words.get("R"))
        if value is None or value <= 0:
            return
        if head in ("M104", "M109"):
            facts.nozzle_temp = value
        else:
            facts.bed_temp = value
        return
    if head and head[0] not in "GMT":
        nozzle = _MACRO_NOZZLE.search(code)
        if nozzle is not None and float(nozzle.group(1)) > 0:
            facts.nozzle_temp = float(nozzle.group(1))
        bed = _MACRO_BED.search(code)
        if bed is not None and float(bed.group(1)) > 0:
            facts.bed_temp = float(bed.group(1))


def end_facts(lines: list[str]) -> EndFacts:
    """
    Read the height of the last layer from the tail's toolpath.

    ``top_z_marker``: the highest layer comment (``;Z:`` from PrusaSlicer/OrcaSlicer,
    ``; layer N, Z = …`` from Simplify3D, ``; END_LAYER_OBJECT z=…`` from KISSlicer).
    ``max_extrusion_z``: the highest Z at which an extruding move (X/Y with E > 0) runs, in
    absolute positioning, after the first layer marker when there is one (before it: purge
    lines); end-G-code lifts do not extrude, so they do not count.
    """
    facts = EndFacts()
    absolute = True
    z: float | None = None
    in_layers = False
    before_layers: float | None = None
    for raw_line in lines:
        line = raw_line.strip() if raw_line[:1] in (" ", "\t") else raw_line
        if not line:
            continue
        first = line[0]
        if first == ";":
            if not in_layers and _is_layer_marker(line):
                in_layers = True
                before_layers, facts.max_extrusion_z = facts.max_extrusion_z, None
            marker: float | None = None
            if line.startswith(";Z:"):
                marker = to_float(line[3:])
            elif line.startswith("; layer "):
                found = _S3D_LAYER.match(line)
                marker = to_float(found.group(1)) if found else None
            elif line.startswith("; END_LAYER_OBJECT"):
                found = _KISS_LAYER_END.match(line)
                marker = to_float(found.group(1)) if found else None
            if marker is not None and (
                facts.top_z_marker is None or marker > facts.top_z_marker
            ):
                facts.top_z_marker = marker
            continue
        if first not in "Gg":
            continue
        code = _code(line)
        if z is None and not facts.extrudes_at_unknown_z and _extrudes(code):
            facts.extrudes_at_unknown_z = _command(code) in _MOVES
        if absolute and (new_z := _move_z(code)) is not None:
            command = _command(code)
            if command in _MOVES:
                z = new_z
        # Only a move above the highest extrusion so far can raise it: check those.
        if (
            z is not None
            and (facts.max_extrusion_z is None or z > facts.max_extrusion_z)
            and _command(code) in _MOVES
            and _extrudes(code)
        ):
            facts.max_extrusion_z = z
        elif code[1:3] in ("90", "91") or code[1:4] in ("090", "091"):
            command = _command(code)
            if command in ("G90", "G91"):
                absolute = command == "G90"
    if not in_layers:
        return facts
    if facts.max_extrusion_z is None:
        facts.max_extrusion_z = before_layers
    return facts
