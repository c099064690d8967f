"""
The events a printer's jobs fire on Home Assistant's bus (automations, device triggers, logbook).

``print_logger_job_started`` / ``_paused`` / ``_resumed`` / ``_finished`` with the job's figures; a
finished job's ``outcome`` groups its status as completed, cancelled, failed or interrupted.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from homeassistant.const import CONF_DEVICE_ID

from .const import (
    ATTR_OUTCOME,
    EVENT_JOB_FINISHED,
    EVENT_JOB_PAUSED,
    EVENT_JOB_RESUMED,
    EVENT_JOB_STARTED,
    OUTCOME_CANCELLED,
    OUTCOME_COMPLETED,
    OUTCOME_FAILED,
    OUTCOME_INTERRUPTED,
)
from .store import JobEventType, JobStatus
from .tracking import TrackerEvent

JOB_EVENT_TYPES: Mapping[JobEventType, str] = {
    JobEventType.STARTED: EVENT_JOB_STARTED,
    JobEventType.PAUSED: EVENT_JOB_PAUSED,
    JobEventType.RESUMED: EVENT_JOB_RESUMED,
    JobEventType.FINISHED: EVENT_JOB_FINISHED,
}
OUTCOMES: Mapping[JobStatus, str] = {
    JobStatus.COMPLETED: OUTCOME_COMPLETED,
    JobStatus.CANCELLED: OUTCOME_CANCELLED,
    JobStatus.ERROR: OUTCOME_FAILED,
    JobStatus.KLIPPY_SHUTDOWN: OUTCOME_FAILED,
    JobStatus.KLIPPY_DISCONNECT: OUTCOME_FAILED,
}


def job_event_data(
    event: TrackerEvent, *, device_id: str | None, entry_id: str, printer: str
) -> dict[str, Any]:
    """Return the bus event's data of a tracker event (of one of JOB_EVENT_TYPES)."""
    job = event.job
    data: dict[str, Any] = {
        CONF_DEVICE_ID: device_id,
        "config_entry_id": entry_id,
        "printer": printer,
        "job_id": job.id,
        "filename": job.filename,
        "status": str(job.status),
        "started": job.start.isoformat(),
        "print_duration": round(job.print_duration, 1),
        "total_duration": round(job.total_duration, 1),
        "filament_used_mm": round(job.filament_used_mm, 1),
        "pause_count": job.pause_count,
        "spool_ids": list(event.spool_ids),
    }
    if event.type is JobEventType.FINISHED:
        data[ATTR_OUTCOME] = OUTCOMES.get(job.status, OUTCOME_INTERRUPTED)
        data["ended"] = job.end.isoformat() if job.end else None
        data["paused_duration"] = round(job.paused_duration, 1)
        data["error_message"] = job.error_message
    return data
