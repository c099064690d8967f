"""
What the prints cost, grouped by printer, material or local month, and the most expensive jobs (HA-free).

Issue #16, point 4. Every figure is an aggregate the database computes; the functions taking a
``Session`` are blocking (the ``async_*`` helpers run them in the store's worker).

Figures of a group (each job's values as the other analytics count them, ``analytics.py``): ``jobs``;
``cost`` (the manual cost, else the computed total) and its three parts ``electricity_cost``,
``filament_cost``, ``machine_cost`` (each the manual part, else the computed one; they need not add
up to ``cost`` for a job whose total was typed by hand); ``energy_kwh``; ``print_hours``;
``filament_g``. Derived figures, None where the denominator is zero (never a division by zero):

* ``kwh_per_job`` = energy / the jobs *with a measured energy* (``energy_kwh`` not NULL): a job
  whose printer has no meter does not pull the average down (``metered_jobs`` is that count);
* ``kwh_per_print_hour`` = energy / the print hours of those same metered jobs;
* ``cost_per_gram`` = the cost of the jobs with both a cost and a filament weight / their grams
  (a job without a weight adds no cost, a job without a cost no grams);
* ``cost_per_job`` = cost / the jobs with a cost (``costed_jobs``).

Where the figures come from: by printer and by material, farm-wide (no printer filter), from the
roll-ups (``rollups.py``: whole UTC months, whole days around them, the jobs of the partial days at
the range's ends; the very decomposition the breakdowns use), which hold the plain sums and, since
schema version 10, the partial sums the derived figures divide by. With a printer filter, from the
jobs in one query. By month (local months of ``time_zone``), farm-wide: from the local days when the
local roll-ups hold that zone (Home Assistant's; schema version 11), the parts of the range that are
not whole local days from the jobs; in another zone, the whole UTC days of each local month from
the day roll-ups and its ends from the jobs. Every way gives the same numbers (tests on every
engine).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field, replace
from datetime import UTC, datetime, timedelta
from functools import cache
from types import SimpleNamespace
from typing import TYPE_CHECKING, Any, Final, Literal, get_args
from zoneinfo import ZoneInfo

from sqlalchemy import ColumnElement, and_, case, func, literal, null, select, union_all
from sqlalchemy.orm import Session

from . import rollups
from .analytics import (
    UNKNOWN_LABEL,
    AnalyticsQuery,
    _bound,
    _bucket_date,
    _bucket_key,
    _choice,
    _clauses,
    _data_range,
    _dialect,
    _group_parts,
    _local_plan,
    _local_ready,
    _local_time,
    _period_clauses,
    _printer_names,
    _round,
    _zone,
    validate_analytics_query,
)
from .errors import StoreValidationError
from .models import Job, RollupDay, RollupLocalDay
from .values import to_iso

if TYPE_CHECKING:
    from .store import Store

type CostBy = Literal["printer", "filament_type", "month"]
COST_BREAKDOWNS: Final[tuple[CostBy, ...]] = get_args(CostBy.__value__)
TOP_JOBS_MIN: Final = 1
TOP_JOBS_MAX: Final = 100
TOP_JOBS_DEFAULT: Final = 10

# The plain sums and the partial ones (``rollups.partial_figures``): the roll-ups hold both.
_PLAIN: Final = (
    "jobs",
    "seconds",
    "grams",
    "cost",
    "electricity_cost",
    "filament_cost",
    "machine_cost",
    "energy_kwh",
)
_PARTIAL: Final = rollups.PARTIAL_FIGURES
_SUMS: Final = (*_PLAIN, *_PARTIAL)
# Local months the roll-ups answer: at most this many (a century), in the years between (a job of
# 1970 or 9999, from a host without a clock, is read from the jobs, as its local time may leave the
# range the databases represent); this many months per query (a CASE and an OR of that many ranges:
# SQLite parses an OR chain as nested terms, at most 1000 deep).
MAX_MONTHS: Final = 1200
MONTHS_PER_QUERY: Final = 60
_FIRST_YEAR: Final = 1971
_LAST_YEAR: Final = 9998
# Figures with more decimals: a gram of PLA costs about 0.02.
_FINE: Final = 6


@dataclass(slots=True)
class _Sums:
    """A group's raw sums (floats, unrounded)."""

    values: dict[str, float] = field(default_factory=lambda: dict.fromkeys(_SUMS, 0.0))

    def add(self, row: Any, names: Sequence[str]) -> None:
        for name in names:
            self.values[name] += float(getattr(row, name) or 0.0)


