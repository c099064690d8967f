"""
Writes of the store (blocking, run in the worker inside one transaction each).

The tracker's writes (:data:`WRITE_OPS`) take JSON payloads so the very same code applies them
directly or replays them from the journal; every one is an idempotent upsert keyed by ids made by
the caller, so replaying one twice changes nothing.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping
from datetime import UTC, datetime
import logging
import math
from typing import Any, Final
import uuid

from sqlalchemy import delete, select, update
from sqlalchemy.orm import Session

from . import costs, files
from .enums import JobEventType, JobSource, JobStatus
from .errors import JobNotFoundError, PrinterNotFoundError, StoreValidationError
from .models import (
    COST_COLUMNS,
    DETAIL_KINDS,
    JOB_DETAIL_COPIES,
    Job,
    JobDetails,
    JobEvent,
    Printer,
    PrintFile,
)
from .records import ImportedJob, TrackedJobData
from .spools import spool_to_json, spools_cost, spools_from_json
from .validation import MAX_DURATION_SECONDS
from .values import (
    coerce_details,
    details_from_payload,
    details_to_payload,
    finite,
    fold,
    from_iso,
    json_safe,
    opt_from_iso,
    opt_iso,
    to_iso,
)

_LOGGER = logging.getLogger(__name__)

# Printer ids derived from the Moonraker instance id (or the config entry id) are the same on every
# run, so a printer registered while the database was down keeps its id once it is back.
PRINTER_NAMESPACE: Final = uuid.UUID("5a0e6d0e-8b0f-4c55-9d7a-3f1f0c3b6e21")
_DELETE_CHUNK: Final = 500


def now_utc() -> datetime:
    """Return the current time, aware UTC."""
    return datetime.now(UTC)


def derive_printer_id(instance_id: str | None, entry_id: str | None) -> str:
    """Return the stable id of a printer known by its Moonraker instance id or config entry id."""
    key = f"instance:{instance_id}" if instance_id else f"entry:{entry_id}"
    return uuid.uuid5(PRINTER_NAMESPACE, key).hex


def event_id_for(job_id: str, kind: str) -> str:
    """Return a stable event id (for events the store itself derives, e.g. of imported jobs)."""
    return uuid.uuid5(PRINTER_NAMESPACE, f"event:{job_id}:{kind}").hex


# ---------------------------------------------------------------------- payloads (event loop side)
def printer_payload(
    *,
    printer_id: str | None,
    explicit: bool,
    entry_id: str | None,
    name: str,
    moonraker_url: str | None,
    instance_id: str | None,
    klipper_version: str | None,
    moonraker_version: str | None,
    seen_at: datetime,
) -> dict[str, Any]:
    """Return the payload of an upsert of a printer."""
    return {
        "id": printer_id,
        "explicit": explicit,
        "entry_id": entry_id,
        "name": name,
        "moonraker_url": moonraker_url,
        "instance_id": instance_id,
        "klipper_version": klipper_version,
        "moonraker_version": moonraker_version,
        "seen_at": to_iso(seen_at),
    }


def tracked_payload(job: TrackedJobData) -> dict[str, Any]:
    """Return the payload of a save of the tracker-owned fields of a job."""
    return {
        "id": job.id,
        "printer_id": job.printer_id,
        "filename": job.filename,
        "start": to_iso(job.start),
        "status": str(JobStatus(job.status)),
        "uid": job.uid,
        "end": opt_iso(job.end),
        "print_duration": finite(job.print_duration) or 0.0,
        "total_duration": finite(job.total_duration) or 0.0,
        "filament_used_mm": finite(job.filament_used_mm) or 0.0,
        "progress": finite(job.progress) or 0.0,
        "current_layer": job.current_layer,
        "total_layers": job.total_layers,
        "pause_count": int(job.pause_count),
        "paused_duration": finite(job.paused_duration) or 0.0,
        "paused_since": opt_iso(job.paused_since),
        "error_message": job.error_message,
        "estimated_time": finite(job.estimated_time),
    }


# ---------------------------------------------------------------------- helpers
def _derive_weight(job: Job, details: JobDetails | None) -> None:
    """Set the filament weight of a tracked or imported job from its length and the slicer's data."""
    if job.source == JobSource.MANUAL or details is None:
        return
    length = job.filament_used_mm or 0.0
    if length <= 0:
        return
    weight: float | None = None
    density, diameter = details.filament_density, details.filament_diameter
    if density and diameter and density > 0 and diameter > 0:
        # mm × mm² = mm³; / 1000 = cm³; × g/cm³ = g
        weight = length * math.pi * (diameter / 2) ** 2 / 1000 * density
    elif (
        details.filament_used_g
        and details.filament_used_mm
        and details.filament_used_mm > 0
    ):
        weight = details.filament_used_g * length / details.filament_used_mm
    if weight is not None and math.isfinite(weight):
        job.filament_weight_g = round(weight, 4)


