"""
Analytics of the print log, computed in SQL (HA-free).

(Over 600 lines on purpose: the summary, time series, breakdown, accuracy report and CSV export
share the SQL pieces and the per-dialect local-time machinery below, which are private to them;
split, each part would import the others' internals.)

Every figure is an aggregate the database computes (``GROUP BY``, ``SUM``, ``COUNT``): no function
here loads the job rows into Python, and the CSV export streams them in keyset-paginated batches so
its memory stays flat whatever the number of jobs. The functions taking a ``Session`` are blocking:
run them in the store's worker with :meth:`Store.async_read <.store.Store.async_read>` (the
``async_*`` helpers below do).

Time-zone bucketing (days, weeks, months, hours of the day, weekdays are the caller's local ones,
Home Assistant's configured IANA zone):

* PostgreSQL converts natively: ``timezone(zone, timezone('UTC', start))`` (its own tz database).
* SQLite has no time-zone database, and MariaDB / MySQL only have one when the server's tz tables
  were loaded (``mysql_tzinfo_to_sql``; Home Assistant's MariaDB add-on and most installs lack them,
  so ``CONVERT_TZ`` returns NULL). On both, the UTC offset of each row is computed in SQL with a
  ``CASE`` over the zone's UTC-offset changes (DST transitions) in the years that hold jobs of the
  queried range, taken from Python's ``zoneinfo``: ``start < t1 → o0, start < t2 → o1, …``. That is
  exact for every row (not a fixed offset per query), costs one comparison per transition (two a year
  for a zone with DST), and the range comes from index-only ``MIN``/``MAX`` lookups, one more per
  year with jobs (empty years are skipped: a log with a job of 1970 and one of 9999 costs a handful
  of lookups, not 8000 years of transitions).
  SQLite then works on integer local seconds (``unixepoch(start) + offset``: days, Monday-weeks,
  hours and weekdays by integer division), much cheaper than its date-string functions.

Roll-ups (``rollups.py``, schema version 9): farm-wide figures (no printer filter, none of the job
list's filters) add up roll-up rows instead of reading every job, with identical answers. The
summary and the breakdowns by printer, status, material, colour, slicer, layer height, failure
reason and print-duration bin add the whole UTC months of the range (``rollup_months``), the whole days around them
(``rollup_days``) and the jobs of the partial days at its ends, in one ``UNION ALL`` grouped by the
same key (so MariaDB's collation groups alike). The time series and the breakdowns by local hour,
weekday and hour of the week add UTC quarters of an hour (``rollup_quarters``): the range is cut at
the zone's offset changes (taken from ``zoneinfo`` as above, on every engine) and each piece, of one
offset, is grouped by its local key with a constant shift; the ends of the range that are not whole
quarters come from the jobs. A zone whose offset in the data's years is not a whole quarter of an
hour (local mean time) or, on MySQL / MariaDB, data whose local time passes 9999-12-31 (their
job-level local time stops there) is answered from the jobs. Anything filtered by printer reads the
jobs (a printer's jobs are a fraction of the farm's).

Local roll-ups (schema version 11): in the zone the store was told (Home Assistant's, recorded in
``rollup_zone``), per local day (``rollup_local_days``) and per local month and hour of the week
(``rollup_local_months``). A time series or local-time breakdown asked for in that zone adds the
whole local days / months of its range (one row a day; at most 168 a month) instead of the quarters;
the parts of the range before and after them come from the jobs (days) or the quarters (months). A
range is only cut at a local midnight that starts a single range of instants (not one skipped or
repeated by a DST change at midnight); any other zone uses the quarters. The accuracy report adds
the per-printer and per-material sums kept in the day and month roll-ups (completed jobs only).

Grouping (or filtering the completed jobs) by the bare ``status`` / ``printer_id`` column makes
SQLite and MariaDB walk the rows in that index's order, one random table read per row; those keys
are grouped as ``column || ''`` instead (a scan and a small sort, 3-4 times faster). Printer names
are read by a second tiny query rather than joined, for the same reason. The slicer facts (filament
type and colour, slicer, layer height, the slicer's filament length) come from their copies on the
jobs table, never from a join to job_details (one index probe per job); the accuracy report walks the
index that covers it (``ix_print_logger_jobs_accuracy``).

Definitions: a job is *ended* unless it is ``in_progress``; *failed* counts every ended status other
than ``completed`` and ``cancelled``; success rate = completed / ended × 100 (None when none ended);
hours are print hours (``print_duration``); filament is grams (``filament_weight_g``) unless named
``_mm``; cost is the job's ``cost`` if a person typed one, else its computed ``total_cost``
(``costs.py``); energy is ``energy_kwh``. The cost's parts (metrics ``electricity_cost``,
``filament_cost``, ``machine_cost``) are the manual part when typed, else the computed one; they
need not add up to ``cost`` for a job whose total was typed by hand. ``since`` is inclusive and
``until`` exclusive, on the job's start.
"""

from __future__ import annotations

from collections.abc import AsyncGenerator, Callable, Iterable, Sequence
import csv
from dataclasses import dataclass, replace
from datetime import UTC, date, datetime, timedelta
from functools import partial
import io
from typing import TYPE_CHECKING, Any, Final, Literal, get_args
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from sqlalchemy import (
    ColumnElement,
    DateTime,
    Integer,
    Select,
    Subquery,
    case,
    cast,
    extract,
    func,
    literal,
    literal_column,
    or_,
    select,
    type_coerce,
    union_all,
)
from sqlalchemy.orm import Session

from . import rollups
from .engine import backend_name
from .enums import JobStatus
from .errors import StoreValidationError
from .maintenance import maintenance_cost
from .models import (
    Job,
    Printer,
    RollupDay,
    RollupLocalDay,
    RollupLocalMonth,
    RollupMonth,
    RollupQuarter,
)
from .queries import JOB_COLUMNS, job_filters
from .records import JobQuery
from .validation import validate_query
from .values import to_iso

if TYPE_CHECKING:
    from .store import Store

type Bucket = Literal["day", "week", "month", "year"]
type Metric = Literal[
    "jobs",
    "hours",
    "filament",
    "cost",
    "energy",
    "electricity_cost",
    "filament_cost",
    "machine_cost",
]
type BreakdownBy = Literal[
    "printer",
    "status",
    "filament_type",
    "filament_colour",
    "slicer",
    "layer_height",
    "hour_of_day",
    "weekday",
    "weekday_hour",
    "failure_reason",
    "duration",
]

# The values of each type, in order (one definition: the type).
BUCKETS: Final[tuple[Bucket, ...]] = get_args(Bucket.__value__)
METRICS: Final[tuple[Metric, ...]] = get_args(Metric.__value__)
DAILY_METRICS: Final[tuple[Metric, ...]] = (
    "jobs",
    "hours",
    "filament",
    "cost",
    "energy",
)
"""The metrics of :func:`daily_totals` (the imported long-term statistics)."""
BREAKDOWNS: Final[tuple[BreakdownBy, ...]] = get_args(BreakdownBy.__value__)
# Breakdowns by local time: every cell is listed, in order, zeros included (how many cells each has).
_TIME_CELLS: Final[dict[str, int]] = {
    "hour_of_day": 24,
    "weekday": 7,
    "weekday_hour": 7 * 24,
}
# A time series never has more points than this (27 years of days). An open-ended series (no
# ``since`` or no ``until``) whose jobs span more buckets uses the next coarser bucket that fits
# (day → week → month → year; years 1–9999 always fit) and says so in its ``bucket``.
MAX_POINTS: Final = 10_000
# Local offsets (DST) are worked out for at most this many distinct years that hold jobs; later
# years' rows use the offset in effect at the end of the last one.
MAX_OFFSET_YEARS: Final = 400
# The last instant whose local time every database can represent (MariaDB's DATETIME ends at
# 9999-12-31 23:59:59; no zone is more than 14 h ahead of UTC).
_LAST_LOCAL_SAFE: Final = datetime(9999, 12, 31, 9, 59, 59)
_LAST_LOCAL_SECOND: Final = 253_402_300_799  # 9999-12-31 23:59:59 as Unix seconds
MAX_PRINTER_IDS: Final = 100
DEFAULT_EXPORT_BATCH: Final = 1000
WEEKDAYS: Final = (
    "Monday",
    "Tuesday",
    "Wednesday",
    "Thursday",
    "Friday",
    "Saturday",
    "Sunday",
)
UNKNOWN_LABEL: Final = "Unknown"
FAILED_STATUSES: Final = tuple(
    status.value
    for status in JobStatus
    if status not in (JobStatus.IN_PROGRESS, JobStatus.COMPLETED, JobStatus.CANCELLED)
)
# Values that spreadsheets read as a formula when a cell starts with them.
_FORMULA_PREFIXES: Final = ("=", "+", "-", "@", "\t", "\r")
_DIGITS: Final = 4

