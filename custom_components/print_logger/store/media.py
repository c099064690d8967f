"""
A job's photos and environment sensors (schema version 3): the rows, on a session.

The photo files are not the store's: the Home Assistant glue keeps them under its config folder
(``<config>/print_logger/photos/<job_id>/<photo_id>.jpg``) and names them only by these ids, which
the store makes (hex) and checks (``PHOTO_ID``), so a request never names a file.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from datetime import datetime
import math
import re
from typing import Any, Final, Literal, get_args
import uuid

from sqlalchemy import delete, select, update
from sqlalchemy.orm import Session

from .errors import JobNotFoundError, StoreValidationError
from .models import SHORT_LENGTH, Job, JobClimate, JobPhoto
from .records import ClimateRecord, PhotoRecord

type PhotoKind = Literal["first_layer", "pause", "end", "upload"]
PHOTO_KINDS: Final[tuple[PhotoKind, ...]] = get_args(PhotoKind.__value__)
# Ids the store makes: 32 hex digits (uuid4().hex).
PHOTO_ID: Final = re.compile(r"^[0-9a-f]{32}$")
MAX_PHOTOS_PER_JOB: Final = 50
"""Photos a job keeps at most (captures and uploads); the oldest capture goes first."""
MAX_CLIMATE_POINTS: Final = 500
"""Points of a sensor's series kept per job (evenly thinned beyond)."""
MAX_CLIMATE_SENSORS: Final = 20


def photo_record(photo: JobPhoto) -> PhotoRecord:
    """Return the record of a photo row."""
    return PhotoRecord(
        id=photo.id,
        job_id=photo.job_id,
        kind=photo.kind,
        taken_at=photo.taken_at,
        size=photo.size,
        width=photo.width,
        height=photo.height,
        source=photo.source,
    )


def climate_record(row: JobClimate) -> ClimateRecord:
    """Return the record of a climate row."""
    series = tuple(
        (float(point[0]), None if point[1] is None else float(point[1]))
        for point in row.series or ()
        if isinstance(point, list) and len(point) == 2
    )
    return ClimateRecord(
        entity_id=row.entity_id,
        name=row.name,
        device_class=row.device_class,
        unit=row.unit,
        minimum=row.minimum,
        mean=row.mean,
        maximum=row.maximum,
        samples=row.samples,
        missing_seconds=row.missing_seconds,
        series=series,
    )


def job_photos(session: Session, job_id: str) -> tuple[PhotoRecord, ...]:
    """Return a job's photos, oldest first."""
    return tuple(
        photo_record(photo)
        for photo in session.scalars(
            select(JobPhoto)
            .where(JobPhoto.job_id == job_id)
            .order_by(JobPhoto.taken_at, JobPhoto.id)
        )
    )


def job_climate(session: Session, job_id: str) -> tuple[ClimateRecord, ...]:
    """Return a job's environment sensors, by entity id."""
    return tuple(
        climate_record(row)
        for row in session.scalars(
            select(JobClimate)
            .where(JobClimate.job_id == job_id)
            .order_by(JobClimate.entity_id)
        )
    )


def check_photo(
    *, kind: str, size: int, width: int, height: int, source: str | None
) -> None:
    """Refuse a photo row with a bad kind, size or source (StoreValidationError, per field)."""
    errors: dict[str, str] = {}
    if kind not in PHOTO_KINDS:
        errors["kind"] = f"must be one of {', '.join(PHOTO_KINDS)}"
    for name, value in (("size", size), ("width", width), ("height", height)):
        if not isinstance(value, int) or isinstance(value, bool) or value <= 0:
            errors[name] = "must be a positive whole number"
    if source is not None and len(source) > SHORT_LENGTH:
        errors["source"] = f"must be at most {SHORT_LENGTH} characters"
    if errors:
        raise StoreValidationError(errors)


def add_photo(
    session: Session,
    *,
    job_id: str,
    kind: PhotoKind,
    taken_at: datetime,
    size: int,
    width: int,
    height: int,
    source: str | None,
) -> tuple[PhotoRecord, list[str]]:
    """
    Add a photo row to a job; return it and the ids of photos dropped to stay within the cap.

    An ``end`` photo becomes the job's ``end_photo_id``. Beyond MAX_PHOTOS_PER_JOB the oldest
    capture (else the oldest upload) is dropped: the caller deletes the files of the returned ids.
    """
    job = session.get(Job, job_id)
    if job is None:
        raise JobNotFoundError(job_id)
    photo = JobPhoto(
        id=uuid.uuid4().hex,
        job_id=job_id,
        kind=kind,
        taken_at=taken_at,
        size=size,
        width=width,
        height=height,
        source=source,
    )
    session.add(photo)
    if kind == "end":
        job.end_photo_id = photo.id
    session.flush()
    rows = list(
        session.scalars(
            select(JobPhoto)
            .where(JobPhoto.job_id == job_id)
            .order_by(JobPhoto.taken_at, JobPhoto.id)
        )
    )
    dropped: list[str] = []
    excess = len(rows) - MAX_PHOTOS_PER_JOB
    if excess > 0:
        candidates = [
            r for r in rows if r.kind != "upload" and r.id != job.end_photo_id
        ] + [r for r in rows if r.kind == "upload"]
        for row in candidates[:excess]:
            dropped.append(row.id)
            session.delete(row)
    return photo_record(photo), dropped


