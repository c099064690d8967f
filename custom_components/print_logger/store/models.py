"""
SQLAlchemy 2.0 models of the print log (schema version 3; see migrations.py).

Every table is prefixed ``print_logger_`` so the tables may live in Home Assistant's recorder
database. Datetimes are stored as naive UTC (``DATETIME(6)`` on MySQL/MariaDB) and always read back
as timezone-aware UTC; JSON is ``JSONB`` on PostgreSQL and ``JSON`` elsewhere; floats are double
precision everywhere (keyset pagination compares them for equality).
"""

from __future__ import annotations

from collections.abc import Mapping
from datetime import UTC, datetime
from typing import Any, Final

from sqlalchemy import (
    JSON,
    BigInteger,
    Boolean,
    Double,
    ForeignKey,
    Index,
    Integer,
    LargeBinary,
    SmallInteger,
    String,
    Table,
    Text,
    UniqueConstraint,
)
from sqlalchemy.dialects import mysql, postgresql
from sqlalchemy.engine import Dialect
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column, relationship
from sqlalchemy.types import DateTime, TypeDecorator, TypeEngine

ID_LENGTH: Final = 32
# Printers may be known by Moonraker's instance id (32 or 64 hex digits, or a UUID string).
PRINTER_ID_LENGTH: Final = 64
FILENAME_LENGTH: Final = 4096
FINGERPRINT_LENGTH: Final = 16
NAME_LENGTH: Final = 1024
SHORT_LENGTH: Final = 255
MYSQL_DIALECTS: Final = ("mysql", "mariadb")

# InnoDB, full Unicode (emoji are 4 bytes) on MySQL / MariaDB.
_TABLE_ARGS: Final[dict[str, str]] = {
    "mysql_engine": "InnoDB",
    "mysql_charset": "utf8mb4",
    "mysql_collate": "utf8mb4_unicode_ci",
    "mariadb_engine": "InnoDB",
    "mariadb_charset": "utf8mb4",
    "mariadb_collate": "utf8mb4_unicode_ci",
}


class UTCDateTime(TypeDecorator[datetime]):
    """A datetime stored as naive UTC and always returned timezone-aware (UTC) on every engine."""

    impl = DateTime
    cache_ok = True

    def load_dialect_impl(self, dialect: Dialect) -> TypeEngine[Any]:
        """Use microsecond precision on MySQL / MariaDB (their default is whole seconds)."""
        if dialect.name in MYSQL_DIALECTS:
            return dialect.type_descriptor(mysql.DATETIME(fsp=6))
        return dialect.type_descriptor(DateTime())

    def process_bind_param(
        self, value: datetime | None, dialect: Dialect
    ) -> datetime | None:
        """Convert an aware datetime to naive UTC; naive datetimes are refused."""
        if value is None:
            return None
        if value.tzinfo is None or value.utcoffset() is None:
            raise ValueError(
                f"naive datetime {value!r}: the store needs aware datetimes"
            )
        return value.astimezone(UTC).replace(tzinfo=None)

    def process_result_value(
        self, value: datetime | None, dialect: Dialect
    ) -> datetime | None:
        """Attach UTC to the stored naive value."""
        if value is None:
            return None
        if value.tzinfo is not None:
            return value.astimezone(UTC)
        return value.replace(tzinfo=UTC)


def json_type() -> TypeEngine[Any]:
    """Return the JSON column type: JSONB on PostgreSQL, JSON elsewhere; Python None is SQL NULL."""
    return JSON(none_as_null=True).with_variant(
        postgresql.JSONB(none_as_null=True), "postgresql"
    )


def blob_type() -> TypeEngine[bytes]:
    """Return a binary type that holds more than MySQL's 64 kB BLOB."""
    return LargeBinary().with_variant(mysql.LONGBLOB(), *MYSQL_DIALECTS)


def id_type(length: int = ID_LENGTH) -> TypeEngine[str]:
    """Return the type of ids: ASCII, compared byte-wise (binary collation on MySQL)."""
    return String(length).with_variant(
        mysql.VARCHAR(length, charset="ascii", collation="ascii_bin"),
        *MYSQL_DIALECTS,
    )


def uid_type() -> TypeEngine[str]:
    """Return the type of Moonraker job uids (case-sensitive on MySQL too)."""
    return String(64).with_variant(
        mysql.VARCHAR(64, charset="utf8mb4", collation="utf8mb4_bin"), *MYSQL_DIALECTS
    )


def search_text_type() -> TypeEngine[str]:
    """Return the type of the case-folded search copy of a name (binary collation on MySQL)."""
    return Text().with_variant(
        mysql.TEXT(charset="utf8mb4", collation="utf8mb4_bin"), *MYSQL_DIALECTS
    )


class Base(DeclarativeBase):
    """Declarative base of the print log's tables."""


class SchemaVersion(Base):
    """One row per migration step applied to the database."""

    __tablename__ = "print_logger_schema_version"
    __table_args__ = (_TABLE_ARGS,)

    version: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=False)
    description: Mapped[str] = mapped_column(String(SHORT_LENGTH))
    applied_at: Mapped[datetime] = mapped_column(UTCDateTime())


