"""
Seed a print log database before Home Assistant starts (browser tests and ``bench/frontend.py``).

``seed_jobs`` writes through the store's public API (``upsert_printer``, ``create_job``,
``set_details``, ``add_event``): a few dozen varied jobs, one with a thumbnail, one whose file name is
an HTML injection attempt. ``bulk_load`` migrates the schema with the store, then inserts many rows at
once (``tests/helpers/bulk.py``: up to 1M jobs, streamed, for the render benchmark) and builds the
files' records and the analytics' roll-ups from them.

Run as a script so the store's worker thread and event loop live in their own process:

    python -m tests.frontend.seed small DB_PATH PRINTER_ID [PRINTER_ID2]
    python -m tests.frontend.seed bulk DB_PATH COUNT PRINTER_ID [PRINTER_ID…]
    python -m tests.frontend.seed far DB_PATH PRINTER_ID

``far`` (after ``small``) adds what a printer host can report but a person cannot type: a job of
1970 (a host without a clock) and one of 9999-12-31, as the tracker stores them, and a file name
with a right-to-left override.
"""

from __future__ import annotations

import asyncio
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
import json
from pathlib import Path
import random
import struct
import sys
from typing import Any
import uuid
import zlib

import sqlalchemy as sa
from sqlalchemy.orm import Session

from custom_components.print_logger.store import (
    JobEventType,
    JobSpool,
    JobStatus,
    Store,
    TrackedJobData,
    files,
    rollups,
)
from custom_components.print_logger.store.models import (
    Job,
    JobDetails,
    JobEvent,
    job_detail_copies,
)
from tests.helpers.bulk import bulk_insert

XSS_FILENAME = "<img src=x onerror=alert(1)>.gcode"
THUMBNAIL_JOB = "e2e00000000000000000000000000001"
XSS_JOB = "e2e00000000000000000000000000002"
NOTE_JOB = "e2e00000000000000000000000000003"
DELETE_JOB = "e2e00000000000000000000000000004"
# A job with two spools (a spool change mid-print); every third job has one (Spoolman's facts).
SPOOL_JOB = "e2e00000000000000000000000000006"
# A job whose slicer settings are what a real OrcaSlicer file gives (units, booleans, lists, nested).
SETTINGS_JOB = "e2e00000000000000000000000000008"
SETTINGS_DETAILS: dict[str, Any] = {
    "first_layer_height": 0.25,
    "nozzle_temp": 215.0,
    "nozzle_temp_first_layer": 220.0,
    "bed_temp": 60.0,
    "bed_temp_first_layer": 65.0,
    "filament_name": "Generic PLA;Generic PETG",
    "filament_vendor": "Generic",
    "filament_density": 1.24,
    "filament_diameter": 1.75,
    "filament_cost_per_kg": 20.0,
    "filament_used_g": 12.34,
    "filament_used_cm3": 9.8,
    "print_cost": 0.25,
    "infill_pattern": "gyroid",
    "wall_count": 3,
    "top_layers": 5,
    "bottom_layers": 4,
    "supports_enabled": False,
    "support_type": "tree(auto)",
    "brim_width": 5.0,
    "skirt_loops": 1,
    "speeds": {"outer_wall": 200.0, "perimeter": 300.0, "travel": 500.0},
    "total_layers": 120,
    "object_height": 24.0,
    "printer_model": "Voron 2.4 350",
    "print_profile": "0.20mm Standard @Voron",
    "extruders": {
        "filament_type": ["PLA", "PETG"],
        "filament_colour": ["#FF0000", "#1A1A1A"],
        "filament_used_mm": [3200.5, 850.25],
    },
}
SETTINGS_METADATA: dict[str, Any] = {
    "size": 2_345_678,
    "estimated_time": 5400.0,
    "filament_total": 4050.75,
    "filament_weight_total": 12.34,
    "first_layer_extr_temp": 220.0,
    "thumbnails": [
        {"width": 32, "height": 32, "size": 2048, "relative_path": ".thumbs/x.png"}
    ],
}
SPOOLS: dict[int, dict[str, Any]] = {
    1: {
        "filament_name": "PLA+ Black",
        "vendor": "eSUN",
        "material": "PLA",
        "color_hex": "1A1A1A",
        "diameter": 1.75,
        "density": 1.24,
        "price": 20.0,
        "price_weight": 1000.0,
    },
    2: {
        "filament_name": "PETG Blue",
        "vendor": "eSUN",
        "material": "PETG",
        "color_hex": "1E90FF",
        "diameter": 1.75,
        "density": 1.27,
        "price": 18.5,
        "price_weight": 1000.0,
    },
    3: {
        "filament_name": "Galaxy Silk",
        "vendor": "Polymaker",
        "material": "PLA",
        "color_hex": "C0392B",
        "multi_color_hexes": "C0392B,F1C40F",
        "diameter": 1.75,
        "density": 1.24,
        "price": 29.0,
        "price_weight": 1000.0,
    },
}