# The job list item's columns (queries.JOB_COLUMNS) with the printer's name and two slicer facts.
_EXPORT_JOB_COLUMNS: Final = (*JOB_COLUMNS, "slicer", "layer_height")
EXPORT_COLUMNS: Final = (*JOB_COLUMNS[:2], "printer_name", *_EXPORT_JOB_COLUMNS[2:])


@dataclass(frozen=True, kw_only=True)
class AnalyticsQuery:
    """
    Which jobs an analytics figure covers: some printers (all by default), started in a range.

    ``filters`` (the summary only) narrows them further with the job list's other filters
    (statuses, file name, filament, tags, durations), so that the panel's figure tiles describe
    exactly the rows its job list shows; its own printers, range, sort and paging are unused.
    """

    printer_ids: tuple[str, ...] = ()
    since: datetime | None = None
    until: datetime | None = None
    filters: JobQuery | None = None


# ---------------------------------------------------------------------- validation
def validate_analytics_query(query: AnalyticsQuery) -> None:
    """Check the filters; StoreValidationError lists every bad field."""
    errors: dict[str, str] = {}
    ids: Any = query.printer_ids
    if isinstance(ids, str) or not all(isinstance(item, str) for item in ids):
        errors["printer_ids"] = "must be a list of strings"
    elif len(ids) > MAX_PRINTER_IDS:
        errors["printer_ids"] = f"at most {MAX_PRINTER_IDS} printers"
    for name in ("since", "until"):
        value = getattr(query, name)
        if value is not None and (
            not isinstance(value, datetime) or value.utcoffset() is None
        ):
            errors[name] = "must be a timezone-aware datetime"
    if (
        "since" not in errors
        and "until" not in errors
        and query.since is not None
        and query.until is not None
        and query.until <= query.since
    ):
        errors["until"] = "must be after since"
    if errors:
        raise StoreValidationError(errors)
    if query.filters is not None:
        validate_query(query.filters)


def _zone(time_zone: str) -> ZoneInfo:
    try:
        return ZoneInfo(time_zone)
    except (ZoneInfoNotFoundError, ValueError, TypeError) as err:
        raise StoreValidationError({"time_zone": "is not an IANA time zone"}) from err


def _choice(name: str, value: str, allowed: Sequence[str]) -> None:
    if value not in allowed:
        raise StoreValidationError({name: "must be one of " + ", ".join(allowed)})


# ---------------------------------------------------------------------- shared SQL pieces
def _dialect(session: Session) -> str:
    return backend_name(session.get_bind().engine.url)


def _clauses(query: AnalyticsQuery) -> list[ColumnElement[bool]]:
    clauses: list[ColumnElement[bool]] = []
    if query.printer_ids:
        clauses.append(Job.printer_id.in_(list(query.printer_ids)))
    if query.since is not None:
        clauses.append(Job.start >= query.since)
    if query.until is not None:
        clauses.append(Job.start < query.until)
    return clauses


def _round(value: Any, digits: int = _DIGITS) -> float:
    return round(float(value or 0.0), digits)


def _rate(part: Any, whole: Any) -> float | None:
    total = int(whole or 0)
    if total <= 0:
        return None
    return round(int(part or 0) * 100.0 / total, 1)


_capped = rollups.capped
_count_if = rollups.count_if
_group_key = rollups.group_key
_floor_div = rollups.floor_div
_positive_mod = rollups.positive_mod
ENERGY_MAX: Final = rollups.ENERGY_MAX
COST_PARTS: Final = rollups.COST_PARTS
job_cost = rollups.job_cost


_year_changes = rollups.year_changes
_offset = rollups.zone_offset
offset_changes = rollups.offset_changes


def _data_range(
    session: Session, query: AnalyticsQuery
) -> tuple[datetime | None, datetime | None]:
    """Return the earliest and latest start the query can match (two index lookups)."""
    low = session.execute(
        select(func.min(Job.start)).where(*_clauses(query))
    ).scalar_one_or_none()
    high = session.execute(
        select(func.max(Job.start)).where(*_clauses(query))
    ).scalar_one_or_none()
    return low, high


def _data_years(
    session: Session, query: AnalyticsQuery, low: datetime, high: datetime
) -> list[int]:
    """
    Return the UTC years that hold matching jobs, ascending (at most MAX_OFFSET_YEARS).

    One index lookup per year with jobs, skipping the empty years between: a log with a job of 1970
    (a printer host without a clock) and one of 9999 costs two lookups, not 8000 years of work.
    """
    low, high = low.astimezone(UTC), high.astimezone(UTC)
    years = [low.year]
    clauses = _clauses(query)
    while years[-1] < high.year and len(years) < MAX_OFFSET_YEARS:
        following = session.execute(
            select(func.min(Job.start)).where(
                *clauses, Job.start >= datetime(years[-1] + 1, 1, 1, tzinfo=UTC)
            )
        ).scalar_one_or_none()
        if following is None:
            break
        years.append(following.astimezone(UTC).year)
    return years


def _local_offsets(
    zone: ZoneInfo, low: datetime, high: datetime, years: Sequence[int]
) -> tuple[list[int], list[tuple[datetime, int]]]:
    """
    Return the offsets and offset changes (as :func:`offset_changes`) of the years that hold jobs.

    Between two such years the offset may have changed without a row to tell: the first instant
    of each later year is a change point too when its offset differs.
    """
    low, high = low.astimezone(UTC), high.astimezone(UTC)
    offsets = [_offset(zone, low)]
    changes: list[tuple[datetime, int]] = []
    for year in years:
        first = datetime(year, 1, 1, tzinfo=UTC)
        if first > low and (offset := _offset(zone, first)) != offsets[-1]:
            changes.append((first, offset))
            offsets.append(offset)
        for at, offset in _year_changes(zone.key, year):
            if low < at <= high and offset != offsets[-1]:
                changes.append((at, offset))
                offsets.append(offset)
    return offsets, changes


def _offset_case(offsets: list[int], changes: list[tuple[datetime, int]]) -> Any:
    """Return the UTC offset of each row's start: a CASE over the offset changes (or a constant)."""
    if not changes:
        return offsets[0]
    return case(
        *(
            (Job.start < at, offsets[index])
            for index, (at, _after) in enumerate(changes)
        ),
        else_=offsets[-1],
    )


_sqlite_epoch = rollups.sqlite_epoch


def _local_time(
    session: Session, dialect: str, zone: ZoneInfo, query: AnalyticsQuery
) -> ColumnElement[Any]:
    """
    Return the job's start in local time of ``zone`` (an SQL expression).

    PostgreSQL: a naive local timestamp. MariaDB / MySQL: a naive local DATETIME. SQLite: integer
    local seconds since the epoch (integer arithmetic is much cheaper than its date functions).
    """
    if dialect == "postgresql":
        return func.timezone(
            zone.key, func.timezone("UTC", Job.start), type_=DateTime()
        )
    low, high = _data_range(session, query)
    offsets, changes = (
        _local_offsets(zone, low, high, _data_years(session, query, low, high))
        if low is not None and high is not None
        else ([0], [])
    )
    seconds = _offset_case(offsets, changes)
    if dialect == "sqlite":
        local: ColumnElement[Any] = _sqlite_epoch() + type_coerce(seconds, Integer)
        return local
    # A local time past 9999-12-31 would be NULL: such a start counts as the last safe instant.
    start = func.least(Job.start, literal(_LAST_LOCAL_SAFE, DateTime()))
    return func.timestampadd(literal_column("SECOND"), seconds, start)


_EPOCH: Final = date(1970, 1, 1)


def _bucket_key(dialect: str, local: ColumnElement[Any], bucket: Bucket) -> Any:
    """
    Return the bucket of a local time: ``YYYY-MM-DD`` of its first day.

    On SQLite, days and weeks are integers (days since 1970-01-01; Monday-weeks since 1969-12-29),
    turned into dates by :func:`_bucket_date`.
    """
    if dialect == "postgresql":
        return func.to_char(func.date_trunc(bucket, local), "YYYY-MM-DD")
    if dialect == "sqlite":
        # Rounded down before 1970 too (SQL's integer division truncates toward zero).
        if bucket == "day":
            return _floor_div(local, 86400)
        if bucket == "week":
            return _floor_div(_floor_div(local, 86400) + 3, 7)
        pattern = "%Y-%m-01" if bucket == "month" else "%Y-01-01"
        # strftime answers NULL past 9999-12-31: such a local time is in the last bucket.
        return func.strftime(pattern, func.min(local, _LAST_LOCAL_SECOND), "unixepoch")
    if bucket == "day":
        return func.date_format(local, "%Y-%m-%d")
    if bucket == "week":
        return func.date_format(func.subdate(local, func.weekday(local)), "%Y-%m-%d")
    return func.date_format(local, "%Y-%m-01" if bucket == "month" else "%Y-01-01")


