"""Enumerations shared by the store, the tracker and the Home Assistant glue."""

from __future__ import annotations

from enum import StrEnum
from typing import Final


class JobStatus(StrEnum):
    """How a job ended (or that it is still running); the values are Moonraker's history statuses."""

    IN_PROGRESS = "in_progress"
    COMPLETED = "completed"
    CANCELLED = "cancelled"
    ERROR = "error"
    KLIPPY_SHUTDOWN = "klippy_shutdown"
    KLIPPY_DISCONNECT = "klippy_disconnect"
    INTERRUPTED = "interrupted"
    SERVER_EXIT = "server_exit"


class JobEventType(StrEnum):
    """An entry of a job's timeline."""

    STARTED = "started"
    PAUSED = "paused"
    RESUMED = "resumed"
    FINISHED = "finished"
    CANCELLED = "cancelled"
    ERROR = "error"
    DISCONNECTED = "disconnected"
    RECONNECTED = "reconnected"


class JobSource(StrEnum):
    """Where a job record came from."""

    LIVE = "live"
    IMPORT = "import"
    MANUAL = "manual"


# Why a job failed: the fixed list offered by the panel, the update_job action and the phone's
# notification; anything else a person typed counts as "other" in the analytics.
FAILURE_REASONS: Final[tuple[str, ...]] = (
    "spaghetti",
    "bed_adhesion",
    "clog",
    "layer_shift",
    "filament_runout",
    "cancelled_on_purpose",
    "other",
)
