"""
Daily and monthly roll-ups of the jobs' spools (HA-free, schema version 12): what the spool breakdowns add up.

``print_logger_rollup_spool_days`` (:class:`RollupSpoolDay`) holds, per UTC day (``rollups.day_of``,
the numbering of ``print_logger_rollup_days``), dimension (spool, filament, vendor, material) and
key, the day's jobs with a spool of that group, the spools' length, grams and cost (those without
a cost counted apart: the group's cost is then unknown) and the label and colour of the group's
newest job of the day (latest start, then greatest job id). A range's groups add the whole days'
rows and the jobs of the partial days at its ends (``spool_analytics.spool_breakdown``); the label
and colour of a group are its newest job's, the one of its latest day.

``print_logger_rollup_spool_months`` (:class:`RollupSpoolMonth`) holds the same per UTC month
(``rollups.month_of``), the sums of the month's day rows, with the group's latest day of the month
(``day``) and that day's label and colour: a range adds whole months, then the whole days around
them, then the jobs of the partial days, as the other roll-ups (``analytics._group_parts``). The
month rows are computed in the database from the day rows of every month whose days a write
touched (on MariaDB the text keys grouped by their bytes, not by the collation).

The spools are a JSON list on each job (``spools.py``), grouped here in Python with the very code
the job-level answer uses (:func:`add_job`), the same on every engine. Upkeep as the other roll-ups
(``rollups.py``): a write's touched days are computed again from their jobs (:func:`refresh`) in
the transaction of the write, then their months from the day rows; the migration of version 12
and a copy build both tables with :func:`rebuild`.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Mapping
from dataclasses import dataclass
from datetime import datetime
from typing import Any, Final, Literal, get_args

from sqlalchemy import Integer, Select, and_, delete, func, insert, literal, select
from sqlalchemy.orm import Session, aliased

from .engine import backend_name
from .models import Job, RollupSpoolDay, RollupSpoolMonth
from .rollups import day_of, day_start, month_days, month_of, runs
from .spools import JobSpool, spools_from_json

type SpoolBy = Literal["spool", "filament", "vendor", "material"]
SPOOL_BREAKDOWNS: Final[tuple[SpoolBy, ...]] = get_args(SpoolBy.__value__)
_INSERT_BATCH: Final = 5000
_READ_BATCH: Final = 10_000
# The figures a month row sums from its days' rows, and the month table's columns.
_SUMS: Final = ("jobs", "length_mm", "filament_g", "cost", "unpriced")
_MONTH_COLUMNS: Final = (
    "period",
    "dim",
    "value",
    "spool_id",
    *_SUMS,
    "label",
    "color_hex",
    "day",
)

# A job's rank: (UTC day, start, id); a day's roll-up row ranks as (day,): days never overlap.
type Rank = tuple[Any, ...]


def group_key(by: SpoolBy, spool: JobSpool) -> tuple[Any, str | None]:
    """Return the key and label of ``spool``'s group ``by`` (label None: the unknown group)."""
    if by == "spool":
        name = " ".join(p for p in (spool.vendor, spool.filament_name) if p)
        return spool.spool_id, f"#{spool.spool_id} {name}".strip()
    if by == "filament":
        if not spool.filament_name:
            return None, None
        label = " ".join(p for p in (spool.vendor, spool.filament_name) if p)
        return label, label
    value = spool.vendor if by == "vendor" else spool.material
    return (value, value) if value else (None, None)


@dataclass(slots=True)
class SpoolGroup:
    """The sums of one group's spools and its newest job's label and colour."""

    key: Any
    label: str | None
    color_hex: str | None
    rank: Rank
    jobs: int = 0
    length_mm: float = 0.0
    filament_g: float = 0.0
    cost: float = 0.0
    unpriced: int = 0


