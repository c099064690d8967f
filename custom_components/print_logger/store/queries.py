"""Reads of the store (blocking, run in the worker): job records, filters, keyset pagination."""

from __future__ import annotations

import base64
import binascii
from collections.abc import Sequence
from datetime import datetime, timedelta
import json
import math
import re
from typing import Any, Final

from sqlalchemy import (
    ColumnElement,
    Row,
    Select,
    Text,
    and_,
    cast,
    exists,
    false,
    func,
    or_,
    select,
    true,
    type_coerce,
)
from sqlalchemy.dialects import postgresql
from sqlalchemy.orm import Session

from . import media
from .enums import JobEventType, JobSource, JobStatus
from .errors import JobNotFoundError, StoreValidationError
from .models import COST_COLUMNS, DETAIL_KINDS, Job, JobDetails, JobEvent, Printer
from .records import (
    SORT_KEYS,
    JobCosts,
    JobDetail,
    JobEventRecord,
    JobPage,
    JobQuery,
    JobRecord,
    PrinterRecord,
    Thumbnail,
    TrackedJobData,
)
from .spools import spools_from_json
from .values import fold, from_iso, to_iso

# Every sort key is the job's column of that name, but "printer" (the printer's name).
_SORT_COLUMNS: Final[dict[str, Any]] = {
    key: Printer.name if key == "printer" else getattr(Job, key) for key in SORT_KEYS
}
_NULLABLE_SORTS: Final = frozenset({"end", "filament_weight_g", "rating", "cost"})
_DATETIME_SORTS: Final = frozenset({"start", "end", "created_at", "updated_at"})
_NUMERIC_SORTS: Final = (
    frozenset(SORT_KEYS) - _DATETIME_SORTS - {"filename", "status", "printer"}
)
_CURSOR_JOB_ID: Final = re.compile(r"[0-9a-f]{1,32}")
_CURSOR_VERSION: Final = 1

# A job's own columns in the API's order (its list item; the CSV export adds to them): one list.
JOB_COLUMNS: Final = (
    "id",
    "printer_id",
    "uid",
    "filename",
    "status",
    "source",
    "start",
    "end",
    "print_duration",
    "total_duration",
    "filament_used_mm",
    "filament_weight_g",
    "filament_type",
    "filament_colour",
    "estimated_time",
    "progress",
    "pause_count",
    "paused_duration",
    "error_message",
    "notes",
    "rating",
    "tags",
    "failure_reason",
    "cost",
)
# A record reads the filament from the job's details (the analytics read the copies on jobs).
_FROM_DETAILS: Final = {
    "filament_type": JobDetails.filament_type,
    "filament_colour": JobDetails.filament_colour,
}
_RECORD_COLUMNS: Final = (
    *(_FROM_DETAILS.get(name, getattr(Job, name)) for name in JOB_COLUMNS),
    Printer.name.label("printer_name"),
    Job.current_layer,
    Job.total_layers,
    Job.filament_cost,
    Job.energy_cost,
    Job.spools,
    Job.spool_filament_cost,
    JobDetails.thumbnail.is_not(None).label("has_thumbnail"),
    Job.created_at,
    Job.updated_at,
    Job.end_photo_id,
    Job.file_id,
    *(getattr(Job, name) for name in COST_COLUMNS),
)


def _record_select() -> Select[Any]:
    return (
        select(*_RECORD_COLUMNS)
        .join(Printer, Printer.id == Job.printer_id)
        .outerjoin(JobDetails, JobDetails.job_id == Job.id)
    )


