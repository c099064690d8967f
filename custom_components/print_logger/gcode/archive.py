"""
The ``.gcode.3mf`` container (Bambu Studio/OrcaSlicer), and the byte sources containers are read from.

A container is read through a *source* that can only return some byte ranges: the whole local file,
or just the head and tail windows fetched from Moonraker. A ``.gcode.3mf`` is a zip: its central
directory (in the tail) locates ``Metadata/plate_N.gcode`` and ``Metadata/slice_info.config``; the
plate G-code is inflated as far as the available bytes go (with only the head window that is the
start of the plate, which is where Bambu Studio writes its whole config). PrusaSlicer's binary
``.bgcode`` is read by ``bgcode.py``.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
import re
import struct
from typing import BinaryIO, Protocol
import zlib

from . import thumbnails
from .model import GcodeMetadata, Thumbnail
from .normalise import build
from .scan import scan
from .values import to_float

ZIP_MAGIC = b"PK\x03\x04"
_EOCD = b"PK\x05\x06"
_EOCD64_LOCATOR = b"PK\x06\x07"
_CENTRAL = b"PK\x01\x02"
_PLATE = re.compile(r"Metadata/plate_(\d+)\.gcode")
_PLATE_IN_NAME = re.compile(
    r"(?:^|[^A-Za-z0-9])plate[_ -]?(\d{1,4})(?!\d)", re.IGNORECASE
)
# What every plate of an archive shares: the project's printer, profiles and settings.
_PLATE_INDEPENDENT = (
    "slicer",
    "slicer_version",
    "layer_height",
    "first_layer_height",
    "nozzle_diameter",
    "infill_density",
    "infill_pattern",
    "wall_count",
    "top_layers",
    "bottom_layers",
    "supports_enabled",
    "support_type",
    "brim_width",
    "skirt_loops",
    "speeds",
    "printer_model",
    "print_profile",
    "printer_profile",
)
_SLICE_INFO = "Metadata/slice_info.config"
_CHUNK = 1 << 20
_MAX_CENTRAL_DIRECTORY = 8 << 20
_XML_TAG = re.compile(r"<(metadata|filament|header_item|plate|/plate)\b([^>]*)>")
_XML_ATTR = re.compile(r'([\w:-]+)\s*=\s*"([^"]*)"')


class Source(Protocol):
    """Random access to the bytes of a file, where available."""

    size: int | None

    def read(self, offset: int, length: int) -> bytes:
        """Return up to ``length`` available bytes at ``offset`` (short or empty if not held)."""
        ...


@dataclass(slots=True)
class WindowSource:
    """The head and tail windows of a file (as fetched by HTTP range requests)."""

    head: bytes
    tail: bytes
    size: int | None

    def read(self, offset: int, length: int) -> bytes:
        """Return the bytes held for [offset, offset + length), stopping at the first gap."""
        if offset < 0 or length <= 0:
            return b""
        if offset < len(self.head):
            return self.head[offset : offset + length]
        if self.size is not None:
            tail_start = self.size - len(self.tail)
            if tail_start <= offset < self.size:
                return self.tail[offset - tail_start : offset - tail_start + length]
        return b""


@dataclass(slots=True)
class FileSource:
    """A local file opened for reading."""

    file: BinaryIO
    size: int | None

    def read(self, offset: int, length: int) -> bytes:
        """Return up to ``length`` bytes at ``offset``."""
        if offset < 0 or length <= 0:
            return b""
        self.file.seek(offset)
        return self.file.read(length)


@dataclass(frozen=True, slots=True)
class _Member:
    name: str
    method: int
    compressed_size: int
    size: int
    header_offset: int


def unsupported(
    reason: str, *, slicer: str | None = None, file_size: int | None = None
) -> GcodeMetadata:
    """Return a result for a file the parser cannot read."""
    return GcodeMetadata(
        supported=False, error=reason, slicer=slicer, file_size=file_size
    )


# --- zip / .gcode.3mf ---------------------------------------------------------------------------


def _central_directory(source: Source) -> list[_Member] | None:
    """Return the zip's members, or None when its directory is not in the available bytes."""
    size = source.size
    if size is None or size < 22:
        return None
    search = min(size, 65536 + 22)
    end = source.read(size - search, search)
    if len(end) != search:
        return None
    pos = end.rfind(_EOCD)
    if pos < 0 or pos + 22 > len(end):
        return None
    _disk, _cd_disk, _disk_entries, entries, cd_size, cd_offset = struct.unpack_from(
        "<HHHHII", end, pos + 4
    )
    if 0xFFFFFFFF in (cd_size, cd_offset) or entries == 0xFFFF:
        locator = end.rfind(_EOCD64_LOCATOR, 0, pos)
        if locator < 0 or locator + 20 > len(end):
            return None
        (record_offset,) = struct.unpack_from("<Q", end, locator + 8)
        record = source.read(record_offset, 56)
        if len(record) < 56 or not record.startswith(b"PK\x06\x06"):
            return None
        entries, cd_size, cd_offset = struct.unpack_from("<QQQ", record, 32)
    if cd_size > _MAX_CENTRAL_DIRECTORY:
        return None
    directory = source.read(cd_offset, cd_size)
    if len(directory) != cd_size:
        return None
    return list(_members(directory, entries))