_STATUSES = [
    "completed",
    "completed",
    "completed",
    "cancelled",
    "error",
    "completed",
    "klippy_shutdown",
    "completed",
    "interrupted",
]
_FILAMENTS = [
    ("PLA", "#FF0000"),
    ("PETG", "#00AAFF"),
    ("PLA", "#222222"),
    ("ABS", "#FFFFFF"),
]
_SLICERS = ["OrcaSlicer", "PrusaSlicer", "OrcaSlicer", "Cura"]
_LAYER_HEIGHTS = [0.2, 0.12, 0.2, 0.28]
_WORDS = [
    "benchy",
    "bracket",
    "vase",
    "gear",
    "hinge",
    "clip",
    "mount",
    "case",
    "lid",
    "knob",
]


def png(width: int = 32, height: int = 32) -> bytes:
    """Return a small valid PNG (an orange square with a dark diagonal), made without Pillow."""
    rows = []
    for y in range(height):
        row = bytearray([0])
        for x in range(width):
            row += bytes((40, 40, 40)) if abs(x - y) < 3 else bytes((255, 140, 0))
        rows.append(bytes(row))

    def chunk(kind: bytes, data: bytes) -> bytes:
        return (
            struct.pack(">I", len(data))
            + kind
            + data
            + struct.pack(">I", zlib.crc32(kind + data) & 0xFFFFFFFF)
        )

    header = struct.pack(">IIBBBBB", width, height, 8, 2, 0, 0, 0)
    return (
        b"\x89PNG\r\n\x1a\n"
        + chunk(b"IHDR", header)
        + chunk(b"IDAT", zlib.compress(b"".join(rows)))
        + chunk(b"IEND", b"")
    )


def job_specs(
    printer_ids: list[str], now: datetime, count: int = 40
) -> list[dict[str, Any]]:
    """Return the seeded jobs: deterministic, spread over the last ~60 days, newest first."""
    rng = random.Random(8)
    specs: list[dict[str, Any]] = []
    for i in range(count):
        duration = float(rng.choice([300, 1500, 2700, 5400, 9000, 20000, 40000, 70000]))
        start = now - timedelta(
            seconds=duration, hours=2 + i * 36 + rng.randrange(0, 8)
        )
        status = _STATUSES[i % len(_STATUSES)]
        ftype, colour = _FILAMENTS[i % len(_FILAMENTS)]
        spec: dict[str, Any] = {
            "id": f"e2e{i + 1:029d}",
            "printer_id": printer_ids[i % len(printer_ids)],
            "filename": f"{_WORDS[i % len(_WORDS)]}_{i}.gcode",
            "status": status,
            "start": start,
            "end": start + timedelta(seconds=duration),
            "print_duration": duration,
            "filament_used_mm": 500.0 + 37 * i,
            "filament_weight_g": round(1.5 + 0.11 * i * 10, 1),
            "filament_type": ftype,
            "tags": ["functional"] if i % 3 == 0 else [],
            "rating": (i % 5) + 1 if i % 2 == 0 else None,
            "cost": round(0.05 * (i + 1), 2),
            "_colour": colour,
        }
        if status not in ("completed", "cancelled"):
            spec["failure_reason"] = "Layer shift" if i % 2 else None
        specs.append(spec)
    specs[1]["filename"] = XSS_FILENAME
    specs[1]["notes"] = "<script>alert(2)</script> and <b>not bold</b>"
    return specs