def add_job(
    groups: dict[Any, SpoolGroup],
    by: SpoolBy,
    spools: Iterable[JobSpool],
    rank: Rank,
) -> None:
    """
    Add one job's spools to ``groups`` (by key).

    A group's label and colour become the job's (its first spool of the group) when it ranks
    above the group's current one: the newest job's, whatever the order the jobs come in.
    """
    counted: set[Any] = set()
    for spool in spools:
        key, label = group_key(by, spool)
        group = groups.get(key)
        if group is None:
            group = groups[key] = SpoolGroup(key, label, spool.color_hex, rank)
        elif rank > group.rank:
            group.label, group.color_hex, group.rank = label, spool.color_hex, rank
        if key not in counted:
            counted.add(key)
            group.jobs += 1
        group.length_mm += spool.length_mm
        group.filament_g += spool.weight_g or 0.0
        if spool.cost is None:
            group.unpriced += 1
        else:
            group.cost += spool.cost


def job_rank(job_id: str, start: datetime) -> Rank:
    """Return a job's rank: later start first, then greater id."""
    return (day_of(start), start, job_id)


def add_row(groups: dict[Any, SpoolGroup], row: Mapping[str, Any]) -> None:
    """Add a roll-up row (or the sums of several, ``period`` the latest day's) to ``groups``."""
    key = row["key"]
    rank: Rank = (row["period"],)
    group = groups.get(key)
    if group is None:
        group = groups[key] = SpoolGroup(key, row["label"], row["color_hex"], rank)
    elif rank > group.rank:
        group.label, group.color_hex, group.rank = row["label"], row["color_hex"], rank
    group.jobs += int(row["jobs"])
    group.length_mm += float(row["length_mm"])
    group.filament_g += float(row["filament_g"])
    group.cost += float(row["cost"])
    group.unpriced += int(row["unpriced"])


def _day_rows(jobs: Iterable[tuple[str, datetime, Any]]) -> Iterator[dict[str, Any]]:
    """Return the roll-up rows of ``jobs`` (id, start, spools JSON), by day, dim and key."""
    days: dict[tuple[int, SpoolBy], dict[Any, SpoolGroup]] = {}
    for job_id, start, raw in jobs:
        spools = spools_from_json(raw)
        if not spools:
            continue
        rank = job_rank(job_id, start)
        for by in SPOOL_BREAKDOWNS:
            add_job(days.setdefault((rank[0], by), {}), by, spools, rank)
    for (day, by), groups in days.items():
        for group in groups.values():
            spool = by == "spool"
            yield {
                "period": day,
                "dim": by,
                "value": None if spool else group.key,
                "spool_id": group.key if spool else None,
                "jobs": group.jobs,
                "length_mm": group.length_mm,
                "filament_g": group.filament_g,
                "cost": group.cost,
                "unpriced": group.unpriced,
                "label": group.label,
                "color_hex": group.color_hex,
            }


def _insert(session: Session, rows: Iterable[dict[str, Any]]) -> None:
    # The table's INSERT, not the model's: the ORM's bulk insert fetches every new id back
    # (five times slower on PostgreSQL).
    table = RollupSpoolDay.metadata.tables[RollupSpoolDay.__tablename__]
    batch: list[dict[str, Any]] = []
    for row in rows:
        batch.append(row)
        if len(batch) >= _INSERT_BATCH:
            session.execute(insert(table), batch)
            batch = []
    if batch:
        session.execute(insert(table), batch)


def jobs_between(
    session: Session, clauses: Iterable[Any]
) -> Iterator[tuple[str, datetime, Any]]:
    """Yield (id, start, spools JSON) of the jobs with spools matching ``clauses``."""
    query = select(Job.id, Job.start, Job.spools).where(
        *clauses, Job.spools.is_not(None)
    )
    for row in session.execute(query.execution_options(yield_per=_READ_BATCH)):
        yield row.id, row.start, row.spools


