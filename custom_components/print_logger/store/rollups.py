"""
Roll-ups of the jobs that analytics add up instead of reading every job (HA-free, schema 9 to 11).

Schema version 10 adds the cost analysis's partial sums (:func:`partial_figures`) to every roll-up.

Three tables (and the local ones below), all derived from the jobs and farm-wide (no printer
filter can use them; a printer's own figures read its jobs, a fraction of the farm's):

* ``print_logger_rollup_quarters``: per UTC quarter of an hour and status, the jobs and the sums
  of their (capped) figures. Every time zone's offset is a whole number of quarters of an hour
  today (+05:30, +05:45, +12:45, Lord Howe's 30-minute DST), so a local day, hour, weekday or
  hour of the week is an exact sum of quarters; a zone whose offset in the data's years is not
  (local mean time before the 1900s) is answered from the jobs, as is any part of a range that
  does not start and end on a quarter.
* ``print_logger_rollup_days`` and ``print_logger_rollup_months``: per UTC day / month and group
  key (printer, status, material, colour, slicer, layer height, failure reason, print-duration
  bin (schema version 12)), the jobs, how many
  completed and ended, and the sums. A breakdown by one of those keys adds whole months, the whole
  days around them and the jobs of the partial days at the ends of its range.

The spools of the jobs are rolled up per UTC day and month too (``spool_rollups.py``, schema
version 12): refreshed with the days below (their months from their days), built by :func:`rebuild`
when asked (``spools``).

The day and month group roll-ups also keep the accuracy report's sums over their completed jobs
(schema version 11), so that it adds those of the printer and material keys.

Local roll-ups (schema version 11), in the one zone the store was told (``set_time_zone``: Home
Assistant's; ``rollup_zone`` records it, none: empty): ``print_logger_rollup_local_days`` per local
date of the start, and ``print_logger_rollup_local_months`` per local month and local hour of the
week (0 = Monday 00:00), with the job-level key expressions (Unix seconds plus a CASE over the
zone's offset changes in the window, from ``zoneinfo``). A write recomputes the local day and month
of each start it touched (their keys computed in Python with ``zoneinfo``); a change of zone
rebuilds them.

Why not per printer and hour: a farm of 50 printers does two or three jobs per printer a day, so
per printer and hour (or day) there are about as many roll-up rows as jobs and nothing is saved.

Upkeep: the worker's sessions are :class:`TrackedSession`: every change of a job (ORM adds, edits
and deletes, bulk ``UPDATE`` / ``DELETE`` of jobs, a printer's delete with its jobs, ``INSERT`` of
jobs) notes the job's old and new start; before the transaction commits, every quarter, day and
month noted is computed again from the jobs (``DELETE`` + ``INSERT … SELECT … GROUP BY``), with the
very key expressions the job-level queries group by. A recomputed period is exact whatever the
write was; the migration (and a copy) builds everything with :func:`rebuild`.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from datetime import UTC, date, datetime, timedelta
from functools import lru_cache
from itertools import pairwise
import sqlite3
from typing import Any, Final
from zoneinfo import ZoneInfo

from sqlalchemy import (
    BigInteger,
    ColumnElement,
    Integer,
    Numeric,
    String,
    and_,
    case,
    cast,
    delete,
    event,
    extract,
    func,
    insert,
    inspect,
    literal,
    literal_column,
    select,
    type_coerce,
)
from sqlalchemy.orm import Session, SessionTransaction
from sqlalchemy.sql.dml import Delete, Insert, Update

from .engine import backend_name
from .enums import FAILURE_REASONS, JobStatus
from .models import (
    Job,
    Printer,
    RollupDay,
    RollupLocalDay,
    RollupLocalMonth,
    RollupMonth,
    RollupQuarter,
    RollupZone,
)
from .validation import NUMBER_BOUNDS

QUARTER: Final = 900
DAY: Final = 86_400
# The group keys of the per-day and per-month roll-ups (the breakdowns by a job's property).
DIMENSIONS: Final = (
    "printer",
    "status",
    "filament_type",
    "filament_colour",
    "slicer",
    "layer_height",
    "failure_reason",
    "duration",
)
# The dimensions whose key is a number, kept in the roll-ups' ``number`` column (the others: ``value``).
NUMERIC_DIMENSIONS: Final = frozenset({"layer_height", "duration"})
# The print-duration bins of the ``duration`` breakdown: each bin's lower bound in seconds (its key),
# the bin running up to the next bound (exclusive); the last has no upper bound.
DURATION_BINS: Final = (0, 900, 1800, 3600, 7200, 14400, 28800, 57600)
# Text keys are grouped as VARCHAR of this length on MariaDB / MySQL (a TEXT key makes MariaDB
# group in an on-disk temporary table).
MYSQL_KEY_LENGTH: Final = 512
# The job columns whose change changes a roll-up.
ROLLED_UP: Final = frozenset(
    {
        "start",
        "status",
        "printer_id",
        "print_duration",
        "filament_used_mm",
        "filament_weight_g",
        "cost",
        "total_cost",
        "energy_kwh",
        "energy_cost",
        "electricity_cost",
        "filament_cost",
        "computed_filament_cost",
        "machine_cost",
        "filament_type",
        "filament_colour",
        "slicer",
        "layer_height",
        "failure_reason",
        # The spool roll-ups (``spool_rollups.py``, schema version 12).
        "spools",
    }
)
_CHUNK: Final = 500
_TOUCHED: Final = "print_logger_rollup_starts"
_EPOCH_DAY: Final = date(1970, 1, 1)
_ENDED_FAILURES: Final = (JobStatus.COMPLETED.value, JobStatus.IN_PROGRESS.value)


# ---------------------------------------------------------------------- SQL pieces (shared)
def capped(column: Any, name: str) -> Any:
    """
    Return ``column`` capped at its NUMBER_BOUNDS maximum (NULL stays NULL), for the sums.

    New values are refused above the bound; a row written before the bound existed (a cost of
    1e308) counts as the bound, so that no total can become infinite.
    """
    high = NUMBER_BOUNDS[name].high
    return case((column > high, high), else_=column)


def count_if(condition: ColumnElement[bool]) -> ColumnElement[Any]:
    """Return the number of rows meeting ``condition`` (0 for none)."""
    return func.coalesce(func.sum(case((condition, 1), else_=0)), 0)


def floor_div(value: Any, divisor: int) -> Any:
    """
    Return ``value // divisor`` rounded down for negative values too (``divisor`` > 0).

    SQLite, PostgreSQL and MySQL truncate integer division toward zero; the value less its
    non-negative remainder divides exactly on all three.
    """
    return (value - positive_mod(value, divisor)) // divisor


def positive_mod(value: Any, divisor: int) -> Any:
    """Return ``value`` modulo ``divisor`` in 0 … divisor − 1 (SQL's ``%`` keeps the sign)."""
    return (value % divisor + divisor) % divisor


def sqlite_epoch() -> Any:
    """Return the start as integer Unix seconds on SQLite (``unixepoch`` from SQLite 3.38)."""
    if sqlite3.sqlite_version_info >= (3, 38):
        return func.unixepoch(Job.start, type_=Integer)
    return cast(func.strftime("%s", Job.start), Integer)


def start_units(dialect: str, unit: int) -> Any:
    """
    Return the start's UTC quarter (``unit`` = QUARTER) or day (DAY) number since 1970, rounded down.

    PostgreSQL from its exact epoch, MySQL / MariaDB from microseconds since 1970 (``UNIX_TIMESTAMP``
    knows no date before 1970 and depends on the session's zone), SQLite from ``unixepoch`` (whole
    seconds, as its job-level local times).
    """
    if dialect == "postgresql":
        seconds = cast(func.floor(extract("epoch", Job.start)), BigInteger)
        return floor_div(seconds, unit)
    if dialect == "mysql":
        micro = func.timestampdiff(
            literal_column("MICROSECOND"),
            literal("1970-01-01 00:00:00"),
            Job.start,
            type_=BigInteger,
        )
        return floor_div(micro, unit * 1_000_000)
    return floor_div(sqlite_epoch(), unit)


def text_key(dialect: str, column: Any) -> Any:
    """Return a text column as the breakdowns group it (VARCHAR on MySQL / MariaDB)."""
    if dialect == "mysql":
        return cast(column, String(MYSQL_KEY_LENGTH))
    return column


def group_key(column: Any) -> Any:
    """
    Return ``column`` as an expression (``column || ''``) to group or filter by without its index.

    Grouping by the bare column makes SQLite and MariaDB walk the rows in the order of an index on
    it, one random table read per row (3-4 times slower than a scan and a sort of the groups).
    """
    return column.concat("")


def dimension_key(dialect: str, dim: str) -> Any:
    """Return the key a breakdown by ``dim`` (one of DIMENSIONS) groups the jobs by."""
    if dim == "printer":
        return group_key(Job.printer_id)
    if dim == "status":
        return group_key(Job.status)
    if dim in ("filament_type", "filament_colour", "slicer"):
        return text_key(dialect, getattr(Job, dim))
    if dim == "layer_height":
        return func.round(cast(Job.layer_height, Numeric(12, 6)), 3)
    if dim == "duration":
        return duration_bin(Job.print_duration)
    # The fixed reasons as they are; anything typed by hand is "other".
    return case(
        (Job.failure_reason.is_(None), None),
        (Job.failure_reason.in_(FAILURE_REASONS), Job.failure_reason),
        else_="other",
    )


def duration_bin(duration: Any) -> Any:
    """
    Return the DURATION_BINS lower bound of the bin holding ``duration`` (seconds; NULL: NULL).

    A negative duration (none is accepted) counts in the first bin. The jobs' duration is NOT NULL
    today (0 when unknown); a NULL key ("Unknown") is kept for a duration that becomes optional.
    """
    return case(
        *((duration < following, low) for low, following in pairwise(DURATION_BINS)),
        (duration.is_not(None), DURATION_BINS[-1]),
        else_=None,
    )


def dimension_clauses(dim: str) -> tuple[ColumnElement[bool], ...]:
    """
    Return what a breakdown by ``dim`` adds to the filters.

    Failures only, by their reason; ended jobs only, by their print duration (an unfinished job's
    duration is not final).
    """
    if dim == "failure_reason":
        return (Job.status.not_in(_ENDED_FAILURES),)
    if dim == "duration":
        return (Job.status != JobStatus.IN_PROGRESS.value,)
    return ()


ENERGY_MAX: Final = 1_000_000.0
"""The most energy one job counts for in the sums (kWh): a wrong reading cannot make a total infinite."""


COST_PARTS: Final[dict[str, Any]] = {
    "electricity_cost": func.coalesce(Job.energy_cost, Job.electricity_cost),
    "filament_cost": func.coalesce(Job.filament_cost, Job.computed_filament_cost),
    "machine_cost": Job.machine_cost,
}
"""A job's cost split in three: a part typed by hand, else the computed one (schema version 7)."""


def job_cost() -> ColumnElement[Any]:
    """Return a job's cost: the one typed by a person, else the total computed (schema version 7)."""
    return func.coalesce(Job.cost, Job.total_cost)


def capped_energy() -> Any:
    """Return a job's energy (kWh) capped at ENERGY_MAX (NULL stays NULL), for the sums."""
    return case((Job.energy_kwh > ENERGY_MAX, ENERGY_MAX), else_=Job.energy_kwh)


def figures() -> dict[str, Any]:
    """
    Return the figures the roll-ups sum: their column name → a job's capped value (NULL stays NULL).

    The very expressions the job-level queries sum (``analytics``), so that a sum of roll-ups is
    the sum of the jobs.
    """
    return {
        "seconds": capped(Job.print_duration, "print_duration"),
        "filament_mm": capped(Job.filament_used_mm, "filament_used_mm"),
        "grams": capped(Job.filament_weight_g, "filament_weight_g"),
        "cost": capped(job_cost(), "cost"),
        "energy_kwh": capped_energy(),
        **{name: capped(column, "cost") for name, column in COST_PARTS.items()},
    }


ACCURACY: Final = (
    "time_jobs",
    "time_estimated",
    "time_actual",
    "time_error",
    "filament_jobs",
    "filament_estimated",
    "filament_actual",
    "filament_error",
)
"""The accuracy report's sums (``analytics.accuracy``) that the per-day / per-month roll-ups keep."""


def accuracy_values(
    only: ColumnElement[bool] | None = None,
) -> dict[str, tuple[ColumnElement[bool], Any]]:
    """
    Return the accuracy report's sums: name → (the jobs that count, a job's value).

    Time compares the estimate with the print duration, filament the slicer's length with the
    extruded one; out-of-bound figures (from before the bounds existed) are left out, so no sum is
    infinite. ``only`` narrows the jobs further (the roll-ups: the completed ones).
    """
    estimated_time = Job.estimated_time
    duration = Job.print_duration
    high = NUMBER_BOUNDS["print_duration"].high
    time_ok: ColumnElement[bool] = and_(
        estimated_time > 0, duration > 0, estimated_time <= high, duration <= high
    )
    estimated_mm = Job.estimated_filament_mm
    used_mm = Job.filament_used_mm
    high_mm = NUMBER_BOUNDS["filament_used_mm"].high
    filament_ok: ColumnElement[bool] = and_(
        estimated_mm > 0, used_mm > 0, estimated_mm <= high_mm, used_mm <= high_mm
    )
    if only is not None:
        time_ok = and_(only, time_ok)
        filament_ok = and_(only, filament_ok)
    return {
        "time_jobs": (time_ok, literal(1)),
        "time_estimated": (time_ok, estimated_time),
        "time_actual": (time_ok, duration),
        "time_error": (time_ok, func.abs(duration - estimated_time) / estimated_time),
        "filament_jobs": (filament_ok, literal(1)),
        "filament_estimated": (filament_ok, estimated_mm),
        "filament_actual": (filament_ok, used_mm),
        "filament_error": (
            filament_ok,
            func.abs(used_mm - estimated_mm) / estimated_mm,
        ),
    }


def accuracy_sums(only: ColumnElement[bool] | None = None) -> list[Any]:
    """Return the accuracy report's sums over a group of jobs, labelled as ACCURACY."""
    result: list[Any] = []
    for name, (condition, value) in accuracy_values(only).items():
        if name.endswith("_jobs"):
            result.append(count_if(condition).label(name))
        else:
            result.append(
                func.coalesce(func.sum(case((condition, value), else_=0.0)), 0.0).label(
                    name
                )
            )
    return result


FIGURES: Final = tuple(figures())
"""The summed figures' columns, in the order of :func:`_sums` after ``jobs``."""


def partial_figures() -> dict[str, Any]:
    """
    Return the sums over some of the jobs the cost analysis divides by (schema version 10).

    ``cost_analytics.py``: the jobs with a measured energy and their print seconds (kWh per job
    and per print hour), the cost and grams of the jobs with both a cost and a weight (cost per
    gram), the jobs with a cost (cost per job); each job's value is 0 when it does not count.
    """
    values = figures()
    cost, grams = values["cost"], values["grams"]
    metered = Job.energy_kwh.is_not(None)
    weighed = and_(cost.is_not(None), grams > 0)
    return {
        "metered_jobs": case((metered, 1), else_=0),
        "metered_seconds": case((metered, values["seconds"]), else_=0.0),
        "weighed_cost": case((weighed, cost), else_=0.0),
        "weighed_grams": case((weighed, grams), else_=0.0),
        "costed_jobs": case((cost.is_not(None), 1), else_=0),
    }


PARTIAL_FIGURES: Final = tuple(partial_figures())
"""The partial sums' columns (schema version 10), after FIGURES in the roll-up tables."""
ROLLED: Final = (*FIGURES, *PARTIAL_FIGURES)
"""Every summed column of the roll-up tables, in the order of :func:`_sums` after ``jobs``."""


def _sums() -> list[Any]:
    return [
        func.count().label("jobs"),
        *(
            func.coalesce(func.sum(value), 0.0).label(name)
            for name, value in (figures() | partial_figures()).items()
        ),
    ]


# ---------------------------------------------------------------------- time zones
@lru_cache(maxsize=4096)
def year_changes(key: str, year: int) -> tuple[tuple[datetime, int], ...]:
    """Return the instants (UTC) in ``year`` at which the zone's UTC offset changes, with the new one."""
    zone = ZoneInfo(key)
    changes: list[tuple[datetime, int]] = []
    start = datetime(year, 1, 1, tzinfo=UTC)
    end = (
        datetime(year + 1, 1, 1, tzinfo=UTC)
        if year < datetime.max.year
        else datetime.max.replace(tzinfo=UTC)
    )
    step = timedelta(days=1)
    previous = start
    offset = zone_offset(zone, start)
    while previous < end:
        current = previous + step if end - previous > step else end
        new_offset = zone_offset(zone, current)
        if new_offset != offset:
            low, high = previous, current
            # Bisect down to the second: the change happens in (low, high].
            while high - low > timedelta(seconds=1):
                middle = low + (high - low) / 2
                if zone_offset(zone, middle) == offset:
                    low = middle
                else:
                    high = middle
            at = high.replace(microsecond=0)
            if zone_offset(zone, at) != new_offset:
                at += timedelta(seconds=1)
            changes.append((at, new_offset))
            offset = new_offset
        previous = current
    return tuple(changes)


def zone_offset(zone: ZoneInfo, at: datetime) -> int:
    """Return the zone's UTC offset at ``at`` in seconds."""
    try:
        delta = at.astimezone(zone).utcoffset()
    except OverflowError:
        # The local time is past 9999-12-31: the zone's offset at that wall-clock time.
        delta = zone.utcoffset(at.replace(tzinfo=None))
    return int(delta.total_seconds()) if delta is not None else 0


def offset_changes(
    zone: ZoneInfo, low: datetime, high: datetime
) -> tuple[int, list[tuple[datetime, int]]]:
    """
    Return the zone's UTC offset (seconds) at ``low`` and each change up to ``high``.

    Each change is ``(instant, offset from that instant on)``, instants aware UTC, ascending.
    """
    low, high = low.astimezone(UTC), high.astimezone(UTC)
    changes = [
        change
        for year in range(low.year, high.year + 1)
        for change in year_changes(zone.key, year)
        if low < change[0] <= high
    ]
    return zone_offset(zone, low), changes


# ---------------------------------------------------------------------- periods
def quarter_of(at: datetime) -> int:
    """Return the UTC quarter of an hour holding ``at`` (Unix seconds // 900)."""
    return _seconds(at) // QUARTER


def day_of(at: datetime) -> int:
    """Return the UTC day holding ``at`` (days since 1970-01-01)."""
    return (at.astimezone(UTC).date() - _EPOCH_DAY).days


def month_of(at: datetime) -> int:
    """Return the UTC month holding ``at`` (months since 1970-01)."""
    at = at.astimezone(UTC)
    return (at.year - 1970) * 12 + at.month - 1


def month_days(month: int) -> tuple[int, int]:
    """Return the first day of ``month`` and the first day after it (days since 1970-01-01)."""
    year, index = divmod(month, 12)
    first = date(1970 + year, index + 1, 1)
    if index < 11:
        following = (first.replace(month=index + 2) - _EPOCH_DAY).days
    elif first.year < date.max.year:
        following = (first.replace(year=first.year + 1, month=1) - _EPOCH_DAY).days
    else:
        following = (date.max - _EPOCH_DAY).days + 1
    return (first - _EPOCH_DAY).days, following


def day_start(day: int) -> datetime:
    """Return the first instant of a UTC day number (aware UTC; past 9999: datetime.max)."""
    try:
        return datetime(1970, 1, 1, tzinfo=UTC) + timedelta(days=day)
    except OverflowError:
        return datetime.max.replace(tzinfo=UTC)


def quarter_start(quarter: int) -> datetime:
    """Return the first instant of a UTC quarter number (aware UTC; past 9999: datetime.max)."""
    try:
        return datetime(1970, 1, 1, tzinfo=UTC) + timedelta(seconds=quarter * QUARTER)
    except OverflowError:
        return datetime.max.replace(tzinfo=UTC)


def month_start(month: int) -> datetime:
    """Return the first instant of a UTC month number (aware UTC; past 9999: datetime.max)."""
    if month > month_of(datetime.max.replace(tzinfo=UTC)):
        return datetime.max.replace(tzinfo=UTC)
    return day_start(month_days(month)[0])


def _seconds(at: datetime) -> int:
    delta = at.astimezone(UTC) - datetime(1970, 1, 1, tzinfo=UTC)
    return delta.days * DAY + delta.seconds


# ---------------------------------------------------------------------- upkeep
def _chunks(values: Iterable[int]) -> Iterable[list[int]]:
    ordered = sorted(set(values))
    for index in range(0, len(ordered), _CHUNK):
        yield ordered[index : index + _CHUNK]


def _refresh_quarters(session: Session, dialect: str, quarters: Iterable[int]) -> None:
    key = start_units(dialect, QUARTER)
    for chunk in _chunks(quarters):
        session.execute(delete(RollupQuarter).where(RollupQuarter.quarter.in_(chunk)))
        rows = (
            select(key.label("quarter"), Job.status, *_sums())
            .where(
                Job.start >= quarter_start(chunk[0]),
                Job.start < quarter_start(chunk[-1] + 1),
                key.in_(chunk),
            )
            .group_by(key, Job.status)
        )
        session.execute(
            insert(RollupQuarter).from_select(
                ["quarter", "status", "jobs", *ROLLED],
                rows,
            )
        )


def _group_sums() -> list[Any]:
    sums = _sums()
    return [
        sums[0],
        count_if(Job.status == JobStatus.COMPLETED.value),
        count_if(Job.status != JobStatus.IN_PROGRESS.value),
        *sums[1:],
        *accuracy_sums(Job.status == JobStatus.COMPLETED.value),
    ]


_GROUP_COLUMNS: Final = (
    "period",
    "dim",
    "value",
    "number",
    "jobs",
    "completed",
    "ended",
    *ROLLED,
    *ACCURACY,
)


def _refresh_days(session: Session, dialect: str, days: Iterable[int]) -> None:
    period = start_units(dialect, DAY)
    for chunk in _chunks(days):
        session.execute(delete(RollupDay).where(RollupDay.period.in_(chunk)))
        for dim in DIMENSIONS:
            key = dimension_key(dialect, dim)
            number = dim in NUMERIC_DIMENSIONS
            rows = (
                select(
                    period.label("period"),
                    literal(dim, String(16)).label("dim"),
                    (literal(None, String) if number else key).label("value"),
                    (key if number else literal(None, Numeric)).label("number"),
                    *_group_sums(),
                )
                .where(
                    Job.start >= day_start(chunk[0]),
                    Job.start < day_start(chunk[-1] + 1),
                    period.in_(chunk),
                    *dimension_clauses(dim),
                )
                .group_by(period, key)
            )
            session.execute(insert(RollupDay).from_select(list(_GROUP_COLUMNS), rows))


def _refresh_months(session: Session, dialect: str, months: Iterable[int]) -> None:
    for chunk in _chunks(months):
        session.execute(delete(RollupMonth).where(RollupMonth.period.in_(chunk)))
        for month in chunk:
            first, end = month_days(month)
            value = text_key(dialect, RollupDay.value)
            rows = (
                select(
                    literal(month, Integer).label("period"),
                    RollupDay.dim,
                    value.label("value"),
                    RollupDay.number,
                    func.sum(RollupDay.jobs),
                    func.sum(RollupDay.completed),
                    func.sum(RollupDay.ended),
                    *(
                        func.sum(getattr(RollupDay, name))
                        for name in (*ROLLED, *ACCURACY)
                    ),
                )
                .where(RollupDay.period >= first, RollupDay.period < end)
                .group_by(RollupDay.dim, value, RollupDay.number)
            )
            session.execute(insert(RollupMonth).from_select(list(_GROUP_COLUMNS), rows))


# ---------------------------------------------------------------------- local roll-ups
ZONE_ROW: Final = 1
LOCAL_LOW: Final = datetime(1, 1, 3, tzinfo=UTC)
LOCAL_HIGH: Final = datetime(9999, 12, 29, tzinfo=UTC)
"""The local roll-ups hold the jobs started in [LOCAL_LOW, LOCAL_HIGH); others are read from the jobs."""
_LOCAL_RUN_GAP: Final = 31
_LOCAL_FIGURES: Final = (
    "seconds",
    "filament_mm",
    "grams",
    "cost",
    "energy_kwh",
    "electricity_cost",
    "filament_cost",
    "machine_cost",
)
# A local day's sums: the partial ones too (the cost analysis by local month adds local days).
_LOCAL_DAY_FIGURES: Final = (*_LOCAL_FIGURES, *PARTIAL_FIGURES)


def built_zone(session: Session) -> str | None:
    """Return the time zone the local roll-ups hold (None: none, they are empty)."""
    return session.execute(
        select(RollupZone.zone).where(RollupZone.id == ZONE_ROW)
    ).scalar_one_or_none()


def set_time_zone(session: Session, zone: str) -> bool:
    """
    Build the local roll-ups for ``zone`` (an IANA key) unless they hold it; True if rebuilt.

    Home Assistant's zone, given by the integration at start and after each change of it.
    """
    ZoneInfo(zone)  # Refuses an unknown zone before anything changes.
    if built_zone(session) == zone:
        return False
    session.execute(delete(RollupZone))
    session.execute(insert(RollupZone).values(id=ZONE_ROW, zone=zone))
    _rebuild_local(session, backend_name(session.get_bind().engine.url), zone)
    return True


def local_day(at: datetime, zone: ZoneInfo) -> int:
    """Return the local date of ``at`` in ``zone`` as days since 1970-01-01."""
    return (at.astimezone(zone).date() - _EPOCH_DAY).days


def local_month(at: datetime, zone: ZoneInfo) -> int:
    """Return the local month of ``at`` in ``zone`` as months since 1970-01."""
    local = at.astimezone(zone)
    return (local.year - 1970) * 12 + local.month - 1


def start_seconds(dialect: str) -> Any:
    """Return the start as whole Unix seconds, rounded down (as the job-level local times)."""
    if dialect == "postgresql":
        return cast(func.floor(extract("epoch", Job.start)), BigInteger)
    if dialect == "mysql":
        micro = func.timestampdiff(
            literal_column("MICROSECOND"),
            literal("1970-01-01 00:00:00"),
            Job.start,
            type_=BigInteger,
        )
        return floor_div(micro, 1_000_000)
    return sqlite_epoch()


def _covered(day: int) -> datetime:
    """Return the first instant of UTC day ``day``, kept within [LOCAL_LOW, LOCAL_HIGH]."""
    low = (LOCAL_LOW.date() - _EPOCH_DAY).days
    high = (LOCAL_HIGH.date() - _EPOCH_DAY).days
    return day_start(min(max(day, low), high))


def _local_jobs(dialect: str, zone: ZoneInfo, low: datetime, high: datetime) -> Any:
    """
    Return the jobs started in [low, high) with their local time (Unix seconds + the offset).

    The offset is a CASE over the zone's changes in the window (``zoneinfo``), as the job-level
    local times of SQLite and MariaDB.
    """
    first, changes = offset_changes(zone, low, high)
    offset: Any = literal(first)
    if changes:
        offsets = [first, *(after for _at, after in changes)]
        offset = case(
            *(
                (Job.start < at, offsets[index])
                for index, (at, _after) in enumerate(changes)
            ),
            else_=offsets[-1],
        )
    local = start_seconds(dialect) + type_coerce(offset, Integer)
    return (
        select(
            local.label("local"),
            Job.status.label("status"),
            *(value.label(name) for name, value in figures().items()),
            *(value.label(name) for name, value in partial_figures().items()),
        )
        .where(Job.start >= low, Job.start < high)
        .subquery()
    )


def runs(values: Iterable[int]) -> Iterable[list[int]]:
    """Yield ``values`` sorted in runs of at most _CHUNK, split where they are far apart."""
    run: list[int] = []
    for value in sorted(set(values)):
        if run and (len(run) >= _CHUNK or value - run[-1] > _LOCAL_RUN_GAP):
            yield run
            run = []
        run.append(value)
    if run:
        yield run


def _refresh_local_days(
    session: Session, dialect: str, zone: ZoneInfo, days: Iterable[int]
) -> None:
    for run in runs(days):
        session.execute(delete(RollupLocalDay).where(RollupLocalDay.day.in_(run)))
        inner = _local_jobs(dialect, zone, _covered(run[0] - 2), _covered(run[-1] + 3))
        day = floor_div(inner.c.local, DAY)
        rows = (
            select(
                day.label("day"),
                func.count().label("jobs"),
                *(
                    func.coalesce(func.sum(inner.c[name]), 0.0).label(name)
                    for name in _LOCAL_DAY_FIGURES
                ),
            )
            .where(day.in_(run))
            .group_by(day)
        )
        session.execute(
            insert(RollupLocalDay).from_select(
                ["day", "jobs", *_LOCAL_DAY_FIGURES], rows
            )
        )


def _refresh_local_months(
    session: Session, dialect: str, zone: ZoneInfo, months: Iterable[int]
) -> None:
    for month in sorted(set(months)):
        session.execute(delete(RollupLocalMonth).where(RollupLocalMonth.month == month))
        first, following = month_days(month)
        inner = _local_jobs(dialect, zone, _covered(first - 2), _covered(following + 2))
        # Hours since Monday 1969-12-29 00:00 (1970-01-01 was a Thursday), modulo a week.
        hour = positive_mod(floor_div(inner.c.local + 3 * DAY, 3600), 168)
        rows = (
            select(
                literal(month, Integer).label("month"),
                hour.label("hour"),
                func.count().label("jobs"),
                count_if(inner.c.status == JobStatus.COMPLETED.value),
                count_if(inner.c.status != JobStatus.IN_PROGRESS.value),
                func.coalesce(func.sum(inner.c.seconds), 0.0),
                func.coalesce(func.sum(inner.c.grams), 0.0),
            )
            .where(inner.c.local >= first * DAY, inner.c.local < following * DAY)
            .group_by(hour)
        )
        session.execute(
            insert(RollupLocalMonth).from_select(
                ["month", "hour", "jobs", "completed", "ended", "seconds", "grams"],
                rows,
            )
        )


def _refresh_local(
    session: Session, dialect: str, instants: Sequence[datetime]
) -> None:
    key = built_zone(session)
    if key is None:
        return
    zone = ZoneInfo(key)
    covered = [at for at in instants if LOCAL_LOW <= at < LOCAL_HIGH]
    if not covered:
        return
    _refresh_local_days(session, dialect, zone, {local_day(at, zone) for at in covered})
    _refresh_local_months(
        session, dialect, zone, {local_month(at, zone) for at in covered}
    )


def _rebuild_local(session: Session, dialect: str, key: str | None) -> None:
    """Build the local roll-ups of zone ``key`` from the jobs (the UTC days' must be built)."""
    for table in (RollupLocalDay, RollupLocalMonth):
        session.execute(delete(table))
    if key is None:
        return
    zone = ZoneInfo(key)
    utc_days = session.scalars(
        select(RollupDay.period).where(RollupDay.dim == "status").distinct()
    ).all()
    # A job's local day is its UTC day, the one before or the one after.
    days = {day + shift for day in utc_days for shift in (-1, 0, 1)}
    _refresh_local_days(session, dialect, zone, days)
    months: set[int] = set()
    for day in days:
        at = _EPOCH_DAY + timedelta(days=day)
        months.add((at.year - 1970) * 12 + at.month - 1)
    _refresh_local_months(session, dialect, zone, months)


def refresh(session: Session, starts: Iterable[datetime]) -> None:
    """Compute the quarters, days and months holding ``starts`` again from the jobs."""
    instants = [at for at in starts if at is not None]
    if not instants:
        return
    dialect = backend_name(session.get_bind().engine.url)
    _refresh_quarters(session, dialect, {quarter_of(at) for at in instants})
    _refresh_days(session, dialect, {day_of(at) for at in instants})
    _refresh_months(session, dialect, {month_of(at) for at in instants})
    _refresh_local(session, dialect, instants)
    from . import spool_rollups  # It reads this module's periods.

    spool_rollups.refresh(session, {day_of(at) for at in instants})


def rebuild(session: Session, *, local: bool = True, spools: bool = False) -> int:
    """
    Build every roll-up from the jobs (the migration's, a copy's); return the number of jobs.

    ``local`` False leaves the local roll-ups out (schema version 9 has none); the spool roll-ups
    (``spool_rollups.py``) are built only with ``spools`` (the steps before version 12 have none).
    """
    dialect = backend_name(session.get_bind().engine.url)
    for table in (RollupQuarter, RollupDay, RollupMonth):
        session.execute(delete(table))
    quarter = start_units(dialect, QUARTER)
    session.execute(
        insert(RollupQuarter).from_select(
            ["quarter", "status", "jobs", *ROLLED],
            select(quarter.label("quarter"), Job.status, *_sums()).group_by(
                quarter, Job.status
            ),
        )
    )
    period = start_units(dialect, DAY)
    for dim in DIMENSIONS:
        key = dimension_key(dialect, dim)
        number = dim in NUMERIC_DIMENSIONS
        session.execute(
            insert(RollupDay).from_select(
                list(_GROUP_COLUMNS),
                select(
                    period.label("period"),
                    literal(dim, String(16)).label("dim"),
                    (literal(None, String) if number else key).label("value"),
                    (key if number else literal(None, Numeric)).label("number"),
                    *_group_sums(),
                )
                .where(*dimension_clauses(dim))
                .group_by(period, key),
            )
        )
    days = session.scalars(select(RollupDay.period).distinct()).all()
    _refresh_months(session, dialect, {month_of(day_start(day)) for day in days})
    if local:
        _rebuild_local(session, dialect, built_zone(session))
    if spools:
        from . import spool_rollups  # It reads this module's periods.

        spool_rollups.rebuild(session)
    return int(session.execute(select(func.count()).select_from(Job)).scalar_one())


# ---------------------------------------------------------------------- tracked sessions
class TrackedSession(Session):
    """A session whose job writes update the roll-ups before it commits (the worker's)."""


def _note(session: Session, starts: Iterable[datetime | None]) -> None:
    touched: set[datetime] = session.info.setdefault(_TOUCHED, set())
    touched.update(at for at in starts if at is not None)


@event.listens_for(TrackedSession, "before_flush")
def _before_flush(session: Session, _context: Any, _instances: Any) -> None:
    starts: list[datetime | None] = [
        obj.start for obj in session.new if isinstance(obj, Job)
    ]
    for obj in session.deleted:
        if isinstance(obj, Job):
            history = inspect(obj).attrs.start.history
            starts.extend([*history.deleted, *history.unchanged, obj.start])
    for obj in session.dirty:
        if not isinstance(obj, Job):
            continue
        state = inspect(obj)
        if not any(state.attrs[name].history.has_changes() for name in ROLLED_UP):
            continue
        history = state.attrs.start.history
        starts.extend([*history.deleted, *history.unchanged, *history.added])
    _note(session, starts)


@event.listens_for(TrackedSession, "do_orm_execute")
def _bulk_write(state: Any) -> None:
    statement = state.statement
    if not isinstance(statement, (Insert, Update, Delete)):
        return
    # The ORM hands an annotated copy of the table: compare names.
    table = getattr(statement.table, "name", None)
    session: Session = state.session
    if table == Job.__tablename__:
        if isinstance(statement, Insert):
            parameters = state.parameters
            rows: Sequence[Any] = (
                parameters if isinstance(parameters, (list, tuple)) else [parameters]
            )
            _note(session, (row.get("start") for row in rows if row))
            return
        if isinstance(statement, Update):
            values = {
                getattr(column, "key", column)
                for column in (getattr(statement, "_values", None) or {})
            }
            if not values & ROLLED_UP:
                return
            if "start" in values:
                raise NotImplementedError(
                    "a bulk UPDATE of the jobs' start: update the jobs one by one"
                )
        where = statement.whereclause
        query = select(Job.start)
        if where is not None:
            query = query.where(where)
        _note(session, session.scalars(query))
    elif table == Printer.__tablename__ and isinstance(statement, Delete):
        # Jobs go with their printer (ON DELETE CASCADE).
        printers = select(Printer.id)
        if statement.whereclause is not None:
            printers = printers.where(statement.whereclause)
        _note(
            session,
            session.scalars(select(Job.start).where(Job.printer_id.in_(printers))),
        )


@event.listens_for(TrackedSession, "before_commit")
def _before_commit(session: Session) -> None:
    while True:
        session.flush()
        touched: set[datetime] | None = session.info.pop(_TOUCHED, None)
        if not touched:
            return
        refresh(session, touched)


@event.listens_for(TrackedSession, "after_rollback")
def _after_rollback(session: Session) -> None:
    session.info.pop(_TOUCHED, None)


@event.listens_for(TrackedSession, "after_soft_rollback")
def _after_soft_rollback(session: Session, _previous: SessionTransaction) -> None:
    session.info.pop(_TOUCHED, None)