def _copy_details(job: Job, details: JobDetails) -> None:
    """Keep the job's copies of its details (``models.JOB_DETAIL_COPIES``) equal to them."""
    for name, source in JOB_DETAIL_COPIES.items():
        setattr(job, name, getattr(details, source))


def _require_printer(session: Session, printer_id: str) -> None:
    if session.get(Printer, printer_id) is None:
        raise PrinterNotFoundError(printer_id)


def _take_uid(session: Session, job: Job, uid: str) -> str | None:
    """
    Return ``uid`` if ``job`` may carry it.

    Another job of the printer with that uid that was only imported from Moonraker's history is the
    same print seen later: it is merged into ``job`` (its details kept if ``job`` has none) and
    removed. Any other holder keeps the uid and ``job`` gets none.
    """
    other = session.scalars(
        select(Job).where(
            Job.printer_id == job.printer_id, Job.uid == uid, Job.id != job.id
        )
    ).first()
    if other is None:
        return uid
    if other.source != JobSource.IMPORT:
        _LOGGER.warning(
            "Job %s and job %s both claim Moonraker job %s; keeping it on %s",
            job.id,
            other.id,
            uid,
            other.id,
        )
        return None
    if job.estimated_time is None:
        job.estimated_time = other.estimated_time
    if job.moonraker_metadata is None:
        job.moonraker_metadata = other.moonraker_metadata
    session.flush()
    if session.get(JobDetails, job.id) is None:
        session.execute(
            update(JobDetails)
            .where(JobDetails.job_id == other.id)
            .values(job_id=job.id)
        )
        for name in JOB_DETAIL_COPIES:
            setattr(job, name, getattr(other, name))
    other_file = other.file_id
    session.expunge(other)
    session.execute(delete(Job).where(Job.id == other.id))
    files.refresh(session, {other_file})
    return uid


# ---------------------------------------------------------------------- tracker writes
def upsert_printer(session: Session, payload: Mapping[str, Any]) -> str:
    """Insert or update a printer; return its id."""
    seen = from_iso(payload["seen_at"])
    printer_id: str | None = payload.get("id")
    instance_id: str | None = payload.get("instance_id")
    entry_id: str | None = payload.get("entry_id")
    row = session.get(Printer, printer_id) if printer_id else None
    if row is None and not payload.get("explicit"):
        if instance_id:
            row = session.scalars(
                select(Printer).where(Printer.instance_id == instance_id)
            ).first()
        if row is None and entry_id:
            row = session.scalars(
                select(Printer).where(Printer.entry_id == entry_id)
            ).first()
    if row is None:
        row = Printer(
            id=printer_id or derive_printer_id(instance_id, entry_id),
            first_seen=seen,
            last_seen=seen,
        )
        session.add(row)
    row.name = payload["name"]
    for key in (
        "entry_id",
        "moonraker_url",
        "instance_id",
        "klipper_version",
        "moonraker_version",
    ):
        if payload.get(key) is not None:
            setattr(row, key, payload[key])
    row.first_seen = min(row.first_seen, seen)
    row.last_seen = max(row.last_seen, seen)
    session.flush()
    return row.id