def _record(row: Row[Any]) -> JobRecord:
    tags = row.tags if isinstance(row.tags, list) else []
    return JobRecord(
        id=row.id,
        printer_id=row.printer_id,
        printer_name=row.printer_name,
        uid=row.uid,
        filename=row.filename,
        status=JobStatus(row.status),
        source=JobSource(row.source),
        start=row.start,
        end=row.end,
        print_duration=row.print_duration,
        total_duration=row.total_duration,
        filament_used_mm=row.filament_used_mm,
        filament_weight_g=row.filament_weight_g,
        estimated_time=row.estimated_time,
        progress=row.progress,
        current_layer=row.current_layer,
        total_layers=row.total_layers,
        pause_count=row.pause_count,
        paused_duration=row.paused_duration,
        error_message=row.error_message,
        notes=row.notes,
        rating=row.rating,
        tags=tuple(str(tag) for tag in tags),
        failure_reason=row.failure_reason,
        cost=row.cost,
        filament_cost=row.filament_cost,
        energy_cost=row.energy_cost,
        filament_type=row.filament_type,
        filament_colour=row.filament_colour,
        has_thumbnail=bool(row.has_thumbnail),
        created_at=row.created_at,
        updated_at=row.updated_at,
        spools=spools_from_json(row.spools),
        spool_filament_cost=row.spool_filament_cost,
        end_photo_id=row.end_photo_id,
        file_id=row.file_id,
        costs=JobCosts(**{name: getattr(row, name) for name in COST_COLUMNS}),
    )


def printer_record(printer: Printer) -> PrinterRecord:
    """Return the record of a printer row."""
    return PrinterRecord(
        id=printer.id,
        entry_id=printer.entry_id,
        name=printer.name,
        moonraker_url=printer.moonraker_url,
        instance_id=printer.instance_id,
        klipper_version=printer.klipper_version,
        moonraker_version=printer.moonraker_version,
        first_seen=printer.first_seen,
        last_seen=printer.last_seen,
    )


def details_dict(details: JobDetails) -> dict[str, Any]:
    """Return a job's details as the contract's dict, without the thumbnail's bytes (get_thumbnail)."""
    return {key: getattr(details, key) for key in DETAIL_KINDS if key != "thumbnail"}


def tracked_job(job: Job) -> TrackedJobData:
    """Return the tracker-owned fields of a job row."""
    return TrackedJobData(
        id=job.id,
        printer_id=job.printer_id,
        filename=job.filename,
        start=job.start,
        status=JobStatus(job.status),
        uid=job.uid,
        end=job.end,
        print_duration=job.print_duration,
        total_duration=job.total_duration,
        filament_used_mm=job.filament_used_mm,
        progress=job.progress,
        current_layer=job.current_layer,
        total_layers=job.total_layers,
        pause_count=job.pause_count,
        paused_duration=job.paused_duration,
        paused_since=job.paused_since,
        error_message=job.error_message,
        estimated_time=job.estimated_time,
    )


def get_job_record(session: Session, job_id: str) -> JobRecord:
    """Return a job as listed (one query); JobNotFoundError if there is none."""
    row = session.execute(_record_select().where(Job.id == job_id)).one_or_none()
    if row is None:
        raise JobNotFoundError(job_id)
    return _record(row)


def get_job(session: Session, job_id: str) -> JobDetail:
    """Return a job with its details and timeline; JobNotFoundError if there is none."""
    record = get_job_record(session, job_id)
    details = session.get(JobDetails, job_id)
    metadata = session.execute(
        select(Job.moonraker_metadata).where(Job.id == job_id)
    ).scalar_one()
    events = session.scalars(
        select(JobEvent)
        .where(JobEvent.job_id == job_id)
        .order_by(JobEvent.at, JobEvent.id)
    ).all()
    return JobDetail(
        job=record,
        details=None if details is None else details_dict(details),
        events=tuple(
            JobEventRecord(
                id=event.id,
                job_id=event.job_id,
                type=JobEventType(event.type),
                at=event.at,
                data=dict(event.data or {}),
            )
            for event in events
        ),
        metadata=metadata,
        photos=media.job_photos(session, job_id),
        climate=media.job_climate(session, job_id),
    )


def get_thumbnail(session: Session, job_id: str) -> Thumbnail | None:
    """Return a job's thumbnail, None if it has none; JobNotFoundError if there is no such job."""
    if session.get(Job, job_id) is None:
        raise JobNotFoundError(job_id)
    row = session.execute(
        select(
            JobDetails.thumbnail,
            JobDetails.thumbnail_format,
            JobDetails.thumbnail_width,
            JobDetails.thumbnail_height,
        ).where(JobDetails.job_id == job_id)
    ).one_or_none()
    if row is None or row.thumbnail is None:
        return None
    return Thumbnail(
        format=row.thumbnail_format,
        width=row.thumbnail_width,
        height=row.thumbnail_height,
        data=bytes(row.thumbnail),
    )


