"""The tracker's handling of ends it did not see, Moonraker's history, and emergency stops."""

from __future__ import annotations

import asyncio
from dataclasses import replace
from datetime import timedelta
from typing import Any

import pytest

from custom_components.print_logger.store import (
    JobEventType,
    JobRecord,
    JobSource,
    JobStatus,
    Store,
    tracked_from_record,
)
from custom_components.print_logger.tracking import JobTracker, TrackerEvent
from tests.tracking.test_captures import PRINTER, T0, Clock, stored_jobs, timeline

START = T0.timestamp()


@pytest.fixture
def engine_kind() -> str:
    """The tracker's logic on SQLite; the captures and the store's tests cover every engine."""
    return "sqlite"


def _status(
    state: str, filename: str = "a.gcode", total: float = 0.0, filament: float = 0.0
) -> dict[str, Any]:
    return {
        "print_stats": {
            "state": state,
            "filename": filename,
            "total_duration": total,
            "print_duration": total,
            "filament_used": filament,
        },
        "webhooks": {"state": "ready", "state_message": "Printer is ready"},
    }


def _entry(status: str, **kwargs: Any) -> dict[str, Any]:
    """Moonraker's history entry of a.gcode, started at T0, ended 100 s later."""
    return {
        "job_id": "000001",
        "filename": "a.gcode",
        "status": status,
        "start_time": START,
        "end_time": START + 100.0 if status != "in_progress" else None,
        "print_duration": 95.5,
        "total_duration": 100.0,
        "filament_used": 2213.3,
    } | kwargs


async def _tracker(
    store: Store,
) -> tuple[JobTracker, Store, Clock, list[TrackerEvent]]:
    """Return a started tracker of printer-1 writing into the real store."""
    sink = store
    await store.upsert_printer(name="Printer 1", printer_id=PRINTER)
    clock = Clock()
    events: list[TrackerEvent] = []
    tracker = JobTracker(sink, PRINTER, clock=clock, on_event=events.append)
    await tracker.async_start()
    return tracker, sink, clock, events


def _figures(job: Any) -> tuple[Any, ...]:
    return (
        job.status,
        job.uid,
        job.end,
        job.print_duration,
        job.total_duration,
        job.filament_used_mm,
    )


EXPECTED = (
    JobStatus.COMPLETED,
    "000001",
    T0 + timedelta(seconds=100),
    95.5,
    100.0,
    2213.3,
)


async def _job(store: Store, filename: str) -> JobRecord:
    """Return the one stored job of ``filename``."""
    jobs = [j for j in await stored_jobs(store) if j.filename == filename]
    assert len(jobs) == 1, jobs
    return jobs[0]


async def _imported(store: Store) -> set[str | None]:
    """Return the uids of the jobs imported from Moonraker's history."""
    return {j.uid for j in await stored_jobs(store) if j.source is JobSource.IMPORT}


async def _printing_then_cut(
    tracker: JobTracker, clock: Clock, *, link: bool = True
) -> None:
    """a.gcode prints, Moonraker adds it to history, then the connection drops at 60 s."""
    tracker.handle_connection(True)
    tracker.handle_klippy_state("ready", notification=False)
    tracker.handle_status(_status("printing"))
    if link:
        tracker.handle_history_changed("added", _entry("in_progress"))
    clock.t = 60.0
    tracker.handle_status(_status("printing", total=60.0, filament=1840.1))
    tracker.handle_connection(False)


async def test_end_during_a_cut_takes_history_figures(store: Store) -> None:
    """The history notification of the end arrives before the status: every figure is Moonraker's."""
    tracker, sink, clock, _ = await _tracker(store)
    await _printing_then_cut(tracker, clock)
    # Reconnected after the end, while the next print already runs.
    clock.t = 130.0
    tracker.handle_connection(True)
    tracker.handle_history_changed("finished", _entry("completed"))
    tracker.handle_status(_status("printing", "b.gcode", total=5.0))
    await tracker.async_stop()
    job = await _job(sink, "a.gcode")
    assert _figures(job) == EXPECTED