def save_job(session: Session, payload: Mapping[str, Any]) -> None:
    """Upsert the tracker-owned fields of a job (a new job is a live one)."""
    now = now_utc()
    job = session.get(Job, payload["id"])
    if job is None:
        _require_printer(session, payload["printer_id"])
        job = Job(
            id=payload["id"],
            printer_id=payload["printer_id"],
            source=JobSource.LIVE.value,
            tags=[],
            created_at=now,
        )
        session.add(job)
    elif job.source == JobSource.MANUAL:
        # A job recorded by hand: every figure is the person's. A history entry matched to it
        # (reconciliation) may give it its Moonraker uid, nothing else.
        _link_manual(session, job, payload.get("uid"), now)
        return
    job.updated_at = now
    job.filename = payload["filename"]
    job.filename_search = fold(payload["filename"])
    job.start = from_iso(payload["start"])
    job.status = JobStatus(payload["status"]).value
    job.end = opt_from_iso(payload.get("end"))
    for key in (
        "print_duration",
        "total_duration",
        "filament_used_mm",
        "progress",
        "pause_count",
        "paused_duration",
        "current_layer",
        "total_layers",
    ):
        setattr(job, key, payload.get(key))
    job.paused_since = opt_from_iso(payload.get("paused_since"))
    # The tracker only ever learns these: an unknown value never erases a known one.
    if payload.get("error_message") is not None:
        job.error_message = payload["error_message"]
    if payload.get("estimated_time") is not None:
        job.estimated_time = payload["estimated_time"]
    uid = payload.get("uid")
    if uid is not None and uid != job.uid:
        session.flush()
        taken = _take_uid(session, job, uid)
        if taken is not None:
            job.uid = taken
    session.flush()
    details = session.get(JobDetails, job.id)
    _derive_weight(job, details)
    if payload.get("spools") is not None:
        # The job's spools follow its filament in the same transaction (the tracker's refit).
        set_spools(session, {"job_id": job.id, "spools": payload["spools"]})
    files.refresh(session, files.assign(session, job, details))


def _link_manual(session: Session, job: Job, uid: str | None, now: datetime) -> None:
    """Give a job recorded by hand the Moonraker uid of the print it is (never change its figures)."""
    if uid is None or job.uid is not None:
        return
    session.flush()
    taken = _take_uid(session, job, uid)
    if taken is not None:
        job.uid = taken
        job.updated_at = now


def add_event(session: Session, payload: Mapping[str, Any]) -> None:
    """Add a timeline event (nothing if that event id is stored already)."""
    if session.get(JobEvent, payload["id"]) is not None:
        return
    if session.get(Job, payload["job_id"]) is None:
        raise JobNotFoundError(payload["job_id"])
    session.add(
        JobEvent(
            id=payload["id"],
            job_id=payload["job_id"],
            type=JobEventType(payload["type"]).value,
            at=from_iso(payload["at"]),
            data=payload.get("data") or {},
        )
    )


def _apply_details(
    session: Session, job: Job, details: Mapping[str, Any], *, fill_only: bool
) -> None:
    row = session.get(JobDetails, job.id)
    if row is None:
        row = JobDetails(job_id=job.id)
        session.add(row)
    for key, value in details.items():
        if key not in DETAIL_KINDS:
            continue
        if fill_only and (value is None or getattr(row, key) is not None):
            continue
        setattr(row, key, value)
    if job.estimated_time is None and row.estimated_time is not None:
        job.estimated_time = row.estimated_time
    _copy_details(job, row)
    _derive_weight(job, row)
    files.refresh(session, files.assign(session, job, row))


def set_details(session: Session, payload: Mapping[str, Any]) -> None:
    """Store the slicer metadata of a job (the keys given; the others keep their values)."""
    job = session.get(Job, payload["job_id"])
    if job is None:
        raise JobNotFoundError(payload["job_id"])
    _apply_details(
        session, job, details_from_payload(payload["details"]), fill_only=False
    )
    if payload.get("moonraker_metadata") is not None:
        job.moonraker_metadata = dict(payload["moonraker_metadata"])
    job.updated_at = now_utc()


def check_imported(job: ImportedJob) -> None:
    """Refuse a job that cannot be imported."""
    errors: dict[str, str] = {}
    if not job.uid:
        errors["uid"] = "is required"
    if not job.filename:
        errors["filename"] = "is required"
    if job.status is JobStatus.IN_PROGRESS:
        errors["status"] = "a job still in progress is tracked live, not imported"
    if errors:
        raise StoreValidationError(errors)


