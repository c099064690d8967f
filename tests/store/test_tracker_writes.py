"""The tracker's writes: idempotent upserts, events, history imports, slicer details, concurrency."""

from __future__ import annotations

import asyncio
from dataclasses import replace
from datetime import UTC, datetime, timedelta
import math
from typing import Any

import pytest

from custom_components.print_logger.store import (
    JobEventType,
    JobNotFoundError,
    JobQuery,
    JobSource,
    JobStatus,
    PrinterNotFoundError,
    Store,
    StoreValidationError,
)
from custom_components.print_logger.store.models import DETAIL_KINDS
from custom_components.print_logger.tracking.history import history_job
from tests.store.common import (
    T0,
    add_future_manual_job,
    add_printer,
    finished,
    history_entry,
    new_id,
    tracked,
)

FULL_DETAILS: dict[str, Any] = {
    "slicer": "OrcaSlicer",
    "slicer_version": "2.3.1",
    "estimated_time": 5123.5,
    "layer_height": 0.2,
    "first_layer_height": 0.25,
    "nozzle_diameter": 0.4,
    "nozzle_temp": 220.0,
    "nozzle_temp_first_layer": 225.0,
    "bed_temp": 60.0,
    "bed_temp_first_layer": 65.0,
    "filament_type": "PLA;PETG",
    "filament_name": "Bambu PLA Basic;Generic PETG",
    "filament_colour": "#FF0000;#00FF00",
    "filament_vendor": "Bambu;Generic",
    "filament_density": 1.24,
    "filament_diameter": 1.75,
    "filament_cost_per_kg": 24.99,
    "filament_used_mm": 4300.5,
    "filament_used_g": 12.83,
    "filament_used_cm3": 10.35,
    "print_cost": 0.32,
    "infill_density": 15.0,
    "infill_pattern": "gyroid",
    "wall_count": 3,
    "top_layers": 5,
    "bottom_layers": 4,
    "supports_enabled": False,
    "support_type": "tree(auto)",
    "brim_width": 0.0,
    "skirt_loops": 0,
    "speeds": {"outer_wall": 200.0, "infill": 270.0, "travel": 500.0},
    "total_layers": 240,
    "object_height": 48.2,
    "printer_model": "Voron 2.4 350",
    "print_profile": "0.20mm Standard @Voron",
    "filament_profile": "Bambu PLA Basic @Voron",
    "printer_profile": "Voron 2.4 350 0.4 nozzle",
    "thumbnail_format": "png",
    "thumbnail_width": 300,
    "thumbnail_height": 300,
    "thumbnail": bytes(range(256)) * 400,
    "extruders": {
        "filament_type": ["PLA", "PETG"],
        "filament_used_mm": [4000.5, 300.0],
    },
    "raw": {
        "layer_height": "0.2",
        "; odd key ✓": "value = with = signs",
        "emoji": "🐸",
    },
}


async def test_save_is_an_idempotent_upsert_of_tracker_fields(store: Store) -> None:
    """Saving again updates the row; the user's edits and known uid / estimate are never erased."""
    printer_id = await add_printer(store)
    job = tracked(
        printer_id, uid="00000A", estimated_time=3600.0, pause_count=1, paused_since=T0
    )
    await store.save_tracked_job(job)
    await store.save_tracked_job(job)
    await store.update_job(job.id, {"notes": "nice", "rating": 5, "tags": ["keep"]})
    done = replace(
        finished(job),
        uid=None,
        estimated_time=None,
        paused_since=None,
        paused_duration=12.5,
    )
    await store.save_tracked_job(done)
    await store.save_tracked_job(done)
    page = await store.list_jobs()
    assert page.total == 1
    record = page.jobs[0]
    assert record.status is JobStatus.COMPLETED
    assert record.source is JobSource.LIVE
    assert record.end == done.end
    assert record.print_duration == done.print_duration
    assert record.uid == "00000A"
    assert record.estimated_time == 3600.0
    assert record.notes == "nice"
    assert record.rating == 5
    assert record.tags == ("keep",)
    assert record.paused_duration == 12.5
    assert await store.load_open_job(printer_id) is None

    with pytest.raises(PrinterNotFoundError):
        await store.save_tracked_job(tracked("no-such-printer"))
    with pytest.raises(StoreValidationError):
        await store.save_tracked_job(tracked(printer_id, start=datetime(2026, 1, 1)))