def _bucket_date(value: Any, bucket: Bucket) -> date:
    """
    Return the first day of a bucket key read back from :func:`_bucket_key`.

    A local time past 9999-12-31 (a job of 9999-12-31 in a zone ahead of UTC) is in the last bucket.
    """
    if isinstance(value, int):
        days = value if bucket == "day" else value * 7 - 3
        if days > (date.max - _EPOCH).days:
            return _first_day(date.max, bucket)
        return _EPOCH + timedelta(days=days)
    text = str(value)
    if len(text.split("-", 1)[0]) > 4:
        return _first_day(date.max, bucket)
    return date.fromisoformat(text[:10])


def _hour(dialect: str, local: ColumnElement[Any]) -> Any:
    if dialect == "postgresql":
        return cast(extract("hour", local), Integer)
    if dialect == "sqlite":
        return _positive_mod(_floor_div(local, 3600), 24)
    return func.hour(local)


def _weekday(dialect: str, local: ColumnElement[Any]) -> Any:
    """Return the weekday, 0 = Monday … 6 = Sunday."""
    if dialect == "postgresql":
        return cast(extract("isodow", local), Integer) - 1
    if dialect == "sqlite":
        return _positive_mod(_floor_div(local, 86400) + 3, 7)
    return func.weekday(local)


def _weekday_hour(dialect: str, local: ColumnElement[Any]) -> Any:
    """Return the hour of the week, weekday × 24 + hour: 0 = Monday 00:00 … 167 = Sunday 23:00."""
    if dialect == "sqlite":
        # Hours since Monday 1969-12-29 00:00 (1970-01-01 was a Thursday), modulo a week.
        return _positive_mod(_floor_div(local + 3 * 86400, 3600), 168)
    return _weekday(dialect, local) * 24 + _hour(dialect, local)


# ---------------------------------------------------------------------- roll-ups
# A part of a query's range: (since, until), either open-ended (None).
type _Span = tuple[datetime | None, datetime | None]


@dataclass(frozen=True, kw_only=True)
class _Plan:
    """
    How the roll-ups answer a range: whole periods from a roll-up, the rest from the jobs.

    ``periods`` is the range of roll-up periods ``[low, high)`` (either None: open-ended);
    ``spans`` are the parts of the range before and after them, read from the jobs (or from the
    next finer roll-up).
    """

    periods: tuple[int | None, int | None] | None
    spans: tuple[_Span, ...]


def _plan(
    span: _Span,
    period_of: Callable[[datetime], int],
    start_of: Callable[[int], datetime],
) -> _Plan:
    """Split ``span`` into whole periods and the parts before and after them."""
    since, until = span
    low: int | None = None
    high: int | None = None
    if since is not None:
        low = period_of(since)
        if start_of(low) < since:
            low += 1
    if until is not None:
        high = period_of(until)
    if low is not None and high is not None and low >= high:
        return _Plan(periods=None, spans=(span,))
    spans: list[_Span] = []
    if since is not None and low is not None and since < start_of(low):
        spans.append((since, start_of(low)))
    if until is not None and high is not None and start_of(high) < until:
        spans.append((start_of(high), until))
    return _Plan(periods=(low, high), spans=tuple(spans))


def _period_clauses(column: Any, periods: tuple[int | None, int | None]) -> list[Any]:
    low, high = periods
    clauses: list[Any] = []
    if low is not None:
        clauses.append(column >= low)
    if high is not None:
        clauses.append(column < high)
    return clauses


def _span_clauses(span: _Span) -> list[ColumnElement[bool]]:
    since, until = span
    clauses: list[ColumnElement[bool]] = []
    if since is not None:
        clauses.append(Job.start >= since)
    if until is not None:
        clauses.append(Job.start < until)
    return clauses


def _rollup_span(session: Session, query: AnalyticsQuery) -> _Span | None:
    """
    Return the range the roll-ups answer ``query`` over, None if they cannot.

    They are farm-wide: a printer filter, or any of the job list's filters (file name, tags,
    statuses, durations, spools), is answered from the jobs. A filters' own range narrows it.
    """
    if query.printer_ids:
        return None
    since, until = query.since, query.until
    filters = query.filters
    if filters is not None:
        if filters.printer_ids:
            return None
        bare = replace(filters, since=None, until=None, printer_ids=())
        if job_filters(_dialect(session), bare):
            return None
        if filters.since is not None:
            since = filters.since if since is None else max(since, filters.since)
        if filters.until is not None:
            until = filters.until if until is None else min(until, filters.until)
    return since, until


def _group_parts(
    dialect: str, dim: str, span: _Span, columns: Callable[[Any], list[Any]]
) -> list[Select[Any]]:
    """
    Return the SELECTs whose UNION ALL holds ``span``'s jobs by ``dim``: months, days, jobs.

    Each row is (key, *columns(table)) with ``columns`` given the roll-up table (or Job for the
    jobs, one row each); the caller groups the union by key.
    """
    parts: list[Select[Any]] = []

    def rolled(table: Any, periods: tuple[int | None, int | None]) -> Select[Any]:
        if dim in rollups.NUMERIC_DIMENSIONS:
            key: Any = table.number
        else:
            key = rollups.text_key(dialect, table.value)
        return select(key.label("key"), *columns(table)).where(
            table.dim == dim, *_period_clauses(table.period, periods)
        )

    months = _plan(span, rollups.month_of, rollups.month_start)
    if months.periods is not None:
        parts.append(rolled(RollupMonth, months.periods))
    for part in months.spans:
        days = _plan(part, rollups.day_of, rollups.day_start)
        if days.periods is not None:
            parts.append(rolled(RollupDay, days.periods))
        key = rollups.dimension_key(dialect, dim)
        if dim not in rollups.NUMERIC_DIMENSIONS:
            # One type and collation with the roll-ups' text keys (MySQL / MariaDB refuse a
            # UNION of two collations).
            key = rollups.text_key(dialect, key)
        parts.extend(
            select(key.label("key"), *columns(Job)).where(
                *_span_clauses(rest), *rollups.dimension_clauses(dim)
            )
            for rest in days.spans
        )
    return parts


def _job_sums(table: Any) -> list[Any]:
    """Return the breakdown's sums of a roll-up row, or of one job (``table`` is Job)."""
    if table is Job:
        return [
            literal(1).label("jobs"),
            case((Job.status == JobStatus.COMPLETED.value, 1), else_=0).label(
                "completed"
            ),
            case((Job.status != JobStatus.IN_PROGRESS.value, 1), else_=0).label(
                "ended"
            ),
            _capped(Job.print_duration, "print_duration").label("seconds"),
            func.coalesce(
                _capped(Job.filament_weight_g, "filament_weight_g"), 0.0
            ).label("grams"),
        ]
    return [
        table.jobs.label("jobs"),
        table.completed.label("completed"),
        table.ended.label("ended"),
        table.seconds.label("seconds"),
        table.grams.label("grams"),
    ]


def _rollup_group_rows(
    session: Session, dialect: str, span: _Span, by: str
) -> list[Any]:
    """Return the breakdown's rows (key, jobs, seconds, grams, completed, ended) from roll-ups."""
    parts = _group_parts(dialect, by, span, _job_sums)
    if not parts:
        return []
    inner = union_all(*parts).subquery() if len(parts) > 1 else parts[0].subquery()
    return list(
        session.execute(
            select(
                inner.c.key,
                func.sum(inner.c.jobs).label("jobs"),
                func.coalesce(func.sum(inner.c.seconds), 0.0).label("seconds"),
                func.coalesce(func.sum(inner.c.grams), 0.0).label("grams"),
                func.coalesce(func.sum(inner.c.completed), 0).label("completed"),
                func.coalesce(func.sum(inner.c.ended), 0).label("ended"),
            ).group_by(inner.c.key)
        ).all()
    )


def _summary_sums(table: Any) -> list[Any]:
    if table is Job:
        return [
            literal(1).label("jobs"),
            *(
                func.coalesce(value, 0.0).label(name)
                for name, value in rollups.figures().items()
            ),
        ]
    return [
        table.jobs.label("jobs"),
        *(getattr(table, name).label(name) for name in rollups.FIGURES),
    ]


def _rollup_summary_row(session: Session, dialect: str, span: _Span) -> dict[str, Any]:
    """Return the summary's counts and sums from the roll-ups by status (and the ends' jobs)."""
    parts = _group_parts(dialect, "status", span, _summary_sums)
    totals: dict[str, Any] = {
        "jobs": 0,
        "completed": 0,
        "cancelled": 0,
        "failed": 0,
        "in_progress": 0,
        **dict.fromkeys(rollups.FIGURES, 0.0),
    }
    if not parts:
        return totals
    inner = union_all(*parts).subquery() if len(parts) > 1 else parts[0].subquery()
    rows = session.execute(
        select(
            inner.c.key,
            func.sum(inner.c.jobs).label("jobs"),
            *(
                func.coalesce(func.sum(inner.c[name]), 0.0).label(name)
                for name in rollups.FIGURES
            ),
        ).group_by(inner.c.key)
    ).all()
    for row in rows:
        jobs = int(row.jobs or 0)
        totals["jobs"] += jobs
        if row.key == JobStatus.COMPLETED.value:
            totals["completed"] += jobs
        elif row.key == JobStatus.CANCELLED.value:
            totals["cancelled"] += jobs
        elif row.key == JobStatus.IN_PROGRESS.value:
            totals["in_progress"] += jobs
        elif row.key in FAILED_STATUSES:
            totals["failed"] += jobs
        for name in rollups.FIGURES:
            totals[name] += float(getattr(row, name) or 0.0)
    return totals