def get_photo(session: Session, photo_id: str) -> PhotoRecord | None:
    """Return a photo, None if there is none (or the id is not one the store makes)."""
    if not isinstance(photo_id, str) or not PHOTO_ID.match(photo_id):
        return None
    photo = session.get(JobPhoto, photo_id)
    return None if photo is None else photo_record(photo)


def delete_photo(session: Session, photo_id: str) -> PhotoRecord | None:
    """Delete a photo row (and unlink it as the end photo); return it, None if there was none."""
    photo = session.get(JobPhoto, photo_id) if PHOTO_ID.match(photo_id) else None
    if photo is None:
        return None
    record = photo_record(photo)
    session.execute(
        update(Job).where(Job.end_photo_id == photo_id).values(end_photo_id=None)
    )
    session.delete(photo)
    return record


def photos_before(
    session: Session, cutoff: datetime, printer_id: str | None = None
) -> list[PhotoRecord]:
    """Delete the photos taken before ``cutoff`` (of one printer's jobs); return them."""
    query = select(JobPhoto).where(JobPhoto.taken_at < cutoff)
    if printer_id is not None:
        query = query.join(Job, Job.id == JobPhoto.job_id).where(
            Job.printer_id == printer_id
        )
    rows = list(session.scalars(query))
    if not rows:
        return []
    ids = [row.id for row in rows]
    records = [photo_record(row) for row in rows]
    for index in range(0, len(ids), 500):
        chunk = ids[index : index + 500]
        session.execute(
            update(Job).where(Job.end_photo_id.in_(chunk)).values(end_photo_id=None)
        )
        session.execute(delete(JobPhoto).where(JobPhoto.id.in_(chunk)))
    return records


def photo_ids_of_jobs(session: Session, job_ids: Iterable[str]) -> set[str]:
    """Return the ids of the photos of these jobs (to tell files that belong to a job)."""
    ids = list(job_ids)
    found: set[str] = set()
    for index in range(0, len(ids), 500):
        found.update(
            session.scalars(
                select(JobPhoto.id).where(JobPhoto.job_id.in_(ids[index : index + 500]))
            )
        )
    return found


def thin(
    series: Sequence[tuple[float, float | None]], limit: int = MAX_CLIMATE_POINTS
) -> list[tuple[float, float | None]]:
    """Return at most ``limit`` points of ``series``, evenly spread, first and last kept."""
    if len(series) <= limit:
        return list(series)
    step = (len(series) - 1) / (limit - 1)
    return [series[round(index * step)] for index in range(limit)]


def set_climate(
    session: Session, job_id: str, sensors: Sequence[ClimateRecord]
) -> None:
    """Replace a job's environment sensors with ``sensors``."""
    if session.get(Job, job_id) is None:
        raise JobNotFoundError(job_id)
    errors: dict[str, str] = {}
    if len(sensors) > MAX_CLIMATE_SENSORS:
        errors["sensors"] = f"must be at most {MAX_CLIMATE_SENSORS}"
    for sensor in sensors:
        if not sensor.entity_id or len(sensor.entity_id) > SHORT_LENGTH:
            errors["entity_id"] = f"must be 1 to {SHORT_LENGTH} characters"
        for name in ("minimum", "mean", "maximum"):
            value = getattr(sensor, name)
            if value is not None and not math.isfinite(value):
                errors[name] = "must be a finite number"
    if errors:
        raise StoreValidationError(errors)
    session.execute(delete(JobClimate).where(JobClimate.job_id == job_id))
    for sensor in sensors:
        points: list[Any] = [
            [round(t, 1), v] for t, v in thin(sensor.series) if math.isfinite(t)
        ]
        session.add(
            JobClimate(
                id=uuid.uuid4().hex,
                job_id=job_id,
                entity_id=sensor.entity_id,
                name=sensor.name,
                device_class=(sensor.device_class or None) and sensor.device_class[:64],
                unit=(sensor.unit or None) and sensor.unit[:32],
                minimum=sensor.minimum,
                mean=sensor.mean,
                maximum=sensor.maximum,
                samples=sensor.samples,
                missing_seconds=sensor.missing_seconds,
                series=points,
            )
        )