async def test_events_are_idempotent_and_ordered(store: Store) -> None:
    """An event id is stored once; the timeline comes back in time order with its data."""
    printer_id = await add_printer(store)
    job = tracked(printer_id)
    await store.save_tracked_job(job)
    events = [
        (new_id(), JobEventType.STARTED, T0, {}),
        (
            new_id(),
            JobEventType.PAUSED,
            T0 + timedelta(minutes=5),
            {"reason": "filament"},
        ),
        (new_id(), JobEventType.RESUMED, T0 + timedelta(minutes=9), {}),
        (
            new_id(),
            JobEventType.FINISHED,
            T0 + timedelta(hours=1),
            {"status": "completed", "n": 1.5},
        ),
    ]
    for event_id, kind, at, data in reversed(events):
        await store.add_event(job.id, event_id, kind, at, data)
        await store.add_event(job.id, event_id, kind, at, data)
    detail = await store.get_job(job.id)
    assert [(e.id, e.type, e.at, e.data) for e in detail.events] == events
    with pytest.raises(JobNotFoundError):
        await store.add_event(new_id(), new_id(), JobEventType.STARTED, T0, {})


async def test_load_open_job_and_find_job(store: Store) -> None:
    """The open job is the printer's newest in progress; find_job matches by uid, else file and start."""
    printer_a = await add_printer(store, "a")
    printer_b = await add_printer(store, "b")
    assert await store.load_open_job(printer_a) is None
    old_open = tracked(printer_a, "old.gcode", start=T0 - timedelta(days=1))
    current = tracked(
        printer_a,
        "Cube.gcode",
        start=T0,
        pause_count=2,
        paused_duration=30.0,
        current_layer=7,
    )
    elsewhere = tracked(printer_b, "Cube.gcode", start=T0 + timedelta(minutes=1))
    for job in (old_open, current, elsewhere):
        await store.save_tracked_job(job)
    assert await store.load_open_job(printer_a) == current
    assert await store.load_open_job(printer_b) == elsewhere

    assert (
        await store.find_job(printer_a, None, "Cube.gcode", T0 + timedelta(minutes=2))
        == current
    )
    assert (
        await store.find_job(printer_a, None, "Cube.gcode", T0 + timedelta(minutes=4))
        is None
    )
    assert await store.find_job(printer_a, None, "cube.gcode", T0) is None
    assert await store.find_job(printer_a, "0000FF", "Cube.gcode", T0) == current
    await store.save_tracked_job(replace(current, uid="0000AA"))
    assert await store.find_job(
        printer_a, "0000AA", "other.gcode", T0 - timedelta(days=9)
    ) == replace(current, uid="0000AA")
    # A job carrying another uid is another print, even with the same file and start.
    assert await store.find_job(printer_a, "0000FF", "Cube.gcode", T0) is None
    assert (
        await store.find_job(
            printer_a, "0000FF", "Cube.gcode", T0, tolerance=timedelta(0)
        )
        is None
    )
    later = tracked(printer_a, "Cube.gcode", start=T0 + timedelta(minutes=2))
    await store.save_tracked_job(later)
    assert (
        await store.find_job(
            printer_a, None, "Cube.gcode", T0 + timedelta(minutes=1, seconds=31)
        )
        == later
    )


