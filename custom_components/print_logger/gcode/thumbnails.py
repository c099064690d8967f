"""
Embedded preview images: base64 comment blocks (PNG, JPG, QOI) and their decoding.

Block spellings seen in real files:

* ``; thumbnail begin 300x300 12345`` … ``; thumbnail end`` (PrusaSlicer, OrcaSlicer, Cura plugins;
  ``WxH`` then the base64 length),
* ``; thumbnail_JPG begin …`` / ``; thumbnail_QOI begin …`` … ``; thumbnail_QOI end`` (PrusaSlicer),
* ``; thumbnail begin 300 300 32044`` (Creality Print 4: width and height separated by a space),
* ``; png begin 300*300 24031 1 298 192`` … ``; png end`` (Creality printers' own previews).
"""

from __future__ import annotations

import binascii
from collections.abc import Iterable
import re
import struct

from .model import Thumbnail

_BEGIN = re.compile(
    r"^;\s*(thumbnail(?:_([A-Za-z]+))?|png|jpe?g|qoi)\s+begin\s+(\d{1,5})\s*[x*X ]\s*(\d{1,5})\b"
)
_END = re.compile(r"^;\s*(?:thumbnail(?:_[A-Za-z]+)?|png|jpe?g|qoi)\s+end\b")
_LABEL_FORMATS = {"png": "png", "jpg": "jpg", "jpeg": "jpg", "qoi": "qoi"}
_PNG_MAGIC = b"\x89PNG\r\n\x1a\n"
_MAX_DIMENSION = 20000


def begin(line: str) -> tuple[str, int, int] | None:
    """Return (format label, width, height) when ``line`` opens a thumbnail block."""
    match = _BEGIN.match(line)
    if match is None:
        return None
    tag, suffix, width, height = match.groups()
    label = (suffix or ("png" if tag.lower() == "thumbnail" else tag)).lower()
    return _LABEL_FORMATS.get(label, label), int(width), int(height)


def is_end(line: str) -> bool:
    """Return True when ``line`` closes a thumbnail block."""
    return _END.match(line) is not None


def image_format(data: bytes) -> str | None:
    """Return ``png``, ``jpg`` or ``qoi`` from the image's magic bytes, or None."""
    if data.startswith(_PNG_MAGIC):
        return "png"
    if data.startswith(b"\xff\xd8\xff"):
        return "jpg"
    if data.startswith(b"qoif"):
        return "qoi"
    return None


def image_size(data: bytes) -> tuple[int, int] | None:
    """Return (width, height) read from a PNG, QOI or JPEG header, or None."""
    fmt = image_format(data)
    if fmt == "png" and len(data) >= 24 and data[12:16] == b"IHDR":
        width, height = struct.unpack(">II", data[16:24])
        return int(width), int(height)
    if fmt == "qoi" and len(data) >= 12:
        width, height = struct.unpack(">II", data[4:12])
        return int(width), int(height)
    if fmt == "jpg":
        return _jpeg_size(data)
    return None


def _jpeg_size(data: bytes) -> tuple[int, int] | None:
    """Walk JPEG segments to the first start-of-frame marker and read its size."""
    index = 2
    length = len(data)
    while index + 9 < length:
        if data[index] != 0xFF:
            return None
        marker = data[index + 1]
        if marker in (0xD8, 0x01) or 0xD0 <= marker <= 0xD7:
            index += 2
            continue
        segment = int.from_bytes(data[index + 2 : index + 4], "big")
        if 0xC0 <= marker <= 0xCF and marker not in (0xC4, 0xC8, 0xCC):
            height = int.from_bytes(data[index + 5 : index + 7], "big")
            width = int.from_bytes(data[index + 7 : index + 9], "big")
            return width, height
        if segment < 2:
            return None
        index += 2 + segment
    return None


def decode(label: str, chunks: Iterable[str]) -> Thumbnail | None:
    """
    Decode the base64 lines of one block; None when the data is not a readable image.

    The image's own header gives format and size (it agrees with the block's comment in every
    sample); a truncated or mislabelled block is dropped rather than trusted.
    """
    text = "".join(chunks)
    try:
        data = binascii.a2b_base64(text)
    except ValueError:  # binascii.Error: bad padding or characters
        return None
    return from_bytes(label, data)


def from_bytes(label: str | None, data: bytes) -> Thumbnail | None:
    """
    Return a Thumbnail for raw image bytes when they are a PNG, JPG or QOI image.

    ``label`` is the format the file claims (None: any); the size is read from the image.
    """
    fmt = image_format(data)
    if fmt is None:
        return None
    if label is not None and label in _LABEL_FORMATS.values() and label != fmt:
        return None
    size = image_size(data)
    if size is None or not (
        0 < size[0] <= _MAX_DIMENSION and 0 < size[1] <= _MAX_DIMENSION
    ):
        return None  # cut before its header's size fields: not a readable image
    return Thumbnail(format=fmt, width=size[0], height=size[1], data=data)


def largest(thumbnails: Iterable[Thumbnail]) -> Thumbnail | None:
    """Return the thumbnail with the most pixels (ties: more bytes, then the first one)."""
    best: Thumbnail | None = None
    for thumb in thumbnails:
        if best is None or (thumb.width * thumb.height, len(thumb.data)) > (
            best.width * best.height,
            len(best.data),
        ):
            best = thumb
    return best


def chunk_of(line: str) -> str:
    """Return the base64 text of one comment line inside a thumbnail block."""
    return line.lstrip().lstrip(";").strip()