def spools_of(spec: dict[str, Any]) -> list[JobSpool]:
    """Return a seeded job's spools: two for SPOOL_JOB, one for every third job, else none."""
    index = int(spec["id"][3:]) - 1
    used = spec["filament_used_mm"]
    if spec["id"] == SPOOL_JOB:
        return [
            JobSpool(spool_id=1, length_mm=used * 0.4, **SPOOLS[1]),
            JobSpool(spool_id=2, length_mm=used * 0.6, **SPOOLS[2]),
        ]
    if index % 3:
        return []
    spool_id = 1 + (index // 3) % 3
    return [JobSpool(spool_id=spool_id, length_mm=used, **SPOOLS[spool_id])]


async def seed_jobs(
    db_path: Path, printers: list[tuple[str, str]], now: datetime | None = None
) -> list[dict[str, Any]]:
    """Create the printers and the seeded jobs through the store; return the job specs."""
    now = now or datetime.now(UTC)
    store = Store(
        f"sqlite:///{db_path}", db_path.parent / "print_logger" / "journal.jsonl"
    )
    await store.async_start()
    try:
        for printer_id, name in printers:
            await store.upsert_printer(
                printer_id=printer_id,
                name=name,
                instance_id=printer_id,
                moonraker_url="http://127.0.0.1:7125",
            )
        specs = job_specs([p for p, _ in printers], now)
        for spec in specs:
            data = {k: v for k, v in spec.items() if not k.startswith("_")}
            await store.create_job(data)
            index = int(spec["id"][3:]) - 1
            details: dict[str, Any] = {
                # Three slicers and three layer heights (the analytics' breakdowns).
                "slicer": _SLICERS[index % len(_SLICERS)],
                "slicer_version": "2.3.1",
                "layer_height": _LAYER_HEIGHTS[index % len(_LAYER_HEIGHTS)],
                "nozzle_diameter": 0.4,
                "filament_type": spec["filament_type"],
                "filament_colour": spec["_colour"],
                "infill_density": 15.0,
                # The slicer under-estimates time (by 5 % on one printer, 10 % on the other)
                # and over-estimates filament by 4 %; every fifth job has no filament estimate.
                "estimated_time": spec["print_duration"] * (0.95 if index % 2 else 0.9),
            }
            if index % 5 != 4:
                details["filament_used_mm"] = round(spec["filament_used_mm"] * 1.04, 1)
            if spec["id"] == SETTINGS_JOB:
                details |= SETTINGS_DETAILS
            if spec["id"] == THUMBNAIL_JOB:
                details |= {
                    "thumbnail": png(),
                    "thumbnail_format": "png",
                    "thumbnail_width": 32,
                    "thumbnail_height": 32,
                }
            await store.set_details(
                spec["id"],
                details,
                moonraker_metadata=SETTINGS_METADATA
                if spec["id"] == SETTINGS_JOB
                else None,
            )
            await store.set_job_spools(spec["id"], spools_of(spec))
            await store.add_event(
                spec["id"], uuid.uuid4().hex, JobEventType.STARTED, spec["start"]
            )
            if spec["status"] == "completed":
                # As the tracker writes it: the outcome in the event's data.
                await store.add_event(
                    spec["id"],
                    uuid.uuid4().hex,
                    JobEventType.FINISHED,
                    spec["end"],
                    {"status": "completed"},
                )
            elif spec["status"] != "cancelled":
                await store.add_event(
                    spec["id"],
                    uuid.uuid4().hex,
                    JobEventType.ERROR,
                    spec["end"],
                    {"message": "Move out of range"},
                )
        return specs
    finally:
        await store.async_stop()


def bulk_load(db_path: Path, printer_ids: list[str], count: int) -> None:
    """Create the schema and the printers with the store, then insert ``count`` jobs over three years."""

    async def migrate() -> None:
        store = Store(
            f"sqlite:///{db_path}", db_path.parent / "print_logger" / "journal.jsonl"
        )
        await store.async_start()
        for n, printer_id in enumerate(printer_ids):
            await store.upsert_printer(
                printer_id=printer_id,
                name="Voron" if n == 0 else f"Printer {n + 1}",
                instance_id=printer_id,
            )
        await store.async_stop()

    asyncio.run(migrate())
    url = f"sqlite:///{db_path}"
    bulk_insert(url, _bulk_batches(printer_ids, count))
    # The files' records and the analytics' roll-ups are kept by the store's writes: build them for
    # the rows inserted here.
    engine = sa.create_engine(url)
    with Session(engine) as session, session.begin():
        files.rebuild(session)
        rollups.rebuild(session, spools=True)
    with engine.begin() as conn:
        conn.execute(sa.text("ANALYZE"))
    engine.dispose()


def _bulk_batches(
    printer_ids: list[str], count: int
) -> Iterator[dict[Any, list[dict[str, Any]]]]:
    """Yield ``count`` jobs over three years with details and events, 5000 at a time."""
    rng = random.Random(100)
    now = datetime.now(UTC)
    batch = 5000
    for offset in range(0, count, batch):
        jobs: list[dict[str, Any]] = []
        details: list[dict[str, Any]] = []
        events: list[dict[str, Any]] = []
        for n in range(offset, min(offset + batch, count)):
            job_id = uuid.uuid4().hex
            start = now - timedelta(days=3 * 365 * rng.random())
            duration = rng.uniform(600, 12 * 3600)
            status = rng.choice(_STATUSES)
            filename = f"{rng.choice(_WORDS)}_{n}.gcode"
            mm = rng.uniform(100, 40000)
            ftype, colour = rng.choice(_FILAMENTS)
            jobs.append(
                {
                    "id": job_id,
                    "printer_id": rng.choice(printer_ids),
                    "uid": f"{n:06X}",
                    "filename": filename,
                    "filename_search": filename.casefold(),
                    "status": status,
                    "source": "live",
                    "start": start,
                    "end": start + timedelta(seconds=duration),
                    "print_duration": duration,
                    "total_duration": duration * 1.02,
                    "filament_used_mm": mm,
                    "filament_weight_g": mm * 0.00298,
                    "estimated_time": duration,
                    "progress": 1.0,
                    "pause_count": 0,
                    "paused_duration": 0.0,
                    "tags": rng.sample(
                        ["gift", "functional", "prototype"], rng.randrange(2)
                    ),
                    "rating": rng.choice([None, 3, 4, 5]),
                    "created_at": now,
                    "updated_at": now,
                }
            )
            details.append(
                {
                    "job_id": job_id,
                    "slicer": "OrcaSlicer",
                    "layer_height": 0.2,
                    "filament_type": ftype,
                    "filament_colour": colour,
                }
            )
            jobs[-1].update(job_detail_copies(details[-1]))
            events.append(
                {
                    "id": uuid.uuid4().hex,
                    "job_id": job_id,
                    "type": "started",
                    "at": start,
                    "data": {},
                }
            )
        yield {Job: jobs, JobDetails: details, JobEvent: events}


FAR_PAST_JOB = "e2e00000000000000000000000001970"
FAR_FUTURE_JOB = "e2e00000000000000000000000009999"
BIDI_JOB = "e2e0000000000000000000000000b1d1"
BIDI_FILENAME = "\u202eedoc.gcode"


async def seed_far(db_path: Path, printer_id: str) -> None:
    """Store the far-dated jobs and the spoofing file name the way the tracker does."""
    store = Store(
        f"sqlite:///{db_path}", db_path.parent / "print_logger" / "journal.jsonl"
    )
    await store.async_start()
    try:
        for job_id, filename, start in (
            (FAR_PAST_JOB, "no_clock.gcode", datetime(1970, 1, 1, 0, 0, 5, tzinfo=UTC)),
            (FAR_FUTURE_JOB, "typo.gcode", datetime(9999, 12, 31, 23, 0, tzinfo=UTC)),
            (BIDI_JOB, BIDI_FILENAME, datetime.now(UTC) - timedelta(days=400)),
        ):
            await store.save_tracked_job(
                TrackedJobData(
                    id=job_id,
                    printer_id=printer_id,
                    filename=filename,
                    start=start,
                    end=start + timedelta(minutes=30),
                    status=JobStatus.COMPLETED,
                    print_duration=1800.0,
                    total_duration=1800.0,
                    filament_used_mm=500.0,
                    progress=1.0,
                )
            )
    finally:
        await store.async_stop()


def main(argv: list[str]) -> None:
    """Command line: see the module's docstring."""
    mode, db = argv[0], Path(argv[1])
    db.parent.mkdir(parents=True, exist_ok=True)
    if mode == "small":
        printers = [(argv[2], "Voron")]
        if len(argv) > 3:
            printers.append((argv[3], "Prusa MK4 (manual)"))
        specs = asyncio.run(seed_jobs(db, printers))
        print(
            json.dumps(
                [
                    {**s, "start": s["start"].isoformat(), "end": s["end"].isoformat()}
                    for s in specs
                ]
            )
        )
    elif mode == "bulk":
        bulk_load(db, argv[3:], int(argv[2]))
    elif mode == "far":
        asyncio.run(seed_far(db, argv[2]))
    else:
        raise SystemExit(f"unknown mode {mode}")


if __name__ == "__main__":
    main(sys.argv[1:])