class Printer(Base):
    """A Moonraker printer (one per Home Assistant config entry)."""

    __tablename__ = "print_logger_printers"
    __table_args__ = (
        Index("ix_print_logger_printers_entry_id", "entry_id"),
        Index("ix_print_logger_printers_instance_id", "instance_id"),
        _TABLE_ARGS,
    )

    id: Mapped[str] = mapped_column(id_type(PRINTER_ID_LENGTH), primary_key=True)
    entry_id: Mapped[str | None] = mapped_column(String(64))
    name: Mapped[str] = mapped_column(String(NAME_LENGTH))
    moonraker_url: Mapped[str | None] = mapped_column(Text)
    instance_id: Mapped[str | None] = mapped_column(String(64))
    klipper_version: Mapped[str | None] = mapped_column(Text)
    moonraker_version: Mapped[str | None] = mapped_column(Text)
    first_seen: Mapped[datetime] = mapped_column(UTCDateTime())
    last_seen: Mapped[datetime] = mapped_column(UTCDateTime())

    jobs: Mapped[list[Job]] = relationship(
        back_populates="printer", passive_deletes=True
    )


class Job(Base):
    """One print job."""

    __tablename__ = "print_logger_jobs"
    __table_args__ = (
        UniqueConstraint("printer_id", "uid", name="uq_print_logger_jobs_printer_uid"),
        Index("ix_print_logger_jobs_printer_start", "printer_id", "start"),
        Index("ix_print_logger_jobs_start", "start"),
        Index("ix_print_logger_jobs_status_start", "status", "start"),
        Index("ix_print_logger_jobs_end", "end"),
        # Covers the accuracy report (schema version 2): completed jobs in (printer, material) order
        # with every filter and figure it reads, so it needs neither the table nor a sort.
        Index(
            "ix_print_logger_jobs_accuracy",
            "status",
            "printer_id",
            "filament_type",
            "start",
            "estimated_time",
            "print_duration",
            "estimated_filament_mm",
            "filament_used_mm",
        ),
        # A file's jobs (schema version 6): its record's refresh and its job list.
        Index("ix_print_logger_jobs_file", "file_id", "printer_id", "start"),
        # The most expensive jobs (schema version 12): the manual costs and the computed totals
        # each in the order the list sorts them, so it reads a few index entries, not every job.
        Index("ix_print_logger_jobs_cost", "cost", "start", "id"),
        Index("ix_print_logger_jobs_total_cost", "total_cost", "start", "id"),
        _TABLE_ARGS,
    )

    id: Mapped[str] = mapped_column(id_type(), primary_key=True)
    printer_id: Mapped[str] = mapped_column(
        id_type(PRINTER_ID_LENGTH),
        ForeignKey("print_logger_printers.id", ondelete="CASCADE"),
    )
    uid: Mapped[str | None] = mapped_column(uid_type())
    filename: Mapped[str] = mapped_column(String(FILENAME_LENGTH))
    filename_search: Mapped[str] = mapped_column(search_text_type())
    status: Mapped[str] = mapped_column(String(32))
    source: Mapped[str] = mapped_column(String(16))
    start: Mapped[datetime] = mapped_column(UTCDateTime())
    end: Mapped[datetime | None] = mapped_column(UTCDateTime())
    print_duration: Mapped[float] = mapped_column(Double, default=0.0)
    total_duration: Mapped[float] = mapped_column(Double, default=0.0)
    filament_used_mm: Mapped[float] = mapped_column(Double, default=0.0)
    filament_weight_g: Mapped[float | None] = mapped_column(Double)
    estimated_time: Mapped[float | None] = mapped_column(Double)
    progress: Mapped[float] = mapped_column(Double, default=0.0)
    current_layer: Mapped[int | None] = mapped_column(Integer)
    total_layers: Mapped[int | None] = mapped_column(Integer)
    pause_count: Mapped[int] = mapped_column(Integer, default=0)
    paused_duration: Mapped[float] = mapped_column(Double, default=0.0)
    paused_since: Mapped[datetime | None] = mapped_column(UTCDateTime())
    error_message: Mapped[str | None] = mapped_column(Text)
    notes: Mapped[str | None] = mapped_column(Text)
    rating: Mapped[int | None] = mapped_column(SmallInteger)
    tags: Mapped[list[str] | None] = mapped_column(json_type())
    failure_reason: Mapped[str | None] = mapped_column(Text)
    cost: Mapped[float | None] = mapped_column(Double)
    filament_cost: Mapped[float | None] = mapped_column(Double)
    energy_cost: Mapped[float | None] = mapped_column(Double)
    moonraker_metadata: Mapped[dict[str, Any] | None] = mapped_column(json_type())
    created_at: Mapped[datetime] = mapped_column(UTCDateTime())
    updated_at: Mapped[datetime] = mapped_column(UTCDateTime())
    # Copies of some of the job's details (schema version 2), kept by the store whenever the
    # details are written (see JOB_DETAIL_COPIES): analytics group and filter by them with a scan of
    # this table, without a join to job_details (a join costs one index probe per job).
    filament_type: Mapped[str | None] = mapped_column(String(SHORT_LENGTH))
    filament_colour: Mapped[str | None] = mapped_column(Text)
    slicer: Mapped[str | None] = mapped_column(String(SHORT_LENGTH))
    layer_height: Mapped[float | None] = mapped_column(Double)
    estimated_filament_mm: Mapped[float | None] = mapped_column(Double)
    # The spools the job used, in order, with their facts at the time (schema version 3, see
    # spools.py), and the filament cost from their prices.
    spools: Mapped[list[dict[str, Any]] | None] = mapped_column(json_type())
    spool_filament_cost: Mapped[float | None] = mapped_column(Double)
    # The photo taken when the job ended (schema version 5): the job list shows it without a join.
    end_photo_id: Mapped[str | None] = mapped_column(id_type())
    # The file the job printed (schema version 6, ``store/files.py``): the slice's fingerprint
    # (from its metadata, the same after a re-upload) and the id of (file name, fingerprint).
    fingerprint: Mapped[str | None] = mapped_column(id_type(FINGERPRINT_LENGTH))
    file_id: Mapped[str | None] = mapped_column(id_type())
    # What the job cost (schema version 7, ``store/costs.py``): its energy, the electricity at each
    # moment's price, the filament and machine cost computed when it ended, each with its source, and
    # the total (a manual ``cost`` / ``energy_cost`` / ``filament_cost`` overrides its part). None
    # until computed.
    energy_kwh: Mapped[float | None] = mapped_column(Double)
    energy_source: Mapped[str | None] = mapped_column(String(16))
    electricity_cost: Mapped[float | None] = mapped_column(Double)
    electricity_source: Mapped[str | None] = mapped_column(String(16))
    computed_filament_cost: Mapped[float | None] = mapped_column(Double)
    computed_filament_source: Mapped[str | None] = mapped_column(String(16))
    machine_cost: Mapped[float | None] = mapped_column(Double)
    total_cost: Mapped[float | None] = mapped_column(Double)
    total_cost_source: Mapped[str | None] = mapped_column(String(16))

    printer: Mapped[Printer] = relationship(back_populates="jobs")
    details: Mapped[JobDetails | None] = relationship(
        back_populates="job", passive_deletes=True
    )
    events: Mapped[list[JobEvent]] = relationship(
        back_populates="job", passive_deletes=True
    )