async def test_end_seen_only_after_reconnecting_takes_history_end(store: Store) -> None:
    """The first status after a reconnect says complete: the end is Moonraker's, not ours."""
    tracker, sink, clock, _ = await _tracker(store)
    await _printing_then_cut(tracker, clock)
    clock.t = 129.0
    tracker.handle_connection(True)
    tracker.handle_status(_status("complete", total=100.0, filament=2213.3))
    # Reconciliation after the reconnect reads Moonraker's history.
    await tracker.async_reconcile([_entry("completed")])
    await tracker.async_stop()
    job = await _job(sink, "a.gcode")
    assert _figures(job) == EXPECTED
    assert job.total_duration - job.print_duration >= 0


def _next_print_entry() -> dict[str, Any]:
    """Moonraker's history entry of b.gcode, printed from 101 s to 121 s (during the cut)."""
    return _entry(
        "completed",
        job_id="000002",
        filename="b.gcode",
        start_time=START + 101.0,
        end_time=START + 121.0,
        total_duration=20.0,
    )


async def test_cut_over_the_end_and_the_whole_next_print_status_first(
    store: Store,
) -> None:
    """
    The cut spans a.gcode's end and all of b.gcode: the first status says b.gcode is complete.

    a.gcode must not stay in progress waiting for an end of its own that will never come.
    """
    tracker, sink, clock, _ = await _tracker(store)
    await _printing_then_cut(tracker, clock)
    clock.t = 130.0
    tracker.handle_connection(True)
    tracker.handle_status(_status("complete", "b.gcode", total=20.0))
    await tracker.async_reconcile([_entry("completed"), _next_print_entry()])
    await tracker.async_stop()
    assert tracker.job is None
    job = await _job(sink, "a.gcode")
    assert _figures(job) == EXPECTED
    assert await _imported(sink) == {"000002"}


async def test_cut_over_the_end_and_the_whole_next_print_history_first(
    store: Store,
) -> None:
    """The same cut, with reconciliation reading history before the first status arrives."""
    tracker, sink, clock, _ = await _tracker(store)
    await _printing_then_cut(tracker, clock)
    clock.t = 130.0
    tracker.handle_connection(True)
    await tracker.async_reconcile([_entry("completed"), _next_print_entry()])
    tracker.handle_status(_status("complete", "b.gcode", total=20.0))
    await tracker.async_stop()
    assert tracker.job is None
    job = await _job(sink, "a.gcode")
    assert _figures(job) == EXPECTED
    assert await _imported(sink) == {"000002"}


async def test_stale_completed_job_is_corrected_by_reconciliation(store: Store) -> None:
    """A job stored completed with the figures of the last status before a cut is corrected."""
    tracker, sink, clock, _ = await _tracker(store)
    await _printing_then_cut(tracker, clock)
    clock.t = 130.0
    tracker.handle_connection(True)
    # History said "completed" for the running job (the printer's end status was missed) …
    tracker.handle_history_changed("finished", _entry("completed"))
    tracker.handle_status(_status("printing", "b.gcode", total=5.0))
    await tracker.async_flush()
    # … and reconciliation finds it in the store, not as the tracker's last job.
    tracker.last_job = None
    stored = await _job(sink, "a.gcode")
    await sink.save_tracked_job(
        replace(
            tracked_from_record(stored),
            end=T0 + timedelta(seconds=130),
            filament_used_mm=1840.1,
        )
    )
    await tracker.async_reconcile([_entry("completed")])
    await tracker.async_stop()
    assert _figures(await sink.get_job_record(stored.id)) == EXPECTED


async def test_history_finished_links_a_completed_job_without_uid(store: Store) -> None:
    """A job that completed before its uid was known is linked by the finished notification."""
    tracker, sink, clock, _ = await _tracker(store)
    await _printing_then_cut(tracker, clock, link=False)
    clock.t = 100.2
    tracker.handle_connection(True)
    tracker.handle_status(_status("printing", total=100.0, filament=2213.3))
    tracker.handle_status(_status("complete", total=100.0, filament=2213.3))
    clock.t = 100.3
    tracker.handle_history_changed("finished", _entry("completed"))
    await tracker.async_stop()
    job = await _job(sink, "a.gcode")
    assert job.uid == "000001"
    assert job.status is JobStatus.COMPLETED
    assert job.start == T0


