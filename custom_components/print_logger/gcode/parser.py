"""
Entry points: parse a print file from its head and tail bytes, or from a local path.

Window sizes, measured on every real sample in tests/fixtures/gcode (SOURCES.md): the metadata
before the first G-code command ends at most 103,490 bytes into a file (OrcaSlicer K1C file with
Creality's three preview images in front; Creality Print 4: 77,169; Bambu Studio's top config
block for 12 filaments: 46,858; every other sample under 21 KB), and the metadata after the last
command spans at most 46,167 bytes (ideaMaker's recovery blob + footer; OrcaSlicer summary and
config block: 17–24 KB, PrusaSlicer: 7–16 KB, Cura ``;SETTING_3``: < 2 KB). ``HEAD_BYTES`` and
``TAIL_BYTES`` leave 2.5× and 4× that room (more filaments and bigger previews make these blocks
grow). When a block is still open at the edge of a window (a preview or config block longer than
that, or ``.bgcode`` previews that push its metadata blocks past the head), ``parse_file`` and
``fetch_head_tail`` read further, doubling up to ``MAX_WINDOW_BYTES``.
"""

from __future__ import annotations

import logging
import os
import re

from .archive import (
    ZIP_MAGIC,
    FileSource,
    WindowSource,
    parse_3mf,
    plate_from_name,
    unsupported,
)
from .bgcode import BGCODE_MAGIC, bgcode_metadata_cut, parse_bgcode
from .model import GcodeMetadata
from .normalise import build
from .scan import scan

_LOGGER = logging.getLogger(__name__)

HEAD_BYTES = 256 * 1024
TAIL_BYTES = 192 * 1024
MAX_WINDOW_BYTES = 4 * 1024 * 1024

_PAIRED_MARKERS = (
    (b"; CONFIG_BLOCK_START", b"; CONFIG_BLOCK_END"),
    (b"; HEADER_BLOCK_START", b"; HEADER_BLOCK_END"),
    (b"; THUMBNAIL_BLOCK_START", b"; THUMBNAIL_BLOCK_END"),
)
_THUMB_BEGIN = re.compile(rb"; ?(?:thumbnail(?:_[A-Za-z]+)?|png|jpe?g|qoi) begin")
_THUMB_END = re.compile(rb"; ?(?:thumbnail(?:_[A-Za-z]+)?|png|jpe?g|qoi) end")
_CONFIG_BEGIN = re.compile(rb"_config = begin")
_CONFIG_END = re.compile(rb"_config = end")
# A layer comment that gives the Z (end_facts reads these): ";Z:1.2", "; layer 5, Z = 1.2",
# "; END_LAYER_OBJECT z=1.2".
_Z_MARKER = re.compile(rb"\n(?:;Z:|; layer \d+, Z = |; END_LAYER_OBJECT z=)")
# The object's height stated as such (normalise reads these before any toolpath): Orca/Bambu
# "; max_z_height: 18.00", PrusaSlicer "; max_layer_z = 6.20", Cura ";MAXZ:0.97", Griffin
# ";PRINT.SIZE.MAX.Z:20". Anchored: PrusaSlicer's end G-code template mentions max_layer_z too.
# A move that sets Z; a move that extrudes (X or Y, and E above 0).
_Z_MOVE = re.compile(rb"G[01][ \t][^\n;]*?Z[-+]?[.\d]")
_EXTRUSION = re.compile(rb"\nG[0-3][ \t][^\n;]*?[XY][^\n;]*?E\+?0*\.?0*[1-9]")
_HEIGHT_STATED = re.compile(
    rb"\n; ?(?:max_z_height|max_layer_z|MAXZ|PRINT\.SIZE\.MAX\.Z) ?[:=] ?\d"
)


def _last(pattern: re.Pattern[bytes], data: bytes) -> int:
    position = -1
    for match in pattern.finditer(data):
        position = match.start()
    return position


def head_is_cut(head: bytes) -> bool:
    """
    Return True when a metadata block opened in ``head`` does not close in it.

    A ``.bgcode`` head is cut until it reaches the first G-code block (all its metadata comes
    before). A ``.gcode.3mf`` head never is: its window sizes are fixed (``parse_3mf``).
    """
    if head.startswith(BGCODE_MAGIC):
        return bgcode_metadata_cut(head)
    if head.startswith(ZIP_MAGIC):
        return False
    for start, end in _PAIRED_MARKERS:
        if head.rfind(start) > head.rfind(end):
            return True
    return _last(_THUMB_BEGIN, head) > _last(_THUMB_END, head)