class JobDetails(Base):
    """The slicer metadata of a job's file (1:1 with the job); keys as in docs/contracts.md."""

    __tablename__ = "print_logger_job_details"
    __table_args__ = (
        Index("ix_print_logger_job_details_filament_type", "filament_type", "job_id"),
        _TABLE_ARGS,
    )

    job_id: Mapped[str] = mapped_column(
        id_type(),
        ForeignKey("print_logger_jobs.id", ondelete="CASCADE"),
        primary_key=True,
    )
    slicer: Mapped[str | None] = mapped_column(String(SHORT_LENGTH))
    slicer_version: Mapped[str | None] = mapped_column(Text)
    estimated_time: Mapped[float | None] = mapped_column(Double)
    layer_height: Mapped[float | None] = mapped_column(Double)
    first_layer_height: Mapped[float | None] = mapped_column(Double)
    nozzle_diameter: Mapped[float | None] = mapped_column(Double)
    nozzle_temp: Mapped[float | None] = mapped_column(Double)
    nozzle_temp_first_layer: Mapped[float | None] = mapped_column(Double)
    bed_temp: Mapped[float | None] = mapped_column(Double)
    bed_temp_first_layer: Mapped[float | None] = mapped_column(Double)
    filament_type: Mapped[str | None] = mapped_column(String(SHORT_LENGTH))
    filament_name: Mapped[str | None] = mapped_column(Text)
    filament_colour: Mapped[str | None] = mapped_column(Text)
    filament_vendor: Mapped[str | None] = mapped_column(Text)
    filament_density: Mapped[float | None] = mapped_column(Double)
    filament_diameter: Mapped[float | None] = mapped_column(Double)
    filament_cost_per_kg: Mapped[float | None] = mapped_column(Double)
    filament_used_mm: Mapped[float | None] = mapped_column(Double)
    filament_used_g: Mapped[float | None] = mapped_column(Double)
    filament_used_cm3: Mapped[float | None] = mapped_column(Double)
    print_cost: Mapped[float | None] = mapped_column(Double)
    infill_density: Mapped[float | None] = mapped_column(Double)
    infill_pattern: Mapped[str | None] = mapped_column(Text)
    wall_count: Mapped[int | None] = mapped_column(Integer)
    top_layers: Mapped[int | None] = mapped_column(Integer)
    bottom_layers: Mapped[int | None] = mapped_column(Integer)
    supports_enabled: Mapped[bool | None] = mapped_column(Boolean)
    support_type: Mapped[str | None] = mapped_column(Text)
    brim_width: Mapped[float | None] = mapped_column(Double)
    skirt_loops: Mapped[int | None] = mapped_column(Integer)
    speeds: Mapped[dict[str, Any] | None] = mapped_column(json_type())
    total_layers: Mapped[int | None] = mapped_column(Integer)
    object_height: Mapped[float | None] = mapped_column(Double)
    printer_model: Mapped[str | None] = mapped_column(Text)
    print_profile: Mapped[str | None] = mapped_column(Text)
    filament_profile: Mapped[str | None] = mapped_column(Text)
    printer_profile: Mapped[str | None] = mapped_column(Text)
    thumbnail_format: Mapped[str | None] = mapped_column(String(16))
    thumbnail_width: Mapped[int | None] = mapped_column(Integer)
    thumbnail_height: Mapped[int | None] = mapped_column(Integer)
    # Loaded only when read: writes and reads of the other details never fetch the image.
    thumbnail: Mapped[bytes | None] = mapped_column(blob_type(), deferred=True)
    extruders: Mapped[dict[str, Any] | None] = mapped_column(json_type())
    raw: Mapped[dict[str, Any] | None] = mapped_column(json_type())

    job: Mapped[Job] = relationship(back_populates="details")