def imported_payload(job: ImportedJob) -> dict[str, Any]:
    """Return the payload of an import of a job from the printer's history."""
    return {
        "uid": job.uid,
        "filename": job.filename,
        "status": str(JobStatus(job.status)),
        "start": to_iso(job.start),
        "end": opt_iso(job.end),
        "print_duration": finite(job.print_duration) or 0.0,
        "total_duration": finite(job.total_duration) or 0.0,
        "filament_used_mm": finite(job.filament_used_mm) or 0.0,
        "estimated_time": finite(job.estimated_time),
        "total_layers": job.total_layers,
        "details": details_to_payload(coerce_details(job.details)),
        "metadata": json_safe(dict(job.metadata)),
    }


def import_history(session: Session, payload: Mapping[str, Any]) -> str:
    """
    Store a job from the printer's history (idempotent on the printer and the job's uid).

    A job already stored with that uid is refreshed if it was imported, left alone otherwise (what
    the printer was seen doing wins). Returns the job's id.
    """
    imported: Mapping[str, Any] = payload["job"]
    printer_id: str = payload["printer_id"]
    uid = str(imported["uid"])
    job = session.scalars(
        select(Job).where(Job.printer_id == printer_id, Job.uid == uid)
    ).first()
    now = now_utc()
    if job is not None and job.source != JobSource.IMPORT:
        return job.id
    if job is None:
        _require_printer(session, printer_id)
        job = Job(
            id=payload["job_id"],
            printer_id=printer_id,
            uid=uid,
            source=JobSource.IMPORT.value,
            tags=[],
            pause_count=0,
            paused_duration=0.0,
            created_at=now,
        )
        session.add(job)
    status = JobStatus(imported["status"])
    start = from_iso(imported["start"])
    end = opt_from_iso(imported.get("end"))
    job.filename = str(imported["filename"])
    job.filename_search = fold(job.filename)
    job.status = status.value
    job.start = start
    job.end = end
    job.print_duration = imported["print_duration"]
    job.total_duration = imported["total_duration"]
    job.filament_used_mm = imported["filament_used_mm"]
    job.progress = 1.0 if status is JobStatus.COMPLETED else 0.0
    job.estimated_time = imported.get("estimated_time")
    job.total_layers = imported.get("total_layers")
    job.moonraker_metadata = imported.get("metadata") or {}
    job.updated_at = now
    session.flush()
    _apply_details(
        session, job, details_from_payload(imported["details"]), fill_only=True
    )
    events: list[tuple[JobEventType, datetime, dict[str, Any]]] = [
        (JobEventType.STARTED, start, {})
    ]
    if end is not None:
        events.append((JobEventType.FINISHED, end, {"status": status.value}))
    for kind, at, data in events:
        add_event(
            session,
            {
                "id": event_id_for(job.id, kind.value),
                "job_id": job.id,
                "type": kind.value,
                "at": to_iso(at),
                "data": data,
            },
        )
    return job.id


def set_spools(session: Session, payload: Mapping[str, Any]) -> None:
    """Store the spools a job used (replacing those stored) and the filament cost they give."""
    job = session.get(Job, payload["job_id"])
    if job is None:
        raise JobNotFoundError(payload["job_id"])
    spools = [s.computed() for s in spools_from_json(payload["spools"])]
    job.spools = [spool_to_json(s) for s in spools]
    job.spool_filament_cost = spools_cost(spools)
    if job.computed_filament_source is not None and job.spool_filament_cost is not None:
        # The spools' prices came after the costs were computed: they are the better figure.
        job.computed_filament_cost = job.spool_filament_cost
        job.computed_filament_source = costs.CostSource.SPOOLMAN.value
        refresh_total(job)
    job.updated_at = now_utc()


def refresh_total(job: Job) -> None:
    """
    Set a job's total cost from its parts (``costs.total_cost``): a manual cost overrides.

    A job whose cost was never computed and has no manual cost keeps no total.
    """
    if job.cost is None and all(
        getattr(job, name) is None
        for name in (
            "energy_kwh",
            "electricity_cost",
            "computed_filament_cost",
            "machine_cost",
        )
    ):
        job.total_cost = job.total_cost_source = None
        return
    total, source = costs.total_cost(
        costs.CostParts(
            electricity=job.electricity_cost,
            electricity_source=job.electricity_source,
            filament=job.computed_filament_cost,
            filament_source=job.computed_filament_source,
            machine=job.machine_cost,
            manual_total=job.cost,
            manual_electricity=job.energy_cost,
            manual_filament=job.filament_cost,
        )
    )
    job.total_cost = total
    job.total_cost_source = None if source is None else source.value