def _tags_clause(dialect: str, tags: Sequence[str]) -> ColumnElement[bool]:
    """Return "the job has any of these tags" for the engine (tags are a JSON list of strings)."""
    if dialect == "postgresql":
        clause: ColumnElement[bool] = type_coerce(Job.tags, postgresql.JSONB).has_any(
            postgresql.array(list(tags))
        )
        return clause
    if dialect in ("mysql", "mariadb"):
        return or_(
            *(func.json_contains(Job.tags, json.dumps(tag), "$") == 1 for tag in tags)
        )
    each = func.json_each(Job.tags).table_valued("value")
    return exists().select_from(each).where(each.c.value.in_(list(tags)))


def _filament_clause(filament_type: str, *, alone: bool) -> ColumnElement[bool]:
    """
    Match the filament type, or one of the ';'-joined types of a multi-filament job.

    Alone, it is ``id IN (…)``: one pass over the (filament type, job id) index. With other
    filters it is a correlated EXISTS, so the other filters' index (and an ordered scan that stops
    at the page's end) drives the query and details are only probed for their rows.
    """
    column = func.lower(JobDetails.filament_type)
    value = filament_type.strip().lower()
    matches = or_(
        column == value,
        column.startswith(value + ";", autoescape=True),
        column.endswith(";" + value, autoescape=True),
        column.contains(";" + value + ";", autoescape=True),
    )
    if alone:
        return Job.id.in_(select(JobDetails.job_id).where(matches))
    return exists().where(JobDetails.job_id == Job.id, matches)


def job_filters(dialect: str, query: JobQuery) -> list[ColumnElement[bool]]:
    """Return the WHERE clauses of list_jobs' filters (for analytics and exports)."""
    return _filters(dialect, query)


def _filters(
    dialect: str, query: JobQuery, *, for_count: bool = False
) -> list[ColumnElement[bool]]:
    """Return the WHERE clauses of a query (``for_count``: for the total, not a sorted page)."""
    clauses: list[ColumnElement[bool]] = []
    if query.file_id is not None:
        clauses.append(Job.file_id == query.file_id)
    if query.printer_ids:
        clauses.append(Job.printer_id.in_(list(query.printer_ids)))
    if query.statuses:
        clauses.append(Job.status.in_([str(status) for status in query.statuses]))
    if query.since is not None:
        clauses.append(Job.start >= query.since)
    if query.until is not None:
        clauses.append(Job.start < query.until)
    if query.q:
        clauses.append(Job.filename_search.contains(fold(query.q), autoescape=True))
    filament = bool(query.filament_type and query.filament_type.strip())
    if query.tags:
        clauses.append(_tags_clause(dialect, query.tags))
    if query.min_duration is not None:
        clauses.append(Job.print_duration >= float(query.min_duration))
    if query.max_duration is not None:
        clauses.append(Job.print_duration <= float(query.max_duration))
    if query.spool_id is not None or query.spool_vendor:
        clauses.append(_spool_clause(query))
    if filament:
        assert query.filament_type is not None
        clauses.append(
            _filament_clause(query.filament_type, alone=for_count and not clauses)
        )
    return clauses


def _spool_clause(query: JobQuery) -> ColumnElement[bool]:
    """
    Jobs whose stored spools (a JSON list) include a spool id or vendor.

    Matched in the JSON text, which every engine writes as ``"key": value`` (SQLite and MariaDB as
    the store wrote it, PostgreSQL's JSONB in its own key order): an id is followed by ``,`` or
    ``}``; a vendor is looked for as written with and without escaped non-ASCII letters.
    """
    text = cast(Job.spools, Text)
    clauses: list[ColumnElement[bool]] = []
    if query.spool_id is not None:
        clauses.append(
            or_(
                text.contains(f'"spool_id": {int(query.spool_id)},', autoescape=True),
                text.contains(f'"spool_id": {int(query.spool_id)}}}', autoescape=True),
            )
        )
    if query.spool_vendor:
        patterns = {
            f'"vendor": {json.dumps(query.spool_vendor)}',
            f'"vendor": {json.dumps(query.spool_vendor, ensure_ascii=False)}',
        }
        clauses.append(or_(*(text.contains(p, autoescape=True) for p in patterns)))
    return and_(*clauses)