class JobEvent(Base):
    """An entry of a job's timeline."""

    __tablename__ = "print_logger_job_events"
    __table_args__ = (
        Index("ix_print_logger_job_events_job_at", "job_id", "at"),
        _TABLE_ARGS,
    )

    id: Mapped[str] = mapped_column(id_type(), primary_key=True)
    job_id: Mapped[str] = mapped_column(
        id_type(), ForeignKey("print_logger_jobs.id", ondelete="CASCADE")
    )
    type: Mapped[str] = mapped_column(String(32))
    at: Mapped[datetime] = mapped_column(UTCDateTime())
    data: Mapped[dict[str, Any] | None] = mapped_column(json_type())

    job: Mapped[Job] = relationship(back_populates="events")


class MaintenanceTask(Base):
    """
    A printer's maintenance task (schema version 4): due by print hours, filament, jobs or days.

    Whichever interval is reached first makes it due, counted from the last time it was done (its
    newest log entry) or, never done, from when it was added. A task with a log is archived rather
    than deleted, so that nothing logged is lost.
    """

    __tablename__ = "print_logger_maintenance_tasks"
    __table_args__ = (
        Index("ix_print_logger_maintenance_tasks_printer", "printer_id"),
        _TABLE_ARGS,
    )

    id: Mapped[str] = mapped_column(id_type(), primary_key=True)
    printer_id: Mapped[str] = mapped_column(
        id_type(PRINTER_ID_LENGTH),
        ForeignKey("print_logger_printers.id", ondelete="CASCADE"),
    )
    name: Mapped[str] = mapped_column(String(SHORT_LENGTH))
    interval_hours: Mapped[float | None] = mapped_column(Double)
    interval_filament_kg: Mapped[float | None] = mapped_column(Double)
    interval_jobs: Mapped[int | None] = mapped_column(Integer)
    interval_days: Mapped[int | None] = mapped_column(Integer)
    notes: Mapped[str | None] = mapped_column(Text)
    cost: Mapped[float | None] = mapped_column(Double)
    archived: Mapped[bool] = mapped_column(Boolean, default=False)
    # When the task was last announced as due (the event fires once); cleared when it is done.
    due_notified_at: Mapped[datetime | None] = mapped_column(UTCDateTime())
    created_at: Mapped[datetime] = mapped_column(UTCDateTime())
    updated_at: Mapped[datetime] = mapped_column(UTCDateTime())


class MaintenanceLogEntry(Base):
    """One time maintenance was done on a printer (of a task, or free text), with its counters."""

    __tablename__ = "print_logger_maintenance_log"
    __table_args__ = (
        Index("ix_print_logger_maintenance_log_printer_done", "printer_id", "done_at"),
        Index("ix_print_logger_maintenance_log_task_done", "task_id", "done_at"),
        _TABLE_ARGS,
    )

    id: Mapped[str] = mapped_column(id_type(), primary_key=True)
    printer_id: Mapped[str] = mapped_column(
        id_type(PRINTER_ID_LENGTH),
        ForeignKey("print_logger_printers.id", ondelete="CASCADE"),
    )
    task_id: Mapped[str | None] = mapped_column(
        id_type(), ForeignKey("print_logger_maintenance_tasks.id", ondelete="CASCADE")
    )
    name: Mapped[str] = mapped_column(String(SHORT_LENGTH))
    done_at: Mapped[datetime] = mapped_column(UTCDateTime())
    done_by: Mapped[str | None] = mapped_column(String(SHORT_LENGTH))
    notes: Mapped[str | None] = mapped_column(Text)
    cost: Mapped[float | None] = mapped_column(Double)
    # The printer's lifetime counters when it was done (jobs started before ``done_at``).
    print_hours: Mapped[float] = mapped_column(Double, default=0.0)
    filament_g: Mapped[float] = mapped_column(Double, default=0.0)
    jobs: Mapped[int] = mapped_column(Integer, default=0)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime())


