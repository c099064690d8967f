"""
Print Logger: log every Klipper print job through Moonraker, and analyse the history.

The entry points Home Assistant looks up on this package (``CONFIG_SCHEMA``, ``async_setup``,
``async_setup_entry``, ``async_unload_entry``, ``async_remove_entry``) live in ``lifecycle.py``.
Home Assistant's loader imports this package in its import executor with Home Assistant already
loaded: they are then imported right here, so nothing is imported later in the event loop.
Imported without Home Assistant (the G-code tool ``python -m custom_components.print_logger.gcode``,
the HA-free core packages), the package imports nothing of Home Assistant; the names are still
there, imported on first use.
"""

from __future__ import annotations

import sys
from typing import TYPE_CHECKING, Any

_ENTRY_POINTS = frozenset(
    {
        "CONFIG_SCHEMA",
        "FARM_PLATFORMS",
        "PLATFORMS",
        "async_remove_entry",
        "async_setup",
        "async_setup_entry",
        "async_unload_entry",
    }
)

if TYPE_CHECKING or "homeassistant.core" in sys.modules:
    from .lifecycle import (
        CONFIG_SCHEMA as CONFIG_SCHEMA,
        FARM_PLATFORMS as FARM_PLATFORMS,
        PLATFORMS as PLATFORMS,
        async_remove_entry as async_remove_entry,
        async_setup as async_setup,
        async_setup_entry as async_setup_entry,
        async_unload_entry as async_unload_entry,
    )


def __getattr__(name: str) -> Any:
    """Import the Home Assistant entry points on first use (the package was imported without HA)."""
    if name not in _ENTRY_POINTS:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    # Imported here on purpose: only when something asks for an entry point.
    from . import lifecycle

    return getattr(lifecycle, name)