# ---------------------------------------------------------------------- SQL pieces
def _job_values() -> dict[str, Any]:
    """Return each job's values the sums add (the roll-ups' very expressions; NULL stays NULL)."""
    figures = rollups.figures()
    return {
        "seconds": figures["seconds"],
        "grams": figures["grams"],
        "cost": figures["cost"],
        **{name: figures[name] for name in rollups.COST_PARTS},
        "energy_kwh": figures["energy_kwh"],
        **rollups.partial_figures(),
    }


def _aggregates(names: Sequence[str]) -> list[Any]:
    values = _job_values()
    return [
        func.count().label(name)
        if name == "jobs"
        else func.coalesce(func.sum(values[name]), 0.0).label(name)
        for name in names
    ]


def _key(
    session: Session, dialect: str, query: AnalyticsQuery, by: CostBy, time_zone: str
) -> Any:
    if by == "month":
        local = _local_time(session, dialect, _zone(time_zone), query)
        return _bucket_key(dialect, local, "month")
    return rollups.dimension_key(dialect, by)


def _job_groups(
    session: Session,
    dialect: str,
    query: AnalyticsQuery,
    by: CostBy,
    time_zone: str,
) -> list[Any]:
    """Return the groups' sums read from the jobs: rows (key, *_SUMS)."""
    key = _key(session, dialect, query, by, time_zone)
    return list(
        session.execute(
            select(key.label("key"), *_aggregates(_SUMS))
            .where(*_clauses(query))
            .group_by(key)
        ).all()
    )


@cache
def _job_columns() -> tuple[Any, ...]:
    """Return one job's sums as columns (built once: a query of many months repeats them)."""
    values = _job_values()
    return (
        literal(1).label("jobs"),
        *(
            func.coalesce(values[name], 0.0).label(name)
            for name in _SUMS
            if name != "jobs"
        ),
    )


def _rolled_columns(table: Any) -> list[Any]:
    """Return the sums of a roll-up row, or of one job (``table`` is Job)."""
    if table is Job:
        return list(_job_columns())
    return [getattr(table, name).label(name) for name in _SUMS]


def _rollup_groups(
    session: Session, dialect: str, query: AnalyticsQuery, by: CostBy
) -> list[Any]:
    """Return the groups' sums added up from the roll-ups and the jobs at the range's ends."""
    parts = _group_parts(dialect, by, (query.since, query.until), _rolled_columns)
    if not parts:
        return []
    inner = union_all(*parts).subquery() if len(parts) > 1 else parts[0].subquery()
    return list(
        session.execute(
            select(
                inner.c.key,
                *(
                    func.coalesce(func.sum(inner.c[name]), 0).label(name)
                    for name in _SUMS
                ),
            ).group_by(inner.c.key)
        ).all()
    )


def _local_months(
    zone: ZoneInfo, low: datetime, high: datetime
) -> list[tuple[str, datetime, datetime]] | None:
    """
    Return the local months from ``low``'s to ``high``'s: (first day, first instant, next month's).

    Instants are aware UTC; None past MAX_MONTHS or outside the years 1971–9998 (whose local
    months the roll-ups answer; the far dates are read from the jobs, as the other analytics do).
    """
    if low.year < _FIRST_YEAR or high.year > _LAST_YEAR:
        # Before the local conversion: 9999-12-31 in a zone ahead of UTC (or year 1 behind it)
        # is not a datetime.
        return None
    first, last = low.astimezone(zone), high.astimezone(zone)
    if first.year < _FIRST_YEAR or last.year > _LAST_YEAR:
        return None
    count = (last.year - first.year) * 12 + last.month - first.month + 1
    if count > MAX_MONTHS:
        return None
    months: list[tuple[str, datetime, datetime]] = []
    year, month = first.year, first.month
    start = datetime(year, month, 1, tzinfo=zone).astimezone(UTC)
    for _ in range(count):
        year, month = (year + 1, 1) if month == 12 else (year, month + 1)
        following = datetime(year, month, 1, tzinfo=zone).astimezone(UTC)
        key = start.astimezone(zone).date().replace(day=1).isoformat()
        months.append((key, start, following))
        start = following
    return months