def _quarter_offsets(
    session: Session, dialect: str, zone: ZoneInfo, query: AnalyticsQuery
) -> tuple[list[int], list[tuple[datetime, int]]] | None:
    """
    Return the zone's offsets and changes over the query's jobs, if quarters of an hour add up.

    None when an offset or a change is not a whole quarter of an hour (local mean time of the
    1800s) or, on MySQL / MariaDB, when a local time would pass 9999-12-31 (their job-level local
    time stops at the last safe instant): such a query reads the jobs.
    """
    low, high = _data_range(session, query)
    if low is None or high is None:
        return [0], []
    if dialect == "mysql" and high > _LAST_LOCAL_SAFE.replace(tzinfo=UTC):
        return None
    offsets, changes = _local_offsets(
        zone, low, high, _data_years(session, query, low, high)
    )
    if any(offset % rollups.QUARTER for offset in offsets) or any(
        at.second or at.microsecond or at.minute % 15 for at, _offset in changes
    ):
        return None
    return offsets, changes


def _segments(
    periods: tuple[int | None, int | None],
    offsets: list[int],
    changes: list[tuple[datetime, int]],
) -> list[tuple[list[Any], int]]:
    """
    Return the roll-up quarters' ranges of one UTC offset each: (WHERE clauses, offset in quarters).

    Within one the local quarter is the UTC one plus a constant, so each is grouped on its own
    (no per-row CASE over the offset changes), and the groups added up.
    """
    low, high = periods
    bounds = [rollups.quarter_of(at) for at, _offset in changes]
    result: list[tuple[list[Any], int]] = []
    start: int | None = None
    for index, offset in enumerate(offsets):
        end = bounds[index] if index < len(bounds) else None
        first = start if low is None else low if start is None else max(start, low)
        last = end if high is None else high if end is None else min(end, high)
        start = end
        if first is not None and last is not None and first >= last:
            continue
        result.append(
            (
                _period_clauses(RollupQuarter.quarter, (first, last)),
                offset // rollups.QUARTER,
            )
        )
    return result


def _union(parts: Sequence[Select[Any]]) -> Any:
    return union_all(*parts) if len(parts) > 1 else parts[0]


def _quarter_plan(
    span: _Span,
) -> tuple[tuple[int | None, int | None] | None, tuple[_Span, ...]]:
    """Return the roll-up quarters ``span`` covers whole and the parts left to the jobs."""
    plan = _plan(span, rollups.quarter_of, rollups.quarter_start)
    return plan.periods, plan.spans


def _time_cell(by: str, local: Any) -> Any:
    """Return a local quarter number's hour of the day, weekday or hour of the week."""
    if by == "hour_of_day":
        return _positive_mod(local, 96) // 4
    if by == "weekday":
        # 1970-01-01 was a Thursday.
        return _positive_mod(_floor_div(local, 96) + 3, 7)
    return _positive_mod(local + 3 * 96, 7 * 96) // 4


def _rollup_time_rows(
    session: Session,
    dialect: str,
    query: AnalyticsQuery,
    *,
    span: _Span,
    by: BreakdownBy,
    time_zone: str,
) -> dict[int, list[Any]] | None:
    """Return a local-time breakdown's sums by cell from the quarters (None: read the jobs)."""
    zone = _zone(time_zone)
    bounded = replace(query, since=span[0], until=span[1], filters=None)
    found = _quarter_offsets(session, dialect, zone, bounded)
    if found is None:
        return None
    periods, rest = _quarter_plan(span)
    status = RollupQuarter.status
    parts: list[Select[Any]] = []
    for clauses, offset in _segments(periods, *found) if periods is not None else []:
        # First by UTC quarter of the week (one modulo a row), then the ≤ 672 groups by their
        # local cell (a constant shift within the segment).
        week_quarter = _positive_mod(RollupQuarter.quarter, 7 * 96)
        inner = (
            select(
                week_quarter.label("week_quarter"),
                func.sum(RollupQuarter.jobs).label("jobs"),
                func.sum(RollupQuarter.seconds).label("seconds"),
                func.sum(RollupQuarter.grams).label("grams"),
                func.sum(
                    case(
                        (status == JobStatus.COMPLETED.value, RollupQuarter.jobs),
                        else_=0,
                    )
                ).label("completed"),
                func.sum(
                    case(
                        (status != JobStatus.IN_PROGRESS.value, RollupQuarter.jobs),
                        else_=0,
                    )
                ).label("ended"),
            )
            .where(*clauses)
            .group_by(week_quarter)
            .subquery()
        )
        cell = _time_cell(by, inner.c.week_quarter + offset)
        parts.append(
            select(
                cell.label("key"),
                func.sum(inner.c.jobs),
                func.sum(inner.c.seconds),
                func.sum(inner.c.grams),
                func.sum(inner.c.completed),
                func.sum(inner.c.ended),
            ).group_by(cell)
        )
    cells: dict[int, list[Any]] = {}
    for row in session.execute(_union(parts)).all() if parts else []:
        totals = cells.setdefault(int(row[0]), [0, 0.0, 0.0, 0, 0])
        for index, value in enumerate(row[1:]):
            totals[index] += value or 0
    for part in rest:
        for row in _job_rows(
            session,
            dialect,
            replace(bounded, since=part[0], until=part[1]),
            by,
            time_zone,
        ):
            totals = cells.setdefault(int(row.key), [0, 0.0, 0.0, 0, 0])
            for index, value in enumerate(
                (row.jobs, row.seconds, row.grams, row.completed, row.ended)
            ):
                totals[index] += value or 0
    return cells


def _rollup_days(
    session: Session,
    dialect: str,
    query: AnalyticsQuery,
    *,
    span: _Span,
    zone: ZoneInfo,
    metrics: Sequence[Metric],
) -> dict[date, list[float]] | None:
    """
    Return the raw sums of ``metrics`` per local day from the quarters (None: read the jobs).

    The parts of the range that are not whole quarters come from the jobs (``_bucketed``).
    """
    bounded = replace(query, since=span[0], until=span[1], filters=None)
    found = _quarter_offsets(session, dialect, zone, bounded)
    if found is None:
        return None
    periods, rest = _quarter_plan(span)
    column = {
        "jobs": RollupQuarter.jobs,
        "hours": RollupQuarter.seconds,
        "filament": RollupQuarter.grams,
        "cost": RollupQuarter.cost,
        "energy": RollupQuarter.energy_kwh,
        "electricity_cost": RollupQuarter.electricity_cost,
        "filament_cost": RollupQuarter.filament_cost,
        "machine_cost": RollupQuarter.machine_cost,
    }
    parts = [
        select(
            _floor_div(RollupQuarter.quarter + offset, 96).label("day"),
            *(func.sum(column[metric]) for metric in metrics),
        )
        .where(*clauses)
        .group_by(_floor_div(RollupQuarter.quarter + offset, 96))
        for clauses, offset in (
            _segments(periods, *found) if periods is not None else []
        )
    ]
    days: dict[date, list[float]] = {}
    for row in session.execute(_union(parts)).all() if parts else []:
        totals = days.setdefault(_bucket_date(int(row[0]), "day"), [0.0] * len(metrics))
        for index, value in enumerate(row[1:]):
            totals[index] += float(value or 0)
    for part in rest:
        read = _job_days(
            session, replace(bounded, since=part[0], until=part[1]), zone, metrics
        )
        for day, values in read.items():
            totals = days.setdefault(day, [0.0] * len(metrics))
            for index, value in enumerate(values):
                totals[index] += value
    return days


def _job_days(
    session: Session, query: AnalyticsQuery, zone: ZoneInfo, metrics: Sequence[Metric]
) -> dict[date, list[float]]:
    """Return the raw sums of ``metrics`` per local day read from the jobs."""
    inner = _bucketed(session, query, zone, "day")
    days: dict[date, list[float]] = {}
    for row in session.execute(
        select(
            inner.c.bucket,
            *(_measure(inner, metric) for metric in metrics),
        ).group_by(inner.c.bucket)
    ).all():
        totals = days.setdefault(_bucket_date(row[0], "day"), [0.0] * len(metrics))
        for index, value in enumerate(row[1:]):
            totals[index] += float(value or 0)
    return days


