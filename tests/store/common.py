"""Builders shared by the store's tests."""

from __future__ import annotations

from dataclasses import replace
from datetime import UTC, datetime, timedelta
from typing import Any
import uuid

from sqlalchemy.orm import Session

from custom_components.print_logger.store import (
    ImportedJob,
    JobStatus,
    Store,
    TrackedJobData,
    ops,
)
from custom_components.print_logger.store.validation import validate_new_job
from custom_components.print_logger.tracking.history import history_job

T0 = datetime(2026, 3, 1, 12, 0, tzinfo=UTC)


def new_id() -> str:
    """Return a fresh id, as the tracker makes them."""
    return uuid.uuid4().hex


async def add_printer(store: Store, name: str = "Voron", **kwargs: Any) -> str:
    """Register a printer; return its id."""
    return await store.upsert_printer(
        name=name,
        entry_id=kwargs.pop("entry_id", new_id()),
        moonraker_url=kwargs.pop("moonraker_url", "http://voron.local:7125"),
        instance_id=kwargs.pop("instance_id", new_id()),
        **kwargs,
    )


def tracked(
    printer_id: str, filename: str = "benchy.gcode", **kwargs: Any
) -> TrackedJobData:
    """Return tracker data of a job."""
    return TrackedJobData(
        id=kwargs.pop("id", new_id()),
        printer_id=printer_id,
        filename=filename,
        start=kwargs.pop("start", T0),
        **kwargs,
    )


def finished(
    job: TrackedJobData, *, minutes: float = 60, status: JobStatus = JobStatus.COMPLETED
) -> TrackedJobData:
    """Return the job ended ``minutes`` after its start."""
    return replace(
        job,
        status=status,
        end=job.start + timedelta(minutes=minutes),
        print_duration=minutes * 60,
        total_duration=minutes * 60,
        progress=1.0 if status is JobStatus.COMPLETED else job.progress,
    )


def history_entry(
    uid: str, filename: str, start: datetime, **kwargs: Any
) -> dict[str, Any]:
    """Return a Moonraker history entry (as ``server.history.list`` returns it)."""
    entry: dict[str, Any] = {
        "job_id": uid,
        "user": "_TRUSTED_USER_",
        "filename": filename,
        "status": "completed",
        "start_time": start.timestamp(),
        "end_time": (start + timedelta(hours=1)).timestamp(),
        "print_duration": 3400.5,
        "total_duration": 3600.25,
        "filament_used": 1200.0,
        "metadata": {
            "size": 1705740,
            "slicer": "PrusaSlicer",
            "slicer_version": "2.7.1",
            "estimated_time": 3500,
            "layer_height": 0.2,
            "first_layer_height": 0.2,
            "nozzle_diameter": 0.4,
            "first_layer_extr_temp": 215.0,
            "first_layer_bed_temp": 60.0,
            "filament_name": "Generic PLA",
            "filament_type": "PLA",
            "filament_total": 2400.0,
            "filament_weight_total": 7.2,
            "layer_count": 60,
            "object_height": 12.0,
        },
        "exists": True,
    }
    entry.update(kwargs)
    return entry


async def add_future_manual_job(
    store: Store, printer_id: str, filename: str, start: datetime
) -> str:
    """
    Store a job recorded by hand dated ``start`` in the future; return its id.

    The API refuses such a date now (issue 13.3), but databases written before that, or by a
    Home Assistant whose clock was ahead, hold them: written past the check, as they were.
    """
    values = validate_new_job(
        {
            "printer_id": printer_id,
            "filename": filename,
            "status": "completed",
            "start": T0,
        }
    ) | {"start": start, "end": start + timedelta(hours=2)}

    def _create(session: Session) -> str:
        return ops.create_job(session, values)

    return await store._transaction(_create)


def imported_job(
    uid: str, filename: str, start: datetime, **kwargs: Any
) -> ImportedJob:
    """Return the job a Moonraker history entry (see :func:`history_entry`) imports."""
    return history_job(history_entry(uid, filename, start, **kwargs))
