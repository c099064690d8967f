"""
Filament and cost by spool, filament, vendor or material (from the spools each job stored).

A job's spools are a JSON list on the jobs table (schema version 3): the jobs in range (and
matching the job list's filters) are read with that column only and grouped here, the same on
every engine.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any, Final, Literal, get_args

from sqlalchemy import select
from sqlalchemy.orm import Session

from .analytics import (
    UNKNOWN_LABEL,
    AnalyticsQuery,
    _bound,
    _choice,
    _clauses,
    _dialect,
    _round,
    validate_analytics_query,
)
from .models import Job
from .queries import job_filters
from .spools import JobSpool, spools_from_json

if TYPE_CHECKING:
    from .store import Store

type SpoolBy = Literal["spool", "filament", "vendor", "material"]
SPOOL_BREAKDOWNS: Final[tuple[SpoolBy, ...]] = get_args(SpoolBy.__value__)


@dataclass
class _Group:
    key: Any
    label: str
    color_hex: str | None
    jobs: set[str] = field(default_factory=set)
    length_mm: float = 0.0
    filament_g: float = 0.0
    cost: float = 0.0
    priced: bool = True


def _key(by: SpoolBy, spool: JobSpool) -> tuple[Any, str]:
    if by == "spool":
        name = " ".join(p for p in (spool.vendor, spool.filament_name) if p)
        return spool.spool_id, f"#{spool.spool_id} {name}".strip()
    if by == "filament":
        if not spool.filament_name:
            return None, UNKNOWN_LABEL
        label = " ".join(p for p in (spool.vendor, spool.filament_name) if p)
        return label, label
    value = spool.vendor if by == "vendor" else spool.material
    return (value, value) if value else (None, UNKNOWN_LABEL)


def spool_breakdown(
    session: Session, query: AnalyticsQuery, *, by: SpoolBy
) -> dict[str, Any]:
    """
    Return filament length, grams and cost of the jobs' spools grouped ``by``.

    Rows are ``{"key", "label", "color_hex", "jobs", "length_mm", "filament_g", "cost"}``, most
    grams first; ``cost`` is None when a spool in the group has no price. ``totals`` sums them.
    """
    _choice("by", by, SPOOL_BREAKDOWNS)
    clauses = _clauses(query)
    if query.filters is not None:
        clauses += job_filters(_dialect(session), query.filters)
    groups: dict[Any, _Group] = {}
    for job_id, raw in session.execute(
        select(Job.id, Job.spools).where(*clauses, Job.spools.is_not(None))
    ):
        for spool in spools_from_json(raw):
            key, label = _key(by, spool)
            group = groups.get(key)
            if group is None:
                group = groups[key] = _Group(key, label, spool.color_hex)
            group.jobs.add(job_id)
            group.length_mm += spool.length_mm
            group.filament_g += spool.weight_g or 0.0
            if spool.cost is None:
                group.priced = False
            else:
                group.cost += spool.cost
    rows = [
        {
            "key": g.key,
            "label": g.label,
            "color_hex": g.color_hex,
            "jobs": len(g.jobs),
            "length_mm": _round(g.length_mm),
            "filament_g": _round(g.filament_g),
            "cost": _round(g.cost) if g.priced else None,
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