def _rollup_month_groups(
    session: Session, dialect: str, query: AnalyticsQuery, zone: ZoneInfo
) -> list[Any] | None:
    """
    Return the local months' sums from the roll-ups, None when they cannot answer.

    Each local month is a range of UTC instants: its whole UTC days are added up from the day
    roll-ups by status (every job has one), the hours at its ends (the zone's offset; the range's
    ends) from the jobs. Two queries per MONTHS_PER_QUERY months, each grouped by a ``CASE`` of the
    months' ranges: one over the day roll-ups, one over the start index's ranges of the jobs.
    """
    low, high = query.since, query.until
    if low is None or high is None:
        first, last = _data_range(session, query)
        if first is None or last is None:
            return []
        low = low or first
        high = high or last
    else:
        high -= timedelta(microseconds=1)
    months = _local_months(zone, low, high)
    if months is None:
        return None
    rows: list[Any] = []
    for index in range(0, len(months), MONTHS_PER_QUERY):
        days: list[tuple[tuple[int, int], str]] = []
        spans: list[tuple[tuple[datetime, datetime], str]] = []
        for key, start, end in months[index : index + MONTHS_PER_QUERY]:
            since = start if query.since is None else max(start, query.since)
            until = end if query.until is None else min(end, query.until)
            first_day = rollups.day_of(since)
            if rollups.day_start(first_day) < since:
                first_day += 1
            after_day = rollups.day_of(until)
            if first_day < after_day:
                days.append(((first_day, after_day), key))
                ends = [
                    (since, rollups.day_start(first_day)),
                    (rollups.day_start(after_day), until),
                ]
            else:
                ends = [(since, until)]
            spans.extend(((a, b), key) for a, b in ends if a < b)
        rows.extend(_month_rows(session, days, spans))
    return [row for row in rows if row.jobs]


def _local_month_groups(
    session: Session, dialect: str, query: AnalyticsQuery, zone: ZoneInfo
) -> list[Any] | None:
    """
    Return the local months' sums from the local days (None: not built for ``zone``).

    The whole local days of the range come from ``rollup_local_days`` (schema version 11, with
    the partial sums), each added to its local month; the parts of the range that are not whole
    local days from the jobs, bucketed by local month as the job-level answer buckets them.
    """
    span = (query.since, query.until)
    if not _local_ready(session, zone, span):
        return None
    plan = _local_plan(span, zone, "day")
    if plan is None:
        return None
    periods, rest = plan
    months: dict[str, dict[str, float]] = {}
    for row in session.execute(
        select(
            RollupLocalDay.day, *(getattr(RollupLocalDay, name) for name in _SUMS)
        ).where(*_period_clauses(RollupLocalDay.day, periods))
    ).all():
        key = _bucket_date(int(row[0]), "day").replace(day=1).isoformat()
        sums = months.setdefault(key, dict.fromkeys(_SUMS, 0.0))
        for name, value in zip(_SUMS, row[1:], strict=True):
            sums[name] += float(value or 0.0)
    rows: list[Any] = [SimpleNamespace(key=key, **sums) for key, sums in months.items()]
    for since, until in rest:
        rows.extend(
            _job_groups(
                session,
                dialect,
                replace(query, since=since, until=until),
                "month",
                zone.key,
            )
        )
    return [row for row in rows if row.jobs]


def _month_rows(
    session: Session,
    days: list[tuple[tuple[int, int], str]],
    spans: list[tuple[tuple[datetime, datetime], str]],
) -> list[Any]:
    """Return the sums of whole UTC days (roll-ups by status) and of spans (jobs) by month key."""
    rows: list[Any] = []
    if days:
        # Ascending, contiguous months: a day before a month's first whole day (the UTC day its
        # local start falls in, read from the jobs) counts for none.
        whens: list[tuple[Any, Any]] = []
        previous: int | None = None
        for (first, after), month in days:
            if previous is not None and first > previous:
                whens.append((RollupDay.period < first, null()))
            whens.append((RollupDay.period < after, literal(month)))
            previous = after
        key = case(*whens, else_=null())
        rows.extend(
            row
            for row in session.execute(
                select(
                    key.label("key"),
                    *(
                        func.coalesce(func.sum(getattr(RollupDay, name)), 0).label(name)
                        for name in _SUMS
                    ),
                )
                .where(
                    RollupDay.dim == "status",
                    RollupDay.period >= days[0][0][0],
                    RollupDay.period < days[-1][0][1],
                )
                .group_by(key)
            ).all()
            if row.key is not None
        )
    if spans:
        parts = [
            select(literal(month).label("month"), *_job_columns()).where(
                Job.start >= since, Job.start < until
            )
            for (since, until), month in spans
        ]
        inner = union_all(*parts).subquery() if len(parts) > 1 else parts[0].subquery()
        rows.extend(
            session.execute(
                select(
                    inner.c.month.label("key"),
                    *(
                        func.coalesce(func.sum(inner.c[name]), 0).label(name)
                        for name in _SUMS
                    ),
                ).group_by(inner.c.month)
            ).all()
        )
    return rows