def _members(directory: bytes, entries: int) -> Iterator[_Member]:
    pos = 0
    for _ in range(entries):
        if directory[pos : pos + 4] != _CENTRAL or pos + 46 > len(directory):
            return
        (method, csize, usize, name_len, extra_len, comment_len, offset) = (
            struct.unpack_from("<xxxxxxxxxxHxxxxxxxxIIHHHxxxxxxxxI", directory, pos)
        )
        name_bytes = directory[pos + 46 : pos + 46 + name_len]
        extra = directory[pos + 46 + name_len : pos + 46 + name_len + extra_len]
        usize, csize, offset = _zip64(extra, usize, csize, offset)
        yield _Member(
            name=name_bytes.decode("utf-8", errors="replace"),
            method=method,
            compressed_size=csize,
            size=usize,
            header_offset=offset,
        )
        pos += 46 + name_len + extra_len + comment_len


def _zip64(extra: bytes, usize: int, csize: int, offset: int) -> tuple[int, int, int]:
    """Apply a zip64 extra field: 64-bit values replace the 0xFFFFFFFF placeholders in order."""
    pos = 0
    while pos + 4 <= len(extra):
        tag, length = struct.unpack_from("<HH", extra, pos)
        data = extra[pos + 4 : pos + 4 + length]
        if tag == 1:
            values = [
                v for (v,) in struct.iter_unpack("<Q", data[: len(data) // 8 * 8])
            ]
            if usize == 0xFFFFFFFF and values:
                usize = values.pop(0)
            if csize == 0xFFFFFFFF and values:
                csize = values.pop(0)
            if offset == 0xFFFFFFFF and values:
                offset = values.pop(0)
        pos += 4 + length
    return usize, csize, offset


def _member_data(source: Source, member: _Member) -> Iterator[bytes]:
    """Yield the member's compressed bytes in chunks, as far as the source holds them."""
    header = source.read(member.header_offset, 30)
    if len(header) < 30 or not header.startswith(ZIP_MAGIC):
        return
    name_len, extra_len = struct.unpack_from("<HH", header, 26)
    start = member.header_offset + 30 + name_len + extra_len
    remaining = member.compressed_size
    while remaining > 0:
        chunk = source.read(start, min(_CHUNK, remaining))
        if not chunk:
            return
        yield chunk
        start += len(chunk)
        remaining -= len(chunk)


def _inflate(
    source: Source, member: _Member, head_bytes: int, tail_bytes: int
) -> tuple[bytes, bytes, bool]:
    """
    Return (head, tail, complete) of the member's uncompressed content.

    Streams: memory stays within ``head_bytes + tail_bytes`` plus one chunk. ``complete`` is
    False when the available bytes ended before the member did (the tail is then empty).
    """
    head = bytearray()
    tail = bytearray()
    produced = 0
    decompressor: _Decompressor | None
    if member.method == 0:
        decompressor = None
    elif member.method == 8:
        decompressor = zlib.decompressobj(-15)
    else:
        return b"", b"", False
    for chunk in _member_data(source, member):
        pieces = (
            [chunk] if decompressor is None else _inflate_chunk(decompressor, chunk)
        )
        for piece in pieces:
            produced += len(piece)
            if len(head) < head_bytes:
                head += piece[: head_bytes - len(head)]
            tail += piece
            if len(tail) > 2 * tail_bytes:
                del tail[: len(tail) - tail_bytes]
    complete = produced >= member.size
    if not complete:
        return bytes(head), b"", False
    return bytes(head), bytes(tail[-tail_bytes:]) if tail_bytes else b"", True


class _Decompressor(Protocol):
    """The part of ``zlib.decompressobj()`` used here."""

    @property
    def unconsumed_tail(self) -> bytes:
        """Input not yet inflated because of ``max_length``."""
        ...

    def decompress(self, data: bytes, max_length: int = 0, /) -> bytes:
        """Inflate ``data``, producing at most ``max_length`` bytes."""
        ...


def _inflate_chunk(decompressor: _Decompressor, chunk: bytes) -> Iterator[bytes]:
    """Inflate one input chunk in bounded pieces (a zip bomb cannot blow up memory)."""
    data = chunk
    while True:
        try:
            piece = decompressor.decompress(data, _CHUNK)
        except zlib.error:
            return
        if piece:
            yield piece
        data = decompressor.unconsumed_tail
        if not data:
            return


def _slice_info(text: str, plate: int) -> dict[str, object]:
    """
    Read Bambu/Orca ``slice_info.config``: the plate's metadata and filaments (regex, no XML).

    The file is a flat, machine-written list of ``<metadata key=".." value=".."/>`` and
    ``<filament id=".." type=".." color=".." used_m=".." used_g=".."/>`` elements per ``<plate>``.
    """
    from html import unescape

    plates: list[tuple[dict[str, str], list[dict[str, str]]]] = []
    header: dict[str, str] = {}
    current: tuple[dict[str, str], list[dict[str, str]]] | None = None
    for tag, attributes in _XML_TAG.findall(text):
        attrs = {k: unescape(v) for k, v in _XML_ATTR.findall(attributes)}
        if tag == "plate":
            current = ({}, [])
            plates.append(current)
        elif tag == "/plate":
            current = None
        elif tag == "header_item" and "key" in attrs:
            header[attrs["key"]] = attrs.get("value", "")
        elif tag == "metadata" and current is not None and "key" in attrs:
            current[0][attrs["key"]] = attrs.get("value", "")
        elif tag == "filament" and current is not None:
            current[1].append(attrs)
    chosen = next((p for p in plates if p[0].get("index") == str(plate)), None)
    if chosen is None and plates:
        chosen = plates[0]
    return {
        "header": header,
        "metadata": chosen[0] if chosen else {},
        "filaments": chosen[1] if chosen else [],
    }


def plate_from_name(name: str | None) -> int | None:
    """
    Return the plate number a file name gives: ``Cube_plate_2.gcode.3mf`` -> 2.

    Bambu Studio and OrcaSlicer name an exported plate ``<project>_plate_<n>``; a path inside the
    archive (``…/Metadata/plate_2.gcode``) says it too. Only the file's own name counts, not its
    folders. None when the name names no plate.
    """
    if not name:
        return None
    found = _PLATE_IN_NAME.findall(name.replace("\\", "/").rsplit("/", 1)[-1])
    return int(found[-1]) if found else None


def parse_3mf(
    source: Source, head_bytes: int, tail_bytes: int, *, plate: int | None = None
) -> GcodeMetadata:
    """
    Parse a ``.gcode.3mf``: the printed plate's G-code plus ``slice_info.config``.

    The plate printed is ``plate`` (from the file name Moonraker printed, ``plate_from_name``)
    when the archive has it, else the archive's only plate. An archive of several plates and no
    plate named gives only what all its plates share (slicer, printer, profiles, settings) and
    says so in ``error``: never plate 1's time, filament and cost as if it were the one printed.
    """
    members = _central_directory(source)
    if members is None:
        return unsupported(
            "zip archive (.gcode.3mf?) whose directory is not in the bytes read",
            file_size=source.size,
        )
    by_name = {m.name: m for m in members}
    plates = dict(
        sorted(
            (int(match.group(1)), m)
            for m in members
            if (match := _PLATE.fullmatch(m.name)) is not None
        )
    )
    if not plates:
        return unsupported(
            "zip archive without Metadata/plate_N.gcode (a 3MF project, not sliced G-code)",
            file_size=source.size,
        )
    if plate in plates:
        plate_no = plate
    elif len(plates) == 1:
        plate_no = next(iter(plates))
    else:
        return _unknown_plate(source, plates, head_bytes, tail_bytes, plate)
    member = plates[plate_no]
    head, tail, _complete = _inflate(source, member, head_bytes, tail_bytes)
    result_scan = scan(head, tail, member.size)
    info: dict[str, object] = {}
    info_member = by_name.get(_SLICE_INFO)
    if info_member is not None and info_member.size <= _MAX_CENTRAL_DIRECTORY:
        text, _, complete = _inflate(source, info_member, info_member.size, 0)
        if complete:
            info = _slice_info(text.decode("utf-8", errors="replace"), plate_no)
    thumbs: list[Thumbnail] = []
    png = by_name.get(f"Metadata/plate_{plate_no}.png")
    if png is not None and png.size <= 16 << 20:
        data, _, complete = _inflate(source, png, png.size, 0)
        thumb = thumbnails.from_bytes(None, data) if complete else None
        if thumb is not None:
            thumbs.append(thumb)
    meta = build(result_scan, file_size=source.size, extra_thumbnails=thumbs)
    return _apply_slice_info(meta, info, plate_no, len(plates))


def _unknown_plate(
    source: Source,
    plates: dict[int, _Member],
    head_bytes: int,
    tail_bytes: int,
    named: int | None,
) -> GcodeMetadata:
    """Return what every plate of a multi-plate archive shares, when the printed one is unknown."""
    numbers = ", ".join(str(number) for number in plates)
    first = next(iter(plates.values()))
    head, tail, _complete = _inflate(source, first, head_bytes, tail_bytes)
    meta = build(scan(head, tail, first.size), file_size=source.size)
    shared = {key: getattr(meta, key) for key in _PLATE_INDEPENDENT}
    why = (
        f"the file name names plate {named}, which is not in it"
        if named is not None
        else "the file name names none"
    )
    return GcodeMetadata(
        file_size=source.size,
        error=(
            f"the archive holds plates {numbers} and {why}: the printed plate's time, "
            "filament, cost and preview are unknown"
        ),
        raw={"3mf.plates": str(len(plates)), "3mf.plate_numbers": numbers},
        **shared,
    )


def _apply_slice_info(
    meta: GcodeMetadata, info: dict[str, object], plate_no: int, plate_count: int
) -> GcodeMetadata:
    """Fill facts the plate G-code lacks from ``slice_info.config``; record it in ``raw``."""
    metadata = info.get("metadata")
    filaments = info.get("filaments")
    header = info.get("header")
    raw = dict(meta.raw)
    raw["3mf.plate"] = str(plate_no)
    raw["3mf.plates"] = str(plate_count)
    changes: dict[str, object] = {}
    if isinstance(header, dict):
        for key, value in header.items():
            raw[f"slice_info.{key}"] = str(value)
        version = header.get("X-BBL-Client-Version")
        if meta.slicer is None and version:
            changes["slicer"] = "BambuStudio"
            changes["slicer_version"] = str(version)
    if isinstance(metadata, dict):
        for key, value in metadata.items():
            raw[f"slice_info.{key}"] = str(value)
        if meta.estimated_time is None and (t := to_float(metadata.get("prediction"))):
            changes["estimated_time"] = t
        if meta.filament_used_g is None and (g := to_float(metadata.get("weight"))):
            changes["filament_used_g"] = g
        if meta.nozzle_diameter is None and (
            n := to_float(metadata.get("nozzle_diameters"))
        ):
            changes["nozzle_diameter"] = n
    if isinstance(filaments, list) and filaments:
        metres = [to_float(f.get("used_m")) for f in filaments]
        if meta.filament_used_mm is None and any(m is not None for m in metres):
            changes["filament_used_mm"] = round(sum(m or 0 for m in metres) * 1000, 6)
        if meta.filament_type is None:
            types = [f.get("type", "") for f in filaments if f.get("type")]
            changes["filament_type"] = ";".join(types) or None
        if meta.filament_colour is None:
            colours = [f.get("color", "") for f in filaments if f.get("color")]
            changes["filament_colour"] = ";".join(colours) or None
        for index, fil in enumerate(filaments):
            for key, value in fil.items():
                raw[f"slice_info.filament.{index + 1}.{key}"] = str(value)
    return meta.with_changes(raw=raw, **changes)


# --- PrusaSlicer binary G-code -------------------------------------------------------------------
