"""
G-code slicer metadata: what a print file says about the print (HA-free).

``parse_head_tail`` / ``parse_file`` read only the first and last bytes of a file (``HEAD_BYTES``,
``TAIL_BYTES``) and return a ``GcodeMetadata`` whose ``to_details()`` is a ``job_details`` row
(docs/contracts.md). ``fetch_head_tail`` reads those bytes from Moonraker with range requests.

Importing the package imports neither Home Assistant nor aiohttp: the fetching half (``remote``,
aiohttp) is imported on first use of its names, so ``python -m custom_components.print_logger.gcode``
starts in a fraction of a second.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from .model import DETAIL_KEYS, GcodeMetadata, Thumbnail
from .parser import (
    HEAD_BYTES,
    MAX_WINDOW_BYTES,
    TAIL_BYTES,
    parse_file,
    parse_head_tail,
)

if TYPE_CHECKING:
    from .remote import (
        GcodeAuthError,
        GcodeFetchError,
        GcodeFileNotFoundError,
        fetch_head_tail,
        file_url,
    )

_REMOTE = frozenset(
    {
        "GcodeAuthError",
        "GcodeFetchError",
        "GcodeFileNotFoundError",
        "fetch_head_tail",
        "file_url",
    }
)


def __getattr__(name: str) -> Any:
    """Import the Moonraker fetching names (and aiohttp) on first use."""
    if name not in _REMOTE:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    from . import remote

    return getattr(remote, name)


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