async def test_import_history_job(store: Store) -> None:
    """A history entry is mapped (fields, metadata, details, weight, timeline) and imported once."""
    printer_id = await add_printer(store)
    start = datetime(2026, 2, 3, 4, 5, 6, 789000, tzinfo=UTC)
    entry = history_entry(
        "00001F", "subdir/vase.gcode", start, status="cancelled", filament_used=1200.0
    )
    job_id = await store.import_history_job(printer_id, history_job(entry))
    assert await store.import_history_job(printer_id, history_job(entry)) == job_id
    assert (
        await store.import_history_job(
            printer_id, history_job({**entry, "print_duration": 3500.0})
        )
        == job_id
    )
    detail = await store.get_job(job_id)
    job = detail.job
    assert job.source is JobSource.IMPORT
    assert job.uid == "00001F"
    assert job.filename == "subdir/vase.gcode"
    assert job.status is JobStatus.CANCELLED
    assert job.start == start
    assert job.end == start + timedelta(hours=1)
    assert job.print_duration == 3500.0
    assert job.total_duration == 3600.25
    assert job.filament_used_mm == 1200.0
    assert job.estimated_time == 3500.0
    assert job.total_layers == 60
    # The slicer's 7.2 g were for 2400 mm; 1200 mm were used.
    assert job.filament_weight_g == pytest.approx(3.6)
    assert job.filament_type == "PLA"
    assert detail.metadata == entry["metadata"]
    assert detail.details is not None
    assert detail.details["slicer"] == "PrusaSlicer"
    assert detail.details["nozzle_temp_first_layer"] == 215.0
    assert detail.details["filament_used_g"] == 7.2
    assert [(e.type, e.at, e.data) for e in detail.events] == [
        (JobEventType.STARTED, start, {}),
        (JobEventType.FINISHED, start + timedelta(hours=1), {"status": "cancelled"}),
    ]
    assert (await store.list_jobs()).total == 1

    odd = history_entry(
        "000020",
        "odd.gcode",
        start,
        status="weird",
        end_time=None,
        metadata={"estimated_time": float("nan")},
    )
    odd_id = await store.import_history_job(printer_id, history_job(odd))
    odd_job = (await store.get_job(odd_id)).job
    assert odd_job.status is JobStatus.INTERRUPTED
    assert odd_job.end is None
    assert odd_job.estimated_time is None

    for bad, field in [
        ({**entry, "status": "in_progress"}, "status"),
        ({**entry, "job_id": 31}, "job_id"),
        ({**entry, "start_time": "yesterday"}, "start_time"),
        ({**entry, "filename": ""}, "filename"),
    ]:
        with pytest.raises(StoreValidationError) as err:
            await store.import_history_job(printer_id, history_job(bad))
        assert field in err.value.errors
    with pytest.raises(PrinterNotFoundError):
        await store.import_history_job(
            "nope", history_job(history_entry("000021", "x.gcode", start))
        )


async def test_history_never_overrules_a_live_job(store: Store) -> None:
    """Importing the uid of a live job changes nothing; a live job taking an imported uid absorbs it."""
    printer_id = await add_printer(store)
    live = finished(
        tracked(printer_id, "a.gcode", uid="000010"), status=JobStatus.COMPLETED
    )
    await store.save_tracked_job(live)
    entry = history_entry("000010", "a.gcode", T0, status="server_exit")
    assert await store.import_history_job(printer_id, history_job(entry)) == live.id
    assert (await store.get_job(live.id)).job.status is JobStatus.COMPLETED
    assert (await store.list_jobs()).total == 1

    # Imported first (e.g. while Home Assistant was down), then the live job learns the same uid.
    imported_id = await store.import_history_job(
        printer_id,
        history_job(history_entry("000011", "b.gcode", T0 + timedelta(hours=2))),
    )
    other = tracked(printer_id, "b.gcode", start=T0 + timedelta(hours=2, seconds=3))
    await store.save_tracked_job(other)
    await store.save_tracked_job(replace(finished(other), uid="000011"))
    assert (await store.list_jobs()).total == 2
    with pytest.raises(JobNotFoundError):
        await store.get_job(imported_id)
    merged = await store.get_job(other.id)
    assert merged.job.uid == "000011"
    assert merged.job.source is JobSource.LIVE
    assert merged.details is not None
    assert merged.details["slicer"] == "PrusaSlicer"
    assert merged.metadata is not None

    # Two live jobs cannot share a uid: the first keeps it.
    third = finished(
        tracked(printer_id, "c.gcode", start=T0 + timedelta(hours=5)),
        status=JobStatus.ERROR,
    )
    await store.save_tracked_job(replace(third, uid="000010"))
    assert (await store.get_job(third.id)).job.uid is None
    assert (await store.get_job(live.id)).job.uid == "000010"


