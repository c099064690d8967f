"""
Files: every job grouped by the file it printed, and each file's track record (blocking, worker).

A file is a file name together with one slice of it. The slice is known by its *fingerprint*, a
hash of the slicer metadata of the job's details (slicer and version, estimated time and filament,
layer heights, object height, layers, nozzle, printer model, material): uploading the same G-code
again (even to another printer) gives the same fingerprint, re-slicing gives another one, which
the files view shows as a new *version* of the same name (numbered by first print). A job without
slicer metadata has no fingerprint; its file is the name alone.

The track record of each file is kept in ``print_logger_files``, one row per (printer, file) and
one for the farm (``printer_id`` ``""``): the store rewrites a file's rows from its jobs whenever
one of them is written (:func:`refresh`, one indexed read of the file's jobs), so the files view
reads at most one row per file — 10k files, however many jobs — instead of summing 100k jobs.
The names of the files are kept once more in ``print_logger_file_names`` (one narrow row per name),
which a search reads instead of the records.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import datetime
import hashlib
import math
from typing import Any, Final, Literal

from sqlalchemy import Row, delete, func, insert, select, update
from sqlalchemy.orm import Session

from .enums import JobStatus
from .models import (
    FINGERPRINT_LENGTH,
    Job,
    JobDetails,
    Printer,
    PrintFile,
    PrintFileName,
)
from .values import fold

FARM: Final = ""  # the printer_id of a file's farm-wide row
FILE_SORTS: Final = (
    "last_start",
    "prints",
    "success_rate",
    "filename",
    "print_duration",
    "filament",
)
type FileSort = Literal[
    "last_start", "prints", "success_rate", "filename", "print_duration", "filament"
]
MAX_FILE_PAGE: Final = 500
_FINGERPRINT_KEYS: Final = (
    "slicer",
    "slicer_version",
    "estimated_time",
    "filament_used_mm",
    "layer_height",
    "first_layer_height",
    "object_height",
    "total_layers",
    "nozzle_diameter",
    "printer_model",
    "filament_type",
)
_CHUNK: Final = 500


# ---------------------------------------------------------------------- identity
def _value(value: Any) -> str:
    """Return a detail as fingerprint text (numbers rounded so a re-read gives the same text)."""
    if value is None:
        return ""
    if isinstance(value, float):
        return "" if not math.isfinite(value) else f"{value:.3f}"
    return str(value)


def fingerprint(details: JobDetails | None) -> str | None:
    """Return the fingerprint of a slice from its details; None without slicer metadata."""
    if details is None:
        return None
    return fingerprint_of([getattr(details, key) for key in _FINGERPRINT_KEYS])


def fingerprint_of(values: Sequence[Any]) -> str | None:
    """Return the fingerprint of the details ``_FINGERPRINT_KEYS`` name, in that order."""
    known = dict(zip(_FINGERPRINT_KEYS, values, strict=True))
    if known["estimated_time"] is None and known["filament_used_mm"] is None:
        # A manual job's filament type alone, or metadata without a slice's figures.
        return None
    text = "\x1f".join(_value(value) for value in values)
    return hashlib.sha256(text.encode()).hexdigest()[:FINGERPRINT_LENGTH]


def file_id_of(filename: str, print_fingerprint: str | None) -> str:
    """Return the id of a file: its name and slice."""
    text = f"{filename}\x00{print_fingerprint or ''}"
    return hashlib.sha256(text.encode()).hexdigest()[:32]


def name_id_of(filename: str) -> str:
    """Return the id of a file name (what a file's versions share)."""
    return hashlib.sha256(filename.encode()).hexdigest()[:32]


def assign(session: Session, job: Job, details: JobDetails | None = None) -> set[str]:
    """Set ``job``'s fingerprint and file from its name and details; return the files it touches."""
    touched = {job.file_id} if job.file_id else set()
    if details is None:
        session.flush()
        details = session.get(JobDetails, job.id)
    job.fingerprint = fingerprint(details)
    job.file_id = file_id_of(job.filename, job.fingerprint)
    touched.add(job.file_id)
    return touched


# ---------------------------------------------------------------------- the records
_JOB_COLUMNS: Final = (
    Job.id,
    Job.printer_id,
    Job.filename,
    Job.fingerprint,
    Job.file_id,
    Job.status,
    Job.start,
    Job.print_duration,
    Job.filament_used_mm,
    Job.filament_weight_g,
    Job.cost,
    Job.estimated_time,
    JobDetails.thumbnail_format,
    JobDetails.printer_model,
)


@dataclass(kw_only=True)
class _Record:
    """A file's figures on one printer (or the farm) while they are summed."""

    printer_id: str
    id: str
    filename: str
    fingerprint: str | None
    prints: int = 0
    finished: int = 0
    completed: int = 0
    print_duration: float = 0.0
    completed_duration: float = 0.0
    filament_used_mm: float = 0.0
    completed_filament_mm: float = 0.0
    filament_weight_g: float = 0.0
    cost: float = 0.0
    cost_jobs: int = 0
    estimate_ratio_sum: float = 0.0
    estimate_jobs: int = 0
    first_start: datetime | None = None
    last_start: datetime | None = None
    last_status: str = ""
    last_job_id: str = ""
    thumbnail_start: datetime | None = None
    thumbnail_job_id: str | None = None
    printer_model: str | None = None

    def add(self, row: Row[Any]) -> None:
        """Count one job."""
        status = row.status
        duration = _finite(row.print_duration)
        filament = _finite(row.filament_used_mm)
        self.prints += 1
        if status != JobStatus.IN_PROGRESS:
            self.finished += 1
        if status == JobStatus.COMPLETED:
            self.completed += 1
            self.completed_duration += duration
            self.completed_filament_mm += filament
            estimate = _finite(row.estimated_time)
            if estimate > 0 and duration > 0:
                self.estimate_ratio_sum += duration / estimate
                self.estimate_jobs += 1
        self.print_duration += duration
        self.filament_used_mm += filament
        self.filament_weight_g += _finite(row.filament_weight_g)
        if row.cost is not None and math.isfinite(row.cost):
            self.cost += row.cost
            self.cost_jobs += 1
        key = (row.start, row.id)
        if self.first_start is None or row.start < self.first_start:
            self.first_start = row.start
        if self.last_start is None or key > (self.last_start, self.last_job_id):
            self.last_start, self.last_job_id, self.last_status = (
                row.start,
                row.id,
                status,
            )
            if row.printer_model:
                self.printer_model = row.printer_model
        if row.thumbnail_format and (
            self.thumbnail_start is None or row.start >= self.thumbnail_start
        ):
            self.thumbnail_start, self.thumbnail_job_id = row.start, row.id

    def row(self, name_id: str) -> dict[str, Any]:
        """Return the table row."""
        return {
            "printer_id": self.printer_id,
            "id": self.id,
            "name_id": name_id,
            "filename": self.filename,
            "filename_search": fold(self.filename),
            "fingerprint": self.fingerprint,
            "version": 1,
            "versions": 1,
            "prints": self.prints,
            "finished": self.finished,
            "completed": self.completed,
            "success_rate": self.completed / self.finished if self.finished else -1.0,
            "print_duration": self.print_duration,
            "completed_duration": self.completed_duration,
            "filament_used_mm": self.filament_used_mm,
            "completed_filament_mm": self.completed_filament_mm,
            "filament_weight_g": self.filament_weight_g,
            "cost": self.cost,
            "cost_jobs": self.cost_jobs,
            "estimate_ratio_sum": self.estimate_ratio_sum,
            "estimate_jobs": self.estimate_jobs,
            "first_start": self.first_start,
            "last_start": self.last_start,
            "last_status": self.last_status,
            "last_job_id": self.last_job_id,
            "thumbnail_job_id": self.thumbnail_job_id,
            "printer_model": self.printer_model,
        }


def _finite(value: float | None) -> float:
    return value if value is not None and math.isfinite(value) else 0.0


def _records(rows: Iterable[Row[Any]]) -> list[dict[str, Any]]:
    """Sum job rows into file rows: per (printer, file) and per file for the farm."""
    records: dict[tuple[str, str], _Record] = {}
    for row in rows:
        if row.file_id is None:
            continue
        for printer_id in (row.printer_id, FARM):
            key = (printer_id, row.file_id)
            record = records.get(key)
            if record is None:
                record = records[key] = _Record(
                    printer_id=printer_id,
                    id=row.file_id,
                    filename=row.filename,
                    fingerprint=row.fingerprint,
                )
            record.add(row)
    return [record.row(name_id_of(record.filename)) for record in records.values()]


def _job_rows(session: Session, file_ids: Sequence[str]) -> Sequence[Row[Any]]:
    return session.execute(
        select(*_JOB_COLUMNS)
        .outerjoin(JobDetails, JobDetails.job_id == Job.id)
        .where(Job.file_id.in_(file_ids))
    ).all()


def _number_versions(session: Session, name_ids: Iterable[str]) -> None:
    """Give the versions of each file name their numbers by first print (1: the oldest slice)."""
    for name_id in set(name_ids):
        files = session.execute(
            select(PrintFile.id)
            .where(PrintFile.name_id == name_id, PrintFile.printer_id == FARM)
            .order_by(PrintFile.first_start, PrintFile.id)
        ).all()
        for number, row in enumerate(files, start=1):
            session.execute(
                update(PrintFile)
                .where(PrintFile.id == row.id)
                .values(version=number, versions=len(files))
            )


def refresh(session: Session, file_ids: Iterable[str | None]) -> None:
    """Rewrite the records of these files from their jobs (a file without jobs is removed)."""
    ids = sorted({file_id for file_id in file_ids if file_id})
    if not ids:
        return
    session.flush()
    for index in range(0, len(ids), _CHUNK):
        chunk = ids[index : index + _CHUNK]
        names = set(
            session.scalars(
                select(PrintFile.name_id).where(
                    PrintFile.id.in_(chunk), PrintFile.printer_id == FARM
                )
            )
        )
        rows = _records(_job_rows(session, chunk))
        session.execute(delete(PrintFile).where(PrintFile.id.in_(chunk)))
        if rows:
            session.execute(insert(PrintFile), rows)
        names.update(row["name_id"] for row in rows)
        _number_versions(session, names)
        _sync_names(session, names)


def _sync_names(session: Session, name_ids: Iterable[str]) -> None:
    """Keep the searched names of these name ids as the files' records have them."""
    ids = sorted(set(name_ids))
    for index in range(0, len(ids), _CHUNK):
        chunk = ids[index : index + _CHUNK]
        present = dict(
            session.execute(
                select(PrintFile.name_id, PrintFile.filename_search)
                .where(PrintFile.name_id.in_(chunk), PrintFile.printer_id == FARM)
                .distinct()
            )
            .tuples()
            .all()
        )
        known = set(
            session.scalars(
                select(PrintFileName.name_id).where(PrintFileName.name_id.in_(chunk))
            )
        )
        if gone := known - present.keys():
            session.execute(
                delete(PrintFileName).where(PrintFileName.name_id.in_(gone))
            )
        if new := present.keys() - known:
            session.execute(
                insert(PrintFileName),
                [
                    {"name_id": name_id, "filename_search": present[name_id]}
                    for name_id in sorted(new)
                ],
            )


def refresh_printer(session: Session, printer_id: str) -> None:
    """Rewrite the records of the files a printer printed (before or after its jobs went)."""
    refresh(
        session,
        session.scalars(
            select(PrintFile.id).where(PrintFile.printer_id == printer_id)
        ).all(),
    )


def rebuild(session: Session, *, with_names: bool = True) -> int:
    """
    Give every job its file and rewrite every file's record (an upgrade, a bulk load).

    ``with_names``: the searched names too (not before schema version 8, which adds their table).
    """
    rows = session.execute(
        select(
            Job.id,
            Job.filename,
            Job.fingerprint,
            Job.file_id,
            JobDetails.job_id.label("details_of"),
            *(getattr(JobDetails, key).label(f"d_{key}") for key in _FINGERPRINT_KEYS),
        ).outerjoin(JobDetails, JobDetails.job_id == Job.id)
    )
    # The jobs of a file get the same values: one UPDATE per file (and chunk of ids), not per job
    # (executemany is a round trip per row on MySQL drivers).
    changes: dict[tuple[str | None, str], list[str]] = {}
    for row in rows:
        print_fingerprint = (
            fingerprint_of([getattr(row, f"d_{key}") for key in _FINGERPRINT_KEYS])
            if row.details_of is not None
            else None
        )
        file_id = file_id_of(row.filename, print_fingerprint)
        if (row.fingerprint, row.file_id) != (print_fingerprint, file_id):
            changes.setdefault((print_fingerprint, file_id), []).append(row.id)
    for (print_fingerprint, file_id), job_ids in changes.items():
        for index in range(0, len(job_ids), _CHUNK):
            session.execute(
                update(Job)
                .where(Job.id.in_(job_ids[index : index + _CHUNK]))
                .values(fingerprint=print_fingerprint, file_id=file_id)
                .execution_options(synchronize_session=False)
            )
    session.execute(delete(PrintFile))
    records = _records(
        session.execute(
            select(*_JOB_COLUMNS).outerjoin(JobDetails, JobDetails.job_id == Job.id)
        )
    )
    for index in range(0, len(records), _CHUNK):
        session.execute(insert(PrintFile), records[index : index + _CHUNK])
    _renumber_all(session)
    if with_names:
        rebuild_names(session)
    return len(records)


def rebuild_names(session: Session) -> None:
    """Rewrite the searched names from the files' records."""
    session.execute(delete(PrintFileName))
    rows = [
        {"name_id": name_id, "filename_search": filename_search}
        for name_id, filename_search in session.execute(
            select(PrintFile.name_id, PrintFile.filename_search)
            .where(PrintFile.printer_id == FARM)
            .distinct()
        ).tuples()
    ]
    for index in range(0, len(rows), _CHUNK):
        session.execute(insert(PrintFileName), rows[index : index + _CHUNK])


def _renumber_all(session: Session) -> None:
    """Give the versions of every file name their numbers (a single version stays 1 of 1)."""
    many = session.execute(
        select(PrintFile.name_id)
        .where(PrintFile.printer_id == FARM)
        .group_by(PrintFile.name_id)
        .having(func.count() > 1)
    ).scalars()
    _number_versions(session, list(many))


# ---------------------------------------------------------------------- reads
@dataclass(frozen=True, kw_only=True)
class FileQuery:
    """What the files view asks: a printer (or the farm), a search, an order and a page."""

    printer_id: str | None = None
    q: str | None = None
    sort: FileSort = "last_start"
    order: Literal["asc", "desc"] = "desc"
    limit: int = 50
    offset: int = 0


@dataclass(frozen=True, kw_only=True)
class FileStats:
    """A file's figures on one printer or on the whole farm."""

    printer_id: str | None
    printer_name: str | None
    prints: int
    finished: int
    completed: int
    success_rate: float | None
    print_duration: float
    mean_print_duration: float | None
    filament_used_mm: float
    mean_filament_mm: float | None
    filament_weight_g: float
    cost: float | None
    estimate_ratio: float | None
    first_start: datetime
    last_start: datetime
    last_status: JobStatus
    last_job_id: str


@dataclass(frozen=True, kw_only=True)
class FileRecord:
    """A file's track record: the farm's figures (or one printer's), and each printer's."""

    id: str
    filename: str
    fingerprint: str | None
    version: int
    versions: int
    thumbnail_job_id: str | None
    printer_model: str | None
    stats: FileStats
    printers: tuple[FileStats, ...]


@dataclass(frozen=True, kw_only=True)
class FilePage:
    """One page of files and how many match."""

    files: tuple[FileRecord, ...]
    total: int


def _rate(part: int, whole: int) -> float | None:
    return round(part / whole, 4) if whole else None


# The files' columns as plain rows (cheaper to read than ORM objects: a page has hundreds).
_FILE_COLUMNS: Final = tuple(PrintFile.__table__.columns)


def _stats(row: Row[Any], printer_name: str | None) -> FileStats:
    return FileStats(
        printer_id=row.printer_id or None,
        printer_name=printer_name,
        prints=row.prints,
        finished=row.finished,
        completed=row.completed,
        success_rate=_rate(row.completed, row.finished),
        print_duration=round(row.print_duration, 3),
        mean_print_duration=(
            round(row.completed_duration / row.completed, 3) if row.completed else None
        ),
        filament_used_mm=round(row.filament_used_mm, 3),
        mean_filament_mm=(
            round(row.completed_filament_mm / row.completed, 3)
            if row.completed
            else None
        ),
        filament_weight_g=round(row.filament_weight_g, 3),
        cost=round(row.cost, 4) if row.cost_jobs else None,
        estimate_ratio=(
            round(row.estimate_ratio_sum / row.estimate_jobs, 4)
            if row.estimate_jobs
            else None
        ),
        first_start=row.first_start,
        last_start=row.last_start,
        last_status=JobStatus(row.last_status),
        last_job_id=row.last_job_id,
    )


def _sort_column(sort: FileSort) -> Any:
    return {
        "success_rate": PrintFile.success_rate,
        "last_start": PrintFile.last_start,
        "prints": PrintFile.prints,
        "filename": PrintFile.filename_search,
        "print_duration": PrintFile.print_duration,
        "filament": PrintFile.filament_used_mm,
    }[sort]


def _names(session: Session) -> dict[str, str]:
    return dict(session.execute(select(Printer.id, Printer.name)).tuples().all())


def _with_printers(
    session: Session, rows: Sequence[Row[Any]], names: dict[str, str]
) -> list[FileRecord]:
    """Return the records of these rows with each printer's figures of their files."""
    per_printer: dict[str, list[FileStats]] = {}
    ids = [row.id for row in rows]
    if ids:
        for row in session.execute(
            select(*_FILE_COLUMNS)
            .where(PrintFile.id.in_(ids), PrintFile.printer_id != FARM)
            .order_by(PrintFile.last_start.desc())
        ):
            per_printer.setdefault(row.id, []).append(
                _stats(row, names.get(row.printer_id))
            )
    return [
        FileRecord(
            id=row.id,
            filename=row.filename,
            fingerprint=row.fingerprint,
            version=row.version,
            versions=row.versions,
            thumbnail_job_id=row.thumbnail_job_id,
            printer_model=row.printer_model,
            stats=_stats(row, names.get(row.printer_id)),
            printers=tuple(per_printer.get(row.id, ())),
        )
        for row in rows
    ]


def list_files(session: Session, query: FileQuery) -> FilePage:
    """Return a page of files with their records (of one printer, or of the farm)."""
    clauses = [PrintFile.printer_id == (query.printer_id or FARM)]
    if query.q:
        pattern = "%" + fold(query.q).replace("\\", "\\\\").replace("%", "\\%")
        pattern = pattern.replace("_", "\\_") + "%"
        # The matching names from their narrow table, then their files by the name index: the
        # search reads ~10k short names, not the wide records of every printer's files.
        names = select(PrintFileName.name_id).where(
            PrintFileName.filename_search.like(pattern, escape="\\")
        )
        if session.get_bind().dialect.name == "postgresql":
            # PostgreSQL would rather walk the sort's index and probe the names once per file;
            # OFFSET 0 keeps the names a subquery of their own, read first. (MariaDB refuses a
            # LIMIT / OFFSET in an IN subquery, and starts from the names anyway, as SQLite does.)
            names = names.offset(0)
        clauses.append(PrintFile.name_id.in_(names))
    column = _sort_column(query.sort)
    if query.order == "asc":
        ordering = [column.asc(), PrintFile.id.asc()]
    else:
        ordering = [column.desc(), PrintFile.id.desc()]
    # The page by id and sort value alone (a narrow sort, from an index where there is one), then
    # only its rows in full.
    # The total comes with the page (a window count: one pass over the matching files, not two).
    page = session.execute(
        select(PrintFile.id, func.count().over().label("total"))
        .where(*clauses)
        .order_by(*ordering)
        .limit(query.limit)
        .offset(query.offset)
    ).all()
    ids = [row.id for row in page]
    if page:
        total = int(page[0].total)
    else:
        total = int(
            session.execute(
                select(func.count()).select_from(PrintFile).where(*clauses)
            ).scalar_one()
        )
    found = {
        row.id: row
        for row in session.execute(
            select(*_FILE_COLUMNS).where(
                PrintFile.id.in_(ids),
                PrintFile.printer_id == (query.printer_id or FARM),
            )
        )
    }
    rows = [found[file_id] for file_id in ids if file_id in found]
    return FilePage(
        files=tuple(_with_printers(session, rows, _names(session))), total=total
    )


def get_file(
    session: Session, file_id: str
) -> tuple[FileRecord, list[FileRecord]] | None:
    """Return a file's record and those of every version of its name (oldest first); None if none."""
    name_id = session.scalar(
        select(PrintFile.name_id).where(
            PrintFile.id == file_id, PrintFile.printer_id == FARM
        )
    )
    if name_id is None:
        return None
    names = _names(session)
    versions = session.execute(
        select(*_FILE_COLUMNS)
        .where(PrintFile.name_id == name_id, PrintFile.printer_id == FARM)
        .order_by(PrintFile.version, PrintFile.id)
    ).all()
    records = _with_printers(session, versions, names)
    return next(record for record in records if record.id == file_id), records


def printer_model_of(session: Session, printer_id: str) -> str | None:
    """Return the printer model the newest slice printed on a printer was made for."""
    return session.execute(
        select(PrintFile.printer_model)
        .where(PrintFile.printer_id == printer_id, PrintFile.printer_model.is_not(None))
        .order_by(PrintFile.last_start.desc())
        .limit(1)
    ).scalar()


def slice_model_of(session: Session, filename: str) -> str | None:
    """Return the printer model the newest slice of a file name printed was made for."""
    return session.execute(
        select(PrintFile.printer_model)
        .where(
            PrintFile.name_id == name_id_of(filename),
            PrintFile.printer_id == FARM,
            PrintFile.printer_model.is_not(None),
        )
        .order_by(PrintFile.last_start.desc())
        .limit(1)
    ).scalar()