def _groups(
    session: Session, query: AnalyticsQuery, by: CostBy, time_zone: str
) -> dict[Any, _Sums]:
    dialect = _dialect(session)
    rows: list[Any] | None = None
    if not query.printer_ids:
        if by == "month":
            zone = _zone(time_zone)
            rows = _local_month_groups(session, dialect, query, zone)
            if rows is None:
                rows = _rollup_month_groups(session, dialect, query, zone)
        else:
            rows = _rollup_groups(session, dialect, query, by)
    if rows is None:
        rows = _job_groups(session, dialect, query, by, time_zone)
    groups: dict[Any, _Sums] = {}
    for row in rows:
        key = _bucket_date(row.key, "month").isoformat() if by == "month" else row.key
        groups.setdefault(key, _Sums()).add(row, _SUMS)
    return groups


# ---------------------------------------------------------------------- figures
def _ratio(part: float, whole: float, digits: int = 4) -> float | None:
    if whole <= 0:
        return None
    return round(part / whole, digits)


def _figures(sums: _Sums) -> dict[str, Any]:
    """Return a group's figures (sums rounded, the derived ones) from its raw sums."""
    value = sums.values
    hours = value["seconds"] / 3600
    metered_hours = value["metered_seconds"] / 3600
    return {
        "jobs": int(value["jobs"]),
        "cost": _round(value["cost"]),
        "electricity_cost": _round(value["electricity_cost"]),
        "filament_cost": _round(value["filament_cost"]),
        "machine_cost": _round(value["machine_cost"]),
        "energy_kwh": _round(value["energy_kwh"]),
        "print_hours": _round(hours),
        "filament_g": _round(value["grams"]),
        "metered_jobs": int(value["metered_jobs"]),
        "costed_jobs": int(value["costed_jobs"]),
        "kwh_per_job": _ratio(value["energy_kwh"], value["metered_jobs"]),
        "kwh_per_print_hour": _ratio(value["energy_kwh"], metered_hours),
        "cost_per_gram": _ratio(value["weighed_cost"], value["weighed_grams"], _FINE),
        "cost_per_job": _ratio(value["cost"], value["costed_jobs"]),
    }


def _label(by: CostBy, key: Any, names: dict[str, str]) -> str:
    if key is None:
        return UNKNOWN_LABEL
    if by == "printer":
        return names.get(key, str(key))
    if by == "month":
        return str(key)[:7]
    return str(key)


def cost_analysis(
    session: Session, query: AnalyticsQuery, *, by: CostBy, time_zone: str
) -> dict[str, Any]:
    """
    Return what the jobs cost grouped ``by`` printer, material (``filament_type``) or local month.

    ``{"by", "rows": [{"key", "label", <figures>}], "totals": {<figures>}}`` with the figures and
    their denominators of the module's docstring. A missing material is the key None labelled
    "Unknown". Months are local to ``time_zone`` (key ``YYYY-MM-01``, label ``YYYY-MM``), only the
    months that have jobs, oldest first; the other rows most cost first. ``totals`` are over every
    row (the sums added, the derived figures from the added sums).
    """
    validate_analytics_query(query)
    _choice("by", by, COST_BREAKDOWNS)
    _zone(time_zone)
    groups = _groups(session, query, by, time_zone)
    names = (
        _printer_names(session, (key for key in groups if key is not None))
        if by == "printer"
        else {}
    )
    rows = [
        {"key": key, "label": _label(by, key, names), **_figures(sums)}
        for key, sums in groups.items()
    ]
    if by == "month":
        rows.sort(key=lambda row: row["key"])
    else:
        rows.sort(key=lambda row: (-row["cost"], row["key"] is None, row["label"]))
    total = _Sums()
    for sums in groups.values():
        for name in _SUMS:
            total.values[name] += sums.values[name]
    return {"by": by, "rows": rows, "totals": _figures(total)}


# ---------------------------------------------------------------------- most expensive jobs
def _maybe(value: Any) -> float | None:
    return None if value is None else _round(value)