def tail_is_cut(tail: bytes, head: bytes = b"") -> bool:
    """
    Return True when ``tail`` misses the start of what it holds the end of.

    A config block whose end is there but not its start; or a last layer longer than the tail
    (a full plate easily writes more than 175 KB after its last Z change): the tail extrudes but
    never says at which height, and the file (``head`` or ``tail``) does not state the object's
    height either, so it would be lost.
    """
    end = tail.find(b"; CONFIG_BLOCK_END")
    if end >= 0 and tail.find(b"; CONFIG_BLOCK_START") < 0:
        return True
    if _CONFIG_END.search(tail) and not _CONFIG_BEGIN.search(tail):
        return True
    setting = tail.find(b";SETTING_3 ")
    if setting >= 0 and not tail.startswith(b'{"', setting + 11):
        return True
    return _height_is_cut(tail, head)


def _height_is_cut(tail: bytes, head: bytes) -> bool:
    """
    Return True when the tail's toolpath extrudes but no move in it sets Z before it does.

    Byte searches that stop at the first hit (a normal tail has a Z move within a few lines), not
    a read of the whole toolpath: ``scan.end_facts`` reads it once, later, for the height itself.
    """
    if not tail or _Z_MARKER.search(tail):
        return False
    if _HEIGHT_STATED.search(head) or _HEIGHT_STATED.search(tail):
        return False
    z_move = _first_z_move(tail)
    if z_move < 0:
        return _EXTRUSION.search(tail) is not None
    return _EXTRUSION.search(tail, z_move) is None


def _first_z_move(data: bytes) -> int:
    """Return the offset of the first G0/G1 line with a Z word, or -1 (``find``, not a regex scan)."""
    position = data.find(b"Z")
    while position >= 0:
        start = data.rfind(b"\n", 0, position) + 1
        end = data.find(b"\n", position)
        if _Z_MOVE.match(data, start, len(data) if end < 0 else end):
            return start
        position = data.find(b"Z", position + 1 if end < 0 else end)
    return -1


def parse_head_tail(
    head: bytes,
    tail: bytes,
    *,
    file_size: int | None = None,
    file_name: str | None = None,
) -> GcodeMetadata:
    """
    Parse a print file from its first and last bytes. Pure and synchronous; never raises.

    ``head`` starts at byte 0; ``tail`` ends at the last byte. They may overlap or be the same
    bytes (a small file); with ``file_size`` the overlap is exact, without it it is detected.
    Anything unreadable gives a result with what could be read (``supported=False`` and
    ``error`` set when the file is of a kind the parser cannot read). ``file_name`` (the path
    Moonraker printed) says which plate of a multi-plate ``.gcode.3mf`` was printed
    (``Cube_plate_2.gcode.3mf``).
    """
    try:
        if head.startswith(BGCODE_MAGIC):
            return parse_bgcode(head, file_size)
        if head.startswith(ZIP_MAGIC):
            source = WindowSource(head=head, tail=tail, size=file_size)
            return parse_3mf(
                source, HEAD_BYTES, TAIL_BYTES, plate=plate_from_name(file_name)
            )
        return build(scan(head, tail, file_size), file_size=file_size)
    except Exception as err:  # the documented contract is "never raises"
        # A bug, not bad input: every known malformation is handled above. Report it in the
        # result (and the log) instead of failing the caller's job bookkeeping.
        _LOGGER.exception("Internal error parsing G-code metadata")
        return unsupported(f"internal parser error: {err!r}", file_size=file_size)


def parse_file(path: str | os.PathLike[str]) -> GcodeMetadata:
    """
    Parse a local print file (``.gcode``, ``.gcode.3mf``, ``.bgcode``), reading head and tail.

    A multi-plate ``.gcode.3mf`` is read for the plate its name gives (``parse_3mf``).

    Blocking: call it from an executor. Raises ``OSError`` when the file cannot be read.
    """
    with open(path, "rb") as file:
        size = os.fstat(file.fileno()).st_size
        magic = file.read(4)
        if magic == ZIP_MAGIC:
            try:
                return parse_3mf(
                    FileSource(file=file, size=size),
                    HEAD_BYTES,
                    TAIL_BYTES,
                    plate=plate_from_name(os.fspath(path)),
                )
            except Exception as err:  # same contract as parse_head_tail
                _LOGGER.exception("Internal error parsing %s", path)
                return unsupported(f"internal parser error: {err!r}", file_size=size)
        # A .bgcode file keeps all its metadata at the start (the head grows until it is all in):
        # its tail holds none, and must not stand in for the head's missing bytes below.
        head_size = HEAD_BYTES
        tail_size = 0 if magic == BGCODE_MAGIC else TAIL_BYTES
        while True:
            file.seek(0)
            head = file.read(min(head_size, size))
            tail = b""
            if size > head_size:
                tail_len = min(tail_size, size - head_size)
                file.seek(size - tail_len)
                tail = file.read(tail_len)
            if len(head) + len(tail) >= size:
                break
            grow_head = head_is_cut(head) and head_size < MAX_WINDOW_BYTES
            grow_tail = tail_is_cut(tail, head) and tail_size < MAX_WINDOW_BYTES
            if not (grow_head or grow_tail):
                break
            head_size *= 2 if grow_head else 1
            tail_size *= 2 if grow_tail else 1
    return parse_head_tail(head, tail, file_size=size)
