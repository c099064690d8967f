"""The store's public value types: frozen records returned to callers, and the job query."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field, fields
from datetime import datetime
from typing import Any, Final, Literal, TypedDict, get_args

from .enums import JobEventType, JobSource, JobStatus
from .spools import JobSpool

type SortOrder = Literal["asc", "desc"]
SORT_ORDERS: Final[tuple[SortOrder, ...]] = get_args(SortOrder.__value__)

# Sort keys of list_jobs (docs/api.md), in the documented order; "printer" sorts by the printer's name.
SORT_KEYS: Final = (
    "start",
    "end",
    "filename",
    "status",
    "print_duration",
    "total_duration",
    "filament_used_mm",
    "filament_weight_g",
    "rating",
    "cost",
    "printer",
    "created_at",
    "updated_at",
)
MAX_PAGE_SIZE: Final = 500
DEFAULT_PAGE_SIZE: Final = 50


@dataclass(frozen=True, kw_only=True)
class PrinterRecord:
    """A printer as stored."""

    id: str
    entry_id: str | None
    name: str
    moonraker_url: str | None
    instance_id: str | None
    klipper_version: str | None
    moonraker_version: str | None
    first_seen: datetime
    last_seen: datetime


@dataclass(frozen=True, kw_only=True)
class JobCosts:
    """
    What a job cost, as computed when it ended (schema version 7, ``costs.py``), with the sources.

    ``total_cost`` is the manual ``cost`` when a person typed one (source ``manual``), else the sum
    of the parts (a manual ``energy_cost`` / ``filament_cost`` replacing its part).
    """

    energy_kwh: float | None = None
    energy_source: str | None = None
    electricity_cost: float | None = None
    electricity_source: str | None = None
    computed_filament_cost: float | None = None
    computed_filament_source: str | None = None
    machine_cost: float | None = None
    total_cost: float | None = None
    total_cost_source: str | None = None


@dataclass(frozen=True, kw_only=True)
class JobRecord:
    """A job as listed (the job row with its printer's name and a few details)."""

    id: str
    printer_id: str
    printer_name: str
    uid: str | None
    filename: str
    status: JobStatus
    source: JobSource
    start: datetime
    end: datetime | None
    print_duration: float
    total_duration: float
    filament_used_mm: float
    filament_weight_g: float | None
    estimated_time: float | None
    progress: float
    current_layer: int | None
    total_layers: int | None
    pause_count: int
    paused_duration: float
    error_message: str | None
    notes: str | None
    rating: int | None
    tags: tuple[str, ...]
    failure_reason: str | None
    cost: float | None
    filament_cost: float | None
    energy_cost: float | None
    filament_type: str | None
    filament_colour: str | None
    has_thumbnail: bool
    created_at: datetime
    updated_at: datetime
    spools: tuple[JobSpool, ...] = ()
    spool_filament_cost: float | None = None
    end_photo_id: str | None = None
    # The file it printed (its track record: ``store/files.py``); None before it is known.
    file_id: str | None = None
    costs: JobCosts = JobCosts()


@dataclass(frozen=True, kw_only=True)
class JobEventRecord:
    """One entry of a job's timeline."""

    id: str
    job_id: str
    type: JobEventType
    at: datetime
    data: dict[str, Any]


@dataclass(frozen=True, kw_only=True)
class JobDetail:
    """A job with its slicer details, timeline and Moonraker metadata."""

    job: JobRecord
    details: dict[str, Any] | None
    events: tuple[JobEventRecord, ...]
    metadata: dict[str, Any] | None
    photos: tuple[PhotoRecord, ...] = ()
    climate: tuple[ClimateRecord, ...] = ()


@dataclass(frozen=True, kw_only=True)
class PhotoRecord:
    """A photo of a job (its file is the glue's: ``<photos>/<job_id>/<id>.jpg``)."""

    id: str
    job_id: str
    kind: str
    taken_at: datetime
    size: int
    width: int
    height: int
    source: str | None


@dataclass(frozen=True, kw_only=True)
class ClimateRecord:
    """An environment sensor over a job: statistics and the series ([seconds, value or None])."""

    entity_id: str
    name: str | None
    device_class: str | None
    unit: str | None
    minimum: float | None
    mean: float | None
    maximum: float | None
    samples: int
    missing_seconds: float
    series: tuple[tuple[float, float | None], ...]


@dataclass(frozen=True, kw_only=True)
class Thumbnail:
    """A job's thumbnail image."""

    format: str | None
    width: int | None
    height: int | None
    data: bytes


@dataclass(frozen=True, kw_only=True)
class JobPage:
    """One page of list_jobs: the jobs, how many match in all, and the cursor of the next page."""

    jobs: tuple[JobRecord, ...]
    total: int
    next_cursor: str | None


@dataclass(frozen=True, kw_only=True)
class JobQuery:
    """
    Filters, order and page of list_jobs.

    ``since`` is inclusive and ``until`` exclusive, both on the start time; ``q`` is a case-insensitive
    substring of the filename; ``filament_type`` matches (case-insensitively) the type or one of the
    ``;``-joined types of a multi-filament job; ``tags`` matches jobs having any of them;
    ``min_duration`` / ``max_duration`` bound the print duration (seconds, inclusive). Missing values
    (``end``, ``rating``, ``cost``, …) sort last in both orders; ties are broken by job id.
    """

    printer_ids: tuple[str, ...] = ()
    statuses: tuple[JobStatus, ...] = ()
    since: datetime | None = None
    until: datetime | None = None
    q: str | None = None
    filament_type: str | None = None
    tags: tuple[str, ...] = ()
    min_duration: float | None = None
    max_duration: float | None = None
    spool_id: int | None = None
    """Jobs that used this spool (schema version 3)."""
    spool_vendor: str | None = None
    """Jobs that used a spool of this vendor."""
    # The jobs of one file (``store/files.py``).
    file_id: str | None = None
    sort: str = "start"
    order: SortOrder = "desc"
    limit: int = DEFAULT_PAGE_SIZE
    cursor: str | None = None


@dataclass(kw_only=True)
class TrackedJobData:
    """
    The tracker-owned fields of a job: what the job tracker keeps, saves and loads.

    Mutable (the tracker updates its job as the print goes on); the store returns a new one each time.
    """

    id: str
    printer_id: str
    filename: str
    start: datetime
    status: JobStatus = JobStatus.IN_PROGRESS
    uid: str | None = None
    end: datetime | None = None
    print_duration: float = 0.0
    total_duration: float = 0.0
    filament_used_mm: float = 0.0
    progress: float = 0.0
    current_layer: int | None = None
    total_layers: int | None = None
    pause_count: int = 0
    paused_duration: float = 0.0
    paused_since: datetime | None = None
    error_message: str | None = None
    estimated_time: float | None = None

    @property
    def active(self) -> bool:
        """Return True while the job is in progress."""
        return self.status is JobStatus.IN_PROGRESS

    def paused_seconds(self, now: datetime) -> float:
        """Return the paused time so far, counting a pause still under way."""
        extra = (now - self.paused_since).total_seconds() if self.paused_since else 0.0
        return self.paused_duration + max(extra, 0.0)


def tracked_from_record(record: JobRecord) -> TrackedJobData:
    """Return the tracker-owned fields of a listed job (e.g. the last one that ended, for sensors)."""
    return TrackedJobData(
        **{
            f.name: getattr(record, f.name)
            for f in fields(TrackedJobData)
            if f.name != "paused_since"
        }
    )


@dataclass(frozen=True, kw_only=True)
class ImportedJob:
    """
    A job the printer ran, as its own history tells it: imported once per printer and ``uid``.

    ``details`` are job_details contract keys (docs/contracts.md); ``metadata`` is what the printer
    said of the file, kept as it is.
    """

    uid: str
    filename: str
    status: JobStatus
    start: datetime
    end: datetime | None = None
    print_duration: float = 0.0
    total_duration: float = 0.0
    filament_used_mm: float = 0.0
    estimated_time: float | None = None
    total_layers: int | None = None
    details: Mapping[str, Any] = field(default_factory=dict)
    metadata: Mapping[str, Any] = field(default_factory=dict)


@dataclass(frozen=True, kw_only=True)
class EngineInfo:
    """What diagnostics show about the store's database."""

    url: str
    dialect: str
    driver: str
    server_version: str | None
    schema_version: int
    available: bool
    pending_writes: int
    row_counts: dict[str, int] = field(default_factory=dict)


class NewJobData(TypedDict, total=False):
    """The fields of create_job (a manual record); ``printer_id``, ``filename``, ``status``, ``start`` are required."""

    id: str
    printer_id: str
    filename: str
    status: str
    start: datetime | str
    end: datetime | str | None
    uid: str | None
    print_duration: float
    total_duration: float
    filament_used_mm: float
    filament_weight_g: float | None
    filament_type: str | None
    notes: str | None
    rating: int | None
    tags: list[str]
    failure_reason: str | None
    cost: float | None
    filament_cost: float | None
    energy_cost: float | None


class JobChanges(TypedDict, total=False):
    """The editable fields of update_job."""

    notes: str | None
    rating: int | None
    tags: list[str]
    failure_reason: str | None
    cost: float | None
    filament_cost: float | None
    energy_cost: float | None