async def test_set_details(store: Store) -> None:
    """The contract's keys round-trip with their types; unknown keys are ignored, bad types dropped."""
    printer_id = await add_printer(store)
    job = tracked(printer_id, filament_used_mm=1000.0)
    await store.save_tracked_job(job)
    await store.set_details(
        job.id, {**FULL_DETAILS, "not_a_column": 1, "another": object()}
    )
    detail = await store.get_job(job.id)
    assert detail.details == {
        key: value for key, value in FULL_DETAILS.items() if key != "thumbnail"
    }
    assert set(detail.details) == set(DETAIL_KINDS) - {"thumbnail"}
    assert detail.job.has_thumbnail is True
    assert detail.job.filament_type == "PLA;PETG"
    assert detail.job.filament_colour == "#FF0000;#00FF00"
    # No estimate from the tracker yet: the slicer's.
    assert detail.job.estimated_time == 5123.5
    # 1000 mm of 1.75 mm filament at 1.24 g/cm³.
    assert detail.job.filament_weight_g == pytest.approx(
        1000 * math.pi * 0.875**2 / 1000 * 1.24, abs=1e-4
    )
    thumbnail = await store.get_thumbnail(job.id)
    assert thumbnail is not None
    assert thumbnail.data == FULL_DETAILS["thumbnail"]
    assert (thumbnail.format, thumbnail.width, thumbnail.height) == ("png", 300, 300)

    # A partial update keeps the other keys; wrong types are stored as missing.
    await store.set_details(
        job.id,
        {
            "slicer": "PrusaSlicer",
            "wall_count": "three",
            "layer_height": float("inf"),
            "top_layers": 6.0,
            "supports_enabled": 1,
        },
    )
    details = (await store.get_job(job.id)).details
    assert details is not None
    assert details["slicer"] == "PrusaSlicer"
    assert details["wall_count"] is None
    assert details["layer_height"] is None
    assert details["top_layers"] == 6
    assert details["supports_enabled"] is None
    assert details["slicer_version"] == "2.3.1"
    # The weight follows the filament used as the job goes on.
    await store.save_tracked_job(replace(job, filament_used_mm=2000.0))
    assert (await store.get_job(job.id)).job.filament_weight_g == pytest.approx(
        2000 * math.pi * 0.875**2 / 1000 * 1.24, abs=1e-4
    )

    bare = tracked(printer_id, "bare.gcode")
    await store.save_tracked_job(bare)
    assert await store.get_thumbnail(bare.id) is None
    with pytest.raises(JobNotFoundError):
        await store.get_thumbnail(new_id())
    with pytest.raises(JobNotFoundError):
        await store.set_details(new_id(), {"slicer": "x"})


async def test_concurrent_writers_from_many_printers(store: Store) -> None:
    """Twelve printers writing at once (jobs, progress, events, details): every write lands, in order."""
    printers = [await add_printer(store, f"printer {n:02d}") for n in range(12)]

    async def run_printer(printer_id: str, index: int) -> list[str]:
        ids = []
        for number in range(4):
            job = tracked(
                printer_id,
                f"p{index}-j{number}.gcode",
                start=T0 + timedelta(hours=number, minutes=index),
            )
            await store.save_tracked_job(job)
            await store.add_event(job.id, new_id(), JobEventType.STARTED, job.start, {})
            for step in range(1, 4):
                await store.save_tracked_job(
                    replace(job, progress=step / 4, filament_used_mm=100.0 * step)
                )
            await store.set_details(
                job.id,
                {
                    "filament_type": "PLA",
                    "filament_density": 1.24,
                    "filament_diameter": 1.75,
                },
            )
            await store.save_tracked_job(finished(job, minutes=10 + number))
            await store.add_event(
                job.id,
                new_id(),
                JobEventType.FINISHED,
                job.start + timedelta(minutes=10),
                {},
            )
            ids.append(job.id)
        return ids

    results = await asyncio.gather(
        *(run_printer(printer_id, index) for index, printer_id in enumerate(printers))
    )
    page = await store.list_jobs(JobQuery(limit=500))
    assert page.total == 48
    assert {job.id for job in page.jobs} == {
        job_id for ids in results for job_id in ids
    }
    for job in page.jobs:
        assert job.status is JobStatus.COMPLETED
        assert job.progress == 1.0
        assert job.filament_weight_g is not None
    info = await store.engine_info()
    assert info.row_counts == {
        "printers": 12,
        "jobs": 48,
        "job_details": 48,
        "job_events": 96,
        "maintenance_tasks": 0,
        "maintenance_log": 0,
        "job_photos": 0,
        "job_climate": 0,
    }
    for printer_id in printers:
        assert (await store.list_jobs(JobQuery(printer_ids=(printer_id,)))).total == 4