def validate_top(limit: Any) -> None:
    """Check the number of jobs asked for (TOP_JOBS_MIN … TOP_JOBS_MAX)."""
    if (
        isinstance(limit, bool)
        or not isinstance(limit, int)
        or not TOP_JOBS_MIN <= limit <= TOP_JOBS_MAX
    ):
        raise StoreValidationError(
            {"limit": f"must be an integer from {TOP_JOBS_MIN} to {TOP_JOBS_MAX}"}
        )


def _top_costs(
    session: Session,
    query: AnalyticsQuery,
    column: Any,
    only: ColumnElement[bool],
    limit: int,
) -> list[Any]:
    """Return the ``limit`` jobs of ``only`` with the highest ``column``, in the list's order."""
    parts = rollups.COST_PARTS
    return list(
        session.execute(
            select(
                Job.id,
                Job.printer_id,
                Job.filename,
                Job.status,
                Job.start,
                Job.print_duration,
                Job.filament_weight_g,
                Job.filament_type,
                Job.energy_kwh,
                column.label("cost"),
                *(part.label(name) for name, part in parts.items()),
            )
            .where(*_clauses(query), only)
            .order_by(column.desc(), Job.start.desc(), Job.id.desc())
            .limit(limit)
        ).all()
    )


def expensive_jobs(
    session: Session, query: AnalyticsQuery, *, limit: int = TOP_JOBS_DEFAULT
) -> dict[str, Any]:
    """
    Return the ``limit`` jobs that cost the most (their cost as above: manual, else computed).

    Jobs without a cost are left out; ties go to the newest job (then the greater id). Figures
    rounded as the analysis rounds them (4 decimals). The job list cannot sort by this cost (its
    ``cost`` sort is the manual cost only), hence this query.

    A job's cost is its manual cost when it has one, else its computed total: the top ``limit`` of
    the jobs with a manual cost and the top ``limit`` of the others, each read in the order of its
    own index (``ix_print_logger_jobs_cost``, ``ix_print_logger_jobs_total_cost``; schema version
    12), hold the top ``limit`` of all, which a merge of the two short lists gives. The cost of a
    farm's all-time list is then a few index entries, not a scan and sort of every job (an index
    on ``coalesce(cost, total_cost)`` would need an expression index MariaDB does not have).
    """
    validate_analytics_query(query)
    validate_top(limit)
    candidates = [
        *_top_costs(session, query, Job.cost, Job.cost.is_not(None), limit),
        *_top_costs(
            session,
            query,
            Job.total_cost,
            # ``cost + 0``: the same test, by an expression no index serves (SQLite would
            # otherwise read the nine in ten jobs without a manual cost by the cost index, then
            # sort them all, rather than walk the total's index to the first ``limit``).
            and_((Job.cost + 0).is_(None), Job.total_cost.is_not(None)),
            limit,
        ),
    ]
    # Descending (cost, start, id) as each query orders its own list; a tie of cost and start
    # between the two lists goes to the greater id as Python compares the (ASCII) ids.
    candidates.sort(key=lambda row: (row.cost, row.start, row.id), reverse=True)
    rows = candidates[:limit]
    parts = rollups.COST_PARTS
    names = _printer_names(session, (row.printer_id for row in rows))
    return {
        "jobs": [
            {
                "id": row.id,
                "printer_id": row.printer_id,
                "printer_name": names.get(row.printer_id, row.printer_id),
                "filename": row.filename,
                "status": row.status,
                "start": to_iso(row.start),
                "print_hours": _round(float(row.print_duration or 0.0) / 3600),
                "filament_g": _maybe(row.filament_weight_g),
                "filament_type": row.filament_type,
                "energy_kwh": _maybe(row.energy_kwh),
                "cost": _round(row.cost),
                **{name: _maybe(getattr(row, name)) for name in parts},
            }
            for row in rows
        ]
    }


# ---------------------------------------------------------------------- async helpers
async def async_cost_analysis(
    store: Store, query: AnalyticsQuery, *, by: CostBy, time_zone: str
) -> dict[str, Any]:
    """Run :func:`cost_analysis` in the store's worker."""
    validate_analytics_query(query)
    _choice("by", by, COST_BREAKDOWNS)
    _zone(time_zone)
    return await store.async_read(
        _bound(cost_analysis, query=query, by=by, time_zone=time_zone)
    )


async def async_expensive_jobs(
    store: Store, query: AnalyticsQuery, *, limit: int = TOP_JOBS_DEFAULT
) -> dict[str, Any]:
    """Run :func:`expensive_jobs` in the store's worker."""
    validate_analytics_query(query)
    validate_top(limit)
    return await store.async_read(_bound(expensive_jobs, query=query, limit=limit))
