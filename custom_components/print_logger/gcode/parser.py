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
    BGCODE_MAGIC,
    ZIP_MAGIC,
    FileSource,
    WindowSource,
    bgcode_metadata_cut,
    parse_3mf,
    parse_bgcode,
    plate_from_name,
    unsupported,
)
from .model import GcodeMetadata
from .normalise import build
from .scan import decode, end_facts, scan

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


def tail_is_cut(tail: bytes) -> bool:
    """
    Return True when ``tail`` misses the start of what it holds the end of.

    A config block whose end is there but not its start; or a last layer longer than the tail
    (a full plate easily writes more than 175 KB after its last Z change): the tail extrudes but
    never says at which height, and the object's height would be lost.
    """
    end = tail.find(b"; CONFIG_BLOCK_END")
    if end >= 0 and tail.find(b"; CONFIG_BLOCK_START") < 0:
        return True
    if _CONFIG_END.search(tail) and not _CONFIG_BEGIN.search(tail):
        return True
    setting = tail.find(b";SETTING_3 ")
    if setting >= 0 and not tail.startswith(b'{"', setting + 11):
        return True
    return _height_is_cut(tail)


def _height_is_cut(tail: bytes) -> bool:
    """Return True when the tail's toolpath extrudes before any Z is known in it."""
    if not tail or _Z_MARKER.search(tail):
        return False
    lines = decode(tail).split("\n")[1:]  # the first line may be cut
    facts = end_facts(lines)
    return (
        facts.extrudes_at_unknown_z
        and facts.max_extrusion_z is None
        and facts.top_z_marker is None
    )


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
            grow_tail = tail_is_cut(tail) and tail_size < MAX_WINDOW_BYTES
            if not (grow_head or grow_tail):
                break
            head_size *= 2 if grow_head else 1
            tail_size *= 2 if grow_tail else 1
    return parse_head_tail(head, tail, file_size=size)
