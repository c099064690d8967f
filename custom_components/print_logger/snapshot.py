"""
What a printer's entities read: the coordinator's snapshot, and which of its values they show.

:func:`shown_values` tells the coordinator whether a new snapshot changes what entities show, and whether
the change is a state (written at once) or a live value (rate-limited).
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
import math
from typing import Any

from .moonraker.spoolman import SpoolFacts
from .tracking import TrackedJob


@dataclass(frozen=True, kw_only=True)
class SpoolmanState:
    """Moonraker's ``[spoolman]`` as the spool entities show it."""

    connected: bool = False
    """Moonraker reaches Spoolman."""
    active_id: int | None = None
    """Moonraker's active spool."""
    active: SpoolFacts | None = None
    """What Spoolman says of the active spool (None while unknown)."""
    spools: tuple[SpoolFacts, ...] = ()
    """Spoolman's spools (the select's options), as last read."""


@dataclass(frozen=True, kw_only=True)
class PrinterSnapshot:
    """What entities read: the printer's connection, live Klipper state and the tracker's jobs."""

    connected: bool = False
    """The websocket to Moonraker is up."""
    klippy_state: str | None = None
    """Klippy's state as Moonraker reports it (ready, startup, shutdown, error, disconnected)."""
    status: Mapping[str, Mapping[str, Any]] = field(default_factory=dict)
    """Merged Klipper printer objects (print_stats, virtual_sdcard, display_status, ...)."""
    job: TrackedJob | None = None
    """The job in progress, as the tracker knows it."""
    last_job: TrackedJob | None = None
    """The last job that ended while Home Assistant watched."""
    details: Mapping[str, Any] | None = None
    """Slicer facts of the current (or last) job's file (``job_details`` keys)."""
    totals: Mapping[str, Any] | None = None
    """The printer's totals over its whole log (the API's Summary object)."""
    spoolman: SpoolmanState | None = None
    """Moonraker's ``[spoolman]``: None when Moonraker has none (no spool entities then)."""
    costs: Mapping[str, Any] | None = None
    """The running job's energy (kWh) and cost so far, else the last job's (``energy.py``)."""

    @property
    def online(self) -> bool:
        """Return True when Moonraker is reachable and Klippy is ready."""
        return self.connected and self.klippy_state == "ready"

    @property
    def print_stats(self) -> Mapping[str, Any]:
        """Return Klipper's print_stats object."""
        return self.status.get("print_stats") or {}

    @property
    def print_state(self) -> str:
        """Return the print state: Klipper's print_stats state, or offline."""
        if not self.online:
            return "offline"
        state = self.print_stats.get("state") or "standby"
        return "cancelled" if state == "canceled" else str(state)


def shown_values(snapshot: PrinterSnapshot) -> tuple[tuple[Any, ...], tuple[Any, ...]]:
    """
    Return what entities show of a snapshot: (state values, live values).

    State values are written at once when they change; live values (several changes a second
    while printing) at most once per live update interval. Only what the status can change is
    compared here: the other parts (totals, details, the last job read from the store) are
    published explicitly when they change.
    """
    job = snapshot.job
    last = snapshot.last_job
    state: tuple[Any, ...] = (
        snapshot.online,
        snapshot.klippy_state,
        snapshot.print_state,
        snapshot.print_stats.get("filename"),
        None
        if job is None
        else (job.id, job.status, job.total_layers, job.estimated_time),
        None if last is None else (last.id, last.status, last.end),
        snapshot.spoolman,
    )
    if job is None and snapshot.print_state not in ("printing", "paused"):
        return state, ()
    live: tuple[Any, ...] = (
        _percent(snapshot.status.get("display_status")),
        _percent(snapshot.status.get("virtual_sdcard")),
    )
    if job is not None:
        live += (
            round(job.print_duration),
            round(job.filament_used_mm, 1),
            job.current_layer,
            math.floor(job.progress * 100),
        )
    return state, live


def _percent(obj: Mapping[str, Any] | None) -> int | None:
    """Return an object's progress in whole percents, as the progress sensor shows it."""
    value = (obj or {}).get("progress")
    if isinstance(value, (int, float)) and 0 <= value <= 1:
        return math.floor(value * 100)
    return None
