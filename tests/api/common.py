"""
The API tests' data set and helpers.

Six jobs on two printers, chosen so every analytics figure can be worked out by hand (the expected
numbers in the tests are written out, not computed from this data):

| # | printer | start (UTC)       | status      | print s | mm   | g   | cost | slicer      | layer | type | colour  | est. s | est. mm |
|---|---------|-------------------|-------------|---------|------|-----|------|-------------|-------|------|---------|--------|---------|
| 1 | Voron   | 2026-03-02 08:00  | completed   | 3600    | 1000 | 3.0 | 0.50 | OrcaSlicer  | 0.2   | PLA  | #FF0000 | 3000   | 1250    |
| 2 | Voron   | 2026-03-02 20:00  | cancelled   | 1800    | 500  | 1.5 | —    | OrcaSlicer  | 0.2   | PLA  | —       | 3600   | —       |
| 3 | Voron   | 2026-03-03 10:00  | error       | 900     | 200  | —   | 0.25 | —           | —     | —    | —       | —      | —       |
| 4 | Prusa   | 2026-03-10 09:30  | completed   | 7200    | 3000 | 9.0 | 1.00 | PrusaSlicer | 0.15  | PETG | #00FF00 | 8000   | 3000    |
| 5 | Prusa   | 2026-04-01 12:00  | completed   | 5400    | 2000 | 6.0 | 0.75 | PrusaSlicer | 0.2   | PLA  | —       | 5400   | 2500    |
| 6 | Prusa   | 2026-04-02 07:00  | in_progress | 600     | 100  | —   | —    | —           | —     | —    | —       | —      | —       |

Europe/Berlin switches to summer time on 2026-03-29 at 01:00 UTC: jobs 1–4 are UTC+1, 5–6 UTC+2.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from typing import Any
import uuid

from custom_components.print_logger.store import JobStatus, Store, TrackedJobData

VORON = "voron01"
PRUSA = "prusa01"
PNG = b"\x89PNG\r\n\x1a\n" + b"\x00" * 24 + b"thumbnail"


def utc(*args: int) -> datetime:
    """Return an aware UTC datetime."""
    return datetime(*args, tzinfo=UTC)  # type: ignore[misc]


@dataclass(frozen=True)
class Seed:
    """Ids of the seeded jobs (``jobs[0]`` is job 1 of the table)."""

    jobs: list[str]


async def add_printers(store: Store) -> None:
    """Register the two printers."""
    await store.upsert_printer(
        name="Voron", printer_id=VORON, moonraker_url="http://voron.local:7125"
    )
    await store.upsert_printer(
        name="Prusa", printer_id=PRUSA, moonraker_url="http://prusa.local:7125"
    )


async def manual(  # noqa: PLR0917
    store: Store,
    printer_id: str,
    filename: str,
    start: datetime,
    status: str,
    seconds: float,
    mm: float,
    grams: float | None,
    cost: float | None,
    details: dict[str, Any] | None = None,
    **extra: Any,
) -> str:
    """Record a manual job (and its slicer details); return its id."""
    detail = await store.create_job(
        {
            "printer_id": printer_id,
            "filename": filename,
            "status": status,
            "start": start,
            "end": start + timedelta(seconds=seconds + 60),
            "print_duration": seconds,
            "total_duration": seconds + 60,
            "filament_used_mm": mm,
            "filament_weight_g": grams,
            "cost": cost,
            **extra,
        }
    )
    if details:
        await store.set_details(detail.job.id, details)
    return detail.job.id


async def seed(store: Store) -> Seed:
    """Store the data set of the module docstring."""
    await add_printers(store)
    jobs = [
        await manual(
            store,
            VORON,
            "benchy.gcode",
            utc(2026, 3, 2, 8),
            "completed",
            3600,
            1000,
            3.0,
            0.5,
            {
                "slicer": "OrcaSlicer",
                "layer_height": 0.2,
                "filament_type": "PLA",
                "filament_colour": "#FF0000",
                "estimated_time": 3000.0,
                "filament_used_mm": 1250.0,
                "thumbnail": PNG,
                "thumbnail_format": "png",
                "thumbnail_width": 32,
                "thumbnail_height": 32,
            },
            tags=["functional"],
            rating=5,
            notes="first",
        ),
        await manual(
            store,
            VORON,
            "o'brien's part.gcode",
            utc(2026, 3, 2, 20),
            "cancelled",
            1800,
            500,
            1.5,
            None,
            {
                "slicer": "OrcaSlicer",
                "layer_height": 0.2,
                "filament_type": "PLA",
                "estimated_time": 3600.0,
            },
        ),
        await manual(
            store,
            VORON,
            "calibration cube.gcode",
            utc(2026, 3, 3, 10),
            "error",
            900,
            200,
            None,
            0.25,
        ),
        await manual(
            store,
            PRUSA,
            "vase, large.gcode",
            utc(2026, 3, 10, 9, 30),
            "completed",
            7200,
            3000,
            9.0,
            1.0,
            {
                "slicer": "PrusaSlicer",
                "layer_height": 0.15,
                "filament_type": "PETG",
                "filament_colour": "#00FF00",
                "estimated_time": 8000.0,
                "filament_used_mm": 3000.0,
            },
            tags=["gift", "vase"],
        ),
        await manual(
            store,
            PRUSA,
            "Gear_50%.gcode",
            utc(2026, 4, 1, 12),
            "completed",
            5400,
            2000,
            6.0,
            0.75,
            {
                "slicer": "PrusaSlicer",
                "layer_height": 0.2,
                "filament_type": "PLA",
                "estimated_time": 5400.0,
                "filament_used_mm": 2500.0,
            },
            tags=["functional"],
        ),
    ]
    live = TrackedJobData(
        id=uuid.uuid4().hex,
        printer_id=PRUSA,
        filename="live print.gcode",
        start=utc(2026, 4, 2, 7),
        status=JobStatus.IN_PROGRESS,
        print_duration=600.0,
        total_duration=600.0,
        filament_used_mm=100.0,
        progress=0.1,
    )
    await store.save_tracked_job(live)
    jobs.append(live.id)
    return Seed(jobs=jobs)


def new_job_body(**changes: Any) -> dict[str, Any]:
    """Return a valid body of POST /jobs (printer Voron)."""
    body: dict[str, Any] = {
        "printer_id": VORON,
        "filename": "manual.gcode",
        "status": "completed",
        "start": "2026-05-01T10:00:00+02:00",
        "end": "2026-05-01T11:00:00Z",
        "print_duration": 3000.0,
        "filament_used_mm": 1500.5,
        "filament_weight_g": 4.5,
        "filament_type": "PLA",
        "notes": "by hand",
        "rating": 4,
        "tags": ["test"],
        "failure_reason": None,
        "cost": 0.12,
    }
    body.update(changes)
    return body