class JobPhoto(Base):
    """A photo of a job (schema version 5): its file is ``<photos>/<job_id>/<id>.jpg``."""

    __tablename__ = "print_logger_job_photos"
    __table_args__ = (
        Index("ix_print_logger_job_photos_job_taken", "job_id", "taken_at"),
        Index("ix_print_logger_job_photos_taken", "taken_at"),
        _TABLE_ARGS,
    )

    id: Mapped[str] = mapped_column(id_type(), primary_key=True)
    job_id: Mapped[str] = mapped_column(
        id_type(), ForeignKey("print_logger_jobs.id", ondelete="CASCADE")
    )
    # first_layer, pause, end or upload (PhotoKind).
    kind: Mapped[str] = mapped_column(String(16))
    taken_at: Mapped[datetime] = mapped_column(UTCDateTime())
    size: Mapped[int] = mapped_column(Integer)
    width: Mapped[int] = mapped_column(Integer)
    height: Mapped[int] = mapped_column(Integer)
    source: Mapped[str | None] = mapped_column(String(SHORT_LENGTH))


class JobClimate(Base):
    """An environment sensor over a job (schema version 5): statistics and the series itself."""

    __tablename__ = "print_logger_job_climate"
    __table_args__ = (
        UniqueConstraint("job_id", "entity_id", name="uq_print_logger_job_climate"),
        _TABLE_ARGS,
    )

    id: Mapped[str] = mapped_column(id_type(), primary_key=True)
    job_id: Mapped[str] = mapped_column(
        id_type(), ForeignKey("print_logger_jobs.id", ondelete="CASCADE")
    )
    entity_id: Mapped[str] = mapped_column(String(SHORT_LENGTH))
    name: Mapped[str | None] = mapped_column(Text)
    device_class: Mapped[str | None] = mapped_column(String(64))
    unit: Mapped[str | None] = mapped_column(String(32))
    minimum: Mapped[float | None] = mapped_column(Double)
    mean: Mapped[float | None] = mapped_column(Double)
    maximum: Mapped[float | None] = mapped_column(Double)
    samples: Mapped[int] = mapped_column(Integer, default=0)
    # Seconds of the job without a number from the sensor (unavailable, unknown).
    missing_seconds: Mapped[float] = mapped_column(Double, default=0.0)
    # [[seconds since the job's start, value or null], ...] (at most MAX_CLIMATE_POINTS).
    series: Mapped[list[Any] | None] = mapped_column(json_type())


class PrintFile(Base):
    """
    A file's track record (schema version 6): its jobs summed, per printer and for the farm.

    One row per (printer, file) and one for the whole farm (``printer_id`` ``""``); a file is a
    file name with one slice of it (its fingerprint), so a re-upload of the same slice adds to the
    same record and a re-slice is a new ``version`` of the name. Derived from the jobs: the store
    rewrites a file's rows whenever one of its jobs is written (``store/files.py``), so the files
    view reads at most one row per file instead of summing every job.
    """

    __tablename__ = "print_logger_files"
    __table_args__ = (
        Index("ix_print_logger_files_name", "name_id", "printer_id"),
        # A printer's (or the farm's) files in the order of the view's usual sorts.
        Index("ix_print_logger_files_printer_last", "printer_id", "last_start"),
        Index("ix_print_logger_files_printer_prints", "printer_id", "prints"),
        Index("ix_print_logger_files_printer_success", "printer_id", "success_rate"),
        _TABLE_ARGS,
    )

    # Keyed by file first (a page's files are read by id); a printer's rows by the indexes.
    id: Mapped[str] = mapped_column(id_type(), primary_key=True)
    printer_id: Mapped[str] = mapped_column(
        id_type(PRINTER_ID_LENGTH), primary_key=True
    )
    name_id: Mapped[str] = mapped_column(id_type())
    filename: Mapped[str] = mapped_column(String(FILENAME_LENGTH))
    filename_search: Mapped[str] = mapped_column(search_text_type())
    fingerprint: Mapped[str | None] = mapped_column(id_type(FINGERPRINT_LENGTH))
    version: Mapped[int] = mapped_column(Integer, default=1)
    versions: Mapped[int] = mapped_column(Integer, default=1)
    prints: Mapped[int] = mapped_column(Integer, default=0)
    finished: Mapped[int] = mapped_column(Integer, default=0)
    completed: Mapped[int] = mapped_column(Integer, default=0)
    # completed / finished, -1 before a print finished (sorted by the files view: indexed).
    success_rate: Mapped[float] = mapped_column(Double, default=-1.0)
    print_duration: Mapped[float] = mapped_column(Double, default=0.0)
    completed_duration: Mapped[float] = mapped_column(Double, default=0.0)
    filament_used_mm: Mapped[float] = mapped_column(Double, default=0.0)
    completed_filament_mm: Mapped[float] = mapped_column(Double, default=0.0)
    filament_weight_g: Mapped[float] = mapped_column(Double, default=0.0)
    cost: Mapped[float] = mapped_column(Double, default=0.0)
    cost_jobs: Mapped[int] = mapped_column(Integer, default=0)
    estimate_ratio_sum: Mapped[float] = mapped_column(Double, default=0.0)
    estimate_jobs: Mapped[int] = mapped_column(Integer, default=0)
    first_start: Mapped[datetime] = mapped_column(UTCDateTime())
    last_start: Mapped[datetime] = mapped_column(UTCDateTime())
    last_status: Mapped[str] = mapped_column(String(32))
    last_job_id: Mapped[str] = mapped_column(id_type())
    thumbnail_job_id: Mapped[str | None] = mapped_column(id_type())
    printer_model: Mapped[str | None] = mapped_column(Text)


