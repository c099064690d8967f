"""Enumerations shared by the store, the tracker and the Home Assistant glue."""

from __future__ import annotations

from enum import StrEnum


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
