"""
G-code slicer metadata: what a print file says about the print (HA-free).

``parse_head_tail`` / ``parse_file`` read only the first and last bytes of a file (``HEAD_BYTES``,
``TAIL_BYTES``) and return a ``GcodeMetadata`` whose ``to_details()`` is a ``job_details`` row
(docs/contracts.md). ``fetch_head_tail`` reads those bytes from Moonraker with range requests.
"""

from __future__ import annotations

from .model import DETAIL_KEYS, GcodeMetadata, Thumbnail
from .parser import (
    HEAD_BYTES,
    MAX_WINDOW_BYTES,
    TAIL_BYTES,
    parse_file,
    parse_head_tail,
)
from .remote import (
    GcodeAuthError,
    GcodeFetchError,
    GcodeFileNotFoundError,
    fetch_head_tail,
    file_url,
)

__all__ = [
    "DETAIL_KEYS",
    "HEAD_BYTES",
    "MAX_WINDOW_BYTES",
    "TAIL_BYTES",
    "GcodeAuthError",
    "GcodeFetchError",
    "GcodeFileNotFoundError",
    "GcodeMetadata",
    "Thumbnail",
    "fetch_head_tail",
    "file_url",
    "parse_file",
    "parse_head_tail",
]