class PrintFileName(Base):
    """
    A file name the files view searches (schema version 8): one row per name, case-folded.

    A substring search cannot seek an index, so it reads every name: here it reads this narrow
    table (one short row per name, about 10k) instead of the files' wide records, interleaved with
    every printer's (about 100k), then reaches the matching names' records by their index
    (``ix_print_logger_files_name``). Derived from the files' records (``store/files.py``).
    """

    __tablename__ = "print_logger_file_names"
    __table_args__ = (_TABLE_ARGS,)

    name_id: Mapped[str] = mapped_column(id_type(), primary_key=True)
    filename_search: Mapped[str] = mapped_column(search_text_type())


class RollupQuarter(Base):
    """
    The jobs started in one UTC quarter of an hour with one status, farm-wide (schema version 9).

    Derived from the jobs (``store/rollups.py`` keeps it in the transaction of every job write):
    the time series and the local-time breakdowns add these up instead of reading every job.
    ``quarter`` is the start's Unix seconds // 900; the sums are of the capped figures
    (``rollups.figures``: the cost as ``rollups.job_cost``, energy and the cost's three parts),
    NULL as 0.
    """

    __tablename__ = "print_logger_rollup_quarters"
    __table_args__ = ({**_TABLE_ARGS, "sqlite_with_rowid": False},)

    quarter: Mapped[int] = mapped_column(BigInteger, primary_key=True)
    status: Mapped[str] = mapped_column(String(32), primary_key=True)
    jobs: Mapped[int] = mapped_column(Integer)
    seconds: Mapped[float] = mapped_column(Double)
    filament_mm: Mapped[float] = mapped_column(Double)
    grams: Mapped[float] = mapped_column(Double)
    cost: Mapped[float] = mapped_column(Double)
    energy_kwh: Mapped[float] = mapped_column(Double)
    electricity_cost: Mapped[float] = mapped_column(Double)
    filament_cost: Mapped[float] = mapped_column(Double)
    machine_cost: Mapped[float] = mapped_column(Double)
    # The cost analysis's partial sums (schema version 10, ``rollups.partial_figures``): NULL
    # only between the step's ALTER TABLE and its rebuild.
    metered_jobs: Mapped[int | None] = mapped_column(Integer)
    metered_seconds: Mapped[float | None] = mapped_column(Double)
    weighed_cost: Mapped[float | None] = mapped_column(Double)
    weighed_grams: Mapped[float | None] = mapped_column(Double)
    costed_jobs: Mapped[int | None] = mapped_column(Integer)


class _RollupGroups:
    """
    The columns of the per-day and per-month roll-ups by a group key (schema version 9).

    One row per period, dimension (``printer``, ``status``, ``filament_type``, …, see
    ``rollups.DIMENSIONS``) and value of its key: ``value`` a text key, ``number`` the layer height
    key (both NULL: the jobs without that fact). No unique key on the value (a colour may be longer
    than an index allows): the rows of a period are always replaced together.
    """

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    period: Mapped[int] = mapped_column(Integer)
    dim: Mapped[str] = mapped_column(String(16))
    value: Mapped[str | None] = mapped_column(Text)
    number: Mapped[float | None] = mapped_column(Double)
    jobs: Mapped[int] = mapped_column(Integer)
    completed: Mapped[int] = mapped_column(Integer)
    ended: Mapped[int] = mapped_column(Integer)
    seconds: Mapped[float] = mapped_column(Double)
    filament_mm: Mapped[float] = mapped_column(Double)
    grams: Mapped[float] = mapped_column(Double)
    cost: Mapped[float] = mapped_column(Double)
    energy_kwh: Mapped[float] = mapped_column(Double)
    electricity_cost: Mapped[float] = mapped_column(Double)
    filament_cost: Mapped[float] = mapped_column(Double)
    machine_cost: Mapped[float] = mapped_column(Double)
    # The cost analysis's partial sums (schema version 10, ``rollups.partial_figures``): NULL
    # only between the step's ALTER TABLE and its rebuild.
    metered_jobs: Mapped[int | None] = mapped_column(Integer)
    metered_seconds: Mapped[float | None] = mapped_column(Double)
    weighed_cost: Mapped[float | None] = mapped_column(Double)
    weighed_grams: Mapped[float | None] = mapped_column(Double)
    costed_jobs: Mapped[int | None] = mapped_column(Integer)
    # The accuracy report's sums over the completed jobs (schema version 11; ``rollups.ACCURACY``).
    time_jobs: Mapped[int | None] = mapped_column(Integer)
    time_estimated: Mapped[float | None] = mapped_column(Double)
    time_actual: Mapped[float | None] = mapped_column(Double)
    time_error: Mapped[float | None] = mapped_column(Double)
    filament_jobs: Mapped[int | None] = mapped_column(Integer)
    filament_estimated: Mapped[float | None] = mapped_column(Double)
    filament_actual: Mapped[float | None] = mapped_column(Double)
    filament_error: Mapped[float | None] = mapped_column(Double)


