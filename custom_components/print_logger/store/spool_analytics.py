"""
Filament and cost by spool, filament, vendor or material (from the spools each job stored).

A job's spools are a JSON list on the jobs table (schema version 3). Farm-wide with no filter of
the job list, whole UTC months come from the monthly spool roll-ups, the whole days around them
from the daily ones (``spool_rollups.py``, schema version 12), and only the jobs of the partial
days at the range's ends are read; otherwise the jobs
in range (and matching the job list's filters) are read with that column and grouped here, with the
roll-ups' own code, the same on every engine. A group's label and colour are its newest job's
(latest start, then greatest job id) either way.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, Final

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from . import rollups, spool_rollups
from .analytics import (
    UNKNOWN_LABEL,
    AnalyticsQuery,
    _bound,
    _choice,
    _clauses,
    _dialect,
    _period_clauses,
    _plan,
    _round,
    _Span,
    _span_clauses,
    validate_analytics_query,
)
from .models import RollupSpoolDay, RollupSpoolMonth
from .queries import job_filters
from .spool_rollups import SpoolGroup, add_job, add_row, job_rank, jobs_between
from .spools import spools_from_json

if TYPE_CHECKING:
    from .store import Store

type SpoolBy = spool_rollups.SpoolBy
SPOOL_BREAKDOWNS: Final = spool_rollups.SPOOL_BREAKDOWNS


def _add_rolled(
    session: Session,
    groups: dict[Any, SpoolGroup],
    by: SpoolBy,
    table: type[RollupSpoolDay | RollupSpoolMonth],
    periods: tuple[int | None, int | None],
) -> None:
    """Add the roll-up rows of ``table`` over ``periods`` to ``groups``."""
    # A row's rank is its day: a day row's period, a month row's latest day (``day``).
    day: Any = table.day if table is RollupSpoolMonth else table.period
    # MariaDB / MySQL compare texts by their collation (case and trailing spaces aside): its
    # text keys are grouped by their bytes (hex), as the jobs' in Python.
    hexed = by != "spool" and _dialect(session) == "mysql"
    key: Any = table.spool_id if by == "spool" else table.value
    if hexed:
        key = func.hex(table.value)
    clauses = [table.dim == by, *_period_clauses(table.period, periods)]
    sums = session.execute(
        select(
            key.label("key"),
            func.max(day).label("day"),
            func.sum(table.jobs).label("jobs"),
            func.sum(table.length_mm).label("length_mm"),
            func.sum(table.filament_g).label("filament_g"),
            func.sum(table.cost).label("cost"),
            func.sum(table.unpriced).label("unpriced"),
        )
        .where(*clauses)
        .group_by(key)
    ).all()
    # The label and colour of each group's latest day (a group has one row per period).
    latest = {(row.key, row.day) for row in sums}
    labels = {
        (row.key, row.day): (row.label, row.color_hex)
        for row in session.execute(
            select(
                key.label("key"), day.label("day"), table.label, table.color_hex
            ).where(*clauses, day.in_(sorted({d for _k, d in latest})))
        )
        if (row.key, row.day) in latest
    }
    for row in sums:
        label, color_hex = labels[row.key, row.day]
        add_row(
            groups,
            {
                "key": (
                    bytes.fromhex(row.key).decode()
                    if hexed and row.key is not None
                    else row.key
                ),
                "period": row.day,
                "jobs": row.jobs,
                "length_mm": row.length_mm,
                "filament_g": row.filament_g,
                "cost": row.cost,
                "unpriced": row.unpriced,
                "label": label,
                "color_hex": color_hex,
            },
        )


def _rolled_groups(session: Session, by: SpoolBy, span: _Span) -> dict[Any, SpoolGroup]:
    """
    Return the groups of ``span``'s jobs from the roll-ups and the jobs.

    Whole months from the month rows, the whole days around them from the day rows, the jobs of
    the partial days at the ends (as ``analytics._group_parts``).
    """
    groups: dict[Any, SpoolGroup] = {}
    months = _plan(span, rollups.month_of, rollups.month_start)
    if months.periods is not None:
        _add_rolled(session, groups, by, RollupSpoolMonth, months.periods)
    for part in months.spans:
        days = _plan(part, rollups.day_of, rollups.day_start)
        if days.periods is not None:
            _add_rolled(session, groups, by, RollupSpoolDay, days.periods)
        for rest in days.spans:
            for job_id, start, raw in jobs_between(session, _span_clauses(rest)):
                add_job(groups, by, spools_from_json(raw), job_rank(job_id, start))
    return groups


def _job_groups(
    session: Session, query: AnalyticsQuery, by: SpoolBy
) -> dict[Any, SpoolGroup]:
    """Return the groups of the jobs ``query`` covers, read from the jobs."""
    clauses = _clauses(query)
    if query.filters is not None:
        clauses += job_filters(_dialect(session), query.filters)
    groups: dict[Any, SpoolGroup] = {}
    for job_id, start, raw in jobs_between(session, clauses):
        add_job(groups, by, spools_from_json(raw), job_rank(job_id, start))
    return groups


def spool_breakdown(
    session: Session, query: AnalyticsQuery, *, by: SpoolBy
) -> dict[str, Any]:
    """
    Return filament length, grams and cost of the jobs' spools grouped ``by``.

    Rows are ``{"key", "label", "color_hex", "jobs", "length_mm", "filament_g", "cost"}``, most
    grams first; ``cost`` is None when a spool in the group has no price. ``totals`` sums them.
    A group's label and colour are its newest job's (latest start, then greatest job id).
    """
    _choice("by", by, SPOOL_BREAKDOWNS)
    if query.filters is None and not query.printer_ids:
        groups = _rolled_groups(session, by, (query.since, query.until))
    else:
        groups = _job_groups(session, query, by)
    rows = [
        {
            "key": g.key,
            "label": UNKNOWN_LABEL if g.label is None else g.label,
            "color_hex": g.color_hex,
            "jobs": g.jobs,
            "length_mm": _round(g.length_mm),
            "filament_g": _round(g.filament_g),
            "cost": _round(g.cost) if not g.unpriced else None,
        }
        for g in groups.values()
    ]
    rows.sort(key=lambda r: (-r["filament_g"], r["key"] is None, r["label"]))
    return {
        "by": by,
        "rows": rows,
        "totals": {
            "filament_g": _round(sum(g.filament_g for g in groups.values())),
            "cost": _round(sum(g.cost for g in groups.values())),
        },
    }


async def async_spool_breakdown(
    store: Store, query: AnalyticsQuery, *, by: SpoolBy
) -> dict[str, Any]:
    """Run :func:`spool_breakdown` in the store's worker."""
    validate_analytics_query(query)
    return await store.async_read(_bound(spool_breakdown, query=query, by=by))