# ---------------------------------------------------------------------- local roll-ups
def _local_start(zone: ZoneInfo, day: int) -> datetime | None:
    """
    Return the first instant of the local day ``day`` (days since 1970-01-01) in ``zone``.

    None when midnight is skipped or repeated there (a DST change at midnight): the local dates
    on either side are then no single range of instants, and the caller cuts elsewhere.
    """
    try:
        naive = datetime(1970, 1, 1) + timedelta(days=day)
        early = naive.replace(tzinfo=zone, fold=0).astimezone(UTC)
        late = naive.replace(tzinfo=zone, fold=1).astimezone(UTC)
    except OverflowError:
        return None
    return early if early == late else None


def _local_plan(
    span: _Span, zone: ZoneInfo, unit: Literal["day", "month"]
) -> tuple[tuple[int | None, int | None], tuple[_Span, ...]] | None:
    """
    Return the whole local days / months of ``span`` and the parts of it before and after them.

    None when it holds no whole one. A cut is only made at a local midnight that starts a single
    range of instants (:func:`_local_start`); else one period further in.
    """

    def period_of(at: datetime) -> int:
        if unit == "day":
            return rollups.local_day(at, zone)
        return rollups.local_month(at, zone)

    def start_of(period: int) -> datetime | None:
        day = period if unit == "day" else rollups.month_days(period)[0]
        return _local_start(zone, day)

    since, until = span
    low: int | None = None
    high: int | None = None
    low_at: datetime | None = None
    high_at: datetime | None = None
    if since is not None:
        low = period_of(since)
        for _attempt in range(3):
            low_at = start_of(low)
            if low_at is not None and low_at >= since:
                break
            low += 1
        else:
            return None
    if until is not None:
        high = period_of(until)
        for _attempt in range(3):
            high_at = start_of(high)
            if high_at is not None and high_at <= until:
                break
            high -= 1
        else:
            return None
    if low is not None and high is not None and low >= high:
        return None
    spans: list[_Span] = []
    if since is not None and low_at is not None and since < low_at:
        spans.append((since, low_at))
    if until is not None and high_at is not None and high_at < until:
        spans.append((high_at, until))
    return (low, high), tuple(spans)


def _local_ready(session: Session, zone: ZoneInfo, span: _Span) -> bool:
    """Return whether the local roll-ups hold ``zone`` and every job of ``span``."""
    if rollups.built_zone(session) != zone.key:
        return False
    for bound in span:
        if bound is not None and not rollups.LOCAL_LOW <= bound <= rollups.LOCAL_HIGH:
            return False
    low, high = _data_range(session, AnalyticsQuery(since=span[0], until=span[1]))
    return low is None or (
        high is not None and low >= rollups.LOCAL_LOW and high < rollups.LOCAL_HIGH
    )


def _local_time_rows(
    session: Session,
    dialect: str,
    query: AnalyticsQuery,
    *,
    span: _Span,
    by: BreakdownBy,
    zone: ZoneInfo,
) -> dict[int, list[Any]] | None:
    """
    Return a local-time breakdown's sums by cell from the local months (None: not built for it).

    The parts of the range that are not whole local months come from the quarters (or the jobs).
    """
    if not _local_ready(session, zone, span):
        return None
    plan = _local_plan(span, zone, "month")
    if plan is None:
        return None
    periods, rest = plan
    hour = RollupLocalMonth.hour
    cell = hour % 24 if by == "hour_of_day" else hour // 24 if by == "weekday" else hour
    rows = session.execute(
        select(
            cell,
            func.sum(RollupLocalMonth.jobs),
            func.sum(RollupLocalMonth.seconds),
            func.sum(RollupLocalMonth.grams),
            func.sum(RollupLocalMonth.completed),
            func.sum(RollupLocalMonth.ended),
        )
        .where(*_period_clauses(RollupLocalMonth.month, periods))
        .group_by(cell)
    ).all()
    cells: dict[int, list[Any]] = {}

    def add(key: Any, values: Sequence[Any]) -> None:
        totals = cells.setdefault(int(key), [0, 0.0, 0.0, 0, 0])
        for index, value in enumerate(values):
            kind = float if index in (1, 2) else int
            totals[index] += kind(value or 0)

    for row in rows:
        add(row[0], row[1:])
    for part in rest:
        found = _rollup_time_rows(
            session, dialect, query, span=part, by=by, time_zone=zone.key
        )
        if found is not None:
            for key, values in found.items():
                add(key, values)
            continue
        for row in _job_rows(
            session,
            dialect,
            replace(query, since=part[0], until=part[1], filters=None),
            by,
            zone.key,
        ):
            add(row.key, (row.jobs, row.seconds, row.grams, row.completed, row.ended))
    return cells


def _local_days(
    session: Session,
    dialect: str,
    query: AnalyticsQuery,
    *,
    span: _Span,
    zone: ZoneInfo,
    metrics: Sequence[Metric],
) -> dict[date, list[float]] | None:
    """
    Return the raw sums of ``metrics`` per local day from the local days (None: not built for it).

    The parts of the range that are not whole local days come from the jobs.
    """
    if not _local_ready(session, zone, span):
        return None
    plan = _local_plan(span, zone, "day")
    if plan is None:
        return None
    periods, rest = plan
    column = {
        "jobs": RollupLocalDay.jobs,
        "hours": RollupLocalDay.seconds,
        "filament": RollupLocalDay.grams,
        "cost": RollupLocalDay.cost,
        "energy": RollupLocalDay.energy_kwh,
        "electricity_cost": RollupLocalDay.electricity_cost,
        "filament_cost": RollupLocalDay.filament_cost,
        "machine_cost": RollupLocalDay.machine_cost,
    }
    days: dict[date, list[float]] = {}

    def add(day: date, values: Sequence[Any]) -> None:
        totals = days.setdefault(day, [0.0] * len(metrics))
        for index, value in enumerate(values):
            totals[index] += float(value or 0)

    for row in session.execute(
        select(RollupLocalDay.day, *(column[metric] for metric in metrics)).where(
            *_period_clauses(RollupLocalDay.day, periods)
        )
    ).all():
        add(_bucket_date(int(row[0]), "day"), row[1:])
    for part in rest:
        # Less than a day of jobs: one query (the quarters would take several).
        found = _job_days(
            session,
            replace(query, since=part[0], until=part[1], filters=None),
            zone,
            metrics,
        )
        for day, values in found.items():
            add(day, values)
    return days


# ---------------------------------------------------------------------- summary
def summary(session: Session, query: AnalyticsQuery) -> dict[str, Any]:
    """Return the totals of the jobs matching ``query`` (the API's Summary object)."""
    validate_analytics_query(query)
    dialect = _dialect(session)
    span = _rollup_span(session, query)
    totals = (
        _rollup_summary_row(session, dialect, span)
        if span is not None
        else _job_summary_row(session, dialect, query)
    )
    jobs = int(totals["jobs"] or 0)
    completed = int(totals["completed"])
    ended = jobs - int(totals["in_progress"])
    hours = float(totals["seconds"] or 0.0) / 3600
    return {
        "jobs": jobs,
        "completed": completed,
        "cancelled": int(totals["cancelled"]),
        "failed": int(totals["failed"]),
        "in_progress": int(totals["in_progress"]),
        "success_rate": _rate(completed, ended),
        "print_hours": _round(hours),
        "filament_mm": _round(totals["filament_mm"]),
        "filament_g": _round(totals["grams"]),
        "cost": _round(totals["cost"]),
        "energy_kwh": _round(totals["energy_kwh"]),
        **{name: _round(totals[name]) for name in COST_PARTS},
        "maintenance_cost": _round(
            sum(
                maintenance_cost(
                    session, tuple(query.printer_ids), query.since, query.until
                ).values()
            )
        ),
        "avg_print_hours": _round(hours / jobs) if jobs else None,
    }


def _job_summary_row(
    session: Session, dialect: str, query: AnalyticsQuery
) -> dict[str, Any]:
    """Return the summary's counts and sums read from the jobs."""
    status = Job.status
    clauses = _clauses(query)
    if query.filters is not None:
        clauses += job_filters(dialect, query.filters)
    row = session.execute(
        select(
            func.count().label("jobs"),
            _count_if(status == JobStatus.COMPLETED.value).label("completed"),
            _count_if(status == JobStatus.CANCELLED.value).label("cancelled"),
            _count_if(status.in_(FAILED_STATUSES)).label("failed"),
            _count_if(status == JobStatus.IN_PROGRESS.value).label("in_progress"),
            *(
                func.coalesce(func.sum(value), 0.0).label(name)
                for name, value in rollups.figures().items()
            ),
        ).where(*clauses)
    ).one()
    return dict(row._asdict())


# ---------------------------------------------------------------------- time series
def _first_day(day: date, bucket: Bucket) -> date:
    """Return the first day of the bucket holding ``day``."""
    if bucket == "week":
        return max(day - timedelta(days=day.weekday()), date.min)
    if bucket == "month":
        return day.replace(day=1)
    if bucket == "year":
        return day.replace(month=1, day=1)
    return day