class RollupDay(_RollupGroups, Base):
    """Per UTC day (``period``: days since 1970-01-01) and group key: see :class:`_RollupGroups`."""

    __tablename__ = "print_logger_rollup_days"
    __table_args__ = (
        Index("ix_print_logger_rollup_days_dim_period", "dim", "period"),
        _TABLE_ARGS,
    )


class RollupMonth(_RollupGroups, Base):
    """Per UTC month (``period``: months since 1970-01) and group key: see :class:`_RollupGroups`."""

    __tablename__ = "print_logger_rollup_months"
    __table_args__ = (
        Index("ix_print_logger_rollup_months_dim_period", "dim", "period"),
        _TABLE_ARGS,
    )


class _RollupSpools:
    """
    The columns of the daily and monthly spool roll-ups (schema version 12).

    ``dim`` one of ``spool``, ``filament``, ``vendor``, ``material`` and its key: ``spool_id`` for a
    spool, ``value`` for the others (both NULL: the spools without that fact). ``jobs`` counts the
    period's jobs with a spool of the group (a job is in one period, so the periods add up),
    ``length_mm`` / ``filament_g`` / ``cost`` sum the spools' figures (a cost unknown counts in
    ``unpriced``), ``label`` (NULL: unknown) and ``color_hex`` are the period's newest job's (latest
    start, then greatest id).
    """

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    period: Mapped[int] = mapped_column(Integer)
    dim: Mapped[str] = mapped_column(String(16))
    value: Mapped[str | None] = mapped_column(Text)
    spool_id: Mapped[int | None] = mapped_column(BigInteger)
    jobs: Mapped[int] = mapped_column(Integer)
    length_mm: Mapped[float] = mapped_column(Double)
    filament_g: Mapped[float] = mapped_column(Double)
    cost: Mapped[float] = mapped_column(Double)
    unpriced: Mapped[int] = mapped_column(Integer)
    label: Mapped[str | None] = mapped_column(Text)
    color_hex: Mapped[str | None] = mapped_column(Text)


class RollupSpoolDay(_RollupSpools, Base):
    """
    The spools of the jobs started on one UTC day, by spool, filament, vendor or material.

    ``period`` as :class:`RollupDay`'s (days since 1970-01-01); the columns: see
    :class:`_RollupSpools`. Derived from the jobs' spools JSON by ``store/spool_rollups.py``, in the
    transaction of every job write.
    """

    __tablename__ = "print_logger_rollup_spool_days"
    __table_args__ = (
        Index("ix_print_logger_rollup_spool_days_dim_period", "dim", "period"),
        _TABLE_ARGS,
    )


class RollupSpoolMonth(_RollupSpools, Base):
    """
    The spools of the jobs started in one UTC month: the sums of its :class:`RollupSpoolDay` rows.

    ``period`` as :class:`RollupMonth`'s (months since 1970-01); the columns: see
    :class:`_RollupSpools`; ``day`` is the group's latest day of the month, whose row's label and
    colour it carries (the month's newest job's). Computed from the day rows of every month a job
    write touches, in its transaction (``store/spool_rollups.py``).
    """

    __tablename__ = "print_logger_rollup_spool_months"
    __table_args__ = (
        Index("ix_print_logger_rollup_spool_months_dim_period", "dim", "period"),
        _TABLE_ARGS,
    )

    day: Mapped[int] = mapped_column(Integer, sort_order=1)


class RollupZone(Base):
    """
    The time zone the local roll-ups were built for (schema version 11): one row, or none.

    ``store.async_set_time_zone`` records Home Assistant's zone and builds the local roll-ups for
    it; with no row they are empty and unused.
    """

    __tablename__ = "print_logger_rollup_zone"
    __table_args__ = (_TABLE_ARGS,)

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=False)
    zone: Mapped[str] = mapped_column(String(64))


