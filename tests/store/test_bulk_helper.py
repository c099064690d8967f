"""
The benchmarks' and large tests' bulk loader (``tests/helpers/bulk.py``) on every engine.

What it writes by COPY, LOAD DATA or raw ``executemany`` reads back through the store exactly as
what SQLAlchemy's own ``insert`` writes, values the text formats must escape included; the indexes
it drops for the load are all back afterwards.
"""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

import sqlalchemy as sa

from custom_components.print_logger.store import Store
from custom_components.print_logger.store.models import Job, JobDetails, Printer
from tests.helpers.bulk import bulk_insert

T0 = datetime(2025, 3, 30, 0, 59, 59, 999_999, tzinfo=UTC)
AWKWARD = ["tab\there", "new\nline", "carriage\rreturn", "back\\slash \\N", "ünï😀", ""]


def _batches(printer_id: str) -> list[dict[Any, list[dict[str, Any]]]]:
    """Return two batches of jobs and details with every kind of value the loads write."""
    now = datetime(2026, 12, 3, 12, 0, 0, 123_456, tzinfo=UTC)
    batches: list[dict[Any, list[dict[str, Any]]]] = [
        {
            Printer: [
                {
                    "id": printer_id,
                    "name": "bulk\tprinter",
                    "first_seen": now,
                    "last_seen": now,
                }
            ]
        }
    ]
    for part in range(2):
        jobs: list[dict[str, Any]] = []
        details: list[dict[str, Any]] = []
        for n in range(part * 30, part * 30 + 30):
            job_id = f"job{n:029d}"
            start = T0 + timedelta(hours=7 * n, microseconds=n)
            jobs.append(
                {
                    "id": job_id,
                    "printer_id": printer_id,
                    "uid": None if n % 2 else f"{n:06X}",
                    "filename": f"{AWKWARD[n % len(AWKWARD)]} {n}.gcode",
                    "filename_search": f"{AWKWARD[n % len(AWKWARD)]} {n}.gcode",
                    "status": "completed" if n % 3 else "cancelled",
                    "source": "live",
                    "start": start,
                    "end": None if n % 5 == 0 else start + timedelta(seconds=n * 61.5),
                    "print_duration": n * 61.5,
                    "total_duration": n * 62.25,
                    "filament_used_mm": 1e-7 * n,
                    "filament_weight_g": None if n % 4 else 1.0 / 3.0,
                    "tags": [AWKWARD[n % len(AWKWARD)], "gift"] if n % 2 else [],
                    "notes": AWKWARD[(n + 1) % len(AWKWARD)] if n % 3 else None,
                    "rating": None if n % 2 else n % 5 + 1,
                    "moonraker_metadata": {"a": [1, 2.5, None], "b\n": "c\\"}
                    if n == 7
                    else None,
                    "created_at": now,
                    "updated_at": now,
                }
            )
            details.append(
                {
                    "job_id": job_id,
                    "slicer": "OrcaSlicer" if n % 2 else None,
                    "layer_height": 0.2,
                    "supports_enabled": bool(n % 2) if n % 3 else None,
                    "speeds": {"outer_wall": 60} if n % 4 == 0 else None,
                }
            )
        batches.append({Job: jobs, JobDetails: details})
    return batches


def _contents(url: str) -> tuple[list[Any], list[Any], list[Any], set[str]]:
    """Return every printer, job and details row through the models, and the index names."""
    engine = sa.create_engine(url, poolclass=sa.NullPool)
    try:
        with engine.connect() as conn:
            rows = [
                [
                    tuple(row)
                    for row in conn.execute(
                        sa.select(model.__table__).order_by(
                            *model.__table__.primary_key
                        )
                    )
                ]
                for model in (Printer, Job, JobDetails)
            ]
        inspector = sa.inspect(engine)
        indexes = {
            str(index["name"])
            for model in (Job, JobDetails, Printer)
            for index in inspector.get_indexes(model.__tablename__)
        }
        return rows[0], rows[1], rows[2], indexes
    finally:
        engine.dispose()


async def _migrated(url: str, tmp_path: Path) -> None:
    store = Store(url, tmp_path / "journal.jsonl")
    await store.async_start()
    await store.async_stop()


def _insert_with_sqlalchemy(url: str, batches: list[dict[Any, Any]]) -> None:
    engine = sa.create_engine(url, poolclass=sa.NullPool)
    try:
        with engine.begin() as conn:
            for batch in batches:
                for model, rows in batch.items():
                    conn.execute(sa.insert(model), rows)
    finally:
        engine.dispose()


async def test_bulk_insert_writes_what_sqlalchemy_writes(
    engine_kind: str, databases: Any, tmp_path: Path
) -> None:
    """Every value round-trips as SQLAlchemy's insert stores it; the indexes are rebuilt."""
    reference, loaded = databases.create(engine_kind), databases.create(engine_kind)
    await _migrated(reference, tmp_path / "a")
    await _migrated(loaded, tmp_path / "b")
    batches = _batches("printer-1")
    _insert_with_sqlalchemy(reference, batches)
    _, _, _, indexes_before = _contents(loaded)

    assert bulk_insert(loaded, iter(batches)) == 1 + 60 + 60

    expected, actual = _contents(reference), _contents(loaded)
    assert len(actual[1]) == 60
    assert actual[:3] == expected[:3]
    assert actual[3] == indexes_before
    assert "ix_print_logger_jobs_accuracy" in actual[3]
    job = dict(zip(Job.__table__.columns.keys(), actual[1][7], strict=True))
    assert job["moonraker_metadata"] == {"a": [1, 2.5, None], "b\n": "c\\"}
    assert job["tags"] == ["new\nline", "gift"]
    assert job["print_duration"] == 7 * 61.5
    # The Python-side defaults apply to the columns the rows leave out, as with insert().
    assert job["pause_count"] == 0
    assert job["paused_duration"] == 0.0