def _python_bucket(value: datetime, zone: ZoneInfo, bucket: Bucket) -> date:
    try:
        day = value.astimezone(zone).date()
    except OverflowError:
        day = date.max if value.year == datetime.max.year else date.min
    return _first_day(day, bucket)


def _next_bucket(day: date, bucket: Bucket) -> date | None:
    """Return the first day of the next bucket, None after the last one (9999-12-31)."""
    try:
        if bucket == "day":
            return day + timedelta(days=1)
        if bucket == "week":
            return day + timedelta(days=7)
        if bucket == "year":
            return day.replace(year=day.year + 1)
        if day.month == 12:
            return day.replace(year=day.year + 1, month=1)
        return day.replace(month=day.month + 1)
    except OverflowError, ValueError:
        return None


def _bucket_count(low: date, high: date, bucket: Bucket) -> int:
    if high < low:
        return 0
    if bucket == "day":
        return (high - low).days + 1
    if bucket == "week":
        return (high - low).days // 7 + 1
    if bucket == "year":
        return high.year - low.year + 1
    return (high.year - low.year) * 12 + high.month - low.month + 1


def _fitting_bucket(
    session: Session, query: AnalyticsQuery, zone: ZoneInfo, bucket: Bucket
) -> Bucket:
    """
    Return ``bucket``, or the next coarser one when an open-ended series would exceed MAX_POINTS.

    The series runs from ``since``'s bucket (else the first job's) to ``until``'s (else the last
    job's): "All time" by day over a log spanning decades (a 1970 start from a printer host
    without a clock, a typo'd year) becomes weeks, months or years, never an error.
    """
    low, high = query.since, query.until
    if low is None or high is None:
        first, last = _data_range(session, query)
        low = low or first
        high = high or last
    if low is None or high is None:
        return bucket
    for candidate in BUCKETS[BUCKETS.index(bucket) :]:
        if (
            _bucket_count(
                _python_bucket(low, zone, candidate),
                _python_bucket(high, zone, candidate),
                candidate,
            )
            <= MAX_POINTS
        ):
            return candidate
    return BUCKETS[-1]


def _bucketed(
    session: Session, query: AnalyticsQuery, zone: ZoneInfo, bucket: Bucket
) -> Subquery:
    """Return the matching jobs' local bucket key (``bucket``) and the columns the metrics sum."""
    dialect = _dialect(session)
    local = _local_time(session, dialect, zone, query)
    return (
        select(
            _bucket_key(dialect, local, bucket).label("bucket"),
            _capped(Job.print_duration, "print_duration").label("print_duration"),
        )
        .add_columns(
            _capped(Job.filament_weight_g, "filament_weight_g").label(
                "filament_weight_g"
            ),
            _capped(job_cost(), "cost").label("cost"),
            rollups.capped_energy().label("energy"),
            *(
                _capped(column, "cost").label(name)
                for name, column in COST_PARTS.items()
            ),
        )
        .where(*_clauses(query))
        .subquery()
    )


def _measure(inner: Subquery, metric: Metric) -> ColumnElement[Any]:
    """Return the aggregate of ``metric`` over a group of :func:`_bucketed`'s rows."""
    if metric == "jobs":
        return func.count()
    column = {
        "hours": inner.c.print_duration,
        "filament": inner.c.filament_weight_g,
        "cost": inner.c.cost,
        "energy": inner.c.energy,
        "electricity_cost": inner.c.electricity_cost,
        "filament_cost": inner.c.filament_cost,
        "machine_cost": inner.c.machine_cost,
    }[metric]
    return func.coalesce(func.sum(column), 0.0)


def _metric_value(metric: Metric, value: Any) -> float | int:
    """Return a bucket's ``metric`` as reported: jobs an int, hours from seconds, all rounded."""
    if metric == "jobs":
        return int(value)
    if metric == "hours":
        return _round(float(value) / 3600)
    return _round(value)


def daily_totals(
    session: Session, query: AnalyticsQuery, *, time_zone: str
) -> dict[date, dict[Metric, float | int]]:
    """
    Return every metric per local day of the jobs' start, for the days that have jobs only.

    One ``GROUP BY`` for the five metrics; each value is the one :func:`timeseries` gives that day
    (same units and rounding). Days in ascending order; unlike :func:`timeseries`, there are no
    zero points for days without jobs and no limit on the number of days.
    """
    validate_analytics_query(query)
    zone = _zone(time_zone)
    inner = _bucketed(session, query, zone, "day")
    rows = session.execute(
        select(
            inner.c.bucket,
            *(_measure(inner, metric).label(metric) for metric in DAILY_METRICS),
        )
        .group_by(inner.c.bucket)
        .order_by(inner.c.bucket)
    ).all()
    totals: dict[date, dict[Metric, float | int]] = {}
    for row in rows:
        day = totals.setdefault(
            _bucket_date(row.bucket, "day"), dict.fromkeys(DAILY_METRICS, 0)
        )
        for metric in DAILY_METRICS:
            day[metric] += _metric_value(metric, getattr(row, metric))
    return totals


def timeseries(
    session: Session,
    query: AnalyticsQuery,
    *,
    bucket: Bucket,
    metric: Metric,
    time_zone: str,
) -> dict[str, Any]:
    """
    Return ``metric`` per local day, week (from Monday) or month of the jobs' start.

    Points run from ``since``'s bucket (else the first job's) to the bucket before ``until`` (else
    the last job's), empty buckets as 0; a bucket is named by its first day (``YYYY-MM-DD``).
    """
    validate_analytics_query(query)
    _choice("bucket", bucket, BUCKETS)
    _choice("metric", metric, METRICS)
    zone = _zone(time_zone)
    if query.since is None or query.until is None:
        bucket = _fitting_bucket(session, query, zone, bucket)
    low_key = _python_bucket(query.since, zone, bucket) if query.since else None
    high_key = (
        _python_bucket(query.until - timedelta(microseconds=1), zone, bucket)
        if query.until
        else None
    )
    if (
        low_key is not None
        and high_key is not None
        and _bucket_count(low_key, high_key, bucket) > MAX_POINTS
    ):
        raise StoreValidationError(
            {"since": f"the range holds more than {MAX_POINTS} {bucket} buckets"}
        )
    values: dict[date, float | int] = {}
    days: dict[date, list[float]] | None = None
    if not query.printer_ids:
        for source in (_local_days, _rollup_days):
            days = source(
                session,
                _dialect(session),
                query,
                span=(query.since, query.until),
                zone=zone,
                metrics=(metric,),
            )
            if days is not None:
                break
    if days is not None:
        # From the quarters' local days, added up into the bucket's (raw sums, rounded once).
        raw: dict[date, float] = {}
        for local_day, (value,) in days.items():
            first = _first_day(local_day, bucket)
            raw[first] = raw.get(first, 0.0) + value
        values = {key: _metric_value(metric, value) for key, value in raw.items()}
    else:
        inner = _bucketed(session, query, zone, bucket)
        measure = _measure(inner, metric)
        rows = session.execute(
            select(inner.c.bucket, measure.label("value"))
            .group_by(inner.c.bucket)
            .order_by(inner.c.bucket)
        ).all()
        for row in rows:
            # Keys past 9999-12-31 fold into the last bucket: add them up.
            key = _bucket_date(row.bucket, bucket)
            values[key] = values.get(key, 0) + _metric_value(metric, row.value)
    if values:
        low_key = low_key or min(values)
        high_key = high_key or max(values)
    points: list[dict[str, Any]] = []
    if low_key is not None and high_key is not None:
        if _bucket_count(low_key, high_key, bucket) > MAX_POINTS:
            raise StoreValidationError(
                {"since": f"the range holds more than {MAX_POINTS} {bucket} buckets"}
            )
        zero: float | int = 0 if metric == "jobs" else 0.0
        day: date | None = low_key
        while day is not None and day <= high_key:
            points.append({"bucket": day.isoformat(), "value": values.get(day, zero)})
            day = _next_bucket(day, bucket)
    return {"bucket": bucket, "metric": metric, "points": points}


# ---------------------------------------------------------------------- breakdown
def _breakdown_key(
    session: Session,
    dialect: str,
    by: BreakdownBy,
    query: AnalyticsQuery,
    time_zone: str,
) -> Any:
    """Return the key expression to group by (a column of the jobs table: no join)."""
    if by in rollups.DIMENSIONS:
        return rollups.dimension_key(dialect, by)
    local = _local_time(session, dialect, _zone(time_zone), query)
    if by == "hour_of_day":
        return _hour(dialect, local)
    if by == "weekday_hour":
        return _weekday_hour(dialect, local)
    return _weekday(dialect, local)


def _breakdown_clauses(by: BreakdownBy) -> tuple[Any, ...]:
    """Return what a breakdown adds to the filters: failures only, by their reason."""
    return rollups.dimension_clauses(by)