def encode_cursor(query: JobQuery, value: Any, job_id: str) -> str:
    """Return the opaque cursor of the page after the row (``value``, ``job_id``)."""
    if isinstance(value, datetime):
        value = to_iso(value)
    payload = {
        "v": _CURSOR_VERSION,
        "s": query.sort,
        "o": query.order,
        "k": value,
        "i": job_id,
    }
    raw = json.dumps(payload, separators=(",", ":"), ensure_ascii=False).encode()
    return base64.urlsafe_b64encode(raw).decode("ascii").rstrip("=")


def _parse_cursor(cursor: str) -> dict[str, Any]:
    padded = cursor + "=" * (-len(cursor) % 4)
    payload = json.loads(base64.urlsafe_b64decode(padded.encode("ascii")))
    if (
        not isinstance(payload, dict)
        or payload.get("v") != _CURSOR_VERSION
        or not isinstance(payload.get("i"), str)
        or "k" not in payload
    ):
        raise ValueError("not a cursor of this version")
    return payload


def decode_cursor(query: JobQuery) -> tuple[Any, str] | None:
    """Return the (sort value, job id) a cursor points after; StoreValidationError if it is bad."""
    if query.cursor is None:
        return None
    try:
        payload = _parse_cursor(query.cursor)
        value = payload["k"]
        if value is not None and query.sort in _DATETIME_SORTS:
            value = from_iso(value)
    except (ValueError, TypeError, UnicodeError, binascii.Error) as err:
        raise StoreValidationError({"cursor": "is not a valid cursor"}) from err
    if payload.get("s") != query.sort or payload.get("o") != query.order:
        raise StoreValidationError(
            {"cursor": "belongs to another sort order; start from the first page"}
        )
    job_id = payload["i"]
    if not (
        isinstance(job_id, str)
        and _CURSOR_JOB_ID.fullmatch(job_id)
        and _cursor_value_fits(query.sort, value)
    ):
        # Hand-made or tampered with: its values do not fit its sort key.
        raise StoreValidationError({"cursor": "is not a valid cursor"})
    return value, job_id


def _cursor_value_fits(sort: str, value: Any) -> bool:
    """Return whether a cursor's sort value is one the sort key's column can be compared with."""
    if value is None or isinstance(value, datetime):
        return True
    if sort in _NUMERIC_SORTS:
        return (
            not isinstance(value, bool)
            and isinstance(value, (int, float))
            and math.isfinite(value)
            # Integers beyond 64 bits cannot be bound (SQLite); nothing real is that large.
            and abs(value) <= 2**53
        )
    if not isinstance(value, str) or "\x00" in value:
        return False
    try:
        value.encode("utf-8")
    except UnicodeEncodeError:
        return False
    return True


def _after(query: JobQuery, value: Any, job_id: str) -> ColumnElement[bool]:
    """Return "the row sorts after the cursor" (missing values sort last in both orders)."""
    column = _SORT_COLUMNS[query.sort]
    nullable = query.sort in _NULLABLE_SORTS
    if query.order == "asc":
        beyond = column > value if value is not None else false()
        same_id = Job.id > job_id
    else:
        beyond = column < value if value is not None else false()
        same_id = Job.id < job_id
    if value is None:
        return and_(column.is_(None), same_id)
    clause = or_(beyond, and_(column == value, same_id))
    if nullable:
        clause = or_(clause, column.is_(None))
    return clause