def set_costs(session: Session, payload: Mapping[str, Any]) -> dict[str, Any]:
    """
    Store what a job cost (computed when it ended); return the job's costs as stored.

    Its energy and electricity as measured, the machine cost from the printer's rate and the
    filament cost from the best price known (``costs.filament_cost``).
    """
    job = session.get(Job, payload["job_id"])
    if job is None:
        raise JobNotFoundError(payload["job_id"])
    job.energy_kwh = payload.get("energy_kwh")
    job.energy_source = payload.get("energy_source")
    job.electricity_cost = payload.get("electricity_cost")
    job.electricity_source = payload.get("electricity_source")
    job.machine_cost = costs.machine_cost(
        payload.get("machine_rate"), job.print_duration or 0.0
    )
    details = session.get(JobDetails, job.id)
    filament = costs.filament_cost(
        costs.FilamentFacts(
            spool_cost=job.spool_filament_cost,
            weight_g=job.filament_weight_g,
            slicer_price_per_kg=details.filament_cost_per_kg if details else None,
            material=job.filament_type,
            price_table=payload.get("material_prices") or None,
        )
    )
    if filament is None:
        job.computed_filament_cost = job.computed_filament_source = None
    else:
        job.computed_filament_cost = filament[0]
        job.computed_filament_source = filament[1].value
    refresh_total(job)
    job.updated_at = now_utc()
    return job_costs(job)


def reprice_costs(session: Session, payload: Mapping[str, Any]) -> int:
    """
    Price jobs anew after their printer's price settings changed; return how many were found.

    Each job's electricity cost is the glue's (its stored energy at the new price), its machine
    cost the new rate per print hour; the energy, the filament and any manual cost stay.
    """
    now = now_utc()
    found = 0
    for item in payload["jobs"]:
        job = session.get(Job, item["job_id"])
        if job is None:
            continue
        found += 1
        job.electricity_cost = item.get("electricity_cost")
        job.electricity_source = item.get("electricity_source")
        job.machine_cost = costs.machine_cost(
            payload.get("machine_rate"), job.print_duration or 0.0
        )
        refresh_total(job)
        job.updated_at = now
    return found


def job_costs(job: Job) -> dict[str, Any]:
    """Return a job's cost figures as stored (the columns of schema version 7)."""
    return {name: getattr(job, name) for name in COST_COLUMNS}


WRITE_OPS: Final[dict[str, Callable[[Session, Mapping[str, Any]], object]]] = {
    "upsert_printer": upsert_printer,
    "save_job": save_job,
    "add_event": add_event,
    "set_details": set_details,
    "import_history": import_history,
    "set_spools": set_spools,
    "set_costs": set_costs,
    "reprice_costs": reprice_costs,
}


# ---------------------------------------------------------------------- user edits (not journaled)
def create_job(session: Session, values: Mapping[str, Any]) -> str:
    """Insert a manual job from validated values; return its id."""
    errors: dict[str, str] = {}
    printer_id = values["printer_id"]
    if session.get(Printer, printer_id) is None:
        errors["printer_id"] = "no such printer"
    job_id = values.get("id") or uuid.uuid4().hex
    if session.get(Job, job_id) is not None:
        errors["id"] = "a job with this id exists"
    uid = values.get("uid")
    if (
        uid is not None
        and session.scalars(
            select(Job.id).where(Job.printer_id == printer_id, Job.uid == uid)
        ).first()
    ):
        errors["uid"] = "another job of this printer has this Moonraker job id"
    if errors:
        raise StoreValidationError(errors)
    now = now_utc()
    status: JobStatus = values["status"]
    job = Job(
        id=job_id,
        printer_id=printer_id,
        uid=uid,
        filename=values["filename"],
        filename_search=fold(values["filename"]),
        status=status.value,
        source=JobSource.MANUAL.value,
        start=values["start"],
        end=values.get("end"),
        print_duration=values["print_duration"],
        total_duration=values["total_duration"],
        filament_used_mm=values["filament_used_mm"],
        filament_weight_g=values.get("filament_weight_g"),
        progress=1.0 if status is JobStatus.COMPLETED else 0.0,
        pause_count=0,
        paused_duration=0.0,
        notes=values.get("notes"),
        rating=values.get("rating"),
        tags=list(values.get("tags") or []),
        failure_reason=values.get("failure_reason"),
        cost=values.get("cost"),
        filament_cost=values.get("filament_cost"),
        energy_cost=values.get("energy_cost"),
        created_at=now,
        updated_at=now,
    )
    refresh_total(job)
    session.add(job)
    if values.get("filament_type"):
        session.flush()
        details = JobDetails(job_id=job_id, filament_type=values["filament_type"])
        session.add(details)
        _copy_details(job, details)
    session.flush()
    files.refresh(session, files.assign(session, job))
    return job_id