class RollupLocalDay(Base):
    """
    The jobs started on one local day of the built zone (:class:`RollupZone`), farm-wide.

    ``day``: the local date of the start as days since 1970-01-01; the sums as
    :class:`RollupQuarter`'s (schema version 11). The time series adds these up.
    """

    __tablename__ = "print_logger_rollup_local_days"
    __table_args__ = ({**_TABLE_ARGS, "sqlite_with_rowid": False},)

    day: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=False)
    jobs: Mapped[int] = mapped_column(Integer)
    seconds: Mapped[float] = mapped_column(Double)
    filament_mm: Mapped[float] = mapped_column(Double)
    grams: Mapped[float] = mapped_column(Double)
    cost: Mapped[float] = mapped_column(Double)
    energy_kwh: Mapped[float] = mapped_column(Double)
    electricity_cost: Mapped[float] = mapped_column(Double)
    filament_cost: Mapped[float] = mapped_column(Double)
    machine_cost: Mapped[float] = mapped_column(Double)
    # The cost analysis's partial sums (``rollups.partial_figures``): its costs by local month.
    metered_jobs: Mapped[int] = mapped_column(Integer)
    metered_seconds: Mapped[float] = mapped_column(Double)
    weighed_cost: Mapped[float] = mapped_column(Double)
    weighed_grams: Mapped[float] = mapped_column(Double)
    costed_jobs: Mapped[int] = mapped_column(Integer)


class RollupLocalMonth(Base):
    """
    The jobs started in one local month and local hour of the week of the built zone, farm-wide.

    ``month``: local months since 1970-01; ``hour``: 0 = Monday 00:00 … 167 = Sunday 23:00 (schema
    version 11). The breakdowns by local hour, weekday and hour of the week add these up.
    """

    __tablename__ = "print_logger_rollup_local_months"
    __table_args__ = ({**_TABLE_ARGS, "sqlite_with_rowid": False},)

    month: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=False)
    hour: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=False)
    jobs: Mapped[int] = mapped_column(Integer)
    completed: Mapped[int] = mapped_column(Integer)
    ended: Mapped[int] = mapped_column(Integer)
    seconds: Mapped[float] = mapped_column(Double)
    grams: Mapped[float] = mapped_column(Double)


# Tables in foreign-key order (parents first): the order of copies and of the schema. The files'
# records (PrintFile, PrintFileName) and the roll-ups are derived from the jobs: a copy builds them
# again (``files.rebuild``, ``rollups.rebuild``).
DATA_TABLES: Final[tuple[Table, ...]] = tuple(
    Base.metadata.tables[model.__tablename__]
    for model in (
        Printer,
        Job,
        JobDetails,
        JobEvent,
        MaintenanceTask,
        MaintenanceLogEntry,
        JobPhoto,
        JobClimate,
    )
)

# The contract's kinds of job_details columns (docs/contracts.md).
DETAIL_KINDS: Final[dict[str, str]] = {
    "slicer": "str",
    "slicer_version": "str",
    "estimated_time": "float",
    "layer_height": "float",
    "first_layer_height": "float",
    "nozzle_diameter": "float",
    "nozzle_temp": "float",
    "nozzle_temp_first_layer": "float",
    "bed_temp": "float",
    "bed_temp_first_layer": "float",
    "filament_type": "str",
    "filament_name": "str",
    "filament_colour": "str",
    "filament_vendor": "str",
    "filament_density": "float",
    "filament_diameter": "float",
    "filament_cost_per_kg": "float",
    "filament_used_mm": "float",
    "filament_used_g": "float",
    "filament_used_cm3": "float",
    "print_cost": "float",
    "infill_density": "float",
    "infill_pattern": "str",
    "wall_count": "int",
    "top_layers": "int",
    "bottom_layers": "int",
    "supports_enabled": "bool",
    "support_type": "str",
    "brim_width": "float",
    "skirt_loops": "int",
    "speeds": "json",
    "total_layers": "int",
    "object_height": "float",
    "printer_model": "str",
    "print_profile": "str",
    "filament_profile": "str",
    "printer_profile": "str",
    "thumbnail_format": "str",
    "thumbnail_width": "int",
    "thumbnail_height": "int",
    "thumbnail": "bytes",
    "extruders": "json",
    "raw": "json",
}
# Job column → the job_details column it copies (see Job).
JOB_DETAIL_COPIES: Final[dict[str, str]] = {
    "filament_type": "filament_type",
    "filament_colour": "filament_colour",
    "slicer": "slicer",
    "layer_height": "layer_height",
    "estimated_filament_mm": "filament_used_mm",
}


def job_detail_copies(details: Mapping[str, Any]) -> dict[str, Any]:
    """Return the job columns that copy ``details`` (a job_details row as a dict; for bulk loads)."""
    return {name: details.get(source) for name, source in JOB_DETAIL_COPIES.items()}


# String detail columns with a length limit (indexed or short by nature): longer values are cut.
DETAIL_MAX_LENGTH: Final[dict[str, int]] = {
    "slicer": SHORT_LENGTH,
    "filament_type": SHORT_LENGTH,
    "thumbnail_format": 16,
}


# The job columns of what it cost (schema version 7).
COST_COLUMNS: Final = (
    "energy_kwh",
    "energy_source",
    "electricity_cost",
    "electricity_source",
    "computed_filament_cost",
    "computed_filament_source",
    "machine_cost",
    "total_cost",
    "total_cost_source",
)