def _printer_names(session: Session, ids: Iterable[str]) -> dict[str, str]:
    wanted = list(dict.fromkeys(ids))
    if not wanted:
        return {}
    return {
        row.id: row.name
        for row in session.execute(
            select(Printer.id, Printer.name).where(Printer.id.in_(wanted))
        )
    }


def breakdown(
    session: Session, query: AnalyticsQuery, *, by: BreakdownBy, time_zone: str
) -> dict[str, Any]:
    """
    Return jobs, print hours, filament grams and success rate grouped ``by`` a property.

    Rows are ``{"key", "label", "jobs", "hours", "filament_g", "success_rate"}``; a missing value
    (e.g. no slicer known) is the key None labelled "Unknown". ``hour_of_day`` (0–23), ``weekday``
    (0 = Monday … 6 = Sunday) and ``weekday_hour`` (weekday × 24 + hour: 0 = Monday 00:00 … 167 =
    Sunday 23:00) are local to ``time_zone`` and list every hour / day / hour of the week, in order;
    ``duration`` counts the ended jobs by print-duration bin (key: the bin's lower bound in seconds,
    ``rollups.DURATION_BINS``), every bin in order, then "Unknown" if some have no duration;
    ``layer_height`` rows are by height (rounded to 0.001 mm); the others by jobs, most first.
    """
    validate_analytics_query(query)
    _choice("by", by, BREAKDOWNS)
    dialect = _dialect(session)
    rows: list[Any] | None = None
    if not query.printer_ids:
        # Farm-wide: from the roll-ups (and the jobs at the range's ends).
        span: _Span = (query.since, query.until)
        if by in _TIME_CELLS:
            cells = _local_time_rows(
                session, dialect, query, span=span, by=by, zone=_zone(time_zone)
            )
            if cells is None:
                cells = _rollup_time_rows(
                    session, dialect, query, span=span, by=by, time_zone=time_zone
                )
            if cells is not None:
                rows = [
                    _Row(key, jobs, seconds, grams, completed, ended)
                    for key, (jobs, seconds, grams, completed, ended) in cells.items()
                ]
        else:
            rows = _rollup_group_rows(session, dialect, span, by)
    if rows is None:
        rows = _job_rows(session, dialect, query, by, time_zone)
    return {"by": by, "rows": _breakdown_result(session, by, rows)}


@dataclass(frozen=True, slots=True)
class _Row:
    """A breakdown's group as the roll-ups give it (the attributes of a result row)."""

    key: Any
    jobs: int
    seconds: float
    grams: float
    completed: int
    ended: int


def _job_rows(
    session: Session,
    dialect: str,
    query: AnalyticsQuery,
    by: BreakdownBy,
    time_zone: str,
) -> list[Any]:
    """Return a breakdown's groups read from the jobs (key, jobs, seconds, grams, completed, ended)."""
    key = _breakdown_key(session, dialect, by, query, time_zone)
    inner = (
        select(
            key.label("key"),
            Job.status,
            _capped(Job.print_duration, "print_duration").label("print_duration"),
            _capped(Job.filament_weight_g, "filament_weight_g").label(
                "filament_weight_g"
            ),
        )
        .where(*_clauses(query), *_breakdown_clauses(by))
        .subquery()
    )
    rows = session.execute(
        select(
            inner.c.key,
            func.count().label("jobs"),
            func.coalesce(func.sum(inner.c.print_duration), 0.0).label("seconds"),
            func.coalesce(func.sum(inner.c.filament_weight_g), 0.0).label("grams"),
            _count_if(inner.c.status == JobStatus.COMPLETED.value).label("completed"),
            _count_if(inner.c.status != JobStatus.IN_PROGRESS.value).label("ended"),
        ).group_by(inner.c.key)
    ).all()
    return list(rows)


def _breakdown_result(
    session: Session, by: BreakdownBy, rows: Sequence[Any]
) -> list[dict[str, Any]]:
    """Return a breakdown's result rows, labelled and in order, from its groups."""
    names = (
        _printer_names(session, (row.key for row in rows)) if by == "printer" else {}
    )
    result: list[dict[str, Any]] = []
    for row in rows:
        raw_key = row.key
        if by in _TIME_CELLS or (by == "duration" and raw_key is not None):
            raw_key = int(raw_key)
        elif by == "layer_height" and raw_key is not None:
            raw_key = round(float(raw_key), 3)
        result.append(
            {
                "key": raw_key,
                "label": _label(by, raw_key, names.get(raw_key)),
                "jobs": int(row.jobs),
                "hours": _round(float(row.seconds or 0.0) / 3600),
                "filament_g": _round(row.grams),
                "success_rate": _rate(row.completed, row.ended),
            }
        )
    if by in _TIME_CELLS or by == "duration":
        present = {row["key"]: row for row in result}
        keys: Iterable[int] = (
            rollups.DURATION_BINS if by == "duration" else range(_TIME_CELLS[by])
        )
        result = [present.get(key) or _empty_row(by, key) for key in keys]
        if None in present:
            result.append(present[None])
    elif by == "layer_height":
        result.sort(key=lambda row: (row["key"] is None, row["key"] or 0.0))
    else:
        result.sort(key=lambda row: (-row["jobs"], row["key"] is None, row["label"]))
    return result


def _empty_row(by: BreakdownBy, key: int) -> dict[str, Any]:
    """Return the row of a listed key without jobs (an hour, weekday or duration bin)."""
    return {
        "key": key,
        "label": _label(by, key, None),
        "jobs": 0,
        "hours": 0.0,
        "filament_g": 0.0,
        "success_rate": None,
    }