async def test_reconciliation_after_a_restart_finds_the_job_by_file_and_start(
    store: Store,
) -> None:
    """
    A print seen without its uid, then Home Assistant restarts: the store's ``find_job`` links the
    history entry to it by file name and start window (no duplicate); another file is imported.
    """
    tracker, sink, clock, _ = await _tracker(store)
    await _printing_then_cut(tracker, clock, link=False)
    clock.t = 129.0
    tracker.handle_connection(True)
    tracker.handle_status(_status("complete", total=100.0, filament=2213.3))
    await tracker.async_stop()
    assert (await _job(sink, "a.gcode")).uid is None

    restarted = JobTracker(sink, PRINTER, clock=clock)
    await restarted.async_start()
    other = _entry("completed", job_id="000003", filename="b.gcode")
    assert await restarted.async_reconcile([_entry("completed"), other]) == 1
    await restarted.async_stop()
    assert _figures(await _job(sink, "a.gcode")) == EXPECTED
    assert await _imported(sink) == {"000003"}


async def test_history_never_overrules_an_outcome_seen(store: Store) -> None:
    """server_exit (Moonraker restarted while the printer printed on) changes nothing we saw."""
    tracker, sink, clock, _ = await _tracker(store)
    await _printing_then_cut(tracker, clock)
    clock.t = 100.2
    tracker.handle_connection(True)
    tracker.handle_status(_status("printing", total=100.0, filament=2213.3))
    tracker.handle_status(_status("complete", total=100.0, filament=2213.3))
    await tracker.async_reconcile([_entry("server_exit", print_duration=10.0)])
    await tracker.async_stop()
    job = await _job(sink, "a.gcode")
    assert job.status is JobStatus.COMPLETED
    assert job.print_duration == 100.0


async def test_emergency_stop_is_no_pause_and_keeps_the_reason(store: Store) -> None:
    """Paused in the status that carries the shutdown: no pause announced, Klipper's reason kept."""
    tracker, sink, clock, events = await _tracker(store)
    tracker.handle_connection(True)
    tracker.handle_klippy_state("ready", notification=False)
    tracker.handle_status(_status("printing"))
    clock.t = 10.0
    status = _status("paused", total=10.0)
    status["webhooks"] = {
        "state": "shutdown",
        "state_message": "Shutdown due to M112 command\nOnce the underlying issue is "
        'corrected, use the\n"FIRMWARE_RESTART" command to reset the firmware.',
    }
    tracker.handle_status(status)
    tracker.handle_klippy_state("shutdown")
    # The shutdown dropped the pause: no settle timer is left that could still announce it.
    assert tracker._pending_pause is None
    assert tracker._pause_timer is None
    await tracker.async_stop()
    job = (await stored_jobs(sink))[0]
    assert job.status is JobStatus.KLIPPY_SHUTDOWN
    assert job.error_message == "Shutdown due to M112 command"
    assert job.pause_count == 0
    assert [e.type for e in events] == [JobEventType.STARTED, JobEventType.FINISHED]
    assert JobEventType.PAUSED not in await timeline(sink, job.id)


async def test_emergency_stop_paused_just_before_the_shutdown(store: Store) -> None:
    """The paused status comes alone, the shutdown notice right after: still no pause."""
    tracker, sink, clock, events = await _tracker(store)
    tracker.handle_connection(True)
    tracker.handle_klippy_state("ready", notification=False)
    tracker.handle_status(_status("printing"))
    clock.t = 10.0
    tracker.handle_status(_status("paused", total=10.0))
    clock.t = 10.1
    tracker.handle_klippy_state("shutdown", "Shutdown due to M112 command")
    # The shutdown dropped the pause: no settle timer is left that could still announce it.
    assert tracker._pending_pause is None
    assert tracker._pause_timer is None
    await tracker.async_stop()
    job = (await stored_jobs(sink))[0]
    assert job.error_message == "Shutdown due to M112 command"
    assert job.pause_count == 0
    assert JobEventType.PAUSED not in [e.type for e in events]
    assert JobEventType.PAUSED not in await timeline(sink, job.id)


