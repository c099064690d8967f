"""The operations' results as JSON: jobs (list item, detail), printers."""

from __future__ import annotations

from dataclasses import asdict, dataclass
from datetime import UTC, datetime
import math
from typing import Any, Final

from ..store import (
    ClimateRecord,
    JobDetail,
    JobNotFoundError,
    JobRecord,
    PhotoRecord,
    PrinterRecord,
    Store,
)
from ..store.files import FileRecord, FileStats
from ..store.queries import JOB_COLUMNS
from ..store.spools import spool_to_json

# The keys of a job list item: the job's columns, its printer's name, whether it has a thumbnail.
JOB_ITEM_KEYS: Final = (
    *JOB_COLUMNS[:2],
    "printer_name",
    *JOB_COLUMNS[2:],
    "has_thumbnail",
    "spools",
    "spool_filament_cost",
    "end_photo_id",
    "file_id",
    "costs",
)


def _iso(value: datetime | None) -> str | None:
    return None if value is None else value.astimezone(UTC).isoformat()


def job_item(job: JobRecord) -> dict[str, Any]:
    """Return a job as the API's list item."""
    return {
        "id": job.id,
        "printer_id": job.printer_id,
        "printer_name": job.printer_name,
        "uid": job.uid,
        "filename": job.filename,
        "status": str(job.status),
        "source": str(job.source),
        "start": _iso(job.start),
        "end": _iso(job.end),
        "print_duration": job.print_duration,
        "total_duration": job.total_duration,
        "filament_used_mm": job.filament_used_mm,
        "filament_weight_g": job.filament_weight_g,
        "filament_type": job.filament_type,
        "filament_colour": job.filament_colour,
        "estimated_time": job.estimated_time,
        "progress": job.progress,
        "pause_count": job.pause_count,
        "paused_duration": job.paused_duration,
        "error_message": job.error_message,
        "notes": job.notes,
        "rating": job.rating,
        "tags": list(job.tags),
        "failure_reason": job.failure_reason,
        "cost": job.cost,
        "has_thumbnail": job.has_thumbnail,
        "spools": [spool_to_json(spool) for spool in job.spools],
        "spool_filament_cost": job.spool_filament_cost,
        "end_photo_id": job.end_photo_id,
        "file_id": job.file_id,
        "costs": asdict(job.costs),
    }


def photo_object(photo: PhotoRecord) -> dict[str, Any]:
    """Return a photo as the API's object (its image: GET /photos/{id})."""
    return {
        "id": photo.id,
        "job_id": photo.job_id,
        "kind": photo.kind,
        "taken_at": _iso(photo.taken_at),
        "size": photo.size,
        "width": photo.width,
        "height": photo.height,
        "source": photo.source,
    }


def climate_object(sensor: ClimateRecord) -> dict[str, Any]:
    """Return an environment sensor over a job as the API's object."""
    return {
        "entity_id": sensor.entity_id,
        "name": sensor.name,
        "device_class": sensor.device_class,
        "unit": sensor.unit,
        "min": sensor.minimum,
        "mean": sensor.mean,
        "max": sensor.maximum,
        "samples": sensor.samples,
        "missing_seconds": sensor.missing_seconds,
        "series": [list(point) for point in sensor.series],
    }


def file_stats(stats: FileStats) -> dict[str, Any]:
    """Return a file's figures on a printer (or the farm) as JSON."""
    return {
        "printer_id": stats.printer_id,
        "printer_name": stats.printer_name,
        "prints": stats.prints,
        "finished": stats.finished,
        "completed": stats.completed,
        "success_rate": stats.success_rate,
        "print_duration": stats.print_duration,
        "mean_print_duration": stats.mean_print_duration,
        "filament_used_mm": stats.filament_used_mm,
        "mean_filament_mm": stats.mean_filament_mm,
        "filament_weight_g": stats.filament_weight_g,
        "cost": stats.cost,
        "estimate_ratio": stats.estimate_ratio,
        "first_start": _iso(stats.first_start),
        "last_start": _iso(stats.last_start),
        "last_status": str(stats.last_status),
        "last_job_id": stats.last_job_id,
    }


def file_object(record: FileRecord) -> dict[str, Any]:
    """Return a file's track record as JSON."""
    return {
        "id": record.id,
        "filename": record.filename,
        "fingerprint": record.fingerprint,
        "version": record.version,
        "versions": record.versions,
        "printer_model": record.printer_model,
        "thumbnail_job_id": record.thumbnail_job_id,
        "stats": file_stats(record.stats),
        "printers": [file_stats(stats) for stats in record.printers],
    }


def _json_value(value: Any) -> Any:
    if isinstance(value, datetime):
        return _iso(value)
    if isinstance(value, float) and not math.isfinite(value):
        return None
    if isinstance(value, (bytes, bytearray, memoryview)):
        return None
    return value


def job_detail(detail: JobDetail) -> dict[str, Any]:
    """Return a job as the API's detail object."""
    details = (
        None
        if detail.details is None
        else {
            key: _json_value(value)
            for key, value in detail.details.items()
            if key != "thumbnail"
        }
    )
    return {
        **job_item(detail.job),
        "details": details,
        "events": [
            {"type": str(event.type), "at": _iso(event.at), "data": event.data}
            for event in detail.events
        ],
        "metadata": detail.metadata,
        "photos": [photo_object(photo) for photo in detail.photos],
        "climate": [climate_object(sensor) for sensor in detail.climate],
    }


@dataclass(frozen=True, kw_only=True)
class LivePrinter:
    """What a loaded printer knows now."""

    online: bool
    print_state: str
    job_id: str | None
    active_spool: tuple[tuple[str, Any], ...] | None = None
    """Moonraker's active spool (Spoolman's facts as key, value pairs), None without one."""


async def printer_object(
    store: Store, printer: PrinterRecord, live: LivePrinter | None
) -> dict[str, Any]:
    """Return a printer as the API's object (its current job read from the store)."""
    current_job: dict[str, Any] | None = None
    if live is not None and live.job_id is not None:
        try:
            current_job = job_item(await store.get_job_record(live.job_id))
        except JobNotFoundError:
            current_job = None
    return {
        "id": printer.id,
        "entry_id": printer.entry_id,
        "name": printer.name,
        "moonraker_url": printer.moonraker_url,
        "online": live.online if live is not None else False,
        "print_state": live.print_state if live is not None else "offline",
        "current_job": current_job,
        "active_spool": (
            dict(live.active_spool)
            if live is not None and live.active_spool is not None
            else None
        ),
    }
