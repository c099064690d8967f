"""
PrusaSlicer's binary G-code (``.bgcode``): the metadata and thumbnail blocks at its start.

A ``.bgcode`` keeps all its metadata in blocks at the start of the file (libbgcode
``doc/specifications.md``), so the head is enough once it reaches the first G-code block
(``bgcode_metadata_cut`` says when it does not: large previews can push the metadata past the head
window).
"""

from __future__ import annotations

from dataclasses import dataclass
import struct
import zlib

from . import thumbnails
from .archive import unsupported
from .model import GcodeMetadata, Thumbnail
from .normalise import build
from .scan import Scan

BGCODE_MAGIC = b"GCDE"
_BGCODE_BLOCKS = {0: "file", 2: "slicer", 3: "printer", 4: "print"}
_BGCODE_THUMB_FORMATS = {0: "png", 1: "jpg", 2: "qoi"}


@dataclass(frozen=True, slots=True)
class _BgcodeBlock:
    """The header of one ``.bgcode`` block: where its parts are and how big they are."""

    type: int
    compression: int
    usize: int
    """Size of the content once decompressed."""
    params_start: int
    params_size: int
    payload_size: int
    """Size of the payload as stored (compressed size when compressed)."""
    end: int
    """Offset just past the block (its checksum included): the next block's header."""

    @property
    def payload_start(self) -> int:
        """Offset of the payload, right after the parameters."""
        return self.params_start + self.params_size


def _bgcode_checksum_size(data: bytes) -> int:
    """Return the size of each block's checksum, from the file header (10 bytes at the start)."""
    (checksum_type,) = struct.unpack_from("<H", data, 8)
    return 4 if checksum_type == 1 else 0


def _bgcode_block(data: bytes, pos: int, checksum_size: int) -> _BgcodeBlock | None:
    """Return the block whose header starts at ``pos``; None when the header is not all in."""
    if pos + 8 > len(data):
        return None
    block_type, compression, usize = struct.unpack_from("<HHI", data, pos)
    header_size = 8
    csize = usize
    if compression != 0:
        if pos + 12 > len(data):
            return None
        (csize,) = struct.unpack_from("<I", data, pos + 8)
        header_size = 12
    params_size = 6 if block_type == 5 else 2
    params_start = pos + header_size
    return _BgcodeBlock(
        type=block_type,
        compression=compression,
        usize=usize,
        params_start=params_start,
        params_size=params_size,
        payload_size=csize,
        end=params_start + params_size + csize + checksum_size,
    )


def bgcode_metadata_cut(data: bytes) -> bool:
    """
    Return True while the metadata blocks at the start of a ``.bgcode`` file are not all in ``data``.

    They are the blocks before the first G-code block (type 1): file, printer and print metadata,
    thumbnails, slicer metadata. Once that block's header is in ``data`` (or a block of a kind
    ``parse_bgcode`` stops at), reading more bytes adds nothing.
    """
    if len(data) < 10:
        return True
    checksum_size = _bgcode_checksum_size(data)
    pos = 10
    while (block := _bgcode_block(data, pos, checksum_size)) is not None:
        if block.type == 1 or (block.type != 5 and block.type not in _BGCODE_BLOCKS):
            return False
        pos = block.end
    return True


def parse_bgcode(data: bytes, file_size: int | None) -> GcodeMetadata:
    """Parse the metadata and thumbnail blocks at the start of a ``.bgcode`` file."""
    if len(data) < 10 or not data.startswith(BGCODE_MAGIC):
        return unsupported("not a binary G-code file", file_size=file_size)
    (version,) = struct.unpack_from("<I", data, 4)
    checksum_size = _bgcode_checksum_size(data)
    pos = 10
    blocks: dict[str, list[tuple[str, str]]] = {}
    thumbs: list[Thumbnail] = []
    problems: list[str] = []
    while (block := _bgcode_block(data, pos, checksum_size)) is not None:
        if block.type == 1:  # the G-code blocks start: no metadata after this
            break
        block_type, compression, usize = block.type, block.compression, block.usize
        params = data[block.params_start : block.payload_start]
        payload = data[block.payload_start : block.payload_start + block.payload_size]
        pos = block.end
        if len(payload) < block.payload_size or len(params) < block.params_size:
            problems.append("metadata continues past the bytes read")
            break
        content = _bgcode_payload(compression, payload, usize)
        if content is None:
            problems.append(f"block compression {compression} is not supported")
            continue
        if block_type == 5:
            fmt_code, _width, _height = struct.unpack("<HHH", params)
            thumb = thumbnails.from_bytes(_BGCODE_THUMB_FORMATS.get(fmt_code), content)
            if thumb is not None:
                thumbs.append(thumb)
        elif block_type in _BGCODE_BLOCKS:
            (encoding,) = struct.unpack("<H", params)
            if encoding != 0:
                problems.append(f"metadata encoding {encoding} is not supported")
                continue
            text = content.decode("utf-8", errors="replace")
            pairs = [
                (key.strip(), value.strip())
                for key, sep, value in (
                    line.partition("=") for line in text.split("\n")
                )
                if sep and key.strip()
            ]
            blocks.setdefault(_BGCODE_BLOCKS[block_type], []).extend(pairs)
        else:
            problems.append(f"unknown block type {block_type}")
            break
    if not blocks:
        reason = "; ".join(problems) or "no metadata blocks"
        return unsupported(
            f"binary G-code (.bgcode, version {version}): {reason}", file_size=file_size
        )
    result = Scan()
    for name in ("file", "printer", "print", "slicer"):
        result.pairs.extend(blocks.get(name, []))
    result.thumbnails = thumbs
    producer = dict(blocks.get("file", [])).get("Producer", "")
    slicer, _, version_text = producer.strip().rpartition(" ")
    identity = (slicer or version_text or None, version_text if slicer else None)
    meta = build(result, file_size=file_size, identity=identity)
    return meta.with_changes(error="; ".join(problems) if problems else None)


def _bgcode_payload(compression: int, payload: bytes, usize: int) -> bytes | None:
    if compression == 0:
        return payload
    if compression == 1:
        try:
            decompressor = zlib.decompressobj()
            content = decompressor.decompress(payload, usize + 1)
        except zlib.error:
            return None
        return content[:usize]
    return (
        None  # 2, 3: heatshrink (PrusaSlicer uses it for G-code blocks, not metadata)
    )