async def test_a_real_pause_is_announced_within_a_second(store: Store) -> None:
    """A pause with no shutdown after it is announced once settled, dated when it happened."""
    tracker, sink, clock, events = await _tracker(store)
    tracker.handle_connection(True)
    tracker.handle_klippy_state("ready", notification=False)
    tracker.handle_status(_status("printing"))
    clock.t = 10.0
    tracker.handle_status(_status("paused", total=10.0))
    assert [e.type for e in events] == [JobEventType.STARTED]
    loop = asyncio.get_running_loop()
    began = loop.time()
    async with asyncio.timeout(1.0):
        while len(events) < 2:
            await asyncio.sleep(0.01)
    assert loop.time() - began < 1.0
    assert events[1].type is JobEventType.PAUSED
    assert events[1].at == T0 + timedelta(seconds=10)
    clock.t = 20.0
    tracker.handle_status(_status("printing", total=20.0))
    await tracker.async_stop()
    job = (await stored_jobs(sink))[0]
    assert job.pause_count == 1
    assert job.paused_duration == 10.0
    assert await timeline(sink, job.id) == [
        JobEventType.STARTED,
        JobEventType.PAUSED,
        JobEventType.RESUMED,
    ]


async def test_a_short_pause_is_counted_when_printing_resumes(store: Store) -> None:
    """Paused and resumed within the settle time: the pause and the resume, in order."""
    tracker, sink, clock, events = await _tracker(store)
    tracker.handle_connection(True)
    tracker.handle_klippy_state("ready", notification=False)
    tracker.handle_status(_status("printing"))
    clock.t = 10.0
    tracker.handle_status(_status("paused", total=10.0))
    clock.t = 10.25
    tracker.handle_status(_status("printing", total=10.25))
    await tracker.async_stop()
    assert [e.type for e in events] == [
        JobEventType.STARTED,
        JobEventType.PAUSED,
        JobEventType.RESUMED,
    ]
    assert (await stored_jobs(sink))[0].pause_count == 1


async def test_two_reconciliations_at_once_import_a_job_once(store: Store) -> None:
    """The import action and the reconciliation after connecting, at the same time: one import."""
    await store.upsert_printer(name="Printer 1", printer_id=PRINTER)
    tracker = JobTracker(store, PRINTER, clock=Clock())
    await tracker.async_start()
    added = await asyncio.gather(
        tracker.async_reconcile([_entry("completed")]),
        tracker.async_reconcile([_entry("completed")]),
    )
    assert sorted(added) == [0, 1]
    assert [(j.uid, j.source) for j in await stored_jobs(store)] == [
        ("000001", JobSource.IMPORT)
    ]
    await tracker.async_stop()


async def test_history_added_before_the_status_links_the_job_at_its_start(
    store: Store,
) -> None:
    """Moonraker's 'added' reaches us before the status that starts the job: linked at the start."""
    tracker, _sink, clock, _events = await _tracker(store)
    tracker.handle_connection(True)
    tracker.handle_klippy_state("ready", notification=False)
    tracker.handle_history_changed("added", _entry("in_progress"))
    clock.t += 0.3
    tracker.handle_status(_status("printing", total=0.3))
    job = tracker.job
    assert job is not None
    assert job.uid == "000001"
    assert job.start == T0  # Moonraker's, not our estimate
    await tracker.async_stop()


async def test_standby_after_printing_seen_live_is_a_cancel(store: Store) -> None:
    """SDCARD_RESET_FILE: printing (or paused) then standby on one connection is a cancel."""
    tracker, _sink, clock, events = await _tracker(store)
    tracker.handle_connection(True)
    tracker.handle_klippy_state("ready", notification=False)
    tracker.handle_status(_status("printing", total=1.0))
    clock.t += 10
    tracker.handle_status(_status("standby", filename="", total=0.0))
    assert tracker.last_job is not None
    assert tracker.last_job.status is JobStatus.CANCELLED
    assert [e.type for e in events][-1] is JobEventType.FINISHED
    # ... while a standby that is the first status after a reconnect is an end we did not see
    tracker.handle_status(_status("printing", total=1.0))
    tracker.handle_connection(False)
    tracker.handle_connection(True)
    tracker.handle_status(_status("standby", filename="", total=0.0))
    assert tracker.last_job.status is JobStatus.INTERRUPTED
    await tracker.async_stop()