def update_job(session: Session, job_id: str, values: Mapping[str, Any]) -> None:
    """Apply validated edits to a job."""
    job = session.get(Job, job_id)
    if job is None:
        raise JobNotFoundError(job_id)
    if "start" in values or "end" in values:
        _set_times(job, values.get("start", job.start), values.get("end", job.end))
        values = {k: v for k, v in values.items() if k not in ("start", "end")}
        job.updated_at = now_utc()
        files.refresh(session, {job.file_id})
    for key, value in values.items():
        setattr(job, key, list(value) if key == "tags" else value)
    if {"cost", "energy_cost", "filament_cost"} & values.keys():
        refresh_total(job)
    if values:
        job.updated_at = now_utc()
        files.refresh(session, {job.file_id})


def _set_times(job: Job, start: datetime, end: datetime | None) -> None:
    """
    Correct an ended job's start and end; its durations follow a changed span.

    The total duration becomes the span and the print duration the span less the pauses; the
    energy and cost are the glue's to compute again (from Home Assistant's recorder).
    """
    if job.status == JobStatus.IN_PROGRESS.value:
        raise StoreValidationError(
            {"start": "the job is being printed: correct its times once it ended"}
        )
    if end is None:
        raise StoreValidationError({"end": "is required to correct the job's times"})
    if end < start:
        raise StoreValidationError({"end": "must not be before start"})
    if (end - start).total_seconds() > MAX_DURATION_SECONDS:
        raise StoreValidationError(
            {"end": f"must be at most {MAX_DURATION_SECONDS} s after start"}
        )
    old_span = None if job.end is None else (job.end - job.start).total_seconds()
    span = (end - start).total_seconds()
    job.start = start
    job.end = end
    if old_span is None or abs(span - old_span) > 1e-6:
        job.total_duration = span
        job.print_duration = max(span - (job.paused_duration or 0.0), 0.0)


def delete_jobs(session: Session, job_ids: Iterable[str]) -> list[str]:
    """Delete jobs (their details and events go with them); return the ids there were, in order."""
    ids = list(dict.fromkeys(job_ids))
    deleted: list[str] = []
    for index in range(0, len(ids), _DELETE_CHUNK):
        chunk = ids[index : index + _DELETE_CHUNK]
        found = dict(
            session.execute(select(Job.id, Job.file_id).where(Job.id.in_(chunk)))
            .tuples()
            .all()
        )
        if found:
            session.execute(delete(Job).where(Job.id.in_(found)))
            deleted.extend(job_id for job_id in chunk if job_id in found)
            files.refresh(session, found.values())
    return deleted


def delete_printer(session: Session, printer_id: str) -> bool:
    """Delete a printer and its jobs; return False if there was no such printer."""
    printed = session.scalars(
        select(PrintFile.id).where(PrintFile.printer_id == printer_id)
    ).all()
    result = session.execute(delete(Printer).where(Printer.id == printer_id))
    # Jobs go with their printer (ON DELETE CASCADE); their files' records are derived.
    session.execute(delete(Job).where(Job.printer_id == printer_id))
    files.refresh(session, printed)
    return bool(getattr(result, "rowcount", 0))