def list_jobs(session: Session, dialect: str, query: JobQuery) -> JobPage:
    """
    Return one page of jobs, the total that match and the next page's cursor.

    The page is found first by job id and sort value alone (a narrow sort, served by the indexes
    where there is one), then only its rows are read in full.
    """
    position = decode_cursor(query)
    clauses = _filters(dialect, query)
    total = int(
        session.execute(
            select(func.count())
            .select_from(Job)
            .where(*_filters(dialect, query, for_count=True))
        ).scalar_one()
    )

    column = _SORT_COLUMNS[query.sort]
    ordering: list[Any] = []
    if query.sort in _NULLABLE_SORTS:
        ordering.append(column.is_(None))
    if query.order == "asc":
        ordering += [column.asc(), Job.id.asc()]
    else:
        ordering += [column.desc(), Job.id.desc()]
    keys = select(Job.id, column.label("sort_value")).where(*clauses)
    if query.sort == "printer":
        keys = keys.join(Printer, Printer.id == Job.printer_id)
    if position is not None:
        keys = keys.where(_after(query, *position))
    found = session.execute(keys.order_by(*ordering).limit(query.limit + 1)).all()
    next_cursor = None
    if len(found) > query.limit:
        found = found[: query.limit]
        next_cursor = encode_cursor(query, found[-1].sort_value, found[-1].id)
    ids = [row.id for row in found]
    rows = {
        row.id: row for row in session.execute(_record_select().where(Job.id.in_(ids)))
    }
    return JobPage(
        jobs=tuple(_record(rows[job_id]) for job_id in ids if job_id in rows),
        total=total,
        next_cursor=next_cursor,
    )


def find_job(
    session: Session,
    printer_id: str,
    uid: str | None,
    filename: str,
    start: datetime,
    *,
    tolerance: timedelta,
) -> TrackedJobData | None:
    """
    Return the job with this Moonraker uid, else the same file printing at ``start``.

    A job without a uid is a history entry of the same file that started within ``tolerance`` of
    its start, or while it ran: a printer runs one print at a time, and the start of a job first
    seen mid-print is only an estimate, so a window around its start alone is not enough. (An
    entry that started after the job ended is another print.)
    """
    if uid is not None:
        job = session.scalars(
            select(Job).where(Job.printer_id == printer_id, Job.uid == uid)
        ).first()
        if job is not None:
            return tracked_job(job)
    candidates = session.scalars(
        select(Job).where(
            Job.printer_id == printer_id,
            Job.filename == filename,
            or_(
                and_(Job.start >= start - tolerance, Job.start <= start + tolerance),
                and_(Job.start <= start, Job.end >= start),
            ),
            or_(Job.uid.is_(None), Job.uid == uid) if uid is not None else true(),
        )
    ).all()
    # Exact name (MySQL / MariaDB compare case-insensitively).
    candidates = [job for job in candidates if job.filename == filename]
    if not candidates:
        return None
    nearest = min(candidates, key=lambda job: (abs(job.start - start), job.id))
    return tracked_job(nearest)


def reconcile_start(
    session: Session, printer_id: str, now: datetime, lookback: timedelta
) -> datetime | None:
    """
    Return when reconciliation with Moonraker's history should start reading.

    That is the start of the newest job that came from the printer (tracked live or imported,
    never one recorded by hand, whose date says nothing of the printer's history), capped at
    ``now``; or earlier, the start of the oldest job that ended without its Moonraker uid within
    ``lookback`` before it, so that job gets linked. None when the printer has no such job.
    """
    from_printer = (Job.printer_id == printer_id, Job.source != JobSource.MANUAL.value)
    newest = session.execute(
        select(func.max(Job.start)).where(*from_printer, Job.start <= now)
    ).scalar_one_or_none()
    if newest is None:
        return None
    unlinked = session.execute(
        select(func.min(Job.start)).where(
            *from_printer,
            Job.uid.is_(None),
            Job.status != JobStatus.IN_PROGRESS.value,
            Job.start >= newest - lookback,
        )
    ).scalar_one_or_none()
    return min(newest, unlinked) if unlinked is not None else newest


def load_open_job(session: Session, printer_id: str) -> TrackedJobData | None:
    """Return the printer's newest job still in progress."""
    job = session.scalars(
        select(Job)
        .where(Job.printer_id == printer_id, Job.status == JobStatus.IN_PROGRESS.value)
        .order_by(Job.start.desc(), Job.id.desc())
        .limit(1)
    ).first()
    return None if job is None else tracked_job(job)