def _duration_label(low: int) -> str:
    """Return the English label of the duration bin starting at ``low`` ("15–30 min", "≥16 h")."""

    def parts(seconds: int) -> tuple[int, str]:
        return (seconds // 3600, "h") if seconds >= 3600 else (seconds // 60, "min")

    bins = rollups.DURATION_BINS
    index = bins.index(low)
    if index == len(bins) - 1:
        return "≥{} {}".format(*parts(low))
    high, high_unit = parts(bins[index + 1])
    if index == 0:
        return f"<{high} {high_unit}"
    start, start_unit = parts(low)
    if start_unit == high_unit:
        return f"{start}–{high} {high_unit}"
    return f"{start} {start_unit}–{high} {high_unit}"


DURATION_LABELS: Final = {low: _duration_label(low) for low in rollups.DURATION_BINS}
"""The ``duration`` breakdown's English labels by key ("<15 min" … "≥16 h")."""


def _label(by: BreakdownBy, key: Any, label: Any) -> str:
    if by == "hour_of_day":
        return f"{key:02d}:00"
    if by == "weekday":
        return WEEKDAYS[key]
    if by == "weekday_hour":
        return f"{WEEKDAYS[key // 24]} {key % 24:02d}:00"
    if key is None:
        return UNKNOWN_LABEL
    if by == "printer":
        return str(label) if label is not None else str(key)
    if by == "layer_height":
        return f"{key:g} mm"
    if by == "duration":
        return DURATION_LABELS[key]
    return str(key)


# ---------------------------------------------------------------------- accuracy
_ACCURACY_SUMS: Final = (
    "jobs",
    "time_jobs",
    "time_estimated",
    "time_actual",
    "time_error",
    "filament_jobs",
    "filament_estimated",
    "filament_actual",
    "filament_error",
)


def _accuracy_measures() -> list[Any]:
    return [func.count().label("jobs"), *rollups.accuracy_sums()]


def _accuracy_parts(table: Any) -> list[Any]:
    """Return the accuracy sums of a roll-up row, or of one job (``table`` is Job)."""
    if table is Job:
        completed = Job.status == JobStatus.COMPLETED.value
        return [
            case((completed, 1), else_=0).label("jobs"),
            *(
                case((condition, value), else_=0.0).label(name)
                for name, (condition, value) in rollups.accuracy_values(
                    completed
                ).items()
            ),
        ]
    return [
        table.completed.label("jobs"),
        *(
            func.coalesce(getattr(table, name), 0.0).label(name)
            for name in rollups.ACCURACY
        ),
    ]


def _rollup_accuracy(
    session: Session, dialect: str, span: _Span, dim: str
) -> dict[Any, dict[str, float]]:
    """Return the accuracy sums by printer or material from the roll-ups (groups with completed jobs)."""
    parts = _group_parts(dialect, dim, span, _accuracy_parts)
    if not parts:
        return {}
    inner = _union(parts).subquery()
    rows = session.execute(
        select(
            inner.c.key,
            *(
                func.coalesce(func.sum(inner.c[name]), 0).label(name)
                for name in _ACCURACY_SUMS
            ),
        ).group_by(inner.c.key)
    ).all()
    return {
        row.key: {name: float(getattr(row, name) or 0.0) for name in _ACCURACY_SUMS}
        for row in rows
        if int(row.jobs or 0) > 0
    }


def _accuracy_figures(sums: dict[str, float]) -> dict[str, Any]:
    def part(prefix: str, unit: str, scale: float) -> dict[str, Any]:
        jobs = int(sums[f"{prefix}_jobs"])
        estimated = sums[f"{prefix}_estimated"]
        actual = sums[f"{prefix}_actual"]
        return {
            "jobs": jobs,
            f"estimated_{unit}": _round(estimated / scale),
            f"actual_{unit}": _round(actual / scale),
            "ratio": _round(actual / estimated) if jobs and estimated > 0 else None,
            "mean_abs_error_pct": (
                round(sums[f"{prefix}_error"] / jobs * 100, 1) if jobs else None
            ),
        }

    return {
        "jobs": int(sums["jobs"]),
        "time": part("time", "hours", 3600.0),
        "filament": part("filament", "mm", 1.0),
    }


def accuracy(session: Session, query: AnalyticsQuery) -> dict[str, Any]:
    """
    Compare the slicer's estimates with what completed jobs took: overall, per printer, per material.

    Time compares the estimate (the job's, else the slicer's) with the print duration; filament
    compares the slicer's ``filament_used_mm`` with the extruded length. Only completed jobs with
    both figures positive count; ``ratio`` is actual / estimated over those jobs (> 1: the slicer
    under-estimates), ``mean_abs_error_pct`` the mean of |actual − estimate| / estimate × 100.

    Farm-wide, the per-printer and per-material sums come from the roll-ups (and the jobs at the
    range's ends); else one query groups the sums by (printer, material). The overall, per-printer
    and per-material figures add those groups up (sums and counts are additive, so are the error
    sums).
    """
    validate_analytics_query(query)
    overall = dict.fromkeys(_ACCURACY_SUMS, 0.0)
    by_printer: dict[str, dict[str, float]] = {}
    by_material: dict[str | None, dict[str, float]] = {}
    span = _rollup_span(session, replace(query, filters=None))
    if span is not None:
        # Farm-wide: the per-printer and per-material sums of the roll-ups (and the range's ends).
        dialect = _dialect(session)
        by_printer = _rollup_accuracy(session, dialect, span, "printer")
        by_material = _rollup_accuracy(session, dialect, span, "filament_type")
        for sums in by_printer.values():
            for name in _ACCURACY_SUMS:
                overall[name] += sums[name]
    else:
        _job_accuracy(session, query, overall, by_printer, by_material)
    names = _printer_names(session, by_printer)

    def rows(
        items: dict[Any, dict[str, float]], labels: dict[Any, str]
    ) -> list[dict[str, Any]]:
        result = [
            {
                "key": key,
                "label": labels.get(key)
                or (UNKNOWN_LABEL if key is None else str(key)),
                **_accuracy_figures(sums),
            }
            for key, sums in items.items()
        ]
        result.sort(key=lambda row: (-row["jobs"], row["key"] is None, row["label"]))
        return result

    return {
        "overall": _accuracy_figures(overall),
        "by_printer": rows(by_printer, names),
        "by_material": rows(by_material, {}),
    }


def _job_accuracy(
    session: Session,
    query: AnalyticsQuery,
    overall: dict[str, float],
    by_printer: dict[str, dict[str, float]],
    by_material: dict[str | None, dict[str, float]],
) -> None:
    """Add the accuracy sums read from the jobs (one group per printer and material) up."""
    # Bare columns: the accuracy index holds completed jobs in (printer, material) order with every
    # column read here, so the database walks that index range without a sort or the table.
    inner = (
        select(
            Job.printer_id.label("printer"),
            Job.filament_type.label("material"),
            *_accuracy_measures(),
        )
        .where(*_clauses(query), Job.status == JobStatus.COMPLETED.value)
        .group_by(Job.printer_id, Job.filament_type)
    )
    for group in session.execute(inner).all():
        for target in (
            overall,
            by_printer.setdefault(group.printer, dict.fromkeys(_ACCURACY_SUMS, 0.0)),
            by_material.setdefault(group.material, dict.fromkeys(_ACCURACY_SUMS, 0.0)),
        ):
            for name in _ACCURACY_SUMS:
                target[name] += float(getattr(group, name) or 0.0)


# ---------------------------------------------------------------------- CSV export
def neutralise(text: str) -> str:
    """Return ``text`` safe for a spreadsheet cell (a leading ``'`` defuses a formula)."""
    if text.startswith(_FORMULA_PREFIXES):
        return "'" + text
    return text


def _cell(value: Any) -> Any:
    if value is None:
        return ""
    if isinstance(value, datetime):
        return to_iso(value)
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, (int, float)):
        return value
    if isinstance(value, (list, tuple)):
        return neutralise(";".join(str(item) for item in value))
    return neutralise(str(value))


def _export_select() -> Select[Any]:
    # The slicer facts from their copies on the jobs table: one table, read in start order.
    return select(*(getattr(Job, name) for name in _EXPORT_JOB_COLUMNS))


def export_batch(
    session: Session,
    query: JobQuery,
    after: tuple[datetime, str] | None,
    size: int,
) -> tuple[bytes, tuple[datetime, str] | None, int]:
    """
    Return the CSV lines of up to ``size`` jobs after ``after`` (by start, then id).

    Returns (UTF-8 bytes, the key of the last row or None, number of rows).
    """
    stmt = _export_select().where(*job_filters(_dialect(session), query))
    if after is not None:
        start, job_id = after
        # "start >= x" first, so that the start index gives the range (an OR alone does not).
        stmt = stmt.where(Job.start >= start, or_(Job.start > start, Job.id > job_id))
    rows = session.execute(stmt.order_by(Job.start, Job.id).limit(size)).all()
    # Printer names from a second, tiny query: joining printers makes the planners loop over them
    # (and sort every job again for each batch) instead of walking the start index.
    names = _printer_names(session, (row.printer_id for row in rows))
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\r\n")
    for row in rows:
        cells = [_cell(value) for value in row]
        cells.insert(2, _cell(names.get(row.printer_id)))
        writer.writerow(cells)
    last = (rows[-1].start, rows[-1].id) if rows else None
    return buffer.getvalue().encode("utf-8"), last, len(rows)


# A UTF-8 byte-order mark first: spreadsheet programs (Excel) otherwise read the file in the
# system's legacy code page and garble umlauts and emoji.
CSV_BOM: Final = "\ufeff".encode()


def csv_header() -> bytes:
    """Return the CSV's start: the byte-order mark and the header line."""
    buffer = io.StringIO()
    csv.writer(buffer, lineterminator="\r\n").writerow(EXPORT_COLUMNS)
    return CSV_BOM + buffer.getvalue().encode("utf-8")


async def export_csv(
    store: Store,
    query: JobQuery | None = None,
    *,
    batch_size: int = DEFAULT_EXPORT_BATCH,
) -> AsyncGenerator[bytes]:
    """
    Stream the jobs matching ``query``'s filters as CSV (UTF-8 with a byte-order mark, CRLF), oldest first.

    The first chunk is the header with the first batch, so a bad query or an unavailable database
    raises before anything was yielded. Memory is one batch, whatever the number of jobs; its sort,
    order, limit and cursor are ignored.
    """
    if batch_size < 1:
        raise ValueError("batch_size must be positive")
    query = replace(
        query or JobQuery(), sort="start", order="asc", limit=1, cursor=None
    )
    validate_query(query)
    after: tuple[datetime, str] | None = None
    first = True
    while True:
        chunk, after, count = await store.async_read(
            partial(export_batch, query=query, after=after, size=batch_size)
        )
        if first:
            chunk = csv_header() + chunk
            first = False
        if chunk:
            yield chunk
        if count < batch_size or after is None:
            return


# ---------------------------------------------------------------------- async helpers
def _bound[T](fn: Callable[..., T], /, **kwargs: Any) -> Callable[[Session], T]:
    return partial(fn, **kwargs)


async def async_summary(store: Store, query: AnalyticsQuery) -> dict[str, Any]:
    """Run :func:`summary` in the store's worker."""
    validate_analytics_query(query)
    return await store.async_read(_bound(summary, query=query))


async def async_timeseries(
    store: Store,
    query: AnalyticsQuery,
    *,
    bucket: Bucket,
    metric: Metric,
    time_zone: str,
) -> dict[str, Any]:
    """Run :func:`timeseries` in the store's worker."""
    validate_analytics_query(query)
    return await store.async_read(
        _bound(
            timeseries, query=query, bucket=bucket, metric=metric, time_zone=time_zone
        )
    )


async def async_breakdown(
    store: Store, query: AnalyticsQuery, *, by: BreakdownBy, time_zone: str
) -> dict[str, Any]:
    """Run :func:`breakdown` in the store's worker."""
    validate_analytics_query(query)
    return await store.async_read(
        _bound(breakdown, query=query, by=by, time_zone=time_zone)
    )


async def async_accuracy(store: Store, query: AnalyticsQuery) -> dict[str, Any]:
    """Run :func:`accuracy` in the store's worker."""
    validate_analytics_query(query)
    return await store.async_read(_bound(accuracy, query=query))