async def test_find_job_matches_a_history_start_within_the_job(store: Store) -> None:
    """
    A job first seen mid-print has an estimated start: a history entry of the same file that
    started while it ran is that job, however far the estimate is from Moonraker's start.
    """
    printer_id = await add_printer(store)
    # Seen first 40 minutes in, from a total_duration that counted more than the wall clock did.
    job = finished(
        tracked(printer_id, "a.gcode", start=T0 - timedelta(minutes=40)), minutes=60
    )
    await store.save_tracked_job(job)
    assert await store.find_job(printer_id, "000020", "a.gcode", T0) == job
    # The same file started after the job ended is another print (a queue prints it again).
    assert (
        await store.find_job(printer_id, None, "a.gcode", T0 + timedelta(minutes=21))
        is None
    )


async def test_reconcile_start(store: Store) -> None:
    """From the newest job that came from the printer (never a manual one), capped at now, or an unlinked one."""
    printer_id = await add_printer(store)
    assert await store.reconcile_start(printer_id, now=T0) is None
    linked = finished(tracked(printer_id, "a.gcode", uid="000001", start=T0))
    await store.save_tracked_job(linked)
    # A job recorded by hand with a date years ahead says nothing of the printer's history.
    await add_future_manual_job(
        store, printer_id, "typo.gcode", datetime(2031, 1, 1, tzinfo=UTC)
    )
    now = T0 + timedelta(days=3)
    assert await store.reconcile_start(printer_id, now=now) == T0
    # A live job whose clock was ahead is capped at now.
    ahead = finished(
        tracked(printer_id, "b.gcode", uid="000002", start=now + timedelta(days=1))
    )
    await store.save_tracked_job(ahead)
    assert await store.reconcile_start(printer_id, now=now) == T0
    # A job that ended without its Moonraker uid is read again until it is linked.
    unlinked = finished(tracked(printer_id, "c.gcode", start=T0 - timedelta(days=2)))
    await store.save_tracked_job(unlinked)
    assert await store.reconcile_start(printer_id, now=now) == unlinked.start
    await store.save_tracked_job(replace(unlinked, uid="000003"))
    assert await store.reconcile_start(printer_id, now=now) == T0


async def test_a_job_recorded_by_hand_is_never_overwritten(store: Store) -> None:
    """The tracker's save of a job recorded by hand (matched by reconciliation) only links its uid."""
    printer_id = await add_printer(store)
    manual = await store.create_job(
        {
            "printer_id": printer_id,
            "filename": "a.gcode",
            "status": "completed",
            "start": T0,
            "end": T0 + timedelta(hours=2),
            "print_duration": 7000.0,
            "total_duration": 7200.0,
            "filament_used_mm": 5000.0,
            "filament_weight_g": 15.0,
        }
    )
    found = await store.find_job(printer_id, "000030", "a.gcode", T0)
    assert found is not None
    assert found.id == manual.job.id
    await store.save_tracked_job(
        replace(
            found,
            uid="000030",
            status=JobStatus.CANCELLED,
            end=T0 + timedelta(hours=1),
            print_duration=1.0,
            total_duration=2.0,
            filament_used_mm=3.0,
        )
    )
    job = (await store.get_job(manual.job.id)).job
    assert job.uid == "000030"
    assert (job.status, job.end, job.print_duration, job.total_duration) == (
        JobStatus.COMPLETED,
        T0 + timedelta(hours=2),
        7000.0,
        7200.0,
    )
    assert (job.filament_used_mm, job.filament_weight_g) == (5000.0, 15.0)
    assert job.source is JobSource.MANUAL


async def test_weight_follows_a_new_filament_length(store: Store) -> None:
    """When history corrects the filament length of a job, the slicer-based weight is recomputed."""
    printer_id = await add_printer(store)
    job = finished(tracked(printer_id, "a.gcode", filament_used_mm=1000.0))
    await store.save_tracked_job(job)
    await store.set_details(
        job.id, {"filament_density": 1.24, "filament_diameter": 1.75}
    )
    before = (await store.get_job(job.id)).job.filament_weight_g
    await store.save_tracked_job(replace(job, filament_used_mm=2000.0))
    after = (await store.get_job(job.id)).job.filament_weight_g
    assert before is not None
    assert after == pytest.approx(2 * before, abs=1e-3)