def _month_runs(months: Iterable[int]) -> Iterator[tuple[int, int]]:
    """Yield ``months`` sorted as runs of consecutive months: (first, last)."""
    first: int | None = None
    last = 0
    for month in sorted(set(months)):
        if first is not None and month != last + 1:
            yield first, last
            first = None
        if first is None:
            first = month
        last = month
    if first is not None:
        yield first, last


def _month_select(dialect: str, month: int) -> Select[Any]:
    """
    Return the month rows of ``month`` (in :data:`_MONTH_COLUMNS`' order) from its day rows.

    Sums by dim and key; ``day`` the group's latest day, whose row gives the label and colour.
    MariaDB / MySQL compare texts by their collation (case and trailing spaces aside): there the
    text keys are grouped and matched by their bytes (hex), as the jobs' are in Python.
    """
    day = RollupSpoolDay
    latest = aliased(RollupSpoolDay)
    first, end = month_days(month)
    hexed = dialect == "mysql"
    key = func.hex(day.value) if hexed else day.value
    sums = (
        select(
            day.dim,
            # One value per group: its bytes are the key's.
            (func.max(day.value) if hexed else day.value).label("value"),
            day.spool_id,
            *(func.sum(getattr(day, name)).label(name) for name in _SUMS),
            func.max(day.period).label("day"),
        )
        .where(
            # Every dim named: the (dim, period) index serves the range.
            day.dim.in_(SPOOL_BREAKDOWNS),
            day.period >= first,
            day.period < end,
        )
        .group_by(day.dim, key, day.spool_id)
        .subquery()
    )
    same_value = (
        func.hex(latest.value).is_not_distinct_from(func.hex(sums.c.value))
        if hexed
        else latest.value.is_not_distinct_from(sums.c.value)
    )
    return select(
        literal(month, Integer).label("period"),
        sums.c.dim,
        sums.c.value,
        sums.c.spool_id,
        *(getattr(sums.c, name) for name in _SUMS),
        latest.label,
        latest.color_hex,
        sums.c.day,
    ).join_from(
        sums,
        latest,
        and_(
            latest.dim == sums.c.dim,
            latest.period == sums.c.day,
            latest.spool_id.is_not_distinct_from(sums.c.spool_id),
            same_value,
        ),
    )


def _refresh_months(session: Session, months: Iterable[int]) -> None:
    """Compute the month rows of UTC ``months`` again from their day rows."""
    dialect = backend_name(session.get_bind().engine.url)
    for first, last in _month_runs(months):
        session.execute(
            delete(RollupSpoolMonth).where(
                RollupSpoolMonth.period >= first, RollupSpoolMonth.period <= last
            )
        )
        for month in range(first, last + 1):
            session.execute(
                insert(RollupSpoolMonth).from_select(
                    list(_MONTH_COLUMNS), _month_select(dialect, month)
                )
            )


def refresh(session: Session, days: Iterable[int]) -> None:
    """Compute the spool roll-ups of UTC ``days`` again from their jobs, then their months."""
    days = set(days)
    for run in runs(days):
        session.execute(delete(RollupSpoolDay).where(RollupSpoolDay.period.in_(run)))
        wanted = set(run)
        jobs = jobs_between(
            session,
            (Job.start >= day_start(run[0]), Job.start < day_start(run[-1] + 1)),
        )
        _insert(
            session,
            _day_rows(job for job in jobs if day_of(job[1]) in wanted),
        )
    _refresh_months(session, {month_of(day_start(day)) for day in days})


def rebuild(session: Session) -> None:
    """Build the spool roll-ups, days and months, from every job (the migration's, a copy's)."""
    session.execute(delete(RollupSpoolDay))
    session.execute(delete(RollupSpoolMonth))
    # Every job's day is read before the first INSERT: one statement open at a time.
    rows = list(_day_rows(jobs_between(session, ())))
    _insert(session, rows)
    _refresh_months(session, {month_of(day_start(row["period"])) for row in rows})
