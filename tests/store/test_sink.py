"""The store as the tracker's sink: the real Klipper/Moonraker captures replayed end up as rows that reconcile.

Each capture is played to the real Moonraker client, whose listener feeds the tracker writing into the
store (tests/tracking/test_captures.py checks each job's figures); here the rows must then agree with
Moonraker's history: the job it names is ours, an unknown one is imported once.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import timedelta
import json
from typing import Any

from custom_components.print_logger.store import (
    JobQuery,
    JobSource,
    JobStatus,
    Store,
    tracked_from_record,
)
from custom_components.print_logger.tracking import JobTracker
from tests.store.common import T0, finished, history_entry, tracked
from tests.tracking.test_captures import CAPTURES, replay

SCENARIOS = sorted(
    path.name.removesuffix(".jsonl") for path in CAPTURES.glob("*.jsonl")
)
PRINTER = "printer-1"


async def test_tracked_from_record(store: Store) -> None:
    """A listed job (e.g. the last one that ended) becomes a tracked job with the same fields."""
    await store.upsert_printer(name="Printer 1", printer_id=PRINTER)
    data = tracked(
        PRINTER,
        uid="00000A",
        pause_count=2,
        paused_duration=3.5,
        current_layer=3,
        total_layers=9,
    )
    await store.save_tracked_job(data)
    record = (await store.list_jobs()).jobs[0]
    assert tracked_from_record(record) == data


async def test_captures_end_as_the_right_rows(store: Store) -> None:
    """Every capture, replayed through the client and the tracker into the store: rows that reconcile."""
    assert len(SCENARIOS) == 8
    await store.upsert_printer(name="Printer 1", printer_id=PRINTER)
    sink = store
    for scenario in SCENARIOS:
        await replay(scenario, store)
        jobs = (await store.list_jobs(JobQuery(limit=500))).jobs
        assert jobs, scenario
        assert all(job.source is JobSource.LIVE for job in jobs), scenario
        open_jobs = [job for job in jobs if job.status is JobStatus.IN_PROGRESS]
        loaded = await sink.load_open_job(PRINTER)
        assert (loaded is None) == (not open_jobs), scenario
        newest = max(job.start for job in jobs)
        unlinked = [
            job.start
            for job in jobs
            if job.uid is None and job.status is not JobStatus.IN_PROGRESS
        ]
        assert await sink.reconcile_start(PRINTER) == min([newest, *unlinked])

        # Reconcile with Moonraker's history: the job it names is ours (no duplicate), an unknown
        # one is imported once.
        history = json.loads((CAPTURES / f"{scenario}.history.json").read_text())[
            "latest_job"
        ]
        tracker = JobTracker(sink, PRINTER)
        await tracker.async_start()
        try:
            await tracker.async_reconcile([history])
            same_file = (await store.list_jobs(JobQuery(q=history["filename"]))).jobs
            assert len(same_file) == 1, scenario
            assert same_file[0].uid == history["job_id"], scenario
            assert same_file[0].source is JobSource.LIVE, scenario
            unseen: dict[str, Any] = {
                **history,
                "job_id": "FFFF01",
                "filename": f"never_seen_{scenario}.gcode",
                "start_time": history["start_time"] - 7200,
                "end_time": history["start_time"] - 3600,
                "status": "completed",
            }
            assert await tracker.async_reconcile([unseen]) == 1
            assert await tracker.async_reconcile([unseen, history]) == 0
        finally:
            await tracker.async_stop()
        imported = (await store.list_jobs(JobQuery(q="never_seen"))).jobs
        assert [(job.uid, job.source) for job in imported] == [
            ("FFFF01", JobSource.IMPORT)
        ]
        assert imported[0].end is not None
        assert imported[0].end - imported[0].start == timedelta(hours=1)

        everything = await store.list_jobs(JobQuery(limit=500))
        assert (
            await store.delete_jobs([job.id for job in everything.jobs])
            == everything.total
        )


async def test_reconciliation_links_a_completed_job_still_without_uid(
    store: Store,
) -> None:
    """
    On the next connect, a completed job without its uid, first seen mid-print (its start only an
    estimate, here 10 minutes early), is linked to its history entry and takes its figures; no
    duplicate is imported.
    """
    printer_id = await store.upsert_printer(
        name="Voron", entry_id="e", moonraker_url=None, instance_id="i"
    )
    sink = store
    unlinked = finished(
        tracked(printer_id, "a.gcode", start=T0 - timedelta(minutes=10)), minutes=70
    )
    unlinked = replace(unlinked, filament_used_mm=1000.0)
    newest = finished(
        tracked(printer_id, "b.gcode", uid="000002", start=T0 + timedelta(hours=3))
    )
    for job in (unlinked, newest):
        await store.save_tracked_job(job)
    since = await sink.reconcile_start(printer_id)
    assert since == unlinked.start
    entries = [
        history_entry("000001", "a.gcode", T0, filament_used=2213.3),
        history_entry("000002", "b.gcode", T0 + timedelta(hours=3)),
    ]
    tracker = JobTracker(sink, printer_id)
    await tracker.async_start()
    try:
        assert await tracker.async_reconcile(entries) == 0
        await tracker.async_flush()
    finally:
        await tracker.async_stop()
    page = await store.list_jobs(JobQuery())
    assert page.total == 2
    job = (await store.get_job(unlinked.id)).job
    assert job.uid == "000001"
    assert job.end == T0 + timedelta(hours=1)
    assert (job.print_duration, job.total_duration, job.filament_used_mm) == (
        3400.5,
        3600.25,
        2213.3,
    )
    assert await sink.reconcile_start(printer_id) == newest.start
